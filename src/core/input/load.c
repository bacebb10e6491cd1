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

void docbao_input_doc_clear(docbao_input_doc *doc)
{
    if (doc == NULL) {
        return;
    }
    docbao_article_free(doc->article);
    docbao_feed_free(doc->feed);
    docbao_page_links_free(doc->links);
    g_free(doc->origin);
    g_free(doc->title);
    g_free(doc->offline_reason);
    memset(doc, 0, sizeof *doc);
}

/* A page that lists articles: the feed it advertises when that loads, else its links. */
static docbao_status open_list(const char *data, size_t len, const docbao_extract_options *xopts,
                               const docbao_fetch_options *fopts, docbao_input_doc *doc,
                               docbao_error *err)
{
    docbao_status st = docbao_extract_links(data, len, xopts, &doc->links, err);
    const char *feed_url;
    if (st != DOCBAO_OK) {
        return st;
    }
    feed_url = docbao_page_links_feed(doc->links);
    if (feed_url != NULL &&
        docbao_feed_load(feed_url, fopts, &doc->feed, NULL, NULL) == DOCBAO_OK) {
        doc->kind = DOCBAO_INPUT_FEED;
    } else if (docbao_page_links_size(doc->links) > 0) {
        doc->kind = DOCBAO_INPUT_LIST;
    } else {
        return dbi_fail(err, DOCBAO_ERR_NO_ARTICLE,
                        _("%s lists no article docbao can follow"), xopts->url);
    }
    if (docbao_page_links_page_title(doc->links) != NULL) {
        doc->title = g_strdup(docbao_page_links_page_title(doc->links));
    }
    return DOCBAO_OK;
}

docbao_status docbao_input_open(const char *location, const docbao_fetch_options *opts,
                                docbao_input_doc *out, docbao_error *err)
{
    docbao_fetch_result r = {0};
    docbao_extract_options xopts = {0};
    docbao_input_doc doc = {0};
    docbao_status st;

    if (dbi_fetch_wants_network(location)) {
        st = docbao_fetch_url(location, opts, &r, err);
        if (st != DOCBAO_OK) {
            return st;
        }
        xopts.charset = dbi_fetch_usable_charset(&r);
        doc.origin = g_strdup(r.final_url);
        doc.from_cache = r.from_cache;
        doc.fetched_at = r.fetched_at;
        doc.offline_reason = g_strdup(r.offline_reason);
    } else {
        st = docbao_input_read(location, 0, &r.data, &r.len, err);
        if (st != DOCBAO_OK) {
            return st;
        }
        doc.origin = g_strdup(location);
    }
    xopts.url = doc.origin;
    st = docbao_text_check(r.data, r.len, location, err);
    if (st == DOCBAO_OK && dbi_feed_sniff(r.data, r.len)) {
        doc.kind = DOCBAO_INPUT_FEED;
        st = docbao_feed_parse(r.data, r.len, doc.origin, &doc.feed, err);
    } else if (st == DOCBAO_OK) {
        doc.kind = DOCBAO_INPUT_ARTICLE;
        st = dbi_article_from_data(r.data, r.len, location, &xopts, &doc.article, err);
        if (st == DOCBAO_ERR_NOT_ARTICLE_PAGE) {
            st = open_list(r.data, r.len, &xopts, opts, &doc, err);
        }
    }
    docbao_fetch_result_clear(&r);
    if (st != DOCBAO_OK) {
        docbao_input_doc_clear(&doc);
        return st;
    }
    *out = doc;
    return DOCBAO_OK;
}
