/*
 * libFuzzer target for the saved sources file (sources.conf): any bytes through
 * docbao_sources_parse(). Besides crashes and sanitizer reports, it aborts when a parsed list
 * breaks its contract: a location that is empty or holds white space or a control character, a
 * name with white space at its ends; or when the list, saved and read back, is not the same
 * list (what "docbao sources add/remove" rely on: saving never changes the other lines).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "docbao/docbao.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void violated(const char *what)
{
    fprintf(stderr, "fuzz_sources: contract broken: %s\n", what);
    abort();
}

static void check_list(const docbao_sources *s)
{
    for (size_t i = 0; i < docbao_sources_size(s); i++) {
        const char *loc = docbao_sources_location(s, i), *name = docbao_sources_name(s, i);
        if (loc == NULL || loc[0] == '\0') {
            violated("an empty location");
        }
        for (const char *p = loc; *p != '\0'; p++) {
            if ((unsigned char)*p <= 0x20 || *p == 0x7f) {
                violated("a location with white space or a control character");
            }
        }
        if (name != NULL && (name[0] == '\0' || g_ascii_isspace(name[0]) ||
                             g_ascii_isspace(name[strlen(name) - 1]))) {
            violated("a name that is empty or has white space at an end");
        }
    }
}

static gboolean same(const char *a, const char *b)
{
    return (a == NULL && b == NULL) || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char *dir;
    docbao_sources *s = NULL, *again = NULL;
    docbao_error err = {0};
    char *path;
    if (dir == NULL) {
        dir = g_dir_make_tmp("fuzz_sources.XXXXXX", NULL);
        if (dir == NULL) {
            violated("no temporary folder");
        }
    }
    if (docbao_sources_parse((const char *)data, size, "fuzz", &s, &err) != DOCBAO_OK) {
        if (s != NULL || err.message[0] == '\0') {
            violated("a failure without a message, or with a list");
        }
        return 0;
    }
    check_list(s);
    path = g_build_filename(dir, "sources.conf", NULL);
    if (docbao_sources_save(s, path, &err) != DOCBAO_OK) {
        violated("a parsed list cannot be saved");
    }
    if (docbao_sources_load(path, &again, &err) != DOCBAO_OK) {
        violated("a saved list cannot be read back");
    }
    if (docbao_sources_size(again) != docbao_sources_size(s)) {
        violated("saved and read back, the list has another length");
    }
    for (size_t i = 0; i < docbao_sources_size(s); i++) {
        if (!same(docbao_sources_location(s, i), docbao_sources_location(again, i)) ||
            !same(docbao_sources_name(s, i), docbao_sources_name(again, i))) {
            violated("saved and read back, a source changed");
        }
    }
    /* Removing the first source by number, then adding it back, gives the same length. */
    if (docbao_sources_size(s) > 0) {
        char *loc = g_strdup(docbao_sources_location(s, 0));
        size_t n = docbao_sources_size(s);
        if (docbao_sources_remove(s, "1", &err) != DOCBAO_OK ||
            docbao_sources_size(s) != n - 1) {
            violated("removing source 1 failed");
        }
        if (docbao_sources_add(s, loc, NULL, &err) == DOCBAO_OK &&
            docbao_sources_size(s) != n) {
            violated("adding a source back did not lengthen the list");
        }
        g_free(loc);
    }
    g_unlink(path);
    g_free(path);
    docbao_sources_free(again);
    docbao_sources_free(s);
    return 0;
}
