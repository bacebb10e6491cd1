/* Encoding detection and conversion for pages. See html_charset.h for the order of decisions. */
#include <errno.h>
#include <string.h>

#include "extract/html_charset.h"
#include "extract/vi_legacy_encoding.h"
#include "text/vi_syllable.h"

typedef enum {
    CS_UNKNOWN = 0,
    CS_UTF8,
    CS_UTF16LE,
    CS_UTF16BE,
    CS_CP1252,
    CS_CP1258,
    CS_TCVN3,
    CS_VNI,
    CS_ICONV, /* any other charset iconv knows */
} charset_kind;

static const char *const kind_names[] = {
    "unknown",      "UTF-8", "UTF-16LE",    "UTF-16BE", "windows-1252",
    "windows-1258", "TCVN3", "VNI-Windows", "iconv",
};

/* Labels and the decoder they select; anything else is tried with iconv under its own name. */
static const struct {
    const char *label;
    charset_kind kind;
} labels[] = {
    {"utf-8", CS_UTF8},
    {"utf8", CS_UTF8},
    {"unicode-1-1-utf-8", CS_UTF8},
    {"utf-16", CS_UTF16LE},
    {"utf-16le", CS_UTF16LE},
    {"utf-16be", CS_UTF16BE},
    {"iso-8859-1", CS_CP1252},
    {"iso8859-1", CS_CP1252},
    {"iso_8859-1", CS_CP1252},
    {"latin1", CS_CP1252},
    {"l1", CS_CP1252},
    {"ascii", CS_CP1252},
    {"us-ascii", CS_CP1252},
    {"windows-1252", CS_CP1252},
    {"cp1252", CS_CP1252},
    {"x-cp1252", CS_CP1252},
    {"cp819", CS_CP1252},
    {"ibm819", CS_CP1252},
    {"windows-1258", CS_CP1258},
    {"cp1258", CS_CP1258},
    {"x-cp1258", CS_CP1258},
    {"tcvn", CS_TCVN3},
    {"tcvn3", CS_TCVN3},
    {"tcvn-3", CS_TCVN3},
    {"tcvn5712", CS_TCVN3},
    {"tcvn-5712", CS_TCVN3},
    {"tcvn5712-1", CS_TCVN3},
    {"tcvn5712-3", CS_TCVN3},
    {"vn3", CS_TCVN3},
    {"abc", CS_TCVN3},
    {"vni", CS_VNI},
    {"vni-windows", CS_VNI},
    {"x-vni", CS_VNI},
};

static charset_kind kind_of_label(const char *label)
{
    for (size_t i = 0; i < G_N_ELEMENTS(labels); i++) {
        if (g_ascii_strcasecmp(label, labels[i].label) == 0) {
            return labels[i].kind;
        }
    }
    return CS_ICONV;
}

/* ---------------------------------------------------------------------------------------- */
/* Decoders                                                                                  */

static void append_replacement(GString *out)
{
    g_string_append(out, "\xEF\xBF\xBD");
}

/* iconv with one U+FFFD per byte the charset does not define; NULL when iconv lacks it. */
static char *decode_iconv(const char *data, size_t len, const char *charset, size_t *out_len)
{
    GIConv cd = g_iconv_open("UTF-8", charset);
    GString *out;
    char *in = (char *)data;
    gsize in_left = len;
    char buf[8192];
    if (cd == (GIConv)-1) {
        return NULL;
    }
    out = g_string_sized_new(len + len / 2 + 16);
    while (in_left > 0) {
        char *o = buf;
        gsize o_left = sizeof buf;
        gsize r = g_iconv(cd, &in, &in_left, &o, &o_left);
        g_string_append_len(out, buf, (gssize)(o - buf));
        if (r == (gsize)-1 && errno != E2BIG) {
            /* EILSEQ or EINVAL: an undefined or cut byte; skip it and start afresh. */
            append_replacement(out);
            in++;
            in_left--;
            g_iconv(cd, NULL, NULL, NULL, NULL);
        }
    }
    {
        /* Flush what a stateful decoder holds back (windows-1258 waits for a tone mark). */
        char *o = buf;
        gsize o_left = sizeof buf;
        g_iconv(cd, NULL, NULL, &o, &o_left);
        g_string_append_len(out, buf, (gssize)(o - buf));
    }
    g_iconv_close(cd);
    *out_len = out->len;
    return g_string_free(out, FALSE);
}

static char *decode_cp1252(const char *data, size_t len, size_t *out_len)
{
    GString *out = g_string_sized_new(len + len / 4 + 16);
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)data[i];
        if (b < 0x80) {
            g_string_append_c(out, (char)b);
        } else {
            g_string_append_unichar(out, vi_cp1252_to_unicode(b));
        }
    }
    *out_len = out->len;
    return g_string_free(out, FALSE);
}

/* Letters and the marks that belong to them make up words. */
static gboolean word_char(gunichar c)
{
    return g_unichar_isalpha(c) || g_unichar_ismark(c);
}

/* How many characters of a word the repair looks at on each side of a stray run. */
#define REPAIR_CONTEXT 16

/*
 * Is cand, read between the end of the text so far (out) and the valid text that follows
 * (next .. end), acceptable? With vietnamese, the word it lands in must be a Vietnamese
 * syllable of two letters or more; otherwise each of its characters must be a letter inside a
 * word of two letters or more, or punctuation (curved quotes, dashes, an ellipsis).
 */
static gboolean reads_well(const GString *out, const char *cand, const char *next,
                           const char *end, gboolean vietnamese)
{
    const char *start = out->str + out->len;
    const char *stop = next;
    GString *word;
    gboolean ok = TRUE;
    glong letters;
    int n;
    for (n = 0; n < REPAIR_CONTEXT && start > out->str; n++) {
        const char *prev = g_utf8_find_prev_char(out->str, start);
        if (prev == NULL || !word_char(g_utf8_get_char(prev))) {
            break;
        }
        start = prev;
    }
    for (n = 0; n < REPAIR_CONTEXT && stop < end; n++) {
        gunichar c = g_utf8_get_char_validated(stop, end - stop);
        if (c == (gunichar)-1 || c == (gunichar)-2 || !word_char(c)) {
            break;
        }
        stop = g_utf8_next_char(stop);
    }
    word = g_string_new_len(start, out->str + out->len - start);
    g_string_append(word, cand);
    g_string_append_len(word, next, stop - next);
    letters = 0;
    for (const char *p = word->str; *p != '\0'; p = g_utf8_next_char(p)) {
        letters += g_unichar_isalpha(g_utf8_get_char(p));
    }
    if (vietnamese) {
        ok = letters >= 2 && vi_syllable_is_valid(word->str, (gssize)word->len);
    } else {
        for (const char *p = cand; *p != '\0' && ok; p = g_utf8_next_char(p)) {
            gunichar c = g_utf8_get_char(p);
            GUnicodeType t = g_unichar_type(c);
            ok = (g_unichar_isalpha(c) && letters >= 2) || t == G_UNICODE_INITIAL_PUNCTUATION ||
                 t == G_UNICODE_FINAL_PUNCTUATION || t == G_UNICODE_DASH_PUNCTUATION ||
                 c == 0x2026;
        }
    }
    g_string_free(word, TRUE);
    return ok;
}

/*
 * UTF-8 with stray bytes (a page that mixed in a few bytes of another charset, or was cut in
 * the middle of a character). Each run of bytes that starts no valid character is read as
 * windows-1258 when that makes its word a Vietnamese syllable, else as windows-1252 when that
 * makes letters inside a word or punctuation, else left out: a listener never hears a
 * replacement character. The result is NFC.
 */
static char *decode_utf8_repair(const char *data, size_t len, size_t *out_len)
{
    const char *p = data, *end = data + len;
    GString *out = g_string_sized_new(len + 16);
    char *nfc;
    while (p < end) {
        const char *stop;
        const char *run;
        char *c1258, *c1252 = NULL;
        size_t n1258 = 0;
        if (g_utf8_validate_len(p, (gsize)(end - p), &stop)) {
            g_string_append_len(out, p, end - p);
            break;
        }
        g_string_append_len(out, p, stop - p);
        run = stop;
        while (stop < end) {
            gunichar c = g_utf8_get_char_validated(stop, end - stop);
            if (c != (gunichar)-1 && c != (gunichar)-2) {
                break;
            }
            stop++;
        }
        c1258 = decode_iconv(run, (size_t)(stop - run), "WINDOWS-1258", &n1258);
        if (c1258 != NULL && strstr(c1258, "\xEF\xBF\xBD") == NULL &&
            reads_well(out, c1258, stop, end, TRUE)) {
            g_string_append(out, c1258);
        } else {
            GString *w = g_string_new(NULL);
            for (const char *b = run; b < stop; b++) {
                g_string_append_unichar(w, vi_cp1252_to_unicode((unsigned char)*b));
            }
            c1252 = g_string_free(w, FALSE);
            if (reads_well(out, c1252, stop, end, TRUE) ||
                reads_well(out, c1252, stop, end, FALSE)) {
                g_string_append(out, c1252);
            }
        }
        g_free(c1258);
        g_free(c1252);
        p = stop;
    }
    nfc = g_utf8_normalize(out->str, (gssize)out->len, G_NORMALIZE_NFC);
    if (nfc == NULL) {
        *out_len = out->len;
        return g_string_free(out, FALSE);
    }
    g_string_free(out, TRUE);
    *out_len = strlen(nfc);
    return nfc;
}

static char *nfc_buffer(char *s, size_t *len)
{
    char *nfc = g_utf8_normalize(s, (gssize)*len, G_NORMALIZE_NFC);
    if (nfc == NULL) {
        return s;
    }
    g_free(s);
    *len = strlen(nfc);
    return nfc;
}

static char *decode_as(charset_kind kind, const char *label, const char *data, size_t len,
                       size_t *out_len)
{
    char *s = NULL;
    switch (kind) {
    case CS_UTF8:
        s = decode_utf8_repair(data, len, out_len);
        break;
    case CS_UTF16LE:
        s = decode_iconv(data, len, "UTF-16LE", out_len);
        break;
    case CS_UTF16BE:
        s = decode_iconv(data, len, "UTF-16BE", out_len);
        break;
    case CS_CP1252:
        s = decode_cp1252(data, len, out_len);
        break;
    case CS_CP1258:
        s = decode_iconv(data, len, "WINDOWS-1258", out_len);
        break;
    case CS_TCVN3:
    case CS_VNI:
        s = vi_legacy_decode_bytes(data, len, kind == CS_TCVN3 ? VI_LEGACY_TCVN3 : VI_LEGACY_VNI);
        *out_len = strlen(s);
        break;
    case CS_ICONV:
        s = label != NULL ? decode_iconv(data, len, label, out_len) : NULL;
        break;
    case CS_UNKNOWN:
        break;
    }
    if (s != NULL && kind != CS_UTF8 && kind != CS_CP1252) {
        s = nfc_buffer(s, out_len);
    }
    return s;
}

/* ---------------------------------------------------------------------------------------- */
/* The page's declaration                                                                    */

/* Reads one attribute of a tag at *p (name lower-cased into name, value into value). */
static gboolean next_attribute(const char **p, const char *end, char *name, size_t name_size,
                               char *value, size_t value_size)
{
    const char *s = *p;
    size_t n = 0, v = 0;
    while (s < end && (g_ascii_isspace(*s) || *s == '/')) {
        s++;
    }
    if (s >= end || *s == '>') {
        *p = s;
        return FALSE;
    }
    while (s < end && !g_ascii_isspace(*s) && *s != '=' && *s != '>' && *s != '/') {
        if (n + 1 < name_size) {
            name[n++] = g_ascii_tolower(*s);
        }
        s++;
    }
    name[n] = '\0';
    while (s < end && g_ascii_isspace(*s)) {
        s++;
    }
    if (s < end && *s == '=') {
        s++;
        while (s < end && g_ascii_isspace(*s)) {
            s++;
        }
        if (s < end && (*s == '"' || *s == '\'')) {
            char q = *s++;
            while (s < end && *s != q) {
                if (v + 1 < value_size) {
                    value[v++] = *s;
                }
                s++;
            }
            s += s < end;
        } else {
            while (s < end && !g_ascii_isspace(*s) && *s != '>') {
                if (v + 1 < value_size) {
                    value[v++] = *s;
                }
                s++;
            }
        }
    }
    value[v] = '\0';
    *p = s;
    return n > 0 || v > 0;
}

/* The charset named in a Content-Type value ("text/html; charset=windows-1258"). */
static char *charset_param(const char *content)
{
    char *low = g_ascii_strdown(content, -1);
    const char *c = strstr(low, "charset");
    char *out = NULL;
    if (c != NULL) {
        c += strlen("charset");
        while (*c == ' ') {
            c++;
        }
        if (*c == '=') {
            const char *start;
            c++;
            while (*c == ' ' || *c == '"' || *c == '\'') {
                c++;
            }
            start = c;
            while (*c != '\0' && *c != ';' && *c != '"' && *c != '\'' && *c != ' ') {
                c++;
            }
            if (c > start) {
                out = g_strndup(start, (gsize)(c - start));
            }
        }
    }
    g_free(low);
    return out;
}

/* Scans the start of the page as the HTML standard's prescan does, for the declared charset. */
char *html_charset_declared(const char *data, size_t len)
{
    const char *end = data + MIN(len, (size_t)16384);
    const char *p = data;
    while (p < end) {
        if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
            const char *close = g_strstr_len(p + 4, end - p - 4, "-->");
            if (close == NULL) {
                break;
            }
            p = close + 3;
        } else if (end - p >= 6 && g_ascii_strncasecmp(p, "<meta", 5) == 0 &&
                   (g_ascii_isspace(p[5]) || p[5] == '/')) {
            char name[32], value[256];
            char *charset = NULL, *content = NULL;
            gboolean http_equiv = FALSE;
            p += 5;
            while (next_attribute(&p, end, name, sizeof name, value, sizeof value)) {
                if (strcmp(name, "charset") == 0 && charset == NULL) {
                    charset = g_strstrip(g_ascii_strdown(value, -1));
                } else if (strcmp(name, "http-equiv") == 0) {
                    http_equiv = g_ascii_strcasecmp(value, "content-type") == 0;
                } else if (strcmp(name, "content") == 0 && content == NULL) {
                    content = g_strdup(value);
                }
            }
            if (charset == NULL && http_equiv && content != NULL) {
                charset = charset_param(content);
            }
            g_free(content);
            if (charset != NULL && charset[0] != '\0') {
                return charset;
            }
            g_free(charset);
        } else if (end - p >= 5 && memcmp(p, "<?xml", 5) == 0) {
            const char *close = g_strstr_len(p, end - p, "?>");
            const char *enc = close != NULL ? g_strstr_len(p, close - p, "encoding") : NULL;
            if (enc != NULL) {
                char name[32], value[64];
                const char *q = enc;
                if (next_attribute(&q, close, name, sizeof name, value, sizeof value) &&
                    value[0] != '\0') {
                    return g_ascii_strdown(value, -1);
                }
            }
            p = close != NULL ? close + 2 : end;
        } else {
            p++;
        }
    }
    return NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* Guessing                                                                                  */

/* How many bytes of the page the guess reads. */
#define GUESS_BYTES (256 * 1024)

/*
 * Does a decoding of a whole page read as Vietnamese? The page's markup (tags, scripts, class
 * names) adds many ASCII words, so the share of all words asked of plain text
 * (vi_syllable_reads_vietnamese) would turn down pages heavy with markup; one Vietnamese
 * syllable in forty words still keeps an English page with a few "£" signs out.
 */
static gboolean page_reads_vietnamese(vi_syllable_counts c)
{
    return c.valid >= 5 && c.valid * 2 >= c.words && c.valid * 40 >= c.all;
}

static charset_kind guess(const char *data, size_t len)
{
    static const charset_kind candidates[] = {CS_CP1258, CS_TCVN3, CS_VNI};
    size_t n = MIN(len, (size_t)GUESS_BYTES);
    size_t out_len;
    char *base = decode_as(CS_CP1252, NULL, data, n, &out_len);
    vi_syllable_counts best = vi_syllable_score(base, (gssize)out_len, 0);
    charset_kind kind = CS_CP1252;
    g_free(base);
    for (size_t i = 0; i < G_N_ELEMENTS(candidates); i++) {
        char *s = decode_as(candidates[i], NULL, data, n, &out_len);
        vi_syllable_counts c =
            s != NULL ? vi_syllable_score(s, (gssize)out_len, 0) : (vi_syllable_counts){0, 0, 0};
        /* It must read as Vietnamese, and better than the best so far. */
        if (page_reads_vietnamese(c) && c.valid > best.valid + best.valid / 4) {
            best = c;
            kind = candidates[i];
        }
        g_free(s);
    }
    return kind;
}

/*
 * Is the text UTF-8 but for a few stray bytes (fewer than one in twenty of its bytes above
 * 0x7F)? Such pages are read as UTF-8 with the strays repaired or left out
 * (decode_utf8_repair); a page in a single-byte charset fails UTF-8 at nearly every non-ASCII
 * byte.
 */
static gboolean mostly_utf8(const char *data, size_t len)
{
    const unsigned char *d = (const unsigned char *)data;
    const char *p = data, *end = data + len;
    size_t high = 0, bad = 0;
    while (p < end) {
        const char *stop;
        if (g_utf8_validate_len(p, (gsize)(end - p), &stop)) {
            break;
        }
        bad++;
        p = stop + 1;
    }
    for (size_t i = 0; i < len; i++) {
        high += d[i] >= 0x80;
    }
    return bad * 20 <= high;
}

char *html_charset_to_utf8(const char *data, size_t len, const char *transport, size_t *out_len,
                           const char **used)
{
    const unsigned char *d = (const unsigned char *)data;
    charset_kind kind = CS_UNKNOWN;
    char *label = NULL;
    char *out = NULL;

    if (len >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF) {
        data += 3;
        len -= 3;
        kind = CS_UTF8;
    } else if (len >= 2 && d[0] == 0xFF && d[1] == 0xFE) {
        data += 2;
        len -= 2;
        kind = CS_UTF16LE;
    } else if (len >= 2 && d[0] == 0xFE && d[1] == 0xFF) {
        data += 2;
        len -= 2;
        kind = CS_UTF16BE;
    } else if (g_utf8_validate_len(data, len, NULL)) {
        if (used != NULL) {
            *used = kind_names[CS_UTF8];
        }
        return NULL;
    }
    if (kind == CS_UNKNOWN && transport != NULL && transport[0] != '\0') {
        label = g_ascii_strdown(transport, -1);
        g_strstrip(label);
        kind = kind_of_label(label);
    }
    if (kind == CS_UNKNOWN) {
        label = html_charset_declared(data, len);
        if (label != NULL) {
            kind = kind_of_label(label);
            /* A page that could read its own <meta> as ASCII is not UTF-16. */
            if (kind == CS_UTF16LE || kind == CS_UTF16BE) {
                kind = CS_UTF8;
            }
        }
    }
    if (kind == CS_UTF8 && !mostly_utf8(data, len)) {
        /* Declared UTF-8 but not: a wrong label is ignored. */
        kind = CS_UNKNOWN;
    } else if (kind == CS_UNKNOWN && mostly_utf8(data, len)) {
        /* Undeclared, and UTF-8 but for a few stray bytes: those are repaired or left out. */
        kind = CS_UTF8;
    }
    if (kind != CS_UNKNOWN) {
        out = decode_as(kind, label, data, len, out_len);
    }
    if (out == NULL) {
        kind = guess(data, len);
        out = decode_as(kind, NULL, data, len, out_len);
    }
    if (used != NULL) {
        *used = kind == CS_ICONV ? "declared" : kind_names[kind];
    }
    g_free(label);
    return out;
}
