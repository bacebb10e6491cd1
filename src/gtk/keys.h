/* docbao-gtk: GDK key events as the key map's key names ("RIGHT", "KP6", "6", "SPACE"). */
#ifndef DBG_KEYS_H
#define DBG_KEYS_H

#include <gtk/gtk.h>

/*
 * The key map name of a key (see docbao/keymap.h): KP0..KP9 whether NumLock is on or off,
 * KP_ENTER, KP_PLUS, ..., arrows, F1..F12, single characters, and "CTRL+x" for a letter with
 * Control. Writes at most size bytes to out and returns FALSE (out "") for keys that have no
 * name (modifiers alone, dead keys).
 */
gboolean dbg_key_name(guint keyval, GdkModifierType state, char *out, size_t size);

/*
 * The key with every modifier spelled out, for comparing with a configured combination:
 * "CTRL+ALT+SHIFT+Q" (modifiers in the order CTRL, ALT, SHIFT, SUPER, then the key's name with
 * letters in upper case). g_free() it; NULL for keys without a name.
 */
char *dbg_key_combo(guint keyval, GdkModifierType state);

/* A configured combination such as "ctrl+shift+alt+q" in the form dbg_key_combo() gives.
 * g_free() it. */
char *dbg_key_combo_normalize(const char *text);

/*
 * Parses a key as tests write it: modifiers and a GDK key name, "ctrl+plus", "KP_2",
 * "ctrl+alt+shift+q". Returns FALSE for an unknown name.
 */
gboolean dbg_key_parse(const char *text, guint *keyval, GdkModifierType *state);

#endif
