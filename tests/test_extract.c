/*
 * Extraction: golden pages and hard cases.
 *
 * Golden pages: samples/NAME.html and tests/data/extract/NAME.html must extract to exactly
 * tests/golden/extract/NAME.json; a page with tests/golden/extract/NAME.status instead must
 * fail with that status (ERR_NOT_ARTICLE_PAGE for list pages). Every page in
 * tests/data/extract/encoding/ is the same article in another encoding and must extract to
 * tests/golden/extract/encoding.json.
 */
#include <string.h>

#include <glib.h>

#include "docbao/docbao.h"
#include "extract/html_charset.h"
#include "test_util.h"
#include "extract/vi_legacy_encoding.h"
#include "text/vi_syllable.h"

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

/* Extracts a page from the source tree and compares it with its golden JSON or status. */
static void check_golden(const char *html_rel, const char *golden_name)
{
    char *json_rel = g_strdup_printf("tests/golden/extract/%s.json", golden_name);
    char *status_rel = g_strdup_printf("tests/golden/extract/%s.status", golden_name);
    char *status_path = test_source_path(status_rel);
    gsize html_len, len;
    char *html = test_read_source(html_rel, &html_len);
    docbao_article *a = NULL;
    docbao_error err = {0};
    docbao_status st = docbao_extract_html(html, html_len, NULL, &a, &err);

    if (g_file_test(status_path, G_FILE_TEST_EXISTS)) {
        char *expected = test_read_source(status_rel, &len);
        g_strstrip(expected);
        g_assert_cmpstr(docbao_status_name(st), ==, expected);
        g_assert_null(a);
        g_assert_cmpstr(err.message, !=, "");
        g_free(expected);
    } else {
        char *expected = test_read_source(json_rel, &len);
        char *json;
        if (st != DOCBAO_OK) {
            g_test_message("%s: %s", html_rel, err.message);
        }
        g_assert_cmpint(st, ==, DOCBAO_OK);
        json = docbao_article_to_json(a);
        if (strcmp(json, expected) != 0) {
            g_test_message("%s got:\n%s\nexpected:\n%s", html_rel, json, expected);
        }
        g_assert_cmpstr(json, ==, expected);
        docbao_free(json);
        docbao_article_free(a);
        g_free(expected);
    }
    g_free(html);
    g_free(status_path);
    g_free(status_rel);
    g_free(json_rel);
}

/* data: "DIR/NAME" without .html; the golden file is NAME. */
static void test_golden(gconstpointer data)
{
    const char *rel = data;
    char *html_rel = g_strdup_printf("%s.html", rel);
    char *name = g_path_get_basename(rel);
    check_golden(html_rel, name);
    g_free(name);
    g_free(html_rel);
}

/* data: a page under tests/data/extract/encoding/. */
static void test_encoding_page(gconstpointer data)
{
    check_golden(data, "encoding");
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

/* Short or odd machine-readable dates are read or ignored, never read past their end. */
static void test_short_meta_dates(void)
{
    static const char *const dates[] = {"1-1-1", "2024-1-2", "2024-01-2T", "7-7-7Z", "2024-01-28"};
    for (size_t i = 0; i < G_N_ELEMENTS(dates); i++) {
        GString *body = g_string_new(NULL);
        GString *page;
        docbao_article *a;
        char *head = g_strdup_printf("<meta property=\"article:published_time\" content=\"%s\">",
                                     dates[i]);
        for (int k = 0; k < 4; k++) {
            g_string_append_printf(body, "<p>%s</p>", para);
        }
        page = article_page(body->str);
        g_string_replace(page, "<meta charset=utf-8>", head, 1);
        a = extract_string(page->str, DOCBAO_OK);
        if (i + 1 == G_N_ELEMENTS(dates)) {
            g_assert_cmpstr(docbao_article_published(a), ==, "2024-01-28");
        }
        docbao_article_free(a);
        g_string_free(page, TRUE);
        g_string_free(body, TRUE);
        g_free(head);
    }
}

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
    docbao_error err = {0};
    GString *body = g_string_new(NULL);
    GString *page;
    for (int i = 0; i < 200000; i++) {
        g_string_append(s, "<div>");
    }
    g_string_append(s, para);
    /* Refused, saying why, quickly and without a crash. */
    g_assert_cmpint(docbao_extract_html(s->str, s->len, NULL, &a, &err), ==, DOCBAO_ERR_PARSE);
    g_assert_null(a);
    g_assert_nonnull(strstr(err.message, "nested too deeply"));
    g_string_free(s, TRUE);
    /* A page a thousand levels deep is still read, all of it. */
    for (int i = 0; i < 1000; i++) {
        g_string_append(body, "<div>");
    }
    for (int i = 0; i < 3; i++) {
        g_string_append_printf(body, "<p>%s</p>", para);
    }
    for (int i = 0; i < 1000; i++) {
        g_string_append(body, "</div>");
    }
    page = article_page(body->str);
    a = extract_string(page->str, DOCBAO_OK);
    g_assert_cmpuint(docbao_article_n_blocks(a), ==, 3);
    docbao_article_free(a);
    g_string_free(page, TRUE);
    g_string_free(body, TRUE);
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

/* An undeclared French page in Latin-1 is windows-1252, not a Vietnamese legacy encoding. */
static void test_undeclared_latin1(void)
{
    GString *page = g_string_new("<html><head><title>Le caf\xe9 du march\xe9</title></head>"
                                 "<body><h1>Le caf\xe9 du march\xe9</h1><div>");
    docbao_article *a;
    for (int i = 0; i < 5; i++) {
        g_string_append(page, "<p>Le caf\xe9 a rouvert ses portes apr\xe8s des travaux, et les "
                              "habitu\xe9s du march\xe9 sont revenus d\xe8s le premier matin.</p>");
    }
    g_string_append(page, "</div></body></html>");
    a = extract_string(page->str, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_title(a), ==, "Le café du marché");
    g_assert_nonnull(strstr(docbao_article_block_text(a, 0), "après des travaux"));
    docbao_article_free(a);
    g_string_free(page, TRUE);
}

/*
 * Text in every block at every level of a tree as deep as docbao reads (4000 levels): each
 * block stays cheap to read, and every level is read.
 */
static void test_deep_nesting_text(void)
{
    GString *s = g_string_new("<html><body><h1>Tiêu đề bài viết thử nghiệm</h1>");
    docbao_article *a = NULL;
    gint64 start = g_get_monotonic_time();
    for (int i = 0; i < 4000; i++) {
        g_string_append_printf(s, "<div>Đoạn %d kể tiếp câu chuyện, có dấu phẩy, có chữ.<br>", i);
    }
    docbao_status st = docbao_extract_html(s->str, s->len, NULL, &a, NULL);
    g_assert_cmpint(st, ==, DOCBAO_OK);
    g_assert_nonnull(strstr(docbao_article_block_text(a, docbao_article_n_blocks(a) - 1),
                            "Đoạn 3999"));
    g_assert_cmpint(g_get_monotonic_time() - start, <, 30 * G_USEC_PER_SEC);
    docbao_article_free(a);
    g_string_free(s, TRUE);
}

/* Twenty thousand paragraphs in one container: every step is linear, so this is quick. */
static void test_many_paragraphs(void)
{
    GString *body = g_string_new(NULL);
    GString *page;
    docbao_article *a;
    gint64 start = g_get_monotonic_time();
    for (int i = 0; i < 20000; i++) {
        g_string_append_printf(body, "<p>%s</p>", para);
    }
    page = article_page(body->str);
    a = extract_string(page->str, DOCBAO_OK);
    g_assert_cmpuint(docbao_article_n_blocks(a), ==, 20000);
    /* Generous even for sanitizer builds; a quadratic step would take minutes. */
    g_assert_cmpint(g_get_monotonic_time() - start, <, 30 * G_USEC_PER_SEC);
    docbao_article_free(a);
    g_string_free(page, TRUE);
    g_string_free(body, TRUE);
}

/*
 * A UTF-8 page with a few stray bytes loses nothing and never shows U+FFFD: a stray byte is
 * read as windows-1258 or windows-1252 when that makes its word Vietnamese (or, in another
 * word, a letter or a typographic sign); a byte that means nothing is left out.
 */
static void test_stray_bytes(void)
{
    GString *body = g_string_new(NULL);
    GString *page;
    docbao_article *a;
    char *json;
    /* "Việt" with windows-1258's e-circumflex and combining dot below; "\x93...\x94" are
     * windows-1252's curved quotes; "\xC3(" is a cut UTF-8 sequence; 0x81 means nothing. */
    g_string_append_printf(body, "<p>Vi\xEA\xF2t Nam \x93thử\x94 (\xC3(ghi chú) A\x81" "B. %s</p>",
                           para);
    g_string_append_printf(body, "<p>%s</p><p>%s</p>", para, para);
    page = article_page(body->str);
    a = extract_string(page->str, DOCBAO_OK);
    g_assert_true(g_str_has_prefix(docbao_article_block_text(a, 0),
                                   "Việt Nam “thử” ((ghi chú) AB. Đây là"));
    json = docbao_article_to_json(a);
    g_assert_null(strstr(json, "\xEF\xBF\xBD"));
    docbao_free(json);
    docbao_article_free(a);
    /* A replacement character written in the page itself is never read either. */
    g_string_replace(page, "\xEA\xF2", "&#xFFFD;", 1);
    a = extract_string(page->str, DOCBAO_OK);
    g_assert_true(g_str_has_prefix(docbao_article_block_text(a, 0), "Vit Nam"));
    docbao_article_free(a);
    g_string_free(page, TRUE);
    g_string_free(body, TRUE);
}

/* windows-1258 bytes with no declaration in the page, announced by the transport. */
static void test_transport_charset(void)
{
    /* "Hội nghị tổng kết" with tones as combining marks, as windows-1258 writes them. */
    static const char words[] = "H\xF4\xF2i nghi\xF2 t\xF4\xD2ng k\xEA\xEC" "t";
    GString *page = g_string_new("<html><head><title>");
    docbao_extract_options opts = {0};
    docbao_article *a = NULL;
    g_string_append_printf(page, "%s</title></head><body><h1>%s</h1><div>", words, words);
    for (int i = 0; i < 6; i++) {
        g_string_append_printf(page, "<p>%s %s %s %s %s.</p>", words, words, words, words, words);
    }
    g_string_append(page, "</div></body></html>");
    opts.charset = "windows-1258";
    g_assert_cmpint(docbao_extract_html(page->str, page->len, &opts, &a, NULL), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_title(a), ==, "Hội nghị tổng kết");
    g_assert_true(g_str_has_prefix(docbao_article_block_text(a, 0), "Hội nghị tổng kết Hội"));
    docbao_article_free(a);
    g_string_free(page, TRUE);
}

static void test_declared_charset(void)
{
    static const struct {
        const char *page;
        const char *charset;
    } cases[] = {
        {"<meta charset=\"windows-1258\">", "windows-1258"},
        {"<META CHARSET=TCVN3>", "tcvn3"},
        {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=VNI\">", "vni"},
        {"<meta content='text/html;charset=iso-8859-1' http-equiv='content-type'>", "iso-8859-1"},
        {"<?xml version=\"1.0\" encoding=\"windows-1252\"?><html>", "windows-1252"},
        {"<!-- <meta charset=\"koi8-r\"> --><meta charset=utf-8>", "utf-8"},
        {"<html><head><title>no declaration</title>", NULL},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *cs = html_charset_declared(cases[i].page, strlen(cases[i].page));
        g_assert_cmpstr(cs, ==, cases[i].charset);
        g_free(cs);
    }
}

static void test_legacy_tables(void)
{
    /* "Trường" as a browser shows it in TCVN3 and in VNI without the font. */
    char *t = vi_legacy_to_unicode("Tr\xC2\xAD\xC3\xAAng \xC2\xAE\xC2\xB9i h\xC3\xA4"
                                   "c",
                                   -1, VI_LEGACY_TCVN3);
    char *v = vi_legacy_to_unicode("Tr\xC3\xB6\xC3\xB4\xC3\xB8ng \xC3\xB1"
                                   "a\xC3\xAFi ho\xC3\xAF"
                                   "c",
                                   -1, VI_LEGACY_VNI);
    char *b = vi_legacy_decode_bytes("Vi\xD6t Nam", 8, VI_LEGACY_TCVN3);
    g_assert_cmpstr(t, ==, "Trường đại học");
    g_assert_cmpstr(v, ==, "Trường đại học");
    g_assert_cmpstr(b, ==, "Việt Nam");
    g_assert_cmpint(vi_cp1252_from_unicode(0x201C), ==, 0x93);
    g_assert_cmpint(vi_cp1252_to_unicode(0x80), ==, 0x20AC);
    g_assert_cmpint(vi_legacy_font_kind(".VnTimeH"), ==, VI_LEGACY_TCVN3);
    g_assert_cmpint(vi_legacy_font_kind("VNI-Times"), ==, VI_LEGACY_VNI);
    g_assert_cmpint(vi_legacy_font_kind("Times New Roman"), ==, VI_LEGACY_NONE);
    g_assert_true(vi_legacy_font_is_capitals(".VnArialH"));
    g_assert_false(vi_legacy_font_is_capitals(".VnTime"));
    g_free(t);
    g_free(v);
    g_free(b);
}

/* A heading typed in a TCVN3 capitals font (.VnTimeH) is lower case in the bytes. */
static void test_legacy_capitals_font(void)
{
    /* "chương trình mới" in TCVN3 (­ ¬ × í are ư ơ ì ớ), read as windows-1252. */
    GString *body = g_string_new("<h2><font face=\".VnTimeH\">ch\xC2\xAD\xC2\xACng tr\xC3\x97nh "
                                 "m\xC3\xADi</font></h2>");
    GString *page;
    docbao_article *a;
    g_string_append_printf(body, "<p>%s</p><p>%s</p>", para, para);
    page = article_page(body->str);
    a = extract_string(page->str, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_block_text(a, 0), ==, "CHƯƠNG TRÌNH MỚI");
    g_assert_cmpint(docbao_article_block_type(a, 0), ==, DOCBAO_BLOCK_HEADING);
    docbao_article_free(a);
    g_string_free(page, TRUE);
    g_string_free(body, TRUE);
}

/* An English page with pound and copyright signs is not TCVN3 (they would read "Ê", "â"). */
static void test_legacy_not_english(void)
{
    GString *page = g_string_new("<html><head><title>Bike review</title></head><body>"
                                 "<h1>Bike review</h1><div>");
    docbao_article *a;
    for (int i = 0; i < 5; i++) {
        g_string_append(page, "<p>The new helmet costs \xC2\xA3" "49.99 and comes in three "
                              "colours, with a removable lining that can be washed.</p>");
    }
    g_string_append(page, "<p>\xC2\xA9 2019 Example Media. \xC2\xA3 \xC2\xA9 \xC2\xAE</p></div></body></html>");
    a = extract_string(page->str, DOCBAO_OK);
    g_assert_nonnull(strstr(docbao_article_block_text(a, 0), "£49.99"));
    docbao_article_free(a);
    g_string_free(page, TRUE);
}

static void test_syllables(void)
{
    static const char *const valid[] = {"trường", "Nguyễn", "khuya", "quốc", "gì", "giữa",
                                        "nghiêng", "ước", "Đường", "THUỶ", "thuỷ", "oanh"};
    static const char *const invalid[] = {"Tr\xC2\xADêng", "êng", "trườngg", "cafe", "ừt",
                                          "tiếngg", "ää"};
    vi_syllable_counts c;
    for (size_t i = 0; i < G_N_ELEMENTS(valid); i++) {
        g_assert_true(vi_syllable_is_valid(valid[i], -1));
    }
    for (size_t i = 0; i < G_N_ELEMENTS(invalid); i++) {
        g_assert_false(vi_syllable_is_valid(invalid[i], -1));
    }
    c = vi_syllable_score("Hà Nội mùa thu, cây cơm nguội vàng.", -1, 0);
    g_assert_cmpuint(c.all, ==, 8);
    g_assert_cmpuint(c.words, ==, 7);
    g_assert_cmpuint(c.valid, ==, 7);
    g_assert_true(vi_syllable_reads_vietnamese(c));
}

/* Adds one golden test per .html file in a folder of the source tree. */
static void add_folder(const char *folder, const char *prefix, GTestDataFunc func,
                       gboolean keep_extension)
{
    char *dir_path = test_source_path(folder);
    GDir *dir = g_dir_open(dir_path, 0, NULL);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *entry;
    while (dir != NULL && (entry = g_dir_read_name(dir)) != NULL) {
        if (g_str_has_suffix(entry, ".html")) {
            g_ptr_array_add(names, g_strndup(entry, strlen(entry) - strlen(".html")));
        }
    }
    if (dir != NULL) {
        g_dir_close(dir);
    }
    g_assert_cmpuint(names->len, >, 0);
    for (guint i = 0; i < names->len; i++) {
        const char *name = g_ptr_array_index(names, i);
        char *path = g_strdup_printf("%s/%s", prefix, name);
        /* The data outlives the test run; it is freed when the program ends. */
        char *rel = keep_extension ? g_strdup_printf("%s/%s.html", folder, name)
                                   : g_strdup_printf("%s/%s", folder, name);
        g_test_add_data_func_full(path, rel, func, g_free);
        g_free(path);
    }
    g_ptr_array_unref(names);
    g_free(dir_path);
}

int main(int argc, char **argv)
{
    static const char *const samples[] = {"bac-kan-2024-01-28", "tin-tuc-bao-dien-tu",
                                          "tin-dia-phuong-cu"};
    g_test_init(&argc, &argv, NULL);
    for (size_t i = 0; i < G_N_ELEMENTS(samples); i++) {
        char *path = g_strdup_printf("/extract/golden/%s", samples[i]);
        g_test_add_data_func_full(path, g_strdup_printf("samples/%s", samples[i]), test_golden,
                                  g_free);
        g_free(path);
    }
    add_folder("tests/data/extract", "/extract/golden", test_golden, FALSE);
    add_folder("tests/data/extract/encoding", "/extract/encoding", test_encoding_page, TRUE);
    g_test_add_func("/extract/seed-fields", test_seed_fields);
    g_test_add_func("/extract/no-article", test_no_article);
    g_test_add_func("/extract/br-split-and-hidden", test_br_split_and_hidden);
    g_test_add_func("/extract/short-meta-dates", test_short_meta_dates);
    g_test_add_func("/extract/entities-and-nfd", test_entities_and_nfd);
    g_test_add_func("/extract/deep-nesting", test_deep_nesting);
    g_test_add_func("/extract/deep-nesting-text", test_deep_nesting_text);
    g_test_add_func("/extract/many-paragraphs", test_many_paragraphs);
    g_test_add_func("/extract/binary-and-encoding", test_binary_and_encoding);
    g_test_add_func("/extract/undeclared-latin1", test_undeclared_latin1);
    g_test_add_func("/extract/stray-bytes", test_stray_bytes);
    g_test_add_func("/extract/transport-charset", test_transport_charset);
    g_test_add_func("/extract/declared-charset", test_declared_charset);
    g_test_add_func("/extract/legacy-tables", test_legacy_tables);
    g_test_add_func("/extract/legacy-capitals-font", test_legacy_capitals_font);
    g_test_add_func("/extract/legacy-not-english", test_legacy_not_english);
    g_test_add_func("/extract/syllables", test_syllables);
    return g_test_run();
}
