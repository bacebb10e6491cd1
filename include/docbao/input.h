/*
 * docbao: the input stage. Takes a file, standard input, an http(s) address or a feed entry;
 * gives the bytes and their origin (address, charset) to extraction, and so the article. This
 * header reads files and standard input with size limits and loads articles from any of them;
 * fetch.h reaches the web (with the offline cache) and feed.h reads RSS and Atom feeds.
 */
#ifndef DOCBAO_INPUT_H
#define DOCBAO_INPUT_H

#include <stddef.h>

#include "docbao/article.h"
#include "docbao/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The largest page docbao reads by default: 32 MiB. */
#define DOCBAO_INPUT_MAX_DEFAULT ((size_t)32 * 1024 * 1024)

/*
 * Reads a whole file, or standard input when path is "-", refusing more than max_bytes
 * (0 means DOCBAO_INPUT_MAX_DEFAULT). Fails with DOCBAO_ERR_NOT_FOUND, DOCBAO_ERR_IO,
 * DOCBAO_ERR_EMPTY (nothing but white space) or DOCBAO_ERR_TOO_LARGE, with the path in the
 * message. On success stores a NUL-terminated buffer in *data (free with docbao_free()) and its
 * length without the NUL in *len. On failure the outputs are untouched.
 */
docbao_status docbao_input_read(const char *path, size_t max_bytes, char **data, size_t *len,
                                docbao_error *err);

/*
 * Reads a file (or standard input for "-"), or fetches an http(s) address with
 * docbao_article_fetch()'s default options, and returns its article: HTML pages go through
 * docbao_extract_html(), plain text through docbao_article_from_text(); a news feed is refused
 * with DOCBAO_ERR_NOT_ARTICLE_PAGE. The input checks of docbao_input_read() and
 * docbao_text_check() apply. On failure *out is untouched.
 */
docbao_status docbao_article_load(const char *path, const docbao_extract_options *opts,
                                  docbao_article **out, docbao_error *err);

#ifdef __cplusplus
}
#endif
#endif
