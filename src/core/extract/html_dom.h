/*
 * The page as the extractor sees it: libxml2's tree plus one record of facts per element,
 * computed once by dom_page_new() and reached in constant time from the node. Internal.
 *
 * Every traversal here is iterative, so a page nested 100000 levels deep cannot exhaust the
 * stack, and every per-page computation is linear in the size of the tree.
 */
#ifndef DOCBAO_HTML_DOM_H
#define DOCBAO_HTML_DOM_H

#include <glib.h>
#include <libxml/tree.h>
#include <stdint.h>

/* The elements the extractor tells apart; every other name is DOM_TAG_OTHER. */
typedef enum {
    DOM_TAG_OTHER = 0,
    DOM_TAG_A,
    DOM_TAG_ADDRESS,
    DOM_TAG_ARTICLE,
    DOM_TAG_ASIDE,
    DOM_TAG_AUDIO,
    DOM_TAG_B,
    DOM_TAG_BLOCKQUOTE,
    DOM_TAG_BODY,
    DOM_TAG_BR,
    DOM_TAG_BUTTON,
    DOM_TAG_CANVAS,
    DOM_TAG_CAPTION,
    DOM_TAG_CENTER,
    DOM_TAG_CODE,
    DOM_TAG_DD,
    DOM_TAG_DETAILS,
    DOM_TAG_DIALOG,
    DOM_TAG_DIV,
    DOM_TAG_DL,
    DOM_TAG_DT,
    DOM_TAG_EM,
    DOM_TAG_EMBED,
    DOM_TAG_FIELDSET,
    DOM_TAG_FIGCAPTION,
    DOM_TAG_FIGURE,
    DOM_TAG_FONT,
    DOM_TAG_FOOTER,
    DOM_TAG_FORM,
    DOM_TAG_H1,
    DOM_TAG_H2,
    DOM_TAG_H3,
    DOM_TAG_H4,
    DOM_TAG_H5,
    DOM_TAG_H6,
    DOM_TAG_HEAD,
    DOM_TAG_HEADER,
    DOM_TAG_HGROUP,
    DOM_TAG_HR,
    DOM_TAG_HTML,
    DOM_TAG_I,
    DOM_TAG_IFRAME,
    DOM_TAG_IMG,
    DOM_TAG_INPUT,
    DOM_TAG_LABEL,
    DOM_TAG_LI,
    DOM_TAG_LINK,
    DOM_TAG_MAIN,
    DOM_TAG_MAP,
    DOM_TAG_MATH,
    DOM_TAG_MENU,
    DOM_TAG_META,
    DOM_TAG_NAV,
    DOM_TAG_NOSCRIPT,
    DOM_TAG_OBJECT,
    DOM_TAG_OL,
    DOM_TAG_OPTION,
    DOM_TAG_P,
    DOM_TAG_PICTURE,
    DOM_TAG_PRE,
    DOM_TAG_SCRIPT,
    DOM_TAG_SECTION,
    DOM_TAG_SELECT,
    DOM_TAG_SOURCE,
    DOM_TAG_SPAN,
    DOM_TAG_STRONG,
    DOM_TAG_STYLE,
    DOM_TAG_SUMMARY,
    DOM_TAG_SVG,
    DOM_TAG_TABLE,
    DOM_TAG_TBODY,
    DOM_TAG_TD,
    DOM_TAG_TEMPLATE,
    DOM_TAG_TEXTAREA,
    DOM_TAG_TFOOT,
    DOM_TAG_TH,
    DOM_TAG_THEAD,
    DOM_TAG_TIME,
    DOM_TAG_TITLE,
    DOM_TAG_TR,
    DOM_TAG_UL,
    DOM_TAG_VIDEO,
    DOM_TAG_COUNT
} dom_tag;

/* The tag of an element name (lower case, as libxml2's HTML parser gives it). */
dom_tag dom_tag_of_name(const char *name);

/* Elements that end a run of text: paragraphs, containers, list items, cells, headings. */
gboolean dom_tag_is_block(dom_tag tag);
/* Elements whose content is never article text: scripts, styles, form controls, media. */
gboolean dom_tag_is_skipped(dom_tag tag);
/* h1 to h6. */
gboolean dom_tag_is_heading(dom_tag tag);

/*
 * Facts about an element. The IN_ flags are inherited: the element or one of its ancestors has
 * the property (alignment comes from the nearest element that sets one, through inline
 * elements, paragraphs, divisions and cells only).
 */
enum {
    DOM_HIDDEN = 1u << 0,        /* hidden attribute, aria-hidden, display:none, a hiding class */
    DOM_SKIPPED = 1u << 1,       /* a skipped tag (dom_tag_is_skipped) */
    DOM_INVISIBLE = 1u << 2,     /* hidden or skipped, itself or an ancestor */
    DOM_HAS_BLOCK = 1u << 3,     /* a visible block element (dom_tag_is_block) is below it */
    DOM_REMOVED = 1u << 4,       /* set by the extractor: furniture, never read */
    DOM_IN_LINK = 1u << 5,       /* inside an <a href>, or is one */
    DOM_IN_BOLD = 1u << 6,       /* b, strong, font-weight: bold */
    DOM_IN_ITALIC = 1u << 7,     /* i, em, font-style: italic */
    DOM_IN_CENTER = 1u << 8,     /* center, align=center, text-align: center */
    DOM_IN_RIGHT = 1u << 9,      /* align=right, text-align: right */
    DOM_IN_HEADING = 1u << 10,   /* h1 to h6 */
    DOM_IN_LIST_ITEM = 1u << 11, /* li */
    DOM_IN_QUOTE = 1u << 12,     /* blockquote */
    DOM_IN_FIGCAPTION = 1u << 13, /* figcaption */
    DOM_IN_CELL = 1u << 14,      /* td, th */
};

/*
 * What a hints function returns for an element with a class or id that hides it ("hidden",
 * "d-none", ...): the element is then flagged DOM_HIDDEN. Other bits are the caller's own.
 */
#define DOM_HINT_HIDDEN (1u << 31)

/* One element's record. Counts cover visible text only. */
typedef struct dom_info {
    xmlNode *node;
    struct dom_info *parent; /* the parent element's record, NULL at the root */
    uint32_t order;          /* position in document order among elements, from 0 */
    uint32_t last;           /* order of the last element of its subtree (itself when a leaf) */
    uint32_t flags;          /* DOM_* */
    uint32_t hints;          /* from the hints function given to dom_page_new() */
    uint16_t tag;            /* dom_tag */
    uint16_t depth;          /* element depth, saturating at 65535 */
    /* Text in the element's own text-node children. */
    uint32_t own_chars;      /* visible characters (not white space) */
    uint32_t own_commas;     /* commas */
    /*
     * The element's own run of inline text: its text nodes and those of inline descendants,
     * not those below a nested block. As of the last dom_page_count(); zero for inline
     * elements, whose text counts in their block.
     */
    uint32_t flow_chars;
    uint32_t flow_link_chars;
    uint32_t flow_commas;
    /* Totals over the subtree, as of the last dom_page_count(). */
    uint32_t chars;          /* visible characters */
    uint32_t link_chars;     /* those inside links */
    uint32_t commas;         /* commas, ASCII and ideographic */
    uint32_t links;          /* <a href> elements */
    uint32_t paragraphs;     /* p elements with 40 visible characters or more */
    uint32_t images;         /* img elements */
    double score;            /* the extractor's content score */
} dom_info;

/* A parsed page and its records. */
typedef struct dom_page {
    xmlDoc *doc;
    xmlNode *root;
    dom_info *info; /* every element, in document order */
    size_t n_info;
} dom_page;

/*
 * Indexes a parsed document: one record per element in document order, with the tag, the
 * flags, the hints (hints_fn(element, hints_data); hints_fn may be NULL) and the subtree counts
 * of dom_page_count(page, 0). Takes ownership of doc, which dom_page_free() frees. Uses the
 * nodes' _private pointers. Returns NULL when the document has no root element (doc is then
 * freed).
 */
typedef uint32_t (*dom_hints_fn)(const xmlNode *element, void *data);
dom_page *dom_page_new(xmlDoc *doc, dom_hints_fn hints_fn, void *hints_data);

/* Frees the records and the document. NULL does nothing. */
void dom_page_free(dom_page *page);

/*
 * Recomputes every subtree total, leaving out invisible elements and those with any of the
 * exclude flags (with their subtrees). One pass over the records, children before parents.
 */
void dom_page_count(dom_page *page, uint32_t exclude);

/* The record of an element, or of a text node's parent element; NULL for anything else. */
dom_info *dom_get(const dom_page *page, const xmlNode *n);

/* Is a inside b's subtree (or b itself)? Both are records of the same page. */
static inline gboolean dom_within(const dom_info *a, const dom_info *b)
{
    return a->order >= b->order && a->order <= b->last;
}

/* Share of a record's text inside links, in [0, 1]. */
static inline double dom_link_density(const dom_info *i)
{
    return i->chars > 0 ? (double)i->link_chars / (double)i->chars : 0.0;
}

/*
 * Visits root's subtree in document order without recursion. enter is called on each node
 * (elements, text, others) and returns whether to visit its children; leave (may be NULL) is
 * called on each element after its children, or right after enter when they were not visited.
 * With include_root false the walk covers only root's descendants.
 */
typedef gboolean (*dom_enter_fn)(xmlNode *n, void *data);
typedef void (*dom_leave_fn)(xmlNode *n, void *data);
void dom_walk(xmlNode *root, gboolean include_root, dom_enter_fn enter, dom_leave_fn leave,
              void *data);

/* Is n an element with this (lower-case) tag name? */
gboolean dom_is(const xmlNode *n, const char *tag);

/* The value of an attribute (case-insensitive name), owned by the tree; NULL when absent. */
const char *dom_attr(const xmlNode *n, const char *name);

/*
 * The visible text of a subtree: its text nodes joined, invisible elements left out, a space
 * at every block boundary and <br>. When skip (may be NULL) returns TRUE for an element, its
 * subtree is left out too. Not cleaned. Free with g_free().
 */
typedef gboolean (*dom_skip_fn)(const dom_info *element, void *data);
char *dom_text(const dom_page *page, const xmlNode *n, dom_skip_fn skip, void *data);

/* The raw text content of an element such as <script>, unmodified. Free with g_free(). */
char *dom_raw_text(const xmlNode *n);

/* Counts the characters of s that are not white space (NBSP and zero-width ones included). */
size_t dom_visible_chars(const char *s);

#endif
