/* The null sink: discards audio. docbao_sink counts the frames. */
#include "base/internal.h"
#include "audio/sink_driver.h"

static void *null_open(const docbao_sink_options *opts, docbao_error *err)
{
    (void)opts;
    (void)err;
    return g_new0(int, 1);
}

static docbao_status null_write(void *impl, const int16_t *samples, size_t n, docbao_error *err)
{
    (void)impl;
    (void)samples;
    (void)n;
    (void)err;
    return DOCBAO_OK;
}

static docbao_status null_close(void *impl, gboolean commit, docbao_error *err)
{
    (void)commit;
    (void)err;
    g_free(impl);
    return DOCBAO_OK;
}

const sink_driver sink_driver_null = {"null", 0, null_open, null_write, null_close};
