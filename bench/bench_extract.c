/*
 * bench_extract: measures docbao's article extraction on the shared corpora.
 *
 *   bench_extract [CORPUS_DIR] [--dump DIR] [--scores FILE] [--verbose] [--only NAME]
 *                 [--zyte-out FILE] [--score-zyte FILE]
 *
 * CORPUS_DIR defaults to ../shared/corpus next to the source tree. Reports
 *  - Zyte's article-extraction benchmark (zyte/): precision, recall, F1 and accuracy of the
 *    articleBody, scored as the corpus README states (bench_score.c). docbao's articleBody is
 *    the lead followed by every block that is not a caption, one per line.
 *  - the Vietnamese pages (vi/): title exact, lead exact, body F1 (same shingle method),
 *    caption recall, date and author, and whether each list page in vi/non-articles is
 *    reported as a list (DOCBAO_ERR_NOT_ARTICLE_PAGE).
 *  - Mozilla Readability's test pages (readability/): body F1 of docbao's whole text (lead and
 *    every block, captions included) against the text of expected.html.
 *  - the article pages of the Web Content eXtraction Benchmark (wcxb/, when present, in the
 *    Zyte layout; see its README): the same articleBody scores, and the pages refused.
 *  - speed: the median and mean milliseconds per page of docbao_extract_html() over every page
 *    of the first three corpora (parsing included, reading and unzipping excluded), and the
 *    peak resident memory of this process.
 * --score-zyte FILE scores another extractor's output ({"id": {"articleBody": ...}}) with the
 * same code, which checks the scorer against published figures. When the corpus is absent the
 * program says so and exits 0.
 */
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench_score.h"
#include "docbao/docbao.h"

typedef struct {
    const char *corpus;
    const char *dump;
    const char *only;
    const char *score_zyte;
    const char *scores_path;
    const char *zyte_out;  /* write docbao's Zyte predictions here (JSON) */
    JsonBuilder *zyte_json;
    FILE *scores; /* one line per page: corpus, id, status, P, R, F1 */
    gboolean verbose;
    GArray *times; /* of double, milliseconds, every page */
    GArray *times_by_corpus[4];
    unsigned misclassified; /* article pages reported as lists or as no article */
} bench;

enum { CORPUS_ZYTE, CORPUS_VI, CORPUS_READABILITY, CORPUS_WCXB, N_CORPORA };

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* Reads a file, unzipping it when its name ends in .gz. NULL when it cannot be read. */
static char *read_page(const char *path, gsize *len)
{
    char *data = NULL;
    if (!g_file_get_contents(path, &data, len, NULL)) {
        return NULL;
    }
    if (g_str_has_suffix(path, ".gz")) {
        GZlibDecompressor *z = g_zlib_decompressor_new(G_ZLIB_COMPRESSOR_FORMAT_GZIP);
        GInputStream *raw = g_memory_input_stream_new_from_data(data, (gssize)*len, g_free);
        GInputStream *in = g_converter_input_stream_new(raw, G_CONVERTER(z));
        GByteArray *out = g_byte_array_new();
        guint8 buf[65536];
        gssize n;
        while ((n = g_input_stream_read(in, buf, sizeof buf, NULL, NULL)) > 0) {
            g_byte_array_append(out, buf, (guint)n);
        }
        g_object_unref(in);
        g_object_unref(raw);
        g_object_unref(z);
        if (n < 0) {
            g_byte_array_free(out, TRUE);
            return NULL;
        }
        *len = out->len;
        g_byte_array_append(out, (const guint8 *)"", 1);
        data = (char *)g_byte_array_free(out, FALSE);
    }
    return data;
}

/* Runs the extractor on one page and records its time. */
static docbao_status extract(bench *b, int corpus, const char *html, gsize len,
                             docbao_article **a)
{
    docbao_error err = {0};
    double t0 = now_ms();
    docbao_status st = docbao_extract_html(html, len, NULL, a, &err);
    double ms = now_ms() - t0;
    if (corpus != CORPUS_WCXB) {
        g_array_append_val(b->times, ms); /* "all" stays the three corpora Readability.js runs */
    }
    g_array_append_val(b->times_by_corpus[corpus], ms);
    return st;
}

/* The articleBody of the Zyte benchmark: the lead, then every block but the captions. */
static char *article_body(const docbao_article *a, gboolean with_captions)
{
    GString *s = g_string_new(NULL);
    if (a == NULL) {
        return g_string_free(s, FALSE);
    }
    if (docbao_article_lead(a) != NULL) {
        g_string_append_printf(s, "%s\n", docbao_article_lead(a));
    }
    for (size_t i = 0; i < docbao_article_n_blocks(a); i++) {
        if (with_captions || docbao_article_block_type(a, i) != DOCBAO_BLOCK_CAPTION) {
            g_string_append_printf(s, "%s\n", docbao_article_block_text(a, i));
        }
    }
    return g_string_free(s, FALSE);
}

static void dump(const bench *b, const char *corpus, const char *id, const char *suffix,
                 const char *text)
{
    char *dir, *name, *path;
    if (b->dump == NULL) {
        return;
    }
    dir = g_build_filename(b->dump, corpus, NULL);
    g_mkdir_with_parents(dir, 0755);
    name = g_strdup_printf("%s.%s.txt", id, suffix);
    path = g_build_filename(dir, name, NULL);
    g_file_set_contents(path, text != NULL ? text : "", -1, NULL);
    g_free(path);
    g_free(name);
    g_free(dir);
}

/* Orders a GPtrArray of strings (g_ptr_array_sort passes pointers to the elements). */
static int cmp_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void print_prf(const char *name, const bench_corpus *c)
{
    printf("%-28s precision=%.3f recall=%.3f F1=%.3f accuracy=%.3f (%u pages)\n", name,
           bench_corpus_precision(c), bench_corpus_recall(c), bench_corpus_f1(c),
           bench_corpus_accuracy(c), c->pages);
}

typedef struct {
    char *id;
    double f1;
    double p, r;
    docbao_status st;
} page_score;

static int by_f1(const void *a, const void *b)
{
    const page_score *x = a, *y = b;
    return x->f1 < y->f1 ? -1 : x->f1 > y->f1;
}

static double page_f1(bench_counts c)
{
    double p = bench_precision(c), r = bench_recall(c);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/* Scores one page, records it and writes its texts when dumping. */
static void add_page(const bench *b, const char *corpus, GArray *pages, bench_corpus *c,
                     const char *id, docbao_status st, const char *truth, const char *pred)
{
    bench_counts counts = bench_shingle_match(truth, pred);
    page_score s;
    bench_corpus_add(c, counts, bench_same_tokens(truth, pred));
    s.id = g_strdup(id);
    s.p = bench_precision(counts);
    s.r = bench_recall(counts);
    s.f1 = page_f1(counts);
    s.st = st;
    g_array_append_val(pages, s);
    dump(b, corpus, id, "docbao", pred);
    dump(b, corpus, id, "truth", truth);
}

static JsonObject *load_json_object(const char *path, JsonParser **keep)
{
    JsonParser *p = json_parser_new();
    if (!json_parser_load_from_file(p, path, NULL) ||
        !JSON_NODE_HOLDS_OBJECT(json_parser_get_root(p))) {
        g_object_unref(p);
        return NULL;
    }
    *keep = p;
    return json_node_get_object(json_parser_get_root(p));
}

static const char *member_string(JsonObject *o, const char *name)
{
    JsonNode *n = json_object_get_member(o, name);
    if (n == NULL || !JSON_NODE_HOLDS_VALUE(n) || json_node_get_value_type(n) != G_TYPE_STRING) {
        return NULL;
    }
    return json_node_get_string(n);
}

static void write_scores(const bench *b, const char *corpus, GArray *pages)
{
    if (b->scores == NULL) {
        return;
    }
    for (guint i = 0; i < pages->len; i++) {
        const page_score *s = &g_array_index(pages, page_score, i);
        fprintf(b->scores, "%s\t%s\t%s\t%.4f\t%.4f\t%.4f\n", corpus, s->id,
                docbao_status_name(s->st), s->p, s->r, s->f1);
    }
}

static void print_worst(const bench *b, GArray *pages)
{
    if (!b->verbose) {
        return;
    }
    g_array_sort(pages, by_f1);
    for (guint i = 0; i < pages->len && i < 40; i++) {
        page_score *s = &g_array_index(pages, page_score, i);
        if (s->f1 >= 0.999) {
            break;
        }
        printf("    %.3f  P=%.3f R=%.3f  %-12s %s\n", s->f1, s->p, s->r,
               s->st == DOCBAO_OK ? "" : docbao_status_name(s->st), s->id);
    }
}

static void free_pages(GArray *pages)
{
    for (guint i = 0; i < pages->len; i++) {
        g_free(g_array_index(pages, page_score, i).id);
    }
    g_array_unref(pages);
}

/* Scores another extractor's Zyte output with the same code. */
static int score_external(const bench *b, JsonObject *truth)
{
    JsonParser *keep = NULL;
    JsonObject *pred = load_json_object(b->score_zyte, &keep);
    bench_corpus c = {0};
    GList *ids;
    if (pred == NULL) {
        fprintf(stderr, "bench_extract: cannot read %s\n", b->score_zyte);
        return 1;
    }
    ids = json_object_get_members(truth);
    for (GList *l = ids; l != NULL; l = l->next) {
        JsonObject *t = json_object_get_object_member(truth, l->data);
        JsonObject *p = json_object_has_member(pred, l->data)
                            ? json_object_get_object_member(pred, l->data)
                            : NULL;
        const char *tb = member_string(t, "articleBody");
        const char *pb = p != NULL ? member_string(p, "articleBody") : NULL;
        bench_corpus_add(&c, bench_shingle_match(tb, pb), bench_same_tokens(tb, pb));
    }
    g_list_free(ids);
    print_prf("zyte (external output)", &c);
    g_object_unref(keep);
    return 0;
}

/*
 * Scores a corpus in the Zyte benchmark's layout (NAME/ground-truth.json, NAME/html/ID.html.gz):
 * zyte, and wcxb (the article pages of the Web Content eXtraction Benchmark, reshaped so). Lists
 * the pages refused as no article or as a list when verbose.
 */
static int run_body_corpus(bench *b, const char *corpus_name, int corpus)
{
    gboolean zyte = corpus == CORPUS_ZYTE;
    unsigned refused = 0;
    char *dir = g_build_filename(b->corpus, corpus_name, NULL);
    char *truth_path = g_build_filename(dir, "ground-truth.json", NULL);
    JsonParser *keep = NULL;
    JsonObject *truth = load_json_object(truth_path, &keep);
    GArray *pages = g_array_new(FALSE, FALSE, sizeof(page_score));
    bench_corpus c = {0};
    GList *ids;
    int rc = 0;

    if (truth == NULL) {
        printf("%s: %s not found; skipped\n", corpus_name, truth_path);
        goto out;
    }
    if (zyte && b->score_zyte != NULL) {
        rc = score_external(b, truth);
        goto out;
    }
    ids = json_object_get_members(truth);
    ids = g_list_sort(ids, (GCompareFunc)strcmp);
    if (zyte && b->zyte_out != NULL) {
        b->zyte_json = json_builder_new();
        json_builder_begin_object(b->zyte_json);
    }
    for (GList *l = ids; l != NULL; l = l->next) {
        const char *id = l->data;
        char *name = g_strdup_printf("%s.html.gz", id);
        char *path = g_build_filename(dir, "html", name, NULL);
        gsize len = 0;
        char *html = read_page(path, &len);
        const char *tb = member_string(json_object_get_object_member(truth, id), "articleBody");
        docbao_article *a = NULL;
        docbao_status st = DOCBAO_ERR_IO;
        char *pb;
        if (html != NULL) {
            st = extract(b, corpus, html, len, &a);
        }
        if (st == DOCBAO_ERR_NOT_ARTICLE_PAGE || st == DOCBAO_ERR_NO_ARTICLE) {
            b->misclassified++;
        }
        if (st != DOCBAO_OK) {
            refused++;
            if (b->verbose) {
                printf("    refused %-24s %s\n", docbao_status_name(st), id);
            }
        }
        pb = article_body(a, FALSE);
        add_page(b, corpus_name, pages, &c, id, st, tb, pb);
        if (b->zyte_json != NULL) {
            json_builder_set_member_name(b->zyte_json, id);
            json_builder_begin_object(b->zyte_json);
            json_builder_set_member_name(b->zyte_json, "articleBody");
            json_builder_add_string_value(b->zyte_json, pb);
            json_builder_end_object(b->zyte_json);
        }
        docbao_article_free(a);
        g_free(pb);
        g_free(html);
        g_free(path);
        g_free(name);
    }
    g_list_free(ids);
    if (b->zyte_json != NULL) {
        JsonGenerator *gen = json_generator_new();
        JsonNode *root;
        json_builder_end_object(b->zyte_json);
        root = json_builder_get_root(b->zyte_json);
        json_generator_set_root(gen, root);
        if (!json_generator_to_file(gen, b->zyte_out, NULL)) {
            fprintf(stderr, "bench_extract: cannot write %s\n", b->zyte_out);
        }
        json_node_unref(root);
        g_object_unref(gen);
        g_object_unref(b->zyte_json);
        b->zyte_json = NULL;
    }
    {
        char *label = g_strdup_printf("%s articleBody", corpus_name);
        print_prf(label, &c);
        g_free(label);
    }
    printf("%-28s %u of %u pages\n", "  refused (any status)", refused, c.pages);
    write_scores(b, corpus_name, pages);
    if (zyte) {
        printf("%-28s rs_trafilatura 0.970, trafilatura 0.958, Readability.js 0.947 (F1)\n",
               "  published");
    }
    print_worst(b, pages);
out:
    free_pages(pages);
    if (keep != NULL) {
        g_object_unref(keep);
    }
    g_free(truth_path);
    g_free(dir);
    return rc;
}

/* Folds white space and drops the spaces next to punctuation, for tolerant comparisons. */
static char *loose(const char *s)
{
    GString *out = g_string_new(NULL);
    gboolean space = FALSE;
    char *nfc;
    if (s == NULL) {
        return NULL;
    }
    nfc = g_utf8_normalize(s, -1, G_NORMALIZE_NFC);
    for (const char *p = nfc; *p != '\0'; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isspace(c) || c == 0xA0) {
            space = TRUE;
            continue;
        }
        if (space && out->len > 0 && !g_unichar_ispunct(c) &&
            !g_unichar_ispunct(g_utf8_get_char(g_utf8_prev_char(out->str + out->len)))) {
            g_string_append_c(out, ' ');
        }
        space = FALSE;
        g_string_append_unichar(out, c);
    }
    g_free(nfc);
    return g_string_free(out, FALSE);
}

static gboolean loose_equal(const char *a, const char *b)
{
    char *la, *lb;
    gboolean eq;
    if (a == NULL || b == NULL) {
        return a == b;
    }
    la = loose(a);
    lb = loose(b);
    eq = strcmp(la, lb) == 0;
    g_free(la);
    g_free(lb);
    return eq;
}

static const char *null_or(const char *s)
{
    return s != NULL ? s : "(null)";
}

static void run_vi_articles(bench *b, const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    unsigned n = 0, title_ok = 0, lead_ok = 0, date_ok = 0, author_ok = 0;
    unsigned captions = 0, captions_found = 0;
    double body_p = 0, body_r = 0, body_f1 = 0;
    const char *entry;

    while (d != NULL && (entry = g_dir_read_name(d)) != NULL) {
        if (g_str_has_suffix(entry, ".gold.json")) {
            g_ptr_array_add(names, g_strndup(entry, strlen(entry) - strlen(".gold.json")));
        }
    }
    if (d != NULL) {
        g_dir_close(d);
    }
    g_ptr_array_sort(names, cmp_names);
    for (guint i = 0; i < names->len; i++) {
        const char *site = g_ptr_array_index(names, i);
        char *gold_name = g_strdup_printf("%s.gold.json", site);
        char *html_name = g_strdup_printf("%s.html", site);
        char *gold_path = g_build_filename(dir, gold_name, NULL);
        char *html_path = g_build_filename(dir, html_name, NULL);
        JsonParser *keep = NULL;
        JsonObject *gold = load_json_object(gold_path, &keep);
        gsize len = 0;
        char *html = read_page(html_path, &len);
        docbao_article *a = NULL;
        docbao_status st = DOCBAO_ERR_IO;
        GString *truth = g_string_new(NULL);
        GString *body = g_string_new(NULL);
        JsonArray *arr;
        bench_counts counts;
        unsigned page_caps = 0, page_found = 0;
        gboolean t_ok, l_ok, d_ok, a_ok;

        if (gold == NULL || html == NULL) {
            printf("vi: cannot read %s\n", site);
            goto next;
        }
        st = extract(b, CORPUS_VI, html, len, &a);
        if (st != DOCBAO_OK) {
            b->misclassified++;
        }
        arr = json_object_get_array_member(gold, "body");
        for (guint k = 0; k < json_array_get_length(arr); k++) {
            g_string_append_printf(truth, "%s\n", json_array_get_string_element(arr, k));
        }
        for (size_t k = 0; a != NULL && k < docbao_article_n_blocks(a); k++) {
            if (docbao_article_block_type(a, k) != DOCBAO_BLOCK_CAPTION) {
                g_string_append_printf(body, "%s\n", docbao_article_block_text(a, k));
            }
        }
        counts = bench_shingle_match(truth->str, body->str);
        arr = json_object_get_array_member(gold, "captions");
        for (guint k = 0; k < json_array_get_length(arr); k++) {
            const char *cap = json_array_get_string_element(arr, k);
            page_caps++;
            for (size_t j = 0; a != NULL && j < docbao_article_n_blocks(a); j++) {
                if (docbao_article_block_type(a, j) == DOCBAO_BLOCK_CAPTION &&
                    loose_equal(cap, docbao_article_block_text(a, j))) {
                    page_found++;
                    break;
                }
            }
        }
        t_ok = a != NULL && loose_equal(member_string(gold, "title"), docbao_article_title(a));
        l_ok = a != NULL && loose_equal(member_string(gold, "lead"), docbao_article_lead(a));
        d_ok = a != NULL &&
               g_strcmp0(member_string(gold, "published"), docbao_article_published(a)) == 0;
        a_ok = a != NULL && loose_equal(member_string(gold, "author"), docbao_article_author(a));
        n++;
        title_ok += t_ok;
        lead_ok += l_ok;
        date_ok += d_ok;
        author_ok += a_ok;
        captions += page_caps;
        captions_found += page_found;
        body_p += bench_precision(counts);
        body_r += bench_recall(counts);
        body_f1 += page_f1(counts);
        printf("  %-18s %-8s title %s lead %s body F1 %.3f (P %.3f R %.3f) captions %u/%u "
               "date %s author %s\n",
               site, st == DOCBAO_OK ? "article" : docbao_status_name(st), t_ok ? "ok" : "NO",
               l_ok ? "ok" : "NO", page_f1(counts), bench_precision(counts),
               bench_recall(counts), page_found, page_caps, d_ok ? "ok" : "NO",
               a_ok ? "ok" : "NO");
        if (b->verbose && a != NULL) {
            if (!t_ok) {
                printf("      title:  %s\n      gold:   %s\n", docbao_article_title(a),
                       null_or(member_string(gold, "title")));
            }
            if (!l_ok) {
                printf("      lead:   %s\n      gold:   %s\n", null_or(docbao_article_lead(a)),
                       null_or(member_string(gold, "lead")));
            }
            if (!d_ok) {
                printf("      date:   %s  gold: %s\n", null_or(docbao_article_published(a)),
                       null_or(member_string(gold, "published")));
            }
            if (!a_ok) {
                printf("      author: %s  gold: %s\n", null_or(docbao_article_author(a)),
                       null_or(member_string(gold, "author")));
            }
        }
        dump(b, "vi", site, "docbao", body->str);
        dump(b, "vi", site, "truth", truth->str);
        if (a != NULL) {
            char *json = docbao_article_to_json(a);
            dump(b, "vi", site, "json", json);
            docbao_free(json);
        }
    next:
        docbao_article_free(a);
        g_string_free(truth, TRUE);
        g_string_free(body, TRUE);
        if (keep != NULL) {
            g_object_unref(keep);
        }
        g_free(html);
        g_free(gold_path);
        g_free(html_path);
        g_free(gold_name);
        g_free(html_name);
    }
    if (n > 0) {
        double p = body_p / n, r = body_r / n;
        printf("vi articles (%u): title exact %.3f, lead %.3f, body F1 %.3f (mean of pages %.3f; "
               "P %.3f R %.3f), caption recall %.3f (%u/%u), date %.3f, author %.3f\n",
               n, (double)title_ok / n, (double)lead_ok / n, p + r > 0 ? 2 * p * r / (p + r) : 0,
               body_f1 / n, p, r, captions > 0 ? (double)captions_found / captions : 1.0,
               captions_found, captions, (double)date_ok / n, (double)author_ok / n);
    }
    g_ptr_array_unref(names);
}

static void run_vi_lists(bench *b, const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    unsigned n = 0, recognized = 0;
    const char *entry;
    while (d != NULL && (entry = g_dir_read_name(d)) != NULL) {
        if (g_str_has_suffix(entry, ".html")) {
            g_ptr_array_add(names, g_strdup(entry));
        }
    }
    if (d != NULL) {
        g_dir_close(d);
    }
    g_ptr_array_sort(names, cmp_names);
    for (guint i = 0; i < names->len; i++) {
        char *path = g_build_filename(dir, g_ptr_array_index(names, i), NULL);
        gsize len = 0;
        char *html = read_page(path, &len);
        docbao_article *a = NULL;
        docbao_status st = html != NULL ? extract(b, CORPUS_VI, html, len, &a) : DOCBAO_ERR_IO;
        n++;
        recognized += st == DOCBAO_ERR_NOT_ARTICLE_PAGE;
        printf("  %-28s %s%s%s\n", (const char *)g_ptr_array_index(names, i),
               docbao_status_name(st), a != NULL ? ": " : "",
               a != NULL ? docbao_article_title(a) : "");
        docbao_article_free(a);
        g_free(html);
        g_free(path);
    }
    if (n > 0) {
        printf("vi non-articles: %u/%u reported as lists (DOCBAO_ERR_NOT_ARTICLE_PAGE)\n",
               recognized, n);
    }
    g_ptr_array_unref(names);
}

static void run_vi(bench *b)
{
    char *dir = g_build_filename(b->corpus, "vi", NULL);
    char *lists = g_build_filename(dir, "non-articles", NULL);
    if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
        printf("vi: %s not found; skipped\n", dir);
    } else {
        run_vi_articles(b, dir);
        run_vi_lists(b, lists);
    }
    g_free(lists);
    g_free(dir);
}

/* The text of an HTML fragment with a line break at every block, for scoring. */
static char *html_text(const char *html, gsize len)
{
    static const char *const blocks[] = {"p",  "div", "br", "li", "tr", "td", "th", "h1",
                                         "h2", "h3",  "h4", "h5", "h6", "ul", "ol", "table",
                                         "blockquote", "figcaption", "figure", "section",
                                         "article", "dd", "dt", "pre", "caption"};
    htmlDocPtr doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    GString *out = g_string_new(NULL);
    xmlNode *root = doc != NULL ? xmlDocGetRootElement(doc) : NULL;
    xmlNode *n = root;
    while (n != NULL) {
        gboolean descend = TRUE;
        if (n->type == XML_ELEMENT_NODE) {
            if (strcmp((const char *)n->name, "script") == 0 ||
                strcmp((const char *)n->name, "style") == 0) {
                descend = FALSE;
            }
            for (size_t i = 0; i < G_N_ELEMENTS(blocks); i++) {
                if (strcmp((const char *)n->name, blocks[i]) == 0) {
                    g_string_append_c(out, '\n');
                }
            }
        } else if (n->type == XML_TEXT_NODE && n->content != NULL) {
            g_string_append(out, (const char *)n->content);
        }
        if (descend && n->type == XML_ELEMENT_NODE && n->children != NULL) {
            n = n->children;
            continue;
        }
        while (n != NULL && n != root && n->next == NULL) {
            n = n->parent;
        }
        n = n != NULL && n != root ? n->next : NULL;
    }
    if (doc != NULL) {
        xmlFreeDoc(doc);
    }
    return g_string_free(out, FALSE);
}

static void run_readability(bench *b)
{
    char *dir = g_build_filename(b->corpus, "readability", "test-pages", NULL);
    GDir *d = g_dir_open(dir, 0, NULL);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    GArray *pages = g_array_new(FALSE, FALSE, sizeof(page_score));
    bench_corpus c = {0};
    unsigned refused = 0;
    const char *entry;
    if (d == NULL) {
        printf("readability: %s not found; skipped\n", dir);
        goto out;
    }
    while ((entry = g_dir_read_name(d)) != NULL) {
        g_ptr_array_add(names, g_strdup(entry));
    }
    g_dir_close(d);
    g_ptr_array_sort(names, cmp_names);
    for (guint i = 0; i < names->len; i++) {
        const char *id = g_ptr_array_index(names, i);
        char *src_path = g_build_filename(dir, id, "source.html", NULL);
        char *exp_path = g_build_filename(dir, id, "expected.html", NULL);
        gsize len = 0, exp_len = 0;
        char *html = read_page(src_path, &len);
        char *expected = read_page(exp_path, &exp_len);
        docbao_article *a = NULL;
        docbao_status st = DOCBAO_ERR_IO;
        char *truth, *pred;
        if (html == NULL || expected == NULL) {
            goto next;
        }
        st = extract(b, CORPUS_READABILITY, html, len, &a);
        refused += st != DOCBAO_OK;
        truth = html_text(expected, exp_len);
        pred = article_body(a, TRUE);
        add_page(b, "readability", pages, &c, id, st, truth, pred);
        g_free(truth);
        g_free(pred);
    next:
        docbao_article_free(a);
        g_free(html);
        g_free(expected);
        g_free(src_path);
        g_free(exp_path);
    }
    print_prf("readability body", &c);
    write_scores(b, "readability", pages);
    printf("%-28s %u of %u pages reported as holding no article or as a list\n", "", refused,
           c.pages);
    print_worst(b, pages);
out:
    free_pages(pages);
    g_ptr_array_unref(names);
    g_free(dir);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(GArray *times)
{
    if (times->len == 0) {
        return 0;
    }
    g_array_sort(times, cmp_double);
    if (times->len % 2 == 1) {
        return g_array_index(times, double, times->len / 2);
    }
    return (g_array_index(times, double, times->len / 2 - 1) +
            g_array_index(times, double, times->len / 2)) /
           2;
}

static double mean(GArray *times)
{
    double sum = 0;
    for (guint i = 0; i < times->len; i++) {
        sum += g_array_index(times, double, i);
    }
    return times->len > 0 ? sum / times->len : 0;
}

static gboolean wanted(const bench *b, const char *name)
{
    return b->only == NULL || strcmp(b->only, name) == 0;
}

int main(int argc, char **argv)
{
    bench b = {0};
    struct rusage ru;
    static const char *const corpus_names[N_CORPORA] = {"zyte", "vi", "readability", "wcxb"};
    GOptionEntry entries[] = {
        {"dump", 'd', 0, G_OPTION_ARG_FILENAME, &b.dump, "Write each page's text under DIR",
         "DIR"},
        {"verbose", 'v', 0, G_OPTION_ARG_NONE, &b.verbose, "List the worst pages", NULL},
        {"only", 'o', 0, G_OPTION_ARG_STRING, &b.only, "Run one corpus: zyte, vi, readability or wcxb",
         "NAME"},
        {"scores", 0, 0, G_OPTION_ARG_FILENAME, &b.scores_path,
         "Write each page's status, precision, recall and F1 to FILE (tab-separated)", "FILE"},
        {"zyte-out", 0, 0, G_OPTION_ARG_FILENAME, &b.zyte_out,
         "Write docbao's Zyte articleBody predictions to FILE (JSON)", "FILE"},
        {"score-zyte", 0, 0, G_OPTION_ARG_FILENAME, &b.score_zyte,
         "Score another extractor's Zyte output (JSON) instead of docbao", "FILE"},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx = g_option_context_new("[CORPUS_DIR] — measure article extraction");
    GError *error = NULL;

    setlocale(LC_ALL, "");
    g_option_context_add_main_entries(ctx, entries, NULL);
    if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
        fprintf(stderr, "bench_extract: %s\n", error->message);
        g_error_free(error);
        g_option_context_free(ctx);
        return 2;
    }
    g_option_context_free(ctx);
    b.corpus = argc > 1 ? argv[1] : DOCBAO_BENCH_CORPUS;
    if (!g_file_test(b.corpus, G_FILE_TEST_IS_DIR)) {
        printf("bench_extract: no corpus at %s; nothing measured\n", b.corpus);
        return 0;
    }
    b.times = g_array_new(FALSE, FALSE, sizeof(double));
    for (int i = 0; i < N_CORPORA; i++) {
        b.times_by_corpus[i] = g_array_new(FALSE, FALSE, sizeof(double));
    }
    printf("corpus: %s\n", b.corpus);
    if (b.scores_path != NULL && (b.scores = fopen(b.scores_path, "w")) == NULL) {
        fprintf(stderr, "bench_extract: cannot write %s\n", b.scores_path);
        return 1;
    }
    if (wanted(&b, "zyte") && run_body_corpus(&b, "zyte", CORPUS_ZYTE) != 0) {
        return 1;
    }
    if (b.score_zyte != NULL) {
        return 0;
    }
    if (wanted(&b, "vi")) {
        run_vi(&b);
    }
    if (wanted(&b, "readability")) {
        run_readability(&b);
    }
    if (wanted(&b, "wcxb")) {
        run_body_corpus(&b, "wcxb", CORPUS_WCXB);
    }
    printf("article pages refused (no article or list): %u\n", b.misclassified);
    for (int i = 0; i < N_CORPORA; i++) {
        if (b.times_by_corpus[i]->len > 0) {
            printf("speed %-12s pages=%u median_ms=%.3f mean_ms=%.3f\n", corpus_names[i],
                   b.times_by_corpus[i]->len, median(b.times_by_corpus[i]),
                   mean(b.times_by_corpus[i]));
        }
        g_array_unref(b.times_by_corpus[i]);
    }
    getrusage(RUSAGE_SELF, &ru);
    printf("speed all          pages=%u median_ms=%.3f mean_ms=%.3f peak_rss_kb=%ld\n",
           b.times->len, median(b.times), mean(b.times), ru.ru_maxrss);
    g_array_unref(b.times);
    if (b.scores != NULL) {
        fclose(b.scores);
    }
    return 0;
}
