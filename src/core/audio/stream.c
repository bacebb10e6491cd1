/* The stream shared by the player's thread and the audio callback. */
#include <glib.h>
#include <string.h>

#include "audio/stream.h"

void dbi_stream_init(dbi_stream *s, int rate, const docbao_clock *clock, size_t ring_frames,
                     size_t message_frames)
{
    memset(s, 0, sizeof *s);
    s->rate = rate;
    s->clock = clock;
    dbi_ring_init(&s->article, ring_frames);
    dbi_ring_init(&s->message, message_frames);
    atomic_init(&s->paused, 0);
    atomic_init(&s->active, 0);
    atomic_init(&s->gain_milli, 1000);
    atomic_init(&s->underruns, 0);
    atomic_init(&s->failed, 0);
    atomic_init(&s->watch_article_frame, DBI_NO_FRAME);
    atomic_init(&s->watch_message_frame, DBI_NO_FRAME);
    atomic_init(&s->watch_pause, 0);
    atomic_init(&s->watch_time_us, 0);
    g_mutex_init(&s->lock);
    g_cond_init(&s->cond);
}

void dbi_stream_clear(dbi_stream *s)
{
    dbi_ring_clear(&s->article);
    dbi_ring_clear(&s->message);
    g_mutex_clear(&s->lock);
    g_cond_clear(&s->cond);
}

void dbi_stream_notify(dbi_stream *s)
{
    g_mutex_lock(&s->lock);
    g_cond_broadcast(&s->cond);
    g_mutex_unlock(&s->lock);
}

void dbi_stream_wait(dbi_stream *s, unsigned timeout_ms)
{
    g_mutex_lock(&s->lock);
    g_cond_wait_until(&s->cond, &s->lock,
                      g_get_monotonic_time() + (gint64)timeout_ms * G_TIME_SPAN_MILLISECOND);
    g_mutex_unlock(&s->lock);
}

/* Records the time when a watched frame is among those just pulled. */
static void watch(dbi_stream *s, _Atomic uint64_t *frame, uint64_t first, size_t n)
{
    uint64_t f = atomic_load_explicit(frame, memory_order_acquire);
    if (f != DBI_NO_FRAME && n > 0 && f < first + n) {
        atomic_store(&s->watch_time_us, docbao_clock_now(s->clock));
        atomic_store(frame, DBI_NO_FRAME);
    }
}

size_t dbi_stream_take(dbi_stream *s, int16_t *out, size_t max, gboolean *starved)
{
    uint64_t first = 0;
    size_t done = dbi_ring_read(&s->message, out, max, &first);
    int gain = atomic_load_explicit(&s->gain_milli, memory_order_relaxed);
    *starved = FALSE;
    watch(s, &s->watch_message_frame, first, done);
    if (done < max && !atomic_load_explicit(&s->paused, memory_order_acquire)) {
        size_t got = dbi_ring_read(&s->article, out + done, max - done, &first);
        watch(s, &s->watch_article_frame, first, got);
        done += got;
        if (done < max && atomic_load_explicit(&s->active, memory_order_acquire)) {
            *starved = TRUE;
        }
    } else if (done < max && atomic_load_explicit(&s->watch_pause, memory_order_acquire)) {
        /* The article stopped being heard now. */
        atomic_store(&s->watch_time_us, docbao_clock_now(s->clock));
        atomic_store(&s->watch_pause, 0);
    }
    if (gain != 1000) {
        for (size_t i = 0; i < done; i++) {
            int v = out[i] * gain / 1000;
            out[i] = (int16_t)CLAMP(v, -32768, 32767);
        }
    }
    return done;
}

void dbi_stream_pull(dbi_stream *s, int16_t *out, size_t n)
{
    gboolean starved;
    size_t done = dbi_stream_take(s, out, n, &starved);
    /* On time or not at all: a shortfall while speech is expected is heard as a gap. */
    if (starved) {
        atomic_fetch_add(&s->underruns, 1);
    }
    memset(out + done, 0, (n - done) * sizeof *out);
}
