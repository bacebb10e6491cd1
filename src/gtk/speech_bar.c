/* docbao-gtk: the controls beside the text (see speech_bar.h). */
#include "speech_bar.h"

#include <string.h>

#include "a11y.h"
#include "dbg.h"

static const int spacings[] = {100, 125, 150, 200, 250};
static const int widths[] = {45, 65, 85, 0};

/* Control names for tests, in dbg_control order. */
static const char *const names[DBG_CTL_COUNT_] = {
    "smaller", "larger",         "spacing",       "width",         "theme",          "open",
    "play",    "prev-paragraph", "prev-sentence", "next-sentence", "next-paragraph", "slower",
    "faster",  "softer",         "louder",        "voice",
};

/*
 * A layout that puts its children side by side and wraps them to new lines as a paragraph's
 * words are wrapped, each at its natural width: GtkFlowBox aligns children in columns, which
 * wastes lines, and in GTK 4.8 may ask for less height than its lines take.
 */
#define WRAP_SPACING 6

typedef struct {
    GtkLayoutManager parent;
    int width;     /* the width last allocated */
    guint resized; /* an idle that tells the parent the height for that width changed */
} DbgWrapLayout;
typedef struct {
    GtkLayoutManagerClass parent;
} DbgWrapLayoutClass;

G_DEFINE_TYPE(DbgWrapLayout, dbg_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

/* Lays the children out in lines at most width wide (allocating them when alloc is set);
 * returns the height taken. */
static int wrap_flow(GtkWidget *widget, int width, gboolean alloc)
{
    int x = 0, y = 0, line_h = 0;
    for (GtkWidget *c = gtk_widget_get_first_child(widget); c != NULL;
         c = gtk_widget_get_next_sibling(c)) {
        int min_w, nat_w, h;
        if (!gtk_widget_should_layout(c)) {
            continue;
        }
        gtk_widget_measure(c, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
        nat_w = MAX(min_w, MIN(nat_w, width));
        gtk_widget_measure(c, GTK_ORIENTATION_VERTICAL, nat_w, NULL, &h, NULL, NULL);
        if (x > 0 && x + nat_w > width) {
            y += line_h + WRAP_SPACING;
            x = 0;
            line_h = 0;
        }
        if (alloc) {
            GtkAllocation a = {x, y, nat_w, h};
            gtk_widget_size_allocate(c, &a, -1);
        }
        x += nat_w + WRAP_SPACING;
        line_h = MAX(line_h, h);
    }
    return y + line_h;
}

static GtkSizeRequestMode wrap_request_mode(GtkLayoutManager *m, GtkWidget *widget)
{
    return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void wrap_measure(GtkLayoutManager *m, GtkWidget *widget, GtkOrientation o, int for_size,
                         int *min, int *nat, int *min_base, int *nat_base)
{
    *min = *nat = 0;
    if (o == GTK_ORIENTATION_HORIZONTAL) {
        /* At least the widest child; at best all on one line. */
        for (GtkWidget *c = gtk_widget_get_first_child(widget); c != NULL;
             c = gtk_widget_get_next_sibling(c)) {
            int cmin, cnat;
            if (gtk_widget_should_layout(c)) {
                gtk_widget_measure(c, o, -1, &cmin, &cnat, NULL, NULL);
                *min = MAX(*min, cmin);
                *nat += cnat + WRAP_SPACING;
            }
        }
    } else {
        /*
         * A height for no particular width (a GtkScrolledWindow asks so for its child in GTK
         * 4.8): the height at the width the bar has, once it has one.
         */
        int width = for_size >= 0                      ? for_size
                    : gtk_widget_get_width(widget) > 0 ? gtk_widget_get_width(widget)
                                                       : G_MAXINT / 4;
        *min = *nat = wrap_flow(widget, width, FALSE);
    }
    *min_base = *nat_base = -1;
}

static gboolean wrap_resized(gpointer data)
{
    DbgWrapLayout *self = data;
    self->resized = 0;
    gtk_layout_manager_layout_changed(GTK_LAYOUT_MANAGER(self));
    return G_SOURCE_REMOVE;
}

static void wrap_allocate(GtkLayoutManager *m, GtkWidget *widget, int width, int height,
                          int baseline)
{
    DbgWrapLayout *self = (DbgWrapLayout *)m;
    wrap_flow(widget, width, TRUE);
    if (width != self->width) {
        /* The height for no particular width changed with it: measure again, after this. */
        self->width = width;
        if (self->resized == 0) {
            self->resized = g_idle_add_full(G_PRIORITY_DEFAULT, wrap_resized, g_object_ref(self),
                                            g_object_unref);
        }
    }
}

static void wrap_dispose(GObject *object)
{
    DbgWrapLayout *self = (DbgWrapLayout *)object;
    if (self->resized != 0) {
        g_source_remove(self->resized);
        self->resized = 0;
    }
    G_OBJECT_CLASS(dbg_wrap_layout_parent_class)->dispose(object);
}

static void dbg_wrap_layout_class_init(DbgWrapLayoutClass *klass)
{
    GtkLayoutManagerClass *lm = GTK_LAYOUT_MANAGER_CLASS(klass);
    G_OBJECT_CLASS(klass)->dispose = wrap_dispose;
    lm->get_request_mode = wrap_request_mode;
    lm->measure = wrap_measure;
    lm->allocate = wrap_allocate;
}

static void dbg_wrap_layout_init(DbgWrapLayout *self)
{
}

struct dbg_speech_bar {
    GtkWidget *box;
    GtkWidget *group; /* the group being filled */
    GtkWidget *controls[DBG_CTL_COUNT_];
    GtkWidget *size_label, *rate_label, *volume_label;
    const docbao_voice_list *voices;
    dbg_speech_bar_fn fn;
    void *user;
    gboolean updating; /* set while values are shown, so they are not reported back */
};

static void on_destroy(GtkWidget *w, gpointer data)
{
    g_free(data);
}

static void on_clicked(GtkButton *button, gpointer data)
{
    dbg_speech_bar *b = data;
    int c = GPOINTER_TO_INT(g_object_get_data(G_OBJECT(button), "dbg-control"));
    b->fn((dbg_control)c, 0, b->user);
}

static void on_selected(GObject *dd, GParamSpec *pspec, gpointer data)
{
    dbg_speech_bar *b = data;
    int c = GPOINTER_TO_INT(g_object_get_data(dd, "dbg-control"));
    guint i = gtk_drop_down_get_selected(GTK_DROP_DOWN(dd));
    int value = (int)i;
    if (b->updating || i == GTK_INVALID_LIST_POSITION) {
        return;
    }
    if (c == DBG_CTL_SPACING) {
        value = spacings[MIN(i, G_N_ELEMENTS(spacings) - 1)];
    } else if (c == DBG_CTL_WIDTH) {
        value = widths[MIN(i, G_N_ELEMENTS(widths) - 1)];
    }
    b->fn((dbg_control)c, value, b->user);
}

/*
 * Starts a group of controls that stay together on one line while it fits; with large text in
 * a narrow window the group wraps too, so that no control is wider than the window.
 */
static void group(dbg_speech_bar *b)
{
    b->group = gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 2);
    gtk_widget_set_layout_manager(b->group, g_object_new(dbg_wrap_layout_get_type(), NULL));
    gtk_box_append(GTK_BOX(b->box), b->group);
}

static void add(dbg_speech_bar *b, GtkWidget *w)
{
    gtk_box_append(GTK_BOX(b->group), w);
}

/* Adds a control to the bar, named for screen readers, reporting SIGNAL to CALLBACK. */
static GtkWidget *control(dbg_speech_bar *b, dbg_control c, GtkWidget *w, const char *signal,
                          GCallback callback, const char *name)
{
    g_object_set_data(G_OBJECT(w), "dbg-control", GINT_TO_POINTER(c));
    g_signal_connect(w, signal, callback, b);
    dbg_a11y_name(w, name);
    b->controls[c] = w;
    add(b, w);
    return w;
}

static GtkWidget *button(dbg_speech_bar *b, dbg_control c, const char *label, const char *name)
{
    return control(b, c, gtk_button_new_with_label(label), "clicked", G_CALLBACK(on_clicked),
                   name);
}

static GtkWidget *dropdown(dbg_speech_bar *b, dbg_control c, const char *const *items,
                           const char *name)
{
    return control(b, c, gtk_drop_down_new_from_strings(items), "notify::selected",
                   G_CALLBACK(on_selected), name);
}

static GtkWidget *value_label(dbg_speech_bar *b, const char *name)
{
    GtkWidget *w = gtk_label_new("");
    gtk_widget_add_css_class(w, "dbg-value");
    gtk_label_set_width_chars(GTK_LABEL(w), 5);
    gtk_accessible_update_property(GTK_ACCESSIBLE(w), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    add(b, w);
    return w;
}

dbg_speech_bar *dbg_speech_bar_new(const docbao_voice_list *voices, gboolean with_open,
                                   dbg_speech_bar_fn fn, void *user)
{
    dbg_speech_bar *b = g_new0(dbg_speech_bar, 1);
    char *spacing_items[G_N_ELEMENTS(spacings) + 1] = {NULL};
    const char *width_items[] = {_("Narrow column"), _("Medium column"), _("Wide column"),
                                 _("Full width"), NULL};
    const char *theme_items[] = {_("Light"), _("Dark"), _("Sepia"), _("High contrast"), NULL};
    size_t n_voices = voices != NULL ? docbao_voice_list_size(voices) : 0;
    const char **voice_items = g_new0(const char *, n_voices + 1);

    b->voices = voices;
    b->fn = fn;
    b->user = user;
    /* A box (which unparents its children when destroyed) laid out by the wrapping layout. */
    b->box = gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 0);
    gtk_widget_set_layout_manager(b->box, g_object_new(dbg_wrap_layout_get_type(), NULL));
    gtk_widget_add_css_class(b->box, "dbg-toolbar");
    g_signal_connect(b->box, "destroy", G_CALLBACK(on_destroy), b);

    group(b);
    /* TRANSLATORS: the button that makes the text smaller: A and a minus sign. */
    button(b, DBG_CTL_SMALLER, _("A−"), _("Smaller text"));
    b->size_label = value_label(b, _("Text size"));
    /* TRANSLATORS: the button that makes the text larger. */
    button(b, DBG_CTL_LARGER, _("A+"), _("Larger text"));
    for (size_t i = 0; i < G_N_ELEMENTS(spacings); i++) {
        spacing_items[i] = g_strdup_printf(_("Line spacing %.2g"), spacings[i] / 100.0);
    }
    group(b);
    dropdown(b, DBG_CTL_SPACING, (const char *const *)spacing_items, _("Line spacing"));
    dropdown(b, DBG_CTL_WIDTH, width_items, _("Column width"));
    dropdown(b, DBG_CTL_THEME, theme_items, _("Colours"));
    if (with_open) {
        group(b);
        button(b, DBG_CTL_OPEN, _("Open…"), _("Open an article (Ctrl+O)"));
    }
    group(b);
    button(b, DBG_CTL_PREV_PARAGRAPH, "◀◀", _("Previous paragraph"));
    button(b, DBG_CTL_PREV_SENTENCE, "◀", _("Previous sentence"));
    button(b, DBG_CTL_PLAY, _("Read"), _("Read aloud"));
    button(b, DBG_CTL_NEXT_SENTENCE, "▶", _("Next sentence"));
    button(b, DBG_CTL_NEXT_PARAGRAPH, "▶▶", _("Next paragraph"));
    group(b);
    button(b, DBG_CTL_SLOWER, _("Slower"), _("Speak slower"));
    b->rate_label = value_label(b, _("Rate, words per minute"));
    button(b, DBG_CTL_FASTER, _("Faster"), _("Speak faster"));
    group(b);
    button(b, DBG_CTL_SOFTER, _("Softer"), _("Softer"));
    b->volume_label = value_label(b, _("Volume"));
    button(b, DBG_CTL_LOUDER, _("Louder"), _("Louder"));
    for (size_t i = 0; i < n_voices; i++) {
        voice_items[i] = docbao_voice_list_get(voices, i)->name;
    }
    group(b);
    dropdown(b, DBG_CTL_VOICE, voice_items, _("Voice"));
    for (size_t i = 0; i < G_N_ELEMENTS(spacings); i++) {
        g_free(spacing_items[i]);
    }
    g_free(voice_items);
    return b;
}

GtkWidget *dbg_speech_bar_widget(dbg_speech_bar *b)
{
    return b->box;
}

static void select_value(GtkWidget *dd, const int *values, size_t n, int value)
{
    for (size_t i = 0; i < n; i++) {
        if (values[i] == value) {
            gtk_drop_down_set_selected(GTK_DROP_DOWN(dd), (guint)i);
            return;
        }
    }
}

void dbg_speech_bar_show_settings(dbg_speech_bar *b, const dbg_settings *s)
{
    char *text = g_strdup_printf("%d%%", s->text_size);
    b->updating = TRUE;
    gtk_label_set_text(GTK_LABEL(b->size_label), text);
    gtk_widget_set_sensitive(b->controls[DBG_CTL_SMALLER], s->text_size > DBG_TEXT_SIZE_MIN);
    gtk_widget_set_sensitive(b->controls[DBG_CTL_LARGER], s->text_size < DBG_TEXT_SIZE_MAX);
    select_value(b->controls[DBG_CTL_SPACING], spacings, G_N_ELEMENTS(spacings), s->line_spacing);
    select_value(b->controls[DBG_CTL_WIDTH], widths, G_N_ELEMENTS(widths), s->column_width);
    gtk_drop_down_set_selected(GTK_DROP_DOWN(b->controls[DBG_CTL_THEME]), (guint)s->theme);
    b->updating = FALSE;
    g_free(text);
}

void dbg_speech_bar_show_state(dbg_speech_bar *b, docbao_player_state state)
{
    gboolean playing = state == DOCBAO_STATE_PLAYING;
    gtk_button_set_label(GTK_BUTTON(b->controls[DBG_CTL_PLAY]), playing ? _("Pause") : _("Read"));
    dbg_a11y_name(b->controls[DBG_CTL_PLAY], playing ? _("Pause reading") : _("Read aloud"));
}

void dbg_speech_bar_show_speech(dbg_speech_bar *b, int rate, int volume, const char *voice)
{
    char *r = g_strdup_printf(_("%d wpm"), rate);
    char *v = g_strdup_printf("%d%%", volume);
    gtk_label_set_text(GTK_LABEL(b->rate_label), r);
    gtk_label_set_text(GTK_LABEL(b->volume_label), v);
    b->updating = TRUE;
    for (size_t i = 0; b->voices != NULL && i < docbao_voice_list_size(b->voices); i++) {
        if (strcmp(docbao_voice_list_get(b->voices, i)->id, voice) == 0) {
            gtk_drop_down_set_selected(GTK_DROP_DOWN(b->controls[DBG_CTL_VOICE]), (guint)i);
        }
    }
    b->updating = FALSE;
    g_free(r);
    g_free(v);
}

void dbg_speech_bar_set_speech_sensitive(dbg_speech_bar *b, gboolean sensitive)
{
    for (int c = DBG_CTL_PLAY; c <= DBG_CTL_VOICE; c++) {
        gtk_widget_set_sensitive(b->controls[c], sensitive);
    }
}

GtkWidget *dbg_speech_bar_control(dbg_speech_bar *b, const char *name)
{
    for (int c = 0; c < DBG_CTL_COUNT_; c++) {
        if (strcmp(names[c], name) == 0) {
            return b->controls[c];
        }
    }
    return NULL;
}

gboolean dbg_speech_bar_activate(dbg_speech_bar *b, const char *name)
{
    for (int c = 0; c < DBG_CTL_COUNT_; c++) {
        if (strcmp(names[c], name) == 0 && b->controls[c] != NULL) {
            if (GTK_IS_BUTTON(b->controls[c])) {
                gtk_widget_activate(b->controls[c]);
            } else {
                /* A drop-down: the next choice, as a listener picking it would. */
                GtkDropDown *dd = GTK_DROP_DOWN(b->controls[c]);
                guint n = g_list_model_get_n_items(gtk_drop_down_get_model(dd));
                gtk_drop_down_set_selected(dd, (gtk_drop_down_get_selected(dd) + 1) % n);
            }
            return TRUE;
        }
    }
    return FALSE;
}
