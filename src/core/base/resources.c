/* Looking up the data compiled into the library (see resources.h). */
#include <string.h>

#include "base/resources.h"

GBytes *dbi_resource_lookup(const char *path)
{
    for (const dbi_resource *r = dbi_resources; r->path != NULL; r++) {
        if (strcmp(r->path, path) == 0) {
            return g_bytes_new_static(r->data, r->size);
        }
    }
    return NULL;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **dbi_resource_children(const char *dir)
{
    GPtrArray *names = g_ptr_array_new();
    size_t n = strlen(dir);
    for (const dbi_resource *r = dbi_resources; r->path != NULL; r++) {
        const char *name = r->path + n + 1;
        if (strncmp(r->path, dir, n) == 0 && r->path[n] == '/' && strchr(name, '/') == NULL) {
            g_ptr_array_add(names, g_strdup(name));
        }
    }
    if (names->len == 0) {
        g_ptr_array_free(names, TRUE);
        return NULL;
    }
    qsort(names->pdata, names->len, sizeof(char *), compare_names);
    g_ptr_array_add(names, NULL);
    return (char **)g_ptr_array_free(names, FALSE);
}
