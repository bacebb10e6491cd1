/*
 * docbao-gtk: test machinery (see testing.h). Replay steps, separated by commas:
 *   KEY            a key as GDK names it, with modifiers: KP_2, Right, ctrl+plus, ctrl+alt+shift+q
 *   click:NAME     a control of the bar (larger, smaller, play, next-sentence, theme, ...) or of
 *                  the headlines pane (next-article, prev-article, headlines, continuous)
 *   para:BLOCK     a click on body block BLOCK of the article, as a mouse click would
 *   row:N          a click on headline N (from 1) of the list
 *   wait:MS        a pause
 *   await:reading  waits (at most 20 s) until a sentence or word is read aloud after this step
 *   stats          prints the process's resident memory, open files and threads
 *   close          asks the window to close, as the window manager's close button does
 *   snap:FILE      a PNG snapshot now (the run goes on)
 *   focus:NAME     gives a control of the bar the keyboard focus
 *   popup:NAME     opens the menu of a drop-down of the bar (line spacing, width, theme, voice)
 *   snap-popup:FILE  a PNG snapshot of the open menu
 *   report         prints the layout figures now
 */
#include "testing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "a11y.h"
#include "keys.h"

struct dbg_testing {
    dbg_test_options o;
    GtkWindow *window;
    dbg_host *host;
    dbg_reader *reader;
    gboolean (*key_fn)(guint, GdkModifierType, void *);
    void *key_user;
    void (*quit)(int, void *);
    void *quit_user;
    char **steps;
    guint next_step;
    guint source, quit_source, poll_source;
    int status;
    gboolean finished;
    gboolean quitting;
    GtkWidget *popover; /* the menu opened by popup:NAME */
    GtkWidget *tooltip; /* a stand-in styled as tooltips are, for their text size */
    gboolean awaiting; /* an await:reading step waits for speech */
    gint64 await_until;
};

/* A widget whose CSS name is that of tooltips, holding a label as a tooltip does. */
typedef struct {
    GtkWidget parent;
} DbgTooltipProbe;
typedef struct {
    GtkWidgetClass parent;
} DbgTooltipProbeClass;
GType dbg_tooltip_probe_get_type(void);
G_DEFINE_TYPE(DbgTooltipProbe, dbg_tooltip_probe, GTK_TYPE_WIDGET)

static void probe_dispose(GObject *o)
{
    GtkWidget *child;
    while ((child = gtk_widget_get_first_child(GTK_WIDGET(o))) != NULL) {
        gtk_widget_unparent(child);
    }
    G_OBJECT_CLASS(dbg_tooltip_probe_parent_class)->dispose(o);
}

static void dbg_tooltip_probe_class_init(DbgTooltipProbeClass *klass)
{
    G_OBJECT_CLASS(klass)->dispose = probe_dispose;
    gtk_widget_class_set_css_name(GTK_WIDGET_CLASS(klass), "tooltip");
    gtk_widget_class_set_layout_manager_type(GTK_WIDGET_CLASS(klass), GTK_TYPE_BIN_LAYOUT);
}

static void dbg_tooltip_probe_init(DbgTooltipProbe *self)
{
    gtk_widget_set_parent(gtk_label_new("?"), GTK_WIDGET(self));
}

/* The pixel size of the font a widget's text is drawn with (its CSS font-size). */
static int font_px(GtkWidget *w)
{
    const PangoFontDescription *fd;
    int size;
    if (w == NULL) {
        return 0;
    }
    fd = pango_context_get_font_description(gtk_widget_get_pango_context(w));
    size = pango_font_description_get_size(fd);
    /* Absolute sizes are in device units; others in points (1/72 inch at 96 dpi). */
    return pango_font_description_get_size_is_absolute(fd) ? size / PANGO_SCALE
                                                           : size * 96 / 72 / PANGO_SCALE;
}

/* The first label under w, or NULL. */
static GtkWidget *first_label(GtkWidget *w)
{
    if (w == NULL || GTK_IS_LABEL(w)) {
        return w;
    }
    for (GtkWidget *c = gtk_widget_get_first_child(w); c != NULL;
         c = gtk_widget_get_next_sibling(c)) {
        GtkWidget *l = first_label(c);
        if (l != NULL) {
            return l;
        }
    }
    return NULL;
}

/*
 * Pairs of the bar's controls that overlap, and controls that reach past the window's right
 * edge: the bar must wrap, never overlap.
 */
static void bar_overlaps(dbg_testing *t, int *overlaps, int *outside)
{
    graphene_rect_t b[64];
    int n = 0;
    static const char *const names[] = {
        "smaller", "larger",         "spacing",       "width",         "theme",          "open",
        "play",    "prev-paragraph", "prev-sentence", "next-sentence", "next-paragraph", "slower",
        "faster",  "softer",         "louder",        "voice"};
    *overlaps = *outside = 0;
    for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
        GtkWidget *w = dbg_speech_bar_control(dbg_reader_bar(t->reader), names[i]);
        if (w != NULL && gtk_widget_compute_bounds(w, GTK_WIDGET(t->window), &b[n])) {
            n++;
        }
    }
    for (int i = 0; i < n; i++) {
        graphene_rect_t r;
        if (b[i].origin.x + b[i].size.width > gtk_widget_get_width(GTK_WIDGET(t->window)) + 0.5) {
            (*outside)++;
        }
        for (int j = i + 1; j < n; j++) {
            if (graphene_rect_intersection(&b[i], &b[j], &r) && r.size.width > 0.5 &&
                r.size.height > 0.5) {
                (*overlaps)++;
            }
        }
    }
}

static void finish(dbg_testing *t)
{
    if (!t->quitting) {
        t->quitting = TRUE;
        t->quit(t->status, t->quit_user);
    }
}

/* Saves a PNG of widget w (a window or a popover: a native), as it is drawn now. */
static gboolean save_widget_snapshot(dbg_testing *t, GtkWidget *w, const char *file)
{
    int width = gtk_widget_get_width(w), height = gtk_widget_get_height(w);
    GdkPaintable *paintable = gtk_widget_paintable_new(w);
    GtkSnapshot *snap = gtk_snapshot_new();
    GskRenderNode *node;
    GdkTexture *texture;
    gboolean ok = FALSE;
    gdk_paintable_snapshot(paintable, snap, width, height);
    node = gtk_snapshot_free_to_node(snap);
    if (node != NULL) {
        graphene_rect_t bounds = GRAPHENE_RECT_INIT(0, 0, (float)width, (float)height);
        texture =
            gsk_renderer_render_texture(gtk_native_get_renderer(GTK_NATIVE(w)), node, &bounds);
        ok = gdk_texture_save_to_png(texture, file);
        g_object_unref(texture);
        gsk_render_node_unref(node);
    }
    g_object_unref(paintable);
    printf("snapshot %s %dx%d %s\n", file, width, height, ok ? "saved" : "FAILED");
    if (!ok) {
        t->status = 1;
    }
    return ok;
}

static gboolean save_snapshot(dbg_testing *t, const char *file)
{
    return save_widget_snapshot(t, GTK_WIDGET(t->window), file);
}

static void report(dbg_testing *t)
{
    double upper, page;
    dbg_article_view *v = dbg_reader_view(t->reader);
    const dbg_settings *s = dbg_reader_settings(t->reader);
    GtkWidget *text = dbg_article_view_text(v);
    graphene_rect_t b = GRAPHENE_RECT_INIT(0, 0, 0, 0);
    /* The text is not drawn on a kiosk's home screen; when it is, it must have a place. */
    if (!gtk_widget_compute_bounds(text, GTK_WIDGET(t->window), &b) &&
        gtk_widget_is_drawable(text)) {
        t->status = 1;
    }
    dbg_article_view_hscroll(v, &upper, &page);
    printf("report text_size=%d font_px=%d window=%dx%d view=%.0f,%.0f,%.0f,%.0f view_width=%d "
           "lines=%u hupper=%.0f hpage=%.0f hscroll=%s highlight_visible=%d theme=%s\n",
           s->text_size, dbg_article_view_font_px(s->text_size),
           gtk_widget_get_width(GTK_WIDGET(t->window)),
           gtk_widget_get_height(GTK_WIDGET(t->window)), b.origin.x, b.origin.y, b.size.width,
           b.size.height, gtk_widget_get_width(text), dbg_article_view_display_lines(v), upper,
           page, upper > page + 0.5 ? "yes" : "no", dbg_article_view_highlight_visible(v),
           dbg_theme_get(s->theme)->name);
    {
        /* The size of every kind of text the reader reads besides the article. */
        GtkWidget *bar = dbg_speech_bar_widget(dbg_reader_bar(t->reader));
        graphene_rect_t bb = GRAPHENE_RECT_INIT(0, 0, 0, 0), pb = GRAPHENE_RECT_INIT(0, 0, 0, 0);
        GtkWidget *play = dbg_speech_bar_control(dbg_reader_bar(t->reader), "play");
        int overlaps, outside;
        GtkWidget *focus = gtk_root_get_focus(GTK_ROOT(t->window));
        if (t->tooltip == NULL) {
            t->tooltip = g_object_new(dbg_tooltip_probe_get_type(), NULL);
            gtk_widget_set_visible(t->tooltip, FALSE);
            /* Hidden, and owned by the panel (which takes it away with it). */
            gtk_widget_set_parent(t->tooltip, dbg_reader_widget(t->reader));
        }
        if (!gtk_widget_compute_bounds(gtk_widget_get_parent(gtk_widget_get_parent(bar)),
                                       GTK_WIDGET(t->window), &bb)) {
            t->status = 1;
        }
        if (!gtk_widget_compute_bounds(play, GTK_WIDGET(t->window), &pb)) {
            t->status = 1;
        }
        bar_overlaps(t, &overlaps, &outside);
        printf("report-ui ui_px=%d menu_px=%d tooltip_px=%d status_px=%d bar=%.0f,%.0f,%.0f,%.0f "
               "play=%.0f,%.0f,%.0f,%.0f bar_overlaps=%d bar_outside=%d focus=%s\n",
               font_px(first_label(play)), font_px(first_label(t->popover)),
               font_px(first_label(t->tooltip)), font_px(dbg_reader_status_label(t->reader)),
               bb.origin.x, bb.origin.y, bb.size.width, bb.size.height, pb.origin.x, pb.origin.y,
               pb.size.width, pb.size.height, overlaps, outside,
               focus == dbg_article_view_text(v) ? "text"
               : focus != NULL                   ? G_OBJECT_TYPE_NAME(focus)
                                                 : "none");
        printf("report-status %s\n", dbg_reader_status_text(t->reader));
    }
    fflush(stdout);
}

/* The headlines pane's figures: shown or not, its place, rows, and whether rows are clipped. */
static void report_headlines(dbg_testing *t)
{
    dbg_edition *e = dbg_reader_edition(t->reader);
    dbg_headlines *h = dbg_edition_headlines(e);
    GtkWidget *list = dbg_headlines_widget(h);
    graphene_rect_t b = GRAPHENE_RECT_INIT(0, 0, 0, 0);
    gboolean shown =
        gtk_widget_is_drawable(list) && gtk_widget_compute_bounds(list, GTK_WIDGET(t->window), &b);
    printf("headlines shown=%d rows=%u list=%.0f,%.0f,%.0f,%.0f clipped=%s current=%zu mode=%s\n",
           shown, dbg_headlines_n_rows(h), b.origin.x, b.origin.y, b.size.width, b.size.height,
           dbg_headlines_clipped(h) ? "yes" : "no", dbg_edition_current(e) + 1,
           dbg_edition_in_article(e) ? "article" : "headlines");
    for (guint i = 0; i < dbg_headlines_n_rows(h); i++) {
        printf("headline %u %s\n", i + 1, dbg_headlines_row_name(h, i));
    }
    fflush(stdout);
}

/* What a soak watches: resident memory (kB), open file descriptors, threads. */
static void stats(dbg_testing *t)
{
    char *status = NULL;
    long rss = -1, threads = -1, fds = 0;
    GDir *dir = g_dir_open("/proc/self/fd", 0, NULL);
    if (g_file_get_contents("/proc/self/status", &status, NULL, NULL)) {
        const char *p = strstr(status, "VmRSS:");
        rss = p != NULL ? strtol(p + 6, NULL, 10) : -1;
        p = strstr(status, "Threads:");
        threads = p != NULL ? strtol(p + 8, NULL, 10) : -1;
    }
    while (dir != NULL && g_dir_read_name(dir) != NULL) {
        fds++;
    }
    if (dir != NULL) {
        g_dir_close(dir);
        fds--; /* the one reading the folder */
    }
    printf("stats rss_kb=%ld fds=%ld threads=%ld\n", rss, fds, threads);
    fflush(stdout);
    dbg_host_log(t->host, "stats rss_kb=%ld fds=%ld threads=%ld", rss, fds, threads);
    g_free(status);
}

static void check_a11y(dbg_testing *t)
{
    GString *problems = g_string_new(NULL);
    guint n = dbg_a11y_check(GTK_WIDGET(t->window), problems);
    printf("a11y checked=%u %s\n%s", n, problems->len == 0 ? "all named" : "UNNAMED",
           problems->str);
    if (problems->len > 0 || n == 0) {
        t->status = 1;
    }
    g_string_free(problems, TRUE);
}

static void step(dbg_testing *t, const char *s)
{
    guint keyval;
    GdkModifierType state;
    dbg_host_log(t->host, "replay %s", s);
    if (g_str_has_prefix(s, "click:")) {
        if (!dbg_speech_bar_activate(dbg_reader_bar(t->reader), s + 6) &&
            !dbg_edition_activate(dbg_reader_edition(t->reader), s + 6)) {
            fprintf(stderr, "replay: no control %s\n", s + 6);
            t->status = 2;
        }
    } else if (g_str_has_prefix(s, "para:")) {
        /* A click at the block's first character on screen, through the view's own handler. */
        if (!dbg_article_view_click_field(dbg_reader_view(t->reader), DOCBAO_FIELD_BLOCK,
                                          (size_t)g_ascii_strtoull(s + 5, NULL, 10))) {
            fprintf(stderr, "replay: block %s is not shown\n", s + 5);
            t->status = 2;
        }
    } else if (g_str_has_prefix(s, "row:")) {
        guint64 n = g_ascii_strtoull(s + 4, NULL, 10);
        if (n == 0 ||
            !dbg_headlines_activate(dbg_edition_headlines(dbg_reader_edition(t->reader)), n - 1)) {
            fprintf(stderr, "replay: there is no headline %s\n", s + 4);
            t->status = 2;
        }
    } else if (strcmp(s, "await:reading") == 0) {
        t->awaiting = TRUE;
        t->await_until = g_get_monotonic_time() + 20 * G_USEC_PER_SEC;
    } else if (strcmp(s, "stats") == 0) {
        stats(t);
    } else if (strcmp(s, "close") == 0) {
        gtk_window_close(t->window);
    } else if (g_str_has_prefix(s, "snap:")) {
        save_snapshot(t, s + 5);
    } else if (g_str_has_prefix(s, "focus:")) {
        GtkWidget *w = dbg_speech_bar_control(dbg_reader_bar(t->reader), s + 6);
        if (w == NULL || !gtk_widget_grab_focus(w)) {
            fprintf(stderr, "replay: cannot focus %s\n", s + 6);
            t->status = 2;
        }
    } else if (g_str_has_prefix(s, "popup:")) {
        GtkWidget *w = dbg_speech_bar_control(dbg_reader_bar(t->reader), s + 6);
        t->popover = NULL;
        for (GtkWidget *c = w != NULL ? gtk_widget_get_first_child(w) : NULL; c != NULL;
             c = gtk_widget_get_next_sibling(c)) {
            if (GTK_IS_POPOVER(c)) {
                t->popover = c;
                gtk_popover_popup(GTK_POPOVER(c));
            }
        }
        if (t->popover == NULL) {
            fprintf(stderr, "replay: %s has no menu\n", s + 6);
            t->status = 2;
        }
    } else if (g_str_has_prefix(s, "snap-popup:")) {
        if (t->popover == NULL || !gtk_widget_get_mapped(t->popover) ||
            !save_widget_snapshot(t, t->popover, s + 11)) {
            fprintf(stderr, "replay: no open menu to snapshot\n");
            t->status = 2;
        }
    } else if (strcmp(s, "report") == 0) {
        report(t);
        report_headlines(t);
    } else if (g_str_has_prefix(s, "wait:")) {
        /* handled by the scheduler */
    } else if (dbg_key_parse(s, &keyval, &state)) {
        if (!t->key_fn(keyval, state, t->key_user)) {
            dbg_host_log(t->host, "key-unused %s", s);
        }
    } else {
        fprintf(stderr, "replay: cannot understand \"%s\"\n", s);
        t->status = 2;
    }
}

static gboolean run_steps(gpointer data);

static void schedule(dbg_testing *t, guint ms)
{
    t->source = g_timeout_add(ms, run_steps, t);
}

static void done(dbg_testing *t)
{
    if (t->o.quit_when_finished) {
        return; /* the figures are given at the end (on_finished_poll) */
    }
    if (t->o.report) {
        report(t);
        report_headlines(t);
    }
    if (t->o.check_a11y) {
        check_a11y(t);
    }
    if (t->o.snapshot != NULL) {
        save_snapshot(t, t->o.snapshot);
    }
    if (t->o.snapshot != NULL || t->o.report || t->o.check_a11y) {
        finish(t);
    }
}

static gboolean run_steps(gpointer data)
{
    dbg_testing *t = data;
    t->source = 0;
    if (t->awaiting) {
        if (g_get_monotonic_time() > t->await_until) {
            fprintf(stderr, "replay: nothing was read aloud in 20 s\n");
            dbg_host_log(t->host, "await-timeout");
            t->awaiting = FALSE;
            t->status = 1;
            finish(t);
            return G_SOURCE_REMOVE;
        }
        schedule(t, 20);
        return G_SOURCE_REMOVE;
    }
    if (t->steps != NULL && t->steps[t->next_step] != NULL) {
        const char *s = t->steps[t->next_step++];
        step(t, s);
        if (t->window == NULL || t->quitting) {
            return G_SOURCE_REMOVE;
        }
        schedule(t, g_str_has_prefix(s, "wait:") ? (guint)atoi(s + 5) : (guint)t->o.replay_delay);
        return G_SOURCE_REMOVE;
    }
    done(t);
    return G_SOURCE_REMOVE;
}

static gboolean on_quit_after(gpointer data)
{
    dbg_testing *t = data;
    t->quit_source = 0;
    dbg_host_log(t->host, "quit-after");
    finish(t);
    return G_SOURCE_REMOVE;
}

static gboolean on_finished_poll(gpointer data)
{
    dbg_testing *t = data;
    docbao_player *p = dbg_host_player(t->host);
    /* An edition is finished when its last article is (one article: when it is). */
    if (t->finished && dbg_edition_done(dbg_reader_edition(t->reader)) &&
        (p == NULL || docbao_player_idle(p))) {
        t->poll_source = 0;
        dbg_host_log(t->host, "quit-finished");
        if (t->o.report) {
            report(t);
            report_headlines(t);
        }
        finish(t);
        return G_SOURCE_REMOVE;
    }
    return G_SOURCE_CONTINUE;
}

dbg_testing *dbg_testing_start(const dbg_test_options *o, GtkWindow *window, dbg_host *host,
                               dbg_reader *reader,
                               gboolean (*key_fn)(guint, GdkModifierType, void *), void *key_user,
                               void (*quit)(int, void *), void *quit_user)
{
    dbg_testing *t;
    if (o->replay == NULL && o->snapshot == NULL && !o->report && !o->check_a11y &&
        o->quit_after == 0 && !o->quit_when_finished) {
        return NULL;
    }
    t = g_new0(dbg_testing, 1);
    t->o = *o;
    t->window = window;
    t->host = host;
    t->reader = reader;
    t->key_fn = key_fn;
    t->key_user = key_user;
    t->quit = quit;
    t->quit_user = quit_user;
    if (o->replay != NULL) {
        t->steps = g_strsplit(o->replay, ",", -1);
    }
    g_object_add_weak_pointer(G_OBJECT(window), (gpointer *)&t->window);
    /* The first steps wait for the window to be shown and laid out, and the article loaded. */
    schedule(t, (guint)MAX(o->start_delay, 1));
    if (o->quit_after > 0) {
        t->quit_source = g_timeout_add((guint)o->quit_after, on_quit_after, t);
    }
    if (o->quit_when_finished) {
        t->poll_source = g_timeout_add(100, on_finished_poll, t);
    }
    return t;
}

void dbg_testing_event(dbg_testing *t, const docbao_event *e)
{
    if (t == NULL) {
        return;
    }
    if (e->type == DOCBAO_EVENT_STATE && e->state == DOCBAO_STATE_FINISHED) {
        t->finished = TRUE;
    } else if ((e->type == DOCBAO_EVENT_SENTENCE || e->type == DOCBAO_EVENT_WORD) && t->awaiting) {
        t->awaiting = FALSE;
    }
}

void dbg_testing_free(dbg_testing *t)
{
    if (t == NULL) {
        return;
    }
    if (t->window != NULL) {
        g_object_remove_weak_pointer(G_OBJECT(t->window), (gpointer *)&t->window);
    }
    if (t->source != 0) {
        g_source_remove(t->source);
    }
    if (t->quit_source != 0) {
        g_source_remove(t->quit_source);
    }
    if (t->poll_source != 0) {
        g_source_remove(t->poll_source);
    }
    g_strfreev(t->steps);
    g_free(t);
}
