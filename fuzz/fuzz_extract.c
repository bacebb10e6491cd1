/*
 * libFuzzer target for article extraction: any bytes go through docbao_extract_html() and,
 * when an article comes out, through both renderings. A first byte below 8 picks a transport
 * charset (so the declared-charset paths are reached too) and is not part of the page.
 */
#include <stddef.h>
#include <stdint.h>

#include "docbao/docbao.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const charsets[] = {"windows-1258", "windows-1252", "TCVN3", "VNI",
                                           "UTF-16LE",     "shift_jis",    "utf-8", "bogus"};
    docbao_extract_options opts = {0};
    docbao_article *a = NULL;
    if (size > 0 && data[0] < 8) {
        opts.charset = charsets[data[0]];
        data++;
        size--;
    }
    if (docbao_extract_html((const char *)data, size, &opts, &a, NULL) == DOCBAO_OK) {
        char *json = docbao_article_to_json(a);
        char *text = docbao_article_to_text(a);
        docbao_free(json);
        docbao_free(text);
        docbao_article_free(a);
    }
    return 0;
}
