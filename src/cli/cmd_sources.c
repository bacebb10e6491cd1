/*
 * docbao sources: the user's saved sources ("my newspapers"), which "docbao read" with no
 * argument reads as one edition. "sources" lists them; "sources add URL [NAME]" and
 * "sources remove URL|N" edit the file, rewriting it atomically.
 */
#include <stdio.h>
#include <string.h>

#include "commands.h"

static int list_sources(const docbao_sources *s, const char *path)
{
    if (docbao_sources_size(s) == 0) {
        printf(_("No sources are saved in %s. Add one with: docbao sources add URL [NAME]\n"),
               path);
        return EXIT_OK;
    }
    for (size_t i = 0; i < docbao_sources_size(s); i++) {
        const char *name = docbao_sources_name(s, i);
        printf("%zu. %s%s%s\n", i + 1, docbao_sources_location(s, i), name != NULL ? "  " : "",
               name != NULL ? name : "");
    }
    return EXIT_OK;
}

int cmd_sources(int argc, char **argv)
{
    char *file = NULL;
    int code = EXIT_OK;
    GOptionEntry entries[] = {
        {"file", 'f', 0, G_OPTION_ARG_FILENAME, &file,
         N_("The sources file (default: ~/.config/docbao/sources.conf)"), N_("FILE")},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx = g_option_context_new(
        _("[add URL|PATH [NAME] | remove URL|PATH|N] — list or edit your saved sources"));
    docbao_sources *s = NULL;
    docbao_error err = {0};
    docbao_status st;
    char *path = NULL;
    const char *verb;

    g_option_context_add_main_entries(ctx, entries, "docbao");
    if (!parse_options(ctx, &argc, &argv, &code)) {
        goto out;
    }
    path = file != NULL ? g_strdup(file) : docbao_sources_default_path();
    verb = argc >= 2 ? argv[1] : "list";
    if (!((strcmp(verb, "list") == 0 && argc <= 2) ||
          (strcmp(verb, "add") == 0 && (argc == 3 || argc == 4)) ||
          (strcmp(verb, "remove") == 0 && argc == 3))) {
        say_error(_("use: docbao sources [add URL [NAME] | remove URL|N]"));
        code = EXIT_USAGE;
        goto out;
    }
    st = docbao_sources_load(path, &s, &err);
    if (st != DOCBAO_OK) {
        code = fail(st, &err);
        goto out;
    }
    if (strcmp(verb, "list") == 0) {
        code = list_sources(s, path);
        goto out;
    }
    st = strcmp(verb, "add") == 0 ? docbao_sources_add(s, argv[2], argc == 4 ? argv[3] : NULL, &err)
                                  : docbao_sources_remove(s, argv[2], &err);
    if (st == DOCBAO_OK) {
        st = docbao_sources_save(s, path, &err);
    }
    if (st != DOCBAO_OK) {
        code = st == DOCBAO_ERR_IO ? (say_error(err.message), EXIT_OUTPUT) : fail(st, &err);
        goto out;
    }
    code = list_sources(s, path);
out:
    docbao_sources_free(s);
    g_free(path);
    g_free(file);
    g_option_context_free(ctx);
    return code;
}
