/* docbao-gtk: a side pane beside the article (see split_layout.h). */
#include "split_layout.h"

/* Between the two children, in pixels. */
#define GAP 8

typedef struct {
    GtkLayoutManager parent;
    int share; /* percent */
} DbgSplitLayout;
typedef struct {
    GtkLayoutManagerClass parent;
} DbgSplitLayoutClass;

GType dbg_split_layout_get_type(void);
G_DEFINE_TYPE(DbgSplitLayout, dbg_split_layout, GTK_TYPE_LAYOUT_MANAGER)

/* The two children that take part in the layout (side NULL when it is hidden). */
static void children(GtkWidget *widget, GtkWidget **side, GtkWidget **main)
{
    GtkWidget *first = gtk_widget_get_first_child(widget);
    GtkWidget *second = first != NULL ? gtk_widget_get_next_sibling(first) : NULL;
    *side = first != NULL && second != NULL && gtk_widget_should_layout(first) ? first : NULL;
    *main = second != NULL ? second : first;
}

/* How width is split: the side pane's width, the article's, for a total of width. */
static void split(DbgSplitLayout *l, GtkWidget *side, GtkWidget *main, int width, int *side_w,
                  int *main_w)
{
    int side_min = 0, main_min = 0;
    if (side == NULL) {
        *side_w = 0;
        *main_w = width;
        return;
    }
    gtk_widget_measure(side, GTK_ORIENTATION_HORIZONTAL, -1, &side_min, NULL, NULL, NULL);
    gtk_widget_measure(main, GTK_ORIENTATION_HORIZONTAL, -1, &main_min, NULL, NULL, NULL);
    *side_w = MAX(side_min, (width - GAP) * l->share / 100);
    *side_w = MIN(*side_w, MAX(side_min, width - GAP - main_min));
    *main_w = MAX(main_min, width - GAP - *side_w);
}

static GtkSizeRequestMode request_mode(GtkLayoutManager *m, GtkWidget *widget)
{
    return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void measure(GtkLayoutManager *m, GtkWidget *widget, GtkOrientation o, int for_size,
                    int *min, int *nat, int *min_base, int *nat_base)
{
    GtkWidget *side, *main;
    int unused;
    *min = *nat = 0;
    *(min_base != NULL ? min_base : &unused) = -1;
    *(nat_base != NULL ? nat_base : &unused) = -1;
    children(widget, &side, &main);
    if (main == NULL) {
        return;
    }
    if (o == GTK_ORIENTATION_HORIZONTAL) {
        int smin = 0, snat = 0, mmin, mnat;
        gtk_widget_measure(main, o, -1, &mmin, &mnat, NULL, NULL);
        if (side != NULL) {
            gtk_widget_measure(side, o, -1, &smin, &snat, NULL, NULL);
        }
        *min = mmin + (side != NULL ? smin + GAP : 0);
        *nat = mnat + (side != NULL ? snat + GAP : 0);
    } else {
        int side_w, main_w, smin = 0, snat = 0, mmin, mnat;
        if (for_size < 0) {
            /* Any width: the heights at the narrowest, where wrapped text is tallest. */
            int min_w;
            measure(m, widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &mnat, NULL, NULL);
            for_size = min_w;
        }
        split((DbgSplitLayout *)m, side, main, for_size, &side_w, &main_w);
        gtk_widget_measure(main, o, main_w, &mmin, &mnat, NULL, NULL);
        if (side != NULL) {
            gtk_widget_measure(side, o, side_w, &smin, &snat, NULL, NULL);
        }
        *min = MAX(smin, mmin);
        *nat = MAX(snat, mnat);
    }
}

static void allocate(GtkLayoutManager *m, GtkWidget *widget, int width, int height, int baseline)
{
    GtkWidget *side, *main;
    int side_w, main_w;
    children(widget, &side, &main);
    if (main == NULL) {
        return;
    }
    split((DbgSplitLayout *)m, side, main, width, &side_w, &main_w);
    if (side != NULL) {
        GtkAllocation a = {0, 0, side_w, height};
        gtk_widget_size_allocate(side, &a, -1);
    }
    {
        GtkAllocation a = {side != NULL ? side_w + GAP : 0, 0, main_w, height};
        gtk_widget_size_allocate(main, &a, -1);
    }
}

static void dbg_split_layout_class_init(DbgSplitLayoutClass *klass)
{
    GtkLayoutManagerClass *lm = GTK_LAYOUT_MANAGER_CLASS(klass);
    lm->get_request_mode = request_mode;
    lm->measure = measure;
    lm->allocate = allocate;
}

static void dbg_split_layout_init(DbgSplitLayout *self)
{
    self->share = 33;
}

GtkLayoutManager *dbg_split_layout_new(void)
{
    return g_object_new(dbg_split_layout_get_type(), NULL);
}

void dbg_split_layout_set_share(GtkLayoutManager *layout, int percent)
{
    ((DbgSplitLayout *)layout)->share = CLAMP(percent, 10, 90);
    gtk_layout_manager_layout_changed(layout);
}
