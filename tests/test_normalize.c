/*
 * The normalizer: golden cases (the .tsv files of tests/golden/normalize), spans, the number
 * reader against an independent formulation, lexicons from the user's directory, definitions
 * an article gives, and inputs built to be slow or large.
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "docbao/docbao.h"
#include "golden_normalize.h"
#include "test_util.h"
#include "normalize/vi_lexicon.h"
#include "normalize/vi_numbers.h"

/* A directory with no lexicons, so that the user's own files never change the results. */
static char *empty_dir;

static docbao_normalizer *new_normalizer(docbao_dialect dialect, const char *lexicon_dir)
{
    docbao_normalize_options opts = {0};
    docbao_error err = {0};
    docbao_normalizer *n;
    opts.dialect = dialect;
    opts.user_lexicon_dir = lexicon_dir != NULL ? lexicon_dir : empty_dir;
    n = docbao_normalizer_new(&opts, &err);
    if (n == NULL) {
        g_error("cannot create a normalizer: %s", err.message);
    }
    return n;
}

/* Checks what every caller relies on: spans in order, inside both texts, covering the words. */
static void check_spans(const char *input, size_t len, const docbao_spoken *s)
{
    const docbao_span *sp = docbao_spoken_spans(s);
    size_t n = docbao_spoken_n_spans(s);
    size_t text_len = docbao_spoken_len(s);
    const char *text = docbao_spoken_text(s);
    size_t covered = 0;
    (void)input;
    g_assert_true(g_utf8_validate(text, (gssize)text_len, NULL));
    for (size_t i = 0; i < n; i++) {
        g_assert_cmpuint(sp[i].spoken_len, >, 0);
        g_assert_cmpuint(sp[i].spoken_start + sp[i].spoken_len, <=, text_len);
        g_assert_cmpuint(sp[i].source_start + sp[i].source_len, <=, len);
        if (i > 0) {
            g_assert_cmpuint(sp[i].spoken_start, >=, sp[i - 1].spoken_start + sp[i - 1].spoken_len);
            g_assert_cmpuint(sp[i].source_start, >=, sp[i - 1].source_start);
        }
        /* Only single spaces separate spans. */
        for (size_t k = covered; k < sp[i].spoken_start; k++) {
            g_assert_cmpint(text[k], ==, ' ');
        }
        g_assert_cmpuint(sp[i].spoken_start - covered, <=, 1);
        covered = sp[i].spoken_start + sp[i].spoken_len;
    }
    g_assert_cmpuint(covered, ==, text_len);
}

/* Runs are in order, cover every word (only single spaces between them), and each has a
 * language. */
static void check_runs(const docbao_spoken *s)
{
    const docbao_spoken_run *r = docbao_spoken_runs(s);
    size_t n = docbao_spoken_n_runs(s);
    size_t at = 0;
    const char *text = docbao_spoken_text(s);
    for (size_t i = 0; i < n; i++) {
        g_assert_nonnull(r[i].language);
        g_assert_cmpuint(r[i].spoken_len, >, 0);
        g_assert_cmpuint(r[i].spoken_start, >=, at);
        g_assert_cmpuint(r[i].spoken_start - at, <=, 1);
        if (r[i].spoken_start > at) {
            g_assert_cmpint(text[at], ==, ' ');
        }
        if (i > 0) {
            g_assert_true(r[i].language != r[i - 1].language);
        }
        at = r[i].spoken_start + r[i].spoken_len;
    }
    g_assert_cmpuint(at, ==, docbao_spoken_len(s));
}

/* The spoken text with its English runs between open and close ("<" and ">"). */
static char *marked_text(const docbao_spoken *s, const char *open, const char *close)
{
    GString *m = g_string_new(NULL);
    const char *text = docbao_spoken_text(s);
    const docbao_spoken_run *r = docbao_spoken_runs(s);
    size_t at = 0;
    for (size_t k = 0; k < docbao_spoken_n_runs(s); k++) {
        gboolean en = strcmp(r[k].language, "en") == 0;
        g_string_append_len(m, text + at, (gssize)(r[k].spoken_start - at));
        g_string_append(m, en ? open : "");
        g_string_append_len(m, text + r[k].spoken_start, (gssize)r[k].spoken_len);
        g_string_append(m, en ? close : "");
        at = r[k].spoken_start + r[k].spoken_len;
    }
    g_string_append(m, text + at);
    return g_string_free(m, FALSE);
}

/* The spoken form of input, with its English runs between <en> and </en> when marked. */
static char *normalize_marked(docbao_normalizer *n, const char *language, const char *input,
                              gboolean marked)
{
    docbao_spoken *s = NULL;
    docbao_error err = {0};
    char *out;
    g_assert_cmpint(docbao_normalize_as(n, language, input, (size_t)-1, &s, &err), ==,
                    DOCBAO_OK);
    check_spans(input, strlen(input), s);
    check_runs(s);
    out = marked ? marked_text(s, "<en>", "</en>") : g_strdup(docbao_spoken_text(s));
    docbao_spoken_free(s);
    return out;
}

static char *normalize_lang(docbao_normalizer *n, const char *language, const char *input)
{
    return normalize_marked(n, language, input, FALSE);
}

static char *normalize_str(docbao_normalizer *n, const char *input)
{
    return normalize_lang(n, NULL, input);
}

/* ---------------------------------------------------------------------------------------- */
/* Golden cases                                                                              */

typedef struct {
    unsigned pass;
    unsigned total;
} tally;

typedef struct {
    docbao_normalizer *normalizer[2]; /* by dialect */
    GHashTable *tallies;              /* category -> tally */
    GString *failures;
} golden_run;

static gboolean check_case(const golden_case *gc, void *data)
{
    golden_run *run = data;
    docbao_normalizer *n = run->normalizer[gc->dialect];
    tally *t = g_hash_table_lookup(run->tallies, gc->category);
    char *got;
    if (t == NULL) {
        t = g_new0(tally, 1);
        g_hash_table_insert(run->tallies, g_strdup(gc->category), t);
    }
    docbao_normalizer_reset(n);
    /* Vietnamese text is compared with its English runs marked (<en>...</en>): which voice
     * says a word is part of the reading. English files (said by the English voice
     * throughout) are compared as text. */
    got = normalize_marked(n, gc->language, gc->input,
                           strcmp(gc->language, "vi") == 0 || strstr(gc->expected, "<en>") != NULL);
    t->total++;
    if (strcmp(got, gc->expected) == 0) {
        t->pass++;
    } else {
        g_string_append_printf(run->failures,
                               "%s:%u [%s]\n  input:    %s\n  expected: %s\n  got:      %s\n",
                               gc->file, gc->line, gc->category, gc->input, gc->expected, got);
    }
    g_free(got);
    return TRUE;
}

static int compare_strings(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_golden(void)
{
    char *dir = test_source_path("tests/golden/normalize");
    golden_run run;
    GPtrArray *cats = g_ptr_array_new();
    GHashTableIter it;
    gpointer key, value;
    unsigned n_pass = 0;
    char *bad = NULL;
    int n_cases;
    run.normalizer[DOCBAO_DIALECT_NORTH] = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    run.normalizer[DOCBAO_DIALECT_SOUTH] = new_normalizer(DOCBAO_DIALECT_SOUTH, NULL);
    run.tallies = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    run.failures = g_string_new(NULL);
    n_cases = golden_foreach(dir, check_case, &run, &bad);
    if (n_cases < 0) {
        g_error("cannot read the golden cases: %s", bad);
    }
    /* Per-category results, in name order. */
    g_hash_table_iter_init(&it, run.tallies);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        g_ptr_array_add(cats, key);
    }
    g_ptr_array_sort(cats, compare_strings);
    for (guint i = 0; i < cats->len; i++) {
        const tally *t = g_hash_table_lookup(run.tallies, g_ptr_array_index(cats, i));
        g_test_message("%-24s %3u/%3u", (const char *)g_ptr_array_index(cats, i), t->pass,
                       t->total);
        n_pass += t->pass;
    }
    g_test_message("%-24s %3u/%3d", "all", n_pass, n_cases);
    if (run.failures->len > 0) {
        fputs(run.failures->str, stderr); /* raw UTF-8, whatever the locale */
    }
    g_assert_cmpint(n_cases, >=, 400);
    g_assert_cmpuint(n_pass, ==, (unsigned)n_cases);
    g_ptr_array_unref(cats);
    g_string_free(run.failures, TRUE);
    g_hash_table_unref(run.tallies);
    docbao_normalizer_free(run.normalizer[0]);
    docbao_normalizer_free(run.normalizer[1]);
    g_free(dir);
}

/* ---------------------------------------------------------------------------------------- */
/* The number reader against a second formulation                                           */

static const char *const digit_name[10] = {"không", "một", "hai", "ba",  "bốn",
                                           "năm",   "sáu", "bảy", "tám", "chín"};

static void add(GString *o, const char *w)
{
    if (o->len > 0) {
        g_string_append_c(o, ' ');
    }
    g_string_append(o, w);
}

/* Below a thousand, by value. pad: something was said before, so hundreds are always said and
 * a lone unit takes "linh". */
static void below_thousand(GString *o, unsigned n, gboolean pad, gboolean south)
{
    unsigned h = n / 100, r = n % 100, t = r / 10, u = r % 10;
    if (pad || h > 0) {
        add(o, digit_name[h]);
        add(o, "trăm");
    }
    if (r == 0) {
        return;
    }
    if (r < 10) {
        if (pad || h > 0) {
            add(o, south ? "lẻ" : "linh");
        }
        add(o, digit_name[r]);
        return;
    }
    add(o, t == 1 ? "mười" : digit_name[t]);
    if (t > 1) {
        add(o, "mươi");
    }
    if (u == 5) {
        add(o, "lăm");
    } else if (u == 1 && t > 1) {
        add(o, "mốt");
    } else if (u == 4 && t > 1) {
        add(o, south ? "bốn" : "tư");
    } else if (u > 0) {
        add(o, digit_name[u]);
    }
}

/* Any positive number, recursively by powers of ten. */
static void say_value(GString *o, guint64 n, gboolean pad, gboolean south)
{
    static const struct {
        guint64 scale;
        const char *north, *south;
    } scales[] = {
        {G_GUINT64_CONSTANT(1000000000), "tỷ", "tỷ"},
        {1000000, "triệu", "triệu"},
        {1000, "nghìn", "ngàn"},
    };
    for (size_t k = 0; k < G_N_ELEMENTS(scales); k++) {
        if (n >= scales[k].scale) {
            guint64 hi = n / scales[k].scale;
            guint64 lo = n % scales[k].scale;
            say_value(o, hi, pad, south);
            add(o, south ? scales[k].south : scales[k].north);
            if (lo > 0) {
                say_value(o, lo, TRUE, south);
            }
            return;
        }
    }
    below_thousand(o, (unsigned)n, pad, south);
}

static void test_numbers_independent(void)
{
    GRand *rand = g_rand_new_with_seed(20240128);
    GString *mine = g_string_new(NULL);
    GString *other = g_string_new(NULL);
    for (int dialect = 0; dialect < 2; dialect++) {
        gboolean south = dialect == DOCBAO_DIALECT_SOUTH;
        for (int i = 0; i < 20000; i++) {
            /* Up to 10^12, with many zeros in half the cases (the hard part). */
            int digits = g_rand_int_range(rand, 1, 14);
            gboolean zeros = g_rand_boolean(rand);
            guint64 v = 0;
            char buf[32];
            for (int d = 0; d < digits; d++) {
                int x = (zeros && g_rand_boolean(rand)) ? 0 : g_rand_int_range(rand, 0, 10);
                v = v * 10 + (guint64)x;
            }
            if (v > G_GUINT64_CONSTANT(1000000000000)) {
                v = G_GUINT64_CONSTANT(1000000000000);
            }
            g_string_truncate(mine, 0);
            g_string_truncate(other, 0);
            g_snprintf(buf, sizeof buf, "%" G_GUINT64_FORMAT, v);
            vi_num_cardinal(mine, buf, strlen(buf), (docbao_dialect)dialect);
            if (v == 0) {
                add(other, "không");
            } else {
                say_value(other, v, FALSE, south);
            }
            if (strcmp(mine->str, other->str) != 0) {
                g_error("%s: \"%s\" but the second reader says \"%s\"", buf, mine->str,
                        other->str);
            }
        }
    }
    /* A few by hand, and the grouped form through the whole normalizer. */
    g_string_truncate(mine, 0);
    vi_num_cardinal(mine, "1000000000000", 13, DOCBAO_DIALECT_NORTH);
    g_assert_cmpstr(mine->str, ==, "một nghìn tỷ");
    g_string_free(mine, TRUE);
    g_string_free(other, TRUE);
    g_rand_free(rand);
}

static void test_roman(void)
{
    g_assert_cmpuint(vi_num_roman("XIII", 4), ==, 13);
    g_assert_cmpuint(vi_num_roman("XXI", 3), ==, 21);
    g_assert_cmpuint(vi_num_roman("MCMXCIX", 7), ==, 1999);
    g_assert_cmpuint(vi_num_roman("IIII", 4), ==, 0);
    g_assert_cmpuint(vi_num_roman("VX", 2), ==, 0);
    g_assert_cmpuint(vi_num_roman("IC", 2), ==, 0);
    g_assert_cmpuint(vi_num_roman("", 0), ==, 0);
}

/* ---------------------------------------------------------------------------------------- */
/* Spans, definitions, lexicons                                                              */

static void test_nfc_and_spans(void)
{
    /* "Hòa bình" with a decomposed ò, tabs and a no-break space. */
    const char *src = "  Ho\xcc\x80" "a\t\tb\xc3\xacnh\xc2\xa0 ok ";
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
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

/* Finds the span whose spoken text starts with word. */
static const docbao_span *span_of(const docbao_spoken *s, const char *word)
{
    const docbao_span *sp = docbao_spoken_spans(s);
    for (size_t i = 0; i < docbao_spoken_n_spans(s); i++) {
        if (strncmp(docbao_spoken_text(s) + sp[i].spoken_start, word, strlen(word)) == 0) {
            return &sp[i];
        }
    }
    g_error("no span for \"%s\"", word);
    return NULL;
}

static void test_number_spans(void)
{
    const char *src = "Sáng 27/1, đạt 74,2%/năm với 1.391 hồ sơ (TTHC).";
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    docbao_spoken *s = NULL;
    const docbao_span *sp;
    g_assert_cmpint(docbao_normalize(n, src, (size_t)-1, &s, NULL), ==, DOCBAO_OK);
    check_spans(src, strlen(src), s);
    sp = span_of(s, "hai mươi bảy");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "27", 2);
    sp = span_of(s, "tháng");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "/", 1);
    sp = span_of(s, "bảy mươi tư phẩy hai");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "74,2", 4);
    sp = span_of(s, "phần trăm");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "%", 1);
    sp = span_of(s, "một nghìn ba trăm");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "1.391", 5);
    docbao_spoken_free(s);
    docbao_normalizer_free(n);
}

/* Toneless names are given their marks before tokens are cut: each marked word maps back to
 * the word as written, after a decomposed word that NFC shortened too, and the words after it
 * keep theirs. */
static void test_retoned_spans(void)
{
    const char *src = "Co\xcc\x82\xcc\x89 phiếu Dat Xanh Services, Hoa Phat tăng 5%";
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    docbao_spoken *s = NULL;
    const docbao_span *sp;
    g_assert_cmpint(docbao_normalize(n, src, (size_t)-1, &s, NULL), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_spoken_text(s), ==,
                    "Cổ phiếu Đất Xanh Services, Hòa Phát tăng năm phần trăm");
    check_spans(src, strlen(src), s);
    sp = span_of(s, "Đất");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "Dat", 3);
    sp = span_of(s, "Xanh");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "Xanh", 4);
    sp = span_of(s, "Services");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "Services", 8);
    sp = span_of(s, "Hòa");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "Hoa", 3);
    sp = span_of(s, "Phát");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "Phat", 4);
    sp = span_of(s, "năm");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "5", 1);
    docbao_spoken_free(s);
    /* A name that is the whole text, at its edges, or cut short. */
    {
        static const char *const edges[] = {"", "H", "Ha", "Ha ", " Ha Noi", "Ha Noi", "Hoa Phat.",
                                            "x Hoa Phat", "Dat Xanh Services Ha"};
        for (size_t i = 0; i < G_N_ELEMENTS(edges); i++) {
            g_assert_cmpint(docbao_normalize(n, edges[i], (size_t)-1, &s, NULL), ==, DOCBAO_OK);
            check_spans(edges[i], strlen(edges[i]), s);
            docbao_spoken_free(s);
        }
    }
    docbao_normalizer_free(n);
}

static void test_nfd_spans(void)
{
    /* "Uỷ ban" with the tone as a combining mark (old-style placement too), then NFC. */
    const char *src = "Uy\xcc\x89 ban nha\xcc\x82n da\xcc\x82n 5 km";
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    docbao_spoken *s = NULL;
    const docbao_span *sp;
    g_assert_cmpint(docbao_normalize(n, src, (size_t)-1, &s, NULL), ==, DOCBAO_OK);
    g_assert_cmpstr(docbao_spoken_text(s), ==, "Ủy ban nhân dân năm ki lô mét");
    check_spans(src, strlen(src), s);
    sp = span_of(s, "ki lô mét");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "km", 2);
    sp = span_of(s, "nhân");
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "nha\xcc\x82n", 6);
    docbao_spoken_free(s);
    docbao_normalizer_free(n);
}

static void test_look_alikes(void)
{
    /* A Cyrillic "С" ending a document code and a Cyrillic "у" inside a name are read as the
     * Latin letters they look like, the spans still pointing at them; Russian stays Russian. */
    const char *src = "Th\xc3\xb4ng t\xc6\xb0 s\xe1\xbb\x91 12/2025/TT-BT\xd0\xa1, "
                      "\xc3\xb4ng Ngu\xd1\x83\xe1\xbb\x85n An";
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    docbao_spoken *s = NULL;
    const docbao_span *sp;
    char *out;
    g_assert_cmpint(docbao_normalize(n, src, (size_t)-1, &s, NULL), ==, DOCBAO_OK);
    g_assert_null(strstr(docbao_spoken_text(s), "\xd0\xa1"));
    g_assert_nonnull(strstr(docbao_spoken_text(s), "b\xe1\xbb\x99 t\xc3\xa0i ch\xc3\xadnh"));
    check_spans(src, strlen(src), s);
    sp = span_of(s, "Nguy\xe1\xbb\x85n");
    g_assert_nonnull(sp);
    g_assert_cmpmem(src + sp->source_start, sp->source_len, "Ngu\xd1\x83\xe1\xbb\x85n", 9);
    docbao_spoken_free(s);
    out = normalize_str(n, "\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd \xd0\xbe\xd0\xba");
    g_assert_cmpstr(out, ==, "\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd \xd0\xbe\xd0\xba");
    g_free(out);
    /* In NFD text a look-alike may follow a combining mark: "Ho" U+0300 and a Cyrillic "а" is
     * "Hòa", one word. */
    out = normalize_str(n, "Ho\xcc\x80\xd0\xb0 b\xc3\xacnh");
    g_assert_cmpstr(out, ==, "H\xc3\xb2" "a b\xc3\xacnh");
    g_free(out);
    docbao_normalizer_free(n);
}

static void test_look_alikes_long(void)
{
    /* A word of 60,000 letters, every other a Cyrillic "а", is read in linear time: each word is
     * looked at once, not once for each of its look-alikes (that took minutes). */
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    GString *src = g_string_new(NULL);
    GTimer *timer = g_timer_new();
    char *out;
    for (int k = 0; k < 30000; k++) {
        g_string_append(src, "a\xd0\xb0");
    }
    out = normalize_str(n, src->str);
    g_assert_null(strstr(out, "\xd0\xb0"));
    g_assert_cmpfloat(g_timer_elapsed(timer, NULL), <, 5.0);
    g_free(out);
    g_timer_destroy(timer);
    g_string_free(src, TRUE);
    docbao_normalizer_free(n);
}

static void test_definitions(void)
{
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    char *out;
    /* Learned from one sentence, used in the next; forgotten after a reset. */
    out = normalize_str(n, "Giải quyết 1.391 hồ sơ quản lý dự án đầu tư (QLDAĐT).");
    g_assert_cmpstr(out, ==, "Giải quyết một nghìn ba trăm chín mươi mốt hồ sơ quản lý dự án "
                             "đầu tư.");
    g_free(out);
    out = normalize_str(n, "Hồ sơ QLDAĐT tăng.");
    g_assert_cmpstr(out, ==, "Hồ sơ quản lý dự án đầu tư tăng.");
    g_free(out);
    docbao_normalizer_reset(n);
    out = normalize_str(n, "Hồ sơ QLDAĐT tăng.");
    g_assert_cmpstr(out, ==, "Hồ sơ quy lờ đê a đê tê tăng.");
    g_free(out);
    /* The article's definition wins over the built-in lexicon. */
    out = normalize_str(n, "Trung tâm Phục vụ hành chính công (TTPVHCC) và TTPVHCC.");
    g_assert_cmpstr(out, ==, "Trung tâm Phục vụ hành chính công và Trung tâm Phục vụ hành "
                             "chính công.");
    g_free(out);
    /* The acronym first, its words in the parenthesis. */
    out = normalize_str(n, "UBCKNN (Ủy ban Chứng khoán Nhà nước) phạt. UBCKNN cũng vậy.");
    g_assert_cmpstr(out, ==, "Ủy ban Chứng khoán Nhà nước phạt. Ủy ban Chứng khoán Nhà nước "
                             "cũng vậy.");
    g_free(out);
    /* Not a definition: the initials do not match, so it is read. */
    out = normalize_str(n, "Tổ chức Y tế Thế giới (WHO) cảnh báo.");
    g_assert_cmpstr(out, ==, "Tổ chức Y tế Thế giới, vê kép hát o, cảnh báo.");
    g_free(out);
    docbao_normalizer_free(n);
}

static void test_coined_acronyms(void)
{
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    char *out;
    /* The words in one paragraph, their initials in the next, without a bracket. */
    out = normalize_str(n, "Cuộc Tổng điều tra nông nghiệp bắt đầu từ tháng Tư.");
    g_free(out);
    out = normalize_str(n, "Kết quả TĐT sẽ công bố sau.");
    g_assert_cmpstr(out, ==, "Kết quả Tổng điều tra sẽ công bố sau.");
    g_free(out);
    /* An acronym used before any phrase spells it stays spelled for the whole text. */
    out = normalize_str(n, "Bản tin PVL hôm nay. Phòng Văn Lâm mở cửa, PVL vẫn thế.");
    g_assert_cmpstr(out, ==, "Bản tin pê vê lờ hôm nay. Phòng Văn Lâm mở cửa, pê vê lờ vẫn thế.");
    g_free(out);
    /* Never across texts. */
    docbao_normalizer_reset(n);
    out = normalize_str(n, "Kết quả TĐT sẽ công bố sau.");
    g_assert_cmpstr(out, ==, "Kết quả tê đê tê sẽ công bố sau.");
    g_free(out);
    /* Two phrases with the same initials: the letters are spelled. */
    docbao_normalizer_reset(n);
    out = normalize_str(n, "Bàn về kinh tế tri thức, kinh tế thị trường; KTTT là gì?");
    g_assert_cmpstr(out, ==, "Bàn về kinh tế tri thức, kinh tế thị trường; ca tê tê tê là gì?");
    g_free(out);
    /* An acronym of the lexicon keeps its entry (QLTT: quản lý thị trường). */
    out = normalize_str(n, "Quy luật tự trị của QLTT.");
    g_assert_cmpstr(out, ==, "Quy luật tự trị của quản lý thị trường.");
    g_free(out);
    docbao_normalizer_free(n);
}

static char *write_lexicon_dir(const char *name, const char *content)
{
    GError *err = NULL;
    char *dir = g_dir_make_tmp("docbao-lexicon-XXXXXX", &err);
    char *path;
    g_assert_no_error(err);
    path = g_build_filename(dir, name, NULL);
    g_assert_true(g_file_set_contents(path, content, -1, NULL));
    g_free(path);
    return dir;
}

static void remove_lexicon_dir(char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL) {
        char *path = g_build_filename(dir, name, NULL);
        g_remove(path);
        g_free(path);
    }
    g_dir_close(d);
    g_rmdir(dir);
    g_free(dir);
}

static void expect_lexicon_error(const char *name, const char *content, const char *where)
{
    char *dir = write_lexicon_dir(name, content);
    docbao_normalize_options opts = {0};
    docbao_error err = {0};
    docbao_normalizer *n;
    opts.user_lexicon_dir = dir;
    n = docbao_normalizer_new(&opts, &err);
    g_assert_null(n);
    g_assert_cmpint(err.status, ==, DOCBAO_ERR_VOICE);
    if (strstr(err.message, where) == NULL) {
        g_error("expected \"%s\" in \"%s\"", where, err.message);
    }
    remove_lexicon_dir(dir);
}

/* Which words go to the English voice: foreign words not in a lexicon, whole phrases of them
 * (a short word between two is theirs), a foreign part of a web name; not names in a lexicon,
 * acronyms, Vietnamese words in any case. */
/* With a user lexicon file name holding content, input is read as expected. */
static void expect_user_reading(const char *name, const char *content, const char *input,
                                const char *expected)
{
    char *dir = write_lexicon_dir(name, content);
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, dir);
    char *out = normalize_str(n, input);
    g_assert_cmpstr(out, ==, expected);
    g_free(out);
    docbao_normalizer_free(n);
    remove_lexicon_dir(dir);
}

static void test_language_runs(void)
{
    static const struct {
        const char *input;
        const char *marked; /* runs in English between < and > */
    } cases[] = {
        {"Công nghệ blockchain được ứng dụng.", "Công nghệ <blockchain> được ứng dụng."},
        {"nhà máy Jamnagar Refinery and Petrochemicals dừng",
         "nhà máy <Jamnagar Refinery and Petrochemicals> dừng"},
        {"#DocBao từ Saigon", "đọc báo từ Sài Gòn"}, /* a hashtag of Vietnamese words */
        {"Tổng thống Donald Trump và GDP", "Tổng thống Đô nan Trăm và gờ đê pê"},
        {"HÀ NỘI mùa thu", "HÀ NỘI mùa thu"},
        {"Sàn Capital.com bị cảnh báo", "Sàn <Capital> chấm com bị cảnh báo"},
        {"bệnh Hodgkin.", "bệnh <Hodgkin.>"},
        /* English words that split into Vietnamese-looking syllables ("ro om", "bo ok"): a
         * doubled e or o outside xoong, moóc is English. */
        {"quyền root, phòng room, nồi xoong, xe moóc và sách book",
         "quyền <root,> phòng <room,> nồi xoong, xe moóc và sách <book>"},
        /* A whole English sentence or quotation: one run, read with the English rules. */
        {"Cô nói: \"Thank you so much, Vietnam!\"", "Cô nói: <Thank you so much, Vietnam!>"},
        {"Anh đến. It was a great match for the 2 teams. Trận đấu kết thúc.",
         "Anh đến. <It was a great match for the two teams.> Trận đấu kết thúc."},
        {"\"I am very happy to be here\", cầu thủ nói.",
         "<I am very happy to be here,> cầu thủ nói."},
        {"Tin từ dantri.com.vn lúc 9h2m2s.", "Tin từ dân trí chấm com chấm vê en lúc chín giờ hai phút hai giây."},
        /* Web names split into Vietnamese and English words (webwords.tsv); a name of English
         * words, a brand of two syllables with a toneless stop, a name that splits unlikely,
         * and a CamelCase name with a part of plain syllables are said whole in English. */
        {"Xem https://saigonmorningride.com/ ngay", "Xem Sài Gòn <morning ride> chấm com ngay"},
        {"vào redbulltainangbongda.com", "vào <red bull> tài năng bóng đá chấm com"},
        {"Nguồn: knowledgeblog.blogspot.com", "Nguồn: <knowledgeblog> chấm <blog spot> chấm com"},
        {"gửi về hotro@hatecofulfillment.vn",
         "gửi về hỗ trợ a còng ha te co <fulfillment> chấm vê en"},
        {"theo Kitco.com", "theo <Kitco> chấm com"},
        {"Ảnh: Trip.com", "Ảnh: <Trip> chấm com"},
        {"đặt qua Booking.com", "đặt qua <Booking> chấm com"},
        {"facebook.com/realmeVietnam", "phây búc chấm com gạch chéo <realme> Việt Nam"},
        {"trang PaigeFanZant.com", "trang <PaigeFanZant> chấm com"},
        {"vào shopee.vn", "vào <shopee> chấm vê en"},
        {"https://vietinbank-vips.com", "<vietinbank> gạch ngang <vips> chấm com"},
        {"hochiminhcity.gov.vn, myhome.vn",
         "Hồ Chí Minh <city> chấm gốp chấm vê en, <myhome> chấm vê en"},
        /* Hyphenated and CamelCase words in one voice: a toneless stop syllable or a mixed-case
         * name joins the English word beside it; a Vietnamese word does not. */
        {"quỹ All-Cap, thiết kế iPhone-like", "quỹ <All-Cap,> thiết kế <iPhone-like>"},
        {"LinkedIn và Nga-Ukraine", "<LinkedIn> và Nga U crai na"},
    };
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        docbao_spoken *s = NULL;
        char *m;
        g_assert_cmpint(docbao_normalize(n, cases[i].input, (size_t)-1, &s, NULL), ==, DOCBAO_OK);
        check_runs(s);
        g_assert_cmpstr(docbao_spoken_language(s), ==, "vi");
        m = marked_text(s, "<", ">");
        g_assert_cmpstr(m, ==, cases[i].marked);
        g_free(m);
        docbao_spoken_free(s);
    }
    docbao_normalizer_free(n);
}

static void test_user_lexicons(void)
{
    char *dir;
    docbao_normalizer *n;

    /* Additions and overrides. */
    expect_user_reading("cua-toi.tsv", "# mine\nUBND\tủy ban\nXYZ\tích i dét\n",
                        "UBND và XYZ, HĐND.", "ủy ban và ích i dét, hội đồng nhân dân.");

    /* A foreign name: the user's reading replaces the English voice, and a built-in name. */
    expect_user_reading("ten-rieng.tsv", "Hodgkin\tHốt kin\nDonald Trump\tĐô nan Trâm\n",
                        "u lympho Hodgkin, ông Donald Trump", "u lim phô Hốt kin, ông Đô nan Trâm");

    expect_user_reading("units.tsv", "sào\tsào Bắc Bộ\tmeasure\n", "3 sào, 5 km.",
                        "ba sào Bắc Bộ, năm ki lô mét.");

    /* English readings: the user's english.tsv adds words and replaces built-in ones. */
    dir = write_lexicon_dir("english.tsv", "Dr.\tDoc\nNguyen\tWin\n");
    n = new_normalizer(DOCBAO_DIALECT_NORTH, dir);
    {
        docbao_spoken *sp = NULL;
        const char *in = "Dr. Nguyen met Mr. Lee.";
        g_assert_cmpint(docbao_normalize_as(n, "en", in, strlen(in), &sp, NULL), ==, DOCBAO_OK);
        g_assert_cmpstr(docbao_spoken_text(sp), ==, "Doc Win met Mister Lee.");
        docbao_spoken_free(sp);
    }
    docbao_normalizer_free(n);
    remove_lexicon_dir(dir);
    expect_lexicon_error("english.tsv", "Dr.\n", "english.tsv:1");

    /* Words of web names: a Vietnamese word with its reading, an English word alone. */
    expect_user_reading("webwords.tsv", "giaban\tgiá bán\nwidget\n", "giaban.vn, widgetbongda.com",
                        "giá bán chấm vê en, widget bóng đá chấm com");
    expect_lexicon_error("webwords.tsv", "Giá\n", "webwords.tsv:1");
    expect_lexicon_error("webwords.tsv", "a\tb\tc\n", "webwords.tsv:1");

    /* Toneless syllables and pairs of web names: a user's reading replaces the mined one. */
    expect_user_reading("toneless.tsv", "xuong\txưởng\nvuonxuong\tvườn xưởng\n",
                        "diemxuong.vn, vuonxuong.vn",
                        "điểm xưởng chấm vê en, vườn xưởng chấm vê en");
    expect_lexicon_error("toneless.tsv", "Xuong\n", "toneless.tsv:1");
    /* Phrases of toneless syllables with their count: a user's line is read with the others. */
    expect_user_reading("tonephrases.tsv", "chauvuon\tchâu vườn\t9\n", "chauvuon.vn",
                        "châu vườn chấm vê en");
    expect_lexicon_error("tonephrases.tsv", "chauvuon\tchâu vườn\n", "tonephrases.tsv:1");
    expect_lexicon_error("tonephrases.tsv", "chauvuon\tchâu vườn\t0\n", "tonephrases.tsv:1");
    expect_lexicon_error("tonephrases.tsv", "# c\nChau\tchâu\t3\n", "tonephrases.tsv:2");

    expect_user_reading("letters.tsv", "G\tgiê\n", "GDP", "giê đê pê");

    /* Toneless names: a user's line is read with the built-in ones; its reading must be the
     * name's words with marks (a word fewer, "Đất" for "Dat Xanh", dropped "Xanh"). */
    expect_user_reading("tonenames.tsv", "Suoi Mo Xa\tSuối Mơ Xa\n", "Khu Suoi Mo Xa đẹp",
                        "Khu Suối Mơ Xa đẹp");
    expect_lexicon_error("tonenames.tsv", "Dat Xanh\tĐất\n", "tonenames.tsv:1");
    expect_lexicon_error("tonenames.tsv", "# c\nDat Xanh\tĐất Xanh Group\n", "tonenames.tsv:2");
    expect_lexicon_error("tonenames.tsv", "Dat Xanh\tĐất-Xanh\n", "tonenames.tsv:1");
    expect_lexicon_error("tonenames.tsv", "Dat Xanh\tĐặt Xinh\n", "tonenames.tsv:1");
    /* A user's reading of a name, or of a word of it, as written, is not shadowed by the
     * built-in toneless names. */
    expect_user_reading("ten-rieng.tsv", "Hoa Phat\thoa phát\n", "Cổ phiếu Hoa Phat tăng",
                        "Cổ phiếu hoa phát tăng");
    expect_user_reading("ten-rieng.tsv", "Phat\tPhạt\n", "Cổ phiếu Hoa Phat tăng",
                        "Cổ phiếu Hoa Phạt tăng");

    /* Mistakes are reported with the file and the line, never a crash. */
    expect_lexicon_error("a.tsv", "UBND\tủy ban\nchỉ một cột\n", "a.tsv:2");
    expect_lexicon_error("b.tsv", "# c\n\nX\ty\tafter\n", "b.tsv:3");
    expect_lexicon_error("c.tsv", "X\ty\tsometimes\n", "unknown context");
    expect_lexicon_error("units.tsv", "km\tki lô mét\tlength\n", "units.tsv:1");
    expect_lexicon_error("letters.tsv", "AB\tabe\n", "letters.tsv:1");
    expect_lexicon_error("contexts.tsv", "ngày\tweekday\n", "contexts.tsv:1");
    expect_lexicon_error("d.tsv", "ok\t\xff\xfe\n", "d.tsv:1");
    expect_lexicon_error("e.tsv", "X\t\n", "e.tsv:1");
}

/*
 * The loader takes the built-in lexicons' fields as they are written; that is right only
 * while they are already clean (NFC, traditional tone placement, context phrases in lower
 * case, no spaces around). A user's fields are cleaned.
 */
static void test_builtin_lexicons_clean(void)
{
    docbao_error err = {0};
    if (!vi_lex_check_builtin(&err)) {
        g_error("a built-in lexicon is not clean: %s", err.message);
    }
    docbao_error_clear(&err);

    /* "hoà" (old tone placement, NFD) and a context phrase in capitals, from a user. */
    expect_user_reading("contexts.tsv", "Phòng Số\taddress\n", "phòng số 12/3",
                        "phòng số mười hai trên ba");
    expect_user_reading("mine.tsv", " QXZ \thoa\xcc\x80 bi\xcc\x80nh \n", "QXZ", "hòa bình");
}

static void test_invalid(void)
{
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    docbao_spoken *s = NULL;
    docbao_error err = {0};
    g_assert_cmpint(docbao_normalize(n, "ab\xff", 3, &s, &err), ==, DOCBAO_ERR_ENCODING);
    g_assert_null(s);
    g_assert_cmpint(docbao_normalize(n, NULL, 0, &s, &err), ==, DOCBAO_ERR_INVALID_ARG);
    docbao_normalizer_free(n);
}

/* Inputs made to be slow: each must finish quickly with output in proportion to the input. */
/* Numbers with more thousands groups than any real amount: read somehow, never overflowing. */
static void test_many_groups(void)
{
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    for (int head = 1; head <= 3; head++) {
        for (int groups = 1; groups <= 9; groups++) {
            for (int sep = 0; sep < 2; sep++) {
                GString *in = g_string_new("Có ");
                docbao_spoken *s = NULL;
                g_string_append_len(in, "123", head);
                for (int g = 0; g < groups; g++) {
                    g_string_append_c(in, sep == 0 ? '.' : ',');
                    g_string_append(in, "456");
                }
                g_string_append(in, " người.");
                g_assert_cmpint(docbao_normalize(n, in->str, in->len, &s, NULL), ==, DOCBAO_OK);
                check_spans(in->str, in->len, s);
                docbao_spoken_free(s);
                g_string_free(in, TRUE);
            }
        }
    }
    docbao_normalizer_free(n);
}

/* A document's code that ends the text ("Quyết định 3044/QĐ"): the rule that looks for an
 * issuer after the type read the token after the last (a heap overflow under ASan, with a new
 * normalizer whose token array is just full). */
static void test_code_at_end(void)
{
    static const char *const inputs[] = {"Quyết định 3044/QĐ", "số 3044/QĐ",
                                         "Quyết định số 3044/QĐ", "QĐ 3044/QĐ"};
    for (size_t k = 0; k < G_N_ELEMENTS(inputs); k++) {
        docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
        char *out = normalize_str(n, inputs[k]);
        g_assert_true(g_str_has_suffix(out, "ba nghìn không trăm bốn mươi tư của quyết định"));
        g_free(out);
        docbao_normalizer_free(n);
    }
}

static void test_pathological(void)
{
    static const char *const units[] = {"9", ".", "a", "A", "1.", "(", "0912 ", "1/", "-",
                                        "XIV ", "TP.", "@a.", "đ", "ủy ", "h1", "10-"};
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    for (size_t u = 0; u < G_N_ELEMENTS(units); u++) {
        GString *in = g_string_new(NULL);
        docbao_spoken *s = NULL;
        gint64 start;
        double seconds;
        while (in->len < 200000) {
            g_string_append(in, units[u]);
        }
        start = g_get_monotonic_time();
        g_assert_cmpint(docbao_normalize(n, in->str, in->len, &s, NULL), ==, DOCBAO_OK);
        seconds = (double)(g_get_monotonic_time() - start) / 1e6;
        check_spans(in->str, in->len, s);
        g_assert_cmpuint(docbao_spoken_len(s), <=, 16 * in->len);
        if (seconds > 5.0) {
            g_error("\"%s\" x %zu took %.1f s", units[u], in->len / strlen(units[u]), seconds);
        }
        docbao_spoken_free(s);
        g_string_free(in, TRUE);
    }
    docbao_normalizer_free(n);
}

/* The built-in toneless.tsv is loaded on its first use, once, by whichever thread comes first:
 * normalizers on several threads at once all read the marked words of a web name. (Registered
 * first, so that in a whole run these threads are the ones that load it.) */
static gpointer toneless_thread(gpointer data)
{
    docbao_normalizer *n = new_normalizer(DOCBAO_DIALECT_NORTH, NULL);
    static const char input[] = "Xem tại ketquaxoso.vn, hỏi diemthi@gmail.com";
    docbao_spoken *s = NULL;
    gboolean ok;
    (void)data;
    g_assert_cmpint(docbao_normalize(n, input, strlen(input), &s, NULL), ==, DOCBAO_OK);
    ok = strstr(docbao_spoken_text(s), "kết quả xổ số") != NULL &&
         strstr(docbao_spoken_text(s), "điểm thi") != NULL;
    docbao_spoken_free(s);
    docbao_normalizer_free(n);
    return GINT_TO_POINTER(ok);
}

static void test_toneless_threads(void)
{
    GThread *threads[4];
    for (size_t k = 0; k < G_N_ELEMENTS(threads); k++) {
        threads[k] = g_thread_new("toneless", toneless_thread, NULL);
    }
    for (size_t k = 0; k < G_N_ELEMENTS(threads); k++) {
        g_assert_true(GPOINTER_TO_INT(g_thread_join(threads[k])));
    }
}

int main(int argc, char **argv)
{
    GError *err = NULL;
    int status;
    g_test_init(&argc, &argv, NULL);
    empty_dir = g_dir_make_tmp("docbao-empty-XXXXXX", &err);
    g_assert_no_error(err);
    g_test_add_func("/normalize/toneless-threads", test_toneless_threads);
    g_test_add_func("/normalize/nfc-and-spans", test_nfc_and_spans);
    g_test_add_func("/normalize/number-spans", test_number_spans);
    g_test_add_func("/normalize/retoned-spans", test_retoned_spans);
    g_test_add_func("/normalize/nfd-spans", test_nfd_spans);
    g_test_add_func("/normalize/look-alikes", test_look_alikes);
    g_test_add_func("/normalize/look-alikes-long", test_look_alikes_long);
    g_test_add_func("/normalize/invalid", test_invalid);
    g_test_add_func("/normalize/numbers-independent", test_numbers_independent);
    g_test_add_func("/normalize/roman", test_roman);
    g_test_add_func("/normalize/definitions", test_definitions);
    g_test_add_func("/normalize/coined_acronyms", test_coined_acronyms);
    g_test_add_func("/normalize/user-lexicons", test_user_lexicons);
    g_test_add_func("/normalize/builtin-lexicons-clean", test_builtin_lexicons_clean);
    g_test_add_func("/normalize/language-runs", test_language_runs);
    g_test_add_func("/normalize/golden", test_golden);
    g_test_add_func("/normalize/code-at-end", test_code_at_end);
    g_test_add_func("/normalize/pathological", test_pathological);
    g_test_add_func("/normalize/many-groups", test_many_groups);
    status = g_test_run();
    g_rmdir(empty_dir);
    g_free(empty_dir);
    return status;
}
