/*
 * docbao: the command-line front end. A thin client of include/docbao: it parses options,
 * calls the library, and turns statuses into messages and exit codes.
 */
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <libintl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "docbao/docbao.h"

const char *prog = "docbao";

void say_error(const char *message)
{
    fprintf(stderr, "%s: %s\n", prog, message);
}

int exit_code_for(docbao_status st)
{
    switch (st) {
    case DOCBAO_OK:
        return EXIT_OK;
    case DOCBAO_ERR_NOT_FOUND:
    case DOCBAO_ERR_IO:
    case DOCBAO_ERR_EMPTY:
    case DOCBAO_ERR_BINARY:
    case DOCBAO_ERR_ENCODING:
    case DOCBAO_ERR_TOO_LARGE:
    case DOCBAO_ERR_PARSE:
        return EXIT_INPUT;
    case DOCBAO_ERR_NO_ARTICLE:
    case DOCBAO_ERR_NOT_ARTICLE_PAGE:
        return EXIT_NO_ARTICLE;
    case DOCBAO_ERR_NO_DEVICE:
        return EXIT_NO_DEVICE;
    case DOCBAO_ERR_FORMAT:
        return EXIT_OUTPUT;
    case DOCBAO_ERR_NETWORK:
        return EXIT_NETWORK;
    case DOCBAO_ERR_CANCELLED:
        return EXIT_INTERRUPTED;
    case DOCBAO_ERR_INVALID_ARG:
    case DOCBAO_ERR_VOICE:
        return EXIT_USAGE;
    default:
        return EXIT_FAILURE_OTHER;
    }
}

/* Prints err's message (or the status's description) and returns the matching exit code. */
int fail(docbao_status st, const docbao_error *err)
{
    say_error(err != NULL && err->message[0] != '\0' ? err->message : docbao_strerror(st));
    return exit_code_for(st);
}

const char *exit_codes_help(void)
{
    static char *text;
    if (text == NULL) {
        text = g_strdup_printf(
            "%s\n  0  %s\n  1  %s\n  2  %s\n  3  %s\n  4  %s\n  5  %s\n  6  %s\n  7  %s\n  130  %s",
            _("Exit status:"), _("success"), _("other failure (speech engine, sound output)"),
            _("wrong usage (unknown option, bad value, unknown voice)"),
            _("the input cannot be read (missing, empty, binary, bad encoding, too large)"),
            _("the page holds no article"), _("no sound output device"),
            _("the output file cannot be written"), _("network failure"),
            _("interrupted (Ctrl-C)"));
    }
    return text;
}

/* ---------------------------------------------------------------------------------------- */
/* Options shared by read and export                                                         */

GOptionEntry *speech_entries(speech_opts *o)
{
    GOptionEntry entries[] = {
        {"voice", 'v', 0, G_OPTION_ARG_STRING, &o->voice,
         N_("Voice profile (see: docbao voices); default mien-bac"), N_("NAME")},
        {"rate", 'r', 0, G_OPTION_ARG_INT, &o->rate,
         N_("Speech rate in words per minute, 80 to 450"), N_("WPM")},
        {"pitch", 'p', 0, G_OPTION_ARG_INT, &o->pitch, N_("Pitch, 0 to 100 (50 is normal)"),
         N_("N")},
        {"volume", 'a', 0, G_OPTION_ARG_INT, &o->volume, N_("Volume, 0 to 200 (100 is normal)"),
         N_("N")},
        {"sections", 's', 0, G_OPTION_ARG_STRING, &o->sections,
         N_("Sections to read, comma-separated: title,lead,body,captions"), N_("LIST")},
        {"dialect", 0, 0, G_OPTION_ARG_STRING, &o->dialect,
         N_("How numbers are read: north or south (default: the voice's)"), N_("NAME")},
        {"engine", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &o->engine,
         N_("Speech engine (espeak-ng, or tone for tests)"), N_("NAME")},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    o->rate = -1;
    o->pitch = -1;
    o->volume = -1;
    return g_memdup2(entries, sizeof entries);
}

void speech_opts_clear(speech_opts *o)
{
    g_free(o->voice);
    g_free(o->sections);
    g_free(o->dialect);
    g_free(o->engine);
    cli_source_clear(&o->source);
}

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

static gboolean in_range(const char *what, int v, int lo, int hi, docbao_error *err)
{
    if (v < lo || v > hi) {
        err->status = DOCBAO_ERR_INVALID_ARG;
        g_snprintf(err->message, sizeof err->message, _("%s must be between %d and %d, not %d"),
                   what, lo, hi, v);
        return FALSE;
    }
    return TRUE;
}

/* Resolves the profile from the options; returns a status with err filled on failure. */
docbao_status choose_profile(const speech_opts *o, docbao_voice_profile *out, docbao_error *err)
{
    docbao_voice_list *list = docbao_voice_list_load(NULL, err);
    const docbao_voice_profile *p;
    if (list == NULL) {
        return err->status;
    }
    p = docbao_voice_list_find(list, o->voice);
    if (p == NULL) {
        err->status = DOCBAO_ERR_VOICE;
        g_snprintf(err->message, sizeof err->message,
                   _("there is no voice \"%s\" (see: docbao voices)"), o->voice);
        docbao_voice_list_free(list);
        return DOCBAO_ERR_VOICE;
    }
    *out = *p;
    docbao_voice_list_free(list);
    if (o->rate != -1) {
        if (!in_range("--rate", o->rate, DOCBAO_RATE_MIN, DOCBAO_RATE_MAX, err)) {
            return err->status;
        }
        out->rate = o->rate;
    }
    if (o->pitch != -1) {
        if (!in_range("--pitch", o->pitch, DOCBAO_PITCH_MIN, DOCBAO_PITCH_MAX, err)) {
            return err->status;
        }
        out->pitch = o->pitch;
    }
    if (o->volume != -1) {
        if (!in_range("--volume", o->volume, DOCBAO_VOLUME_MIN, DOCBAO_VOLUME_MAX, err)) {
            return err->status;
        }
        out->volume = o->volume;
    }
    if (o->dialect != NULL) {
        int d = docbao_dialect_from_name(o->dialect);
        if (d < 0) {
            err->status = DOCBAO_ERR_INVALID_ARG;
            g_snprintf(err->message, sizeof err->message,
                       _("--dialect must be north or south, not \"%s\""), o->dialect);
            return err->status;
        }
        out->dialect = (docbao_dialect)d;
    }
    return DOCBAO_OK;
}

/* Loads the article and prepares everything up to the synthesizer. */
static docbao_status speech_prepare(const char *path, const speech_opts *o, speech *s,
                                    docbao_error *err)
{
    unsigned sections = DOCBAO_SECTION_ALL;
    docbao_normalize_options nopts = {0};
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
    st = cli_source_load(&o->source, path, &s->article, err);
    if (st != DOCBAO_OK) {
        return st;
    }
    nopts.dialect = s->profile.dialect;
    s->normalizer = docbao_normalizer_new(&nopts, err);
    if (s->normalizer == NULL) {
        return err->status;
    }
    s->script = docbao_script_new(s->article, s->normalizer, &s->profile, sections, err);
    if (s->script == NULL) {
        return err->status;
    }
    s->synth = docbao_synth_new(o->engine, &s->profile, err);
    if (s->synth == NULL) {
        return err->status;
    }
    return DOCBAO_OK;
}

/* ---------------------------------------------------------------------------------------- */
/* Ctrl-C                                                                                    */

volatile int interrupted;
/* Set while a command can stop cleanly on Ctrl-C; otherwise the signal ends the process. */
volatile sig_atomic_t cancellable;
static docbao_sink *volatile active_sink;
static int signal_pipe[2] = {-1, -1};

static void on_signal(int sig)
{
    if (!cancellable) {
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    interrupted = 1;
    if (active_sink != NULL) {
        docbao_sink_interrupt(active_sink);
    }
    if (signal_pipe[1] >= 0) {
        int saved = errno;
        ssize_t ignored = write(signal_pipe[1], "!", 1);
        (void)ignored;
        errno = saved;
    }
}

int cli_signal_fd(void)
{
    if (signal_pipe[0] < 0 && pipe2(signal_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        return -1;
    }
    return signal_pipe[0];
}

static void catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

/* ---------------------------------------------------------------------------------------- */
/* Progress                                                                                  */

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

/* ---------------------------------------------------------------------------------------- */
/* Commands                                                                                  */

/* Parses a command's options; on a usage error prints it and returns FALSE. */
gboolean parse_options(GOptionContext *ctx, int *argc, char ***argv, int *code)
{
    GError *gerr = NULL;
    g_option_context_set_translation_domain(ctx, "docbao");
    g_option_context_set_description(ctx, exit_codes_help());
    if (!g_option_context_parse(ctx, argc, argv, &gerr)) {
        say_error(gerr->message);
        fprintf(stderr, _("Try \"%s --help\".\n"), prog);
        g_error_free(gerr);
        *code = EXIT_USAGE;
        return FALSE;
    }
    return TRUE;
}

gboolean one_input(int argc, char **argv, const char **path, int *code)
{
    if (argc != 2) {
        say_error(argc < 2 ? _("no input file was given (use - for standard input)")
                           : _("give exactly one input file"));
        *code = EXIT_USAGE;
        return FALSE;
    }
    *path = argv[1];
    return TRUE;
}

static int cmd_export(int argc, char **argv)
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

static int cmd_extract(int argc, char **argv)
{
    gboolean json = FALSE, text = FALSE;
    int code = EXIT_OK;
    GOptionEntry entries[] = {
        {"json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print the article as JSON"), NULL},
        {"text", 't', 0, G_OPTION_ARG_NONE, &text, N_("Print the article as text (default)"), NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx = g_option_context_new(_("FILE|URL|- — print the article found in a page"));
    cli_source src = {0};
    const char *path = NULL;
    docbao_article *a = NULL;
    docbao_error err = {0};
    docbao_status st;

    g_option_context_add_main_entries(ctx, entries, "docbao");
    g_option_context_add_main_entries(ctx, cli_source_entries(&src, TRUE), "docbao");
    if (!parse_options(ctx, &argc, &argv, &code) || !one_input(argc, argv, &path, &code)) {
        goto out;
    }
    if (json && text) {
        say_error(_("choose either --json or --text"));
        code = EXIT_USAGE;
        goto out;
    }
    st = cli_source_load(&src, path, &a, &err);
    if (st != DOCBAO_OK) {
        code = fail(st, &err);
        goto out;
    } else {
        char *s = json ? docbao_article_to_json(a) : docbao_article_to_text(a);
        fputs(s, stdout);
        docbao_free(s);
        if (fflush(stdout) != 0) {
            say_error(g_strerror(errno));
            code = EXIT_OUTPUT;
        }
    }
out:
    docbao_article_free(a);
    cli_source_clear(&src);
    g_option_context_free(ctx);
    return code;
}

/* Is tag a plausible BCP 47 language tag: a primary subtag of 2 or 3 letters, then subtags of
 * letters and digits separated by '-'? */
static gboolean language_tag_valid(const char *tag)
{
    size_t n = 0;
    while (g_ascii_isalpha(tag[n])) {
        n++;
    }
    if (n < 2 || n > 3) {
        return FALSE;
    }
    for (const char *p = tag + n; *p != '\0'; p++) {
        if (!g_ascii_isalnum(*p) && *p != '-') {
            return FALSE;
        }
    }
    return TRUE;
}

/* Appends the spoken text, with the runs in another language than its own between <xx> and
 * </xx> when marks is set. */
static void append_spoken(GString *out, const docbao_spoken *sp, gboolean marks)
{
    const docbao_spoken_run *runs = docbao_spoken_runs(sp);
    const char *text = docbao_spoken_text(sp);
    size_t at = 0;
    if (!marks) {
        g_string_append_len(out, text, (gssize)docbao_spoken_len(sp));
        return;
    }
    for (size_t i = 0; i < docbao_spoken_n_runs(sp); i++) {
        gboolean other = strcmp(runs[i].language, docbao_spoken_language(sp)) != 0;
        g_string_append_len(out, text + at, (gssize)(runs[i].spoken_start - at));
        if (other) {
            g_string_append_printf(out, "<%s>", runs[i].language);
        }
        g_string_append_len(out, text + runs[i].spoken_start, (gssize)runs[i].spoken_len);
        if (other) {
            g_string_append_printf(out, "</%s>", runs[i].language);
        }
        at = runs[i].spoken_start + runs[i].spoken_len;
    }
    g_string_append_len(out, text + at, (gssize)(docbao_spoken_len(sp) - at));
}

static int cmd_normalize(int argc, char **argv)
{
    char *dialect = NULL;
    char *language = NULL;
    gboolean marks = FALSE;
    int code = EXIT_OK;
    GOptionEntry entries[] = {
        {"dialect", 0, 0, G_OPTION_ARG_STRING, &dialect,
         N_("How numbers are read: north (default) or south"), N_("NAME")},
        {"language", 0, 0, G_OPTION_ARG_STRING, &language,
         N_("Language of the text: vi (default) or en"), N_("TAG")},
        {"mark-languages", 0, 0, G_OPTION_ARG_NONE, &marks,
         N_("Put words said in another language between <en> and </en>"), NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx = g_option_context_new(
        _("[FILE|-] — write the spoken form of text, one output line per input line"));
    const char *path = "-";
    char *data = NULL;
    size_t len = 0;
    docbao_error err = {0};
    docbao_status st;
    docbao_normalize_options nopts = {0};
    docbao_normalizer *n = NULL;
    GString *out = NULL;

    g_option_context_add_main_entries(ctx, entries, "docbao");
    if (!parse_options(ctx, &argc, &argv, &code)) {
        goto done;
    }
    if (argc > 2) {
        say_error(_("give at most one input file"));
        code = EXIT_USAGE;
        goto done;
    }
    if (argc == 2) {
        path = argv[1];
    }
    if (dialect != NULL) {
        int d = docbao_dialect_from_name(dialect);
        if (d < 0) {
            say_error(_("--dialect must be north or south"));
            code = EXIT_USAGE;
            goto done;
        }
        nopts.dialect = (docbao_dialect)d;
    }
    if (language != NULL) {
        if (!language_tag_valid(language)) {
            say_error(_("--language must be a language tag such as vi or en"));
            code = EXIT_USAGE;
            goto done;
        }
        nopts.language = language;
    }
    st = docbao_input_read(path, 0, &data, &len, &err);
    if (st == DOCBAO_ERR_EMPTY) {
        /* Empty input: empty output, line for line. */
        fputs(data != NULL ? data : "", stdout);
        code = EXIT_OK;
        goto done;
    }
    if (st == DOCBAO_OK) {
        st = docbao_input_check_text(data, len, path, &err);
    }
    if (st == DOCBAO_OK) {
        st = docbao_input_check_utf8(data, len, path, &err);
    }
    if (st != DOCBAO_OK) {
        code = fail(st, &err);
        goto done;
    }
    n = docbao_normalizer_new(&nopts, &err);
    if (n == NULL) {
        code = fail(err.status, &err);
        goto done;
    }
    out = g_string_sized_new(len + len / 2);
    for (const char *line = data; line < data + len;) {
        const char *nl = memchr(line, '\n', (size_t)(data + len - line));
        size_t line_len = nl != NULL ? (size_t)(nl - line) : (size_t)(data + len - line);
        docbao_spoken *sp = NULL;
        st = docbao_normalize(n, line, line_len, &sp, &err);
        if (st != DOCBAO_OK) {
            code = fail(st, &err);
            goto done;
        }
        append_spoken(out, sp, marks);
        if (nl != NULL) {
            g_string_append_c(out, '\n');
        }
        docbao_spoken_free(sp);
        line = nl != NULL ? nl + 1 : data + len;
    }
    fwrite(out->str, 1, out->len, stdout);
    if (fflush(stdout) != 0) {
        say_error(g_strerror(errno));
        code = EXIT_OUTPUT;
    }
done:
    if (out != NULL) {
        g_string_free(out, TRUE);
    }
    docbao_normalizer_free(n);
    docbao_free(data);
    g_free(dialect);
    g_free(language);
    g_option_context_free(ctx);
    return code;
}

static int cmd_voices(int argc, char **argv)
{
    int code = EXIT_OK;
    GOptionContext *ctx = g_option_context_new(_("— list the voice profiles"));
    docbao_voice_list *list;
    docbao_error err = {0};
    if (!parse_options(ctx, &argc, &argv, &code)) {
        g_option_context_free(ctx);
        return code;
    }
    g_option_context_free(ctx);
    list = docbao_voice_list_load(NULL, &err);
    if (list == NULL) {
        return fail(err.status, &err);
    }
    printf("%-14s %-18s %-8s %-6s %s\n", _("PROFILE"), _("ESPEAK-NG VOICE"), _("RATE"), _("DIAL."),
           _("NAME"));
    for (size_t i = 0; i < docbao_voice_list_size(list); i++) {
        const docbao_voice_profile *p = docbao_voice_list_get(list, i);
        printf("%-14s %-18s %-8d %-6s %s%s\n", p->id, p->engine_voice, p->rate,
               docbao_dialect_name(p->dialect), p->name, i == 0 ? _(" (default)") : "");
    }
    docbao_voice_list_free(list);
    return EXIT_OK;
}

static void print_device(const char *name, bool is_default, void *user)
{
    (void)user;
    printf("%s%s\n", name, is_default ? _(" (default)") : "");
}

static int cmd_devices(int argc, char **argv)
{
    int code = EXIT_OK;
    GOptionContext *ctx = g_option_context_new(_("— list the sound output devices"));
    docbao_error err = {0};
    docbao_status st;
    if (!parse_options(ctx, &argc, &argv, &code)) {
        g_option_context_free(ctx);
        return code;
    }
    g_option_context_free(ctx);
    st = docbao_sink_list_devices(print_device, NULL, &err);
    return st == DOCBAO_OK ? EXIT_OK : fail(st, &err);
}

/* ---------------------------------------------------------------------------------------- */

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
    {"read", cmd_read, N_("read an article aloud (the default command)")},
    {"export", cmd_export, N_("save the spoken article as WAV, FLAC, Ogg, Opus or MP3")},
    {"extract", cmd_extract, N_("print the article found in a page (--json or --text)")},
    {"feed", cmd_feed, N_("list the entries of a news feed (RSS or Atom)")},
    {"normalize", cmd_normalize, N_("write the spoken form of text, line for line")},
    {"voices", cmd_voices, N_("list the voice profiles")},
    {"keys", cmd_keys, N_("list the keys that steer the reading")},
    {"devices", cmd_devices, N_("list the sound output devices")},
};

static void usage(FILE *f)
{
    fprintf(f, _("Usage: %s [--lang vi|en] COMMAND [OPTIONS] FILE|URL|-\n"), prog);
    fprintf(f, "       %s %s    %s\n\n", prog, _("FILE"), _("(same as: docbao read FILE)"));
    fprintf(f, "%s\n", _("docbao reads Vietnamese news articles aloud."));
    fprintf(f, "\n%s\n", _("Commands:"));
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++) {
        fprintf(f, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
    }
    fprintf(f, "\n%s\n", _("Options for every command: --help, --version, --lang vi|en."));
    fprintf(f, _("Run \"%s COMMAND --help\" for the options of a command.\n"), prog);
    fprintf(f, "\n%s\n", exit_codes_help());
}

int main(int argc, char **argv)
{
    const char *lang = NULL;
    int first = 1;

    /* --lang must be known before any message is printed. */
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            lang = argv[i + 1];
        } else if (g_str_has_prefix(argv[i], "--lang=")) {
            lang = argv[i] + strlen("--lang=");
        }
    }
    docbao_i18n_init(lang);
    catch_signals();
    /* Drop --lang from the arguments. */
    {
        int k = 1;
        for (int i = 1; i < argc; i++) {
            if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
                i++;
                continue;
            }
            if (g_str_has_prefix(argv[i], "--lang=")) {
                continue;
            }
            argv[k++] = argv[i];
        }
        argc = k;
        argv[argc] = NULL;
    }

    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0) {
            printf("docbao %s\n", docbao_version());
            return EXIT_OK;
        }
    }
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++) {
        if (strcmp(argv[1], commands[i].name) == 0) {
            char *name = g_strdup_printf("%s %s", prog, commands[i].name);
            int code;
            g_set_prgname(name);
            argv[first] = name;
            code = commands[i].run(argc - first, argv + first);
            g_free(name);
            return code;
        }
    }
    if (argv[1][0] == '-' && strcmp(argv[1], "-") != 0) {
        /* Options before a file: plain "docbao --rate 200 FILE" reads. */
        return cmd_read(argc, argv);
    }
    if (g_file_test(argv[1], G_FILE_TEST_EXISTS) || strcmp(argv[1], "-") == 0 ||
        strchr(argv[1], '.') != NULL || strchr(argv[1], '/') != NULL) {
        return cmd_read(argc, argv);
    }
    {
        char *msg = g_strdup_printf(_("unknown command \"%s\""), argv[1]);
        say_error(msg);
        g_free(msg);
    }
    fprintf(stderr, _("Try \"%s --help\".\n"), prog);
    return EXIT_USAGE;
}
