/* The normalizer: NFC and white space, word by word, with spans back to the source. */
#include <string.h>

#include "docbao/input.h"
#include "docbao/normalize.h"
#include "internal.h"

struct docbao_normalizer {
    docbao_dialect dialect;
};

struct docbao_spoken {
    GString *text;
    GArray *spans; /* of docbao_span */
};

int docbao_dialect_from_name(const char *name)
{
    if (name == NULL) {
        return -1;
    }
    if (g_ascii_strcasecmp(name, "north") == 0 || g_ascii_strcasecmp(name, "bac") == 0) {
        return DOCBAO_DIALECT_NORTH;
    }
    if (g_ascii_strcasecmp(name, "south") == 0 || g_ascii_strcasecmp(name, "nam") == 0) {
        return DOCBAO_DIALECT_SOUTH;
    }
    return -1;
}

const char *docbao_dialect_name(docbao_dialect dialect)
{
    return dialect == DOCBAO_DIALECT_SOUTH ? "south" : "north";
}

docbao_normalizer *docbao_normalizer_new(const docbao_normalize_options *opts, docbao_error *err)
{
    docbao_normalizer *n = g_new0(docbao_normalizer, 1);
    n->dialect = opts != NULL ? opts->dialect : DOCBAO_DIALECT_NORTH;
    return n;
}

void docbao_normalizer_free(docbao_normalizer *n)
{
    g_free(n);
}

void docbao_normalizer_reset(docbao_normalizer *n)
{
    (void)n;
}

const char *docbao_spoken_text(const docbao_spoken *s)
{
    return s->text->str;
}
size_t docbao_spoken_len(const docbao_spoken *s)
{
    return s->text->len;
}
size_t docbao_spoken_n_spans(const docbao_spoken *s)
{
    return s->spans->len;
}
const docbao_span *docbao_spoken_spans(const docbao_spoken *s)
{
    return (const docbao_span *)(void *)s->spans->data;
}

void docbao_spoken_free(docbao_spoken *s)
{
    if (s == NULL) {
        return;
    }
    g_string_free(s->text, TRUE);
    g_array_unref(s->spans);
    g_free(s);
}

docbao_spoken *dbi_spoken_new(void)
{
    docbao_spoken *s = g_new0(docbao_spoken, 1);
    s->text = g_string_new(NULL);
    s->spans = g_array_new(FALSE, FALSE, sizeof(docbao_span));
    return s;
}

void dbi_spoken_append(docbao_spoken *s, const char *text, size_t len, size_t src_start,
                       size_t src_len)
{
    docbao_span span;
    if (len == 0) {
        return;
    }
    if (s->text->len > 0) {
        g_string_append_c(s->text, ' ');
    }
    span.spoken_start = s->text->len;
    span.spoken_len = len;
    span.source_start = src_start;
    span.source_len = src_len;
    g_string_append_len(s->text, text, (gssize)len);
    g_array_append_val(s->spans, span);
}

void dbi_spoken_append_spoken(docbao_spoken *s, const docbao_spoken *other, size_t delta)
{
    for (guint i = 0; i < other->spans->len; i++) {
        const docbao_span *sp = &g_array_index(other->spans, docbao_span, i);
        dbi_spoken_append(s, other->text->str + sp->spoken_start, sp->spoken_len,
                          sp->source_start + delta, sp->source_len);
    }
}

static gboolean is_space(gunichar c)
{
    return g_unichar_isspace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007 || c == 0x200B ||
           c == 0xFEFF;
}

docbao_status docbao_normalize(docbao_normalizer *n, const char *text, size_t len,
                               docbao_spoken **out, docbao_error *err)
{
    const char *end;
    const char *p;
    docbao_spoken *s;

    if (text == NULL || out == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no text to normalize"));
    }
    if (len == (size_t)-1) {
        len = strlen(text);
    }
    if (!g_utf8_validate_len(text, len, &end)) {
        return docbao_input_check_utf8(text, len, _("the text"), err);
    }
    s = dbi_spoken_new();
    p = text;
    while (p < end) {
        const char *w;
        char *nfc;
        while (p < end && is_space(g_utf8_get_char(p))) {
            p = g_utf8_next_char(p);
        }
        if (p >= end) {
            break;
        }
        w = p;
        while (p < end && !is_space(g_utf8_get_char(p))) {
            p = g_utf8_next_char(p);
        }
        nfc = g_utf8_normalize(w, p - w, G_NORMALIZE_NFC);
        dbi_spoken_append(s, nfc, strlen(nfc), (size_t)(w - text), (size_t)(p - w));
        g_free(nfc);
    }
    (void)n;
    *out = s;
    return DOCBAO_OK;
}
