/* Saved positions and bookmarks per article, in $XDG_STATE_HOME/docbao/positions.ini. */
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "base/internal.h"
#include "player/resume_store.h"

void dbi_saved_position_init(dbi_saved_position *pos)
{
    pos->utterance = 0;
    pos->n_utterances = 0;
    pos->bookmarks = g_array_new(FALSE, FALSE, sizeof(gsize));
}

void dbi_saved_position_clear(dbi_saved_position *pos)
{
    if (pos->bookmarks != NULL) {
        g_array_unref(pos->bookmarks);
        pos->bookmarks = NULL;
    }
}

/* Group names are hashes: article keys (URLs) may hold characters key files do not allow. */
static char *group_of(const char *key)
{
    return g_compute_checksum_for_string(G_CHECKSUM_SHA256, key, -1);
}

static char *file_of(const char *dir)
{
    return g_build_filename(dir, "positions.ini", NULL);
}

/* Loads the file; a missing file gives an empty key file, an unreadable one NULL. */
static GKeyFile *load_file(const char *path)
{
    GKeyFile *kf = g_key_file_new();
    GError *gerr = NULL;
    if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &gerr)) {
        gboolean missing = g_error_matches(gerr, G_FILE_ERROR, G_FILE_ERROR_NOENT);
        g_error_free(gerr);
        if (!missing) {
            g_key_file_free(kf);
            return NULL;
        }
    }
    return kf;
}

gboolean dbi_resume_load(const char *dir, const char *key, dbi_saved_position *out)
{
    char *path = file_of(dir);
    GKeyFile *kf = load_file(path);
    char *group = group_of(key);
    gboolean found = FALSE;
    if (kf != NULL && g_key_file_has_group(kf, group)) {
        gsize n = 0;
        gint *marks = g_key_file_get_integer_list(kf, group, "bookmarks", &n, NULL);
        gint64 u = g_key_file_get_int64(kf, group, "utterance", NULL);
        gint64 total = g_key_file_get_int64(kf, group, "utterances", NULL);
        if (u >= 0 && total >= 0) {
            out->utterance = (gsize)u;
            out->n_utterances = (gsize)total;
            g_array_set_size(out->bookmarks, 0);
            for (gsize i = 0; i < n; i++) {
                if (marks[i] >= 0) {
                    gsize m = (gsize)marks[i];
                    g_array_append_val(out->bookmarks, m);
                }
            }
            found = TRUE;
        }
        g_free(marks);
    }
    if (kf != NULL) {
        g_key_file_free(kf);
    }
    g_free(group);
    g_free(path);
    return found;
}

/* Forgets the least recently saved groups beyond the limit. */
static void trim(GKeyFile *kf)
{
    gsize n = 0;
    char **groups = g_key_file_get_groups(kf, &n);
    while (n > DBI_RESUME_MAX_ARTICLES) {
        gsize oldest = 0;
        gint64 oldest_time = G_MAXINT64;
        for (gsize i = 0; groups[i] != NULL; i++) {
            gint64 t = g_key_file_get_int64(kf, groups[i], "saved", NULL);
            if (g_key_file_has_group(kf, groups[i]) && t < oldest_time) {
                oldest_time = t;
                oldest = i;
            }
        }
        g_key_file_remove_group(kf, groups[oldest], NULL);
        g_strfreev(groups);
        groups = g_key_file_get_groups(kf, &n);
    }
    g_strfreev(groups);
}

gboolean dbi_resume_save(const char *dir, const char *key, const dbi_saved_position *pos,
                         char **error)
{
    char *path = file_of(dir);
    char *group = group_of(key);
    GKeyFile *kf;
    GError *gerr = NULL;
    gboolean ok = TRUE;
    char *data;
    gsize len;

    if (g_mkdir_with_parents(dir, 0700) != 0) {
        *error = g_strdup_printf(_("%s: cannot create the folder: %s"), dir, g_strerror(errno));
        g_free(path);
        g_free(group);
        return FALSE;
    }
    kf = load_file(path);
    if (kf == NULL) {
        /* Keep a damaged file for inspection and start afresh. */
        char *bad = g_strconcat(path, ".bad", NULL);
        g_rename(path, bad);
        g_free(bad);
        kf = g_key_file_new();
    }
    if (pos == NULL) {
        g_key_file_remove_group(kf, group, NULL);
    } else {
        gint *marks = g_new(gint, pos->bookmarks->len + 1);
        for (guint i = 0; i < pos->bookmarks->len; i++) {
            marks[i] = (gint)g_array_index(pos->bookmarks, gsize, i);
        }
        g_key_file_set_string(kf, group, "key", key);
        g_key_file_set_int64(kf, group, "utterance", (gint64)pos->utterance);
        g_key_file_set_int64(kf, group, "utterances", (gint64)pos->n_utterances);
        g_key_file_set_integer_list(kf, group, "bookmarks", marks, pos->bookmarks->len);
        g_key_file_set_int64(kf, group, "saved", g_get_real_time());
        g_free(marks);
        trim(kf);
    }
    data = g_key_file_to_data(kf, &len, NULL);
    if (!g_file_set_contents_full(path, data, (gssize)len, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                  &gerr)) {
        *error = g_strdup(gerr->message);
        g_error_free(gerr);
        ok = FALSE;
    }
    g_free(data);
    g_key_file_free(kf);
    g_free(group);
    g_free(path);
    return ok;
}
