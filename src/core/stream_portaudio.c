/*
 * The sound-device output of the player. A thread takes what there is to play from the
 * player's stream and writes it to a blocking PortAudio stream in 10 ms pieces. When there is
 * nothing to say (paused, finished) it writes nothing and waits, so the device is never fed
 * filler: a pause is silence from the device, and a capture (ALSA's file plugin) holds exactly
 * what was said. When the device refuses the voice's sample rate, the thread converts.
 */
#include <portaudio.h>
#include <string.h>

#include "internal.h"
#include "portaudio_util.h"
#include "resample.h"
#include "stream.h"

#define PIECE_MS 10

typedef struct {
    dbi_stream *stream;
    PaStream *pa;
    dbi_resampler *resampler; /* NULL when the device takes the voice's rate */
    GArray *converted;
    GThread *thread;
    gint stop;
} pa_out;

static gpointer write_loop(gpointer data)
{
    pa_out *o = data;
    size_t piece = (size_t)o->stream->rate * PIECE_MS / 1000;
    int16_t *buf = g_new(int16_t, piece);
    gboolean flowing = FALSE; /* the last write continued a run of audio */
    while (!g_atomic_int_get(&o->stop)) {
        gboolean starved;
        const int16_t *out = buf;
        size_t n = dbi_stream_take(o->stream, buf, piece, &starved);
        PaError e;
        if (n == 0) {
            /* A deliberate silence (paused, finished) is not an underrun; a starved one is. */
            flowing = flowing && starved;
            dbi_stream_wait(o->stream, starved ? 2 : 20);
            continue;
        }
        if (o->resampler != NULL) {
            g_array_set_size(o->converted, 0);
            dbi_resampler_run(o->resampler, buf, n, FALSE, o->converted);
            out = (const int16_t *)(void *)o->converted->data;
            n = o->converted->len;
        }
        e = n > 0 ? Pa_WriteStream(o->pa, out, (unsigned long)n) : paNoError;
        /* The device ran dry in the middle of speech: an underrun. After a pause it is not. */
        if (e == paOutputUnderflowed && flowing) {
            atomic_fetch_add(&o->stream->underruns, 1);
        }
        flowing = TRUE;
    }
    g_free(buf);
    return NULL;
}

static void *pa_start(dbi_stream *s, const char *device, int latency_ms, docbao_error *err)
{
    pa_out *o = g_new0(pa_out, 1);
    int rate = s->rate;
    o->stream = s;
    o->pa = dbi_pa_open(device, s->rate, latency_ms > 0 ? latency_ms : 30, &rate, err);
    if (o->pa == NULL) {
        g_free(o);
        return NULL;
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
    pa_out *o = impl;
    const PaStreamInfo *info = Pa_GetStreamInfo(o->pa);
    return info != NULL ? info->outputLatency : 0;
}

const dbi_stream_driver dbi_stream_portaudio = {"portaudio", pa_start, pa_stop, pa_latency};
