/*
 * audio_stats: reports the length and loudness of an audio file, so that tests can tell speech
 * of the expected length from silence or noise.
 *
 *   audio_stats FILE                 any format libsndfile reads (WAV, FLAC, Ogg, MP3)
 *   audio_stats --raw RATE FILE|-    raw signed 16-bit little-endian mono
 *
 * Prints one line: seconds=S rms=R peak=P voiced=V longest_silence=L zcr=Z, where voiced is the
 * share of 20 ms windows whose level is above -40 dBFS, rms is over the whole file (full scale =
 * 1), longest_silence is the longest run of quieter windows, in seconds, and zcr is how often
 * the voiced windows cross zero, per second (it follows the pitch and the formants: speech
 * sped up by resampling raises it, speech sped up keeping its pitch does not).
 */
#include <glib.h>
#include <math.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void report(const short *s, size_t n, int rate)
{
    size_t win = (size_t)rate / 50;
    size_t windows = 0, voiced = 0, run = 0, longest = 0, crossings = 0;
    double sum = 0;
    int peak = 0;
    for (size_t i = 0; i < n; i++) {
        sum += (double)s[i] * s[i];
        peak = MAX(peak, abs(s[i]));
    }
    for (size_t w = 0; w + win <= n; w += win) {
        double e = 0;
        for (size_t i = w; i < w + win; i++) {
            e += (double)s[i] * s[i];
        }
        windows++;
        if (sqrt(e / (double)win) / 32768.0 > 0.01) {
            voiced++;
            run = 0;
            for (size_t i = w + 1; i < w + win; i++) {
                crossings += (s[i - 1] < 0) != (s[i] < 0);
            }
        } else {
            run++;
            longest = MAX(longest, run);
        }
    }
    printf("seconds=%.3f rms=%.4f peak=%.4f voiced=%.3f longest_silence=%.2f zcr=%.0f\n",
           (double)n / rate, n > 0 ? sqrt(sum / (double)n) / 32768.0 : 0.0, peak / 32768.0,
           windows > 0 ? (double)voiced / (double)windows : 0.0, longest * 0.02,
           voiced > 0 ? (double)crossings / ((double)voiced * 0.02) : 0.0);
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "--raw") == 0) {
        int rate = atoi(argv[2]);
        FILE *f = strcmp(argv[3], "-") == 0 ? stdin : fopen(argv[3], "rb");
        GByteArray *buf = g_byte_array_new();
        guint8 chunk[65536];
        size_t got;
        if (f == NULL || rate <= 0) {
            fprintf(stderr, "audio_stats: cannot read %s\n", argv[3]);
            return 1;
        }
        while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
            g_byte_array_append(buf, chunk, (guint)got);
        }
        report((const short *)(void *)buf->data, buf->len / 2, rate);
        g_byte_array_unref(buf);
        return 0;
    }
    if (argc == 2) {
        SF_INFO info = {0};
        SNDFILE *f = sf_open(argv[1], SFM_READ, &info);
        short *data;
        sf_count_t n;
        if (f == NULL) {
            fprintf(stderr, "audio_stats: %s: %s\n", argv[1], sf_strerror(NULL));
            return 1;
        }
        data = g_new(short, (size_t)info.frames *(size_t)info.channels + 1);
        n = sf_readf_short(f, data, info.frames);
        sf_close(f);
        /* Mono only: take the first channel. */
        for (sf_count_t i = 0; i < n; i++) {
            data[i] = data[i * info.channels];
        }
        report(data, (size_t)n, info.samplerate);
        g_free(data);
        return 0;
    }
    fprintf(stderr, "usage: audio_stats FILE | audio_stats --raw RATE FILE|-\n");
    return 2;
}
