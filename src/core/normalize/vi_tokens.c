/* The normalizer's tokenizer. */
#include "normalize/vi_text.h"
#include "normalize/vi_tokens.h"

static gboolean is_word_char(gunichar c)
{
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return g_unichar_isalpha(c) || g_unichar_ismark(c);
}

/*
 * The token that starts at or after *pos (skipping white space) in len bytes of s: fills t and
 * moves *pos past it; FALSE at the end. space says whether white space or the start came
 * before; it is updated for the next call.
 */
static inline gboolean next_token(const char *s, size_t len, size_t *pos, gboolean *space,
                                  vi_token *t)
{
    const char *end = s + len;
    const char *p = s + *pos;
    while (p < end) {
        gunichar c;
        const char *q;
        if ((unsigned char)*p < 0x80) {
            c = (gunichar)(unsigned char)*p;
            q = p + 1;
        } else {
            c = g_utf8_get_char(p);
            q = g_utf8_next_char(p);
        }
        if (vi_text_is_space(c)) {
            *space = TRUE;
            p = q;
            continue;
        }
        t->start = (size_t)(p - s);
        t->ch = c;
        t->space = (guint8)*space;
        if (c >= '0' && c <= '9') {
            t->type = VI_TOK_NUM;
            while (q < end && *q >= '0' && *q <= '9') {
                q++;
            }
        } else if (is_word_char(c)) {
            t->type = VI_TOK_WORD;
            while (q < end) {
                gunichar d;
                const char *r;
                if ((unsigned char)*q < 0x80) {
                    if ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')) {
                        q++;
                        continue;
                    }
                    d = (gunichar)(unsigned char)*q;
                    r = q + 1;
                } else {
                    d = g_utf8_get_char(q);
                    r = g_utf8_next_char(q);
                }
                if (is_word_char(d)) {
                    q = r;
                } else if (vi_tok_is_apostrophe(d) && r < end && is_word_char(g_utf8_get_char(r))) {
                    q = r;
                } else {
                    break;
                }
            }
        } else {
            t->type = VI_TOK_SYM;
        }
        t->end = (size_t)(q - s);
        *pos = t->end;
        *space = FALSE;
        return TRUE;
    }
    *pos = len;
    return FALSE;
}

void vi_tok_split(const char *s, size_t len, GArray *out)
{
    size_t pos = 0;
    gboolean space = TRUE;
    vi_token t;
    while (next_token(s, len, &pos, &space, &t)) {
        g_array_append_val(out, t);
    }
}

size_t vi_tok_count(const char *s, size_t len, vi_token *first)
{
    size_t pos = 0;
    size_t n = 0;
    gboolean space = TRUE;
    vi_token t;
    while (next_token(s, len, &pos, &space, &t)) {
        if (n == 0 && first != NULL) {
            *first = t;
        }
        n++;
    }
    return n;
}
