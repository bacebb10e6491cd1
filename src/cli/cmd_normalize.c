/* docbao normalize: the spoken form of text, line for line. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"

int cmd_normalize(int argc, char **argv)
{
    char *dialect = NULL;
    int code = EXIT_OK;
    GOptionEntry entries[] = {
        {"dialect", 0, 0, G_OPTION_ARG_STRING, &dialect,
         N_("How numbers are read: north (default) or south"), N_("NAME")},
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
    st = docbao_input_read(path, 0, &data, &len, &err);
    if (st == DOCBAO_ERR_EMPTY) {
        /* Empty input: empty output, line for line. */
        fputs(data != NULL ? data : "", stdout);
        code = EXIT_OK;
        goto done;
    }
    if (st == DOCBAO_OK) {
        st = docbao_text_check(data, len, path, &err);
    }
    if (st == DOCBAO_OK) {
        st = docbao_text_check_utf8(data, len, path, &err);
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
        g_string_append_len(out, docbao_spoken_text(sp), (gssize)docbao_spoken_len(sp));
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
    g_option_context_free(ctx);
    return code;
}
