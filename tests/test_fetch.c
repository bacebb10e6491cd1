/*
 * Fetching over http(s), the offline cache and article loading from the web, against the
 * local test server (tests/tools/http_test_server.c) on 127.0.0.1. Nothing here leaves the
 * machine: the DNS failure uses a name the resolver refuses before asking any server.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <utime.h>

#include <curl/curl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "input/cache.h"
#include "docbao/docbao.h"
#include "input/input_internal.h"
#include "test_util.h"

#define ARTICLE "tin-tuc-bao-dien-tu.html"
#define LOCAL_ARTICLE "tin-dia-phuong-cu.html"
#define LOCAL_TITLE "Thới Lai: Lúa Thu Đông được mùa, được giá"
/*
 * A name under the reserved .invalid domain with a 64-character label: the resolver rejects
 * it before sending any query, so the DNS failure is tested without leaving the machine.
 */
#define UNRESOLVABLE                                                                              \
    "http://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.invalid/"

/* A running test server. */
typedef struct {
    GSubprocess *process;
    char *base; /* http://127.0.0.1:PORT */
    int port;
} server;

static server main_server;

static void server_start(server *s)
{
    const char *bin = g_getenv("HTTP_TEST_SERVER");
    char *root = test_source_path("samples");
    GError *err = NULL;
    GDataInputStream *out;
    char *line;

    g_assert_nonnull(bin);
    s->process = g_subprocess_new(G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDIN_PIPE,
                                  &err, bin, "--root", root, "--watch-stdin", "--lifetime",
                                  "300", NULL);
    g_assert_no_error(err);
    out = g_data_input_stream_new(g_subprocess_get_stdout_pipe(s->process));
    line = g_data_input_stream_read_line(out, NULL, NULL, &err);
    g_assert_no_error(err);
    g_assert_nonnull(line);
    s->port = atoi(line);
    g_assert_cmpint(s->port, >, 0);
    s->base = g_strdup_printf("http://127.0.0.1:%d", s->port);
    g_free(line);
    g_object_unref(out);
    g_free(root);
}

static void server_stop(server *s)
{
    g_subprocess_send_signal(s->process, SIGTERM);
    g_subprocess_wait(s->process, NULL, NULL);
    g_clear_object(&s->process);
    g_clear_pointer(&s->base, g_free);
}

static char *url_on(const server *s, const char *path)
{
    return g_strconcat(s->base, path, NULL);
}

static char *url(const char *path)
{
    return url_on(&main_server, path);
}

/* Options for a test: short time limits and a cache folder of its own. Free with opts_done. */
static docbao_fetch_options opts_new(void)
{
    docbao_fetch_options o = {0};
    o.timeout_ms = 5000;
    o.connect_timeout_ms = 2000;
    o.cache_dir = g_dir_make_tmp("docbao-cache-XXXXXX", NULL);
    g_assert_nonnull(o.cache_dir);
    return o;
}

static void remove_tree(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    const char *name;
    if (d == NULL) {
        return;
    }
    while ((name = g_dir_read_name(d)) != NULL) {
        char *path = g_build_filename(dir, name, NULL);
        if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
            remove_tree(path);
        } else {
            g_unlink(path);
        }
        g_free(path);
    }
    g_dir_close(d);
    g_rmdir(dir);
}

static void opts_done(docbao_fetch_options *o)
{
    remove_tree(o->cache_dir);
    g_free((char *)o->cache_dir);
}

/* A result that must stay as it is when a fetch fails. */
static docbao_fetch_result sentinel(void)
{
    docbao_fetch_result r = {0};
    r.data = (char *)"untouched";
    r.len = 9;
    return r;
}

static void assert_untouched(const docbao_fetch_result *r)
{
    g_assert_cmpstr(r->data, ==, "untouched");
    g_assert_cmpuint(r->len, ==, 9);
    g_assert_null(r->final_url);
}

/* Fetches path and expects failure with status, a message naming the url and holding want. */
static void expect_failure(const char *path, const docbao_fetch_options *o, docbao_status status,
                           const char *want)
{
    char *u = g_str_has_prefix(path, "/") ? url(path) : g_strdup(path);
    docbao_fetch_result r = sentinel();
    docbao_error err = {0};
    docbao_status st = docbao_fetch_url(u, o, &r, &err);
    if (g_test_verbose()) {
        g_printerr("%s -> %s\n", u, err.message);
    }
    g_assert_cmpint(st, ==, status);
    g_assert_cmpint(err.status, ==, status);
    assert_untouched(&r);
    g_assert_nonnull(strstr(err.message, u));
    g_assert_nonnull(strstr(err.message, want));
    g_free(u);
}

static void test_page(void)
{
    docbao_fetch_options o = opts_new();
    char *u = url("/" ARTICLE);
    docbao_fetch_result r = {0};
    docbao_error err = {0};
    gsize len = 0;
    char *want = test_read_source("samples/" ARTICLE, &len);
    gint64 now = g_get_real_time() / G_USEC_PER_SEC;

    g_assert_cmpint(docbao_fetch_url(u, &o, &r, &err), ==, DOCBAO_OK);
    g_assert_cmpuint(r.len, ==, len);
    g_assert_true(memcmp(r.data, want, len) == 0);
    g_assert_cmpint(r.data[r.len], ==, '\0');
    g_assert_cmpstr(r.content_type, ==, "text/html");
    g_assert_cmpstr(r.charset, ==, "utf-8");
    g_assert_cmpstr(r.final_url, ==, u);
    g_assert_false(r.from_cache);
    g_assert_null(r.offline_reason);
    g_assert_cmpint(r.fetched_at, >=, now - 1);
    g_assert_cmpint(r.fetched_at, <=, now + 5);
    docbao_fetch_result_clear(&r);
    docbao_fetch_result_clear(&r);
    docbao_fetch_result_clear(NULL);
    g_free(want);
    g_free(u);
    opts_done(&o);
}

static void test_redirects(void)
{
    docbao_fetch_options o = opts_new();
    char *u = url("/redirect/5");
    docbao_fetch_result r = {0};
    g_assert_cmpint(docbao_fetch_url(u, &o, &r, NULL), ==, DOCBAO_OK);
    g_assert_true(g_str_has_suffix(r.final_url, "/" ARTICLE));
    docbao_fetch_result_clear(&r);
    expect_failure("/redirect/6", &o, DOCBAO_ERR_NETWORK, "more than 5");
    expect_failure("/loop", &o, DOCBAO_ERR_NETWORK, "loop");
    g_free(u);
    opts_done(&o);
}

static void test_http_errors(void)
{
    docbao_fetch_options o = opts_new();
    expect_failure("/404", &o, DOCBAO_ERR_NETWORK, "does not exist (HTTP 404)");
    expect_failure("/status/410", &o, DOCBAO_ERR_NETWORK, "HTTP 410");
    expect_failure("/status/403", &o, DOCBAO_ERR_NETWORK, "refuses access");
    expect_failure("/status/503", &o, DOCBAO_ERR_NETWORK, "HTTP 503");
    expect_failure("/status/304", &o, DOCBAO_ERR_NETWORK, "HTTP 304");
    opts_done(&o);
}

static void test_timeout(void)
{
    docbao_fetch_options o = opts_new();
    gint64 start = g_get_monotonic_time();
    o.timeout_ms = 300;
    expect_failure("/slow?ms=3000", &o, DOCBAO_ERR_NETWORK, "time limit");
    expect_failure("/stall", &o, DOCBAO_ERR_NETWORK, "time limit");
    /* Both gave up after about 0.3 s each, not after the server's 3 s. */
    g_assert_cmpint(g_get_monotonic_time() - start, <, 2 * G_USEC_PER_SEC);
    opts_done(&o);
}

static void test_too_large(void)
{
    docbao_fetch_options o = opts_new();
    expect_failure("/big", &o, DOCBAO_ERR_TOO_LARGE, "larger than 10 MB");
    expect_failure("/big?length", &o, DOCBAO_ERR_TOO_LARGE, "larger than 10 MB");
    expect_failure("/bomb", &o, DOCBAO_ERR_TOO_LARGE, "larger than 10 MB");
    o.max_bytes = 4096;
    expect_failure("/" ARTICLE, &o, DOCBAO_ERR_TOO_LARGE, "larger than 4 KB");
    expect_failure("/gzip", &o, DOCBAO_ERR_TOO_LARGE, "larger than 4 KB");
    opts_done(&o);
}

static void test_gzip(void)
{
    docbao_fetch_options o = opts_new();
    char *u = url("/gzip");
    docbao_fetch_result r = {0};
    gsize len = 0;
    char *want = test_read_source("samples/" ARTICLE, &len);
    g_assert_cmpint(docbao_fetch_url(u, &o, &r, NULL), ==, DOCBAO_OK);
    g_assert_cmpuint(r.len, ==, len);
    g_assert_true(memcmp(r.data, want, len) == 0);
    docbao_fetch_result_clear(&r);
    g_free(want);
    g_free(u);
    opts_done(&o);
}

static void test_schemes(void)
{
    docbao_fetch_options o = opts_new();
    expect_failure("file:///etc/passwd", &o, DOCBAO_ERR_INVALID_ARG, "only http:// and https://");
    expect_failure("ftp://127.0.0.1/x", &o, DOCBAO_ERR_INVALID_ARG, "only http:// and https://");
    expect_failure("/to-file", &o, DOCBAO_ERR_NETWORK, "file:///etc/passwd");
    g_assert_true(docbao_fetch_is_url("HTTPS://example.com/"));
    g_assert_true(docbao_fetch_is_url("http://x"));
    g_assert_false(docbao_fetch_is_url("samples/a.html"));
    g_assert_false(docbao_fetch_is_url("file:///etc/passwd"));
    g_assert_false(docbao_fetch_is_url(NULL));
    opts_done(&o);
}

static void test_dns_refused_tls(void)
{
    docbao_fetch_options o = opts_new();
    GSocket *sock;
    GInetAddress *lo = g_inet_address_new_loopback(G_SOCKET_FAMILY_IPV4);
    GSocketAddress *any = g_inet_socket_address_new(lo, 0);
    GSocketAddress *bound;
    char *refused, *tls;

    expect_failure(UNRESOLVABLE, &o, DOCBAO_ERR_NETWORK, "cannot be found (DNS)");
    /* A port that nothing listens on: bind one, then close it. */
    sock = g_socket_new(G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
    g_assert_true(g_socket_bind(sock, any, TRUE, NULL));
    bound = g_socket_get_local_address(sock, NULL);
    refused = g_strdup_printf("http://127.0.0.1:%u/",
                              g_inet_socket_address_get_port(G_INET_SOCKET_ADDRESS(bound)));
    g_socket_close(sock, NULL);
    expect_failure(refused, &o, DOCBAO_ERR_NETWORK, "refused the connection");
    /* https to a plain-HTTP server: the TLS handshake fails. */
    tls = g_strdup_printf("https://127.0.0.1:%d/", main_server.port);
    expect_failure(tls, &o, DOCBAO_ERR_NETWORK, "secure connection (TLS)");
    g_free(tls);
    g_free(refused);
    g_object_unref(bound);
    g_object_unref(sock);
    g_object_unref(any);
    g_object_unref(lo);
    opts_done(&o);
}

/* Runs a command to its end; fails the test when it fails. */
static void run_or_fail(const char *const *argv, const char *cwd)
{
    GError *err = NULL;
    int status = 0;
    g_spawn_sync(cwd, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                                          G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, NULL, NULL, &status, &err);
    g_assert_no_error(err);
    g_assert_true(g_spawn_check_wait_status(status, NULL));
}

/*
 * https for real, with openssl s_server and a certificate made for 127.0.0.1: a page is
 * fetched when its authority is trusted, refused when it is not, and a redirect from https to
 * plain http is not followed.
 */
static void test_https(void)
{
    char *dir, *openssl, *down, *page_url, *down_url;
    const char *req[] = {"openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                         "key.pem", "-out", "cert.pem", "-days", "1", "-subj", "/CN=127.0.0.1",
                         "-addext", "subjectAltName=IP:127.0.0.1", NULL};
    const char *page = "HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                       "<html><body><p>Bảo mật</p></body></html>";
    GSubprocessLauncher *launcher;
    GSubprocess *tls;
    GDataInputStream *out;
    GError *err = NULL;
    char *line, *ca;
    int port = 0;
    docbao_fetch_options o = opts_new();
    docbao_fetch_result r = {0};
    docbao_error e = {0};

    openssl = g_find_program_in_path("openssl");
    if (openssl == NULL) {
        g_test_skip("openssl is not installed");
        opts_done(&o);
        return;
    }
    dir = g_dir_make_tmp("docbao-tls-XXXXXX", NULL);
    run_or_fail(req, dir);
    /* s_server -HTTP sends files as they are, headers included. */
    down = g_strdup_printf("HTTP/1.0 302 Found\r\nLocation: %s/%s\r\n\r\n", main_server.base,
                           ARTICLE);
    {
        char *p = g_build_filename(dir, "page", NULL);
        char *q = g_build_filename(dir, "down", NULL);
        g_assert_true(g_file_set_contents(p, page, -1, NULL));
        g_assert_true(g_file_set_contents(q, down, -1, NULL));
        g_free(p);
        g_free(q);
    }
    launcher = g_subprocess_launcher_new(G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                         G_SUBPROCESS_FLAGS_STDERR_SILENCE |
                                         G_SUBPROCESS_FLAGS_STDIN_PIPE);
    g_subprocess_launcher_set_cwd(launcher, dir);
    tls = g_subprocess_launcher_spawn(launcher, &err, openssl, "s_server", "-key", "key.pem",
                                      "-cert", "cert.pem", "-accept", "127.0.0.1:0", "-HTTP",
                                      NULL);
    g_assert_no_error(err);
    out = g_data_input_stream_new(g_subprocess_get_stdout_pipe(tls));
    while (port == 0 && (line = g_data_input_stream_read_line(out, NULL, NULL, NULL)) != NULL) {
        const char *colon = strrchr(line, ':');
        if (g_str_has_prefix(line, "ACCEPT") && colon != NULL) {
            port = atoi(colon + 1);
        }
        g_free(line);
    }
    g_assert_cmpint(port, >, 0);
    page_url = g_strdup_printf("https://127.0.0.1:%d/page", port);
    down_url = g_strdup_printf("https://127.0.0.1:%d/down", port);
    ca = g_build_filename(dir, "cert.pem", NULL);

    /* Not trusted by the system: refused. */
    expect_failure(page_url, &o, DOCBAO_ERR_NETWORK, "cannot be trusted");
    /* Trusted through ca_file: fetched. */
    o.ca_file = ca;
    g_assert_cmpint(docbao_fetch_url(page_url, &o, &r, &e), ==, DOCBAO_OK);
    g_assert_nonnull(strstr(r.data, "Bảo mật"));
    g_assert_cmpstr(r.final_url, ==, page_url);
    docbao_fetch_result_clear(&r);
    /* https never leads on to plain http. */
    expect_failure(down_url, &o, DOCBAO_ERR_NETWORK, "which is not secure");

    g_subprocess_force_exit(tls);
    g_subprocess_wait(tls, NULL, NULL);
    g_object_unref(out);
    g_object_unref(tls);
    g_object_unref(launcher);
    remove_tree(dir);
    g_free(ca);
    g_free(page_url);
    g_free(down_url);
    g_free(down);
    g_free(dir);
    g_free(openssl);
    opts_done(&o);
}

/* Failures a loopback server cannot produce: the messages and the offline decision. */
static void test_failure_messages(void)
{
    static const struct {
        int code;
        long os_errno;
        gboolean connected;
        docbao_status status;
        const char *want;
        gboolean offline;
    } cases[] = {
        {CURLE_COULDNT_CONNECT, EHOSTUNREACH, FALSE, DOCBAO_ERR_NETWORK, "no route to x.test", 1},
        {CURLE_COULDNT_CONNECT, ENETUNREACH, FALSE, DOCBAO_ERR_NETWORK, "no route to x.test", 1},
        {CURLE_COULDNT_CONNECT, ECONNREFUSED, FALSE, DOCBAO_ERR_NETWORK, "refused", 1},
        {CURLE_COULDNT_RESOLVE_HOST, 0, FALSE, DOCBAO_ERR_NETWORK, "x.test cannot be found", 1},
        {CURLE_COULDNT_RESOLVE_PROXY, 0, FALSE, DOCBAO_ERR_NETWORK, "proxy", 1},
        {CURLE_OPERATION_TIMEDOUT, 0, FALSE, DOCBAO_ERR_NETWORK, "did not answer in time", 1},
        {CURLE_OPERATION_TIMEDOUT, 0, TRUE, DOCBAO_ERR_NETWORK, "time limit (2.5 s)", 1},
        {CURLE_PEER_FAILED_VERIFICATION, 0, TRUE, DOCBAO_ERR_NETWORK, "cannot be trusted", 1},
        {CURLE_SSL_CONNECT_ERROR, 0, TRUE, DOCBAO_ERR_NETWORK, "(TLS)", 1},
        {CURLE_FILESIZE_EXCEEDED, 0, TRUE, DOCBAO_ERR_TOO_LARGE, "larger than 10 MB", 0},
        {CURLE_TOO_MANY_REDIRECTS, 0, TRUE, DOCBAO_ERR_NETWORK, "more than 5", 0},
        {CURLE_UNSUPPORTED_PROTOCOL, 0, TRUE, DOCBAO_ERR_NETWORK, "gopher://x", 0},
        {CURLE_ABORTED_BY_CALLBACK, 0, TRUE, DOCBAO_ERR_CANCELLED, "cancelled", 0},
        {CURLE_RECV_ERROR, 0, TRUE, DOCBAO_ERR_NETWORK, "broke", 1},
        {CURLE_GOT_NOTHING, 0, TRUE, DOCBAO_ERR_NETWORK, "without answering", 1},
    };
    static const struct {
        long http;
        const char *want;
        gboolean offline;
    } http_cases[] = {
        {404, "does not exist", 0}, {410, "does not exist", 0}, {401, "refuses access", 0},
        {429, "busy", 1},           {500, "problem", 1},        {418, "refused the request", 0},
        {300, "redirect", 0},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        docbao_error err = {0};
        gboolean offline = !cases[i].offline;
        docbao_status st = dbi_fetch_transfer_failure(
            &err, "http://x.test/a", cases[i].code, cases[i].os_errno, "detail", "gopher://x",
            FALSE, cases[i].connected, DOCBAO_FETCH_MAX_DEFAULT, 2500, &offline);
        g_assert_cmpint(st, ==, cases[i].status);
        g_assert_nonnull(strstr(err.message, "http://x.test/a"));
        if (strstr(err.message, cases[i].want) == NULL) {
            g_error("case %zu: \"%s\" lacks \"%s\"", i, err.message, cases[i].want);
        }
        g_assert_cmpint(offline, ==, cases[i].offline);
    }
    {
        /* A redirect from https to plain http is refused, and said so. */
        docbao_error err = {0};
        dbi_fetch_transfer_failure(&err, "https://x.test/a", CURLE_UNSUPPORTED_PROTOCOL, 0, "",
                                   "http://x.test/b", FALSE, TRUE, 0, 0, NULL);
        g_assert_nonnull(strstr(err.message, "http://x.test/b, which is not secure"));
    }
    for (size_t i = 0; i < G_N_ELEMENTS(http_cases); i++) {
        docbao_error err = {0};
        gboolean offline = !http_cases[i].offline;
        g_assert_cmpint(dbi_fetch_http_failure(&err, "http://x.test/a", http_cases[i].http,
                                               &offline),
                        ==, DOCBAO_ERR_NETWORK);
        g_assert_nonnull(strstr(err.message, http_cases[i].want));
        g_assert_cmpint(offline, ==, http_cases[i].offline);
    }
}

static void test_request_headers(void)
{
    docbao_fetch_options o = opts_new();
    docbao_fetch_result r = {0};
    char *u = url("/headers");
    g_assert_cmpint(docbao_fetch_url(u, &o, &r, NULL), ==, DOCBAO_OK);
    g_assert_nonnull(strstr(r.data, "User-Agent: docbao/"));
    g_assert_nonnull(strstr(r.data, "accessible news reader"));
    g_assert_nonnull(strstr(r.data, "gzip"));
    g_assert_nonnull(strstr(r.data, "Accept-Language: vi"));
    docbao_fetch_result_clear(&r);
    o.user_agent = "kiosk/1";
    g_assert_cmpint(docbao_fetch_url(u, &o, &r, NULL), ==, DOCBAO_OK);
    g_assert_nonnull(strstr(r.data, "User-Agent: kiosk/1"));
    docbao_fetch_result_clear(&r);
    g_free(u);
    opts_done(&o);
}

static void test_cancel(void)
{
    docbao_fetch_options o = opts_new();
    volatile int stop = 1;
    gint64 start = g_get_monotonic_time();
    o.cancel = &stop;
    expect_failure("/slow?ms=3000", &o, DOCBAO_ERR_CANCELLED, "cancelled");
    g_assert_cmpint(g_get_monotonic_time() - start, <, 2 * G_USEC_PER_SEC);
    opts_done(&o);
}

static void test_cache_fallback(void)
{
    docbao_fetch_options o = opts_new();
    server s = {0};
    docbao_fetch_result first = {0}, again = {0};
    docbao_error err = {0};
    char *u;
    server_start(&s);
    u = url_on(&s, "/" LOCAL_ARTICLE);
    g_assert_cmpint(docbao_fetch_url(u, &o, &first, NULL), ==, DOCBAO_OK);
    g_assert_false(first.from_cache);
    server_stop(&s);

    /* The network is gone: the saved copy stands in, and says when it was fetched. */
    g_assert_cmpint(docbao_fetch_url(u, &o, &again, &err), ==, DOCBAO_OK);
    g_assert_true(again.from_cache);
    g_assert_cmpint(again.fetched_at, ==, first.fetched_at);
    g_assert_cmpuint(again.len, ==, first.len);
    g_assert_true(memcmp(again.data, first.data, first.len) == 0);
    g_assert_cmpstr(again.content_type, ==, "text/html");
    g_assert_cmpstr(again.charset, ==, "utf-8");
    g_assert_cmpstr(again.final_url, ==, first.final_url);
    g_assert_nonnull(strstr(again.offline_reason, "refused"));
    docbao_fetch_result_clear(&again);

    /* Offline mode reads the cache without the network; no-cache mode fails. */
    o.cache = DOCBAO_CACHE_OFFLINE;
    g_assert_cmpint(docbao_fetch_url(u, &o, &again, NULL), ==, DOCBAO_OK);
    g_assert_true(again.from_cache);
    g_assert_null(again.offline_reason);
    docbao_fetch_result_clear(&again);
    o.cache = DOCBAO_CACHE_OFF;
    g_assert_cmpint(docbao_fetch_url(u, &o, &again, &err), ==, DOCBAO_ERR_NETWORK);
    g_assert_nonnull(strstr(err.message, "refused"));
    o.cache = DOCBAO_CACHE_OFFLINE;
    g_assert_cmpint(docbao_fetch_url(UNRESOLVABLE, &o, &again, &err), ==, DOCBAO_ERR_NETWORK);
    g_assert_nonnull(strstr(err.message, "no saved copy"));
    docbao_fetch_result_clear(&first);
    g_free(u);
    opts_done(&o);
}

/* The cache stands in for a server error, never for a page the server says is gone. */
static void test_cache_policy_by_failure(void)
{
    docbao_fetch_options o = opts_new();
    char *dir = dbi_cache_dir(&o);
    char *gone = url("/status/404");
    char *broken = url("/status/503");
    docbao_fetch_result saved = {0}, r = {0};
    docbao_error err = {0};
    saved.data = (char *)"<html><body><p>saved</p></body></html>";
    saved.len = strlen(saved.data);
    saved.final_url = gone;
    saved.fetched_at = 1700000000;
    g_assert_true(dbi_cache_store(dir, 0, gone, &saved));
    saved.final_url = broken;
    g_assert_true(dbi_cache_store(dir, 0, broken, &saved));
    g_assert_cmpint(docbao_fetch_url(gone, &o, &r, &err), ==, DOCBAO_ERR_NETWORK);
    g_assert_nonnull(strstr(err.message, "404"));
    g_assert_cmpint(docbao_fetch_url(broken, &o, &r, &err), ==, DOCBAO_OK);
    g_assert_true(r.from_cache);
    g_assert_cmpint(r.fetched_at, ==, 1700000000);
    g_assert_nonnull(strstr(r.offline_reason, "503"));
    docbao_fetch_result_clear(&r);
    g_free(gone);
    g_free(broken);
    g_free(dir);
    opts_done(&o);
}

static gboolean cached(const docbao_fetch_options *o, const char *u)
{
    char *dir = dbi_cache_dir(o);
    docbao_fetch_result r = {0};
    gboolean hit = dbi_cache_lookup(dir, u, &r);
    docbao_fetch_result_clear(&r);
    g_free(dir);
    return hit;
}

static void test_cache_bound(void)
{
    docbao_fetch_options o = opts_new();
    char *dir = dbi_cache_dir(&o);
    char *u[8];
    gsize page = 0;
    g_free(test_read_source("samples/" ARTICLE, &page));
    /* Room for two copies of the page (with their headers) but not three. */
    o.cache_max_bytes = page * 2 + 2048;
    for (int i = 0; i < 8; i++) {
        docbao_fetch_result r = {0};
        char *path = g_strdup_printf("/" ARTICLE "?copy=%d", i);
        u[i] = url(path);
        g_free(path);
        g_assert_cmpint(docbao_fetch_url(u[i], &o, &r, NULL), ==, DOCBAO_OK);
        docbao_fetch_result_clear(&r);
        g_assert_cmpuint(dbi_cache_trim(dir, G_MAXSIZE), <=, o.cache_max_bytes);
        if (i == 1) {
            /* Reading copy 0 makes it recently used: copy 1 goes first. */
            g_usleep(20000);
            g_assert_true(cached(&o, u[0]));
        }
        /* File times tick in steps of a few milliseconds: keep the order of use clear. */
        g_usleep(20000);
        if (i == 2) {
            g_assert_true(cached(&o, u[0]));
            g_assert_false(cached(&o, u[1]));
            g_assert_true(cached(&o, u[2]));
        }
    }
    g_assert_true(cached(&o, u[7]));
    g_assert_true(cached(&o, u[6]));
    g_assert_false(cached(&o, u[5]));
    /* An entry larger than the whole bound is not kept. */
    {
        docbao_fetch_result r = {0};
        char *big = url("/" ARTICLE "?big");
        o.cache_max_bytes = page / 2;
        g_assert_cmpint(docbao_fetch_url(big, &o, &r, NULL), ==, DOCBAO_OK);
        docbao_fetch_result_clear(&r);
        g_assert_false(cached(&o, big));
        g_free(big);
    }
    for (int i = 0; i < 8; i++) {
        g_free(u[i]);
    }
    g_free(dir);
    opts_done(&o);
}

static void test_cache_damage(void)
{
    docbao_fetch_options o = opts_new();
    char *dir = dbi_cache_dir(&o);
    docbao_fetch_result saved = {0}, r = {0};
    char *path, *stray, *name;
    GDir *d;
    saved.data = (char *)"body";
    saved.len = 4;
    saved.final_url = (char *)"http://x.test/";
    g_assert_true(dbi_cache_store(dir, 0, "http://x.test/", &saved));
    g_assert_true(dbi_cache_lookup(dir, "http://x.test/", &r));
    g_assert_cmpstr(r.data, ==, "body");
    docbao_fetch_result_clear(&r);
    /* Header values cannot carry a new line into the format. */
    g_assert_false(dbi_cache_store(dir, 0, "http://x.test/\nlength 1", &saved));
    /* A cut-off entry is a miss, not half a page. */
    d = g_dir_open(dir, 0, NULL);
    name = g_strdup(g_dir_read_name(d));
    g_dir_close(d);
    path = g_build_filename(dir, name, NULL);
    {
        char *contents = NULL;
        gsize len = 0;
        g_assert_true(g_file_get_contents(path, &contents, &len, NULL));
        g_assert_true(g_file_set_contents(path, contents, (gssize)len - 2, NULL));
        g_free(contents);
    }
    g_assert_false(dbi_cache_lookup(dir, "http://x.test/", &r));
    g_assert_null(r.data);
    /* A temporary file left by a writer that died is removed once it is old. */
    stray = g_strconcat(path, ".AB12CD", NULL);
    g_assert_true(g_file_set_contents(stray, "half", 4, NULL));
    {
        struct utimbuf old = {1000, 1000};
        g_assert_cmpint(g_utime(stray, &old), ==, 0);
    }
    dbi_cache_trim(dir, 0);
    g_assert_false(g_file_test(stray, G_FILE_TEST_EXISTS));
    g_free(stray);
    g_free(path);
    g_free(name);
    g_free(dir);
    opts_done(&o);
}

static void test_article(void)
{
    docbao_fetch_options o = opts_new();
    char *u = url("/redirect/2");
    char *want_image = url("/Uploaded/2023_11_05/thu-hoach-lua-thu-dong-thoi-lai.jpg");
    docbao_article *a = NULL;
    docbao_fetch_result meta = {0};
    docbao_error err = {0};
    gboolean found = FALSE;

    g_assert_cmpint(docbao_article_fetch(u, &o, &a, &meta, &err), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_title(a), ==,
                    "Gia Lai mở rộng vùng chanh leo đạt chuẩn xuất khẩu, nông dân lãi hơn 200 "
                    "triệu đồng/ha");
    g_assert_null(meta.data);
    g_assert_true(g_str_has_suffix(meta.final_url, "/" ARTICLE));
    docbao_fetch_result_clear(&meta);
    docbao_article_free(a);
    a = NULL;
    g_free(u);

    /* Relative image links become absolute against the page's address. */
    u = url("/" LOCAL_ARTICLE);
    g_assert_cmpint(docbao_article_load(u, NULL, &a, &err), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_title(a), ==, LOCAL_TITLE);
    for (size_t i = 0; i < docbao_article_n_blocks(a); i++) {
        if (docbao_article_block_image(a, i) != NULL) {
            g_assert_cmpstr(docbao_article_block_image(a, i), ==, want_image);
            found = TRUE;
        }
    }
    g_assert_true(found);
    docbao_article_free(a);
    a = NULL;
    g_free(u);

    /* A feed is not an article; a failure leaves the outputs alone. */
    u = url("/feed.rss");
    meta.final_url = (char *)"untouched";
    g_assert_cmpint(docbao_article_fetch(u, &o, &a, &meta, &err), ==,
                    DOCBAO_ERR_NOT_ARTICLE_PAGE);
    g_assert_null(a);
    g_assert_cmpstr(meta.final_url, ==, "untouched");
    g_assert_nonnull(strstr(err.message, "news feed"));
    g_assert_cmpint(docbao_article_load("file:///etc/passwd", NULL, &a, &err), ==,
                    DOCBAO_ERR_INVALID_ARG);
    g_assert_null(a);
    g_free(u);
    g_free(want_image);
    opts_done(&o);
}

static void test_charsets(void)
{
    static const char *const good[] = {"/latin?charset=header", "/latin?charset=meta",
                                       "/latin?charset=wrong"};
    docbao_fetch_options o = opts_new();
    docbao_article *a = NULL;
    docbao_error err = {0};
    char *u;
    for (size_t i = 0; i < G_N_ELEMENTS(good); i++) {
        u = url(good[i]);
        g_assert_cmpint(docbao_article_fetch(u, &o, &a, NULL, &err), ==, DOCBAO_OK);
        g_assert_cmpstr(docbao_article_title(a), ==, LOCAL_TITLE);
        g_assert_cmpstr(docbao_article_author(a), ==, "Nguyễn Văn Hùng");
        docbao_article_free(a);
        a = NULL;
        g_free(u);
    }
    /* Neither the server nor the page names the charset: the extractor recognises it. */
    u = url("/latin?charset=none");
    g_assert_cmpint(docbao_article_fetch(u, &o, &a, NULL, &err), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_title(a), ==, LOCAL_TITLE);
    docbao_article_free(a);
    a = NULL;
    g_free(u);
    /* Plain text in the charset the header names. */
    u = url("/latin-text");
    g_assert_cmpint(docbao_article_fetch(u, &o, &a, NULL, &err), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_title(a), ==, "Tin vắn buổi sáng");
    docbao_article_free(a);
    g_free(u);
    opts_done(&o);
}

static void test_feed_over_http(void)
{
    docbao_fetch_options o = opts_new();
    docbao_feed *f = NULL;
    docbao_fetch_result meta = {0};
    docbao_error err = {0};
    char *u = url("/feed.atom");
    char *want = url("/bac-kan-2024-01-28.html");
    g_assert_cmpint(docbao_feed_load(u, &o, &f, &meta, &err), ==, DOCBAO_OK);
    g_assert_cmpuint(docbao_feed_n_entries(f), ==, 3);
    g_assert_cmpstr(docbao_feed_entry_link(f, 1), ==, want);
    g_assert_cmpstr(meta.final_url, ==, u);
    g_assert_null(meta.data);
    docbao_fetch_result_clear(&meta);
    docbao_feed_free(f);
    f = NULL;
    g_free(u);
    /* A feed without an XML declaration, in the charset the server names. */
    u = url("/latin-feed");
    g_assert_cmpint(docbao_feed_load(u, &o, &f, NULL, &err), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_feed_title(f), ==, "Tin địa phương");
    g_assert_cmpstr(docbao_feed_entry_title(f, 0), ==, "Lúa Thu Đông được mùa");
    docbao_feed_free(f);
    f = NULL;
    g_free(u);
    u = url("/bad-feed");
    g_assert_cmpint(docbao_feed_load(u, &o, &f, NULL, &err), ==, DOCBAO_ERR_PARSE);
    g_assert_nonnull(strstr(err.message, "not well-formed"));
    g_assert_nonnull(strstr(err.message, "line "));
    g_assert_null(f);
    g_free(u);
    g_free(want);
    opts_done(&o);
}

static void test_resolve_and_time(void)
{
    char *s;
#define CHECK_RESOLVE(base, ref, want)                                                            \
    s = docbao_link_resolve(base, ref);                                                          \
    g_assert_cmpstr(s, ==, want);                                                                 \
    g_free(s)
    CHECK_RESOLVE("http://a.test/tin/bai.html", "anh/1.jpg", "http://a.test/tin/anh/1.jpg");
    CHECK_RESOLVE("http://a.test/tin/bai.html", "/anh/1.jpg", "http://a.test/anh/1.jpg");
    CHECK_RESOLVE("https://a.test/tin/", "//cdn.test/1.jpg", "https://cdn.test/1.jpg");
    CHECK_RESOLVE("http://a.test/tin/bai.html", "../ảnh 1.jpg",
                  "http://a.test/%E1%BA%A3nh%201.jpg");
    CHECK_RESOLVE("http://a.test/", "data:image/png;base64,AAAA", "data:image/png;base64,AAAA");
    CHECK_RESOLVE("samples/feed.rss", "bai.html", "samples/bai.html");
    CHECK_RESOLVE("samples/feed.rss", "/srv/tin/bai.html", "/srv/tin/bai.html");
    CHECK_RESOLVE("feed.rss", "b%C3%A0i.html?x=1#y", "bài.html");
    CHECK_RESOLVE("samples/feed.rss", "//cdn.test/1.jpg", NULL);
    CHECK_RESOLVE(NULL, "bai.html", "bai.html");
    CHECK_RESOLVE("http://a.test/", NULL, NULL);
#undef CHECK_RESOLVE
    s = docbao_fetch_format_time(0, "%Y-%m-%d %H:%M");
    g_assert_cmpstr(s, ==, "1970-01-01 07:00");
    g_free(s);
}

int main(int argc, char **argv)
{
    int rc;
    char *cache_home = g_dir_make_tmp("docbao-xdg-cache-XXXXXX", NULL);
    g_test_init(&argc, &argv, NULL);
    /* Calls with the default options use $XDG_CACHE_HOME: never the user's own cache. */
    g_assert_nonnull(cache_home);
    g_setenv("XDG_CACHE_HOME", cache_home, TRUE);
    /* Never let a proxy of the machine running the tests get in the way (tests/cli/fetch.sh
     * checks that the proxy variables are honoured). */
    g_unsetenv("http_proxy");
    g_unsetenv("https_proxy");
    g_unsetenv("HTTPS_PROXY");
    g_unsetenv("all_proxy");
    g_unsetenv("ALL_PROXY");
    server_start(&main_server);
    g_test_add_func("/fetch/page", test_page);
    g_test_add_func("/fetch/redirects", test_redirects);
    g_test_add_func("/fetch/http-errors", test_http_errors);
    g_test_add_func("/fetch/timeout", test_timeout);
    g_test_add_func("/fetch/too-large", test_too_large);
    g_test_add_func("/fetch/gzip", test_gzip);
    g_test_add_func("/fetch/schemes", test_schemes);
    g_test_add_func("/fetch/dns-refused-tls", test_dns_refused_tls);
    g_test_add_func("/fetch/https", test_https);
    g_test_add_func("/fetch/failure-messages", test_failure_messages);
    g_test_add_func("/fetch/request-headers", test_request_headers);
    g_test_add_func("/fetch/cancel", test_cancel);
    g_test_add_func("/fetch/cache-fallback", test_cache_fallback);
    g_test_add_func("/fetch/cache-policy-by-failure", test_cache_policy_by_failure);
    g_test_add_func("/fetch/cache-bound", test_cache_bound);
    g_test_add_func("/fetch/cache-damage", test_cache_damage);
    g_test_add_func("/fetch/article", test_article);
    g_test_add_func("/fetch/charsets", test_charsets);
    g_test_add_func("/fetch/feed-over-http", test_feed_over_http);
    g_test_add_func("/fetch/resolve-and-time", test_resolve_and_time);
    rc = g_test_run();
    server_stop(&main_server);
    remove_tree(cache_home);
    g_free(cache_home);
    return rc;
}
