/*
 * docbao-gtk: the headlines of an edition on screen. A list with one row per entry (its title,
 * then its date and whether it was heard or cannot be read), under the titles of their
 * sections, each row named for screen readers as the reader says it ("Section. 3. Title.
 * Today at 08:30."). Its text follows the text size. The list does nothing itself: it reports
 * the row the listener chose and shows the entry it is given.
 */
#ifndef DBG_HEADLINES_H
#define DBG_HEADLINES_H

#include <gtk/gtk.h>

#include "docbao/docbao.h"
#include "settings.h"

typedef struct dbg_headlines dbg_headlines;

/* The listener chose entry i: selected it (read FALSE) or activated it (read TRUE). */
typedef void (*dbg_headlines_fn)(size_t i, gboolean read, void *user);

/* A new, empty list; it lives as long as its widget. */
dbg_headlines *dbg_headlines_new(dbg_headlines_fn fn, void *user);
GtkWidget *dbg_headlines_widget(dbg_headlines *h);
/* The list box inside, to give it the focus or to tell whether it has it. */
GtkWidget *dbg_headlines_list(dbg_headlines *h);

/* Shows the entries of edition (NULL empties the list). The edition must outlive its rows. */
void dbg_headlines_set_edition(dbg_headlines *h, docbao_edition *edition);

/*
 * Brings the rows up to date with the entries' states (heard, cannot be read). Returns the
 * first entry found to have failed since the last call, or (size_t)-1.
 */
size_t dbg_headlines_refresh(dbg_headlines *h);

/* Selects entry i's row and scrolls it into view, without reporting it back; the row takes
 * the keyboard focus if the list had it. */
void dbg_headlines_select(dbg_headlines *h, size_t i);

/* The text size (font_px for titles), and the theme's colours. */
void dbg_headlines_set_style(dbg_headlines *h, int font_px, const dbg_settings *s);

/* For tests: activates row i as a click would. FALSE when there is no such row. */
gboolean dbg_headlines_activate(dbg_headlines *h, size_t i);
/* For tests: the number of rows, and whether the rows are wider than the list shows. */
guint dbg_headlines_n_rows(dbg_headlines *h);
gboolean dbg_headlines_clipped(dbg_headlines *h);
/* For tests: row i's accessible name (static until the next change), or NULL. */
const char *dbg_headlines_row_name(dbg_headlines *h, size_t i);

#endif
