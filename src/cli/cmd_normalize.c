/* docbao normalize: the spoken form of text, line for line. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"

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

int cmd_normalize(int argc, char **argv)
{
    char *dialect = NULL;
    char *language = NULL;
    gboolean marks = FALSE;
    gboolean each_line = FALSE;
    int code = EXIT_OK;
    GOptionEntry entries[] = {
        {"dialect", 0, 0, G_OPTION_ARG_STRING, &dialect,
         N_("How numbers are read: north (default) or south"), N_("NAME")},
        {"language", 0, 0, G_OPTION_ARG_STRING, &language,
         N_("Language of the text: vi (default) or en"), N_("TAG")},
        {"mark-languages", 0, 0, G_OPTION_ARG_NONE, &marks,
         N_("Put words said in another language between <en> and </en>"), NULL},
        {"each-line", 0, 0, G_OPTION_ARG_NONE, &each_line,
         N_("Read each line as a text of its own: forget the abbreviations earlier lines defined"),
         NULL},
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
        if (each_line) {
            docbao_normalizer_reset(n);
        }
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
