/*
 * docbao: the audio output stage. Takes 16-bit mono audio; gives it to a sound device
 * (PortAudio, loaded when a device is first opened), a file (WAV, FLAC, Ogg Vorbis, Opus, MP3
 * through libsndfile, written atomically), standard output (raw PCM) or nowhere. Sinks are
 * chosen by name from a table; the player's real-time streams and rings live beside them.
 */
#ifndef DOCBAO_SINK_H
#define DOCBAO_SINK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "docbao/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * An audio sink takes mono signed 16-bit samples. Drivers:
 *   "portaudio"  the sound device (PortAudio; options.device names one, NULL = default)
 *   "file"       an audio file; the format follows options.path's extension: .wav, .flac,
 *                .ogg (Vorbis), .opus (Ogg Opus), .mp3. Written to a temporary file in the same
 *                folder and renamed on docbao_sink_close(sink, true, ...), so no half-written
 *                file is ever left under the final name.
 *   "raw"        raw little-endian 16-bit PCM to a file descriptor (options.fd; 1 = stdout)
 *   "null"       discards the audio but counts it (for tests and benchmarks)
 * A sink is used from one thread at a time, except docbao_sink_interrupt().
 */
typedef struct docbao_sink docbao_sink;

typedef struct docbao_sink_options {
    int sample_rate;    /* of the samples written, in Hz */
    const char *device; /* portaudio: device name or a substring of it; NULL = default */
    const char *path;   /* file: output path */
    int fd;             /* raw: file descriptor to write to */
    /* portaudio: how much audio may wait in the device, in milliseconds (0 = default 100). */
    int latency_ms;
} docbao_sink_options;

/* Returns the NULL-terminated list of driver names. Static. */
const char *const *docbao_sink_drivers(void);

/*
 * Opens a sink. On failure returns NULL with err filled: DOCBAO_ERR_NO_DEVICE when there is no
 * usable sound device (the noise ALSA and JACK print while probing never reaches stderr),
 * DOCBAO_ERR_FORMAT for an unknown or unsupported file extension, DOCBAO_ERR_IO when the file
 * cannot be created.
 */
docbao_sink *docbao_sink_open(const char *driver, const docbao_sink_options *options,
                              docbao_error *err);

/*
 * Writes n samples; blocks while a sound device's buffer is full. Returns DOCBAO_ERR_CANCELLED
 * once docbao_sink_interrupt() was called, DOCBAO_ERR_IO or DOCBAO_ERR_AUDIO on failure.
 */
docbao_status docbao_sink_write(docbao_sink *sink, const int16_t *samples, size_t n,
                                docbao_error *err);

/* Writes n samples of silence. */
docbao_status docbao_sink_write_silence(docbao_sink *sink, size_t n, docbao_error *err);

/*
 * Stops the sink as soon as possible: a blocked or later docbao_sink_write() returns
 * DOCBAO_ERR_CANCELLED and the device drops what it holds. Safe from any thread and from a
 * signal handler.
 */
void docbao_sink_interrupt(docbao_sink *sink);

/* Samples written so far. */
uint64_t docbao_sink_frames(const docbao_sink *sink);

/*
 * Finishes and frees the sink. With commit true: waits until a device has played everything,
 * or completes a file and renames it into place. With commit false: drops what is pending and
 * deletes a temporary file. Returns the first error met; the sink is freed in every case.
 * NULL does nothing.
 */
docbao_status docbao_sink_close(docbao_sink *sink, bool commit, docbao_error *err);

/*
 * Lists output devices for the "portaudio" driver. Calls fn for each with its name and
 * whether it is the default. Returns DOCBAO_ERR_NO_DEVICE when there is none.
 */
docbao_status docbao_sink_list_devices(void (*fn)(const char *name, bool is_default, void *user),
                                       void *user, docbao_error *err);

#ifdef __cplusplus
}
#endif
#endif
