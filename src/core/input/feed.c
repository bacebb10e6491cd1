/*
 * News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom, parsed with libxml2 without ever loading
 * external entities, DTDs or anything from the network; dates read in the many forms feeds
 * use and shown in Vietnam's time.
 */
#include <limits.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "docbao/feed.h"
#include "docbao/input.h"
#include "docbao/text.h"
#include "input/input_internal.h"
#include "base/internal.h"
#include "text/text.h"
#include "base/jsonglib.h"
#include "base/xml_parse.h"

#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define VIETNAM_OFFSET (7 * 3600)
/* Longest title made from a summary, in characters. */
#define TITLE_FROM_SUMMARY_MAX 80

typedef struct {
    char *title;
    char *link;
    char *summary;
    char *date;
    gint64 time;
} entry;

struct docbao_feed {
    const char *kind;
    char *title;
    char *link;
    char *source;
    GPtrArray *entries; /* of entry */
};

static void entry_free(gpointer p)
{
    entry *e = p;
    g_free(e->title);
    g_free(e->link);
    g_free(e->summary);
    g_free(e->date);
    g_free(e);
}

void docbao_feed_free(docbao_feed *f)
{
    if (f == NULL) {
        return;
    }
    g_free(f->title);
    g_free(f->link);
    g_free(f->source);
    g_ptr_array_unref(f->entries);
    g_free(f);
}

const char *docbao_feed_kind(const docbao_feed *f)
{
    return f->kind;
}
const char *docbao_feed_title(const docbao_feed *f)
{
    return f->title;
}
const char *docbao_feed_link(const docbao_feed *f)
{
    return f->link;
}
const char *docbao_feed_source(const docbao_feed *f)
{
    return f->source;
}
size_t docbao_feed_n_entries(const docbao_feed *f)
{
    return f->entries->len;
}
static const entry *entry_at(const docbao_feed *f, size_t i)
{
    return g_ptr_array_index(f->entries, i);
}
const char *docbao_feed_entry_title(const docbao_feed *f, size_t i)
{
    return entry_at(f, i)->title;
}
const char *docbao_feed_entry_link(const docbao_feed *f, size_t i)
{
    return entry_at(f, i)->link;
}
const char *docbao_feed_entry_summary(const docbao_feed *f, size_t i)
{
    return entry_at(f, i)->summary;
}
const char *docbao_feed_entry_date(const docbao_feed *f, size_t i)
{
    return entry_at(f, i)->date;
}
int64_t docbao_feed_entry_time(const docbao_feed *f, size_t i)
{
    return entry_at(f, i)->time;
}

/* ---------------------------------------------------------------------------------------- */
/* Dates                                                                                     */

typedef struct {
    int year, month, day, hour, minute, second;
    int offset; /* seconds east of UTC */
    int pm;     /* -1: no AM/PM, 0: AM, 1: PM */
    gboolean have_time;
} date_parts;

static int month_from_name(const char *word)
{
    static const char *const months[] = {"january", "february", "march",     "april",
                                         "may",     "june",     "july",      "august",
                                         "september", "october", "november", "december"};
    size_t n = strlen(word);
    if (n > 0 && word[n - 1] == '.') {
        n--;
    }
    if (n < 3) {
        return 0;
    }
    for (int m = 0; m < 12; m++) {
        if (n <= strlen(months[m]) && g_ascii_strncasecmp(word, months[m], n) == 0) {
            return m + 1;
        }
    }
    return 0;
}

/* Parses a string of digits only (up to 9 of them); -1 otherwise. */
static int number(const char *s, size_t n)
{
    int v = 0;
    if (n == 0 || n > 9) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (!g_ascii_isdigit(s[i])) {
            return -1;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* "+0700", "-05:00", "+7": an offset in seconds; FALSE when s is not one. */
static gboolean parse_offset(const char *s, int *out)
{
    int sign, h, m = 0;
    size_t n;
    if (s[0] != '+' && s[0] != '-') {
        return FALSE;
    }
    sign = s[0] == '-' ? -1 : 1;
    s++;
    n = strlen(s);
    if (n == 5 && s[2] == ':') {
        h = number(s, 2);
        m = number(s + 3, 2);
    } else if (n == 4) {
        h = number(s, 2);
        m = number(s + 2, 2);
    } else if (n == 1 || n == 2) {
        h = number(s, n);
    } else {
        return FALSE;
    }
    if (h < 0 || h > 14 || m < 0 || m > 59) {
        return FALSE;
    }
    *out = sign * (h * 3600 + m * 60);
    return TRUE;
}

/* Named zones: GMT, UTC, Z, the US zones of RFC 822, ICT; also "GMT+7", "UTC+07:00". */
static gboolean parse_zone(const char *word, int *out)
{
    static const struct {
        const char *name;
        int hours;
    } zones[] = {{"gmt", 0},  {"ut", 0},   {"utc", 0},  {"z", 0},    {"est", -5},
                 {"edt", -4}, {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6},
                 {"pst", -8}, {"pdt", -7}, {"ict", 7}};
    for (size_t i = 0; i < G_N_ELEMENTS(zones); i++) {
        size_t n = strlen(zones[i].name);
        if (g_ascii_strncasecmp(word, zones[i].name, n) == 0) {
            if (word[n] == '\0') {
                *out = zones[i].hours * 3600;
                return TRUE;
            }
            if (zones[i].hours == 0 && parse_offset(word + n, out)) {
                return TRUE;
            }
        }
    }
    return parse_offset(word, out);
}

/* "08:30", "8:30:15", "08:30:15.123", "08h30", with a zone glued on ("08:30:00+07:00"). */
static gboolean parse_time(const char *word, date_parts *d)
{
    const char *p = word;
    int v[3] = {0, 0, 0};
    int n = 0;
    while (n < 3) {
        const char *start = p;
        while (g_ascii_isdigit(*p)) {
            p++;
        }
        if (p == start || p - start > 2) {
            return FALSE;
        }
        v[n++] = number(start, (size_t)(p - start));
        if (*p == ':' || (n == 1 && (*p == 'h' || *p == 'H'))) {
            p++;
            continue;
        }
        break;
    }
    if (n < 2 || v[0] > 23 || v[1] > 59 || v[2] > 60) {
        return FALSE;
    }
    if (*p == '.' || *p == ',') { /* fractions of a second */
        p++;
        while (g_ascii_isdigit(*p)) {
            p++;
        }
    }
    if (*p != '\0' && !parse_zone(p, &d->offset)) {
        return FALSE;
    }
    d->hour = v[0];
    d->minute = v[1];
    d->second = v[2];
    d->have_time = TRUE;
    return TRUE;
}

/* "27/11/2023", "27-11-23", "2023-11-27", "2023/11/27", "27.11.2023". */
static gboolean parse_numeric_date(const char *word, date_parts *d)
{
    char **parts = g_strsplit_set(word, "/-.", -1);
    gboolean ok = FALSE;
    if (g_strv_length(parts) == 3) {
        int a = number(parts[0], strlen(parts[0]));
        int b = number(parts[1], strlen(parts[1]));
        int c = number(parts[2], strlen(parts[2]));
        if (a >= 0 && b >= 0 && c >= 0) {
            ok = TRUE;
            if (strlen(parts[0]) == 4) {
                d->year = a;
                d->month = b;
                d->day = c;
            } else {
                /* Day first, as Vietnamese writes it. */
                d->day = a;
                d->month = b;
                d->year = c;
            }
        }
    }
    g_strfreev(parts);
    return ok;
}

/* A year a news item can carry: from the Unix epoch to what four digits write. */
static gboolean plausible_year(int year)
{
    return year >= 1970 && year <= 9999;
}

gboolean dbi_feed_parse_date(const char *text, gint64 *out)
{
    GTimeZone *tz;
    GDateTime *dt;
    date_parts d = {0, 0, 0, 0, 0, 0, VIETNAM_OFFSET, -1, FALSE};
    char *copy;
    char **words;
    int bare[3];
    int n_bare = 0;
    gboolean have_numeric_date = FALSE;
    gboolean next_is_month = FALSE, skip_next_number = FALSE;

    if (text == NULL) {
        return FALSE;
    }
    copy = g_strstrip(g_strdup(text));
    if (copy[0] == '\0') {
        g_free(copy);
        return FALSE;
    }
    /* RFC 3339 / ISO 8601 first. */
    tz = g_time_zone_new_offset(VIETNAM_OFFSET);
    dt = g_date_time_new_from_iso8601(copy, tz);
    if (dt != NULL) {
        /* Years outside the range the other forms accept are not news dates. */
        gboolean plausible = plausible_year(g_date_time_get_year(dt));
        if (plausible) {
            *out = g_date_time_to_unix(dt);
        }
        g_date_time_unref(dt);
        g_time_zone_unref(tz);
        g_free(copy);
        return plausible;
    }
    /* "2023-11-27T08:30": split date and time at the T. */
    for (char *p = copy + 1; *p != '\0'; p++) {
        if ((*p == 'T' || *p == 't') && g_ascii_isdigit(p[-1]) && g_ascii_isdigit(p[1])) {
            *p = ' ';
        }
    }
    g_strdelimit(copy, ",()|", ' ');
    words = g_strsplit_set(copy, " \t\r\n", -1);
    for (char **w = words; *w != NULL; w++) {
        char *word = *w;
        char *lower;
        int v;
        /* "tháng" and "thứ" speak of the word right after them only. */
        gboolean month_word = next_is_month, weekday_word = skip_next_number;
        if (word[0] == '\0') {
            continue;
        }
        next_is_month = skip_next_number = FALSE;
        lower = g_utf8_strdown(word, -1);
        v = number(word, strlen(word));
        if (v >= 0) {
            if (weekday_word) {
                /* "Thứ 2": a weekday, not a day of the month */
            } else if (month_word) {
                d.month = v;
            } else if (strlen(word) == 4) {
                d.year = v;
            } else if (n_bare < 3) {
                bare[n_bare++] = v;
            }
        } else if (month_from_name(word) > 0 && g_ascii_isalpha(word[0])) {
            d.month = month_from_name(word);
        } else if (strcmp(lower, "tháng") == 0) {
            next_is_month = TRUE;
        } else if (strcmp(lower, "thứ") == 0) {
            skip_next_number = TRUE;
        } else if (strcmp(lower, "am") == 0 || strcmp(lower, "sa") == 0) {
            d.pm = 0;
        } else if (strcmp(lower, "pm") == 0 || strcmp(lower, "ch") == 0) {
            d.pm = 1;
        } else if (strpbrk(word, ":hH") != NULL && g_ascii_isdigit(word[0]) &&
                   parse_time(word, &d)) {
            /* a time */
        } else if (g_ascii_isdigit(word[0]) && strpbrk(word, "/-.") != NULL &&
                   parse_numeric_date(word, &d)) {
            have_numeric_date = TRUE;
        } else {
            /* A zone, or a word to pass over (weekdays, "ngày", "lúc", "-"). */
            parse_zone(word, &d.offset);
        }
        g_free(lower);
    }
    g_strfreev(words);
    g_free(copy);
    if (!have_numeric_date) {
        /* Bare numbers: the day, then the month unless it was named, then the year. */
        int i = 0;
        if (i < n_bare) {
            d.day = bare[i++];
        }
        if (d.month == 0 && i < n_bare) {
            d.month = bare[i++];
        }
        if (d.year == 0 && i < n_bare) {
            d.year = bare[i++];
        }
    }
    if (d.year > 0 && d.year < 100) {
        d.year += d.year < 70 ? 2000 : 1900;
    }
    if (d.pm == 1 && d.hour < 12) {
        d.hour += 12;
    } else if (d.pm == 0 && d.hour == 12) {
        d.hour = 0;
    }
    g_time_zone_unref(tz);
    if (!plausible_year(d.year) || d.month < 1 || d.month > 12 || d.day < 1 ||
        !g_date_valid_dmy((GDateDay)d.day, (GDateMonth)d.month, (GDateYear)d.year)) {
        return FALSE;
    }
    tz = g_time_zone_new_offset(d.offset);
    dt = g_date_time_new(tz, d.year, d.month, d.day, d.hour, d.minute,
                         d.second > 59 ? 59 : d.second);
    g_time_zone_unref(tz);
    if (dt == NULL) {
        return FALSE;
    }
    *out = g_date_time_to_unix(dt);
    g_date_time_unref(dt);
    return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Text                                                                                      */

static gboolean is_block_element(const xmlChar *name)
{
    static const char *const blocks[] = {"p",  "br", "div", "li", "tr", "td", "h1", "h2",
                                         "h3", "h4", "h5",  "h6", "ul", "ol", "blockquote"};
    for (size_t i = 0; i < G_N_ELEMENTS(blocks); i++) {
        if (g_ascii_strcasecmp((const char *)name, blocks[i]) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * Appends the text under n. Entity references are never expanded recursively: an internal
 * entity whose text holds no further markup is copied once, anything else is dropped, so
 * "billion laughs" documents stay small and external entities are never read.
 */
static void collect_text(xmlNode *n, GString *out)
{
    for (xmlNode *c = n->children; c != NULL; c = c->next) {
        switch (c->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (c->content != NULL) {
                g_string_append(out, (const char *)c->content);
            }
            break;
        case XML_ENTITY_REF_NODE: {
            xmlEntity *ent = (xmlEntity *)c->children;
            if (ent != NULL && ent->type == XML_ENTITY_DECL &&
                ent->etype == XML_INTERNAL_GENERAL_ENTITY && ent->content != NULL &&
                strpbrk((const char *)ent->content, "&<") == NULL) {
                g_string_append(out, (const char *)ent->content);
            }
            break;
        }
        case XML_ELEMENT_NODE:
            if (g_ascii_strcasecmp((const char *)c->name, "script") == 0 ||
                g_ascii_strcasecmp((const char *)c->name, "style") == 0) {
                break;
            }
            collect_text(c, out);
            if (is_block_element(c->name)) {
                g_string_append_c(out, ' ');
            }
            break;
        default:
            break;
        }
    }
}

/* Text of an HTML fragment (feeds escape HTML in descriptions, and sometimes in titles). */
static char *html_to_text(const char *html)
{
    GString *out = g_string_new(NULL);
    htmlDocPtr doc = dbi_html_parse(html, strlen(html), NULL, 0);
    if (doc != NULL && dbi_xml.xmlDocGetRootElement(doc) != NULL) {
        xmlNode wrapper = {0};
        wrapper.children = dbi_xml.xmlDocGetRootElement(doc);
        collect_text(&wrapper, out);
    } else {
        g_string_append(out, html);
    }
    dbi_xml.xmlFreeDoc(doc);
    return g_string_free(out, FALSE);
}

/* The cleaned text of an element (HTML inside it made plain), or NULL when empty. */
static char *node_text(xmlNode *n)
{
    GString *raw;
    char *clean;
    if (n == NULL) {
        return NULL;
    }
    raw = g_string_new(NULL);
    collect_text(n, raw);
    if (strpbrk(raw->str, "<&") != NULL) {
        char *plain = html_to_text(raw->str);
        g_string_assign(raw, plain);
        g_free(plain);
    }
    clean = dbi_text_clean(raw->str, (gssize)raw->len);
    g_string_free(raw, TRUE);
    if (clean != NULL && clean[0] == '\0') {
        g_clear_pointer(&clean, g_free);
    }
    return clean;
}

/* ---------------------------------------------------------------------------------------- */
/* Structure                                                                                 */

/* Is n an element called name, in no namespace or one of the feed namespaces given? */
static gboolean is_el(xmlNode *n, const char *name, const char *ns)
{
    if (n == NULL || n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, name) != 0) {
        return FALSE;
    }
    if (ns != NULL) {
        return n->ns != NULL && strcmp((const char *)n->ns->href, ns) == 0;
    }
    return n->ns == NULL || strcmp((const char *)n->ns->href, NS_RSS1) == 0 ||
           strcmp((const char *)n->ns->href, NS_ATOM) == 0;
}

static xmlNode *child(xmlNode *parent, const char *name, const char *ns)
{
    for (xmlNode *c = parent != NULL ? parent->children : NULL; c != NULL; c = c->next) {
        if (is_el(c, name, ns)) {
            return c;
        }
    }
    return NULL;
}

/* An element name and its namespace (NULL: none or a feed namespace, as is_el() says). */
typedef struct {
    const char *name;
    const char *ns;
} field;

/* The first child matching fields[0], else fields[1], and so on; or NULL. */
static xmlNode *first_child(xmlNode *parent, const field *fields, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        xmlNode *c = child(parent, fields[i].name, fields[i].ns);
        if (c != NULL) {
            return c;
        }
    }
    return NULL;
}

static char *attr(xmlNode *n, const char *name)
{
    xmlChar *v = dbi_xml.xmlGetProp(n, (const xmlChar *)name);
    char *copy = v != NULL ? g_strstrip(g_strdup((const char *)v)) : NULL;
    (*dbi_xml.xmlFree)(v);
    return copy;
}

typedef struct {
    docbao_feed *feed;
    xmlDoc *doc;
    gboolean source_is_url;
} parser;

/*
 * Makes a link absolute against the entry's xml:base and the feed's source. Keeps only web
 * addresses (and, for a feed read from a file, paths and file: URIs made into paths).
 */
static char *resolve_link(parser *p, xmlNode *node, const char *ref)
{
    xmlChar *xml_base;
    const char *scheme;
    char *base, *resolved, *link = NULL;
    char *trimmed;
    if (ref == NULL) {
        return NULL;
    }
    trimmed = g_strstrip(g_strdup(ref));
    if (trimmed[0] == '\0') {
        g_free(trimmed);
        return NULL;
    }
    xml_base = dbi_xml.xmlNodeGetBase(p->doc, node);
    base = xml_base != NULL ? docbao_link_resolve(p->feed->source, (const char *)xml_base)
                            : g_strdup(p->feed->source);
    (*dbi_xml.xmlFree)(xml_base);
    resolved = docbao_link_resolve(base, trimmed);
    g_free(base);
    g_free(trimmed);
    if (resolved == NULL) {
        return NULL;
    }
    scheme = g_uri_peek_scheme(resolved);
    if (docbao_fetch_is_url(resolved)) {
        link = g_steal_pointer(&resolved);
    } else if (!p->source_is_url) {
        if (scheme == NULL) {
            link = g_steal_pointer(&resolved);
        } else if (strcmp(scheme, "file") == 0) {
            link = g_filename_from_uri(resolved, NULL, NULL);
        }
    }
    g_free(resolved);
    /* A path made of bytes that are not text (from %-escapes or a broken page) cannot be
     * shown or spoken: the entry goes without a link rather than with a garbled one. */
    if (link != NULL && !g_utf8_validate(link, -1, NULL)) {
        g_clear_pointer(&link, g_free);
    }
    return link;
}

/* The link of an Atom element: rel="alternate" (or no rel) preferred, HTML first. */
static char *atom_link(parser *p, xmlNode *parent)
{
    char *best = NULL;
    int best_rank = 0;
    for (xmlNode *c = parent->children; c != NULL; c = c->next) {
        char *rel, *type, *href;
        int rank;
        if (!is_el(c, "link", NS_ATOM) && !(c->ns == NULL && is_el(c, "link", NULL))) {
            continue;
        }
        href = attr(c, "href");
        if (href == NULL) {
            continue;
        }
        rel = attr(c, "rel");
        type = attr(c, "type");
        if (rel == NULL || strcmp(rel, "alternate") == 0) {
            rank = type == NULL || strstr(type, "html") != NULL ? 3 : 2;
        } else if (strcmp(rel, "self") == 0 || strcmp(rel, "enclosure") == 0) {
            rank = 0;
        } else {
            rank = 1;
        }
        if (rank > best_rank) {
            char *resolved = resolve_link(p, c, href);
            if (resolved != NULL) {
                g_free(best);
                best = resolved;
                best_rank = rank;
            }
        }
        g_free(rel);
        g_free(type);
        g_free(href);
    }
    return best;
}

/* The first text-valued <link> (RSS), skipping atom:link elements that only carry href. */
static char *rss_link(parser *p, xmlNode *parent)
{
    for (xmlNode *c = parent->children; c != NULL; c = c->next) {
        if (is_el(c, "link", NULL) && (c->ns == NULL || strcmp((const char *)c->ns->href,
                                                               NS_ATOM) != 0)) {
            char *text = node_text(c);
            char *link = resolve_link(p, c, text);
            g_free(text);
            if (link != NULL) {
                return link;
            }
        }
    }
    return NULL;
}

/* A title for an entry that has none: the summary's start, cut at a word. */
static char *title_from_summary(const char *summary)
{
    const char *cut;
    char *prefix, *title;
    if (g_utf8_strlen(summary, -1) <= TITLE_FROM_SUMMARY_MAX) {
        return g_strdup(summary);
    }
    cut = g_utf8_offset_to_pointer(summary, TITLE_FROM_SUMMARY_MAX);
    while (cut > summary && *cut != ' ') {
        cut--;
    }
    if (cut == summary) {
        cut = g_utf8_offset_to_pointer(summary, TITLE_FROM_SUMMARY_MAX);
    }
    prefix = g_strndup(summary, (gsize)(cut - summary));
    title = g_strconcat(prefix, "…", NULL);
    g_free(prefix);
    return title;
}

static void add_entry(parser *p, xmlNode *item, gboolean atom)
{
    entry *e = g_new0(entry, 1);
    xmlNode *date_node;
    char *date_text;

    e->title = node_text(child(item, "title", NULL));
    if (atom) {
        static const field summary[] = {{"summary", NULL}, {"content", NULL}};
        static const field date[] = {{"published", NULL}, {"updated", NULL}};
        e->link = atom_link(p, item);
        e->summary = node_text(first_child(item, summary, G_N_ELEMENTS(summary)));
        date_node = first_child(item, date, G_N_ELEMENTS(date));
    } else {
        static const field summary[] = {{"description", NULL}, {"encoded", NS_CONTENT}};
        static const field date[] = {{"pubDate", NULL},
                                     {"date", NS_DC},
                                     {"published", NS_ATOM},
                                     {"updated", NS_ATOM}};
        xmlNode *guid = child(item, "guid", NULL);
        e->link = rss_link(p, item);
        if (e->link == NULL && guid != NULL) {
            char *permalink = attr(guid, "isPermaLink");
            if (permalink == NULL || strcmp(permalink, "false") != 0) {
                char *text = node_text(guid);
                e->link = resolve_link(p, guid, text);
                g_free(text);
            }
            g_free(permalink);
        }
        if (e->link == NULL) {
            e->link = atom_link(p, item);
        }
        e->summary = node_text(first_child(item, summary, G_N_ELEMENTS(summary)));
        date_node = first_child(item, date, G_N_ELEMENTS(date));
    }
    e->time = -1;
    date_text = node_text(date_node);
    if (date_text != NULL && dbi_feed_parse_date(date_text, &e->time)) {
        e->date = docbao_fetch_format_time(e->time, "%Y-%m-%d %H:%M");
    }
    g_free(date_text);
    if (e->title == NULL && e->link == NULL && e->summary == NULL) {
        entry_free(e);
        return;
    }
    if (e->title == NULL) {
        e->title = e->summary != NULL ? title_from_summary(e->summary)
                   : e->link != NULL  ? g_strdup(e->link)
                                      : g_strdup(_("(untitled)"));
    }
    g_ptr_array_add(p->feed->entries, e);
}

/* Reads the channel and its entries; returns FALSE when root is not a feed. */
static gboolean read_feed(parser *p, xmlNode *root)
{
    docbao_feed *f = p->feed;
    xmlNode *channel;
    if (is_el(root, "rss", NULL) || is_el(root, "RDF", NULL) ||
        (root->ns != NULL && strcmp((const char *)root->name, "RDF") == 0)) {
        gboolean rdf = strcmp((const char *)root->name, "RDF") == 0;
        f->kind = rdf ? "rdf" : "rss";
        channel = child(root, "channel", NULL);
        if (channel == NULL) {
            channel = root;
        }
        f->title = node_text(child(channel, "title", NULL));
        f->link = rss_link(p, channel);
        /* Items live in the channel (RSS 2.0) or beside it (RSS 1.0 and some 0.9x). */
        for (xmlNode *c = channel->children; c != NULL; c = c->next) {
            if (is_el(c, "item", NULL)) {
                add_entry(p, c, FALSE);
            }
        }
        if (channel != root) {
            for (xmlNode *c = root->children; c != NULL; c = c->next) {
                if (is_el(c, "item", NULL)) {
                    add_entry(p, c, FALSE);
                }
            }
        }
        return TRUE;
    }
    if (is_el(root, "feed", NULL)) {
        f->kind = "atom";
        f->title = node_text(child(root, "title", NULL));
        f->link = atom_link(p, root);
        for (xmlNode *c = root->children; c != NULL; c = c->next) {
            if (is_el(c, "entry", NULL)) {
                add_entry(p, c, TRUE);
            }
        }
        return TRUE;
    }
    return FALSE;
}

gboolean dbi_feed_sniff(const char *data, size_t len)
{
    const char *p = data;
    const char *end = data + MIN(len, (size_t)4096);
    if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3;
    }
    while (p < end) {
        if (g_ascii_isspace(*p)) {
            p++;
        } else if (end - p >= 2 && p[0] == '<' && (p[1] == '?' || p[1] == '!')) {
            /* The XML declaration, a comment, a DOCTYPE: skip to its end. */
            gboolean comment = end - p >= 4 && memcmp(p, "<!--", 4) == 0;
            const char *bracket = memchr(p, '[', (size_t)(end - p));
            const char *gt = memchr(p, '>', (size_t)(end - p));
            gboolean subset = !comment && bracket != NULL && (gt == NULL || bracket < gt);
            const char *stop = comment ? "-->" : subset ? "]>" : ">";
            const char *close = memmem(p, (size_t)(end - p), stop, strlen(stop));
            if (close == NULL) {
                return FALSE;
            }
            p = close + strlen(stop);
        } else if (*p == '<') {
            const char *name = ++p;
            const char *colon;
            size_t n;
            while (p < end && (g_ascii_isalnum(*p) || *p == ':' || *p == '_' || *p == '-')) {
                p++;
            }
            colon = memchr(name, ':', (size_t)(p - name));
            if (colon != NULL) {
                name = colon + 1;
            }
            n = (size_t)(p - name);
            return (n == 3 && g_ascii_strncasecmp(name, "rss", 3) == 0) ||
                   (n == 3 && g_ascii_strncasecmp(name, "rdf", 3) == 0) ||
                   (n == 4 && strncmp(name, "feed", 4) == 0);
        } else {
            return FALSE;
        }
    }
    return FALSE;
}

/* The parser's complaint as "line N: message". */
static char *parse_complaint(xmlParserCtxt *ctxt)
{
    const xmlError *e = dbi_xml.xmlCtxtGetLastError(ctxt);
    char *msg;
    char *line;
    if (e == NULL || e->message == NULL) {
        return g_strdup(_("unknown XML error"));
    }
    msg = g_strstrip(g_strdup(e->message));
    line = g_strdup_printf(_("line %d: %s"), e->line, msg);
    g_free(msg);
    return line;
}

/* ---------------------------------------------------------------------------------------- */
/* Sloppy or broken                                                                          */

/* The first break in the document's structure that the recovering parse met. */
typedef struct {
    gboolean found;
    gboolean html_slip; /* an HTML element was left open in a text field */
    char *complaint;    /* "line N: message" */
} structure_break;

/* Elements that hold a feed together; one left open at the very end is forgiven. */
static gboolean is_feed_container(const char *name)
{
    return strcmp(name, "rss") == 0 || strcmp(name, "channel") == 0 ||
           strcmp(name, "feed") == 0 || strcmp(name, "RDF") == 0;
}

/*
 * Is an element left open a slip of HTML inside a text field ("<br>" in a description)? An
 * HTML element name that is not also a feed field's (title, link, source, summary).
 */
static gboolean is_html_slip(const char *name)
{
    static const char *const feed_fields[] = {"title", "link", "source", "summary", "html",
                                              "head", "body", "meta"};
    for (size_t i = 0; i < G_N_ELEMENTS(feed_fields); i++) {
        if (g_ascii_strcasecmp(name, feed_fields[i]) == 0) {
            return FALSE;
        }
    }
    return dbi_xml.htmlTagLookup((const xmlChar *)name) != NULL;
}

/*
 * Collects the parser's complaints (its ctxt->_private is a structure_break). Entity slips,
 * bad characters, stray bytes after the end, undeclared prefixes and unclosed HTML inside a
 * text field are what real feeds get wrong while staying readable (after such an HTML slip
 * every end tag is off by one, so the mismatches that follow are its echo); an element of the
 * feed left open (an unclosed <title> or <item>, a document cut in an entry) breaks its
 * structure.
 */
static void on_parse_error(void *data, xmlErrorPtr e)
{
    xmlParserCtxt *ctxt = data;
    structure_break *b = ctxt != NULL ? ctxt->_private : NULL;
    const char *name;
    char *msg;
    if (b == NULL || b->found || e == NULL || e->domain != XML_FROM_PARSER) {
        return;
    }
    switch (e->code) {
    case XML_ERR_GT_REQUIRED:
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_TAG_NAME_MISMATCH:
    case XML_ERR_TAG_NOT_FINISHED:
        break;
    default:
        return;
    }
    name = e->str1 != NULL ? e->str1 : "";
    if (strchr(name, ':') != NULL) {
        name = strchr(name, ':') + 1;
    }
    if (e->code == XML_ERR_TAG_NAME_MISMATCH && (b->html_slip || is_html_slip(name))) {
        b->html_slip = TRUE;
        return;
    }
    if (e->code == XML_ERR_TAG_NOT_FINISHED && (b->html_slip || is_feed_container(name))) {
        return;
    }
    b->found = TRUE;
    msg = g_strstrip(g_strdup(e->message != NULL ? e->message : ""));
    b->complaint = g_strdup_printf(_("line %d: %s"), e->line, msg);
    g_free(msg);
}

docbao_status docbao_feed_parse(const char *data, size_t len, const char *base,
                                docbao_feed **out, docbao_error *err)
{
    const int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                      XML_PARSE_NOCDATA;
    const char *name = base != NULL ? base : _("the feed");
    xmlParserCtxt *ctxt;
    xmlDoc *doc;
    xmlNode *root;
    char *complaint = NULL;
    parser p = {0};
    docbao_status st = DOCBAO_OK;
    gboolean recovered = FALSE;
    structure_break broken = {0};

    if (data == NULL || out == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no feed was given"));
    }
    if (len > INT_MAX) {
        return dbi_fail(err, DOCBAO_ERR_TOO_LARGE, _("%s: the feed is too large"), name);
    }
    {
        gboolean blank = TRUE;
        for (size_t i = 0; i < len && blank; i++) {
            blank = g_ascii_isspace(data[i]);
        }
        if (blank) {
            return dbi_fail(err, DOCBAO_ERR_EMPTY, _("%s: the feed is empty"), name);
        }
    }
    if (!dbi_xml_load(err)) {
        return err != NULL ? err->status : DOCBAO_ERR_PARSE;
    }
    ctxt = dbi_xml.xmlNewParserCtxt();
    if (ctxt == NULL) {
        return dbi_fail(err, DOCBAO_ERR_NOMEM, _("out of memory"));
    }
    /* No XML_PARSE_NOENT, DTDLOAD or DTDATTR: external entities and DTDs are never read. */
    doc = dbi_xml_parse(ctxt, data, len, flags);
    if (doc == NULL || !ctxt->wellFormed) {
        /* Keep the first complaint, then forgive what can be forgiven. */
        complaint = parse_complaint(ctxt);
        dbi_xml.xmlFreeDoc(doc);
        ctxt->_private = &broken;
        ctxt->sax->serror = on_parse_error;
        doc = dbi_xml_parse(ctxt, data, len, flags | XML_PARSE_RECOVER);
        ctxt->sax->serror = NULL;
        ctxt->_private = NULL;
        recovered = TRUE;
    }
    root = doc != NULL ? dbi_xml.xmlDocGetRootElement(doc) : NULL;
    p.feed = g_new0(docbao_feed, 1);
    p.feed->entries = g_ptr_array_new_with_free_func(entry_free);
    p.feed->source = g_strdup(base);
    p.doc = doc;
    p.source_is_url = base != NULL && docbao_fetch_is_url(base);
    if (root == NULL) {
        st = dbi_fail(err, DOCBAO_ERR_PARSE, _("%s: the feed is not readable XML (%s)"), name,
                      complaint != NULL ? complaint : _("no document"));
    } else if (broken.found && (is_el(root, "rss", NULL) || is_el(root, "feed", NULL) ||
                                strcmp((const char *)root->name, "RDF") == 0)) {
        st = dbi_fail(err, DOCBAO_ERR_PARSE, _("%s: the feed is not well-formed XML (%s)"), name,
                      broken.complaint);
    } else if (!read_feed(&p, root)) {
        st = dbi_fail(err, DOCBAO_ERR_PARSE,
                      _("%s is not a news feed (RSS or Atom): its document is <%s>"), name,
                      (const char *)root->name);
    } else if (recovered && p.feed->entries->len == 0) {
        st = dbi_fail(err, DOCBAO_ERR_PARSE, _("%s: the feed is not well-formed XML (%s)"), name,
                      complaint);
    }
    if (st == DOCBAO_OK) {
        if (p.feed->title == NULL) {
            p.feed->title = g_strdup("");
        }
        *out = p.feed;
    } else {
        docbao_feed_free(p.feed);
    }
    g_free(complaint);
    g_free(broken.complaint);
    dbi_xml.xmlFreeDoc(doc);
    dbi_xml.xmlFreeParserCtxt(ctxt);
    return st;
}

/* Does the document name its encoding in the XML declaration? */
static gboolean declares_encoding(const char *data, size_t len)
{
    const char *end;
    if (len < 5 || memcmp(data, "<?xml", 5) != 0) {
        return FALSE;
    }
    end = memmem(data, MIN(len, (size_t)512), "?>", 2);
    return end != NULL && g_strstr_len(data, end - data, "encoding") != NULL;
}

docbao_status docbao_feed_load(const char *url_or_path, const docbao_fetch_options *opts,
                               docbao_feed **out, docbao_fetch_result *meta, docbao_error *err)
{
    docbao_fetch_result r = {0};
    docbao_status st;
    const char *base;
    char *converted = NULL;
    const char *data;
    size_t len;

    if (url_or_path == NULL || out == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no feed was given"));
    }
    if (dbi_fetch_wants_network(url_or_path)) {
        st = docbao_fetch_url(url_or_path, opts, &r, err);
        if (st != DOCBAO_OK) {
            return st;
        }
        base = r.final_url;
    } else {
        st = docbao_input_read(url_or_path, 0, &r.data, &r.len, err);
        if (st != DOCBAO_OK) {
            return st;
        }
        r.final_url = g_strdup(url_or_path);
        base = strcmp(url_or_path, "-") == 0 ? NULL : url_or_path;
    }
    data = r.data;
    len = r.len;
    /* The transport's charset counts only when the document neither is UTF-8 nor says. */
    if (r.charset != NULL && !g_utf8_validate_len(r.data, r.len, NULL) &&
        !declares_encoding(r.data, r.len)) {
        gsize n = 0;
        converted = g_convert(r.data, (gssize)r.len, "UTF-8", r.charset, NULL, &n, NULL);
        if (converted != NULL) {
            data = converted;
            len = n;
        }
    }
    st = docbao_feed_parse(data, len, base, out, err);
    g_free(converted);
    if (st == DOCBAO_OK && meta != NULL) {
        g_clear_pointer(&r.data, g_free);
        r.len = 0;
        *meta = r;
    } else {
        docbao_fetch_result_clear(&r);
    }
    return st;
}

docbao_prefetch_outcome docbao_feed_prefetch_entry(const docbao_feed *feed, size_t i,
                                                   const docbao_fetch_options *opts,
                                                   docbao_error *err)
{
    const char *link = docbao_feed_entry_link(feed, i);
    docbao_fetch_result r = {0};
    docbao_extract_options xopts = {0};
    docbao_article *article = NULL;
    docbao_prefetch_outcome outcome;
    long http_status = 0;
    docbao_status st;

    if (link == NULL || !docbao_fetch_is_url(link)) {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("entry %zu links to no web page"), i + 1);
        return DOCBAO_PREFETCH_NO_LINK;
    }
    st = dbi_fetch_url_status(link, opts, &r, err, &http_status);
    if (st != DOCBAO_OK) {
        return http_status == 404 || http_status == 410 ? DOCBAO_PREFETCH_MISSING
                                                        : DOCBAO_PREFETCH_NETWORK_ERROR;
    }
    if (r.from_cache) {
        dbi_fail(err, DOCBAO_ERR_NETWORK, "%s",
                 r.offline_reason != NULL ? r.offline_reason : _("network error"));
        docbao_fetch_result_clear(&r);
        return DOCBAO_PREFETCH_NETWORK_ERROR;
    }
    xopts.url = r.final_url;
    xopts.charset = dbi_fetch_usable_charset(&r);
    st = dbi_article_from_data(r.data, r.len, link, &xopts, &article, err);
    outcome = st == DOCBAO_OK ? DOCBAO_PREFETCH_SAVED : DOCBAO_PREFETCH_NOT_ARTICLE;
    docbao_article_free(article);
    docbao_fetch_result_clear(&r);
    return outcome;
}

/* ---------------------------------------------------------------------------------------- */
/* JSON                                                                                      */

static void json_string_or_null(JsonBuilder *b, const char *key, const char *value)
{
    dbi_json.json_builder_set_member_name(b, key);
    if (value != NULL) {
        dbi_json.json_builder_add_string_value(b, value);
    } else {
        dbi_json.json_builder_add_null_value(b);
    }
}

char *docbao_feed_to_json(const docbao_feed *f)
{
    JsonBuilder *b;
    JsonGenerator *gen;
    JsonNode *root;
    char *json, *with_newline;

    if (!dbi_json_load(NULL)) {
        return NULL;
    }
    b = dbi_json.json_builder_new();
    gen = dbi_json.json_generator_new();
    dbi_json.json_builder_begin_object(b);
    json_string_or_null(b, "kind", f->kind);
    json_string_or_null(b, "title", f->title);
    json_string_or_null(b, "link", f->link);
    json_string_or_null(b, "source", f->source);
    dbi_json.json_builder_set_member_name(b, "entries");
    dbi_json.json_builder_begin_array(b);
    for (guint i = 0; i < f->entries->len; i++) {
        const entry *e = entry_at(f, i);
        char *iso = e->time >= 0 ? docbao_fetch_format_time(e->time, "%Y-%m-%dT%H:%M:%S+07:00")
                                 : NULL;
        dbi_json.json_builder_begin_object(b);
        dbi_json.json_builder_set_member_name(b, "number");
        dbi_json.json_builder_add_int_value(b, (gint64)i + 1);
        json_string_or_null(b, "title", e->title);
        json_string_or_null(b, "date", e->date);
        json_string_or_null(b, "published", iso);
        json_string_or_null(b, "link", e->link);
        json_string_or_null(b, "summary", e->summary);
        dbi_json.json_builder_end_object(b);
        g_free(iso);
    }
    dbi_json.json_builder_end_array(b);
    dbi_json.json_builder_end_object(b);
    root = dbi_json.json_builder_get_root(b);
    dbi_json.json_generator_set_root(gen, root);
    dbi_json.json_generator_set_pretty(gen, TRUE);
    dbi_json.json_generator_set_indent(gen, 2);
    json = dbi_json.json_generator_to_data(gen, NULL);
    with_newline = g_strconcat(json, "\n", NULL);
    g_free(json);
    dbi_json.json_node_unref(root);
    dbi_json.g_object_unref(gen);
    dbi_json.g_object_unref(b);
    return with_newline;
}
