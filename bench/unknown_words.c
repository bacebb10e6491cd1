/*
 * Finds what the normalizer leaves for the voice to guess: every word it passes through
 * unchanged that is not a Vietnamese syllable, in real pages or text. Such a word is either
 * spoken by espeak-ng's Vietnamese voice letter by letter (an acronym, a foreign name), or
 * handed to the English voice (marked "en"); both are worth a look, and the common ones belong
 * in a lexicon (the .tsv files of voices/lexicon) or a rule.
 *
 * Usage: unknown_words [--top N] [--all] FILE...   (HTML pages or plain text; "-" is stdin)
 * Prints "COUNT<TAB>LANGUAGE<TAB>WORD<TAB>EXAMPLE" lines, commonest first, then a summary.
 * --all also lists words that are Vietnamese syllables in capitals (HÀ NỘI) or acronyms.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "docbao/docbao.h"
#include "text/vi_syllable.h"

typedef struct {
    unsigned count;
    const char *language;
    char *example;
} finding;

typedef struct {
    docbao_normalizer *n;
    GHashTable *found; /* word -> finding */
    unsigned words;    /* words read */
    unsigned passed;   /* words passed through unchanged and not syllables */
} scan;

static void finding_free(gpointer p)
{
    finding *f = p;
    g_free(f->example);
    g_free(f);
}

/* Does the span's spoken text say exactly its source (a word the normalizer did not change)? */
static gboolean unchanged(const char *src, const docbao_span *sp, const char *spoken)
{
    return sp->source_len == sp->spoken_len &&
           memcmp(src + sp->source_start, spoken + sp->spoken_start, sp->spoken_len) == 0;
}

static gboolean has_letter(const char *s, size_t n)
{
    for (const char *p = s; p < s + n; p = g_utf8_next_char(p)) {
        if (g_unichar_isalpha(g_utf8_get_char(p))) {
            return TRUE;
        }
    }
    return FALSE;
}

static const char *language_at(const docbao_spoken *s, size_t offset)
{
    const docbao_spoken_run *runs = docbao_spoken_runs(s);
    for (size_t i = 0; i < docbao_spoken_n_runs(s); i++) {
        if (offset >= runs[i].spoken_start && offset < runs[i].spoken_start + runs[i].spoken_len) {
            return runs[i].language;
        }
    }
    return docbao_spoken_language(s);
}

static void scan_sentence(scan *sc, const char *text, size_t len, gboolean all)
{
    docbao_spoken *s = NULL;
    const docbao_span *spans;
    if (docbao_normalize(sc->n, text, len, &s, NULL) != DOCBAO_OK) {
        return;
    }
    spans = docbao_spoken_spans(s);
    for (size_t i = 0; i < docbao_spoken_n_spans(s); i++) {
        const docbao_span *sp = &spans[i];
        const char *w = text + sp->source_start;
        finding *f;
        char *key;
        if (!has_letter(w, sp->source_len)) {
            continue;
        }
        sc->words++;
        if (!unchanged(text, sp, docbao_spoken_text(s))) {
            continue;
        }
        if (vi_syllable_is_valid(w, (gssize)sp->source_len)) {
            gboolean caps = TRUE;
            for (const char *p = w; p < w + sp->source_len; p = g_utf8_next_char(p)) {
                gunichar ch = g_utf8_get_char(p);
                caps = caps && (!g_unichar_isalpha(ch) || g_unichar_isupper(ch));
            }
            if (!all || !caps || sp->source_len < 2) {
                continue;
            }
        }
        sc->passed++;
        key = g_strndup(w, sp->source_len);
        f = g_hash_table_lookup(sc->found, key);
        if (f == NULL) {
            size_t from = sp->source_start > 40 ? sp->source_start - 40 : 0;
            size_t to = MIN(len, sp->source_start + sp->source_len + 40);
            f = g_new0(finding, 1);
            f->language = language_at(s, sp->spoken_start);
            /* whole characters around the word */
            while (from > 0 && (text[from] & 0xC0) == 0x80) {
                from--;
            }
            while (to < len && (text[to] & 0xC0) == 0x80) {
                to++;
            }
            f->example = g_strndup(text + from, to - from);
            for (char *p = f->example; *p != '\0'; p++) {
                if (*p == '\t' || *p == '\n') {
                    *p = ' ';
                }
            }
            g_hash_table_insert(sc->found, key, f);
        } else {
            g_free(key);
        }
        f->count++;
    }
    docbao_spoken_free(s);
}

static void scan_text(scan *sc, const char *text, gboolean all)
{
    size_t(*bounds)[2];
    size_t n = docbao_sentences_split_all(text, strlen(text), &bounds);
    for (size_t i = 0; i < n; i++) {
        scan_sentence(sc, text + bounds[i][0], bounds[i][1] - bounds[i][0], all);
    }
    docbao_free(bounds);
}

static int by_count(gconstpointer a, gconstpointer b, gpointer data)
{
    GHashTable *found = data;
    const finding *fa = g_hash_table_lookup(found, *(char *const *)a);
    const finding *fb = g_hash_table_lookup(found, *(char *const *)b);
    if (fa->count != fb->count) {
        return fa->count > fb->count ? -1 : 1;
    }
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
    scan sc = {0};
    unsigned top = 0;
    gboolean all = FALSE;
    unsigned files = 0;
    char *empty = g_dir_make_tmp("docbao-empty-XXXXXX", NULL);
    docbao_normalize_options o = {0};
    GPtrArray *keys;
    GHashTableIter it;
    gpointer k, v;
    o.user_lexicon_dir = empty;
    sc.n = docbao_normalizer_new(&o, NULL);
    sc.found = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, finding_free);
    for (int i = 1; i < argc; i++) {
        docbao_article *a = NULL;
        docbao_error err = {0};
        if (strcmp(argv[i], "--top") == 0 && i + 1 < argc) {
            top = (unsigned)atoi(argv[++i]);
            continue;
        }
        if (strcmp(argv[i], "--all") == 0) {
            all = TRUE;
            continue;
        }
        if (docbao_article_load(argv[i], NULL, &a, &err) != DOCBAO_OK) {
            fprintf(stderr, "unknown_words: %s: %s\n", argv[i], err.message);
            continue;
        }
        if (strcmp(docbao_article_language(a), "vi") != 0) {
            docbao_article_free(a); /* a page in another language is not this report's */
            continue;
        }
        files++;
        docbao_normalizer_reset(sc.n);
        scan_text(&sc, docbao_article_title(a), all);
        if (docbao_article_lead(a) != NULL) {
            scan_text(&sc, docbao_article_lead(a), all);
        }
        for (size_t b = 0; b < docbao_article_n_blocks(a); b++) {
            /* English blocks are read by the English rules and voice: not this report's. */
            const char *lang = docbao_article_block_language(a, b);
            if (lang == NULL || strcmp(lang, "vi") == 0) {
                scan_text(&sc, docbao_article_block_text(a, b), all);
            }
        }
        docbao_article_free(a);
    }
    keys = g_ptr_array_new();
    g_hash_table_iter_init(&it, sc.found);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        g_ptr_array_add(keys, k);
    }
    g_ptr_array_sort_with_data(keys, by_count, sc.found);
    for (guint i = 0; i < keys->len && (top == 0 || i < top); i++) {
        const finding *f = g_hash_table_lookup(sc.found, g_ptr_array_index(keys, i));
        printf("%u\t%s\t%s\t%s\n", f->count, f->language, (const char *)g_ptr_array_index(keys, i),
               f->example);
    }
    fprintf(stderr, "unknown_words: %u files, %u words, %u passed through unchanged (%u distinct)\n",
            files, sc.words, sc.passed, keys->len);
    g_ptr_array_unref(keys);
    g_hash_table_unref(sc.found);
    docbao_normalizer_free(sc.n);
    g_rmdir(empty);
    g_free(empty);
    return 0;
}
