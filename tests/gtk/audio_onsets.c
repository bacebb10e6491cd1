/*
 * audio_onsets: the times at which sound starts after a silence, in an audio file, so that a
 * test can compare them with the times the reader highlighted each sentence.
 *
 *   audio_onsets FILE MIN_SILENCE_MS
 *   audio_onsets --raw RATE FILE MIN_SILENCE_MS    raw signed 16-bit little-endian mono
 *
 * Windows of 10 ms quieter than -40 dBFS are silence. Prints the start of every sound that
 * follows at least MIN_SILENCE_MS of silence (and the first sound), one time in milliseconds a
 * line.
 */
#include <glib.h>
#include <math.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    SF_INFO info = {0};
    SNDFILE *f;
    short *buf;
    size_t win;
    long silent_windows;
    double min_silence_ms;
    if (argc == 5 && strcmp(argv[1], "--raw") == 0) {
        info.samplerate = atoi(argv[2]);
        info.channels = 1;
        info.format = SF_FORMAT_RAW | SF_FORMAT_PCM_16 | SF_ENDIAN_LITTLE;
        argv += 2;
        argc -= 2;
    }
    if (argc != 3) {
        fprintf(stderr, "usage: audio_onsets [--raw RATE] FILE MIN_SILENCE_MS\n");
        return 2;
    }
    f = sf_open(argv[1], SFM_READ, &info);
    if (f == NULL) {
        fprintf(stderr, "audio_onsets: %s: %s\n", argv[1], sf_strerror(NULL));
        return 1;
    }
    min_silence_ms = atof(argv[2]);
    win = (size_t)info.samplerate / 100;
    buf = g_new(short, win *(size_t)info.channels);
    silent_windows = 1000000; /* the file starts after "silence" */
    for (long w = 0;; w++) {
        sf_count_t got = sf_readf_short(f, buf, (sf_count_t)win);
        double e = 0;
        if (got < (sf_count_t)win) {
            break;
        }
        for (size_t i = 0; i < win * (size_t)info.channels; i++) {
            e += (double)buf[i] * buf[i];
        }
        if (sqrt(e / (double)(win * (size_t)info.channels)) / 32768.0 > 0.01) {
            if (silent_windows * 10 >= min_silence_ms) {
                printf("%ld\n", w * 10);
            }
            silent_windows = 0;
        } else {
            silent_windows++;
        }
    }
    g_free(buf);
    sf_close(f);
    return 0;
}
