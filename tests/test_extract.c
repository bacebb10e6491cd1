/* Extraction: golden pages (samples/NAME.html against tests/golden/extract/NAME.json), hard cases. */
#include <string.h>

#include <glib.h>

#include "docbao/docbao.h"
#include "test_util.h"

static docbao_article *extract_string(const char *html, docbao_status expect)
{
    docbao_article *a = NULL;
    docbao_error err = {0};
    docbao_status st = docbao_extract_html(html, strlen(html), NULL, &a, &err);
    if (st != expect) {
        g_test_message("status %s, message: %s", docbao_status_name(st), err.message);
    }
    g_assert_cmpint(st, ==, expect);
    if (st != DOCBAO_OK) {
        g_assert_null(a);
        g_assert_cmpstr(err.message, !=, "");
    }
    return a;
}

/* Every sample page must extract to exactly its golden JSON. */
static void test_golden(gconstpointer data)
{
    const char *name = data;
    char *html_rel = g_strdup_printf("samples/%s.html", name);
    char *json_rel = g_strdup_printf("tests/golden/extract/%s.json", name);
    gsize html_len, json_len;
    char *html = test_read_source(html_rel, &html_len);
    char *expected = test_read_source(json_rel, &json_len);
    docbao_article *a = NULL;
    docbao_error err = {0};
    char *json;

    g_assert_cmpint(docbao_extract_html(html, html_len, NULL, &a, &err), ==, DOCBAO_OK);
    json = docbao_article_to_json(a);
    if (strcmp(json, expected) != 0) {
        g_test_message("got:\n%s\nexpected:\n%s", json, expected);
    }
    g_assert_cmpstr(json, ==, expected);
    docbao_free(json);
    docbao_article_free(a);
    g_free(html);
    g_free(expected);
    g_free(html_rel);
    g_free(json_rel);
}

/* The seed page, field by field, so that a failure says which part is wrong. */
static void test_seed_fields(void)
{
    gsize len;
    char *html = test_read_source("samples/bac-kan-2024-01-28.html", &len);
    docbao_article *a = NULL;
    size_t captions = 0, paragraphs = 0;
    g_assert_cmpint(docbao_extract_html(html, len, NULL, &a, NULL), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_title(a), ==,
                    "Trung tâm Phục vụ hành chính công tỉnh tiếp tục đổi mới hoạt động, nâng cao "
                    "chất lượng phục vụ người dân, doanh nghiệp");
    g_assert_cmpstr(docbao_article_published(a), ==, "2024-01-28");
    g_assert_cmpstr(docbao_article_author(a), ==, "Thu Trang");
    g_assert_true(g_str_has_prefix(docbao_article_lead(a), "Sáng 27/1, Trung tâm"));
    for (size_t i = 0; i < docbao_article_n_blocks(a); i++) {
        const char *t = docbao_article_block_text(a, i);
        g_assert_null(strstr(t, "Tăng cỡ chữ"));
        g_assert_null(strstr(t, "PublishingPortal"));
        if (docbao_article_block_type(a, i) == DOCBAO_BLOCK_CAPTION) {
            captions++;
            /* Captions stand where their images do: before body paragraphs 1 and 4. */
            g_assert_cmpuint(paragraphs, ==, captions == 1 ? 0 : 3);
            g_assert_nonnull(docbao_article_block_image(a, i));
        } else {
            paragraphs++;
        }
    }
    g_assert_cmpuint(captions, ==, 2);
    g_assert_cmpuint(paragraphs, ==, 5);
    docbao_article_free(a);
    g_free(html);
}

static void test_no_article(void)
{
    extract_string("<html><head><title>Trang chủ</title></head><body><ul><li><a href=/a>Tin "
                   "một</a></li><li><a href=/b>Tin hai</a></li></ul></body></html>",
                   DOCBAO_ERR_NO_ARTICLE);
    extract_string("<html><body></body></html>", DOCBAO_ERR_NO_ARTICLE);
    extract_string("just some words, not a page", DOCBAO_ERR_NO_ARTICLE);
}

static GString *article_page(const char *body)
{
    GString *s = g_string_new("<html><head><meta charset=utf-8><title>Tiêu đề bài viết thử "
                              "nghiệm - Báo Thử</title></head><body><h1>Tiêu đề bài viết thử "
                              "nghiệm</h1><div class=content>");
    g_string_append(s, body);
    g_string_append(s, "</div></body></html>");
    return s;
}

static const char *const para =
    "Đây là một đoạn văn đủ dài để được coi là nội dung chính của bài báo, có dấu phẩy, "
    "có nhiều chữ, và kể về một sự kiện ở tỉnh nhà trong năm nay.";

static void test_br_split_and_hidden(void)
{
    GString *body = g_string_new(NULL);
    GString *page;
    docbao_article *a;
    g_string_append_printf(body, "%s<br><br>%s<br/>\n<br/>%s", para, para, para);
    g_string_append(body, "<p style=\"display: none\">Ẩn đi, không được đọc.</p>"
                          "<script>var s = 'không đọc';</script>"
                          "<div class=\"box-tinlienquan\"><a href=/x>Tin liên quan dài dài dài "
                          "dài dài dài dài dài dài dài</a></div>");
    page = article_page(body->str);
    a = extract_string(page->str, DOCBAO_OK);
    g_assert_cmpuint(docbao_article_n_blocks(a), ==, 3);
    for (size_t i = 0; i < 3; i++) {
        g_assert_cmpstr(docbao_article_block_text(a, i), ==, para);
    }
    g_assert_cmpstr(docbao_article_title(a), ==, "Tiêu đề bài viết thử nghiệm");
    docbao_article_free(a);
    g_string_free(page, TRUE);
    g_string_free(body, TRUE);
}

static void test_entities_and_nfd(void)
{
    /* "Hòa" written decomposed (o + combining grave) and with entities and NBSP. */
    GString *body = g_string_new(NULL);
    GString *page;
    docbao_article *a;
    g_string_append_printf(body, "<p>Ho\xcc\x80" "a&nbsp;&nbsp;B&igrave;nh &amp; %s</p><p>%s</p>",
                           para, para);
    page = article_page(body->str);
    a = extract_string(page->str, DOCBAO_OK);
    g_assert_true(g_str_has_prefix(docbao_article_block_text(a, 0), "Hòa Bình & Đây"));
    docbao_article_free(a);
    g_string_free(page, TRUE);
    g_string_free(body, TRUE);
}

static void test_deep_nesting(void)
{
    GString *s = g_string_new("<html><body>");
    docbao_article *a = NULL;
    for (int i = 0; i < 100000; i++) {
        g_string_append(s, "<div>");
    }
    g_string_append(s, para);
    /* Must return, with an article or without, and not crash. */
    docbao_status st = docbao_extract_html(s->str, s->len, NULL, &a, NULL);
    g_assert_true(st == DOCBAO_OK || st == DOCBAO_ERR_NO_ARTICLE);
    docbao_article_free(a);
    g_string_free(s, TRUE);
}

static void test_binary_and_encoding(void)
{
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    /* Undeclared Latin-1 bytes are read as windows-1252, as browsers do; too short to read. */
    static const char latin1[] = "<html><body><p>Caf\xe9 na\xefve \xe0 la carte</p></body></html>";
    docbao_article *a = NULL;
    docbao_error err = {0};
    g_assert_cmpint(docbao_extract_html(png, sizeof png - 1, NULL, &a, &err), ==,
                    DOCBAO_ERR_BINARY);
    g_assert_nonnull(strstr(err.message, "PNG"));
    g_assert_cmpint(docbao_extract_html(latin1, strlen(latin1), NULL, &a, &err), ==,
                    DOCBAO_ERR_NO_ARTICLE);
    g_assert_null(a);
}

int main(int argc, char **argv)
{
    static const char *const golden[] = {"bac-kan-2024-01-28", "tin-tuc-bao-dien-tu",
                                         "tin-dia-phuong-cu"};
    g_test_init(&argc, &argv, NULL);
    for (size_t i = 0; i < G_N_ELEMENTS(golden); i++) {
        char *path = g_strdup_printf("/extract/golden/%s", golden[i]);
        g_test_add_data_func(path, golden[i], test_golden);
        g_free(path);
    }
    g_test_add_func("/extract/seed-fields", test_seed_fields);
    g_test_add_func("/extract/no-article", test_no_article);
    g_test_add_func("/extract/br-split-and-hidden", test_br_split_and_hidden);
    g_test_add_func("/extract/entities-and-nfd", test_entities_and_nfd);
    g_test_add_func("/extract/deep-nesting", test_deep_nesting);
    g_test_add_func("/extract/binary-and-encoding", test_binary_and_encoding);
    return g_test_run();
}
