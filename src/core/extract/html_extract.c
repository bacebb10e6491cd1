/*
 * Article extraction from HTML with libxml2's HTML parser.
 *
 * 1. The bytes become UTF-8 (html_charset.c); text typed in legacy Vietnamese fonts (TCVN3,
 *    VNI) is converted to Unicode (vi_legacy_encoding.c).
 * 2. libxml2 parses the page; dom_page_new() indexes it once: tags, visibility, inherited
 *    styles, class/id hints (html_hints.c) and text counts per element.
 * 3. Metadata (html_meta.c) gives reference values: headline, dates, authors, description.
 * 4. Furniture is marked by name, role and tag (menus, related stories, share bars, ads,
 *    comments), with guards for the named article body and for what holds most of the prose.
 * 5. The article's container is found by scoring runs of text (length, commas, link density)
 *    into their ancestors, then widened to ancestors and siblings that share the article.
 * 6. Pages that list articles (home and category pages) are told apart from articles.
 * 7. The title (found before step 4), lead, body blocks (html_blocks.c), date and author
 *    are read; a page whose text gives nothing falls back to JSON-LD articleBody.
 * Every step is linear in the size of the page and iterative.
 */
#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>

#include "docbao/article.h"
#include "docbao/text.h"
#include "extract/html_charset.h"
#include "extract/html_extract.h"
#include "extract/html_hints.h"
#include "extract/html_page.h"
#include "base/internal.h"
#include "extract/vi_legacy_encoding.h"
#include "base/xml_parse.h"
#include "text/lang_detect.h"

/* ---------------------------------------------------------------------------------------- */
/* Shared helpers                                                                            */

static gboolean skip_removed(const dom_info *e, void *data)
{
    return (e->flags & DOM_REMOVED) != 0;
}

char *html_element_text(const html_extraction *x, const dom_info *e)
{
    char *raw = dom_text(x->page, e->node, skip_removed, NULL);
    char *clean = html_clean_text(raw);
    g_free(raw);
    return clean;
}

typedef struct {
    const html_extraction *x;
    size_t chars, bold;
} bold_count;

static gboolean bold_enter(xmlNode *n, void *data)
{
    bold_count *b = data;
    if (n->type == XML_ELEMENT_NODE) {
        const dom_info *i = dom_get(b->x->page, n);
        return i != NULL && !html_is_removed(i);
    }
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != NULL) {
        const dom_info *parent = dom_get(b->x->page, n);
        size_t chars = dom_visible_chars((const char *)n->content);
        b->chars += chars;
        if (parent != NULL && (parent->flags & DOM_IN_BOLD)) {
            b->bold += chars;
        }
    }
    return FALSE;
}

gboolean html_mostly_bold(const html_extraction *x, const dom_info *e)
{
    bold_count b = {x, 0, 0};
    dom_walk(e->node, FALSE, bold_enter, NULL, &b);
    return b.chars > 0 && b.bold * 10 >= b.chars * 9;
}

/* ---------------------------------------------------------------------------------------- */
/* Legacy font encodings                                                                     */

typedef struct {
    const xmlNode *node; /* for scopes: the element naming the font; for texts: the text node */
    vi_legacy_kind kind; /* the font's encoding, or NONE */
    gboolean capitals;   /* a capitals-only TCVN3 font (.VnTimeH) */
} font_scope;

typedef struct {
    GArray *scopes;    /* font_scope: the open elements that name a legacy font */
    GArray *texts;     /* font_scope: text nodes with non-ASCII characters and their font */
    GString *text;     /* all their text, for the page-wide decision */
    vi_legacy_kind font_hint;
    size_t suspicious; /* Latin-1 characters that Vietnamese Unicode text does not use */
} legacy_scan;

/* The font family an element names (<font face>, style font-family), or NULL. */
static char *font_family_of(const xmlNode *n)
{
    const char *face = dom_attr(n, "face");
    const char *style;
    if (face != NULL) {
        return g_strdup(face);
    }
    style = dom_attr(n, "style");
    if (style != NULL) {
        const char *f = strstr(style, "font-family");
        if (f == NULL) {
            f = strstr(style, "FONT-FAMILY");
        }
        if (f != NULL) {
            const char *end = strchr(f, ';');
            return end != NULL ? g_strndup(f, (gsize)(end - f)) : g_strdup(f);
        }
    }
    return NULL;
}

static gboolean is_suspicious_latin1(gunichar c)
{
    /* Latin-1 letters and signs that Vietnamese in Unicode never needs. */
    static const char vietnamese[] = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
    if (c < 0xA1 || c > 0xFF) {
        return FALSE;
    }
    for (const char *p = vietnamese; *p != '\0'; p = g_utf8_next_char(p)) {
        if (g_utf8_get_char(p) == c) {
            return FALSE;
        }
    }
    return TRUE;
}

static gboolean legacy_enter(xmlNode *n, void *data)
{
    legacy_scan *s = data;
    if (n->type == XML_ELEMENT_NODE) {
        dom_tag tag = dom_tag_of_name((const char *)n->name);
        char *family;
        if (tag == DOM_TAG_SCRIPT || tag == DOM_TAG_STYLE || tag == DOM_TAG_TEMPLATE) {
            return FALSE;
        }
        family = font_family_of(n);
        if (family != NULL) {
            /* A font name opens a scope, legacy or not: an inner Unicode font ends an outer one. */
            font_scope f = {n, vi_legacy_font_kind(family), vi_legacy_font_is_capitals(family)};
            g_array_append_val(s->scopes, f);
            if (f.kind != VI_LEGACY_NONE) {
                s->font_hint = f.kind;
            }
            g_free(family);
        }
        return TRUE;
    }
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != NULL) {
        const char *t = (const char *)n->content;
        gboolean high = FALSE;
        for (const char *p = t; *p != '\0'; p++) {
            if ((unsigned char)*p >= 0x80) {
                high = TRUE;
                break;
            }
        }
        if (high) {
            font_scope f = {n, VI_LEGACY_NONE, FALSE};
            if (s->scopes->len > 0) {
                const font_scope *top = &g_array_index(s->scopes, font_scope, s->scopes->len - 1);
                f.kind = top->kind;
                f.capitals = top->capitals;
            }
            for (const char *p = t; *p != '\0'; p = g_utf8_next_char(p)) {
                s->suspicious += is_suspicious_latin1(g_utf8_get_char(p));
            }
            g_array_append_val(s->texts, f);
            g_string_append(s->text, t);
            g_string_append_c(s->text, ' ');
        }
    }
    return FALSE;
}

static void legacy_leave(xmlNode *n, void *data)
{
    legacy_scan *s = data;
    if (s->scopes->len > 0 && g_array_index(s->scopes, font_scope, s->scopes->len - 1).node == n) {
        g_array_set_size(s->scopes, s->scopes->len - 1);
    }
}

/*
 * Finds text written in TCVN3 or VNI fonts and converts it to Unicode in place. Text under a
 * legacy font's name is read with that font's table; other text follows a page-wide decision.
 * Text already in Unicode is never touched: a text node is converted only when that turns more
 * of its words into Vietnamese syllables (or as many, under a legacy font's name).
 */
static void fix_legacy_fonts(xmlDoc *doc)
{
    legacy_scan s = {0};
    s.scopes = g_array_new(FALSE, FALSE, sizeof(font_scope));
    s.texts = g_array_new(FALSE, FALSE, sizeof(font_scope));
    s.text = g_string_new(NULL);
    dom_walk(dbi_xml.xmlDocGetRootElement(doc), TRUE, legacy_enter, legacy_leave, &s);
    if (s.suspicious >= 3 || s.font_hint != VI_LEGACY_NONE) {
        vi_legacy_kind page_kind = vi_legacy_detect(s.text->str, (gssize)s.text->len, s.font_hint);
        for (guint k = 0; k < s.texts->len; k++) {
            const font_scope *f = &g_array_index(s.texts, font_scope, k);
            xmlNode *n = (xmlNode *)f->node;
            vi_legacy_kind kind = f->kind != VI_LEGACY_NONE ? f->kind : page_kind;
            char *conv;
            vi_syllable_counts before, after;
            if (kind == VI_LEGACY_NONE) {
                continue;
            }
            conv = vi_legacy_to_unicode((const char *)n->content, -1, kind);
            before = vi_syllable_score((const char *)n->content, -1, 0);
            after = vi_syllable_score(conv, -1, 0);
            if (after.valid > before.valid ||
                (after.valid == before.valid && f->kind != VI_LEGACY_NONE && after.words > 0)) {
                if (f->capitals) {
                    char *up = g_utf8_strup(conv, -1);
                    g_free(conv);
                    conv = up;
                }
                dbi_xml.xmlNodeSetContent(n, (const xmlChar *)conv);
            }
            g_free(conv);
        }
    }
    g_array_unref(s.scopes);
    g_array_unref(s.texts);
    g_string_free(s.text, TRUE);
}

/* ---------------------------------------------------------------------------------------- */
/* Elements left open                                                                        */

/*
 * Elements whose content is never read (controls, media, embedded frames) and that libxml2's
 * parser, unlike a browser's, leaves open when the page closes them badly: "<button><div>
 * </button>" keeps the button open to the end of the page, and the whole article with it. The
 * parser does not know HTML5's <video>, <audio> and <source> either: a video player whose
 * markup is slightly off hides the article written under it.
 */
static gboolean may_swallow(dom_tag tag)
{
    switch (tag) {
    case DOM_TAG_BUTTON:
    case DOM_TAG_SELECT:
    case DOM_TAG_OPTION:
    case DOM_TAG_TEXTAREA:
    case DOM_TAG_SVG:
    case DOM_TAG_MATH:
    case DOM_TAG_IFRAME:
    case DOM_TAG_OBJECT:
    case DOM_TAG_EMBED:
    case DOM_TAG_CANVAS:
    case DOM_TAG_VIDEO:
    case DOM_TAG_AUDIO:
    case DOM_TAG_SOURCE:
    case DOM_TAG_MAP:
    case DOM_TAG_DIALOG:
        return TRUE;
    default:
        return FALSE;
    }
}

typedef struct {
    xmlNode *node;
    dom_tag tag;
    uint32_t paragraphs; /* <p> elements below */
    uint32_t landmarks;  /* h1 to h3, <article>, <main> below */
} swallow_frame;

/*
 * Gives back what such an element swallowed: an element of may_swallow() that holds a
 * headline, an <article> or <main>, or three paragraphs or more (which none of them holds in a
 * page that closes it; a video's fallback is a line) is replaced by its children. One
 * iterative pass over the tree.
 */
static void unwrap_swallowing(xmlDoc *doc)
{
    GArray *stack = g_array_new(FALSE, FALSE, sizeof(swallow_frame));
    GPtrArray *unwrap = g_ptr_array_new();
    xmlNode *root = dbi_xml.xmlDocGetRootElement(doc);
    xmlNode *n = root;
    while (n != NULL) {
        swallow_frame f = {n, dom_tag_of_name((const char *)n->name), 0, 0};
        xmlNode *c = n->children;
        g_array_append_val(stack, f);
        while (c != NULL && c->type != XML_ELEMENT_NODE) {
            c = c->next;
        }
        if (c != NULL) {
            n = c;
            continue;
        }
        /* Leave elements until one has a next element sibling. */
        for (;;) {
            swallow_frame done = g_array_index(stack, swallow_frame, stack->len - 1);
            xmlNode *next;
            g_array_set_size(stack, stack->len - 1);
            if (may_swallow(done.tag) &&
                (done.landmarks > 0 || done.paragraphs >= 3)) {
                g_ptr_array_add(unwrap, done.node);
            }
            if (stack->len == 0) {
                n = NULL;
                break;
            }
            {
                swallow_frame *up = &g_array_index(stack, swallow_frame, stack->len - 1);
                up->paragraphs += done.paragraphs + (done.tag == DOM_TAG_P);
                up->landmarks += done.landmarks + (done.tag == DOM_TAG_H1 ||
                                                   done.tag == DOM_TAG_H2 ||
                                                   done.tag == DOM_TAG_H3 ||
                                                   done.tag == DOM_TAG_ARTICLE ||
                                                   done.tag == DOM_TAG_MAIN);
            }
            next = done.node->next;
            while (next != NULL && next->type != XML_ELEMENT_NODE) {
                next = next->next;
            }
            if (next != NULL) {
                n = next;
                break;
            }
        }
    }
    for (guint i = 0; i < unwrap->len; i++) {
        xmlNode *e = g_ptr_array_index(unwrap, i);
        while (e->children != NULL) {
            xmlNode *c = e->children;
            dbi_xml.xmlUnlinkNode(c);
            dbi_xml.xmlAddPrevSibling(e, c);
        }
        dbi_xml.xmlUnlinkNode(e);
        dbi_xml.xmlFreeNode(e);
    }
    g_ptr_array_unref(unwrap);
    g_array_unref(stack);
}

typedef struct {
    GString *scripts;    /* the text of the page's scripts, up to SCRIPT_TEXT_MAX bytes */
    GPtrArray *hidden;   /* xmlNode *: elements with the hidden attribute and an id */
} reveal_scan;

/* How much script text and how many hidden elements the scan looks at. */
#define SCRIPT_TEXT_MAX (4u * 1024 * 1024)
#define HIDDEN_WITH_ID_MAX 256

static gboolean reveal_enter(xmlNode *n, void *data)
{
    reveal_scan *r = data;
    if (n->type != XML_ELEMENT_NODE) {
        return FALSE;
    }
    if (dom_is(n, "script")) {
        if (r->scripts->len < SCRIPT_TEXT_MAX) {
            char *text = dom_raw_text(n);
            g_string_append(r->scripts, text);
            g_string_append_c(r->scripts, '\n');
            g_free(text);
        }
        return FALSE;
    }
    if (dom_attr(n, "hidden") != NULL && dom_attr(n, "id") != NULL &&
        dom_attr(n, "id")[0] != '\0' && r->hidden->len < HIDDEN_WITH_ID_MAX) {
        g_ptr_array_add(r->hidden, n);
    }
    return TRUE;
}

/*
 * Pages that stream their content (React's server rendering, among others) send it in an
 * element marked hidden and move it into place with a script that names the element's id
 * ($RC("B:0","S:0")). A browser shows that content; so does docbao: an element with the
 * hidden attribute whose id a script of the page quotes loses the attribute.
 */
static void reveal_streamed(xmlDoc *doc)
{
    reveal_scan r = {g_string_new(NULL), g_ptr_array_new()};
    dom_walk(dbi_xml.xmlDocGetRootElement(doc), TRUE, reveal_enter, NULL, &r);
    if (r.hidden->len > 0 && r.scripts->len > 0) {
        /* Every short string the scripts quote, in one pass; then each id is one look-up. */
        GHashTable *quoted = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        const char *p = r.scripts->str, *end = p + r.scripts->len;
        while (p < end) {
            const char *q;
            if (*p != '"' && *p != '\'') {
                p++;
                continue;
            }
            for (q = p + 1; q < end && q - p <= 64 && *q != *p && *q != '\n'; q++) {
            }
            if (q < end && *q == *p) {
                g_hash_table_add(quoted, g_strndup(p + 1, (gsize)(q - p - 1)));
                p = q + 1;
            } else {
                p++;
            }
        }
        for (guint i = 0; i < r.hidden->len; i++) {
            xmlNode *n = g_ptr_array_index(r.hidden, i);
            if (g_hash_table_contains(quoted, dom_attr(n, "id"))) {
                dbi_xml.xmlUnsetProp(n, (const xmlChar *)"hidden");
            }
        }
        g_hash_table_destroy(quoted);
    }
    g_string_free(r.scripts, TRUE);
    g_ptr_array_unref(r.hidden);
}

/* ---------------------------------------------------------------------------------------- */
/* Furniture                                                                                 */

/* Tags that hints may remove: containers and unknown elements, not inline phrasing. */
static gboolean removable_by_name(const dom_info *i)
{
    switch (i->tag) {
    case DOM_TAG_A:
    case DOM_TAG_B:
    case DOM_TAG_STRONG:
    case DOM_TAG_EM:
    case DOM_TAG_I:
    case DOM_TAG_FONT:
    case DOM_TAG_CODE:
    case DOM_TAG_TIME:
    case DOM_TAG_BR:
    case DOM_TAG_IMG:
    case DOM_TAG_BODY:
    case DOM_TAG_HTML:
    case DOM_TAG_P:
    case DOM_TAG_TD:
    case DOM_TAG_TR:
    case DOM_TAG_TBODY:
        return FALSE;
    case DOM_TAG_SPAN:
    case DOM_TAG_LABEL:
        return (i->flags & DOM_HAS_BLOCK) != 0;
    default:
        return TRUE;
    }
}

/* Headings that announce other stories, compared case-insensitively with the whole heading. */
static const char *const related_headings[] = {
    "related",          "related articles",  "related stories",     "related posts",
    "related news",     "related content",   "related coverage",    "more stories",
    "more news",        "more from",         "more like this",      "you may also like",
    "you might also like", "recommended",    "recommended for you", "read more",
    "read next",        "most read",         "most popular",        "popular",
    "trending",         "trending now",      "latest news",         "see also",
    "tin liên quan",    "bài liên quan",     "tin cùng chuyên mục", "tin khác",
    "xem thêm",         "đọc thêm",          "có thể bạn quan tâm", "tin mới",
    "tin mới nhất",     "đọc nhiều",         "xem nhiều",           "tin nổi bật",
    "bài viết liên quan", "cùng chuyên mục", "tin tức liên quan",
};

/*
 * Does the element open with a heading that announces other stories ("Related stories",
 * "Tin liên quan", or a heading named so)? Then the element is a box of them.
 */
static gboolean opens_with_related_heading(const html_extraction *x, const dom_info *i)
{
    for (const xmlNode *c = i->node->children; c != NULL; c = c->next) {
        const dom_info *h = c->type == XML_ELEMENT_NODE ? dom_get(x->page, c) : NULL;
        char *text, *low;
        gboolean related = FALSE;
        if (c->type == XML_TEXT_NODE && c->content != NULL &&
            dom_visible_chars((const char *)c->content) > 0) {
            return FALSE;
        }
        if (h == NULL || (h->flags & DOM_INVISIBLE) || h->chars == 0) {
            continue;
        }
        if (h->chars > 60 || h->links > 1 ||
            !(dom_tag_is_heading((dom_tag)h->tag) || (h->hints & HINT_TITLE) ||
              (h->flags & DOM_IN_BOLD))) {
            return FALSE;
        }
        if (h->hints & HINT_RELATED) {
            return TRUE;
        }
        text = html_element_text(x, h);
        low = text != NULL ? g_utf8_casefold(text, -1) : NULL;
        if (low != NULL) {
            g_strstrip(low);
            while (g_str_has_suffix(low, ":") || g_str_has_suffix(low, "…")) {
                low[strlen(low) - (g_str_has_suffix(low, ":") ? 1 : 3)] = '\0';
                g_strstrip(low);
            }
            for (size_t r = 0; r < G_N_ELEMENTS(related_headings) && !related; r++) {
                related = strcmp(low, related_headings[r]) == 0;
            }
        }
        g_free(low);
        g_free(text);
        return related;
    }
    return FALSE;
}

/*
 * Marks page furniture DOM_REMOVED: navigation, asides and footers by tag; menus, related
 * stories, share bars, ads, comments, tags and subscription boxes by name; sidebars and
 * widgets by name when they hold little prose or mostly links, unless side-named blocks make up
 * an element holding most of the running text (page builders); boxes that open with a "related
 * stories" heading. A name never removes the element named as the article body (unless it is
 * a comment), nor one that holds most of the page's prose (some sites name their main column
 * "sidebar-content" or "story-share-wrapper"; for menu, dialog and comment names it must also
 * hold the headline); its furniture children go one by one. Needs x->title_el.
 */
static void mark_furniture(html_extraction *x)
{
    dom_page *page = x->page;
    uint32_t *mass = g_new0(uint32_t, page->n_info);
    guint8 *has_body = g_new0(guint8, page->n_info);
    uint32_t *side_mass = g_new0(uint32_t, page->n_info);
    uint32_t *side_max = g_new0(uint32_t, page->n_info);
    guint8 *builder = g_new0(guint8, page->n_info);
    uint32_t total_mass;
    /* Running text per subtree: the text outside links in runs of 80 characters or more. */
    for (size_t k = page->n_info; k-- > 0;) {
        const dom_info *i = &page->info[k];
        uint32_t own = i->flow_chars - i->flow_link_chars;
        if (i->flags & DOM_INVISIBLE) {
            continue;
        }
        if (own >= 80 && dom_tag_is_block((dom_tag)i->tag)) {
            mass[k] += own;
        }
        if ((i->hints & HINT_BODY) && mass[k] >= 100) {
            has_body[k] = 1;
        }
        if (i->parent != NULL) {
            mass[i->parent->order] += mass[k];
            has_body[i->parent->order] |= has_body[k];
            /* The running text inside side-named blocks (the outermost ones), and the most
             * any one of them holds. */
            uint32_t cover = (i->hints & HINT_SIDE) ? mass[k] : side_mass[k];
            uint32_t biggest = (i->hints & HINT_SIDE) ? mass[k] : side_max[k];
            side_mass[i->parent->order] += cover;
            side_max[i->parent->order] = MAX(side_max[i->parent->order], biggest);
        }
    }
    total_mass = mass[0];
    for (size_t k = 0; k < page->n_info; k++) {
        dom_info *i = &page->info[k];
        gboolean remove = FALSE;
        gboolean holds_article;
        if (i->flags & DOM_INVISIBLE) {
            continue;
        }
        if (i->parent != NULL && (i->parent->flags & DOM_REMOVED)) {
            i->flags |= DOM_REMOVED;
            continue;
        }
        /*
         * Page builders name every block of an article a widget: where side-named blocks,
         * none of which holds most of the page's running text, together make up (at any
         * depth) an element that does (not an <aside>, with six paragraphs and 1200
         * characters of running text or more), side names below it are that text's, not a
         * sidebar's. (When one of them holds most of it, it is the article's column and the
         * others are sidebars.)
         */
        if (i->parent != NULL) {
            const dom_info *up = i->parent;
            builder[k] = builder[up->order] ||
                         (up->tag != DOM_TAG_ASIDE && up->paragraphs >= 6 &&
                          mass[up->order] >= 1200 && mass[up->order] * 2 > total_mass &&
                          side_mass[up->order] * 5 >= mass[up->order] * 4 &&
                          side_max[up->order] * 2 <= total_mass);
        }
        /* The element named as the article body, or most of the page's running text. */
        holds_article = has_body[k] || (mass[k] * 2 > total_mass &&
                                         (i->paragraphs >= 3 || mass[k] >= 1000));
        switch (i->tag) {
        case DOM_TAG_NAV:
        case DOM_TAG_ASIDE:
        case DOM_TAG_FOOTER:
        case DOM_TAG_MENU:
            remove = !holds_article;
            break;
        case DOM_TAG_BODY:
        case DOM_TAG_HTML:
            break;
        default:
            if (!removable_by_name(i) || i->hints == 0) {
                break;
            }
            if ((i->hints & (HINT_COMMENT | HINT_FURNITURE)) && !(i->hints & HINT_BODY)) {
                /*
                 * Comments, menus, dialogs, footers: only the named article body, or most of
                 * the page's prose together with a content name, the headline or nine tenths
                 * of the prose, outweighs the name; for comments only the headline does.
                 */
                gboolean headline = x->title_el != NULL && dom_within(x->title_el, i);
                if (i->hints & HINT_COMMENT) {
                    /* Comment bodies are often named like articles ("entry-content"). */
                    remove = !(holds_article && headline);
                } else {
                    remove = !has_body[k] &&
                             !(holds_article && (headline || (i->hints & HINT_CONTENT) ||
                                                 mass[k] * 10 >= total_mass * 9));
                }
            } else if ((i->hints & HINT_BOILERPLATE) && !(i->hints & HINT_BODY)) {
                remove = !holds_article;
            } else if ((i->hints & HINT_SIDE) && !(i->hints & (HINT_CONTENT | HINT_BODY))) {
                remove = !holds_article && !builder[k] &&
                         (mass[k] * 5 < total_mass || i->link_chars * 5 > i->chars * 2);
            } else if ((i->hints & HINT_MEDIA) && !(i->hints & (HINT_CONTENT | HINT_BODY))) {
                remove = i->chars < 30 || i->link_chars * 2 > i->chars;
            }
            break;
        }
        if (!remove && i->chars > 0 && !has_body[k] && dom_tag_is_block((dom_tag)i->tag) &&
            !dom_tag_is_heading((dom_tag)i->tag) && i->tag != DOM_TAG_P &&
            opens_with_related_heading(x, i)) {
            remove = TRUE;
        }
        if (remove) {
            if (i->chars > 300) {
            }
            i->flags |= DOM_REMOVED;
        }
    }
    g_free(mass);
    g_free(side_mass);
    g_free(side_max);
    g_free(builder);
    g_free(has_body);
    dom_page_count(page, DOM_REMOVED);
}

/* ---------------------------------------------------------------------------------------- */
/* Title                                                                                     */

/* Share of the words of b found in a, relative to the longer of the two, in [0, 1]. */
static double word_overlap(const char *a, const char *b)
{
    char *la = g_utf8_strdown(a, -1);
    char *lb = g_utf8_strdown(b, -1);
    char **wa = g_strsplit(la, " ", -1);
    char **wb = g_strsplit(lb, " ", -1);
    GHashTable *set = g_hash_table_new(g_str_hash, g_str_equal);
    guint na = 0, nb = 0, shared = 0;
    double r;
    for (char **w = wa; *w != NULL; w++) {
        g_hash_table_add(set, *w);
        na++;
    }
    for (char **w = wb; *w != NULL; w++) {
        nb++;
        shared += g_hash_table_contains(set, *w);
    }
    r = (na == 0 || nb == 0) ? 0 : (double)shared / (double)MAX(na, nb);
    g_hash_table_destroy(set);
    g_strfreev(wa);
    g_strfreev(wb);
    g_free(la);
    g_free(lb);
    return r;
}

static gboolean may_hold_title(const dom_info *i)
{
    if (dom_tag_is_heading((dom_tag)i->tag) && i->tag <= DOM_TAG_H3) {
        return TRUE;
    }
    return (i->hints & HINT_TITLE) &&
           (i->tag == DOM_TAG_DIV || i->tag == DOM_TAG_SPAN || i->tag == DOM_TAG_TD ||
            i->tag == DOM_TAG_P || dom_tag_is_heading((dom_tag)i->tag) || i->tag == DOM_TAG_A ||
            i->tag == DOM_TAG_OTHER);
}

/*
 * The headline: the heading (or title-named element) that best matches the metadata's
 * headline, og:title or <title>; else the only h1; else the metadata itself.
 */
static void find_title(html_extraction *x)
{
    const char *refs[3] = {x->meta.ld_headline, x->meta.og_title, x->meta.doc_title};
    const dom_info *best = NULL, *first_h1 = NULL;
    double best_score = 0;
    char *best_text = NULL;
    int n_h1 = 0;
    size_t k = 0;
    while (k < x->page->n_info) {
        const dom_info *i = &x->page->info[k];
        char *text;
        double s = 0;
        if ((i->flags & DOM_INVISIBLE) || !may_hold_title(i) || i->chars < 4 || i->chars > 600) {
            k++;
            continue;
        }
        text = html_element_text(x, i);
        if (text != NULL && html_utf8_len(text) >= 4) {
            if (i->tag == DOM_TAG_H1 && !(i->flags & DOM_REMOVED)) {
                n_h1++;
                first_h1 = first_h1 != NULL ? first_h1 : i;
            }
            for (int r = 0; r < 3; r++) {
                if (refs[r] != NULL) {
                    s = MAX(s, strcmp(text, refs[r]) == 0 ? 1.5 : word_overlap(text, refs[r]));
                }
            }
            if (i->tag == DOM_TAG_H1) {
                s += 0.2;
            } else if (i->tag == DOM_TAG_H2 || (i->hints & HINT_TITLE)) {
                s += 0.1;
            }
            if (i->flags & DOM_REMOVED) {
                s -= 0.5;
            }
            if (s > best_score) {
                best_score = s;
                best = i;
                g_free(best_text);
                best_text = text;
                text = NULL;
            }
        }
        g_free(text);
        k = i->last + 1; /* a heading's descendants are not headings of their own */
    }
    if (best != NULL && best_score >= 0.7) {
        x->title_el = best;
        x->title = best_text;
        return;
    }
    g_free(best_text);
    if (n_h1 == 1) {
        x->title = html_element_text(x, first_h1);
        if (x->title != NULL) {
            x->title_el = first_h1;
            return;
        }
    }
    for (int r = 0; r < 3; r++) {
        if (refs[r] != NULL) {
            x->title = g_strdup(refs[r]);
            return;
        }
    }
}

/*
 * Is the element's text set large: a <font size> of 4 or more (or "+1" and up), or a
 * font-size of 16px, 12pt, 1.2em, 120 % or "large" and up, on the element or on one of its
 * descendants holding most of its text?
 */
static gboolean big_font(const html_extraction *x, const dom_info *e)
{
    for (uint32_t k = e->order; k <= e->last; k++) {
        const dom_info *d = &x->page->info[k];
        const char *size, *style, *fs;
        if (d->chars * 5 < e->chars * 4) {
            continue;
        }
        size = d->tag == DOM_TAG_FONT ? dom_attr(d->node, "size") : NULL;
        if (size != NULL && ((size[0] == '+' && g_ascii_isdigit(size[1]) && size[1] != '0') ||
                             (g_ascii_isdigit(size[0]) && atoi(size) >= 4))) {
            return TRUE;
        }
        style = dom_attr(d->node, "style");
        fs = style != NULL ? strstr(style, "font-size") : NULL;
        if (fs != NULL) {
            double v;
            char *end;
            fs += strlen("font-size");
            while (*fs == ' ' || *fs == ':') {
                fs++;
            }
            if (g_str_has_prefix(fs, "large") || g_str_has_prefix(fs, "x-large") ||
                g_str_has_prefix(fs, "xx-large")) {
                return TRUE;
            }
            v = g_ascii_strtod(fs, &end);
            if (end != fs && ((g_str_has_prefix(end, "px") && v >= 16) ||
                              (g_str_has_prefix(end, "pt") && v >= 12) ||
                              ((g_str_has_prefix(end, "em") || g_str_has_prefix(end, "rem")) &&
                               v >= 1.2) ||
                              (g_str_has_prefix(end, "%") && v >= 120))) {
                return TRUE;
            }
        }
    }
    return FALSE;
}

static const dom_info *first_paragraph(const html_extraction *x);

/*
 * A page whose headline is no heading (a portal in table layout: "<b><font size=4>" in a
 * cell) and whose <title> names only the site: the headline is the nearest block before the
 * body's first paragraph that is set bold or large, holds 4 to 40 words and no link, and ends
 * no sentence. Metadata that names the headline (JSON-LD, og:title) must agree with it. Runs
 * only when find_title() found no headline element.
 */
static void find_visual_title(html_extraction *x)
{
    const dom_info *first = first_paragraph(x);
    const char *named = x->meta.ld_headline != NULL ? x->meta.ld_headline : x->meta.og_title;
    uint32_t stop;
    if (x->title_el != NULL || first == NULL) {
        return;
    }
    stop = first->order > 80 ? first->order - 80 : 0;
    for (uint32_t k = first->order; k-- > stop;) {
        const dom_info *i = &x->page->info[k];
        char *text;
        int words = 1;
        if (html_is_removed(i) || dom_within(first, i) || !dom_tag_is_block((dom_tag)i->tag) ||
            i->chars != i->flow_chars || i->flow_chars < 15 || i->flow_chars > 250 ||
            i->flow_link_chars > 0 || (i->hints & (HINT_BYLINE | HINT_DATE | HINT_CAPTION))) {
            continue;
        }
        text = html_element_text(x, i);
        for (const char *p = text != NULL ? text : ""; *p != '\0'; p++) {
            words += *p == ' ';
        }
        if (text == NULL || words < 4 || words > 40 || strchr(".:;", text[strlen(text) - 1]) ||
            !(html_mostly_bold(x, i) || big_font(x, i))) {
            g_free(text);
            continue;
        }
        if (named != NULL && word_overlap(text, named) < 0.5) {
            g_free(text);
            return;
        }
        g_free(x->title);
        x->title = text;
        x->title_el = i;
        return;
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Scoring                                                                                   */

/* The score an element starts with, from its tag and its name. */
static double initial_score(const dom_info *i)
{
    double s = 0;
    switch (i->tag) {
    case DOM_TAG_DIV:
        s = 5;
        break;
    case DOM_TAG_ARTICLE:
        s = 10;
        break;
    case DOM_TAG_MAIN:
    case DOM_TAG_SECTION:
        s = 3;
        break;
    case DOM_TAG_TD:
    case DOM_TAG_BLOCKQUOTE:
    case DOM_TAG_PRE:
        s = 3;
        break;
    case DOM_TAG_FORM:
    case DOM_TAG_UL:
    case DOM_TAG_OL:
    case DOM_TAG_DL:
    case DOM_TAG_DD:
    case DOM_TAG_DT:
    case DOM_TAG_LI:
    case DOM_TAG_ADDRESS:
        s = -3;
        break;
    case DOM_TAG_TH:
        s = -5;
        break;
    default:
        if (dom_tag_is_heading((dom_tag)i->tag)) {
            s = -5;
        }
        break;
    }
    if (i->hints & HINT_BODY) {
        s += 50;
    } else if (i->hints & HINT_CONTENT) {
        s += 25;
    }
    if (i->hints & (HINT_SIDE | HINT_BOILERPLATE)) {
        s -= 25;
    }
    if (i->hints & (HINT_LEAD | HINT_TITLE | HINT_BYLINE | HINT_CAPTION | HINT_DATE)) {
        s -= 10;
    }
    return s;
}

/* Is this block's text a paragraph that lends its score to its parent (not itself)? */
static gboolean scores_parent(const dom_info *i)
{
    switch (i->tag) {
    case DOM_TAG_P:
    case DOM_TAG_PRE:
    case DOM_TAG_BLOCKQUOTE:
    case DOM_TAG_H2:
    case DOM_TAG_H3:
    case DOM_TAG_H4:
    case DOM_TAG_H5:
    case DOM_TAG_H6:
    case DOM_TAG_DD:
    case DOM_TAG_DT:
    case DOM_TAG_ADDRESS:
        return TRUE;
    default:
        return FALSE;
    }
}

static gboolean never_scored(const dom_info *i)
{
    return i->tag == DOM_TAG_LI || i->tag == DOM_TAG_FIGCAPTION || i->tag == DOM_TAG_CAPTION ||
           i->tag == DOM_TAG_H1 || i->tag == DOM_TAG_BODY || i->tag == DOM_TAG_HTML ||
           !dom_tag_is_block((dom_tag)i->tag) || (i->hints & HINT_CAPTION);
}

/*
 * Gives every run of text of 25 characters or more a score (one, plus one per comma, plus one
 * per hundred characters up to three, times the share not in links) and adds it to the
 * container that holds it, half to the next ancestor and a third of that per level above, up to
 * five levels. Paragraph-like elements give to their parent; containers with text of their own
 * (<div>text<br>text</div>) give to themselves.
 */
static void score_runs(html_extraction *x, gboolean *touched)
{
    dom_page *page = x->page;
    for (size_t k = 0; k < page->n_info; k++) {
        dom_info *i = &page->info[k];
        dom_info *target;
        double s, ld;
        if (html_is_removed(i) || never_scored(i) || i->flow_chars < 25 || i == x->title_el) {
            continue;
        }
        ld = (double)i->flow_link_chars / (double)i->flow_chars;
        s = (1.0 + i->flow_commas + MIN((double)i->flow_chars / 100.0, 3.0)) * (1.0 - ld);
        target = scores_parent(i) ? i->parent : i;
        for (int level = 0; target != NULL && level < 5; level++, target = target->parent) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            if (target->tag == DOM_TAG_HTML) {
                break;
            }
            if (!touched[target->order]) {
                touched[target->order] = TRUE;
                target->score = initial_score(target);
            }
            target->score += s / divider;
        }
    }
}

static double final_score(const dom_info *i)
{
    return i->score * (1.0 - dom_link_density(i));
}

/* The lowest element that holds both a and b. */
static const dom_info *common_ancestor(const dom_info *a, const dom_info *b)
{
    while (a != NULL && !dom_within(b, a)) {
        a = a->parent;
    }
    return a;
}

/*
 * Picks the article's container and the siblings that continue it. Returns FALSE when no
 * element scored.
 */
static gboolean find_body(html_extraction *x)
{
    dom_page *page = x->page;
    gboolean *touched = g_new0(gboolean, page->n_info);
    const dom_info *top[5] = {NULL, NULL, NULL, NULL, NULL};
    dom_info *best;
    double best_score;

    x->roots = g_ptr_array_new();
    score_runs(x, touched);
    for (size_t k = 0; k < page->n_info; k++) {
        const dom_info *i = &page->info[k];
        double s;
        if (!touched[k] || html_is_removed(i)) {
            continue;
        }
        s = final_score(i);
        for (int t = 0; t < 5; t++) {
            if (top[t] == NULL || s > final_score(top[t])) {
                memmove(&top[t + 1], &top[t], sizeof top[0] * (size_t)(4 - t));
                top[t] = i;
                break;
            }
        }
    }
    if (top[0] == NULL) {
        g_free(touched);
        return FALSE;
    }
    best = &page->info[top[0]->order];
    best_score = final_score(best);
    for (int t = 0; t < 5 && top[t] != NULL; t++) {
    }

    /* Several strong candidates under one ancestor: the article is split across them. */
    {
        int close = 0;
        const dom_info *common = best;
        for (int t = 1; t < 5 && top[t] != NULL; t++) {
            if (final_score(top[t]) >= best_score * 0.75 && !dom_within(top[t], best) &&
                !dom_within(best, top[t])) {
                close++;
                common = common_ancestor(common, top[t]);
            }
        }
        if (close >= 2 && common != NULL && common->tag != DOM_TAG_BODY &&
            common->tag != DOM_TAG_HTML) {
            best = &page->info[common->order];
        }
    }

    /*
     * Climb while the parent adds nothing (a wrapper) or adds text that reads like more of the
     * article: paragraphs, few links.
     */
    for (;;) {
        const dom_info *p = best->parent;
        uint32_t extra, extra_links, own;
        if (p == NULL || p->tag == DOM_TAG_BODY || p->tag == DOM_TAG_HTML) {
            break;
        }
        extra = p->chars - best->chars;
        extra_links = p->link_chars - best->link_chars;
        own = best->chars - best->link_chars;
        if (extra == 0 || (extra_links * 4 < extra && p->paragraphs > best->paragraphs &&
                           extra - extra_links >= own / 4)) {
            best = &page->info[p->order];
            continue;
        }
        break;
    }

    /* Siblings that continue the article join it. */
    best_score = final_score(best);
    if (best->parent == NULL || best->tag == DOM_TAG_BODY) {
        g_ptr_array_add(x->roots, best);
    } else {
        double threshold = MAX(10.0, best_score * 0.2);
        for (const xmlNode *c = best->parent->node->children; c != NULL; c = c->next) {
            const dom_info *s = c->type == XML_ELEMENT_NODE ? dom_get(page, c) : NULL;
            gboolean join = FALSE;
            if (s == NULL || html_is_removed(s)) {
                continue;
            }
            if (s == best) {
                join = TRUE;
            } else if (touched[s->order] && final_score(s) >= threshold) {
                join = TRUE;
            } else if (s->tag == DOM_TAG_P && s->chars >= 80 && dom_link_density(s) < 0.25) {
                join = TRUE;
            }
            if (join) {
                g_ptr_array_add(x->roots, (gpointer)s);
            }
        }
    }
    for (guint r = 0; r < x->roots->len; r++) {
    }
    g_free(touched);
    return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Pages that list articles                                                                  */

typedef enum { PAGE_ARTICLE, PAGE_LIST, PAGE_NOTHING } page_kind;

/* Is this element a headline link, or a heading or block made of one such link? */
static gboolean is_headline(const dom_info *i)
{
    if (i->chars < 15 || i->link_chars * 10 < i->chars * 8) {
        return FALSE;
    }
    if (i->tag == DOM_TAG_A) {
        return TRUE;
    }
    return i->links == 1 && (dom_tag_is_heading((dom_tag)i->tag) ||
                             dom_tag_is_block((dom_tag)i->tag) || i->tag == DOM_TAG_SPAN);
}

/*
 * Is this run of text a teaser's summary: the first text after a headline link in the same
 * box? Looks back over up to four earlier siblings, passing over short lines (a category, a
 * time), then up to two levels higher when the run opens its box.
 */
static gboolean is_summary(const dom_page *page, const dom_info *run)
{
    const dom_info *e = run;
    if (run->flow_chars >= 500) {
        return FALSE; /* a story's paragraph under its linked title (blogs), not a summary */
    }
    for (int level = 0; level < 3 && e != NULL; level++, e = e->parent) {
        int seen = 0; /* earlier siblings with text, all short so far */
        for (const xmlNode *c = e->node->prev; c != NULL && seen < 4; c = c->prev) {
            const dom_info *i = c->type == XML_ELEMENT_NODE ? dom_get(page, c) : NULL;
            if (i == NULL || (i->flags & DOM_INVISIBLE) || i->chars == 0) {
                if (c->type == XML_TEXT_NODE && c->content != NULL &&
                    dom_visible_chars((const char *)c->content) > 0) {
                    return FALSE; /* running text before it */
                }
                continue;
            }
            seen++;
            if (is_headline(i)) {
                return TRUE;
            }
            if (i->chars >= 40) {
                return FALSE;
            }
        }
        /* Only short lines (a time, a category) before it: the run opens its box; look up. */
    }
    return FALSE;
}

/* Counts headline links and prose per element (html_extraction.headlines, .prose). */
static void count_prose(html_extraction *x)
{
    const dom_page *page = x->page;
    size_t n = page->n_info;
    x->headlines = g_new0(uint32_t, n);
    x->prose = g_new0(uint32_t, n);
    for (size_t k = n; k-- > 0;) {
        const dom_info *i = &page->info[k];
        uint32_t own = i->flow_chars - i->flow_link_chars;
        if (i->flags & DOM_INVISIBLE) {
            continue;
        }
        if (i->tag == DOM_TAG_A && (i->flags & DOM_IN_LINK) && i->chars >= 20) {
            x->page_headlines++;
            if (!(i->flags & DOM_REMOVED)) {
                x->headlines[k]++;
            }
        }
        if (i->flags & DOM_REMOVED) {
            continue;
        }
        if (own >= 30 && dom_tag_is_block((dom_tag)i->tag) && !is_summary(page, i)) {
            x->prose[k] += own;
        }
        if (i->parent != NULL) {
            x->headlines[i->parent->order] += x->headlines[k];
            x->prose[i->parent->order] += x->prose[k];
        }
    }
}

/*
 * Tells an article from a page that lists articles (home, category, search pages): the chosen
 * containers hold little prose (summaries of teasers do not count), and the page holds many
 * headline links. A page with little prose and few headlines holds nothing worth reading.
 */
static page_kind classify_page(const html_extraction *x)
{
    uint32_t prose = 0;
    for (guint r = 0; r < x->roots->len; r++) {
        const dom_info *root = g_ptr_array_index(x->roots, r);
        prose += x->prose[root->order];
    }
    if (prose >= 150) {
        return PAGE_ARTICLE;
    }
    if (x->page_headlines >= 10) {
        return PAGE_LIST;
    }
    return prose > 0 ? PAGE_ARTICLE : PAGE_NOTHING;
}

/* ---------------------------------------------------------------------------------------- */
/* Lead                                                                                      */

/* Is the candidate lead's element placed like a lead: after the title, not inside lists? */
static gboolean placed_like_lead(const html_extraction *x, const dom_info *i)
{
    if (x->title_el != NULL && i->order < x->title_el->order) {
        return FALSE;
    }
    if (x->title_el != NULL && dom_within(x->title_el, i)) {
        return FALSE;
    }
    return !(i->flags & (DOM_IN_LIST_ITEM | DOM_IN_LINK | DOM_IN_FIGCAPTION)) && !html_is_removed(i);
}

/*
 * Is the element shaped like a lead: one block of prose, not a caption, a date or byline line,
 * nor a header that holds headings, pictures or dates?
 */
static gboolean shaped_like_lead(const html_extraction *x, const dom_info *i)
{
    const uint32_t not_lead = HINT_CAPTION | HINT_DATE | HINT_BYLINE | HINT_TITLE;
    if ((i->hints & not_lead) || i->tag == DOM_TAG_FIGURE || i->tag == DOM_TAG_FIGCAPTION ||
        i->tag == DOM_TAG_BODY || i->tag == DOM_TAG_LI) {
        return FALSE;
    }
    for (uint32_t k = i->order + 1; k <= i->last; k++) {
        const dom_info *d = &x->page->info[k];
        if (d->flags & DOM_INVISIBLE) {
            k = d->last;
            continue;
        }
        if ((d->hints & not_lead) || dom_tag_is_heading((dom_tag)d->tag) ||
            d->tag == DOM_TAG_FIGURE || d->tag == DOM_TAG_TIME || d->tag == DOM_TAG_TABLE ||
            d->tag == DOM_TAG_UL || d->tag == DOM_TAG_OL) {
            return FALSE;
        }
    }
    return TRUE;
}

/* Is the text prose: 40 characters or more in six words or more? */
static gboolean prose(const char *text)
{
    int words = 1;
    if (text == NULL || html_utf8_len(text) < 40) {
        return FALSE;
    }
    for (const char *p = text; *p != '\0'; p++) {
        words += *p == ' ';
    }
    return words >= 6;
}

static void take_lead(html_extraction *x, const dom_info *i, char *text)
{
    g_free(x->lead);
    x->lead = text;
    x->lead_el = i;
}

/* The first element of the containers with a run of 80 characters of prose, or NULL. */
static const dom_info *first_paragraph(const html_extraction *x)
{
    for (guint r = 0; r < x->roots->len; r++) {
        const dom_info *root = g_ptr_array_index(x->roots, r);
        for (uint32_t k = root->order; k <= root->last; k++) {
            const dom_info *i = &x->page->info[k];
            if (html_is_removed(i)) {
                k = i->last;
                continue;
            }
            if (i->flow_chars - i->flow_link_chars >= 80 && i != x->title_el) {
                return i;
            }
        }
    }
    return NULL;
}

/*
 * The lead: an element named as one ("sapo", "lead", "standfirst", "summary", ...) that sits
 * after the title and no later than the body's first paragraph, and reads as one block of
 * prose; else the first block between the title and the body when it repeats the page's
 * description.
 */
static void find_lead(html_extraction *x)
{
    const dom_page *page = x->page;
    const dom_info *first_root = x->roots->len > 0 ? g_ptr_array_index(x->roots, 0) : NULL;
    const dom_info *first_text = first_paragraph(x);
    uint32_t start = x->title_el != NULL ? x->title_el->last + 1 : 0;
    uint32_t limit = first_text != NULL ? first_text->order : (uint32_t)page->n_info - 1;

    for (uint32_t k = start; k < page->n_info && k <= limit; k++) {
        const dom_info *i = &page->info[k];
        if (html_is_removed(i)) {
            k = i->last;
            continue;
        }
        if ((i->hints & HINT_LEAD) && !(i->hints & (HINT_BODY | HINT_BOILERPLATE)) &&
            i->chars >= 40 && i->chars <= 1500 && i->paragraphs <= 2 &&
            dom_link_density(i) < 0.5 && placed_like_lead(x, i) && shaped_like_lead(x, i)) {
            char *text = html_element_text(x, i);
            if (prose(text)) {
                take_lead(x, i, text);
                return;
            }
            g_free(text);
        }
    }
    /*
     * The first block between the title and the body, when the page describes itself so or
     * sets it in bold (a portal's lead in the table row under the headline).
     */
    if (x->title_el == NULL || first_root == NULL || first_root->order <= x->title_el->order) {
        return;
    }
    for (uint32_t k = x->title_el->last + 1; k < first_root->order; k++) {
        const dom_info *i = &page->info[k];
        if (html_is_removed(i)) {
            k = i->last;
            continue;
        }
        if (dom_within(first_root, i)) {
            continue; /* an ancestor of the body: the lead may sit inside it, before the body */
        }
        if (i->flow_chars >= 40 && i->flow_link_chars * 2 < i->flow_chars &&
            !(i->flags & DOM_HAS_BLOCK) && placed_like_lead(x, i) && shaped_like_lead(x, i)) {
            char *text = html_element_text(x, i);
            if (prose(text) && ((x->meta.description != NULL &&
                                 word_overlap(text, x->meta.description) >= 0.8) ||
                                (html_utf8_len(text) >= 60 && html_mostly_bold(x, i)))) {
                take_lead(x, i, text);
                return;
            }
            g_free(text);
            return;
        }
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Date and byline shown near the headline                                                   */

/*
 * How far an element is from the headline, for the date and byline pages show with it: after
 * the headline counts once, before it three times; the caller adds its own terms. A negative
 * cost leaves the element out.
 */
typedef long (*cost_fn)(const html_extraction *x, const dom_info *i, long distance);
/* What the element shows (a new string), or NULL when it shows nothing of the kind. */
typedef char *(*read_fn)(const html_extraction *x, const dom_info *i);

/*
 * The value read from the element of least cost; NULL when none has one. With whole, an
 * element that was read stands for its subtree (a byline's parts are not bylines of their own).
 */
static char *nearest_to_title(const html_extraction *x, cost_fn cost_of, read_fn read,
                              gboolean whole)
{
    const dom_page *page = x->page;
    uint32_t title_order = x->title_el != NULL ? x->title_el->order : 0;
    char *best = NULL;
    long best_cost = G_MAXLONG;
    for (size_t k = 0; k < page->n_info; k++) {
        const dom_info *i = &page->info[k];
        long distance = i->order >= title_order ? (long)(i->order - title_order)
                                                : 3 * (long)(title_order - i->order);
        long cost;
        char *value;
        if (i->flags & DOM_INVISIBLE) {
            continue;
        }
        cost = cost_of(x, i, distance);
        if (cost < 0 || cost >= best_cost) {
            continue;
        }
        value = read(x, i);
        if (value != NULL) {
            g_free(best);
            best = value;
            best_cost = cost;
        }
        if (whole) {
            k = i->last;
        }
    }
    return best;
}

static const dom_info *last_root(const html_extraction *x)
{
    return x->roots->len > 0 ? g_ptr_array_index(x->roots, x->roots->len - 1) : NULL;
}

/* Dates: in short text of the element's own; after the article or in furniture cost more. */
static long date_cost(const html_extraction *x, const dom_info *i, long distance)
{
    const dom_info *end = last_root(x);
    if (i->own_chars < 6 || i->own_chars > 200) {
        return -1;
    }
    if (end != NULL && i->order > end->last) {
        distance += 1000000; /* after the article: related stories, footers */
    }
    if (i->hints & HINT_DATE || (i->parent != NULL && (i->parent->hints & HINT_DATE))) {
        distance /= 2; /* named as a date: kept even inside a removed tool bar */
    } else if (i->flags & DOM_REMOVED) {
        distance += 500000;
    }
    return distance;
}

static char *read_date(const html_extraction *x, const dom_info *i)
{
    GString *own = g_string_new(NULL);
    char *d;
    for (const xmlNode *c = i->node->children; c != NULL; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content != NULL) {
            g_string_append(own, (const char *)c->content);
        }
    }
    d = html_meta_find_date(own->str);
    g_string_free(own, TRUE);
    return d;
}

/* Bylines: elements named so, short, before the article's end, not in related or comments. */
static long byline_cost(const html_extraction *x, const dom_info *i, long distance)
{
    const dom_info *end = last_root(x);
    if (!(i->hints & HINT_BYLINE) || i->chars < 3 || i->chars > 80 ||
        (i->hints & (HINT_RELATED | HINT_COMMENT)) || (end != NULL && i->order > end->last)) {
        return -1;
    }
    return distance;
}

static char *read_byline(const html_extraction *x, const dom_info *i)
{
    char *text = html_element_text(x, i);
    char *names = text != NULL ? html_byline_names(text, TRUE) : NULL;
    g_free(text);
    return names;
}

/*
 * The publication date: JSON-LD's, else the page's metadata's, else the date written nearest
 * to the headline. Sets x->published.
 */
static void find_date(html_extraction *x)
{
    char *date = html_meta_iso_date(x->meta.ld_date);
    if (date == NULL) {
        date = html_meta_iso_date(x->meta.meta_date);
    }
    if (date == NULL) {
        date = nearest_to_title(x, date_cost, read_date, FALSE);
    }
    g_free(x->published);
    x->published = date;
}

/* An author from metadata, unless it names the site ("baodautu.vn", "NLD.COM.VN"). */
static char *metadata_author(const html_extraction *x)
{
    const char *refs[2] = {x->meta.ld_author, x->meta.meta_author};
    for (int r = 0; r < 2; r++) {
        char *names;
        if (refs[r] == NULL ||
            (x->meta.site_name != NULL && g_ascii_strcasecmp(refs[r], x->meta.site_name) == 0)) {
            continue;
        }
        names = html_byline_names(refs[r], TRUE);
        if (names != NULL) {
            return names;
        }
    }
    return NULL;
}

/* ---------------------------------------------------------------------------------------- */


static void extraction_clear(html_extraction *x)
{
    html_meta_clear(&x->meta);
    g_free(x->title);
    g_free(x->lead);
    g_free(x->published);
    if (x->blocks != NULL) {
        for (guint i = 0; i < x->blocks->len; i++) {
            html_block_clear(&g_array_index(x->blocks, html_block, i));
        }
        g_array_unref(x->blocks);
    }
    if (x->roots != NULL) {
        g_ptr_array_unref(x->roots);
    }
    g_free(x->headlines);
    g_free(x->prose);
    dom_page_free(x->page);
    memset(x, 0, sizeof *x);
}

/*
 * The characters of the body worth reading: every block but captions; in a photo story (a
 * headline over two captioned pictures or more) the captions, which tell the story, count
 * too. Alt texts never count.
 */
static size_t body_chars(const html_extraction *x)
{
    size_t n = 0, captions = 0;
    guint captioned = 0;
    for (guint i = 0; i < x->blocks->len; i++) {
        const html_block *b = &g_array_index(x->blocks, html_block, i);
        if (b->type != DOCBAO_BLOCK_CAPTION) {
            n += html_utf8_len(b->text);
        } else if (!(b->flags & BLOCK_ALT_TEXT) && b->image != NULL) {
            captions += html_utf8_len(b->text);
            captioned++;
        }
    }
    return x->title_el != NULL && captioned >= 2 ? n + captions : n;
}

/*
 * A page without a headline anywhere takes its title from the body: the first heading, or else
 * the first sentence of the first paragraph (cut at a word after 100 characters).
 */
static void title_from_body(html_extraction *x)
{
    for (guint i = 0; i < x->blocks->len; i++) {
        html_block *b = &g_array_index(x->blocks, html_block, i);
        if (b->type == DOCBAO_BLOCK_HEADING && i == 0) {
            x->title = b->text;
            b->text = NULL;
            html_block_clear(b);
            g_array_remove_index(x->blocks, i);
            return;
        }
        if (b->type == DOCBAO_BLOCK_PARAGRAPH) {
            GString *t = g_string_new(NULL);
            glong n = 0;
            for (const char *p = b->text; *p != '\0'; p = g_utf8_next_char(p), n++) {
                gunichar c = g_utf8_get_char(p);
                if ((c == '.' || c == '!' || c == '?') && n >= 20) {
                    break;
                }
                if (c == ' ' && n >= 100) {
                    g_string_append(t, "…");
                    break;
                }
                g_string_append_unichar(t, c);
            }
            x->title = g_string_free(t, FALSE);
            return;
        }
    }
}

typedef struct {
    GString *text;
} lines_walk;

static gboolean lines_enter(xmlNode *n, void *data)
{
    lines_walk *w = data;
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != NULL) {
        g_string_append(w->text, (const char *)n->content);
    } else if (n->type == XML_ELEMENT_NODE) {
        dom_tag tag = dom_tag_of_name((const char *)n->name);
        if (dom_tag_is_skipped(tag)) {
            return FALSE;
        }
        if (tag == DOM_TAG_BR || dom_tag_is_block(tag)) {
            g_string_append_c(w->text, '\n');
        }
        return TRUE;
    }
    return FALSE;
}

/*
 * Pages built by scripts may carry their text only in JSON-LD's articleBody. When the page's
 * own text gave no article, its lines become the paragraphs (markup in it is read as HTML).
 * Returns whether that gave at least 200 characters.
 */
static gboolean blocks_from_structured_data(html_extraction *x)
{
    const char *body = x->meta.ld_body;
    char *plain;
    char **lines;
    size_t chars = 0;
    if (body == NULL || html_utf8_len(body) < 200 || x->title == NULL) {
        return FALSE;
    }
    if (strchr(body, '<') != NULL) {
        lines_walk w = {g_string_new(NULL)};
        xmlDoc *doc = dbi_html_parse(body, strlen(body), NULL, 0);
        if (doc != NULL) {
            dom_walk(dbi_xml.xmlDocGetRootElement(doc), TRUE, lines_enter, NULL, &w);
            dbi_xml.xmlFreeDoc(doc);
        }
        plain = g_string_free(w.text, FALSE);
    } else {
        plain = g_strdup(body);
    }
    for (guint i = 0; i < x->blocks->len; i++) {
        html_block_clear(&g_array_index(x->blocks, html_block, i));
    }
    g_array_set_size(x->blocks, 0);
    lines = g_strsplit(plain, "\n", -1);
    for (char **l = lines; *l != NULL; l++) {
        html_block b = {0};
        b.type = DOCBAO_BLOCK_PARAGRAPH;
        b.text = html_clean_text(*l);
        if (b.text != NULL && !(x->lead != NULL && strcmp(b.text, x->lead) == 0)) {
            chars += html_utf8_len(b.text);
            g_array_append_val(x->blocks, b);
        } else {
            g_free(b.text);
        }
    }
    g_strfreev(lines);
    g_free(plain);
    return chars >= 200;
}

/*
 * The author: the byline that closes (or opens) the body, else the byline element nearest the
 * title, else the metadata's author unless it names the site. A new string, or NULL.
 */
static char *find_author(const html_extraction *x, const char *byline)
{
    char *names;
    if (byline != NULL) {
        return g_strdup(byline);
    }
    names = nearest_to_title(x, byline_cost, read_byline, TRUE);
    return names != NULL ? names : metadata_author(x);
}

static docbao_article *build_article(html_extraction *x, const docbao_extract_options *opts,
                                     const char *author)
{
    docbao_article *a = docbao_article_new();
    docbao_article_set_title(a, x->title);
    docbao_article_set_lead(a, x->lead);
    docbao_article_set_url(a, x->meta.canonical != NULL ? x->meta.canonical : opts->url);
    /* A language the page declares; when it declares none (or nothing usable), the text says. */
    if (dbi_lang_from_declared(x->meta.language) != NULL) {
        docbao_article_set_language(a, x->meta.language);
    }
    docbao_article_set_published(a, x->published);
    docbao_article_set_author(a, author);
    for (guint i = 0; i < x->blocks->len; i++) {
        const html_block *b = &g_array_index(x->blocks, html_block, i);
        /* Image links are made absolute against the page's address or file. */
        char *image = opts->url != NULL ? docbao_link_resolve(opts->url, b->image) : NULL;
        docbao_article_add_block(a, b->type, b->text, image != NULL ? image : b->image);
        g_free(image);
    }
    return a;
}

/* What libxml2 makes of broken markup that a browser would not: undone before reading. */
static void repair(xmlDoc *doc)
{
    unwrap_swallowing(doc);
    reveal_streamed(doc);
    fix_legacy_fonts(doc);
}

docbao_status docbao_extract_prepare(docbao_error *err)
{
    return dbi_xml_load(err) ? DOCBAO_OK : err != NULL ? err->status : DOCBAO_ERR_PARSE;
}

docbao_status docbao_extract_html(const char *html, size_t len, const docbao_extract_options *opts,
                                  docbao_article **out, docbao_error *err)
{
    static const docbao_extract_options no_opts = {0};
    html_extraction x = {0};
    docbao_status st;
    char *byline = NULL, *author;

    if (html == NULL || out == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no page was given"));
    }
    if (opts == NULL) {
        opts = &no_opts;
    }
    st = html_page_open(html, len, opts, repair, &x.page, err);
    if (st != DOCBAO_OK) {
        return st;
    }
    html_meta_read(x.page, &x.meta);
    find_title(&x);
    mark_furniture(&x);
    (void)find_body(&x);
    count_prose(&x);
    x.blocks = g_array_new(FALSE, TRUE, sizeof(html_block));
    switch (classify_page(&x)) {
    case PAGE_LIST:
        extraction_clear(&x);
        return dbi_fail(err, DOCBAO_ERR_NOT_ARTICLE_PAGE,
                        _("the page lists several articles; open one of them to hear it"));
    case PAGE_NOTHING:
        break;
    case PAGE_ARTICLE:
        find_visual_title(&x);
        find_lead(&x);
        find_date(&x);
        html_blocks_collect(&x);
        byline = html_blocks_tidy(&x);
        break;
    }
    if (x.title == NULL) {
        title_from_body(&x);
    }
    if (x.title != NULL && body_chars(&x) + html_utf8_len(x.lead) < 200 && x.page_headlines < 10) {
        blocks_from_structured_data(&x);
    }
    if (x.title == NULL || body_chars(&x) + html_utf8_len(x.lead) < 200) {
        /* What looked like prose was teasers: a page of them is a list. */
        gboolean list = x.page_headlines >= 10;
        extraction_clear(&x);
        g_free(byline);
        if (list) {
            return dbi_fail(err, DOCBAO_ERR_NOT_ARTICLE_PAGE,
                            _("the page lists several articles; open one of them to hear it"));
        }
        return dbi_fail(err, DOCBAO_ERR_NO_ARTICLE,
                        _("no article was found in the page (it holds too little running text)"));
    }
    if (x.published == NULL) {
        find_date(&x);
    }
    author = find_author(&x, byline);
    html_blocks_drop_author(&x, author);
    *out = build_article(&x, opts, author);
    g_free(author);
    g_free(byline);
    extraction_clear(&x);
    return DOCBAO_OK;
}
