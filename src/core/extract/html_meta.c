/* Page metadata (<title>, <meta>, JSON-LD) and date parsing. See html_meta.h. */
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <string.h>

#include "base/internal.h"
#include "base/xml_parse.h"
#include "text/text.h"
#include "base/jsonglib.h"
#include "extract/html_meta.h"

/* Does node n hold a value of this type (JSON_NODE_VALUE, _OBJECT, _ARRAY)? */
static gboolean json_holds(JsonNodeType type, JsonNode *n)
{
    return dbi_json.json_node_get_node_type(n) == type;
}

char *html_clean_text(const char *s)
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

/* Decodes HTML character references left in JSON-LD strings ("NH&#7852;T"). New string. */
static char *decode_references(const char *s)
{
    GString *out;
    if (strchr(s, '&') == NULL) {
        return g_strdup(s);
    }
    out = g_string_new(NULL);
    for (const char *p = s; *p != '\0';) {
        const char *semi;
        if (*p != '&' || (semi = strchr(p, ';')) == NULL || semi - p > 12) {
            g_string_append_c(out, *p++);
            continue;
        }
        if (p[1] == '#') {
            gunichar c = (gunichar)((p[2] == 'x' || p[2] == 'X') ? strtoul(p + 3, NULL, 16)
                                                                 : strtoul(p + 2, NULL, 10));
            if (c > 0 && g_unichar_validate(c)) {
                g_string_append_unichar(out, c);
                p = semi + 1;
                continue;
            }
        } else {
            char name[16];
            const htmlEntityDesc *e;
            g_strlcpy(name, p + 1, MIN(sizeof name, (size_t)(semi - p)));
            e = dbi_xml.htmlEntityLookup((const xmlChar *)name);
            if (e != NULL) {
                g_string_append_unichar(out, e->value);
                p = semi + 1;
                continue;
            }
        }
        g_string_append_c(out, *p++);
    }
    return g_string_free(out, FALSE);
}

static void set_once(char **field, const char *value)
{
    if (*field == NULL && value != NULL) {
        char *decoded = decode_references(value);
        *field = html_clean_text(decoded);
        g_free(decoded);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* JSON-LD                                                                                   */

static const char *json_string_member(JsonObject *o, const char *name)
{
    JsonNode *n = dbi_json.json_object_get_member(o, name);
    if (n != NULL && json_holds(JSON_NODE_VALUE, n) &&
        dbi_json.json_node_get_value_type(n) == G_TYPE_STRING) {
        return dbi_json.json_node_get_string(n);
    }
    return NULL;
}

static const char *person_name(JsonNode *n)
{
    if (json_holds(JSON_NODE_VALUE, n) && dbi_json.json_node_get_value_type(n) == G_TYPE_STRING) {
        return dbi_json.json_node_get_string(n);
    }
    if (json_holds(JSON_NODE_OBJECT, n)) {
        return json_string_member(dbi_json.json_node_get_object(n), "name");
    }
    return NULL;
}

static void json_ld_author(html_meta *m, JsonNode *n)
{
    GString *names;
    if (n == NULL || m->ld_author != NULL) {
        return;
    }
    names = g_string_new(NULL);
    if (json_holds(JSON_NODE_ARRAY, n)) {
        JsonArray *a = dbi_json.json_node_get_array(n);
        for (guint i = 0; i < dbi_json.json_array_get_length(a); i++) {
            const char *name = person_name(dbi_json.json_array_get_element(a, i));
            if (name != NULL && name[0] != '\0') {
                g_string_append_printf(names, "%s%s", names->len > 0 ? ", " : "", name);
            }
        }
    } else {
        const char *name = person_name(n);
        g_string_append(names, name != NULL ? name : "");
    }
    set_once(&m->ld_author, names->str);
    g_string_free(names, TRUE);
}

static gboolean type_in(JsonObject *o, const char *const *kinds, size_t n_kinds)
{
    JsonNode *t = dbi_json.json_object_get_member(o, "@type");
    if (t == NULL) {
        return FALSE;
    }
    for (size_t i = 0; i < n_kinds; i++) {
        if (json_holds(JSON_NODE_VALUE, t) &&
            dbi_json.json_node_get_value_type(t) == G_TYPE_STRING &&
            strcmp(dbi_json.json_node_get_string(t), kinds[i]) == 0) {
            return TRUE;
        }
        if (json_holds(JSON_NODE_ARRAY, t)) {
            JsonArray *a = dbi_json.json_node_get_array(t);
            for (guint j = 0; j < dbi_json.json_array_get_length(a); j++) {
                JsonNode *e = dbi_json.json_array_get_element(a, j);
                if (json_holds(JSON_NODE_VALUE, e) &&
                    dbi_json.json_node_get_value_type(e) == G_TYPE_STRING &&
                    strcmp(dbi_json.json_node_get_string(e), kinds[i]) == 0) {
                    return TRUE;
                }
            }
        }
    }
    return FALSE;
}

static void json_ld_visit(html_meta *m, JsonNode *n, int depth)
{
    static const char *const articles[] = {
        "NewsArticle",           "Article",
        "ReportageNewsArticle",  "BlogPosting",
        "AnalysisNewsArticle",   "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle",
        "LiveBlogPosting",       "TechArticle",
        "ScholarlyArticle",      "Report",
        "SocialMediaPosting",
    };
    if (n == NULL || depth > 8) {
        return;
    }
    if (json_holds(JSON_NODE_ARRAY, n)) {
        JsonArray *a = dbi_json.json_node_get_array(n);
        for (guint i = 0; i < dbi_json.json_array_get_length(a) && i < 64; i++) {
            json_ld_visit(m, dbi_json.json_array_get_element(a, i), depth + 1);
        }
    } else if (json_holds(JSON_NODE_OBJECT, n)) {
        JsonObject *o = dbi_json.json_node_get_object(n);
        if (type_in(o, articles, G_N_ELEMENTS(articles))) {
            set_once(&m->ld_headline, json_string_member(o, "headline"));
            set_once(&m->ld_date, json_string_member(o, "datePublished"));
            if (m->ld_body == NULL && json_string_member(o, "articleBody") != NULL) {
                /* Kept as written: its line breaks separate paragraphs. */
                m->ld_body = decode_references(json_string_member(o, "articleBody"));
            }
            json_ld_author(m, dbi_json.json_object_get_member(o, "author"));
        }
        if (dbi_json.json_object_has_member(o, "@graph")) {
            json_ld_visit(m, dbi_json.json_object_get_member(o, "@graph"), depth + 1);
        }
        if (dbi_json.json_object_has_member(o, "mainEntity")) {
            json_ld_visit(m, dbi_json.json_object_get_member(o, "mainEntity"), depth + 1);
        }
    }
}

static void parse_json_ld(html_meta *m, const char *text)
{
    JsonParser *p;
    if (!dbi_json_load(NULL)) {
        return; /* the page is read without its structured data */
    }
    p = dbi_json.json_parser_new();
    if (dbi_json.json_parser_load_from_data(p, text, -1, NULL)) {
        json_ld_visit(m, dbi_json.json_parser_get_root(p), 0);
    }
    dbi_json.g_object_unref(p);
}

/* ---------------------------------------------------------------------------------------- */
/* <title> and site names                                                                    */

char *html_meta_strip_site_name(const char *title, const char *site_name)
{
    static const char *const seps[] = {
        " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / ", " ~ "};
    static const char *const site_words[] = {
        "báo",   "cổng",     "trang",   "portal", "tạp chí", "online",    "news",    ".vn",
        ".com",  ".net",     ".org",    "tv",     "điện tử", "thông tin", "times",   "post",
        "daily", "magazine", "journal", "blog",   "press",   "herald",    "tribune", "wiki"};
    char *t = g_strdup(title);
    char *site_low = site_name != NULL ? g_utf8_strdown(site_name, -1) : NULL;
    for (int round = 0; round < 2; round++) {
        const char *best = NULL, *first = NULL;
        size_t best_sep = 0, first_sep = 0;
        gboolean cut = FALSE;
        for (size_t i = 0; i < G_N_ELEMENTS(seps); i++) {
            const char *last = g_strrstr(t, seps[i]);
            const char *head = strstr(t, seps[i]);
            if (last != NULL && (best == NULL || last > best)) {
                best = last;
                best_sep = strlen(seps[i]);
            }
            if (head != NULL && (first == NULL || head < first)) {
                first = head;
                first_sep = strlen(seps[i]);
            }
        }
        if (best == NULL) {
            break;
        }
        /* The site name is a suffix ("Headline - Site") or, less often, a prefix. */
        for (int side = 0; side < 2 && !cut; side++) {
            const char *part = side == 0 ? best + best_sep : t;
            size_t part_len = side == 0 ? strlen(part) : (size_t)(first - t);
            char *piece = g_strndup(part, part_len);
            char *low = g_utf8_strdown(piece, -1);
            gboolean is_site = site_low != NULL && site_low[0] != '\0' &&
                               (strstr(low, site_low) != NULL || strstr(site_low, low) != NULL);
            for (size_t i = 0; i < G_N_ELEMENTS(site_words) && !is_site; i++) {
                is_site = strstr(low, site_words[i]) != NULL;
            }
            /* A site name is short next to the headline it goes with. */
            if (is_site && g_utf8_strlen(piece, -1) * 2 < g_utf8_strlen(t, -1)) {
                char *rest =
                    side == 0 ? g_strndup(t, (gsize)(best - t)) : g_strdup(first + first_sep);
                g_free(t);
                t = rest;
                cut = TRUE;
            }
            g_free(low);
            g_free(piece);
        }
        if (!cut) {
            break;
        }
    }
    g_free(site_low);
    g_strstrip(t);
    return t;
}

/* ---------------------------------------------------------------------------------------- */
/* Reading                                                                                   */

static gboolean key_is(const char *key, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (g_ascii_strcasecmp(key, names[i]) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

static void read_meta_tag(html_meta *m, const xmlNode *n)
{
    static const char *const dates[] = {"article:published_time",
                                        "datePublished",
                                        "pubdate",
                                        "publishdate",
                                        "dc.date.issued",
                                        "article:published",
                                        "publish-date",
                                        "og:published_time",
                                        "date",
                                        "parsely-pub-date",
                                        "sailthru.date",
                                        "dc.date",
                                        "article.published",
                                        "published_time"};
    static const char *const authors[] = {"author",         "article:author",  "dc.creator",
                                          "parsely-author", "sailthru.author", "byl"};
    const char *key = dom_attr(n, "property");
    const char *content = dom_attr(n, "content");
    if (key == NULL) {
        key = dom_attr(n, "name");
    }
    if (key == NULL) {
        key = dom_attr(n, "http-equiv");
    }
    if (key == NULL) {
        key = dom_attr(n, "itemprop");
    }
    if (key == NULL || content == NULL) {
        return;
    }
    if (g_ascii_strcasecmp(key, "og:title") == 0 || g_ascii_strcasecmp(key, "twitter:title") == 0) {
        set_once(&m->og_title, content);
    } else if (g_ascii_strcasecmp(key, "og:site_name") == 0) {
        set_once(&m->site_name, content);
    } else if (key_is(key, dates, G_N_ELEMENTS(dates))) {
        set_once(&m->meta_date, content);
    } else if (key_is(key, authors, G_N_ELEMENTS(authors))) {
        if (!g_str_has_prefix(content, "http")) {
            set_once(&m->meta_author, content);
        }
    } else if (g_ascii_strcasecmp(key, "og:description") == 0 ||
               g_ascii_strcasecmp(key, "description") == 0) {
        set_once(&m->description, content);
    } else if (g_ascii_strcasecmp(key, "og:url") == 0) {
        set_once(&m->canonical, content);
    } else if (g_ascii_strcasecmp(key, "content-language") == 0 ||
               g_ascii_strcasecmp(key, "language") == 0 ||
               g_ascii_strcasecmp(key, "og:locale") == 0 ||
               g_ascii_strcasecmp(key, "dc.language") == 0) {
        set_once(&m->language, content);
    }
}

void html_meta_read(const dom_page *page, html_meta *m)
{
    char *raw_title = NULL;
    memset(m, 0, sizeof *m);
    /* <html lang="vi"> comes first: it is what the page says of all its text. */
    if (page->root != NULL) {
        const char *lang = dom_attr(page->root, "lang");
        if (lang == NULL) {
            lang = dom_attr(page->root, "xml:lang");
        }
        if (lang != NULL && *lang != '\0') {
            set_once(&m->language, lang);
        }
    }
    for (size_t k = 0; k < page->n_info; k++) {
        const dom_info *i = &page->info[k];
        const xmlNode *n = i->node;
        switch (i->tag) {
        case DOM_TAG_META:
            read_meta_tag(m, n);
            break;
        case DOM_TAG_TITLE:
            if (raw_title == NULL && !dom_is(n->parent, "svg")) {
                raw_title = dom_raw_text(n);
            }
            break;
        case DOM_TAG_LINK: {
            const char *rel = dom_attr(n, "rel");
            if (rel != NULL && g_ascii_strcasecmp(rel, "canonical") == 0 &&
                dom_attr(n, "href") != NULL) {
                g_free(m->canonical);
                m->canonical = html_clean_text(dom_attr(n, "href"));
            }
            break;
        }
        case DOM_TAG_SCRIPT: {
            const char *type = dom_attr(n, "type");
            if (type != NULL && g_ascii_strcasecmp(type, "application/ld+json") == 0) {
                char *text = dom_raw_text(n);
                parse_json_ld(m, text);
                g_free(text);
            }
            break;
        }
        case DOM_TAG_TIME: {
            const char *itemprop = dom_attr(n, "itemprop");
            const char *pubdate = dom_attr(n, "pubdate");
            if ((pubdate != NULL || (itemprop != NULL && strcmp(itemprop, "datePublished") == 0)) &&
                dom_attr(n, "datetime") != NULL) {
                set_once(&m->meta_date, dom_attr(n, "datetime"));
            }
            break;
        }
        default:
            break;
        }
    }
    if (raw_title != NULL) {
        char *clean = html_clean_text(raw_title);
        if (clean != NULL) {
            m->doc_title = html_meta_strip_site_name(clean, m->site_name);
            g_free(clean);
        }
        g_free(raw_title);
    }
    if (m->og_title != NULL) {
        char *stripped = html_meta_strip_site_name(m->og_title, m->site_name);
        g_free(m->og_title);
        m->og_title = stripped;
    }
}

void html_meta_clear(html_meta *m)
{
    g_free(m->doc_title);
    g_free(m->og_title);
    g_free(m->ld_headline);
    g_free(m->ld_date);
    g_free(m->ld_author);
    g_free(m->ld_body);
    g_free(m->meta_date);
    g_free(m->meta_author);
    g_free(m->description);
    g_free(m->site_name);
    g_free(m->canonical);
    g_free(m->language);
    memset(m, 0, sizeof *m);
}

/* ---------------------------------------------------------------------------------------- */
/* Dates                                                                                     */

static char *ymd(int y, int m, int d)
{
    if (y < 1990 || y > 2100 || !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y)) {
        return NULL;
    }
    return g_strdup_printf("%04d-%02d-%02d", y, m, d);
}

char *html_meta_iso_date(const char *s)
{
    int y = 0, m = 0, d = 0, used = 0;
    const char *t;
    if (s == NULL) {
        return NULL;
    }
    while (g_ascii_isspace(*s)) {
        s++;
    }
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &used) != 3 || !g_ascii_isdigit(s[0])) {
        return html_meta_find_date(s);
    }
    /*
     * A time in UTC ("Z") is turned into Vietnam's time, where a late evening in UTC is the
     * next morning; a time with its own offset keeps the calendar day it was written with.
     */
    t = s + used;
    if (used == 10 && (*t == 'T' || *t == ' ') && strchr(t, 'Z') != NULL) {
        char *iso = g_strdup(s);
        GDateTime *dt;
        iso[used] = 'T';
        dt = g_date_time_new_from_iso8601(iso, NULL);
        g_free(iso);
        if (dt != NULL) {
            GTimeZone *vn = g_time_zone_new_offset(7 * 3600);
            GDateTime *local = g_date_time_to_timezone(dt, vn);
            char *out = g_date_time_format(local, "%Y-%m-%d");
            g_date_time_unref(local);
            g_date_time_unref(dt);
            g_time_zone_unref(vn);
            return out;
        }
    }
    return ymd(y, m, d);
}

static const char *const month_names[12][2] = {
    {"january", "jan"},   {"february", "feb"}, {"march", "mar"},    {"april", "apr"},
    {"may", "may"},       {"june", "jun"},     {"july", "jul"},     {"august", "aug"},
    {"september", "sep"}, {"october", "oct"},  {"november", "nov"}, {"december", "dec"},
};

/* The month a word names (English, full or abbreviated), 1-12, or 0. */
static int month_of_word(const char *w, size_t len)
{
    char low[16];
    if (len < 3 || len >= sizeof low) {
        return 0;
    }
    for (size_t i = 0; i < len; i++) {
        low[i] = g_ascii_tolower(w[i]);
    }
    low[len] = '\0';
    if (strcmp(low, "sept") == 0) {
        return 9;
    }
    for (int m = 0; m < 12; m++) {
        if (strcmp(low, month_names[m][0]) == 0 || strcmp(low, month_names[m][1]) == 0) {
            return m + 1;
        }
    }
    return 0;
}

/* Reads a run of up to max digits at *p; returns the number and its digit count in *n. */
static int read_number(const char **p, int max, int *n)
{
    int v = 0;
    *n = 0;
    while (g_ascii_isdigit(**p) && *n < max + 1) {
        v = v * 10 + (**p - '0');
        (*p)++;
        (*n)++;
    }
    return v;
}

static void skip_spaces(const char **p)
{
    while (**p == ' ' || **p == ',' || **p == '\t' || **p == '\n' ||
           ((unsigned char)(*p)[0] == 0xC2 && (unsigned char)(*p)[1] == 0xA0)) {
        *p += (unsigned char)**p == 0xC2 ? 2 : 1;
    }
}

/* Numeric dates: d/m/yyyy (or m/d/yyyy when the first number cannot be a day), yyyy-mm-dd. */
static char *numeric_date(const char *p, const char *text)
{
    int a, b, c, na, nb, nc;
    char sep;
    const char *q = p;
    if (p > text && g_ascii_isdigit(p[-1])) {
        return NULL;
    }
    a = read_number(&q, 4, &na);
    sep = *q;
    if (sep != '/' && sep != '-' && sep != '.') {
        return NULL;
    }
    q++;
    b = read_number(&q, 2, &nb);
    if (nb == 0 || nb > 2 || *q != sep) {
        return NULL;
    }
    q++;
    c = read_number(&q, 4, &nc);
    if (g_ascii_isdigit(*q)) {
        return NULL;
    }
    if (na == 4 && nc >= 1 && nc <= 2) {
        return ymd(a, b, c);
    }
    if (na > 2 || nc != 4) {
        return NULL;
    }
    if (b > 12 && a <= 12) {
        return ymd(c, a, b);
    }
    return ymd(c, b, a);
}

/* "ngày 28 tháng 1 năm 2024", "28 tháng 01, 2024", "Tháng 3 28, 2024" are read here. */
static char *vietnamese_date(const char *p)
{
    int d, m, y, nd, nm, ny;
    const char *q = p;
    d = read_number(&q, 2, &nd);
    if (nd == 0 || nd > 2) {
        return NULL;
    }
    skip_spaces(&q);
    if (!g_str_has_prefix(q, "tháng") && !g_str_has_prefix(q, "Tháng")) {
        return NULL;
    }
    q += strlen("tháng");
    skip_spaces(&q);
    m = read_number(&q, 2, &nm);
    if (nm == 0 || nm > 2) {
        return NULL;
    }
    skip_spaces(&q);
    if (g_str_has_prefix(q, "năm") || g_str_has_prefix(q, "Năm")) {
        q += strlen("năm");
        skip_spaces(&q);
    }
    y = read_number(&q, 4, &ny);
    return ny == 4 ? ymd(y, m, d) : NULL;
}

/* Reads an English month name at *q ("January", "Jan.", "Sept") and the spaces after it. */
static int read_month(const char **q)
{
    const char *w = *q;
    int m;
    while (g_ascii_isalpha(**q)) {
        (*q)++;
    }
    m = month_of_word(w, (size_t)(*q - w));
    if (m != 0 && **q == '.') {
        (*q)++;
    }
    skip_spaces(q);
    return m;
}

/* Reads a day of one or two digits, an ordinal suffix ("28th") and the spaces after it. */
static int read_day(const char **q)
{
    int n;
    int d = read_number(q, 2, &n);
    if (n == 0 || n > 2) {
        return 0;
    }
    if (g_str_has_prefix(*q, "st") || g_str_has_prefix(*q, "nd") || g_str_has_prefix(*q, "rd") ||
        g_str_has_prefix(*q, "th")) {
        *q += 2;
    }
    skip_spaces(q);
    return d;
}

/* "January 28, 2024", "Jan. 28 2024", "28 January 2024", "28 Jan, 2024". */
static char *english_date(const char *p, const char *text)
{
    const char *q = p;
    int m, d, y, ny;
    if (p > text && g_ascii_isalnum(p[-1])) {
        return NULL;
    }
    if (g_ascii_isalpha(*q)) {
        m = read_month(&q);
        d = m != 0 ? read_day(&q) : 0;
    } else {
        d = read_day(&q);
        m = d != 0 ? read_month(&q) : 0;
    }
    if (m == 0 || d == 0) {
        return NULL;
    }
    y = read_number(&q, 4, &ny);
    return ny == 4 ? ymd(y, m, d) : NULL;
}

char *html_meta_find_date(const char *text)
{
    if (text == NULL) {
        return NULL;
    }
    for (const char *p = text; *p != '\0'; p++) {
        char *d = NULL;
        if (g_ascii_isdigit(*p)) {
            d = numeric_date(p, text);
            if (d == NULL && (p == text || !g_ascii_isdigit(p[-1]))) {
                d = vietnamese_date(p);
            }
        }
        if (d == NULL && g_ascii_isalnum(*p)) {
            d = english_date(p, text);
        }
        if (d != NULL) {
            return d;
        }
    }
    return NULL;
}
