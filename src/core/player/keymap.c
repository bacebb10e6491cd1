/* Key maps (voices/keys.conf and the user's keys.conf) and the table of player commands. */
#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "docbao/keymap.h"
#include "docbao/player.h"
#include "base/internal.h"
#include "base/resources.h"

/* ---------------------------------------------------------------------------------------- */
/* Commands                                                                                  */

static const struct {
    const char *name;
    const char *text;
} commands[] = {
#define DOCBAO_COMMAND_ROW_(id, name, text) {name, text},
    DOCBAO_COMMAND_MAP(DOCBAO_COMMAND_ROW_)
#undef DOCBAO_COMMAND_ROW_
};

const char *docbao_command_name(docbao_command cmd)
{
    return (unsigned)cmd < G_N_ELEMENTS(commands) ? commands[cmd].name : "none";
}

const char *docbao_command_describe(docbao_command cmd)
{
    return (unsigned)cmd < G_N_ELEMENTS(commands) ? _(commands[cmd].text) : "";
}

int docbao_command_from_name(const char *name)
{
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++) {
        if (strcmp(commands[i].name, name) == 0) {
            return (int)i;
        }
    }
    return -1;
}

/* ---------------------------------------------------------------------------------------- */
/* Key names                                                                                 */

static const struct {
    const char *key;
    const char *spoken;
} named_keys[] = {
    {"SPACE", DOCBAO_N_("space bar")},
    {"ENTER", DOCBAO_N_("Enter")},
    {"TAB", DOCBAO_N_("Tab")},
    {"BACKSPACE", DOCBAO_N_("Backspace")},
    {"ESC", DOCBAO_N_("Escape")},
    {"LEFT", DOCBAO_N_("left arrow")},
    {"RIGHT", DOCBAO_N_("right arrow")},
    {"UP", DOCBAO_N_("up arrow")},
    {"DOWN", DOCBAO_N_("down arrow")},
    {"HOME", DOCBAO_N_("Home")},
    {"END", DOCBAO_N_("End")},
    {"PGUP", DOCBAO_N_("Page Up")},
    {"PGDN", DOCBAO_N_("Page Down")},
    {"INS", DOCBAO_N_("Insert")},
    {"DEL", DOCBAO_N_("Delete")},
    {"KP_ENTER", DOCBAO_N_("keypad Enter")},
    {"KP_PLUS", DOCBAO_N_("keypad plus")},
    {"KP_MINUS", DOCBAO_N_("keypad minus")},
    {"KP_MULTIPLY", DOCBAO_N_("keypad star")},
    {"KP_DIVIDE", DOCBAO_N_("keypad slash")},
    {"KP_DECIMAL", DOCBAO_N_("keypad dot")},
};

static const struct {
    char c;
    const char *spoken;
} char_keys[] = {
    {'+', DOCBAO_N_("plus key")},      {'-', DOCBAO_N_("minus key")},
    {'=', DOCBAO_N_("equals key")},    {'.', DOCBAO_N_("dot key")},
    {'?', DOCBAO_N_("question mark")}, {'[', DOCBAO_N_("left bracket")},
    {']', DOCBAO_N_("right bracket")}, {'*', DOCBAO_N_("star key")},
    {'#', DOCBAO_N_("hash key")},      {'/', DOCBAO_N_("slash key")},
    {'<', DOCBAO_N_("less-than key")}, {'>', DOCBAO_N_("greater-than key")},
};

/* Is this a key name the map understands? */
static gboolean valid_key(const char *key)
{
    const char *base = g_str_has_prefix(key, "CTRL+") ? key + 5 : key;
    if (g_utf8_strlen(base, -1) == 1 && !g_ascii_isspace(base[0])) {
        return TRUE;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(named_keys); i++) {
        if (strcmp(base, named_keys[i].key) == 0) {
            return TRUE;
        }
    }
    if (base[0] == 'F' && g_ascii_isdigit(base[1])) {
        int n = atoi(base + 1);
        return n >= 1 && n <= 12;
    }
    return g_str_has_prefix(base, "KP") && g_ascii_isdigit(base[2]) && base[3] == '\0';
}

char *docbao_key_spoken_name(const char *key)
{
    gboolean ctrl = g_str_has_prefix(key, "CTRL+");
    const char *base = ctrl ? key + 5 : key;
    char *name = NULL;
    char *out;
    for (size_t i = 0; i < G_N_ELEMENTS(named_keys) && name == NULL; i++) {
        if (strcmp(base, named_keys[i].key) == 0) {
            name = g_strdup(_(named_keys[i].spoken));
        }
    }
    for (size_t i = 0; i < G_N_ELEMENTS(char_keys) && name == NULL; i++) {
        if (base[0] == char_keys[i].c && base[1] == '\0') {
            name = g_strdup(_(char_keys[i].spoken));
        }
    }
    if (name == NULL && g_str_has_prefix(base, "KP") && g_ascii_isdigit(base[2])) {
        name = g_strdup_printf(_("keypad %c"), base[2]);
    }
    if (name == NULL) {
        name = g_strdup_printf(_("key %s"), base);
    }
    out = ctrl ? g_strdup_printf(_("Control %s"), name) : g_strdup(name);
    g_free(name);
    return out;
}

/* ---------------------------------------------------------------------------------------- */
/* Maps                                                                                      */

typedef struct {
    char *key;
    int command; /* -1: unbound */
} binding;

struct docbao_keymap {
    GArray *bindings; /* of binding, in file order */
};

static void binding_clear(gpointer p)
{
    g_free(((binding *)p)->key);
}

static void put(docbao_keymap *map, const char *key, int command)
{
    binding b;
    for (guint i = 0; i < map->bindings->len; i++) {
        binding *old = &g_array_index(map->bindings, binding, i);
        if (strcmp(old->key, key) == 0) {
            old->command = command;
            return;
        }
    }
    b.key = g_strdup(key);
    b.command = command;
    g_array_append_val(map->bindings, b);
}

/* Parses key-map text; on a bad line fills err with source:line and returns FALSE. */
static gboolean parse(docbao_keymap *map, const char *text, const char *source, docbao_error *err)
{
    char **lines = g_strsplit(text, "\n", -1);
    gboolean ok = TRUE;
    for (guint n = 0; lines[n] != NULL && ok; n++) {
        char *line = g_strstrip(lines[n]);
        char **parts;
        const char *words[3] = {NULL, NULL, NULL};
        guint count = 0;
        int cmd;
        if (line[0] == '\0' || line[0] == '#') {
            continue;
        }
        parts = g_strsplit_set(line, " \t", -1);
        for (guint i = 0; parts[i] != NULL; i++) {
            if (parts[i][0] != '\0') {
                if (count < G_N_ELEMENTS(words)) {
                    words[count] = parts[i];
                }
                count++;
            }
        }
        if (count != 2) {
            dbi_fail(err, DOCBAO_ERR_INVALID_ARG,
                     _("%s:%u: expected \"KEY COMMAND\", found \"%s\""), source, n + 1, line);
            ok = FALSE;
        } else if (!valid_key(words[0])) {
            dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("%s:%u: unknown key \"%s\""), source, n + 1,
                     words[0]);
            ok = FALSE;
        } else if (strcmp(words[1], "none") == 0) {
            put(map, words[0], -1);
        } else if ((cmd = docbao_command_from_name(words[1])) < 0) {
            dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("%s:%u: unknown command \"%s\""), source, n + 1,
                     words[1]);
            ok = FALSE;
        } else {
            put(map, words[0], cmd);
        }
        g_strfreev(parts);
    }
    g_strfreev(lines);
    return ok;
}

docbao_keymap *docbao_keymap_load(const char *user_file, docbao_error *err)
{
    docbao_keymap *map = g_new0(docbao_keymap, 1);
    GBytes *builtin;
    char *path;
    char *text = NULL;
    gboolean ok;

    map->bindings = g_array_new(FALSE, FALSE, sizeof(binding));
    g_array_set_clear_func(map->bindings, binding_clear);
    builtin = dbi_resource_lookup("keys.conf");
    if (builtin == NULL) {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("the built-in key map is missing"));
        docbao_keymap_free(map);
        return NULL;
    }
    text = g_strndup(g_bytes_get_data(builtin, NULL), g_bytes_get_size(builtin));
    ok = parse(map, text, "voices/keys.conf", err);
    g_free(text);
    g_bytes_unref(builtin);
    path = user_file != NULL
               ? g_strdup(user_file)
               : g_build_filename(g_get_user_config_dir(), "docbao", "keys.conf", NULL);
    if (ok && g_file_get_contents(path, &text, NULL, NULL)) {
        ok = g_utf8_validate(text, -1, NULL)
                 ? parse(map, text, path, err)
                 : (dbi_fail(err, DOCBAO_ERR_ENCODING, _("%s: not valid UTF-8"), path), FALSE);
        g_free(text);
    }
    g_free(path);
    if (!ok) {
        docbao_keymap_free(map);
        return NULL;
    }
    return map;
}

void docbao_keymap_free(docbao_keymap *map)
{
    if (map == NULL) {
        return;
    }
    g_array_unref(map->bindings);
    g_free(map);
}

int docbao_keymap_lookup(const docbao_keymap *map, const char *key)
{
    for (guint i = 0; i < map->bindings->len; i++) {
        const binding *b = &g_array_index(map->bindings, binding, i);
        if (strcmp(b->key, key) == 0) {
            return b->command;
        }
    }
    return -1;
}

size_t docbao_keymap_size(const docbao_keymap *map)
{
    return map->bindings->len;
}

const char *docbao_keymap_key(const docbao_keymap *map, size_t i)
{
    return g_array_index(map->bindings, binding, i).key;
}

int docbao_keymap_command(const docbao_keymap *map, size_t i)
{
    return g_array_index(map->bindings, binding, i).command;
}
