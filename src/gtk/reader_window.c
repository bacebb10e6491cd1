/* docbao-gtk: the reader panel and window (see reader_window.h). */
#include "reader_window.h"

#include <string.h>

#include "a11y.h"
#include "dbg.h"
#include "keys.h"
#include "split_layout.h"

struct dbg_reader {
    dbg_host *host;
    dbg_settings settings;
    char *settings_path;
    GtkWidget *box, *banner, *status, *split;
    GtkWidget *bar_scroll; /* the controls, scrolled when large text needs more room */
    dbg_article_view *view;
    dbg_speech_bar *bar;
    dbg_edition *edition;
    int list_scale; /* the headlines' text, in percent of the article's */
    GtkCssProvider *css;
    gboolean has_article; /* the view shows an article */
    char *source;
    void (*open_fn)(void *user);
    void *open_user;
    void (*changed_fn)(void *user);
    void *changed_user;
};

/* ---------------------------------------------------------------------------------------- */
/* Style                                                                                     */

static void apply_css(dbg_reader *r)
{
    const dbg_theme_colors *c = dbg_theme_get(r->settings.theme);
    int text_px = dbg_article_view_font_px(r->settings.text_size);
    /*
     * Every text the reader can read grows with the text size (WCAG 1.4.4): the controls, the
     * drop-down menus and their items, tooltips, the status line. The controls' boxes and
     * icons grow with their text; the bar wraps onto more lines rather than overlap. They grow
     * as the article's text does up to 200 %, and half as fast above (3 times at 400 %), so
     * that the bar leaves room for the article.
     */
    int ui_px =
        16 * MIN(r->settings.text_size, 200) / 100 + 8 * MAX(r->settings.text_size - 200, 0) / 100;
    gboolean dark = r->settings.theme == DBG_THEME_DARK || r->settings.theme == DBG_THEME_CONTRAST;
    GString *css = g_string_new(NULL);
    g_string_append_printf(
        css,
        "window.dbg-window { background-color: %s; color: %s; }\n"
        "textview.dbg-article, textview.dbg-article text { font-size: %dpx; "
        "color: %s; background-color: %s; }\n"
        ".dbg-toolbar button, .dbg-toolbar dropdown, .dbg-value, .dbg-status, "
        "popover, popover label, tooltip, tooltip label { font-size: %dpx; }\n"
        ".dbg-toolbar image, .dbg-toolbar arrow, popover image, popover check { "
        "-gtk-icon-size: %dpx; min-width: %dpx; min-height: %dpx; }\n"
        ".dbg-toolbar button, .dbg-toolbar dropdown > button { padding: %dpx %dpx; }\n"
        /* The bar is opaque: the article scrolled under it never shows through. */
        ".dbg-toolbar { background-color: %s; border-bottom: 1px solid %s; padding: 2px; }\n"
        ".dbg-status { padding: 4px 12px; }\n"
        ".dbg-banner { background-color: #B00020; color: #FFFFFF; "
        "padding: 8px 12px; font-weight: bold; font-size: %dpx; }\n"
        ".dbg-home-title { font-size: %dpx; font-weight: bold; padding: 12px; }\n"
        "*:focus-visible { outline: 3px solid %s; outline-offset: 1px; }\n"
        ".dbg-cover { background-color: #000000; }\n",
        c->bg, c->fg, text_px, c->fg, c->bg, ui_px, ui_px, ui_px, ui_px, ui_px / 4, ui_px / 2,
        c->bg, c->fg, ui_px, text_px * 5 / 4,
        dark ? "#FFFFFF" : "#1A5FB4");
    if (r->settings.theme == DBG_THEME_CONTRAST) {
        g_string_append_printf(css, "window.dbg-window button, window.dbg-window list, "
                                    "window.dbg-window row, popover contents, popover listview { "
                                    "background-image: none; background-color: #000000; color: "
                                    "#FFFF00; border-color: #FFFF00; }\n"
                                    "window.dbg-window button { border: 2px solid #FFFF00; }\n");
    }
    gtk_css_provider_load_from_data(r->css, css->str, (gssize)css->len);
    /*
     * However large the text, the article keeps room for two lines and the controls for one
     * row: what they would need beyond that is scrolled, never drawn over each other.
     */
    gtk_scrolled_window_set_min_content_height(
        GTK_SCROLLED_WINDOW(dbg_article_view_widget(r->view)),
        text_px * 2 * MAX(r->settings.line_spacing, 120) / 100);
    gtk_scrolled_window_set_min_content_height(GTK_SCROLLED_WINDOW(r->bar_scroll), ui_px * 2 + 16);
    g_object_set(gtk_settings_get_default(), "gtk-application-prefer-dark-theme", dark, NULL);
    g_string_free(css, TRUE);
}

static void save(dbg_reader *r)
{
    GError *e = NULL;
    if (r->settings_path == NULL) {
        return;
    }
    if (!dbg_settings_save(r->settings_path, &r->settings, &e)) {
        dbg_reader_show_status(r, e->message);
        g_error_free(e);
    }
}

/* The headlines pane's share of the width: more for larger text, whose titles wrap more. */
static void place_pane(dbg_reader *r)
{
    if (r->split != NULL) {
        dbg_split_layout_set_share(gtk_widget_get_layout_manager(r->split),
                                   30 + 15 * (r->settings.text_size - DBG_TEXT_SIZE_MIN) /
                                            (DBG_TEXT_SIZE_MAX - DBG_TEXT_SIZE_MIN));
    }
}

static void apply_settings(dbg_reader *r)
{
    apply_css(r);
    dbg_article_view_set_style(r->view, &r->settings);
    dbg_edition_set_style(r->edition,
                          dbg_article_view_font_px(r->settings.text_size) * r->list_scale / 100,
                          &r->settings);
    place_pane(r);
    dbg_speech_bar_show_settings(r->bar, &r->settings);
    dbg_host_log(r->host, "settings text_size=%d line_spacing=%d column_width=%d theme=%s",
                 r->settings.text_size, r->settings.line_spacing, r->settings.column_width,
                 dbg_theme_get(r->settings.theme)->name);
}

void dbg_reader_set_settings(dbg_reader *r, const dbg_settings *s)
{
    r->settings = *s;
    apply_settings(r);
    if (dbg_host_player(r->host) != NULL) {
        docbao_player_set_speech(dbg_host_player(r->host), s->voice[0] != '\0' ? s->voice : NULL,
                                 s->rate, s->volume);
    }
    save(r);
}

static void set_text_size(dbg_reader *r, int direction)
{
    int size = dbg_settings_text_size_step(r->settings.text_size, direction);
    char *msg;
    r->settings.text_size = size;
    apply_settings(r);
    save(r);
    msg = g_strdup_printf(_("Text size %d percent"), size);
    dbg_reader_show_status(r, msg);
    dbg_host_say(r->host, msg);
    g_free(msg);
}

/* ---------------------------------------------------------------------------------------- */
/* Controls                                                                                  */

/* A control's command goes where a key's goes: to the edition's reader, else the player. */
static void post(dbg_reader *r, docbao_command cmd)
{
    dbg_edition_command(r->edition, cmd);
}

static gboolean focus_text(gpointer data)
{
    GtkWidget *text = data;
    if (gtk_widget_get_root(text) != NULL) {
        gtk_widget_grab_focus(text);
    }
    return G_SOURCE_REMOVE;
}

/*
 * After a choice in a drop-down menu, the keys steer the reading again: the focus goes back to
 * the article (else Space would open the menu again instead of pausing). After the menu has
 * closed, which gives the focus to its button.
 */
static void return_focus(dbg_reader *r)
{
    g_idle_add_full(G_PRIORITY_DEFAULT_IDLE, focus_text,
                    g_object_ref(dbg_article_view_text(r->view)), g_object_unref);
}

static void on_control(dbg_control c, int value, void *user)
{
    dbg_reader *r = user;
    dbg_host_log(r->host, "control %d value=%d", c, value);
    if (c == DBG_CTL_SPACING || c == DBG_CTL_WIDTH || c == DBG_CTL_THEME || c == DBG_CTL_VOICE) {
        return_focus(r);
    }
    switch (c) {
    case DBG_CTL_SMALLER:
        set_text_size(r, -1);
        break;
    case DBG_CTL_LARGER:
        set_text_size(r, +1);
        break;
    case DBG_CTL_SPACING:
        r->settings.line_spacing = value;
        apply_settings(r);
        save(r);
        break;
    case DBG_CTL_WIDTH:
        r->settings.column_width = value;
        apply_settings(r);
        save(r);
        break;
    case DBG_CTL_THEME:
        r->settings.theme = (dbg_theme)value;
        apply_settings(r);
        save(r);
        break;
    case DBG_CTL_OPEN:
        if (r->open_fn != NULL) {
            r->open_fn(r->open_user);
        }
        break;
    case DBG_CTL_PLAY:
        post(r, DOCBAO_CMD_TOGGLE_PAUSE);
        break;
    case DBG_CTL_PREV_PARAGRAPH:
        post(r, DOCBAO_CMD_PREV_PARAGRAPH);
        break;
    case DBG_CTL_PREV_SENTENCE:
        post(r, DOCBAO_CMD_PREV_SENTENCE);
        break;
    case DBG_CTL_NEXT_SENTENCE:
        post(r, DOCBAO_CMD_NEXT_SENTENCE);
        break;
    case DBG_CTL_NEXT_PARAGRAPH:
        post(r, DOCBAO_CMD_NEXT_PARAGRAPH);
        break;
    case DBG_CTL_SLOWER:
        post(r, DOCBAO_CMD_SLOWER);
        break;
    case DBG_CTL_FASTER:
        post(r, DOCBAO_CMD_FASTER);
        break;
    case DBG_CTL_SOFTER:
        post(r, DOCBAO_CMD_SOFTER);
        break;
    case DBG_CTL_LOUDER:
        post(r, DOCBAO_CMD_LOUDER);
        break;
    case DBG_CTL_VOICE: {
        const docbao_voice_list *voices = dbg_host_voices(r->host);
        if (dbg_host_player(r->host) != NULL && (size_t)value < docbao_voice_list_size(voices)) {
            const docbao_voice_profile *v = docbao_voice_list_get(voices, (size_t)value);
            docbao_player_set_speech(dbg_host_player(r->host), v->id, -1, -1);
            dbg_host_say(r->host, v->name);
        }
        break;
    }
    case DBG_CTL_COUNT_:
        break;
    }
}

static void on_click(docbao_field field, size_t block, size_t offset, void *user)
{
    dbg_reader *r = user;
    dbg_host_log(r->host, "click field=%d block=%zu offset=%zu", field, block, offset);
    if (!dbg_edition_reading_shown(r->edition)) {
        /* The article shown is the one selected in the headlines: read it, from there. */
        dbg_edition_choose(r->edition, dbg_edition_current(r->edition), TRUE);
    }
    if (dbg_host_player(r->host) != NULL && dbg_edition_reading_shown(r->edition)) {
        docbao_player_seek(dbg_host_player(r->host), field, block, offset);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* The panel                                                                                 */

static void on_destroy(GtkWidget *w, gpointer data)
{
    dbg_reader *r = data;
    dbg_edition_free(r->edition);
    gtk_style_context_remove_provider_for_display(gdk_display_get_default(),
                                                  GTK_STYLE_PROVIDER(r->css));
    g_object_unref(r->css);
    g_free(r->source);
    g_free(r->settings_path);
    g_free(r);
}

static void edition_show(const docbao_article *a, const char *origin, void *user);
static void edition_built(const docbao_error *err, const char *skipped, gboolean no_sources,
                          void *user);
static void edition_changed(void *user);

dbg_reader *dbg_reader_new(dbg_host *host, const dbg_settings *s, const char *settings_path,
                           gboolean with_open, const dbg_edition_options *eo, gboolean with_pane,
                           int list_scale)
{
    dbg_reader *r = g_new0(dbg_reader, 1);
    const docbao_error *perr = dbg_host_player_error(host);
    dbg_edition_callbacks cb = {edition_show, edition_built, edition_changed};
    r->host = host;
    r->list_scale = list_scale;
    r->edition = dbg_edition_new(host, eo, &cb, r);
    r->settings = *s;
    r->settings_path = g_strdup(settings_path);
    r->css = gtk_css_provider_new();
    gtk_style_context_add_provider_for_display(gdk_display_get_default(),
                                               GTK_STYLE_PROVIDER(r->css),
                                               GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    r->box = gtk_box_new(GTK_ORIENTATION_VERTICAL, 0);
    g_signal_connect(r->box, "destroy", G_CALLBACK(on_destroy), r);
    r->banner = gtk_label_new(NULL);
    gtk_label_set_wrap(GTK_LABEL(r->banner), TRUE);
    gtk_label_set_xalign(GTK_LABEL(r->banner), 0);
    gtk_widget_add_css_class(r->banner, "dbg-banner");
    gtk_widget_set_visible(r->banner, FALSE);
    gtk_box_append(GTK_BOX(r->box), r->banner);
    r->bar = dbg_speech_bar_new(dbg_host_voices(host), with_open, on_control, r);
    r->bar_scroll = gtk_scrolled_window_new();
    gtk_scrolled_window_set_policy(GTK_SCROLLED_WINDOW(r->bar_scroll), GTK_POLICY_NEVER,
                                   GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_propagate_natural_height(GTK_SCROLLED_WINDOW(r->bar_scroll), TRUE);
    gtk_scrolled_window_set_child(GTK_SCROLLED_WINDOW(r->bar_scroll),
                                  dbg_speech_bar_widget(r->bar));
    gtk_box_append(GTK_BOX(r->box), r->bar_scroll);
    r->view = dbg_article_view_new(host);
    dbg_article_view_set_click_handler(r->view, on_click, r);
    if (with_pane) {
        /* The headlines beside the article; hidden while there is one article. */
        GtkWidget *pane = dbg_edition_widget(r->edition);
        r->split = gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 0);
        gtk_widget_set_layout_manager(r->split, dbg_split_layout_new());
        gtk_widget_set_vexpand(r->split, TRUE);
        gtk_box_append(GTK_BOX(r->split), pane);
        gtk_box_append(GTK_BOX(r->split), dbg_article_view_widget(r->view));
        gtk_widget_set_visible(pane, FALSE);
        gtk_box_append(GTK_BOX(r->box), r->split);
    } else {
        gtk_box_append(GTK_BOX(r->box), dbg_article_view_widget(r->view));
    }
    r->status = gtk_label_new(NULL);
    gtk_label_set_wrap(GTK_LABEL(r->status), TRUE);
    gtk_label_set_xalign(GTK_LABEL(r->status), 0);
    gtk_widget_add_css_class(r->status, "dbg-status");
    gtk_accessible_update_property(GTK_ACCESSIBLE(r->status), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                   _("Status"), -1);
    gtk_box_append(GTK_BOX(r->box), r->status);
    apply_settings(r);
    dbg_speech_bar_show_state(r->bar, DOCBAO_STATE_IDLE);
    if (perr != NULL) {
        dbg_speech_bar_set_speech_sensitive(r->bar, FALSE);
        dbg_speech_bar_show_speech(r->bar, s->rate, s->volume, s->voice);
    } else {
        docbao_player_set_speech(dbg_host_player(host), s->voice[0] != '\0' ? s->voice : NULL,
                                 s->rate, s->volume);
    }
    return r;
}

GtkWidget *dbg_reader_widget(dbg_reader *r)
{
    return r->box;
}

dbg_article_view *dbg_reader_view(dbg_reader *r)
{
    return r->view;
}

dbg_speech_bar *dbg_reader_bar(dbg_reader *r)
{
    return r->bar;
}

const dbg_settings *dbg_reader_settings(dbg_reader *r)
{
    return &r->settings;
}

void dbg_reader_show_status(dbg_reader *r, const char *text)
{
    gtk_label_set_text(GTK_LABEL(r->status), text);
}

GtkWidget *dbg_reader_status_label(dbg_reader *r)
{
    return r->status;
}

const char *dbg_reader_status_text(dbg_reader *r)
{
    return gtk_label_get_text(GTK_LABEL(r->status));
}

void dbg_reader_show_banner(dbg_reader *r, const char *text)
{
    gtk_label_set_text(GTK_LABEL(r->banner), text);
    gtk_widget_set_visible(r->banner, text != NULL && text[0] != '\0');
    dbg_host_log(r->host, "banner %s", text != NULL ? text : "");
}

/* The no-device banner names the article, so the export command can be copied as it is. */
static void show_no_device(dbg_reader *r)
{
    const docbao_error *perr = dbg_host_player_error(r->host);
    char *msg;
    if (perr == NULL) {
        return;
    }
    if (perr->status == DOCBAO_ERR_NO_DEVICE) {
        msg = g_strdup_printf(_("%s; to save the speech to a file instead, run: docbao "
                                "export %s -o bai-doc.ogg"),
                              perr->message, r->source != NULL ? r->source : _("FILE"));
    } else {
        msg = g_strdup(perr->message);
    }
    dbg_reader_show_banner(r, msg);
    g_free(msg);
}

/* ---------------------------------------------------------------------------------------- */
/* The edition                                                                               */

/* The edition's current entry is to be shown (or nothing, while it loads). */
static void edition_show(const docbao_article *a, const char *origin, void *user)
{
    dbg_reader *r = user;
    char *title;
    r->has_article = a != NULL;
    if (a == NULL) {
        dbg_article_view_set_article(r->view, NULL, NULL);
        dbg_reader_show_status(r, _("Opening…"));
        return;
    }
    g_free(r->source);
    r->source = g_strdup(origin);
    dbg_article_view_set_article(r->view, a, r->source);
    dbg_host_log(r->host, "opened %s title=%s blocks=%zu", r->source, docbao_article_title(a),
                 docbao_article_n_blocks(a));
    title = g_strdup_printf("docbao — %s", docbao_article_title(a));
    if (GTK_IS_WINDOW(gtk_widget_get_root(r->box))) {
        gtk_window_set_title(GTK_WINDOW(gtk_widget_get_root(r->box)), title);
    }
    g_free(title);
    if (dbg_host_player(r->host) == NULL) {
        show_no_device(r);
    } else if (gtk_widget_get_visible(r->banner)) {
        dbg_reader_show_banner(r, NULL);
    }
}

static void edition_built(const docbao_error *err, const char *skipped, gboolean no_sources,
                          void *user)
{
    dbg_reader *r = user;
    dbg_reader_show_status(r, "");
    if (err != NULL) {
        dbg_host_log(r->host, "open-error %s", err->message);
        dbg_reader_show_banner(r, err->message);
        dbg_host_say(r->host, err->message);
    } else if (skipped != NULL) {
        dbg_reader_show_banner(r, skipped);
    } else if (dbg_host_player(r->host) == NULL) {
        show_no_device(r);
    }
    if (no_sources && r->open_fn != NULL) {
        dbg_reader_show_status(r, _("Open an article with Ctrl+O, or drop a file on the window."));
    }
}

static void edition_changed(void *user)
{
    dbg_reader *r = user;
    if (r->split != NULL) {
        /* The list shows when there is more than one article to choose from. */
        gtk_widget_set_visible(dbg_edition_widget(r->edition), dbg_edition_size(r->edition) > 1);
    }
    if (r->changed_fn != NULL) {
        r->changed_fn(r->changed_user);
    }
}

void dbg_reader_open(dbg_reader *r, const char *const *sources, gsize n)
{
    dbg_reader_show_status(r, _("Opening…"));
    dbg_edition_open(r->edition, sources, n, NULL, NULL);
}

dbg_edition *dbg_reader_edition(dbg_reader *r)
{
    return r->edition;
}

void dbg_reader_set_changed_handler(dbg_reader *r, void (*fn)(void *user), void *user)
{
    r->changed_fn = fn;
    r->changed_user = user;
}

gboolean dbg_reader_has_article(dbg_reader *r)
{
    return r->has_article;
}

/* ---------------------------------------------------------------------------------------- */
/* Events and keys                                                                           */

void dbg_reader_handle_event(dbg_reader *r, const docbao_event *e)
{
    dbg_edition_player_event(r->edition, e);
    switch (e->type) {
    case DOCBAO_EVENT_STATE:
        dbg_host_log(r->host, "state %d", e->state);
        dbg_speech_bar_show_state(r->bar, e->state);
        break;
    case DOCBAO_EVENT_SENTENCE:
    case DOCBAO_EVENT_WORD:
        if (dbg_edition_reading_shown(r->edition)) {
            dbg_article_view_highlight(r->view, &e->position);
        }
        break;
    case DOCBAO_EVENT_MESSAGE:
        dbg_host_log(r->host, "message %s", e->text);
        dbg_reader_show_status(r, e->text);
        break;
    case DOCBAO_EVENT_ERROR:
        dbg_host_log(r->host, "error %s", e->text);
        dbg_reader_show_status(r, e->text);
        break;
    case DOCBAO_EVENT_SETTINGS:
        dbg_host_log(r->host, "speech rate=%d volume=%d voice=%s", e->rate, e->volume, e->voice);
        dbg_speech_bar_show_speech(r->bar, e->rate, e->volume, e->voice);
        if (r->settings.rate != e->rate || r->settings.volume != e->volume ||
            strcmp(r->settings.voice, e->voice) != 0) {
            r->settings.rate = e->rate;
            r->settings.volume = e->volume;
            g_strlcpy(r->settings.voice, e->voice, sizeof r->settings.voice);
            save(r);
        }
        break;
    default:
        break;
    }
}

/* Keys a focused button, drop-down or list uses itself. */
static gboolean control_key(guint keyval)
{
    switch (keyval) {
    case GDK_KEY_space:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_Up:
    case GDK_KEY_Down:
    case GDK_KEY_Left:
    case GDK_KEY_Right:
    case GDK_KEY_Home:
    case GDK_KEY_End:
    case GDK_KEY_Page_Up:
    case GDK_KEY_Page_Down:
        return TRUE;
    default:
        return FALSE;
    }
}

gboolean dbg_reader_key(dbg_reader *r, guint keyval, GdkModifierType state, gboolean all_keys)
{
    char name[32];
    GtkRoot *root = gtk_widget_get_root(r->box);
    GtkWidget *focus = root != NULL ? gtk_root_get_focus(root) : NULL;
    GtkWidget *list = dbg_headlines_list(dbg_edition_headlines(r->edition));
    /* The headlines steer by the key map too (the reader moves in them), when there is one. */
    gboolean in_text = focus == NULL || focus == dbg_article_view_text(r->view) ||
                       (dbg_edition_has_reader(r->edition) &&
                        (focus == list || gtk_widget_is_ancestor(focus, list)));
    state &= GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK | GDK_SUPER_MASK;
    if (state & GDK_CONTROL_MASK) {
        switch (keyval) {
        case GDK_KEY_plus:
        case GDK_KEY_equal:
        case GDK_KEY_KP_Add:
            set_text_size(r, +1);
            return TRUE;
        case GDK_KEY_minus:
        case GDK_KEY_underscore:
        case GDK_KEY_KP_Subtract:
            set_text_size(r, -1);
            return TRUE;
        case GDK_KEY_0:
        case GDK_KEY_KP_0:
        case GDK_KEY_KP_Insert:
            set_text_size(r, 0);
            return TRUE;
        case GDK_KEY_o:
            if (r->open_fn != NULL) {
                r->open_fn(r->open_user);
                return TRUE;
            }
            break;
        default:
            break;
        }
    }
    if (state & (GDK_ALT_MASK | GDK_SUPER_MASK)) {
        return FALSE;
    }
    if (!all_keys && (keyval == GDK_KEY_Tab || keyval == GDK_KEY_ISO_Left_Tab ||
                      (!in_text && control_key(keyval)))) {
        return FALSE;
    }
    if (!dbg_key_name(keyval, state, name, sizeof name)) {
        return FALSE;
    }
    if (docbao_keymap_lookup(dbg_host_keymap(r->host), name) < 0 && !all_keys && !in_text) {
        return FALSE;
    }
    if (dbg_host_player(r->host) == NULL) {
        show_no_device(r);
        return TRUE;
    }
    dbg_host_press(r->host, name);
    return TRUE;
}

void dbg_reader_set_open_handler(dbg_reader *r, void (*fn)(void *user), void *user)
{
    r->open_fn = fn;
    r->open_user = user;
}

/* ---------------------------------------------------------------------------------------- */
/* The reader window                                                                         */

typedef struct {
    GtkWindow *window;
    dbg_reader *reader;
    GtkFileChooserNative *chooser;
} reader_window;

static gboolean on_key(GtkEventControllerKey *c, guint keyval, guint keycode, GdkModifierType state,
                       gpointer data)
{
    reader_window *w = data;
    return dbg_reader_key(w->reader, keyval, state, FALSE);
}

/* A file chosen or dropped becomes what the window reads (a folder or a feed too). */
static void open_gfile(reader_window *w, GFile *file)
{
    char *path = g_file_get_path(file);
    char *uri = path == NULL ? g_file_get_uri(file) : NULL;
    const char *source = path != NULL ? path : uri;
    dbg_reader_open(w->reader, &source, 1);
    g_free(path);
    g_free(uri);
}

static void on_chooser_response(GtkNativeDialog *d, int response, gpointer data)
{
    reader_window *w = data;
    if (response == GTK_RESPONSE_ACCEPT) {
        GFile *file = gtk_file_chooser_get_file(GTK_FILE_CHOOSER(d));
        if (file != NULL) {
            open_gfile(w, file);
            g_object_unref(file);
        }
    }
    g_clear_object(&w->chooser);
}

static void open_dialog(void *user)
{
    reader_window *w = user;
    GtkFileFilter *pages = gtk_file_filter_new();
    if (w->chooser != NULL) {
        return;
    }
    w->chooser = gtk_file_chooser_native_new(
        _("Open an article"), w->window, GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
    gtk_file_filter_set_name(pages, _("Web pages and text"));
    gtk_file_filter_add_mime_type(pages, "text/html");
    gtk_file_filter_add_mime_type(pages, "text/plain");
    gtk_file_filter_add_suffix(pages, "html");
    gtk_file_filter_add_suffix(pages, "htm");
    gtk_file_filter_add_suffix(pages, "txt");
    gtk_file_chooser_add_filter(GTK_FILE_CHOOSER(w->chooser), pages);
    g_object_unref(pages);
    g_signal_connect(w->chooser, "response", G_CALLBACK(on_chooser_response), w);
    gtk_native_dialog_show(GTK_NATIVE_DIALOG(w->chooser));
}

static gboolean on_drop(GtkDropTarget *t, const GValue *value, double x, double y, gpointer data)
{
    reader_window *w = data;
    GSList *files;
    if (!G_VALUE_HOLDS(value, GDK_TYPE_FILE_LIST)) {
        return FALSE;
    }
    files = gdk_file_list_get_files(g_value_get_boxed(value));
    if (files != NULL) {
        open_gfile(w, files->data);
    }
    g_slist_free(files);
    return files != NULL;
}

static void on_window_destroy(GtkWidget *widget, gpointer data)
{
    reader_window *w = data;
    if (w->chooser != NULL) {
        gtk_native_dialog_destroy(GTK_NATIVE_DIALOG(w->chooser));
        g_clear_object(&w->chooser);
    }
    g_free(w);
}

GtkWindow *dbg_reader_window_new(dbg_host *host, const char *settings_path, const dbg_settings *s,
                                 const char *warning, const char *const *sources, gsize n,
                                 const char *state_dir, dbg_reader **reader_out)
{
    reader_window *w = g_new0(reader_window, 1);
    dbg_edition_options eo = {0};
    GtkEventController *keys = gtk_event_controller_key_new();
    GtkDropTarget *drop = gtk_drop_target_new(GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    w->window = GTK_WINDOW(gtk_window_new());
    gtk_window_set_title(w->window, "docbao");
    gtk_window_set_default_size(w->window, 1100, 800);
    gtk_widget_add_css_class(GTK_WIDGET(w->window), "dbg-window");
    /* As `docbao read` on a terminal: the headlines first, reading on from article to
     * article, digits then Enter for an article's number, offering to continue. */
    eo.continuous = TRUE;
    eo.digits = TRUE;
    eo.with_controls = TRUE;
    eo.open_mode = DOCBAO_OPEN_OFFER;
    eo.state_dir = state_dir;
    w->reader = dbg_reader_new(host, s, settings_path, TRUE, &eo, TRUE, 85);
    dbg_reader_set_open_handler(w->reader, open_dialog, w);
    gtk_window_set_child(w->window, dbg_reader_widget(w->reader));
    gtk_event_controller_set_propagation_phase(keys, GTK_PHASE_CAPTURE);
    g_signal_connect(keys, "key-pressed", G_CALLBACK(on_key), w);
    gtk_widget_add_controller(GTK_WIDGET(w->window), keys);
    g_signal_connect(drop, "drop", G_CALLBACK(on_drop), w);
    gtk_widget_add_controller(GTK_WIDGET(w->window), GTK_EVENT_CONTROLLER(drop));
    g_signal_connect(w->window, "destroy", G_CALLBACK(on_window_destroy), w);
    gtk_window_set_focus(w->window, dbg_article_view_text(dbg_reader_view(w->reader)));
    if (warning != NULL) {
        dbg_reader_show_banner(w->reader, warning);
    }
    /* The sources given, or else the saved ones (sources.conf). */
    dbg_reader_open(w->reader, sources, n);
    if (reader_out != NULL) {
        *reader_out = w->reader;
    }
    return w->window;
}
