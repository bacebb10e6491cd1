/*
 * What an element's class, id, role and itemprop say about it, in English and Vietnamese web
 * vocabulary ("related", "tin-lien-quan", "sapo", "chu-thich", ...). The vocabulary is data in
 * html_hints.c; the extractor weighs these hints together with text statistics and never acts
 * on a name alone where the text says otherwise. Internal.
 */
#ifndef DOCBAO_HTML_HINTS_H
#define DOCBAO_HTML_HINTS_H

#include <libxml/tree.h>
#include <stdint.h>

#include "extract/html_dom.h"

enum {
    HINT_CONTENT = 1u << 0,     /* "article", "content", "entry", "noidung", role=main */
    HINT_BODY = 1u << 1,        /* the article text itself: "article-body", itemprop=articleBody */
    HINT_FURNITURE = 1u << 2,   /* menus, navigation, footers, breadcrumbs, pagination, search */
    HINT_SIDE = 1u << 3,        /* maybe furniture: sidebars, widgets, headers, columns */
    HINT_RELATED = 1u << 4,     /* related and recommended stories, "read more", "xem thêm" */
    HINT_SHARE = 1u << 5,       /* share bars and social buttons, print and mail links */
    HINT_COMMENT = 1u << 6,     /* comments and reader opinions */
    HINT_AD = 1u << 7,          /* advertising and sponsored slots */
    HINT_CAPTION = 1u << 8,     /* image captions and credits */
    HINT_LEAD = 1u << 9,        /* the lead: "sapo", "standfirst", "summary" */
    HINT_TITLE = 1u << 10,      /* the headline */
    HINT_BYLINE = 1u << 11,     /* the author */
    HINT_DATE = 1u << 12,       /* a date or time */
    HINT_TAGS = 1u << 13,       /* tags, keywords, topics */
    HINT_SUBSCRIBE = 1u << 14,  /* newsletters, subscriptions, paywalls, sign-in */
    HINT_MEDIA = 1u << 15,      /* players and galleries */
    HINT_HIDDEN = DOM_HINT_HIDDEN,
};

/* Hints that mark an element as furniture whatever else its name says. */
#define HINT_BOILERPLATE                                                                          \
    (HINT_FURNITURE | HINT_RELATED | HINT_SHARE | HINT_COMMENT | HINT_AD | HINT_TAGS |           \
     HINT_SUBSCRIBE)

/*
 * A cache of the hints of class attributes, which pages repeat many times over. One per page
 * and thread; free with hints_cache_free() (NULL does nothing).
 */
typedef struct hints_cache hints_cache;
hints_cache *hints_cache_new(void);
void hints_cache_free(hints_cache *cache);

/* The hints of an element (a dom_hints_fn: data is a hints_cache, or NULL for none). */
uint32_t hints_of_element(const xmlNode *element, void *data);

#endif
