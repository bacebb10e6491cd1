/* Speech engines behind docbao_synth: a table of functions per engine. Internal. */
#ifndef DOCBAO_SYNTH_ENGINE_H
#define DOCBAO_SYNTH_ENGINE_H

#include <glib.h>

#include "docbao/synth.h"

/* What an engine reports while speaking; the engine calls these from its own speak(). */
typedef struct {
    docbao_audio_fn on_audio;
    docbao_word_fn on_word;
    void *user;
    gboolean stopped; /* on_audio asked to stop */
} synth_sinkfns;

typedef struct {
    const char *name;
    /* Starts the engine; returns its sample rate, or 0 on failure with err filled. */
    int (*start)(docbao_error *err);
    void (*stop)(void);
    docbao_status (*set_profile)(const docbao_voice_profile *p, docbao_error *err);
    /* Speaks NUL-terminated UTF-8, reporting audio and words through fns. */
    docbao_status (*speak)(const char *text, synth_sinkfns *fns, docbao_error *err);
    /*
     * Speaks what follows in the voice for a language (an interned BCP 47 tag), or in the
     * profile's own voice when language is NULL or the profile's. A language the engine has no
     * voice for keeps the profile's voice. Returns TRUE when the voice changed.
     */
    gboolean (*set_language)(const char *language);
} synth_engine;

/*
 * Mends, in place, Vietnamese spellings espeak-ng's Vietnamese voices say wrong, each into a
 * spelling of the same sound:
 * - a syllable of "gi" with no mark and no vowel after it ("gi", the letter J as Vietnamese
 *   names it, "Gin", "gim") loses its vowel and is heard as a bare z: its g becomes d ("di",
 *   "Din"), which the northern voice says /zi/ and the southern /ji/, as "gi" is said;
 * - "ọa" with the dot under the o ("dọa", "họa", "tọa đàm", as the newer placement of marks
 *   writes them) is said as two syllables, o then a: the dot moves to the a ("doạ", "hoạ"),
 *   which espeak-ng says as one;
 * - "xk" opening a syllable before i, y or ê ("Giê len xki", as transliterations write it) is
 *   spelled letter by letter: it becomes "xc", the cluster espeak-ng says ("xci").
 * The text keeps its length in bytes and in characters, so offsets into it stay right.
 */
void synth_vi_mend(char *text);

extern const synth_engine synth_engine_espeak;
extern const synth_engine synth_engine_tone;

#endif
