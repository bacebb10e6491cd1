/*
 * libFuzzer target for article extraction: any bytes go through docbao_extract_html() and,
 * when an article comes out, through both renderings; and through docbao_extract_links(), the
 * reading of a home page's headline links (every link it gives must be an address). A first byte below 8 picks a transport
 * charset (so the declared-charset paths are reached too) and is not part of the page.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
    opts.url = "https://example.invalid/tin-tuc/";
    {
        docbao_page_links *links = NULL;
        if (docbao_extract_links((const char *)data, size, &opts, &links, NULL) == DOCBAO_OK) {
            for (size_t i = 0; i < docbao_page_links_size(links); i++) {
                const char *url = docbao_page_links_url(links, i);
                if (url == NULL || docbao_page_links_title(links, i) == NULL ||
                    strncmp(url, "http", 4) != 0) {
                    abort();
                }
            }
            docbao_page_links_free(links);
        }
    }
    return 0;
}
