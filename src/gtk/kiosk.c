/* docbao-gtk: the kiosk (see kiosk.h). */
#include "kiosk.h"

#include <glib/gstdio.h>
#include <string.h>

#include "a11y.h"
#include "dbg.h"
#include "keys.h"

#define TICK_MS 250
/* A kiosk does not wait long for the network: the offline copies stand in. */
#define KIOSK_TIMEOUT_MS 15000

struct dbg_kiosk {
    dbg_host *host;
    dbg_kiosk_config config;
    char *folder, *state_dir, *admin_combo;
    GtkWindow *window;
    GtkWidget *stack, *home, *home_status, *cover, *warning_label;
    dbg_reader *reader;
    dbg_edition *edition;
    gboolean at_home;
    gboolean session_active; /* a key was pressed since the last reset */
    gboolean warning;
    gboolean allow_close;
    gboolean refreshing; /* the news is being read again between sessions */
    docbao_player_state state;
    gint64 last_activity_us, warning_at_us, built_us;
    guint tick;
    dbg_settings defaults;
};

/* ---------------------------------------------------------------------------------------- */
/* The home screen: the edition's headlines                                                 */

/* What the kiosk says on arrival and for 0: its keypad, before the reader's first headline. */
static const char *instructions(void)
{
    return _("News kiosk. Press 6 or 2 to hear the next article, 4 or 8 for the previous one, "
             "5 to listen to it, 0 to hear these instructions again. In an article, press "
             "Backspace to come back to this list, + for the next article, − for the previous "
             "one.");
}

/* The folder and the feed are the sources of one edition, built anew for every session, and
 * again now and then between sessions. */
static void open_news(dbg_kiosk *k, gboolean refresh)
{
    const char *sources[2];
    gsize n = 0;
    if (k->folder != NULL) {
        sources[n++] = k->folder;
    }
    if (k->config.feed != NULL) {
        sources[n++] = k->config.feed;
    }
    if (refresh) {
        /* Between sessions: the news of the moment, without a word, for the next citizen. */
        dbg_host_log(k->host, "refresh");
        dbg_edition_refresh(k->edition, sources, n);
    } else {
        gtk_label_set_text(GTK_LABEL(k->home_status), _("Opening…"));
        dbg_edition_open(k->edition, sources, n, instructions(),
                         _("There are no articles yet. Please come back later."));
    }
    k->refreshing = refresh;
    k->built_us = g_get_monotonic_time();
}

/* A citizen comes while the news is read again: the list in use stays. */
static void citizen_comes(dbg_kiosk *k)
{
    if (k->refreshing && dbg_edition_busy(k->edition)) {
        dbg_host_log(k->host, "refresh-abandoned");
        dbg_edition_abandon(k->edition);
    }
    k->refreshing = FALSE;
    k->session_active = TRUE;
    k->last_activity_us = g_get_monotonic_time();
}

/* Shows the home screen or the article as the reader moves between them. An article shows
 * once it is loaded; until then (and when it cannot be read) the list stays. */
static void on_changed(void *user)
{
    dbg_kiosk *k = user;
    gboolean home;
    if (!dbg_edition_in_article(k->edition)) {
        home = TRUE;
    } else if (dbg_edition_reading_shown(k->edition)) {
        home = FALSE;
    } else {
        return;
    }
    if (home == k->at_home) {
        return;
    }
    k->at_home = home;
    gtk_stack_set_visible_child_name(GTK_STACK(k->stack), home ? "home" : "article");
    if (home) {
        GtkWidget *list = dbg_headlines_list(dbg_edition_headlines(k->edition));
        GtkListBoxRow *row = gtk_list_box_get_selected_row(GTK_LIST_BOX(list));
        dbg_host_log(k->host, "home items=%zu", dbg_edition_size(k->edition));
        gtk_widget_grab_focus(row != NULL ? GTK_WIDGET(row) : list);
    } else {
        dbg_host_log(k->host, "home-open %zu", dbg_edition_current(k->edition) + 1);
        gtk_widget_grab_focus(dbg_article_view_text(dbg_reader_view(k->reader)));
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Sessions                                                                                  */

static void show_cover(dbg_kiosk *k, gboolean on)
{
    if (gtk_widget_get_visible(k->cover) != on) {
        gtk_widget_set_visible(k->cover, on);
        dbg_host_log(k->host, "cover %s", on ? "on" : "off");
    }
}

static void end_warning(dbg_kiosk *k)
{
    k->warning = FALSE;
    gtk_widget_set_visible(k->warning_label, FALSE);
}

/*
 * A new session: nothing of the last citizen's is left (EN 301 549, 5.1.3.13). The edition
 * goes, with what was heard; the player saves its position before the folder is emptied; a
 * fresh edition (and so the latest news) greets the next citizen.
 */
static void reset_session(dbg_kiosk *k)
{
    dbg_host_log(k->host, "session-reset");
    end_warning(k);
    k->session_active = FALSE;
    dbg_edition_close(k->edition);
    if (dbg_host_player(k->host) != NULL) {
        docbao_player_sync(dbg_host_player(k->host), 2000);
    }
    dbg_dir_empty(k->state_dir);
    dbg_reader_set_settings(k->reader, &k->defaults);
    show_cover(k, FALSE);
    open_news(k, FALSE);
}

static gboolean on_tick(gpointer data)
{
    dbg_kiosk *k = data;
    gint64 now = g_get_monotonic_time();
    if (k->state == DOCBAO_STATE_PLAYING) {
        /* Listening is not idling. */
        k->last_activity_us = now;
    }
    if (!k->session_active) {
        if (k->config.refresh_seconds > 0 && k->at_home && !dbg_edition_busy(k->edition) &&
            k->state != DOCBAO_STATE_PLAYING &&
            now - k->built_us >= (gint64)k->config.refresh_seconds * G_USEC_PER_SEC) {
            open_news(k, TRUE);
        }
        return G_SOURCE_CONTINUE;
    }
    if (!k->warning &&
        now - k->last_activity_us >= (gint64)k->config.idle_seconds * G_USEC_PER_SEC) {
        const char *text = _("The session is about to end. Press any key to continue.");
        k->warning = TRUE;
        k->warning_at_us = now;
        gtk_label_set_text(GTK_LABEL(k->warning_label), text);
        gtk_widget_set_visible(k->warning_label, TRUE);
        dbg_host_log(k->host, "idle-warning");
        dbg_host_say(k->host, text);
    } else if (k->warning &&
               now - k->warning_at_us >= (gint64)k->config.warning_seconds * G_USEC_PER_SEC) {
        reset_session(k);
    }
    return G_SOURCE_CONTINUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Keys                                                                                      */

static gboolean name_in(const char *name, const char *const *list)
{
    for (; list != NULL && *list != NULL; list++) {
        if (g_ascii_strcasecmp(name, *list) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

gboolean dbg_kiosk_key(dbg_kiosk *k, guint keyval, GdkModifierType state)
{
    char name[32];
    char *combo = dbg_key_combo(keyval, state);
    gboolean admin = combo != NULL && strcmp(combo, k->admin_combo) == 0;
    int cmd;
    g_free(combo);
    if (admin) {
        dbg_host_log(k->host, "admin-exit");
        k->allow_close = TRUE;
        gtk_window_destroy(k->window);
        return TRUE;
    }
    if (!dbg_key_name(keyval, state & GDK_CONTROL_MASK, name, sizeof name)) {
        return TRUE; /* a modifier alone; nothing escapes the kiosk */
    }
    citizen_comes(k);
    if (k->warning) {
        end_warning(k);
        dbg_host_log(k->host, "idle-extended");
        dbg_host_say(k->host, _("The session continues."));
        return TRUE;
    }
    if (k->config.blank_screen && g_str_has_prefix(name, "KP")) {
        show_cover(k, TRUE);
    }
    if (state & GDK_CONTROL_MASK) {
        return dbg_reader_key(k->reader, keyval, state, TRUE); /* the text size */
    }
    if (dbg_edition_busy(k->edition)) {
        dbg_host_log(k->host, "key %s busy", name);
        dbg_host_say(k->host, _("The news is loading. Please wait."));
        return TRUE;
    }
    cmd = docbao_keymap_lookup(dbg_host_keymap(k->host), name);
    if (k->at_home && cmd == DOCBAO_CMD_HELP) {
        dbg_host_log(k->host, "key %s command=instructions", name);
        dbg_host_say(k->host, instructions());
        return TRUE;
    }
    if (name_in(name, (const char *const *)k->config.home_keys)) {
        /* Back to the list, wherever the key map sends this key. */
        dbg_host_log(k->host, "key %s command=headlines", name);
        dbg_edition_command(k->edition, DOCBAO_CMD_HEADLINES);
        return TRUE;
    }
    if (cmd < 0) {
        dbg_host_log(k->host, "key %s command=none", name);
        dbg_host_say(k->host, _("This key does nothing here. Press 0 for help."));
        return TRUE;
    }
    return dbg_reader_key(k->reader, keyval, state, TRUE);
}

static gboolean on_key(GtkEventControllerKey *c, guint keyval, guint keycode, GdkModifierType state,
                       gpointer data)
{
    return dbg_kiosk_key(data, keyval, state);
}

static gboolean on_close_request(GtkWindow *w, gpointer data)
{
    dbg_kiosk *k = data;
    if (k->allow_close) {
        return FALSE;
    }
    dbg_host_log(k->host, "close-refused");
    return TRUE;
}

static void on_cover_pressed(GtkGestureClick *g, int n, double x, double y, gpointer data)
{
    show_cover(data, FALSE);
}

/* A touch on the home screen is a citizen too. */
static void on_home_pressed(GtkGestureClick *g, int n, double x, double y, gpointer data)
{
    citizen_comes(data);
}

void dbg_kiosk_handle_event(dbg_kiosk *k, const docbao_event *e)
{
    if (e->type == DOCBAO_EVENT_STATE) {
        k->state = e->state;
    } else if (e->type == DOCBAO_EVENT_MESSAGE) {
        /* What is said shows on the home screen too. */
        gtk_label_set_text(GTK_LABEL(k->home_status), e->text);
    }
    dbg_reader_handle_event(k->reader, e);
}

static void on_destroy(GtkWidget *w, gpointer data)
{
    dbg_kiosk *k = data;
    g_source_remove(k->tick);
    dbg_dir_empty(k->state_dir);
    dbg_kiosk_config_clear(&k->config);
    g_free(k->folder);
    g_free(k->state_dir);
    g_free(k->admin_combo);
    g_free(k);
}

/*
 * Without a window manager nothing makes a window fullscreen, and it opens at its natural
 * size (a strip at the top of the screen): the kiosk asks for its monitor's whole size itself.
 */
static void fill_screen(dbg_kiosk *k)
{
    GdkDisplay *display = gtk_widget_get_display(GTK_WIDGET(k->window));
    GListModel *monitors = gdk_display_get_monitors(display);
    GdkMonitor *monitor =
        g_list_model_get_n_items(monitors) > 0 ? g_list_model_get_item(monitors, 0) : NULL;
    if (monitor != NULL) {
        GdkRectangle geometry;
        gdk_monitor_get_geometry(monitor, &geometry);
        dbg_host_log(k->host, "screen %dx%d", geometry.width, geometry.height);
        gtk_window_set_default_size(k->window, geometry.width, geometry.height);
        g_object_unref(monitor);
    }
    gtk_window_fullscreen(k->window);
}

dbg_kiosk *dbg_kiosk_new(dbg_host *host, const char *folder, const dbg_kiosk_config *config,
                         const char *state_dir, gboolean fullscreen)
{
    dbg_kiosk *k = g_new0(dbg_kiosk, 1);
    GtkWidget *overlay, *box, *title;
    GtkEventController *keys = gtk_event_controller_key_new();
    GtkGesture *cover_click = gtk_gesture_click_new();
    GtkGesture *home_click = gtk_gesture_click_new();
    dbg_edition_options eo = {0};

    k->host = host;
    k->config = *config;
    k->config.admin_keys = g_strdup(config->admin_keys);
    k->config.feed = g_strdup(config->feed);
    k->config.voice = g_strdup(config->voice);
    k->config.home_keys = g_strdupv(config->home_keys);
    k->folder = g_strdup(folder);
    k->state_dir = g_strdup(state_dir);
    k->admin_combo = dbg_key_combo_normalize(config->admin_keys);
    k->at_home = TRUE;
    dbg_settings_init(&k->defaults);
    k->defaults.rate = config->rate;
    k->defaults.volume = config->volume;
    g_strlcpy(k->defaults.voice, config->voice != NULL ? config->voice : "",
              sizeof k->defaults.voice);

    k->window = GTK_WINDOW(gtk_window_new());
    gtk_window_set_title(k->window, "docbao");
    gtk_window_set_decorated(k->window, FALSE);
    gtk_window_set_deletable(k->window, FALSE);
    gtk_widget_add_css_class(GTK_WIDGET(k->window), "dbg-window");
    if (fullscreen) {
        fill_screen(k);
    }
    overlay = gtk_overlay_new();
    gtk_window_set_child(k->window, overlay);
    k->stack = gtk_stack_new();
    gtk_overlay_set_child(GTK_OVERLAY(overlay), k->stack);

    /* The article: the reader's panel, without file dialogs and saving nothing. Its edition's
     * headlines are the home screen's list; the keypad's digits move, they are no numbers. */
    eo.always_reader = TRUE;
    eo.continuous = config->continuous;
    eo.open_mode = DOCBAO_OPEN_START;
    eo.state_dir = state_dir;
    eo.timeout_ms = KIOSK_TIMEOUT_MS;
    k->reader = dbg_reader_new(host, &k->defaults, NULL, FALSE, &eo, FALSE, 140);
    k->edition = dbg_reader_edition(k->reader);
    dbg_reader_set_changed_handler(k->reader, on_changed, k);

    /* Home. */
    box = gtk_box_new(GTK_ORIENTATION_VERTICAL, 0);
    title = gtk_label_new(_("News — choose an article to listen to"));
    gtk_widget_add_css_class(title, "dbg-home-title");
    gtk_label_set_wrap(GTK_LABEL(title), TRUE);
    gtk_box_append(GTK_BOX(box), title);
    gtk_box_append(GTK_BOX(box), dbg_edition_widget(k->edition));
    k->home_status = gtk_label_new(NULL);
    gtk_label_set_wrap(GTK_LABEL(k->home_status), TRUE);
    gtk_label_set_xalign(GTK_LABEL(k->home_status), 0);
    gtk_widget_add_css_class(k->home_status, "dbg-status");
    gtk_box_append(GTK_BOX(box), k->home_status);
    gtk_event_controller_set_propagation_phase(GTK_EVENT_CONTROLLER(home_click), GTK_PHASE_CAPTURE);
    g_signal_connect(home_click, "pressed", G_CALLBACK(on_home_pressed), k);
    gtk_widget_add_controller(box, GTK_EVENT_CONTROLLER(home_click));
    k->home = box;
    gtk_stack_add_named(GTK_STACK(k->stack), box, "home");
    gtk_stack_add_named(GTK_STACK(k->stack), dbg_reader_widget(k->reader), "article");
    gtk_stack_set_visible_child_name(GTK_STACK(k->stack), "home");

    /* The idle warning, above everything. */
    k->warning_label = gtk_label_new(NULL);
    gtk_widget_add_css_class(k->warning_label, "dbg-banner");
    gtk_label_set_wrap(GTK_LABEL(k->warning_label), TRUE);
    gtk_widget_set_valign(k->warning_label, GTK_ALIGN_CENTER);
    gtk_widget_set_visible(k->warning_label, FALSE);
    /* The privacy cover: black, over everything but the warning. */
    k->cover = gtk_box_new(GTK_ORIENTATION_VERTICAL, 0);
    gtk_widget_add_css_class(k->cover, "dbg-cover");
    gtk_widget_set_visible(k->cover, FALSE);
    g_signal_connect(cover_click, "pressed", G_CALLBACK(on_cover_pressed), k);
    gtk_widget_add_controller(k->cover, GTK_EVENT_CONTROLLER(cover_click));
    gtk_overlay_add_overlay(GTK_OVERLAY(overlay), k->cover);
    gtk_overlay_add_overlay(GTK_OVERLAY(overlay), k->warning_label);

    gtk_event_controller_set_propagation_phase(keys, GTK_PHASE_CAPTURE);
    g_signal_connect(keys, "key-pressed", G_CALLBACK(on_key), k);
    gtk_widget_add_controller(GTK_WIDGET(k->window), keys);
    g_signal_connect(k->window, "close-request", G_CALLBACK(on_close_request), k);
    g_signal_connect(k->window, "destroy", G_CALLBACK(on_destroy), k);

    k->last_activity_us = g_get_monotonic_time();
    k->tick = g_timeout_add(TICK_MS, on_tick, k);
    open_news(k, FALSE);
    return k;
}

GtkWindow *dbg_kiosk_window(dbg_kiosk *k)
{
    return k->window;
}

dbg_reader *dbg_kiosk_reader(dbg_kiosk *k)
{
    return k->reader;
}
