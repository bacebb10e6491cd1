/*
 * Reading the normalizer's golden cases (tests/golden/normalize): shared by the unit test and
 * bench/normalize_vs_espeak so that both read the format the same way.
 *
 * Each .tsv file holds lines CATEGORY<tab>INPUT<tab>EXPECTED; lines starting with '#' and empty
 * lines are skipped. Files whose names start with "south" are read with the southern profile,
 * and their categories are reported with " (south)" after them; files whose names start with
 * "english" hold English text, normalized with the English rules (language "en"), categories
 * reported with " (en)". Files are visited in name order.
 */
#ifndef DOCBAO_GOLDEN_NORMALIZE_H
#define DOCBAO_GOLDEN_NORMALIZE_H

#include <string.h>

#include <glib.h>

#include "docbao/normalize.h"

typedef struct golden_case {
    const char *file;     /* the file's name */
    unsigned line;        /* 1-based */
    docbao_dialect dialect;
    const char *language; /* "vi", or "en" for english* files */
    const char *category; /* with " (south)" or " (en)" after it for those files */
    const char *input;
    const char *expected;
} golden_case;

/* Called for each case; return FALSE to stop. */
typedef gboolean (*golden_fn)(const golden_case *c, void *data);

static inline int golden_compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Calls fn for every case of one file, read from path; its name, file, tells the dialect and
 * the language (see above). Returns the number of cases, or -1 when the file cannot be read
 * (with *bad set to path) or a line does not have three columns (*bad set to "file:line"; free
 * it with g_free()). *stop is set when fn returns FALSE; the lines after it are not read.
 */
static inline int golden_file_foreach(const char *path, const char *file, golden_fn fn,
                                      void *data, char **bad, gboolean *stop)
{
    gboolean south = g_str_has_prefix(file, "south");
    gboolean english = g_str_has_prefix(file, "english");
    char *text = NULL;
    char **lines;
    int count = 0;
    if (!g_file_get_contents(path, &text, NULL, NULL)) {
        *bad = g_strdup(path);
        return -1;
    }
    lines = g_strsplit(text, "\n", -1);
    for (guint i = 0; lines[i] != NULL && !*stop && count >= 0; i++) {
        char **cols;
        golden_case c;
        char *cat;
        if (lines[i][0] == '#' || lines[i][0] == '\0') {
            continue;
        }
        cols = g_strsplit(lines[i], "\t", -1);
        if (g_strv_length(cols) != 3) {
            *bad = g_strdup_printf("%s:%u", file, i + 1);
            count = -1;
        } else {
            cat = south     ? g_strconcat(cols[0], " (south)", NULL)
                  : english ? g_strconcat(cols[0], " (en)", NULL)
                            : g_strdup(cols[0]);
            c.language = english ? "en" : "vi";
            c.file = file;
            c.line = i + 1;
            c.dialect = south ? DOCBAO_DIALECT_SOUTH : DOCBAO_DIALECT_NORTH;
            c.category = cat;
            c.input = cols[1];
            c.expected = cols[2];
            count++;
            *stop = !fn(&c, data);
            g_free(cat);
        }
        g_strfreev(cols);
    }
    g_strfreev(lines);
    g_free(text);
    return count;
}

/*
 * Calls fn for every case under dir (golden_file_foreach() on each .tsv file). Returns the
 * number of cases, or -1 when dir or a file cannot be read or a line does not have three
 * columns (with *bad set to what, free with g_free()).
 */
static inline int golden_foreach(const char *dir, golden_fn fn, void *data, char **bad)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    GPtrArray *files;
    const char *name;
    int count = 0;
    gboolean stop = FALSE;
    if (d == NULL) {
        *bad = g_strdup(dir);
        return -1;
    }
    files = g_ptr_array_new_with_free_func(g_free);
    while ((name = g_dir_read_name(d)) != NULL) {
        if (g_str_has_suffix(name, ".tsv")) {
            g_ptr_array_add(files, g_strdup(name));
        }
    }
    g_dir_close(d);
    g_ptr_array_sort(files, golden_compare_names);
    for (guint f = 0; f < files->len && !stop && count >= 0; f++) {
        const char *file = g_ptr_array_index(files, f);
        char *path = g_build_filename(dir, file, NULL);
        int n = golden_file_foreach(path, file, fn, data, bad, &stop);
        count = n < 0 ? -1 : count + n;
        g_free(path);
    }
    g_ptr_array_unref(files);
    return count;
}

#endif
