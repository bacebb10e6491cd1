/*
 * Is a word a well-formed Vietnamese syllable? Used to tell encodings apart: text decoded with
 * the right table reads as Vietnamese syllables, text decoded with a wrong one does not.
 * Internal.
 */
#ifndef DOCBAO_VI_SYLLABLE_H
#define DOCBAO_VI_SYLLABLE_H

#include <glib.h>

/*
 * Does word (UTF-8, any normalization or case) spell one Vietnamese syllable: an initial
 * consonant, a rhyme from the language's inventory, and at most one tone mark, which must be
 * the acute or the dot below when the rhyme ends in p, t, c or ch? len may be -1.
 */
gboolean vi_syllable_is_valid(const char *word, gssize len);

/* Counts of vi_syllable_score(). */
typedef struct {
    unsigned all;   /* every word */
    unsigned words; /* words with at least one letter outside ASCII */
    unsigned valid; /* those that are Vietnamese syllables */
} vi_syllable_counts;

/*
 * Does text with these counts read as Vietnamese? Five syllables or more, making up half the
 * words with letters outside ASCII and a quarter of all words (Vietnamese marks most words;
 * a few "£" or "©" in English text do not make it Vietnamese).
 */
gboolean vi_syllable_reads_vietnamese(vi_syllable_counts c);

/*
 * Splits text (UTF-8) into words (runs of letters and combining marks) and counts them, the
 * words with a non-ASCII letter, and among those the Vietnamese syllables. Stops after
 * max_words words with a non-ASCII letter when max_words > 0.
 */
vi_syllable_counts vi_syllable_score(const char *text, gssize len, unsigned max_words);

#endif
