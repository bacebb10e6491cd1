/*
 * docbao: what the command-line program's files share (not part of the library). main.c picks
 * a command; each command lives in its own cmd_*.c; the helpers they share live in cli_*.c and
 * never call a command back.
 */
#ifndef DOCBAO_CLI_COMMANDS_H
#define DOCBAO_CLI_COMMANDS_H

#include <glib.h>
#include <libintl.h>

#include "docbao/docbao.h"

#include <signal.h>

/* Exit codes; documented in --help and the README. */
enum {
    EXIT_OK = 0,
    EXIT_FAILURE_OTHER = 1,
    EXIT_USAGE = 2,
    EXIT_INPUT = 3,
    EXIT_NO_ARTICLE = 4,
    EXIT_NO_DEVICE = 5,
    EXIT_OUTPUT = 6,
    EXIT_NETWORK = 7,
    EXIT_INTERRUPTED = 130,
};

#define _(s)  dgettext("docbao", s)
#define N_(s) (s)

/* cli_common.c: messages, exit codes and option parsing shared by every command. */
extern const char *prog;
const char *exit_codes_help(void);
void say_error(const char *message);
int exit_code_for(docbao_status st);
int fail(docbao_status st, const docbao_error *err);
gboolean parse_options(GOptionContext *ctx, int *argc, char ***argv, int *code);

/* Columns that line up on a terminal: the cells text takes (wide characters take two,
 * combining marks none), and text printed left-aligned in a column of width cells followed by
 * at least one space. */
int display_width(const char *text);
void print_cell(const char *text, int width);

/*
 * Where an article comes from (cli_source.c): a file, "-", an http(s) address, or entry N of a
 * feed (--entry N FEED), with the network options --timeout, --offline and --no-cache.
 * Zero-initialize; cli_source_clear() frees what the options stored.
 */
typedef struct {
    int entry;
    double timeout;
    gboolean offline;
    gboolean no_cache;
    GOptionEntry *entries;
} cli_source;

/*
 * The option entries for s, to add with g_option_context_add_main_entries(); they live until
 * cli_source_clear(s). with_entry adds --entry.
 */
GOptionEntry *cli_source_entries(cli_source *s, gboolean with_entry);
void cli_source_clear(cli_source *s);

/*
 * Loads the article that input names, as the options say. When the network fails and a saved
 * copy stands in, says so on standard error. On failure returns the status with err filled.
 */
docbao_status cli_source_load(const cli_source *s, const char *input, docbao_article **out,
                              docbao_error *err);

/* Checks the network options and turns them into fetch options; DOCBAO_ERR_INVALID_ARG with
 * err filled when they are wrong. */
docbao_status cli_source_fetch_options(const cli_source *s, docbao_fetch_options *fo,
                                       docbao_error *err);

/* Loads a feed with those options, saying on standard error when a saved copy stands in. */
docbao_status cli_source_load_feed(const char *input, const docbao_fetch_options *fo,
                                   docbao_feed **feed, docbao_error *err);

/*
 * Builds an edition from the n locations given (addresses, files, folders), or, when n is 0,
 * from the user's saved sources (sources.conf). A source that cannot be read is named on
 * standard error and skipped; *spoken then receives a sentence saying so (g_free), else NULL.
 * Fails when nothing can be read: with the only source's status, or the first failure's; with
 * no source saved, with DOCBAO_ERR_INVALID_ARG and how to add one.
 */
docbao_status cli_edition_build(docbao_edition *edition, int n, char **locations, char **spoken,
                                docbao_error *err);

/* Fills err with status and a printf-style message, returns status (cli_common.c). */
docbao_status cli_set_error(docbao_error *err, docbao_status status, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);

/* Options shared by read and export (cli_speech.c). */
typedef struct speech_opts {
    char *voice;
    int rate;
    int pitch;
    int volume;
    char *sections;
    char *dialect;
    char *engine;
    cli_source source;
} speech_opts;
GOptionEntry *speech_entries(speech_opts *o);
void speech_opts_clear(speech_opts *o);
/* The voice profile the options ask for; DOCBAO_ERR_VOICE or _INVALID_ARG with err filled. */
docbao_status choose_profile(const speech_opts *o, docbao_voice_profile *out, docbao_error *err);
gboolean one_input(int argc, char **argv, const char **path, int *code);

/*
 * Ctrl-C and termination (cli_common.c). cli_catch_signals() installs the handlers, once, at
 * start. While cancellable is set, SIGINT, SIGTERM and SIGHUP set interrupted, interrupt
 * active_sink when one is set, and write a byte to the pipe whose read end cli_signal_fd()
 * returns, instead of ending the process.
 */
extern volatile int interrupted;
extern volatile sig_atomic_t cancellable;
extern docbao_sink *volatile active_sink;
void cli_catch_signals(void);
int cli_signal_fd(void);

/* The commands, each in cmd_NAME.c: they take the command's arguments (argv[0] is
 * "docbao NAME") and return the exit code. */
int cmd_read(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_feed(int argc, char **argv);
int cmd_normalize(int argc, char **argv);
int cmd_voices(int argc, char **argv);
int cmd_keys(int argc, char **argv);
int cmd_devices(int argc, char **argv);
int cmd_sources(int argc, char **argv);

#endif
