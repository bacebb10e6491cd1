/* The normalizer: NFC, white space, and spans back to the source. */
#include <string.h>

#include <glib.h>

#include "docbao/docbao.h"

static void test_nfc_and_spans(void)
{
    /* "Hòa bình" with a decomposed ò, tabs and a no-break space. */
    const char *src = "  Ho\xcc\x80"
                      "a\t\tb\xc3\xacnh\xc2\xa0 ok ";
    docbao_normalizer *n = docbao_normalizer_new(NULL, NULL);
    docbao_spoken *s = NULL;
    const docbao_span *sp;
    g_assert_cmpint(docbao_normalize(n, src, (size_t)-1, &s, NULL), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_spoken_text(s), ==, "Hòa bình ok");
    g_assert_cmpuint(docbao_spoken_n_spans(s), ==, 3);
    sp = docbao_spoken_spans(s);
    g_assert_cmpuint(sp[0].source_start, ==, 2);
    g_assert_cmpuint(sp[0].source_len, ==,
                     strlen("Ho\xcc\x80"
                            "a"));
    g_assert_cmpuint(sp[1].spoken_start, ==, strlen("Hòa "));
    g_assert_cmpmem(src + sp[1].source_start, sp[1].source_len, "b\xc3\xacnh", 5);
    docbao_spoken_free(s);
    docbao_normalizer_free(n);
}

static void test_invalid(void)
{
    docbao_normalizer *n = docbao_normalizer_new(NULL, NULL);
    docbao_spoken *s = NULL;
    docbao_error err = {0};
    g_assert_cmpint(docbao_normalize(n, "ab\xff", 3, &s, &err), ==, DOCBAO_ERR_ENCODING);
    g_assert_null(s);
    docbao_normalizer_free(n);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/normalize/nfc-and-spans", test_nfc_and_spans);
    g_test_add_func("/normalize/invalid", test_invalid);
    return g_test_run();
}
