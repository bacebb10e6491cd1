/* Input: files, standard input, size limits, binary and encoding checks. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "docbao/docbao.h"

static char *tmp_file(const char *content, size_t len)
{
    char *path = NULL;
    int fd = g_file_open_tmp("docbao-input-XXXXXX", &path, NULL);
    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpint(write(fd, content, len), ==, (ssize_t)len);
    close(fd);
    return path;
}

static void test_missing_and_empty(void)
{
    char *data = NULL;
    size_t len = 0;
    docbao_error err = {0};
    char *empty = tmp_file("", 0);
    char *blank = tmp_file(" \n\t\n", 4);
    g_assert_cmpint(docbao_input_read("/nonexistent/page.html", 0, &data, &len, &err), ==,
                    DOCBAO_ERR_NOT_FOUND);
    g_assert_nonnull(strstr(err.message, "/nonexistent/page.html"));
    g_assert_cmpint(docbao_input_read(empty, 0, &data, &len, &err), ==, DOCBAO_ERR_EMPTY);
    g_assert_cmpint(docbao_input_read(blank, 0, &data, &len, &err), ==, DOCBAO_ERR_EMPTY);
    g_assert_cmpint(docbao_input_read("/tmp", 0, &data, &len, &err), ==, DOCBAO_ERR_IO);
    g_assert_null(data);
    unlink(empty);
    unlink(blank);
    g_free(empty);
    g_free(blank);
}

static void test_too_large(void)
{
    char *path = NULL;
    int fd = g_file_open_tmp("docbao-big-XXXXXX", &path, NULL);
    char *data = NULL;
    size_t len = 0;
    docbao_error err = {0};
    /* A sparse 50 MB file: refused before anything is read. */
    g_assert_cmpint(ftruncate(fd, 50 * 1024 * 1024), ==, 0);
    close(fd);
    g_assert_cmpint(docbao_input_read(path, 0, &data, &len, &err), ==, DOCBAO_ERR_TOO_LARGE);
    g_assert_nonnull(strstr(err.message, "32"));
    g_assert_cmpint(docbao_input_read(path, 1024, &data, &len, &err), ==, DOCBAO_ERR_TOO_LARGE);
    g_assert_null(data);
    unlink(path);
    g_free(path);
}

static void test_read_ok(void)
{
    char *path = tmp_file("<p>xin chào</p>", strlen("<p>xin chào</p>"));
    char *data = NULL;
    size_t len = 0;
    g_assert_cmpint(docbao_input_read(path, 0, &data, &len, NULL), ==, DOCBAO_OK);
    g_assert_cmpuint(len, ==, strlen("<p>xin chào</p>"));
    g_assert_cmpstr(data, ==, "<p>xin chào</p>");
    docbao_free(data);
    unlink(path);
    g_free(path);
}

static void test_text_checks(void)
{
    docbao_error err = {0};
    static const char nul[] = "abc\0def";
    static const char gz[] = "\x1f\x8b\x08\x00";
    static const char bad[] = "dòng một\ndòng \xc3\x28 hai";
    g_assert_cmpint(docbao_text_check("bình thường", 13, "x", &err), ==, DOCBAO_OK);
    g_assert_cmpint(docbao_text_check(nul, sizeof nul - 1, "x", &err), ==, DOCBAO_ERR_BINARY);
    g_assert_cmpint(docbao_text_check(gz, sizeof gz - 1, "x", &err), ==, DOCBAO_ERR_BINARY);
    g_assert_nonnull(strstr(err.message, "gzip"));
    g_assert_cmpint(docbao_text_check_utf8(bad, sizeof bad - 1, "f.txt", &err), ==,
                    DOCBAO_ERR_ENCODING);
    /* Line 2, column 6: the bad byte after "dòng ". */
    g_assert_nonnull(strstr(err.message, "f.txt:2:6"));
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/input/missing-and-empty", test_missing_and_empty);
    g_test_add_func("/input/too-large", test_too_large);
    g_test_add_func("/input/read-ok", test_read_ok);
    g_test_add_func("/input/text-checks", test_text_checks);
    return g_test_run();
}
