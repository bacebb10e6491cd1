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
    int key_width, what_width;
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
    /*
     * Each key with what it does, in the user's language, and the command's name as
     * keys.conf spells it (to change the key). Columns as wide as their widest cell.
     */
    key_width = display_width(_("KEY")) + 2;
    what_width = display_width(_("WHAT IT DOES")) + 2;
    for (size_t i = 0; i < docbao_keymap_size(map); i++) {
        int cmd = docbao_keymap_command(map, i);
        if (cmd >= 0) {
            key_width = MAX(key_width, display_width(docbao_keymap_key(map, i)) + 2);
            what_width =
                MAX(what_width, display_width(docbao_command_describe((docbao_command)cmd)) + 2);
        }
    }
    print_cell(_("KEY"), key_width);
    print_cell(_("WHAT IT DOES"), what_width);
    printf("%s\n", _("COMMAND IN keys.conf"));
    for (size_t i = 0; i < docbao_keymap_size(map); i++) {
        int cmd = docbao_keymap_command(map, i);
        if (cmd >= 0) {
            print_cell(docbao_keymap_key(map, i), key_width);
            print_cell(docbao_command_describe((docbao_command)cmd), what_width);
            printf("%s\n", docbao_command_name((docbao_command)cmd));
        }
    }
    docbao_keymap_free(map);
    return EXIT_OK;
}
