/* docbao keys: the key bindings in force. */
#include <stdio.h>

#include "commands.h"

int cmd_keys(int argc, char **argv)
{
    int code = EXIT_OK;
    char *keys_path = NULL;
    GOptionEntry entries[] = {
        {"keys", 0, 0, G_OPTION_ARG_FILENAME, &keys_path,
         N_("Key map file (default: ~/.config/docbao/keys.conf over the built-in one)"),
         N_("FILE")},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx = g_option_context_new(_("— list the keys that steer the reading"));
    docbao_error err = {0};
    docbao_keymap *map;
    g_option_context_add_main_entries(ctx, entries, "docbao");
    if (!parse_options(ctx, &argc, &argv, &code)) {
        g_option_context_free(ctx);
        g_free(keys_path);
        return code;
    }
    g_option_context_free(ctx);
    map = docbao_keymap_load(keys_path, &err);
    g_free(keys_path);
    if (map == NULL) {
        return fail(err.status, &err);
    }
    for (size_t i = 0; i < docbao_keymap_size(map); i++) {
        int cmd = docbao_keymap_command(map, i);
        if (cmd >= 0) {
            printf("%-12s %-16s %s\n", docbao_keymap_key(map, i),
                   docbao_command_name((docbao_command)cmd),
                   docbao_command_describe((docbao_command)cmd));
        }
    }
    docbao_keymap_free(map);
    return EXIT_OK;
}
