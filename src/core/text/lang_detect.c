/* Telling the language of a text: Vietnamese syllables, or English function words. */
#include <string.h>

#include "text/lang_detect.h"
#include "text/vi_syllable.h"

/* The commonest English words: together they are about a third of running English text, and
 * almost none of them is a Vietnamese syllable ("to", "in", "on", "a" are, so they count only
 * together with the others). */
static const char *const english_words[] = {
    "the",  "of",   "and",  "to",    "in",    "a",    "is",   "for",  "on",   "that",
    "with", "was",  "as",   "by",    "at",    "from", "it",   "be",   "are",  "has",
    "have", "said", "were", "this",  "an",    "he",   "she",  "his",  "her",  "they",
    "their", "will", "would", "which", "who", "not",  "but",  "or",   "its",  "been",
    "after", "than", "more", "about", "also", "over", "new",  "into", "year", "people",
};

gboolean dbi_lang_word_in(const char *w, size_t n, const char *const *words, size_t count)
{
    char low[16];
    if (n == 0 || n >= sizeof low) {
        return FALSE;
    }
    for (size_t i = 0; i < n; i++) {
        low[i] = g_ascii_tolower(w[i]);
    }
    low[n] = '\0';
    for (size_t i = 0; i < count; i++) {
        if (low[0] == words[i][0] && strcmp(low, words[i]) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

gboolean dbi_lang_is_english_word(const char *w, size_t n)
{
    return dbi_lang_word_in(w, n, english_words, G_N_ELEMENTS(english_words));
}

const char *dbi_lang_intern(const char *tag)
{
    char primary[16];
    size_t n = 0;
    if (tag == NULL || *tag == '\0') {
        return g_intern_static_string("vi");
    }
    /* The primary subtag, lowercased: "en-US" and "EN" are "en". */
    while (tag[n] != '\0' && tag[n] != '-' && tag[n] != '_' && n + 1 < sizeof primary) {
        primary[n] = g_ascii_tolower(tag[n]);
        n++;
    }
    primary[n] = '\0';
    return g_intern_string(primary);
}

const char *dbi_lang_detect(const char *text, gssize len, unsigned min_words)
{
    vi_syllable_counts vc;
    const char *end;
    const char *p = text;
    unsigned words = 0, ascii = 0, english = 0;
    if (text == NULL) {
        return NULL;
    }
    if (len < 0) {
        len = (gssize)strlen(text);
    }
    end = text + len;
    vc = vi_syllable_score(text, len, 4000);
    if (vc.all >= min_words && vi_syllable_reads_vietnamese(vc)) {
        return dbi_lang_intern("vi");
    }
    /* A short text (a title): every word with a mark a Vietnamese syllable, two at least. */
    if (vc.all >= min_words && vc.words >= 2 && vc.valid == vc.words && vc.words * 2 >= vc.all) {
        return dbi_lang_intern("vi");
    }
    while (p < end && words < 4000) {
        const char *w;
        gboolean only_ascii = TRUE;
        while (p < end && !g_unichar_isalpha(g_utf8_get_char(p))) {
            p = g_utf8_next_char(p);
        }
        if (p >= end) {
            break;
        }
        w = p;
        while (p < end && (g_unichar_isalpha(g_utf8_get_char(p)) || *p == '\'')) {
            only_ascii = only_ascii && (unsigned char)*p < 0x80;
            p = g_utf8_next_char(p);
        }
        words++;
        ascii += only_ascii;
        english += only_ascii && dbi_lang_is_english_word(w, (size_t)(p - w));
    }
    /* English: nearly all words in plain ASCII and function words among them (a Vietnamese
     * text without marks has few: "to", "in", "a", "an", "the" rarely make 15%). */
    if (words >= min_words && ascii * 10 >= words * 9 && english * 100 >= words * 15 &&
        english >= 2) {
        return dbi_lang_intern("en");
    }
    return NULL;
}

const char *dbi_lang_from_declared(const char *declared)
{
    size_t n = 0;
    if (declared == NULL) {
        return NULL;
    }
    while (g_ascii_isspace(*declared)) {
        declared++;
    }
    while (g_ascii_isalpha(declared[n])) {
        n++;
    }
    if (n < 2 || n > 3 || (declared[n] != '\0' && declared[n] != '-' && declared[n] != '_' &&
                           declared[n] != ',' && !g_ascii_isspace(declared[n]))) {
        return NULL;
    }
    {
        char primary[4];
        memcpy(primary, declared, n);
        primary[n] = '\0';
        return dbi_lang_intern(primary);
    }
}
