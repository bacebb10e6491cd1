/*
 * The sound-device output of the player: a PortAudio callback stream that pulls from the
 * player's stream. When the device refuses the voice's sample rate, libsamplerate's callback
 * interface converts inside the audio callback (it allocates nothing once started).
 */
#include <portaudio.h>
#include <samplerate.h>
#include <string.h>

#include "internal.h"
#include "portaudio_util.h"
#include "stream.h"

#define PULL_CHUNK 1024

typedef struct {
    dbi_stream *stream;
    PaStream *pa;
    SRC_STATE *src; /* NULL when no conversion is needed */
    double ratio;
    int16_t in16[PULL_CHUNK];
    float in[PULL_CHUNK];
    float out[8192];
} pa_out;

/* libsamplerate asks for more input: pull it from the stream. */
static long src_input(void *user, float **data)
{
    pa_out *o = user;
    dbi_stream_pull(o->stream, o->in16, PULL_CHUNK);
    src_short_to_float_array(o->in16, o->in, PULL_CHUNK);
    *data = o->in;
    return PULL_CHUNK;
}

static int on_audio(const void *input, void *output, unsigned long frames,
                    const PaStreamCallbackTimeInfo *time, PaStreamCallbackFlags flags, void *user)
{
    pa_out *o = user;
    int16_t *out = output;
    (void)input;
    (void)time;
    if (flags & paOutputUnderflow) {
        atomic_fetch_add(&o->stream->underruns, 1);
    }
    if (o->src == NULL) {
        dbi_stream_pull(o->stream, out, frames);
        return paContinue;
    }
    while (frames > 0) {
        long want = (long)MIN(frames, G_N_ELEMENTS(o->out));
        long got = src_callback_read(o->src, o->ratio, want, o->out);
        if (got <= 0) {
            memset(out, 0, frames * sizeof *out);
            break;
        }
        src_float_to_short_array(o->out, out, (int)got);
        out += got;
        frames -= (unsigned long)got;
    }
    return paContinue;
}

static void *pa_start(dbi_stream *s, const char *device, int latency_ms, docbao_error *err)
{
    pa_out *o = g_new0(pa_out, 1);
    int rate = s->rate;
    o->stream = s;
    /*
     * The converter must exist before the stream starts calling back, but its ratio is known
     * only once the device has answered: open, and if the rate differs, reopen with it.
     */
    o->pa = dbi_pa_open(device, s->rate, latency_ms > 0 ? latency_ms : 30, on_audio, o, &rate, err);
    if (o->pa != NULL && rate != s->rate) {
        int error = 0;
        dbi_pa_close(o->pa, FALSE);
        o->ratio = (double)rate / s->rate;
        o->src = src_callback_new(src_input, SRC_SINC_FASTEST, 1, &error, o);
        o->pa = o->src != NULL ? dbi_pa_open(device, s->rate, latency_ms > 0 ? latency_ms : 30,
                                             on_audio, o, &rate, err)
                               : NULL;
        if (o->src == NULL) {
            dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("the sound device cannot play %d Hz audio"),
                     s->rate);
        }
    }
    if (o->pa == NULL) {
        if (o->src != NULL) {
            src_delete(o->src);
        }
        g_free(o);
        return NULL;
    }
    return o;
}

static void pa_stop(void *impl)
{
    pa_out *o = impl;
    dbi_pa_close(o->pa, FALSE);
    if (o->src != NULL) {
        src_delete(o->src);
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
