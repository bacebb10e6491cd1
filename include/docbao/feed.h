/* docbao: news feeds (RSS 2.0, RSS 1.0 and Atom). */
#ifndef DOCBAO_FEED_H
#define DOCBAO_FEED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "docbao/fetch.h"
#include "docbao/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A parsed feed: its title and its entries in the feed's own order (number 1 is index 0).
 * All text is UTF-8, cleaned like article text; links are absolute (or paths, for a feed read
 * from a file). Strings returned by the accessors belong to the feed and live as long as it
 * does.
 */
typedef struct docbao_feed docbao_feed;

/* Frees a feed. NULL does nothing. */
void docbao_feed_free(docbao_feed *feed);

/* The feed's kind: "rss", "rdf" or "atom". Static; never NULL. */
const char *docbao_feed_kind(const docbao_feed *feed);
/* The feed's title, or "" when it has none. */
const char *docbao_feed_title(const docbao_feed *feed);
/* The site's address as the feed gives it, or NULL. */
const char *docbao_feed_link(const docbao_feed *feed);
/* The address (or path) the feed was read from, or NULL when parsed from memory without one. */
const char *docbao_feed_source(const docbao_feed *feed);

size_t docbao_feed_n_entries(const docbao_feed *feed);
/* Entry i's title; never NULL (an entry without one is titled from its summary or link). */
const char *docbao_feed_entry_title(const docbao_feed *feed, size_t i);
/* Entry i's link, or NULL when it has none. */
const char *docbao_feed_entry_link(const docbao_feed *feed, size_t i);
/* Entry i's summary as plain text, or NULL. */
const char *docbao_feed_entry_summary(const docbao_feed *feed, size_t i);
/* Entry i's date as "YYYY-MM-DD HH:MM" in Vietnam's time (UTC+7), or NULL when unknown. */
const char *docbao_feed_entry_date(const docbao_feed *feed, size_t i);
/* Entry i's date as Unix time (UTC), or -1 when unknown. */
int64_t docbao_feed_entry_time(const docbao_feed *feed, size_t i);

/*
 * Parses len bytes of RSS 2.0, RSS 1.0 (RDF) or Atom. base (may be NULL) is the address or
 * path the feed came from; relative links are resolved against it (and against Atom's
 * xml:base). External entities and DTDs are never loaded and no network access happens.
 * Slips that real feeds make while staying readable are forgiven: a stray "&" or an HTML
 * entity, a bad character, bytes after the end, an undeclared namespace prefix, HTML left
 * unclosed inside a text field, and the closing </channel> or </rss> missing at the very end.
 * An element of the feed itself left open (an unclosed <title> or <item>, a document cut off
 * inside an entry) makes it malformed. On success stores a new feed in *out (free with
 * docbao_feed_free()). Returns DOCBAO_ERR_PARSE, with the line and the parser's complaint in
 * err, for a document that is not a feed, not readable XML or malformed; DOCBAO_ERR_EMPTY for
 * an empty document. On failure *out is untouched. Thread-safe.
 */
docbao_status docbao_feed_parse(const char *data, size_t len, const char *base,
                                docbao_feed **out, docbao_error *err);

/*
 * Reads a feed from an http(s) address (through docbao_fetch_url() with opts, which may be
 * NULL) or from a file ("-" for standard input), then parses it. meta (may be NULL) receives
 * the fetch result without the body, as docbao_article_fetch() does; for a file it is left
 * zeroed but for final_url, the path. On failure *out and *meta are untouched.
 */
docbao_status docbao_feed_load(const char *url_or_path, const docbao_fetch_options *opts,
                               docbao_feed **out, docbao_fetch_result *meta, docbao_error *err);

/* What saving one entry's page for offline reading came to (docbao_feed_prefetch_entry()). */
typedef enum {
    DOCBAO_PREFETCH_SAVED = 0,     /* fetched, an article, saved in the offline cache */
    DOCBAO_PREFETCH_NOT_ARTICLE,   /* fetched, but the page holds no article (a list, a home
                                      page, a picture): nothing to read offline */
    DOCBAO_PREFETCH_MISSING,       /* the server says the page does not exist (HTTP 404, 410) */
    DOCBAO_PREFETCH_NETWORK_ERROR, /* the network failed (a copy saved earlier, if any, stays) */
    DOCBAO_PREFETCH_NO_LINK,       /* the entry links to no web page */
} docbao_prefetch_outcome;

/*
 * Fetches entry i's page (i below docbao_feed_n_entries()) with opts (may be NULL; its cache
 * policy must let the cache be filled, as DOCBAO_CACHE_FALLBACK does) so that it can be read
 * offline, and tells what came of it. The page is saved in the offline cache whenever the
 * network gave it; only DOCBAO_PREFETCH_SAVED means it holds an article. For every outcome
 * but SAVED, err (may be NULL) receives the translated reason, naming the address. Any thread
 * may call it.
 */
docbao_prefetch_outcome docbao_feed_prefetch_entry(const docbao_feed *feed, size_t i,
                                                   const docbao_fetch_options *opts,
                                                   docbao_error *err);

/*
 * Returns the feed as a JSON object {"kind", "title", "link", "source", "entries": [{"number",
 * "title", "date", "published", "link", "summary"}]}, where "date" is the display form and
 * "published" ISO 8601 with the +07:00 offset (null when unknown), followed by a newline.
 * Free with docbao_free(). NULL when json-glib, loaded on first use, cannot be loaded.
 */
char *docbao_feed_to_json(const docbao_feed *feed);

#ifdef __cplusplus
}
#endif
#endif
