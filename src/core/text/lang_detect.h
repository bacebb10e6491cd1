/*
 * Which language a text is in, from its words: Vietnamese by its syllables (vi_syllable.c),
 * English by its common words. For the article model (the language of a page and of a block
 * that differs) and the script (which rules and voice read it). Internal; prefix dbi_lang_.
 */
#ifndef DOCBAO_LANG_DETECT_H
#define DOCBAO_LANG_DETECT_H

#include <glib.h>

/*
 * The language of len bytes of UTF-8 text (len may be -1): "vi", "en", or NULL when the text
 * is too short (fewer than min_words words) or reads as neither. Static strings (interned).
 * Linear; looks at the first 4,000 words at most.
 */
const char *dbi_lang_detect(const char *text, gssize len, unsigned min_words);

/* Is the ASCII word w (n bytes, any case) one of the commonest English words ("the", "of",
 * "you", ...)? */
gboolean dbi_lang_is_english_word(const char *w, size_t n);

/* Is the ASCII word w (n bytes, any case) one of the count words of a list written in lower
 * case (shorter than 16 bytes each)? */
gboolean dbi_lang_word_in(const char *w, size_t n, const char *const *words, size_t count);

/* The interned primary subtag of a language tag, lowercased; NULL or "" give "vi" (what
 * docbao_language_intern() returns). */
const char *dbi_lang_intern(const char *tag);

/*
 * A BCP 47 tag as a page declares it (<html lang>, Content-Language, og:locale "vi_VN"),
 * reduced to its primary subtag in lowercase ("vi-VN" -> "vi"), interned; NULL when it is not a
 * language tag (empty, "x-default", more than 3 letters).
 */
const char *dbi_lang_from_declared(const char *declared);

#endif
