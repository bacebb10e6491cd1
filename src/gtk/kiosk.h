/*
 * docbao-gtk: the kiosk. A fullscreen window (filling the screen by itself where no window
 * manager does) whose home screen is the headlines of one edition built from a folder and a
 * feed, navigated by a keypad with the edition's spoken headlines; an article reads in the same
 * panel as the reader window. After an idle time a spoken warning lets the citizen extend the
 * session; then the session is reset: home screen, default volume, rate, text size and theme,
 * and no trace of what was read. Leaving takes the administrator's key combination.
 */
#ifndef DBG_KIOSK_H
#define DBG_KIOSK_H

#include <gtk/gtk.h>

#include "host.h"
#include "reader_window.h"
#include "settings.h"

typedef struct dbg_kiosk dbg_kiosk;

/*
 * Builds the kiosk window on host for the articles in folder (may be NULL when config names a
 * feed) with config (copied); the edition is built in the background and built again at every
 * session reset. state_dir is the player's and the edition's private state folder, emptied at
 * each session reset. fullscreen is FALSE only for tests that set a window size.
 */
dbg_kiosk *dbg_kiosk_new(dbg_host *host, const char *folder, const dbg_kiosk_config *config,
                         const char *state_dir, gboolean fullscreen);
GtkWindow *dbg_kiosk_window(dbg_kiosk *k);
dbg_reader *dbg_kiosk_reader(dbg_kiosk *k);

/* Handles a key as the window's key controller does; for tests that replay keys. */
gboolean dbg_kiosk_key(dbg_kiosk *k, guint keyval, GdkModifierType state);

/* Follows a player event (the host's handler). */
void dbg_kiosk_handle_event(dbg_kiosk *k, const docbao_event *e);

#endif
