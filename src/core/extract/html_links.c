/*
 * The articles a list page links to (home pages, category pages), and the news feed a page
 * advertises. A list page becomes a section of an edition: its headline links, in page order,
 * or better, when the page names one, its RSS or Atom feed.
 */
#include <string.h>

#include "base/internal.h"
#include "docbao/article.h"
#include "docbao/text.h"
#include "extract/html_hints.h"
#include "extract/html_page.h"
#include "text/text.h"

/* Links kept from one page at most: a home page's worth. */
#define MAX_LINKS 300
/* A headline link has at least this much visible text, in this many words. */
#define HEADLINE_CHARS 20
#define HEADLINE_WORDS 4

/* What never holds the page's own list of stories. Related boxes do: on a home page they are
 * stories too. */
#define NOT_STORIES                                                                                \
    (HINT_FURNITURE | HINT_SHARE | HINT_COMMENT | HINT_AD | HINT_TAGS | HINT_SUBSCRIBE)

struct docbao_page_links {
    char *feed;
    char *title;
    GPtrArray *urls;   /* of char * */
    GPtrArray *titles; /* of char * */
};

void docbao_page_links_free(docbao_page_links *l)
{
    if (l == NULL) {
        return;
    }
    g_free(l->feed);
    g_free(l->title);
    g_ptr_array_unref(l->urls);
    g_ptr_array_unref(l->titles);
    g_free(l);
}

const char *docbao_page_links_feed(const docbao_page_links *l)
{
    return l->feed;
}

const char *docbao_page_links_page_title(const docbao_page_links *l)
{
    return l->title;
}

/* The page's <title>, cleaned; NULL when it has none. */
static char *page_title(const dom_page *page)
{
    for (size_t k = 0; k < page->n_info; k++) {
        if (dom_is(page->info[k].node, "title")) {
            char *raw = dom_text(page, page->info[k].node, NULL, NULL);
            char *clean = dbi_text_clean(raw, -1);
            g_free(raw);
            if (clean != NULL && clean[0] == '\0') {
                g_clear_pointer(&clean, g_free);
            }
            return clean;
        }
    }
    return NULL;
}

size_t docbao_page_links_size(const docbao_page_links *l)
{
    return l->urls->len;
}

const char *docbao_page_links_url(const docbao_page_links *l, size_t i)
{
    return i < l->urls->len ? g_ptr_array_index(l->urls, i) : NULL;
}

const char *docbao_page_links_title(const docbao_page_links *l, size_t i)
{
    return i < l->titles->len ? g_ptr_array_index(l->titles, i) : NULL;
}

/* The RSS or Atom feed that a <link rel="alternate"> names, made absolute; NULL when none. */
static char *advertised_feed(const dom_page *page, const char *base)
{
    for (size_t k = 0; k < page->n_info; k++) {
        const xmlNode *n = page->info[k].node;
        const char *rel, *type, *href;
        if (!dom_is(n, "link")) {
            continue;
        }
        rel = dom_attr(n, "rel");
        type = dom_attr(n, "type");
        href = dom_attr(n, "href");
        if (rel == NULL || type == NULL || href == NULL || href[0] == '\0') {
            continue;
        }
        if (strstr(rel, "alternate") != NULL &&
            (g_ascii_strcasecmp(type, "application/rss+xml") == 0 ||
             g_ascii_strcasecmp(type, "application/atom+xml") == 0)) {
            return docbao_link_resolve(base, href);
        }
    }
    return NULL;
}

/* Is the element inside something that never lists the page's stories? */
static gboolean in_furniture(const dom_info *i)
{
    for (; i != NULL; i = i->parent) {
        if ((i->hints & NOT_STORIES) || i->tag == DOM_TAG_NAV || i->tag == DOM_TAG_FOOTER) {
            return TRUE;
        }
    }
    return FALSE;
}

static size_t count_words(const char *s)
{
    size_t n = 0;
    gboolean in_word = FALSE;
    for (; *s != '\0'; s++) {
        gboolean space = *s == ' ';
        n += !space && !in_word;
        in_word = !space;
    }
    return n;
}

/* A link worth reading from: http(s) (or, for a page read from a file, a file beside it). */
static char *story_link(const char *base, const char *href)
{
    const char *scheme;
    char *url;
    if (href == NULL || href[0] == '\0' || href[0] == '#') {
        return NULL;
    }
    scheme = g_uri_peek_scheme(href);
    if (scheme != NULL && strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0) {
        return NULL; /* javascript:, mailto:, tel: ... */
    }
    url = docbao_link_resolve(base, href);
    if (url != NULL && base != NULL && strcmp(url, base) == 0) {
        g_clear_pointer(&url, g_free);
    }
    return url;
}

docbao_status docbao_extract_links(const char *html, size_t len,
                                   const docbao_extract_options *opts, docbao_page_links **out,
                                   docbao_error *err)
{
    const char *base = opts != NULL ? opts->url : NULL;
    GHashTable *seen;
    docbao_page_links *l;
    dom_page *page = NULL;
    docbao_status st = html_page_open(html, len, opts, NULL, &page, err);

    if (st != DOCBAO_OK) {
        return st;
    }
    l = g_new0(docbao_page_links, 1);
    l->urls = g_ptr_array_new_with_free_func(g_free);
    l->titles = g_ptr_array_new_with_free_func(g_free);
    l->feed = advertised_feed(page, base);
    l->title = page_title(page);
    seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t k = 0; k < page->n_info && l->urls->len < MAX_LINKS; k++) {
        const dom_info *i = &page->info[k];
        char *url, *raw, *title;
        if (i->tag != DOM_TAG_A || (i->flags & DOM_INVISIBLE) || i->chars < HEADLINE_CHARS ||
            in_furniture(i)) {
            continue;
        }
        url = story_link(base, dom_attr(i->node, "href"));
        if (url == NULL) {
            continue;
        }
        raw = dom_text(page, i->node, NULL, NULL);
        title = dbi_text_clean(raw, -1);
        g_free(raw);
        /* "#Topic" links name a tag page, not a story. */
        if (title == NULL || title[0] == '#' || count_words(title) < HEADLINE_WORDS ||
            g_hash_table_contains(seen, url)) {
            g_free(title);
            g_free(url);
            continue;
        }
        g_ptr_array_add(l->urls, url);
        g_ptr_array_add(l->titles, title);
        g_hash_table_add(seen, url);
    }
    g_hash_table_unref(seen);
    dom_page_free(page);
    *out = l;
    return DOCBAO_OK;
}
