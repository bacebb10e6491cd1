/*
 * What every command of the command-line program shares: messages and exit codes, option
 * parsing, and Ctrl-C.
 */
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"

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

int display_width(const char *text)
{
    int width = 0;
    for (const char *p = text; *p != '\0'; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_iszerowidth(c)) {
            continue;
        }
        width += g_unichar_iswide(c) ? 2 : 1;
    }
    return width;
}

void print_cell(const char *text, int width)
{
    int pad = width - display_width(text);
    fputs(text, stdout);
    printf("%*s", MAX(pad, 1), "");
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
/* Ctrl-C                                                                                    */

volatile int interrupted;
/* Set while a command can stop cleanly on Ctrl-C; otherwise the signal ends the process. */
volatile sig_atomic_t cancellable;
docbao_sink *volatile active_sink;
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

void cli_catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

/*
 * Options every command takes. main() acts on them before any command runs (--lang must be
 * known before the first message), so they are here only to be listed by each --help.
 */
static char *lang_seen;
static gboolean version_seen;
static const GOptionEntry every_command_entries[] = {
    {"lang", 0, 0, G_OPTION_ARG_STRING, &lang_seen,
     N_("Language of the messages: vi or en (default: DOCBAO_LANG, else the system's)"), "vi|en"},
    {"version", 'V', 0, G_OPTION_ARG_NONE, &version_seen, N_("Print the version and exit"), NULL},
    {NULL, 0, 0, 0, NULL, NULL, NULL},
};

/* Parses a command's options; on a usage error prints it and returns FALSE. */
gboolean parse_options(GOptionContext *ctx, int *argc, char ***argv, int *code)
{
    GError *gerr = NULL;
    g_option_context_add_main_entries(ctx, every_command_entries, "docbao");
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

docbao_status cli_set_error(docbao_error *err, docbao_status status, const char *fmt, ...)
{
    va_list ap;
    err->status = status;
    va_start(ap, fmt);
    g_vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return status;
}
