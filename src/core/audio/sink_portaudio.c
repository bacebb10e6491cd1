/*
 * The sound-device sink, through PortAudio's blocking interface. Standard error is kept quiet
 * while PortAudio probes and opens devices (see portaudio_util.h).
 */
#include <portaudio.h>
#include <string.h>

#include "base/internal.h"
#include "audio/portaudio_util.h"
#include "audio/resample.h"
#include "audio/sink_driver.h"

typedef struct {
    PaStream *stream;
    dbi_resampler *resampler; /* when the device does not take the voice's rate */
    GArray *converted;
} pa_sink;

static docbao_status portaudio_close(void *impl, gboolean commit, docbao_error *err);

static void *portaudio_open(const docbao_sink_options *opts, docbao_error *err)
{
    pa_sink *ps = g_new0(pa_sink, 1);
    int rate = opts->sample_rate;
    ps->stream =
        dbi_pa_open(opts->device, opts->sample_rate, opts->latency_ms, &rate, err);
    if (ps->stream == NULL) {
        g_free(ps);
        return NULL;
    }
    if (rate != opts->sample_rate) {
        /* The device wants its own rate: convert. */
        ps->resampler = dbi_resampler_new(opts->sample_rate, rate);
        ps->converted = g_array_new(FALSE, FALSE, sizeof(int16_t));
        if (ps->resampler == NULL) {
            dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("the sound device cannot play %d Hz audio"),
                     opts->sample_rate);
            portaudio_close(ps, FALSE, NULL);
            return NULL;
        }
    }
    return ps;
}

static docbao_status portaudio_write(void *impl, const int16_t *samples, size_t n,
                                     docbao_error *err)
{
    pa_sink *ps = impl;
    PaError e;
    if (ps->resampler != NULL) {
        g_array_set_size(ps->converted, 0);
        dbi_resampler_run(ps->resampler, samples, n, FALSE, ps->converted);
        samples = (const int16_t *)(void *)ps->converted->data;
        n = ps->converted->len;
    }
    if (n == 0) {
        return DOCBAO_OK;
    }
    e = dbi_pa.Pa_WriteStream(ps->stream, samples, (unsigned long)n);
    /* An underflow means a gap was heard, not that the device failed. */
    if (e != paNoError && e != paOutputUnderflowed) {
        return dbi_fail(err, DOCBAO_ERR_AUDIO, _("sound output failed: %s"), dbi_pa.Pa_GetErrorText(e));
    }
    return DOCBAO_OK;
}

static docbao_status portaudio_close(void *impl, gboolean commit, docbao_error *err)
{
    pa_sink *ps = impl;
    PaError e = dbi_pa_close(ps->stream, commit);
    dbi_resampler_free(ps->resampler);
    if (ps->converted != NULL) {
        g_array_unref(ps->converted);
    }
    g_free(ps);
    if (e != paNoError && commit) {
        return dbi_fail(err, DOCBAO_ERR_AUDIO, _("sound output failed: %s"), dbi_pa.Pa_GetErrorText(e));
    }
    return DOCBAO_OK;
}

docbao_status docbao_sink_list_devices(void (*fn)(const char *name, bool is_default, void *user),
                                       void *user, docbao_error *err)
{
    PaDeviceIndex def, count;
    int found = 0;
    if (!dbi_pa_start(NULL)) {
        return dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("no sound output device is available"));
    }
    def = dbi_pa.Pa_GetDefaultOutputDevice();
    count = dbi_pa.Pa_GetDeviceCount();
    for (PaDeviceIndex i = 0; i < count; i++) {
        const PaDeviceInfo *info = dbi_pa.Pa_GetDeviceInfo(i);
        if (info != NULL && info->maxOutputChannels > 0) {
            fn(info->name, i == def, user);
            found++;
        }
    }
    dbi_pa.Pa_Terminate();
    return found > 0
               ? DOCBAO_OK
               : dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("no sound output device is available"));
}

const sink_driver sink_driver_portaudio = {"portaudio", 20, portaudio_open, portaudio_write,
                                           portaudio_close};
