/* The offline cache of fetched pages and feeds: atomic entries, least recently used eviction. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "input/cache.h"

#define CACHE_MAGIC "docbao-cache 1\n"
#define CACHE_SUFFIX ".page"
/* A temporary file older than this was left by a writer that died. */
#define CACHE_STALE_TEMP_SECONDS 600

char *dbi_cache_dir(const docbao_fetch_options *opts)
{
    if (opts != NULL && opts->cache_dir != NULL) {
        return g_build_filename(opts->cache_dir, "web", NULL);
    }
    return g_build_filename(g_get_user_cache_dir(), "docbao", "web", NULL);
}

/* The entry's path: <dir>/<sha256 of url>.page. */
static char *entry_path(const char *dir, const char *url)
{
    char *hash = g_compute_checksum_for_string(G_CHECKSUM_SHA256, url, -1);
    char *name = g_strconcat(hash, CACHE_SUFFIX, NULL);
    char *path = g_build_filename(dir, name, NULL);
    g_free(hash);
    g_free(name);
    return path;
}

/* Header values are one line each: refuse anything that would break the format. */
static gboolean one_line(const char *s)
{
    return s == NULL || strpbrk(s, "\r\n") == NULL;
}

static void header_line(GString *out, const char *key, const char *value)
{
    if (value != NULL) {
        g_string_append_printf(out, "%s %s\n", key, value);
    }
}

gboolean dbi_cache_store(const char *dir, size_t max_bytes, const char *url,
                         const docbao_fetch_result *r)
{
    GString *entry;
    char *path;
    gboolean ok;

    if (max_bytes == 0) {
        max_bytes = DOCBAO_CACHE_MAX_DEFAULT;
    }
    if (!one_line(url) || !one_line(r->final_url) || !one_line(r->content_type) ||
        !one_line(r->charset) || r->len > max_bytes) {
        return FALSE;
    }
    if (g_mkdir_with_parents(dir, 0700) != 0) {
        return FALSE;
    }
    entry = g_string_sized_new(r->len + 512);
    g_string_append(entry, CACHE_MAGIC);
    header_line(entry, "url", url);
    header_line(entry, "final-url", r->final_url);
    header_line(entry, "content-type", r->content_type);
    header_line(entry, "charset", r->charset);
    g_string_append_printf(entry, "fetched-at %" G_GINT64_FORMAT "\nlength %zu\n\n",
                           (gint64)r->fetched_at, r->len);
    g_string_append_len(entry, r->data, (gssize)r->len);
    if (entry->len > max_bytes) {
        g_string_free(entry, TRUE);
        return FALSE;
    }
    path = entry_path(dir, url);
    /* Temporary name, then rename: readers never see half an entry. */
    ok = g_file_set_contents_full(path, entry->str, (gssize)entry->len,
                                  G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
    g_free(path);
    g_string_free(entry, TRUE);
    if (ok) {
        dbi_cache_trim(dir, max_bytes);
    }
    return ok;
}

/* Returns the value of "key value" in the header, or NULL. A new string. */
static char *header_get(char **lines, const char *key)
{
    size_t n = strlen(key);
    for (char **l = lines; *l != NULL; l++) {
        if (strncmp(*l, key, n) == 0 && (*l)[n] == ' ') {
            return g_strdup(*l + n + 1);
        }
    }
    return NULL;
}

gboolean dbi_cache_lookup(const char *dir, const char *url, docbao_fetch_result *out)
{
    char *path = entry_path(dir, url);
    char *contents = NULL;
    gsize size = 0;
    const char *body;
    char *header = NULL;
    char **lines = NULL;
    char *stored_url = NULL, *length = NULL, *fetched = NULL, *final_url = NULL;
    gboolean hit = FALSE;

    if (!g_file_get_contents(path, &contents, &size, NULL) ||
        !g_str_has_prefix(contents, CACHE_MAGIC)) {
        goto done;
    }
    body = strstr(contents, "\n\n");
    if (body == NULL) {
        goto done;
    }
    header = g_strndup(contents, (gsize)(body - contents));
    body += 2;
    lines = g_strsplit(header, "\n", -1);
    stored_url = header_get(lines, "url");
    length = header_get(lines, "length");
    fetched = header_get(lines, "fetched-at");
    final_url = header_get(lines, "final-url");
    /* Only a whole entry for exactly this address counts (the hash could collide). */
    if (stored_url == NULL || strcmp(stored_url, url) != 0 || length == NULL ||
        fetched == NULL || final_url == NULL ||
        g_ascii_strtoull(length, NULL, 10) != (guint64)(size - (gsize)(body - contents))) {
        goto done;
    }
    out->len = size - (gsize)(body - contents);
    out->data = g_malloc(out->len + 1);
    memcpy(out->data, body, out->len);
    out->data[out->len] = '\0';
    out->final_url = g_steal_pointer(&final_url);
    out->content_type = header_get(lines, "content-type");
    out->charset = header_get(lines, "charset");
    out->fetched_at = g_ascii_strtoll(fetched, NULL, 10);
    out->from_cache = true;
    /* Mark as recently used, for eviction. */
    g_utime(path, NULL);
    hit = TRUE;
done:
    g_free(stored_url);
    g_free(length);
    g_free(fetched);
    g_free(final_url);
    g_strfreev(lines);
    g_free(header);
    g_free(contents);
    g_free(path);
    return hit;
}

typedef struct {
    char *path;
    guint64 size;
    struct timespec used;
} cached_file;

static int by_use(const void *a, const void *b)
{
    const cached_file *x = a;
    const cached_file *y = b;
    if (x->used.tv_sec != y->used.tv_sec) {
        return x->used.tv_sec < y->used.tv_sec ? -1 : 1;
    }
    if (x->used.tv_nsec != y->used.tv_nsec) {
        return x->used.tv_nsec < y->used.tv_nsec ? -1 : 1;
    }
    return strcmp(x->path, y->path);
}

guint64 dbi_cache_trim(const char *dir, size_t max_bytes)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    GArray *files;
    const char *name;
    guint64 total = 0;
    gint64 now = g_get_real_time() / G_USEC_PER_SEC;

    if (d == NULL) {
        return 0;
    }
    if (max_bytes == 0) {
        max_bytes = DOCBAO_CACHE_MAX_DEFAULT;
    }
    files = g_array_new(FALSE, FALSE, sizeof(cached_file));
    while ((name = g_dir_read_name(d)) != NULL) {
        char *path = g_build_filename(dir, name, NULL);
        struct stat st;
        if (g_lstat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
            g_free(path);
            continue;
        }
        if (g_str_has_suffix(name, CACHE_SUFFIX)) {
            cached_file f = {path, (guint64)st.st_size, st.st_mtim};
            g_array_append_val(files, f);
            total += f.size;
            continue;
        }
        if (strstr(name, CACHE_SUFFIX ".") != NULL && now - st.st_mtime > CACHE_STALE_TEMP_SECONDS) {
            g_unlink(path);
        }
        g_free(path);
    }
    g_dir_close(d);
    g_array_sort(files, by_use);
    for (guint i = 0; i < files->len && total > max_bytes; i++) {
        cached_file *f = &g_array_index(files, cached_file, i);
        if (g_unlink(f->path) == 0 || errno == ENOENT) {
            total -= f->size;
        }
    }
    for (guint i = 0; i < files->len; i++) {
        g_free(g_array_index(files, cached_file, i).path);
    }
    g_array_free(files, TRUE);
    return total;
}
