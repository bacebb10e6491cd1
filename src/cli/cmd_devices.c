/* docbao devices: the sound output devices. */
#include <stdio.h>

#include "commands.h"

static void print_device(const char *name, bool is_default, void *user)
{
    (void)user;
    printf("%s%s\n", name, is_default ? _(" (default)") : "");
}

int cmd_devices(int argc, char **argv)
{
    int code = EXIT_OK;
    GOptionContext *ctx = g_option_context_new(_("— list the sound output devices"));
    docbao_error err = {0};
    docbao_status st;
    if (!parse_options(ctx, &argc, &argv, &code)) {
        g_option_context_free(ctx);
        return code;
    }
    g_option_context_free(ctx);
    st = docbao_sink_list_devices(print_device, NULL, &err);
    return st == DOCBAO_OK ? EXIT_OK : fail(st, &err);
}
