/*
 * Loading an article from wherever it is: a file, standard input or an http(s) address. The
 * bytes are checked to be text, a feed is refused, and the rest goes to extraction: HTML to
 * docbao_extract_html(), plain text to docbao_article_from_text().
 */
#include <string.h>

#include "base/internal.h"
#include "docbao/article.h"
#include "docbao/fetch.h"
#include "docbao/input.h"
#include "docbao/text.h"
#include "input/input_internal.h"

/* Does the buffer look like HTML rather than plain text? */
static gboolean looks_like_html(const char *data, size_t len)
{
    const unsigned char *d = (const unsigned char *)data;
    size_t probe = MIN(len, (size_t)4096) & ~(size_t)1;
    char *utf16_head = NULL;
    char *head;
    gboolean html;
    /* A UTF-16 page (with its byte-order mark) is looked at in UTF-8. */
    if (len >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF))) {
        utf16_head = g_convert(data + 2, (gssize)probe - 2, "UTF-8",
                               d[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", NULL, NULL, NULL);
        if (utf16_head == NULL) {
            return FALSE;
        }
        data = utf16_head;
        probe = strlen(utf16_head);
    }
    head = g_ascii_strdown(data, (gssize)MIN(len, probe));
    html = strstr(head, "<html") != NULL || strstr(head, "<!doctype") != NULL ||
           strstr(head, "<body") != NULL || strstr(head, "<head") != NULL ||
           strstr(head, "<div") != NULL || strstr(head, "<p>") != NULL ||
           strstr(head, "<meta") != NULL || strstr(head, "<article") != NULL;
    g_free(head);
    g_free(utf16_head);
    return html;
}

docbao_status dbi_article_from_data(const char *data, size_t len, const char *name,
                                    const docbao_extract_options *opts, docbao_article **out,
                                    docbao_error *err)
{
    docbao_article *a = NULL;
    docbao_status st = docbao_text_check(data, len, name, err);
    if (st != DOCBAO_OK) {
        return st;
    }
    if (dbi_feed_sniff(data, len)) {
        return dbi_fail(err, DOCBAO_ERR_NOT_ARTICLE_PAGE,
                        _("%s is a news feed (a list of articles), not one article; choose one "
                          "of its entries"),
                        strcmp(name, "-") == 0 ? _("standard input") : name);
    }
    if (looks_like_html(data, len)) {
        st = docbao_extract_html(data, len, opts, &a, err);
        if (st != DOCBAO_OK && err != NULL && strcmp(name, "-") != 0) {
            /* Name the file in the message. */
            char *msg = g_strdup(err->message);
            dbi_fail(err, st, "%s: %s", name, msg);
            g_free(msg);
        }
    } else if (opts != NULL && opts->charset != NULL && !g_utf8_validate_len(data, len, NULL)) {
        /* Plain text in the charset the server announced. */
        gsize n = 0;
        char *utf8 = g_convert(data, (gssize)len, "UTF-8", opts->charset, NULL, &n, NULL);
        st = utf8 != NULL ? docbao_article_from_text(utf8, n, &a, err)
                          : docbao_text_check_utf8(data, len, name, err);
        g_free(utf8);
    } else {
        st = docbao_article_from_text(data, len, &a, err);
    }
    if (st == DOCBAO_OK) {
        *out = a;
    }
    return st;
}

docbao_status docbao_article_load(const char *path, const docbao_extract_options *opts,
                                  docbao_article **out, docbao_error *err)
{
    char *data = NULL;
    size_t len = 0;
    docbao_status st;
    if (dbi_fetch_wants_network(path)) {
        return docbao_article_fetch(path, NULL, out, NULL, err);
    }
    st = docbao_input_read(path, 0, &data, &len, err);
    if (st != DOCBAO_OK) {
        return st;
    }
    st = dbi_article_from_data(data, len, path, opts, out, err);
    g_free(data);
    return st;
}
