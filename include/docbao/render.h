/*
 * docbao: the export stage. Takes a script, a synthesizer and a sink; gives the whole spoken
 * script in the sink, start to end, with the pauses between utterances, on the caller's
 * thread, with progress and cancellation.
 */
#ifndef DOCBAO_RENDER_H
#define DOCBAO_RENDER_H

#include <stdbool.h>
#include <stddef.h>

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
} docbao_render_options;

/*
 * Speaks every utterance of script with synth into sink, with the script's pauses between them.
 * Does not close the sink. Returns DOCBAO_OK, DOCBAO_ERR_CANCELLED when cancelled, or the
 * engine's or sink's error. opts may be NULL.
 */
docbao_status docbao_render(const docbao_script *script, docbao_synth *synth, docbao_sink *sink,
                            const docbao_render_options *opts, docbao_error *err);

#ifdef __cplusplus
}
#endif
#endif
