/*
 * The input stage's internal glue between loading articles, fetching them from the web and
 * reading feeds. Not part of the public API; the unit tests use it to reach cases the network
 * cannot show.
 */
#ifndef DOCBAO_INPUT_INTERNAL_H
#define DOCBAO_INPUT_INTERNAL_H

#include <glib.h>

#include "docbao/article.h"
#include "docbao/fetch.h"

/*
 * Builds the article from a page or text already in memory (load.c): checks that it is
 * text, refuses a news feed with DOCBAO_ERR_NOT_ARTICLE_PAGE, extracts HTML or splits text
 * (converting text from opts->charset when it is not UTF-8) and names `name` in messages
 * (unless it is "-"). On failure *out is untouched.
 */
docbao_status dbi_article_from_data(const char *data, size_t len, const char *name,
                                    const docbao_extract_options *opts, docbao_article **out,
                                    docbao_error *err);

/*
 * Is input an address for docbao_fetch_url() rather than a file? True for http(s) addresses
 * and for any other "scheme:" that names no existing file, so that file:// and the like get
 * docbao_fetch_url()'s refusal instead of "no such file".
 */
gboolean dbi_fetch_wants_network(const char *input);

/* Does the buffer start like an RSS, RDF or Atom document (feed.c)? */
gboolean dbi_feed_sniff(const char *data, size_t len);

/*
 * Parses a feed date: RFC 822 (with the usual slips: no weekday, one-digit hours, two-digit
 * years, named zones, "GMT+7"), ISO 8601 / RFC 3339, and the forms Vietnamese sites use
 * ("Thứ hai, 27/11/2023 08:30 (GMT+7)", "27-11-2023 08:30", "ngày 27 tháng 11 năm 2023").
 * A date without a zone is taken as Vietnam's time (UTC+7). Stores Unix time in *out and
 * returns TRUE, or returns FALSE and leaves *out untouched.
 */
gboolean dbi_feed_parse_date(const char *text, gint64 *out);

/*
 * Fills err with the message for a failed transfer of url (fetch.c) and returns the status:
 * curl_code is a CURLcode, os_errno the socket error (CURLINFO_OS_ERRNO), detail curl's error
 * buffer (may be NULL or ""), location the last Location header seen (may be NULL), loop
 * whether a redirect came back to an address already visited, connected whether a connection
 * was made, and max_bytes / timeout_ms the limits in force. *offline_ok (may be NULL) says
 * whether the failure is one the offline cache may stand in for.
 */
docbao_status dbi_fetch_transfer_failure(docbao_error *err, const char *url, int curl_code,
                                         long os_errno, const char *detail, const char *location,
                                         gboolean loop, gboolean connected, size_t max_bytes,
                                         long timeout_ms, gboolean *offline_ok);

/* The same for an HTTP status of 300 or more that ended a transfer. */
docbao_status dbi_fetch_http_failure(docbao_error *err, const char *url, long http_status,
                                     gboolean *offline_ok);

/*
 * docbao_fetch_url(), and the HTTP status of the network's last answer in *http_status (may be
 * NULL): 0 when no answer came or the network was not asked (--offline), the failing status
 * (404, 503, ...) when the fetch failed on one, even when a saved copy stood in for it.
 */
docbao_status dbi_fetch_url_status(const char *url, const docbao_fetch_options *opts,
                                   docbao_fetch_result *result, docbao_error *err,
                                   long *http_status);

/* The charset worth handing to the parser: none when the body contradicts a UTF-8 claim. */
const char *dbi_fetch_usable_charset(const docbao_fetch_result *r);

#endif
