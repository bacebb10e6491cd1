/* Vietnamese text helpers: NFC with offsets, tone-mark placement, syllables. */
#include <string.h>

#include "normalize/vi_text.h"

/* Tone marks as combining characters, in the order of vi_text_tone(): none, huyền, sắc, hỏi,
 * ngã, nặng. */
static const gunichar tone_marks[6] = {0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323};

gboolean vi_text_is_space(gunichar c)
{
    if (c < 0x80) {
        return c <= ' ' || c == 0x7F;
    }
    return g_unichar_isspace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007 || c == 0x2028 ||
           c == 0x2029 || (c < 0x20) || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

/* Characters dropped before anything else: zero-width ones and the soft hyphen. */
static gboolean is_dropped(gunichar c)
{
    return c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

static gboolean is_combining(gunichar c)
{
    return g_unichar_combining_class(c) != 0;
}

/* Cyrillic and Greek letters drawn like Latin ones, and Latin small capitals, with the Latin
 * letter each looks like. Copied and scraped text sometimes holds one inside a Latin word
 * ("Nguуên" with a Cyrillic у, a document code ending "-BTС" with a Cyrillic С, "ᴠà" with a
 * small capital, written so to dodge filters); espeak-ng would switch voice for it or spell it. */
static const struct {
    gunichar from;
    char to;
} look_alikes[] = {
    {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'},
    {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'},
    {0x03A5, 'Y'}, {0x03A7, 'X'}, {0x03BF, 'o'}, {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'},
    {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'},
    {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0423, 'Y'}, {0x0425, 'X'},
    {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'},
    {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x04BB, 'h'}, {0x0501, 'd'},
    {0x1D00, 'a'}, {0x1D04, 'c'}, {0x1D05, 'd'}, {0x1D07, 'e'}, {0x1D0A, 'j'}, {0x1D0B, 'k'},
    {0x1D0D, 'm'}, {0x1D0F, 'o'}, {0x1D18, 'p'}, {0x1D1B, 't'}, {0x1D1C, 'u'}, {0x1D20, 'v'},
    {0x1D21, 'w'}, {0x1D22, 'z'},
};

static char look_alike(gunichar c)
{
    if (c < 0x0391 || (c > 0x0501 && c < 0x1D00) || c > 0x1D22) {
        return 0;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(look_alikes); i++) {
        if (look_alikes[i].from == c) {
            return look_alikes[i].to;
        }
    }
    return 0;
}

static gboolean is_greek_or_cyrillic(gunichar c)
{
    return (c >= 0x0370 && c <= 0x03FF) || (c >= 0x0400 && c <= 0x052F);
}

/* A letter of a word as in_latin_word() walks it: a letter, a combining mark on one (NFD text:
 * "Ho" U+0300 then a Cyrillic "а") or a character dropped anyway (a soft hyphen). */
static gboolean word_char(gunichar c)
{
    return g_unichar_isalpha(c) || is_combining(c) || is_dropped(c);
}

/* The last word in_latin_word() walked, so that each word is walked once, not once a letter. */
typedef struct {
    const char *start, *end;
    gboolean latin;
} latin_word;

/* Is the look-alike at s[at] inside a Latin word: the run of letters around it holds a Latin
 * letter, and every Greek or Cyrillic letter of it is a look-alike (a Russian or Greek word is
 * left alone)? The answer for the word is kept in last (start NULL at first), and a later
 * look-alike of the same word is answered from it. */
static gboolean in_latin_word(const char *s, size_t len, size_t at, latin_word *last)
{
    const char *end = s + len;
    const char *p = s + at;
    const char *q;
    gboolean latin = FALSE, foreign = FALSE;
    if (last->start != NULL && p >= last->start && p < last->end) {
        return last->latin;
    }
    while (p > s && (q = g_utf8_find_prev_char(s, p)) != NULL && word_char(g_utf8_get_char(q))) {
        p = q;
    }
    last->start = p;
    for (; p < end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (!word_char(c)) {
            break;
        }
        if (is_greek_or_cyrillic(c)) {
            foreign = foreign || look_alike(c) == 0;
        } else if (g_unichar_isalpha(c)) {
            latin = TRUE;
        }
    }
    last->end = p;
    last->latin = latin && !foreign;
    return last->latin;
}

/* Does the text need the slow path (combining marks to compose, characters to drop, a look-alike
 * letter to replace)? */
static gboolean needs_rewrite(const char *s, size_t len)
{
    const char *end = s + len;
    const char *p = s;
    latin_word last = {NULL, NULL, FALSE};
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            p++;
            continue;
        }
        gunichar c = g_utf8_get_char(p);
        if (is_combining(c) || is_dropped(c) ||
            (look_alike(c) != 0 && in_latin_word(s, len, (size_t)(p - s), &last))) {
            return TRUE;
        }
        p = g_utf8_next_char(p);
    }
    return FALSE;
}

void vi_text_init(vi_text *t, const char *src, size_t len)
{
    GString *out;
    GArray *map;
    const char *end = src + len;
    const char *p = src;
    latin_word last = {NULL, NULL, FALSE};

    t->owned = NULL;
    if (!needs_rewrite(src, len)) {
        t->str = src; /* already NFC: used in place */
        t->len = len;
        t->map = NULL;
        return;
    }
    out = g_string_sized_new(len + 1);
    map = g_array_sized_new(FALSE, FALSE, sizeof(size_t), (guint)len + 1);
    while (p < end) {
        const char *start = p;
        const char *q;
        gunichar c = g_utf8_get_char(p);
        size_t off = (size_t)(start - src);
        gboolean marks = FALSE;
        p = g_utf8_next_char(p);
        if (is_dropped(c)) {
            continue;
        }
        char latin = look_alike(c);
        if (latin != 0 && !in_latin_word(src, len, off, &last)) {
            latin = 0;
        }
        /* The cluster: this character and the combining marks after it. */
        q = p;
        while (q < end) {
            gunichar d = g_utf8_get_char(q);
            if (!is_combining(d)) {
                break;
            }
            marks = TRUE;
            q = g_utf8_next_char(q);
        }
        if (marks) {
            char *nfc;
            size_t n;
            if (latin != 0) {
                GString *cluster = g_string_new_len(&latin, 1);
                g_string_append_len(cluster, p, q - p);
                nfc = g_utf8_normalize(cluster->str, (gssize)cluster->len, G_NORMALIZE_NFC);
                g_string_free(cluster, TRUE);
            } else {
                nfc = g_utf8_normalize(start, q - start, G_NORMALIZE_NFC);
            }
            n = nfc != NULL ? strlen(nfc) : 0;
            g_string_append_len(out, nfc, (gssize)n);
            for (size_t i = 0; i < n; i++) {
                g_array_append_val(map, off);
            }
            g_free(nfc);
            p = q;
        } else if (latin != 0) {
            g_string_append_c(out, latin);
            g_array_append_val(map, off);
        } else {
            for (const char *b = start; b < p; b++) {
                size_t o = (size_t)(b - src);
                g_array_append_val(map, o);
            }
            g_string_append_len(out, start, p - start);
        }
    }
    g_array_append_val(map, len);
    t->len = out->len;
    t->owned = g_string_free(out, FALSE);
    t->str = t->owned;
    t->map = (size_t *)(void *)g_array_free(map, FALSE);
}

void vi_text_splice(vi_text *t, const vi_text_edit *edits, size_t n)
{
    GString *out;
    size_t *map;
    size_t at = 0, grown = 0, k = 0;
    if (n == 0) {
        return;
    }
    for (size_t e = 0; e < n; e++) {
        grown += edits[e].with_len;
    }
    out = g_string_sized_new(t->len + grown + 1);
    map = g_new(size_t, t->len + grown + 1);
    for (size_t e = 0; e <= n; e++) {
        size_t stop = e < n ? edits[e].start : t->len;
        g_string_append_len(out, t->str + at, (gssize)(stop - at));
        for (; at < stop; at++) {
            map[k++] = vi_text_source(t, at);
        }
        if (e < n) {
            g_string_append_len(out, edits[e].with, (gssize)edits[e].with_len);
            for (size_t b = 0; b < edits[e].with_len; b++) {
                map[k++] = vi_text_source(t, edits[e].start);
            }
            at = edits[e].end;
        }
    }
    map[k] = vi_text_source(t, t->len);
    g_free(t->owned);
    g_free(t->map);
    t->len = out->len;
    t->owned = g_string_free(out, FALSE);
    t->str = t->owned;
    t->map = map;
}

void vi_text_clear(vi_text *t)
{
    g_free(t->owned);
    t->owned = NULL;
    g_free(t->map);
    t->str = NULL;
    t->map = NULL;
    t->len = 0;
}

/* Splits a letter into its toneless form (keeping â, ă, ê, ô, ơ, ư) and its tone, by Unicode's
 * decomposition. */
static gunichar split_tone_decomposed(gunichar c, int *tone)
{
    gunichar d[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
    gsize n;
    gunichar base;
    *tone = 0;
    if (c < 0xC0) {
        return c;
    }
    n = g_unichar_fully_decompose(c, FALSE, d, G_N_ELEMENTS(d));
    if (n <= 1) {
        return c;
    }
    base = d[0];
    for (gsize i = 1; i < n; i++) {
        int t = 0;
        for (int k = 1; k < 6; k++) {
            if (d[i] == tone_marks[k]) {
                t = k;
            }
        }
        if (t != 0) {
            *tone = t;
        } else {
            gunichar composed;
            if (g_unichar_compose(base, d[i], &composed)) {
                base = composed;
            }
        }
    }
    return base;
}

/* The letters of Vietnamese outside ASCII lie in U+00C0 to U+01BF (Latin-1, ă, đ, ĩ, ũ, ơ, ư)
 * and U+1EA0 to U+1EFF (the toned letters); split_tone_decomposed() is read once for each into
 * a table, since decomposing costs hundreds of instructions a letter. */
#define TONE_LOW_FIRST 0x00C0
#define TONE_LOW_COUNT 0x0100
#define TONE_HIGH_FIRST 0x1EA0
#define TONE_HIGH_COUNT 0x0060

typedef struct {
    gunichar base;
    int tone;
    gboolean alpha;  /* g_unichar_isalpha() of the letter */
    guint8 lower_len; /* the base in lower case, in UTF-8, for vi_text_is_syllable() */
    char lower[6];
} split_letter;

static split_letter tone_low[TONE_LOW_COUNT];
static split_letter tone_high[TONE_HIGH_COUNT];

static void fill_split(split_letter *table, gunichar first, size_t count)
{
    for (size_t k = 0; k < count; k++) {
        table[k].base = split_tone_decomposed(first + (gunichar)k, &table[k].tone);
        table[k].alpha = g_unichar_isalpha(first + (gunichar)k);
        table[k].lower_len =
            (guint8)g_unichar_to_utf8(g_unichar_tolower(table[k].base), table[k].lower);
    }
}

/* The table's line for c, or NULL outside its letters. */
static const split_letter *split_entry(gunichar c)
{
    static gsize filled = 0;
    if (c < TONE_LOW_FIRST) {
        return NULL;
    }
    if (g_once_init_enter(&filled)) {
        fill_split(tone_low, TONE_LOW_FIRST, TONE_LOW_COUNT);
        fill_split(tone_high, TONE_HIGH_FIRST, TONE_HIGH_COUNT);
        g_once_init_leave(&filled, 1);
    }
    if (c < TONE_LOW_FIRST + TONE_LOW_COUNT) {
        return &tone_low[c - TONE_LOW_FIRST];
    }
    if (c >= TONE_HIGH_FIRST && c < TONE_HIGH_FIRST + TONE_HIGH_COUNT) {
        return &tone_high[c - TONE_HIGH_FIRST];
    }
    return NULL;
}

/* Splits a letter into its toneless form (keeping â, ă, ê, ô, ơ, ư) and its tone. */
static gunichar split_tone(gunichar c, int *tone)
{
    const split_letter *e;
    if (c < TONE_LOW_FIRST) {
        *tone = 0;
        return c;
    }
    e = split_entry(c);
    if (e == NULL) {
        return split_tone_decomposed(c, tone);
    }
    *tone = e->tone;
    return e->base;
}

static gunichar with_tone(gunichar base, int tone)
{
    gunichar composed;
    if (tone <= 0 || tone > 5 || !g_unichar_compose(base, tone_marks[tone], &composed)) {
        return base;
    }
    return composed;
}

static gboolean is_vowel_base(gunichar b)
{
    switch (g_unichar_tolower(b)) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    case 0x103: case 0xE2: case 0xEA: case 0xF4: case 0x1A1: case 0x1B0:
        return TRUE;
    default:
        return FALSE;
    }
}

gunichar vi_text_strip_tone(gunichar c)
{
    int tone;
    return g_unichar_tolower(split_tone(c, &tone));
}

int vi_text_tone(gunichar c)
{
    int tone;
    gunichar b = split_tone(c, &tone);
    return is_vowel_base(b) ? tone : -1;
}

gunichar vi_text_initial(gunichar c)
{
    gunichar d[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
    gunichar u = g_unichar_toupper(c);
    if (u == 0x0110) {
        return 'D';
    }
    if (!g_unichar_isalpha(u)) {
        return 0;
    }
    if (u >= 0xC0 && g_unichar_fully_decompose(u, FALSE, d, G_N_ELEMENTS(d)) >= 1) {
        return d[0];
    }
    return u;
}

/* Where the retoning rule applies, moves the tone of the last vowel to the one before it. */
static gboolean retone_chars(gunichar *c, size_t n)
{
    int t1, t2;
    gunichar b1, b2;
    if (n < 2 || n > 8) {
        return FALSE;
    }
    b1 = g_unichar_tolower(split_tone(c[n - 2], &t1));
    b2 = g_unichar_tolower(split_tone(c[n - 1], &t2));
    if (t2 == 0 || t1 != 0) {
        return FALSE;
    }
    if (!((b1 == 'o' && (b2 == 'a' || b2 == 'e')) || (b1 == 'u' && b2 == 'y'))) {
        return FALSE;
    }
    if (n >= 3) {
        gunichar before = g_unichar_tolower(c[n - 3]);
        /* "quý": u belongs to the onset; a third vowel is another rhyme ("khuya" is not). */
        if (before == 'q' || is_vowel_base(split_tone(before, &t1))) {
            return FALSE;
        }
    }
    c[n - 2] = with_tone(split_tone(c[n - 2], &t1), t2);
    c[n - 1] = split_tone(c[n - 1], &t1);
    return TRUE;
}

/*
 * The horn a typist left off one letter of "ươ" before a final consonant, or the tone put on
 * its ư: "thuơng" -> "thương", "nguời" -> "người", "đuợc" -> "được", "vưong" -> "vương",
 * "bửoi" -> "bưởi", "thúơng" -> "thướng", "ngùơi" -> "người", "trừơng" -> "trường" (the tone,
 * wherever the writer put it, goes to the ơ). No Vietnamese syllable has "uơ" or "ưo" then a
 * final (ng, n, c, t, m, p, i, u), nor a tone on the ư of "ươ"; after q the u belongs to the
 * onset ("Phú Quới" stays).
 */
static gboolean horn_chars(gunichar *c, size_t n)
{
    static const char *const finals[] = {"ng", "n", "c", "t", "m", "p", "i", "u"};
    for (size_t k = 0; k + 2 < n; k++) {
        int t1, t2;
        gunichar u = split_tone(c[k], &t1);
        gunichar o = split_tone(c[k + 1], &t2);
        gunichar lu = g_unichar_tolower(u);
        gunichar lo = g_unichar_tolower(o);
        char rest[4] = "";
        size_t r = 0;
        if (!((lu == 'u' && lo == 0x1A1) || (lu == 0x1B0 && lo == 'o') ||
              (lu == 0x1B0 && lo == 0x1A1 && t1 != 0 && t2 == 0)) ||
            (k > 0 && g_unichar_tolower(c[k - 1]) == 'q') || n - k - 2 > 2) {
            continue;
        }
        for (size_t t = k + 2; t < n && r < 2; t++) {
            gunichar f = g_unichar_tolower(c[t]);
            if (f >= 0x80) {
                break;
            }
            rest[r++] = (char)f;
        }
        for (size_t f = 0; r == n - k - 2 && f < G_N_ELEMENTS(finals); f++) {
            if (strcmp(rest, finals[f]) == 0) {
                c[k] = u == lu ? 0x1B0 : 0x1AF;
                c[k + 1] = with_tone(o == lo ? 0x1A1 : 0x1A0, t1 != 0 ? t1 : t2);
                return TRUE;
            }
        }
    }
    return FALSE;
}

/* Which letter of "ươ" starts at b (left bytes), with or without a tone, in either case, read
 * from its UTF-8 bytes: u (ú ù ủ ũ ụ), ư (plain, or U+1EE8 to U+1EF1 with a tone), o (ó ò ỏ
 * õ ọ), ơ (plain, or U+1EDA to U+1EE3), or 0 for any other letter. */
enum { HORN_U = 1, HORN_UH, HORN_UH_TONED, HORN_O, HORN_OH, HORN_OH_TONED };

static inline G_ALWAYS_INLINE int horn_letter(const unsigned char *b, size_t left)
{
    if (b[0] < 0x80) {
        char lower = (char)(b[0] | 0x20);
        return lower == 'u' ? HORN_U : lower == 'o' ? HORN_O : 0;
    }
    if (left < 2) {
        return 0;
    }
    switch (b[0]) {
    case 0xC3: /* Ò Ó Õ Ù Ú ò ó õ ù ú */
        return (b[1] & 0xDF) == 0x99 || (b[1] & 0xDF) == 0x9A ? HORN_U
               : (b[1] & 0xDF) == 0x92 || (b[1] & 0xDF) == 0x93 || (b[1] & 0xDF) == 0x95 ? HORN_O
                                                                                          : 0;
    case 0xC5: /* Ũ ũ */
        return b[1] == 0xA8 || b[1] == 0xA9 ? HORN_U : 0;
    case 0xC6: /* Ơ ơ Ư ư */
        return b[1] == 0xA0 || b[1] == 0xA1 ? HORN_OH : b[1] == 0xAF || b[1] == 0xB0 ? HORN_UH : 0;
    case 0xE1: /* U+1ECC to U+1EF1: E1 BB 8C to E1 BB B1 */
        if (left < 3 || b[1] != 0xBB) {
            return 0;
        }
        return b[2] >= 0x8C && b[2] <= 0x8F   ? HORN_O
               : b[2] >= 0x9A && b[2] <= 0xA3 ? HORN_OH_TONED
               : b[2] >= 0xA4 && b[2] <= 0xA7 ? HORN_U
               : b[2] >= 0xA8 && b[2] <= 0xB1 ? HORN_UH_TONED
                                              : 0;
    default:
        return 0;
    }
}

/* Cheap test: could the word hold "oa", "oe" or "uy" with a toned second letter, or a pair of
 * "ươ" that horn_chars() repairs: "uơ", "ưo" with or without tones, or "ừơ" (a tone on the ư,
 * none on the ơ)? Reads bytes only: an ASCII letter matters only as an o or u before a letter
 * outside ASCII, and a pair only when its first letter is a u or ư outside ASCII (ú, ư, ừ...),
 * so other letters are passed at once. */
static gboolean may_need_retone(const char *w, size_t len)
{
    const unsigned char *b = (const unsigned char *)w;
    size_t i = 0;
    gboolean after_ascii = FALSE; /* is b[i - 1] a letter of its own (not inside a longer one)? */
    while (i < len) {
        size_t next;
        int letter, after;
        if (b[i] < 0x80) {
            after_ascii = TRUE;
            i++;
            continue;
        }
        if (after_ascii && ((b[i - 1] | 0x20) == 'o' || (b[i - 1] | 0x20) == 'u')) {
            return TRUE; /* o or u, then a letter outside ASCII */
        }
        next = i + (size_t)g_utf8_skip[b[i]];
        after_ascii = FALSE;
        if (next >= len || (b[i] != 0xC3 && b[i] != 0xC5 && b[i] != 0xC6 && b[i] != 0xE1)) {
            i = next;
            continue;
        }
        letter = horn_letter(b + i, len - i);
        if (letter == HORN_U || letter == HORN_UH || letter == HORN_UH_TONED) {
            after = horn_letter(b + next, len - next);
            if ((letter == HORN_U && (after == HORN_OH || after == HORN_OH_TONED)) ||
                (letter != HORN_U && after == HORN_O) ||
                (letter == HORN_UH_TONED && after == HORN_OH)) {
                return TRUE;
            }
        }
        i = next;
    }
    return FALSE;
}

void vi_text_append_retoned(GString *out, const char *w, size_t len)
{
    gunichar c[9];
    size_t n = 0;
    const char *p = w;
    const char *end = w + len;
    if (!may_need_retone(w, len)) {
        vi_text_put(out, w, len);
        return;
    }
    while (p < end && n < G_N_ELEMENTS(c)) {
        c[n++] = g_utf8_get_char(p);
        p = g_utf8_next_char(p);
    }
    if (p < end || !(retone_chars(c, n) || horn_chars(c, n))) {
        g_string_append_len(out, w, (gssize)len);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        g_string_append_unichar(out, c[i]);
    }
}

void vi_text_append_folded(GString *out, const char *w, size_t len)
{
    gsize start = out->len;
    const char *p = w;
    const char *end = w + len;
    gboolean ascii = TRUE;
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            /* a run of ASCII at once, lowercased where it landed */
            const char *q = p + 1;
            size_t at = out->len;
            while (q < end && (unsigned char)*q < 0x80) {
                q++;
            }
            vi_text_put(out, p, (size_t)(q - p));
            for (char *o = out->str + at; o < out->str + out->len; o++) {
                *o = (char)(*o >= 'A' && *o <= 'Z' ? *o - 'A' + 'a' : *o);
            }
            p = q;
        } else {
            gunichar ch = g_utf8_get_char(p);
            gunichar lower = g_unichar_tolower(ch);
            const char *next = g_utf8_next_char(p);
            if (lower == ch) {
                vi_text_put(out, p, (size_t)(next - p));
            } else {
                g_string_append_unichar(out, lower);
            }
            ascii = FALSE;
            p = next;
        }
    }
    if (!ascii && may_need_retone(out->str + start, out->len - start)) {
        char *copy = g_strndup(out->str + start, out->len - start);
        g_string_truncate(out, start);
        vi_text_append_retoned(out, copy, strlen(copy));
        g_free(copy);
    }
}

gboolean vi_text_has_upper(const char *w, size_t len)
{
    const char *p = w;
    const char *end = w + len;
    while (p < end) {
        if ((unsigned char)*p < 0x80) {
            if (*p >= 'A' && *p <= 'Z') {
                return TRUE;
            }
            p++;
        } else {
            gunichar ch = g_utf8_get_char(p);
            /* Vietnamese letters: Latin-1 capitals below U+00DF, and the capitals of Latin
             * Extended Additional at even code points. */
            gboolean upper = ch >= 0x1EA0 && ch <= 0x1EF9 ? (ch & 1) == 0
                             : ch >= 0xC0 && ch <= 0xFF ? ch < 0xDF && ch != 0xD7
                                                        : g_unichar_isupper(ch);
            if (upper) {
                return TRUE;
            }
            p = g_utf8_next_char(p);
        }
    }
    return FALSE;
}

gboolean vi_text_is_upper(const char *w, size_t len)
{
    const char *p = w;
    const char *end = w + len;
    gboolean letters = FALSE;
    while (p < end) {
        gunichar ch;
        if ((unsigned char)*p < 0x80) {
            if (*p >= 'a' && *p <= 'z') {
                return FALSE;
            }
            letters = letters || (*p >= 'A' && *p <= 'Z');
            p++;
            continue;
        }
        ch = g_utf8_get_char(p);
        if (g_unichar_isalpha(ch)) {
            if (g_unichar_islower(ch) || (!g_unichar_isupper(ch) && !g_unichar_istitle(ch))) {
                return FALSE;
            }
            letters = TRUE;
        }
        p = g_utf8_next_char(p);
    }
    return letters;
}

/* ---------------------------------------------------------------------------------------- */
/* Syllables                                                                                 */

/* A string and its length in bytes. */
typedef struct vi_str {
    const char *s;
    size_t n;
} vi_str;
#define S(lit) {lit, sizeof(lit) - 1}

/* Onsets by first letter, each letter's longest first so that the first match is the longest
 * (onset_of()). */
static const vi_str onsets[] = {
    S("ngh"), S("ng"), S("nh"), S("n"), S("ch"), S("c"), S("gh"), S("gi"), S("g"), S("kh"),
    S("k"), S("ph"), S("p"), S("qu"), S("th"), S("tr"), S("t"), S("b"), S("d"), S("đ"), S("h"),
    S("l"), S("m"), S("r"), S("s"), S("v"), S("x"),
};

/* Bytes of the longest onset buf (n bytes, lower case) starts with that leaves a byte after
 * it, or 0: onsets[] read from the first line of buf's first letter (onset_start[], filled
 * once: that line's index plus one, 0 for a letter that starts no onset). */
static size_t onset_of(const char *buf, size_t n)
{
    static gsize filled = 0;
    static guint8 onset_start[256];
    size_t o;
    if (g_once_init_enter(&filled)) {
        for (size_t k = G_N_ELEMENTS(onsets); k > 0; k--) {
            onset_start[(unsigned char)onsets[k - 1].s[0]] = (guint8)k;
        }
        g_once_init_leave(&filled, 1);
    }
    o = onset_start[(unsigned char)buf[0]];
    if (o == 0) {
        return 0;
    }
    o--;
    for (; o < G_N_ELEMENTS(onsets) && onsets[o].s[0] == buf[0]; o++) {
        size_t on = onsets[o].n;
        if (on < n && memcmp(buf, onsets[o].s, on) == 0) {
            return on;
        }
    }
    return 0;
}
/* Vowel groups that may take a final consonant. */
static const vi_str nuclei_closed[] = {
    S("a"), S("ă"), S("â"), S("e"), S("ê"), S("i"), S("o"), S("ô"), S("ơ"), S("u"), S("ư"),
    S("y"), S("iê"), S("oa"), S("oă"), S("oe"), S("oo"), S("ôô"), S("uâ"), S("uê"), S("uô"),
    S("uơ"), S("ươ"), S("uy"), S("yê"), S("uyê"),
};
/* Vowel groups that end the syllable (they end in a glide). */
static const vi_str nuclei_open[] = {
    S("ai"), S("ao"), S("au"), S("ay"), S("âu"), S("ây"), S("eo"), S("êu"), S("ia"), S("iu"),
    S("oi"), S("ôi"), S("ơi"), S("ua"), S("ui"), S("ưa"), S("ưi"), S("ưu"), S("iêu"), S("yêu"),
    S("oai"), S("oao"), S("oay"), S("oeo"), S("uây"), S("uôi"), S("ươi"), S("ươu"), S("uya"),
    S("uyu"), S("uê"),
};
/* The same without shape marks, for names written without diacritics ("lienhe"). */
static const vi_str ascii_closed[] = {
    S("a"), S("e"), S("i"), S("o"), S("u"), S("y"), S("ie"), S("oa"), S("oe"), S("oo"), S("ua"),
    S("ue"), S("uo"), S("uy"), S("ye"), S("uye"),
};
static const vi_str ascii_open[] = {
    S("ai"), S("ao"), S("au"), S("ay"), S("eo"), S("eu"), S("ia"), S("iu"), S("oi"), S("ua"),
    S("ui"), S("uu"), S("ieu"), S("yeu"), S("oai"), S("oao"), S("oay"), S("oeo"), S("uay"),
    S("uoi"), S("uou"), S("uya"), S("uyu"), S("ue"),
};

/* Up to 7 bytes and their count in one number, or 0 when longer (no vowel group is). */
static guint64 group_key(const char *s, size_t n)
{
    guint64 key = n;
    if (n > 7) {
        return 0;
    }
    for (size_t k = 0; k < n; k++) {
        key |= (guint64)(unsigned char)s[k] << (8 * (k + 1));
    }
    return key;
}

/* The vowel groups of each list above as sorted keys (group_key()), filled once, so that a
 * group is found by a binary search instead of comparing it with every line. */
typedef struct {
    const vi_str *list;
    size_t count;
    guint64 keys[32];
} group_set;

static group_set closed_groups = {nuclei_closed, G_N_ELEMENTS(nuclei_closed), {0}};
static group_set open_groups = {nuclei_open, G_N_ELEMENTS(nuclei_open), {0}};
static group_set ascii_closed_groups = {ascii_closed, G_N_ELEMENTS(ascii_closed), {0}};
static group_set ascii_open_groups = {ascii_open, G_N_ELEMENTS(ascii_open), {0}};

static int compare_keys(const void *a, const void *b)
{
    guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;
    return x < y ? -1 : x > y;
}

static void fill_groups(group_set *set)
{
    g_assert(set->count <= G_N_ELEMENTS(set->keys));
    for (size_t i = 0; i < set->count; i++) {
        set->keys[i] = group_key(set->list[i].s, set->list[i].n);
    }
    qsort(set->keys, set->count, sizeof *set->keys, compare_keys);
}

static gboolean in_set(const char *s, size_t n, group_set *set)
{
    static gsize filled = 0;
    guint64 key = group_key(s, n);
    size_t lo = 0, hi;
    if (g_once_init_enter(&filled)) {
        fill_groups(&closed_groups);
        fill_groups(&open_groups);
        fill_groups(&ascii_closed_groups);
        fill_groups(&ascii_open_groups);
        g_once_init_leave(&filled, 1);
    }
    if (key == 0) {
        return FALSE;
    }
    hi = set->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (set->keys[mid] == key) {
            return TRUE;
        }
        if (set->keys[mid] < key) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return FALSE;
}

/* Does the vowel group s (n bytes) end the syllable, or take the final consonant coda? */
static gboolean valid_rhyme(const char *s, size_t n, const char *coda, gboolean ascii)
{
    group_set *closed = ascii ? &ascii_closed_groups : &closed_groups;
    char last;
    if (n == 0) {
        return FALSE;
    }
    if (coda == NULL) {
        /* iê, yê, uyê always close with a consonant or a glide (tiên, yêu, khuyên): "VYE",
         * "pie" are no syllables */
        last = s[n - 1];
        if (n >= 2 && (last == 'e' || ((unsigned char)s[n - 2] == 0xC3 &&
                                       (unsigned char)last == 0xAA)) &&
            (ascii ? (s[n - 2] == 'i' || s[n - 2] == 'y')
                   : (n >= 3 && (s[n - 3] == 'i' || s[n - 3] == 'y')))) {
            return FALSE;
        }
        return in_set(s, n, closed) || in_set(s, n, ascii ? &ascii_open_groups : &open_groups);
    }
    if (!in_set(s, n, closed)) {
        return FALSE;
    }
    /* "oo" closes only with -ng or -c (xoong, moóc): "room", "root" are not syllables. */
    if (n == 2 && s[0] == 'o' && s[1] == 'o' && strcmp(coda, "ng") != 0 && strcmp(coda, "c") != 0) {
        return FALSE;
    }
    /* -nh, -ch follow a, ê, i, y (anh, ênh, inh, uynh); -ng, -c never follow i or y. */
    last = s[n - 1];
    if (coda[1] == 'h') {
        return last == 'a' || last == 'i' || last == 'y' || (ascii && last == 'e') ||
               (n >= 2 && (unsigned char)s[n - 2] == 0xC3 && (unsigned char)last == 0xAA);
    }
    if (strcmp(coda, "ng") == 0 || strcmp(coda, "c") == 0) {
        return last != 'i' && last != 'y';
    }
    return TRUE;
}

/* Final consonants, the longer of two that end alike first (coda_of()). */
static const vi_str codas[] = {S("ng"), S("nh"), S("ch"), S("c"), S("m"), S("n"), S("p"), S("t")};

/* Is s (n bytes, lower case) one of the strings of table (count entries)? */
static gboolean one_of(const vi_str *table, size_t count, const char *s, size_t n)
{
    for (size_t k = 0; k < count; k++) {
        if (table[k].n == n && memcmp(table[k].s, s, n) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

gboolean vi_text_is_onset(const char *s, size_t n)
{
    return one_of(onsets, G_N_ELEMENTS(onsets), s, n);
}

gboolean vi_text_is_final(const char *s, size_t n)
{
    return one_of(codas, G_N_ELEMENTS(codas), s, n);
}

/* The final consonant at the end of buf (n bytes), or NULL. */
static const char *coda_of(const char *buf, size_t n)
{
    for (size_t k = 0; k < G_N_ELEMENTS(codas); k++) {
        size_t cn = codas[k].n;
        if (cn < n && memcmp(buf + n - cn, codas[k].s, cn) == 0) {
            return codas[k].s;
        }
    }
    return NULL;
}

gboolean vi_text_stop_final(gunichar before, gunichar last)
{
    last = g_unichar_tolower(last);
    return last == 'p' || last == 't' || last == 'c' ||
           (last == 'h' && g_unichar_tolower(before) == 'c');
}

gboolean vi_text_is_syllable(const char *w, size_t len)
{
    char buf[64];
    size_t n = 0;
    const char *p = w;
    const char *end = w + len;
    int tones = 0;
    gboolean ascii = TRUE;
    size_t onset = 0;
    const char *coda;
    const split_letter *e;
    if (len == 0 || len > 24) {
        return FALSE;
    }
    while (p < end) {
        int tone = 0;
        gunichar ch;
        gunichar b;
        if ((unsigned char)*p < 0x80) {
            if (!g_ascii_isalpha(*p)) {
                return FALSE;
            }
            buf[n++] = (char)(*p | 0x20); /* a letter: its lower case */
            if (n + 6 >= sizeof buf) {
                return FALSE;
            }
            p++;
            continue;
        }
        ch = g_utf8_get_char(p);
        ascii = FALSE;
        if ((e = split_entry(ch)) != NULL) {
            /* a letter of the table: the same as below, read from it */
            if (!e->alpha) {
                return FALSE;
            }
            tones += e->tone != 0;
            memcpy(buf + n, e->lower, e->lower_len);
            n += e->lower_len;
            if (n + 6 >= sizeof buf) {
                return FALSE;
            }
            p = g_utf8_next_char(p);
            continue;
        }
        if (!g_unichar_isalpha(ch)) {
            return FALSE;
        }
        b = g_unichar_tolower(split_tone(ch, &tone));
        if (tone != 0) {
            tones++;
        }
        n += (size_t)g_unichar_to_utf8(b, buf + n);
        if (n + 6 >= sizeof buf) {
            return FALSE;
        }
        p = g_utf8_next_char(p);
    }
    if (tones > 1) {
        return FALSE;
    }
    onset = onset_of(buf, n);
    coda = coda_of(buf + onset, n - onset);
    if (valid_rhyme(buf + onset, n - onset, NULL, ascii) ||
        (coda != NULL && valid_rhyme(buf + onset, n - onset - strlen(coda), coda, ascii))) {
        return TRUE;
    }
    /* "gì", "gìn": g and a rhyme in i. */
    if (onset == 2 && buf[0] == 'g' && buf[1] == 'i') {
        coda = coda_of(buf + 1, n - 1);
        return valid_rhyme(buf + 1, n - 1, NULL, ascii) ||
               (coda != NULL && valid_rhyme(buf + 1, n - 1 - strlen(coda), coda, ascii));
    }
    return FALSE;
}

gboolean vi_text_is_repaired_syllable(const char *w, size_t len)
{
    GString *repaired;
    gboolean syllable;
    if (!may_need_retone(w, len) || vi_text_is_syllable(w, len)) {
        return FALSE;
    }
    repaired = g_string_sized_new(len + 4);
    vi_text_append_retoned(repaired, w, len);
    syllable = (repaired->len != len || memcmp(repaired->str, w, len) != 0) &&
               vi_text_is_syllable(repaired->str, repaired->len);
    g_string_free(repaired, TRUE);
    return syllable;
}
