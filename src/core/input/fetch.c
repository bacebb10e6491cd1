/*
 * Fetching pages and feeds with libcurl's easy interface: http and https only (redirects
 * included), bounded redirects, time-outs and size, compressed transfers, certificates always
 * verified, proxies from the environment; the offline cache stands in when the network fails.
 */
#include <errno.h>
#include <string.h>

/* curl.h wraps curl_easy_setopt() in a type-checking macro that would rename the field. */
#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>

#include "input/cache.h"
#include "docbao/fetch.h"
#include "docbao/input.h"
#include "input/input_internal.h"
#include "base/dynlib.h"
#include "base/internal.h"

#ifndef DOCBAO_VERSION
#define DOCBAO_VERSION "0"
#endif
#define DOCBAO_USER_AGENT "docbao/" DOCBAO_VERSION " (+accessible news reader)"

/*
 * libcurl is loaded when the first page is fetched, not at start-up (base/dynlib.h): reading a
 * file then never pays for it and its TLS libraries (about 5 MB of memory and a few
 * milliseconds).
 */
typedef struct {
    DBI_DYNFN(curl_global_init);
    DBI_DYNFN(curl_easy_init);
    DBI_DYNFN(curl_easy_setopt);
    DBI_DYNFN(curl_easy_perform);
    DBI_DYNFN(curl_easy_getinfo);
    DBI_DYNFN(curl_easy_cleanup);
    DBI_DYNFN(curl_easy_strerror);
    DBI_DYNFN(curl_slist_append);
    DBI_DYNFN(curl_slist_free_all);
} curl_api;

static curl_api curl;
static const dbi_dynsym curl_symbols[] = {
    DBI_DYNSYM(curl_api, curl_global_init),   DBI_DYNSYM(curl_api, curl_easy_init),
    DBI_DYNSYM(curl_api, curl_easy_setopt),   DBI_DYNSYM(curl_api, curl_easy_perform),
    DBI_DYNSYM(curl_api, curl_easy_getinfo),  DBI_DYNSYM(curl_api, curl_easy_cleanup),
    DBI_DYNSYM(curl_api, curl_easy_strerror), DBI_DYNSYM(curl_api, curl_slist_append),
    DBI_DYNSYM(curl_api, curl_slist_free_all), {NULL, 0},
};
static dbi_dynlib curl_lib = {
    "libcurl", {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so"}, curl_symbols, &curl, 0, ""};

void docbao_fetch_result_clear(docbao_fetch_result *r)
{
    if (r == NULL) {
        return;
    }
    g_free(r->data);
    g_free(r->content_type);
    g_free(r->charset);
    g_free(r->final_url);
    g_free(r->offline_reason);
    memset(r, 0, sizeof *r);
}

static gboolean is_web_scheme(const char *scheme)
{
    return scheme != NULL &&
           (g_ascii_strcasecmp(scheme, "http") == 0 || g_ascii_strcasecmp(scheme, "https") == 0);
}

/* Is url an https address? */
static gboolean is_secure(const char *url)
{
    const char *scheme = g_uri_peek_scheme(url);
    return scheme != NULL && strcmp(scheme, "https") == 0;
}

bool docbao_fetch_is_url(const char *text)
{
    /* The scheme is lower-cased and interned by GLib: nothing to free. */
    return text != NULL && is_web_scheme(g_uri_peek_scheme(text));
}

gboolean dbi_fetch_wants_network(const char *input)
{
    return input != NULL &&
           (docbao_fetch_is_url(input) ||
            (g_uri_peek_scheme(input) != NULL && !g_file_test(input, G_FILE_TEST_EXISTS)));
}

char *docbao_fetch_format_time(int64_t unix_time, const char *format)
{
    GTimeZone *tz = g_time_zone_new_offset(7 * 3600);
    GDateTime *utc = g_date_time_new_from_unix_utc(unix_time);
    GDateTime *local = utc != NULL ? g_date_time_to_timezone(utc, tz) : NULL;
    char *text = local != NULL ? g_date_time_format(local, format) : NULL;
    if (local != NULL) {
        g_date_time_unref(local);
    }
    if (utc != NULL) {
        g_date_time_unref(utc);
    }
    g_time_zone_unref(tz);
    return text != NULL ? text : g_strdup("?");
}

/* ---------------------------------------------------------------------------------------- */
/* Messages                                                                                  */

/* "10 MB", "64 KB" or "900 bytes": the limit as people say it. */
static char *describe_size(size_t bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
        return g_strdup_printf(_("%zu MB"), bytes / (1024 * 1024));
    }
    if (bytes >= 1024) {
        return g_strdup_printf(_("%zu KB"), bytes / 1024);
    }
    return g_strdup_printf(_("%zu bytes"), bytes);
}

/* The host part of url for messages, or the url itself. */
static char *host_of(const char *url)
{
    GUri *uri = g_uri_parse(url, G_URI_FLAGS_PARSE_RELAXED | G_URI_FLAGS_ENCODED, NULL);
    char *host = NULL;
    if (uri != NULL) {
        host = g_strdup(g_uri_get_host(uri));
        g_uri_unref(uri);
    }
    return host != NULL ? host : g_strdup(url);
}

docbao_status dbi_fetch_transfer_failure(docbao_error *err, const char *url, int curl_code,
                                         long os_errno, const char *detail, const char *location,
                                         gboolean loop, gboolean connected, size_t max_bytes,
                                         long timeout_ms, gboolean *offline_ok)
{
    char *host = host_of(url);
    char *why =
        g_strstrip(g_strdup(detail != NULL && detail[0] != '\0' ? detail
                            : curl.curl_easy_strerror != NULL ? curl.curl_easy_strerror((CURLcode)curl_code)
                                                         : "?"));
    docbao_status st = DOCBAO_ERR_NETWORK;
    gboolean offline = TRUE;

    switch ((CURLcode)curl_code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        dbi_fail(err, st,
                 _("%s: the name %s cannot be found (DNS); check the address and the network "
                   "connection"),
                 url, host);
        break;
    case CURLE_COULDNT_RESOLVE_PROXY:
        dbi_fail(err, st,
                 _("%s: the proxy's name cannot be found; check the http_proxy and https_proxy "
                   "settings and the network connection"),
                 url);
        break;
    case CURLE_COULDNT_CONNECT:
        if (os_errno == ECONNREFUSED) {
            dbi_fail(err, st, _("%s: %s refused the connection (no server answers there)"), url,
                     host);
        } else if (os_errno == ENETUNREACH || os_errno == EHOSTUNREACH) {
            dbi_fail(err, st, _("%s: there is no route to %s; is the network connected?"), url,
                     host);
        } else if (os_errno == ETIMEDOUT) {
            dbi_fail(err, st, _("%s: %s did not answer; is the network connected?"), url, host);
        } else {
            dbi_fail(err, st, _("%s: cannot connect to %s (%s)"), url, host, why);
        }
        break;
    case CURLE_OPERATION_TIMEDOUT:
        if (connected) {
            dbi_fail(err, st,
                     _("%s: the server did not send the page within the time limit (%.1f s)"), url,
                     (double)timeout_ms / 1000.0);
        } else {
            dbi_fail(err, st, _("%s: %s did not answer in time; is the network connected?"), url,
                     host);
        }
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
        dbi_fail(err, st,
                 _("%s: the server's certificate cannot be trusted (%s); docbao never opens an "
                   "unverified secure connection"),
                 url, why);
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_USE_SSL_FAILED:
        dbi_fail(err, st, _("%s: the secure connection (TLS) to %s failed (%s)"), url, host, why);
        break;
    case CURLE_FILESIZE_EXCEEDED: {
        char *limit = describe_size(max_bytes);
        st = DOCBAO_ERR_TOO_LARGE;
        offline = FALSE;
        dbi_fail(err, st,
                 _("%s: the page is larger than %s; docbao downloads pages up to that "
                   "size"),
                 url, limit);
        g_free(limit);
        break;
    }
    case CURLE_TOO_MANY_REDIRECTS:
        offline = FALSE;
        if (loop) {
            dbi_fail(err, st, _("%s: the server's redirects go round in a loop"), url);
        } else {
            dbi_fail(err, st, _("%s: the server redirects more than %d times"), url,
                     DOCBAO_FETCH_MAX_REDIRECTS);
        }
        break;
    case CURLE_UNSUPPORTED_PROTOCOL:
        offline = FALSE;
        if (location != NULL && is_secure(url) && g_str_has_prefix(location, "http:")) {
            dbi_fail(err, st,
                     _("%s: the secure page sends docbao on to %s, which is not secure; docbao "
                       "does not follow it"),
                     url, location);
        } else {
            dbi_fail(err, st,
                     _("%s: the server sends docbao on to %s; docbao follows only http and "
                       "https addresses"),
                     url, location != NULL ? location : why);
        }
        break;
    case CURLE_URL_MALFORMAT:
        st = DOCBAO_ERR_INVALID_ARG;
        offline = FALSE;
        dbi_fail(err, st, _("%s is not a valid web address"), url);
        break;
    case CURLE_BAD_CONTENT_ENCODING:
        offline = FALSE;
        dbi_fail(err, st, _("%s: the server sent badly compressed data (%s)"), url, why);
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        st = DOCBAO_ERR_CANCELLED;
        offline = FALSE;
        dbi_fail(err, st, _("%s: cancelled"), url);
        break;
    case CURLE_OUT_OF_MEMORY:
        st = DOCBAO_ERR_NOMEM;
        offline = FALSE;
        dbi_fail(err, st, _("%s: out of memory"), url);
        break;
    case CURLE_GOT_NOTHING:
        dbi_fail(err, st, _("%s: the server closed the connection without answering"), url);
        break;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        dbi_fail(err, st, _("%s: the connection broke before the page was complete (%s)"), url,
                 why);
        break;
    case CURLE_WEIRD_SERVER_REPLY:
        dbi_fail(err, st, _("%s: the server's answer is not HTTP (%s)"), url, why);
        break;
    default:
        dbi_fail(err, st, _("%s: network error (%s)"), url, why);
        break;
    }
    g_free(why);
    g_free(host);
    if (offline_ok != NULL) {
        *offline_ok = offline;
    }
    return st;
}

docbao_status dbi_fetch_http_failure(docbao_error *err, const char *url, long http_status,
                                     gboolean *offline_ok)
{
    gboolean offline = FALSE;
    if (http_status == 404 || http_status == 410) {
        dbi_fail(err, DOCBAO_ERR_NETWORK, _("%s: the page does not exist (HTTP %ld)"), url,
                 http_status);
    } else if (http_status == 401 || http_status == 403 || http_status == 451) {
        dbi_fail(err, DOCBAO_ERR_NETWORK, _("%s: the server refuses access to the page (HTTP %ld)"),
                 url, http_status);
    } else if (http_status == 429 || http_status == 408) {
        offline = TRUE;
        dbi_fail(err, DOCBAO_ERR_NETWORK, _("%s: the server is busy (HTTP %ld); try again later"),
                 url, http_status);
    } else if (http_status >= 500) {
        offline = TRUE;
        dbi_fail(err, DOCBAO_ERR_NETWORK,
                 _("%s: the server has a problem (HTTP %ld); try again later"), url, http_status);
    } else if (http_status >= 400) {
        dbi_fail(err, DOCBAO_ERR_NETWORK, _("%s: the server refused the request (HTTP %ld)"), url,
                 http_status);
    } else {
        dbi_fail(err, DOCBAO_ERR_NETWORK,
                 _("%s: the server answered with a redirect docbao cannot follow (HTTP %ld)"), url,
                 http_status);
    }
    if (offline_ok != NULL) {
        *offline_ok = offline;
    }
    return DOCBAO_ERR_NETWORK;
}

/* ---------------------------------------------------------------------------------------- */
/* Transfers                                                                                 */

/* Loads libcurl and runs its global initialization, once. */
static gpointer global_init(gpointer unused)
{
    (void)unused;
    return GINT_TO_POINTER(dbi_dynlib_load(&curl_lib, DOCBAO_ERR_NETWORK, NULL) &&
                           curl.curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK);
}

/* One transfer's state, shared with libcurl's callbacks. */
typedef struct {
    GString *body;
    size_t max;
    gboolean too_large;
    GPtrArray *locations; /* every Location header, in order */
    gboolean loop;        /* a Location came back to an address already seen */
    const volatile int *cancel;
} transfer;

static size_t on_body(char *ptr, size_t size, size_t n, void *user)
{
    transfer *t = user;
    size_t bytes = size * n;
    /* Counts decompressed bytes, so chunked bodies and compression bombs are bounded too. */
    if (bytes > t->max - t->body->len) {
        t->too_large = TRUE;
        return 0;
    }
    g_string_append_len(t->body, ptr, (gssize)bytes);
    return bytes;
}

static size_t on_header(char *ptr, size_t size, size_t n, void *user)
{
    transfer *t = user;
    size_t bytes = size * n;
    if (bytes >= 5 && g_ascii_strncasecmp(ptr, "HTTP/", 5) == 0) {
        /* A new response (after a redirect or a 1xx): only the last one's body counts. */
        g_string_truncate(t->body, 0);
    } else if (bytes > 9 && g_ascii_strncasecmp(ptr, "location:", 9) == 0) {
        char *value = g_strstrip(g_strndup(ptr + 9, bytes - 9));
        for (guint i = 0; i < t->locations->len; i++) {
            if (strcmp(g_ptr_array_index(t->locations, i), value) == 0) {
                t->loop = TRUE;
            }
        }
        g_ptr_array_add(t->locations, value);
    }
    return bytes;
}

static int on_progress(void *user, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
                       curl_off_t ulnow)
{
    transfer *t = user;
    (void)dltotal;
    (void)dlnow;
    (void)ultotal;
    (void)ulnow;
    return t->cancel != NULL && *t->cancel != 0;
}

/* Splits "text/html; charset=UTF-8" into a lower-case media type and a usable charset. */
static void parse_content_type(const char *header, char **type, char **charset)
{
    char **parts;
    *type = NULL;
    *charset = NULL;
    if (header == NULL) {
        return;
    }
    parts = g_strsplit(header, ";", -1);
    if (parts[0] != NULL) {
        char *t = g_ascii_strdown(g_strstrip(parts[0]), -1);
        if (t[0] != '\0') {
            *type = t;
        } else {
            g_free(t);
        }
        for (char **p = parts + 1; *p != NULL; p++) {
            char *param = g_strstrip(*p);
            if (g_ascii_strncasecmp(param, "charset=", 8) == 0) {
                char *value = g_strdup(param + 8);
                GIConv conv;
                g_strstrip(value);
                if (value[0] == '"' || value[0] == '\'') {
                    size_t n = strlen(value);
                    memmove(value, value + 1, n);
                    if (n > 1 && (value[n - 2] == '"' || value[n - 2] == '\'')) {
                        value[n - 2] = '\0';
                    }
                }
                /* Only a charset iconv knows is worth passing on. */
                conv = value[0] != '\0' ? g_iconv_open("UTF-8", value) : (GIConv)-1;
                if (conv != (GIConv)-1) {
                    g_iconv_close(conv);
                    g_free(*charset);
                    *charset = value;
                } else {
                    g_free(value);
                }
            }
        }
    }
    g_strfreev(parts);
}

typedef struct {
    long connect_timeout_ms;
    long timeout_ms;
    size_t max_bytes;
    const char *user_agent;
} limits;

static limits limits_from(const docbao_fetch_options *o)
{
    limits l = {DOCBAO_FETCH_CONNECT_TIMEOUT_DEFAULT, DOCBAO_FETCH_TIMEOUT_DEFAULT,
                DOCBAO_FETCH_MAX_DEFAULT, DOCBAO_USER_AGENT};
    if (o != NULL) {
        l.connect_timeout_ms =
            o->connect_timeout_ms > 0 ? o->connect_timeout_ms : l.connect_timeout_ms;
        l.timeout_ms = o->timeout_ms > 0 ? o->timeout_ms : l.timeout_ms;
        l.max_bytes = o->max_bytes > 0 ? o->max_bytes : l.max_bytes;
        l.user_agent = o->user_agent != NULL ? o->user_agent : l.user_agent;
    }
    /* The connection is part of the transfer: never wait longer to connect than in all. */
    l.connect_timeout_ms = MIN(l.connect_timeout_ms, l.timeout_ms);
    return l;
}

/*
 * One transfer over the network. On success fills *r and returns DOCBAO_OK; on failure fills
 * err and *offline_ok. *http_status receives the last answer's HTTP status (0 when none came).
 */
static docbao_status transfer_url(const char *url, const docbao_fetch_options *o,
                                  docbao_fetch_result *r, docbao_error *err, gboolean *offline_ok,
                                  long *http_status_out)
{
    static GOnce once = G_ONCE_INIT;
    limits l = limits_from(o);
    transfer t = {0};
    char errbuf[CURL_ERROR_SIZE] = "";
    struct curl_slist *headers = NULL;
    CURL *h;
    CURLcode rc;
    docbao_status st;
    long http_status = 0;

    *offline_ok = FALSE;
    if (!GPOINTER_TO_INT(g_once(&once, global_init, NULL)) || (h = curl.curl_easy_init()) == NULL) {
        return dbi_fail(err, DOCBAO_ERR_NETWORK, _("%s: the network library cannot start"), url);
    }
    t.body = g_string_sized_new(64 * 1024);
    t.max = l.max_bytes;
    t.locations = g_ptr_array_new_with_free_func(g_free);
    t.cancel = o != NULL ? o->cancel : NULL;
    headers =
        curl.curl_slist_append(headers, "Accept: text/html,application/xhtml+xml,application/rss+xml,"
                                   "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,"
                                   "*/*;q=0.5");
    headers = curl.curl_slist_append(headers, "Accept-Language: vi,en;q=0.5");

    /*
     * The settings that keep docbao safe are checked: only http and https, for the first
     * request and for every redirect (only https after https); at most 5 redirects; the size limit;
     * certificates and host names verified (libcurl's defaults, stated here for the reader). Should
     * libcurl refuse one of them, nothing is fetched.
     */
    rc = curl.curl_easy_setopt(h, CURLOPT_URL, url);
    rc = rc != CURLE_OK ? rc : curl.curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    /* A secure page never sends docbao on to an insecure one. */
    rc = rc != CURLE_OK ? rc
                        : curl.curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR,
                                           is_secure(url) ? "https" : "http,https");
    rc = rc != CURLE_OK ? rc
                        : curl.curl_easy_setopt(h, CURLOPT_MAXREDIRS, (long)DOCBAO_FETCH_MAX_REDIRECTS);
    rc = rc != CURLE_OK ? rc
                        : curl.curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)l.max_bytes);
    rc = rc != CURLE_OK ? rc : curl.curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    rc = rc != CURLE_OK ? rc : curl.curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (o != NULL && o->ca_file != NULL) {
        rc = rc != CURLE_OK ? rc : curl.curl_easy_setopt(h, CURLOPT_CAINFO, o->ca_file);
    }
    curl.curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl.curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, l.connect_timeout_ms);
    curl.curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, l.timeout_ms);
    /* "" offers every encoding this libcurl decodes (gzip, deflate, br, zstd). */
    curl.curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    curl.curl_easy_setopt(h, CURLOPT_USERAGENT, l.user_agent);
    curl.curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl.curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl.curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
    curl.curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
    curl.curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl.curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
    curl.curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
    curl.curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl.curl_easy_setopt(h, CURLOPT_XFERINFODATA, &t);
    curl.curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    /* Proxies: libcurl reads http_proxy, https_proxy, all_proxy and no_proxy by itself. */

    if (rc == CURLE_OK) {
        rc = curl.curl_easy_perform(h);
    }
    curl.curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &http_status);
    *http_status_out = http_status;
    if (rc != CURLE_OK) {
        long os_errno = 0;
        curl_off_t connect_time = 0;
        const char *location =
            t.locations->len > 0 ? g_ptr_array_index(t.locations, t.locations->len - 1) : NULL;
        curl.curl_easy_getinfo(h, CURLINFO_OS_ERRNO, &os_errno);
        curl.curl_easy_getinfo(h, CURLINFO_CONNECT_TIME_T, &connect_time);
        if (t.too_large) {
            rc = CURLE_FILESIZE_EXCEEDED;
        }
        st = dbi_fetch_transfer_failure(err, url, rc, os_errno, errbuf, location, t.loop,
                                        connect_time > 0 || http_status > 0, l.max_bytes,
                                        l.timeout_ms, offline_ok);
    } else if (http_status < 200 || http_status >= 300) {
        st = dbi_fetch_http_failure(err, url, http_status, offline_ok);
    } else {
        const char *content_type = NULL;
        const char *effective = NULL;
        curl.curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &content_type);
        curl.curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &effective);
        parse_content_type(content_type, &r->content_type, &r->charset);
        r->final_url = g_strdup(effective != NULL ? effective : url);
        r->fetched_at = g_get_real_time() / G_USEC_PER_SEC;
        r->from_cache = false;
        r->len = t.body->len;
        r->data = g_string_free(g_steal_pointer(&t.body), FALSE);
        st = DOCBAO_OK;
    }
    if (t.body != NULL) {
        g_string_free(t.body, TRUE);
    }
    g_ptr_array_unref(t.locations);
    curl.curl_slist_free_all(headers);
    curl.curl_easy_cleanup(h);
    return st;
}

docbao_status docbao_fetch_url(const char *url, const docbao_fetch_options *opts,
                               docbao_fetch_result *result, docbao_error *err)
{
    return dbi_fetch_url_status(url, opts, result, err, NULL);
}

docbao_status dbi_fetch_url_status(const char *url, const docbao_fetch_options *opts,
                                   docbao_fetch_result *result, docbao_error *err,
                                   long *http_status)
{
    long status = 0;
    docbao_cache_policy policy = opts != NULL ? opts->cache : DOCBAO_CACHE_FALLBACK;
    size_t cache_max = opts != NULL && opts->cache_max_bytes > 0 ? opts->cache_max_bytes
                                                                 : DOCBAO_CACHE_MAX_DEFAULT;
    docbao_fetch_result r = {0};
    docbao_error net_err = {0};
    gboolean offline_ok = FALSE;
    char *dir;
    docbao_status st;

    if (http_status != NULL) {
        *http_status = 0;
    }
    if (url == NULL || result == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no web address was given"));
    }
    if (!docbao_fetch_is_url(url)) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG,
                        _("%s: docbao opens only http:// and https:// addresses"), url);
    }
    dir = dbi_cache_dir(opts);
    if (policy == DOCBAO_CACHE_OFFLINE) {
        if (dbi_cache_lookup(dir, url, &r)) {
            *result = r;
            st = DOCBAO_OK;
        } else {
            st = dbi_fail(err, DOCBAO_ERR_NETWORK,
                          _("%s: there is no saved copy of this page for offline reading"), url);
        }
        g_free(dir);
        return st;
    }
    st = transfer_url(url, opts, &r, &net_err, &offline_ok, &status);
    if (http_status != NULL) {
        *http_status = status;
    }
    if (st == DOCBAO_OK) {
        if (policy == DOCBAO_CACHE_FALLBACK) {
            dbi_cache_store(dir, cache_max, url, &r);
        }
        *result = r;
    } else if (policy == DOCBAO_CACHE_FALLBACK && offline_ok && dbi_cache_lookup(dir, url, &r)) {
        r.offline_reason = g_strdup(net_err.message);
        *result = r;
        st = DOCBAO_OK;
    } else if (err != NULL) {
        *err = net_err;
    }
    g_free(dir);
    return st;
}

const char *dbi_fetch_usable_charset(const docbao_fetch_result *r)
{
    if (r->charset != NULL &&
        (g_ascii_strcasecmp(r->charset, "utf-8") == 0 ||
         g_ascii_strcasecmp(r->charset, "utf8") == 0) &&
        !g_utf8_validate_len(r->data, r->len, NULL)) {
        return NULL;
    }
    return r->charset;
}

docbao_status docbao_article_fetch(const char *url, const docbao_fetch_options *opts,
                                   docbao_article **out, docbao_fetch_result *meta,
                                   docbao_error *err)
{
    docbao_fetch_result r = {0};
    docbao_extract_options xopts = {0};
    docbao_status st;

    if (out == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no web address was given"));
    }
    st = docbao_fetch_url(url, opts, &r, err);
    if (st != DOCBAO_OK) {
        return st;
    }
    xopts.url = r.final_url;
    xopts.charset = dbi_fetch_usable_charset(&r);
    st = dbi_article_from_data(r.data, r.len, url, &xopts, out, err);
    if (st == DOCBAO_ERR_ENCODING && xopts.charset == NULL && err != NULL) {
        /* Say why the bytes could not be read. */
        char *was = g_strdup(err->message);
        if (r.charset != NULL) {
            dbi_fail(err, st, _("%s; the server says %s, but the page is not"), was, r.charset);
        } else {
            dbi_fail(err, st, _("%s; neither the server nor the page names its charset"), was);
        }
        g_free(was);
    }
    if (st == DOCBAO_OK && meta != NULL) {
        g_clear_pointer(&r.data, g_free);
        r.len = 0;
        *meta = r;
    } else {
        docbao_fetch_result_clear(&r);
    }
    return st;
}
