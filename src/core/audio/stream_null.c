/*
 * The null output: plays nothing, but consumes audio in real time. On a manual clock it
 * consumes exactly what the clock's advance makes due, in the thread that advances it; on the
 * system clock, a thread consumes every few milliseconds.
 */
#include <glib.h>

#include "base/internal.h"
#include "audio/stream.h"

typedef struct {
    dbi_stream *stream;
    docbao_clock *clock; /* manual clock, or NULL */
    uint64_t start_us;
    uint64_t pulled;
    GThread *thread;
    gint stop;
    int16_t buf[4096];
} null_out;

static void pull_due(null_out *o, uint64_t now_us)
{
    uint64_t due = (now_us - o->start_us) * (uint64_t)o->stream->rate / 1000000;
    while (o->pulled < due) {
        size_t n = (size_t)MIN(due - o->pulled, (uint64_t)G_N_ELEMENTS(o->buf));
        dbi_stream_pull(o->stream, o->buf, n);
        o->pulled += n;
    }
}

static void on_advance(uint64_t now_us, void *user)
{
    pull_due(user, now_us);
}

static gpointer run(gpointer data)
{
    null_out *o = data;
    while (!g_atomic_int_get(&o->stop)) {
        g_usleep(5000);
        pull_due(o, docbao_clock_now(NULL));
    }
    return NULL;
}

static void *null_start(dbi_stream *s, const char *device, int latency_ms, docbao_error *err)
{
    null_out *o = g_new0(null_out, 1);
    (void)device;
    (void)latency_ms;
    (void)err;
    o->stream = s;
    o->clock = (docbao_clock *)s->clock;
    o->start_us = docbao_clock_now(s->clock);
    if (o->clock != NULL) {
        dbi_clock_listen(o->clock, on_advance, o);
    } else {
        o->thread = g_thread_new("docbao-null-out", run, o);
    }
    return o;
}

static void null_stop(void *impl)
{
    null_out *o = impl;
    if (o->clock != NULL) {
        dbi_clock_unlisten(o->clock, on_advance, o);
    } else {
        g_atomic_int_set(&o->stop, 1);
        g_thread_join(o->thread);
    }
    g_free(o);
}

static double null_latency(void *impl)
{
    (void)impl;
    return 0;
}

const dbi_stream_driver dbi_stream_null = {"null", null_start, null_stop, null_latency};
