/*
 * Streams: what the player plays through. The player's thread fills two sample rings (the
 * article, and spoken messages that play first); an output driver's callback pulls from them
 * in real time with dbi_stream_pull(). Drivers are tables chosen by name. Internal.
 */
#ifndef DOCBAO_STREAM_H
#define DOCBAO_STREAM_H

#include <glib.h>
#include <stdatomic.h>

#include "audio/audio_ring.h"
#include "docbao/clock.h"
#include "docbao/status.h"

#define DBI_NO_FRAME UINT64_MAX

typedef struct {
    int rate;
    const docbao_clock *clock;
    dbi_ring article;
    dbi_ring message;
    _Atomic int paused;     /* the article is held; messages still play */
    _Atomic int active;     /* article audio is expected: a shortfall is an underrun */
    _Atomic int gain_milli; /* volume: 1000 is unity */
    _Atomic unsigned underruns;
    _Atomic int failed; /* the output stopped working (a PortAudio error code, or -1) */
    /* Latency probes: the time the first frame of new audio (or a pause) reached the device. */
    _Atomic uint64_t watch_article_frame;
    _Atomic uint64_t watch_message_frame;
    _Atomic int watch_pause;
    _Atomic uint64_t watch_time_us;
    /* Wakes an output thread waiting for audio (dbi_stream_wait / dbi_stream_notify). */
    GMutex lock;
    GCond cond;
} dbi_stream;

/* Rings of at least ring_frames (the article) and message_frames (messages). */
void dbi_stream_init(dbi_stream *s, int rate, const docbao_clock *clock, size_t ring_frames,
                     size_t message_frames);
void dbi_stream_clear(dbi_stream *s);

/*
 * Fills out with n frames: messages first, then the article unless paused, then silence; with
 * the volume applied. For outputs that must deliver on time (the null output): a shortfall
 * while the article should be playing is counted as an underrun. Lock-free.
 */
void dbi_stream_pull(dbi_stream *s, int16_t *out, size_t n);

/*
 * Takes up to max frames of what there is to play (messages first, then the article unless
 * paused), with the volume applied, and returns how many; 0 when nothing is waiting. For outputs
 * that may simply stop writing when there is nothing to say. *starved is set when the article
 * should be playing but not enough of it is ready. Lock-free.
 */
size_t dbi_stream_take(dbi_stream *s, int16_t *out, size_t max, gboolean *starved);

/* The player calls this after queueing audio or unpausing; waiting outputs wake up. */
void dbi_stream_notify(dbi_stream *s);

/* Waits up to timeout_ms for dbi_stream_notify(). */
void dbi_stream_wait(dbi_stream *s, unsigned timeout_ms);

typedef struct {
    const char *name;
    /* Starts pulling from s; returns the driver's state or NULL with err filled. */
    void *(*start)(dbi_stream *s, const char *device, int latency_ms, docbao_error *err);
    void (*stop)(void *impl);
    /* Seconds between a sample being pulled and being heard. */
    double (*latency)(void *impl);
} dbi_stream_driver;

extern const dbi_stream_driver dbi_stream_portaudio;
extern const dbi_stream_driver dbi_stream_null;

/* Manual clocks tell their listeners how far they moved (clock.c). */
typedef void (*dbi_clock_listener)(uint64_t now_us, void *user);
gboolean dbi_clock_is_manual(const docbao_clock *clock);
void dbi_clock_listen(docbao_clock *clock, dbi_clock_listener fn, void *user);
void dbi_clock_unlisten(docbao_clock *clock, dbi_clock_listener fn, void *user);

#endif
