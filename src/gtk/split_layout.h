/*
 * docbao-gtk: a layout manager that puts a box's first child (a side pane) beside its second
 * (the article), the side pane taking a share of the width, and measures heights for widths as
 * wrapping text needs (GtkPaned, in GTK 4.8, does not). A hidden side pane takes nothing.
 */
#ifndef DBG_SPLIT_LAYOUT_H
#define DBG_SPLIT_LAYOUT_H

#include <gtk/gtk.h>

GtkLayoutManager *dbg_split_layout_new(void);

/* The side pane's share of the width, in percent (10 to 90); it never gets less than its
 * minimum width, nor the other child less than its own. */
void dbg_split_layout_set_share(GtkLayoutManager *layout, int percent);

#endif
