/*
 * docbao: the input stage. Takes a file, standard input, an http(s) address or a feed entry;
 * gives the bytes and their origin (address, charset) to extraction, and so the article. This
 * header reads files and standard input with size limits and loads articles from any of them;
 * fetch.h reaches the web (with the offline cache) and feed.h reads RSS and Atom feeds.
 */
#ifndef DOCBAO_INPUT_H
#define DOCBAO_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "docbao/article.h"
#include "docbao/feed.h"
#include "docbao/fetch.h"
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

/* What a location holds, as docbao_input_open() finds it. */
typedef enum {
    DOCBAO_INPUT_ARTICLE = 0, /* one article */
    DOCBAO_INPUT_FEED,        /* a news feed, or a list page that advertises one */
    DOCBAO_INPUT_LIST,        /* a page that lists articles, without a feed: its links */
} docbao_input_kind;

typedef struct docbao_input_doc {
    docbao_input_kind kind;
    docbao_article *article;  /* ARTICLE */
    docbao_feed *feed;        /* FEED */
    docbao_page_links *links; /* LIST (and FEED from a list page: the page's links) */
    char *origin;             /* the address after redirects, or the path */
    char *title;              /* a list page's title, or NULL */
    bool from_cache;          /* the network failed and the offline copy stands in */
    int64_t fetched_at;       /* with from_cache: when the copy was fetched (Unix time) */
    char *offline_reason;     /* with from_cache: why the network was not used, or NULL */
} docbao_input_doc;

/*
 * Reads what location holds (a path, "-", or an http(s) address fetched with opts, which may be
 * NULL) without knowing beforehand what it is: an article, a news feed, or a page that lists
 * articles, which gives the feed it advertises (loaded with opts) or else its headline links.
 * Fills *out (zeroed by the caller; free with docbao_input_doc_clear()). On failure returns
 * the status with err filled, as docbao_article_load() and docbao_feed_load() do (a malformed
 * feed is DOCBAO_ERR_PARSE; a page with neither an article nor links DOCBAO_ERR_NO_ARTICLE),
 * and *out is untouched.
 */
docbao_status docbao_input_open(const char *location, const docbao_fetch_options *opts,
                                docbao_input_doc *out, docbao_error *err);
void docbao_input_doc_clear(docbao_input_doc *doc);

#ifdef __cplusplus
}
#endif
#endif
