/*
 * A single-producer, single-consumer ring of 16-bit samples with 64-bit running counters.
 * The player's thread writes; the audio callback reads. No locks: each side owns one counter.
 * Frames are numbered from 0 since the ring was made, so positions survive wrap-around.
 */
#ifndef DOCBAO_AUDIO_RING_H
#define DOCBAO_AUDIO_RING_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    int16_t *buf;
    size_t mask;                 /* capacity - 1; the capacity is a power of two */
    _Atomic uint64_t written;    /* frames written so far (owned by the writer) */
    _Atomic uint64_t read;       /* frames read or dropped so far (owned by the reader) */
    _Atomic uint64_t drop_until; /* the reader skips every frame before this one */
    _Atomic int reading;         /* the reader is copying frames out right now */
} dbi_ring;

/* Allocates a ring for at least min_frames. */
void dbi_ring_init(dbi_ring *r, size_t min_frames);
void dbi_ring_clear(dbi_ring *r);

/* Writer: frames that fit now, and writing them (returns how many were written). */
size_t dbi_ring_space(dbi_ring *r);
size_t dbi_ring_write(dbi_ring *r, const int16_t *samples, size_t n);

/* Writer: asks the reader to discard everything written so far; returns that frame number. */
uint64_t dbi_ring_discard(dbi_ring *r);

/* Reader: copies up to n frames out (after honouring a discard); returns how many. */
size_t dbi_ring_read(dbi_ring *r, int16_t *out, size_t n, uint64_t *first_frame);

/* Either side: frames waiting to be read (not counting discarded ones). */
uint64_t dbi_ring_level(dbi_ring *r);

#endif
