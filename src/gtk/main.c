/*
 * docbao-gtk: the reader window and the kiosk, GTK 4 front ends of the player core.
 *
 *   docbao-gtk [SOURCE...]      the reader window: articles, folders, feeds, list pages as one
 *                               edition, or the saved sources (sources.conf) when none is given
 *   docbao-gtk --kiosk DIR      the kiosk, fullscreen, on the articles of DIR (and kiosk.ini)
 */
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dbg.h"
#include "host.h"
#include "kiosk.h"
#include "reader_window.h"
#include "settings.h"
#include "testing.h"

typedef struct {
    GMainLoop *loop;
    int status;
    dbg_reader *reader;
    dbg_kiosk *kiosk;
    dbg_testing *testing;
    GtkWindow *window;
} app;

static void on_event(const docbao_event *e, void *user)
{
    app *a = user;
    if (a->kiosk != NULL) {
        dbg_kiosk_handle_event(a->kiosk, e);
    } else if (a->reader != NULL) {
        dbg_reader_handle_event(a->reader, e);
    }
    dbg_testing_event(a->testing, e);
}

static void on_quit(int status, void *user)
{
    app *a = user;
    a->status = status;
    g_main_loop_quit(a->loop);
}

static void on_window_destroy(GtkWidget *w, gpointer user)
{
    app *a = user;
    a->window = NULL;
    a->reader = NULL;
    a->kiosk = NULL;
    g_main_loop_quit(a->loop);
}

static gboolean reader_key(guint keyval, GdkModifierType state, void *user)
{
    app *a = user;
    return a->reader != NULL && dbg_reader_key(a->reader, keyval, state, FALSE);
}

static gboolean kiosk_key(guint keyval, GdkModifierType state, void *user)
{
    app *a = user;
    return a->kiosk != NULL && dbg_kiosk_key(a->kiosk, keyval, state);
}

int main(int argc, char **argv)
{
    char *kiosk_dir = NULL, *kiosk_config = NULL, *keys_file = NULL, *lang = NULL;
    char *output = NULL, *engine = NULL, *log_path = NULL, *size = NULL, *theme = NULL;
    char *state_dir = NULL, *feed = NULL;
    int text_size = 0, idle_seconds = 0, warning_seconds = 0, refresh_seconds = 0;
    gboolean version = FALSE, windowed = FALSE;
    dbg_test_options t = {0};
    GOptionEntry entries[] = {
        {"kiosk", 0, 0, G_OPTION_ARG_FILENAME, &kiosk_dir,
         N_("Run as a kiosk, fullscreen, on the articles of DIR"), N_("DIR")},
        {"kiosk-config", 0, 0, G_OPTION_ARG_FILENAME, &kiosk_config,
         N_("Kiosk configuration (default: ~/.config/docbao/kiosk.ini)"), N_("FILE")},
        {"feed", 0, 0, G_OPTION_ARG_STRING, &feed,
         N_("(kiosk) Also list the entries of this feed (address or file)"), N_("URL")},
        {"keys", 0, 0, G_OPTION_ARG_FILENAME, &keys_file,
         N_("Key map file (default: ~/.config/docbao/keys.conf over the built-in one)"),
         N_("FILE")},
        {"lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("Language of messages: vi or en"),
         N_("LANG")},
        {"version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version"), NULL},
        /* Test-only options. */
        {"audio-output", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &output, NULL, NULL},
        {"engine", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &engine, NULL, NULL},
        {"log", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &log_path, NULL, NULL},
        {"state-dir", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &state_dir, NULL, NULL},
        {"text-size", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &text_size, NULL, NULL},
        {"theme", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &theme, NULL, NULL},
        {"size", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &size, NULL, NULL},
        {"windowed", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &windowed, NULL, NULL},
        {"idle-seconds", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &idle_seconds, NULL, NULL},
        {"warning-seconds", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &warning_seconds, NULL,
         NULL},
        {"refresh-seconds", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &refresh_seconds, NULL,
         NULL},
        {"replay", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &t.replay, NULL, NULL},
        {"replay-delay", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &t.replay_delay, NULL, NULL},
        {"start-delay", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &t.start_delay, NULL, NULL},
        {"snapshot", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &t.snapshot, NULL, NULL},
        {"report", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &t.report, NULL, NULL},
        {"check-a11y", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &t.check_a11y, NULL, NULL},
        {"quit-after", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &t.quit_after, NULL, NULL},
        {"quit-when-finished", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &t.quit_when_finished,
         NULL, NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx;
    GError *e = NULL;
    app a = {0};
    dbg_host_options ho = {0};
    dbg_host *host = NULL;
    docbao_error err = {0};
    dbg_kiosk_config kc;
    char *settings_path = NULL, *kiosk_state = NULL, *path = NULL, *settings_warning = NULL;
    dbg_settings rs;
    int width = 0, height = 0;

    /* The language first, so that --help is translated. */
    for (int i = 1; i + 1 < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0) {
            lang = argv[i + 1];
        }
    }
    docbao_i18n_init(lang);
    lang = NULL;
    dbg_kiosk_config_init(&kc);
    ctx = g_option_context_new(
        _("[FILE|URL|FOLDER|-...] — read an article, or a whole edition, aloud in a window"));
    g_option_context_add_main_entries(ctx, entries, "docbao");
    g_option_context_set_description(
        ctx, _("Keys steer the reading as in docbao read; Ctrl with +, − and 0 sets the text size. "
               "See docs/reader.md and docs/kiosk.md."));
    if (!g_option_context_parse(ctx, &argc, &argv, &e)) {
        fprintf(stderr, "docbao-gtk: %s\n", e->message);
        g_error_free(e);
        g_option_context_free(ctx);
        return 2;
    }
    if (version) {
        printf("docbao-gtk %s\n", docbao_version());
        goto out;
    }
    if (kiosk_dir != NULL && argc > 1) {
        fprintf(stderr, "docbao-gtk: %s\n",
                _("give no article with --kiosk: it reads its folder and its feed"));
        a.status = 2;
        goto out;
    }
    if (size != NULL && sscanf(size, "%dx%d", &width, &height) != 2) {
        fprintf(stderr, "docbao-gtk: --size WIDTHxHEIGHT\n");
        a.status = 2;
        goto out;
    }
    if (t.replay_delay <= 0) {
        t.replay_delay = 300;
    }
    if (t.start_delay <= 0) {
        t.start_delay = 1500;
    }
    gtk_init();

    ho.engine = engine;
    ho.output = output;
    ho.keys_file = keys_file;
    ho.log_path = log_path;
    ho.volume = -1;
    if (kiosk_dir != NULL) {
        char *warning;
        path = kiosk_config != NULL ? g_strdup(kiosk_config) : dbg_config_path("kiosk.ini");
        warning = dbg_kiosk_config_load(path, &kc);
        if (warning != NULL) {
            fprintf(stderr, "docbao-gtk: %s\n", warning);
            g_free(warning);
        }
        if (feed != NULL) {
            g_free(kc.feed);
            kc.feed = g_strdup(feed);
        }
        if (idle_seconds > 0) {
            kc.idle_seconds = idle_seconds;
        }
        if (warning_seconds > 0) {
            kc.warning_seconds = warning_seconds;
        }
        if (refresh_seconds > 0) {
            kc.refresh_seconds = refresh_seconds;
        }
        /* Nothing of a citizen's session outlives it: positions go to a private folder. */
        kiosk_state = g_dir_make_tmp("docbao-kiosk-XXXXXX", NULL);
        ho.state_dir = kiosk_state;
        ho.voice = kc.voice;
        ho.rate = kc.rate;
        ho.volume = kc.volume;
    } else {
        settings_path = dbg_config_path("reader.ini");
        settings_warning = dbg_settings_load(settings_path, &rs);
        ho.state_dir = state_dir;
        ho.voice = rs.voice;
        ho.rate = rs.rate;
        ho.volume = rs.volume;
    }
    host = dbg_host_new(&ho, &err);
    if (host == NULL) {
        fprintf(stderr, "docbao-gtk: %s\n", err.message);
        a.status = 1;
        goto out;
    }
    dbg_host_set_handler(host, on_event, &a);
    a.loop = g_main_loop_new(NULL, FALSE);
    if (kiosk_dir != NULL) {
        a.kiosk = dbg_kiosk_new(host, kiosk_dir, &kc, kiosk_state, width == 0 && !windowed);
        a.window = dbg_kiosk_window(a.kiosk);
        a.reader = dbg_kiosk_reader(a.kiosk);
    } else {
        a.window = dbg_reader_window_new(host, settings_path, &rs, settings_warning,
                                         (const char *const *)argv + 1, (gsize)argc - 1, state_dir,
                                         &a.reader);
    }
    if (text_size > 0 || theme != NULL) {
        dbg_settings s = *dbg_reader_settings(a.reader);
        if (text_size > 0) {
            s.text_size = CLAMP(text_size, DBG_TEXT_SIZE_MIN, DBG_TEXT_SIZE_MAX);
        }
        if (theme != NULL && dbg_theme_from_name(theme) >= 0) {
            s.theme = (dbg_theme)dbg_theme_from_name(theme);
        }
        dbg_reader_set_settings(a.reader, &s);
    }
    if (width > 0) {
        gtk_window_set_default_size(a.window, width, height);
    }
    g_signal_connect(a.window, "destroy", G_CALLBACK(on_window_destroy), &a);
    gtk_window_present(a.window);
    a.testing = dbg_testing_start(&t, a.window, host, a.reader,
                                  a.kiosk != NULL ? kiosk_key : reader_key, &a, on_quit, &a);
    g_main_loop_run(a.loop);
    dbg_testing_free(a.testing);
    a.testing = NULL;
    if (a.window != NULL) {
        /* The kiosk refuses to close: it is destroyed. */
        gtk_window_destroy(a.window);
    }
    while (g_main_context_pending(NULL)) {
        g_main_context_iteration(NULL, FALSE);
    }
    dbg_host_free(host);
    g_main_loop_unref(a.loop);
out:
    if (kiosk_state != NULL) {
        /* The player saved a position there when it stopped: nothing is kept. */
        dbg_dir_empty(kiosk_state);
        g_rmdir(kiosk_state);
    }
    dbg_kiosk_config_clear(&kc);
    g_option_context_free(ctx);
    g_free(kiosk_dir);
    g_free(kiosk_config);
    g_free(keys_file);
    g_free(output);
    g_free(engine);
    g_free(log_path);
    g_free(size);
    g_free(theme);
    g_free(state_dir);
    g_free(feed);
    g_free(settings_path);
    g_free(settings_warning);
    g_free(kiosk_state);
    g_free(path);
    g_free(t.replay);
    g_free(t.snapshot);
    return a.status;
}
