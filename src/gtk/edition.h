/*
 * docbao-gtk: the edition on screen, shared by the reader window and the kiosk. It builds a
 * docbao_edition from sources (files, addresses, folders, feeds, list pages, or the saved
 * sources) on a worker thread, shows its headlines (headlines.h) and steers the player through
 * it with the core's docbao_reader: the listener's commands go to the reader first, the
 * player's events and the loader's progress come back to it, and the article of the current
 * entry is handed to the front end to show.
 *
 * Without a reader there is nothing to steer: when there is no sound device, or when the
 * window shows one article (as `docbao read` plays one article), the entry chosen in the list
 * is shown and, with a player, read as it is.
 */
#ifndef DBG_EDITION_H
#define DBG_EDITION_H

#include <gtk/gtk.h>

#include "docbao/docbao.h"
#include "headlines.h"
#include "host.h"

typedef struct dbg_edition dbg_edition;

typedef struct {
    /* Use the reader even for an edition of one entry (the kiosk's list is always there). */
    gboolean always_reader;
    /* Read on from article to article (the "continuous" command toggles it). */
    gboolean continuous;
    /* Digits then Enter choose an entry by number (not on a kiosk's keypad, whose digits
     * move). */
    gboolean digits;
    /* Buttons for the article commands and the "stop after each article" check box. */
    gboolean with_controls;
    docbao_open_mode open_mode;
    /* Where heard entries are kept; NULL = $XDG_STATE_HOME/docbao. */
    const char *state_dir;
    /* Network time-outs (0 = the library's defaults). */
    long timeout_ms;
} dbg_edition_options;

typedef struct {
    /* Show this article, the current entry's (copied by the callee), from origin; NULL:
     * nothing is shown (the entry is loading, or there is none). */
    void (*show)(const docbao_article *article, const char *origin, void *user);
    /*
     * A build ended. err: nothing could be read (each source failed, or the saved sources
     * file is wrong), else NULL. skipped: a sentence naming the sources that failed, or NULL.
     * no_sources: no source was given and none is saved.
     */
    void (*built)(const docbao_error *err, const char *skipped, gboolean no_sources, void *user);
    /* The mode, the current entry or the article shown changed. */
    void (*changed)(void *user);
} dbg_edition_callbacks;

/* A new controller on host (whose player may be missing). Installs itself as the host's
 * command filter. Free with dbg_edition_free(). */
dbg_edition *dbg_edition_new(dbg_host *host, const dbg_edition_options *opts,
                             const dbg_edition_callbacks *cb, void *user);
/* Stops the reader and the loader, and frees; a build still running is abandoned. */
void dbg_edition_free(dbg_edition *e);

/* The headlines pane: the list, and the controls when asked for. */
GtkWidget *dbg_edition_widget(dbg_edition *e);
dbg_headlines *dbg_edition_headlines(dbg_edition *e);

/*
 * Builds a new edition of n sources (n 0: the saved sources) on a worker thread; when it is
 * ready, the old one is dropped, the list shows the new one and the reader starts: it says
 * intro (may be NULL) and the sources skipped, then the first headline, or reads the one
 * entry. An edition with no entry says empty (may be NULL) instead. A build still running is
 * abandoned.
 */
void dbg_edition_open(dbg_edition *e, const char *const *locations, gsize n, const char *intro,
                      const char *empty);
/*
 * The same sources again, for news that came since (a kiosk waiting for a citizen): the new
 * edition takes the old one's place when it is ready, without a word; until then the old one
 * stays in use.
 */
void dbg_edition_refresh(dbg_edition *e, const char *const *locations, gsize n);
/* Abandons a build still running (the old edition stays). */
void dbg_edition_abandon(dbg_edition *e);
/* Drops the edition: the player stops, the list empties. */
void dbg_edition_close(dbg_edition *e);

/* TRUE while a build runs. */
gboolean dbg_edition_busy(dbg_edition *e);
/* The number of entries (0 when there is no edition). */
gsize dbg_edition_size(dbg_edition *e);
/* The current entry, and whether the listener is in it (reading) rather than in the list. */
size_t dbg_edition_current(dbg_edition *e);
gboolean dbg_edition_in_article(dbg_edition *e);
/* TRUE when the article shown is the one the player reads (highlights belong to it). */
gboolean dbg_edition_reading_shown(dbg_edition *e);
/* TRUE when a reader steers the player. */
gboolean dbg_edition_has_reader(dbg_edition *e);
/* TRUE once the last entry was read to its end (or, without a reader, the article ended). */
gboolean dbg_edition_done(dbg_edition *e);

/*
 * A command of the listener that came from a control rather than a key (the bar's Read button,
 * the pane's buttons). Goes to the reader first, else to the player.
 */
void dbg_edition_command(dbg_edition *e, docbao_command cmd);

/* The listener chose entry i on screen: selected (read FALSE) or activated (read TRUE). */
void dbg_edition_choose(dbg_edition *e, size_t i, gboolean read);

/* Follows one player event (before the panel does). */
void dbg_edition_player_event(dbg_edition *e, const docbao_event *event);

/* The list's text size and colours. */
void dbg_edition_set_style(dbg_edition *e, int font_px, const dbg_settings *s);

/* For tests: activates a control of the pane ("next-article", "prev-article", "headlines",
 * "continuous"). FALSE for an unknown name or without controls. */
gboolean dbg_edition_activate(dbg_edition *e, const char *name);

#endif
