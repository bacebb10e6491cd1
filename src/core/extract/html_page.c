/* Opening an HTML page for reading (see html_page.h). */
#include <limits.h>

#include "base/internal.h"
#include "base/xml_parse.h"
#include "docbao/text.h"
#include "extract/html_charset.h"
#include "extract/html_hints.h"
#include "extract/html_page.h"

docbao_status html_page_open(const char *html, size_t len, const docbao_extract_options *opts,
                             dom_page **out, docbao_error *err)
{
    static const docbao_extract_options no_opts = {0};
    size_t utf8_len = 0;
    char *utf8;
    xmlDoc *doc;
    hints_cache *cache;
    dom_page *page;
    docbao_status st;

    if (opts == NULL) {
        opts = &no_opts;
    }
    if (len > INT_MAX) {
        return dbi_fail(err, DOCBAO_ERR_TOO_LARGE, _("the page is too large"));
    }
    st = docbao_text_check(html, len, _("the page"), err);
    if (st != DOCBAO_OK) {
        return st;
    }
    utf8 = html_charset_to_utf8(html, len, opts->charset, &utf8_len, NULL);
    doc = dbi_html_parse(utf8 != NULL ? utf8 : html, utf8 != NULL ? utf8_len : len, opts->url,
                         HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC);
    g_free(utf8);
    if (doc == NULL || dbi_xml.xmlDocGetRootElement(doc) == NULL) {
        if (doc != NULL) {
            dbi_xml.xmlFreeDoc(doc);
        }
        return dbi_fail(err, DOCBAO_ERR_PARSE, _("the page could not be read as HTML"));
    }
    cache = hints_cache_new();
    page = dom_page_new(doc, hints_of_element, cache);
    hints_cache_free(cache);
    if (page == NULL) {
        return dbi_fail(err, DOCBAO_ERR_PARSE, _("the page could not be read as HTML"));
    }
    *out = page;
    return DOCBAO_OK;
}
