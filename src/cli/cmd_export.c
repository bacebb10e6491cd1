/* docbao export: the spoken article saved as an audio file, or raw audio on standard output. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"

/* Everything needed to speak an article: built from the options, freed by speech_done(). */
typedef struct {
    docbao_article *article;
    docbao_voice_profile profile;
    docbao_normalizer *normalizer;
    docbao_script *script;
    docbao_synth *synth;
} speech;

static void speech_done(speech *s)
{
    docbao_synth_free(s->synth);
    docbao_script_free(s->script);
    docbao_normalizer_free(s->normalizer);
    docbao_article_free(s->article);
}

/* The speech engine, started on its own thread while the article and the lexicons load. */
typedef struct {
    const speech_opts *o;
    speech *s;
    docbao_error err;
} engine_job;

static gpointer start_engine(gpointer data)
{
    engine_job *job = data;
    job->s->synth = docbao_synth_new(job->o->engine, &job->s->profile, &job->err);
    return NULL;
}

/*
 * Loads the article and prepares everything up to the synthesizer. The speech engine starts on
 * another thread meanwhile, so that the first audio comes sooner; failures are reported in the
 * order the steps would run one after the other.
 */
static docbao_status speech_prepare(const char *path, const speech_opts *o, speech *s,
                                    docbao_error *err)
{
    unsigned sections = DOCBAO_SECTION_ALL;
    docbao_normalize_options nopts = {0};
    engine_job job = {0};
    GThread *engine;
    docbao_status st;

    memset(s, 0, sizeof *s);
    if (o->sections != NULL) {
        sections = docbao_sections_parse(o->sections, err);
        if (sections == 0) {
            return err->status;
        }
    }
    st = choose_profile(o, &s->profile, err);
    if (st != DOCBAO_OK) {
        return st;
    }
    job.o = o;
    job.s = s;
    engine = g_thread_new("engine", start_engine, &job);
    st = cli_source_load(&o->source, path, &s->article, err);
    if (st == DOCBAO_OK) {
        nopts.dialect = s->profile.dialect;
        s->normalizer = docbao_normalizer_new(&nopts, err);
        st = s->normalizer == NULL ? err->status : DOCBAO_OK;
    }
    if (st == DOCBAO_OK) {
        s->script = docbao_script_new(s->article, s->normalizer, &s->profile, sections, err);
        st = s->script == NULL ? err->status : DOCBAO_OK;
    }
    g_thread_join(engine);
    if (st == DOCBAO_OK && s->synth == NULL) {
        *err = job.err;
        st = err->status;
    }
    return st;
}

static void progress_bar(size_t done, size_t total, void *user)
{
    const char *label = user;
    int width = 30;
    int filled = total > 0 ? (int)(done * (size_t)width / total) : width;
    fprintf(stderr, "\r%s [", label);
    for (int i = 0; i < width; i++) {
        fputc(i < filled ? '#' : '.', stderr);
    }
    fprintf(stderr, "] %3d%%", total > 0 ? (int)(done * 100 / total) : 100);
    if (done == total) {
        fputc('\n', stderr);
    }
    fflush(stderr);
}

static char *describe_duration(double seconds)
{
    int s = (int)(seconds + 0.5);
    if (s >= 60) {
        return g_strdup_printf(_("%d min %d s"), s / 60, s % 60);
    }
    return g_strdup_printf(_("%d s"), s);
}

int cmd_export(int argc, char **argv)
{
    speech_opts o = {0};
    char *output = NULL;
    gboolean quiet = FALSE;
    int code = EXIT_OK;
    GOptionEntry *common = speech_entries(&o);
    GOptionEntry entries[] = {
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
         N_("Output file: .wav, .flac, .ogg (Vorbis), .opus or .mp3; - for raw 16-bit PCM on "
            "standard output"),
         N_("OUT")},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("No progress bar or summary"), NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx =
        g_option_context_new(_("FILE|URL|- -o OUT — save the spoken article as an audio file"));
    const char *path = NULL;
    speech s;
    docbao_error err = {0};
    docbao_status st;

    g_option_context_add_main_entries(ctx, entries, "docbao");
    g_option_context_add_main_entries(ctx, common, "docbao");
    g_option_context_add_main_entries(ctx, cli_source_entries(&o.source, TRUE), "docbao");
    if (!parse_options(ctx, &argc, &argv, &code) || !one_input(argc, argv, &path, &code)) {
        goto out;
    }
    if (output == NULL) {
        say_error(_("no output was given: use -o FILE.ogg (or -o - for raw audio)"));
        code = EXIT_USAGE;
        goto out;
    }
    cancellable = 1;
    st = speech_prepare(path, &o, &s, &err);
    if (st == DOCBAO_OK && interrupted) {
        st = DOCBAO_ERR_CANCELLED;
    } else if (st == DOCBAO_OK) {
        docbao_sink_options so = {0};
        gboolean raw = strcmp(output, "-") == 0;
        docbao_sink *sink;
        so.sample_rate = docbao_synth_sample_rate(s.synth);
        so.path = output;
        so.fd = STDOUT_FILENO;
        sink = docbao_sink_open(raw ? "raw" : "file", &so, &err);
        if (sink == NULL) {
            st = err.status;
            code = st == DOCBAO_ERR_IO ? EXIT_OUTPUT : exit_code_for(st);
            say_error(err.message);
            speech_done(&s);
            goto out;
        } else {
            docbao_render_options ro = {0};
            docbao_error close_err = {0};
            gboolean show = !quiet && !raw && isatty(STDERR_FILENO);
            ro.cancel = &interrupted;
            if (show) {
                ro.progress = progress_bar;
                ro.user = (void *)_("Exporting");
            }
            active_sink = sink;
            st = docbao_render(s.script, s.synth, sink, &ro, &err);
            active_sink = NULL;
            if (st == DOCBAO_OK && !raw && !quiet) {
                char *d = describe_duration((double)docbao_sink_frames(sink) /
                                            docbao_synth_sample_rate(s.synth));
                if (docbao_sink_close(sink, TRUE, &close_err) == DOCBAO_OK) {
                    fprintf(stderr, _("Saved %s of speech to %s\n"), d, output);
                } else {
                    st = close_err.status;
                    err = close_err;
                }
                g_free(d);
            } else if (docbao_sink_close(sink, st == DOCBAO_OK, &close_err) != DOCBAO_OK &&
                       st == DOCBAO_OK) {
                st = close_err.status;
                err = close_err;
            }
        }
    }
    if (st == DOCBAO_ERR_CANCELLED) {
        fprintf(stderr, "%s\n", _("Stopped; no file was written."));
        code = EXIT_INTERRUPTED;
    } else if (st == DOCBAO_ERR_IO && s.synth != NULL) {
        code = EXIT_OUTPUT;
        say_error(err.message);
    } else if (st != DOCBAO_OK) {
        code = fail(st, &err);
    }
    speech_done(&s);
out:
    speech_opts_clear(&o);
    g_free(common);
    g_free(output);
    g_option_context_free(ctx);
    return code;
}
