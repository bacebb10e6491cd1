/* Small helpers over libxml2's tree for the extractor. Internal. */
#ifndef DOCBAO_HTML_DOM_H
#define DOCBAO_HTML_DOM_H

#include <glib.h>
#include <libxml/tree.h>

/* Is n an element with this (lower-case) tag name? */
gboolean dom_is(const xmlNode *n, const char *tag);

/* The value of an attribute (case-insensitive name), owned by the tree; NULL when absent. */
const char *dom_attr(const xmlNode *n, const char *name);

/*
 * The node after n in document order within root's subtree, entering n's children when descend
 * is true; NULL at the end. Lets every traversal run without recursion.
 */
xmlNode *dom_next(xmlNode *n, const xmlNode *root, gboolean descend);
const xmlNode *dom_next_const(const xmlNode *n, const xmlNode *root, gboolean descend);

/*
 * The visible text of a subtree (scripts, styles and hidden elements left out; <br> and block
 * boundaries become spaces). Not cleaned. Free with g_free().
 */
char *dom_text(const xmlNode *n);

/* The raw text content of an element such as <script>, unmodified. Free with g_free(). */
char *dom_raw_text(const xmlNode *n);

/* Is the element hidden by the hidden attribute, aria-hidden or an inline display:none? */
gboolean dom_is_hidden(const xmlNode *n);

/* Counts the characters of s that are not white space. */
size_t dom_visible_chars(const char *s);

/* Does n have an ancestor with this tag below stop? */
gboolean dom_has_ancestor(const xmlNode *n, const xmlNode *stop, const char *tag);

/* Does the element have a block-level element (p, div, table, list, heading...) below it? */
gboolean dom_has_block_child(const xmlNode *n);

#endif
