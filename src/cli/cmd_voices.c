/* docbao voices: the voice profiles. */
#include <stdio.h>

#include "commands.h"

int cmd_voices(int argc, char **argv)
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
