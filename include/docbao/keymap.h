/* docbao: key maps, the data that binds keys to player commands. */
#ifndef DOCBAO_KEYMAP_H
#define DOCBAO_KEYMAP_H

#include <stddef.h>

#include "docbao/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A key map: lines of "KEY COMMAND" read from the built-in voices/keys.conf and then from the
 * user's file, whose lines add to and replace the built-in bindings ("KEY none" unbinds).
 * Key names: single characters ("6", "+", "?"), SPACE, ENTER, TAB, BACKSPACE, ESC, LEFT, RIGHT,
 * UP, DOWN, HOME, END, PGUP, PGDN, INS, DEL, F1 to F12, KP0 to KP9, KP_ENTER, KP_PLUS,
 * KP_MINUS, KP_MULTIPLY, KP_DIVIDE, KP_DECIMAL, with CTRL+ in front for control keys.
 */
typedef struct docbao_keymap docbao_keymap;

/*
 * Loads the built-in map and then user_file (NULL: $XDG_CONFIG_HOME/docbao/keys.conf; a
 * missing file is fine). A line that cannot be understood fails the call with the file, the
 * line number and what was wrong, so a typo never silently loses a key. Free with
 * docbao_keymap_free().
 */
docbao_keymap *docbao_keymap_load(const char *user_file, docbao_error *err);
void docbao_keymap_free(docbao_keymap *map);

/* The command bound to a key name (see docbao_command in player.h), or -1. */
int docbao_keymap_lookup(const docbao_keymap *map, const char *key);

/* Bindings in file order: key name and command. */
size_t docbao_keymap_size(const docbao_keymap *map);
const char *docbao_keymap_key(const docbao_keymap *map, size_t i);
int docbao_keymap_command(const docbao_keymap *map, size_t i);

/*
 * How a key is said ("phím 6", "mũi tên phải", "phím cách"), translated. Returns a new string;
 * g_free() it.
 */
char *docbao_key_spoken_name(const char *key);

#ifdef __cplusplus
}
#endif
#endif
