/*
 * atspi_names: what a screen reader sees. Connects to the accessibility bus (AT-SPI) as Orca
 * does, finds the running application named APP, walks its accessible tree and checks that
 * every control a listener can operate (buttons, toggles, combo boxes, sliders, spin buttons,
 * menu items, list items, links, entries) has a name of its own: not empty, and not the
 * toolkit's class name ("GtkToggleButton"), which is what an unnamed widget is called.
 *
 *   atspi_names APP [SECONDS]    waits up to SECONDS (default 20) for APP to appear
 *
 * Prints one line per control ("role name") and a summary; exits 0 when all controls are named
 * and there are some, 1 otherwise, 2 when the application never appeared.
 */
#include <atspi/atspi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gboolean is_control(AtspiRole role)
{
    switch (role) {
    case ATSPI_ROLE_PUSH_BUTTON:
    case ATSPI_ROLE_TOGGLE_BUTTON:
    case ATSPI_ROLE_CHECK_BOX:
    case ATSPI_ROLE_RADIO_BUTTON:
    case ATSPI_ROLE_COMBO_BOX:
    case ATSPI_ROLE_SLIDER:
    case ATSPI_ROLE_SPIN_BUTTON:
    case ATSPI_ROLE_MENU_ITEM:
    case ATSPI_ROLE_LIST_ITEM:
    case ATSPI_ROLE_LINK:
    case ATSPI_ROLE_ENTRY:
        return TRUE;
    default:
        return FALSE;
    }
}

static void walk(AtspiAccessible *node, int depth, unsigned *named, unsigned *unnamed)
{
    GError *err = NULL;
    AtspiRole role = atspi_accessible_get_role(node, &err);
    gint n;
    if (err != NULL) {
        g_error_free(err);
        return;
    }
    if (is_control(role)) {
        char *name = atspi_accessible_get_name(node, NULL);
        char *role_name = atspi_accessible_get_role_name(node, NULL);
        gboolean ok = name != NULL && name[0] != '\0' && !g_str_has_prefix(name, "Gtk");
        printf("%s %s: %s\n", ok ? "named" : "UNNAMED", role_name != NULL ? role_name : "?",
               ok ? name : "");
        *(ok ? named : unnamed) += 1;
        g_free(name);
        g_free(role_name);
    }
    if (depth > 64) {
        return;
    }
    n = atspi_accessible_get_child_count(node, NULL);
    for (gint i = 0; i < n; i++) {
        AtspiAccessible *child = atspi_accessible_get_child_at_index(node, i, NULL);
        if (child != NULL) {
            walk(child, depth + 1, named, unnamed);
            g_object_unref(child);
        }
    }
}

int main(int argc, char **argv)
{
    const char *app = argc > 1 ? argv[1] : "docbao-gtk";
    int seconds = argc > 2 ? atoi(argv[2]) : 20;
    AtspiAccessible *found = NULL;
    unsigned named = 0, unnamed = 0;

    if (atspi_init() < 0) {
        fprintf(stderr, "atspi_names: cannot reach the accessibility bus\n");
        return 2;
    }
    for (int tries = 0; tries < seconds * 10 && found == NULL; tries++) {
        AtspiAccessible *desktop = atspi_get_desktop(0);
        gint n = atspi_accessible_get_child_count(desktop, NULL);
        for (gint i = 0; i < n && found == NULL; i++) {
            AtspiAccessible *a = atspi_accessible_get_child_at_index(desktop, i, NULL);
            char *name = a != NULL ? atspi_accessible_get_name(a, NULL) : NULL;
            if (name != NULL && strcmp(name, app) == 0 &&
                atspi_accessible_get_child_count(a, NULL) > 0) {
                found = g_object_ref(a);
            }
            g_free(name);
            if (a != NULL) {
                g_object_unref(a);
            }
        }
        g_object_unref(desktop);
        if (found == NULL) {
            g_usleep(100000);
        }
    }
    if (found == NULL) {
        AtspiAccessible *desktop = atspi_get_desktop(0);
        gint n = atspi_accessible_get_child_count(desktop, NULL);
        fprintf(stderr, "atspi_names: %s did not appear on the accessibility bus (%d there:", app,
                n);
        for (gint i = 0; i < n; i++) {
            AtspiAccessible *a = atspi_accessible_get_child_at_index(desktop, i, NULL);
            char *name = a != NULL ? atspi_accessible_get_name(a, NULL) : NULL;
            fprintf(stderr, " \"%s\" with %d children", name != NULL ? name : "?",
                    a != NULL ? atspi_accessible_get_child_count(a, NULL) : -1);
            g_free(name);
            if (a != NULL) {
                g_object_unref(a);
            }
        }
        fprintf(stderr, ")\n");
        g_object_unref(desktop);
        return 2;
    }
    /* Let the window finish building its widgets. */
    g_usleep(1000000);
    walk(found, 0, &named, &unnamed);
    printf("summary: %u controls named, %u unnamed\n", named, unnamed);
    g_object_unref(found);
    return unnamed == 0 && named > 0 ? 0 : 1;
}
