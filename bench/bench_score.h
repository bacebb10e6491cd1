/*
 * Scoring for the extraction benchmark: the shingle method of Zyte's article-extraction
 * benchmark (evaluate.py), re-implemented in C as /work/shared/corpus/README.md states it.
 */
#ifndef DOCBAO_BENCH_SCORE_H
#define DOCBAO_BENCH_SCORE_H

#include <glib.h>

/*
 * The tokens of a text: every run of \w characters, as Python 3's re module reads \w on str
 * patterns (Unicode letters L*, numbers N* and the underscore; combining marks are not word
 * characters there), after NFC normalization. Returns a NULL-terminated vector (g_strfreev).
 */
char **bench_tokenize(const char *text);

/* True positives, false positives and false negatives of one page, normalized to sum to 1. */
typedef struct {
    double tp, fp, fn;
} bench_counts;

/* Compares two texts by their multisets of 4-token shingles. NULL reads as "". */
bench_counts bench_shingle_match(const char *truth, const char *predicted);

/* Per-page precision and recall with evaluate.py's conventions for empty pages. */
double bench_precision(bench_counts c);
double bench_recall(bench_counts c);

/* Do the two texts have exactly the same token lists? */
gboolean bench_same_tokens(const char *truth, const char *predicted);

/* Accumulates pages and reports corpus P, R, F1 and accuracy as the benchmark does. */
typedef struct {
    double p_sum, r_sum, acc_sum;
    unsigned p_n, r_n, pages;
} bench_corpus;

void bench_corpus_add(bench_corpus *c, bench_counts counts, gboolean exact);
double bench_corpus_precision(const bench_corpus *c);
double bench_corpus_recall(const bench_corpus *c);
double bench_corpus_f1(const bench_corpus *c);
double bench_corpus_accuracy(const bench_corpus *c);

#endif
