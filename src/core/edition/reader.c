/*
 * The reader: headlines and continuous reading over an edition, steering a player. It runs on
 * the front end's thread; see docbao/edition.h for the listener's view.
 */
#include <string.h>

#include "base/internal.h"
#include "docbao/edition.h"

/* A number typed digit by digit is forgotten after this long without a digit. */
#define DIGIT_TIMEOUT_US (4 * G_USEC_PER_SEC)

struct docbao_reader {
    docbao_player *player;
    docbao_edition *ed;
    docbao_reader_options opts;
    docbao_reader_mode mode;
    size_t cur;
    gboolean continuous;
    /* ARTICLE mode, waiting for entry cur to load; what to say when it opens. */
    gboolean waiting;
    char *intro;
    int wait_kind;
    gboolean wait_skip;
    /* An article was opened and has not started playing yet: a FINISHED event is the last
     * article's, not this one's. */
    gboolean awaiting_start;
    gboolean done;
    unsigned number;
    int n_digits;
    gint64 digit_time;
};

docbao_reader *docbao_reader_new(docbao_player *player, docbao_edition *ed,
                                 const docbao_reader_options *opts)
{
    docbao_reader *r = g_new0(docbao_reader, 1);
    r->player = player;
    r->ed = ed;
    if (opts != NULL) {
        r->opts = *opts;
    } else {
        r->opts.headlines_first = true;
        r->opts.continuous = true;
        r->opts.open_mode = DOCBAO_OPEN_OFFER;
    }
    r->continuous = r->opts.continuous;
    return r;
}

void docbao_reader_free(docbao_reader *r)
{
    if (r == NULL) {
        return;
    }
    g_free(r->intro);
    g_free(r);
}

docbao_reader_mode docbao_reader_get_mode(const docbao_reader *r)
{
    return r->mode;
}

size_t docbao_reader_current(const docbao_reader *r)
{
    return r->cur;
}

bool docbao_reader_continuous(const docbao_reader *r)
{
    return r->continuous;
}

bool docbao_reader_done(const docbao_reader *r)
{
    return r->done;
}

static size_t n_entries(const docbao_reader *r)
{
    return docbao_edition_size(r->ed);
}

/* "Article 3 of 12, section Business." for "where am I". */
static void set_context(docbao_reader *r)
{
    docbao_entry_info info;
    char *text;
    if (!docbao_edition_entry(r->ed, r->cur, &info)) {
        return;
    }
    if (r->mode == DOCBAO_READER_HEADLINES) {
        text = g_strdup_printf(_("Headlines, article %zu of %zu, section %s."), r->cur + 1,
                               n_entries(r), docbao_edition_section_title(r->ed, info.section));
    } else {
        text = g_strdup_printf(_("Article %zu of %zu, section %s."), r->cur + 1, n_entries(r),
                               docbao_edition_section_title(r->ed, info.section));
    }
    docbao_player_set_context(r->player, text);
    g_free(text);
}

/* Says prefix (may be NULL) and then the headline of the current entry. */
static void say_headline(docbao_reader *r, const char *prefix)
{
    char *headline = docbao_edition_headline(r->ed, r->cur);
    docbao_entry_info info;
    char *text;
    if (docbao_edition_entry(r->ed, r->cur, &info) && info.state == DOCBAO_ENTRY_FAILED) {
        char *with = g_strdup_printf("%s %s", headline, _("It cannot be read."));
        g_free(headline);
        headline = with;
    }
    text = prefix != NULL ? g_strdup_printf("%s %s", prefix, headline) : g_strdup(headline);
    /* The context first: a command that comes while a long message waits for room in the
     * player's ring would cut the message short. */
    docbao_edition_want(r->ed, r->cur);
    set_context(r);
    docbao_player_say(r->player, text);
    g_free(text);
    g_free(headline);
}

/* Enters the headlines at entry i, saying nothing yet. */
static void enter_headlines(docbao_reader *r, size_t i)
{
    if (r->mode == DOCBAO_READER_ARTICLE) {
        docbao_player_close(r->player);
    }
    r->mode = DOCBAO_READER_HEADLINES;
    r->waiting = FALSE;
    g_clear_pointer(&r->intro, g_free);
    r->cur = MIN(i, n_entries(r) > 0 ? n_entries(r) - 1 : 0);
}

/* Enters the headlines at entry i and says it. */
static void to_headlines(docbao_reader *r, size_t i, const char *prefix)
{
    enter_headlines(r, i);
    say_headline(r, prefix);
}

/* How an entry is announced before it is read. */
typedef enum {
    ANNOUNCE_NONE,   /* chosen from the headlines: the title is the first thing read */
    ANNOUNCE_NEXT,   /* continuous reading: "Next article: TITLE." */
    ANNOUNCE_NUMBER, /* next-article, prev-article: "Article N: TITLE." */
} announce_kind;

static char *announcement(docbao_reader *r, announce_kind kind)
{
    docbao_entry_info info;
    if (kind == ANNOUNCE_NONE || !docbao_edition_entry(r->ed, r->cur, &info)) {
        return NULL;
    }
    return kind == ANNOUNCE_NEXT ? docbao_edition_announce(r->ed, r->cur)
                                 : g_strdup_printf(_("Article %zu: %s."), r->cur + 1, info.title);
}

/*
 * Opens entry cur when it is loaded, saying prefix (may be NULL) and its announcement first;
 * else waits for the loader (docbao_reader_update() comes back here). An entry that cannot be
 * read is announced in one sentence and, when skip is set, passed over for the next one;
 * otherwise the listener is back in the headlines at that entry.
 */
static void open_current(docbao_reader *r, const char *prefix, announce_kind kind, gboolean skip)
{
    GString *said = g_string_new(prefix);
    for (;;) {
        docbao_entry_info info;
        docbao_article *a;
        char *announce;
        if (!docbao_edition_entry(r->ed, r->cur, &info)) {
            break;
        }
        if (info.state == DOCBAO_ENTRY_FAILED) {
            char *why = docbao_edition_failure(r->ed, r->cur);
            g_string_append_printf(said, "%s%s", said->len > 0 ? " " : "", why);
            g_free(why);
            if (!skip) {
                /* Chosen from the list: one sentence says why, and the listener stays there. */
                enter_headlines(r, r->cur);
                set_context(r);
                docbao_player_say(r->player, said->str);
                break;
            }
            if (r->cur + 1 >= n_entries(r)) {
                g_string_append_printf(said, " %s", _("End of the edition."));
                r->done = TRUE;
                to_headlines(r, r->cur, said->str);
                break;
            }
            r->cur++;
            kind = ANNOUNCE_NEXT;
            continue;
        }
        docbao_edition_want(r->ed, r->cur);
        a = docbao_edition_article(r->ed, r->cur);
        r->mode = DOCBAO_READER_ARTICLE;
        if (a == NULL) {
            /* Loading: say so, and open it when the loader is done. */
            char *loading = g_strdup_printf(_("Loading: %s"), info.title);
            r->waiting = TRUE;
            r->wait_kind = kind;
            r->wait_skip = skip;
            g_free(r->intro);
            r->intro = g_string_free(said, FALSE);
            docbao_player_close(r->player);
            docbao_player_say(r->player, loading);
            g_free(loading);
            return;
        }
        announce = announcement(r, kind);
        if (announce != NULL) {
            g_string_append_printf(said, "%s%s", said->len > 0 ? " " : "", announce);
            g_free(announce);
        }
        r->waiting = FALSE;
        r->awaiting_start = TRUE;
        set_context(r);
        docbao_player_open(r->player, a, info.origin, r->opts.open_mode, NULL);
        /* Said after opening: messages play first, while the article waits. */
        if (said->len > 0) {
            docbao_player_say(r->player, said->str);
        }
        docbao_article_free(a);
        break;
    }
    g_string_free(said, TRUE);
}

/* Reads entry i. */
static void read_entry(docbao_reader *r, size_t i, announce_kind kind, gboolean skip)
{
    r->cur = i;
    open_current(r, NULL, kind, skip);
}

void docbao_reader_start(docbao_reader *r, const char *prefix)
{
    size_t first = docbao_edition_first_unheard(r->ed);
    char *intro;
    if (n_entries(r) == 0) {
        intro = g_strdup_printf("%s%s%s", prefix != NULL ? prefix : "", prefix != NULL ? " " : "",
                                _("The edition holds no article."));
        docbao_player_say(r->player, intro);
        g_free(intro);
        r->done = TRUE;
        return;
    }
    r->cur = first;
    if (r->opts.headlines_first) {
        char *count = g_strdup_printf(_("%zu articles in %zu sections."), n_entries(r),
                                      docbao_edition_n_sections(r->ed));
        intro = prefix != NULL ? g_strdup_printf("%s %s", prefix, count) : g_strdup(count);
        g_free(count);
        r->mode = DOCBAO_READER_HEADLINES;
        say_headline(r, intro);
        g_free(intro);
    } else {
        open_current(r, prefix, ANNOUNCE_NONE, TRUE);
    }
}

/* The first entry of the section after (step 1) or before (step -1) the current entry's. */
static size_t section_step(docbao_reader *r, int step)
{
    docbao_entry_info info;
    size_t sec;
    if (!docbao_edition_entry(r->ed, r->cur, &info)) {
        return r->cur;
    }
    sec = info.section;
    if (step > 0 && sec + 1 < docbao_edition_n_sections(r->ed)) {
        sec++;
    } else if (step < 0) {
        /* Back to the start of this section first, then to the one before. */
        if (r->cur == docbao_edition_section_first(r->ed, sec) && sec > 0) {
            sec--;
        }
    }
    while (docbao_edition_section_size(r->ed, sec) == 0 && sec > 0 && step < 0) {
        sec--;
    }
    return docbao_edition_section_first(r->ed, sec);
}

/* Moves the selection in the headlines, saying where it lands (or that it cannot move). */
static void select_entry(docbao_reader *r, size_t target, gboolean forward)
{
    const char *edge = NULL;
    if (target == r->cur && n_entries(r) > 0) {
        edge = forward ? _("Last article.") : _("First article.");
    }
    r->cur = target;
    say_headline(r, edge);
}

static void toggle_continuous(docbao_reader *r)
{
    r->continuous = !r->continuous;
    docbao_player_say(r->player, r->continuous ? _("Reading on from article to article")
                                               : _("Stopping after each article"));
}

void docbao_reader_select(docbao_reader *r, size_t i, bool read)
{
    if (i >= n_entries(r)) {
        return;
    }
    if (read) {
        read_entry(r, i, ANNOUNCE_NONE, FALSE);
    } else {
        to_headlines(r, i, NULL);
    }
}

static gboolean take_number(docbao_reader *r)
{
    gboolean had = r->n_digits > 0 && g_get_monotonic_time() - r->digit_time < DIGIT_TIMEOUT_US;
    unsigned n = r->number;
    r->n_digits = 0;
    r->number = 0;
    if (!had) {
        return FALSE;
    }
    if (n < 1 || n > n_entries(r)) {
        char *msg = g_strdup_printf(_("There is no article %u; the articles go from 1 to %zu."),
                                    n, n_entries(r));
        docbao_player_say(r->player, msg);
        g_free(msg);
        return TRUE;
    }
    to_headlines(r, n - 1, NULL);
    return TRUE;
}

bool docbao_reader_digit(docbao_reader *r, int digit)
{
    gint64 now = g_get_monotonic_time();
    if (digit < 0 || digit > 9) {
        return false;
    }
    if (r->n_digits == 0 || now - r->digit_time >= DIGIT_TIMEOUT_US) {
        r->n_digits = 0;
        r->number = 0;
    }
    if (r->n_digits < 6) {
        r->number = r->number * 10 + (unsigned)digit;
        r->n_digits++;
    }
    r->digit_time = now;
    /* The digit also acts as its key (keypad 8 and 2 move); Enter then jumps. */
    return false;
}

static bool headlines_command(docbao_reader *r, docbao_command cmd)
{
    size_t last = n_entries(r) > 0 ? n_entries(r) - 1 : 0;
    switch (cmd) {
    case DOCBAO_CMD_NEXT_PARAGRAPH:
    case DOCBAO_CMD_NEXT_SENTENCE:
    case DOCBAO_CMD_NEXT_ARTICLE:
        select_entry(r, MIN(r->cur + 1, last), TRUE);
        return true;
    case DOCBAO_CMD_PREV_PARAGRAPH:
    case DOCBAO_CMD_PREV_SENTENCE:
    case DOCBAO_CMD_PREV_ARTICLE:
        select_entry(r, r->cur > 0 ? r->cur - 1 : 0, FALSE);
        return true;
    case DOCBAO_CMD_NEXT_SECTION:
        select_entry(r, section_step(r, 1), TRUE);
        return true;
    case DOCBAO_CMD_PREV_SECTION:
        select_entry(r, section_step(r, -1), FALSE);
        return true;
    case DOCBAO_CMD_START:
        select_entry(r, 0, FALSE);
        return true;
    case DOCBAO_CMD_END:
        select_entry(r, last, TRUE);
        return true;
    case DOCBAO_CMD_REPEAT_SENTENCE:
    case DOCBAO_CMD_HEADLINES:
        say_headline(r, NULL);
        return true;
    case DOCBAO_CMD_RESUME:
    case DOCBAO_CMD_PLAY:
    case DOCBAO_CMD_TOGGLE_PAUSE:
        if (cmd == DOCBAO_CMD_RESUME && take_number(r)) {
            return true;
        }
        read_entry(r, r->cur, ANNOUNCE_NONE, FALSE);
        return true;
    case DOCBAO_CMD_CONTINUOUS:
        toggle_continuous(r);
        return true;
    case DOCBAO_CMD_WHERE:
        set_context(r);
        return false; /* the player says the context */
    default:
        return false;
    }
}

static bool article_command(docbao_reader *r, docbao_command cmd)
{
    switch (cmd) {
    case DOCBAO_CMD_HEADLINES:
        to_headlines(r, r->cur, _("Headlines."));
        return true;
    case DOCBAO_CMD_NEXT_ARTICLE:
        if (r->cur + 1 >= n_entries(r)) {
            docbao_player_say(r->player, _("This is the last article."));
        } else {
            read_entry(r, r->cur + 1, ANNOUNCE_NUMBER, TRUE);
        }
        return true;
    case DOCBAO_CMD_PREV_ARTICLE:
        if (r->cur == 0) {
            docbao_player_say(r->player, _("This is the first article."));
        } else {
            read_entry(r, r->cur - 1, ANNOUNCE_NUMBER, FALSE);
        }
        return true;
    case DOCBAO_CMD_CONTINUOUS:
        toggle_continuous(r);
        return true;
    case DOCBAO_CMD_RESUME:
        if (take_number(r)) {
            return true;
        }
        return r->waiting; /* nothing to resume while the article loads */
    case DOCBAO_CMD_WHERE:
        set_context(r);
        return false;
    default:
        /* While the article loads, the player has nothing open to move in. */
        return r->waiting && cmd != DOCBAO_CMD_QUIT && cmd != DOCBAO_CMD_HELP &&
               cmd != DOCBAO_CMD_FASTER && cmd != DOCBAO_CMD_SLOWER &&
               cmd != DOCBAO_CMD_LOUDER && cmd != DOCBAO_CMD_SOFTER;
    }
}

bool docbao_reader_command(docbao_reader *r, docbao_command cmd, const char *label)
{
    (void)label;
    if (n_entries(r) == 0) {
        return false;
    }
    if (cmd != DOCBAO_CMD_RESUME) {
        /* A number is typed with digits and ended with Enter; anything else forgets it. The
         * digits' own commands (keypad movements) come here too, hence the time limit. */
        if (g_get_monotonic_time() - r->digit_time >= DIGIT_TIMEOUT_US) {
            r->n_digits = 0;
        }
    }
    return r->mode == DOCBAO_READER_HEADLINES ? headlines_command(r, cmd)
                                              : article_command(r, cmd);
}

/* The article ended: it is heard; read on, or go back to the headlines at the next entry. */
static void finished(docbao_reader *r)
{
    size_t next = r->cur + 1;
    docbao_edition_set_heard(r->ed, r->cur);
    if (next >= n_entries(r)) {
        r->done = TRUE;
        to_headlines(r, r->cur, _("End of the article. End of the edition."));
        return;
    }
    if (r->continuous) {
        r->cur = next;
        open_current(r, _("End of the article."), ANNOUNCE_NEXT, TRUE);
    } else {
        to_headlines(r, next, _("End of the article. Next:"));
    }
}

void docbao_reader_player_event(docbao_reader *r, const docbao_event *e)
{
    if (e->type != DOCBAO_EVENT_STATE || r->mode != DOCBAO_READER_ARTICLE || r->waiting) {
        return;
    }
    if (e->state == DOCBAO_STATE_PLAYING || e->state == DOCBAO_STATE_OFFER ||
        e->state == DOCBAO_STATE_PAUSED || e->state == DOCBAO_STATE_STOPPED) {
        r->awaiting_start = FALSE;
    } else if (e->state == DOCBAO_STATE_FINISHED && !r->awaiting_start) {
        finished(r);
    }
}

void docbao_reader_update(docbao_reader *r)
{
    docbao_entry_info info;
    char *intro;
    if (!r->waiting || !docbao_edition_entry(r->ed, r->cur, &info) ||
        info.state == DOCBAO_ENTRY_LOADING || info.state == DOCBAO_ENTRY_WAITING) {
        return;
    }
    intro = r->intro;
    r->intro = NULL;
    r->waiting = FALSE;
    open_current(r, intro, (announce_kind)r->wait_kind, r->wait_skip);
    g_free(intro);
}
