/* docbao: fetching pages and feeds over http and https, with an offline cache. */
#ifndef DOCBAO_FETCH_H
#define DOCBAO_FETCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "docbao/article.h"
#include "docbao/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The largest body docbao downloads by default: 10 MB (after decompression). */
#define DOCBAO_FETCH_MAX_DEFAULT ((size_t)10 * 1024 * 1024)
/* Default time limits, in milliseconds: to connect, and for the whole transfer. */
#define DOCBAO_FETCH_CONNECT_TIMEOUT_DEFAULT 10000L
#define DOCBAO_FETCH_TIMEOUT_DEFAULT 60000L
/* Default bound on the offline cache's total size: 50 MB. */
#define DOCBAO_CACHE_MAX_DEFAULT ((size_t)50 * 1024 * 1024)
/* How many redirects a fetch follows at most. */
#define DOCBAO_FETCH_MAX_REDIRECTS 5

/* How a fetch uses the offline cache. */
typedef enum {
    /*
     * Ask the network; store every successful answer. When the network fails (no route, DNS,
     * TLS, time-out, server error 5xx), return the cached copy, however old, with from_cache
     * set. A page that the server says is gone (4xx) or that is too large is never answered
     * from the cache. The default.
     */
    DOCBAO_CACHE_FALLBACK = 0,
    /* Neither read nor write the cache. */
    DOCBAO_CACHE_OFF,
    /* Do not touch the network: answer from the cache or fail with DOCBAO_ERR_NETWORK. */
    DOCBAO_CACHE_OFFLINE,
} docbao_cache_policy;

/*
 * Options for a fetch; zero-initialize and set what you need: every zero field means its
 * default. There is deliberately no option to skip certificate checks or to allow schemes
 * other than http and https.
 */
typedef struct docbao_fetch_options {
    long connect_timeout_ms; /* 0 = DOCBAO_FETCH_CONNECT_TIMEOUT_DEFAULT */
    long timeout_ms;         /* whole transfer; 0 = DOCBAO_FETCH_TIMEOUT_DEFAULT */
    size_t max_bytes;        /* body limit after decompression; 0 = DOCBAO_FETCH_MAX_DEFAULT */
    const char *user_agent;  /* NULL = "docbao/VERSION (+accessible news reader)" */
    docbao_cache_policy cache;
    /* A PEM file of the certificate authorities to trust instead of the system's (for a
     * network whose proxy has its own authority, and for tests); NULL = the system's. The
     * certificate and host name are verified either way. */
    const char *ca_file;
    const char *cache_dir;  /* NULL = $XDG_CACHE_HOME/docbao (g_get_user_cache_dir()) */
    size_t cache_max_bytes; /* 0 = DOCBAO_CACHE_MAX_DEFAULT */
    /* When non-NULL and set to non-zero (from any thread or a signal handler), the transfer
     * stops soon with DOCBAO_ERR_CANCELLED. */
    const volatile int *cancel;
} docbao_fetch_options;

/*
 * What a fetch returned. Strings are owned by the result; free them all with
 * docbao_fetch_result_clear().
 */
typedef struct docbao_fetch_result {
    char *data;         /* the body, NUL-terminated (the NUL is not counted in len) */
    size_t len;
    char *content_type; /* the media type without parameters ("text/html"), or NULL */
    char *charset;      /* the charset named by Content-Type, or NULL */
    char *final_url;    /* the address after redirects; never NULL on success */
    bool from_cache;    /* true when the network failed (or was not asked) and the body is a
                           copy from the offline cache */
    int64_t fetched_at; /* when the body came from the network: Unix time, UTC */
    /* With from_cache: why the network was not used (the failure's message), or NULL. */
    char *offline_reason;
} docbao_fetch_result;

/* Frees what a result holds and zeroes it. NULL and a zeroed result are fine. */
void docbao_fetch_result_clear(docbao_fetch_result *result);

/* Returns true when text is an http:// or https:// address (case-insensitive scheme). */
bool docbao_fetch_is_url(const char *text);

/*
 * Fetches url (http or https only) following at most DOCBAO_FETCH_MAX_REDIRECTS redirects,
 * never to another scheme; asks for compressed transfers and decompresses them; verifies
 * certificates; honours the http_proxy, https_proxy, all_proxy and no_proxy environment
 * variables. opts may be NULL for the defaults. Uses and fills the offline cache as
 * opts->cache says.
 *
 * On success fills *result (which must be zeroed or cleared) and returns DOCBAO_OK. On
 * failure *result is untouched and err (may be NULL) holds a translated one-line message that
 * names the address: DOCBAO_ERR_INVALID_ARG for an address that is not http(s),
 * DOCBAO_ERR_TOO_LARGE for a body over the limit, DOCBAO_ERR_CANCELLED, and
 * DOCBAO_ERR_NETWORK for every other failure (DNS, no route, refused, TLS, time-out, HTTP
 * errors, redirect loops, redirects to another scheme). Any thread may call it; each call
 * uses its own connection.
 */
docbao_status docbao_fetch_url(const char *url, const docbao_fetch_options *opts,
                               docbao_fetch_result *result, docbao_error *err);

/*
 * Fetches a web page and extracts its article: the Content-Type charset and the final address
 * are handed to docbao_extract_html(), and the image links of caption blocks are made
 * absolute against the final address. A feed instead of a page gives
 * DOCBAO_ERR_NOT_ARTICLE_PAGE. When meta is non-NULL it receives the fetch result without the
 * body (data NULL, len 0), so the caller learns from_cache and fetched_at; clear it with
 * docbao_fetch_result_clear(). On failure *out and *meta are untouched.
 */
docbao_status docbao_article_fetch(const char *url, const docbao_fetch_options *opts,
                                   docbao_article **out, docbao_fetch_result *meta,
                                   docbao_error *err);

/*
 * Formats a Unix time in Vietnam's time (UTC+7, no daylight saving), the time news portals
 * publish in, with a g_date_time_format() pattern such as "%H:%M %d/%m". Free with
 * docbao_free().
 */
char *docbao_fetch_format_time(int64_t unix_time, const char *format);

#ifdef __cplusplus
}
#endif
#endif
