/* docbao-gtk: the headlines of an edition (see headlines.h). */
#include "headlines.h"

#include "a11y.h"
#include "dbg.h"

typedef struct {
    GtkWidget *row, *title, *meta;
    docbao_entry_state state;
    gboolean heard;
    char *name; /* the accessible name */
} line;

struct dbg_headlines {
    GtkWidget *scroll, *list;
    GtkCssProvider *css;
    docbao_edition *edition;
    GArray *lines; /* of line, one per entry */
    size_t selected;
    gboolean quiet; /* set while the list is changed from outside: nothing is reported */
    dbg_headlines_fn fn;
    void *user;
};

static void lines_clear(dbg_headlines *h)
{
    for (guint i = 0; i < h->lines->len; i++) {
        g_free(g_array_index(h->lines, line, i).name);
    }
    g_array_set_size(h->lines, 0);
}

static void on_destroy(GtkWidget *w, gpointer data)
{
    dbg_headlines *h = data;
    gtk_style_context_remove_provider_for_display(gdk_display_get_default(),
                                                  GTK_STYLE_PROVIDER(h->css));
    g_object_unref(h->css);
    lines_clear(h);
    g_array_unref(h->lines);
    g_free(h);
}

static size_t row_entry(GtkListBoxRow *row)
{
    return (size_t)GPOINTER_TO_SIZE(g_object_get_data(G_OBJECT(row), "dbg-entry"));
}

static void on_row_selected(GtkListBox *list, GtkListBoxRow *row, gpointer data)
{
    dbg_headlines *h = data;
    if (row == NULL || h->quiet) {
        return;
    }
    h->selected = row_entry(row);
    h->fn(h->selected, FALSE, h->user);
}

static void on_row_activated(GtkListBox *list, GtkListBoxRow *row, gpointer data)
{
    dbg_headlines *h = data;
    if (!h->quiet) {
        h->fn(row_entry(row), TRUE, h->user);
    }
}

/* A section's title above its first entry, when the edition has several sections. */
static void section_header(GtkListBoxRow *row, GtkListBoxRow *before, gpointer data)
{
    dbg_headlines *h = data;
    docbao_entry_info a, b;
    GtkWidget *label;
    if (h->edition == NULL || docbao_edition_n_sections(h->edition) < 2 ||
        !docbao_edition_entry(h->edition, row_entry(row), &a) ||
        (before != NULL && docbao_edition_entry(h->edition, row_entry(before), &b) &&
         b.section == a.section)) {
        gtk_list_box_row_set_header(row, NULL);
        return;
    }
    if (gtk_list_box_row_get_header(row) != NULL) {
        return;
    }
    label = gtk_label_new(docbao_edition_section_title(h->edition, a.section));
    gtk_label_set_wrap(GTK_LABEL(label), TRUE);
    gtk_label_set_wrap_mode(GTK_LABEL(label), PANGO_WRAP_WORD_CHAR);
    gtk_label_set_xalign(GTK_LABEL(label), 0);
    gtk_widget_add_css_class(label, "dbg-headline-section");
    gtk_list_box_row_set_header(row, label);
}

dbg_headlines *dbg_headlines_new(dbg_headlines_fn fn, void *user)
{
    dbg_headlines *h = g_new0(dbg_headlines, 1);
    h->fn = fn;
    h->user = user;
    h->lines = g_array_new(FALSE, TRUE, sizeof(line));
    h->selected = (size_t)-1;
    h->css = gtk_css_provider_new();
    gtk_style_context_add_provider_for_display(gdk_display_get_default(),
                                               GTK_STYLE_PROVIDER(h->css),
                                               GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    h->list = gtk_list_box_new();
    gtk_widget_add_css_class(h->list, "dbg-headlines");
    gtk_list_box_set_selection_mode(GTK_LIST_BOX(h->list), GTK_SELECTION_SINGLE);
    gtk_list_box_set_header_func(GTK_LIST_BOX(h->list), section_header, h, NULL);
    gtk_accessible_update_property(GTK_ACCESSIBLE(h->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                   _("Headlines"), -1);
    g_signal_connect(h->list, "row-selected", G_CALLBACK(on_row_selected), h);
    g_signal_connect(h->list, "row-activated", G_CALLBACK(on_row_activated), h);
    h->scroll = gtk_scrolled_window_new();
    gtk_scrolled_window_set_policy(GTK_SCROLLED_WINDOW(h->scroll), GTK_POLICY_NEVER,
                                   GTK_POLICY_AUTOMATIC);
    gtk_widget_set_vexpand(h->scroll, TRUE);
    gtk_scrolled_window_set_child(GTK_SCROLLED_WINDOW(h->scroll), h->list);
    g_signal_connect(h->scroll, "destroy", G_CALLBACK(on_destroy), h);
    return h;
}

GtkWidget *dbg_headlines_widget(dbg_headlines *h)
{
    return h->scroll;
}

GtkWidget *dbg_headlines_list(dbg_headlines *h)
{
    return h->list;
}

/* Shows entry i's facts in its row, and names the row as the reader says it. */
static void update_line(dbg_headlines *h, size_t i, const docbao_entry_info *info)
{
    line *l = &g_array_index(h->lines, line, i);
    char *headline = docbao_edition_headline(h->edition, i);
    GString *meta = g_string_new(info->date);
    l->state = info->state;
    l->heard = info->heard;
    if (info->heard) {
        g_string_append_printf(meta, "%s%s", meta->len > 0 ? " · " : "", _("Heard."));
    }
    if (info->state == DOCBAO_ENTRY_FAILED) {
        g_string_append_printf(meta, "%s%s", meta->len > 0 ? " · " : "", _("It cannot be read."));
        g_free(l->name);
        l->name = g_strdup_printf("%s %s", headline, _("It cannot be read."));
        g_free(headline);
    } else {
        g_free(l->name);
        l->name = headline;
    }
    gtk_label_set_text(GTK_LABEL(l->title), info->title);
    gtk_label_set_text(GTK_LABEL(l->meta), meta->str);
    gtk_widget_set_visible(l->meta, meta->len > 0);
    dbg_a11y_label(l->row, l->name);
    g_string_free(meta, TRUE);
}

static GtkWidget *wrapping_label(const char *css_class)
{
    GtkWidget *label = gtk_label_new(NULL);
    gtk_label_set_wrap(GTK_LABEL(label), TRUE);
    /* Long words break too: a row is never wider than the list, at any text size. */
    gtk_label_set_wrap_mode(GTK_LABEL(label), PANGO_WRAP_WORD_CHAR);
    gtk_label_set_xalign(GTK_LABEL(label), 0);
    gtk_widget_add_css_class(label, css_class);
    return label;
}

void dbg_headlines_set_edition(dbg_headlines *h, docbao_edition *edition)
{
    GtkWidget *child;
    h->quiet = TRUE;
    while ((child = gtk_widget_get_first_child(h->list)) != NULL) {
        gtk_list_box_remove(GTK_LIST_BOX(h->list), child);
    }
    lines_clear(h);
    h->edition = edition;
    h->selected = (size_t)-1;
    for (size_t i = 0; edition != NULL && i < docbao_edition_size(edition); i++) {
        line l = {0};
        docbao_entry_info info;
        GtkWidget *box = gtk_box_new(GTK_ORIENTATION_VERTICAL, 2);
        l.row = gtk_list_box_row_new();
        gtk_widget_add_css_class(l.row, "dbg-headline");
        g_object_set_data(G_OBJECT(l.row), "dbg-entry", GSIZE_TO_POINTER(i));
        l.title = wrapping_label("dbg-headline-title");
        l.meta = wrapping_label("dbg-headline-meta");
        gtk_box_append(GTK_BOX(box), l.title);
        gtk_box_append(GTK_BOX(box), l.meta);
        gtk_list_box_row_set_child(GTK_LIST_BOX_ROW(l.row), box);
        gtk_list_box_append(GTK_LIST_BOX(h->list), l.row);
        g_array_append_val(h->lines, l);
        docbao_edition_entry(edition, i, &info);
        update_line(h, i, &info);
    }
    h->quiet = FALSE;
}

size_t dbg_headlines_refresh(dbg_headlines *h)
{
    size_t failed = (size_t)-1;
    for (guint i = 0; h->edition != NULL && i < h->lines->len; i++) {
        line *l = &g_array_index(h->lines, line, i);
        docbao_entry_info info;
        if (!docbao_edition_entry(h->edition, i, &info)) {
            continue;
        }
        /* Loading and loaded look alike on screen; what changes a row is heard and failed. */
        if (info.heard != l->heard ||
            (info.state == DOCBAO_ENTRY_FAILED) != (l->state == DOCBAO_ENTRY_FAILED)) {
            if (info.state == DOCBAO_ENTRY_FAILED && failed == (size_t)-1) {
                failed = i;
            }
            update_line(h, i, &info);
        }
        l->state = info.state;
    }
    return failed;
}

/* Scrolls the list so that row shows whole (or its top, when it is taller than the view). */
static void scroll_to(dbg_headlines *h, GtkWidget *row)
{
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment(GTK_SCROLLED_WINDOW(h->scroll));
    graphene_rect_t b;
    double top, page = gtk_adjustment_get_page_size(adj), value = gtk_adjustment_get_value(adj);
    if (!gtk_widget_compute_bounds(row, h->list, &b) || page <= 0) {
        return;
    }
    top = b.origin.y;
    if (top < value || b.size.height > page) {
        gtk_adjustment_set_value(adj, top);
    } else if (top + b.size.height > value + page) {
        gtk_adjustment_set_value(adj, top + b.size.height - page);
    }
}

void dbg_headlines_select(dbg_headlines *h, size_t i)
{
    GtkWidget *row;
    GtkRoot *root = gtk_widget_get_root(h->list);
    GtkWidget *focus = root != NULL ? gtk_root_get_focus(root) : NULL;
    if (i >= h->lines->len) {
        return;
    }
    row = g_array_index(h->lines, line, i).row;
    h->quiet = TRUE;
    h->selected = i;
    gtk_list_box_select_row(GTK_LIST_BOX(h->list), GTK_LIST_BOX_ROW(row));
    if (focus != NULL && focus != row && gtk_widget_is_ancestor(focus, h->list)) {
        gtk_widget_grab_focus(row);
    }
    h->quiet = FALSE;
    scroll_to(h, row);
}

void dbg_headlines_set_style(dbg_headlines *h, int font_px, const dbg_settings *s)
{
    const dbg_theme_colors *c = dbg_theme_get(s->theme);
    char *css = g_strdup_printf(
        "list.dbg-headlines, list.dbg-headlines row { background-color: %s; color: %s; }\n"
        "list.dbg-headlines row.dbg-headline { padding: %dpx %dpx; "
        "border-bottom: 1px solid alpha(%s, 0.25); }\n"
        "list.dbg-headlines row.dbg-headline:selected { background-color: %s; color: %s; }\n"
        ".dbg-headline-title { font-size: %dpx; }\n"
        ".dbg-headline-meta { font-size: %dpx; }\n"
        ".dbg-headline-section { font-size: %dpx; font-weight: bold; padding: %dpx %dpx 4px; }\n"
        ".dbg-headlines-pane checkbutton { font-size: %dpx; }\n",
        c->bg, c->fg, font_px / 3, font_px / 2, c->fg, c->hl_bg, c->hl_fg, font_px, font_px * 4 / 5,
        font_px, font_px / 2, font_px / 2, font_px * 4 / 5);
    gtk_css_provider_load_from_data(h->css, css, -1);
    g_free(css);
}

gboolean dbg_headlines_activate(dbg_headlines *h, size_t i)
{
    GtkWidget *row;
    if (i >= h->lines->len) {
        return FALSE;
    }
    row = g_array_index(h->lines, line, i).row;
    /* A click selects the row, then activates it. */
    gtk_list_box_select_row(GTK_LIST_BOX(h->list), GTK_LIST_BOX_ROW(row));
    g_signal_emit_by_name(row, "activate");
    return TRUE;
}

guint dbg_headlines_n_rows(dbg_headlines *h)
{
    return h->lines->len;
}

gboolean dbg_headlines_clipped(dbg_headlines *h)
{
    int min = 0;
    gtk_widget_measure(h->list, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
    return gtk_widget_get_width(h->scroll) > 0 && min > gtk_widget_get_width(h->scroll);
}

const char *dbg_headlines_row_name(dbg_headlines *h, size_t i)
{
    return i < h->lines->len ? g_array_index(h->lines, line, i).name : NULL;
}
