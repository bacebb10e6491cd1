/* Audio sink drivers: a table of functions per driver. Internal. */
#ifndef DOCBAO_SINK_DRIVER_H
#define DOCBAO_SINK_DRIVER_H

#include <glib.h>

#include "docbao/sink.h"

typedef struct {
    const char *name;
    /*
     * Longest piece written at once, in milliseconds, so that docbao_sink_interrupt() takes
     * effect quickly on blocking drivers; 0 for drivers that never block for long.
     */
    int piece_ms;
    /* Opens the driver's state, or returns NULL with err filled. */
    void *(*open)(const docbao_sink_options *opts, docbao_error *err);
    /* Writes samples (at most piece_ms of them when piece_ms is set). */
    docbao_status (*write)(void *impl, const int16_t *samples, size_t n, docbao_error *err);
    /* Finishes (commit) or discards, and frees impl. */
    docbao_status (*close)(void *impl, gboolean commit, docbao_error *err);
} sink_driver;

extern const sink_driver sink_driver_portaudio;
extern const sink_driver sink_driver_file;
extern const sink_driver sink_driver_raw;
extern const sink_driver sink_driver_null;

#endif
