/* docbao: what the command-line front end's files share (not part of the library). */
#ifndef DOCBAO_CLI_COMMANDS_H
#define DOCBAO_CLI_COMMANDS_H

#include <glib.h>

#include "docbao/docbao.h"

/* main.c: messages, exit codes and option parsing shared by every command. */
void say_error(const char *message);
int exit_code_for(docbao_status st);
int fail(docbao_status st, const docbao_error *err);
gboolean parse_options(GOptionContext *ctx, int *argc, char ***argv, int *code);

/*
 * Where an article comes from (cmd_feed.c): a file, "-", an http(s) address, or entry N of a
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

/* docbao feed [--json] [--prefetch] URL|FILE|- */
int cmd_feed(int argc, char **argv);

#endif
