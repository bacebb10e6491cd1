/* docbao-gtk: the kiosk (see kiosk.h). */
#include "kiosk.h"

#include <glib/gstdio.h>
#include <string.h>

#include "a11y.h"
#include "dbg.h"
#include "keys.h"

#define TICK_MS 250

typedef struct {
    char *title;
    char *source; /* a file, or a feed entry's link */
} item;

struct dbg_kiosk {
    dbg_host *host;
    dbg_kiosk_config config;
    char *folder, *state_dir, *admin_combo;
    GtkWindow *window;
    GtkWidget *stack, *home, *list, *home_status, *cover, *warning_label;
    dbg_reader *reader;
    GPtrArray *items; /* of item* */
    int selected;
    gboolean at_home;
    gboolean session_active; /* a key was pressed since the last reset */
    gboolean warning;
    gboolean allow_close;
    docbao_player_state state;
    gint64 last_activity_us, warning_at_us;
    guint tick;
    GCancellable *feed_cancel;
    dbg_settings defaults;
};

static void item_free(gpointer data)
{
    item *it = data;
    g_free(it->title);
    g_free(it->source);
    g_free(it);
}

/* ---------------------------------------------------------------------------------------- */
/* The home screen                                                                           */

static char *item_text(dbg_kiosk *k, int i)
{
    const item *it = g_ptr_array_index(k->items, (guint)i);
    return g_strdup_printf(_("Article %d of %u: %s. Press 5 to listen."), i + 1, k->items->len,
                           it->title);
}

static char *instructions(dbg_kiosk *k)
{
    if (k->items->len == 0) {
        return g_strdup(_("There are no articles yet. Please come back later."));
    }
    return g_strdup_printf(_("News kiosk, %u articles. Press 6 or 2 to hear the next article, "
                             "4 or 8 for the previous one, 5 to listen to it, 0 to hear these "
                             "instructions again. In an article, press Backspace to come back "
                             "to this list."),
                           k->items->len);
}

/* Selects item i, shows and says it. */
static void select_item(dbg_kiosk *k, int i, gboolean speak)
{
    GtkListBoxRow *row;
    char *text;
    if (k->items->len == 0) {
        return;
    }
    k->selected = CLAMP(i, 0, (int)k->items->len - 1);
    row = gtk_list_box_get_row_at_index(GTK_LIST_BOX(k->list), k->selected);
    gtk_list_box_select_row(GTK_LIST_BOX(k->list), row);
    gtk_widget_grab_focus(GTK_WIDGET(row));
    text = item_text(k, k->selected);
    dbg_host_log(k->host, "home-select %d", k->selected + 1);
    if (speak) {
        dbg_host_say(k->host, text);
    }
    gtk_label_set_text(GTK_LABEL(k->home_status), text);
    g_free(text);
}

static void add_row(dbg_kiosk *k, const char *title, const char *source)
{
    item *it = g_new0(item, 1);
    GtkWidget *label, *row;
    char *spoken;
    it->title = g_strdup(title);
    it->source = g_strdup(source);
    g_ptr_array_add(k->items, it);
    label = gtk_label_new(title);
    gtk_label_set_wrap(GTK_LABEL(label), TRUE);
    gtk_label_set_xalign(GTK_LABEL(label), 0);
    row = gtk_list_box_row_new();
    gtk_list_box_row_set_child(GTK_LIST_BOX_ROW(row), label);
    gtk_widget_add_css_class(row, "dbg-home-item");
    spoken = item_text(k, (int)k->items->len - 1);
    dbg_a11y_label(row, spoken);
    g_free(spoken);
    gtk_list_box_append(GTK_LIST_BOX(k->list), row);
}

static void go_home(dbg_kiosk *k, gboolean speak_intro)
{
    char *intro = instructions(k);
    k->at_home = TRUE;
    dbg_reader_close(k->reader);
    gtk_stack_set_visible_child_name(GTK_STACK(k->stack), "home");
    dbg_host_log(k->host, "home items=%u", k->items->len);
    if (speak_intro) {
        /* The instructions, then the selected article: said as one message. */
        char *sel = k->items->len > 0 ? item_text(k, k->selected) : g_strdup("");
        char *both = g_strdup_printf("%s %s", intro, sel);
        dbg_host_say(k->host, both);
        g_free(sel);
        g_free(both);
    }
    select_item(k, k->selected, FALSE);
    g_free(intro);
}

static void open_selected(dbg_kiosk *k)
{
    const item *it;
    if (k->items->len == 0) {
        return;
    }
    it = g_ptr_array_index(k->items, (guint)k->selected);
    k->at_home = FALSE;
    gtk_stack_set_visible_child_name(GTK_STACK(k->stack), "article");
    gtk_widget_grab_focus(dbg_article_view_text(dbg_reader_view(k->reader)));
    dbg_host_log(k->host, "home-open %d %s", k->selected + 1, it->source);
    dbg_reader_open(k->reader, it->source, DOCBAO_OPEN_START);
}

static gint compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Articles in the folder, by file name. */
static void load_folder(dbg_kiosk *k)
{
    GDir *dir = k->folder != NULL ? g_dir_open(k->folder, 0, NULL) : NULL;
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while (dir != NULL && (name = g_dir_read_name(dir)) != NULL) {
        if (g_str_has_suffix(name, ".html") || g_str_has_suffix(name, ".htm") ||
            g_str_has_suffix(name, ".txt")) {
            g_ptr_array_add(names, g_strdup(name));
        }
    }
    if (dir != NULL) {
        g_dir_close(dir);
    }
    g_ptr_array_sort(names, compare_names);
    for (guint i = 0; i < names->len; i++) {
        char *path = g_build_filename(k->folder, names->pdata[i], NULL);
        docbao_article *a = NULL;
        docbao_error err = {0};
        if (docbao_article_load(path, NULL, &a, &err) == DOCBAO_OK) {
            add_row(k, docbao_article_title(a), path);
        } else {
            dbg_host_log(k->host, "skip %s: %s", path, err.message);
        }
        docbao_article_free(a);
        g_free(path);
    }
    g_ptr_array_unref(names);
}

typedef struct {
    char *source;
    docbao_feed *feed;
    docbao_error err;
} feed_job;

static void feed_job_free(gpointer data)
{
    feed_job *j = data;
    docbao_feed_free(j->feed);
    g_free(j->source);
    g_free(j);
}

static void feed_thread(GTask *task, gpointer src, gpointer data, GCancellable *cancel)
{
    feed_job *j = data;
    docbao_feed_load(j->source, NULL, &j->feed, NULL, &j->err);
    g_task_return_boolean(task, j->feed != NULL);
}

static void feed_done(GObject *src, GAsyncResult *res, gpointer user)
{
    feed_job *j = g_task_get_task_data(G_TASK(res));
    dbg_kiosk *k = user;
    if (g_cancellable_is_cancelled(g_task_get_cancellable(G_TASK(res)))) {
        return;
    }
    if (j->feed == NULL) {
        dbg_host_log(k->host, "feed-error %s", j->err.message);
        gtk_label_set_text(GTK_LABEL(k->home_status), j->err.message);
        return;
    }
    for (size_t i = 0; i < docbao_feed_n_entries(j->feed); i++) {
        if (docbao_feed_entry_link(j->feed, i) != NULL) {
            add_row(k, docbao_feed_entry_title(j->feed, i), docbao_feed_entry_link(j->feed, i));
        }
    }
    dbg_host_log(k->host, "feed entries=%zu items=%u", docbao_feed_n_entries(j->feed),
                 k->items->len);
    if (k->at_home) {
        select_item(k, k->selected, FALSE);
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

/* A new session: nothing of the last citizen's is left (EN 301 549, 5.1.3.13). */
static void reset_session(dbg_kiosk *k)
{
    dbg_host_log(k->host, "session-reset");
    end_warning(k);
    k->session_active = FALSE;
    k->selected = 0;
    dbg_reader_close(k->reader);
    dbg_dir_empty(k->state_dir);
    dbg_reader_set_settings(k->reader, &k->defaults);
    show_cover(k, FALSE);
    go_home(k, TRUE);
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

/* The home screen's keys: a keypad's digits, the arrows, Enter. */
static void home_key(dbg_kiosk *k, const char *name)
{
    static const char *const prev[] = {"8", "KP8", "UP", "4", "KP4", "LEFT", NULL};
    static const char *const next[] = {"2", "KP2", "DOWN", "6", "KP6", "RIGHT", NULL};
    static const char *const open[] = {"5", "KP5", "ENTER", "KP_ENTER", "SPACE", NULL};
    static const char *const help[] = {"0", "KP0", "h", "?", "F1", NULL};
    if (name_in(name, prev) || name_in(name, next)) {
        int step = name_in(name, prev) ? -1 : 1;
        int to = k->selected + step;
        if (to < 0 || to >= (int)k->items->len) {
            dbg_host_say(k->host,
                         to < 0 ? _("This is the first article.") : _("This is the last article."));
            return;
        }
        select_item(k, to, TRUE);
    } else if (name_in(name, open)) {
        open_selected(k);
    } else if (name_in(name, help)) {
        char *intro = instructions(k);
        dbg_host_say(k->host, intro);
        g_free(intro);
    } else if (g_strcmp0(name, "HOME") == 0 || g_strcmp0(name, "END") == 0) {
        select_item(k, name[0] == 'H' ? 0 : (int)k->items->len - 1, TRUE);
    } else {
        dbg_host_say(k->host, _("This key does nothing here. Press 0 for help."));
    }
}

gboolean dbg_kiosk_key(dbg_kiosk *k, guint keyval, GdkModifierType state)
{
    char name[32];
    char *combo = dbg_key_combo(keyval, state);
    gboolean admin = combo != NULL && strcmp(combo, k->admin_combo) == 0;
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
    k->last_activity_us = g_get_monotonic_time();
    k->session_active = TRUE;
    if (k->warning) {
        end_warning(k);
        dbg_host_log(k->host, "idle-extended");
        dbg_host_say(k->host, _("The session continues."));
        return TRUE;
    }
    if (k->config.blank_screen && g_str_has_prefix(name, "KP")) {
        show_cover(k, TRUE);
    }
    if (k->at_home) {
        if (!(state & GDK_CONTROL_MASK)) {
            home_key(k, name);
            return TRUE;
        }
        return dbg_reader_key(k->reader, keyval, state, TRUE);
    }
    if (name_in(name, (const char *const *)k->config.home_keys)) {
        char *text, *both;
        go_home(k, FALSE);
        text = item_text(k, k->selected);
        both = g_strdup_printf("%s %s", _("Back to the list."), text);
        dbg_host_say(k->host, both);
        g_free(text);
        g_free(both);
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

static void on_row_activated(GtkListBox *list, GtkListBoxRow *row, gpointer data)
{
    dbg_kiosk *k = data;
    k->selected = gtk_list_box_row_get_index(row);
    k->session_active = TRUE;
    k->last_activity_us = g_get_monotonic_time();
    open_selected(k);
}

void dbg_kiosk_handle_event(dbg_kiosk *k, const docbao_event *e)
{
    if (e->type == DOCBAO_EVENT_STATE) {
        k->state = e->state;
    }
    dbg_reader_handle_event(k->reader, e);
}

static void on_destroy(GtkWidget *w, gpointer data)
{
    dbg_kiosk *k = data;
    g_source_remove(k->tick);
    g_cancellable_cancel(k->feed_cancel);
    g_object_unref(k->feed_cancel);
    dbg_dir_empty(k->state_dir);
    g_ptr_array_unref(k->items);
    dbg_kiosk_config_clear(&k->config);
    g_free(k->folder);
    g_free(k->state_dir);
    g_free(k->admin_combo);
    g_free(k);
}

dbg_kiosk *dbg_kiosk_new(dbg_host *host, const char *folder, const dbg_kiosk_config *config,
                         const char *state_dir, gboolean fullscreen)
{
    dbg_kiosk *k = g_new0(dbg_kiosk, 1);
    GtkWidget *overlay, *box, *title, *scroll;
    GtkEventController *keys = gtk_event_controller_key_new();
    GtkGesture *cover_click = gtk_gesture_click_new();

    k->host = host;
    k->config = *config;
    k->config.admin_keys = g_strdup(config->admin_keys);
    k->config.feed = g_strdup(config->feed);
    k->config.voice = g_strdup(config->voice);
    k->config.home_keys = g_strdupv(config->home_keys);
    k->folder = g_strdup(folder);
    k->state_dir = g_strdup(state_dir);
    k->admin_combo = dbg_key_combo_normalize(config->admin_keys);
    k->items = g_ptr_array_new_with_free_func(item_free);
    k->feed_cancel = g_cancellable_new();
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
        gtk_window_fullscreen(k->window);
    }
    overlay = gtk_overlay_new();
    gtk_window_set_child(k->window, overlay);
    k->stack = gtk_stack_new();
    gtk_overlay_set_child(GTK_OVERLAY(overlay), k->stack);

    /* Home. */
    box = gtk_box_new(GTK_ORIENTATION_VERTICAL, 0);
    title = gtk_label_new(_("News — choose an article to listen to"));
    gtk_widget_add_css_class(title, "dbg-home-title");
    gtk_label_set_wrap(GTK_LABEL(title), TRUE);
    gtk_box_append(GTK_BOX(box), title);
    k->list = gtk_list_box_new();
    gtk_widget_add_css_class(k->list, "dbg-home");
    gtk_list_box_set_selection_mode(GTK_LIST_BOX(k->list), GTK_SELECTION_SINGLE);
    gtk_accessible_update_property(GTK_ACCESSIBLE(k->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                   _("Articles"), -1);
    g_signal_connect(k->list, "row-activated", G_CALLBACK(on_row_activated), k);
    scroll = gtk_scrolled_window_new();
    gtk_scrolled_window_set_policy(GTK_SCROLLED_WINDOW(scroll), GTK_POLICY_NEVER,
                                   GTK_POLICY_AUTOMATIC);
    gtk_widget_set_vexpand(scroll, TRUE);
    gtk_scrolled_window_set_child(GTK_SCROLLED_WINDOW(scroll), k->list);
    gtk_box_append(GTK_BOX(box), scroll);
    k->home_status = gtk_label_new(NULL);
    gtk_label_set_wrap(GTK_LABEL(k->home_status), TRUE);
    gtk_label_set_xalign(GTK_LABEL(k->home_status), 0);
    gtk_widget_add_css_class(k->home_status, "dbg-status");
    gtk_box_append(GTK_BOX(box), k->home_status);
    k->home = box;
    gtk_stack_add_named(GTK_STACK(k->stack), box, "home");

    /* Article: the reader's panel, without file dialogs and saving nothing. */
    k->reader = dbg_reader_new(host, &k->defaults, NULL, FALSE);
    gtk_stack_add_named(GTK_STACK(k->stack), dbg_reader_widget(k->reader), "article");

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

    load_folder(k);
    if (config->feed != NULL) {
        feed_job *j = g_new0(feed_job, 1);
        GTask *task = g_task_new(NULL, k->feed_cancel, feed_done, k);
        j->source = g_strdup(config->feed);
        g_task_set_task_data(task, j, feed_job_free);
        g_task_run_in_thread(task, feed_thread);
        g_object_unref(task);
    }
    k->last_activity_us = g_get_monotonic_time();
    k->tick = g_timeout_add(TICK_MS, on_tick, k);
    go_home(k, TRUE);
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
