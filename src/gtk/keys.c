/* docbao-gtk: key names (see keys.h). */
#include "keys.h"

#include <string.h>

static const struct {
    guint keyval;
    const char *name;
} named[] = {
    {GDK_KEY_space, "SPACE"},
    {GDK_KEY_Return, "ENTER"},
    {GDK_KEY_ISO_Enter, "ENTER"},
    {GDK_KEY_Tab, "TAB"},
    {GDK_KEY_ISO_Left_Tab, "TAB"},
    {GDK_KEY_BackSpace, "BACKSPACE"},
    {GDK_KEY_Escape, "ESC"},
    {GDK_KEY_Left, "LEFT"},
    {GDK_KEY_Right, "RIGHT"},
    {GDK_KEY_Up, "UP"},
    {GDK_KEY_Down, "DOWN"},
    {GDK_KEY_Home, "HOME"},
    {GDK_KEY_End, "END"},
    {GDK_KEY_Page_Up, "PGUP"},
    {GDK_KEY_Page_Down, "PGDN"},
    {GDK_KEY_Insert, "INS"},
    {GDK_KEY_Delete, "DEL"},
    {GDK_KEY_KP_Enter, "KP_ENTER"},
    {GDK_KEY_KP_Add, "KP_PLUS"},
    {GDK_KEY_KP_Subtract, "KP_MINUS"},
    {GDK_KEY_KP_Multiply, "KP_MULTIPLY"},
    {GDK_KEY_KP_Divide, "KP_DIVIDE"},
    {GDK_KEY_KP_Decimal, "KP_DECIMAL"},
    {GDK_KEY_KP_Separator, "KP_DECIMAL"},
    {GDK_KEY_KP_Delete, "KP_DECIMAL"},
    /* The keypad with NumLock off sends movement keys; a kiosk's keypad means its digits. */
    {GDK_KEY_KP_Insert, "KP0"},
    {GDK_KEY_KP_End, "KP1"},
    {GDK_KEY_KP_Down, "KP2"},
    {GDK_KEY_KP_Page_Down, "KP3"},
    {GDK_KEY_KP_Left, "KP4"},
    {GDK_KEY_KP_Begin, "KP5"},
    {GDK_KEY_KP_Right, "KP6"},
    {GDK_KEY_KP_Home, "KP7"},
    {GDK_KEY_KP_Up, "KP8"},
    {GDK_KEY_KP_Page_Up, "KP9"},
};

gboolean dbg_key_name(guint keyval, GdkModifierType state, char *out, size_t size)
{
    gunichar c;
    char utf8[8];
    int n;
    out[0] = '\0';
    if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9) {
        g_snprintf(out, size, "KP%u", keyval - GDK_KEY_KP_0);
        return TRUE;
    }
    if (keyval >= GDK_KEY_F1 && keyval <= GDK_KEY_F12) {
        g_snprintf(out, size, "F%u", keyval - GDK_KEY_F1 + 1);
        return TRUE;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(named); i++) {
        if (named[i].keyval == keyval) {
            g_strlcpy(out, named[i].name, size);
            return TRUE;
        }
    }
    c = gdk_keyval_to_unicode(keyval);
    if (c == 0 || g_unichar_iscntrl(c)) {
        return FALSE;
    }
    if (state & GDK_CONTROL_MASK) {
        c = g_unichar_tolower(c);
    }
    n = g_unichar_to_utf8(c, utf8);
    utf8[n] = '\0';
    g_snprintf(out, size, "%s%s", (state & GDK_CONTROL_MASK) ? "CTRL+" : "", utf8);
    return TRUE;
}

/* Builds "MOD+...+KEY" from modifier flags and a key's name. */
static char *combo_of(gboolean ctrl, gboolean alt, gboolean shift, gboolean super, const char *key)
{
    char *upper = g_utf8_strup(key, -1);
    char *out = g_strdup_printf("%s%s%s%s%s", ctrl ? "CTRL+" : "", alt ? "ALT+" : "",
                                shift ? "SHIFT+" : "", super ? "SUPER+" : "", upper);
    g_free(upper);
    return out;
}

char *dbg_key_combo(guint keyval, GdkModifierType state)
{
    char name[32];
    if (!dbg_key_name(gdk_keyval_to_lower(keyval), 0, name, sizeof name)) {
        return NULL;
    }
    return combo_of((state & GDK_CONTROL_MASK) != 0, (state & GDK_ALT_MASK) != 0,
                    (state & GDK_SHIFT_MASK) != 0, (state & GDK_SUPER_MASK) != 0, name);
}

char *dbg_key_combo_normalize(const char *text)
{
    char **parts = g_strsplit(text, "+", -1);
    gboolean ctrl = FALSE, alt = FALSE, shift = FALSE, super = FALSE;
    const char *key = "";
    char *out;
    for (char **p = parts; *p != NULL; p++) {
        char *t = g_strstrip(*p);
        if (g_ascii_strcasecmp(t, "CTRL") == 0 || g_ascii_strcasecmp(t, "CONTROL") == 0) {
            ctrl = TRUE;
        } else if (g_ascii_strcasecmp(t, "ALT") == 0) {
            alt = TRUE;
        } else if (g_ascii_strcasecmp(t, "SHIFT") == 0) {
            shift = TRUE;
        } else if (g_ascii_strcasecmp(t, "SUPER") == 0) {
            super = TRUE;
        } else {
            key = t;
        }
    }
    out = combo_of(ctrl, alt, shift, super, key);
    g_strfreev(parts);
    return out;
}

gboolean dbg_key_parse(const char *text, guint *keyval, GdkModifierType *state)
{
    char **parts = g_strsplit(text, "+", -1);
    guint n = g_strv_length(parts);
    gboolean ok = n > 0;
    *state = 0;
    *keyval = 0;
    for (guint i = 0; ok && i + 1 < n; i++) {
        if (g_ascii_strcasecmp(parts[i], "ctrl") == 0) {
            *state |= GDK_CONTROL_MASK;
        } else if (g_ascii_strcasecmp(parts[i], "alt") == 0) {
            *state |= GDK_ALT_MASK;
        } else if (g_ascii_strcasecmp(parts[i], "shift") == 0) {
            *state |= GDK_SHIFT_MASK;
        } else {
            ok = FALSE;
        }
    }
    if (ok) {
        *keyval = gdk_keyval_from_name(parts[n - 1]);
        ok = *keyval != 0 && *keyval != GDK_KEY_VoidSymbol;
    }
    g_strfreev(parts);
    return ok;
}
