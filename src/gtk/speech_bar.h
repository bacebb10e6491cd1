/*
 * docbao-gtk: the controls beside the text: text size (A− / A+), line spacing, column width,
 * theme, and speech: play/pause, previous/next sentence and paragraph, rate, volume, voice.
 * Each control has a translated tooltip and accessible name. The bar does nothing itself: it
 * reports which control was used and shows the values it is given.
 */
#ifndef DBG_SPEECH_BAR_H
#define DBG_SPEECH_BAR_H

#include <gtk/gtk.h>

#include "docbao/docbao.h"
#include "settings.h"

typedef enum {
    DBG_CTL_SMALLER = 0,
    DBG_CTL_LARGER,
    DBG_CTL_SPACING, /* value: percent */
    DBG_CTL_WIDTH,   /* value: characters, 0 = whole width */
    DBG_CTL_THEME,   /* value: dbg_theme */
    DBG_CTL_OPEN,
    DBG_CTL_PLAY,
    DBG_CTL_PREV_PARAGRAPH,
    DBG_CTL_PREV_SENTENCE,
    DBG_CTL_NEXT_SENTENCE,
    DBG_CTL_NEXT_PARAGRAPH,
    DBG_CTL_SLOWER,
    DBG_CTL_FASTER,
    DBG_CTL_SOFTER,
    DBG_CTL_LOUDER,
    DBG_CTL_VOICE, /* value: index in the voice list */
    DBG_CTL_COUNT_
} dbg_control;

typedef void (*dbg_speech_bar_fn)(dbg_control control, int value, void *user);

/* A layout manager that puts a box's children side by side and wraps them to new lines as a
 * paragraph's words wrap, each at its natural width (the bar's, and other rows of controls). */
GType dbg_wrap_layout_get_type(void);

typedef struct dbg_speech_bar dbg_speech_bar;

/* A new bar (it lives as long as its widget). with_open adds the "Open" button. */
dbg_speech_bar *dbg_speech_bar_new(const docbao_voice_list *voices, gboolean with_open,
                                   dbg_speech_bar_fn fn, void *user);
GtkWidget *dbg_speech_bar_widget(dbg_speech_bar *b);

/* Shows values without reporting them back as changes. */
void dbg_speech_bar_show_settings(dbg_speech_bar *b, const dbg_settings *s);
void dbg_speech_bar_show_state(dbg_speech_bar *b, docbao_player_state state);
void dbg_speech_bar_show_speech(dbg_speech_bar *b, int rate, int volume, const char *voice);
/* Greys out the speech controls (no sound device). */
void dbg_speech_bar_set_speech_sensitive(dbg_speech_bar *b, gboolean sensitive);

/* For tests: activates the control named name ("larger", "play", "next-sentence", ...) as a
 * click would. Returns FALSE for an unknown name. */
gboolean dbg_speech_bar_activate(dbg_speech_bar *b, const char *name);

/* For tests: the control named name, or NULL. */
GtkWidget *dbg_speech_bar_control(dbg_speech_bar *b, const char *name);

#endif
