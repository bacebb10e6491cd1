/* PortAudio helpers shared by the blocking sink and the player's stream. Internal. */
#ifndef DOCBAO_PORTAUDIO_UTIL_H
#define DOCBAO_PORTAUDIO_UTIL_H

#include <portaudio.h>

/*
 * Points standard error at /dev/null and returns the saved descriptor for dbi_restore_stderr().
 * ALSA and JACK print their probing diagnostics straight to stderr; they mean nothing to a
 * listener, and docbao reports failures through its own messages instead.
 */
int dbi_quiet_stderr(void);
void dbi_restore_stderr(int saved);

/* Pa_Initialize() without the noise, and without letting JACK start a server. */
PaError dbi_pa_start(void);

/*
 * Finds an output device by exact name, then by case-insensitive substring; NULL names the
 * default device. Returns paNoDevice when there is none.
 */
PaDeviceIndex dbi_pa_find_device(const char *name);

#endif

#include "docbao/status.h"

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
