/* Resolving links found in pages and feeds. */
#include <glib.h>
#include <string.h>

#include "docbao/text.h"

char *docbao_link_resolve(const char *base, const char *ref)
{
    char *resolved = NULL;

    if (ref == NULL) {
        return NULL;
    }
    if (g_uri_peek_scheme(ref) != NULL || base == NULL || base[0] == '\0') {
        return g_strdup(ref);
    }
    if (g_uri_peek_scheme(base) != NULL) {
        return g_uri_resolve_relative(base, ref, G_URI_FLAGS_PARSE_RELAXED | G_URI_FLAGS_ENCODED,
                                      NULL);
    }
    /* base is a file's path: a relative link names a file beside it. */
    if (g_str_has_prefix(ref, "//")) {
        return NULL;
    } else {
        char *plain = g_strndup(ref, strcspn(ref, "?#"));
        char *unescaped = g_uri_unescape_string(plain, NULL);
        const char *path = unescaped != NULL ? unescaped : plain;
        if (path[0] == '\0') {
            resolved = g_strdup(base);
        } else if (g_path_is_absolute(path)) {
            resolved = g_strdup(path);
        } else {
            char *dir = strcmp(base, "-") == 0 ? g_strdup(".") : g_path_get_dirname(base);
            resolved = strcmp(dir, ".") == 0 ? g_strdup(path) : g_build_filename(dir, path, NULL);
            g_free(dir);
        }
        g_free(unescaped);
        g_free(plain);
    }
    return resolved;
}
