/* Sample-rate conversion of mono 16-bit audio, streaming (libsamplerate). Internal. */
#ifndef DOCBAO_RESAMPLE_H
#define DOCBAO_RESAMPLE_H

#include <glib.h>
#include <stdint.h>

typedef struct dbi_resampler dbi_resampler;

/* Returns a converter from in_rate to out_rate Hz, or NULL when libsamplerate refuses them. */
dbi_resampler *dbi_resampler_new(int in_rate, int out_rate);
void dbi_resampler_free(dbi_resampler *r);

/*
 * Converts n input samples (n may be 0 with last set, to flush) and appends the output samples
 * to out (a GArray of int16_t). Set last on the final call so that the tail is not lost.
 */
gboolean dbi_resampler_run(dbi_resampler *r, const int16_t *in, size_t n, gboolean last,
                           GArray *out);

#endif
