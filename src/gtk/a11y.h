/* docbao-gtk: accessible names, and the check that every control has one. */
#ifndef DBG_A11Y_H
#define DBG_A11Y_H

#include <gtk/gtk.h>

/*
 * Names a control for screen readers (the AT-SPI accessible label) and for sighted users (the
 * tooltip), with the same translated text. Every interactive widget of the front end gets its
 * name through this function, so the check below can verify it.
 */
void dbg_a11y_name(GtkWidget *widget, const char *name);

/* Like dbg_a11y_name() without a tooltip: for list rows and the article text. */
void dbg_a11y_label(GtkWidget *widget, const char *name);

/*
 * Walks the widget tree under root and reports, one line each into problems, every
 * interactive widget (buttons, drop-downs, list rows, text views, scales) that is visible and
 * has no accessible name. Returns the number of widgets checked.
 */
guint dbg_a11y_check(GtkWidget *root, GString *problems);

#endif
