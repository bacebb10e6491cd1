/*
 * docbao: the player stage. Takes an article, a voice profile and a key map; runs the pipeline
 * (script, speech, audio stream) on its own thread, a few seconds ahead of the listener, and
 * gives events (position down to the word, messages, state) that front ends read. Front ends
 * post commands (pause, move, rate, volume...) at any time and never call back into it from
 * its events.
 */
#ifndef DOCBAO_PLAYER_H
#define DOCBAO_PLAYER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "docbao/article.h"
#include "docbao/clock.h"
#include "docbao/keymap.h"
#include "docbao/script.h"
#include "docbao/status.h"
#include "docbao/voice.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------- */
/* Commands                                                                                  */

/*
 * Everything a listener can ask. The names (docbao_command_name()) are what key maps use.
 * Movement commands take effect at once: speech in progress stops, and the new position plays.
 */
#define DOCBAO_COMMAND_MAP(X)                                                                      \
    X(PLAY, "play", DOCBAO_N_("play"))                                                             \
    X(PAUSE, "pause", DOCBAO_N_("pause"))                                                          \
    X(TOGGLE_PAUSE, "toggle-pause", DOCBAO_N_("pause or continue"))                                \
    X(STOP, "stop", DOCBAO_N_("stop"))                                                             \
    X(NEXT_SENTENCE, "next-sentence", DOCBAO_N_("next sentence"))                                  \
    X(PREV_SENTENCE, "prev-sentence", DOCBAO_N_("previous sentence"))                              \
    X(NEXT_PARAGRAPH, "next-paragraph", DOCBAO_N_("next paragraph"))                               \
    X(PREV_PARAGRAPH, "prev-paragraph", DOCBAO_N_("previous paragraph"))                           \
    X(NEXT_SECTION, "next-section", DOCBAO_N_("next section"))                                     \
    X(PREV_SECTION, "prev-section", DOCBAO_N_("previous section"))                                 \
    X(START, "start", DOCBAO_N_("go to the start of the article"))                                 \
    X(END, "end", DOCBAO_N_("go to the end of the article"))                                       \
    X(REPEAT_SENTENCE, "repeat-sentence", DOCBAO_N_("repeat the current sentence"))                \
    X(REPEAT_MESSAGE, "repeat-message", DOCBAO_N_("repeat the last message"))                      \
    X(FASTER, "faster", DOCBAO_N_("speak faster"))                                                 \
    X(SLOWER, "slower", DOCBAO_N_("speak slower"))                                                 \
    X(LOUDER, "louder", DOCBAO_N_("louder"))                                                       \
    X(SOFTER, "softer", DOCBAO_N_("softer"))                                                       \
    X(NEXT_VOICE, "next-voice", DOCBAO_N_("change the voice"))                                     \
    X(WHERE, "where", DOCBAO_N_("where am I"))                                                     \
    X(DESCRIBE_KEY, "describe-key", DOCBAO_N_("describe the next key"))                            \
    X(HELP, "help", DOCBAO_N_("list the keys"))                                                    \
    X(SLEEP_TIMER, "sleep-timer", DOCBAO_N_("sleep timer"))                                        \
    X(BOOKMARK_ADD, "bookmark", DOCBAO_N_("add a bookmark"))                                       \
    X(BOOKMARK_NEXT, "next-bookmark", DOCBAO_N_("go to the next bookmark"))                        \
    X(RESUME, "resume", DOCBAO_N_("continue where you left off"))                                  \
    X(NEXT_ARTICLE, "next-article", DOCBAO_N_("next article"))                                     \
    X(PREV_ARTICLE, "prev-article", DOCBAO_N_("previous article"))                                 \
    X(HEADLINES, "headlines", DOCBAO_N_("back to the headlines"))                                  \
    X(CONTINUOUS, "continuous", DOCBAO_N_("read on to the next article, or stop after each"))      \
    X(QUIT, "quit", DOCBAO_N_("quit"))

typedef enum {
#define DOCBAO_COMMAND_ENUM_(id, name, text) DOCBAO_CMD_##id,
    DOCBAO_COMMAND_MAP(DOCBAO_COMMAND_ENUM_)
#undef DOCBAO_COMMAND_ENUM_
        DOCBAO_CMD_COUNT_
} docbao_command;

/* The command's key-map name ("next-sentence"); static. */
const char *docbao_command_name(docbao_command cmd);
/* The command's translated description ("câu tiếp theo"); static. */
const char *docbao_command_describe(docbao_command cmd);
/* The command with this name, or -1. */
int docbao_command_from_name(const char *name);

/* ---------------------------------------------------------------------------------------- */
/* Events                                                                                    */

typedef enum {
    DOCBAO_STATE_IDLE = 0, /* nothing opened */
    DOCBAO_STATE_OFFER,    /* opened, offering to continue where the listener left off */
    DOCBAO_STATE_PLAYING,
    DOCBAO_STATE_PAUSED,
    DOCBAO_STATE_STOPPED,
    DOCBAO_STATE_FINISHED, /* the end of the article was played */
} docbao_player_state;

/* Where the listener is. Offsets are bytes into the field's text (see docbao_utterance). */
typedef struct docbao_position {
    size_t utterance; /* index in the script */
    size_t n_utterances;
    docbao_section section;
    docbao_field field;
    size_t block;
    size_t paragraph; /* 0-based */
    size_t n_paragraphs;
    size_t sentence; /* within the paragraph, 0-based */
    /* The sentence's byte range in its field's text (sentence_len 0 when none is open). */
    size_t sentence_start;
    size_t sentence_len;
    size_t word_start; /* the word being said, when known (word_len > 0) */
    size_t word_len;
} docbao_position;

typedef enum {
    DOCBAO_EVENT_STATE,    /* the state changed */
    DOCBAO_EVENT_SENTENCE, /* a sentence started playing */
    DOCBAO_EVENT_WORD,     /* a word started playing */
    DOCBAO_EVENT_MESSAGE,  /* spoken feedback: text holds what is said */
    DOCBAO_EVENT_SETTINGS, /* rate, volume or voice changed */
    DOCBAO_EVENT_ERROR,    /* status and text say what failed */
    DOCBAO_EVENT_SYNCED,   /* answers docbao_player_sync() */
} docbao_event_type;

typedef struct docbao_event {
    docbao_event_type type;
    docbao_player_state state;
    docbao_position position;
    int rate;
    int volume;
    char voice[64];
    docbao_status status;
    char text[2048];  /* MESSAGE: what is said; ERROR: what failed */
    uint64_t time_us; /* on the player's clock */
} docbao_event;

/* ---------------------------------------------------------------------------------------- */
/* The player                                                                                */

typedef struct docbao_player docbao_player;

typedef struct docbao_player_options {
    docbao_voice_profile profile; /* voice, rate, pauses; volume is applied as a gain */
    const char *engine;           /* NULL or "espeak-ng"; "tone" for tests */
    const char *output;           /* "portaudio" (default) or "null" */
    const char *device;           /* portaudio device name, NULL = default */
    int latency_ms;               /* requested device buffer, 0 = 50 ms */
    unsigned sections;            /* docbao_section mask, 0 = all */
    docbao_clock *clock;          /* NULL = the system clock */
    /* Where positions and bookmarks are kept; NULL = $XDG_STATE_HOME/docbao. */
    const char *state_dir;
    /* For help and key descriptions; may be NULL. Must outlive the player. */
    const docbao_keymap *keymap;
    /* Profiles that "next-voice" cycles through; may be NULL (then only `profile`). */
    const docbao_voice_list *voices;
    /*
     * Called from the player's thread whenever an event is queued; it must only wake the front
     * end (write to a pipe, post to a main loop), never call back into the player.
     */
    void (*wake)(void *user);
    void *wake_user;
    /*
     * Do not say "End of the article" at the end: the front end announces what comes next
     * (an edition's reader).
     */
    bool quiet_end;
    /* Diagnostics (timings, underruns) from the player's thread; may be NULL. */
    void (*log)(const char *line, void *user);
    void *log_user;
} docbao_player_options;

/* Fills options with the defaults: the default profile, portaudio output, all sections. */
void docbao_player_options_init(docbao_player_options *opts);

/*
 * Starts a player and its thread. The audio output opens now, so a missing sound device is
 * reported here (DOCBAO_ERR_NO_DEVICE). Returns NULL with err filled on failure.
 */
docbao_player *docbao_player_new(const docbao_player_options *opts, docbao_error *err);

/* Stops the thread, saves the position, closes the output. NULL does nothing. */
void docbao_player_free(docbao_player *player);

/* How docbao_player_open() starts. */
typedef enum {
    /* When a position was saved for the article, enter DOCBAO_STATE_OFFER and say where the
     * listener was (RESUME continues there; PLAY, TOGGLE_PAUSE or START begin again);
     * otherwise play from the start. For listeners at a keyboard or keypad. */
    DOCBAO_OPEN_OFFER,
    /* Play from the start. */
    DOCBAO_OPEN_START,
    /* Play from the saved position, if any, without asking. */
    DOCBAO_OPEN_RESUME,
    /* Do not play: wait at the saved position (or the start) in DOCBAO_STATE_STOPPED. */
    DOCBAO_OPEN_STOPPED,
} docbao_open_mode;

/*
 * Opens an article (copied). key identifies it for resuming (its URL; NULL = its URL or a hash
 * of its text). Bookmarks saved for it are restored in every mode. A message being said stops,
 * as for any command; say what should precede the article after opening it. Any thread.
 */
docbao_status docbao_player_open(docbao_player *player, const docbao_article *article,
                                 const char *key, docbao_open_mode mode, docbao_error *err);

/*
 * Closes the article (its position is saved) and stops speaking it: the player waits in
 * DOCBAO_STATE_IDLE, still saying messages and taking the commands that need no article (rate,
 * volume, voice, help). For lists of articles between readings. Any thread; never blocks.
 */
void docbao_player_close(docbao_player *player);

/*
 * Sets what "where am I" says before the place in the article, such as "Article 3 of 12,
 * section Business." (NULL or "" for nothing); said alone when no article is open. Any thread.
 */
void docbao_player_set_context(docbao_player *player, const char *text);

/*
 * Says a message now, as the player's own feedback does: it interrupts a message in progress,
 * holds the article while it is said, is shown as a MESSAGE event and can be repeated. For
 * front ends' own notices ("this key does nothing"). Any thread.
 */
void docbao_player_say(docbao_player *player, const char *text);

/*
 * Plays from the sentence that holds byte `offset` of a field's text: the title, the lead, or
 * block `block` (for DOCBAO_FIELD_BLOCK; ignored otherwise). An offset before the field's first
 * sentence plays from that sentence, one past its end from its last. For a reader window in
 * which the listener clicks a paragraph. When the field is not read (its section was not
 * chosen, or it holds nothing to say) or no article is open, the player says so and stays
 * where it was. Any thread; never blocks.
 */
void docbao_player_seek(docbao_player *player, docbao_field field, size_t block, size_t offset);

/*
 * Sets the voice (a profile id from the options' voice list), the rate and the volume at once,
 * without a spoken message: for front ends that restore saved settings or reset a session to its
 * defaults. voice NULL keeps the voice; a rate or volume below 0 keeps that setting; values are
 * clamped to their ranges (the volume to at least 10, as the louder/softer commands do). Speech
 * in progress goes on from the word it had reached with the new settings. Emits a SETTINGS
 * event; an unknown voice is an ERROR event and changes nothing. Any thread; never blocks.
 */
void docbao_player_set_speech(docbao_player *player, const char *voice, int rate, int volume);

/* True when nothing is queued for the output: all speech so far has been handed to it. */
bool docbao_player_idle(docbao_player *player);

/*
 * Posts a command. label, when not NULL, names the key that sent it (for the key describer).
 * time_us is when the key was pressed on the player's clock (0 = now), for latency logs.
 * Any thread; never blocks.
 */
void docbao_player_post(docbao_player *player, docbao_command cmd, const char *label,
                        uint64_t time_us);

/*
 * Takes the next event, if any, into *out and returns true; false when none is waiting.
 * Any thread; never blocks.
 */
bool docbao_player_next_event(docbao_player *player, docbao_event *out);

/*
 * Waits until the player has handled every command posted before, synthesized ahead as far as
 * it will, and reported what the output has played; then returns true. False after timeout_ms.
 * For tests with a manual clock, and for orderly shutdown.
 */
bool docbao_player_sync(docbao_player *player, unsigned timeout_ms);

/* A snapshot of the state and position. Any thread. */
docbao_player_state docbao_player_get_state(docbao_player *player, docbao_position *pos);

/* Audio underruns since the player started (the device wanted audio while none was ready). */
unsigned docbao_player_underruns(docbao_player *player);

/* The key under which an article's position is saved (its URL, or a hash). g_free() it. */
char *docbao_player_article_key(const docbao_article *article);

#ifdef __cplusplus
}
#endif
#endif
