/* docbao-gtk: settings files and themes (see settings.h). */
#include "settings.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dbg.h"
#include "docbao/voice.h"

#define GROUP "reader"

/* Contrast ratios (WCAG 2): every theme's text and highlight reach 7:1 (AAA). */
static const dbg_theme_colors themes[DBG_THEME_COUNT_] = {
    {"light", "#1A1A1A", "#FFFFFF", "#000000", "#FFE066"},
    {"dark", "#F0F0F0", "#121212", "#FFFFFF", "#1F4E8C"},
    {"sepia", "#3B2A16", "#F4ECD8", "#000000", "#E8C36A"},
    {"contrast", "#FFFF00", "#000000", "#000000", "#FFFF00"},
};

const dbg_theme_colors *dbg_theme_get(dbg_theme t)
{
    return &themes[(unsigned)t < DBG_THEME_COUNT_ ? t : DBG_THEME_LIGHT];
}

int dbg_theme_from_name(const char *name)
{
    for (int i = 0; name != NULL && i < DBG_THEME_COUNT_; i++) {
        if (strcmp(themes[i].name, name) == 0) {
            return i;
        }
    }
    return -1;
}

static double luminance(const char *hex)
{
    double rgb[3];
    unsigned v;
    if (hex == NULL || hex[0] != '#' || strlen(hex) != 7 || sscanf(hex + 1, "%6x", &v) != 1) {
        return -1;
    }
    for (int i = 0; i < 3; i++) {
        double c = ((v >> (16 - 8 * i)) & 0xFF) / 255.0;
        rgb[i] = c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

double dbg_contrast_ratio(const char *a, const char *b)
{
    double la = luminance(a), lb = luminance(b);
    if (la < 0 || lb < 0) {
        return 0;
    }
    return (MAX(la, lb) + 0.05) / (MIN(la, lb) + 0.05);
}

void dbg_settings_init(dbg_settings *s)
{
    memset(s, 0, sizeof *s);
    s->text_size = DBG_TEXT_SIZE_DEFAULT;
    s->line_spacing = DBG_LINE_SPACING_DEFAULT;
    s->column_width = DBG_COLUMN_DEFAULT;
    s->theme = DBG_THEME_LIGHT;
    s->rate = DOCBAO_RATE_DEFAULT;
    s->volume = 100;
}

int dbg_settings_text_size_step(int size, int direction)
{
    if (direction == 0) {
        return DBG_TEXT_SIZE_DEFAULT;
    }
    size = (size / DBG_TEXT_SIZE_STEP) * DBG_TEXT_SIZE_STEP +
           (direction > 0 ? DBG_TEXT_SIZE_STEP : -DBG_TEXT_SIZE_STEP);
    return CLAMP(size, DBG_TEXT_SIZE_MIN, DBG_TEXT_SIZE_MAX);
}

void dbg_dir_empty(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    const char *name;
    while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
        char *path = g_build_filename(dir, name, NULL);
        g_unlink(path);
        g_free(path);
    }
    if (d != NULL) {
        g_dir_close(d);
    }
}

char *dbg_config_path(const char *name)
{
    return g_build_filename(g_get_user_config_dir(), "docbao", name, NULL);
}

/* Reads an integer key into *out, clamped to lo..hi; a missing key leaves *out; a wrong one is
 * noted in bad (the key's name). */
static void read_int(GKeyFile *kf, const char *group, const char *key, int lo, int hi, int *out,
                     GString *bad)
{
    GError *e = NULL;
    int v;
    if (!g_key_file_has_key(kf, group, key, NULL)) {
        return;
    }
    v = g_key_file_get_integer(kf, group, key, &e);
    if (e != NULL) {
        g_string_append_printf(bad, "%s%s", bad->len > 0 ? ", " : "", key);
        g_error_free(e);
        return;
    }
    *out = CLAMP(v, lo, hi);
}

char *dbg_settings_load(const char *path, dbg_settings *s)
{
    GKeyFile *kf = g_key_file_new();
    GError *e = NULL;
    GString *bad = g_string_new(NULL);
    char *warning = NULL, *text;
    dbg_settings_init(s);
    if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &e)) {
        if (!g_error_matches(e, G_FILE_ERROR, G_FILE_ERROR_NOENT)) {
            char *aside = g_strconcat(path, ".bad", NULL);
            if (g_rename(path, aside) == 0) {
                warning = g_strdup_printf(
                    _("%s could not be read (%s); the default settings are used and the file "
                      "was kept as %s"),
                    path, e->message, aside);
            } else {
                warning =
                    g_strdup_printf(_("%s could not be read (%s); the default settings are used"),
                                    path, e->message);
            }
            g_free(aside);
        }
        g_error_free(e);
        g_key_file_free(kf);
        g_string_free(bad, TRUE);
        return warning;
    }
    read_int(kf, GROUP, "text_size", DBG_TEXT_SIZE_MIN, DBG_TEXT_SIZE_MAX, &s->text_size, bad);
    read_int(kf, GROUP, "line_spacing", DBG_LINE_SPACING_MIN, DBG_LINE_SPACING_MAX,
             &s->line_spacing, bad);
    read_int(kf, GROUP, "column_width", 0, DBG_COLUMN_MAX, &s->column_width, bad);
    if (s->column_width > 0 && s->column_width < DBG_COLUMN_MIN) {
        s->column_width = DBG_COLUMN_MIN;
    }
    read_int(kf, GROUP, "rate", DOCBAO_RATE_MIN, DOCBAO_RATE_MAX, &s->rate, bad);
    read_int(kf, GROUP, "volume", DOCBAO_VOLUME_MIN, DOCBAO_VOLUME_MAX, &s->volume, bad);
    text = g_key_file_get_string(kf, GROUP, "theme", NULL);
    if (text != NULL) {
        int t = dbg_theme_from_name(text);
        if (t < 0) {
            g_string_append_printf(bad, "%s%s", bad->len > 0 ? ", " : "", "theme");
        } else {
            s->theme = (dbg_theme)t;
        }
        g_free(text);
    }
    text = g_key_file_get_string(kf, GROUP, "voice", NULL);
    if (text != NULL) {
        g_strlcpy(s->voice, text, sizeof s->voice);
        g_free(text);
    }
    if (bad->len > 0) {
        warning = g_strdup_printf(_("%s: wrong value for %s; the default is used"), path, bad->str);
    }
    g_string_free(bad, TRUE);
    g_key_file_free(kf);
    return warning;
}

gboolean dbg_settings_save(const char *path, const dbg_settings *s, GError **error)
{
    GKeyFile *kf = g_key_file_new();
    char *dir = g_path_get_dirname(path);
    char *data;
    gsize len;
    gboolean ok;
    g_key_file_set_integer(kf, GROUP, "text_size", s->text_size);
    g_key_file_set_integer(kf, GROUP, "line_spacing", s->line_spacing);
    g_key_file_set_integer(kf, GROUP, "column_width", s->column_width);
    g_key_file_set_string(kf, GROUP, "theme", dbg_theme_get(s->theme)->name);
    g_key_file_set_string(kf, GROUP, "voice", s->voice);
    g_key_file_set_integer(kf, GROUP, "rate", s->rate);
    g_key_file_set_integer(kf, GROUP, "volume", s->volume);
    data = g_key_file_to_data(kf, &len, NULL);
    ok = g_mkdir_with_parents(dir, 0700) == 0 || g_file_test(dir, G_FILE_TEST_IS_DIR);
    if (!ok) {
        g_set_error(error, G_FILE_ERROR, g_file_error_from_errno(errno), "%s: %s", dir,
                    g_strerror(errno));
    } else {
        /* g_file_set_contents() writes a temporary file and renames it over path. */
        ok = g_file_set_contents(path, data, (gssize)len, error);
    }
    g_free(data);
    g_free(dir);
    g_key_file_free(kf);
    return ok;
}

void dbg_kiosk_config_init(dbg_kiosk_config *c)
{
    memset(c, 0, sizeof *c);
    c->idle_seconds = 120;
    c->warning_seconds = 20;
    c->admin_keys = g_strdup("CTRL+ALT+SHIFT+Q");
    c->blank_screen = FALSE;
    c->home_keys = g_strsplit("BACKSPACE,ESC", ",", -1);
    c->rate = DOCBAO_RATE_DEFAULT;
    c->volume = 100;
    c->refresh_seconds = 30 * 60;
}

void dbg_kiosk_config_clear(dbg_kiosk_config *c)
{
    g_free(c->admin_keys);
    g_free(c->feed);
    g_free(c->voice);
    g_strfreev(c->home_keys);
    memset(c, 0, sizeof *c);
}

/* Reads a true/false key into *out; a wrong value is named in bad and *out kept. */
static void read_bool(GKeyFile *kf, const char *group, const char *key, gboolean *out, GString *bad)
{
    GError *e = NULL;
    gboolean v;
    if (!g_key_file_has_key(kf, group, key, NULL)) {
        return;
    }
    v = g_key_file_get_boolean(kf, group, key, &e);
    if (e != NULL) {
        g_string_append_printf(bad, "%s%s", bad->len > 0 ? ", " : "", key);
        g_error_free(e);
    } else {
        *out = v;
    }
}

char *dbg_kiosk_config_load(const char *path, dbg_kiosk_config *c)
{
    static const char group[] = "kiosk";
    GKeyFile *kf = g_key_file_new();
    GError *e = NULL;
    GString *bad = g_string_new(NULL);
    char *warning = NULL, *text;
    int minutes;
    if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &e)) {
        if (!g_error_matches(e, G_FILE_ERROR, G_FILE_ERROR_NOENT)) {
            warning = g_strdup_printf(_("%s could not be read (%s); the default settings are used"),
                                      path, e->message);
        }
        g_error_free(e);
        g_key_file_free(kf);
        g_string_free(bad, TRUE);
        return warning;
    }
    read_int(kf, group, "idle_seconds", 1, 24 * 3600, &c->idle_seconds, bad);
    read_int(kf, group, "warning_seconds", 1, 600, &c->warning_seconds, bad);
    read_int(kf, group, "rate", DOCBAO_RATE_MIN, DOCBAO_RATE_MAX, &c->rate, bad);
    read_int(kf, group, "volume", DOCBAO_VOLUME_MIN, DOCBAO_VOLUME_MAX, &c->volume, bad);
    read_bool(kf, group, "blank_screen", &c->blank_screen, bad);
    read_bool(kf, group, "continuous", &c->continuous, bad);
    minutes = c->refresh_seconds / 60;
    read_int(kf, group, "refresh_minutes", 0, 24 * 60, &minutes, bad);
    c->refresh_seconds = minutes * 60;
    if ((text = g_key_file_get_string(kf, group, "admin_keys", NULL)) != NULL) {
        if (text[0] != '\0') {
            g_free(c->admin_keys);
            c->admin_keys = text;
        } else {
            g_free(text);
            g_string_append_printf(bad, "%s%s", bad->len > 0 ? ", " : "", "admin_keys");
        }
    }
    if ((text = g_key_file_get_string(kf, group, "feed", NULL)) != NULL) {
        g_free(c->feed);
        c->feed = text[0] != '\0' ? text : (g_free(text), NULL);
    }
    if ((text = g_key_file_get_string(kf, group, "voice", NULL)) != NULL) {
        g_free(c->voice);
        c->voice = text[0] != '\0' ? text : (g_free(text), NULL);
    }
    if (g_key_file_has_key(kf, group, "home_keys", NULL)) {
        char **keys = g_key_file_get_string_list(kf, group, "home_keys", NULL, NULL);
        if (keys != NULL && keys[0] != NULL) {
            g_strfreev(c->home_keys);
            c->home_keys = keys;
        } else {
            g_strfreev(keys);
            g_string_append_printf(bad, "%s%s", bad->len > 0 ? ", " : "", "home_keys");
        }
    }
    if (bad->len > 0) {
        warning = g_strdup_printf(_("%s: wrong value for %s; the default is used"), path, bad->str);
    }
    g_string_free(bad, TRUE);
    g_key_file_free(kf);
    return warning;
}
