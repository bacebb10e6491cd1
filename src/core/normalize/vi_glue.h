/*
 * Words run together where crawled news text lost a space (a link or a tag ended there):
 * "củaForbes", "thìRafael Nadallà", "Forbesthống", "trườngchứng khoán", "hơnĐT". The word
 * tokens that hold two words or more are cut into one token per word, each after a space, before
 * the rules see them. Internal to the core; prefix vi_glue_.
 */
#ifndef DOCBAO_VI_GLUE_H
#define DOCBAO_VI_GLUE_H

#include <glib.h>

#include "normalize/vi_lexicon.h"

/*
 * Cuts the glued word tokens of tokens (a GArray of vi_token over the text s) in place; a word
 * of the lexicon (abbreviations, names, units) and a word inside a web or e-mail address or a
 * hashtag are kept whole. A token is cut:
 *   - where a small letter meets a capital and what comes before is a Vietnamese syllable of
 *     two letters or more, its first letter alone may be a capital, with marks or a common word
 *     (theo, cho, khi...): "củaForbes", "hơnĐT", "TheoReuters"; not "iPhone", "YouTube",
 *     "MacBook", "macOS", "mAh", "LanQ";
 *   - after a head of three ASCII letters or more that ends in a Vietnamese syllable written
 *     with a letter only Vietnamese uses (ă đ ơ ư, a tone other than those of Latin-1) or one
 *     of a few common words ("Forbesthống", "Nadallà", "Citykhông"; not "José", "André");
 *   - into Vietnamese syllables when it is no syllable, is written in Vietnamese letters with a
 *     letter only Vietnamese uses, and two of the pieces at least carry marks ("trườngchứng",
 *     "phíađội"), or with Latin-1 marks only, an â, ê or ô, and two pieces or the last with
 *     marks ("êkíp", "kilômét", "atisô"; not "Côte", "José"). Each piece after the first starts
 *     with a consonant (so a misspelled syllable such as "nguời" is not cut).
 * A number token glued after a Vietnamese word with marks ("khoảng14h", "có18.590") is made
 * one after a space, when the word is a syllable of two letters or more with a letter that is
 * not ASCII, small letters after the first, and no lexicon word (codes such as "U23", "ĐT741"
 * keep their number). Linear in the number of tokens.
 */
void vi_glue_split(const char *s, GArray *tokens, const vi_lexicon *lex);

#endif
