/* The reader's settings file and the kiosk's configuration: defaults, round trips, atomic
 * writes, corrupt files and out-of-range values; and the themes' contrast. */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "docbao/docbao.h"
#include "settings.h"

typedef struct {
    char *dir;
    char *path;
} fixture;

static void setup(fixture *f, gconstpointer data)
{
    f->dir = g_dir_make_tmp("docbao-settings-XXXXXX", NULL);
    f->path = g_build_filename(f->dir, "sub", "reader.ini", NULL);
}

static void teardown(fixture *f, gconstpointer data)
{
    char *cmd = g_strdup_printf("rm -rf '%s'", f->dir);
    g_assert_cmpint(system(cmd), ==, 0);
    g_free(cmd);
    g_free(f->dir);
    g_free(f->path);
}

static void test_missing_gives_defaults(fixture *f, gconstpointer data)
{
    dbg_settings s;
    char *warning = dbg_settings_load(f->path, &s);
    g_assert_null(warning);
    g_assert_cmpint(s.text_size, ==, 100);
    g_assert_cmpint(s.line_spacing, ==, DBG_LINE_SPACING_DEFAULT);
    g_assert_cmpint(s.theme, ==, DBG_THEME_LIGHT);
    g_assert_cmpint(s.rate, ==, DOCBAO_RATE_DEFAULT);
    g_assert_cmpint(s.volume, ==, 100);
    g_assert_cmpstr(s.voice, ==, "");
}

static void test_round_trip(fixture *f, gconstpointer data)
{
    dbg_settings s, back;
    GError *e = NULL;
    char *warning;
    dbg_settings_init(&s);
    s.text_size = 300;
    s.line_spacing = 200;
    s.column_width = 0;
    s.theme = DBG_THEME_CONTRAST;
    g_strlcpy(s.voice, "mien-nam", sizeof s.voice);
    s.rate = 250;
    s.volume = 140;
    /* The folder is made as needed. */
    g_assert_true(dbg_settings_save(f->path, &s, &e));
    g_assert_no_error(e);
    warning = dbg_settings_load(f->path, &back);
    g_assert_null(warning);
    g_assert_cmpmem(&s, sizeof s, &back, sizeof back);
}

static void test_atomic_write(fixture *f, gconstpointer data)
{
    dbg_settings s;
    GError *e = NULL;
    char *dir = g_path_get_dirname(f->path);
    GDir *d;
    int files = 0;
    dbg_settings_init(&s);
    g_assert_true(dbg_settings_save(f->path, &s, &e));
    /* A failed write leaves the old file whole: a folder where the temporary file would go
     * cannot be written once read-only (root ignores modes, so block it with a directory of the
     * file's own name instead). */
    s.text_size = 200;
    {
        char *blocked = g_build_filename(f->dir, "blocked.ini", NULL);
        g_assert_cmpint(g_mkdir(blocked, 0700), ==, 0);
        g_assert_false(dbg_settings_save(blocked, &s, &e));
        g_assert_nonnull(e);
        g_clear_error(&e);
        g_assert_true(g_file_test(blocked, G_FILE_TEST_IS_DIR));
        g_free(blocked);
    }
    /* Only reader.ini is left: no temporary file lies about. */
    g_assert_true(dbg_settings_save(f->path, &s, &e));
    d = g_dir_open(dir, 0, NULL);
    while (g_dir_read_name(d) != NULL) {
        files++;
    }
    g_dir_close(d);
    g_assert_cmpint(files, ==, 1);
    g_free(dir);
}

static void test_corrupt_file_kept_aside(fixture *f, gconstpointer data)
{
    dbg_settings s;
    char *dir = g_path_get_dirname(f->path);
    char *aside = g_strconcat(f->path, ".bad", NULL);
    char *warning;
    g_mkdir_with_parents(dir, 0700);
    g_assert_true(g_file_set_contents(f->path, "\x01\x02 not [a key file\n=\n", -1, NULL));
    warning = dbg_settings_load(f->path, &s);
    g_assert_nonnull(warning);
    g_assert_nonnull(strstr(warning, aside));
    g_assert_cmpint(s.text_size, ==, 100);
    g_assert_true(g_file_test(aside, G_FILE_TEST_EXISTS));
    g_assert_false(g_file_test(f->path, G_FILE_TEST_EXISTS));
    g_free(warning);
    g_free(aside);
    g_free(dir);
}

static void test_bad_values(fixture *f, gconstpointer data)
{
    dbg_settings s;
    char *dir = g_path_get_dirname(f->path);
    char *warning;
    g_mkdir_with_parents(dir, 0700);
    g_assert_true(g_file_set_contents(f->path,
                                      "[reader]\ntext_size=9000\nline_spacing=abc\n"
                                      "column_width=5\ntheme=purple\nrate=10\nvolume=150\n",
                                      -1, NULL));
    warning = dbg_settings_load(f->path, &s);
    g_assert_nonnull(warning);
    g_assert_nonnull(strstr(warning, "line_spacing"));
    g_assert_nonnull(strstr(warning, "theme"));
    g_assert_cmpint(s.text_size, ==, DBG_TEXT_SIZE_MAX);
    g_assert_cmpint(s.line_spacing, ==, DBG_LINE_SPACING_DEFAULT);
    g_assert_cmpint(s.column_width, ==, DBG_COLUMN_MIN);
    g_assert_cmpint(s.theme, ==, DBG_THEME_LIGHT);
    g_assert_cmpint(s.rate, ==, DOCBAO_RATE_MIN);
    g_assert_cmpint(s.volume, ==, 150);
    g_free(warning);
    g_free(dir);
}

/* The window's and the kiosk's rate goes as fast as the player does: 900 words per minute. */
static void test_fast_rate(fixture *f, gconstpointer data)
{
    dbg_settings s;
    dbg_kiosk_config c;
    char *kiosk = g_build_filename(f->dir, "kiosk.ini", NULL);
    char *dir = g_path_get_dirname(f->path);
    char *warning;
    (void)data;
    g_mkdir_with_parents(dir, 0700);
    g_assert_true(g_file_set_contents(f->path, "[reader]\nrate=900\n", -1, NULL));
    warning = dbg_settings_load(f->path, &s);
    g_assert_null(warning);
    g_assert_cmpint(s.rate, ==, 900);
    g_assert_true(g_file_set_contents(f->path, "[reader]\nrate=2000\n", -1, NULL));
    warning = dbg_settings_load(f->path, &s);
    g_assert_cmpint(s.rate, ==, DOCBAO_RATE_MAX);
    g_free(warning);
    g_assert_cmpint(DOCBAO_RATE_MAX, >=, 900);
    dbg_kiosk_config_init(&c);
    g_assert_true(g_file_set_contents(kiosk, "[kiosk]\nrate=900\n", -1, NULL));
    warning = dbg_kiosk_config_load(kiosk, &c);
    g_assert_null(warning);
    g_assert_cmpint(c.rate, ==, 900);
    dbg_kiosk_config_clear(&c);
    g_free(kiosk);
    g_free(dir);
}

static void test_text_size_steps(void)
{
    int size = 100, steps = 0;
    while (size < DBG_TEXT_SIZE_MAX) {
        size = dbg_settings_text_size_step(size, +1);
        steps++;
    }
    g_assert_cmpint(size, ==, 400);
    g_assert_cmpint(steps, ==, 12);
    g_assert_cmpint(dbg_settings_text_size_step(400, +1), ==, 400);
    g_assert_cmpint(dbg_settings_text_size_step(100, -1), ==, 100);
    g_assert_cmpint(dbg_settings_text_size_step(260, -1), ==, 225);
    g_assert_cmpint(dbg_settings_text_size_step(300, 0), ==, 100);
}

static void test_contrast(void)
{
    g_assert_cmpfloat_with_epsilon(dbg_contrast_ratio("#FFFFFF", "#000000"), 21.0, 0.01);
    g_assert_cmpfloat_with_epsilon(dbg_contrast_ratio("#FFFF00", "#000000"), 19.56, 0.01);
    g_assert_cmpfloat(dbg_contrast_ratio("nonsense", "#000000"), ==, 0);
    for (int t = 0; t < DBG_THEME_COUNT_; t++) {
        const dbg_theme_colors *c = dbg_theme_get((dbg_theme)t);
        double text = dbg_contrast_ratio(c->fg, c->bg);
        double hl = dbg_contrast_ratio(c->hl_fg, c->hl_bg);
        g_test_message("theme %s: text %.1f:1, highlighted sentence %.1f:1", c->name, text, hl);
        /* WCAG 1.4.6 (AAA): 7:1 for text, in every theme, highlighted or not. */
        g_assert_cmpfloat(text, >=, 7.0);
        g_assert_cmpfloat(hl, >=, 7.0);
        g_assert_cmpint(dbg_theme_from_name(c->name), ==, t);
    }
    g_assert_cmpstr(dbg_theme_get(DBG_THEME_CONTRAST)->fg, ==, "#FFFF00");
    g_assert_cmpstr(dbg_theme_get(DBG_THEME_CONTRAST)->bg, ==, "#000000");
}

static void test_kiosk_config(fixture *f, gconstpointer data)
{
    dbg_kiosk_config c;
    char *path = g_build_filename(f->dir, "kiosk.ini", NULL);
    char *warning;
    dbg_kiosk_config_init(&c);
    warning = dbg_kiosk_config_load(path, &c);
    g_assert_null(warning);
    g_assert_cmpint(c.idle_seconds, ==, 120);
    g_assert_cmpint(c.warning_seconds, ==, 20);
    g_assert_cmpstr(c.admin_keys, ==, "CTRL+ALT+SHIFT+Q");
    g_assert_false(c.blank_screen);
    g_assert_false(c.continuous);
    g_assert_cmpint(c.refresh_seconds, ==, 1800);
    g_assert_null(c.feed);
    g_assert_cmpstr(c.home_keys[0], ==, "BACKSPACE");
    g_assert_true(g_file_set_contents(path,
                                      "[kiosk]\nidle_seconds=45\nwarning_seconds=abc\n"
                                      "admin_keys=Ctrl+Alt+F12\nblank_screen=true\n"
                                      "feed=/srv/tin/feed.rss\nhome_keys=KP_DIVIDE;ESC\n"
                                      "rate=200\ncontinuous=yes please\n",
                                      -1, NULL));
    warning = dbg_kiosk_config_load(path, &c);
    g_assert_nonnull(warning);
    g_assert_nonnull(strstr(warning, "warning_seconds"));
    g_assert_nonnull(strstr(warning, "continuous"));
    g_assert_false(c.continuous);
    g_assert_cmpint(c.idle_seconds, ==, 45);
    g_assert_cmpint(c.warning_seconds, ==, 20);
    g_assert_cmpstr(c.admin_keys, ==, "Ctrl+Alt+F12");
    g_assert_true(c.blank_screen);
    g_assert_cmpstr(c.feed, ==, "/srv/tin/feed.rss");
    g_assert_cmpstr(c.home_keys[0], ==, "KP_DIVIDE");
    g_assert_cmpstr(c.home_keys[1], ==, "ESC");
    g_assert_cmpint(c.rate, ==, 200);
    g_free(warning);
    g_assert_true(
        g_file_set_contents(path, "[kiosk]\ncontinuous=true\nrefresh_minutes=0\n", -1, NULL));
    g_assert_null(dbg_kiosk_config_load(path, &c));
    g_assert_true(c.continuous);
    g_assert_cmpint(c.refresh_seconds, ==, 0);
    /* An unreadable file keeps what is known, and says so. */
    g_assert_true(g_file_set_contents(path, "idle_seconds=1\n", -1, NULL));
    dbg_kiosk_config_clear(&c);
    dbg_kiosk_config_init(&c);
    warning = dbg_kiosk_config_load(path, &c);
    g_assert_nonnull(warning);
    g_assert_cmpint(c.idle_seconds, ==, 120);
    g_free(warning);
    dbg_kiosk_config_clear(&c);
    g_free(path);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    docbao_i18n_init("en");
#define ADD(path, fn) g_test_add(path, fixture, NULL, setup, fn, teardown)
    ADD("/gtk-settings/missing-gives-defaults", test_missing_gives_defaults);
    ADD("/gtk-settings/round-trip", test_round_trip);
    ADD("/gtk-settings/atomic-write", test_atomic_write);
    ADD("/gtk-settings/corrupt-file-kept-aside", test_corrupt_file_kept_aside);
    ADD("/gtk-settings/bad-values", test_bad_values);
    ADD("/gtk-settings/kiosk-config", test_kiosk_config);
    ADD("/gtk-settings/fast-rate", test_fast_rate);
    g_test_add_func("/gtk-settings/text-size-steps", test_text_size_steps);
    g_test_add_func("/gtk-settings/contrast", test_contrast);
    return g_test_run();
}
