/*
 * docbao: the export stage. Takes a script, a synthesizer and a sink; gives the whole spoken
 * script in the sink, start to end, with the pauses between utterances, on the caller's
 * thread, with progress and cancellation.
 */
#ifndef DOCBAO_RENDER_H
#define DOCBAO_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "docbao/edition.h"
#include "docbao/script.h"
#include "docbao/sink.h"
#include "docbao/synth.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct docbao_render_options {
    /* Called after each utterance with how many are done out of how many; may be NULL. */
    void (*progress)(size_t done, size_t total, void *user);
    void *user;
    /* When non-NULL and set non-zero (from any thread or a signal handler), rendering stops. */
    volatile int *cancel;
    /*
     * Called after each utterance with its index and where its speech is heard: the sink's
     * frame count at its first audible sample and one past its last (the silence the engine
     * makes around it and the pause that follows are left out); may be NULL. For talking
     * books, which point at every sentence's place in the audio.
     */
    void (*on_utterance)(size_t utterance, uint64_t start_frame, uint64_t end_frame, void *user);
} docbao_render_options;

/*
 * Speaks every utterance of script with synth into sink, with the script's pauses between them.
 * Does not close the sink. Returns DOCBAO_OK, DOCBAO_ERR_CANCELLED when cancelled, or the
 * engine's or sink's error. opts may be NULL.
 */
docbao_status docbao_render(const docbao_script *script, docbao_synth *synth, docbao_sink *sink,
                            const docbao_render_options *opts, docbao_error *err);

/* What docbao_render_edition() reports as it goes. */
typedef struct docbao_edition_render_options {
    /* progress counts entries; on_utterance reports the utterances of the entry being spoken. */
    docbao_render_options render;
    /* The reading's voice profile (pauses, caption label) and sections (0 = all). */
    const docbao_voice_profile *profile;
    unsigned sections;
    /* Said before the first article (sources that could not be read...); may be NULL. */
    const char *intro;
    /*
     * Called as each entry starts, with the sink's frame count where its announcement starts
     * and its script (NULL when the entry could not be read; the failure is said instead); the
     * script lives until the next call. May be NULL.
     */
    void (*on_entry)(size_t entry, uint64_t start_frame, const docbao_script *script, void *user);
} docbao_edition_render_options;

/*
 * Speaks a whole edition into sink, entry after entry: each section is named as it begins,
 * each article after the first is announced as docbao_edition_announce() says it, and an entry
 * that cannot be read is said as docbao_edition_failure() says it and skipped. Articles are
 * loaded on the caller's thread (docbao_edition_load()). Returns as docbao_render() does.
 */
docbao_status docbao_render_edition(docbao_edition *edition, docbao_normalizer *normalizer,
                                    docbao_synth *synth, docbao_sink *sink,
                                    const docbao_edition_render_options *opts, docbao_error *err);

#ifdef __cplusplus
}
#endif
#endif
