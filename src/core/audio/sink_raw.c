/* The raw sink: little-endian signed 16-bit mono PCM to a file descriptor. */
#include <errno.h>
#include <unistd.h>

#include "base/internal.h"
#include "audio/sink_driver.h"

typedef struct {
    int fd;
} raw_sink;

static void *raw_open(const docbao_sink_options *opts, docbao_error *err)
{
    raw_sink *r;
    if (opts->fd < 0) {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no output for raw audio"));
        return NULL;
    }
    r = g_new0(raw_sink, 1);
    r->fd = opts->fd;
    return r;
}

static docbao_status raw_write(void *impl, const int16_t *samples, size_t n, docbao_error *err)
{
    raw_sink *r = impl;
    const char *p = (const char *)samples;
    size_t left = n * sizeof *samples;
#if G_BYTE_ORDER == G_BIG_ENDIAN
#error "raw output assumes a little-endian machine"
#endif
    while (left > 0) {
        ssize_t w = write(r->fd, p, left);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EPIPE) {
                return dbi_fail(err, DOCBAO_ERR_CANCELLED, _("the output was closed"));
            }
            return dbi_fail(err, DOCBAO_ERR_IO, _("cannot write audio: %s"), g_strerror(errno));
        }
        p += w;
        left -= (size_t)w;
    }
    return DOCBAO_OK;
}

static docbao_status raw_close(void *impl, gboolean commit, docbao_error *err)
{
    (void)commit;
    (void)err;
    g_free(impl);
    return DOCBAO_OK;
}

const sink_driver sink_driver_raw = {"raw", 0, raw_open, raw_write, raw_close};
