/*
 * docbao-gtk: the player host. It owns the key map, the voice list and the one docbao_player of
 * a window, wakes the GTK main loop when the player has events, and hands each event to the
 * window on the main thread. It also keeps the test log (--log) that the GTK tests read.
 */
#ifndef DBG_HOST_H
#define DBG_HOST_H

#include <glib.h>

#include "docbao/docbao.h"

typedef struct dbg_host dbg_host;

typedef struct {
    const char *engine;    /* NULL = espeak-ng */
    const char *output;    /* NULL = portaudio */
    const char *keys_file; /* NULL = the user's keys.conf over the built-in map */
    const char *state_dir; /* NULL = $XDG_STATE_HOME/docbao */
    const char *log_path;  /* test log, or NULL */
    const char *voice;     /* starting voice profile id, NULL or "" = default */
    int rate;              /* starting rate, <= 0 = the profile's */
    int volume;            /* starting volume, < 0 = the profile's */
} dbg_host_options;

/*
 * A source on the main loop that another thread makes ready with g_source_set_ready_time(source,
 * 0) (thread-safe): fn(data) then runs once on the main thread. Attached; destroy and unref it.
 */
GSource *dbg_wake_source_new(GSourceFunc fn, gpointer data);

/* Called on the main thread for every player event. */
typedef void (*dbg_host_handler)(const docbao_event *event, void *user);

/*
 * Loads the key map and voices and starts the player. A key map or voice file with a mistake
 * is fatal (NULL, err filled: the user must hear about their typo). A missing sound device is
 * not: the host is returned without a player (dbg_host_player() NULL) and
 * dbg_host_player_error() says why, so the window can still show the text.
 */
dbg_host *dbg_host_new(const dbg_host_options *opts, docbao_error *err);
/* Stops the player first, then frees the rest. NULL does nothing. */
void dbg_host_free(dbg_host *host);

void dbg_host_set_handler(dbg_host *host, dbg_host_handler fn, void *user);
docbao_player *dbg_host_player(dbg_host *host);
const docbao_error *dbg_host_player_error(dbg_host *host);
const docbao_keymap *dbg_host_keymap(dbg_host *host);
const docbao_voice_list *dbg_host_voices(dbg_host *host);

/*
 * A filter that sees every command before the player: an edition's reader takes those it
 * steers by and returns TRUE; the others go on to the player. key is the key's name, or NULL
 * for a control; label names the key as it is said.
 */
typedef gboolean (*dbg_host_filter)(const char *key, docbao_command cmd, const char *label,
                                    void *user);
/* Installs fn (NULL: none). */
void dbg_host_set_filter(dbg_host *host, dbg_host_filter fn, void *user);

/*
 * Posts the command the key map binds to key (a key-map name), through the filter; an unbound
 * key is said to do nothing, naming the help key. Returns the command, or -1 for an unbound
 * key.
 */
int dbg_host_press(dbg_host *host, const char *key);

/* Posts a control's command (a button's) through the filter, as a key's. */
void dbg_host_command(dbg_host *host, docbao_command cmd);

/* Says text through the player (nothing without a player) and logs it. */
void dbg_host_say(dbg_host *host, const char *text);

/* Appends "<ms since start> <line>" to the test log, if one is open. */
void dbg_host_log(dbg_host *host, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
gboolean dbg_host_logging(dbg_host *host);

#endif
