/* Voice profiles: built-ins, user files, parse errors. */
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "docbao/docbao.h"

static void test_builtin(void)
{
    docbao_voice_list *l = docbao_voice_list_load("/nonexistent", NULL);
    const docbao_voice_profile *p;
    g_assert_nonnull(l);
    g_assert_cmpuint(docbao_voice_list_size(l), ==, 3);
    g_assert_cmpstr(docbao_voice_list_get(l, 0)->id, ==, "mien-bac");
    p = docbao_voice_list_find(l, "vi-vn-x-south");
    g_assert_nonnull(p);
    g_assert_cmpstr(p->id, ==, "mien-nam");
    g_assert_cmpint(p->dialect, ==, DOCBAO_DIALECT_SOUTH);
    g_assert_nonnull(docbao_voice_list_find(l, "mien-trung"));
    g_assert_null(docbao_voice_list_find(l, "klingon"));
    g_assert_cmpint(docbao_voice_list_find(l, NULL)->rate, ==, 175);
    docbao_voice_list_free(l);
}

static void test_user_dir(void)
{
    char *dir = g_dir_make_tmp("docbao-voices-XXXXXX", NULL);
    char *fast = g_build_filename(dir, "mien-bac.ini", NULL);
    char *bad = g_build_filename(dir, "zz-bad.ini", NULL);
    docbao_voice_list *l;
    docbao_error err = {0};
    g_assert_true(g_file_set_contents(fast, "[voice]\nrate=300\n", -1, NULL));
    l = docbao_voice_list_load(dir, NULL);
    g_assert_cmpint(docbao_voice_list_find(l, "mien-bac")->rate, ==, 300);
    g_assert_cmpstr(docbao_voice_list_find(l, "mien-bac")->engine_voice, ==, "vi");
    docbao_voice_list_free(l);
    /* A broken user file is reported, naming the file and the key, never silently skipped. */
    g_assert_true(g_file_set_contents(bad, "[voice]\nrate=999\n", -1, NULL));
    l = docbao_voice_list_load(dir, &err);
    g_assert_null(l);
    g_assert_cmpint(err.status, ==, DOCBAO_ERR_VOICE);
    g_assert_nonnull(strstr(err.message, "zz-bad.ini"));
    g_assert_nonnull(strstr(err.message, "rate"));
    unlink(fast);
    unlink(bad);
    rmdir(dir);
    g_free(fast);
    g_free(bad);
    g_free(dir);
}

static void test_parse_errors(void)
{
    docbao_voice_profile p;
    docbao_error err = {0};
    g_assert_cmpint(docbao_voice_profile_parse("rate=1", 6, "x", "x.ini", &p, &err), ==,
                    DOCBAO_ERR_VOICE);
    g_assert_cmpint(docbao_voice_profile_parse("[voice]\npitch=abc\n", 18, "x", "x.ini", &p, &err),
                    ==, DOCBAO_ERR_VOICE);
    g_assert_nonnull(strstr(err.message, "pitch"));
    g_assert_cmpint(
        docbao_voice_profile_parse("[voice]\ndialect=west\n", 21, "x", "x.ini", &p, &err), ==,
        DOCBAO_ERR_VOICE);
    g_assert_cmpint(docbao_voice_profile_parse("[voice]\nvolume=150\n", 19, "x", "x.ini", &p, NULL),
                    ==, DOCBAO_OK);
    g_assert_cmpint(p.volume, ==, 150);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/voice/builtin", test_builtin);
    g_test_add_func("/voice/user-dir", test_user_dir);
    g_test_add_func("/voice/parse-errors", test_parse_errors);
    return g_test_run();
}
