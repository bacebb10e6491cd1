/* docbao-gtk: accessible names (see a11y.h). */
#include "a11y.h"

#define NAME_KEY "dbg-a11y-name"

void dbg_a11y_label(GtkWidget *widget, const char *name)
{
    gtk_accessible_update_property(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    g_object_set_data_full(G_OBJECT(widget), NAME_KEY, g_strdup(name), g_free);
    if (GTK_IS_DROP_DOWN(widget)) {
        /*
         * A drop-down shows screen readers its inner toggle button too, which GTK 4.8 would
         * otherwise name by its class ("GtkToggleButton"): give it the drop-down's name.
         */
        for (GtkWidget *c = gtk_widget_get_first_child(widget); c != NULL;
             c = gtk_widget_get_next_sibling(c)) {
            if (GTK_IS_TOGGLE_BUTTON(c)) {
                gtk_accessible_update_property(GTK_ACCESSIBLE(c), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                               name, -1);
            }
        }
    }
}

void dbg_a11y_name(GtkWidget *widget, const char *name)
{
    dbg_a11y_label(widget, name);
    gtk_widget_set_tooltip_text(widget, name);
}

static gboolean interactive(GtkWidget *w)
{
    return GTK_IS_BUTTON(w) || GTK_IS_DROP_DOWN(w) || GTK_IS_LIST_BOX_ROW(w) ||
           GTK_IS_TEXT_VIEW(w) || GTK_IS_RANGE(w) || GTK_IS_SPIN_BUTTON(w) ||
           GTK_IS_CHECK_BUTTON(w) || GTK_IS_ENTRY(w);
}

/* Widgets inside a control (a drop-down's own button and popover) belong to it. */
static guint walk(GtkWidget *w, GString *problems)
{
    guint n = 0;
    /* A scroll bar is named by its role; its inner range is part of it. */
    if (!gtk_widget_get_visible(w) || GTK_IS_SCROLLBAR(w)) {
        return 0;
    }
    if (interactive(w)) {
        const char *name = g_object_get_data(G_OBJECT(w), NAME_KEY);
        n++;
        if (name == NULL || name[0] == '\0') {
            g_string_append_printf(problems, "%s %p has no accessible name\n",
                                   G_OBJECT_TYPE_NAME(w), (void *)w);
        }
        if (GTK_IS_DROP_DOWN(w) || GTK_IS_BUTTON(w)) {
            return n;
        }
    }
    for (GtkWidget *c = gtk_widget_get_first_child(w); c != NULL;
         c = gtk_widget_get_next_sibling(c)) {
        n += walk(c, problems);
    }
    return n;
}

guint dbg_a11y_check(GtkWidget *root, GString *problems)
{
    return walk(root, problems);
}
