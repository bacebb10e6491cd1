/* News feeds: RSS 2.0, RSS 1.0 and Atom; dates; links; malformed and hostile documents. */
#include <string.h>

#include <glib.h>

#include "docbao/docbao.h"
#include "input/input_internal.h"
#include "test_util.h"

#define BASE "http://bao.test/rss/feed.rss"

static docbao_feed *parse_ok(const char *xml, const char *base)
{
    docbao_feed *f = NULL;
    docbao_error err = {0};
    docbao_status st = docbao_feed_parse(xml, strlen(xml), base, &f, &err);
    if (st != DOCBAO_OK) {
        g_error("parse failed: %s", err.message);
    }
    return f;
}

static void parse_fails(const char *xml, docbao_status want, const char *message)
{
    docbao_feed *f = NULL;
    docbao_error err = {0};
    g_assert_cmpint(docbao_feed_parse(xml, strlen(xml), BASE, &f, &err), ==, want);
    g_assert_null(f);
    if (strstr(err.message, message) == NULL) {
        g_error("\"%s\" lacks \"%s\"", err.message, message);
    }
}

static void check_samples(const docbao_feed *f, const char *dir)
{
    static const char *const pages[] = {"tin-tuc-bao-dien-tu.html", "bac-kan-2024-01-28.html",
                                        "tin-dia-phuong-cu.html"};
    static const char *const dates[] = {"2024-03-14 09:15", "2024-01-28 10:05",
                                        "2023-11-05 07:30"};
    g_assert_cmpuint(docbao_feed_n_entries(f), ==, 3);
    g_assert_cmpstr(docbao_feed_entry_title(f, 2), ==, "Thới Lai: Lúa Thu Đông được mùa, được giá");
    for (size_t i = 0; i < 3; i++) {
        char *link = g_strconcat(dir, pages[i], NULL);
        g_assert_cmpstr(docbao_feed_entry_link(f, i), ==, link);
        g_assert_cmpstr(docbao_feed_entry_date(f, i), ==, dates[i]);
        g_assert_cmpint(docbao_feed_entry_time(f, i), >, 1690000000);
        g_free(link);
    }
}

static void test_rss_sample(void)
{
    gsize len = 0;
    char *xml = test_read_source("samples/feed.rss", &len);
    docbao_feed *f = NULL;
    g_assert_cmpint(docbao_feed_parse(xml, len, BASE, &f, NULL), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_feed_kind(f), ==, "rss");
    g_assert_cmpstr(docbao_feed_title(f), ==, "Tin mới - Báo mẫu docbao");
    g_assert_cmpstr(docbao_feed_link(f), ==, "http://bao.test/rss/");
    g_assert_cmpstr(docbao_feed_source(f), ==, BASE);
    check_samples(f, "http://bao.test/rss/");
    /* HTML in a description becomes plain text. */
    g_assert_cmpstr(docbao_feed_entry_summary(f, 0), ==,
                    "Ngày 13/3, UBND tỉnh Gia Lai tổ chức hội nghị đánh giá chuỗi liên kết sản "
                    "xuất chanh leo giai đoạn 2021-2025.");
    docbao_feed_free(f);
    docbao_feed_free(NULL);
    g_free(xml);
}

static void test_atom_sample(void)
{
    gsize len = 0;
    char *xml = test_read_source("samples/feed.atom", &len);
    docbao_feed *f = NULL;
    g_assert_cmpint(docbao_feed_parse(xml, len, "https://bao.test/atom", &f, NULL), ==,
                    DOCBAO_OK);
    g_assert_cmpstr(docbao_feed_kind(f), ==, "atom");
    g_assert_cmpstr(docbao_feed_link(f), ==, "https://bao.test/");
    check_samples(f, "https://bao.test/");
    g_assert_cmpstr(docbao_feed_entry_summary(f, 1), ==,
                    "Sáng 27/1, Trung tâm Phục vụ hành chính công tỉnh Bắc Kạn tổ chức tổng kết "
                    "công tác năm 2023.");
    g_assert_null(docbao_feed_entry_summary(f, 2));
    docbao_feed_free(f);
    g_free(xml);
}

static void test_file_feed(void)
{
    char *path = test_source_path("samples/feed.rss");
    char *dir = test_source_path("samples/");
    docbao_feed *f = NULL;
    docbao_fetch_result meta = {0};
    docbao_error err = {0};
    g_assert_cmpint(docbao_feed_load(path, NULL, &f, &meta, &err), ==, DOCBAO_OK);
    /* Links of a feed read from a file are paths beside it. */
    check_samples(f, dir);
    g_assert_cmpstr(meta.final_url, ==, path);
    g_assert_false(meta.from_cache);
    docbao_fetch_result_clear(&meta);
    docbao_feed_free(f);
    f = NULL;
    g_assert_cmpint(docbao_feed_load("/nonexistent/feed.rss", NULL, &f, NULL, &err), ==,
                    DOCBAO_ERR_NOT_FOUND);
    g_assert_cmpint(docbao_feed_load("file:///etc/passwd", NULL, &f, NULL, &err), ==,
                    DOCBAO_ERR_INVALID_ARG);
    g_assert_null(f);
    g_free(dir);
    g_free(path);
}

/* A feed read from a file: %-escaped links become paths; bytes that are not text are dropped. */
static void test_file_links_are_text(void)
{
    const char *rss =
        "<rss version=\"2.0\"><channel><title>T</title>\n"
        "<item><title>Một</title><link>tin%20m%E1%BB%99t.html</link></item>\n"
        "<item><title>Hỏng</title><link>tin%FF%FE.html</link></item>\n"
        "<item><title>Tệp</title><link>file:///srv/kiosk/tin%C3%.html</link></item>\n"
        "</channel></rss>\n";
    docbao_feed *f = NULL;
    docbao_error err = {0};
    g_assert_cmpint(docbao_feed_parse(rss, strlen(rss), "/srv/kiosk/feed.rss", &f, &err), ==,
                    DOCBAO_OK);
    g_assert_cmpuint(docbao_feed_n_entries(f), ==, 3);
    g_assert_cmpstr(docbao_feed_entry_link(f, 0), ==, "/srv/kiosk/tin một.html");
    g_assert_null(docbao_feed_entry_link(f, 1));
    g_assert_true(docbao_feed_entry_link(f, 2) == NULL ||
                  g_utf8_validate(docbao_feed_entry_link(f, 2), -1, NULL));
    docbao_feed_free(f);
}

static void test_rdf_and_fallbacks(void)
{
    const char *rdf =
        "<?xml version=\"1.0\"?>\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
        "         xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "  <channel rdf:about=\"http://bao.test/\"><title>RDF</title><link>http://bao.test/</link>"
        "  </channel>\n"
        "  <item rdf:about=\"http://bao.test/1\"><title>Một</title><link>/tin/1.html</link>\n"
        "    <dc:date>2024-01-02T03:04:05Z</dc:date></item>\n"
        "</rdf:RDF>\n";
    const char *rss =
        "<rss version=\"2.0\"><channel><title>T</title>\n"
        "<item><guid>http://bao.test/tin/2.html</guid>\n"
        "<description>&lt;b&gt;Không tiêu đề&lt;/b&gt; nhưng có một đoạn tóm tắt rất dài, dài "
        "hơn tám mươi ký tự để thử việc cắt ở ranh giới của một từ.</description></item>\n"
        "<item><guid isPermaLink=\"false\">abc</guid><title>Không liên kết</title></item>\n"
        "<item><title>Liên kết nguy hiểm</title><link>javascript:alert(1)</link></item>\n"
        "<item><title>Tệp</title><link>file:///etc/passwd</link></item>\n"
        "<item></item>\n"
        "</channel></rss>\n";
    docbao_feed *f = parse_ok(rdf, "http://bao.test/rss");
    g_assert_cmpstr(docbao_feed_kind(f), ==, "rdf");
    g_assert_cmpuint(docbao_feed_n_entries(f), ==, 1);
    g_assert_cmpstr(docbao_feed_entry_link(f, 0), ==, "http://bao.test/tin/1.html");
    g_assert_cmpstr(docbao_feed_entry_date(f, 0), ==, "2024-01-02 10:04");
    docbao_feed_free(f);

    f = parse_ok(rss, BASE);
    /* The empty item is dropped; the rest keep their numbers in the feed's order. */
    g_assert_cmpuint(docbao_feed_n_entries(f), ==, 4);
    g_assert_cmpstr(docbao_feed_entry_link(f, 0), ==, "http://bao.test/tin/2.html");
    g_assert_true(g_str_has_prefix(docbao_feed_entry_title(f, 0),
                                   "Không tiêu đề nhưng có một đoạn tóm tắt"));
    g_assert_true(g_str_has_suffix(docbao_feed_entry_title(f, 0), "…"));
    g_assert_cmpint(g_utf8_strlen(docbao_feed_entry_title(f, 0), -1), <=, 81);
    g_assert_null(docbao_feed_entry_date(f, 0));
    g_assert_cmpint(docbao_feed_entry_time(f, 0), ==, -1);
    g_assert_null(docbao_feed_entry_link(f, 1));
    /* A web feed's links are web addresses or nothing. */
    g_assert_null(docbao_feed_entry_link(f, 2));
    g_assert_null(docbao_feed_entry_link(f, 3));
    docbao_feed_free(f);

    /* From a file, a file: URI becomes a path. */
    f = parse_ok(rss, "/srv/kiosk/feed.rss");
    g_assert_cmpstr(docbao_feed_entry_link(f, 3), ==, "/etc/passwd");
    docbao_feed_free(f);
}

static void test_atom_xml_base(void)
{
    const char *atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"/tin/\">"
                       "<title type=\"html\">A &amp;amp; B</title>"
                       "<entry xml:base=\"2024/\"><title>X</title>"
                       "<link rel=\"self\" href=\"self.xml\"/>"
                       "<link rel=\"related\" href=\"related.html\"/>"
                       "<link href=\"x.html\"/>"
                       "<updated>2024-05-06T07:08:09+07:00</updated></entry></feed>";
    docbao_feed *f = parse_ok(atom, "https://bao.test/feeds/atom.xml");
    g_assert_cmpstr(docbao_feed_title(f), ==, "A & B");
    g_assert_cmpstr(docbao_feed_entry_link(f, 0), ==, "https://bao.test/tin/2024/x.html");
    g_assert_cmpstr(docbao_feed_entry_date(f, 0), ==, "2024-05-06 07:08");
    docbao_feed_free(f);
}

static void test_dates(void)
{
    static const struct {
        const char *text;
        const char *want; /* in Vietnam's time, or NULL for "not a date" */
    } cases[] = {
        {"Mon, 27 Nov 2023 08:30:00 +0700", "2023-11-27 08:30"},
        {"Mon, 27 Nov 2023 01:30:00 GMT", "2023-11-27 08:30"},
        {"Mon, 27 Nov 2023 01:30:00 +0000", "2023-11-27 08:30"},
        {"Sun, 26 Nov 2023 20:30:00 EST", "2023-11-27 08:30"},
        {"Sun, 26 Nov 2023 21:30:00 EDT", "2023-11-27 08:30"},
        {"27 Nov 2023 08:30 +0700", "2023-11-27 08:30"},
        {"Mon, 27 Nov 23 08:30:00 +0700", "2023-11-27 08:30"},
        {"Mon, 27 Nov 2023 8:30:00 +0700", "2023-11-27 08:30"},
        {"Mon, 27 November 2023 08:30:00 +07:00", "2023-11-27 08:30"},
        {"Mon, 27 Nov 2023 08:30:00 GMT+7", "2023-11-27 08:30"},
        {"Mon, 27 Nov 2023 08:30:00 ICT", "2023-11-27 08:30"},
        {"Mon, 27 Nov 2023 08:30:00", "2023-11-27 08:30"},
        {"2023-11-27T08:30:00+07:00", "2023-11-27 08:30"},
        {"2023-11-27T01:30:00Z", "2023-11-27 08:30"},
        {"2023-11-27T01:30:00.123Z", "2023-11-27 08:30"},
        {"2023-11-27 08:30:00", "2023-11-27 08:30"},
        {"2023-11-27T08:30", "2023-11-27 08:30"},
        {"2023-11-27", "2023-11-27 00:00"},
        {"Thứ hai, 27/11/2023 08:30 (GMT+7)", "2023-11-27 08:30"},
        {"Thứ 2, 27/11/2023 - 08:30", "2023-11-27 08:30"},
        {"Chủ nhật, 26/11/2023, 20:30 GMT+7", "2023-11-26 20:30"},
        {"27/11/2023 08:30:00", "2023-11-27 08:30"},
        {"27-11-2023 08h30", "2023-11-27 08:30"},
        {"27.11.2023 8:30 CH", "2023-11-27 20:30"},
        {"11/27/2023 08:30", NULL},
        {"ngày 27 tháng 11 năm 2023", "2023-11-27 00:00"},
        {"Thứ Hai, ngày 27 tháng 11 năm 2023 lúc 08:30", "2023-11-27 08:30"},
        {"Nov 27, 2023 8:30 PM", "2023-11-27 20:30"},
        {"31 Feb 2023 08:30 +0700", NULL},
        {"hôm qua", NULL},
        {"", NULL},
        {"25:61", NULL},
        {"0037-11-05T07:30:00+07:00", NULL},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        gint64 t = 42;
        gboolean ok = dbi_feed_parse_date(cases[i].text, &t);
        if (cases[i].want == NULL) {
            if (ok) {
                g_error("\"%s\" should not parse", cases[i].text);
            }
            g_assert_cmpint(t, ==, 42);
        } else {
            char *shown;
            if (!ok) {
                g_error("\"%s\" did not parse", cases[i].text);
            }
            shown = docbao_fetch_format_time(t, "%Y-%m-%d %H:%M");
            if (strcmp(shown, cases[i].want) != 0) {
                g_error("\"%s\" gave %s, not %s", cases[i].text, shown, cases[i].want);
            }
            g_free(shown);
        }
    }
    g_assert_false(dbi_feed_parse_date(NULL, NULL));
}

static void test_malformed(void)
{
    parse_fails("<?xml version=\"1.0\"?>\n<rss><channel>\n<title>X</title>\n<itm>\n</channel>",
                DOCBAO_ERR_PARSE, "line ");
    parse_fails("<!DOCTYPE html><html><body><p>Tin</p></body></html>", DOCBAO_ERR_PARSE,
                "not a news feed");
    parse_fails("just some text", DOCBAO_ERR_PARSE, "not readable XML");
    parse_fails(" \n\t", DOCBAO_ERR_EMPTY, "empty");
    {
        /* Sloppy but readable: a bare "&" and a missing end tag at the very end. */
        docbao_feed *f = parse_ok("<rss><channel><title>Tin & ảnh</title>"
                                  "<item><title>Một & hai</title>"
                                  "<link>http://bao.test/?a=1&b=2</link></item>"
                                  "</channel>",
                                  BASE);
        g_assert_cmpuint(docbao_feed_n_entries(f), ==, 1);
        g_assert_nonnull(strstr(docbao_feed_entry_title(f, 0), "hai"));
        docbao_feed_free(f);
    }
    /* Unclosed tags in the feed's own structure: malformed, however much can be recovered. */
    parse_fails("<rss><channel><item><title>x</channel></rss>", DOCBAO_ERR_PARSE,
                "not well-formed XML (line 1");
    parse_fails("<rss><channel><item><title>x", DOCBAO_ERR_PARSE, "not well-formed");
    parse_fails("<rss><channel><title>T</title><item><title>a</title>"
                "<link>http://bao.test/1</link></item><item><title>b",
                DOCBAO_ERR_PARSE, "not well-formed");
    parse_fails("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x</title>"
                "<link href=\"http://bao.test/1\"/></feed>",
                DOCBAO_ERR_PARSE, "not well-formed");
    {
        /*
         * Quirks of real feeds that are sloppy, not broken: HTML entities, unescaped HTML in a
         * description, an undeclared namespace prefix, blank lines before the XML declaration,
         * a control character, trailing bytes after the end, and the end tags missing after
         * the last complete entry.
         */
        static const char *const sloppy[] = {
            "<rss><channel><item><title>Gi&aacute; x&nbsp;ăng</title>"
            "<link>http://bao.test/1</link></item></channel></rss>",
            "<rss><channel><item><title>Tin</title><link>http://bao.test/1</link>"
            "<description>Một<br>hai<p>ba</description></item></channel></rss>",
            "<rss><channel><item><media:content url=\"http://bao.test/a.jpg\"/><title>Tin</title>"
            "<link>http://bao.test/1</link></item></channel></rss>",
            "\n\n<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>Tin</title>"
            "<link>http://bao.test/1</link></item></channel></rss>",
            "<rss><channel><item><title>Tin\x0b mới</title><link>http://bao.test/1</link></item>"
            "</channel></rss>",
            "<rss><channel><item><title>Tin</title><link>http://bao.test/1</link></item>"
            "</channel></rss>\n<!-- cache 0.02s --><script>x</script>",
            "<rss><channel><item><title>Tin</title><link>http://bao.test/1</link></item>",
        };
        for (size_t i = 0; i < G_N_ELEMENTS(sloppy); i++) {
            docbao_feed *f = parse_ok(sloppy[i], BASE);
            g_assert_cmpuint(docbao_feed_n_entries(f), ==, 1);
            g_assert_cmpstr(docbao_feed_entry_link(f, 0), ==, "http://bao.test/1");
            docbao_feed_free(f);
        }
    }
    {
        /* A well-formed feed without entries is a feed, just an empty one. */
        docbao_feed *f = parse_ok("<rss><channel><title>Trống</title></channel></rss>", BASE);
        g_assert_cmpuint(docbao_feed_n_entries(f), ==, 0);
        docbao_feed_free(f);
    }
}

static void test_hostile(void)
{
    const char *xxe = "<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
                      "<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %remote;]>\n"
                      "<rss><channel><title>A&xxe;B</title>\n"
                      "<item><title>T&xxe;</title><link>http://bao.test/1</link></item>"
                      "</channel></rss>\n";
    const char *laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a \"hahahahahahahahahaha\">\n"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
        "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
        "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
        "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
        "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n]>\n"
        "<rss><channel><title>L</title><item><title>&h;</title>"
        "<link>http://bao.test/1</link></item>"
        "<item><title>Giá &a; đây</title><link>http://bao.test/2</link></item></channel></rss>";
    docbao_feed *f = NULL;
    docbao_error err = {0};
    gint64 start = g_get_monotonic_time();

    /* External entities are never read: no file content, no network. */
    if (docbao_feed_parse(xxe, strlen(xxe), BASE, &f, &err) == DOCBAO_OK) {
        g_assert_null(strstr(docbao_feed_title(f), "root"));
        g_assert_cmpstr(docbao_feed_entry_title(f, 0), ==, "T");
        docbao_feed_free(f);
        f = NULL;
    }
    /* Nested entities are not multiplied out. */
    if (docbao_feed_parse(laughs, strlen(laughs), BASE, &f, &err) == DOCBAO_OK) {
        for (size_t i = 0; i < docbao_feed_n_entries(f); i++) {
            g_assert_cmpuint(strlen(docbao_feed_entry_title(f, i)), <, 1000);
        }
        docbao_feed_free(f);
    }
    g_assert_cmpint(g_get_monotonic_time() - start, <, G_USEC_PER_SEC);
}

static void test_sniff(void)
{
    static const struct {
        const char *text;
        gboolean feed;
    } cases[] = {
        {"<?xml version=\"1.0\"?><rss version=\"2.0\">", TRUE},
        {"\xEF\xBB\xBF  <!-- c > d --><feed xmlns=\"http://www.w3.org/2005/Atom\">", TRUE},
        {"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"b\">]>\n<rss>", TRUE},
        {"<rdf:RDF xmlns:rdf=\"x\">", TRUE},
        {"<atom:feed xmlns:atom=\"x\">", TRUE},
        {"<!DOCTYPE html><html><body>", FALSE},
        {"<feedback>", FALSE},
        {"Tin tức", FALSE},
        {"<?xml version=\"1.0\"?><html>", FALSE},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        if (dbi_feed_sniff(cases[i].text, strlen(cases[i].text)) != cases[i].feed) {
            g_error("sniff \"%s\" should be %d", cases[i].text, cases[i].feed);
        }
    }
}

static void test_json(void)
{
    gsize len = 0;
    char *xml = test_read_source("samples/feed.rss", &len);
    docbao_feed *f = NULL;
    char *json;
    g_assert_cmpint(docbao_feed_parse(xml, len, BASE, &f, NULL), ==, DOCBAO_OK);
    json = docbao_feed_to_json(f);
    g_assert_true(g_str_has_suffix(json, "}\n"));
    g_assert_nonnull(strstr(json, "\"kind\" : \"rss\""));
    g_assert_nonnull(strstr(json, "\"number\" : 3"));
    g_assert_nonnull(strstr(json, "\"date\" : \"2023-11-05 07:30\""));
    g_assert_nonnull(strstr(json, "\"published\" : \"2023-11-05T07:30:00+07:00\""));
    g_assert_nonnull(strstr(json, "\"link\" : \"http://bao.test/rss/tin-dia-phuong-cu.html\""));
    docbao_free(json);
    docbao_feed_free(f);
    g_free(xml);
}

/* Reading a feed given to the article loader says what it is. */
static void test_feed_is_not_an_article(void)
{
    char *path = test_source_path("samples/feed.atom");
    docbao_article *a = NULL;
    docbao_error err = {0};
    g_assert_cmpint(docbao_article_load(path, NULL, &a, &err), ==, DOCBAO_ERR_NOT_ARTICLE_PAGE);
    g_assert_null(a);
    g_assert_nonnull(strstr(err.message, "news feed"));
    g_free(path);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/feed/rss-sample", test_rss_sample);
    g_test_add_func("/feed/atom-sample", test_atom_sample);
    g_test_add_func("/feed/file", test_file_feed);
    g_test_add_func("/feed/file-links-are-text", test_file_links_are_text);
    g_test_add_func("/feed/rdf-and-fallbacks", test_rdf_and_fallbacks);
    g_test_add_func("/feed/atom-xml-base", test_atom_xml_base);
    g_test_add_func("/feed/dates", test_dates);
    g_test_add_func("/feed/malformed", test_malformed);
    g_test_add_func("/feed/hostile", test_hostile);
    g_test_add_func("/feed/sniff", test_sniff);
    g_test_add_func("/feed/json", test_json);
    g_test_add_func("/feed/feed-is-not-an-article", test_feed_is_not_an_article);
    return g_test_run();
}
