/* PortAudio helpers: quiet start-up and device lookup. */
#include <alsa/asoundlib.h>
#include <fcntl.h>
#include <glib.h>
#include <string.h>
#include <unistd.h>

#include "base/internal.h"
#include "audio/portaudio_util.h"

int dbi_quiet_stderr(void)
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

void dbi_restore_stderr(int saved)
{
    if (saved >= 0) {
        dup2(saved, STDERR_FILENO);
        close(saved);
    }
}

/* ALSA reports recoveries ("underrun occurred") on stderr; docbao counts them itself. */
static void quiet_alsa(const char *file, int line, const char *function, int err, const char *fmt,
                       ...)
{
    (void)file;
    (void)line;
    (void)function;
    (void)err;
    (void)fmt;
}

PaError dbi_pa_start(void)
{
    int saved;
    PaError e;
    snd_lib_error_set_handler(quiet_alsa);
    if (g_getenv("JACK_NO_START_SERVER") == NULL) {
        g_setenv("JACK_NO_START_SERVER", "1", FALSE);
    }
    saved = dbi_quiet_stderr();
    e = Pa_Initialize();
    dbi_restore_stderr(saved);
    return e;
}

PaDeviceIndex dbi_pa_find_device(const char *name)
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

PaStream *dbi_pa_open(const char *device, int rate, int latency_ms, int *actual_rate,
                      docbao_error *err)
{
    PaStreamParameters out = {0};
    const PaDeviceInfo *info;
    PaDeviceIndex dev;
    PaStream *stream = NULL;
    PaError e = dbi_pa_start();
    int saved;

    if (e != paNoError) {
        dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("no sound output device is available (%s)"),
                 Pa_GetErrorText(e));
        return NULL;
    }
    dev = dbi_pa_find_device(device);
    if (dev == paNoDevice) {
        Pa_Terminate();
        if (device != NULL) {
            dbi_fail(err, DOCBAO_ERR_NO_DEVICE,
                     _("no sound output device is called \"%s\" (see docbao devices)"), device);
        } else {
            dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("no sound output device is available"));
        }
        return NULL;
    }
    info = Pa_GetDeviceInfo(dev);
    out.device = dev;
    out.channelCount = 1;
    out.sampleFormat = paInt16;
    out.suggestedLatency =
        MAX(info->defaultLowOutputLatency, (latency_ms > 0 ? latency_ms : 100) / 1000.0);
    *actual_rate = rate;
    saved = dbi_quiet_stderr();
    if (Pa_IsFormatSupported(NULL, &out, rate) != paFormatIsSupported) {
        *actual_rate = (int)info->defaultSampleRate;
    }
    e = Pa_OpenStream(&stream, NULL, &out, *actual_rate, paFramesPerBufferUnspecified, paClipOff,
                      NULL, NULL);
    if (e == paNoError) {
        e = Pa_StartStream(stream);
        if (e != paNoError) {
            Pa_CloseStream(stream);
        }
    }
    dbi_restore_stderr(saved);
    if (e != paNoError) {
        dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("the sound device \"%s\" cannot be opened (%s)"),
                 info->name, Pa_GetErrorText(e));
        Pa_Terminate();
        return NULL;
    }
    return stream;
}

PaError dbi_pa_close(PaStream *stream, int drain)
{
    int saved = dbi_quiet_stderr();
    PaError e = drain ? Pa_StopStream(stream) : Pa_AbortStream(stream);
    Pa_CloseStream(stream);
    Pa_Terminate();
    dbi_restore_stderr(saved);
    return e;
}
