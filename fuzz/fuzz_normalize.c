/*
 * libFuzzer target for the normalizer: any bytes, either dialect, Vietnamese or English rules,
 * with and without what earlier inputs taught it. Besides crashes and sanitizer reports, it
 * aborts when a result breaks the contract: spans or language runs out of order or outside the
 * texts, spoken text that is not UTF-8, or spoken text out of proportion to the input.
 *
 * The first byte chooses: bit 0 the southern profile, bit 1 a reset before normalizing, bit 2
 * the English rules.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "docbao/docbao.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static docbao_normalizer *make(docbao_dialect dialect)
{
    docbao_normalize_options opts = {0};
    docbao_normalizer *n;
    opts.dialect = dialect;
    opts.user_lexicon_dir = "/nonexistent";
    n = docbao_normalizer_new(&opts, NULL);
    if (n == NULL) {
        abort();
    }
    return n;
}

static void check(const char *text, size_t len, const docbao_spoken *s)
{
    const docbao_span *sp = docbao_spoken_spans(s);
    size_t n = docbao_spoken_n_spans(s);
    size_t out_len = docbao_spoken_len(s);
    const char *out = docbao_spoken_text(s);
    size_t covered = 0;
    (void)text;
    if (strlen(out) != out_len || !g_utf8_validate(out, (gssize)out_len, NULL) ||
        out_len > 32 * len + 64) {
        abort();
    }
    for (size_t i = 0; i < n; i++) {
        if (sp[i].spoken_len == 0 || sp[i].spoken_start < covered ||
            sp[i].spoken_start - covered > 1 || sp[i].spoken_start + sp[i].spoken_len > out_len ||
            sp[i].source_start + sp[i].source_len > len ||
            (i > 0 && sp[i].source_start < sp[i - 1].source_start)) {
            abort();
        }
        covered = sp[i].spoken_start + sp[i].spoken_len;
    }
    if (covered != out_len) {
        abort();
    }
    /* Language runs: in order, covering every word, one space at most between them. */
    covered = 0;
    for (size_t i = 0; i < docbao_spoken_n_runs(s); i++) {
        const docbao_spoken_run *r = &docbao_spoken_runs(s)[i];
        if (r->language == NULL || r->spoken_len == 0 || r->spoken_start < covered ||
            r->spoken_start - covered > 1 || r->spoken_start + r->spoken_len > out_len) {
            abort();
        }
        covered = r->spoken_start + r->spoken_len;
    }
    if (covered != out_len) {
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Made once: loading the lexicons for every input would hide the normalizer's own cost. */
    static docbao_normalizer *north;
    static docbao_normalizer *south;
    docbao_normalizer *n;
    docbao_spoken *s = NULL;
    const char *text;
    if (north == NULL) {
        north = make(DOCBAO_DIALECT_NORTH);
        south = make(DOCBAO_DIALECT_SOUTH);
    }
    if (size == 0) {
        return 0;
    }
    n = (data[0] & 1) ? south : north;
    if (data[0] & 2) {
        docbao_normalizer_reset(n);
    }
    text = (const char *)data + 1;
    /* Bit 2 of the first byte: read the text with the English rules. */
    if (docbao_normalize_as(n, (data[0] & 4) ? "en" : NULL, text, size - 1, &s, NULL) ==
        DOCBAO_OK) {
        check(text, size - 1, s);
        docbao_spoken_free(s);
    } else if (s != NULL) {
        abort(); /* a failed call leaves its output untouched */
    }
    return 0;
}
