/*
 * docbao: the edition stage. Takes sources (news feeds, folders of pages, pages and addresses,
 * list pages), the user's saved sources ("my newspapers", sources.conf) and the listener's
 * commands; gives an edition, an ordered list of sections each holding an ordered list of
 * entries (title, date, origin, state), whose articles are loaded in the background ahead of
 * the listener, and a reader that steers a player through it: spoken headlines, continuous
 * reading from article to article, and the entries already heard.
 */
#ifndef DOCBAO_EDITION_H
#define DOCBAO_EDITION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "docbao/article.h"
#include "docbao/fetch.h"
#include "docbao/player.h"
#include "docbao/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------------- */
/* Saved sources                                                                             */

/*
 * A sources file: one source per line, an address or a path, then optionally, after white
 * space, the name to use for its section ("https://vnexpress.net/rss/tin-moi-nhat.rss Tin mới
 * nhất"). Blank lines and lines starting with # are kept as they are when the file is saved.
 */
typedef struct docbao_sources docbao_sources;

/* The user's sources file: $XDG_CONFIG_HOME/docbao/sources.conf. g_free() it. */
char *docbao_sources_default_path(void);

/*
 * Reads a sources file (path NULL = the default one). A missing file gives an empty list. On
 * a line that is not a source (an address with a scheme docbao cannot read, a control
 * character, a line over 4096 bytes), fails with DOCBAO_ERR_PARSE and "FILE:LINE: what is
 * wrong" in err. Free with docbao_sources_free(). On failure *out is untouched.
 */
docbao_status docbao_sources_load(const char *path, docbao_sources **out, docbao_error *err);

/* The same from text in memory; name is used in messages. */
docbao_status docbao_sources_parse(const char *text, size_t len, const char *name,
                                   docbao_sources **out, docbao_error *err);

void docbao_sources_free(docbao_sources *sources);
size_t docbao_sources_size(const docbao_sources *sources);
/* Source i's address or path, and its name (NULL when none was given). */
const char *docbao_sources_location(const docbao_sources *sources, size_t i);
const char *docbao_sources_name(const docbao_sources *sources, size_t i);

/*
 * Appends a source. DOCBAO_ERR_INVALID_ARG when it is already there or is not a source; the
 * name may be NULL.
 */
docbao_status docbao_sources_add(docbao_sources *sources, const char *location, const char *name,
                                 docbao_error *err);

/*
 * Removes the source whose location is what (or, when what is a number, source what, counted
 * from 1). DOCBAO_ERR_NOT_FOUND when there is none.
 */
docbao_status docbao_sources_remove(docbao_sources *sources, const char *what, docbao_error *err);

/*
 * Writes the sources to path (NULL = the default file, whose folder is created) under a
 * temporary name, then renames it into place: the file is never half written. Comments and
 * blank lines read from the file are kept where they were.
 */
docbao_status docbao_sources_save(const docbao_sources *sources, const char *path,
                                  docbao_error *err);

/* ---------------------------------------------------------------------------------------- */
/* The edition                                                                               */

typedef enum {
    DOCBAO_ENTRY_WAITING = 0, /* not asked for yet */
    DOCBAO_ENTRY_LOADING,     /* being fetched and extracted */
    DOCBAO_ENTRY_READY,       /* the article is in memory */
    DOCBAO_ENTRY_FAILED,      /* missing, not an article, or unreachable with no offline copy */
} docbao_entry_state;

typedef struct docbao_edition docbao_edition;

typedef struct docbao_edition_options {
    /* How entries and feeds are fetched (time-outs, the offline cache). */
    docbao_fetch_options fetch;
    /* Where the finished entries are remembered; NULL = $XDG_STATE_HOME/docbao. */
    const char *state_dir;
    /*
     * Called from the loader's thread whenever an entry's state changes; it must only wake the
     * front end (write to a pipe, post to a main loop). May be NULL.
     */
    void (*wake)(void *user);
    void *wake_user;
    /* Articles loaded ahead of the one asked for (docbao_edition_want()); 0 = 2. */
    unsigned ahead;
} docbao_edition_options;

/* Fills options with the defaults. */
void docbao_edition_options_init(docbao_edition_options *opts);

/* An empty edition; its loader thread starts with the first docbao_edition_want(). */
docbao_edition *docbao_edition_new(const docbao_edition_options *opts);

/* Stops the loader (waiting for a fetch in progress to end) and frees. NULL does nothing. */
void docbao_edition_free(docbao_edition *edition);

/*
 * Adds a source, on the caller's thread (fetching what must be fetched to know what it is):
 *   - a news feed (RSS or Atom, an address or a file): a section named by name or else by the
 *     feed's title, its entries in the feed's order (but for links to a site's home page);
 *   - a folder: a section named by name or the folder's name, one entry per article page or
 *     text file in it (pages that hold no article are left out), newest first;
 *   - a page that lists articles (a home or category page): the feed it advertises when there
 *     is one, else its headline links, as a section named by name or the page's title;
 *   - an article page or address: an entry of the section "pages" (one section for all of
 *     them, in the order given).
 * On failure (unreadable, not found, a malformed feed, the network) returns the status with
 * err naming the source, and the edition is unchanged.
 */
docbao_status docbao_edition_add_source(docbao_edition *edition, const char *location,
                                        const char *name, docbao_error *err);

/*
 * Adds many sources as a front end does for its listener: the n locations given, or, when n is
 * 0, the saved sources (docbao_sources_load(NULL), each with its name). A source that cannot
 * be read is skipped: on_skip (may be NULL) hears of each with why, and *skipped (may be NULL;
 * g_free() it) gets one sentence per source skipped, to be said before the headlines ("A
 * source cannot be read and is skipped: NAME."), or NULL when none was. Stops early when
 * *cancel (may be NULL) becomes non-zero. *none_saved (may be NULL) tells that n was 0 and no
 * source is saved (the edition stays empty; DOCBAO_OK).
 * Returns DOCBAO_OK when every source was added, or some entry could be; otherwise the first
 * failure (err filled), as for a single source: the saved sources file that cannot be read,
 * or the first source that cannot.
 */
docbao_status docbao_edition_add_sources(docbao_edition *edition, const char *const *locations,
                                         size_t n, volatile int *cancel,
                                         void (*on_skip)(const docbao_error *why, void *user),
                                         void *user, char **skipped, bool *none_saved,
                                         docbao_error *err);

/*
 * Adds an article already in memory (copied) as an entry of the section "pages", as
 * docbao_edition_add_source() does for an article page; origin (may be NULL: the article's
 * address) names it.
 */
void docbao_edition_add_article(docbao_edition *edition, const docbao_article *article,
                                const char *origin);

size_t docbao_edition_n_sections(const docbao_edition *edition);
const char *docbao_edition_section_title(const docbao_edition *edition, size_t section);
/* Entries are numbered across the whole edition, from 0, in reading order. */
size_t docbao_edition_section_first(const docbao_edition *edition, size_t section);
size_t docbao_edition_section_size(const docbao_edition *edition, size_t section);
size_t docbao_edition_size(const docbao_edition *edition);

/* Entry i's facts; strings are owned by the edition and live as long as it. */
typedef struct docbao_entry_info {
    const char *title;   /* the headline: from the feed or the page, or the article once read */
    const char *date;    /* "YYYY-MM-DD HH:MM" in local time, or NULL */
    int64_t time;        /* Unix time, or -1 */
    const char *origin;  /* the address or path of the article */
    size_t section;      /* index of its section */
    docbao_entry_state state;
    bool heard;          /* the listener finished it, now or in an earlier session */
    docbao_status error; /* FAILED: why */
    char message[256];   /* FAILED: the message */
} docbao_entry_info;

/* A snapshot of entry i (any thread). False when there is no such entry. */
bool docbao_edition_entry(docbao_edition *edition, size_t i, docbao_entry_info *out);

/*
 * Asks for entry i and the next `ahead` ones to be loaded in the background, i first; other
 * articles held in memory may be dropped (the edition keeps about ahead + 2 articles).
 * Any thread; never blocks.
 */
void docbao_edition_want(docbao_edition *edition, size_t i);

/*
 * A copy of entry i's article when READY (free with docbao_article_free()), else NULL. Any
 * thread; never blocks.
 */
docbao_article *docbao_edition_article(docbao_edition *edition, size_t i);

/*
 * Loads entry i on the caller's thread (for exports, which need every article in turn) and
 * returns a copy of its article, or NULL with err filled (the entry is then FAILED).
 */
docbao_article *docbao_edition_load(docbao_edition *edition, size_t i, docbao_error *err);

/* Marks entry i as heard and remembers it in the state folder (written atomically). */
void docbao_edition_set_heard(docbao_edition *edition, size_t i);

/* The first entry not heard yet, or 0 when all are. */
size_t docbao_edition_first_unheard(docbao_edition *edition);

/*
 * What is said for entry i in the list of headlines: "SECTION. N. TITLE. DATE." with "Đã
 * nghe." for an entry already heard (translated). g_free() it.
 */
char *docbao_edition_headline(docbao_edition *edition, size_t i);

/* What is said before entry i is read, after another: "Bài tiếp theo: TITLE." g_free() it. */
char *docbao_edition_announce(docbao_edition *edition, size_t i);

/* What is said when entry i cannot be read, in one sentence. g_free() it. */
char *docbao_edition_failure(docbao_edition *edition, size_t i);

/* ---------------------------------------------------------------------------------------- */
/* The reader                                                                                */

/*
 * Steers a player through an edition. It lives on the front end's thread: the front end gives
 * it every command of the listener (docbao_reader_command()) and every event of the player
 * (docbao_reader_player_event()), and calls docbao_reader_update() when the edition's wake
 * callback fires. Everything it says goes through docbao_player_say(), so it comes back as
 * MESSAGE events like the player's own feedback.
 *
 * Two modes. HEADLINES: the player is stopped; next-paragraph and prev-paragraph (Down, Up,
 * keypad 2 and 8) move from entry to entry, next-section and prev-section (Page Down, Page Up,
 * keypad 9 and 7) from section to section, toggle-pause and resume (Space, Enter, keypad 5 and
 * Enter) read the entry, digits then resume jump to an entry by number, each entry said as
 * docbao_edition_headline() says it. ARTICLE: the player reads the entry; headlines goes back
 * to the list at that entry; next-article and prev-article move between entries; at the end of
 * an article the entry counts as heard and, when continuous reading is on, the next entry is
 * announced and read. An entry that cannot be read is announced in one sentence and skipped
 * (one chosen in the headlines: the listener stays there, at that entry).
 */
typedef struct docbao_reader docbao_reader;

typedef enum {
    DOCBAO_READER_HEADLINES = 0,
    DOCBAO_READER_ARTICLE,
} docbao_reader_mode;

typedef struct docbao_reader_options {
    /* Start in the headlines (listeners at a keyboard or keypad); else read at once. */
    bool headlines_first;
    /* Read on from one article to the next; continuous-reading toggles it. */
    bool continuous;
    /* How each article opens (DOCBAO_OPEN_OFFER offers to continue where the listener left). */
    docbao_open_mode open_mode;
} docbao_reader_options;

/* The player and the edition must outlive the reader. */
docbao_reader *docbao_reader_new(docbao_player *player, docbao_edition *edition,
                                 const docbao_reader_options *opts);
void docbao_reader_free(docbao_reader *reader);

/*
 * Says the first headline (the first unheard entry), or starts reading it; prefix (may be
 * NULL) is said first, in the same message (sources that could not be read, for instance).
 */
void docbao_reader_start(docbao_reader *reader, const char *prefix);

/*
 * A command of the listener. Returns true when the reader took it; otherwise the front end
 * posts it to the player as usual. label names the key, as for docbao_player_post().
 */
bool docbao_reader_command(docbao_reader *reader, docbao_command cmd, const char *label);

/*
 * The listener chose entry i on screen (a click, a list's cursor). With read false: the
 * headlines at entry i, said as a headline (an article being read stops). With read true:
 * entry i is read, as when it is chosen in the headlines (an entry that cannot be read is
 * announced and the listener stays in the headlines). Nothing happens when there is no entry i.
 */
void docbao_reader_select(docbao_reader *reader, size_t i, bool read);

/* A digit typed (0 to 9) for jumping to an entry number; true when the reader took it. */
bool docbao_reader_digit(docbao_reader *reader, int digit);

/* Every event the front end takes from the player. */
void docbao_reader_player_event(docbao_reader *reader, const docbao_event *event);

/* The edition's loader made progress (its wake callback fired). */
void docbao_reader_update(docbao_reader *reader);

docbao_reader_mode docbao_reader_get_mode(const docbao_reader *reader);
/* The entry selected in the headlines, or being read. */
size_t docbao_reader_current(const docbao_reader *reader);
/* True when continuous reading is on. */
bool docbao_reader_continuous(const docbao_reader *reader);
/* True once the last entry has been read to its end with continuous reading on. */
bool docbao_reader_done(const docbao_reader *reader);

#ifdef __cplusplus
}
#endif
#endif
