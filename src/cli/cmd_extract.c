/* docbao extract: the article found in a page, as text or JSON. */
#include <errno.h>
#include <stdio.h>

#include "commands.h"

int cmd_extract(int argc, char **argv)
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
