/*
 * Tables for windows-1252, TCVN3 and VNI-Windows.
 *
 * TCVN3 ("ABC", TCVN 5712:1993 VN3) is a single-byte encoding: ASCII, then Vietnamese letters
 * at 0xA1-0xFF (lower case, plus Ă Â Ê Ô Ơ Ư Đ at 0xA1-0xA7). The table below is the VN1
 * mapping of those bytes as glibc's TCVN5712-1 converter has it; VN3 fonts draw the same
 * letters there. Capitals with tones live in separate fonts (.VnTimeH) that draw the same codes
 * as capitals, so text in such a font is upper-cased after conversion (by the caller).
 *
 * VNI-Windows writes most letters as an ASCII base letter followed by one byte for its marks:
 *   tone alone:          acute 0xF9 ù, grave 0xF8 ø, hook 0xFB û, tilde 0xF5 õ, dot 0xEF ï
 *   circumflex (â ê ô):  alone 0xE2 â, acute 0xE1 á, grave 0xE0 à, hook 0xE5 å, tilde 0xE3 ã,
 *                        dot 0xE4 ä
 *   breve (ă):           alone 0xEA ê, acute 0xE9 é, grave 0xE8 è, hook 0xFA ú, tilde 0xFC ü,
 *                        dot 0xEB ë
 * with the capital forms (0xD9 Ù, 0xD8 Ø, ...) after capitals; a few letters are one byte:
 *   đ 0xF1 ñ, Đ 0xD1 Ñ, ư 0xF6 ö, Ư 0xD6 Ö, ơ 0xF4 ô, Ơ 0xD4 Ô, ĩ 0xF3 ó, Ĩ 0xD3 Ó,
 *   ị 0xF2 ò, Ị 0xD2 Ò, ỉ 0xE6 æ, Ỉ 0xC6 Æ, ỵ 0xEE î, Ỵ 0xCE Î, í 0xED, ì 0xEC (as Latin-1)
 * and ơ/ư take the tone bytes after them ("ôø" ờ, "öù" ứ). "Tröôøng" is "Trường".
 */
#include <string.h>

#include "extract/vi_legacy_encoding.h"

/* windows-1252 bytes 0x80-0x9F; the rest is Latin-1. */
static const gunichar cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, /* 80-87 */
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, /* 88-8F */
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, /* 90-97 */
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, /* 98-9F */
};

/* TCVN3 bytes 0xA1-0xFF. */
static const gunichar tcvn3_high[95] = {
    0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, 0x0103, /* A1-A8: Ă Â Ê Ô Ơ Ư Đ ă */
    0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0, 0x0300, /* A9-B0: â ê ô ơ ư đ Ằ ̀ */
    0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, 0x00E1, /* B1-B8: ̉ ̃ ́ ̣ à ả ã á */
    0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4, 0x1EAE, /* B9-C0: ạ Ẳ ằ ẳ ẵ ắ Ẵ Ắ */
    0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, 0x1EA9, /* C1-C8: Ầ Ẩ Ẫ Ấ Ề ặ ầ ẩ */
    0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD, 0x00E9, /* C9-D0: ẫ ấ ậ è Ể ẻ ẽ é */
    0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, 0x1EC9, /* D1-D8: ẹ ề ể ễ ế ệ ì ỉ */
    0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2, 0x1ED4, /* D9-E0: Ễ Ế Ồ ĩ í ị ò Ổ */
    0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, 0x1ED1, /* E1-E8: ỏ õ ó ọ ồ ổ ỗ ố */
    0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9, 0x1ED6, /* E9-F0: ộ ờ ở ỡ ớ ợ ù Ỗ */
    0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9, /* F1-F8: ủ ũ ú ụ ừ ử ữ ứ */
    0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0, /* F9-FF: ự ỳ ỷ ỹ ý ỵ Ố */
};

/* VNI bytes that are letters by themselves. */
static const struct {
    unsigned char byte;
    gunichar letter;
} vni_letters[] = {
    {0xF1, 0x0111}, {0xD1, 0x0110}, /* đ Đ */
    {0xF6, 0x01B0}, {0xD6, 0x01AF}, /* ư Ư */
    {0xF4, 0x01A1}, {0xD4, 0x01A0}, /* ơ Ơ */
    {0xF3, 0x0129}, {0xD3, 0x0128}, /* ĩ Ĩ */
    {0xF2, 0x1ECB}, {0xD2, 0x1ECA}, /* ị Ị */
    {0xE6, 0x1EC9}, {0xC6, 0x1EC8}, /* ỉ Ỉ */
    {0xEE, 0x1EF5}, {0xCE, 0x1EF4}, /* ỵ Ỵ */
};

/* VNI bytes that put marks on the letter before them: a vowel modifier and a tone. */
static const struct {
    unsigned char lower, upper;
    gunichar modifier; /* U+0302 circumflex, U+0306 breve, or 0 */
    gunichar tone;     /* combining tone mark, or 0 */
} vni_marks[] = {
    {0xF9, 0xD9, 0, 0x0301},      {0xF8, 0xD8, 0, 0x0300},      {0xFB, 0xDB, 0, 0x0309},
    {0xF5, 0xD5, 0, 0x0303},      {0xEF, 0xCF, 0, 0x0323},      {0xE2, 0xC2, 0x0302, 0},
    {0xE1, 0xC1, 0x0302, 0x0301}, {0xE0, 0xC0, 0x0302, 0x0300}, {0xE5, 0xC5, 0x0302, 0x0309},
    {0xE3, 0xC3, 0x0302, 0x0303}, {0xE4, 0xC4, 0x0302, 0x0323}, {0xEA, 0xCA, 0x0306, 0},
    {0xE9, 0xC9, 0x0306, 0x0301}, {0xE8, 0xC8, 0x0306, 0x0300}, {0xFA, 0xDA, 0x0306, 0x0309},
    {0xFC, 0xDC, 0x0306, 0x0303}, {0xEB, 0xCB, 0x0306, 0x0323},
};

gunichar vi_cp1252_to_unicode(unsigned char byte)
{
    return byte >= 0x80 && byte <= 0x9F ? cp1252_high[byte - 0x80] : byte;
}

int vi_cp1252_from_unicode(gunichar c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
        return (int)c;
    }
    for (int i = 0; i < 32; i++) {
        if (cp1252_high[i] == c) {
            return 0x80 + i;
        }
    }
    return -1;
}

static gunichar tcvn3_char(int byte)
{
    return byte >= 0xA1 ? tcvn3_high[byte - 0xA1] : (gunichar)byte;
}

/* Decodes a sequence of bytes (given as ints, -1 for a character that has no byte). */
typedef struct {
    const int *bytes;
    const gunichar *chars; /* the original characters, for bytes of -1 */
    size_t n;
} byte_run;

static char *nfc_of(GString *s)
{
    char *nfc = g_utf8_normalize(s->str, (gssize)s->len, G_NORMALIZE_NFC);
    g_string_free(s, TRUE);
    return nfc != NULL ? nfc : g_strdup("");
}

static gboolean vni_base_takes_marks(gunichar c)
{
    switch (g_unichar_tolower(c)) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
    case 0x01A1: /* ơ */
    case 0x01B0: /* ư */
        return TRUE;
    default:
        return FALSE;
    }
}

static char *decode_run(const byte_run *r, vi_legacy_kind kind)
{
    GString *out = g_string_sized_new(r->n + 16);
    gunichar prev = 0; /* the last letter written, for VNI marks */
    for (size_t i = 0; i < r->n; i++) {
        int b = r->bytes[i];
        gunichar c = b < 0 ? r->chars[i] : vi_cp1252_to_unicode((unsigned char)b);
        if (b < 0) {
            g_string_append_unichar(out, c);
            prev = 0;
            continue;
        }
        if (kind == VI_LEGACY_TCVN3) {
            g_string_append_unichar(out, tcvn3_char(b));
            continue;
        }
        /* VNI */
        if (b >= 0xC0 && prev != 0 && vni_base_takes_marks(prev)) {
            gboolean mark = FALSE;
            for (size_t k = 0; k < G_N_ELEMENTS(vni_marks) && !mark; k++) {
                if (b == vni_marks[k].lower || b == vni_marks[k].upper) {
                    gunichar base = g_unichar_tolower(prev);
                    /* Circumflex goes on a, e, o; breve on a only. */
                    if ((vni_marks[k].modifier == 0x0302 &&
                         (base == 'a' || base == 'e' || base == 'o')) ||
                        (vni_marks[k].modifier == 0x0306 && base == 'a') ||
                        vni_marks[k].modifier == 0) {
                        if (vni_marks[k].modifier != 0) {
                            g_string_append_unichar(out, vni_marks[k].modifier);
                        }
                        if (vni_marks[k].tone != 0) {
                            g_string_append_unichar(out, vni_marks[k].tone);
                        }
                        mark = TRUE;
                    }
                }
            }
            if (mark) {
                prev = 0;
                continue;
            }
        }
        {
            gunichar letter = c;
            for (size_t k = 0; k < G_N_ELEMENTS(vni_letters); k++) {
                if (b == vni_letters[k].byte) {
                    letter = vni_letters[k].letter;
                    break;
                }
            }
            g_string_append_unichar(out, letter);
            prev = g_unichar_isalpha(letter) ? letter : 0;
        }
    }
    return nfc_of(out);
}

char *vi_legacy_to_unicode(const char *text, gssize len, vi_legacy_kind kind)
{
    byte_run r;
    int *bytes;
    gunichar *chars;
    glong n = 0;
    char *out;
    if (text == NULL) {
        return g_strdup("");
    }
    chars = g_utf8_to_ucs4_fast(text, len, &n);
    bytes = g_new(int, (gsize)n + 1);
    for (glong i = 0; i < n; i++) {
        bytes[i] = vi_cp1252_from_unicode(chars[i]);
    }
    r.bytes = bytes;
    r.chars = chars;
    r.n = (size_t)n;
    out =
        kind == VI_LEGACY_NONE ? g_ucs4_to_utf8(chars, n, NULL, NULL, NULL) : decode_run(&r, kind);
    g_free(bytes);
    g_free(chars);
    return out != NULL ? out : g_strdup("");
}

char *vi_legacy_decode_bytes(const char *bytes, size_t len, vi_legacy_kind kind)
{
    byte_run r;
    int *b = g_new(int, len + 1);
    gunichar *chars = g_new0(gunichar, len + 1);
    char *out;
    for (size_t i = 0; i < len; i++) {
        b[i] = (unsigned char)bytes[i];
        if (b[i] == 0) {
            b[i] = -1; /* a NUL stays out of the text */
            chars[i] = 0xFFFD;
        }
    }
    r.bytes = b;
    r.chars = chars;
    r.n = len;
    out = decode_run(&r, kind == VI_LEGACY_NONE ? VI_LEGACY_TCVN3 : kind);
    g_free(b);
    g_free(chars);
    return out;
}

/* Words to sample when deciding; enough to be sure, bounded for long pages. */
#define DETECT_WORDS 4000
/* The first look: this many words with letters outside ASCII. */
#define QUICK_WORDS 400

/* How much of the text is converted to decide; the sample of DETECT_WORDS fits in it. */
#define DETECT_BYTES (64 * 1024)

vi_legacy_kind vi_legacy_detect(const char *text, gssize len, vi_legacy_kind font_hint)
{
    vi_syllable_counts as_is = vi_syllable_score(text, len, QUICK_WORDS);
    vi_legacy_kind best = VI_LEGACY_NONE;
    unsigned best_valid;
    size_t n = len < 0 ? strlen(text) : (size_t)len;
    /*
     * Most pages are Unicode Vietnamese from their first words: when nearly all of the first
     * QUICK_WORDS words with accents are syllables, no legacy encoding is in play, and the
     * larger sample below need not be read.
     */
    if (font_hint == VI_LEGACY_NONE && as_is.words == QUICK_WORDS &&
        as_is.valid * 20 >= as_is.words * 19) {
        return VI_LEGACY_NONE;
    }
    as_is = vi_syllable_score(text, len, DETECT_WORDS);
    best_valid = as_is.valid;
    if (as_is.words == 0) {
        return VI_LEGACY_NONE;
    }
    /*
     * A conversion only rewrites the words with letters outside ASCII, so it cannot make more
     * syllables than there are such words: when the text already reads well, no conversion can
     * win below, and converting would be wasted work.
     */
    if (font_hint == VI_LEGACY_NONE && 2 * as_is.valid + 3 > as_is.words) {
        return VI_LEGACY_NONE;
    }
    if (n > DETECT_BYTES) {
        /* Cut the sample at a character boundary. */
        n = (size_t)(g_utf8_find_prev_char(text, text + DETECT_BYTES) - text);
    }
    for (int k = VI_LEGACY_TCVN3; k <= VI_LEGACY_VNI; k++) {
        char *conv = vi_legacy_to_unicode(text, (gssize)n, (vi_legacy_kind)k);
        vi_syllable_counts c = vi_syllable_score(conv, -1, DETECT_WORDS);
        /*
         * A conversion must turn most words into syllables and clearly more than were there:
         * twice as many and three more, or only more when a font name asks for it.
         */
        gboolean wins = (k == (int)font_hint
                             ? c.valid > best_valid && c.valid * 2 >= c.words
                             : vi_syllable_reads_vietnamese(c) && c.valid >= 2 * best_valid + 3);
        if (wins) {
            best = (vi_legacy_kind)k;
            best_valid = c.valid;
        }
        g_free(conv);
    }
    return best;
}

vi_legacy_kind vi_legacy_font_kind(const char *font_family)
{
    char *low;
    vi_legacy_kind kind = VI_LEGACY_NONE;
    if (font_family == NULL) {
        return VI_LEGACY_NONE;
    }
    low = g_ascii_strdown(font_family, -1);
    if (strstr(low, ".vn") != NULL) {
        kind = VI_LEGACY_TCVN3;
    } else if (strstr(low, "vni-") != NULL || strstr(low, "vni ") != NULL) {
        kind = VI_LEGACY_VNI;
    }
    g_free(low);
    return kind;
}

gboolean vi_legacy_font_is_capitals(const char *font_family)
{
    /* ".VnTimeH", ".VnArialH", ".VnCenturyH": the name of the font ends in H. */
    const char *p = font_family != NULL ? strstr(font_family, ".Vn") : NULL;
    if (p == NULL) {
        p = font_family != NULL ? strstr(font_family, ".vn") : NULL;
    }
    if (p == NULL) {
        return FALSE;
    }
    p += 3;
    while (g_ascii_isalnum(*p)) {
        p++;
    }
    return p[-1] == 'H';
}
