/* The article model: fields, cleaning, JSON, plain text. */
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "docbao/docbao.h"

static void test_fields_and_json(void)
{
    docbao_article *a = docbao_article_new();
    char *json;
    g_assert_cmpstr(docbao_article_title(a), ==, "");
    g_assert_null(docbao_article_lead(a));
    g_assert_cmpint(docbao_article_set_title(a, "  Tin \"nóng\"\n\t mới\\ "), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_title(a), ==, "Tin \"nóng\" mới\\");
    g_assert_cmpint(docbao_article_set_published(a, "2024-02-30"), ==, DOCBAO_ERR_INVALID_ARG);
    g_assert_cmpint(docbao_article_set_published(a, "2024-02-29"), ==, DOCBAO_OK);
    g_assert_cmpint(docbao_article_set_lead(a, "   "), ==, DOCBAO_OK);
    g_assert_null(docbao_article_lead(a));
    g_assert_cmpint(docbao_article_set_author(a, "\xff"), ==, DOCBAO_ERR_INVALID_ARG);
    g_assert_cmpint(docbao_article_add_block(a, DOCBAO_BLOCK_HEADING, "Mục\u00a0một", NULL), ==,
                    DOCBAO_OK);
    g_assert_cmpint(docbao_article_add_block(a, DOCBAO_BLOCK_PARAGRAPH, " \u200b ", NULL), ==,
                    DOCBAO_OK);
    g_assert_cmpuint(docbao_article_n_blocks(a), ==, 1);
    json = docbao_article_to_json(a);
    g_assert_cmpstr(json, ==,
                    "{\n  \"title\": \"Tin \\\"nóng\\\" mới\\\\\",\n  \"published\": "
                    "\"2024-02-29\",\n  \"author\": null,\n  \"lead\": null,\n  \"language\": \"vi\",\n"
                    "  \"blocks\": [\n"
                    "    {\"type\": \"heading\", \"text\": \"Mục một\"}\n  ]\n}\n");
    docbao_free(json);
    docbao_article_free(a);
    docbao_article_free(NULL);
}

/* The language: declared, told from the text, and a block in another language. */
static void test_language(void)
{
    docbao_article *a = docbao_article_new();
    char *json;
    docbao_article_set_title(a, "Exports rose to a record in the third quarter");
    docbao_article_add_block(a, DOCBAO_BLOCK_PARAGRAPH,
                             "Exports rose 14% to $405 billion in the quarter, the ministry said "
                             "on Monday, as demand for electronics from the United States grew.",
                             NULL);
    docbao_article_add_block(a, DOCBAO_BLOCK_QUOTE,
                             "Xuất khẩu tăng mạnh nhờ điện tử và dệt may, theo báo cáo của bộ.",
                             NULL);
    docbao_article_add_block(a, DOCBAO_BLOCK_PARAGRAPH, "Hanoi, Vietnam", NULL);
    g_assert_cmpstr(docbao_article_language(a), ==, "en");
    g_assert_null(docbao_article_block_language(a, 0));
    g_assert_cmpstr(docbao_article_block_language(a, 1), ==, "vi");
    g_assert_null(docbao_article_block_language(a, 2)); /* too short to tell */
    g_assert_null(docbao_article_block_language(a, 9));
    json = docbao_article_to_json(a);
    g_assert_nonnull(strstr(json, "\"language\": \"en\",\n"));
    g_assert_nonnull(strstr(json, "theo báo cáo của bộ.\", \"language\": \"vi\"}"));
    docbao_free(json);
    /* What the page declares wins; an invalid tag changes nothing. */
    g_assert_cmpint(docbao_article_set_language(a, "vi-VN"), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_language(a), ==, "vi");
    g_assert_cmpstr(docbao_article_block_language(a, 0), ==, "en");
    g_assert_null(docbao_article_block_language(a, 1));
    g_assert_cmpint(docbao_article_set_language(a, "x-klingon!"), ==, DOCBAO_ERR_INVALID_ARG);
    g_assert_cmpstr(docbao_article_language(a), ==, "vi");
    g_assert_cmpint(docbao_article_set_language(a, NULL), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_language(a), ==, "en");
    docbao_article_free(a);
    a = docbao_article_new();
    g_assert_cmpstr(docbao_article_language(a), ==, "und");
    docbao_article_free(a);
}

static void test_from_text(void)
{
    const char *text = "\n  Tiêu đề\nDòng một được\nnối tiếp.\n\nĐoạn hai\n";
    docbao_article *a = NULL;
    g_assert_cmpint(docbao_article_from_text(text, strlen(text), &a, NULL), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_title(a), ==, "Tiêu đề");
    g_assert_cmpuint(docbao_article_n_blocks(a), ==, 2);
    g_assert_cmpstr(docbao_article_block_text(a, 0), ==, "Dòng một được nối tiếp.");
    g_assert_cmpstr(docbao_article_block_text(a, 1), ==, "Đoạn hai");
    docbao_article_free(a);
    a = NULL;
    g_assert_cmpint(docbao_article_from_text("\n \n", 3, &a, NULL), ==, DOCBAO_ERR_EMPTY);
    g_assert_null(a);
}

/* A page saved in UTF-16 (with its byte-order mark) is recognised as a page and read. */
static void test_load_utf16(void)
{
    const char *page = "<html><head><title>Tin - Báo</title></head><body><h1>Tiêu đề thử "
                       "nghiệm</h1><p>Đây là một đoạn văn đủ dài để được coi là nội dung chính "
                       "của bài báo, có dấu phẩy, có nhiều chữ, và kể về một sự kiện ở tỉnh nhà "
                       "trong năm nay.</p><p>Đoạn thứ hai cũng dài như vậy, kể tiếp câu chuyện, "
                       "với nhiều chi tiết, con số và tên người cụ thể.</p></body></html>";
    gsize n = 0;
    char *utf16 = g_convert(page, -1, "UTF-16", "UTF-8", NULL, &n, NULL);
    char *path = NULL;
    int fd = g_file_open_tmp("docbao-utf16-XXXXXX.html", &path, NULL);
    docbao_article *a = NULL;
    docbao_error err = {0};
    g_assert_nonnull(utf16);
    g_assert_cmpint(write(fd, utf16, n), ==, (ssize_t)n);
    close(fd);
    g_assert_cmpint(docbao_article_load(path, NULL, &a, &err), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_article_title(a), ==, "Tiêu đề thử nghiệm");
    g_assert_cmpuint(docbao_article_n_blocks(a), ==, 2);
    docbao_article_free(a);
    unlink(path);
    g_free(path);
    g_free(utf16);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/article/fields-and-json", test_fields_and_json);
    g_test_add_func("/article/from-text", test_from_text);
    g_test_add_func("/article/language", test_language);
    g_test_add_func("/article/load-utf16", test_load_utf16);
    return g_test_run();
}
