/*
 * A small HTTP/1.1 server for the network tests. It listens on 127.0.0.1 only, on a free port
 * that it prints on the first line of standard output, serves the files of --root, and answers
 * special paths that play the web's failures:
 *
 *   /redirect/N       N redirects (302), then the sample article
 *   /loop             a redirect to itself
 *   /to-file          a redirect to file:///etc/passwd
 *   /slow?ms=N        waits N ms (default 3000) before answering with the sample article
 *   /stall            sends the headers and part of the body, then waits 3 s
 *   /big              11 MB of HTML, chunked; /big?length sends a Content-Length instead
 *   /bomb             a gzip body of about 20 KB that inflates to 20 MB
 *   /gzip             the sample article, Content-Encoding: gzip
 *   /latin?charset=C  the local article in windows-1258, the charset said in the header
 *                     (C=header), only in a <meta> (meta), nowhere (none), or the header
 *                     claiming UTF-8 while the <meta> says windows-1258 (wrong)
 *   /latin-text       a plain-text article in windows-1258, said in the header
 *   /latin-feed       an RSS feed in windows-1258 without an XML declaration, said in the header
 *   /bad-feed         an RSS document that is not well-formed XML
 *   /headers          the request's headers, as text
 *   /status/N         an empty answer with status N (404, 503, ...)
 *   /404              404
 *
 * A request in absolute form ("GET http://host/path") is answered as a proxy would, with a
 * "Via: 1.1 docbao-test-proxy" header, so tests can check that the proxy variables are used.
 * The server stops by itself after --lifetime seconds (default 300), when standard input
 * closes with --watch-stdin, or on SIGTERM. Every connection is closed after one answer.
 */
#include <gio/gio.h>
#include <glib-unix.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define ARTICLE "tin-tuc-bao-dien-tu.html"
#define LOCAL_ARTICLE "tin-dia-phuong-cu.html"
#define BIG_BYTES (11 * 1024 * 1024)
#define BOMB_BYTES (20 * 1024 * 1024)

static char *root_dir;

typedef struct {
    char *method;
    char *path;  /* without the query */
    char *query; /* after '?', or NULL */
    GString *headers;
    gboolean via_proxy;
} request;

static void request_clear(request *r)
{
    g_free(r->method);
    g_free(r->path);
    g_free(r->query);
    if (r->headers != NULL) {
        g_string_free(r->headers, TRUE);
    }
}

static gboolean read_request(GInputStream *in, request *r)
{
    GDataInputStream *data = g_data_input_stream_new(in);
    char *line;
    char **parts;
    char *target;
    gboolean ok = FALSE;

    g_filter_input_stream_set_close_base_stream(G_FILTER_INPUT_STREAM(data), FALSE);
    g_data_input_stream_set_newline_type(data, G_DATA_STREAM_NEWLINE_TYPE_ANY);
    line = g_data_input_stream_read_line(data, NULL, NULL, NULL);
    if (line == NULL) {
        g_object_unref(data);
        return FALSE;
    }
    parts = g_strsplit(line, " ", 3);
    if (g_strv_length(parts) >= 2) {
        const char *q;
        r->method = g_strdup(parts[0]);
        target = parts[1];
        if (g_str_has_prefix(target, "http://")) {
            /* Absolute form: we are being used as a proxy. */
            const char *slash = strchr(target + 7, '/');
            r->via_proxy = TRUE;
            target = (char *)(slash != NULL ? slash : "/");
        }
        q = strchr(target, '?');
        r->path = q != NULL ? g_strndup(target, (gsize)(q - target)) : g_strdup(target);
        r->query = q != NULL ? g_strdup(q + 1) : NULL;
        r->headers = g_string_new(NULL);
        ok = TRUE;
    }
    g_strfreev(parts);
    g_free(line);
    while (ok && (line = g_data_input_stream_read_line(data, NULL, NULL, NULL)) != NULL) {
        if (line[0] == '\0') {
            g_free(line);
            break;
        }
        g_string_append_printf(r->headers, "%s\n", line);
        g_free(line);
    }
    g_object_unref(data);
    return ok;
}

static gboolean send_all(GOutputStream *out, const void *data, gsize len)
{
    return g_output_stream_write_all(out, data, len, NULL, NULL, NULL);
}

/* Sends a whole answer. extra holds more header lines, each ending in \r\n (may be NULL). */
static void respond(GOutputStream *out, const request *r, int status, const char *reason,
                    const char *type, const char *extra, const void *body, gsize len)
{
    GString *head = g_string_new(NULL);
    g_string_append_printf(head, "HTTP/1.1 %d %s\r\nConnection: close\r\n", status, reason);
    if (type != NULL) {
        g_string_append_printf(head, "Content-Type: %s\r\n", type);
    }
    if (r->via_proxy) {
        g_string_append(head, "Via: 1.1 docbao-test-proxy\r\n");
    }
    g_string_append_printf(head, "%sContent-Length: %" G_GSIZE_FORMAT "\r\n\r\n",
                           extra != NULL ? extra : "", len);
    if (send_all(out, head->str, head->len) && len > 0) {
        send_all(out, body, len);
    }
    g_string_free(head, TRUE);
}

static void redirect(GOutputStream *out, const request *r, const char *location)
{
    char *extra = g_strdup_printf("Location: %s\r\n", location);
    const char *body = "<html><body>Moved</body></html>";
    respond(out, r, 302, "Found", "text/html", extra, body, strlen(body));
    g_free(extra);
}

static void not_found(GOutputStream *out, const request *r)
{
    const char *body = "<html><body><h1>404 Not Found</h1></body></html>";
    respond(out, r, 404, "Not Found", "text/html; charset=utf-8", NULL, body, strlen(body));
}

static char *read_sample(const char *name, gsize *len)
{
    char *path = g_build_filename(root_dir, name, NULL);
    char *data = NULL;
    if (!g_file_get_contents(path, &data, len, NULL)) {
        data = NULL;
    }
    g_free(path);
    return data;
}

static const char *type_for(const char *name)
{
    if (g_str_has_suffix(name, ".html")) {
        return "text/html; charset=utf-8";
    }
    if (g_str_has_suffix(name, ".rss")) {
        return "application/rss+xml; charset=utf-8";
    }
    if (g_str_has_suffix(name, ".atom")) {
        return "application/atom+xml; charset=utf-8";
    }
    if (g_str_has_suffix(name, ".txt")) {
        return "text/plain; charset=utf-8";
    }
    return "application/octet-stream";
}

static void serve_file(GOutputStream *out, const request *r, const char *name)
{
    gsize len = 0;
    char *data;
    if (strstr(name, "..") != NULL || name[0] == '\0') {
        not_found(out, r);
        return;
    }
    data = read_sample(name, &len);
    if (data == NULL) {
        not_found(out, r);
        return;
    }
    respond(out, r, 200, "OK", type_for(name), NULL, data, len);
    g_free(data);
}

static GBytes *gzip_bytes(const void *data, gsize len)
{
    GZlibCompressor *z = g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
    GInputStream *mem = g_memory_input_stream_new_from_data(data, (gssize)len, NULL);
    GInputStream *zin = g_converter_input_stream_new(mem, G_CONVERTER(z));
    GOutputStream *sink = g_memory_output_stream_new_resizable();
    GBytes *bytes;
    g_output_stream_splice(sink, zin,
                           G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                           NULL, NULL);
    bytes = g_memory_output_stream_steal_as_bytes(G_MEMORY_OUTPUT_STREAM(sink));
    g_object_unref(sink);
    g_object_unref(zin);
    g_object_unref(mem);
    g_object_unref(z);
    return bytes;
}

static void serve_gzip(GOutputStream *out, const request *r, const char *name)
{
    gsize len = 0;
    char *data = read_sample(name, &len);
    GBytes *z;
    if (data == NULL) {
        not_found(out, r);
        return;
    }
    z = gzip_bytes(data, len);
    respond(out, r, 200, "OK", type_for(name), "Content-Encoding: gzip\r\n",
            g_bytes_get_data(z, NULL), g_bytes_get_size(z));
    g_bytes_unref(z);
    g_free(data);
}

static gpointer make_bomb(gpointer unused)
{
    char *zeros = g_malloc0(BOMB_BYTES);
    GBytes *z;
    (void)unused;
    memcpy(zeros, "<html><body><p>", 15);
    z = gzip_bytes(zeros, BOMB_BYTES);
    g_free(zeros);
    return z;
}

static void serve_bomb(GOutputStream *out, const request *r)
{
    static GOnce once = G_ONCE_INIT;
    GBytes *z = g_once(&once, make_bomb, NULL);
    respond(out, r, 200, "OK", "text/html; charset=utf-8", "Content-Encoding: gzip\r\n",
            g_bytes_get_data(z, NULL), g_bytes_get_size(z));
}

static void serve_big(GOutputStream *out, const request *r)
{
    gboolean chunked = r->query == NULL || strcmp(r->query, "length") != 0;
    char *block = g_malloc(64 * 1024);
    GString *head = g_string_new("HTTP/1.1 200 OK\r\nConnection: close\r\n"
                                 "Content-Type: text/html; charset=utf-8\r\n");
    memset(block, 'a', 64 * 1024);
    if (chunked) {
        g_string_append(head, "Transfer-Encoding: chunked\r\n\r\n");
    } else {
        g_string_append_printf(head, "Content-Length: %d\r\n\r\n", BIG_BYTES);
    }
    if (send_all(out, head->str, head->len)) {
        for (gsize sent = 0; sent < BIG_BYTES; sent += 64 * 1024) {
            gboolean ok;
            if (chunked) {
                const char *size = "10000\r\n";
                ok = send_all(out, size, strlen(size)) && send_all(out, block, 64 * 1024) &&
                     send_all(out, "\r\n", 2);
            } else {
                ok = send_all(out, block, 64 * 1024);
            }
            if (!ok) {
                break; /* the client hung up, as it should */
            }
        }
        if (chunked) {
            send_all(out, "0\r\n\r\n", 5);
        }
    }
    g_string_free(head, TRUE);
    g_free(block);
}

/* The local article re-encoded in windows-1258, with its charset said where asked. */
static void serve_latin(GOutputStream *out, const request *r)
{
    const char *how = r->query != NULL && g_str_has_prefix(r->query, "charset=")
                          ? r->query + strlen("charset=")
                          : "header";
    gsize len = 0;
    char *utf8 = read_sample(LOCAL_ARTICLE, &len);
    const char *meta = strcmp(how, "meta") == 0 || strcmp(how, "wrong") == 0
                           ? "charset=windows-1258"
                           : "";
    const char *type = strcmp(how, "header") == 0  ? "text/html; charset=windows-1258"
                       : strcmp(how, "wrong") == 0 ? "text/html; charset=utf-8"
                                                   : "text/html";
    GString *page;
    char *latin;
    gsize latin_len = 0;
    if (utf8 == NULL) {
        not_found(out, r);
        return;
    }
    page = g_string_new_len(utf8, (gssize)len);
    g_string_replace(page, "charset=utf-8", meta, 0);
    latin = g_convert(page->str, (gssize)page->len, "WINDOWS-1258", "UTF-8", NULL, &latin_len,
                      NULL);
    if (latin == NULL) {
        respond(out, r, 500, "Internal Server Error", NULL, NULL, NULL, 0);
    } else {
        respond(out, r, 200, "OK", type, NULL, latin, latin_len);
    }
    g_free(latin);
    g_string_free(page, TRUE);
    g_free(utf8);
}

/* Answers with text re-encoded in windows-1258, the charset named only in the header. */
static void respond_cp1258(GOutputStream *out, const request *r, const char *type,
                           const char *utf8)
{
    gsize len = 0;
    char *latin = g_convert(utf8, -1, "WINDOWS-1258", "UTF-8", NULL, &len, NULL);
    char *full_type = g_strdup_printf("%s; charset=windows-1258", type);
    respond(out, r, 200, "OK", full_type, NULL, latin, len);
    g_free(full_type);
    g_free(latin);
}

static void serve_latin_text(GOutputStream *out, const request *r)
{
    respond_cp1258(out, r, "text/plain",
                   "Tin vắn buổi sáng\n\nNông dân Thới Lai thu hoạch lúa Thu Đông được mùa, được "
                   "giá.\n");
}

static void serve_latin_feed(GOutputStream *out, const request *r)
{
    respond_cp1258(out, r, "application/rss+xml",
                   "<rss version=\"2.0\"><channel><title>Tin địa phương</title>"
                   "<item><title>Lúa Thu Đông được mùa</title>"
                   "<link>/" LOCAL_ARTICLE "</link></item></channel></rss>\n");
}

static void serve_bad_feed(GOutputStream *out, const request *r)
{
    const char *body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<rss version=\"2.0\">\n<channel>\n<title>Tin hỏng</title>\n"
                       "<itm><title>Không đóng thẻ\n</channel>\n</rss>\n";
    respond(out, r, 200, "OK", "application/rss+xml; charset=utf-8", NULL, body, strlen(body));
}

static gboolean on_connection(GThreadedSocketService *service, GSocketConnection *conn,
                              GObject *source, gpointer user)
{
    GInputStream *in = g_io_stream_get_input_stream(G_IO_STREAM(conn));
    GOutputStream *out = g_io_stream_get_output_stream(G_IO_STREAM(conn));
    request r = {0};
    (void)service;
    (void)source;
    (void)user;

    if (!read_request(in, &r)) {
        request_clear(&r);
        return TRUE;
    }
    if (g_getenv("HTTP_TEST_SERVER_LOG") != NULL) {
        fprintf(stderr, "http_test_server: %s %s%s%s\n", r.method, r.path,
                r.query != NULL ? "?" : "", r.query != NULL ? r.query : "");
    }
    if (g_str_has_prefix(r.path, "/redirect/")) {
        int n = atoi(r.path + strlen("/redirect/"));
        char *next = n > 1 ? g_strdup_printf("/redirect/%d", n - 1) : g_strdup("/" ARTICLE);
        redirect(out, &r, next);
        g_free(next);
    } else if (strcmp(r.path, "/loop") == 0) {
        redirect(out, &r, "/loop");
    } else if (strcmp(r.path, "/to-file") == 0) {
        redirect(out, &r, "file:///etc/passwd");
    } else if (strcmp(r.path, "/slow") == 0) {
        int ms = r.query != NULL && g_str_has_prefix(r.query, "ms=") ? atoi(r.query + 3) : 3000;
        g_usleep((gulong)ms * 1000);
        serve_file(out, &r, ARTICLE);
    } else if (strcmp(r.path, "/stall") == 0) {
        const char *head = "HTTP/1.1 200 OK\r\nConnection: close\r\n"
                           "Content-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html>";
        send_all(out, head, strlen(head));
        g_output_stream_flush(out, NULL, NULL);
        g_usleep(3 * G_USEC_PER_SEC);
    } else if (strcmp(r.path, "/big") == 0) {
        serve_big(out, &r);
    } else if (strcmp(r.path, "/bomb") == 0) {
        serve_bomb(out, &r);
    } else if (strcmp(r.path, "/gzip") == 0) {
        serve_gzip(out, &r, ARTICLE);
    } else if (strcmp(r.path, "/latin") == 0) {
        serve_latin(out, &r);
    } else if (strcmp(r.path, "/latin-text") == 0) {
        serve_latin_text(out, &r);
    } else if (strcmp(r.path, "/latin-feed") == 0) {
        serve_latin_feed(out, &r);
    } else if (strcmp(r.path, "/bad-feed") == 0) {
        serve_bad_feed(out, &r);
    } else if (strcmp(r.path, "/headers") == 0) {
        respond(out, &r, 200, "OK", "text/plain; charset=utf-8", NULL, r.headers->str,
                r.headers->len);
    } else if (g_str_has_prefix(r.path, "/status/")) {
        int status = atoi(r.path + strlen("/status/"));
        respond(out, &r, status, "Test", "text/html", NULL, NULL, 0);
    } else {
        serve_file(out, &r, r.path + 1);
    }
    g_io_stream_close(G_IO_STREAM(conn), NULL, NULL);
    request_clear(&r);
    return TRUE;
}

static gboolean on_stdin(gint fd, GIOCondition cond, gpointer loop)
{
    char buf[256];
    if (read(fd, buf, sizeof buf) <= 0) {
        g_main_loop_quit(loop);
        return G_SOURCE_REMOVE;
    }
    (void)cond;
    return G_SOURCE_CONTINUE;
}

static gboolean quit(gpointer loop)
{
    g_main_loop_quit(loop);
    return G_SOURCE_REMOVE;
}

int main(int argc, char **argv)
{
    int lifetime = 300;
    int port = 0;
    gboolean watch_stdin = FALSE;
    GOptionEntry entries[] = {
        {"root", 0, 0, G_OPTION_ARG_FILENAME, &root_dir, "Folder to serve", "DIR"},
        {"port", 0, 0, G_OPTION_ARG_INT, &port, "Port (default: a free one)", "N"},
        {"lifetime", 0, 0, G_OPTION_ARG_INT, &lifetime, "Stop after N seconds", "N"},
        {"watch-stdin", 0, 0, G_OPTION_ARG_NONE, &watch_stdin, "Stop when stdin closes", NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx = g_option_context_new("— HTTP server for docbao's network tests");
    GError *err = NULL;
    GSocketService *service;
    GInetAddress *loopback;
    GSocketAddress *address, *effective = NULL;
    GMainLoop *loop;

    g_option_context_add_main_entries(ctx, entries, NULL);
    if (!g_option_context_parse(ctx, &argc, &argv, &err) || root_dir == NULL) {
        fprintf(stderr, "http_test_server: %s\n", err != NULL ? err->message : "--root is needed");
        return 2;
    }
    g_option_context_free(ctx);
    service = g_threaded_socket_service_new(32);
    loopback = g_inet_address_new_loopback(G_SOCKET_FAMILY_IPV4);
    address = g_inet_socket_address_new(loopback, (guint16)port);
    if (!g_socket_listener_add_address(G_SOCKET_LISTENER(service), address, G_SOCKET_TYPE_STREAM,
                                       G_SOCKET_PROTOCOL_TCP, NULL, &effective, &err)) {
        fprintf(stderr, "http_test_server: %s\n", err->message);
        return 1;
    }
    printf("%u\n", g_inet_socket_address_get_port(G_INET_SOCKET_ADDRESS(effective)));
    fflush(stdout);
    g_signal_connect(service, "run", G_CALLBACK(on_connection), NULL);
    g_socket_service_start(service);
    loop = g_main_loop_new(NULL, FALSE);
    g_timeout_add_seconds((guint)lifetime, quit, loop);
    g_unix_signal_add(SIGTERM, quit, loop);
    g_unix_signal_add(SIGINT, quit, loop);
    if (watch_stdin) {
        g_unix_fd_add(0, G_IO_IN | G_IO_HUP | G_IO_ERR, on_stdin, loop);
    }
    g_main_loop_run(loop);
    g_socket_service_stop(service);
    g_object_unref(effective);
    g_object_unref(address);
    g_object_unref(loopback);
    g_main_loop_unref(loop);
    /* Workers may still sleep in /slow: leave without waiting for them. */
    fflush(stdout);
    _exit(0);
}
