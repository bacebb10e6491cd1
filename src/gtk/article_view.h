/*
 * docbao-gtk: the reading view. A word-wrapped, read-only GtkTextView in a scrolled window that
 * never scrolls sideways: title, date, lead, body and captions (with local images), the spoken
 * sentence and word highlighted by the byte offsets of the player's positions and kept in view.
 */
#ifndef DBG_ARTICLE_VIEW_H
#define DBG_ARTICLE_VIEW_H

#include <gtk/gtk.h>

#include "docbao/docbao.h"
#include "host.h"
#include "settings.h"

typedef struct dbg_article_view dbg_article_view;

/* Called when the listener clicks the text: the field, block and byte offset clicked. */
typedef void (*dbg_article_view_click)(docbao_field field, size_t block, size_t offset, void *user);

/* A new view; it lives as long as its widget (freed when the widget is destroyed). */
dbg_article_view *dbg_article_view_new(dbg_host *host);
GtkWidget *dbg_article_view_widget(dbg_article_view *v);
/* The text view inside, to give it the focus. */
GtkWidget *dbg_article_view_text(dbg_article_view *v);

/*
 * Shows an article (copied: the caller may free it). source is the file or address it came
 * from, for images beside a local page; NULL for none. NULL article empties the view.
 */
void dbg_article_view_set_article(dbg_article_view *v, const docbao_article *article,
                                  const char *source);

/* Applies the text size, line spacing, column width and theme. */
void dbg_article_view_set_style(dbg_article_view *v, const dbg_settings *s);

/* Highlights the sentence and word of pos and scrolls them into view when they are not. */
void dbg_article_view_highlight(dbg_article_view *v, const docbao_position *pos);

void dbg_article_view_set_click_handler(dbg_article_view *v, dbg_article_view_click fn, void *user);

/* For tests: clicks the first character of a field where it shows on screen, through the same
 * handler as a real click. FALSE when the field is not shown. */
gboolean dbg_article_view_click_field(dbg_article_view *v, docbao_field field, size_t block);

/* For tests: lines as laid out on screen, the horizontal adjustment, and whether the
 * highlighted sentence is (at least partly) visible. */
guint dbg_article_view_display_lines(dbg_article_view *v);
void dbg_article_view_hscroll(dbg_article_view *v, double *upper, double *page);
gboolean dbg_article_view_highlight_visible(dbg_article_view *v);
/* The base font size in pixels for a text size in percent. */
int dbg_article_view_font_px(int text_size);

#endif
