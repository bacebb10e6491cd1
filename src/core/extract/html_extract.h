/*
 * The state of one extraction, shared by html_extract.c (finding the article) and
 * html_blocks.c (reading it into blocks). Internal.
 */
#ifndef DOCBAO_HTML_EXTRACT_H
#define DOCBAO_HTML_EXTRACT_H

#include <glib.h>

#include "docbao/article.h"
#include "extract/html_dom.h"
#include "extract/html_meta.h"

/* What the walk noticed about a block. */
enum {
    BLOCK_BOLD = 1u << 0,      /* nearly all its text is bold */
    BLOCK_ITALIC = 1u << 1,    /* nearly all its text is italic */
    BLOCK_CENTERED = 1u << 2,  /* centred */
    BLOCK_RIGHT = 1u << 3,     /* right-aligned */
    BLOCK_TABLE_ROW = 1u << 4, /* a row of a data table */
    BLOCK_ALT_TEXT = 1u << 5,  /* a caption taken from an image's alt text */
    BLOCK_AFTER_IMAGE = 1u << 6, /* the first text after an image */
};

/* A block found by the walk, before it becomes an article block. */
typedef struct {
    docbao_block_type type;
    char *text;          /* cleaned (dbi_text_clean), never empty */
    char *image;         /* for captions: the image's source, or NULL */
    const dom_info *elem; /* the element its first text is in */
    uint32_t flags;      /* BLOCK_* */
    double link_density; /* share of its characters inside links */
} html_block;

typedef struct {
    dom_page *page;
    html_meta meta;
    const dom_info *title_el; /* the headline element, or NULL */
    char *title;
    const dom_info *lead_el; /* the lead's element, or NULL */
    char *lead;
    char *published;         /* "YYYY-MM-DD" once html_find_date() ran, or NULL */
    GPtrArray *roots;        /* const dom_info *: the article's containers, in document order */
    GArray *blocks;          /* html_block */
    /*
     * Per element (by order): headline links (links of 20 characters or more) in its subtree,
     * and its prose: text outside links in runs of 30 characters or more that are not a
     * teaser's summary (a run right after a headline link). Removed parts count for neither.
     */
    uint32_t *headlines;
    uint32_t *prose;
    uint32_t page_headlines; /* headline links in the whole page, furniture included */
} html_extraction;

/* Is the element left out of the article: hidden, skipped, or marked as furniture? */
static inline gboolean html_is_removed(const dom_info *i)
{
    return (i->flags & (DOM_REMOVED | DOM_INVISIBLE)) != 0;
}

/* The length of a UTF-8 string in characters; 0 for NULL. */
static inline size_t html_utf8_len(const char *s)
{
    return s != NULL ? (size_t)g_utf8_strlen(s, -1) : 0;
}

/*
 * Reads the roots into x->blocks in reading order: paragraphs (and <br>-separated runs),
 * headings, quotes, list items, data-table rows and captions, leaving out what is furniture
 * inside the article (link lists, share bars, "read more" lines).
 */
void html_blocks_collect(html_extraction *x);

/*
 * Cleans the collected blocks: drops repeats of the title and lead and boilerplate lines,
 * turns bold one-line paragraphs into headings, takes a bold opening paragraph as the lead
 * when there is none, and takes the byline off the end (or start) of the body. Returns the
 * byline's names (new string) or NULL.
 */
char *html_blocks_tidy(html_extraction *x);

/*
 * Drops the blocks that only repeat the author (a byline line or heading before the story's
 * first paragraph or after its last one: "Hà Thu", "Theo Hà Thu"). author may be NULL.
 */
void html_blocks_drop_author(html_extraction *x, const char *author);

/*
 * The author names in a byline ("Theo Hồ Hương", "NHẬT XUÂN - NGHI VŨ", "By Jane Doe"):
 * prefixes and "(tổng hợp)" removed, several names joined by ", "; an agency after a dash
 * follows the names in parentheses ("Minh Anh - Sở Thông tin và Truyền thông" gives "Minh Anh
 * (Sở Thông tin và Truyền thông)"). NULL when the text does not read as names (a sentence,
 * lower-case words, a domain). styled: the line is bold, italic or right-aligned, which allows
 * longer names.
 */
char *html_byline_names(const char *text, gboolean styled);

/* Frees one block's strings. */
void html_block_clear(html_block *b);

/*
 * Is (nearly) all of an element's visible text bold (b, strong, font-weight: bold)? Nine
 * characters in ten at least; FALSE for an element without text.
 */
gboolean html_mostly_bold(const html_extraction *x, const dom_info *e);

/* The cleaned visible text of an element (dom_text without removed parts), or NULL. */
char *html_element_text(const html_extraction *x, const dom_info *e);

#endif
