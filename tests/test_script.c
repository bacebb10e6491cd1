/* Segmentation: sentences, paragraphs, sections, caption labels and pauses. */
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "docbao/docbao.h"

static char *split(const char *text)
{
    size_t b[32][2];
    size_t n = docbao_sentences_split(text, strlen(text), b, 32);
    GString *out = g_string_new(NULL);
    for (size_t i = 0; i < n && i < 32; i++) {
        g_string_append_printf(out, "%s[%.*s]", i > 0 ? " " : "", (int)(b[i][1] - b[i][0]),
                               text + b[i][0]);
    }
    return g_string_free(out, FALSE);
}

static void check_split(const char *text, const char *expected)
{
    char *got = split(text);
    g_assert_cmpstr(got, ==, expected);
    g_free(got);
}

/* All the sentences of a text longer than any first guess: the same as given room for them. */
static void test_sentences_all(void)
{
    GString *text = g_string_new(NULL);
    size_t(*all)[2];
    size_t(*room)[2];
    size_t n, expected;
    for (int i = 0; i < 300; i++) {
        g_string_append_printf(text, "%sCâu số %d.", i > 0 ? " " : "", i);
    }
    room = g_malloc_n(400, sizeof *room);
    expected = docbao_sentences_split(text->str, text->len, room, 400);
    g_assert_cmpuint(expected, ==, 300);
    n = docbao_sentences_split_all(text->str, text->len, &all);
    g_assert_cmpuint(n, ==, expected);
    g_assert_cmpmem(all, n * sizeof *all, room, expected * sizeof *room);
    docbao_free(all);
    n = docbao_sentences_split_all("Một câu.", strlen("Một câu."), &all);
    g_assert_cmpuint(n, ==, 1);
    g_assert_cmpuint(all[0][1], ==, strlen("Một câu."));
    docbao_free(all);
    g_free(room);
    g_string_free(text, TRUE);
}

static void test_sentences(void)
{
    check_split("Một. Hai! Ba?", "[Một.] [Hai!] [Ba?]");
    check_split("Có 1.391 hồ sơ. Tiếp theo", "[Có 1.391 hồ sơ.] [Tiếp theo]");
    check_split("Tại TP. Hồ Chí Minh, trời mưa. Xong.", "[Tại TP. Hồ Chí Minh, trời mưa.] [Xong.]");
    check_split("Ông Nguyễn V. A. phát biểu.", "[Ông Nguyễn V. A. phát biểu.]");
    check_split("“Tốt lắm.” Ông nói.", "[“Tốt lắm.”] [Ông nói.]");
    check_split("Kết thúc./.", "[Kết thúc./.]");
    check_split("Chờ... Rồi đi.", "[Chờ...] [Rồi đi.]");
    check_split("chữ thường. sau đó", "[chữ thường. sau đó]");
    check_split("   ", "");
    check_split("TP.HCM đẹp. 2024 tới.", "[TP.HCM đẹp.] [2024 tới.]");
}

static docbao_article *sample_article(void)
{
    docbao_article *a = docbao_article_new();
    docbao_article_set_title(a, "Tiêu đề");
    docbao_article_set_lead(a, "Câu dẫn một. Câu dẫn hai.");
    docbao_article_add_block(a, DOCBAO_BLOCK_CAPTION, "Ảnh minh họa", "a.jpg");
    docbao_article_add_block(a, DOCBAO_BLOCK_PARAGRAPH, "Đoạn một. Câu hai!", NULL);
    docbao_article_add_block(a, DOCBAO_BLOCK_HEADING, "Mục", NULL);
    docbao_article_add_block(a, DOCBAO_BLOCK_PARAGRAPH, "Đoạn cuối.", NULL);
    return a;
}

static void test_script_order(void)
{
    docbao_article *a = sample_article();
    docbao_normalizer *n = docbao_normalizer_new(NULL, NULL);
    docbao_voice_profile p;
    docbao_script *s;
    const docbao_utterance *u;
    docbao_voice_profile_init(&p);
    s = docbao_script_new(a, n, &p, DOCBAO_SECTION_ALL, NULL);
    g_assert_nonnull(s);
    g_assert_cmpuint(docbao_script_size(s), ==, 8);
    g_assert_cmpuint(docbao_script_n_paragraphs(s), ==, 6);
    u = docbao_script_get(s, 0);
    g_assert_cmpint(u->section, ==, DOCBAO_SECTION_TITLE);
    g_assert_cmpuint(u->pause_ms, ==, (unsigned)p.pause_section_ms);
    u = docbao_script_get(s, 1);
    g_assert_cmpint(u->section, ==, DOCBAO_SECTION_LEAD);
    g_assert_cmpuint(u->pause_ms, ==, (unsigned)p.pause_sentence_ms);
    g_assert_cmpuint(docbao_script_get(s, 2)->pause_ms, ==, (unsigned)p.pause_section_ms);
    /* The caption is announced by its label, whose span has no source text. */
    u = docbao_script_get(s, 3);
    /* It is read in the body's flow, not as a part of its own. */
    g_assert_cmpint(u->section, ==, DOCBAO_SECTION_BODY);
    g_assert_cmpstr(docbao_spoken_text(u->spoken), ==, "Ảnh: Ảnh minh họa");
    g_assert_cmpuint(docbao_spoken_spans(u->spoken)[0].source_len, ==, 0);
    g_assert_cmpuint(docbao_spoken_spans(u->spoken)[1].source_start, ==, 0);
    u = docbao_script_get(s, 5);
    g_assert_cmpstr(docbao_spoken_text(u->spoken), ==, "Câu hai!");
    g_assert_cmpuint(u->sentence, ==, 1);
    g_assert_cmpuint(u->source_start, ==, strlen("Đoạn một. "));
    g_assert_cmpuint(u->pause_ms, ==, (unsigned)p.pause_paragraph_ms);
    docbao_script_free(s);

    /* Sections filter what is read. */
    s = docbao_script_new(a, n, &p, DOCBAO_SECTION_CAPTIONS, NULL);
    g_assert_cmpuint(docbao_script_size(s), ==, 1);
    g_assert_cmpint(docbao_script_get(s, 0)->section, ==, DOCBAO_SECTION_CAPTIONS);
    docbao_script_free(s);
    docbao_normalizer_free(n);
    docbao_article_free(a);
}

/*
 * An English page: the article says "en", its sentences are normalized with the English rules
 * and their runs are English (so the English voice speaks them); a Vietnamese quote inside it
 * is read with the Vietnamese rules (test_synth.c hears which voice says each run).
 */
static void test_english_page(void)
{
    const char *page =
        "<html lang=\"en\"><head><title>Trade report</title></head><body><article>"
        "<h1>Exports hit a record in the third quarter</h1>"
        "<p>Exports rose 14% to $405 billion in the quarter, the ministry said on Monday, as "
        "demand from the United States for electronics and textiles grew faster than expected "
        "by most of the economists who had been asked by the agency.</p>"
        "<blockquote>Xuất khẩu tăng 14% nhờ điện tử và dệt may, theo báo cáo của Bộ Công Thương "
        "công bố ngày 27/1.</blockquote>"
        "<p>Imports grew 9.5% over the same period, leaving a surplus of $12.3 billion, the "
        "largest since 2019, according to figures released by the statistics office.</p>"
        "</article></body></html>";
    docbao_article *a = NULL;
    docbao_error err = {0};
    docbao_normalize_options o = {0};
    docbao_normalizer *n;
    docbao_voice_profile p;
    docbao_script *s;
    gboolean english = FALSE, vietnamese = FALSE;
    char *empty = g_dir_make_tmp("docbao-lex-XXXXXX", NULL);
    g_assert_cmpint(docbao_extract_html(page, strlen(page), NULL, &a, &err), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_language(a), ==, "en");
    o.user_lexicon_dir = empty;
    n = docbao_normalizer_new(&o, &err);
    docbao_voice_profile_init(&p);
    s = docbao_script_new(a, n, &p, DOCBAO_SECTION_ALL, &err);
    g_assert_nonnull(s);
    for (size_t i = 0; i < docbao_script_size(s); i++) {
        const docbao_utterance *u = docbao_script_get(s, i);
        const char *text = docbao_spoken_text(u->spoken);
        const char *lang = docbao_spoken_runs(u->spoken)[0].language;
        if (strstr(text, "fourteen percent to four hundred five billion dollars") != NULL) {
            g_assert_cmpstr(lang, ==, "en");
            english = TRUE;
        }
        if (strstr(text, "mười bốn phần trăm") != NULL) {
            g_assert_cmpstr(lang, ==, "vi");
            g_assert_nonnull(strstr(text, "hai mươi bảy tháng một"));
            vietnamese = TRUE;
        }
        g_assert_null(strstr(text, "phần trăm to"));
    }
    g_assert_true(english);
    g_assert_true(vietnamese);
    docbao_script_free(s);
    docbao_normalizer_free(n);
    docbao_article_free(a);
    g_rmdir(empty);
    g_free(empty);
}

static void test_sections_parse(void)
{
    docbao_error err = {0};
    g_assert_cmpuint(docbao_sections_parse("title, body", NULL), ==,
                     DOCBAO_SECTION_TITLE | DOCBAO_SECTION_BODY);
    g_assert_cmpuint(docbao_sections_parse("all", NULL), ==, DOCBAO_SECTION_ALL);
    g_assert_cmpuint(docbao_sections_parse("title,footer", &err), ==, 0);
    g_assert_nonnull(strstr(err.message, "footer"));
    g_assert_cmpuint(docbao_sections_parse("", &err), ==, 0);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/script/sentences", test_sentences);
    g_test_add_func("/script/sentences-all", test_sentences_all);
    g_test_add_func("/script/order", test_script_order);
    g_test_add_func("/script/sections-parse", test_sections_parse);
    g_test_add_func("/script/english-page", test_english_page);
    return g_test_run();
}
