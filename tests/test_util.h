/* Helpers shared by the unit tests. */
#ifndef DOCBAO_TEST_UTIL_H
#define DOCBAO_TEST_UTIL_H

#include <glib.h>

/* A path under the source tree (DOCBAO_SOURCE_DIR, set by ctest). Free with g_free(). */
static inline char *test_source_path(const char *relative)
{
    const char *root = g_getenv("DOCBAO_SOURCE_DIR");
    return g_build_filename(root != NULL ? root : ".", relative, NULL);
}

/* Reads a file under the source tree; fails the test when it is missing. */
static inline char *test_read_source(const char *relative, gsize *len)
{
    char *path = test_source_path(relative);
    char *data = NULL;
    GError *err = NULL;
    if (!g_file_get_contents(path, &data, len, &err)) {
        g_error("cannot read %s: %s", path, err->message);
    }
    g_free(path);
    return data;
}

#endif
