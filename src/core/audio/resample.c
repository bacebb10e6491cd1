/* Streaming sample-rate conversion with libsamplerate. */
#include <samplerate.h>

#include "audio/resample.h"
#include "base/dynlib.h"

/* libsamplerate is loaded when the first conversion is needed. */
typedef struct {
    DBI_DYNFN(src_new);
    DBI_DYNFN(src_delete);
    DBI_DYNFN(src_process);
    DBI_DYNFN(src_short_to_float_array);
    DBI_DYNFN(src_float_to_short_array);
} samplerate_api;
static samplerate_api samplerate;
static const dbi_dynsym samplerate_symbols[] = {
    DBI_DYNSYM(samplerate_api, src_new),
    DBI_DYNSYM(samplerate_api, src_delete),
    DBI_DYNSYM(samplerate_api, src_process),
    DBI_DYNSYM(samplerate_api, src_short_to_float_array),
    DBI_DYNSYM(samplerate_api, src_float_to_short_array),
    {NULL, 0},
};
static dbi_dynlib samplerate_lib = {
    "libsamplerate", {"libsamplerate.so.0"}, samplerate_symbols, &samplerate, 0, ""};

#define CHUNK 4096

struct dbi_resampler {
    SRC_STATE *state;
    double ratio;
    float in[CHUNK];
    float out[CHUNK * 4];
    short out16[CHUNK * 4];
};

dbi_resampler *dbi_resampler_new(int in_rate, int out_rate)
{
    int error = 0;
    dbi_resampler *r;
    if (in_rate <= 0 || out_rate <= 0 || out_rate > in_rate * 3 ||
        !dbi_dynlib_load(&samplerate_lib, DOCBAO_ERR_AUDIO, NULL)) {
        return NULL;
    }
    r = g_new0(dbi_resampler, 1);
    r->state = samplerate.src_new(SRC_SINC_FASTEST, 1, &error);
    if (r->state == NULL) {
        g_free(r);
        return NULL;
    }
    r->ratio = (double)out_rate / (double)in_rate;
    return r;
}

void dbi_resampler_free(dbi_resampler *r)
{
    if (r == NULL) {
        return;
    }
    samplerate.src_delete(r->state);
    g_free(r);
}

gboolean dbi_resampler_run(dbi_resampler *r, const int16_t *in, size_t n, gboolean last,
                           GArray *out)
{
    size_t done = 0;
    do {
        size_t take = MIN(n - done, (size_t)CHUNK);
        SRC_DATA d = {0};
        samplerate.src_short_to_float_array(in + done, r->in, (int)take);
        d.data_in = r->in;
        d.input_frames = (long)take;
        d.data_out = r->out;
        d.output_frames = (long)G_N_ELEMENTS(r->out);
        d.src_ratio = r->ratio;
        d.end_of_input = last && done + take == n;
        for (;;) {
            if (samplerate.src_process(r->state, &d) != 0) {
                return FALSE;
            }
            samplerate.src_float_to_short_array(r->out, r->out16, (int)d.output_frames_gen);
            g_array_append_vals(out, r->out16, (guint)d.output_frames_gen);
            d.data_in += d.input_frames_used;
            d.input_frames -= d.input_frames_used;
            /* Keep going while input remains or, at the end, while the tail still comes out. */
            if (d.input_frames == 0 && (!d.end_of_input || d.output_frames_gen == 0)) {
                break;
            }
        }
        done += take;
    } while (done < n);
    return TRUE;
}
