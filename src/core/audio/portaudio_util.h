/*
 * PortAudio helpers shared by the blocking sink and the player's stream. Internal. PortAudio
 * (with ALSA, JACK and PulseAudio under it) is loaded when a sound device is first needed,
 * never at start-up: every PortAudio call goes through the table dbi_pa.
 */
#ifndef DOCBAO_PORTAUDIO_UTIL_H
#define DOCBAO_PORTAUDIO_UTIL_H

#include <glib.h>
#include <portaudio.h>

#include "base/dynlib.h"
#include "docbao/status.h"

typedef struct {
    DBI_DYNFN(Pa_Initialize);
    DBI_DYNFN(Pa_Terminate);
    DBI_DYNFN(Pa_GetErrorText);
    DBI_DYNFN(Pa_GetDeviceCount);
    DBI_DYNFN(Pa_GetDefaultOutputDevice);
    DBI_DYNFN(Pa_GetDeviceInfo);
    DBI_DYNFN(Pa_IsFormatSupported);
    DBI_DYNFN(Pa_OpenStream);
    DBI_DYNFN(Pa_StartStream);
    DBI_DYNFN(Pa_StopStream);
    DBI_DYNFN(Pa_AbortStream);
    DBI_DYNFN(Pa_CloseStream);
    DBI_DYNFN(Pa_WriteStream);
    DBI_DYNFN(Pa_GetStreamInfo);
} dbi_pa_api;

/* PortAudio's functions, once dbi_pa_start() has succeeded. */
extern dbi_pa_api dbi_pa;

/*
 * Points standard error at /dev/null and returns the saved descriptor for dbi_restore_stderr().
 * ALSA and JACK print their probing diagnostics straight to stderr; they mean nothing to a
 * listener, and docbao reports failures through its own messages instead.
 */
int dbi_quiet_stderr(void);
void dbi_restore_stderr(int saved);

/*
 * Loads PortAudio (the first time) and runs Pa_Initialize() without the noise and without
 * letting JACK start a server. On failure returns FALSE with err filled (DOCBAO_ERR_NO_DEVICE:
 * nothing can play); on success the caller ends with dbi_pa.Pa_Terminate().
 */
gboolean dbi_pa_start(docbao_error *err);

/*
 * Finds an output device by exact name, then by case-insensitive substring; NULL names the
 * default device. Returns paNoDevice when there is none.
 */
PaDeviceIndex dbi_pa_find_device(const char *name);

/*
 * Starts PortAudio and opens a started, blocking, mono 16-bit output stream on a device
 * (NULL = default) at rate Hz, or, when the device refuses that rate, at the device's own
 * rate, stored in *actual_rate (the caller converts). On failure returns NULL with err filled
 * (DOCBAO_ERR_NO_DEVICE) and PortAudio terminated again. Close with dbi_pa_close().
 */
PaStream *dbi_pa_open(const char *device, int rate, int latency_ms, int *actual_rate,
                      docbao_error *err);

/* Stops (drain true: after playing what is queued) or aborts, closes, and terminates. */
PaError dbi_pa_close(PaStream *stream, int drain);

#endif
