/* Voice profiles: built-in key files (compiled in as resources) and the user's own. */
#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "docbao/voice.h"
#include "base/internal.h"
#include "base/resources.h"

#define VOICES_RESOURCE_PATH "voices"

struct docbao_voice_list {
    GArray *profiles; /* of docbao_voice_profile */
};

const char *docbao_voice_default_id(void)
{
    return "mien-bac";
}

void docbao_voice_profile_init(docbao_voice_profile *p)
{
    memset(p, 0, sizeof *p);
    dbi_strlcpy(p->id, "mien-bac", sizeof p->id);
    dbi_strlcpy(p->name, "Giọng miền Bắc", sizeof p->name);
    dbi_strlcpy(p->engine_voice, "vi", sizeof p->engine_voice);
    p->dialect = DOCBAO_DIALECT_NORTH;
    p->rate = DOCBAO_RATE_DEFAULT;
    p->pitch = 50;
    p->volume = 100;
    p->pause_sentence_ms = 300;
    p->pause_paragraph_ms = 700;
    p->pause_section_ms = 1200;
    dbi_strlcpy(p->caption_label, "Ảnh:", sizeof p->caption_label);
}

/* Reads an integer key within [lo, hi]; absent keys keep *value. */
static gboolean read_int(GKeyFile *kf, const char *key, int lo, int hi, int *value,
                         const char *source, docbao_error *err)
{
    GError *gerr = NULL;
    int v;
    if (!g_key_file_has_key(kf, "voice", key, NULL)) {
        return TRUE;
    }
    v = g_key_file_get_integer(kf, "voice", key, &gerr);
    if (gerr != NULL) {
        dbi_fail(err, DOCBAO_ERR_VOICE, _("%s: %s must be a whole number"), source, key);
        g_error_free(gerr);
        return FALSE;
    }
    if (v < lo || v > hi) {
        dbi_fail(err, DOCBAO_ERR_VOICE, _("%s: %s is %d, but must be between %d and %d"), source,
                 key, v, lo, hi);
        return FALSE;
    }
    *value = v;
    return TRUE;
}

static gboolean read_string(GKeyFile *kf, const char *key, char *buf, size_t size)
{
    char *v = g_key_file_get_locale_string(kf, "voice", key, NULL, NULL);
    if (v == NULL) {
        return FALSE;
    }
    g_strstrip(v);
    dbi_strlcpy(buf, v, size);
    g_free(v);
    return TRUE;
}

docbao_status docbao_voice_profile_parse(const char *text, size_t len, const char *id,
                                         const char *source, docbao_voice_profile *out,
                                         docbao_error *err)
{
    GKeyFile *kf = g_key_file_new();
    GError *gerr = NULL;
    docbao_voice_profile p;
    char dialect[32] = "";
    gboolean ok;

    docbao_voice_profile_init(&p);
    dbi_strlcpy(p.id, id, sizeof p.id);
    if (!g_key_file_load_from_data(kf, text, len, G_KEY_FILE_NONE, &gerr)) {
        dbi_fail(err, DOCBAO_ERR_VOICE, _("%s: %s"), source, gerr->message);
        g_error_free(gerr);
        g_key_file_free(kf);
        return DOCBAO_ERR_VOICE;
    }
    if (!g_key_file_has_group(kf, "voice")) {
        g_key_file_free(kf);
        return dbi_fail(err, DOCBAO_ERR_VOICE, _("%s: the [voice] group is missing"), source);
    }
    read_string(kf, "name", p.name, sizeof p.name);
    read_string(kf, "engine_voice", p.engine_voice, sizeof p.engine_voice);
    read_string(kf, "caption_label", p.caption_label, sizeof p.caption_label);
    if (read_string(kf, "dialect", dialect, sizeof dialect)) {
        int d = docbao_dialect_from_name(dialect);
        if (d < 0) {
            g_key_file_free(kf);
            return dbi_fail(err, DOCBAO_ERR_VOICE,
                            _("%s: dialect is \"%s\", but must be north or south"), source,
                            dialect);
        }
        p.dialect = (docbao_dialect)d;
    }
    ok = read_int(kf, "rate", DOCBAO_RATE_MIN, DOCBAO_RATE_MAX, &p.rate, source, err) &&
         read_int(kf, "pitch", DOCBAO_PITCH_MIN, DOCBAO_PITCH_MAX, &p.pitch, source, err) &&
         read_int(kf, "volume", DOCBAO_VOLUME_MIN, DOCBAO_VOLUME_MAX, &p.volume, source, err) &&
         read_int(kf, "pause_sentence_ms", 0, 10000, &p.pause_sentence_ms, source, err) &&
         read_int(kf, "pause_paragraph_ms", 0, 10000, &p.pause_paragraph_ms, source, err) &&
         read_int(kf, "pause_section_ms", 0, 10000, &p.pause_section_ms, source, err);
    g_key_file_free(kf);
    if (!ok) {
        return DOCBAO_ERR_VOICE;
    }
    if (p.engine_voice[0] == '\0') {
        return dbi_fail(err, DOCBAO_ERR_VOICE, _("%s: engine_voice is empty"), source);
    }
    *out = p;
    return DOCBAO_OK;
}

static void list_put(docbao_voice_list *l, const docbao_voice_profile *p)
{
    for (guint i = 0; i < l->profiles->len; i++) {
        docbao_voice_profile *q = &g_array_index(l->profiles, docbao_voice_profile, i);
        if (strcmp(q->id, p->id) == 0) {
            *q = *p;
            return;
        }
    }
    g_array_append_val(l->profiles, *p);
}

static char *id_of(const char *file_name)
{
    return g_strndup(file_name, strlen(file_name) - strlen(".ini"));
}

/* Orders an array of strings, given pointers to its elements. */
static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static gboolean load_builtin(docbao_voice_list *l, docbao_error *err)
{
    char **names = dbi_resource_children(VOICES_RESOURCE_PATH);
    gboolean ok = TRUE;
    if (names == NULL) {
        dbi_fail(err, DOCBAO_ERR_VOICE, _("the built-in voice profiles are missing"));
        return FALSE;
    }
    /* Sorted (by dbi_resource_children) so that the default comes first. */
    for (char **n = names; *n != NULL && ok; n++) {
        char *path, *id, *source;
        GBytes *bytes;
        docbao_voice_profile p;
        if (!g_str_has_suffix(*n, ".ini")) {
            continue;
        }
        path = g_strconcat(VOICES_RESOURCE_PATH "/", *n, NULL);
        bytes = dbi_resource_lookup(path);
        id = id_of(*n);
        source = g_strconcat("voices/", *n, NULL);
        if (bytes != NULL) {
            gsize size;
            const char *data = g_bytes_get_data(bytes, &size);
            ok = docbao_voice_profile_parse(data, size, id, source, &p, err) == DOCBAO_OK;
            if (ok) {
                list_put(l, &p);
            }
            g_bytes_unref(bytes);
        }
        g_free(source);
        g_free(id);
        g_free(path);
    }
    g_strfreev(names);
    return ok;
}

static gboolean load_dir(docbao_voice_list *l, const char *dir, docbao_error *err)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    GPtrArray *names;
    const char *name;
    gboolean ok = TRUE;
    if (d == NULL) {
        return TRUE; /* no user profiles */
    }
    names = g_ptr_array_new_with_free_func(g_free);
    while ((name = g_dir_read_name(d)) != NULL) {
        if (g_str_has_suffix(name, ".ini") && name[0] != '.') {
            g_ptr_array_add(names, g_strdup(name));
        }
    }
    g_dir_close(d);
    g_ptr_array_sort(names, compare_names);
    for (guint i = 0; i < names->len && ok; i++) {
        const char *file = g_ptr_array_index(names, i);
        char *path = g_build_filename(dir, file, NULL);
        char *data = NULL;
        gsize size = 0;
        GError *gerr = NULL;
        if (!g_file_get_contents(path, &data, &size, &gerr)) {
            dbi_fail(err, DOCBAO_ERR_VOICE, "%s", gerr->message);
            g_error_free(gerr);
            ok = FALSE;
        } else {
            docbao_voice_profile p;
            char *id = id_of(file);
            ok = docbao_voice_profile_parse(data, size, id, path, &p, err) == DOCBAO_OK;
            if (ok) {
                list_put(l, &p);
            }
            g_free(id);
        }
        g_free(data);
        g_free(path);
    }
    g_ptr_array_unref(names);
    return ok;
}

docbao_voice_list *docbao_voice_list_load(const char *user_dir, docbao_error *err)
{
    docbao_voice_list *l = g_new0(docbao_voice_list, 1);
    char *dir = user_dir != NULL
                    ? g_strdup(user_dir)
                    : g_build_filename(g_get_user_config_dir(), "docbao", "voices", NULL);
    gboolean ok;
    l->profiles = g_array_new(FALSE, FALSE, sizeof(docbao_voice_profile));
    ok = load_builtin(l, err) && load_dir(l, dir, err);
    g_free(dir);
    if (!ok) {
        docbao_voice_list_free(l);
        return NULL;
    }
    /* The default profile first. */
    for (guint i = 1; i < l->profiles->len; i++) {
        docbao_voice_profile *p = &g_array_index(l->profiles, docbao_voice_profile, i);
        if (strcmp(p->id, docbao_voice_default_id()) == 0) {
            docbao_voice_profile tmp = *p;
            g_array_remove_index(l->profiles, i);
            g_array_prepend_val(l->profiles, tmp);
            break;
        }
    }
    return l;
}

void docbao_voice_list_free(docbao_voice_list *l)
{
    if (l == NULL) {
        return;
    }
    g_array_unref(l->profiles);
    g_free(l);
}

size_t docbao_voice_list_size(const docbao_voice_list *l)
{
    return l->profiles->len;
}

const docbao_voice_profile *docbao_voice_list_get(const docbao_voice_list *l, size_t i)
{
    return &g_array_index(l->profiles, docbao_voice_profile, i);
}

const docbao_voice_profile *docbao_voice_list_find(const docbao_voice_list *l, const char *name)
{
    if (name == NULL) {
        name = docbao_voice_default_id();
    }
    for (guint i = 0; i < l->profiles->len; i++) {
        const docbao_voice_profile *p = docbao_voice_list_get(l, i);
        if (strcmp(p->id, name) == 0) {
            return p;
        }
    }
    for (guint i = 0; i < l->profiles->len; i++) {
        const docbao_voice_profile *p = docbao_voice_list_get(l, i);
        if (g_ascii_strcasecmp(p->engine_voice, name) == 0) {
            return p;
        }
    }
    return NULL;
}
