/*
 * docbao: the speech stage. Takes spoken text and a voice profile (voice.h); gives 16-bit mono
 * audio and the time of each word, through callbacks. The engine (espeak-ng, a process-wide
 * singleton loaded on first use) sits behind one wrapper; one synthesizer exists at a time.
 */
#ifndef DOCBAO_SYNTH_H
#define DOCBAO_SYNTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "docbao/normalize.h"
#include "docbao/status.h"
#include "docbao/voice.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A speech synthesizer. espeak-ng is a process-wide singleton, so only one synthesizer may
 * exist at a time (docbao_synth_new() fails with DOCBAO_ERR_STATE otherwise), and it must be
 * used from one thread at a time.
 */
typedef struct docbao_synth docbao_synth;

/*
 * Starts the engine named engine (NULL or "espeak-ng"; "silence" gives a test engine that
 * makes no sound, a fixed length of silence per character) with a profile. Returns NULL on
 * failure with err filled (DOCBAO_ERR_VOICE when the engine has no such voice).
 */
docbao_synth *docbao_synth_new(const char *engine, const docbao_voice_profile *profile,
                               docbao_error *err);
void docbao_synth_free(docbao_synth *synth);

/* Output sample rate in Hz (mono, signed 16-bit). */
int docbao_synth_sample_rate(const docbao_synth *synth);

/* Applies a profile (voice, rate, pitch, volume). Fails with DOCBAO_ERR_VOICE, unchanged. */
docbao_status docbao_synth_set_profile(docbao_synth *synth, const docbao_voice_profile *profile,
                                       docbao_error *err);

/*
 * Receives audio as it is made. Return true to go on, false to stop the synthesis at once
 * (docbao_synth_speak() then returns DOCBAO_ERR_CANCELLED).
 */
typedef bool (*docbao_audio_fn)(const int16_t *samples, size_t n, void *user);
/*
 * Told when a word starts: its byte range in the text and the index of its first sample,
 * counted from the start of this docbao_synth_speak() call. Called before the audio of the word
 * is passed to the audio callback.
 */
typedef void (*docbao_word_fn)(size_t text_start, size_t text_len, uint64_t sample, void *user);

/*
 * Speaks UTF-8 text (NUL-terminated) and passes the audio to on_audio; on_word may be NULL.
 * Returns when all audio was delivered. No pause is added after the text: pauses are the
 * caller's to choose.
 */
docbao_status docbao_synth_speak(docbao_synth *synth, const char *text, docbao_audio_fn on_audio,
                                 docbao_word_fn on_word, void *user, docbao_error *err);

/*
 * Speaks a normalized text from byte from (the start of a word) to its end, each language run
 * (docbao_spoken_runs()) with the voice for its language: the profile's for Vietnamese,
 * espeak-ng's voice for the language otherwise ("en"; the profile's when there is none), at the
 * profile's rate, pitch and volume. Runs follow each other without a pause: the silence the
 * engine puts around a run inside an utterance is cut to a few milliseconds. Word offsets are
 * relative to from, sample indexes to the start of the call, as for docbao_synth_speak(). The
 * profile's voice is in use again when it returns.
 */
docbao_status docbao_synth_speak_spoken(docbao_synth *synth, const docbao_spoken *spoken,
                                        size_t from, docbao_audio_fn on_audio,
                                        docbao_word_fn on_word, void *user, docbao_error *err);

#ifdef __cplusplus
}
#endif
#endif
