/*
 * An HTML page opened for reading: checked to be text, converted to UTF-8 from whatever
 * encoding it is in (html_charset.h), parsed by libxml2 and indexed (html_dom.h) with the
 * class and id hints of html_hints.h. Internal to the extraction stage.
 */
#ifndef DOCBAO_HTML_PAGE_H
#define DOCBAO_HTML_PAGE_H

#include "docbao/article.h"
#include "docbao/status.h"
#include "extract/html_dom.h"

/*
 * Opens html (len bytes, any encoding) as a page. opts->charset is the transport's charset
 * (may be NULL). repair (may be NULL) may mend the parsed document before it is indexed.
 * Returns DOCBAO_OK and *out (free with dom_page_free()), or a status with err filled:
 * DOCBAO_ERR_BINARY, DOCBAO_ERR_TOO_LARGE, DOCBAO_ERR_PARSE (unreadable, or nested too deeply).
 */
docbao_status html_page_open(const char *html, size_t len, const docbao_extract_options *opts,
                             void (*repair)(xmlDoc *doc), dom_page **out, docbao_error *err);

#endif
