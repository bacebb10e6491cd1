/*
 * The class/id vocabulary of news pages. Names are read in two ways:
 *  - as tokens: class and id split at every character that is not a letter or digit and at
 *    lower-to-upper case changes, then lower-cased ("box-tinLienQuan" gives box, tin, lien,
 *    quan); tokens must equal a word of token_words;
 *  - as one compound: the letters and digits of each class word and of the id, lower-cased
 *    ("box-tinLienQuan" gives boxtinlienquan); a compound_words entry must occur inside it.
 * Short or ambiguous words ("ad", "nav", "tag") are tokens only; long distinctive ones
 * ("related", "lienquan", "newsletter") are compounds, so that "relatedPosts" and
 * "tinlienquan" are caught. Vietnamese words are written without diacritics, as in markup.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/html_hints.h"

typedef struct {
    const char *word;
    uint32_t hints;
} hint_word;

/* Sorted by word (strcmp) for bsearch. */
static const hint_word token_words[] = {
    {"ad", HINT_AD},
    {"ads", HINT_AD},
    {"adv", HINT_AD},
    {"advert", HINT_AD},
    {"advertisement", HINT_AD},
    {"advertising", HINT_AD},
    {"affiliate", HINT_AD},
    {"article", HINT_CONTENT},
    {"aside", HINT_SIDE},
    {"author", HINT_BYLINE},
    {"authors", HINT_BYLINE},
    {"banner", HINT_AD},
    {"binhluan", HINT_COMMENT},
    {"blog", HINT_CONTENT},
    {"body", HINT_CONTENT},
    {"breadcrumb", HINT_FURNITURE},
    {"breadcrumbs", HINT_FURNITURE},
    {"byline", HINT_BYLINE},
    {"caption", HINT_CAPTION},
    {"chitiet", HINT_CONTENT},
    {"chude", HINT_TAGS},
    {"content", HINT_CONTENT},
    {"cookie", HINT_FURNITURE},
    {"cookies", HINT_FURNITURE},
    {"copyright", HINT_FURNITURE},
    {"credit", HINT_CAPTION},
    {"credits", HINT_CAPTION},
    {"date", HINT_DATE},
    {"dateline", HINT_DATE},
    {"datetime", HINT_DATE},
    {"dek", HINT_LEAD},
    {"description", HINT_LEAD},
    {"detail", HINT_CONTENT},
    {"dfp", HINT_AD},
    {"email", HINT_SHARE},
    {"entry", HINT_CONTENT},
    {"excerpt", HINT_LEAD},
    {"fck", HINT_CONTENT},
    {"follow", HINT_SHARE},
    {"footer", HINT_FURNITURE},
    {"gallery", HINT_MEDIA},
    {"gpt", HINT_AD},
    {"header", HINT_SIDE},
    {"headline", HINT_TITLE},
    {"hot", HINT_RELATED},
    {"intro", HINT_LEAD},
    {"keyword", HINT_TAGS},
    {"keywords", HINT_TAGS},
    {"lead", HINT_LEAD},
    {"lede", HINT_LEAD},
    {"left", HINT_SIDE},
    {"login", HINT_SUBSCRIBE},
    {"main", HINT_CONTENT},
    {"marquee", HINT_FURNITURE},
    {"masthead", HINT_SIDE},
    {"menu", HINT_FURNITURE},
    {"modal", HINT_FURNITURE},
    {"more", HINT_RELATED},
    {"nav", HINT_FURNITURE},
    {"ngaydang", HINT_DATE},
    {"noidung", HINT_CONTENT},
    {"pager", HINT_FURNITURE},
    {"pagination", HINT_FURNITURE},
    {"player", HINT_MEDIA},
    {"poll", HINT_FURNITURE},
    {"popular", HINT_RELATED},
    {"popup", HINT_FURNITURE},
    {"post", HINT_CONTENT},
    {"print", HINT_SHARE},
    {"promo", HINT_AD},
    {"prose", HINT_CONTENT},
    {"pubdate", HINT_DATE},
    {"published", HINT_DATE},
    {"qc", HINT_AD},
    {"quangcao", HINT_AD},
    {"rail", HINT_SIDE},
    {"rating", HINT_FURNITURE},
    {"reporter", HINT_BYLINE},
    {"right", HINT_SIDE},
    {"sapo", HINT_LEAD},
    {"search", HINT_FURNITURE},
    {"share", HINT_SHARE},
    {"shares", HINT_SHARE},
    {"sharing", HINT_SHARE},
    {"sidebar", HINT_SIDE},
    {"signin", HINT_SUBSCRIBE},
    {"signup", HINT_SUBSCRIBE},
    {"social", HINT_SHARE},
    {"sponsor", HINT_AD},
    {"sponsored", HINT_AD},
    {"standfirst", HINT_LEAD},
    {"story", HINT_CONTENT},
    {"subscribe", HINT_SUBSCRIBE},
    {"subscription", HINT_SUBSCRIBE},
    {"subtitle", HINT_LEAD},
    {"summary", HINT_LEAD},
    {"tacgia", HINT_BYLINE},
    {"tag", HINT_TAGS},
    {"tags", HINT_TAGS},
    {"text", HINT_CONTENT},
    {"thoigian", HINT_DATE},
    {"tieude", HINT_TITLE},
    {"timestamp", HINT_DATE},
    {"title", HINT_TITLE},
    {"tomtat", HINT_LEAD},
    {"ticker", HINT_FURNITURE},
    {"toolbar", HINT_FURNITURE},
    {"topics", HINT_TAGS},
    {"trending", HINT_RELATED},
    {"tukhoa", HINT_TAGS},
    {"video", HINT_MEDIA},
    {"vote", HINT_FURNITURE},
    {"weather", HINT_FURNITURE},
    {"widget", HINT_SIDE},
    {"writer", HINT_BYLINE},
    {"zalo", HINT_SHARE},
};

/* Found inside a compound name; sorted by word (strcmp) so that compound_hints() can find the
 * words that start with a given letter. */
static const hint_word compound_words[] = {
    {"adcontainer", HINT_AD},
    {"addthis", HINT_SHARE},
    {"adsbygoogle", HINT_AD},
    {"adslot", HINT_AD},
    {"adunit", HINT_AD},
    {"advert", HINT_AD},
    {"adwrap", HINT_AD},
    {"articlebody", HINT_BODY | HINT_CONTENT},
    {"articlecontent", HINT_BODY | HINT_CONTENT},
    {"articledetail", HINT_BODY | HINT_CONTENT},
    {"articlelead", HINT_LEAD},
    {"articlesummary", HINT_LEAD},
    {"articletext", HINT_BODY | HINT_CONTENT},
    {"articletitle", HINT_TITLE},
    {"author", HINT_BYLINE},
    {"binhluan", HINT_COMMENT},
    {"bodytext", HINT_BODY | HINT_CONTENT},
    {"boxtag", HINT_TAGS},
    {"breadcrumb", HINT_FURNITURE},
    {"byline", HINT_BYLINE},
    {"caption", HINT_CAPTION},
    {"chitietnoidung", HINT_BODY | HINT_CONTENT},
    {"chuthich", HINT_CAPTION},
    {"colleft", HINT_SIDE},
    {"colright", HINT_SIDE},
    {"comment", HINT_COMMENT},
    {"contentdetail", HINT_BODY | HINT_CONTENT},
    {"contentnews", HINT_BODY | HINT_CONTENT},
    {"cookie", HINT_FURNITURE},
    {"copyright", HINT_FURNITURE},
    {"datepublish", HINT_DATE},
    {"datetime", HINT_DATE},
    {"descimage", HINT_CAPTION},
    {"detailbody", HINT_BODY | HINT_CONTENT},
    {"detailcontent", HINT_BODY | HINT_CONTENT},
    {"detailtitle", HINT_TITLE},
    {"disqus", HINT_COMMENT},
    {"docnhieu", HINT_RELATED},
    {"docthem", HINT_RELATED},
    {"entrybody", HINT_BODY | HINT_CONTENT},
    {"entrycontent", HINT_BODY | HINT_CONTENT},
    {"entrytitle", HINT_TITLE},
    {"expnoedit", HINT_CAPTION},
    {"fckdetail", HINT_BODY | HINT_CONTENT},
    {"footer", HINT_FURNITURE},
    {"headline", HINT_TITLE},
    {"imagedesc", HINT_CAPTION},
    {"imgdesc", HINT_CAPTION},
    {"leadtext", HINT_LEAD},
    {"leftcol", HINT_SIDE},
    {"lienquan", HINT_RELATED},
    {"maincontent", HINT_CONTENT},
    {"megamenu", HINT_FURNITURE},
    {"menubar", HINT_FURNITURE},
    {"morearticles", HINT_RELATED},
    {"morenews", HINT_RELATED},
    {"morestories", HINT_RELATED},
    {"mostpopular", HINT_RELATED},
    {"mostread", HINT_RELATED},
    {"mostviewed", HINT_RELATED},
    {"navbar", HINT_FURNITURE},
    {"navigation", HINT_FURNITURE},
    {"newsbody", HINT_BODY | HINT_CONTENT},
    {"newscontent", HINT_BODY | HINT_CONTENT},
    {"newsletter", HINT_SUBSCRIBE},
    {"newstitle", HINT_TITLE},
    {"ngaydang", HINT_DATE},
    {"ngayxuatban", HINT_DATE},
    {"noidungchitiet", HINT_BODY | HINT_CONTENT},
    {"outbrain", HINT_RELATED},
    {"pagination", HINT_FURNITURE},
    {"paywall", HINT_SUBSCRIBE},
    {"photodesc", HINT_CAPTION},
    {"picdesc", HINT_CAPTION},
    {"postbody", HINT_BODY | HINT_CONTENT},
    {"postcontent", HINT_BODY | HINT_CONTENT},
    {"postdate", HINT_DATE},
    {"postedon", HINT_DATE},
    {"posttext", HINT_BODY | HINT_CONTENT},
    {"posttitle", HINT_TITLE},
    {"publishdate", HINT_DATE},
    {"quangcao", HINT_AD},
    {"readmore", HINT_RELATED},
    {"readnext", HINT_RELATED},
    {"recommend", HINT_RELATED},
    {"regwall", HINT_SUBSCRIBE},
    {"related", HINT_RELATED},
    {"richtext", HINT_BODY | HINT_CONTENT},
    {"rightcol", HINT_SIDE},
    {"sapo", HINT_LEAD},
    {"seealso", HINT_RELATED},
    {"sharebar", HINT_SHARE},
    {"sharebutton", HINT_SHARE},
    {"shareicon", HINT_SHARE},
    {"sharelink", HINT_SHARE},
    {"sharethis", HINT_SHARE},
    {"sharetool", HINT_SHARE},
    {"sidebar", HINT_SIDE},
    {"sidebox", HINT_SIDE},
    {"singular", HINT_CONTENT},
    {"skiplink", HINT_FURNITURE},
    {"skiptocontent", HINT_FURNITURE},
    {"socialbar", HINT_SHARE},
    {"socialicon", HINT_SHARE},
    {"sociallink", HINT_SHARE},
    {"socialshare", HINT_SHARE},
    {"sponsor", HINT_AD},
    {"standfirst", HINT_LEAD},
    {"storybody", HINT_BODY | HINT_CONTENT},
    {"storycontent", HINT_BODY | HINT_CONTENT},
    {"storytext", HINT_BODY | HINT_CONTENT},
    {"storytitle", HINT_TITLE},
    {"subheadline", HINT_LEAD},
    {"subscribe", HINT_SUBSCRIBE},
    {"taboola", HINT_RELATED},
    {"tacgia", HINT_BYLINE},
    {"tagbox", HINT_TAGS},
    {"taglist", HINT_TAGS},
    {"tagslist", HINT_TAGS},
    {"thoigian", HINT_DATE},
    {"thoitiet", HINT_FURNITURE},
    {"tinkhac", HINT_RELATED},
    {"tinmoi", HINT_RELATED},
    {"titledetail", HINT_TITLE},
    {"topbar", HINT_FURNITURE},
    {"trending", HINT_RELATED},
    {"tukhoa", HINT_TAGS},
    {"widget", HINT_SIDE},
    {"xemnhieu", HINT_RELATED},
    {"xemthem", HINT_RELATED},
    {"ykienbandoc", HINT_COMMENT},
};

/* Whole class words that hide an element (responsive variants such as "hidden-xs" do not). */
static const char *const hiding_classes[] = {
    "hidden",       "hide",          "d-none",           "is-hidden",
    "u-hidden",     "display-none",  "invisible",        "sr-only",
    "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
    "element-invisible", "offscreen",
};

/* role values, as tokens of the same sets. */
static const hint_word roles[] = {
    {"alertdialog", HINT_FURNITURE}, {"article", HINT_CONTENT},    {"banner", HINT_FURNITURE},
    {"complementary", HINT_SIDE},    {"contentinfo", HINT_FURNITURE}, {"dialog", HINT_FURNITURE},
    {"main", HINT_CONTENT},          {"menu", HINT_FURNITURE},     {"menubar", HINT_FURNITURE},
    {"navigation", HINT_FURNITURE},  {"search", HINT_FURNITURE},   {"toolbar", HINT_FURNITURE},
};

/* itemprop values (schema.org). */
static const hint_word itemprops[] = {
    {"articlebody", HINT_BODY | HINT_CONTENT},
    {"author", HINT_BYLINE},
    {"caption", HINT_CAPTION},
    {"datepublished", HINT_DATE},
    {"description", HINT_LEAD},
    {"headline", HINT_TITLE},
    {"keywords", HINT_TAGS},
    {"text", HINT_BODY | HINT_CONTENT},
};

static int cmp_word(const void *key, const void *entry)
{
    return strcmp(key, ((const hint_word *)entry)->word);
}

static uint32_t token_hints(const char *token)
{
    const hint_word *w = bsearch(token, token_words, G_N_ELEMENTS(token_words),
                                 sizeof token_words[0], cmp_word);
    return w != NULL ? w->hints : 0;
}

/* The first compound word that starts with letter c or later (compound_words is sorted). */
static size_t first_compound(char c)
{
    size_t lo = 0, hi = G_N_ELEMENTS(compound_words);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (compound_words[mid].word[0] < c) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

static uint32_t compound_hints(const char *compound)
{
    uint32_t h = 0;
    if (strlen(compound) < 4) {
        return 0;
    }
    for (const char *p = compound; *p != '\0'; p++) {
        for (size_t i = first_compound(*p);
             i < G_N_ELEMENTS(compound_words) && compound_words[i].word[0] == *p; i++) {
            if (strncmp(p, compound_words[i].word, strlen(compound_words[i].word)) == 0) {
                h |= compound_words[i].hints;
            }
        }
    }
    return h;
}

/* Class words that state a property of a post rather than name a part of the page. */
static gboolean is_state_word(const char *compound)
{
    static const char *const states[] = {"commented",      "hascomments", "commentsopen",
                                         "commentsclosed", "nocomments",  "allowcomments",
                                         "commentable",    "hasrelated"};
    for (size_t i = 0; i < G_N_ELEMENTS(states); i++) {
        if (strcmp(compound, states[i]) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Hints of one class word or id: its tokens and its compound. */
static uint32_t word_hints(const char *w, size_t len)
{
    char token[64], compound[128];
    size_t t = 0, c = 0;
    uint32_t h = 0;
    for (size_t i = 0; i <= len; i++) {
        char ch = i < len ? w[i] : '\0';
        gboolean alnum = g_ascii_isalnum(ch);
        /* A lower-to-upper change starts a token: "relatedPosts" -> related, posts. */
        gboolean camel = alnum && g_ascii_isupper(ch) && i > 0 && g_ascii_islower(w[i - 1]);
        if ((!alnum || camel) && t > 0) {
            token[t] = '\0';
            h |= token_hints(token);
            t = 0;
        }
        if (alnum) {
            if (t + 1 < sizeof token) {
                token[t++] = g_ascii_tolower(ch);
            }
            if (c + 1 < sizeof compound) {
                compound[c++] = g_ascii_tolower(ch);
            }
        }
    }
    compound[c] = '\0';
    if (!is_state_word(compound)) {
        h |= compound_hints(compound);
    }
    /* An embedded post ("social-media-embed", "embed-twitter") is quoted content. */
    if (strstr(compound, "embed") != NULL) {
        h &= ~(uint32_t)HINT_SHARE;
    }
    /* A name of a part of the article ("content-detail-sapo", "article-title") is that part. */
    if (h & (HINT_LEAD | HINT_TITLE | HINT_CAPTION | HINT_BYLINE | HINT_DATE)) {
        h &= ~(uint32_t)(HINT_BODY | HINT_CONTENT);
    }
    return h;
}

static gboolean is_hiding_class(const char *w, size_t len)
{
    for (size_t i = 0; i < G_N_ELEMENTS(hiding_classes); i++) {
        if (strlen(hiding_classes[i]) == len && g_ascii_strncasecmp(w, hiding_classes[i], len) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Looks a lower-cased attribute value up in a small table. */
static uint32_t table_hints(const char *value, const hint_word *table, size_t n)
{
    char low[64];
    size_t k = 0;
    uint32_t h = 0;
    if (value == NULL) {
        return 0;
    }
    /* Values may list several words ("main article"); each is looked up. */
    for (const char *p = value;; p++) {
        if (*p == '\0' || g_ascii_isspace(*p)) {
            low[k] = '\0';
            for (size_t i = 0; k > 0 && i < n; i++) {
                if (strcmp(low, table[i].word) == 0) {
                    h |= table[i].hints;
                }
            }
            k = 0;
            if (*p == '\0') {
                break;
            }
        } else if (k + 1 < sizeof low) {
            low[k++] = g_ascii_tolower(*p);
        }
    }
    return h;
}

struct hints_cache {
    GHashTable *classes; /* class attribute value (owned by the tree) -> hints + 1 */
};

hints_cache *hints_cache_new(void)
{
    hints_cache *c = g_new0(hints_cache, 1);
    c->classes = g_hash_table_new(g_str_hash, g_str_equal);
    return c;
}

void hints_cache_free(hints_cache *c)
{
    if (c != NULL) {
        g_hash_table_destroy(c->classes);
        g_free(c);
    }
}

/* The hints of a class attribute's words. */
static uint32_t class_hints(const char *cls)
{
    uint32_t h = 0;
    const char *p = cls;
    while (*p != '\0') {
        const char *start;
        while (*p != '\0' && g_ascii_isspace(*p)) {
            p++;
        }
        start = p;
        while (*p != '\0' && !g_ascii_isspace(*p)) {
            p++;
        }
        /* WordPress names a post's taxonomy terms "category-..." and "tag-...": content. */
        if (p == start || g_str_has_prefix(start, "category-") || g_str_has_prefix(start, "tag-")) {
            continue;
        }
        h |= word_hints(start, (size_t)(p - start));
        if (is_hiding_class(start, (size_t)(p - start))) {
            h |= HINT_HIDDEN;
        }
    }
    return h;
}

uint32_t hints_of_element(const xmlNode *element, void *data)
{
    hints_cache *cache = data;
    const char *cls = dom_attr(element, "class");
    const char *id = dom_attr(element, "id");
    uint32_t h = 0;
    if (cls != NULL) {
        /* The tree owns the value and outlives the cache, so it can be the key. */
        gpointer known = cache != NULL ? g_hash_table_lookup(cache->classes, cls) : NULL;
        if (known != NULL) {
            h = GPOINTER_TO_UINT(known) - 1;
        } else {
            h = class_hints(cls);
            if (cache != NULL) {
                g_hash_table_insert(cache->classes, (gpointer)cls, GUINT_TO_POINTER(h + 1));
            }
        }
    }
    if (id != NULL) {
        h |= word_hints(id, strlen(id));
    }
    h |= table_hints(dom_attr(element, "role"), roles, G_N_ELEMENTS(roles));
    h |= table_hints(dom_attr(element, "itemprop"), itemprops, G_N_ELEMENTS(itemprops));
    h |= table_hints(dom_attr(element, "data-role"), itemprops, G_N_ELEMENTS(itemprops));
    h |= table_hints(dom_attr(element, "rel"), itemprops, G_N_ELEMENTS(itemprops));
    return h;
}
