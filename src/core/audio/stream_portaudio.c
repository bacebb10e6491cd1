/*
 * The sound-device output of the player. A thread takes what there is to play from the
 * player's stream and writes it to a blocking PortAudio stream in 10 ms pieces. When there is
 * nothing to say (paused, between commands) it writes silence paced by the clock, not as fast
 * as the device takes it: a real device never runs dry (restarting a drained device can stall
 * a write for most of a second), and a device that takes everything at once (ALSA's file
 * plugin) records pauses as long as they really were. When the device refuses the voice's
 * sample rate, the thread converts.
 */
#include <fcntl.h>
#include <portaudio.h>
#include <string.h>
#include <unistd.h>

#include "base/internal.h"
#include "audio/portaudio_util.h"
#include "audio/resample.h"
#include "audio/stream.h"

#define PIECE_MS 10

typedef struct {
    dbi_stream *stream;
    PaStream *pa;
    double latency_s;
    dbi_resampler *resampler; /* NULL when the device takes the voice's rate */
    GArray *converted;
    GThread *thread;
    gint stop;
} pa_out;

/* Writes n frames to the device, converting the rate if needed. */
static PaError write_frames(pa_out *o, const int16_t *frames, size_t n)
{
    if (o->resampler != NULL) {
        g_array_set_size(o->converted, 0);
        dbi_resampler_run(o->resampler, frames, n, FALSE, o->converted);
        frames = (const int16_t *)(void *)o->converted->data;
        n = o->converted->len;
    }
    return n > 0 ? dbi_pa.Pa_WriteStream(o->pa, frames, (unsigned long)n) : paNoError;
}

/*
 * When a device fails mid-stream, PortAudio and ALSA print their internal diagnostics on
 * stderr from the thread that writes. This thread gets its own descriptor table
 * (unshare(CLONE_FILES)) whose stderr is /dev/null, so their noise never reaches the listener's
 * terminal while every other thread's stderr is untouched; failures reach the player through
 * dbi_stream.failed instead.
 */
static void quiet_this_thread(void)
{
    if (unshare(CLONE_FILES) == 0) {
        int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (null >= 0) {
            dup2(null, STDERR_FILENO);
            close(null);
        }
    }
}

static gpointer write_loop(gpointer data)
{
    pa_out *o = data;
    int rate = o->stream->rate;
    size_t piece = (size_t)rate * PIECE_MS / 1000;
    int16_t *buf = g_new(int16_t, piece);
    int16_t *zeros = g_new0(int16_t, piece);
    gboolean flowing = FALSE; /* the last write continued a run of speech */
    gint64 idle_since = 0;    /* when the current silence began (0: speaking) */
    uint64_t idle_frames = 0; /* silence written since then */
    uint64_t lead = piece;    /* silence is written this far ahead of the clock */
    int errors = 0;           /* failed writes in a row */
    quiet_this_thread();
    while (!g_atomic_int_get(&o->stop)) {
        gboolean starved;
        size_t n = dbi_stream_take(o->stream, buf, piece, &starved);
        PaError e;
        if (n == 0) {
            gint64 now = g_get_monotonic_time();
            uint64_t due;
            /* A deliberate silence (paused, finished) is not an underrun; a starved one is. */
            flowing = flowing && starved;
            if (starved) {
                /* Speech is on its way: wait for it rather than pad the device. */
                idle_since = 0;
                dbi_stream_wait(o->stream, 2);
                continue;
            }
            if (idle_since == 0) {
                idle_since = now;
                idle_frames = 0;
            }
            due = (uint64_t)(now - idle_since) * (uint64_t)rate / G_USEC_PER_SEC + lead;
            if (idle_frames + piece > due) {
                dbi_stream_wait(o->stream, PIECE_MS / 2);
                continue;
            }
            e = write_frames(o, zeros, piece);
            idle_frames += piece;
        } else {
            idle_since = 0;
            e = write_frames(o, buf, n);
            /* The device ran dry in the middle of speech: an underrun. */
            if (e == paOutputUnderflowed && flowing) {
                atomic_fetch_add(&o->stream->underruns, 1);
            }
            flowing = TRUE;
        }
        errors = e == paNoError || e == paOutputUnderflowed ? 0 : errors + 1;
        if (errors >= 50) {
            /* Half a second of refused writes: the device is gone (unplugged, server died). */
            atomic_store(&o->stream->failed, e);
            break;
        }
    }
    g_free(buf);
    g_free(zeros);
    return NULL;
}

static void *pa_start(dbi_stream *s, const char *device, int latency_ms, docbao_error *err)
{
    pa_out *o = g_new0(pa_out, 1);
    int rate = s->rate;
    o->stream = s;
    o->pa = dbi_pa_open(device, s->rate, latency_ms > 0 ? latency_ms : 50, &rate, err);
    if (o->pa == NULL) {
        g_free(o);
        return NULL;
    }
    {
        const PaStreamInfo *info = dbi_pa.Pa_GetStreamInfo(o->pa);
        o->latency_s = info != NULL ? info->outputLatency : 0.03;
    }
    if (rate != s->rate) {
        o->resampler = dbi_resampler_new(s->rate, rate);
        o->converted = g_array_new(FALSE, FALSE, sizeof(int16_t));
        if (o->resampler == NULL) {
            dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("the sound device cannot play %d Hz audio"),
                     s->rate);
            dbi_pa_close(o->pa, FALSE);
            g_array_unref(o->converted);
            g_free(o);
            return NULL;
        }
    }
    o->thread = g_thread_new("docbao-audio", write_loop, o);
    return o;
}

static void pa_stop(void *impl)
{
    pa_out *o = impl;
    g_atomic_int_set(&o->stop, 1);
    dbi_stream_notify(o->stream);
    g_thread_join(o->thread);
    /* Let the device play what it already holds (a few tens of milliseconds). */
    dbi_pa_close(o->pa, TRUE);
    dbi_resampler_free(o->resampler);
    if (o->converted != NULL) {
        g_array_unref(o->converted);
    }
    g_free(o);
}

static double pa_latency(void *impl)
{
    return ((pa_out *)impl)->latency_s;
}

const dbi_stream_driver dbi_stream_portaudio = {"portaudio", pa_start, pa_stop, pa_latency};
