/*
 * audio_align: finds where the pieces of a recording come from in a reference rendering of the
 * same speech, so that a test can tell from the audio itself whether playback skipped or
 * repeated anything (around a pause, say).
 *
 *   audio_align REFERENCE CAPTURE      both raw signed 16-bit little-endian mono, same rate
 *
 * The recording is cut into 20 ms windows at 22050 Hz (441 samples). Each voiced window is
 * looked up in the reference, where the same synthesizer made the same samples: a window
 * matches at the reference offset where all its samples agree (within 2, for rounding). Runs of
 * windows that match with the same shift form a segment; quiet windows neither extend nor end
 * one, and voiced windows that match nowhere (spoken messages) end it. Prints one line per
 * segment of at least 100 ms:
 *
 *   CAPTURE_START CAPTURE_END REFERENCE_START REFERENCE_END SKIPPED      (seconds)
 *
 * where SKIPPED is how much voiced reference lies between the previous segment's end and this
 * one's start: 0 when playback went straight on, about the length of what was skipped when it
 * jumped ahead, negative when it went back. Exit status 0, or 1
 * when a file cannot be read.
 */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RATE        22050
#define WINDOW      441 /* 20 ms */
#define KEY         24  /* samples hashed to find candidates */
#define SLACK       2   /* largest difference between matching samples */
#define MIN_WINDOWS 5   /* shorter matches (100 ms) are left out: they may be chance */

typedef struct {
    uint64_t hash;
    uint32_t offset;
} entry;

static int16_t *load(const char *path, size_t *n)
{
    gchar *data = NULL;
    gsize len = 0;
    GError *error = NULL;
    if (!g_file_get_contents(path, &data, &len, &error)) {
        fprintf(stderr, "audio_align: %s\n", error->message);
        g_error_free(error);
        return NULL;
    }
    *n = len / 2;
    return (int16_t *)(void *)data;
}

/* Only windows with some sound are worth finding: silence matches everywhere. */
static gboolean voiced(const int16_t *s, size_t n)
{
    int64_t e = 0;
    for (size_t i = 0; i < n; i++) {
        e += (int64_t)s[i] * s[i];
    }
    return e / (int64_t)n > 300 * 300;
}

/* A hash of KEY samples, tolerant of nothing: it only proposes candidates. */
static uint64_t hash_at(const int16_t *s)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < KEY; i++) {
        /* Dropping the two low bits lets samples off by one or two usually hash alike. */
        h = (h ^ (uint16_t)((uint16_t)s[i] >> 2)) * 1099511628211ull;
    }
    return h;
}

static int compare(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    return x->hash < y->hash ? -1 : x->hash > y->hash ? 1 : 0;
}

static gboolean same(const int16_t *a, const int16_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (abs(a[i] - b[i]) > SLACK) {
            return FALSE;
        }
    }
    return TRUE;
}

typedef struct {
    long last_ref_end; /* reference sample where the last printed segment ended */
    gboolean any;
} printer;

/* Seconds of the reference in [from, to) that are voiced, in 20 ms windows. */
static double voiced_between(const int16_t *ref, long from, long to)
{
    size_t n = 0;
    for (long w = from; w + WINDOW <= to; w += WINDOW) {
        n += voiced(ref + w, WINDOW);
    }
    return (double)n * WINDOW / RATE;
}

/* Prints a segment of at least MIN_WINDOWS voiced windows, with what it skipped. */
static void report(printer *out, const int16_t *ref, size_t start, size_t end, long shift,
                   size_t windows)
{
    long ref_start = (long)start + shift, ref_end = (long)end + shift;
    double skipped = 0;
    if (windows < MIN_WINDOWS) {
        return;
    }
    if (out->any) {
        skipped = ref_start >= out->last_ref_end
                      ? voiced_between(ref, out->last_ref_end, ref_start)
                      : -voiced_between(ref, ref_start, out->last_ref_end);
    }
    printf("%.3f %.3f %.3f %.3f %.3f\n", (double)start / RATE, (double)end / RATE,
           (double)ref_start / RATE, (double)ref_end / RATE, skipped);
    out->last_ref_end = ref_end;
    out->any = TRUE;
}

int main(int argc, char **argv)
{
    size_t nref, ncap, nentries = 0;
    int16_t *ref, *cap;
    entry *table;
    gboolean open = FALSE;
    long shift = 0;
    size_t seg_start = 0, seg_end = 0, seg_windows = 0;
    printer out = {0, FALSE};

    if (argc != 3) {
        fprintf(stderr, "usage: audio_align REFERENCE.raw CAPTURE.raw\n");
        return 1;
    }
    ref = load(argv[1], &nref);
    cap = load(argv[2], &ncap);
    if (ref == NULL || cap == NULL || nref < WINDOW) {
        return 1;
    }
    table = g_new(entry, nref);
    for (size_t i = 0; i + WINDOW <= nref; i++) {
        if (abs(ref[i]) > 200 || abs(ref[i + 1]) > 200) {
            table[nentries].hash = hash_at(ref + i);
            table[nentries].offset = (uint32_t)i;
            nentries++;
        }
    }
    qsort(table, nentries, sizeof *table, compare);

    for (size_t c = 0; c + WINDOW <= ncap; c += WINDOW) {
        long found = -1;
        if (!voiced(cap + c, WINDOW)) {
            /* Quiet windows neither extend nor end a segment. */
            continue;
        }
        {
            /* The window may start anywhere in the reference: try each of its first samples. */
            for (size_t k = 0; k < WINDOW / 2 && found < 0; k++) {
                entry key = {hash_at(cap + c + k), 0};
                entry *e;
                if (abs(cap[c + k]) <= 200 && abs(cap[c + k + 1]) <= 200) {
                    continue;
                }
                e = bsearch(&key, table, nentries, sizeof *table, compare);
                if (e == NULL) {
                    continue;
                }
                while (e > table && e[-1].hash == key.hash) {
                    e--;
                }
                /* Prefer the candidate that continues the current segment. */
                for (entry *x = e; x < table + nentries && x->hash == key.hash; x++) {
                    long r = (long)x->offset - (long)k;
                    if (r < 0 || (size_t)r + WINDOW > nref || !same(cap + c, ref + r, WINDOW)) {
                        continue;
                    }
                    if (found < 0 || (open && r - (long)c == shift)) {
                        found = r;
                    }
                }
            }
        }
        if (found >= 0 && open && found - (long)c == shift) {
            seg_end = c + WINDOW;
            seg_windows++;
            continue;
        }
        if (open) {
            report(&out, ref, seg_start, seg_end, shift, seg_windows);
            open = FALSE;
        }
        if (found >= 0) {
            open = TRUE;
            shift = found - (long)c;
            seg_start = c;
            seg_end = c + WINDOW;
            seg_windows = 1;
        }
    }
    if (open) {
        report(&out, ref, seg_start, seg_end, shift, seg_windows);
    }
    g_free(table);
    g_free(ref);
    g_free(cap);
    return 0;
}
