/*
 * Rendering: every utterance of a script, spoken into a sink with its pause after it; and a
 * whole edition, article after article with the announcements between them.
 */
#include "docbao/render.h"
#include "base/internal.h"

/* A sample louder than this (about -38 dBFS) is speech rather than the engine's silence. */
#define AUDIBLE 400

typedef struct {
    docbao_sink *sink;
    const docbao_render_options *opts;
    docbao_status status;
    docbao_error *err;
    /* The first and one past the last audible frame written since they were reset. */
    uint64_t heard_from, heard_to;
} render_job;

static bool on_audio(const int16_t *samples, size_t n, void *user)
{
    render_job *job = user;
    uint64_t at = docbao_sink_frames(job->sink);
    if (job->opts->cancel != NULL && *job->opts->cancel) {
        job->status = dbi_fail(job->err, DOCBAO_ERR_CANCELLED, _("stopped"));
        return false;
    }
    if (job->opts->on_utterance != NULL) {
        /* Where speech is heard: the first loud sample of the utterance, the last one so far
         * (searched from the chunk's end: most of a chunk is not looked at). */
        size_t i = 0;
        if (job->heard_to == 0) {
            while (i < n && samples[i] <= AUDIBLE && samples[i] >= -AUDIBLE) {
                i++;
            }
            if (i < n) {
                job->heard_from = at + i;
            }
        }
        for (size_t k = n; k > i; k--) {
            if (samples[k - 1] > AUDIBLE || samples[k - 1] < -AUDIBLE) {
                job->heard_to = at + k;
                break;
            }
        }
    }
    job->status = docbao_sink_write(job->sink, samples, n, job->err);
    return job->status == DOCBAO_OK;
}

/*
 * Speaks normalized text into the job's sink, each language with its voice, then pause_ms of
 * silence.
 */
static docbao_status speak(render_job *job, docbao_synth *synth, const docbao_spoken *spoken,
                           unsigned pause_ms)
{
    docbao_status st = docbao_synth_speak_spoken(synth, spoken, 0, on_audio, NULL, job, job->err);
    if (job->status != DOCBAO_OK) {
        return job->status;
    }
    if (st != DOCBAO_OK) {
        return st;
    }
    if (job->opts->cancel != NULL && *job->opts->cancel) {
        return dbi_fail(job->err, DOCBAO_ERR_CANCELLED, _("stopped"));
    }
    if (pause_ms == 0) {
        return DOCBAO_OK;
    }
    return docbao_sink_write_silence(
        job->sink, (size_t)docbao_synth_sample_rate(synth) * pause_ms / 1000, job->err);
}

/* Every utterance of script; the pause after the last one only when last_pause is set. */
static docbao_status render_script(render_job *job, const docbao_script *script,
                                   docbao_synth *synth, gboolean last_pause, gboolean progress)
{
    size_t total = docbao_script_size(script);
    for (size_t i = 0; i < total; i++) {
        const docbao_utterance *u = docbao_script_get(script, i);
        uint64_t start = docbao_sink_frames(job->sink);
        docbao_status st;
        job->heard_from = job->heard_to = 0;
        st = speak(job, synth, u->spoken, 0);
        if (st != DOCBAO_OK) {
            return st;
        }
        if (job->opts->on_utterance != NULL) {
            /* Where the speech itself is heard, without the engine's silence around it. */
            uint64_t end = docbao_sink_frames(job->sink);
            job->opts->on_utterance(i, job->heard_to > 0 ? job->heard_from : start,
                                    job->heard_to > 0 ? job->heard_to : end, job->opts->user);
        }
        if (i + 1 < total || last_pause) {
            st = docbao_sink_write_silence(
                job->sink, (size_t)docbao_synth_sample_rate(synth) * u->pause_ms / 1000, job->err);
            if (st != DOCBAO_OK) {
                return st;
            }
        }
        if (progress && job->opts->progress != NULL) {
            job->opts->progress(i + 1, total, job->opts->user);
        }
    }
    return DOCBAO_OK;
}

docbao_status docbao_render(const docbao_script *script, docbao_synth *synth, docbao_sink *sink,
                            const docbao_render_options *opts, docbao_error *err)
{
    static const docbao_render_options no_opts = {0};
    render_job job = {sink, opts != NULL ? opts : &no_opts, DOCBAO_OK, err, 0, 0};
    return render_script(&job, script, synth, FALSE, TRUE);
}

/* Normalizes text and speaks it with the profile's pause after a paragraph. */
static docbao_status announce(render_job *job, docbao_normalizer *n, docbao_synth *synth,
                              const docbao_voice_profile *profile, const char *text)
{
    docbao_spoken *spoken = NULL;
    docbao_status st = docbao_normalize(n, text, (size_t)-1, &spoken, job->err);
    if (st == DOCBAO_OK) {
        st = speak(job, synth, spoken, (unsigned)MAX(profile->pause_paragraph_ms, 0));
    }
    docbao_spoken_free(spoken);
    return st;
}

docbao_status docbao_render_edition(docbao_edition *ed, docbao_normalizer *n, docbao_synth *synth,
                                    docbao_sink *sink, const docbao_edition_render_options *opts,
                                    docbao_error *err)
{
    render_job job = {sink, &opts->render, DOCBAO_OK, err, 0, 0};
    size_t total = docbao_edition_size(ed);
    size_t section = SIZE_MAX;
    docbao_status st = DOCBAO_OK;

    if (opts->intro != NULL) {
        st = announce(&job, n, synth, opts->profile, opts->intro);
    }
    for (size_t i = 0; i < total && st == DOCBAO_OK; i++) {
        docbao_entry_info info;
        docbao_error load_err = {0};
        docbao_article *a;
        docbao_script *script = NULL;
        GString *said = g_string_new(NULL);
        uint64_t start = docbao_sink_frames(sink);

        docbao_edition_entry(ed, i, &info);
        if (info.section != section) {
            section = info.section;
            g_string_append_printf(said, _("Section: %s."),
                                   docbao_edition_section_title(ed, section));
        }
        a = docbao_edition_load(ed, i, &load_err);
        if (a != NULL) {
            script = docbao_script_new(a, n, opts->profile,
                                       opts->sections != 0 ? opts->sections : DOCBAO_SECTION_ALL,
                                       &load_err);
            docbao_article_free(a);
        }
        if (script == NULL) {
            char *why;
            /* A page without words to say is skipped as one that cannot be read. */
            docbao_edition_entry(ed, i, &info);
            why = info.state == DOCBAO_ENTRY_FAILED
                      ? docbao_edition_failure(ed, i)
                      : g_strdup_printf(_("Article %zu, %s, is skipped: %s."), i + 1, info.title,
                                        load_err.message);
            g_string_append_printf(said, "%s%s", said->len > 0 ? " " : "", why);
            g_free(why);
        } else if (i > 0) {
            char *next = docbao_edition_announce(ed, i);
            g_string_append_printf(said, "%s%s", said->len > 0 ? " " : "", next);
            g_free(next);
        }
        if (opts->on_entry != NULL) {
            opts->on_entry(i, start, script, opts->render.user);
        }
        if (said->len > 0) {
            st = announce(&job, n, synth, opts->profile, said->str);
        }
        if (st == DOCBAO_OK && script != NULL) {
            st = render_script(&job, script, synth, i + 1 < total, FALSE);
        }
        g_string_free(said, TRUE);
        docbao_script_free(script);
        if (st == DOCBAO_OK && opts->render.progress != NULL) {
            opts->render.progress(i + 1, total, opts->render.user);
        }
    }
    return st;
}
