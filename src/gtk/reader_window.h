/*
 * docbao-gtk: the reader. dbg_reader is the panel both front ends show: the controls, the
 * reading view and a status line, steered by keys through the key map and by the controls,
 * following the player's events. What it reads is an edition (edition.h), whose headlines the
 * window shows beside the article when there are several. dbg_reader_window_new() puts it in a
 * window of its own with an "Open" dialog, drag and drop, and settings saved in reader.ini.
 */
#ifndef DBG_READER_WINDOW_H
#define DBG_READER_WINDOW_H

#include <gtk/gtk.h>

#include "article_view.h"
#include "edition.h"
#include "host.h"
#include "settings.h"
#include "speech_bar.h"

typedef struct dbg_reader dbg_reader;

/*
 * A new panel on host with settings s (copied). settings_path, when not NULL, is where every
 * change is saved (the kiosk passes NULL: nothing of a citizen's session is kept). with_open
 * adds the "Open" button. The panel reads editions as eo says (edition.h); with_pane puts
 * their headlines beside the article (the kiosk shows them on its home screen instead), their
 * text list_scale percent of the article's. The panel lives as long as its widget.
 */
dbg_reader *dbg_reader_new(dbg_host *host, const dbg_settings *s, const char *settings_path,
                           gboolean with_open, const dbg_edition_options *eo, gboolean with_pane,
                           int list_scale);
GtkWidget *dbg_reader_widget(dbg_reader *r);
dbg_article_view *dbg_reader_view(dbg_reader *r);
dbg_speech_bar *dbg_reader_bar(dbg_reader *r);
const dbg_settings *dbg_reader_settings(dbg_reader *r);

/* Applies s (copied) to the view, the controls and the player, and saves it if the panel
 * saves. */
void dbg_reader_set_settings(dbg_reader *r, const dbg_settings *s);

/*
 * Reads n sources (files, http(s) addresses, "-", folders, feeds, list pages; n 0: the saved
 * sources) as one edition, built on a worker thread (see dbg_edition_open()). A failure is
 * shown and said. A build still running is abandoned in favour of the new one.
 */
void dbg_reader_open(dbg_reader *r, const char *const *sources, gsize n);
/* The edition the panel reads. */
dbg_edition *dbg_reader_edition(dbg_reader *r);
/* Called when the edition's mode, current entry or shown article changes (the kiosk). */
void dbg_reader_set_changed_handler(dbg_reader *r, void (*fn)(void *user), void *user);
/* TRUE while an article is shown. */
gboolean dbg_reader_has_article(dbg_reader *r);

/* Follows one player event (call it from the host's handler). */
void dbg_reader_handle_event(dbg_reader *r, const docbao_event *e);

/*
 * Handles a key: Ctrl with +, − and 0 sets the text size; other keys go through the key map.
 * Unless all_keys is set, Tab and the keys that work the focused control (Space, Enter and
 * arrows on a button or list) are left to GTK. Returns TRUE when the key was used.
 */
gboolean dbg_reader_key(dbg_reader *r, guint keyval, GdkModifierType state, gboolean all_keys);

/* Called when the "Open" control or Ctrl+O is used. */
void dbg_reader_set_open_handler(dbg_reader *r, void (*fn)(void *user), void *user);

/* Shows a line in the status bar, or a banner that stays (no sound device, a bad file). */
void dbg_reader_show_status(dbg_reader *r, const char *text);
/* For tests: the status line, and its text. */
GtkWidget *dbg_reader_status_label(dbg_reader *r);
const char *dbg_reader_status_text(dbg_reader *r);
void dbg_reader_show_banner(dbg_reader *r, const char *text);

/*
 * The reader window with settings s read from settings_path (where changes are saved); warning,
 * when not NULL, is shown in a banner (the settings file could not be read). Reads the n
 * sources, or the saved sources when n is 0; heard articles are kept in state_dir (NULL: the
 * default).
 */
GtkWindow *dbg_reader_window_new(dbg_host *host, const char *settings_path, const dbg_settings *s,
                                 const char *warning, const char *const *sources, gsize n,
                                 const char *state_dir, dbg_reader **reader_out);

#endif
