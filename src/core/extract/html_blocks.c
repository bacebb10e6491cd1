/*
 * Reading the article's containers into blocks, and cleaning the blocks.
 *
 * The walk visits the containers in document order with an explicit cursor (no recursion).
 * Text accumulates until a block boundary; the element the text starts in decides the block's
 * kind (heading, list item, quote, caption) from the inherited flags dom_page_new() computed,
 * so no block looks at its ancestors. Data tables are read row by row; layout tables are walked
 * as containers. Images open a window for their caption: a figcaption or caption-named
 * element, an image table's text, or a short italic or centred line right under the image;
 * when none comes, the image's alt text is the caption if it describes something.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/html_extract.h"
#include "extract/html_hints.h"

/* Table cells are joined with this when a row becomes one paragraph. */
#define CELL_SEPARATOR "; "

typedef struct {
    html_extraction *x;
    const dom_info *root;
    uint32_t root_flags;     /* inherited flags the root itself has, ignored in its blocks */
    GString *text;
    const dom_info *first;   /* the element the pending block's first text is in */
    size_t chars, bold_chars, italic_chars, link_chars;
    int pending_br;          /* <br> seen since the last text */
    const dom_info *image;   /* the last image, while its caption may still come */
    gboolean image_captioned;
    gboolean after_image;    /* no text block since the image */
} walker;

void html_block_clear(html_block *b)
{
    g_free(b->text);
    g_free(b->image);
    b->text = NULL;
    b->image = NULL;
}

static const char *image_source(const dom_info *img)
{
    static const char *const lazy[] = {"data-src", "data-original", "data-lazy-src", "data-url"};
    const char *src = dom_attr(img->node, "src");
    for (size_t i = 0; i < G_N_ELEMENTS(lazy); i++) {
        const char *l = dom_attr(img->node, lazy[i]);
        if (l != NULL && l[0] != '\0' && (src == NULL || src[0] == '\0' ||
                                          g_str_has_prefix(src, "data:"))) {
            return l;
        }
    }
    return src;
}

static void append_block(walker *w, html_block *b)
{
    g_array_append_val(w->x->blocks, *b);
}

/* ---------------------------------------------------------------------------------------- */
/* Images and captions                                                                       */

static gboolean same_text_loose(const char *a, const char *b)
{
    char *la, *lb;
    gboolean same;
    if (a == NULL || b == NULL) {
        return FALSE;
    }
    la = g_utf8_casefold(a, -1);
    lb = g_utf8_casefold(b, -1);
    same = strcmp(la, lb) == 0 || strstr(lb, la) != NULL;
    g_free(la);
    g_free(lb);
    return same;
}

/* Does an alt text describe the picture (not a file name, a placeholder or the headline)? */
static char *descriptive_alt(const walker *w, const dom_info *img)
{
    const char *alt = dom_attr(img->node, "alt");
    char *clean = html_clean_text(alt);
    int words = 0;
    if (clean == NULL) {
        return NULL;
    }
    for (const char *p = clean; *p != '\0'; p++) {
        words += *p == ' ';
    }
    words++;
    if (html_utf8_len(clean) < 25 || words < 4 || strstr(clean, "http") != NULL ||
        g_str_has_suffix(clean, ".jpg") || g_str_has_suffix(clean, ".png") ||
        g_str_has_suffix(clean, ".jpeg") || g_str_has_suffix(clean, ".gif") ||
        g_str_has_suffix(clean, ".webp") || same_text_loose(clean, w->x->title) ||
        same_text_loose(clean, w->x->lead)) {
        g_free(clean);
        return NULL;
    }
    return clean;
}

/* An image that got no caption takes its alt text as one, when that says something. */
static void settle_image(walker *w)
{
    if (w->image != NULL && !w->image_captioned) {
        char *alt = descriptive_alt(w, w->image);
        if (alt != NULL) {
            html_block b = {0};
            const char *src = image_source(w->image);
            b.type = DOCBAO_BLOCK_CAPTION;
            b.text = alt;
            b.image = src != NULL ? g_strdup(src) : NULL;
            b.elem = w->image;
            b.flags = BLOCK_ALT_TEXT;
            append_block(w, &b);
        }
    }
    w->image = NULL;
    w->image_captioned = FALSE;
}

static gboolean is_icon(const dom_info *img)
{
    const char *wd = dom_attr(img->node, "width");
    const char *ht = dom_attr(img->node, "height");
    return (wd != NULL && g_ascii_isdigit(wd[0]) && atoi(wd) < 60) ||
           (ht != NULL && g_ascii_isdigit(ht[0]) && atoi(ht) < 60);
}

static void flush(walker *w);

static void see_image(walker *w, const dom_info *img)
{
    if (img == w->image || is_icon(img)) {
        return;
    }
    flush(w);
    settle_image(w);
    w->image = img;
    w->image_captioned = FALSE;
    w->after_image = TRUE;
}

/* Emits an element's whole text as the caption of the pending image (or of none). */
static void emit_caption(walker *w, const dom_info *e)
{
    char *text = html_element_text(w->x, e);
    flush(w);
    if (text != NULL) {
        html_block b = {0};
        const char *src = w->image != NULL ? image_source(w->image) : NULL;
        b.type = DOCBAO_BLOCK_CAPTION;
        b.text = text;
        b.image = src != NULL && w->after_image ? g_strdup(src) : NULL;
        b.elem = e;
        b.link_density = dom_link_density(e);
        append_block(w, &b);
        w->image_captioned = w->image != NULL;
    }
    w->after_image = FALSE;
}

/* ---------------------------------------------------------------------------------------- */
/* Text runs                                                                                 */

static void reset_run(walker *w)
{
    g_string_truncate(w->text, 0);
    w->first = NULL;
    w->chars = w->bold_chars = w->italic_chars = w->link_chars = 0;
}

static docbao_block_type type_of_run(const walker *w, uint32_t flags)
{
    if (flags & DOM_IN_FIGCAPTION) {
        return DOCBAO_BLOCK_CAPTION;
    }
    if (flags & DOM_IN_HEADING) {
        return DOCBAO_BLOCK_HEADING;
    }
    if (flags & DOM_IN_LIST_ITEM) {
        return DOCBAO_BLOCK_LIST_ITEM;
    }
    if (flags & DOM_IN_QUOTE) {
        return DOCBAO_BLOCK_QUOTE;
    }
    return DOCBAO_BLOCK_PARAGRAPH;
}

static void flush(walker *w)
{
    html_block b = {0};
    uint32_t flags;
    char *clean;
    if (w->chars == 0) {
        reset_run(w);
        return;
    }
    clean = html_clean_text(w->text->str);
    if (clean == NULL) {
        reset_run(w);
        return;
    }
    flags = w->first->flags & ~w->root_flags;
    b.text = clean;
    b.elem = w->first;
    b.type = type_of_run(w, flags);
    b.link_density = (double)w->link_chars / (double)w->chars;
    if (w->bold_chars * 10 >= w->chars * 9) {
        b.flags |= BLOCK_BOLD;
    }
    if (w->italic_chars * 10 >= w->chars * 9) {
        b.flags |= BLOCK_ITALIC;
    }
    if (flags & DOM_IN_CENTER) {
        b.flags |= BLOCK_CENTERED;
    }
    if (flags & DOM_IN_RIGHT) {
        b.flags |= BLOCK_RIGHT;
    }
    if (w->after_image) {
        b.flags |= BLOCK_AFTER_IMAGE;
    }
    /* A short italic or centred line right under an image is that image's caption. */
    if (b.type == DOCBAO_BLOCK_PARAGRAPH && w->after_image && w->image != NULL &&
        (b.flags & (BLOCK_ITALIC | BLOCK_CENTERED)) && html_utf8_len(clean) < 300) {
        b.type = DOCBAO_BLOCK_CAPTION;
    }
    if (b.type == DOCBAO_BLOCK_CAPTION) {
        const char *src = w->image != NULL && w->after_image ? image_source(w->image) : NULL;
        b.image = src != NULL ? g_strdup(src) : NULL;
        w->image_captioned = w->image != NULL;
    } else {
        settle_image(w);
    }
    w->after_image = FALSE;
    append_block(w, &b);
    reset_run(w);
}

static gboolean ends_sentence_text(const GString *s)
{
    gsize n = s->len;
    while (n > 0 && g_ascii_isspace(s->str[n - 1])) {
        n--;
    }
    if (n == 0) {
        return FALSE;
    }
    return strchr(".!?:;", s->str[n - 1]) != NULL ||
           (n >= 3 && (memcmp(s->str + n - 3, "\xE2\x80\x9D", 3) == 0 || /* ” */
                       memcmp(s->str + n - 3, "\xE2\x80\xA6", 3) == 0));  /* … */
}

static void add_text(walker *w, const xmlNode *n)
{
    const char *s = (const char *)n->content;
    const dom_info *parent;
    size_t chars;
    if (s == NULL) {
        return;
    }
    chars = dom_visible_chars(s);
    if (chars > 0) {
        /*
         * Two <br> end a paragraph; one does when the line before it ends a sentence and is a
         * paragraph's length: pages that write each paragraph on its own line.
         */
        if (w->pending_br >= 2 || (w->pending_br == 1 && w->chars >= 120 &&
                                   ends_sentence_text(w->text))) {
            flush(w);
        }
        w->pending_br = 0;
    }
    g_string_append(w->text, s);
    if (chars == 0) {
        return;
    }
    parent = dom_get(w->x->page, n);
    if (w->first == NULL) {
        w->first = parent;
    }
    w->chars += chars;
    if (parent != NULL) {
        if (parent->flags & DOM_IN_BOLD) {
            w->bold_chars += chars;
        }
        if (parent->flags & DOM_IN_ITALIC) {
            w->italic_chars += chars;
        }
        if (parent->flags & DOM_IN_LINK) {
            w->link_chars += chars;
        }
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Tables                                                                                    */

typedef enum { TABLE_LAYOUT, TABLE_DATA, TABLE_IMAGE } table_kind;

/*
 * Tells a data table (rows of short cells, two columns or more) from a layout table (cells
 * holding paragraphs or other tables) and from a table that frames an image and its caption.
 */
static table_kind kind_of_table(const html_extraction *x, const dom_info *t)
{
    const dom_page *page = x->page;
    uint32_t rows = 0, cells = 0, cols = 0, row_cells = 0, long_cells = 0, heads = 0;
    const char *role = dom_attr(t->node, "role");
    if (role != NULL && g_ascii_strcasecmp(role, "presentation") == 0) {
        return TABLE_LAYOUT;
    }
    for (uint32_t k = t->order + 1; k <= t->last; k++) {
        const dom_info *i = &page->info[k];
        if (i->tag == DOM_TAG_TABLE) {
            return TABLE_LAYOUT;
        }
        if (i->flags & DOM_INVISIBLE) {
            k = i->last;
            continue;
        }
        if (i->tag == DOM_TAG_TR) {
            rows++;
            cols = MAX(cols, row_cells);
            row_cells = 0;
        } else if (i->tag == DOM_TAG_TD || i->tag == DOM_TAG_TH) {
            cells++;
            row_cells++;
            heads += i->tag == DOM_TAG_TH;
            if (i->chars > 250 || i->paragraphs > 1) {
                long_cells++;
            }
        }
    }
    cols = MAX(cols, row_cells);
    if (t->images >= 1 && rows <= 4 && t->chars < 600 && t->paragraphs == 0 && cols <= 2) {
        return TABLE_IMAGE;
    }
    if (rows >= 2 && cols >= 2 && long_cells * 10 <= cells && t->chars > 0) {
        return TABLE_DATA;
    }
    if (heads > 0 && rows >= 2 && long_cells == 0) {
        return TABLE_DATA;
    }
    return TABLE_LAYOUT;
}

/* The widest table whose cells are read with their column's header. */
#define TABLE_MAX_COLUMNS 64

/* A span attribute (colspan, rowspan) as a count from 1 to TABLE_MAX_COLUMNS. */
static int span_of(const dom_info *cell, const char *name)
{
    const char *v = dom_attr(cell->node, name);
    int n = v != NULL && g_ascii_isdigit(v[0]) ? atoi(v) : 1;
    return CLAMP(n, 1, TABLE_MAX_COLUMNS);
}

/* One row's cells, with the column each starts at. */
typedef struct {
    const dom_info *row;
    GPtrArray *cells; /* const dom_info * */
    GArray *columns;  /* int: the first column of each cell */
    gboolean header;  /* a row of column headers */
} table_row;

/* The rows of a table in order (nested tables excluded: a data table has none). */
static GArray *table_rows(const html_extraction *x, const dom_info *t)
{
    const dom_page *page = x->page;
    GArray *rows = g_array_new(FALSE, TRUE, sizeof(table_row));
    int rowspan_left[TABLE_MAX_COLUMNS] = {0};
    for (uint32_t k = t->order + 1; k <= t->last; k++) {
        const dom_info *i = &page->info[k];
        table_row r = {0};
        int col = 0;
        if (html_is_removed(i)) {
            k = i->last;
            continue;
        }
        if (i->tag != DOM_TAG_TR) {
            continue;
        }
        r.row = i;
        r.cells = g_ptr_array_new();
        r.columns = g_array_new(FALSE, FALSE, sizeof(int));
        for (const xmlNode *c = i->node->children; c != NULL; c = c->next) {
            const dom_info *cell = c->type == XML_ELEMENT_NODE ? dom_get(page, c) : NULL;
            int span;
            if (cell == NULL || (cell->tag != DOM_TAG_TD && cell->tag != DOM_TAG_TH) ||
                html_is_removed(cell)) {
                continue;
            }
            while (col < TABLE_MAX_COLUMNS && rowspan_left[col] > 0) {
                col++;
            }
            span = span_of(cell, "colspan");
            g_ptr_array_add(r.cells, (gpointer)cell);
            g_array_append_val(r.columns, col);
            for (int s = 0; s < span && col < TABLE_MAX_COLUMNS; s++, col++) {
                rowspan_left[col] = span_of(cell, "rowspan");
            }
        }
        for (int c = 0; c < TABLE_MAX_COLUMNS; c++) {
            rowspan_left[c] -= rowspan_left[c] > 0;
        }
        g_array_append_val(rows, r);
        k = i->last;
    }
    return rows;
}

static void table_rows_free(GArray *rows)
{
    for (guint i = 0; i < rows->len; i++) {
        table_row *r = &g_array_index(rows, table_row, i);
        g_ptr_array_unref(r->cells);
        g_array_unref(r->columns);
    }
    g_array_unref(rows);
}

/*
 * Marks the rows of column headers: rows in <thead>, or the leading rows whose non-empty cells
 * are all <th> (or all bold, in a table without <th>), when data rows follow. Returns how many.
 */
static guint mark_header_rows(const html_extraction *x, GArray *rows)
{
    guint n = 0;
    gboolean any_th = FALSE;
    for (guint i = 0; i < rows->len && !any_th; i++) {
        const table_row *r = &g_array_index(rows, table_row, i);
        for (guint c = 0; c < r->cells->len && !any_th; c++) {
            any_th = ((const dom_info *)g_ptr_array_index(r->cells, c))->tag == DOM_TAG_TH;
        }
    }
    for (guint i = 0; i < rows->len; i++) {
        table_row *r = &g_array_index(rows, table_row, i);
        const dom_info *parent = r->row->parent;
        guint filled = 0, heads = 0;
        if (parent != NULL && parent->tag == DOM_TAG_THEAD) {
            r->header = TRUE;
            n++;
            continue;
        }
        for (guint c = 0; c < r->cells->len; c++) {
            const dom_info *cell = g_ptr_array_index(r->cells, c);
            if (cell->chars == 0) {
                continue;
            }
            filled++;
            heads += any_th ? cell->tag == DOM_TAG_TH : html_mostly_bold(x, cell);
        }
        if (filled < 2 || heads < filled) {
            break;
        }
        r->header = TRUE;
        n++;
    }
    if (n >= rows->len) {
        /* Nothing but headers: no data to label. */
        for (guint i = 0; i < rows->len; i++) {
            g_array_index(rows, table_row, i).header = FALSE;
        }
        n = 0;
    }
    return n;
}

static void add_row_block(walker *w, const dom_info *row, GString *text, uint32_t chars,
                          uint32_t link_chars)
{
    html_block b = {0};
    if (text->len == 0) {
        return;
    }
    b.type = DOCBAO_BLOCK_PARAGRAPH;
    b.text = html_clean_text(text->str);
    b.elem = row;
    b.flags = BLOCK_TABLE_ROW;
    b.link_density = chars > 0 ? (double)link_chars / chars : 0;
    if (b.text != NULL) {
        append_block(w, &b);
    }
}

/*
 * Emits each row of a data table as one paragraph, its cells joined by CELL_SEPARATOR. Where
 * the table has column headers, each cell is read after its column's header ("Ngành: Khoa học
 * máy tính; Mã ngành: IT1; Điểm chuẩn: 29,39") and the header rows are not read on their own;
 * a row that opens with a <th> in a table without column headers reads "header: cells".
 */
static void emit_table_rows(walker *w, const dom_info *t)
{
    const dom_page *page = w->x->page;
    GArray *rows;
    char *headers[TABLE_MAX_COLUMNS] = {NULL};
    guint n_headers;
    flush(w);
    settle_image(w);
    for (uint32_t k = t->order + 1; k <= t->last; k++) {
        const dom_info *i = &page->info[k];
        if (html_is_removed(i)) {
            k = i->last;
            continue;
        }
        if (i->tag == DOM_TAG_CAPTION) {
            char *text = html_element_text(w->x, i);
            if (text != NULL) {
                html_block b = {0};
                b.type = DOCBAO_BLOCK_PARAGRAPH;
                b.text = text;
                b.elem = i;
                append_block(w, &b);
            }
            break;
        }
    }
    rows = table_rows(w->x, t);
    n_headers = mark_header_rows(w->x, rows);
    for (guint i = 0; i < rows->len; i++) {
        const table_row *r = &g_array_index(rows, table_row, i);
        if (!r->header) {
            continue;
        }
        for (guint c = 0; c < r->cells->len; c++) {
            const dom_info *cell = g_ptr_array_index(r->cells, c);
            int from = g_array_index(r->columns, int, c);
            int span = span_of(cell, "colspan");
            char *text = html_element_text(w->x, cell);
            for (int col = from; text != NULL && col < from + span && col < TABLE_MAX_COLUMNS;
                 col++) {
                char *joined;
                if (headers[col] != NULL && strcmp(headers[col], text) == 0) {
                    continue;
                }
                joined = headers[col] != NULL ? g_strdup_printf("%s, %s", headers[col], text)
                                               : g_strdup(text);
                g_free(headers[col]);
                headers[col] = joined;
            }
            g_free(text);
        }
    }
    for (guint i = 0; i < rows->len; i++) {
        const table_row *r = &g_array_index(rows, table_row, i);
        GString *row = g_string_new(NULL);
        uint32_t chars = 0, link_chars = 0;
        gboolean repeats_headers = n_headers > 0;
        if (r->header) {
            g_string_free(row, TRUE);
            continue;
        }
        for (guint c = 0; c < r->cells->len; c++) {
            const dom_info *cell = g_ptr_array_index(r->cells, c);
            int col = g_array_index(r->columns, int, c);
            const char *head = n_headers > 0 && col < TABLE_MAX_COLUMNS ? headers[col] : NULL;
            char *text = html_element_text(w->x, cell);
            if (text == NULL) {
                continue;
            }
            repeats_headers &= head != NULL && strcmp(head, text) == 0;
            if (row->len > 0) {
                /* "Dân số: 1,2 triệu": a row's own header cell, then its value. */
                gboolean after_row_head = n_headers == 0 && c == 1 &&
                                          ((const dom_info *)g_ptr_array_index(r->cells, 0))
                                                  ->tag == DOM_TAG_TH &&
                                          cell->tag == DOM_TAG_TD;
                g_string_append(row, after_row_head ? ": " : CELL_SEPARATOR);
            }
            if (head != NULL && strcmp(head, text) != 0) {
                g_string_append_printf(row, "%s: %s", head, text);
            } else {
                g_string_append(row, text);
            }
            chars += cell->chars;
            link_chars += cell->link_chars;
            g_free(text);
        }
        if (!repeats_headers) {
            add_row_block(w, r->row, row, chars, link_chars);
        }
        g_string_free(row, TRUE);
    }
    for (int c = 0; c < TABLE_MAX_COLUMNS; c++) {
        g_free(headers[c]);
    }
    table_rows_free(rows);
}

/* ---------------------------------------------------------------------------------------- */
/* Furniture inside the article                                                              */

/*
 * Should the walk leave out this container? Lists of links (related stories, tag clouds), boxes
 * mostly made of links, and cards that repeat another story's headline go; a container that
 * holds most of the article's paragraphs always stays.
 */
static gboolean is_inner_furniture(const walker *w, const dom_info *i)
{
    double ld = dom_link_density(i);
    uint32_t own = i->chars - i->link_chars;
    uint32_t heads = w->x->headlines[i->order];
    uint32_t prose = w->x->prose[i->order];
    if (i == w->root || i->chars == 0) {
        return FALSE;
    }
    if (i->paragraphs >= 2 && i->paragraphs * 2 > w->root->paragraphs) {
        return FALSE;
    }
    /* Teasers: headline links with summaries and no prose of their own. */
    if (heads >= 1 &&
        (i->tag == DOM_TAG_DIV || i->tag == DOM_TAG_ARTICLE || i->tag == DOM_TAG_SECTION ||
         i->tag == DOM_TAG_ASIDE ||
         ((i->tag == DOM_TAG_SPAN || i->tag == DOM_TAG_OTHER) && (i->flags & DOM_HAS_BLOCK))) &&
        ((prose == 0 && own <= 400) || (heads >= 2 && prose * 5 < own && prose < 200))) {
        return TRUE;
    }
    switch (i->tag) {
    case DOM_TAG_UL:
    case DOM_TAG_OL:
    case DOM_TAG_DL:
        return ld > 0.5 && i->links >= 2;
    case DOM_TAG_DIV:
    case DOM_TAG_SECTION:
    case DOM_TAG_ARTICLE:
    case DOM_TAG_HEADER:
    case DOM_TAG_FORM:
    case DOM_TAG_TABLE:
    case DOM_TAG_OTHER:
    case DOM_TAG_SPAN:
    case DOM_TAG_CENTER:
        if ((i->tag == DOM_TAG_SPAN || i->tag == DOM_TAG_OTHER) && !(i->flags & DOM_HAS_BLOCK)) {
            return FALSE;
        }
        return (ld > 0.5 && own < 200 && i->links >= 2) || (ld > 0.7 && i->links >= 3);
    default:
        return FALSE;
    }
}

static gboolean is_caption_element(const dom_info *i)
{
    if (i->tag == DOM_TAG_FIGCAPTION) {
        return TRUE;
    }
    return (i->hints & HINT_CAPTION) && !(i->hints & (HINT_BODY | HINT_CONTENT)) &&
           i->chars > 0 && i->chars <= 600 && i->paragraphs <= 1 && i->tag != DOM_TAG_IMG &&
           i->tag != DOM_TAG_FIGURE && i->tag != DOM_TAG_TABLE;
}

/* ---------------------------------------------------------------------------------------- */
/* The walk                                                                                  */

static gboolean walk_enter(xmlNode *n, void *data)
{
    walker *w = data;
    const dom_info *i;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        add_text(w, n);
        return FALSE;
    }
    if (n->type != XML_ELEMENT_NODE) {
        return FALSE;
    }
    i = dom_get(w->x->page, n);
    if (i == NULL || html_is_removed(i) || i == w->x->title_el || i == w->x->lead_el) {
        return FALSE;
    }
    if (i->tag == DOM_TAG_BR) {
        w->pending_br++;
        g_string_append_c(w->text, ' ');
        return FALSE;
    }
    if (i->tag == DOM_TAG_IMG) {
        see_image(w, i);
        return FALSE;
    }
    if (is_inner_furniture(w, i)) {
        return FALSE;
    }
    if (is_caption_element(i)) {
        emit_caption(w, i);
        return FALSE;
    }
    if (i->tag == DOM_TAG_TABLE) {
        switch (kind_of_table(w->x, i)) {
        case TABLE_IMAGE:
            for (uint32_t k = i->order + 1; k <= i->last; k++) {
                if (w->x->page->info[k].tag == DOM_TAG_IMG) {
                    see_image(w, &w->x->page->info[k]);
                    break;
                }
            }
            emit_caption(w, i);
            return FALSE;
        case TABLE_DATA:
            emit_table_rows(w, i);
            return FALSE;
        case TABLE_LAYOUT:
            break;
        }
    }
    if (i->tag == DOM_TAG_FIGURE) {
        flush(w);
        for (uint32_t k = i->order + 1; k <= i->last; k++) {
            if (w->x->page->info[k].tag == DOM_TAG_IMG) {
                see_image(w, &w->x->page->info[k]);
                break;
            }
        }
        return TRUE;
    }
    if (dom_tag_is_block((dom_tag)i->tag)) {
        flush(w);
        w->pending_br = 0;
    }
    return TRUE;
}

static void walk_leave(xmlNode *n, void *data)
{
    walker *w = data;
    const dom_info *i = dom_get(w->x->page, n);
    if (i != NULL && dom_tag_is_block((dom_tag)i->tag)) {
        flush(w);
        w->pending_br = 0;
    }
}

void html_blocks_collect(html_extraction *x)
{
    walker w = {0};
    w.x = x;
    w.text = g_string_new(NULL);
    for (guint r = 0; r < x->roots->len; r++) {
        w.root = g_ptr_array_index(x->roots, r);
        w.root_flags = w.root->flags & (DOM_IN_HEADING | DOM_IN_LIST_ITEM | DOM_IN_QUOTE |
                                        DOM_IN_CENTER | DOM_IN_RIGHT | DOM_IN_BOLD |
                                        DOM_IN_ITALIC | DOM_IN_FIGCAPTION);
        dom_walk(w.root->node, TRUE, walk_enter, walk_leave, &w);
        flush(&w);
    }
    settle_image(&w);
    g_string_free(w.text, TRUE);
}

/* ---------------------------------------------------------------------------------------- */
/* Tidying                                                                                   */

/*
 * Lines that are site furniture wherever they appear, compared case-insensitively with the
 * whole block (exact) or its start (prefix). English and Vietnamese.
 */
static const char *const furniture_lines[] = {
    "advertisement", "advertising", "quảng cáo", "sponsored", "share", "share this",
    "share this article", "share this story", "chia sẻ", "print", "email", "tweet", "like this:",
    "loading...", "related", "related articles", "related stories", "related posts",
    "read more", "xem thêm", "tin liên quan", "bài liên quan", "tin cùng chuyên mục",
    "continue reading", "đọc tiếp", "comments", "bình luận", "back to top", "về đầu trang",
    "skip to content", "photo", "video", "ảnh", "image", "close", "đóng", "advert",
    "ad", "ads", "this slideshow requires javascript.", "loading",
    "scroll to continue with content", "story continues below advertisement",
    "article continues below", "continue reading below", "sponsored content",
};
static const char *const furniture_prefixes[] = {
    "read more:", "read also:", "related:", "see also:", "xem thêm:", "đọc thêm:",
    "tin liên quan:", "click here to", "sign up for", "subscribe to", "follow us on",
    "share this", "©", "copyright ©", "all rights reserved", "bản quyền thuộc",
    "get the latest updates", "subscribe now", "sign up now", "đăng ký nhận tin",
};

static gboolean is_furniture_line(const char *text)
{
    char *low;
    gboolean yes = FALSE;
    size_t len = html_utf8_len(text);
    if (len > 120) {
        return FALSE;
    }
    low = g_utf8_casefold(text, -1);
    for (size_t i = 0; i < G_N_ELEMENTS(furniture_lines) && !yes; i++) {
        yes = strcmp(low, furniture_lines[i]) == 0;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(furniture_prefixes) && !yes; i++) {
        yes = g_str_has_prefix(low, furniture_prefixes[i]) && len < 100;
    }
    g_free(low);
    return yes;
}

static gboolean ends_sentence(const char *s)
{
    size_t len = strlen(s);
    if (len == 0) {
        return FALSE;
    }
    if (strchr(".!?:;", s[len - 1]) != NULL) {
        return TRUE;
    }
    return len >= 3 && (strcmp(s + len - 3, "\xE2\x80\xA6") == 0);
}

/* Does the text read as person names ("Hà Thu", "NHẬT XUÂN - NGHI VŨ")? */
static gboolean looks_like_names(const char *t, gboolean styled)
{
    char **words = g_strsplit(t, " ", -1);
    guint n = 0;
    gboolean names = TRUE;
    for (char **w = words; *w != NULL && names; w++) {
        gunichar c;
        if (**w == '\0' || strcmp(*w, "-") == 0 || strcmp(*w, "–") == 0 || strcmp(*w, ",") == 0 ||
            strcmp(*w, "và") == 0 || strcmp(*w, "and") == 0) {
            continue;
        }
        c = g_utf8_get_char(*w);
        names = g_unichar_isupper(c) || g_unichar_istitle(c);
        n++;
    }
    g_strfreev(words);
    return names && n > 0 && n <= 8 && (styled || n <= 4);
}

/* Removes a prefix (compared case-insensitively) and the spaces after it. */
static gboolean strip_prefix(char **t, const char *prefix)
{
    size_t n = strlen(prefix);
    if (g_ascii_strncasecmp(*t, prefix, n) == 0 ||
        (strncmp(*t, prefix, n) == 0)) {
        char *rest = g_strdup(*t + n);
        g_free(*t);
        *t = rest;
        g_strstrip(*t);
        return TRUE;
    }
    return FALSE;
}

/* Words that open an agency's name in a byline ("Minh Anh - Sở Thông tin và Truyền thông"). */
static const char *const agency_words[] = {
    "Sở",        "Ban",        "Phòng",     "Trung tâm",  "Ủy ban",     "Uỷ ban",
    "UBND",      "Báo",        "Đài",       "Cổng",       "Văn phòng",  "Chi cục",
    "Cục",       "Bộ",         "Hội",       "Huyện",      "Tỉnh",       "Thành phố",
    "Thị xã",    "Xã",         "Phường",    "Quận",       "Công an",    "Bệnh viện",
    "Trường",    "Viện",       "Liên đoàn", "Đoàn",       "Hội đồng",   "Tạp chí",
    "Thông tấn xã", "TTXVN",   "Kho bạc",   "Bảo hiểm",   "Tòa án",     "Toà án",
    "Ngân hàng", "Công ty",    "Tổng cục",  "Mặt trận",   "Đảng ủy",    "Huyện ủy",
    "Tỉnh ủy",   "Thành ủy",   "Cơ quan",   "Bộ Chỉ huy", "Cảnh sát",   "Chi nhánh",
};

/* Does the text open with an agency's name? */
static gboolean is_agency(const char *t)
{
    for (size_t i = 0; i < G_N_ELEMENTS(agency_words); i++) {
        size_t n = strlen(agency_words[i]);
        if (strncmp(t, agency_words[i], n) == 0 && (t[n] == ' ' || t[n] == '\0')) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * "Minh Anh - Sở Thông tin và Truyền thông": the names before the first part that names an
 * agency, and the agency (new strings, g_free), or FALSE when no part names one.
 */
static gboolean split_agency(const char *t, char **names, char **agency)
{
    static const char *const dashes[] = {" - ", " – ", " — "};
    for (const char *p = t; *p != '\0'; p++) {
        for (size_t d = 0; d < G_N_ELEMENTS(dashes); d++) {
            size_t n = strlen(dashes[d]);
            if (strncmp(p, dashes[d], n) == 0 && p > t && is_agency(p + n)) {
                *names = g_strstrip(g_strndup(t, (gsize)(p - t)));
                *agency = g_strstrip(g_strdup(p + n));
                return TRUE;
            }
        }
    }
    return FALSE;
}

char *html_byline_names(const char *text, gboolean styled)
{
    static const char *const prefixes[] = {"Bài và ảnh:", "Bài, ảnh:", "Bài và ảnh", "Bài, ảnh",
                                           "Theo", "By", "BY", "Tác giả:", "Tác giả",
                                           "Written by", "Posted by", "Author:"};
    static const char *const suffixes[] = {"(tổng hợp)", "(Tổng hợp)", "(theo", "(Theo"};
    static const char *const separators[] = {"|", "•", "·"};
    char *t;
    char *p;
    char *agency = NULL;
    size_t chars = html_utf8_len(text);
    if (chars > 120 || chars < 3) {
        return NULL;
    }
    t = g_strdup(text);
    {
        char *names;
        if (split_agency(t, &names, &agency)) {
            g_free(t);
            t = names;
        }
    }
    if (html_utf8_len(t) > 70) {
        g_free(t);
        g_free(agency);
        return NULL;
    }
    /* "Tác giả: Phương Nam | 11/02/2025": the names come before the separator. */
    for (size_t i = 0; i < G_N_ELEMENTS(separators); i++) {
        if ((p = strstr(t, separators[i])) != NULL) {
            *p = '\0';
        }
    }
    for (size_t i = 0; i < G_N_ELEMENTS(suffixes); i++) {
        if ((p = strstr(t, suffixes[i])) != NULL) {
            *p = '\0';
        }
    }
    for (size_t i = 0; i < G_N_ELEMENTS(prefixes); i++) {
        size_t n = strlen(prefixes[i]);
        if (strncmp(t, prefixes[i], n) == 0 && (t[n] == ' ' || t[n] == ':')) {
            strip_prefix(&t, prefixes[i]);
            if (t[0] == ':') {
                strip_prefix(&t, ":");
            }
            break;
        }
    }
    g_strstrip(t);
    if (g_str_has_suffix(t, "./.")) {
        t[strlen(t) - 3] = '\0';
        g_strstrip(t);
    }
    if (t[0] == '\0' || ends_sentence(t) || !looks_like_names(t, styled) ||
        (strchr(t, '.') != NULL && strchr(t, ' ') == NULL)) {
        /* A sentence, a phrase in lower case, or a domain name ("baodautu.vn"). */
        g_free(t);
        g_free(agency);
        return NULL;
    }
    /* "NHẬT XUÂN - NGHI VŨ" -> "NHẬT XUÂN, NGHI VŨ" */
    {
        char **parts = g_strsplit(t, " - ", -1);
        char *joined = g_strjoinv(", ", parts);
        g_strfreev(parts);
        g_free(t);
        t = joined;
    }
    if (agency != NULL) {
        /* "Minh Anh (Sở Thông tin và Truyền thông)" */
        char *with = g_strdup_printf("%s (%s)", t, agency);
        g_free(t);
        g_free(agency);
        t = with;
    }
    return t;
}

/* Is this short block a byline? Returns the names or NULL. */
static char *byline_of(const html_block *b)
{
    if (b->link_density > 0.9 || b->type == DOCBAO_BLOCK_CAPTION ||
        b->type == DOCBAO_BLOCK_LIST_ITEM || (b->flags & BLOCK_TABLE_ROW)) {
        return NULL;
    }
    return html_byline_names(b->text, (b->flags & (BLOCK_BOLD | BLOCK_RIGHT | BLOCK_ITALIC)) != 0);
}

static gboolean same_text(const char *a, const char *b)
{
    return a != NULL && b != NULL && strcmp(a, b) == 0;
}

static gboolean is_date_line(const char *s)
{
    char *d;
    gboolean yes;
    if (html_utf8_len(s) > 80) {
        return FALSE;
    }
    d = html_meta_find_date(s);
    yes = d != NULL;
    g_free(d);
    return yes;
}

/* Words a line that only dates a story is made of, besides numbers ("Thứ sáu, 22/08/2025"). */
static const char *const date_words[] = {
    "hai",     "ba",       "tư",       "năm",       "sáu",      "bảy",      "cn",
    "ngày",    "tháng",    "lúc",      "giờ",       "gmt",      "utc",      "ict",
    "sáng",    "chiều",    "tối",      "am",        "pm",       "h",        "january",
    "february", "march",   "april",    "may",       "june",     "july",     "august",
    "september", "october", "november", "december", "jan",      "feb",      "mar",
    "apr",     "jun",      "jul",      "aug",       "sep",      "sept",     "oct",
    "nov",     "dec",      "on",       "at",        "last",
};
/* Words that mark a line as the story's own time stamp: weekdays and "updated", "đăng". */
static const char *const stamp_words[] = {
    "thứ",     "chủ",      "nhật",     "cập",       "đăng",     "monday",   "tuesday",
    "wednesday", "thursday", "friday", "saturday",  "sunday",   "mon",      "tue",
    "wed",     "thu",      "fri",      "sat",       "sun",      "published", "updated",
    "posted",  "modified",
};

static gboolean in_words(const char *w, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(w, words[i]) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Does the text hold a time of day ("20:15", "8h30")? */
static gboolean has_time_of_day(const char *s)
{
    for (const char *p = s; *p != '\0'; p++) {
        if (g_ascii_isdigit(p[0]) && (p[1] == ':' || p[1] == 'h') && g_ascii_isdigit(p[2]) &&
            g_ascii_isdigit(p[3])) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * Is the line a time stamp and nothing else: a date, every word one of date_words or
 * stamp_words, and a time of day, a weekday or a word such as "updated", or the date the
 * article was published ("Thứ sáu, 22/08/2025 - 20:15", "Updated on July 9, 2025")? A bare
 * date of another day may be content (a list of events), and stays.
 */
static gboolean is_time_stamp_line(const html_extraction *x, const char *s)
{
    char *low, *date;
    char **words;
    gboolean only = TRUE, stamp;
    if (html_utf8_len(s) > 80 || (date = html_meta_find_date(s)) == NULL) {
        return FALSE;
    }
    stamp = has_time_of_day(s) || (x->published != NULL && strcmp(date, x->published) == 0);
    g_free(date);
    low = g_utf8_casefold(s, -1);
    for (char *p = low; *p != '\0'; p = g_utf8_next_char(p)) {
        if (!g_unichar_isalpha(g_utf8_get_char(p)) && !g_unichar_ismark(g_utf8_get_char(p))) {
            memset(p, ' ', (size_t)(g_utf8_next_char(p) - p));
        }
    }
    words = g_strsplit(low, " ", -1);
    for (char **w = words; *w != NULL && only; w++) {
        if (**w == '\0' || in_words(*w, date_words, G_N_ELEMENTS(date_words))) {
            continue;
        }
        only = in_words(*w, stamp_words, G_N_ELEMENTS(stamp_words));
        stamp |= only;
    }
    g_strfreev(words);
    g_free(low);
    return only && stamp;
}

/*
 * A line of tags: "Từ khóa: ...", "Tags: ...", or hashtags ("#điểm chuẩn #tuyển sinh 2025"):
 * words, each "#" opening one, nothing else; a single "#" tag must start in lower case (not
 * a heading written "#Key Principles" or "#Conclusion").
 */
static gboolean is_tag_line(const char *s)
{
    static const char *const prefixes[] = {"từ khóa", "từ khoá", "tags", "tag", "keywords",
                                           "thẻ"};
    size_t len = html_utf8_len(s);
    char *low;
    gboolean tags = FALSE;
    if (len > 300) {
        return FALSE;
    }
    if (s[0] == '#') {
        size_t hashes = 0;
        for (const char *p = s; *p != '\0'; p = g_utf8_next_char(p)) {
            gunichar c = g_utf8_get_char(p);
            if (c == '#') {
                gunichar next = g_utf8_get_char(p + 1);
                if ((p > s && p[-1] != ' ') || !g_unichar_isalpha(next)) {
                    return FALSE;
                }
                hashes++;
            } else if (c != ' ' && !g_unichar_isalnum(c) && !g_unichar_ismark(c) && c != '_' && c != '-') {
                return FALSE;
            }
        }
        return hashes >= 2 || g_unichar_islower(g_utf8_get_char(s + 1));
    }
    low = g_utf8_casefold(s, -1);
    for (size_t i = 0; i < G_N_ELEMENTS(prefixes) && !tags; i++) {
        size_t n = strlen(prefixes[i]);
        if (strncmp(low, prefixes[i], n) == 0) {
            const char *rest = low + n;
            while (*rest == ' ') {
                rest++;
            }
            tags = *rest == ':';
        }
    }
    g_free(low);
    return tags;
}

/* Removes block i from the array, freeing its strings. */
static void drop_block(GArray *blocks, guint i)
{
    html_block_clear(&g_array_index(blocks, html_block, i));
    g_array_remove_index(blocks, i);
}

char *html_blocks_tidy(html_extraction *x)
{
    GArray *in = x->blocks;
    GArray *out = g_array_new(FALSE, TRUE, sizeof(html_block));
    char *byline = NULL;
    gboolean body_started = FALSE;

    for (guint i = 0; i < in->len; i++) {
        html_block *b = &g_array_index(in, html_block, i);
        const html_block *prev = out->len > 0 ? &g_array_index(out, html_block, out->len - 1) : NULL;
        gboolean drop = same_text(b->text, x->title) || same_text(b->text, x->lead) ||
                        is_furniture_line(b->text) ||
                        (b->type != DOCBAO_BLOCK_CAPTION && !(b->flags & BLOCK_TABLE_ROW) &&
                         (is_tag_line(b->text) || is_time_stamp_line(x, b->text))) ||
                        (prev != NULL && b->type != DOCBAO_BLOCK_PARAGRAPH &&
                         same_text(prev->text, b->text));
        if (!drop && b->type != DOCBAO_BLOCK_CAPTION) {
            /* Links with a few words around them: "Read: <a>another story</a>". */
            drop = b->link_density > 0.6 && !(b->flags & BLOCK_TABLE_ROW);
            /* Before the story starts: its date and byline lines. */
            if (!drop && !body_started) {
                drop = is_date_line(b->text);
            }
        }
        if (drop) {
            html_block_clear(b);
        } else {
            body_started |= b->type != DOCBAO_BLOCK_CAPTION;
            g_array_append_val(out, *b);
        }
    }
    g_array_set_size(in, 0);
    g_array_unref(in);
    x->blocks = out;

    /* The lead may open the body as its first, bold paragraph. */
    if (x->lead == NULL && out->len > 1) {
        html_block *b = &g_array_index(out, html_block, 0);
        if (b->type == DOCBAO_BLOCK_PARAGRAPH && (b->flags & BLOCK_BOLD) &&
            html_utf8_len(b->text) >= 60 && !(b->flags & BLOCK_TABLE_ROW)) {
            x->lead = b->text;
            b->text = NULL;
            drop_block(out, 0);
        }
    }
    /* A byline closes the body, possibly followed by a source line or a caption. */
    for (guint k = 0; k < 3 && k < out->len && byline == NULL; k++) {
        guint i = out->len - 1 - k;
        html_block *b = &g_array_index(out, html_block, i);
        if (b->type != DOCBAO_BLOCK_PARAGRAPH && b->type != DOCBAO_BLOCK_HEADING) {
            continue;
        }
        byline = byline_of(b);
        if (byline != NULL) {
            drop_block(out, i);
        } else if (html_utf8_len(b->text) >= 60) {
            break; /* the story's text: no byline after it */
        }
    }
    /* Or opens it: "By Jane Doe", "Theo Hà Thu". */
    if (byline == NULL && out->len > 1) {
        html_block *b = &g_array_index(out, html_block, 0);
        if (b->type == DOCBAO_BLOCK_PARAGRAPH &&
            (g_str_has_prefix(b->text, "By ") || g_str_has_prefix(b->text, "Theo ") ||
             g_str_has_prefix(b->text, "Tác giả"))) {
            byline = byline_of(b);
            if (byline != NULL) {
                drop_block(out, 0);
            }
        }
    }
    /* Short bold paragraphs without final punctuation are in-body headings. */
    for (guint i = 0; i + 1 < out->len; i++) {
        html_block *b = &g_array_index(out, html_block, i);
        if (b->type == DOCBAO_BLOCK_PARAGRAPH && (b->flags & BLOCK_BOLD) &&
            !(b->flags & BLOCK_TABLE_ROW) && !ends_sentence(b->text) &&
            html_utf8_len(b->text) < 160) {
            b->type = DOCBAO_BLOCK_HEADING;
        }
    }
    /* Headings with nothing after them announced what was left out (related stories). */
    while (out->len > 0 &&
           g_array_index(out, html_block, out->len - 1).type == DOCBAO_BLOCK_HEADING) {
        drop_block(out, out->len - 1);
    }
    return byline;
}

void html_blocks_drop_author(html_extraction *x, const char *author)
{
    GArray *blocks = x->blocks;
    guint first_long = blocks->len, last_long = 0;
    if (author == NULL) {
        return;
    }
    for (guint i = 0; i < blocks->len; i++) {
        const html_block *b = &g_array_index(blocks, html_block, i);
        if (b->type != DOCBAO_BLOCK_CAPTION && html_utf8_len(b->text) >= 60) {
            first_long = MIN(first_long, i);
            last_long = i;
        }
    }
    for (guint i = blocks->len; i-- > 0;) {
        const html_block *b = &g_array_index(blocks, html_block, i);
        char *names;
        gboolean repeat;
        if ((i > first_long && i < last_long) ||
            (b->type != DOCBAO_BLOCK_PARAGRAPH && b->type != DOCBAO_BLOCK_HEADING) ||
            (b->flags & BLOCK_TABLE_ROW) || html_utf8_len(b->text) > 70) {
            continue;
        }
        names = html_byline_names(b->text, TRUE);
        repeat = same_text(b->text, author) ||
                 (names != NULL && g_utf8_collate(names, author) == 0);
        g_free(names);
        if (repeat) {
            drop_block(blocks, i);
        }
    }
}
