/*
 * docbao-gtk: the reader's settings (reader.ini), the kiosk's configuration (kiosk.ini) and the
 * colour themes. Plain GLib, no GTK, so that unit tests run without a display.
 */
#ifndef DBG_SETTINGS_H
#define DBG_SETTINGS_H

#include <glib.h>

#define DBG_TEXT_SIZE_MIN        100
#define DBG_TEXT_SIZE_MAX        400
#define DBG_TEXT_SIZE_STEP       25
#define DBG_TEXT_SIZE_DEFAULT    100
#define DBG_LINE_SPACING_MIN     100 /* percent of the font's own line height */
#define DBG_LINE_SPACING_MAX     250
#define DBG_LINE_SPACING_DEFAULT 150
#define DBG_COLUMN_MIN           30 /* characters per line; 0 = the window's whole width */
#define DBG_COLUMN_MAX           120
#define DBG_COLUMN_DEFAULT       65

typedef enum {
    DBG_THEME_LIGHT = 0,
    DBG_THEME_DARK,
    DBG_THEME_SEPIA,
    DBG_THEME_CONTRAST, /* yellow on black */
    DBG_THEME_COUNT_
} dbg_theme;

/* A theme's colours as "#RRGGBB": text, background, and the spoken sentence's text and
 * background. Static strings. */
typedef struct {
    const char *name; /* "light", "dark", "sepia", "contrast": the value in reader.ini */
    const char *fg;
    const char *bg;
    const char *hl_fg;
    const char *hl_bg;
} dbg_theme_colors;

/* The colours of theme t (clamped to a known theme). */
const dbg_theme_colors *dbg_theme_get(dbg_theme t);
/* The theme named name, or -1. */
int dbg_theme_from_name(const char *name);
/* The WCAG 2 contrast ratio of two "#RRGGBB" colours (1 to 21); 0 for a malformed colour. */
double dbg_contrast_ratio(const char *a, const char *b);

/* What the reader window remembers between runs. A plain value. */
typedef struct {
    int text_size;    /* percent, DBG_TEXT_SIZE_MIN..MAX */
    int line_spacing; /* percent, DBG_LINE_SPACING_MIN..MAX */
    int column_width; /* characters, DBG_COLUMN_MIN..MAX, or 0 for the whole width */
    dbg_theme theme;
    char voice[64]; /* voice profile id; "" = the default profile */
    int rate;       /* words per minute */
    int volume;     /* 0..200 */
} dbg_settings;

/* Fills s with the defaults. */
void dbg_settings_init(dbg_settings *s);

/* The next text size up (direction > 0), down (< 0) or back to the default (0). */
int dbg_settings_text_size_step(int size, int direction);

/*
 * Reads path into s. A missing file gives the defaults. A file that is not a key file is moved
 * aside to path + ".bad" (replacing an older one) and the defaults are used; a value of the
 * wrong type gives that setting's default; values out of range are clamped. Never fails:
 * returns NULL when all was well, else a translated one-line warning that names the file
 * (g_free() it) for the front end to show.
 */
char *dbg_settings_load(const char *path, dbg_settings *s);

/*
 * Writes s to path atomically (a temporary file renamed over it), creating the folder. On
 * failure returns FALSE with error set and leaves the old file as it was.
 */
gboolean dbg_settings_save(const char *path, const dbg_settings *s, GError **error);

/* Deletes the files directly in dir (the kiosk's private state folder); folders are left. */
void dbg_dir_empty(const char *dir);

/* $XDG_CONFIG_HOME/docbao/NAME. g_free() it. */
char *dbg_config_path(const char *name);

/* The kiosk's configuration: kiosk.ini, group [kiosk]. */
typedef struct {
    int idle_seconds;      /* no key for this long: the warning (default 120) */
    int warning_seconds;   /* then this long to press a key before the reset (default 20) */
    char *admin_keys;      /* the combination that leaves the kiosk, "CTRL+ALT+SHIFT+Q" */
    gboolean blank_screen; /* cover the screen while the keypad is in use */
    gboolean continuous;   /* read on to the next article (default: back to the list) */
    int refresh_seconds;   /* between sessions, the news is read again this often; 0 = never */
    char *feed;            /* a feed's address or file, or NULL */
    char **home_keys;      /* keys that go back to the home screen ("BACKSPACE", "ESC") */
    char *voice;           /* the session's default voice, or NULL for the built-in default */
    int rate;              /* the session's default rate */
    int volume;            /* the session's default volume */
} dbg_kiosk_config;

/* Fills c with the defaults; dbg_kiosk_config_clear() frees what it holds. */
void dbg_kiosk_config_init(dbg_kiosk_config *c);
void dbg_kiosk_config_clear(dbg_kiosk_config *c);

/*
 * Reads path (a missing file gives the defaults) into c, which must have been initialized.
 * A kiosk must start whatever its file holds: an unreadable file or a wrong value keeps the
 * defaults for what could not be read. Returns NULL when all was well, else a translated
 * warning naming the file and the key (g_free() it).
 */
char *dbg_kiosk_config_load(const char *path, dbg_kiosk_config *c);

#endif
