/* docbao-gtk: the reading view (see article_view.h). */
#include "article_view.h"

#include <stdio.h>
#include <string.h>

#include "a11y.h"
#include "dbg.h"

#define BASE_FONT_PX 20 /* at 100 % */
#define IMAGE_MAX_W  360
#define IMAGE_MAX_H  270

/* One stretch of the buffer that shows a field of the article. */
typedef struct {
    docbao_field field;
    size_t block;
    int start; /* character offset in the buffer */
    char *text;
} field_span;

struct dbg_article_view {
    dbg_host *host;
    GtkWidget *scrolled;
    GtkTextView *view;
    GtkTextBuffer *buffer;
    GtkTextTag *sentence_tag, *word_tag;
    GArray *fields; /* of field_span */
    int column_px;  /* the widest a line may be; 0 = no limit */
    int side_px;    /* the smallest margin */
    guint margins_source;
    guint scroll_source; /* brings the highlight back into view once the text reflowed */
    gboolean has_highlight;
    int hl_start, hl_end; /* character offsets of the highlighted sentence */
    dbg_article_view_click click;
    void *click_user;
};

int dbg_article_view_font_px(int text_size)
{
    return BASE_FONT_PX * text_size / 100;
}

static void clear_fields(dbg_article_view *v)
{
    for (guint i = 0; i < v->fields->len; i++) {
        g_free(g_array_index(v->fields, field_span, i).text);
    }
    g_array_set_size(v->fields, 0);
}

static void on_destroy(GtkWidget *w, gpointer data)
{
    dbg_article_view *v = data;
    if (v->margins_source != 0) {
        g_source_remove(v->margins_source);
    }
    if (v->scroll_source != 0) {
        g_source_remove(v->scroll_source);
    }
    clear_fields(v);
    g_array_unref(v->fields);
    g_free(v);
}

/* Centres a column of at most column_px on the page; the margins grow, never the text. */
static void update_margins(dbg_article_view *v)
{
    GtkAdjustment *h = gtk_scrollable_get_hadjustment(GTK_SCROLLABLE(v->view));
    int page = h != NULL ? (int)gtk_adjustment_get_page_size(h) : 0;
    int side = v->side_px;
    if (v->column_px > 0 && page > v->column_px + 2 * side) {
        side = (page - v->column_px) / 2;
    }
    if (gtk_text_view_get_left_margin(v->view) != side) {
        gtk_text_view_set_left_margin(v->view, side);
        gtk_text_view_set_right_margin(v->view, side);
    }
}

static gboolean margins_idle(gpointer data)
{
    dbg_article_view *v = data;
    v->margins_source = 0;
    update_margins(v);
    return G_SOURCE_REMOVE;
}

/* The width changed during a size allocation: change the margins after it, not within it. */
static void on_hadjustment_changed(GtkAdjustment *adj, gpointer data)
{
    dbg_article_view *v = data;
    if (v->margins_source == 0) {
        v->margins_source = g_idle_add(margins_idle, v);
    }
}

static const field_span *field_at(dbg_article_view *v, int offset)
{
    for (guint i = 0; i < v->fields->len; i++) {
        const field_span *f = &g_array_index(v->fields, field_span, i);
        if (offset >= f->start && offset <= f->start + (int)g_utf8_strlen(f->text, -1)) {
            return f;
        }
    }
    return NULL;
}

static void on_click_released(GtkGestureClick *gesture, int n_press, double x, double y,
                              gpointer data)
{
    dbg_article_view *v = data;
    GtkTextIter iter, s, e;
    const field_span *f;
    int bx, by, off;
    if (n_press != 1 || v->click == NULL ||
        gtk_text_buffer_get_selection_bounds(v->buffer, &s, &e)) {
        return;
    }
    gtk_text_view_window_to_buffer_coords(v->view, GTK_TEXT_WINDOW_WIDGET, (int)x, (int)y, &bx,
                                          &by);
    gtk_text_view_get_iter_at_location(v->view, &iter, bx, by);
    off = gtk_text_iter_get_offset(&iter);
    f = field_at(v, off);
    if (f != NULL) {
        const char *p = g_utf8_offset_to_pointer(f->text, off - f->start);
        v->click(f->field, f->block, (size_t)(p - f->text), v->click_user);
    }
}

dbg_article_view *dbg_article_view_new(dbg_host *host)
{
    dbg_article_view *v = g_new0(dbg_article_view, 1);
    GtkGesture *click;
    v->host = host;
    v->fields = g_array_new(FALSE, TRUE, sizeof(field_span));
    v->scrolled = gtk_scrolled_window_new();
    gtk_scrolled_window_set_policy(GTK_SCROLLED_WINDOW(v->scrolled), GTK_POLICY_NEVER,
                                   GTK_POLICY_AUTOMATIC);
    gtk_widget_set_vexpand(v->scrolled, TRUE);
    gtk_widget_set_hexpand(v->scrolled, TRUE);
    v->view = GTK_TEXT_VIEW(gtk_text_view_new());
    v->buffer = gtk_text_view_get_buffer(v->view);
    gtk_text_view_set_wrap_mode(v->view, GTK_WRAP_WORD_CHAR);
    gtk_text_view_set_editable(v->view, FALSE);
    gtk_text_view_set_cursor_visible(v->view, FALSE);
    gtk_text_view_set_top_margin(v->view, 16);
    gtk_text_view_set_bottom_margin(v->view, 48);
    gtk_widget_add_css_class(GTK_WIDGET(v->view), "dbg-article");
    gtk_widget_set_focusable(GTK_WIDGET(v->view), TRUE);
    dbg_a11y_label(GTK_WIDGET(v->view), _("Article text"));
    gtk_scrolled_window_set_child(GTK_SCROLLED_WINDOW(v->scrolled), GTK_WIDGET(v->view));

    gtk_text_buffer_create_tag(v->buffer, "title", "scale", 1.5, "weight", PANGO_WEIGHT_BOLD,
                               "pixels-below-lines", 8, NULL);
    gtk_text_buffer_create_tag(v->buffer, "meta", "scale", 0.8, "style", PANGO_STYLE_ITALIC, NULL);
    gtk_text_buffer_create_tag(v->buffer, "lead", "weight", PANGO_WEIGHT_BOLD, NULL);
    gtk_text_buffer_create_tag(v->buffer, "heading", "scale", 1.25, "weight", PANGO_WEIGHT_BOLD,
                               NULL);
    gtk_text_buffer_create_tag(v->buffer, "quote", "style", PANGO_STYLE_ITALIC, "left-margin", 32,
                               NULL);
    gtk_text_buffer_create_tag(v->buffer, "caption", "scale", 0.9, "style", PANGO_STYLE_ITALIC,
                               NULL);
    v->sentence_tag = gtk_text_buffer_create_tag(v->buffer, "sentence", NULL);
    v->word_tag =
        gtk_text_buffer_create_tag(v->buffer, "word", "underline", PANGO_UNDERLINE_DOUBLE, NULL);
    {
        GtkTextIter start;
        gtk_text_buffer_get_start_iter(v->buffer, &start);
        gtk_text_buffer_create_mark(v->buffer, "hl", &start, TRUE);
    }

    click = gtk_gesture_click_new();
    g_signal_connect(click, "released", G_CALLBACK(on_click_released), v);
    gtk_widget_add_controller(GTK_WIDGET(v->view), GTK_EVENT_CONTROLLER(click));
    g_signal_connect(gtk_scrollable_get_hadjustment(GTK_SCROLLABLE(v->view)), "changed",
                     G_CALLBACK(on_hadjustment_changed), v);
    g_signal_connect(v->scrolled, "destroy", G_CALLBACK(on_destroy), v);
    return v;
}

GtkWidget *dbg_article_view_widget(dbg_article_view *v)
{
    return v->scrolled;
}

GtkWidget *dbg_article_view_text(dbg_article_view *v)
{
    return GTK_WIDGET(v->view);
}

static void insert(dbg_article_view *v, const char *text, const char *tag)
{
    GtkTextIter end;
    gtk_text_buffer_get_end_iter(v->buffer, &end);
    if (tag != NULL) {
        gtk_text_buffer_insert_with_tags_by_name(v->buffer, &end, text, -1, tag, NULL);
    } else {
        gtk_text_buffer_insert(v->buffer, &end, text, -1);
    }
}

/* Inserts a field's text as its own paragraph and remembers where it stands. */
static void insert_field(dbg_article_view *v, docbao_field field, size_t block, const char *text,
                         const char *tag, const char *prefix)
{
    field_span f;
    GtkTextIter end;
    if (prefix != NULL) {
        insert(v, prefix, tag);
    }
    gtk_text_buffer_get_end_iter(v->buffer, &end);
    f.field = field;
    f.block = block;
    f.start = gtk_text_iter_get_offset(&end);
    f.text = g_strdup(text);
    g_array_append_val(v->fields, f);
    insert(v, text, tag);
    insert(v, "\n", tag);
}

/* An image beside a local page, scaled down to fit a narrow column. */
static void insert_image(dbg_article_view *v, const char *source, const char *ref)
{
    char *path;
    GdkPixbuf *pixbuf;
    if (source == NULL || ref == NULL || docbao_fetch_is_url(source) || strcmp(source, "-") == 0) {
        return;
    }
    path = docbao_link_resolve(source, ref);
    if (path == NULL || docbao_fetch_is_url(path) || !g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
        docbao_free(path);
        return;
    }
    pixbuf = gdk_pixbuf_new_from_file_at_scale(path, IMAGE_MAX_W, IMAGE_MAX_H, TRUE, NULL);
    if (pixbuf != NULL) {
        GdkTexture *texture = gdk_texture_new_for_pixbuf(pixbuf);
        GtkTextIter end;
        gtk_text_buffer_get_end_iter(v->buffer, &end);
        gtk_text_buffer_insert_paintable(v->buffer, &end, GDK_PAINTABLE(texture));
        insert(v, "\n", NULL);
        dbg_host_log(v->host, "image %s", path);
        g_object_unref(texture);
        g_object_unref(pixbuf);
    }
    docbao_free(path);
}

void dbg_article_view_set_article(dbg_article_view *v, const docbao_article *a, const char *source)
{
    GtkTextIter start;
    gtk_text_buffer_set_text(v->buffer, "", 0);
    clear_fields(v);
    v->has_highlight = FALSE;
    if (a == NULL) {
        return;
    }
    insert_field(v, DOCBAO_FIELD_TITLE, 0, docbao_article_title(a), "title", NULL);
    if (docbao_article_published(a) != NULL || docbao_article_author(a) != NULL) {
        GString *meta = g_string_new(NULL);
        if (docbao_article_published(a) != NULL) {
            int y, m, d;
            if (sscanf(docbao_article_published(a), "%d-%d-%d", &y, &m, &d) == 3) {
                g_string_append_printf(meta, "%02d/%02d/%04d", d, m, y);
            }
        }
        if (docbao_article_author(a) != NULL) {
            g_string_append_printf(meta, "%s%s", meta->len > 0 ? " — " : "",
                                   docbao_article_author(a));
        }
        g_string_append_c(meta, '\n');
        insert(v, meta->str, "meta");
        g_string_free(meta, TRUE);
    }
    if (docbao_article_lead(a) != NULL) {
        insert_field(v, DOCBAO_FIELD_LEAD, 0, docbao_article_lead(a), "lead", NULL);
    }
    for (size_t i = 0; i < docbao_article_n_blocks(a); i++) {
        const char *text = docbao_article_block_text(a, i);
        switch (docbao_article_block_type(a, i)) {
        case DOCBAO_BLOCK_HEADING:
            insert_field(v, DOCBAO_FIELD_BLOCK, i, text, "heading", NULL);
            break;
        case DOCBAO_BLOCK_QUOTE:
            insert_field(v, DOCBAO_FIELD_BLOCK, i, text, "quote", NULL);
            break;
        case DOCBAO_BLOCK_LIST_ITEM:
            insert_field(v, DOCBAO_FIELD_BLOCK, i, text, NULL, "• ");
            break;
        case DOCBAO_BLOCK_CAPTION:
            insert_image(v, source, docbao_article_block_image(a, i));
            insert_field(v, DOCBAO_FIELD_BLOCK, i, text, "caption", NULL);
            break;
        default:
            insert_field(v, DOCBAO_FIELD_BLOCK, i, text, NULL, NULL);
        }
    }
    gtk_text_buffer_get_start_iter(v->buffer, &start);
    gtk_text_buffer_place_cursor(v->buffer, &start);
    gtk_text_view_scroll_to_iter(v->view, &start, 0, FALSE, 0, 0);
}

static gboolean scroll_to_highlight(gpointer data)
{
    dbg_article_view *v = data;
    v->scroll_source = 0;
    if (v->has_highlight) {
        GtkTextIter it;
        GtkTextMark *mark = gtk_text_buffer_get_mark(v->buffer, "hl");
        gtk_text_buffer_get_iter_at_offset(v->buffer, &it, v->hl_start);
        gtk_text_buffer_move_mark(v->buffer, mark, &it);
        /* This waits until the lines up to the mark are laid out. */
        gtk_text_view_scroll_to_mark(v->view, mark, 0.0, TRUE, 0.0, 0.25);
    }
    return G_SOURCE_REMOVE;
}

void dbg_article_view_set_style(dbg_article_view *v, const dbg_settings *s)
{
    const dbg_theme_colors *c = dbg_theme_get(s->theme);
    int px = dbg_article_view_font_px(s->text_size);
    /* Pango lines are about 1.2 em high; the rest of the spacing goes between wrapped lines. */
    int extra = px * MAX(s->line_spacing - 120, 0) / 100;
    g_object_set(v->sentence_tag, "background", c->hl_bg, "foreground", c->hl_fg, NULL);
    gtk_text_view_set_pixels_inside_wrap(v->view, extra);
    gtk_text_view_set_pixels_below_lines(v->view, extra + px * 3 / 4);
    /* About half an em per character on average for Vietnamese text. */
    v->column_px = s->column_width > 0 ? s->column_width * px * 55 / 100 : 0;
    v->side_px = MAX(12, px / 2);
    update_margins(v);
    /*
     * The text reflows (a new size, spacing or column): bring the sentence being read back
     * into view. The new font reaches the text at the next frame, so after it.
     */
    if (v->has_highlight && v->scroll_source == 0) {
        v->scroll_source = g_idle_add(scroll_to_highlight, v);
    }
}

/* Character offset in the buffer of byte `byte` of field (field, block); -1 when not shown. */
static int buffer_offset(dbg_article_view *v, docbao_field field, size_t block, size_t byte)
{
    for (guint i = 0; i < v->fields->len; i++) {
        const field_span *f = &g_array_index(v->fields, field_span, i);
        if (f->field == field && (field != DOCBAO_FIELD_BLOCK || f->block == block)) {
            size_t len = strlen(f->text);
            return f->start + (int)g_utf8_pointer_to_offset(f->text, f->text + MIN(byte, len));
        }
    }
    return -1;
}

/* TRUE when [start, end) lies entirely within the visible part of the view. */
static gboolean range_visible(dbg_article_view *v, int start, int end, gboolean partly)
{
    GdkRectangle vis, a, b;
    GtkTextIter is, ie;
    gtk_text_view_get_visible_rect(v->view, &vis);
    gtk_text_buffer_get_iter_at_offset(v->buffer, &is, start);
    gtk_text_buffer_get_iter_at_offset(v->buffer, &ie, MAX(end - 1, start));
    gtk_text_view_get_iter_location(v->view, &is, &a);
    gtk_text_view_get_iter_location(v->view, &ie, &b);
    if (partly) {
        return b.y + b.height > vis.y && a.y < vis.y + vis.height;
    }
    return a.y >= vis.y && b.y + b.height <= vis.y + vis.height;
}

void dbg_article_view_highlight(dbg_article_view *v, const docbao_position *pos)
{
    GtkTextIter s, e;
    GtkTextMark *mark = gtk_text_buffer_get_mark(v->buffer, "hl");
    int start, end, wstart = -1, wend = -1;
    start = buffer_offset(v, pos->field, pos->block, pos->sentence_start);
    if (start < 0 || pos->n_utterances == 0) {
        return;
    }
    end = buffer_offset(v, pos->field, pos->block, pos->sentence_start + pos->sentence_len);
    gtk_text_buffer_get_bounds(v->buffer, &s, &e);
    gtk_text_buffer_remove_tag(v->buffer, v->word_tag, &s, &e);
    if (!v->has_highlight || start != v->hl_start || end != v->hl_end) {
        gtk_text_buffer_remove_tag(v->buffer, v->sentence_tag, &s, &e);
        gtk_text_buffer_get_iter_at_offset(v->buffer, &s, start);
        gtk_text_buffer_get_iter_at_offset(v->buffer, &e, end);
        gtk_text_buffer_apply_tag(v->buffer, v->sentence_tag, &s, &e);
        v->has_highlight = TRUE;
        v->hl_start = start;
        v->hl_end = end;
        dbg_host_log(v->host, "highlight utterance=%zu of=%zu field=%d block=%zu start=%zu len=%zu",
                     pos->utterance, pos->n_utterances, pos->field, pos->block, pos->sentence_start,
                     pos->sentence_len);
        if (!range_visible(v, start, end, FALSE)) {
            gtk_text_buffer_move_mark(v->buffer, mark, &s);
            gtk_text_view_scroll_to_mark(v->view, mark, 0.0, TRUE, 0.0, 0.25);
        }
    }
    if (pos->word_len > 0) {
        wstart = buffer_offset(v, pos->field, pos->block, pos->word_start);
        wend = buffer_offset(v, pos->field, pos->block, pos->word_start + pos->word_len);
        gtk_text_buffer_get_iter_at_offset(v->buffer, &s, wstart);
        gtk_text_buffer_get_iter_at_offset(v->buffer, &e, wend);
        gtk_text_buffer_apply_tag(v->buffer, v->word_tag, &s, &e);
        /* A sentence taller than the window: follow the word. */
        if (!range_visible(v, wstart, wend, FALSE)) {
            gtk_text_buffer_move_mark(v->buffer, mark, &s);
            gtk_text_view_scroll_to_mark(v->view, mark, 0.0, TRUE, 0.0, 0.25);
        }
    }
}

void dbg_article_view_set_click_handler(dbg_article_view *v, dbg_article_view_click fn, void *user)
{
    v->click = fn;
    v->click_user = user;
}

gboolean dbg_article_view_click_field(dbg_article_view *v, docbao_field field, size_t block)
{
    int offset = buffer_offset(v, field, block, 0);
    GtkTextIter it;
    GdkRectangle r;
    int x, y;
    if (offset < 0) {
        return FALSE;
    }
    gtk_text_buffer_get_iter_at_offset(v->buffer, &it, offset);
    gtk_text_view_get_iter_location(v->view, &it, &r);
    gtk_text_view_buffer_to_window_coords(v->view, GTK_TEXT_WINDOW_WIDGET, r.x + 1,
                                          r.y + r.height / 2, &x, &y);
    on_click_released(NULL, 1, x, y, v);
    return TRUE;
}

guint dbg_article_view_display_lines(dbg_article_view *v)
{
    GtkTextIter it;
    guint n = 1;
    gtk_text_buffer_get_start_iter(v->buffer, &it);
    while (gtk_text_view_forward_display_line(v->view, &it)) {
        n++;
    }
    return n;
}

void dbg_article_view_hscroll(dbg_article_view *v, double *upper, double *page)
{
    GtkAdjustment *h = gtk_scrollable_get_hadjustment(GTK_SCROLLABLE(v->view));
    *upper = gtk_adjustment_get_upper(h);
    *page = gtk_adjustment_get_page_size(h);
}

gboolean dbg_article_view_highlight_visible(dbg_article_view *v)
{
    return v->has_highlight && range_visible(v, v->hl_start, v->hl_end, TRUE);
}
