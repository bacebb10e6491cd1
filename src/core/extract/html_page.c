/* Opening an HTML page for reading (see html_page.h). */
#include <limits.h>

#include "base/internal.h"
#include "base/xml_parse.h"
#include "docbao/text.h"
#include "extract/html_charset.h"
#include "extract/html_hints.h"
#include "extract/html_page.h"

/*
 * How deep a page's elements may nest. Real pages stay under a few hundred levels (browsers
 * flatten what goes past 512); a deeper page is refused with a message that says so.
 */
#define HTML_MAX_DEPTH 4096

/* Does the tree under root nest elements more than limit levels deep? Iterative. */
static gboolean nested_deeper_than(const xmlNode *root, unsigned limit)
{
    const xmlNode *n = root;
    unsigned depth = 1;
    while (n != NULL) {
        const xmlNode *c = n->children;
        while (c != NULL && c->type != XML_ELEMENT_NODE) {
            c = c->next;
        }
        if (c != NULL) {
            n = c;
            if (++depth > limit) {
                return TRUE;
            }
            continue;
        }
        /* No element child: the next element sibling, or one of an ancestor's. */
        while (n != NULL && n != root) {
            const xmlNode *next = n->next;
            while (next != NULL && next->type != XML_ELEMENT_NODE) {
                next = next->next;
            }
            if (next != NULL) {
                n = next;
                break;
            }
            n = n->parent;
            depth--;
        }
        if (n == NULL || n == root) {
            break;
        }
    }
    return FALSE;
}

docbao_status html_page_open(const char *html, size_t len, const docbao_extract_options *opts,
                             void (*repair)(xmlDoc *doc), dom_page **out, docbao_error *err)
{
    static const docbao_extract_options no_opts = {0};
    size_t utf8_len = 0;
    char *utf8;
    xmlDoc *doc;
    hints_cache *cache;
    dom_page *page;
    docbao_status st;

    if (opts == NULL) {
        opts = &no_opts;
    }
    if (len > INT_MAX) {
        return dbi_fail(err, DOCBAO_ERR_TOO_LARGE, _("the page is too large"));
    }
    st = docbao_text_check(html, len, _("the page"), err);
    if (st != DOCBAO_OK) {
        return st;
    }
    utf8 = html_charset_to_utf8(html, len, opts->charset, &utf8_len, NULL);
    /* HUGE lifts libxml2's limit of 256 levels, past which it would drop the rest of the page. */
    doc = dbi_html_parse(utf8 != NULL ? utf8 : html, utf8 != NULL ? utf8_len : len, opts->url,
                         HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE);
    g_free(utf8);
    if (doc == NULL || dbi_xml.xmlDocGetRootElement(doc) == NULL) {
        if (doc != NULL) {
            dbi_xml.xmlFreeDoc(doc);
        }
        return dbi_fail(err, DOCBAO_ERR_PARSE, _("the page could not be read as HTML"));
    }
    if (nested_deeper_than(dbi_xml.xmlDocGetRootElement(doc), HTML_MAX_DEPTH)) {
        dbi_xml.xmlFreeDoc(doc);
        return dbi_fail(err, DOCBAO_ERR_PARSE,
                        _("the page is nested too deeply: more than %d elements inside one "
                          "another; docbao does not read such pages"),
                        HTML_MAX_DEPTH);
    }
    if (repair != NULL) {
        repair(doc);
    }
    cache = hints_cache_new();
    page = dom_page_new(doc, hints_of_element, cache);
    hints_cache_free(cache);
    if (page == NULL) {
        return dbi_fail(err, DOCBAO_ERR_PARSE, _("the page could not be read as HTML"));
    }
    *out = page;
    return DOCBAO_OK;
}
