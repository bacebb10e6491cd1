/*
 * How fast the normalizer reads news text, as a ratio against two anchors measured in the same
 * run on the same text: GLib's NFC normalization (g_utf8_normalize, one pass that any reader of
 * text pays) and espeak-ng's own text-to-phoneme translation (espeak_TextToPhonemes, the step
 * that follows the normalizer when docbao speaks). Text is normalized sentence by sentence, as
 * docbao_script_new() does.
 *
 * Texts: the seed article (/work/shared/seed/bac-kan-2024-01-28.txt when present, else the body
 * of samples/bac-kan-2024-01-28.html), and about 1 MiB of news text made by shuffling the
 * paragraphs of the gold files of /work/shared/corpus/vi (when present) and of the three sample
 * articles.
 *
 * Usage: bench_normalize [--seconds S] [TEXT_FILE]   (a TEXT_FILE replaces the seed article)
 * DOCBAO_SHARED_DIR replaces /work/shared (a directory without them shows the fallbacks).
 * Target: at least 5 MB/s on one core. Build with the release preset for figures.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <espeak-ng/speak_lib.h>
#include <glib.h>
#include <json-glib/json-glib.h>

#include "docbao/docbao.h"

#define TARGET_MBPS 5.0

/* The shared data directory: /work/shared, or $DOCBAO_SHARED_DIR. */
static char *shared_path(const char *relative)
{
    const char *root = g_getenv("DOCBAO_SHARED_DIR");
    return g_build_filename(root != NULL ? root : "/work/shared", relative, NULL);
}

typedef struct {
    const char *name;
    GPtrArray *paragraphs; /* of char *, NUL-terminated UTF-8 */
    size_t bytes;
} text_set;

static void set_add(text_set *t, const char *p)
{
    if (p != NULL && *p != '\0') {
        g_ptr_array_add(t->paragraphs, g_strdup(p));
        t->bytes += strlen(p);
    }
}

static void add_article(text_set *t, const docbao_article *a)
{
    set_add(t, docbao_article_title(a));
    set_add(t, docbao_article_lead(a));
    for (size_t i = 0; i < docbao_article_n_blocks(a); i++) {
        set_add(t, docbao_article_block_text(a, i));
    }
}

static gboolean load_article(text_set *t, const char *path)
{
    docbao_article *a = NULL;
    docbao_error err = {0};
    if (docbao_article_load(path, NULL, &a, &err) != DOCBAO_OK) {
        fprintf(stderr, "bench_normalize: %s: %s\n", path, err.message);
        return FALSE;
    }
    add_article(t, a);
    docbao_article_free(a);
    return TRUE;
}

/* Paragraphs of a plain text file: one per non-empty line. */
static gboolean load_lines(text_set *t, const char *path)
{
    char *data = NULL;
    char **lines;
    if (!g_file_get_contents(path, &data, NULL, NULL) || !g_utf8_validate(data, -1, NULL)) {
        g_free(data);
        return FALSE;
    }
    lines = g_strsplit(data, "\n", -1);
    for (char **l = lines; *l != NULL; l++) {
        set_add(t, g_strstrip(*l));
    }
    g_strfreev(lines);
    g_free(data);
    return TRUE;
}

static void add_json_strings(text_set *t, JsonObject *o, const char *member)
{
    JsonNode *n = json_object_get_member(o, member);
    if (n == NULL) {
        return;
    }
    if (JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_STRING) {
        set_add(t, json_node_get_string(n));
    } else if (JSON_NODE_HOLDS_ARRAY(n)) {
        JsonArray *a = json_node_get_array(n);
        for (guint i = 0; i < json_array_get_length(a); i++) {
            JsonNode *e = json_array_get_element(a, i);
            if (JSON_NODE_HOLDS_VALUE(e) && json_node_get_value_type(e) == G_TYPE_STRING) {
                set_add(t, json_node_get_string(e));
            }
        }
    }
}

/* Paragraphs of the corpus's gold files; returns how many files were read. */
static int load_corpus(text_set *t, const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    const char *name;
    int files = 0;
    if (d == NULL) {
        return 0;
    }
    while ((name = g_dir_read_name(d)) != NULL) {
        char *path;
        JsonParser *p;
        if (!g_str_has_suffix(name, ".gold.json")) {
            continue;
        }
        path = g_build_filename(dir, name, NULL);
        p = json_parser_new();
        if (json_parser_load_from_file(p, path, NULL) &&
            JSON_NODE_HOLDS_OBJECT(json_parser_get_root(p))) {
            JsonObject *o = json_node_get_object(json_parser_get_root(p));
            add_json_strings(t, o, "title");
            add_json_strings(t, o, "lead");
            add_json_strings(t, o, "body");
            add_json_strings(t, o, "captions");
            files++;
        }
        g_object_unref(p);
        g_free(path);
    }
    g_dir_close(d);
    return files;
}

static char *source_path(const char *relative)
{
    const char *root = g_getenv("DOCBAO_SOURCE_DIR");
    return g_build_filename(root != NULL ? root : DOCBAO_SOURCE_DIR, relative, NULL);
}

/* Normalizes every sentence of every paragraph once; returns the spoken bytes. */
static size_t normalize_all(docbao_normalizer *n, const text_set *t)
{
    size_t spoken = 0;
    size_t cap = 256;
    size_t (*bounds)[2] = g_malloc_n(cap, sizeof *bounds);
    docbao_normalizer_reset(n);
    for (guint i = 0; i < t->paragraphs->len; i++) {
        const char *p = g_ptr_array_index(t->paragraphs, i);
        size_t len = strlen(p);
        size_t count = docbao_sentences_split(p, len, bounds, cap);
        if (count > cap) {
            cap = count;
            bounds = g_realloc_n(bounds, cap, sizeof *bounds);
            count = docbao_sentences_split(p, len, bounds, cap);
        }
        for (size_t s = 0; s < count; s++) {
            docbao_spoken *out = NULL;
            if (docbao_normalize(n, p + bounds[s][0], bounds[s][1] - bounds[s][0], &out, NULL) ==
                DOCBAO_OK) {
                spoken += docbao_spoken_len(out);
                docbao_spoken_free(out);
            }
        }
    }
    g_free(bounds);
    return spoken;
}

static size_t nfc_all(docbao_normalizer *n, const text_set *t)
{
    size_t bytes = 0;
    (void)n;
    for (guint i = 0; i < t->paragraphs->len; i++) {
        char *nfc = g_utf8_normalize(g_ptr_array_index(t->paragraphs, i), -1, G_NORMALIZE_NFC);
        bytes += strlen(nfc);
        g_free(nfc);
    }
    return bytes;
}

static size_t espeak_all(docbao_normalizer *n, const text_set *t)
{
    size_t bytes = 0;
    (void)n;
    for (guint i = 0; i < t->paragraphs->len; i++) {
        const void *p = g_ptr_array_index(t->paragraphs, i);
        while (p != NULL) {
            const char *ph = espeak_TextToPhonemes(&p, espeakCHARS_UTF8, 0);
            bytes += ph != NULL ? strlen(ph) : 0;
        }
    }
    return bytes;
}

/* Runs fn over t for at least `seconds` (and at least twice); returns the best MB/s of a pass. */
static double measure(size_t (*fn)(docbao_normalizer *, const text_set *), docbao_normalizer *n,
                      const text_set *t, double seconds)
{
    double best = 0.0;
    gint64 start = g_get_monotonic_time();
    int passes = 0;
    while (passes < 2 || (double)(g_get_monotonic_time() - start) / 1e6 < seconds) {
        gint64 t0 = g_get_monotonic_time();
        double dt;
        fn(n, t);
        dt = (double)(g_get_monotonic_time() - t0) / 1e6;
        if (dt > 0 && (double)t->bytes / dt / 1e6 > best) {
            best = (double)t->bytes / dt / 1e6;
        }
        passes++;
    }
    return best;
}

/* A random order of paragraphs repeated until there are at least `target` bytes. */
static void build_large(text_set *out, const text_set *pool, size_t target)
{
    GRand *rand = g_rand_new_with_seed(1);
    guint n = pool->paragraphs->len;
    guint *order = g_new(guint, n);
    for (guint i = 0; i < n; i++) {
        order[i] = i;
    }
    while (out->bytes < target) {
        for (guint i = n; i > 1; i--) {
            guint j = (guint)g_rand_int_range(rand, 0, (gint32)i);
            guint tmp = order[i - 1];
            order[i - 1] = order[j];
            order[j] = tmp;
        }
        for (guint i = 0; i < n && out->bytes < target; i++) {
            set_add(out, g_ptr_array_index(pool->paragraphs, order[i]));
        }
    }
    g_free(order);
    g_rand_free(rand);
}

static void report(const char *name, const text_set *t, double norm, double nfc, double esp)
{
    printf("%-22s %9zu  %10.2f  %10.2f  %8.3f  %10.3f  %8.1f\n", name, t->bytes, norm, nfc,
           norm / nfc, esp, norm / esp);
}

int main(int argc, char **argv)
{
    double seconds = 1.0;
    const char *seed_arg = NULL;
    text_set seed = {"seed article", g_ptr_array_new_with_free_func(g_free), 0};
    text_set pool = {"pool", g_ptr_array_new_with_free_func(g_free), 0};
    text_set large = {"news 1 MiB", g_ptr_array_new_with_free_func(g_free), 0};
    text_set slice = {"slice", g_ptr_array_new_with_free_func(g_free), 0};
    docbao_normalizer *n;
    docbao_normalize_options opts = {0};
    docbao_error err = {0};
    gint64 t0;
    double new_ms, first_us, norm_seed, norm_large, nfc_seed, nfc_large, esp_seed, esp_large;
    int corpus_files;
    char *seed_txt = shared_path("seed/bac-kan-2024-01-28.txt");
    char *corpus_dir = shared_path("corpus/vi");
    static const char *const samples[] = {"samples/bac-kan-2024-01-28.html",
                                          "samples/tin-dia-phuong-cu.html",
                                          "samples/tin-tuc-bao-dien-tu.html"};

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
            seconds = g_ascii_strtod(argv[++i], NULL);
        } else {
            seed_arg = argv[i];
        }
    }
    /* The seed article. */
    if (seed_arg != NULL) {
        if (!load_lines(&seed, seed_arg)) {
            fprintf(stderr, "bench_normalize: cannot read %s\n", seed_arg);
            return 1;
        }
        printf("seed article: %s\n", seed_arg);
    } else if (g_file_test(seed_txt, G_FILE_TEST_EXISTS) && load_lines(&seed, seed_txt)) {
        printf("seed article: %s\n", seed_txt);
    } else {
        char *path = source_path(samples[0]);
        if (!load_article(&seed, path)) {
            return 1;
        }
        printf("seed article: body of %s (no %s)\n", path, seed_txt);
        g_free(path);
    }
    /* About 1 MiB of news text. */
    corpus_files = load_corpus(&pool, corpus_dir);
    for (size_t i = 0; i < G_N_ELEMENTS(samples); i++) {
        char *path = source_path(samples[i]);
        load_article(&pool, path);
        g_free(path);
    }
    if (corpus_files == 0) {
        printf("news text: %s is absent; the 1 MiB text repeats the three sample articles\n",
               corpus_dir);
    } else {
        printf("news text: %d gold articles of %s and 3 samples, %u paragraphs, shuffled\n",
               corpus_files, corpus_dir, pool.paragraphs->len);
    }
    build_large(&large, &pool, 1024 * 1024);
    build_large(&slice, &pool, 64 * 1024);

    /* Starting up: loading the lexicons, then the first sentence. */
    opts.user_lexicon_dir = "/nonexistent";
    t0 = g_get_monotonic_time();
    n = docbao_normalizer_new(&opts, &err);
    new_ms = (double)(g_get_monotonic_time() - t0) / 1e3;
    if (n == NULL) {
        fprintf(stderr, "bench_normalize: %s\n", err.message);
        return 1;
    }
    {
        const char *first = g_ptr_array_index(seed.paragraphs, 0);
        size_t b[1][2];
        docbao_spoken *s = NULL;
        size_t count = docbao_sentences_split(first, strlen(first), b, 1);
        t0 = g_get_monotonic_time();
        docbao_normalize(n, first, count > 0 ? b[0][1] : strlen(first), &s, NULL);
        first_us = (double)(g_get_monotonic_time() - t0);
        docbao_spoken_free(s);
    }

    norm_seed = measure(normalize_all, n, &seed, seconds);
    nfc_seed = measure(nfc_all, n, &seed, seconds);
    norm_large = measure(normalize_all, n, &large, seconds);
    nfc_large = measure(nfc_all, n, &large, seconds);

    /* espeak-ng's text-to-phoneme step, Vietnamese voice (on a 64 KiB slice: it is slow). */
    if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, 0) <= 0 ||
        espeak_SetVoiceByName("vi") != EE_OK) {
        fprintf(stderr, "bench_normalize: espeak-ng is not available\n");
        return 1;
    }
    esp_seed = measure(espeak_all, n, &seed, seconds);
    esp_large = measure(espeak_all, n, &slice, seconds);
    espeak_Terminate();

    printf("\nnormalizer start-up (lexicons): %.2f ms; first sentence of the seed: %.0f us\n\n",
           new_ms, first_us);
    printf("%-22s %9s  %10s  %10s  %8s  %10s  %8s\n", "text", "bytes", "normalize", "NFC",
           "ratio", "espeak-ng", "ratio");
    printf("%-22s %9s  %10s  %10s  %8s  %10s  %8s\n", "", "", "MB/s", "MB/s", "norm/NFC",
           "MB/s", "norm/esp");
    report(seed.name, &seed, norm_seed, nfc_seed, esp_seed);
    report(large.name, &large, norm_large, nfc_large, esp_large);
    printf("\n(espeak-ng on the 1 MiB row is measured on a %zu-byte slice of the same text)\n",
           slice.bytes);
    printf("target >= %.0f MB/s on one core: %s\n", TARGET_MBPS,
           norm_seed >= TARGET_MBPS && norm_large >= TARGET_MBPS ? "met" : "NOT met");

    docbao_normalizer_free(n);
    g_ptr_array_unref(seed.paragraphs);
    g_ptr_array_unref(pool.paragraphs);
    g_ptr_array_unref(large.paragraphs);
    g_ptr_array_unref(slice.paragraphs);
    g_free(seed_txt);
    g_free(corpus_dir);
    return norm_seed >= TARGET_MBPS && norm_large >= TARGET_MBPS ? 0 : 2;
}
