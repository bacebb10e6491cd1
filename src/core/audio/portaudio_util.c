/* PortAudio helpers: loading on first use, quiet start-up and device lookup. */
#include <alsa/asoundlib.h>
#include <fcntl.h>
#include <glib.h>
#include <string.h>
#include <unistd.h>

#include "audio/portaudio_util.h"
#include "base/internal.h"

dbi_pa_api dbi_pa;

static const dbi_dynsym pa_symbols[] = {
    DBI_DYNSYM(dbi_pa_api, Pa_Initialize),
    DBI_DYNSYM(dbi_pa_api, Pa_Terminate),
    DBI_DYNSYM(dbi_pa_api, Pa_GetErrorText),
    DBI_DYNSYM(dbi_pa_api, Pa_GetDeviceCount),
    DBI_DYNSYM(dbi_pa_api, Pa_GetDefaultOutputDevice),
    DBI_DYNSYM(dbi_pa_api, Pa_GetDeviceInfo),
    DBI_DYNSYM(dbi_pa_api, Pa_IsFormatSupported),
    DBI_DYNSYM(dbi_pa_api, Pa_OpenStream),
    DBI_DYNSYM(dbi_pa_api, Pa_StartStream),
    DBI_DYNSYM(dbi_pa_api, Pa_StopStream),
    DBI_DYNSYM(dbi_pa_api, Pa_AbortStream),
    DBI_DYNSYM(dbi_pa_api, Pa_CloseStream),
    DBI_DYNSYM(dbi_pa_api, Pa_WriteStream),
    DBI_DYNSYM(dbi_pa_api, Pa_GetStreamInfo),
    {NULL, 0},
};
static dbi_dynlib pa_lib = {"PortAudio", {"libportaudio.so.2"}, pa_symbols, &dbi_pa, 0, ""};

/* ALSA, under PortAudio: only its error handler, to keep its messages off the terminal. */
typedef struct {
    DBI_DYNFN(snd_lib_error_set_handler);
} alsa_api;
static alsa_api alsa;
static const dbi_dynsym alsa_symbols[] = {DBI_DYNSYM(alsa_api, snd_lib_error_set_handler),
                                          {NULL, 0}};
static dbi_dynlib alsa_lib = {"ALSA", {"libasound.so.2"}, alsa_symbols, &alsa, 0, ""};

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

gboolean dbi_pa_start(docbao_error *err)
{
    int saved;
    PaError e;
    if (!dbi_dynlib_load(&pa_lib, DOCBAO_ERR_NO_DEVICE, err)) {
        return FALSE;
    }
    if (dbi_dynlib_load(&alsa_lib, DOCBAO_ERR_NO_DEVICE, NULL)) {
        alsa.snd_lib_error_set_handler(quiet_alsa);
    }
    if (g_getenv("JACK_NO_START_SERVER") == NULL) {
        g_setenv("JACK_NO_START_SERVER", "1", FALSE);
    }
    saved = dbi_quiet_stderr();
    e = dbi_pa.Pa_Initialize();
    dbi_restore_stderr(saved);
    if (e != paNoError) {
        dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("no sound output device is available (%s)"),
                 dbi_pa.Pa_GetErrorText(e));
        return FALSE;
    }
    return TRUE;
}

PaDeviceIndex dbi_pa_find_device(const char *name)
{
    PaDeviceIndex count = dbi_pa.Pa_GetDeviceCount();
    if (name == NULL) {
        return dbi_pa.Pa_GetDefaultOutputDevice();
    }
    for (PaDeviceIndex i = 0; i < count; i++) {
        const PaDeviceInfo *info = dbi_pa.Pa_GetDeviceInfo(i);
        if (info != NULL && info->maxOutputChannels > 0 && strcmp(info->name, name) == 0) {
            return i;
        }
    }
    for (PaDeviceIndex i = 0; i < count; i++) {
        const PaDeviceInfo *info = dbi_pa.Pa_GetDeviceInfo(i);
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
    PaError e;
    int saved;

    if (!dbi_pa_start(err)) {
        return NULL;
    }
    dev = dbi_pa_find_device(device);
    if (dev == paNoDevice) {
        dbi_pa.Pa_Terminate();
        if (device != NULL) {
            dbi_fail(err, DOCBAO_ERR_NO_DEVICE,
                     _("no sound output device is called \"%s\" (see docbao devices)"), device);
        } else {
            dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("no sound output device is available"));
        }
        return NULL;
    }
    info = dbi_pa.Pa_GetDeviceInfo(dev);
    out.device = dev;
    out.channelCount = 1;
    out.sampleFormat = paInt16;
    out.suggestedLatency =
        MAX(info->defaultLowOutputLatency, (latency_ms > 0 ? latency_ms : 100) / 1000.0);
    *actual_rate = rate;
    saved = dbi_quiet_stderr();
    if (dbi_pa.Pa_IsFormatSupported(NULL, &out, rate) != paFormatIsSupported) {
        *actual_rate = (int)info->defaultSampleRate;
    }
    e = dbi_pa.Pa_OpenStream(&stream, NULL, &out, *actual_rate, paFramesPerBufferUnspecified,
                             paClipOff, NULL, NULL);
    if (e == paNoError) {
        e = dbi_pa.Pa_StartStream(stream);
        if (e != paNoError) {
            dbi_pa.Pa_CloseStream(stream);
        }
    }
    dbi_restore_stderr(saved);
    if (e != paNoError) {
        dbi_fail(err, DOCBAO_ERR_NO_DEVICE, _("the sound device \"%s\" cannot be opened (%s)"),
                 info->name, dbi_pa.Pa_GetErrorText(e));
        dbi_pa.Pa_Terminate();
        return NULL;
    }
    return stream;
}

PaError dbi_pa_close(PaStream *stream, int drain)
{
    int saved = dbi_quiet_stderr();
    PaError e = drain ? dbi_pa.Pa_StopStream(stream) : dbi_pa.Pa_AbortStream(stream);
    dbi_pa.Pa_CloseStream(stream);
    dbi_pa.Pa_Terminate();
    dbi_restore_stderr(saved);
    return e;
}
