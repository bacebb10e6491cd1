/* The article model: fields, blocks, JSON and plain-text output. */
#include <stdio.h>
#include <string.h>

#include "docbao/article.h"
#include "docbao/text.h"
#include "base/internal.h"
#include "text/text.h"
#include "text/lang_detect.h"

typedef struct {
    docbao_block_type type;
    char *text;
    char *image;
    const char *language; /* detected from its text (interned), or NULL when unsure */
} block;

struct docbao_article {
    char *title;
    char *published;
    char *author;
    char *lead;
    char *url;
    const char *language; /* declared or detected (interned); NULL: detect when asked */
    GArray *blocks;       /* of block */
    size_t blocks_vi;     /* bytes of the blocks that read as Vietnamese (weigh()) */
    size_t blocks_en;     /* and as English: kept as blocks are added, so that the article's
                           * language is not found again from all its text for each block */
};

static const char *const block_names[] = {"paragraph", "heading", "quote", "list_item", "caption"};

const char *docbao_block_type_name(docbao_block_type type)
{
    if ((unsigned)type < G_N_ELEMENTS(block_names)) {
        return block_names[type];
    }
    return "paragraph";
}

static void block_clear(gpointer p)
{
    block *b = p;
    g_free(b->text);
    g_free(b->image);
}

docbao_article *docbao_article_new(void)
{
    docbao_article *a = g_new0(docbao_article, 1);
    a->title = g_strdup("");
    a->blocks = g_array_new(FALSE, TRUE, sizeof(block));
    g_array_set_clear_func(a->blocks, block_clear);
    return a;
}

void docbao_article_free(docbao_article *a)
{
    if (a == NULL) {
        return;
    }
    g_free(a->title);
    g_free(a->published);
    g_free(a->author);
    g_free(a->lead);
    g_free(a->url);
    g_array_unref(a->blocks);
    g_free(a);
}

const char *docbao_article_title(const docbao_article *a)
{
    return a->title;
}
const char *docbao_article_published(const docbao_article *a)
{
    return a->published;
}
const char *docbao_article_author(const docbao_article *a)
{
    return a->author;
}
const char *docbao_article_lead(const docbao_article *a)
{
    return a->lead;
}
const char *docbao_article_url(const docbao_article *a)
{
    return a->url;
}
size_t docbao_article_n_blocks(const docbao_article *a)
{
    return a->blocks->len;
}
docbao_block_type docbao_article_block_type(const docbao_article *a, size_t i)
{
    return g_array_index(a->blocks, block, i).type;
}
const char *docbao_article_block_text(const docbao_article *a, size_t i)
{
    return g_array_index(a->blocks, block, i).text;
}
const char *docbao_article_block_image(const docbao_article *a, size_t i)
{
    return g_array_index(a->blocks, block, i).image;
}

/* Replaces *field with the cleaned text; an empty result clears it (unless keep_empty). */
static docbao_status set_field(char **field, const char *text, gboolean keep_empty)
{
    char *clean;
    if (text == NULL) {
        if (keep_empty) {
            return DOCBAO_ERR_INVALID_ARG;
        }
        g_clear_pointer(field, g_free);
        return DOCBAO_OK;
    }
    clean = dbi_text_clean(text, -1);
    if (clean == NULL) {
        return DOCBAO_ERR_INVALID_ARG;
    }
    if (clean[0] == '\0' && !keep_empty) {
        g_free(clean);
        clean = NULL;
    }
    g_free(*field);
    *field = clean;
    return DOCBAO_OK;
}

docbao_status docbao_article_set_title(docbao_article *a, const char *text)
{
    return set_field(&a->title, text == NULL ? "" : text, TRUE);
}

docbao_status docbao_article_set_published(docbao_article *a, const char *date)
{
    if (date != NULL) {
        int y, m, d;
        char tail;
        if (strlen(date) != 10 || sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
            !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y)) {
            return DOCBAO_ERR_INVALID_ARG;
        }
    }
    return set_field(&a->published, date, FALSE);
}

docbao_status docbao_article_set_author(docbao_article *a, const char *text)
{
    return set_field(&a->author, text, FALSE);
}

docbao_status docbao_article_set_lead(docbao_article *a, const char *text)
{
    return set_field(&a->lead, text, FALSE);
}

docbao_status docbao_article_set_url(docbao_article *a, const char *url)
{
    return set_field(&a->url, url, FALSE);
}

/* Adds the length of a piece of text to the language it reads as (vi, en) in weights. */
static void weigh(const char *text, size_t *vi, size_t *en)
{
    const char *lang = text != NULL ? dbi_lang_detect(text, -1, 3) : NULL;
    if (lang != NULL && strcmp(lang, "vi") == 0) {
        *vi += strlen(text);
    } else if (lang != NULL && strcmp(lang, "en") == 0) {
        *en += strlen(text);
    }
}

docbao_status docbao_article_add_block(docbao_article *a, docbao_block_type type, const char *text,
                                       const char *image)
{
    block b = {type, NULL, NULL, NULL};
    if ((unsigned)type >= G_N_ELEMENTS(block_names) || text == NULL) {
        return DOCBAO_ERR_INVALID_ARG;
    }
    b.text = dbi_text_clean(text, -1);
    if (b.text == NULL) {
        return DOCBAO_ERR_INVALID_ARG;
    }
    if (b.text[0] == '\0') {
        g_free(b.text);
        return DOCBAO_OK;
    }
    b.image = (image != NULL && type == DOCBAO_BLOCK_CAPTION) ? g_strdup(image) : NULL;
    /* Six words at least: a short heading or caption is not enough to tell. */
    b.language = dbi_lang_detect(b.text, -1, 6);
    weigh(b.text, &a->blocks_vi, &a->blocks_en);
    g_array_append_val(a->blocks, b);
    return DOCBAO_OK;
}


/* The language most of the article's text is in (title, lead and blocks, by length), or "und"
 * when none of it reads as a language known here. */
static const char *detect_article(const docbao_article *a)
{
    size_t vi = a->blocks_vi, en = a->blocks_en;
    weigh(a->title, &vi, &en);
    weigh(a->lead, &vi, &en);
    if (vi == 0 && en == 0) {
        return g_intern_static_string("und");
    }
    return dbi_lang_intern(vi >= en ? "vi" : "en");
}

docbao_status docbao_article_set_language(docbao_article *a, const char *tag)
{
    const char *lang;
    if (tag == NULL) {
        a->language = NULL;
        return DOCBAO_OK;
    }
    lang = dbi_lang_from_declared(tag);
    if (lang == NULL) {
        return DOCBAO_ERR_INVALID_ARG;
    }
    a->language = lang;
    return DOCBAO_OK;
}

docbao_article *docbao_article_copy(const docbao_article *a)
{
    docbao_article *c = docbao_article_new();
    g_free(c->title);
    c->title = g_strdup(a->title);
    c->published = g_strdup(a->published);
    c->author = g_strdup(a->author);
    c->lead = g_strdup(a->lead);
    c->url = g_strdup(a->url);
    c->language = a->language;
    c->blocks_vi = a->blocks_vi;
    c->blocks_en = a->blocks_en;
    for (guint i = 0; i < a->blocks->len; i++) {
        const block *b = &g_array_index(a->blocks, block, i);
        block copy = *b;
        copy.text = g_strdup(b->text);
        copy.image = g_strdup(b->image);
        g_array_append_val(c->blocks, copy);
    }
    return c;
}

const char *docbao_article_language(const docbao_article *a)
{
    return a->language != NULL ? a->language : detect_article(a);
}

const char *docbao_article_block_language(const docbao_article *a, size_t i)
{
    const block *b;
    if (i >= a->blocks->len) {
        return NULL;
    }
    b = &g_array_index(a->blocks, block, i);
    if (b->language == NULL || strcmp(b->language, docbao_article_language(a)) == 0) {
        return NULL;
    }
    return b->language;
}

static void json_member(GString *out, const char *key, const char *value, gboolean last)
{
    g_string_append(out, "  ");
    dbi_json_append_string(out, key);
    g_string_append(out, ": ");
    if (value == NULL) {
        g_string_append(out, "null");
    } else {
        dbi_json_append_string(out, value);
    }
    g_string_append(out, last ? "\n" : ",\n");
}

char *docbao_article_to_json(const docbao_article *a)
{
    GString *out = g_string_new("{\n");
    json_member(out, "title", a->title, FALSE);
    json_member(out, "published", a->published, FALSE);
    json_member(out, "author", a->author, FALSE);
    json_member(out, "lead", a->lead, FALSE);
    json_member(out, "language", docbao_article_language(a), FALSE);
    g_string_append(out, "  \"blocks\": [");
    for (guint i = 0; i < a->blocks->len; i++) {
        const block *b = &g_array_index(a->blocks, block, i);
        const char *lang = docbao_article_block_language(a, i);
        g_string_append(out, i == 0 ? "\n    {\"type\": " : ",\n    {\"type\": ");
        dbi_json_append_string(out, docbao_block_type_name(b->type));
        g_string_append(out, ", \"text\": ");
        dbi_json_append_string(out, b->text);
        if (lang != NULL) {
            g_string_append(out, ", \"language\": ");
            dbi_json_append_string(out, lang);
        }
        g_string_append(out, "}");
    }
    g_string_append(out, a->blocks->len > 0 ? "\n  ]\n}\n" : "]\n}\n");
    return g_string_free(out, FALSE);
}

char *docbao_article_to_text(const docbao_article *a)
{
    GString *out = g_string_new(a->title);
    g_string_append_c(out, '\n');
    if (a->published != NULL || a->author != NULL) {
        const char *sep = "";
        if (a->published != NULL) {
            g_string_append(out, a->published);
            sep = " - ";
        }
        if (a->author != NULL) {
            g_string_append(out, sep);
            g_string_append(out, a->author);
        }
        g_string_append_c(out, '\n');
    }
    if (a->lead != NULL) {
        g_string_append_printf(out, "\n%s\n", a->lead);
    }
    for (guint i = 0; i < a->blocks->len; i++) {
        const block *b = &g_array_index(a->blocks, block, i);
        switch (b->type) {
        case DOCBAO_BLOCK_HEADING:
            g_string_append_printf(out, "\n## %s\n", b->text);
            break;
        case DOCBAO_BLOCK_QUOTE:
            g_string_append_printf(out, "\n> %s\n", b->text);
            break;
        case DOCBAO_BLOCK_LIST_ITEM:
            g_string_append_printf(out, "\n- %s\n", b->text);
            break;
        case DOCBAO_BLOCK_CAPTION:
            g_string_append_printf(out, "\n[%s] %s\n", _("Image"), b->text);
            break;
        default:
            g_string_append_printf(out, "\n%s\n", b->text);
        }
    }
    return g_string_free(out, FALSE);
}

docbao_status docbao_article_from_text(const char *text, size_t len, docbao_article **out,
                                       docbao_error *err)
{
    docbao_article *a;
    char **lines;
    GString *para;
    gboolean have_title = FALSE;
    char *copy;

    if (!g_utf8_validate_len(text, len, NULL)) {
        return docbao_text_check_utf8(text, len, _("the text"), err);
    }
    copy = g_strndup(text, len);
    lines = g_strsplit(copy, "\n", -1);
    g_free(copy);
    a = docbao_article_new();
    para = g_string_new(NULL);
    for (char **l = lines;; l++) {
        char *line = *l != NULL ? g_strstrip(*l) : NULL;
        if (line == NULL || line[0] == '\0') {
            if (para->len > 0) {
                docbao_article_add_block(a, DOCBAO_BLOCK_PARAGRAPH, para->str, NULL);
                g_string_truncate(para, 0);
            }
            if (line == NULL) {
                break;
            }
            continue;
        }
        if (!have_title) {
            docbao_article_set_title(a, line);
            have_title = a->title[0] != '\0';
            continue;
        }
        /* Wrapped lines join; a line that ends a sentence ends its paragraph. */
        if (para->len > 0) {
            g_string_append_c(para, ' ');
        }
        g_string_append(para, line);
        if (g_str_has_suffix(line, ".") || g_str_has_suffix(line, ":") ||
            g_str_has_suffix(line, "!") || g_str_has_suffix(line, "?") ||
            g_str_has_suffix(line, "\u201D") || g_str_has_suffix(line, "\"")) {
            docbao_article_add_block(a, DOCBAO_BLOCK_PARAGRAPH, para->str, NULL);
            g_string_truncate(para, 0);
        }
    }
    g_string_free(para, TRUE);
    g_strfreev(lines);
    if (!have_title) {
        docbao_article_free(a);
        return dbi_fail(err, DOCBAO_ERR_EMPTY, _("the text is empty"));
    }
    *out = a;
    return DOCBAO_OK;
}

