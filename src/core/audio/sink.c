/* Audio sinks: driver choice by name, interruption, frame counting. */
#include <signal.h>
#include <string.h>

#include "base/internal.h"
#include "audio/sink_driver.h"

struct docbao_sink {
    const sink_driver *driver;
    void *impl;
    int sample_rate;
    uint64_t frames;
    volatile sig_atomic_t interrupted;
};

static const sink_driver *const drivers[] = {&sink_driver_portaudio, &sink_driver_file,
                                             &sink_driver_raw, &sink_driver_null};
static const char *const driver_names[] = {"portaudio", "file", "raw", "null", NULL};

const char *const *docbao_sink_drivers(void)
{
    return driver_names;
}

docbao_sink *docbao_sink_open(const char *driver, const docbao_sink_options *opts,
                              docbao_error *err)
{
    const sink_driver *d = NULL;
    docbao_sink *s;
    void *impl;
    if (driver == NULL || opts == NULL || opts->sample_rate <= 0) {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("invalid audio output settings"));
        return NULL;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(drivers); i++) {
        if (strcmp(drivers[i]->name, driver) == 0) {
            d = drivers[i];
        }
    }
    if (d == NULL) {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("unknown audio output \"%s\""), driver);
        return NULL;
    }
    impl = d->open(opts, err);
    if (impl == NULL) {
        return NULL;
    }
    s = g_new0(docbao_sink, 1);
    s->driver = d;
    s->impl = impl;
    s->sample_rate = opts->sample_rate;
    return s;
}

docbao_status docbao_sink_write(docbao_sink *s, const int16_t *samples, size_t n, docbao_error *err)
{
    size_t piece =
        s->driver->piece_ms > 0 ? (size_t)s->sample_rate * s->driver->piece_ms / 1000 : n;
    size_t done = 0;
    while (done < n) {
        size_t take = MIN(piece, n - done);
        docbao_status st;
        if (s->interrupted) {
            return dbi_fail(err, DOCBAO_ERR_CANCELLED, _("stopped"));
        }
        st = s->driver->write(s->impl, samples + done, take, err);
        if (st != DOCBAO_OK) {
            return st;
        }
        done += take;
        s->frames += take;
    }
    return DOCBAO_OK;
}

docbao_status docbao_sink_write_silence(docbao_sink *s, size_t n, docbao_error *err)
{
    static const int16_t zeros[4096];
    while (n > 0) {
        size_t take = MIN(n, G_N_ELEMENTS(zeros));
        docbao_status st = docbao_sink_write(s, zeros, take, err);
        if (st != DOCBAO_OK) {
            return st;
        }
        n -= take;
    }
    return DOCBAO_OK;
}

void docbao_sink_interrupt(docbao_sink *s)
{
    if (s != NULL) {
        s->interrupted = 1;
    }
}

uint64_t docbao_sink_frames(const docbao_sink *s)
{
    return s->frames;
}

docbao_status docbao_sink_close(docbao_sink *s, bool commit, docbao_error *err)
{
    docbao_status st;
    if (s == NULL) {
        return DOCBAO_OK;
    }
    st = s->driver->close(s->impl, commit && !s->interrupted, err);
    g_free(s);
    return st;
}
