/* The indexed page: tags, per-element records, iterative traversal, visible text. */
#include <stdlib.h>
#include <string.h>

#include "extract/html_dom.h"
#include "base/xml_parse.h"

/* Tag names, sorted by name for bsearch. */
typedef struct {
    const char *name;
    dom_tag tag;
} tag_entry;

static const tag_entry tags[] = {
    {"a", DOM_TAG_A},
    {"address", DOM_TAG_ADDRESS},
    {"article", DOM_TAG_ARTICLE},
    {"aside", DOM_TAG_ASIDE},
    {"audio", DOM_TAG_AUDIO},
    {"b", DOM_TAG_B},
    {"blockquote", DOM_TAG_BLOCKQUOTE},
    {"body", DOM_TAG_BODY},
    {"br", DOM_TAG_BR},
    {"button", DOM_TAG_BUTTON},
    {"canvas", DOM_TAG_CANVAS},
    {"caption", DOM_TAG_CAPTION},
    {"center", DOM_TAG_CENTER},
    {"code", DOM_TAG_CODE},
    {"dd", DOM_TAG_DD},
    {"details", DOM_TAG_DETAILS},
    {"dialog", DOM_TAG_DIALOG},
    {"div", DOM_TAG_DIV},
    {"dl", DOM_TAG_DL},
    {"dt", DOM_TAG_DT},
    {"em", DOM_TAG_EM},
    {"embed", DOM_TAG_EMBED},
    {"fieldset", DOM_TAG_FIELDSET},
    {"figcaption", DOM_TAG_FIGCAPTION},
    {"figure", DOM_TAG_FIGURE},
    {"font", DOM_TAG_FONT},
    {"footer", DOM_TAG_FOOTER},
    {"form", DOM_TAG_FORM},
    {"h1", DOM_TAG_H1},
    {"h2", DOM_TAG_H2},
    {"h3", DOM_TAG_H3},
    {"h4", DOM_TAG_H4},
    {"h5", DOM_TAG_H5},
    {"h6", DOM_TAG_H6},
    {"head", DOM_TAG_HEAD},
    {"header", DOM_TAG_HEADER},
    {"hgroup", DOM_TAG_HGROUP},
    {"hr", DOM_TAG_HR},
    {"html", DOM_TAG_HTML},
    {"i", DOM_TAG_I},
    {"iframe", DOM_TAG_IFRAME},
    {"img", DOM_TAG_IMG},
    {"input", DOM_TAG_INPUT},
    {"label", DOM_TAG_LABEL},
    {"li", DOM_TAG_LI},
    {"link", DOM_TAG_LINK},
    {"main", DOM_TAG_MAIN},
    {"map", DOM_TAG_MAP},
    {"math", DOM_TAG_MATH},
    {"menu", DOM_TAG_MENU},
    {"meta", DOM_TAG_META},
    {"nav", DOM_TAG_NAV},
    {"noscript", DOM_TAG_NOSCRIPT},
    {"object", DOM_TAG_OBJECT},
    {"ol", DOM_TAG_OL},
    {"option", DOM_TAG_OPTION},
    {"p", DOM_TAG_P},
    {"picture", DOM_TAG_PICTURE},
    {"pre", DOM_TAG_PRE},
    {"script", DOM_TAG_SCRIPT},
    {"section", DOM_TAG_SECTION},
    {"select", DOM_TAG_SELECT},
    {"source", DOM_TAG_SOURCE},
    {"span", DOM_TAG_SPAN},
    {"strong", DOM_TAG_STRONG},
    {"style", DOM_TAG_STYLE},
    {"summary", DOM_TAG_SUMMARY},
    {"svg", DOM_TAG_SVG},
    {"table", DOM_TAG_TABLE},
    {"tbody", DOM_TAG_TBODY},
    {"td", DOM_TAG_TD},
    {"template", DOM_TAG_TEMPLATE},
    {"textarea", DOM_TAG_TEXTAREA},
    {"tfoot", DOM_TAG_TFOOT},
    {"th", DOM_TAG_TH},
    {"thead", DOM_TAG_THEAD},
    {"time", DOM_TAG_TIME},
    {"title", DOM_TAG_TITLE},
    {"tr", DOM_TAG_TR},
    {"ul", DOM_TAG_UL},
    {"video", DOM_TAG_VIDEO},
};

enum { K_BLOCK = 1, K_SKIP = 2, K_HEADING = 4 };

/* What kind of element each tag is; unlisted tags are inline. */
static const unsigned char kinds[DOM_TAG_COUNT] = {
    [DOM_TAG_ADDRESS] = K_BLOCK,
    [DOM_TAG_ARTICLE] = K_BLOCK,
    [DOM_TAG_ASIDE] = K_BLOCK,
    [DOM_TAG_AUDIO] = K_SKIP,
    [DOM_TAG_BLOCKQUOTE] = K_BLOCK,
    [DOM_TAG_BODY] = K_BLOCK,
    [DOM_TAG_BUTTON] = K_SKIP,
    [DOM_TAG_CANVAS] = K_SKIP,
    [DOM_TAG_CAPTION] = K_BLOCK,
    [DOM_TAG_CENTER] = K_BLOCK,
    [DOM_TAG_DD] = K_BLOCK,
    [DOM_TAG_DETAILS] = K_BLOCK,
    [DOM_TAG_DIALOG] = K_SKIP,
    [DOM_TAG_DIV] = K_BLOCK,
    [DOM_TAG_DL] = K_BLOCK,
    [DOM_TAG_DT] = K_BLOCK,
    [DOM_TAG_EMBED] = K_SKIP,
    [DOM_TAG_FIELDSET] = K_BLOCK,
    [DOM_TAG_FIGCAPTION] = K_BLOCK,
    [DOM_TAG_FIGURE] = K_BLOCK,
    [DOM_TAG_FOOTER] = K_BLOCK,
    [DOM_TAG_FORM] = K_BLOCK,
    [DOM_TAG_H1] = K_BLOCK | K_HEADING,
    [DOM_TAG_H2] = K_BLOCK | K_HEADING,
    [DOM_TAG_H3] = K_BLOCK | K_HEADING,
    [DOM_TAG_H4] = K_BLOCK | K_HEADING,
    [DOM_TAG_H5] = K_BLOCK | K_HEADING,
    [DOM_TAG_H6] = K_BLOCK | K_HEADING,
    [DOM_TAG_HEAD] = K_SKIP,
    [DOM_TAG_HEADER] = K_BLOCK,
    [DOM_TAG_HGROUP] = K_BLOCK,
    [DOM_TAG_HR] = K_BLOCK,
    [DOM_TAG_HTML] = K_BLOCK,
    [DOM_TAG_IFRAME] = K_SKIP,
    [DOM_TAG_INPUT] = K_SKIP,
    [DOM_TAG_LI] = K_BLOCK,
    [DOM_TAG_LINK] = K_SKIP,
    [DOM_TAG_MAIN] = K_BLOCK,
    [DOM_TAG_MAP] = K_SKIP,
    [DOM_TAG_MATH] = K_SKIP,
    [DOM_TAG_MENU] = K_BLOCK,
    [DOM_TAG_META] = K_SKIP,
    [DOM_TAG_NAV] = K_BLOCK,
    [DOM_TAG_NOSCRIPT] = K_SKIP,
    [DOM_TAG_OBJECT] = K_SKIP,
    [DOM_TAG_OL] = K_BLOCK,
    [DOM_TAG_OPTION] = K_SKIP,
    [DOM_TAG_P] = K_BLOCK,
    [DOM_TAG_PRE] = K_BLOCK,
    [DOM_TAG_SCRIPT] = K_SKIP,
    [DOM_TAG_SECTION] = K_BLOCK,
    [DOM_TAG_SELECT] = K_SKIP,
    [DOM_TAG_SOURCE] = K_SKIP,
    [DOM_TAG_STYLE] = K_SKIP,
    [DOM_TAG_SUMMARY] = K_BLOCK,
    [DOM_TAG_SVG] = K_SKIP,
    [DOM_TAG_TABLE] = K_BLOCK,
    [DOM_TAG_TBODY] = K_BLOCK,
    [DOM_TAG_TD] = K_BLOCK,
    [DOM_TAG_TEMPLATE] = K_SKIP,
    [DOM_TAG_TEXTAREA] = K_SKIP,
    [DOM_TAG_TFOOT] = K_BLOCK,
    [DOM_TAG_TH] = K_BLOCK,
    [DOM_TAG_THEAD] = K_BLOCK,
    [DOM_TAG_TITLE] = K_SKIP,
    [DOM_TAG_TR] = K_BLOCK,
    [DOM_TAG_UL] = K_BLOCK,
    [DOM_TAG_VIDEO] = K_SKIP,
};

static int cmp_tag(const void *key, const void *entry)
{
    return strcmp(key, ((const tag_entry *)entry)->name);
}

dom_tag dom_tag_of_name(const char *name)
{
    const tag_entry *e;
    if (name == NULL) {
        return DOM_TAG_OTHER;
    }
    e = bsearch(name, tags, G_N_ELEMENTS(tags), sizeof tags[0], cmp_tag);
    return e != NULL ? e->tag : DOM_TAG_OTHER;
}

static unsigned kind_of(dom_tag tag)
{
    return (unsigned)tag < DOM_TAG_COUNT ? kinds[tag] : 0;
}

gboolean dom_tag_is_block(dom_tag tag)
{
    return (kind_of(tag) & K_BLOCK) != 0;
}

gboolean dom_tag_is_skipped(dom_tag tag)
{
    return (kind_of(tag) & K_SKIP) != 0;
}

gboolean dom_tag_is_heading(dom_tag tag)
{
    return (kind_of(tag) & K_HEADING) != 0;
}

gboolean dom_is(const xmlNode *n, const char *tag)
{
    return n != NULL && n->type == XML_ELEMENT_NODE && n->name != NULL &&
           strcmp((const char *)n->name, tag) == 0;
}

const char *dom_attr(const xmlNode *n, const char *name)
{
    if (n == NULL || n->type != XML_ELEMENT_NODE) {
        return NULL;
    }
    for (const xmlAttr *a = n->properties; a != NULL; a = a->next) {
        if (a->name != NULL && g_ascii_strcasecmp((const char *)a->name, name) == 0) {
            if (a->children != NULL && a->children->content != NULL) {
                return (const char *)a->children->content;
            }
            return "";
        }
    }
    return NULL;
}

void dom_walk(xmlNode *root, gboolean include_root, dom_enter_fn enter, dom_leave_fn leave,
              void *data)
{
    xmlNode *n;
    if (root == NULL) {
        return;
    }
    if (include_root) {
        if (!enter(root, data) || root->type != XML_ELEMENT_NODE) {
            if (leave != NULL && root->type == XML_ELEMENT_NODE) {
                leave(root, data);
            }
            return;
        }
    }
    n = root->type == XML_ELEMENT_NODE || root->type == XML_DOCUMENT_NODE ||
                root->type == XML_HTML_DOCUMENT_NODE
            ? root->children
            : NULL;
    while (n != NULL) {
        if (enter(n, data) && n->type == XML_ELEMENT_NODE && n->children != NULL) {
            n = n->children;
            continue;
        }
        if (leave != NULL && n->type == XML_ELEMENT_NODE) {
            leave(n, data);
        }
        while (n->next == NULL) {
            n = n->parent;
            if (n == NULL || n == root) {
                if (include_root && n == root && leave != NULL) {
                    leave(root, data);
                }
                return;
            }
            if (leave != NULL && n->type == XML_ELEMENT_NODE) {
                leave(n, data);
            }
        }
        n = n->next;
    }
    if (include_root && leave != NULL) {
        leave(root, data);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Inline style                                                                              */

/* Reads the properties the extractor cares about from a style attribute. */
static uint32_t style_flags(const char *style)
{
    char compact[512];
    size_t k = 0;
    uint32_t flags = 0;
    const char *p;
    /* Lower case without spaces: "display : none" and "display:none" read alike. */
    for (p = style; *p != '\0' && k + 1 < sizeof compact; p++) {
        if (!g_ascii_isspace(*p)) {
            compact[k++] = g_ascii_tolower(*p);
        }
    }
    compact[k] = '\0';
    if (strstr(compact, "display:none") != NULL || strstr(compact, "visibility:hidden") != NULL) {
        flags |= DOM_HIDDEN;
    }
    if (strstr(compact, "font-weight:bold") != NULL || strstr(compact, "font-weight:700") != NULL ||
        strstr(compact, "font-weight:800") != NULL || strstr(compact, "font-weight:900") != NULL) {
        flags |= DOM_IN_BOLD;
    }
    if (strstr(compact, "font-style:italic") != NULL) {
        flags |= DOM_IN_ITALIC;
    }
    p = strstr(compact, "text-align:");
    if (p != NULL) {
        p += strlen("text-align:");
        if (g_str_has_prefix(p, "center")) {
            flags |= DOM_IN_CENTER;
        } else if (g_str_has_prefix(p, "right")) {
            flags |= DOM_IN_RIGHT;
        }
    }
    return flags;
}

/* ---------------------------------------------------------------------------------------- */
/* Indexing                                                                                  */

typedef struct {
    dom_page *page;
    dom_hints_fn hints_fn;
    void *hints_data;
    size_t next;
} indexer;

static gboolean count_enter(xmlNode *n, void *data)
{
    size_t *count = data;
    if (n->type == XML_ELEMENT_NODE) {
        (*count)++;
    }
    return TRUE;
}

static uint32_t commas_in(const char *s)
{
    uint32_t n = 0;
    for (const char *p = s; *p != '\0'; p++) {
        if (*p == ',') {
            n++;
        } else if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBC &&
                   (unsigned char)p[2] == 0x8C) {
            n++; /* U+FF0C, the fullwidth comma */
        } else if ((unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 &&
                   (unsigned char)p[2] == 0x81) {
            n++; /* U+3001, the ideographic comma */
        }
    }
    return n;
}

static gboolean index_enter(xmlNode *n, void *data)
{
    indexer *x = data;
    dom_info *parent = n->parent != NULL ? dom_get(x->page, n->parent) : NULL;
    dom_info *i;
    const char *v;

    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (parent != NULL && n->content != NULL) {
            parent->own_chars += (uint32_t)MIN(dom_visible_chars((const char *)n->content),
                                               (size_t)UINT32_MAX / 4);
            parent->own_commas += commas_in((const char *)n->content);
        }
        return FALSE;
    }
    if (n->type != XML_ELEMENT_NODE) {
        return FALSE;
    }
    i = &x->page->info[x->next];
    i->node = n;
    i->parent = parent;
    i->order = (uint32_t)x->next;
    n->_private = GSIZE_TO_POINTER(x->next + 1);
    x->next++;
    i->tag = (uint16_t)dom_tag_of_name((const char *)n->name);
    i->depth = parent == NULL ? 0 : (uint16_t)MIN((unsigned)parent->depth + 1, 65535u);
    i->hints = x->hints_fn != NULL ? x->hints_fn(n, x->hints_data) : 0;
    if (i->hints & DOM_HINT_HIDDEN) {
        i->flags |= DOM_HIDDEN;
    }
    if (dom_tag_is_skipped((dom_tag)i->tag)) {
        i->flags |= DOM_SKIPPED;
    }
    if (dom_attr(n, "hidden") != NULL) {
        i->flags |= DOM_HIDDEN;
    }
    v = dom_attr(n, "aria-hidden");
    if (v != NULL && g_ascii_strcasecmp(v, "true") == 0) {
        i->flags |= DOM_HIDDEN;
    }
    v = dom_attr(n, "style");
    if (v != NULL) {
        i->flags |= style_flags(v);
    }
    v = dom_attr(n, "align");
    if (v != NULL) {
        if (g_ascii_strcasecmp(v, "center") == 0) {
            i->flags |= DOM_IN_CENTER;
        } else if (g_ascii_strcasecmp(v, "right") == 0) {
            i->flags |= DOM_IN_RIGHT;
        }
    }
    switch (i->tag) {
    case DOM_TAG_B:
    case DOM_TAG_STRONG:
        i->flags |= DOM_IN_BOLD;
        break;
    case DOM_TAG_I:
    case DOM_TAG_EM:
        i->flags |= DOM_IN_ITALIC;
        break;
    case DOM_TAG_CENTER:
        i->flags |= DOM_IN_CENTER;
        break;
    case DOM_TAG_A:
        if (dom_attr(n, "href") != NULL) {
            i->flags |= DOM_IN_LINK;
        }
        break;
    case DOM_TAG_LI:
        i->flags |= DOM_IN_LIST_ITEM;
        break;
    case DOM_TAG_BLOCKQUOTE:
        i->flags |= DOM_IN_QUOTE;
        break;
    case DOM_TAG_FIGCAPTION:
        i->flags |= DOM_IN_FIGCAPTION;
        break;
    case DOM_TAG_TD:
    case DOM_TAG_TH:
        i->flags |= DOM_IN_CELL;
        break;
    case DOM_TAG_INPUT:
        v = dom_attr(n, "type");
        if (v != NULL && g_ascii_strcasecmp(v, "hidden") == 0) {
            i->flags |= DOM_HIDDEN;
        }
        break;
    default:
        if (dom_tag_is_heading((dom_tag)i->tag)) {
            i->flags |= DOM_IN_HEADING;
        }
        break;
    }
    if (i->flags & (DOM_HIDDEN | DOM_SKIPPED)) {
        i->flags |= DOM_INVISIBLE;
    }
    if (parent != NULL) {
        i->flags |= parent->flags & (DOM_INVISIBLE | DOM_IN_LINK | DOM_IN_BOLD | DOM_IN_ITALIC |
                                     DOM_IN_HEADING | DOM_IN_LIST_ITEM | DOM_IN_QUOTE |
                                     DOM_IN_FIGCAPTION | DOM_IN_CELL);
        /* Alignment flows through inline elements, paragraphs, divisions and cells only. */
        if (!(i->flags & (DOM_IN_CENTER | DOM_IN_RIGHT)) &&
            (!dom_tag_is_block((dom_tag)i->tag) || i->tag == DOM_TAG_P || i->tag == DOM_TAG_DIV ||
             i->tag == DOM_TAG_TD || i->tag == DOM_TAG_CENTER)) {
            i->flags |= parent->flags & (DOM_IN_CENTER | DOM_IN_RIGHT);
        }
    }
    return TRUE;
}

static void index_leave(xmlNode *n, void *data)
{
    indexer *x = data;
    dom_info *i = dom_get(x->page, n);
    i->last = (uint32_t)(x->next - 1);
}

dom_page *dom_page_new(xmlDoc *doc, dom_hints_fn hints_fn, void *hints_data)
{
    dom_page *page;
    indexer x = {0};
    size_t count = 0;
    xmlNode *root = doc != NULL ? dbi_xml.xmlDocGetRootElement(doc) : NULL;

    if (root == NULL) {
        if (doc != NULL) {
            dbi_xml.xmlFreeDoc(doc);
        }
        return NULL;
    }
    dom_walk(root, TRUE, count_enter, NULL, &count);
    page = g_new0(dom_page, 1);
    page->doc = doc;
    page->root = root;
    page->info = g_new0(dom_info, count);
    page->n_info = count;
    x.page = page;
    x.hints_fn = hints_fn;
    x.hints_data = hints_data;
    dom_walk(root, TRUE, index_enter, index_leave, &x);
    dom_page_count(page, 0);
    return page;
}

void dom_page_free(dom_page *page)
{
    if (page == NULL) {
        return;
    }
    for (size_t k = 0; k < page->n_info; k++) {
        page->info[k].node->_private = NULL;
    }
    g_free(page->info);
    dbi_xml.xmlFreeDoc(page->doc);
    g_free(page);
}

dom_info *dom_get(const dom_page *page, const xmlNode *n)
{
    size_t k;
    if (n == NULL) {
        return NULL;
    }
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        n = n->parent;
    }
    if (n == NULL || n->type != XML_ELEMENT_NODE) {
        return NULL;
    }
    k = GPOINTER_TO_SIZE(n->_private);
    return k >= 1 && k <= page->n_info ? &page->info[k - 1] : NULL;
}

void dom_page_count(dom_page *page, uint32_t exclude)
{
    exclude |= DOM_INVISIBLE;
    for (size_t k = 0; k < page->n_info; k++) {
        dom_info *i = &page->info[k];
        uint32_t link = (i->flags & DOM_IN_LINK) ? i->own_chars : 0;
        i->chars = i->own_chars;
        i->link_chars = link;
        i->commas = i->own_commas;
        i->flow_chars = i->own_chars;
        i->flow_link_chars = link;
        i->flow_commas = i->own_commas;
        i->links = (i->tag == DOM_TAG_A && (i->flags & DOM_IN_LINK)) ? 1 : 0;
        i->images = i->tag == DOM_TAG_IMG ? 1 : 0;
        i->paragraphs = 0;
        i->flags &= ~(uint32_t)DOM_HAS_BLOCK;
    }
    /* Records are in document order: walking backwards sees every child before its parent. */
    for (size_t k = page->n_info; k-- > 0;) {
        dom_info *i = &page->info[k];
        dom_info *p = i->parent;
        gboolean block = dom_tag_is_block((dom_tag)i->tag);
        if (i->tag == DOM_TAG_P && i->chars >= 40) {
            i->paragraphs++;
        }
        if (p == NULL || (i->flags & exclude)) {
            continue;
        }
        p->chars += i->chars;
        p->link_chars += i->link_chars;
        p->commas += i->commas;
        p->links += i->links;
        p->paragraphs += i->paragraphs;
        p->images += i->images;
        if (block || (i->flags & DOM_HAS_BLOCK)) {
            p->flags |= DOM_HAS_BLOCK;
        }
        if (!block && i->tag != DOM_TAG_BR) {
            /* Inline text belongs to the run of the enclosing block. */
            p->flow_chars += i->flow_chars;
            p->flow_link_chars += i->flow_link_chars;
            p->flow_commas += i->flow_commas;
            i->flow_chars = 0;
            i->flow_link_chars = 0;
            i->flow_commas = 0;
        }
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Text                                                                                      */

typedef struct {
    const dom_page *page;
    dom_skip_fn skip;
    void *data;
    GString *out;
} text_walk;

static gboolean text_enter(xmlNode *n, void *data)
{
    text_walk *t = data;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content != NULL) {
            g_string_append(t->out, (const char *)n->content);
        }
        return FALSE;
    }
    if (n->type == XML_ELEMENT_NODE) {
        dom_info *i = dom_get(t->page, n);
        if (i == NULL || (i->flags & DOM_INVISIBLE) || (t->skip != NULL && t->skip(i, t->data))) {
            return FALSE;
        }
        if (i->tag == DOM_TAG_BR || dom_tag_is_block((dom_tag)i->tag)) {
            g_string_append_c(t->out, ' ');
        }
        return TRUE;
    }
    return FALSE;
}

static void text_leave(xmlNode *n, void *data)
{
    text_walk *t = data;
    dom_info *i = dom_get(t->page, n);
    if (i != NULL && dom_tag_is_block((dom_tag)i->tag)) {
        g_string_append_c(t->out, ' ');
    }
}

char *dom_text(const dom_page *page, const xmlNode *n, dom_skip_fn skip, void *data)
{
    text_walk t = {page, skip, data, g_string_new(NULL)};
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        g_string_append(t.out, n->content != NULL ? (const char *)n->content : "");
    } else {
        dom_walk((xmlNode *)n, FALSE, text_enter, text_leave, &t);
    }
    return g_string_free(t.out, FALSE);
}

char *dom_raw_text(const xmlNode *n)
{
    xmlChar *c = dbi_xml.xmlNodeGetContent(n);
    char *s = g_strdup(c != NULL ? (const char *)c : "");
    (*dbi_xml.xmlFree)(c);
    return s;
}

size_t dom_visible_chars(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p != '\0';) {
        if (*p < 0x80) {
            n += *p > ' ';
            p++;
            continue;
        }
        {
            gunichar c = g_utf8_get_char((const char *)p);
            if (!g_unichar_isspace(c) && c != 0x00A0 && c != 0x200B && c != 0xFEFF &&
                c != 0x00AD) {
                n++;
            }
            p = (const unsigned char *)g_utf8_next_char((const char *)p);
        }
    }
    return n;
}
