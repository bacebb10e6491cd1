/*
 * The sound-device sink, through PortAudio's blocking interface.
 *
 * While PortAudio starts and probes devices, ALSA and JACK print diagnostics straight to the
 * process's stderr. They mean nothing to a listener, so standard error is pointed at /dev/null
 * for the length of those calls (quiet_stderr) and restored afterwards; errors are reported
 * through docbao_error instead.
 */
#include <fcntl.h>
#include <portaudio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "resample.h"
#include "sink_driver.h"

typedef struct {
    PaStream *stream;
    dbi_resampler *resampler; /* when the device does not take the voice's rate */
    GArray *converted;
} pa_sink;

static int quiet_stderr(void)
{
    int saved = dup(STDERR_FILENO);
    int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved >= 0 && null >= 0) {
        dup2(null, STDERR_FILENO);
    }
    if (null >= 0) {
        close(null);
    }
    return saved;
}

static void restore_stderr(int saved)
{
    if (saved >= 0) {
        dup2(saved, STDERR_FILENO);
        close(saved);
    }
}

/* Starts PortAudio quietly; the JACK client must not try to start a JACK server. */
static PaError pa_start(void)
{
    int saved;
    PaError e;
    if (g_getenv("JACK_NO_START_SERVER") == NULL) {
        g_setenv("JACK_NO_START_SERVER", "1", FALSE);
    }
    saved = quiet_stderr();
    e = Pa_Initialize();
    restore_stderr(saved);
    return e;
}

static PaDeviceIndex find_device(const char *name)
{
    PaDeviceIndex count = Pa_GetDeviceCount();
    if (name == NULL) {
        return Pa_GetDefaultOutputDevice();
    }
    for (PaDeviceIndex i = 0; i < count; i++) {
        const PaDeviceInfo *info = Pa_GetDeviceInfo(i);
        if (info != NULL && info->maxOutputChannels > 0 && strcmp(info->name, name) == 0) {
            return i;
        }
    }
    for (PaDeviceIndex i = 0; i < count; i++) {
        const PaDeviceInfo *info = Pa_GetDeviceInfo(i);
        if (info != NULL && info->maxOutputChannels > 0 && strcasestr(info->name, name) != NULL) {
            return i;
        }
    }
    return paNoDevice;
}

static void *portaudio_open(const docbao_sink_options *opts, docbao_error *err)
{
    PaStreamParameters out = {0};
    const PaDeviceInfo *info;
    PaDeviceIndex dev;
    PaError e;
    pa_sink *ps;
    double rate = opts->sample_rate;
    int saved;

    e = pa_start();
    if (e != paNoError) {
        dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("no sound output device is available (%s)"),
                 Pa_GetErrorText(e));
        return NULL;
    }
    dev = find_device(opts->device);
    if (dev == paNoDevice) {
        Pa_Terminate();
        if (opts->device != NULL) {
            dbi_fail(err, DOCBAO_ERR_NO_DEVICE,
                     _("no sound output device is called \"%s\" (see docbao devices)"),
                     opts->device);
        } else {
            dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("no sound output device is available"));
        }
        return NULL;
    }
    info = Pa_GetDeviceInfo(dev);
    out.device = dev;
    out.channelCount = 1;
    out.sampleFormat = paInt16;
    out.suggestedLatency = MAX(info->defaultLowOutputLatency,
                               (opts->latency_ms > 0 ? opts->latency_ms : 100) / 1000.0);

    ps = g_new0(pa_sink, 1);
    saved = quiet_stderr();
    if (Pa_IsFormatSupported(NULL, &out, rate) != paFormatIsSupported) {
        /* The device wants its own rate: convert. */
        rate = info->defaultSampleRate;
        ps->resampler = dbi_resampler_new(opts->sample_rate, (int)rate);
        ps->converted = g_array_new(FALSE, FALSE, sizeof(int16_t));
    }
    e = Pa_OpenStream(&ps->stream, NULL, &out, rate, paFramesPerBufferUnspecified, paClipOff, NULL,
                      NULL);
    if (e == paNoError) {
        e = Pa_StartStream(ps->stream);
        if (e != paNoError) {
            Pa_CloseStream(ps->stream);
        }
    }
    restore_stderr(saved);
    if (e != paNoError || (ps->converted != NULL && ps->resampler == NULL)) {
        dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("the sound device \"%s\" cannot be opened (%s)"),
                 info->name, e != paNoError ? Pa_GetErrorText(e) : _("unsupported sample rate"));
        dbi_resampler_free(ps->resampler);
        if (ps->converted != NULL) {
            g_array_unref(ps->converted);
        }
        g_free(ps);
        Pa_Terminate();
        return NULL;
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
    e = Pa_WriteStream(ps->stream, samples, (unsigned long)n);
    /* An underflow means a gap was heard, not that the device failed. */
    if (e != paNoError && e != paOutputUnderflowed) {
        return dbi_fail(err, DOCBAO_ERR_AUDIO, _("sound output failed: %s"), Pa_GetErrorText(e));
    }
    return DOCBAO_OK;
}

static docbao_status portaudio_close(void *impl, gboolean commit, docbao_error *err)
{
    pa_sink *ps = impl;
    int saved = quiet_stderr();
    PaError e = commit ? Pa_StopStream(ps->stream) : Pa_AbortStream(ps->stream);
    Pa_CloseStream(ps->stream);
    Pa_Terminate();
    restore_stderr(saved);
    dbi_resampler_free(ps->resampler);
    if (ps->converted != NULL) {
        g_array_unref(ps->converted);
    }
    g_free(ps);
    if (e != paNoError && commit) {
        return dbi_fail(err, DOCBAO_ERR_AUDIO, _("sound output failed: %s"), Pa_GetErrorText(e));
    }
    return DOCBAO_OK;
}

docbao_status docbao_sink_list_devices(void (*fn)(const char *name, bool is_default, void *user),
                                       void *user, docbao_error *err)
{
    PaDeviceIndex def, count;
    int found = 0;
    if (pa_start() != paNoError) {
        return dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("no sound output device is available"));
    }
    def = Pa_GetDefaultOutputDevice();
    count = Pa_GetDeviceCount();
    for (PaDeviceIndex i = 0; i < count; i++) {
        const PaDeviceInfo *info = Pa_GetDeviceInfo(i);
        if (info != NULL && info->maxOutputChannels > 0) {
            fn(info->name, i == def, user);
            found++;
        }
    }
    Pa_Terminate();
    return found > 0
               ? DOCBAO_OK
               : dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("no sound output device is available"));
}

const sink_driver sink_driver_portaudio = {"portaudio", 20, portaudio_open, portaudio_write,
                                           portaudio_close};
