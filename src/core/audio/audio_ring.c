/* The lock-free sample ring between the player's thread and the audio callback. */
#include <glib.h>
#include <string.h>

#include "audio/audio_ring.h"

void dbi_ring_init(dbi_ring *r, size_t min_frames)
{
    size_t cap = 1;
    while (cap < min_frames) {
        cap <<= 1;
    }
    r->buf = g_new0(int16_t, cap);
    r->mask = cap - 1;
    atomic_init(&r->written, 0);
    atomic_init(&r->read, 0);
    atomic_init(&r->drop_until, 0);
    atomic_init(&r->reading, 0);
}

void dbi_ring_clear(dbi_ring *r)
{
    g_free(r->buf);
    r->buf = NULL;
}

size_t dbi_ring_space(dbi_ring *r)
{
    uint64_t w = atomic_load_explicit(&r->written, memory_order_relaxed);
    uint64_t rd = atomic_load(&r->read);
    /*
     * Frames the reader will skip are free unless it is copying right now (it may be copying
     * some of them): a reader that starts after this sees the discard and skips them all.
     * Without this, a reader that does not run (an output paused by a test's clock) would keep
     * every discarded frame's room taken.
     */
    if (!atomic_load(&r->reading)) {
        uint64_t drop = atomic_load(&r->drop_until);
        if (rd < drop) {
            rd = drop;
        }
    }
    return (size_t)(r->mask + 1 - (w - rd));
}

size_t dbi_ring_write(dbi_ring *r, const int16_t *samples, size_t n)
{
    uint64_t w = atomic_load_explicit(&r->written, memory_order_relaxed);
    size_t space = dbi_ring_space(r);
    size_t pos, first;
    if (n > space) {
        n = space;
    }
    pos = (size_t)(w & r->mask);
    first = MIN(n, r->mask + 1 - pos);
    memcpy(r->buf + pos, samples, first * sizeof *samples);
    memcpy(r->buf, samples + first, (n - first) * sizeof *samples);
    atomic_store_explicit(&r->written, w + n, memory_order_release);
    return n;
}

uint64_t dbi_ring_discard(dbi_ring *r)
{
    uint64_t w = atomic_load_explicit(&r->written, memory_order_relaxed);
    atomic_store(&r->drop_until, w);
    return w;
}

size_t dbi_ring_read(dbi_ring *r, int16_t *out, size_t n, uint64_t *first_frame)
{
    uint64_t rd, w, drop;
    size_t avail, pos, first;
    /* Sequentially consistent with dbi_ring_space(): set before the discard point is read. */
    atomic_store(&r->reading, 1);
    rd = atomic_load_explicit(&r->read, memory_order_relaxed);
    w = atomic_load_explicit(&r->written, memory_order_acquire);
    drop = atomic_load(&r->drop_until);
    if (rd < drop) {
        rd = drop;
    }
    avail = (size_t)(w - rd);
    if (n > avail) {
        n = avail;
    }
    pos = (size_t)(rd & r->mask);
    first = MIN(n, r->mask + 1 - pos);
    memcpy(out, r->buf + pos, first * sizeof *out);
    memcpy(out + first, r->buf, (n - first) * sizeof *out);
    if (first_frame != NULL) {
        *first_frame = rd;
    }
    atomic_store(&r->read, rd + n);
    atomic_store(&r->reading, 0);
    return n;
}

uint64_t dbi_ring_level(dbi_ring *r)
{
    uint64_t w = atomic_load_explicit(&r->written, memory_order_acquire);
    uint64_t rd = atomic_load_explicit(&r->read, memory_order_acquire);
    uint64_t drop = atomic_load_explicit(&r->drop_until, memory_order_acquire);
    if (rd < drop) {
        rd = drop;
    }
    return w > rd ? w - rd : 0;
}
