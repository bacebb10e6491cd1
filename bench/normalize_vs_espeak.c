/*
 * What a listener hears, with and without docbao's normalizer: for every golden case of
 * tests/golden/normalize, espeak-ng's phonemes (the mnemonics `espeak-ng -x` prints) for
 *   (a) the raw input, as plain espeak-ng would read it,
 *   (b) docbao's normalized text,
 * are compared with the phonemes of the expected spoken text. A case counts as right when the
 * phonemes are identical. Pauses are not compared: punctuation that ends a clause (",", ".",
 * ";", ":", "!", "?" before a space or the end, quotes and brackets) is removed from all three
 * texts first, because espeak-ng marks the last syllable of a clause differently; a "." or ","
 * inside a number (1.000, 74,2) is kept. All cases use the voice "vi", southern ones (files
 * named south*) too: what is compared is which words are heard, and the southern voice says its
 * own number readings with other phonemes than the same words written out.
 *
 * Usage: normalize_vs_espeak [--verbose] [GOLDEN_DIR]
 * Prints a per-category table (Markdown) on standard output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <espeak-ng/speak_lib.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "docbao/docbao.h"
#include "golden_normalize.h"

typedef struct {
    unsigned total;
    unsigned raw_ok;
    unsigned doc_ok;
} tally;

static gboolean is_clause_mark(const char *p)
{
    return *p == ',' || *p == '.' || *p == ';' || *p == ':' || *p == '!' || *p == '?';
}

/* The text without what marks clauses, so that only words are compared. */
static char *strip_pauses(const char *s)
{
    GString *out = g_string_new(NULL);
    const char *p = s;
    while (*p != '\0') {
        gunichar c = g_utf8_get_char(p);
        const char *next = g_utf8_next_char(p);
        gboolean drop = FALSE;
        if (is_clause_mark(p) && (*next == '\0' || *next == ' ' || is_clause_mark(next))) {
            drop = TRUE;
        }
        if (c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == 0x201C ||
            c == 0x201D || c == 0x2026 || c == 0xAB || c == 0xBB) {
            drop = TRUE;
        }
        if (drop) {
            g_string_append_c(out, ' ');
        } else {
            g_string_append_len(out, p, next - p);
        }
        p = next;
    }
    return g_string_free(out, FALSE);
}

/* espeak-ng's phonemes for text, without separators, pause marks or stress marks. */
static char *phonemes(const char *text)
{
    char *clean = strip_pauses(text);
    GString *out = g_string_new(NULL);
    const void *p = clean;
    while (p != NULL) {
        const char *ph = espeak_TextToPhonemes(&p, espeakCHARS_UTF8, 0);
        for (const char *q = ph; q != NULL && *q != '\0'; q++) {
            if (*q != ' ' && *q != '_' && *q != '|' && *q != '\'' && *q != ',' && *q != '\n') {
                g_string_append_c(out, *q);
            }
        }
    }
    g_free(clean);
    return g_string_free(out, FALSE);
}

typedef struct {
    docbao_normalizer *normalizer[2]; /* by dialect */
    GHashTable *tallies;              /* category -> tally */
    tally all;
    gboolean verbose;
} comparison;

static gboolean compare_case(const golden_case *gc, void *data)
{
    comparison *cmp = data;
    docbao_normalizer *n = cmp->normalizer[gc->dialect];
    tally *t = g_hash_table_lookup(cmp->tallies, gc->category);
    docbao_spoken *s = NULL;
    char *p_exp, *p_raw, *p_doc;
    gboolean raw_ok, doc_ok;
    if (t == NULL) {
        t = g_new0(tally, 1);
        g_hash_table_insert(cmp->tallies, g_strdup(gc->category), t);
    }
    docbao_normalizer_reset(n);
    docbao_normalize(n, gc->input, (size_t)-1, &s, NULL);
    p_exp = phonemes(gc->expected);
    p_raw = phonemes(gc->input);
    p_doc = phonemes(s != NULL ? docbao_spoken_text(s) : "");
    raw_ok = strcmp(p_raw, p_exp) == 0;
    doc_ok = strcmp(p_doc, p_exp) == 0;
    t->total++;
    t->raw_ok += raw_ok;
    t->doc_ok += doc_ok;
    cmp->all.total++;
    cmp->all.raw_ok += raw_ok;
    cmp->all.doc_ok += doc_ok;
    if (cmp->verbose) {
        printf("%s\t%s\traw:%s\tdocbao:%s\t%s\n", gc->category, gc->input,
               raw_ok ? "ok" : "WRONG", doc_ok ? "ok" : "WRONG", gc->expected);
    }
    g_free(p_exp);
    g_free(p_raw);
    g_free(p_doc);
    docbao_spoken_free(s);
    return TRUE;
}

static int compare_strings(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    const char *dir_arg = NULL;
    char *dir;
    char *bad = NULL;
    GPtrArray *cats = g_ptr_array_new();
    GHashTableIter it;
    gpointer key, value;
    comparison cmp = {0};
    char *empty = g_dir_make_tmp("docbao-empty-XXXXXX", NULL);
    docbao_normalize_options opts = {0};

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--verbose") == 0) {
            cmp.verbose = TRUE;
        } else {
            dir_arg = argv[i];
        }
    }
    dir = dir_arg != NULL ? g_strdup(dir_arg)
                          : g_build_filename(g_getenv("DOCBAO_SOURCE_DIR") != NULL
                                                 ? g_getenv("DOCBAO_SOURCE_DIR")
                                                 : DOCBAO_SOURCE_DIR,
                                             "tests", "golden", "normalize", NULL);
    if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, 0) <= 0 ||
        espeak_SetVoiceByName("vi") != EE_OK) {
        fprintf(stderr, "normalize_vs_espeak: espeak-ng is not available\n");
        return 1;
    }
    opts.user_lexicon_dir = empty;
    opts.dialect = DOCBAO_DIALECT_NORTH;
    cmp.normalizer[DOCBAO_DIALECT_NORTH] = docbao_normalizer_new(&opts, NULL);
    opts.dialect = DOCBAO_DIALECT_SOUTH;
    cmp.normalizer[DOCBAO_DIALECT_SOUTH] = docbao_normalizer_new(&opts, NULL);
    cmp.tallies = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    if (golden_foreach(dir, compare_case, &cmp, &bad) < 0) {
        fprintf(stderr, "normalize_vs_espeak: cannot read the golden cases: %s\n", bad);
        return 1;
    }
    espeak_Terminate();

    g_hash_table_iter_init(&it, cmp.tallies);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        g_ptr_array_add(cats, key);
    }
    g_ptr_array_sort(cats, compare_strings);
    printf("| category | cases | plain espeak-ng | docbao + espeak-ng |\n");
    printf("|---|---:|---:|---:|\n");
    for (guint i = 0; i < cats->len; i++) {
        const tally *t = g_hash_table_lookup(cmp.tallies, g_ptr_array_index(cats, i));
        printf("| %s | %u | %u (%.0f%%) | %u (%.0f%%) |\n",
               (const char *)g_ptr_array_index(cats, i), t->total, t->raw_ok, 100.0 * t->raw_ok / t->total, t->doc_ok,
               100.0 * t->doc_ok / t->total);
    }
    printf("| **all** | %u | %u (%.1f%%) | %u (%.1f%%) |\n", cmp.all.total, cmp.all.raw_ok,
           100.0 * cmp.all.raw_ok / cmp.all.total, cmp.all.doc_ok,
           100.0 * cmp.all.doc_ok / cmp.all.total);
    docbao_normalizer_free(cmp.normalizer[0]);
    docbao_normalizer_free(cmp.normalizer[1]);
    g_rmdir(empty);
    g_free(empty);
    g_free(dir);
    g_ptr_array_unref(cats);
    g_hash_table_unref(cmp.tallies);
    return 0;
}
