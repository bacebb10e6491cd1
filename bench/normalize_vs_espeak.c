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

static int compare_strings(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    gboolean verbose = FALSE;
    const char *dir_arg = NULL;
    char *dir;
    GDir *d;
    const char *name;
    GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
    GHashTable *tallies = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    GPtrArray *cats = g_ptr_array_new();
    GHashTableIter it;
    gpointer key, value;
    tally all = {0};
    char *empty = g_dir_make_tmp("docbao-empty-XXXXXX", NULL);

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--verbose") == 0) {
            verbose = TRUE;
        } else {
            dir_arg = argv[i];
        }
    }
    dir = dir_arg != NULL ? g_strdup(dir_arg)
                          : g_build_filename(g_getenv("DOCBAO_SOURCE_DIR") != NULL
                                                 ? g_getenv("DOCBAO_SOURCE_DIR")
                                                 : DOCBAO_SOURCE_DIR,
                                             "tests", "golden", "normalize", NULL);
    d = g_dir_open(dir, 0, NULL);
    if (d == NULL) {
        fprintf(stderr, "normalize_vs_espeak: cannot open %s\n", dir);
        return 1;
    }
    while ((name = g_dir_read_name(d)) != NULL) {
        if (g_str_has_suffix(name, ".tsv")) {
            g_ptr_array_add(files, g_strdup(name));
        }
    }
    g_dir_close(d);
    g_ptr_array_sort(files, compare_strings);
    if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, 0) <= 0 ||
        espeak_SetVoiceByName("vi") != EE_OK) {
        fprintf(stderr, "normalize_vs_espeak: espeak-ng is not available\n");
        return 1;
    }

    for (guint f = 0; f < files->len; f++) {
        const char *file = g_ptr_array_index(files, f);
        gboolean south = g_str_has_prefix(file, "south");
        char *path = g_build_filename(dir, file, NULL);
        char *data = NULL;
        char **lines;
        docbao_normalize_options opts = {0};
        docbao_normalizer *n;
        opts.dialect = south ? DOCBAO_DIALECT_SOUTH : DOCBAO_DIALECT_NORTH;
        opts.user_lexicon_dir = empty;
        n = docbao_normalizer_new(&opts, NULL);
        if (n == NULL || !g_file_get_contents(path, &data, NULL, NULL)) {
            fprintf(stderr, "normalize_vs_espeak: cannot read %s\n", path);
            return 1;
        }
        lines = g_strsplit(data, "\n", -1);
        for (char **l = lines; *l != NULL; l++) {
            char **cols;
            char *cat;
            tally *t;
            docbao_spoken *s = NULL;
            char *p_exp, *p_raw, *p_doc;
            if (**l == '#' || **l == '\0') {
                continue;
            }
            cols = g_strsplit(*l, "\t", -1);
            if (g_strv_length(cols) != 3) {
                g_strfreev(cols);
                continue;
            }
            cat = south ? g_strconcat(cols[0], " (south)", NULL) : g_strdup(cols[0]);
            t = g_hash_table_lookup(tallies, cat);
            if (t == NULL) {
                t = g_new0(tally, 1);
                g_hash_table_insert(tallies, g_strdup(cat), t);
            }
            docbao_normalizer_reset(n);
            docbao_normalize(n, cols[1], (size_t)-1, &s, NULL);
            p_exp = phonemes(cols[2]);
            p_raw = phonemes(cols[1]);
            p_doc = phonemes(s != NULL ? docbao_spoken_text(s) : "");
            t->total++;
            all.total++;
            if (strcmp(p_raw, p_exp) == 0) {
                t->raw_ok++;
                all.raw_ok++;
            }
            if (strcmp(p_doc, p_exp) == 0) {
                t->doc_ok++;
                all.doc_ok++;
            }
            if (verbose) {
                printf("%s\t%s\traw:%s\tdocbao:%s\t%s\n", cat, cols[1],
                       strcmp(p_raw, p_exp) == 0 ? "ok" : "WRONG",
                       strcmp(p_doc, p_exp) == 0 ? "ok" : "WRONG", cols[2]);
            }
            g_free(p_exp);
            g_free(p_raw);
            g_free(p_doc);
            docbao_spoken_free(s);
            g_free(cat);
            g_strfreev(cols);
        }
        g_strfreev(lines);
        g_free(data);
        g_free(path);
        docbao_normalizer_free(n);
    }
    espeak_Terminate();

    g_hash_table_iter_init(&it, tallies);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        g_ptr_array_add(cats, key);
    }
    g_ptr_array_sort(cats, compare_strings);
    printf("| category | cases | plain espeak-ng | docbao + espeak-ng |\n");
    printf("|---|---:|---:|---:|\n");
    for (guint i = 0; i < cats->len; i++) {
        const tally *t = g_hash_table_lookup(tallies, g_ptr_array_index(cats, i));
        printf("| %s | %u | %u (%.0f%%) | %u (%.0f%%) |\n", (const char *)g_ptr_array_index(cats, i),
               t->total, t->raw_ok, 100.0 * t->raw_ok / t->total, t->doc_ok,
               100.0 * t->doc_ok / t->total);
    }
    printf("| **all** | %u | %u (%.1f%%) | %u (%.1f%%) |\n", all.total, all.raw_ok,
           100.0 * all.raw_ok / all.total, all.doc_ok, 100.0 * all.doc_ok / all.total);
    g_rmdir(empty);
    g_free(empty);
    g_free(dir);
    g_ptr_array_unref(cats);
    g_hash_table_unref(tallies);
    g_ptr_array_unref(files);
    return 0;
}
