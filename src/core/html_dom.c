/* Helpers over libxml2's tree: attributes, iterative traversal, visible text. */
#include <string.h>

#include "html_dom.h"

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

const xmlNode *dom_next_const(const xmlNode *n, const xmlNode *root, gboolean descend)
{
    if (descend && n->children != NULL && n->type == XML_ELEMENT_NODE) {
        return n->children;
    }
    while (n != NULL && n != root) {
        if (n->next != NULL) {
            return n->next;
        }
        n = n->parent;
    }
    return NULL;
}

xmlNode *dom_next(xmlNode *n, const xmlNode *root, gboolean descend)
{
    return (xmlNode *)dom_next_const(n, root, descend);
}

static gboolean is_invisible_tag(const xmlNode *n)
{
    static const char *const tags[] = {"script", "style",  "noscript", "template", "head",
                                       "title",  "select", "option",   "textarea", "svg"};
    for (size_t i = 0; i < G_N_ELEMENTS(tags); i++) {
        if (strcmp((const char *)n->name, tags[i]) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

gboolean dom_is_hidden(const xmlNode *n)
{
    const char *style, *aria;
    if (n->type != XML_ELEMENT_NODE) {
        return FALSE;
    }
    if (dom_attr(n, "hidden") != NULL) {
        return TRUE;
    }
    aria = dom_attr(n, "aria-hidden");
    if (aria != NULL && g_ascii_strcasecmp(aria, "true") == 0) {
        return TRUE;
    }
    style = dom_attr(n, "style");
    if (style != NULL) {
        /* Compare without spaces: "display : none" and "display:none" alike. */
        char compact[256];
        size_t k = 0;
        for (const char *p = style; *p != '\0' && k + 1 < sizeof compact; p++) {
            if (!g_ascii_isspace(*p)) {
                compact[k++] = g_ascii_tolower(*p);
            }
        }
        compact[k] = '\0';
        if (strstr(compact, "display:none") != NULL ||
            strstr(compact, "visibility:hidden") != NULL) {
            return TRUE;
        }
    }
    return FALSE;
}

static gboolean is_block_boundary(const xmlNode *n)
{
    static const char *const tags[] = {
        "p",          "div",        "br",      "li",      "tr", "td", "th", "h1",
        "h2",         "h3",         "h4",      "h5",      "h6", "ul", "ol", "table",
        "blockquote", "figcaption", "section", "article", "dd", "dt"};
    for (size_t i = 0; i < G_N_ELEMENTS(tags); i++) {
        if (strcmp((const char *)n->name, tags[i]) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

char *dom_text(const xmlNode *root)
{
    GString *out = g_string_new(NULL);
    if (root->type == XML_TEXT_NODE || root->type == XML_CDATA_SECTION_NODE) {
        g_string_append(out, root->content != NULL ? (const char *)root->content : "");
        return g_string_free(out, FALSE);
    }
    for (const xmlNode *n = root->children; n != NULL;) {
        gboolean descend = TRUE;
        if (n->type == XML_ELEMENT_NODE) {
            if (is_invisible_tag(n) || dom_is_hidden(n)) {
                descend = FALSE;
            } else if (is_block_boundary(n)) {
                g_string_append_c(out, ' ');
            }
        } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
                   n->content != NULL) {
            g_string_append(out, (const char *)n->content);
        }
        n = dom_next_const(n, root, descend);
    }
    return g_string_free(out, FALSE);
}

char *dom_raw_text(const xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    char *s = g_strdup(c != NULL ? (const char *)c : "");
    xmlFree(c);
    return s;
}

size_t dom_visible_chars(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p != '\0'; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (!g_unichar_isspace(c) && c != 0x00A0 && c != 0x200B && c != 0xFEFF) {
            n++;
        }
    }
    return n;
}

gboolean dom_has_ancestor(const xmlNode *n, const xmlNode *stop, const char *tag)
{
    for (const xmlNode *p = n->parent; p != NULL && p != stop; p = p->parent) {
        if (dom_is(p, tag)) {
            return TRUE;
        }
    }
    return FALSE;
}

gboolean dom_has_block_child(const xmlNode *root)
{
    static const char *const tags[] = {"p",       "div",     "table",  "ul",  "ol", "h1",
                                       "h2",      "h3",      "h4",     "h5",  "h6", "blockquote",
                                       "section", "article", "figure", "pre", "dl"};
    for (const xmlNode *n = root->children; n != NULL; n = dom_next_const(n, root, TRUE)) {
        if (n->type != XML_ELEMENT_NODE) {
            continue;
        }
        for (size_t i = 0; i < G_N_ELEMENTS(tags); i++) {
            if (strcmp((const char *)n->name, tags[i]) == 0) {
                return TRUE;
            }
        }
    }
    return FALSE;
}
