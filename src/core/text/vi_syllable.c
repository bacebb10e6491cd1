/*
 * Vietnamese syllable structure: (initial consonant) + rhyme + tone. The rhyme inventory below
 * lists every rhyme of the standard orthography without its tone mark, plus the few that
 * follow "qu" ("quynh", "quyt"); the initials are the 27 consonant spellings.
 */
#include <stdlib.h>
#include <string.h>

#include "text/vi_syllable.h"

/* Initial consonants, longest first so that "ngh" wins over "ng" and "n". */
static const char *const initials[] = {
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "đ",
    "g",   "h",  "k",  "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v",  "x",
};

/* Toneless rhymes, sorted by strcmp (UTF-8 bytes) for bsearch. */
static const char *const rhymes[] = {
    "a",    "ac",   "ach",  "ai",   "am",   "an",   "ang",  "anh",  "ao",   "ap",
    "at",   "au",   "ay",   "e",    "ec",   "em",   "en",   "eng",  "eo",   "ep",
    "et",   "i",    "ia",   "ich",  "im",   "in",   "inh",  "ip",   "it",   "iu",
    "iêc",  "iêm",  "iên",  "iêng", "iêp",  "iêt",  "iêu",  "o",    "oa",   "oac",
    "oach", "oai",  "oam",  "oan",  "oang", "oanh", "oao",  "oap",  "oat",  "oay",
    "oc",   "oe",   "oem",  "oen",  "oeo",  "oet",  "oi",   "om",   "on",   "ong",
    "ooc",  "oong", "op",   "ot",   "oăc",  "oăm",  "oăn",  "oăng", "oăt",  "u",
    "ua",   "uc",   "ui",   "um",   "un",   "ung",  "up",   "ut",   "uy",   "uya",
    "uych", "uyn",  "uynh", "uyt",  "uyu",  "uyên", "uyêt", "uân",  "uâng", "uât",
    "uây",  "uê",   "uêch", "uênh", "uôc",  "uôi",  "uôm",  "uôn",  "uông", "uôt",
    "uơ",   "y",    "ych",  "ynh",  "yt",   "yêm",  "yên",  "yêng", "yêt",  "yêu",
    "â",    "âc",   "âm",   "ân",   "âng",  "âp",   "ât",   "âu",   "ây",   "ê",
    "êch",  "êm",   "ên",   "ênh",  "êp",   "êt",   "êu",   "ô",    "ôc",   "ôi",
    "ôm",   "ôn",   "ông",  "ôp",   "ôt",   "ăc",   "ăm",   "ăn",   "ăng",  "ăp",
    "ăt",   "ơ",    "ơi",   "ơm",   "ơn",   "ơp",   "ơt",   "ư",    "ưa",   "ưc",
    "ưi",   "ưm",   "ưn",   "ưng",  "ưt",   "ưu",   "ươc",  "ươi",  "ươm",  "ươn",
    "ương", "ươp",  "ươt",  "ươu",
};

static int cmp_str(const void *key, const void *entry)
{
    return strcmp(key, *(const char *const *)entry);
}

static gboolean is_rhyme(const char *s)
{
    return *s != '\0' &&
           bsearch(s, rhymes, G_N_ELEMENTS(rhymes), sizeof rhymes[0], cmp_str) != NULL;
}

static gboolean is_stop_rhyme(const char *r)
{
    return g_str_has_suffix(r, "p") || g_str_has_suffix(r, "t") || g_str_has_suffix(r, "c") ||
           g_str_has_suffix(r, "ch");
}

/* Checks the rhyme and its tone: stopped rhymes take only the acute or the dot below. */
static gboolean rhyme_ok(const char *r, gunichar tone)
{
    if (!is_rhyme(r)) {
        return FALSE;
    }
    return !is_stop_rhyme(r) || tone == 0 || tone == 0x0301 || tone == 0x0323;
}

/* Appends c's UTF-8 to buf (of size BASE_MAX) at *n; FALSE when it does not fit. */
#define BASE_MAX 32
static gboolean put_letter(char *buf, size_t *n, gunichar c)
{
    char utf8[6];
    int k;
    if (c == 0) {
        return TRUE;
    }
    k = g_unichar_to_utf8(c, utf8);
    if (*n + (size_t)k >= BASE_MAX) {
        return FALSE;
    }
    memcpy(buf + *n, utf8, (size_t)k);
    *n += (size_t)k;
    return TRUE;
}

/*
 * The word, lower case, is taken apart letter by letter (canonical decomposition, no copy of
 * the word is made: this runs on every word of a page to tell its language): the tone mark is
 * set aside, the vowel marks (circumflex, breve, horn) are put back on their letter, and what
 * is left, the toneless syllable in composed form, must be an initial and a rhyme.
 */
gboolean vi_syllable_is_valid(const char *word, gssize len)
{
    char base[BASE_MAX];
    size_t n = 0;
    gunichar letter = 0; /* the letter being built, before its vowel mark may come */
    gunichar tone = 0;
    gboolean ok = FALSE;
    int tones = 0;
    const char *end;

    if (word == NULL || len == 0 || (len < 0 && *word == '\0') || !g_utf8_validate(word, len, NULL)) {
        return FALSE;
    }
    end = len < 0 ? word + strlen(word) : word + len;
    for (const char *p = word; p < end && tones <= 1; p = g_utf8_next_char(p)) {
        gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
        gsize count = g_unichar_fully_decompose(g_unichar_tolower(g_utf8_get_char(p)), FALSE,
                                                parts, G_N_ELEMENTS(parts));
        for (gsize i = 0; i < count; i++) {
            gunichar c = parts[i];
            switch (c) {
            case 0x0300: /* grave: huyền */
            case 0x0301: /* acute: sắc */
            case 0x0303: /* tilde: ngã */
            case 0x0309: /* hook above: hỏi */
            case 0x0323: /* dot below: nặng */
                tone = c;
                tones++;
                break;
            case 0x0302: /* circumflex */
            case 0x0306: /* breve */
            case 0x031B: /* horn */
                if (letter == 0 || !g_unichar_compose(letter, c, &letter)) {
                    tones = 99; /* a mark on nothing, or one no Vietnamese letter has */
                }
                break;
            default:
                if (c == 0x0111 /* đ */ ||
                    (c >= 'a' && c <= 'z' && c != 'f' && c != 'j' && c != 'w' && c != 'z')) {
                    if (!put_letter(base, &n, letter)) {
                        return FALSE;
                    }
                    letter = c;
                } else {
                    tones = 99; /* not a Vietnamese letter */
                }
            }
        }
    }
    if (tones > 1 || !put_letter(base, &n, letter) || n == 0) {
        return FALSE;
    }
    base[n] = '\0';
    /* The longest initial that leaves a valid rhyme; "gi" and "qu" may also lend it a vowel. */
    for (size_t i = 0; i < G_N_ELEMENTS(initials) && !ok; i++) {
        if (g_str_has_prefix(base, initials[i])) {
            ok = rhyme_ok(base + strlen(initials[i]), tone);
        }
    }
    if (!ok && g_str_has_prefix(base, "gi")) {
        ok = base[2] == '\0' || rhyme_ok(base + 1, tone); /* "gì", "gìn" */
    }
    if (!ok) {
        ok = rhyme_ok(base, tone); /* no initial: "an", "ước" */
    }
    return ok;
}

static gboolean is_word_char(gunichar c)
{
    return g_unichar_isalpha(c) || g_unichar_ismark(c);
}

gboolean vi_syllable_reads_vietnamese(vi_syllable_counts c)
{
    return c.valid >= 5 && c.valid * 2 >= c.words && c.valid * 4 >= c.all;
}

vi_syllable_counts vi_syllable_score(const char *text, gssize len, unsigned max_words)
{
    vi_syllable_counts counts = {0, 0, 0};
    const char *end = len < 0 ? text + strlen(text) : text + len;
    const char *p = text;
    while (p < end) {
        const char *start;
        gboolean non_ascii = FALSE;
        while (p < end && !is_word_char(g_utf8_get_char(p))) {
            p = g_utf8_next_char(p);
        }
        start = p;
        while (p < end && is_word_char(g_utf8_get_char(p))) {
            non_ascii |= (unsigned char)*p >= 0x80;
            p = g_utf8_next_char(p);
        }
        counts.all += p > start;
        if (p > start && non_ascii) {
            counts.words++;
            counts.valid += vi_syllable_is_valid(start, p - start);
            if (max_words > 0 && counts.words >= max_words) {
                break;
            }
        }
    }
    return counts;
}
