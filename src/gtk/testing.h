/*
 * docbao-gtk: test-only machinery behind hidden options. It replays keys and clicks through
 * the same handlers the window's controllers call, saves a PNG snapshot of the window once it
 * is laid out, prints layout figures, checks accessible names, and quits.
 */
#ifndef DBG_TESTING_H
#define DBG_TESTING_H

#include <gtk/gtk.h>

#include "host.h"
#include "reader_window.h"

typedef struct {
    char *replay;     /* comma-separated steps (see testing.c) */
    int replay_delay; /* ms between steps */
    int start_delay;  /* ms before the first step */
    char *snapshot;   /* PNG to save after the replay, then quit */
    gboolean report;  /* print layout figures before quitting */
    gboolean check_a11y;
    int quit_after; /* ms; 0 = never */
    gboolean quit_when_finished;
} dbg_test_options;

typedef struct dbg_testing dbg_testing;

/*
 * Starts the test machinery on window (whose reader panel is reader) once the window is shown.
 * key_fn is the window's key handler. quit is called (once) with the exit status when the tests
 * are done. Returns NULL when no test option is set.
 */
dbg_testing *dbg_testing_start(const dbg_test_options *o, GtkWindow *window, dbg_host *host,
                               dbg_reader *reader,
                               gboolean (*key_fn)(guint keyval, GdkModifierType state, void *user),
                               void *key_user, void (*quit)(int status, void *user),
                               void *quit_user);
/* Follows player events (FINISHED for quit_when_finished). */
void dbg_testing_event(dbg_testing *t, const docbao_event *e);
void dbg_testing_free(dbg_testing *t);

#endif
