/* The shingle scorer of Zyte's article-extraction benchmark. See bench_score.h. */
#include <string.h>

#include "bench_score.h"

#define SHINGLE_N 4

/* Python's str \w: alphanumeric (categories L* and N*) or '_'. */
static gboolean is_word_char(gunichar c)
{
    switch (g_unichar_type(c)) {
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
        return TRUE;
    default:
        return c == '_';
    }
}

char **bench_tokenize(const char *text)
{
    GPtrArray *tokens = g_ptr_array_new();
    char *nfc = g_utf8_normalize(text != NULL ? text : "", -1, G_NORMALIZE_NFC);
    const char *start = NULL;
    if (nfc == NULL) {
        /* Invalid UTF-8 never comes from the extractor; score it as empty. */
        nfc = g_strdup("");
    }
    for (const char *p = nfc;; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        gboolean word = c != 0 && is_word_char(c);
        if (word && start == NULL) {
            start = p;
        } else if (!word && start != NULL) {
            g_ptr_array_add(tokens, g_strndup(start, (gsize)(p - start)));
            start = NULL;
        }
        if (c == 0) {
            break;
        }
    }
    g_free(nfc);
    g_ptr_array_add(tokens, NULL);
    return (char **)g_ptr_array_free(tokens, FALSE);
}

/* Counts the shingles of a token list; keys are the tokens joined by U+001F. */
static GHashTable *shingles(char **tokens)
{
    GHashTable *counts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    guint n = g_strv_length(tokens);
    guint runs = n >= SHINGLE_N ? n - SHINGLE_N + 1 : (n > 0 ? 1 : 0);
    for (guint i = 0; i < runs; i++) {
        GString *key = g_string_new(NULL);
        for (guint k = i; k < i + SHINGLE_N && k < n; k++) {
            if (k > i) {
                g_string_append_c(key, '\x1f');
            }
            g_string_append(key, tokens[k]);
        }
        {
            gpointer old = g_hash_table_lookup(counts, key->str);
            g_hash_table_replace(counts, g_string_free(key, FALSE),
                                 GUINT_TO_POINTER(GPOINTER_TO_UINT(old) + 1));
        }
    }
    return counts;
}

bench_counts bench_shingle_match(const char *truth, const char *predicted)
{
    char **tt = bench_tokenize(truth);
    char **pt = bench_tokenize(predicted);
    GHashTable *ts = shingles(tt);
    GHashTable *ps = shingles(pt);
    GHashTableIter it;
    gpointer key, value;
    bench_counts c = {0, 0, 0};
    double sum;

    g_hash_table_iter_init(&it, ts);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        double t = GPOINTER_TO_UINT(value);
        double p = GPOINTER_TO_UINT(g_hash_table_lookup(ps, key));
        c.tp += MIN(t, p);
        c.fn += MAX(0, t - p);
        c.fp += MAX(0, p - t);
    }
    g_hash_table_iter_init(&it, ps);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        if (!g_hash_table_contains(ts, key)) {
            c.fp += GPOINTER_TO_UINT(value);
        }
    }
    sum = c.tp + c.fp + c.fn;
    if (sum > 0) {
        c.tp /= sum;
        c.fp /= sum;
        c.fn /= sum;
    }
    g_hash_table_destroy(ts);
    g_hash_table_destroy(ps);
    g_strfreev(tt);
    g_strfreev(pt);
    return c;
}

double bench_precision(bench_counts c)
{
    if (c.fp == 0 && c.fn == 0) {
        return 1.0;
    }
    if (c.tp == 0 && c.fp == 0) {
        return 0.0;
    }
    return c.tp / (c.tp + c.fp);
}

double bench_recall(bench_counts c)
{
    if (c.fp == 0 && c.fn == 0) {
        return 1.0;
    }
    if (c.tp == 0 && c.fn == 0) {
        return 0.0;
    }
    return c.tp / (c.tp + c.fn);
}

gboolean bench_same_tokens(const char *truth, const char *predicted)
{
    char **a = bench_tokenize(truth);
    char **b = bench_tokenize(predicted);
    gboolean same = g_strv_equal((const char *const *)a, (const char *const *)b);
    g_strfreev(a);
    g_strfreev(b);
    return same;
}

void bench_corpus_add(bench_corpus *c, bench_counts counts, gboolean exact)
{
    if (counts.tp + counts.fp > 0) {
        c->p_sum += bench_precision(counts);
        c->p_n++;
    }
    if (counts.tp + counts.fn > 0) {
        c->r_sum += bench_recall(counts);
        c->r_n++;
    }
    c->acc_sum += exact ? 1.0 : 0.0;
    c->pages++;
}

double bench_corpus_precision(const bench_corpus *c)
{
    return c->p_n > 0 ? c->p_sum / c->p_n : 0.0;
}

double bench_corpus_recall(const bench_corpus *c)
{
    return c->r_n > 0 ? c->r_sum / c->r_n : 0.0;
}

double bench_corpus_f1(const bench_corpus *c)
{
    double p = bench_corpus_precision(c);
    double r = bench_corpus_recall(c);
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

double bench_corpus_accuracy(const bench_corpus *c)
{
    return c->pages > 0 ? c->acc_sum / c->pages : 0.0;
}
