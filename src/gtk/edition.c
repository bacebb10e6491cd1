/* docbao-gtk: the edition on screen (see edition.h). */
#include "edition.h"

#include <string.h>

#include "a11y.h"
#include "dbg.h"
#include "speech_bar.h"

#define NONE ((size_t)-1)

/* The pane's controls, in the order they show; names for tests. */
enum { CTL_PREV, CTL_NEXT, CTL_HEADLINES, CTL_CONTINUOUS, CTL_COUNT_ };
static const char *const control_names[CTL_COUNT_] = {"prev-article", "next-article", "headlines",
                                                      "continuous"};

struct dbg_edition {
    dbg_host *host;
    dbg_edition_options opts;
    char *state_dir;
    dbg_edition_callbacks cb;
    void *user;
    GtkWidget *pane;
    GtkWidget *controls[CTL_COUNT_];
    dbg_headlines *list;
    GSource *wake;
    GCancellable *building;

    docbao_edition *edition;
    docbao_reader *reader;
    size_t cur;              /* without a reader: the entry chosen */
    gboolean manual_article; /* without a reader: the entry is open (else the list is) */
    size_t shown;            /* the entry whose article the front end shows, or NONE */
    size_t selected;         /* the entry selected in the list, or NONE */
    gboolean in_article;
    gboolean finished; /* without a reader: the article was read to its end */
    gboolean updating; /* set while the controls are set from the reader's state */
};

/* ---------------------------------------------------------------------------------------- */
/* Following the reader                                                                      */

static docbao_player *player_of(dbg_edition *e)
{
    return dbg_host_player(e->host);
}

/* Brings the list, the article shown and the controls in line with the reader. */
static void follow(dbg_edition *e)
{
    size_t cur;
    gboolean in_article;
    if (e->edition == NULL || docbao_edition_size(e->edition) == 0) {
        return;
    }
    if (e->reader != NULL) {
        cur = docbao_reader_current(e->reader);
        in_article = docbao_reader_get_mode(e->reader) == DOCBAO_READER_ARTICLE;
    } else {
        cur = e->cur;
        in_article = e->manual_article;
    }
    if (cur != e->selected) {
        e->selected = cur;
        dbg_headlines_select(e->list, cur);
        dbg_host_log(e->host, "select %zu", cur + 1);
    }
    if (cur != e->shown) {
        docbao_article *a = docbao_edition_article(e->edition, cur);
        docbao_entry_info info;
        if (a != NULL && docbao_edition_entry(e->edition, cur, &info)) {
            e->shown = cur;
            e->cb.show(a, info.origin, e->user);
            if (e->reader == NULL && player_of(e) != NULL) {
                e->finished = FALSE;
                docbao_player_open(player_of(e), a, info.origin, e->opts.open_mode, NULL);
            }
        } else if (e->shown != NONE) {
            e->shown = NONE;
            e->cb.show(NULL, NULL, e->user);
        }
        if (a == NULL && e->reader == NULL) {
            docbao_edition_want(e->edition, cur);
        }
        docbao_article_free(a);
    }
    if (in_article != e->in_article) {
        e->in_article = in_article;
        dbg_host_log(e->host, "mode %s %zu", in_article ? "article" : "headlines", cur + 1);
    }
    if (e->controls[CTL_CONTINUOUS] != NULL && e->reader != NULL) {
        e->updating = TRUE;
        gtk_check_button_set_active(GTK_CHECK_BUTTON(e->controls[CTL_CONTINUOUS]),
                                    !docbao_reader_continuous(e->reader));
        e->updating = FALSE;
    }
    e->cb.changed(e->user);
}

/* The digit a key types ("7", "KP7"), or -1. */
static int digit_of(const char *key)
{
    const char *d = g_str_has_prefix(key, "KP") ? key + 2 : key;
    return g_ascii_isdigit(d[0]) && d[1] == '\0' ? d[0] - '0' : -1;
}

/* The host's command filter: the reader takes the commands it steers by. */
static gboolean filter(const char *key, docbao_command cmd, const char *label, void *user)
{
    dbg_edition *e = user;
    gboolean took;
    if (e->reader == NULL) {
        return FALSE;
    }
    if (e->opts.digits && key != NULL && digit_of(key) >= 0) {
        docbao_reader_digit(e->reader, digit_of(key));
    }
    took = docbao_reader_command(e->reader, cmd, label);
    follow(e);
    return took;
}

void dbg_edition_command(dbg_edition *e, docbao_command cmd)
{
    if (e->reader == NULL && e->edition != NULL && cmd == DOCBAO_CMD_HEADLINES &&
        docbao_edition_size(e->edition) > 1) {
        /* Without a reader (no sound device): back to the list all the same. */
        e->manual_article = FALSE;
        follow(e);
        return;
    }
    dbg_host_command(e->host, cmd);
}

void dbg_edition_choose(dbg_edition *e, size_t i, gboolean read)
{
    if (e->edition == NULL || i >= docbao_edition_size(e->edition)) {
        return;
    }
    dbg_host_log(e->host, "choose %zu %s", i + 1, read ? "read" : "select");
    if (e->reader != NULL) {
        docbao_reader_select(e->reader, i, read);
    } else {
        e->cur = i;
        e->manual_article = e->manual_article || read;
    }
    follow(e);
}

static void on_choose(size_t i, gboolean read, void *user)
{
    dbg_edition_choose(user, i, read);
}

/* The rows follow the entries' states (heard, cannot be read). */
static void refresh_rows(dbg_edition *e)
{
    size_t failed = dbg_headlines_refresh(e->list);
    if (failed != NONE) {
        docbao_entry_info info;
        docbao_edition_entry(e->edition, failed, &info);
        dbg_host_log(e->host, "entry-failed %zu %s", failed + 1, info.message);
    }
}

void dbg_edition_player_event(dbg_edition *e, const docbao_event *ev)
{
    if (e->reader != NULL) {
        docbao_reader_player_event(e->reader, ev);
        if (ev->type == DOCBAO_EVENT_STATE) {
            refresh_rows(e); /* an article read to its end is heard */
        }
        follow(e);
    } else if (ev->type == DOCBAO_EVENT_STATE && ev->state == DOCBAO_STATE_FINISHED &&
               e->shown != NONE && !e->finished) {
        /* The player is quiet at the end (the reader announces what comes next): one article
         * ends as `docbao read` ends it. */
        e->finished = TRUE;
        dbg_host_say(e->host, _("End of the article"));
    }
}

/* The loader made progress (main thread). */
static gboolean on_wake(gpointer data)
{
    dbg_edition *e = data;
    if (e->edition == NULL) {
        return G_SOURCE_CONTINUE;
    }
    if (e->reader != NULL) {
        docbao_reader_update(e->reader);
    }
    refresh_rows(e);
    follow(e);
    return G_SOURCE_CONTINUE;
}

/* The loader's thread calls this: it only marks the main loop's source ready. */
static void edition_wake(void *user)
{
    dbg_edition *e = user;
    g_source_set_ready_time(e->wake, 0);
}

/* ---------------------------------------------------------------------------------------- */
/* Building                                                                                  */

typedef struct {
    char **locations;
    gsize n;
    char *intro, *empty;
    gboolean quiet; /* a refresh: the new edition takes over without a word */
    docbao_edition_options eo;
    char *state_dir;
    docbao_edition *edition;
    docbao_error err;    /* nothing could be read */
    GString *skipped;    /* "A source cannot be read and is skipped: X." for each */
    gboolean no_sources; /* none given, none saved */
    dbg_edition *e;      /* valid unless the build was abandoned (the cancellable says) */
} build_job;

static void build_job_free(gpointer data)
{
    build_job *j = data;
    docbao_edition_free(j->edition);
    g_strfreev(j->locations);
    g_free(j->intro);
    g_free(j->empty);
    g_free(j->state_dir);
    g_string_free(j->skipped, TRUE);
    g_free(j);
}

static void build_thread(GTask *task, gpointer src, gpointer data, GCancellable *cancel)
{
    build_job *j = data;
    char *skipped = NULL;
    bool none_saved = false;
    (void)src;
    (void)cancel;
    j->edition = docbao_edition_new(&j->eo);
    if (docbao_edition_add_sources(j->edition, (const char *const *)j->locations, j->n, NULL,
                                   NULL, NULL, &skipped, &none_saved, &j->err) == DOCBAO_OK) {
        j->no_sources = none_saved;
    }
    if (skipped != NULL) {
        g_string_assign(j->skipped, skipped);
        g_free(skipped);
    }
    g_task_return_boolean(task, TRUE);
}

/* Drops the reader and the edition. */
static void drop(dbg_edition *e)
{
    docbao_reader_free(e->reader);
    e->reader = NULL;
    if (e->edition != NULL) {
        if (player_of(e) != NULL) {
            docbao_player_close(player_of(e));
            docbao_player_set_context(player_of(e), NULL);
        }
        dbg_headlines_set_edition(e->list, NULL);
        docbao_edition_free(e->edition);
        e->edition = NULL;
    }
    if (e->shown != NONE) {
        e->shown = NONE;
        e->cb.show(NULL, NULL, e->user);
    }
    e->selected = NONE;
    e->cur = 0;
    e->in_article = FALSE;
    e->manual_article = FALSE;
    e->finished = FALSE;
}

static void set_controls_sensitive(dbg_edition *e)
{
    for (int c = 0; c < CTL_COUNT_; c++) {
        if (e->controls[c] != NULL) {
            gtk_widget_set_sensitive(e->controls[c], e->reader != NULL);
        }
    }
}

/* The new edition takes over, and the reader starts. */
static void install(dbg_edition *e, build_job *j)
{
    gsize n;
    docbao_player *p = player_of(e);
    drop(e);
    e->edition = j->edition;
    j->edition = NULL;
    n = docbao_edition_size(e->edition);
    dbg_host_log(e->host, "edition sections=%zu entries=%zu skipped=%s",
                 docbao_edition_n_sections(e->edition), n,
                 j->skipped->len > 0 ? j->skipped->str : "none");
    dbg_headlines_set_edition(e->list, e->edition);
    if (n > 0 && p != NULL && (e->opts.always_reader || n > 1)) {
        docbao_reader_options ro = {TRUE, e->opts.continuous, e->opts.open_mode};
        char *prefix = g_strjoin(" ", j->intro != NULL ? j->intro : "", j->skipped->str, NULL);
        e->reader = docbao_reader_new(p, e->edition, &ro);
        if (!j->quiet) {
            docbao_reader_start(e->reader, g_strstrip(prefix)[0] != '\0' ? prefix : NULL);
        }
        g_free(prefix);
    } else if (j->quiet) {
        /* nothing said */
    } else if (n == 0 && j->err.status == DOCBAO_OK && !j->no_sources) {
        char *said =
            g_strjoin(" ", j->skipped->str,
                      j->empty != NULL ? j->empty : _("The edition holds no article."), NULL);
        dbg_host_say(e->host, g_strstrip(said));
        g_free(said);
    } else if (n > 0 && j->skipped->len > 0) {
        dbg_host_say(e->host, j->skipped->str);
    }
    /* Without a reader, one article is open at once; a list waits to be chosen from. */
    e->manual_article = e->reader == NULL && !e->opts.always_reader;
    set_controls_sensitive(e);
    e->cb.built(j->err.status != DOCBAO_OK ? &j->err : NULL,
                j->skipped->len > 0 ? j->skipped->str : NULL, j->no_sources, e->user);
    follow(e);
}

static void build_done(GObject *src, GAsyncResult *res, gpointer user)
{
    GTask *task = G_TASK(res);
    build_job *j = g_task_get_task_data(task);
    if (g_cancellable_is_cancelled(g_task_get_cancellable(task))) {
        return; /* abandoned: a newer build took over, or the window is gone */
    }
    g_clear_object(&j->e->building);
    install(j->e, j);
}

void dbg_edition_abandon(dbg_edition *e)
{
    if (e->building != NULL) {
        g_cancellable_cancel(e->building);
        g_clear_object(&e->building);
    }
}

static void start_build(dbg_edition *e, const char *const *locations, gsize n, const char *intro,
                        const char *empty, gboolean quiet)
{
    build_job *j = g_new0(build_job, 1);
    GTask *task;
    dbg_edition_abandon(e);
    e->building = g_cancellable_new();
    j->e = e;
    j->n = n;
    j->locations = g_new0(char *, n + 1);
    for (gsize i = 0; i < n; i++) {
        j->locations[i] = g_strdup(locations[i]);
        dbg_host_log(e->host, "open %s", locations[i]);
    }
    if (n == 0) {
        dbg_host_log(e->host, "open saved-sources");
    }
    j->intro = g_strdup(intro);
    j->empty = g_strdup(empty);
    j->quiet = quiet;
    j->skipped = g_string_new(NULL);
    docbao_edition_options_init(&j->eo);
    j->state_dir = g_strdup(e->state_dir);
    j->eo.state_dir = j->state_dir;
    j->eo.wake = edition_wake;
    j->eo.wake_user = e;
    j->eo.fetch.timeout_ms = e->opts.timeout_ms;
    j->eo.fetch.connect_timeout_ms = e->opts.timeout_ms;
    task = g_task_new(NULL, e->building, build_done, NULL);
    g_task_set_task_data(task, j, build_job_free);
    g_task_run_in_thread(task, build_thread);
    g_object_unref(task);
}

void dbg_edition_open(dbg_edition *e, const char *const *locations, gsize n, const char *intro,
                      const char *empty)
{
    start_build(e, locations, n, intro, empty, FALSE);
}

void dbg_edition_refresh(dbg_edition *e, const char *const *locations, gsize n)
{
    start_build(e, locations, n, NULL, NULL, TRUE);
}

void dbg_edition_close(dbg_edition *e)
{
    dbg_edition_abandon(e);
    drop(e);
    set_controls_sensitive(e);
    e->cb.changed(e->user);
}

/* ---------------------------------------------------------------------------------------- */
/* The pane                                                                                  */

static void on_control_clicked(GtkButton *b, gpointer data)
{
    dbg_edition *e = data;
    int c = GPOINTER_TO_INT(g_object_get_data(G_OBJECT(b), "dbg-control"));
    static const docbao_command cmds[] = {DOCBAO_CMD_PREV_ARTICLE, DOCBAO_CMD_NEXT_ARTICLE,
                                          DOCBAO_CMD_HEADLINES};
    dbg_host_log(e->host, "control %s", control_names[c]);
    dbg_edition_command(e, cmds[c]);
}

static void on_continuous_toggled(GtkCheckButton *b, gpointer data)
{
    dbg_edition *e = data;
    if (e->updating || e->reader == NULL) {
        return;
    }
    dbg_host_log(e->host, "control continuous");
    if (docbao_reader_continuous(e->reader) == gtk_check_button_get_active(b)) {
        dbg_edition_command(e, DOCBAO_CMD_CONTINUOUS);
    }
}

static GtkWidget *pane_button(dbg_edition *e, int c, const char *label, const char *name)
{
    GtkWidget *b = gtk_button_new_with_label(label);
    g_object_set_data(G_OBJECT(b), "dbg-control", GINT_TO_POINTER(c));
    g_signal_connect(b, "clicked", G_CALLBACK(on_control_clicked), e);
    dbg_a11y_name(b, name);
    e->controls[c] = b;
    return b;
}

static GtkWidget *build_pane(dbg_edition *e)
{
    GtkWidget *box = gtk_box_new(GTK_ORIENTATION_VERTICAL, 4);
    GtkWidget *bar, *check, *label;
    gtk_widget_add_css_class(box, "dbg-headlines-pane");
    bar = gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 0);
    gtk_widget_set_layout_manager(bar, g_object_new(dbg_wrap_layout_get_type(), NULL));
    gtk_widget_add_css_class(bar, "dbg-toolbar");
    /* TRANSLATORS: buttons above the list of headlines; the keys are in the tooltips. */
    gtk_box_append(GTK_BOX(bar), pane_button(e, CTL_PREV, _("◀ Previous article"),
                                             _("Previous article (<, keypad −)")));
    gtk_box_append(GTK_BOX(bar),
                   pane_button(e, CTL_NEXT, _("Next article ▶"), _("Next article (>, keypad +)")));
    gtk_box_append(GTK_BOX(bar), pane_button(e, CTL_HEADLINES, _("Headlines"),
                                             _("Back to the headlines (l, Backspace)")));
    /* Its text wraps, so that at large sizes it never makes the pane wider. */
    label = gtk_label_new(_("Stop after each article"));
    gtk_label_set_wrap(GTK_LABEL(label), TRUE);
    gtk_label_set_xalign(GTK_LABEL(label), 0);
    check = gtk_check_button_new();
    gtk_check_button_set_child(GTK_CHECK_BUTTON(check), label);
    dbg_a11y_name(check, _("Stop after each article (c)"));
    g_signal_connect(check, "toggled", G_CALLBACK(on_continuous_toggled), e);
    e->controls[CTL_CONTINUOUS] = check;
    gtk_box_append(GTK_BOX(bar), check);
    gtk_box_append(GTK_BOX(box), bar);
    gtk_box_append(GTK_BOX(box), dbg_headlines_widget(e->list));
    set_controls_sensitive(e);
    return box;
}

gboolean dbg_edition_activate(dbg_edition *e, const char *name)
{
    for (int c = 0; c < CTL_COUNT_; c++) {
        if (e->controls[c] != NULL && strcmp(control_names[c], name) == 0) {
            if (GTK_IS_CHECK_BUTTON(e->controls[c])) {
                GtkCheckButton *b = GTK_CHECK_BUTTON(e->controls[c]);
                gtk_check_button_set_active(b, !gtk_check_button_get_active(b));
            } else {
                gtk_widget_activate(e->controls[c]);
            }
            return TRUE;
        }
    }
    return FALSE;
}

/* ---------------------------------------------------------------------------------------- */
/* The controller                                                                            */

dbg_edition *dbg_edition_new(dbg_host *host, const dbg_edition_options *opts,
                             const dbg_edition_callbacks *cb, void *user)
{
    dbg_edition *e = g_new0(dbg_edition, 1);
    e->host = host;
    e->opts = *opts;
    e->state_dir = g_strdup(opts->state_dir);
    e->opts.state_dir = NULL;
    e->cb = *cb;
    e->user = user;
    e->shown = e->selected = NONE;
    e->list = dbg_headlines_new(on_choose, e);
    e->pane = opts->with_controls ? build_pane(e) : dbg_headlines_widget(e->list);
    g_object_ref_sink(e->pane);
    e->wake = dbg_wake_source_new(on_wake, e);
    dbg_host_set_filter(host, filter, e);
    return e;
}

void dbg_edition_free(dbg_edition *e)
{
    if (e == NULL) {
        return;
    }
    dbg_host_set_filter(e->host, NULL, NULL);
    dbg_edition_abandon(e);
    /* Nothing is shown any more: the front end is going. */
    e->shown = NONE;
    drop(e);
    g_source_destroy(e->wake);
    g_source_unref(e->wake);
    g_object_unref(e->pane);
    g_free(e->state_dir);
    g_free(e);
}

GtkWidget *dbg_edition_widget(dbg_edition *e)
{
    return e->pane;
}

dbg_headlines *dbg_edition_headlines(dbg_edition *e)
{
    return e->list;
}

gboolean dbg_edition_busy(dbg_edition *e)
{
    return e->building != NULL;
}

gsize dbg_edition_size(dbg_edition *e)
{
    return e->edition != NULL ? docbao_edition_size(e->edition) : 0;
}

size_t dbg_edition_current(dbg_edition *e)
{
    return e->reader != NULL ? docbao_reader_current(e->reader) : e->cur;
}

gboolean dbg_edition_in_article(dbg_edition *e)
{
    return e->edition != NULL && e->in_article;
}

gboolean dbg_edition_reading_shown(dbg_edition *e)
{
    return dbg_edition_in_article(e) && e->shown != NONE && e->shown == dbg_edition_current(e);
}

gboolean dbg_edition_has_reader(dbg_edition *e)
{
    return e->reader != NULL;
}

gboolean dbg_edition_done(dbg_edition *e)
{
    return e->reader != NULL ? docbao_reader_done(e->reader) : e->finished;
}

void dbg_edition_set_style(dbg_edition *e, int font_px, const dbg_settings *s)
{
    dbg_headlines_set_style(e->list, font_px, s);
}
