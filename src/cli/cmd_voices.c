/* docbao voices: the voice profiles. */
#include <stdio.h>

#include "commands.h"

/* How a dialect is shown; --dialect takes the English names. */
static const char *dialect_shown(docbao_dialect d)
{
    return d == DOCBAO_DIALECT_SOUTH ? _("south") : _("north");
}

int cmd_voices(int argc, char **argv)
{
    int code = EXIT_OK;
    GOptionContext *ctx = g_option_context_new(_("— list the voice profiles"));
    docbao_voice_list *list;
    docbao_error err = {0};
    const char *heads[] = {_("PROFILE"), _("ESPEAK-NG VOICE"), _("RATE"), _("DIAL.")};
    int widths[G_N_ELEMENTS(heads)];
    if (!parse_options(ctx, &argc, &argv, &code)) {
        g_option_context_free(ctx);
        return code;
    }
    g_option_context_free(ctx);
    list = docbao_voice_list_load(NULL, &err);
    if (list == NULL) {
        return fail(err.status, &err);
    }
    /* Each column as wide as its widest cell, counted in terminal cells. */
    for (size_t c = 0; c < G_N_ELEMENTS(heads); c++) {
        widths[c] = display_width(heads[c]) + 2;
    }
    for (size_t i = 0; i < docbao_voice_list_size(list); i++) {
        const docbao_voice_profile *p = docbao_voice_list_get(list, i);
        char rate[16];
        g_snprintf(rate, sizeof rate, "%d", p->rate);
        widths[0] = MAX(widths[0], display_width(p->id) + 2);
        widths[1] = MAX(widths[1], display_width(p->engine_voice) + 2);
        widths[2] = MAX(widths[2], display_width(rate) + 2);
        widths[3] = MAX(widths[3], display_width(dialect_shown(p->dialect)) + 2);
    }
    for (size_t c = 0; c < G_N_ELEMENTS(heads); c++) {
        print_cell(heads[c], widths[c]);
    }
    printf("%s\n", _("NAME"));
    for (size_t i = 0; i < docbao_voice_list_size(list); i++) {
        const docbao_voice_profile *p = docbao_voice_list_get(list, i);
        char rate[16];
        g_snprintf(rate, sizeof rate, "%d", p->rate);
        print_cell(p->id, widths[0]);
        print_cell(p->engine_voice, widths[1]);
        print_cell(rate, widths[2]);
        print_cell(dialect_shown(p->dialect), widths[3]);
        printf("%s%s\n", p->name, i == 0 ? _(" (default)") : "");
    }
    docbao_voice_list_free(list);
    return EXIT_OK;
}
