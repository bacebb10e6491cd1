/*
 * Foreign names that no lexicon knows, said in Vietnamese syllables by the letters of their
 * language (voices/lexicon/respell.tsv): Lavrov "La vrốp", Hernandez "Éc nan đết". Internal to
 * the core; prefix vi_respell_ (implemented in vi_respell.c). The choice of a name's language
 * (its words, the country before it) is the caller's, in vi_wordexpr.c.
 */
#ifndef DOCBAO_VI_RESPELL_H
#define DOCBAO_VI_RESPELL_H

#include <glib.h>

#include "normalize/vi_lexicon.h"

/*
 * The language whose names end as word w (len bytes, any case) does ("Lavrov": "slav"), when
 * three letters or more with a vowel come before that ending, or whose names hold w whole (the
 * article "Al": "ar"); NULL when none does.
 */
const char *vi_respell_cue(const vi_lexicon *lex, const char *w, size_t len);

/*
 * The language whose names hold word w (len bytes, small ASCII letters) inside them ("al" of
 * "Bashar al-Assad", "bin" of "Mohammed bin Salman"), or NULL.
 */
const char *vi_respell_particle(const vi_lexicon *lex, const char *w, size_t len);

/*
 * Appends to out the Vietnamese syllables of word w (len bytes, a Latin-script word of letters)
 * said as a name of language lang: "Lavrov" "La vrốp", "Dmitry" "Đmi tri", capitalized as w is.
 * FALSE (out as it was) when a letter has no line of the language or a syllable it makes is no
 * Vietnamese one.
 */
gboolean vi_respell_word(const vi_lexicon *lex, const char *lang, const char *w, size_t len,
                         GString *out);

#endif
