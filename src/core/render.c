/* Rendering: every utterance of a script, spoken into a sink with its pause after it. */
#include "docbao/render.h"
#include "internal.h"

typedef struct {
    docbao_sink *sink;
    const docbao_render_options *opts;
    docbao_status status;
    docbao_error *err;
} render_job;

static bool on_audio(const int16_t *samples, size_t n, void *user)
{
    render_job *job = user;
    if (job->opts->cancel != NULL && *job->opts->cancel) {
        job->status = dbi_fail(job->err, DOCBAO_ERR_CANCELLED, _("stopped"));
        return false;
    }
    job->status = docbao_sink_write(job->sink, samples, n, job->err);
    return job->status == DOCBAO_OK;
}

docbao_status docbao_render(const docbao_script *script, docbao_synth *synth, docbao_sink *sink,
                            const docbao_render_options *opts, docbao_error *err)
{
    static const docbao_render_options no_opts = {0};
    render_job job = {sink, opts != NULL ? opts : &no_opts, DOCBAO_OK, err};
    size_t total = docbao_script_size(script);
    int rate = docbao_synth_sample_rate(synth);

    for (size_t i = 0; i < total; i++) {
        const docbao_utterance *u = docbao_script_get(script, i);
        docbao_status st =
            docbao_synth_speak_spoken(synth, u->spoken, 0, on_audio, NULL, &job, err);
        if (job.status != DOCBAO_OK) {
            return job.status;
        }
        if (st != DOCBAO_OK) {
            return st;
        }
        if (job.opts->cancel != NULL && *job.opts->cancel) {
            return dbi_fail(err, DOCBAO_ERR_CANCELLED, _("stopped"));
        }
        if (i + 1 < total) {
            st = docbao_sink_write_silence(sink, (size_t)rate * u->pause_ms / 1000, err);
            if (st != DOCBAO_OK) {
                return st;
            }
        }
        if (job.opts->progress != NULL) {
            job.opts->progress(i + 1, total, job.opts->user);
        }
    }
    return DOCBAO_OK;
}
