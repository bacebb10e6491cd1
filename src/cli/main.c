/*
 * docbao: the command-line front end. A thin client of include/docbao: main() picks the
 * command, and each command (cmd_*.c) parses its options, calls the library, and turns
 * statuses into messages and exit codes with the helpers of cli_common.c.
 */
#include <stdio.h>
#include <string.h>

#include "commands.h"

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
    {"read", cmd_read, N_("read an article or an edition aloud (the default command)")},
    {"export", cmd_export, N_("save the spoken article as WAV, FLAC, Ogg, Opus or MP3")},
    {"extract", cmd_extract, N_("print the article found in a page (--json or --text)")},
    {"feed", cmd_feed, N_("list the entries of a news feed (RSS or Atom)")},
    {"sources", cmd_sources, N_("list, add or remove your saved sources (my newspapers)")},
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
    cli_catch_signals();
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
