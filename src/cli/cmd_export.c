/*
 * docbao export: the spoken article, or a whole edition with the announcements between its
 * articles, saved as an audio file (and the articles' start times as chapters), or raw audio
 * on standard output.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"

/*
 * Everything needed to speak an article (article and script) or an edition (edition and the
 * sources' failures to say first): built from the options, freed by speech_done().
 */
typedef struct {
    docbao_article *article;
    docbao_edition *edition;
    char *failures;
    unsigned sections;
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
    docbao_edition_free(s->edition);
    g_free(s->failures);
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
 * Loads the article (or, for several inputs, a folder, a feed or a list page, the edition) and
 * prepares everything up to the synthesizer. The speech engine starts on another thread
 * meanwhile, so that the first audio comes sooner; failures are reported in the order the
 * steps would run one after the other.
 */
static docbao_status speech_prepare(int n, char **inputs, const speech_opts *o, speech *s,
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
    s->sections = sections;
    /* The page parser loads first: the engine's libraries would hold the loader's lock. A
     * failure here is met again, and reported, where the page is read. */
    docbao_extract_prepare(NULL);
    engine = g_thread_new("engine", start_engine, &job);
    if (n == 1 && (o->source.entry > 0 || !g_file_test(inputs[0], G_FILE_TEST_IS_DIR))) {
        st = cli_source_load(&o->source, inputs[0], &s->article, err);
        if (st == DOCBAO_ERR_NOT_ARTICLE_PAGE && o->source.entry == 0) {
            st = DOCBAO_OK; /* a feed or a list page: its edition */
        }
    }
    if (st == DOCBAO_OK && s->article == NULL) {
        docbao_edition_options eo;
        docbao_edition_options_init(&eo);
        st = cli_source_fetch_options(&o->source, &eo.fetch, err);
        if (st == DOCBAO_OK) {
            s->edition = docbao_edition_new(&eo);
            st = cli_edition_build(s->edition, n, inputs, &s->failures, err);
        }
    }
    if (st == DOCBAO_OK) {
        nopts.dialect = s->profile.dialect;
        s->normalizer = docbao_normalizer_new(&nopts, err);
        st = s->normalizer == NULL ? err->status : DOCBAO_OK;
    }
    if (st == DOCBAO_OK && s->article != NULL) {
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

/* What the render callbacks share: the progress bar's label and the chapters being noted. */
typedef struct {
    const char *label;        /* NULL: no progress bar */
    const speech *s;
    GString *chapters;        /* JSON array items, or NULL when no chapters are asked for */
    size_t n_chapters;
} export_state;

static void progress_bar(size_t done, size_t total, void *user)
{
    const char *label = ((const export_state *)user)->label;
    if (label == NULL) {
        return;
    }
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

/* Notes where each article starts, for --chapters. */
static void note_chapter(size_t entry, uint64_t start_frame, const docbao_script *script,
                         void *user)
{
    export_state *x = user;
    docbao_entry_info info;
    char *title, *section, *source;
    if (x->chapters == NULL || script == NULL ||
        !docbao_edition_entry(x->s->edition, entry, &info)) {
        return;
    }
    title = docbao_json_quote(info.title);
    section = docbao_json_quote(docbao_edition_section_title(x->s->edition, info.section));
    source = docbao_json_quote(info.origin);
    g_string_append_printf(x->chapters,
                           "%s\n    {\"start\": %.3f, \"title\": %s, \"section\": %s, "
                           "\"source\": %s}",
                           x->n_chapters > 0 ? "," : "",
                           (double)start_frame / docbao_synth_sample_rate(x->s->synth), title,
                           section, source);
    x->n_chapters++;
    g_free(title);
    g_free(section);
    g_free(source);
}

/* Writes the chapters file (atomically, as the audio). FALSE with err filled on failure. */
static gboolean write_chapters(const char *path, const export_state *x, double seconds,
                               docbao_error *err)
{
    GError *gerr = NULL;
    char *text = g_strdup_printf("{\n  \"duration\": %.3f,\n  \"chapters\": [%s\n  ]\n}\n",
                                 seconds, x->chapters->str);
    gboolean ok = g_file_set_contents_full(path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644,
                                           &gerr);
    if (!ok) {
        cli_set_error(err, DOCBAO_ERR_IO, "%s", gerr->message);
        g_error_free(gerr);
    }
    g_free(text);
    return ok;
}

static char *describe_duration(double seconds)
{
    int s = (int)(seconds + 0.5);
    if (s >= 60) {
        return g_strdup_printf(_("%d min %d s"), s / 60, s % 60);
    }
    return g_strdup_printf(_("%d s"), s);
}

/* An entry of the edition that the book leaves out, said on the terminal. */
static void book_left_out(size_t entry, const char *why, void *user)
{
    (void)entry;
    (void)user;
    fprintf(stderr, _("Left out of the book: %s\n"), why);
}

/* Writes the article or the edition as a talking book at output. */
static docbao_status write_book(speech *s, const char *output, docbao_book_format format,
                                const char *title, gboolean quiet, docbao_error *err)
{
    docbao_book_options bo = {0};
    export_state x = {0};
    docbao_status st;
    if (s->edition == NULL) {
        docbao_edition_options eo;
        docbao_edition_options_init(&eo);
        s->edition = docbao_edition_new(&eo);
        docbao_edition_add_article(s->edition, s->article, NULL);
    }
    x.s = s;
    x.label = !quiet && isatty(STDERR_FILENO) ? _("Making the book") : NULL;
    bo.format = format;
    bo.title = title;
    bo.profile = &s->profile;
    bo.sections = s->sections;
    bo.progress = progress_bar;
    bo.user = &x;
    bo.cancel = &interrupted;
    bo.left_out = book_left_out;
    st = docbao_book_write(s->edition, s->normalizer, s->synth, output, &bo, err);
    if (st == DOCBAO_OK && !quiet) {
        fprintf(stderr, format == DOCBAO_BOOK_EPUB3 ? _("Saved the EPUB book %s\n")
                                                    : _("Saved the DAISY book in %s\n"),
                output);
    }
    return st;
}

int cmd_export(int argc, char **argv)
{
    speech_opts o = {0};
    char *output = NULL, *chapters = NULL, *format = NULL, *title = NULL;
    int book_format = -1;
    gboolean quiet = FALSE;
    export_state x = {0};
    int code = EXIT_OK;
    GOptionEntry *common = speech_entries(&o);
    GOptionEntry entries[] = {
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
         N_("Output file: .wav, .flac, .ogg (Vorbis), .opus or .mp3; - for raw 16-bit PCM on "
            "standard output"),
         N_("OUT")},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("No progress bar or summary"), NULL},
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format,
         N_("Make a talking book: epub3 (-o NAME.epub) or daisy202 (-o FOLDER); the default "
            "follows the name"),
         N_("FORMAT")},
        {"title", 0, 0, G_OPTION_ARG_STRING, &title,
         N_("The talking book's title (default: the article's title, or \"Newspaper of\" and the "
            "date)"),
         N_("TEXT")},
        {"chapters", 0, 0, G_OPTION_ARG_FILENAME, &chapters,
         N_("Also write the start time and title of every article to this JSON file"),
         N_("FILE.json")},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx =
        g_option_context_new(_("[FILE|URL|FOLDER|-...] -o OUT — save the spoken article, or a "
                               "whole edition, as an audio file"));
    speech s;
    docbao_error err = {0};
    docbao_status st;

    g_option_context_add_main_entries(ctx, entries, "docbao");
    g_option_context_add_main_entries(ctx, common, "docbao");
    g_option_context_add_main_entries(ctx, cli_source_entries(&o.source, TRUE), "docbao");
    if (!parse_options(ctx, &argc, &argv, &code)) {
        goto out;
    }
    if (output == NULL) {
        say_error(_("no output was given: use -o FILE.ogg (or -o - for raw audio)"));
        code = EXIT_USAGE;
        goto out;
    }
    cancellable = 1;
    if (chapters != NULL && strcmp(output, "-") == 0) {
        say_error(_("--chapters needs an audio file (-o FILE), not standard output"));
        code = EXIT_USAGE;
        goto out;
    }
    if (format != NULL) {
        book_format = docbao_book_format_from_name(format);
        if (book_format < 0) {
            char *msg = g_strdup_printf(_("--format must be epub3 or daisy202, not \"%s\""), format);
            say_error(msg);
            g_free(msg);
            code = EXIT_USAGE;
            goto out;
        }
    } else if (g_str_has_suffix(output, ".epub") || g_str_has_suffix(output, ".EPUB")) {
        book_format = DOCBAO_BOOK_EPUB3;
    }
    if (title != NULL && book_format < 0) {
        say_error(_("--title is for a talking book (--format, or -o NAME.epub)"));
        code = EXIT_USAGE;
        goto out;
    }
    if (book_format >= 0 && (strcmp(output, "-") == 0 || chapters != NULL)) {
        say_error(_("a talking book is written to a file or folder (-o NAME), without --chapters"));
        code = EXIT_USAGE;
        goto out;
    }
    st = speech_prepare(argc - 1, argv + 1, &o, &s, &err);
    if (st == DOCBAO_OK && interrupted) {
        st = DOCBAO_ERR_CANCELLED;
    } else if (st == DOCBAO_OK && book_format >= 0) {
        st = write_book(&s, output, (docbao_book_format)book_format, title, quiet, &err);
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
            double seconds;
            x.s = &s;
            x.label = show ? _("Exporting") : NULL;
            x.chapters = chapters != NULL ? g_string_new(NULL) : NULL;
            ro.cancel = &interrupted;
            ro.progress = progress_bar;
            ro.user = &x;
            active_sink = sink;
            if (s.edition != NULL) {
                docbao_edition_render_options eo = {0};
                eo.render = ro;
                eo.profile = &s.profile;
                eo.sections = s.sections;
                eo.intro = s.failures;
                eo.on_entry = note_chapter;
                st = docbao_render_edition(s.edition, s.normalizer, s.synth, sink, &eo, &err);
            } else {
                if (x.chapters != NULL) {
                    char *quoted = docbao_json_quote(docbao_article_title(s.article));
                    g_string_append_printf(x.chapters, "\n    {\"start\": 0.000, \"title\": %s}",
                                           quoted);
                    g_free(quoted);
                }
                st = docbao_render(s.script, s.synth, sink, &ro, &err);
            }
            active_sink = NULL;
            seconds = (double)docbao_sink_frames(sink) / docbao_synth_sample_rate(s.synth);
            if (st == DOCBAO_OK && !raw) {
                if (docbao_sink_close(sink, TRUE, &close_err) != DOCBAO_OK) {
                    st = close_err.status;
                    err = close_err;
                } else if (chapters != NULL && !write_chapters(chapters, &x, seconds, &err)) {
                    st = err.status;
                } else if (!quiet) {
                    char *d = describe_duration(seconds);
                    fprintf(stderr, _("Saved %s of speech to %s\n"), d, output);
                    g_free(d);
                }
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
    if (x.chapters != NULL) {
        g_string_free(x.chapters, TRUE);
    }
    g_free(chapters);
    g_free(format);
    g_free(title);
    speech_opts_clear(&o);
    g_free(common);
    g_free(output);
    g_option_context_free(ctx);
    return code;
}
