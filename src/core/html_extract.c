/*
 * Article extraction from HTML with libxml2's HTML parser.
 *
 * The page is parsed into a tree; metadata (structured data, OpenGraph, <title>) gives
 * reference values; the body container is found by scoring text density, link density and
 * class/id hints; a walk of the container turns block elements into article blocks; finally
 * the title, lead, date and author are taken from the visible page where it shows them.
 * Every traversal is iterative, so deeply nested pages cannot exhaust the stack.
 */
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "docbao/article.h"
#include "docbao/input.h"
#include "html_dom.h"
#include "internal.h"

/* A text block found by the walk, before it becomes an article block. */
typedef struct {
    docbao_block_type type;
    char *text;
    char *image;
    gboolean bold;     /* all its text is bold */
    gboolean italic;   /* all its text is italic */
    gboolean centered; /* centred */
    gboolean right;    /* right-aligned */
    double link_density;
    xmlNode *node; /* its block element */
} found_block;

typedef struct {
    htmlDocPtr doc;
    const docbao_extract_options *opts;

    /* Reference values from metadata; NULL when absent. */
    char *doc_title; /* <title> with the site name removed */
    char *og_title;
    char *ld_headline;
    char *ld_date;
    char *ld_author;
    char *meta_date;
    char *meta_author;
    char *meta_description;
    char *site_name;
    char *canonical;
    gboolean ld_is_article;

    xmlNode *title_node;
    char *title;
    xmlNode *lead_node;
    char *lead;
    xmlNode *body_node;
    GPtrArray *extra_roots; /* siblings joined to the body */

    GHashTable *scores;  /* xmlNode* -> score (double boxed) */
    GHashTable *removed; /* set of xmlNode*: hidden or furniture */
    GArray *blocks;      /* of found_block */
} extractor;

/* ---------------------------------------------------------------------------------------- */
/* Metadata                                                                                  */

static char *clean_or_null(const char *s)
{
    char *c;
    if (s == NULL) {
        return NULL;
    }
    c = dbi_text_clean(s, -1);
    if (c != NULL && c[0] == '\0') {
        g_free(c);
        c = NULL;
    }
    return c;
}

static void set_once(char **field, const char *value)
{
    if (*field == NULL) {
        *field = clean_or_null(value);
    }
}

/* Reads the first JSON-LD value of name from an object, as text; NULL if absent. */
static const char *json_string_member(JsonObject *o, const char *name)
{
    JsonNode *n;
    if (!json_object_has_member(o, name)) {
        return NULL;
    }
    n = json_object_get_member(o, name);
    if (JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_STRING) {
        return json_node_get_string(n);
    }
    return NULL;
}

static void json_ld_author(extractor *x, JsonNode *n)
{
    if (n == NULL || x->ld_author != NULL) {
        return;
    }
    if (JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_STRING) {
        set_once(&x->ld_author, json_node_get_string(n));
    } else if (JSON_NODE_HOLDS_OBJECT(n)) {
        set_once(&x->ld_author, json_string_member(json_node_get_object(n), "name"));
    } else if (JSON_NODE_HOLDS_ARRAY(n)) {
        JsonArray *a = json_node_get_array(n);
        GString *names = g_string_new(NULL);
        for (guint i = 0; i < json_array_get_length(a); i++) {
            JsonNode *e = json_array_get_element(a, i);
            const char *name = NULL;
            if (JSON_NODE_HOLDS_OBJECT(e)) {
                name = json_string_member(json_node_get_object(e), "name");
            } else if (JSON_NODE_HOLDS_VALUE(e) && json_node_get_value_type(e) == G_TYPE_STRING) {
                name = json_node_get_string(e);
            }
            if (name != NULL && name[0] != '\0') {
                g_string_append_printf(names, "%s%s", names->len > 0 ? ", " : "", name);
            }
        }
        set_once(&x->ld_author, names->str);
        g_string_free(names, TRUE);
    }
}

static gboolean type_is_article(JsonObject *o)
{
    static const char *const kinds[] = {"NewsArticle",
                                        "Article",
                                        "ReportageNewsArticle",
                                        "BlogPosting",
                                        "AnalysisNewsArticle",
                                        "OpinionNewsArticle",
                                        "BackgroundNewsArticle",
                                        "ReviewNewsArticle",
                                        "WebPage"};
    JsonNode *t;
    if (!json_object_has_member(o, "@type")) {
        return FALSE;
    }
    t = json_object_get_member(o, "@type");
    for (size_t i = 0; i < G_N_ELEMENTS(kinds) - 1; i++) {
        if (JSON_NODE_HOLDS_VALUE(t) && json_node_get_value_type(t) == G_TYPE_STRING &&
            strcmp(json_node_get_string(t), kinds[i]) == 0) {
            return TRUE;
        }
        if (JSON_NODE_HOLDS_ARRAY(t)) {
            JsonArray *a = json_node_get_array(t);
            for (guint j = 0; j < json_array_get_length(a); j++) {
                const char *s = json_array_get_string_element(a, j);
                if (s != NULL && strcmp(s, kinds[i]) == 0) {
                    return TRUE;
                }
            }
        }
    }
    return FALSE;
}

static void json_ld_visit(extractor *x, JsonNode *n, int depth)
{
    if (n == NULL || depth > 8) {
        return;
    }
    if (JSON_NODE_HOLDS_ARRAY(n)) {
        JsonArray *a = json_node_get_array(n);
        for (guint i = 0; i < json_array_get_length(a); i++) {
            json_ld_visit(x, json_array_get_element(a, i), depth + 1);
        }
    } else if (JSON_NODE_HOLDS_OBJECT(n)) {
        JsonObject *o = json_node_get_object(n);
        if (type_is_article(o)) {
            x->ld_is_article = TRUE;
            set_once(&x->ld_headline, json_string_member(o, "headline"));
            set_once(&x->ld_date, json_string_member(o, "datePublished"));
            if (json_object_has_member(o, "author")) {
                json_ld_author(x, json_object_get_member(o, "author"));
            }
        }
        if (json_object_has_member(o, "@graph")) {
            json_ld_visit(x, json_object_get_member(o, "@graph"), depth + 1);
        }
    }
}

static void parse_json_ld(extractor *x, const char *text)
{
    JsonParser *p = json_parser_new();
    if (json_parser_load_from_data(p, text, -1, NULL)) {
        json_ld_visit(x, json_parser_get_root(p), 0);
    }
    g_object_unref(p);
}

/* Removes a site-name suffix or prefix from a <title> text. */
static char *strip_site_name(const char *title, const char *site_name)
{
    static const char *const seps[] = {" | ", " - ", " – ", " — ", " :: ", " « ", " » "};
    static const char *const site_words[] = {"báo",    "cổng",    "trang",    "portal", "tạp chí",
                                             "online", "news",    ".vn",      ".com",   ".net",
                                             "tv",     "điện tử", "thông tin"};
    char *t = g_strdup(title);
    for (int round = 0; round < 2; round++) {
        const char *best = NULL;
        size_t best_sep = 0;
        for (size_t i = 0; i < G_N_ELEMENTS(seps); i++) {
            const char *p = g_strrstr(t, seps[i]);
            if (p != NULL && (best == NULL || p > best)) {
                best = p;
                best_sep = strlen(seps[i]);
            }
        }
        if (best == NULL) {
            break;
        }
        {
            const char *tail = best + best_sep;
            char *tail_low = g_utf8_strdown(tail, -1);
            gboolean is_site = FALSE;
            if (site_name != NULL) {
                char *s = g_utf8_strdown(site_name, -1);
                is_site = strstr(tail_low, s) != NULL || strstr(s, tail_low) != NULL;
                g_free(s);
            }
            for (size_t i = 0; i < G_N_ELEMENTS(site_words) && !is_site; i++) {
                is_site = strstr(tail_low, site_words[i]) != NULL;
            }
            /* A site name is short next to the headline it follows. */
            if (is_site && g_utf8_strlen(tail, -1) * 2 < g_utf8_strlen(t, -1)) {
                t[best - t] = '\0';
            } else {
                g_free(tail_low);
                break;
            }
            g_free(tail_low);
        }
    }
    return t;
}

static void read_metadata(extractor *x)
{
    xmlNode *root = xmlDocGetRootElement(x->doc);
    char *raw_title = NULL;
    for (xmlNode *n = root; n != NULL; n = dom_next(n, root, TRUE)) {
        if (n->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (dom_is(n, "meta")) {
            const char *key = dom_attr(n, "property");
            const char *content = dom_attr(n, "content");
            if (key == NULL) {
                key = dom_attr(n, "name");
            }
            if (key == NULL) {
                key = dom_attr(n, "itemprop");
            }
            if (key == NULL || content == NULL) {
                continue;
            }
            if (g_ascii_strcasecmp(key, "og:title") == 0) {
                set_once(&x->og_title, content);
            } else if (g_ascii_strcasecmp(key, "og:site_name") == 0) {
                set_once(&x->site_name, content);
            } else if (g_ascii_strcasecmp(key, "article:published_time") == 0 ||
                       g_ascii_strcasecmp(key, "datePublished") == 0 ||
                       g_ascii_strcasecmp(key, "pubdate") == 0 ||
                       g_ascii_strcasecmp(key, "publishdate") == 0 ||
                       g_ascii_strcasecmp(key, "dc.date.issued") == 0 ||
                       g_ascii_strcasecmp(key, "article:published") == 0) {
                set_once(&x->meta_date, content);
            } else if (g_ascii_strcasecmp(key, "author") == 0 ||
                       g_ascii_strcasecmp(key, "article:author") == 0 ||
                       g_ascii_strcasecmp(key, "dc.creator") == 0) {
                if (!g_str_has_prefix(content, "http")) {
                    set_once(&x->meta_author, content);
                }
            } else if (g_ascii_strcasecmp(key, "og:description") == 0 ||
                       g_ascii_strcasecmp(key, "description") == 0) {
                set_once(&x->meta_description, content);
            } else if (g_ascii_strcasecmp(key, "og:url") == 0) {
                set_once(&x->canonical, content);
            }
        } else if (dom_is(n, "title") && raw_title == NULL) {
            raw_title = dom_text(n);
        } else if (dom_is(n, "link")) {
            const char *rel = dom_attr(n, "rel");
            if (rel != NULL && g_ascii_strcasecmp(rel, "canonical") == 0) {
                g_free(x->canonical);
                x->canonical = clean_or_null(dom_attr(n, "href"));
            }
        } else if (dom_is(n, "script")) {
            const char *type = dom_attr(n, "type");
            if (type != NULL && g_ascii_strcasecmp(type, "application/ld+json") == 0) {
                char *text = dom_raw_text(n);
                parse_json_ld(x, text);
                g_free(text);
            }
        } else if (dom_is(n, "time") && x->meta_date == NULL) {
            const char *itemprop = dom_attr(n, "itemprop");
            if (itemprop != NULL && strcmp(itemprop, "datePublished") == 0) {
                set_once(&x->meta_date, dom_attr(n, "datetime"));
            }
        }
    }
    if (raw_title != NULL) {
        char *clean = clean_or_null(raw_title);
        if (clean != NULL) {
            x->doc_title = strip_site_name(clean, x->site_name);
            g_free(clean);
        }
        g_free(raw_title);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Dates                                                                                     */

/* Parses an ISO 8601 date or date-time into "YYYY-MM-DD" in Vietnam's time (UTC+7). */
static char *iso_to_local_date(const char *s)
{
    GDateTime *dt;
    int y, m, d;
    if (s == NULL) {
        return NULL;
    }
    while (g_ascii_isspace(*s)) {
        s++;
    }
    dt = g_date_time_new_from_iso8601(s, NULL);
    if (dt == NULL) {
        /* "2024-01-28 08:30:00" without a zone is taken as local time already. */
        char *t = g_strdup(s);
        if (strlen(t) > 10 && t[10] == ' ') {
            t[10] = 'T';
        }
        dt = g_date_time_new_from_iso8601(t, g_time_zone_new_offset(7 * 3600));
        g_free(t);
    }
    if (dt != NULL) {
        GTimeZone *vn = g_time_zone_new_offset(7 * 3600);
        GDateTime *local = g_date_time_to_timezone(dt, vn);
        char *out = g_date_time_format(local, "%Y-%m-%d");
        g_date_time_unref(local);
        g_date_time_unref(dt);
        g_time_zone_unref(vn);
        return out;
    }
    if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3 && y > 1900 &&
        g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y)) {
        return g_strdup_printf("%04d-%02d-%02d", y, m, d);
    }
    return NULL;
}

/*
 * Finds a day/month/year date written as Vietnamese pages show it ("28/01/2024", "5-3-2024",
 * "28.01.2024") in text; returns it as "YYYY-MM-DD" or NULL.
 */
static char *find_visible_date(const char *text)
{
    for (const char *p = text; *p != '\0'; p++) {
        int d = 0, m = 0, y = 0, nd = 0, nm = 0, ny = 0;
        const char *q = p;
        char sep;
        if (!g_ascii_isdigit(*p) || (p > text && g_ascii_isdigit(p[-1]))) {
            continue;
        }
        while (g_ascii_isdigit(*q) && nd < 3) {
            d = d * 10 + (*q++ - '0');
            nd++;
        }
        sep = *q;
        if (nd > 2 || (sep != '/' && sep != '-' && sep != '.')) {
            continue;
        }
        q++;
        while (g_ascii_isdigit(*q) && nm < 3) {
            m = m * 10 + (*q++ - '0');
            nm++;
        }
        if (nm == 0 || nm > 2 || *q != sep) {
            continue;
        }
        q++;
        while (g_ascii_isdigit(*q) && ny < 5) {
            y = y * 10 + (*q++ - '0');
            ny++;
        }
        if (ny != 4 || y < 1990 || y > 2100) {
            continue;
        }
        if (g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y)) {
            return g_strdup_printf("%04d-%02d-%02d", y, m, d);
        }
    }
    return NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* Boilerplate and scoring                                                                   */

/* Class and id words of page furniture: always removed unless also marked as content. */
static const char *const negative_words[] = {
    "menu",     "nav",     "navbar",   "footer",     "comment",     "share",      "social",
    "related",  "relate",  "lienquan", "tinkhac",    "othernews",   "banner",     "advert",
    "ads",      "adv",     "quangcao", "breadcrumb", "breadcrumbs", "tags",       "tag",
    "popup",    "modal",   "cookie",   "subscribe",  "newsletter",  "toolbar",    "print",
    "rating",   "vote",    "login",    "search",     "copyright",   "pagination", "pager",
    "readmore", "xemthem", "facebook", "zalo",       "twitter",     "sharing",    "btn",
    "button",   "weather", "thoitiet", "counter",    "thongke",     "lienket",    "sponsor",
    "promo",    "player",  "audio",    "listen",
};

/* Words that often mark furniture but sometimes the main column ("sidebar-1", "widget"). */
static const char *const soft_negative_words[] = {
    "sidebar", "widget",   "hidden", "masthead",   "topbar",   "header",    "most",     "trending",
    "hot",     "icon",     "links",  "video-list", "box-news", "list-news", "listnews", "news-list",
    "cate",    "category", "boxtin", "author-box", "aside",    "right",     "left",     "col-right",
};

static const char *const positive_words[] = {
    "article",     "content",      "detail",   "body",     "main",     "post",
    "entry",       "text",         "story",    "noidung",  "chitiet",  "fck",
    "maincontent", "news-content", "singular", "cms-body", "viewdata", "bantin",
};

/* Does a token match a word list: equal, or containing a word of 6 letters or more? */
static gboolean token_matches(const char *token, const char *const *words, size_t n_words,
                              size_t min_contained)
{
    for (size_t i = 0; i < n_words; i++) {
        if (strcmp(token, words[i]) == 0 ||
            (strlen(words[i]) >= min_contained && strstr(token, words[i]) != NULL)) {
            return TRUE;
        }
    }
    return FALSE;
}

typedef struct {
    gboolean negative;      /* furniture by its name */
    gboolean soft_negative; /* maybe furniture */
    gboolean positive;      /* content by its name */
} class_hints;

/* Reads class and id, split into lowercase tokens at spaces, '-' and '_'. */
static class_hints hints_of(const xmlNode *n)
{
    const char *attrs[2] = {dom_attr(n, "class"), dom_attr(n, "id")};
    class_hints h = {FALSE, FALSE, FALSE};
    for (int a = 0; a < 2; a++) {
        char *low;
        char **tokens;
        if (attrs[a] == NULL) {
            continue;
        }
        low = g_ascii_strdown(attrs[a], -1);
        tokens = g_strsplit_set(low, " \t\n-_", -1);
        for (char **t = tokens; *t != NULL; t++) {
            if (**t == '\0') {
                continue;
            }
            h.negative |= token_matches(*t, negative_words, G_N_ELEMENTS(negative_words), 6);
            h.soft_negative |=
                token_matches(*t, soft_negative_words, G_N_ELEMENTS(soft_negative_words), 6);
            h.positive |= token_matches(*t, positive_words, G_N_ELEMENTS(positive_words), 4);
        }
        /* Combined names such as "box-tinlienquan" or "tin-lien-quan" are never content. */
        if (strstr(low, "lien-quan") != NULL || strstr(low, "lienquan") != NULL ||
            strstr(low, "tin-khac") != NULL || strstr(low, "tinkhac") != NULL ||
            strstr(low, "related") != NULL || strstr(low, "comment") != NULL) {
            h.negative = TRUE;
            h.positive = FALSE;
        }
        g_strfreev(tokens);
        g_free(low);
    }
    return h;
}

static int class_weight(const xmlNode *n)
{
    class_hints h = hints_of(n);
    return (h.positive ? 25 : 0) - ((h.negative || h.soft_negative) && !h.positive ? 25 : 0);
}

/* Elements that never hold article text. */
static gboolean is_skipped_tag(const xmlNode *n)
{
    static const char *const tags[] = {
        "script", "style",  "noscript", "template", "svg",      "math",  "iframe", "object",
        "embed",  "canvas", "select",   "option",   "textarea", "input", "button", "head",
        "title",  "meta",   "link",     "audio",    "video",    "map",   "dialog", "nav",
        "aside",  "footer", "label",    "source",   "picture",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(tags); i++) {
        if (strcmp((const char *)n->name, tags[i]) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Is this element hidden, or boilerplate? Decided once for the page by mark_removed(). */
static gboolean is_removed(const extractor *x, const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && g_hash_table_contains(x->removed, n);
}

typedef struct {
    size_t text;
    size_t links;
} raw_stats;

/*
 * Marks hidden elements, elements that never hold text, and page furniture named by class or
 * id. A name that only suggests furniture ("sidebar") removes an element only when it holds
 * little of the page's text or is mostly links, since some sites name their main column so.
 */
static void mark_removed(extractor *x)
{
    xmlNode *root = xmlDocGetRootElement(x->doc);
    GHashTable *stats = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
    size_t total = 0;
    xmlNode *n;

    /* Post-order pass: visible characters and linked characters of every element. */
    n = root;
    while (n != NULL) {
        gboolean descend = n->type == XML_ELEMENT_NODE && !is_skipped_tag(n) && !dom_is_hidden(n);
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            size_t chars = dom_visible_chars((const char *)n->content);
            gboolean linked = FALSE;
            total += chars;
            /* Every ancestor counts the text; those from the nearest link up count it as linked. */
            for (xmlNode *p = n->parent; p != NULL && p->type == XML_ELEMENT_NODE; p = p->parent) {
                raw_stats *st = g_hash_table_lookup(stats, p);
                if (st == NULL) {
                    st = g_new0(raw_stats, 1);
                    g_hash_table_insert(stats, p, st);
                }
                linked = linked || dom_is(p, "a");
                st->text += chars;
                st->links += linked ? chars : 0;
            }
        }
        n = dom_next(n, root, descend);
    }

    n = root;
    while (n != NULL) {
        gboolean descend = TRUE;
        if (n->type == XML_ELEMENT_NODE) {
            gboolean removed = is_skipped_tag(n) || dom_is_hidden(n);
            if (!removed && !dom_is(n, "body") && !dom_is(n, "html") && !dom_is(n, "form") &&
                !dom_is(n, "a")) {
                class_hints h = hints_of(n);
                if (h.negative && !h.positive) {
                    removed = TRUE;
                } else if (h.soft_negative && !h.positive) {
                    raw_stats *st = g_hash_table_lookup(stats, n);
                    size_t text = st != NULL ? st->text : 0;
                    size_t links = st != NULL ? st->links : 0;
                    removed = text * 5 < total || links * 5 > text * 2;
                }
            }
            if (removed) {
                g_hash_table_add(x->removed, n);
                descend = FALSE;
            }
        }
        n = dom_next(n, root, descend);
    }
    g_hash_table_destroy(stats);
}

typedef struct {
    double score;
    size_t text_chars;
    size_t link_chars;
} node_stats;

static double *score_of(extractor *x, xmlNode *n)
{
    double *s = g_hash_table_lookup(x->scores, n);
    if (s == NULL) {
        s = g_new(double, 1);
        *s = class_weight(n);
        if (dom_is(n, "div") || dom_is(n, "article") || dom_is(n, "section") || dom_is(n, "main")) {
            *s += 5;
        } else if (dom_is(n, "td") || dom_is(n, "blockquote") || dom_is(n, "pre")) {
            *s += 3;
        } else if (dom_is(n, "ol") || dom_is(n, "ul") || dom_is(n, "li") || dom_is(n, "dl") ||
                   dom_is(n, "form")) {
            *s -= 3;
        } else if (dom_is(n, "th") || (n->name[0] == 'h' && g_ascii_isdigit(n->name[1]))) {
            *s -= 5;
        }
        if (dom_is(n, "article") || dom_is(n, "main")) {
            *s += 10;
        }
        g_hash_table_insert(x->scores, n, s);
    }
    return s;
}

/* Counts the visible characters of a subtree and those inside links, skipping removed parts. */
static void measure(const extractor *x, const xmlNode *root, size_t *text, size_t *links)
{
    *text = 0;
    *links = 0;
    for (const xmlNode *n = root->children; n != NULL;) {
        gboolean descend = TRUE;
        if (n->type == XML_ELEMENT_NODE && is_removed(x, n)) {
            descend = FALSE;
        } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            size_t chars = dom_visible_chars((const char *)n->content);
            *text += chars;
            if (dom_has_ancestor(n, root, "a")) {
                *links += chars;
            }
        }
        n = dom_next_const(n, root, descend);
    }
}

/* Is this a paragraph-like element whose text feeds its ancestors' scores? */
static gboolean is_scored_leaf(const xmlNode *n)
{
    if (dom_is(n, "p") || dom_is(n, "pre") || dom_is(n, "td") || dom_is(n, "blockquote")) {
        return TRUE;
    }
    if (dom_is(n, "div") || dom_is(n, "span") || dom_is(n, "section")) {
        /* A div without block children acts as a paragraph. */
        return !dom_has_block_child(n);
    }
    return FALSE;
}

static gboolean inside_removed(const extractor *x, const xmlNode *n)
{
    for (const xmlNode *p = n; p != NULL && p->type == XML_ELEMENT_NODE; p = p->parent) {
        if (is_removed(x, p)) {
            return TRUE;
        }
    }
    return FALSE;
}

static gboolean is_block_tag(const xmlNode *n);

/*
 * Credits a paragraph's text to the container that holds it and, less and less, to the
 * containers above it: one point, one per comma, and one per hundred characters up to three.
 */
static void add_paragraph_score(extractor *x, const char *text, xmlNode *container)
{
    size_t chars = g_utf8_strlen(text, -1);
    double s = 1;
    if (chars < 25) {
        return;
    }
    for (const char *c = text; *c != '\0'; c++) {
        s += *c == ',';
    }
    s += MIN((double)chars / 100.0, 3.0);
    for (int level = 0; container != NULL && container->type == XML_ELEMENT_NODE && level < 5;
         level++, container = container->parent) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        *score_of(x, container) += s / divider;
    }
}

/* The text of an element's own inline content: its text children and inline elements. */
static char *direct_text(const extractor *x, const xmlNode *n)
{
    GString *out = g_string_new(NULL);
    for (const xmlNode *c = n->children; c != NULL; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content != NULL) {
            g_string_append(out, (const char *)c->content);
        } else if (c->type == XML_ELEMENT_NODE && !is_block_tag(c) && !is_removed(x, c) &&
                   !dom_is(c, "a")) {
            char *t = dom_text(c);
            g_string_append(out, t);
            g_free(t);
        }
    }
    return g_string_free(out, FALSE);
}

static xmlNode *find_body(extractor *x)
{
    xmlNode *root = xmlDocGetRootElement(x->doc);
    xmlNode *best = NULL;
    double best_score = 0;
    GHashTableIter it;
    gpointer key, value;

    if (root == NULL) {
        return NULL;
    }
    for (xmlNode *n = root; n != NULL;) {
        gboolean descend = TRUE;
        if (n->type == XML_ELEMENT_NODE) {
            if (is_removed(x, n) || n == x->title_node) {
                descend = FALSE;
            } else if (is_scored_leaf(n)) {
                char *text = dom_text(n);
                if (n->parent != NULL && n->parent->type == XML_ELEMENT_NODE) {
                    add_paragraph_score(x, text, n->parent);
                }
                g_free(text);
            } else if (dom_is(n, "div") || dom_is(n, "td") || dom_is(n, "section") ||
                       dom_is(n, "article")) {
                /* Text written straight into a container, paragraphs split by <br>. */
                char *text = direct_text(x, n);
                add_paragraph_score(x, text, n);
                g_free(text);
            }
        }
        n = dom_next(n, root, descend);
    }

    g_hash_table_iter_init(&it, x->scores);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        xmlNode *n = key;
        size_t text, links;
        double s;
        if (inside_removed(x, n) || dom_is(n, "html")) {
            continue;
        }
        measure(x, n, &text, &links);
        if (text == 0) {
            continue;
        }
        s = *(double *)value * (1.0 - (double)links / (double)text);
        if (best == NULL || s > best_score) {
            best = n;
            best_score = s;
        }
    }
    if (best == NULL) {
        return NULL;
    }
    /*
     * When the winner's parent scores nearly as well, the article is spread across siblings:
     * climb to the parent so that none of it is lost.
     */
    for (int i = 0; i < 3 && best->parent != NULL && best->parent->type == XML_ELEMENT_NODE &&
                    !dom_is(best->parent, "body");
         i++) {
        double *ps = g_hash_table_lookup(x->scores, best->parent);
        size_t text, links;
        if (ps == NULL || *ps < best_score * 0.75) {
            break;
        }
        measure(x, best->parent, &text, &links);
        if (text == 0 || (double)links / (double)text > 0.3) {
            break;
        }
        best = best->parent;
        best_score = *ps;
    }
    return best;
}

/* ---------------------------------------------------------------------------------------- */
/* Title                                                                                     */

/* Share of b's words found in a, in [0, 1]: how well a heading matches a reference title. */
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

static gboolean has_title_class(const xmlNode *n)
{
    const char *attrs[2] = {dom_attr(n, "class"), dom_attr(n, "id")};
    for (int i = 0; i < 2; i++) {
        if (attrs[i] != NULL) {
            char *low = g_ascii_strdown(attrs[i], -1);
            gboolean yes = strstr(low, "title") != NULL || strstr(low, "headline") != NULL ||
                           strstr(low, "tieude") != NULL || strstr(low, "tieu-de") != NULL;
            g_free(low);
            if (yes) {
                return TRUE;
            }
        }
    }
    return dom_attr(n, "itemprop") != NULL && strcmp(dom_attr(n, "itemprop"), "headline") == 0;
}

static void find_title(extractor *x)
{
    xmlNode *root = xmlDocGetRootElement(x->doc);
    const char *refs[3] = {x->ld_headline, x->og_title, x->doc_title};
    xmlNode *best = NULL, *first_h1 = NULL;
    double best_score = 0;
    char *best_text = NULL;
    int n_h1 = 0;

    for (xmlNode *n = root; n != NULL;) {
        gboolean descend = TRUE;
        if (n->type == XML_ELEMENT_NODE) {
            if (is_skipped_tag(n) || dom_is_hidden(n)) {
                descend = FALSE;
            } else if (dom_is(n, "h1") || dom_is(n, "h2") ||
                       ((dom_is(n, "div") || dom_is(n, "span") || dom_is(n, "td") ||
                         dom_is(n, "p") || dom_is(n, "h3") || dom_is(n, "a")) &&
                        has_title_class(n))) {
                char *raw = dom_text(n);
                char *text = clean_or_null(raw);
                g_free(raw);
                if (text != NULL && g_utf8_strlen(text, -1) >= 8 &&
                    g_utf8_strlen(text, -1) <= 400 && !inside_removed(x, n)) {
                    double s = 0;
                    if (dom_is(n, "h1")) {
                        n_h1++;
                        if (first_h1 == NULL) {
                            first_h1 = n;
                        }
                    }
                    for (int i = 0; i < 3; i++) {
                        if (refs[i] != NULL) {
                            double o =
                                strcmp(text, refs[i]) == 0 ? 1.5 : word_overlap(text, refs[i]);
                            s = MAX(s, o);
                        }
                    }
                    if (dom_is(n, "h1")) {
                        s += 0.2;
                    }
                    if (s > best_score) {
                        best_score = s;
                        best = n;
                        g_free(best_text);
                        best_text = text;
                        text = NULL;
                    }
                }
                g_free(text);
                descend = FALSE;
            }
        }
        n = dom_next(n, root, descend);
    }
    if (best != NULL && best_score >= 0.7) {
        x->title_node = best;
        x->title = best_text;
        return;
    }
    g_free(best_text);
    if (n_h1 == 1) {
        char *raw = dom_text(first_h1);
        x->title_node = first_h1;
        x->title = clean_or_null(raw);
        g_free(raw);
        if (x->title != NULL) {
            return;
        }
        x->title_node = NULL;
    }
    for (int i = 0; i < 3; i++) {
        if (refs[i] != NULL) {
            x->title = g_strdup(refs[i]);
            return;
        }
    }
}

/* ---------------------------------------------------------------------------------------- */
/* The walk: block elements of the body become blocks                                        */

typedef struct {
    extractor *x;
    GString *text;
    xmlNode *first; /* first text node of the pending block */
    size_t chars, bold_chars, italic_chars, link_chars;
    int pending_br;         /* consecutive <br> seen */
    char *last_image;       /* src of the last image seen */
    gboolean image_pending; /* an image was seen and no text block since */
    xmlNode *root;
} walker;

static gboolean is_block_tag(const xmlNode *n)
{
    static const char *const tags[] = {
        "address", "article",  "blockquote", "center",  "dd",      "details", "div",   "dl",
        "dt",      "fieldset", "figcaption", "figure",  "form",    "h1",      "h2",    "h3",
        "h4",      "h5",       "h6",         "header",  "hgroup",  "hr",      "li",    "main",
        "ol",      "p",        "pre",        "section", "summary", "table",   "tbody", "thead",
        "tfoot",   "tr",       "td",         "th",      "caption", "ul",      "body",  "html",
    };
    for (size_t i = 0; i < G_N_ELEMENTS(tags); i++) {
        if (strcmp((const char *)n->name, tags[i]) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

static gboolean has_caption_class(const xmlNode *n)
{
    const char *c = dom_attr(n, "class");
    char *low;
    gboolean yes;
    if (c == NULL) {
        return FALSE;
    }
    low = g_ascii_strdown(c, -1);
    yes = strstr(low, "caption") != NULL || strstr(low, "image_desc") != NULL ||
          strstr(low, "img-desc") != NULL || strstr(low, "image-desc") != NULL ||
          strstr(low, "photo-desc") != NULL || strstr(low, "chuthich") != NULL ||
          strstr(low, "chu-thich") != NULL || strstr(low, "desc_image") != NULL ||
          strstr(low, "expnoedit") != NULL;
    g_free(low);
    return yes;
}

/* Decides the type of a block from its element and the elements around it. */
static docbao_block_type block_type_of(const walker *w, const xmlNode *first)
{
    for (const xmlNode *p = first; p != NULL && p != w->root; p = p->parent) {
        if (p->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (dom_is(p, "li") || dom_is(p, "dd")) {
            return DOCBAO_BLOCK_LIST_ITEM;
        }
        if (p->name[0] == 'h' && p->name[1] >= '1' && p->name[1] <= '6' && p->name[2] == '\0') {
            return DOCBAO_BLOCK_HEADING;
        }
        if (dom_is(p, "blockquote") || dom_is(p, "q")) {
            return DOCBAO_BLOCK_QUOTE;
        }
        if (dom_is(p, "figcaption") || has_caption_class(p)) {
            return DOCBAO_BLOCK_CAPTION;
        }
    }
    return DOCBAO_BLOCK_PARAGRAPH;
}

/* Is the pending text inside a centred element (style, align or <center>)? Or right-aligned? */
static void alignment_of(const walker *w, const xmlNode *first, gboolean *centered, gboolean *right)
{
    *centered = FALSE;
    *right = FALSE;
    for (const xmlNode *p = first; p != NULL && p != w->root; p = p->parent) {
        const char *style, *align;
        if (p->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (dom_is(p, "center")) {
            *centered = TRUE;
            return;
        }
        style = dom_attr(p, "style");
        align = dom_attr(p, "align");
        if (style != NULL) {
            char *s = g_ascii_strdown(style, -1);
            char *ta = strstr(s, "text-align");
            if (ta != NULL) {
                *centered = strstr(ta, "center") != NULL && strstr(ta, "center") < ta + 20;
                *right = strstr(ta, "right") != NULL && strstr(ta, "right") < ta + 20;
            }
            g_free(s);
            if (ta != NULL) {
                return;
            }
        }
        if (align != NULL) {
            *centered = g_ascii_strcasecmp(align, "center") == 0;
            *right = g_ascii_strcasecmp(align, "right") == 0;
            return;
        }
        if (is_block_tag(p) && !dom_is(p, "p") && !dom_is(p, "div") && !dom_is(p, "td")) {
            return;
        }
    }
}

static void flush(walker *w)
{
    char *clean;
    found_block b = {0};
    if (w->text->len == 0) {
        return;
    }
    clean = clean_or_null(w->text->str);
    g_string_truncate(w->text, 0);
    if (clean == NULL || w->chars == 0) {
        g_free(clean);
        w->first = NULL;
        w->chars = w->bold_chars = w->italic_chars = w->link_chars = 0;
        return;
    }
    b.text = clean;
    b.node = w->first;
    b.type = block_type_of(w, w->first);
    b.bold = w->bold_chars * 10 >= w->chars * 9;
    b.italic = w->italic_chars * 10 >= w->chars * 9;
    b.link_density = (double)w->link_chars / (double)w->chars;
    alignment_of(w, w->first, &b.centered, &b.right);
    /* A short italic or centred line right under an image is that image's caption. */
    if (b.type == DOCBAO_BLOCK_PARAGRAPH && w->image_pending && (b.italic || b.centered) &&
        g_utf8_strlen(clean, -1) < 400) {
        b.type = DOCBAO_BLOCK_CAPTION;
    }
    if (b.type == DOCBAO_BLOCK_CAPTION) {
        b.image = w->image_pending ? g_strdup(w->last_image) : NULL;
    }
    w->image_pending = FALSE;
    g_array_append_val(w->x->blocks, b);
    w->first = NULL;
    w->chars = w->bold_chars = w->italic_chars = w->link_chars = 0;
}

static void add_text(walker *w, xmlNode *n)
{
    const char *s = (const char *)n->content;
    size_t chars;
    if (s == NULL) {
        return;
    }
    chars = dom_visible_chars(s);
    if (chars > 0 && w->pending_br >= 2) {
        flush(w);
    }
    if (chars > 0) {
        w->pending_br = 0;
    }
    g_string_append(w->text, s);
    if (chars == 0) {
        return;
    }
    if (w->first == NULL) {
        w->first = n;
    }
    w->chars += chars;
    for (const xmlNode *p = n->parent; p != NULL && p != w->root; p = p->parent) {
        if (dom_is(p, "b") || dom_is(p, "strong") ||
            (p->name[0] == 'h' && g_ascii_isdigit(p->name[1]))) {
            w->bold_chars += chars;
            break;
        }
    }
    for (const xmlNode *p = n->parent; p != NULL && p != w->root; p = p->parent) {
        if (dom_is(p, "i") || dom_is(p, "em")) {
            w->italic_chars += chars;
            break;
        }
    }
    if (dom_has_ancestor(n, w->root, "a")) {
        w->link_chars += chars;
    }
}

/* Does this table only frame an image and its caption? Returns the image's node or NULL. */
static xmlNode *image_table(const extractor *x, xmlNode *table)
{
    xmlNode *img = NULL;
    size_t text, links, rows = 0;
    for (xmlNode *n = table->children; n != NULL; n = dom_next(n, table, TRUE)) {
        if (dom_is(n, "img") && img == NULL) {
            img = n;
        } else if (dom_is(n, "tr")) {
            rows++;
        } else if (dom_is(n, "table")) {
            return NULL;
        }
    }
    if (img == NULL || rows > 4) {
        return NULL;
    }
    measure(x, table, &text, &links);
    return text < 600 ? img : NULL;
}

static void emit_caption(walker *w, xmlNode *container, const char *image)
{
    char *raw = dom_text(container);
    char *clean = clean_or_null(raw);
    g_free(raw);
    flush(w);
    if (clean != NULL) {
        found_block b = {0};
        b.type = DOCBAO_BLOCK_CAPTION;
        b.text = clean;
        b.image = image != NULL ? g_strdup(image) : NULL;
        b.node = container;
        g_array_append_val(w->x->blocks, b);
    }
    w->image_pending = FALSE;
}

static void see_image(walker *w, xmlNode *img)
{
    const char *src = dom_attr(img, "src");
    const char *lazy = dom_attr(img, "data-src");
    if (lazy != NULL && (src == NULL || g_str_has_prefix(src, "data:"))) {
        src = lazy;
    }
    g_free(w->last_image);
    w->last_image = g_strdup(src);
    w->image_pending = TRUE;
}

/* Handles an element as the walk enters it; returns whether to walk into its children. */
static gboolean walk_enter(walker *w, xmlNode *n)
{
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        add_text(w, n);
        return FALSE;
    }
    if (n->type != XML_ELEMENT_NODE) {
        return FALSE;
    }
    if (n == w->x->title_node || n == w->x->lead_node || is_removed(w->x, n)) {
        return FALSE;
    }
    if (dom_is(n, "br")) {
        w->pending_br++;
        g_string_append_c(w->text, ' ');
        return FALSE;
    }
    if (dom_is(n, "img")) {
        flush(w);
        see_image(w, n);
        return FALSE;
    }
    if (dom_is(n, "figure")) {
        xmlNode *cap = NULL;
        xmlNode *img = NULL;
        for (xmlNode *c = n->children; c != NULL; c = dom_next(c, n, TRUE)) {
            if (cap == NULL && (dom_is(c, "figcaption") || has_caption_class(c))) {
                cap = c;
            } else if (img == NULL && dom_is(c, "img")) {
                img = c;
            }
        }
        flush(w);
        if (img != NULL) {
            see_image(w, img);
        }
        if (cap != NULL) {
            emit_caption(w, cap, w->last_image);
        }
        return FALSE;
    }
    if (dom_is(n, "table")) {
        xmlNode *img = image_table(w->x, n);
        if (img != NULL) {
            flush(w);
            see_image(w, img);
            emit_caption(w, n, w->last_image);
            return FALSE;
        }
    }
    if (has_caption_class(n) && !dom_is(n, "body")) {
        emit_caption(w, n, w->image_pending ? w->last_image : NULL);
        return FALSE;
    }
    if (is_block_tag(n)) {
        flush(w);
        w->pending_br = 0;
    }
    return TRUE;
}

static void walk_exit(walker *w, xmlNode *n)
{
    if (n->type == XML_ELEMENT_NODE && is_block_tag(n)) {
        flush(w);
        w->pending_br = 0;
    }
}

static void walk(extractor *x, xmlNode *root)
{
    walker w = {0};
    xmlNode *n;
    w.x = x;
    w.text = g_string_new(NULL);
    w.root = root;
    n = root->children;
    while (n != NULL) {
        if (walk_enter(&w, n) && n->children != NULL) {
            n = n->children;
            continue;
        }
        walk_exit(&w, n);
        while (n != NULL && n->next == NULL) {
            n = n->parent;
            if (n == root || n == NULL) {
                n = NULL;
                break;
            }
            walk_exit(&w, n);
        }
        if (n != NULL) {
            n = n->next;
        }
    }
    flush(&w);
    g_string_free(w.text, TRUE);
    g_free(w.last_image);
}

/* ---------------------------------------------------------------------------------------- */
/* Lead, author, clean-up                                                                    */

static gboolean has_lead_class(const xmlNode *n)
{
    static const char *const words[] = {"sapo",        "lead",       "summary",       "chapeau",
                                        "excerpt",     "standfirst", "tomtat",        "tom-tat",
                                        "description", "subtitle",   "article-intro", "teaser"};
    const char *attrs[2] = {dom_attr(n, "class"), dom_attr(n, "id")};
    for (int a = 0; a < 2; a++) {
        char *low;
        gboolean yes = FALSE;
        if (attrs[a] == NULL) {
            continue;
        }
        low = g_ascii_strdown(attrs[a], -1);
        for (size_t i = 0; i < G_N_ELEMENTS(words) && !yes; i++) {
            yes = strstr(low, words[i]) != NULL;
        }
        /* "leading", "header-lead-menu" and the like are not leads. */
        if (yes && (strstr(low, "leading") != NULL || strstr(low, "menu") != NULL ||
                    strstr(low, "related") != NULL || strstr(low, "list") != NULL)) {
            yes = FALSE;
        }
        g_free(low);
        if (yes) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Document-order index of nodes, to compare positions. */
static gboolean node_before(const xmlNode *a, const xmlNode *b)
{
    return xmlXPathCmpNodes((xmlNode *)a, (xmlNode *)b) == 1;
}

static gboolean is_inside(const xmlNode *n, const xmlNode *ancestor)
{
    for (; n != NULL; n = n->parent) {
        if (n == ancestor) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Looks for the lead by class, then between the title and the body. */
static void find_lead(extractor *x)
{
    xmlNode *root = xmlDocGetRootElement(x->doc);
    xmlNode *after_title = NULL;
    for (xmlNode *n = root; n != NULL;) {
        gboolean descend = TRUE;
        if (n->type == XML_ELEMENT_NODE) {
            if (is_skipped_tag(n) || dom_is_hidden(n) || n == x->title_node) {
                descend = FALSE;
            } else if (has_lead_class(n) && !dom_is(n, "body") && !inside_removed(x, n)) {
                char *raw = dom_text(n);
                char *text = clean_or_null(raw);
                g_free(raw);
                if (text != NULL && g_utf8_strlen(text, -1) >= 40 &&
                    (x->title_node == NULL || node_before(x->title_node, n)) &&
                    (x->body_node == NULL || !is_inside(x->body_node, n))) {
                    x->lead_node = n;
                    x->lead = text;
                    return;
                }
                g_free(text);
            }
        }
        n = dom_next(n, root, descend);
    }
    /* The first substantial block after the title and before the body. */
    if (x->title_node == NULL || x->body_node == NULL || is_inside(x->title_node, x->body_node)) {
        return;
    }
    after_title = dom_next(x->title_node, root, FALSE);
    for (xmlNode *n = after_title; n != NULL && n != x->body_node;) {
        gboolean descend = TRUE;
        if (n->type == XML_ELEMENT_NODE && is_inside(x->body_node, n)) {
            /* An ancestor of the body: the lead may sit inside it, before the body. */
        } else if (n->type == XML_ELEMENT_NODE) {
            if (is_removed(x, n)) {
                descend = FALSE;
            } else if ((dom_is(n, "p") || dom_is(n, "div") || dom_is(n, "h2") ||
                        dom_is(n, "span") || dom_is(n, "td")) &&
                       !dom_has_block_child(n)) {
                size_t text, links;
                measure(x, n, &text, &links);
                if (text >= 60 && links * 2 < text) {
                    char *raw = dom_text(n);
                    x->lead = clean_or_null(raw);
                    x->lead_node = n;
                    g_free(raw);
                    return;
                }
                descend = FALSE;
            }
        }
        n = dom_next(n, root, descend);
    }
}

static gboolean ends_sentence(const char *s)
{
    size_t len = strlen(s);
    return len > 0 && (s[len - 1] == '.' || s[len - 1] == '!' || s[len - 1] == '?' ||
                       s[len - 1] == ':' || s[len - 1] == ';');
}

/*
 * Is this short block a byline ("Thu Trang", "Hà Thu (tổng hợp)", "NHẬT XUÂN - NGHI VŨ")?
 * Returns the cleaned author names or NULL.
 */
static char *byline_of(const found_block *b)
{
    char *t = g_strdup(b->text);
    char **words;
    guint n = 0;
    gboolean names = TRUE;
    char *p;
    glong chars = g_utf8_strlen(t, -1);

    if (chars > 60 || chars < 3 || b->link_density > 0.5) {
        g_free(t);
        return NULL;
    }
    if ((p = strstr(t, "(tổng hợp)")) != NULL || (p = strstr(t, "(Tổng hợp)")) != NULL) {
        *p = '\0';
    }
    if (g_str_has_prefix(t, "Theo ") || g_str_has_prefix(t, "Bài, ảnh: ") ||
        g_str_has_prefix(t, "Bài và ảnh: ")) {
        char *rest = g_strdup(strchr(t, ' ') + 1);
        if (g_str_has_prefix(t, "Bài")) {
            g_free(rest);
            rest = g_strdup(strchr(t, ':') + 2);
        }
        g_free(t);
        t = rest;
    }
    g_strstrip(t);
    if (g_str_has_suffix(t, "./.")) {
        t[strlen(t) - 3] = '\0';
        g_strstrip(t);
    }
    if (t[0] == '\0' || ends_sentence(t)) {
        g_free(t);
        return NULL;
    }
    words = g_strsplit(t, " ", -1);
    for (char **w = words; *w != NULL && names; w++) {
        gunichar c;
        if (**w == '\0' || strcmp(*w, "-") == 0 || strcmp(*w, "–") == 0 || strcmp(*w, ",") == 0) {
            continue;
        }
        c = g_utf8_get_char(*w);
        names = g_unichar_isupper(c) || g_unichar_istitle(c);
        n++;
    }
    g_strfreev(words);
    if (!names || n == 0 || n > 8 || (!b->bold && !b->right && !b->italic && n > 4)) {
        g_free(t);
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
    return t;
}

static gboolean same_text(const char *a, const char *b)
{
    return a != NULL && b != NULL && strcmp(a, b) == 0;
}

static gboolean is_date_line(const char *s)
{
    char *d = find_visible_date(s);
    gboolean yes = d != NULL && g_utf8_strlen(s, -1) < 60;
    g_free(d);
    return yes;
}

static void free_block(found_block *b)
{
    g_free(b->text);
    g_free(b->image);
}

/* Removes blocks that repeat the title or lead, link-only lines, and the closing byline. */
static char *tidy_blocks(extractor *x)
{
    GArray *in = x->blocks;
    GArray *out = g_array_new(FALSE, TRUE, sizeof(found_block));
    char *byline = NULL;
    for (guint i = 0; i < in->len; i++) {
        found_block *b = &g_array_index(in, found_block, i);
        gboolean drop = same_text(b->text, x->title) || same_text(b->text, x->lead) ||
                        (b->link_density > 0.6 && b->type != DOCBAO_BLOCK_CAPTION) ||
                        (out->len == 0 && is_date_line(b->text));
        if (drop) {
            free_block(b);
        } else {
            g_array_append_val(out, *b);
        }
    }
    g_array_set_size(in, 0);
    /* The lead may open the body as its first, bold paragraph. */
    if (x->lead == NULL && out->len > 1) {
        found_block *b = &g_array_index(out, found_block, 0);
        if (b->type == DOCBAO_BLOCK_PARAGRAPH && b->bold && g_utf8_strlen(b->text, -1) >= 60) {
            x->lead = b->text;
            b->text = NULL;
            free_block(b);
            g_array_remove_index(out, 0);
        }
    }
    /* A byline closes the body, possibly followed by a source line or captions. */
    for (guint k = 0; k < 2 && k < out->len; k++) {
        guint i = out->len - 1 - k;
        found_block *b = &g_array_index(out, found_block, i);
        if (b->type != DOCBAO_BLOCK_PARAGRAPH && b->type != DOCBAO_BLOCK_HEADING) {
            continue;
        }
        byline = byline_of(b);
        if (byline != NULL) {
            free_block(b);
            g_array_remove_index(out, i);
            break;
        }
    }
    /* Short bold paragraphs without final punctuation are in-body headings. */
    for (guint i = 0; i < out->len; i++) {
        found_block *b = &g_array_index(out, found_block, i);
        if (b->type == DOCBAO_BLOCK_PARAGRAPH && b->bold && !ends_sentence(b->text) &&
            g_utf8_strlen(b->text, -1) < 160 && i + 1 < out->len) {
            b->type = DOCBAO_BLOCK_HEADING;
        }
    }
    g_array_unref(x->blocks);
    x->blocks = out;
    return byline;
}

/* Finds the date shown nearest to the title in the page's visible text. */
static char *visible_date(extractor *x)
{
    typedef struct {
        long index;
        char *date;
        gboolean after_body; /* in what follows the article: related news, footers */
    } seen_date;
    xmlNode *root = xmlDocGetRootElement(x->doc);
    GArray *seen = g_array_new(FALSE, FALSE, sizeof(seen_date));
    char *best = NULL;
    long best_cost = G_MAXLONG;
    long index = 0, title_index = 0;
    for (xmlNode *n = root; n != NULL;) {
        gboolean descend = TRUE;
        if (n == x->title_node) {
            title_index = index;
        }
        if (n->type == XML_ELEMENT_NODE && (is_skipped_tag(n) || dom_is_hidden(n))) {
            descend = FALSE;
        } else if (n->type == XML_TEXT_NODE && n->content != NULL &&
                   dom_visible_chars((const char *)n->content) > 0) {
            seen_date d = {index++, find_visible_date((const char *)n->content), FALSE};
            if (d.date != NULL) {
                d.after_body = x->body_node != NULL && !node_before(n, x->body_node) &&
                               !is_inside(n, x->body_node);
                g_array_append_val(seen, d);
            }
        }
        n = dom_next(n, root, descend);
    }
    for (guint i = 0; i < seen->len; i++) {
        seen_date *d = &g_array_index(seen, seen_date, i);
        long cost = labs(d->index - title_index) + (d->after_body ? 100000 : 0);
        if (cost < best_cost) {
            g_free(best);
            best = d->date;
            best_cost = cost;
        } else {
            g_free(d->date);
        }
    }
    g_array_unref(seen);
    return best;
}

/* ---------------------------------------------------------------------------------------- */

static void extractor_clear(extractor *x)
{
    g_free(x->doc_title);
    g_free(x->og_title);
    g_free(x->ld_headline);
    g_free(x->ld_date);
    g_free(x->ld_author);
    g_free(x->meta_date);
    g_free(x->meta_author);
    g_free(x->meta_description);
    g_free(x->site_name);
    g_free(x->canonical);
    g_free(x->title);
    g_free(x->lead);
    if (x->blocks != NULL) {
        for (guint i = 0; i < x->blocks->len; i++) {
            free_block(&g_array_index(x->blocks, found_block, i));
        }
        g_array_unref(x->blocks);
    }
    if (x->scores != NULL) {
        g_hash_table_destroy(x->scores);
    }
    if (x->removed != NULL) {
        g_hash_table_destroy(x->removed);
    }
    if (x->doc != NULL) {
        xmlFreeDoc(x->doc);
    }
}

static size_t body_chars(const extractor *x)
{
    size_t n = 0;
    for (guint i = 0; i < x->blocks->len; i++) {
        const found_block *b = &g_array_index(x->blocks, found_block, i);
        if (b->type != DOCBAO_BLOCK_CAPTION) {
            n += strlen(b->text);
        }
    }
    return n;
}

docbao_status docbao_extract_html(const char *html, size_t len, const docbao_extract_options *opts,
                                  docbao_article **out, docbao_error *err)
{
    static const docbao_extract_options no_opts = {0};
    extractor x = {0};
    docbao_article *a;
    docbao_status st;
    char *date = NULL, *byline = NULL;
    const char *encoding = NULL;
    gboolean utf8;

    if (html == NULL || out == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no page was given"));
    }
    if (opts == NULL) {
        opts = &no_opts;
    }
    x.opts = opts;
    if (len > INT_MAX) {
        return dbi_fail(err, DOCBAO_ERR_TOO_LARGE, _("the page is too large"));
    }
    st = docbao_input_check_text(html, len, _("the page"), err);
    if (st != DOCBAO_OK) {
        return st;
    }
    utf8 = g_utf8_validate_len(html, len, NULL);
    if (utf8) {
        encoding = "UTF-8";
    } else if (opts->charset != NULL) {
        encoding = opts->charset;
    }
    x.doc = htmlReadMemory(html, (int)len, opts->url, encoding,
                           HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_NONET | HTML_PARSE_COMPACT);
    if (x.doc == NULL || xmlDocGetRootElement(x.doc) == NULL) {
        extractor_clear(&x);
        return dbi_fail(err, DOCBAO_ERR_PARSE, _("the page could not be read as HTML"));
    }
    if (!utf8 && encoding == NULL && x.doc->encoding == NULL) {
        extractor_clear(&x);
        return docbao_input_check_utf8(html, len, _("the page"), err);
    }
    x.scores = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
    x.blocks = g_array_new(FALSE, TRUE, sizeof(found_block));

    x.removed = g_hash_table_new(g_direct_hash, g_direct_equal);
    read_metadata(&x);
    mark_removed(&x);
    find_title(&x);
    x.body_node = find_body(&x);
    if (g_getenv("DOCBAO_DEBUG_EXTRACT") != NULL && x.body_node != NULL) {
        g_printerr("body: <%s class=%s id=%s>\n", x.body_node->name, dom_attr(x.body_node, "class"),
                   dom_attr(x.body_node, "id"));
    }
    if (x.body_node != NULL) {
        find_lead(&x);
        walk(&x, x.body_node);
        byline = tidy_blocks(&x);
    }
    if (x.title == NULL || x.body_node == NULL ||
        body_chars(&x) + (x.lead != NULL ? strlen(x.lead) : 0) < 200) {
        extractor_clear(&x);
        g_free(byline);
        return dbi_fail(err, DOCBAO_ERR_NO_ARTICLE,
                        _("no article was found in the page (it holds too little running "
                          "text)"));
    }

    a = docbao_article_new();
    docbao_article_set_title(a, x.title);
    docbao_article_set_lead(a, x.lead);
    docbao_article_set_url(a, x.canonical != NULL ? x.canonical : opts->url);
    date = iso_to_local_date(x.ld_date);
    if (date == NULL) {
        date = iso_to_local_date(x.meta_date);
    }
    if (date == NULL) {
        date = visible_date(&x);
    }
    docbao_article_set_published(a, date);
    g_free(date);
    if (byline != NULL) {
        docbao_article_set_author(a, byline);
    } else if (x.ld_author != NULL) {
        docbao_article_set_author(a, x.ld_author);
    } else if (x.meta_author != NULL && !same_text(x.meta_author, x.site_name)) {
        docbao_article_set_author(a, x.meta_author);
    }
    g_free(byline);
    for (guint i = 0; i < x.blocks->len; i++) {
        const found_block *b = &g_array_index(x.blocks, found_block, i);
        docbao_article_add_block(a, b->type, b->text, b->image);
    }
    extractor_clear(&x);
    *out = a;
    return DOCBAO_OK;
}
