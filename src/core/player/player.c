/*
 * The player: a thread that owns the speech engine, turns a script into audio ahead of the
 * listener, and answers commands at once.
 *
 * Audio goes into two rings of a dbi_stream: the article, and spoken messages (feedback such as
 * "Tạm dừng"), which the output plays first. Pausing holds the article ring, so playback
 * continues from the very sample where it stopped. Moving elsewhere discards what was queued and
 * synthesizes from the new place. Marks record which frame of the article ring starts each
 * sentence and word; as the output consumes frames, the marks become events.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "docbao/i18n.h"
#include "docbao/normalize.h"
#include "docbao/synth.h"
#include "docbao/player.h"
#include "base/internal.h"
#include "player/resume_store.h"
#include "audio/stream.h"

/*
 * The rings hold at least this much audio (rounded up to a power of two frames: 23.8 s and
 * 47.6 s at 22050 Hz). The player keeps only AHEAD_MS of the article ahead; a longer sentence
 * waits for room as it plays, and a command still interrupts it at once (wait_for_room()).
 * Messages get more: a burst of them (every key interrupts the last) uses room until the
 * output skips what was interrupted, and the key list is long. Every page of the rings is
 * touched as reading goes round them, so their size is resident memory.
 */
#define RING_SECONDS         12
#define MESSAGE_RING_SECONDS 24
#define AHEAD_MS           4000    /* synthesize this far ahead of the listener */
#define POLL_MS            10      /* how often the thread looks at the output when idle */
#define SAVE_EVERY_US      5000000 /* save the position at most this often while playing */
#define RATE_STEP          25
#define RATE_STEP_FAST     50 /* above espeak-ng's own top speed, where its speed-up takes over */
#define RATE_FAST          450
#define MESSAGE_RATE_MAX   450 /* spoken feedback stays understandable at any reading rate */
#define VOLUME_STEP        10
#define VOLUME_MIN_AUDIBLE 10

typedef enum {
    MSG_COMMAND,
    MSG_OPEN,
    MSG_SYNC,
    MSG_SAY,
    MSG_SEEK,
    MSG_SPEECH,
    MSG_CLOSE,
    MSG_CONTEXT,
} msg_kind;

typedef struct {
    msg_kind kind;
    docbao_command cmd;
    char label[64];
    uint64_t time_us;
    docbao_article *article; /* MSG_OPEN */
    char *key; /* MSG_OPEN; MSG_SAY, MSG_CONTEXT: the text; MSG_SPEECH: the voice or NULL */
    docbao_open_mode mode;
    guint sync_id;      /* MSG_SYNC */
    docbao_field field; /* MSG_SEEK: where to go */
    size_t block;
    size_t offset;
    int rate; /* MSG_SPEECH: < 0 keeps */
    int volume;
} message;

typedef enum { MARK_SENTENCE, MARK_WORD, MARK_END } mark_kind;

typedef struct {
    uint64_t frame;
    mark_kind kind;
    size_t utterance;
    size_t spoken_start; /* word: byte range in the utterance's spoken text */
    size_t spoken_len;
} mark;

struct docbao_player {
    /* Set at creation, read-only afterwards. */
    docbao_player_options opts;
    char *engine, *output, *device, *state_dir;
    docbao_clock *clock;

    GThread *thread;
    GMutex lock; /* guards everything down to "snapshot" */
    GCond cond;
    GQueue inbox;  /* of message* */
    GQueue events; /* of docbao_event* */
    gboolean quit;
    guint sync_done;
    guint sync_next;
    docbao_player_state snap_state;
    docbao_position snap_pos;
    gint pending; /* messages in the inbox, read without the lock */
    /* Answering docbao_player_sync(): synthesis goes as far as the rings have room, and does
     * not wait for the output to make more (with a manual clock, nothing plays meanwhile). */
    gboolean syncing;

    /* Owned by the player's thread. */
    dbi_stream stream;
    const dbi_stream_driver *driver;
    void *driver_impl;
    double latency_s;
    docbao_synth *synth;
    docbao_normalizer *normalizer;
    docbao_dialect normalizer_dialect;
    char *context; /* said first by "where", or NULL */
    docbao_voice_profile profile;
    docbao_article *article;
    char *key;
    docbao_script *script;
    docbao_player_state state;
    size_t cur;      /* the utterance being heard */
    size_t cur_word; /* byte offset of the word being heard in its spoken text */
    size_t cur_word_len;
    size_t synth_next;   /* the next utterance to synthesize */
    size_t synth_from;   /* ... starting at this byte of its spoken text */
    uint64_t synth_skip; /* ... dropping this many samples already queued */
    gboolean all_queued; /* the article's end is in the ring */
    GQueue marks;        /* of mark*, in frame order */
    char last_message[2048];
    GArray *bookmarks; /* of gsize */
    gboolean describe_next;
    gboolean saying_help; /* the message being said is the list of keys */
    int sleep_minutes;
    uint64_t sleep_deadline;
    size_t offer_utterance;
    uint64_t last_save_us;
    size_t saved_cur;
    double samples_per_char;
    unsigned underruns_seen; /* underruns already logged */
    /* Latency probe: a command waiting for its audio to reach the output. */
    uint64_t probe_key_us;
    const char *probe_label; /* the command's name, or "open-article" */
    gboolean probe_active;
};

/* ---------------------------------------------------------------------------------------- */
/* Logging and events                                                                        */

static void log_line(docbao_player *p, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

static void log_line(docbao_player *p, const char *fmt, ...)
{
    va_list ap;
    char *line;
    if (p->opts.log == NULL) {
        return;
    }
    va_start(ap, fmt);
    line = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    p->opts.log(line, p->opts.log_user);
    g_free(line);
}

static const docbao_utterance *utt(docbao_player *p, size_t i)
{
    return docbao_script_get(p->script, i);
}

static size_t n_utt(docbao_player *p)
{
    return p->script != NULL ? docbao_script_size(p->script) : 0;
}

/* Maps a byte range of an utterance's spoken text to the source range of its field. */
static void source_range(const docbao_utterance *u, size_t spoken_start, size_t *start, size_t *len)
{
    const docbao_span *spans = docbao_spoken_spans(u->spoken);
    size_t n = docbao_spoken_n_spans(u->spoken);
    *start = u->source_start;
    *len = 0;
    for (size_t i = 0; i < n; i++) {
        if (spans[i].spoken_start + spans[i].spoken_len > spoken_start) {
            *start = spans[i].source_start;
            *len = spans[i].source_len;
            return;
        }
    }
}

static docbao_position position_of(docbao_player *p)
{
    docbao_position pos = {0};
    if (p->script == NULL || n_utt(p) == 0) {
        return pos;
    }
    {
        const docbao_utterance *u = utt(p, MIN(p->cur, n_utt(p) - 1));
        pos.utterance = MIN(p->cur, n_utt(p) - 1);
        pos.n_utterances = n_utt(p);
        pos.section = u->section;
        pos.field = u->field;
        pos.block = u->block;
        pos.paragraph = u->paragraph;
        pos.n_paragraphs = docbao_script_n_paragraphs(p->script);
        pos.sentence = u->sentence;
        pos.sentence_start = u->source_start;
        pos.sentence_len = u->source_end - u->source_start;
        if (p->cur_word_len > 0) {
            source_range(u, p->cur_word, &pos.word_start, &pos.word_len);
        }
    }
    return pos;
}

/* Queues an event (with a status, for errors) and wakes the front end. */
static void emit_status(docbao_player *p, docbao_event_type type, const char *text,
                        docbao_status status)
{
    docbao_event *e = g_new0(docbao_event, 1);
    e->type = type;
    e->status = status;
    e->state = p->state;
    e->position = position_of(p);
    e->rate = p->profile.rate;
    e->volume = p->profile.volume;
    dbi_strlcpy(e->voice, p->profile.id, sizeof e->voice);
    e->time_us = docbao_clock_now(p->clock);
    if (text != NULL) {
        dbi_strlcpy(e->text, text, sizeof e->text);
    }
    g_mutex_lock(&p->lock);
    g_queue_push_tail(&p->events, e);
    p->snap_state = p->state;
    p->snap_pos = e->position;
    g_mutex_unlock(&p->lock);
    if (p->opts.wake != NULL) {
        p->opts.wake(p->opts.wake_user);
    }
}

static void emit(docbao_player *p, docbao_event_type type, const char *text)
{
    emit_status(p, type, text, DOCBAO_OK);
}

static void set_state(docbao_player *p, docbao_player_state s)
{
    if (p->state != s) {
        p->state = s;
        emit(p, DOCBAO_EVENT_STATE, NULL);
    }
}

static void emit_error(docbao_player *p, const docbao_error *err)
{
    emit_status(p, DOCBAO_EVENT_ERROR, err->message, err->status);
}

/* ---------------------------------------------------------------------------------------- */
/* Synthesis into the rings                                                                  */

typedef struct {
    docbao_player *p;
    dbi_ring *ring;
    uint64_t skip;      /* samples still to drop: queued by an earlier, interrupted attempt */
    uint64_t skipped0;  /* the skip this attempt started with */
    uint64_t delivered; /* samples received from the engine and kept or dropped */
    uint64_t base;      /* ring frame of the engine's sample 0 */
    size_t utterance;
    size_t from; /* byte offset of the synthesized text in the utterance's spoken text */
    gboolean article;
    gboolean aborted;
} synth_job;

/* Waits for room in a ring; gives up (returns FALSE) when a command arrives. */
static gboolean wait_for_room(synth_job *j, size_t n)
{
    while (dbi_ring_space(j->ring) < n) {
        if (g_atomic_int_get(&j->p->pending) > 0 || j->p->syncing) {
            return FALSE;
        }
        g_usleep(2000);
    }
    return TRUE;
}

static bool on_audio(const int16_t *samples, size_t n, void *user)
{
    synth_job *j = user;
    size_t drop;
    if (j->article && g_atomic_int_get(&j->p->pending) > 0) {
        /* A command is waiting: stop here and answer it; the rest is made again if needed. */
        j->aborted = TRUE;
        return false;
    }
    drop = (size_t)MIN((uint64_t)n, j->skip);
    if (n > drop && !wait_for_room(j, n - drop)) {
        j->aborted = TRUE;
        return false;
    }
    j->skip -= drop;
    j->delivered += n;
    if (n > drop) {
        dbi_ring_write(j->ring, samples + drop, n - drop);
        if (j->article && j->p->state == DOCBAO_STATE_PLAYING) {
            atomic_store(&j->p->stream.active, 1);
        }
        dbi_stream_notify(&j->p->stream);
    }
    return true;
}

static void push_mark(docbao_player *p, uint64_t frame, mark_kind kind, size_t utterance,
                      size_t start, size_t len)
{
    mark *m = g_new(mark, 1);
    m->frame = frame;
    m->kind = kind;
    m->utterance = utterance;
    m->spoken_start = start;
    m->spoken_len = len;
    g_queue_push_tail(&p->marks, m);
}

static void on_word(size_t start, size_t len, uint64_t sample, void *user)
{
    synth_job *j = user;
    /* Words before the cut were marked by the earlier attempt. */
    if (j->article && sample >= j->skipped0) {
        push_mark(j->p, j->base + sample, MARK_WORD, j->utterance, j->from + start, len);
    }
}

/* Writes n frames of silence into a ring (waiting for room); FALSE if a command interrupts. */
static gboolean write_silence(docbao_player *p, dbi_ring *ring, size_t n)
{
    static const int16_t zeros[2048];
    synth_job j = {0};
    j.p = p;
    j.ring = ring;
    while (n > 0) {
        size_t take = MIN(n, G_N_ELEMENTS(zeros));
        if (!wait_for_room(&j, take)) {
            return FALSE;
        }
        dbi_ring_write(ring, zeros, take);
        n -= take;
    }
    dbi_stream_notify(&p->stream);
    return TRUE;
}

static size_t ms_to_frames(docbao_player *p, unsigned ms)
{
    return (size_t)p->stream.rate * ms / 1000;
}

/*
 * Synthesizes the next utterance (or what is left of it) into the article ring, with its pause
 * after it, and marks where its sentence and words begin. Returns FALSE when a command
 * interrupted it; synth_skip then says how much of it is already queued.
 */
static gboolean synth_next_utterance(docbao_player *p)
{
    const docbao_utterance *u = utt(p, p->synth_next);
    const char *text = docbao_spoken_text(u->spoken) + p->synth_from;
    synth_job j = {0};
    docbao_error err = {0};
    docbao_status st;

    j.p = p;
    j.ring = &p->stream.article;
    j.skip = j.skipped0 = p->synth_skip;
    j.base = atomic_load(&p->stream.article.written) - p->synth_skip;
    j.utterance = p->synth_next;
    j.from = p->synth_from;
    j.article = TRUE;
    if (p->synth_from == 0 && p->synth_skip == 0) {
        push_mark(p, j.base, MARK_SENTENCE, p->synth_next, 0, 0);
    }
    st = docbao_synth_speak_spoken(p->synth, u->spoken, p->synth_from, on_audio, on_word, &j,
                                   &err);
    if (j.aborted) {
        p->synth_skip = j.delivered;
        return FALSE;
    }
    if (st != DOCBAO_OK) {
        emit_error(p, &err);
    } else if (j.delivered > 0) {
        size_t chars = g_utf8_strlen(text, -1);
        p->samples_per_char = (double)j.delivered / (double)MAX(chars, (size_t)1);
    }
    p->synth_skip = 0;
    p->synth_from = 0;
    p->synth_next++;
    if (p->synth_next < n_utt(p)) {
        if (!write_silence(p, &p->stream.article, ms_to_frames(p, u->pause_ms))) {
            /* The pause is short; it is simply left shorter. */
        }
    } else {
        push_mark(p, atomic_load(&p->stream.article.written), MARK_END, p->synth_next - 1, 0, 0);
        p->all_queued = TRUE;
    }
    return TRUE;
}

static gboolean needs_synthesis(docbao_player *p)
{
    return p->script != NULL && !p->all_queued && p->synth_next < n_utt(p) &&
           (p->state == DOCBAO_STATE_PLAYING || p->state == DOCBAO_STATE_PAUSED) &&
           dbi_ring_level(&p->stream.article) < ms_to_frames(p, AHEAD_MS);
}

/* ---------------------------------------------------------------------------------------- */
/* Spoken messages                                                                           */

/*
 * Gives the engine a profile: at volume 100, since the player applies the volume as a gain
 * (at once, and without speaking again).
 */
static void set_engine_profile(docbao_player *p, const docbao_voice_profile *profile)
{
    docbao_voice_profile engine_profile = *profile;
    engine_profile.volume = 100;
    docbao_synth_set_profile(p->synth, &engine_profile, NULL);
}

/*
 * The profile messages are spoken with: the listener's voice (or English for an English UI), at
 * the listener's rate up to MESSAGE_RATE_MAX.
 */
static docbao_voice_profile message_profile(docbao_player *p)
{
    docbao_voice_profile mp = p->profile;
    mp.rate = MIN(mp.rate, MESSAGE_RATE_MAX);
    if (strcmp(docbao_i18n_language(), "vi") != 0 && strcmp(p->engine, "espeak-ng") == 0) {
        dbi_strlcpy(mp.engine_voice, "en", sizeof mp.engine_voice);
    }
    return mp;
}

/*
 * Says a message at once: it interrupts any message still playing and holds the article until
 * it has been said. It is also shown (a MESSAGE event) and kept for "repeat-message".
 */
static void say(docbao_player *p, const char *text)
{
    docbao_voice_profile mp = message_profile(p);
    gboolean english = strcmp(mp.engine_voice, p->profile.engine_voice) != 0;
    gboolean own_profile = english || mp.rate != p->profile.rate;
    docbao_spoken *spoken = NULL;
    synth_job j = {0};
    docbao_error err = {0};
    docbao_status st;
    uint64_t first;

    p->saying_help = FALSE;
    if (text != p->last_message) {
        dbi_strlcpy(p->last_message, text, sizeof p->last_message);
    }
    emit(p, DOCBAO_EVENT_MESSAGE, text);
    first = dbi_ring_discard(&p->stream.message);
    if (!english && docbao_normalize(p->normalizer, text, (size_t)-1, &spoken, NULL) != DOCBAO_OK) {
        spoken = NULL;
    }
    if (own_profile) {
        set_engine_profile(p, &mp);
    }
    j.p = p;
    j.ring = &p->stream.message;
    atomic_store(&p->stream.watch_message_frame, first);
    st = spoken != NULL ? docbao_synth_speak_spoken(p->synth, spoken, 0, on_audio, NULL, &j, &err)
                        : docbao_synth_speak(p->synth, text, on_audio, NULL, &j, &err);
    /* A command that cuts a message short (a key pressed during it) is no error. */
    if (st != DOCBAO_OK && st != DOCBAO_ERR_CANCELLED) {
        emit_error(p, &err);
    }
    write_silence(p, &p->stream.message, ms_to_frames(p, 250));
    if (own_profile) {
        set_engine_profile(p, &p->profile);
    }
    docbao_spoken_free(spoken);
}

/*
 * Shows a change that the listener hears anyway (reading goes on, or from another sentence):
 * a MESSAGE event for the front ends to print or display, with nothing spoken.
 */
static void note(docbao_player *p, const char *text)
{
    emit(p, DOCBAO_EVENT_MESSAGE, text);
}

static void sayf(docbao_player *p, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

static void sayf(docbao_player *p, const char *fmt, ...)
{
    va_list ap;
    char *text;
    va_start(ap, fmt);
    text = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    say(p, text);
    g_free(text);
}

/* ---------------------------------------------------------------------------------------- */
/* Positions                                                                                 */

static void clear_marks(docbao_player *p)
{
    mark *m;
    while ((m = g_queue_pop_head(&p->marks)) != NULL) {
        g_free(m);
    }
}

/*
 * Continues from utterance i at byte `from` of its spoken text: what is queued is dropped and
 * synthesis starts there.
 */
static void go_to(docbao_player *p, size_t i, size_t from)
{
    uint64_t first;
    atomic_store(&p->stream.active, 0);
    first = dbi_ring_discard(&p->stream.article);
    atomic_store(&p->stream.watch_article_frame, first);
    clear_marks(p);
    p->cur = i;
    p->cur_word = from;
    p->cur_word_len = 0;
    p->synth_next = i;
    p->synth_from = from;
    p->synth_skip = 0;
    p->all_queued = FALSE;
}

static void play_from(docbao_player *p, size_t i)
{
    go_to(p, i, 0);
    atomic_store(&p->stream.paused, 0);
    set_state(p, DOCBAO_STATE_PLAYING);
    emit(p, DOCBAO_EVENT_SENTENCE, NULL);
}

static void save_position(docbao_player *p)
{
    dbi_saved_position pos;
    char *error = NULL;
    if (p->script == NULL || p->key == NULL) {
        return;
    }
    pos.utterance = p->state == DOCBAO_STATE_FINISHED ? 0 : p->cur;
    pos.n_utterances = n_utt(p);
    pos.bookmarks = p->bookmarks;
    /* A finished article without bookmarks has nothing worth remembering. */
    if (!dbi_resume_save(p->state_dir, p->key,
                         pos.utterance == 0 && p->bookmarks->len == 0 ? NULL : &pos, &error)) {
        docbao_error err;
        err.status = DOCBAO_ERR_IO;
        dbi_strlcpy(err.message, error, sizeof err.message);
        emit_error(p, &err);
        g_free(error);
    }
    p->saved_cur = p->cur;
    p->last_save_us = docbao_clock_now(p->clock);
}

static const char *section_label(docbao_section s)
{
    switch (s) {
    case DOCBAO_SECTION_TITLE:
        return _("Title");
    case DOCBAO_SECTION_LEAD:
        return _("Lead");
    case DOCBAO_SECTION_CAPTIONS:
        return _("Image caption");
    default:
        return _("Body");
    }
}

/* Turns the marks the output has passed into events. */
static void follow_output(docbao_player *p)
{
    uint64_t played = atomic_load(&p->stream.article.read);
    /*
     * A frame taken by the output is heard a latency later; once nothing more is queued the
     * output takes no further frames, so the last marks are due without that allowance.
     */
    uint64_t delay =
        dbi_ring_level(&p->stream.article) > 0 ? (uint64_t)(p->latency_s * p->stream.rate) : 0;
    mark *m;
    while ((m = g_queue_peek_head(&p->marks)) != NULL && m->frame + delay <= played) {
        g_queue_pop_head(&p->marks);
        switch (m->kind) {
        case MARK_SENTENCE:
            p->cur = m->utterance;
            p->cur_word = 0;
            p->cur_word_len = 0;
            emit(p, DOCBAO_EVENT_SENTENCE, NULL);
            log_line(p, "sentence utterance=%zu paragraph=%zu chars=%ld rate=%d", m->utterance,
                     utt(p, m->utterance)->paragraph,
                     g_utf8_strlen(docbao_spoken_text(utt(p, m->utterance)->spoken), -1),
                     p->profile.rate);
            break;
        case MARK_WORD:
            p->cur = m->utterance;
            p->cur_word = m->spoken_start;
            p->cur_word_len = m->spoken_len;
            emit(p, DOCBAO_EVENT_WORD, NULL);
            break;
        case MARK_END:
            atomic_store(&p->stream.active, 0);
            set_state(p, DOCBAO_STATE_FINISHED);
            if (!p->opts.quiet_end) {
                say(p, _("End of the article"));
            }
            save_position(p);
            log_line(p, "finished underruns=%u", atomic_load(&p->stream.underruns));
            break;
        }
        g_free(m);
    }
    if (p->all_queued) {
        atomic_store(&p->stream.active, 0);
    }
}

/* Reports how long a command took to be heard, once the output has taken the new audio. */
static void check_probe(docbao_player *p)
{
    uint64_t t;
    if (!p->probe_active) {
        return;
    }
    t = atomic_exchange(&p->stream.watch_time_us, 0);
    if (t != 0) {
        log_line(p, "latency command=%s ms=%.2f", p->probe_label,
                 (double)(t > p->probe_key_us ? t - p->probe_key_us : 0) / 1000.0);
        p->probe_active = FALSE;
    }
}

static void start_probe(docbao_player *p, const char *label, uint64_t key_us)
{
    atomic_store(&p->stream.watch_time_us, 0);
    p->probe_active = TRUE;
    p->probe_label = label;
    p->probe_key_us = key_us != 0 ? key_us : docbao_clock_now(p->clock);
}

/* ---------------------------------------------------------------------------------------- */
/* Where am I, help                                                                          */

static char *describe_duration(double seconds)
{
    int s = (int)(seconds + 0.5);
    if (s >= 60) {
        return g_strdup_printf(_("%d minutes %d seconds"), s / 60, s % 60);
    }
    return g_strdup_printf(_("%d seconds"), s);
}

/* Seconds of speech left from the current sentence on, estimated from the audio made so far. */
static double time_left(docbao_player *p)
{
    size_t chars = 0;
    double per_char = p->samples_per_char > 0 ? p->samples_per_char
                                              : p->stream.rate * 60.0 / (p->profile.rate * 6.0);
    for (size_t i = p->cur; i < n_utt(p); i++) {
        chars += g_utf8_strlen(docbao_spoken_text(utt(p, i)->spoken), -1);
    }
    return chars * per_char / p->stream.rate;
}

static void say_where(docbao_player *p)
{
    const docbao_utterance *u;
    char *left, *place;
    size_t done = 0, total = 0;
    if (p->script == NULL) {
        say(p, p->context != NULL ? p->context : _("No article is open."));
        return;
    }
    u = utt(p, p->cur);
    for (size_t i = 0; i < n_utt(p); i++) {
        size_t c = docbao_spoken_len(utt(p, i)->spoken);
        total += c;
        if (i < p->cur) {
            done += c;
        }
    }
    left = describe_duration(time_left(p));
    /* A caption is read in the body's flow, but the listener is told it is a caption. */
    place = g_strdup_printf(_("%s, paragraph %zu of %zu, sentence %zu, %d percent, %s left."),
                            u->field == DOCBAO_FIELD_BLOCK && p->article != NULL &&
                                    docbao_article_block_type(p->article, u->block) ==
                                        DOCBAO_BLOCK_CAPTION
                                ? section_label(DOCBAO_SECTION_CAPTIONS)
                                : section_label(u->section),
                            u->paragraph + 1, docbao_script_n_paragraphs(p->script),
                            u->sentence + 1, total > 0 ? (int)(done * 100 / total) : 0, left);
    if (p->context != NULL) {
        sayf(p, "%s %s", p->context, place);
    } else {
        say(p, place);
    }
    g_free(place);
    g_free(left);
}

/* Lists the keys: one phrase per command, naming the keys bound to it. */
static void say_help(docbao_player *p)
{
    GString *out = g_string_new(NULL);
    const docbao_keymap *km = p->opts.keymap;
    if (km == NULL) {
        say(p, _("No key map is loaded."));
        g_string_free(out, TRUE);
        return;
    }
    for (int cmd = 0; cmd < DOCBAO_CMD_COUNT_; cmd++) {
        GString *keys = g_string_new(NULL);
        for (size_t i = 0; i < docbao_keymap_size(km); i++) {
            const char *key = docbao_keymap_key(km, i);
            char *name;
            /* The keypad's digits say the same as the digits; control keys are not for help. */
            if (docbao_keymap_command(km, i) != cmd || g_str_has_prefix(key, "CTRL+") ||
                (g_str_has_prefix(key, "KP") && g_ascii_isdigit(key[2]))) {
                continue;
            }
            name = docbao_key_spoken_name(key);
            g_string_append_printf(keys, "%s%s", keys->len > 0 ? _(" or ") : "", name);
            g_free(name);
        }
        if (keys->len > 0) {
            g_string_append_printf(out, "%s: %s. ", keys->str,
                                   docbao_command_describe((docbao_command)cmd));
        }
        g_string_free(keys, TRUE);
    }
    say(p, out->str);
    p->saying_help = TRUE;
    g_string_free(out, TRUE);
}

/* ---------------------------------------------------------------------------------------- */
/* Commands                                                                                  */

static size_t paragraph_start(docbao_player *p, size_t paragraph)
{
    for (size_t i = 0; i < n_utt(p); i++) {
        if (utt(p, i)->paragraph == paragraph) {
            return i;
        }
    }
    return 0;
}

static void pause_playback(docbao_player *p)
{
    atomic_store(&p->stream.watch_pause, 1);
    atomic_store(&p->stream.paused, 1);
    atomic_store(&p->stream.active, 0);
    set_state(p, DOCBAO_STATE_PAUSED);
    say(p, _("Paused"));
    save_position(p);
}

static void resume_playback(docbao_player *p)
{
    switch (p->state) {
    case DOCBAO_STATE_PAUSED:
        atomic_store(&p->stream.watch_article_frame, atomic_load(&p->stream.article.read));
        atomic_store(&p->stream.paused, 0);
        atomic_store(&p->stream.active, dbi_ring_level(&p->stream.article) > 0);
        dbi_stream_notify(&p->stream);
        set_state(p, DOCBAO_STATE_PLAYING);
        note(p, _("Continuing"));
        break;
    case DOCBAO_STATE_STOPPED:
        play_from(p, p->cur);
        note(p, _("Continuing"));
        break;
    case DOCBAO_STATE_FINISHED:
    case DOCBAO_STATE_OFFER:
        play_from(p, 0);
        note(p, _("Reading from the start"));
        break;
    default:
        break;
    }
}

/* Applies a changed rate or voice to the rest of the current sentence and what follows. */
static void resynthesize_from_word(docbao_player *p)
{
    gboolean playing = p->state == DOCBAO_STATE_PLAYING;
    size_t word = p->cur_word;
    go_to(p, p->cur, word);
    p->cur_word = word;
    if (playing) {
        atomic_store(&p->stream.paused, 0);
    }
}

/* Faster or slower by a step (direction +1 or -1): larger steps above RATE_FAST. */
static void change_rate(docbao_player *p, int direction)
{
    int step = p->profile.rate + direction > RATE_FAST ? RATE_STEP_FAST : RATE_STEP;
    int rate = CLAMP(p->profile.rate + direction * step, DOCBAO_RATE_MIN, DOCBAO_RATE_MAX);
    if (rate == p->profile.rate) {
        sayf(p,
             direction > 0 ? _("Fastest: %d words per minute") : _("Slowest: %d words per minute"),
             rate);
        return;
    }
    p->profile.rate = rate;
    set_engine_profile(p, &p->profile);
    p->samples_per_char = 0;
    emit(p, DOCBAO_EVENT_SETTINGS, NULL);
    sayf(p, _("Rate %d words per minute"), rate);
    if (p->state == DOCBAO_STATE_PLAYING || p->state == DOCBAO_STATE_PAUSED) {
        resynthesize_from_word(p);
    }
}

static void change_volume(docbao_player *p, int delta)
{
    int volume = CLAMP(p->profile.volume + delta, VOLUME_MIN_AUDIBLE, DOCBAO_VOLUME_MAX);
    if (volume == p->profile.volume) {
        sayf(p, delta > 0 ? _("Loudest: volume %d percent") : _("Softest: volume %d percent"),
             volume);
        return;
    }
    p->profile.volume = volume;
    atomic_store(&p->stream.gain_milli, volume * 10);
    emit(p, DOCBAO_EVENT_SETTINGS, NULL);
    sayf(p, _("Volume %d percent"), volume);
}

static void rebuild_script(docbao_player *p)
{
    docbao_normalize_options nopts = {0};
    docbao_error err = {0};
    docbao_script *s;
    /* The lexicons are loaded once; a new normalizer only for another dialect. */
    if (p->normalizer == NULL || p->normalizer_dialect != p->profile.dialect) {
        nopts.dialect = p->profile.dialect;
        docbao_normalizer_free(p->normalizer);
        p->normalizer = docbao_normalizer_new(&nopts, &err);
        p->normalizer_dialect = p->profile.dialect;
        if (p->normalizer == NULL) {
            emit_error(p, &err);
            return;
        }
    }
    s = docbao_script_new(p->article, p->normalizer, &p->profile,
                          p->opts.sections != 0 ? p->opts.sections : DOCBAO_SECTION_ALL, &err);
    if (s == NULL) {
        emit_error(p, &err);
        return;
    }
    docbao_script_free(p->script);
    p->script = s;
}

static void next_voice(docbao_player *p)
{
    const docbao_voice_list *list = p->opts.voices;
    size_t n = list != NULL ? docbao_voice_list_size(list) : 0;
    size_t i = 0;
    docbao_voice_profile next;
    gboolean dialect_changed;
    if (n < 2) {
        sayf(p, _("Only one voice: %s"), p->profile.name);
        return;
    }
    while (i < n && strcmp(docbao_voice_list_get(list, i)->id, p->profile.id) != 0) {
        i++;
    }
    next = *docbao_voice_list_get(list, (i + 1) % n);
    next.rate = p->profile.rate;
    next.volume = p->profile.volume;
    dialect_changed = next.dialect != p->profile.dialect;
    p->profile = next;
    set_engine_profile(p, &p->profile);
    if (dialect_changed && p->article != NULL) {
        rebuild_script(p);
    }
    emit(p, DOCBAO_EVENT_SETTINGS, NULL);
    say(p, p->profile.name);
    if (p->state == DOCBAO_STATE_PLAYING || p->state == DOCBAO_STATE_PAUSED) {
        if (dialect_changed) {
            go_to(p, p->cur, 0);
        } else {
            resynthesize_from_word(p);
        }
    }
}

static void cycle_sleep_timer(docbao_player *p)
{
    static const int steps[] = {0, 15, 30, 45, 60, 90};
    size_t i = 0;
    while (i < G_N_ELEMENTS(steps) && steps[i] != p->sleep_minutes) {
        i++;
    }
    p->sleep_minutes = steps[(i + 1) % G_N_ELEMENTS(steps)];
    if (p->sleep_minutes == 0) {
        p->sleep_deadline = 0;
        say(p, _("Sleep timer off"));
    } else {
        p->sleep_deadline =
            docbao_clock_now(p->clock) + (uint64_t)p->sleep_minutes * 60 * G_USEC_PER_SEC;
        sayf(p, _("Stopping in %d minutes"), p->sleep_minutes);
    }
}

static void add_bookmark(docbao_player *p)
{
    gsize at = p->cur;
    guint i = 0;
    while (i < p->bookmarks->len && g_array_index(p->bookmarks, gsize, i) < at) {
        i++;
    }
    if (i == p->bookmarks->len || g_array_index(p->bookmarks, gsize, i) != at) {
        g_array_insert_val(p->bookmarks, i, at);
    }
    sayf(p, _("Bookmark added: paragraph %zu, sentence %zu"), utt(p, at)->paragraph + 1,
         utt(p, at)->sentence + 1);
    save_position(p);
}

static void next_bookmark(docbao_player *p)
{
    guint n = p->bookmarks->len;
    guint i = 0;
    if (n == 0) {
        say(p, _("There are no bookmarks."));
        return;
    }
    while (i < n && g_array_index(p->bookmarks, gsize, i) <= p->cur) {
        i++;
    }
    i %= n;
    sayf(p, _("Bookmark %u of %u"), i + 1, n);
    play_from(p, MIN(g_array_index(p->bookmarks, gsize, i), n_utt(p) - 1));
}

/* Shows (without saying it) which sentence reading goes on from. */
static void note_sentence(docbao_player *p, size_t i)
{
    char *text = g_strdup_printf(_("Sentence %zu of paragraph %zu"), utt(p, i)->sentence + 1,
                                 utt(p, i)->paragraph + 1);
    note(p, text);
    g_free(text);
}

/* Moves by sentence, paragraph or section; step is +1 or -1. */
static void move(docbao_player *p, docbao_command cmd)
{
    const docbao_utterance *u = utt(p, p->cur);
    size_t n = n_utt(p);
    size_t target = p->cur;
    switch (cmd) {
    case DOCBAO_CMD_NEXT_SENTENCE:
        if (p->cur + 1 >= n) {
            say(p, _("End of the article"));
            return;
        }
        target = p->cur + 1;
        note_sentence(p, target);
        break;
    case DOCBAO_CMD_PREV_SENTENCE:
        if (p->cur == 0) {
            say(p, _("Start of the article"));
        }
        target = p->cur > 0 ? p->cur - 1 : 0;
        if (p->cur > 0) {
            note_sentence(p, target);
        }
        break;
    case DOCBAO_CMD_NEXT_PARAGRAPH:
        if (u->paragraph + 1 >= docbao_script_n_paragraphs(p->script)) {
            say(p, _("This is the last paragraph"));
            return;
        }
        target = paragraph_start(p, u->paragraph + 1);
        sayf(p, _("Paragraph %zu"), u->paragraph + 2);
        break;
    case DOCBAO_CMD_PREV_PARAGRAPH:
        target = paragraph_start(p, u->paragraph > 0 ? u->paragraph - 1 : 0);
        sayf(p, _("Paragraph %zu"), utt(p, target)->paragraph + 1);
        break;
    case DOCBAO_CMD_NEXT_SECTION:
        while (target < n && utt(p, target)->section == u->section) {
            target++;
        }
        if (target >= n) {
            say(p, _("This is the last section"));
            return;
        }
        say(p, section_label(utt(p, target)->section));
        break;
    case DOCBAO_CMD_PREV_SECTION: {
        /* The start of the previous section (or of this one, when not at its start). */
        size_t start = p->cur;
        while (start > 0 && utt(p, start - 1)->section == u->section) {
            start--;
        }
        if (start == p->cur && start > 0) {
            docbao_section prev = utt(p, start - 1)->section;
            start--;
            while (start > 0 && utt(p, start - 1)->section == prev) {
                start--;
            }
        }
        target = start;
        say(p, section_label(utt(p, target)->section));
        break;
    }
    case DOCBAO_CMD_START:
        target = 0;
        say(p, _("Start of the article"));
        break;
    case DOCBAO_CMD_END:
        target = paragraph_start(p, utt(p, n - 1)->paragraph);
        say(p, _("Last paragraph"));
        break;
    case DOCBAO_CMD_REPEAT_SENTENCE:
        target = p->cur;
        note_sentence(p, target);
        break;
    default:
        return;
    }
    play_from(p, target);
}

/* Commands that make sense while no article is open (between the articles of an edition). */
static gboolean works_without_article(docbao_command cmd)
{
    switch (cmd) {
    case DOCBAO_CMD_HELP:
    case DOCBAO_CMD_DESCRIBE_KEY:
    case DOCBAO_CMD_REPEAT_MESSAGE:
    case DOCBAO_CMD_QUIT:
    case DOCBAO_CMD_FASTER:
    case DOCBAO_CMD_SLOWER:
    case DOCBAO_CMD_LOUDER:
    case DOCBAO_CMD_SOFTER:
    case DOCBAO_CMD_NEXT_VOICE:
    case DOCBAO_CMD_WHERE:
    case DOCBAO_CMD_SLEEP_TIMER:
        return TRUE;
    default:
        return FALSE;
    }
}

/* Stops reading and forgets the article, keeping its place for next time. */
static void close_article(docbao_player *p)
{
    if (p->script != NULL && p->state != DOCBAO_STATE_FINISHED) {
        save_position(p);
    }
    go_to(p, 0, 0);
    atomic_store(&p->stream.paused, 0);
    docbao_script_free(p->script);
    p->script = NULL;
    docbao_article_free(p->article);
    p->article = NULL;
    set_state(p, DOCBAO_STATE_IDLE);
}

static void handle_command(docbao_player *p, const message *m)
{
    docbao_command cmd = m->cmd;
    if (p->describe_next && cmd != DOCBAO_CMD_DESCRIBE_KEY) {
        p->describe_next = FALSE;
        sayf(p, "%s: %s", m->label[0] != '\0' ? m->label : _("This key"),
             docbao_command_describe(cmd));
        return;
    }
    if (p->script == NULL && !works_without_article(cmd)) {
        say(p, _("No article is open."));
        return;
    }
    /*
     * Pause or play while the list of keys is being said ends the list and goes on reading:
     * the article was only held for the list, so pausing it would be the opposite of asked.
     */
    if (p->saying_help && p->state == DOCBAO_STATE_PLAYING &&
        dbi_ring_level(&p->stream.message) > 0 &&
        (cmd == DOCBAO_CMD_TOGGLE_PAUSE || cmd == DOCBAO_CMD_PLAY || cmd == DOCBAO_CMD_RESUME)) {
        dbi_ring_discard(&p->stream.message);
        p->saying_help = FALSE;
        note(p, _("Continuing"));
        return;
    }
    /* Any action of the listener interrupts what is being said (EN 301 549, 5.1.3.5). */
    dbi_ring_discard(&p->stream.message);
    start_probe(p, docbao_command_name(cmd), m->time_us);
    log_line(p, "command %s state=%d utterance=%zu", docbao_command_name(cmd), p->state, p->cur);
    switch (cmd) {
    case DOCBAO_CMD_PLAY:
        if (p->state == DOCBAO_STATE_OFFER) {
            play_from(p, 0);
            note(p, _("Reading from the start"));
        } else {
            resume_playback(p);
        }
        break;
    case DOCBAO_CMD_RESUME:
        if (p->state == DOCBAO_STATE_OFFER) {
            play_from(p, p->offer_utterance);
            note(p, _("Continuing"));
        } else {
            resume_playback(p);
        }
        break;
    case DOCBAO_CMD_PAUSE:
        if (p->state == DOCBAO_STATE_PLAYING) {
            pause_playback(p);
        }
        break;
    case DOCBAO_CMD_TOGGLE_PAUSE:
        if (p->state == DOCBAO_STATE_PLAYING) {
            pause_playback(p);
        } else if (p->state == DOCBAO_STATE_OFFER) {
            play_from(p, 0);
            note(p, _("Reading from the start"));
        } else {
            resume_playback(p);
        }
        break;
    case DOCBAO_CMD_STOP:
    case DOCBAO_CMD_QUIT:
        go_to(p, p->cur, 0);
        atomic_store(&p->stream.paused, 0);
        if (p->state != DOCBAO_STATE_FINISHED) {
            set_state(p, DOCBAO_STATE_STOPPED);
        }
        save_position(p);
        if (cmd == DOCBAO_CMD_STOP) {
            say(p, _("Stopped"));
        } else {
            dbi_ring_discard(&p->stream.message);
        }
        break;
    case DOCBAO_CMD_NEXT_SENTENCE:
    case DOCBAO_CMD_PREV_SENTENCE:
    case DOCBAO_CMD_NEXT_PARAGRAPH:
    case DOCBAO_CMD_PREV_PARAGRAPH:
    case DOCBAO_CMD_NEXT_SECTION:
    case DOCBAO_CMD_PREV_SECTION:
    case DOCBAO_CMD_START:
    case DOCBAO_CMD_END:
    case DOCBAO_CMD_REPEAT_SENTENCE:
        move(p, cmd);
        break;
    case DOCBAO_CMD_REPEAT_MESSAGE:
        say(p, p->last_message[0] != '\0' ? p->last_message : _("Nothing was said yet."));
        break;
    case DOCBAO_CMD_FASTER:
    case DOCBAO_CMD_SLOWER:
        change_rate(p, cmd == DOCBAO_CMD_FASTER ? +1 : -1);
        break;
    case DOCBAO_CMD_LOUDER:
    case DOCBAO_CMD_SOFTER:
        change_volume(p, cmd == DOCBAO_CMD_LOUDER ? VOLUME_STEP : -VOLUME_STEP);
        break;
    case DOCBAO_CMD_NEXT_VOICE:
        next_voice(p);
        break;
    case DOCBAO_CMD_WHERE:
        say_where(p);
        break;
    case DOCBAO_CMD_DESCRIBE_KEY:
        p->describe_next = TRUE;
        say(p, _("Press a key to hear what it does."));
        break;
    case DOCBAO_CMD_HELP:
        say_help(p);
        break;
    case DOCBAO_CMD_SLEEP_TIMER:
        cycle_sleep_timer(p);
        break;
    case DOCBAO_CMD_BOOKMARK_ADD:
        add_bookmark(p);
        break;
    case DOCBAO_CMD_BOOKMARK_NEXT:
        next_bookmark(p);
        break;
    case DOCBAO_CMD_NEXT_ARTICLE:
    case DOCBAO_CMD_PREV_ARTICLE:
    case DOCBAO_CMD_HEADLINES:
    case DOCBAO_CMD_CONTINUOUS:
        /* The edition's reader takes these; with one article there is nothing to move to. */
        say(p, _("Only this article is open."));
        break;
    case DOCBAO_CMD_COUNT_:
        break;
    }
}

/* Plays from the sentence holding byte m->offset of field m->field (block m->block). */
static void seek(docbao_player *p, const message *m)
{
    size_t target = SIZE_MAX;
    if (p->script == NULL) {
        say(p, _("No article is open."));
        return;
    }
    for (size_t i = 0; i < n_utt(p); i++) {
        const docbao_utterance *u = utt(p, i);
        if (u->field != m->field || (m->field == DOCBAO_FIELD_BLOCK && u->block != m->block)) {
            continue;
        }
        if (target == SIZE_MAX || u->source_start <= m->offset) {
            target = i;
        }
    }
    if (target == SIZE_MAX) {
        say(p, _("This part is not read."));
        return;
    }
    dbi_ring_discard(&p->stream.message);
    log_line(p, "seek utterance=%zu", target);
    play_from(p, target);
}

/* Applies a voice, rate and volume without a message (docbao_player_set_speech()). */
static void set_speech(docbao_player *p, const message *m)
{
    docbao_voice_profile next = p->profile;
    gboolean dialect_changed, speech_changed;
    if (m->key != NULL && strcmp(m->key, p->profile.id) != 0) {
        const docbao_voice_profile *v =
            p->opts.voices != NULL ? docbao_voice_list_find(p->opts.voices, m->key) : NULL;
        if (v == NULL) {
            docbao_error err;
            err.status = DOCBAO_ERR_VOICE;
            g_snprintf(err.message, sizeof err.message, _("unknown voice \"%s\""), m->key);
            emit_error(p, &err);
            return;
        }
        next = *v;
        next.rate = p->profile.rate;
        next.volume = p->profile.volume;
    }
    if (m->rate >= 0) {
        next.rate = CLAMP(m->rate, DOCBAO_RATE_MIN, DOCBAO_RATE_MAX);
    }
    if (m->volume >= 0) {
        next.volume = CLAMP(m->volume, VOLUME_MIN_AUDIBLE, DOCBAO_VOLUME_MAX);
    }
    dialect_changed = next.dialect != p->profile.dialect;
    speech_changed = strcmp(next.id, p->profile.id) != 0 || next.rate != p->profile.rate;
    p->profile = next;
    atomic_store(&p->stream.gain_milli, p->profile.volume * 10);
    if (speech_changed) {
        set_engine_profile(p, &p->profile);
        p->samples_per_char = 0;
    }
    if (dialect_changed && p->article != NULL) {
        rebuild_script(p);
    }
    emit(p, DOCBAO_EVENT_SETTINGS, NULL);
    if (speech_changed && (p->state == DOCBAO_STATE_PLAYING || p->state == DOCBAO_STATE_PAUSED)) {
        if (dialect_changed) {
            go_to(p, p->cur, 0);
        } else {
            resynthesize_from_word(p);
        }
    }
}

/* Offers to continue at utterance `at`, naming the keys that continue or start again. */
static void offer(docbao_player *p, size_t at)
{
    const docbao_utterance *u = utt(p, at);
    char *resume_keys = NULL, *restart_keys = NULL;
    const docbao_keymap *km = p->opts.keymap;
    p->offer_utterance = at;
    p->cur = at;
    p->saved_cur = at;
    set_state(p, DOCBAO_STATE_OFFER);
    for (size_t i = 0; km != NULL && i < docbao_keymap_size(km); i++) {
        int c = docbao_keymap_command(km, i);
        const char *key = docbao_keymap_key(km, i);
        if (c == DOCBAO_CMD_RESUME && resume_keys == NULL) {
            resume_keys = docbao_key_spoken_name(key);
        } else if (c == DOCBAO_CMD_TOGGLE_PAUSE && restart_keys == NULL) {
            restart_keys = docbao_key_spoken_name(key);
        }
    }
    if (resume_keys != NULL && restart_keys != NULL) {
        sayf(p,
             _("Last time you stopped at paragraph %zu of %zu. Press %s to continue there, or %s "
               "to start from the beginning."),
             u->paragraph + 1, docbao_script_n_paragraphs(p->script), resume_keys, restart_keys);
    } else {
        sayf(p, _("Last time you stopped at paragraph %zu of %zu."), u->paragraph + 1,
             docbao_script_n_paragraphs(p->script));
    }
    g_free(resume_keys);
    g_free(restart_keys);
}

static void open_article(docbao_player *p, message *m)
{
    dbi_saved_position saved;
    /* An article the listener chose interrupts what is being said, as any action does; what
     * is to be said before it (an announcement) is said after opening. */
    dbi_ring_discard(&p->stream.message);
    if (p->script != NULL && p->state != DOCBAO_STATE_FINISHED) {
        save_position(p);
    }
    docbao_script_free(p->script);
    p->script = NULL;
    docbao_article_free(p->article);
    p->article = m->article;
    m->article = NULL;
    g_free(p->key);
    p->key = m->key;
    m->key = NULL;
    g_array_set_size(p->bookmarks, 0);
    go_to(p, 0, 0);
    log_line(p, "open key=%s", p->key);
    /* From the request to the first audio that follows it (an announcement or the title). */
    start_probe(p, "open-article", m->time_us);
    rebuild_script(p);
    if (p->script == NULL) {
        set_state(p, DOCBAO_STATE_IDLE);
        return;
    }
    dbi_saved_position_init(&saved);
    if (dbi_resume_load(p->state_dir, p->key, &saved)) {
        for (guint i = 0; i < saved.bookmarks->len; i++) {
            gsize b = g_array_index(saved.bookmarks, gsize, i);
            if (b < n_utt(p)) {
                g_array_append_val(p->bookmarks, b);
            }
        }
    }
    p->saved_cur = 0;
    if (saved.utterance >= n_utt(p)) {
        saved.utterance = 0;
    }
    switch (m->mode) {
    case DOCBAO_OPEN_OFFER:
        if (saved.utterance > 0) {
            offer(p, saved.utterance);
        } else {
            play_from(p, 0);
        }
        break;
    case DOCBAO_OPEN_START:
        play_from(p, 0);
        break;
    case DOCBAO_OPEN_RESUME:
        play_from(p, saved.utterance);
        break;
    case DOCBAO_OPEN_STOPPED:
        p->cur = saved.utterance;
        p->saved_cur = saved.utterance;
        set_state(p, DOCBAO_STATE_STOPPED);
        emit(p, DOCBAO_EVENT_SENTENCE, NULL);
        break;
    }
    dbi_saved_position_clear(&saved);
}

/* ---------------------------------------------------------------------------------------- */
/* The thread                                                                                */

static void free_message(message *m)
{
    docbao_article_free(m->article);
    g_free(m->key);
    g_free(m);
}

static void housekeeping(docbao_player *p)
{
    uint64_t now = docbao_clock_now(p->clock);
    unsigned underruns = atomic_load(&p->stream.underruns);
    if (underruns != p->underruns_seen) {
        log_line(p, "underrun count=%u utterance=%zu ring_ms=%llu", underruns, p->cur,
                 (unsigned long long)(dbi_ring_level(&p->stream.article) * 1000 /
                                      (uint64_t)p->stream.rate));
        p->underruns_seen = underruns;
    }
    int failed = atomic_exchange(&p->stream.failed, 0);
    if (failed != 0) {
        docbao_error err;
        dbi_fail(&err, DOCBAO_ERR_AUDIO, _("the sound device stopped working"));
        atomic_store(&p->stream.active, 0);
        set_state(p, DOCBAO_STATE_STOPPED);
        save_position(p);
        emit_error(p, &err);
    }
    follow_output(p);
    check_probe(p);
    if (p->sleep_deadline != 0 && now >= p->sleep_deadline) {
        p->sleep_deadline = 0;
        p->sleep_minutes = 0;
        if (p->state == DOCBAO_STATE_PLAYING) {
            atomic_store(&p->stream.paused, 1);
            atomic_store(&p->stream.active, 0);
            set_state(p, DOCBAO_STATE_PAUSED);
        }
        say(p, _("The sleep timer ended. Paused."));
        save_position(p);
    }
    if (p->state == DOCBAO_STATE_PLAYING && p->cur != p->saved_cur &&
        now - p->last_save_us >= SAVE_EVERY_US) {
        save_position(p);
    }
}

static gpointer player_thread(gpointer data)
{
    docbao_player *p = data;
    for (;;) {
        message *m;
        g_mutex_lock(&p->lock);
        if (g_queue_is_empty(&p->inbox) && !p->quit && !needs_synthesis(p)) {
            g_cond_wait_until(&p->cond, &p->lock,
                              g_get_monotonic_time() + POLL_MS * G_TIME_SPAN_MILLISECOND);
        }
        m = g_queue_pop_head(&p->inbox);
        if (m != NULL) {
            g_atomic_int_add(&p->pending, -1);
        }
        if (m == NULL && p->quit) {
            g_mutex_unlock(&p->lock);
            break;
        }
        g_mutex_unlock(&p->lock);

        if (m != NULL) {
            follow_output(p);
            switch (m->kind) {
            case MSG_COMMAND:
                handle_command(p, m);
                break;
            case MSG_OPEN:
                open_article(p, m);
                break;
            case MSG_SAY:
                say(p, m->key);
                break;
            case MSG_SEEK:
                seek(p, m);
                break;
            case MSG_SPEECH:
                set_speech(p, m);
                break;
            case MSG_CLOSE:
                close_article(p);
                break;
            case MSG_CONTEXT:
                g_free(p->context);
                p->context = m->key != NULL && m->key[0] != '\0' ? g_strdup(m->key) : NULL;
                break;
            case MSG_SYNC:
                p->syncing = TRUE;
                while (needs_synthesis(p) && g_atomic_int_get(&p->pending) == 0 &&
                       synth_next_utterance(p)) {
                }
                p->syncing = FALSE;
                housekeeping(p);
                emit(p, DOCBAO_EVENT_SYNCED, NULL);
                g_mutex_lock(&p->lock);
                p->sync_done = MAX(p->sync_done, m->sync_id);
                g_cond_broadcast(&p->cond);
                g_mutex_unlock(&p->lock);
                break;
            }
            free_message(m);
            continue;
        }
        housekeeping(p);
        if (needs_synthesis(p)) {
            synth_next_utterance(p);
        }
    }
    if (p->script != NULL && p->state != DOCBAO_STATE_FINISHED) {
        save_position(p);
    }
    log_line(p, "stopped underruns=%u", atomic_load(&p->stream.underruns));
    return NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* Public API                                                                                */

void docbao_player_options_init(docbao_player_options *opts)
{
    memset(opts, 0, sizeof *opts);
    docbao_voice_profile_init(&opts->profile);
    opts->output = "portaudio";
    opts->sections = DOCBAO_SECTION_ALL;
}

docbao_player *docbao_player_new(const docbao_player_options *opts, docbao_error *err)
{
    docbao_player *p;
    const dbi_stream_driver *drivers[] = {&dbi_stream_portaudio, &dbi_stream_null};
    int rate;

    if (opts == NULL) {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no player options"));
        return NULL;
    }
    p = g_new0(docbao_player, 1);
    p->opts = *opts;
    p->engine = g_strdup(opts->engine != NULL ? opts->engine : "espeak-ng");
    p->output = g_strdup(opts->output != NULL ? opts->output : "portaudio");
    p->device = g_strdup(opts->device);
    p->state_dir = opts->state_dir != NULL
                       ? g_strdup(opts->state_dir)
                       : g_build_filename(g_get_user_state_dir(), "docbao", NULL);
    p->clock = opts->clock;
    p->profile = opts->profile;
    g_mutex_init(&p->lock);
    g_cond_init(&p->cond);
    g_queue_init(&p->inbox);
    g_queue_init(&p->events);
    g_queue_init(&p->marks);
    p->bookmarks = g_array_new(FALSE, FALSE, sizeof(gsize));

    for (size_t i = 0; i < G_N_ELEMENTS(drivers) && p->driver == NULL; i++) {
        if (strcmp(drivers[i]->name, p->output) == 0) {
            p->driver = drivers[i];
        }
    }
    if (p->driver == NULL) {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("unknown audio output \"%s\""), p->output);
        docbao_player_free(p);
        return NULL;
    }
    /* The engine's volume stays at 100: the player applies the volume as a gain, at once. */
    {
        docbao_voice_profile engine_profile = p->profile;
        engine_profile.volume = 100;
        p->synth = docbao_synth_new(p->engine, &engine_profile, err);
    }
    if (p->synth == NULL) {
        docbao_player_free(p);
        return NULL;
    }
    p->profile.volume = CLAMP(p->profile.volume, VOLUME_MIN_AUDIBLE, DOCBAO_VOLUME_MAX);
    rate = docbao_synth_sample_rate(p->synth);
    dbi_stream_init(&p->stream, rate, p->clock, (size_t)rate * RING_SECONDS,
                    (size_t)rate * MESSAGE_RING_SECONDS);
    atomic_store(&p->stream.gain_milli, p->profile.volume * 10);
    p->driver_impl = p->driver->start(&p->stream, p->device, opts->latency_ms, err);
    if (p->driver_impl == NULL) {
        docbao_player_free(p);
        return NULL;
    }
    p->latency_s = p->driver->latency(p->driver_impl);
    log_line(p, "output=%s rate=%d latency_ms=%.1f", p->output, rate, p->latency_s * 1000);
    {
        docbao_normalize_options nopts = {0};
        nopts.dialect = p->profile.dialect;
        p->normalizer = docbao_normalizer_new(&nopts, NULL);
        p->normalizer_dialect = p->profile.dialect;
    }
    p->state = DOCBAO_STATE_IDLE;
    /*
     * The engine was started on this thread; from now on only the player's thread uses it
     * (docbao_synth allows one user at a time, and the hand-over happens before the thread runs).
     */
    p->thread = g_thread_new("docbao-player", player_thread, p);
    return p;
}

void docbao_player_free(docbao_player *p)
{
    docbao_event *e;
    message *m;
    if (p == NULL) {
        return;
    }
    if (p->thread != NULL) {
        g_mutex_lock(&p->lock);
        p->quit = TRUE;
        /* Speech waiting for room in a ring (a long message) stops as for a command. */
        g_atomic_int_inc(&p->pending);
        g_cond_broadcast(&p->cond);
        g_mutex_unlock(&p->lock);
        g_thread_join(p->thread);
    }
    if (p->driver_impl != NULL) {
        p->driver->stop(p->driver_impl);
    }
    /* The stream exists once its ring is allocated, even when the output then failed to open. */
    if (p->stream.article.buf != NULL) {
        dbi_stream_clear(&p->stream);
    }
    docbao_synth_free(p->synth);
    docbao_normalizer_free(p->normalizer);
    docbao_script_free(p->script);
    docbao_article_free(p->article);
    clear_marks(p);
    while ((m = g_queue_pop_head(&p->inbox)) != NULL) {
        free_message(m);
    }
    while ((e = g_queue_pop_head(&p->events)) != NULL) {
        g_free(e);
    }
    g_array_unref(p->bookmarks);
    g_free(p->key);
    g_free(p->context);
    g_free(p->engine);
    g_free(p->output);
    g_free(p->device);
    g_free(p->state_dir);
    g_mutex_clear(&p->lock);
    g_cond_clear(&p->cond);
    g_free(p);
}

static void post(docbao_player *p, message *m)
{
    g_mutex_lock(&p->lock);
    g_queue_push_tail(&p->inbox, m);
    g_atomic_int_add(&p->pending, 1);
    g_cond_broadcast(&p->cond);
    g_mutex_unlock(&p->lock);
}

char *docbao_player_article_key(const docbao_article *a)
{
    GChecksum *sum;
    char *key;
    if (docbao_article_url(a) != NULL) {
        return g_strdup(docbao_article_url(a));
    }
    sum = g_checksum_new(G_CHECKSUM_SHA256);
    g_checksum_update(sum, (const guchar *)docbao_article_title(a), -1);
    for (size_t i = 0; i < docbao_article_n_blocks(a); i++) {
        g_checksum_update(sum, (const guchar *)"\n", 1);
        g_checksum_update(sum, (const guchar *)docbao_article_block_text(a, i), -1);
    }
    key = g_strconcat("sha256:", g_checksum_get_string(sum), NULL);
    g_checksum_free(sum);
    return key;
}

docbao_status docbao_player_open(docbao_player *p, const docbao_article *article, const char *key,
                                 docbao_open_mode mode, docbao_error *err)
{
    message *m;
    docbao_article *copy;
    if (p == NULL || article == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("nothing to open"));
    }
    copy = docbao_article_copy(article);
    m = g_new0(message, 1);
    m->kind = MSG_OPEN;
    m->time_us = docbao_clock_now(p->clock);
    m->article = copy;
    m->key = key != NULL ? g_strdup(key) : docbao_player_article_key(article);
    m->mode = mode;
    post(p, m);
    return DOCBAO_OK;
}

void docbao_player_close(docbao_player *p)
{
    message *m;
    if (p == NULL) {
        return;
    }
    m = g_new0(message, 1);
    m->kind = MSG_CLOSE;
    post(p, m);
}

void docbao_player_set_context(docbao_player *p, const char *text)
{
    message *m;
    if (p == NULL || (text != NULL && !g_utf8_validate(text, -1, NULL))) {
        return;
    }
    m = g_new0(message, 1);
    m->kind = MSG_CONTEXT;
    m->key = g_strdup(text);
    post(p, m);
}

void docbao_player_say(docbao_player *p, const char *text)
{
    message *m;
    if (p == NULL || text == NULL || !g_utf8_validate(text, -1, NULL)) {
        return;
    }
    m = g_new0(message, 1);
    m->kind = MSG_SAY;
    m->key = g_strdup(text);
    post(p, m);
}

void docbao_player_seek(docbao_player *p, docbao_field field, size_t block, size_t offset)
{
    message *m;
    if (p == NULL) {
        return;
    }
    m = g_new0(message, 1);
    m->kind = MSG_SEEK;
    m->field = field;
    m->block = block;
    m->offset = offset;
    post(p, m);
}

void docbao_player_set_speech(docbao_player *p, const char *voice, int rate, int volume)
{
    message *m;
    if (p == NULL) {
        return;
    }
    m = g_new0(message, 1);
    m->kind = MSG_SPEECH;
    m->key = g_strdup(voice);
    m->rate = rate;
    m->volume = volume;
    post(p, m);
}

bool docbao_player_idle(docbao_player *p)
{
    return dbi_ring_level(&p->stream.article) == 0 && dbi_ring_level(&p->stream.message) == 0 &&
           g_atomic_int_get(&p->pending) == 0;
}

void docbao_player_post(docbao_player *p, docbao_command cmd, const char *label, uint64_t time_us)
{
    message *m;
    if (p == NULL || (unsigned)cmd >= DOCBAO_CMD_COUNT_) {
        return;
    }
    m = g_new0(message, 1);
    m->kind = MSG_COMMAND;
    m->cmd = cmd;
    m->time_us = time_us != 0 ? time_us : docbao_clock_now(p->clock);
    if (label != NULL) {
        dbi_strlcpy(m->label, label, sizeof m->label);
    }
    post(p, m);
}

bool docbao_player_next_event(docbao_player *p, docbao_event *out)
{
    docbao_event *e;
    g_mutex_lock(&p->lock);
    e = g_queue_pop_head(&p->events);
    g_mutex_unlock(&p->lock);
    if (e == NULL) {
        return false;
    }
    *out = *e;
    g_free(e);
    return true;
}

bool docbao_player_sync(docbao_player *p, unsigned timeout_ms)
{
    message *m = g_new0(message, 1);
    gint64 deadline = g_get_monotonic_time() + (gint64)timeout_ms * G_TIME_SPAN_MILLISECOND;
    guint id;
    gboolean done;
    m->kind = MSG_SYNC;
    g_mutex_lock(&p->lock);
    id = m->sync_id = ++p->sync_next;
    g_queue_push_tail(&p->inbox, m);
    g_atomic_int_add(&p->pending, 1);
    g_cond_broadcast(&p->cond);
    while (p->sync_done < id && g_cond_wait_until(&p->cond, &p->lock, deadline)) {
    }
    done = p->sync_done >= id;
    g_mutex_unlock(&p->lock);
    return done;
}

docbao_player_state docbao_player_get_state(docbao_player *p, docbao_position *pos)
{
    docbao_player_state s;
    g_mutex_lock(&p->lock);
    s = p->snap_state;
    if (pos != NULL) {
        *pos = p->snap_pos;
    }
    g_mutex_unlock(&p->lock);
    return s;
}

unsigned docbao_player_underruns(docbao_player *p)
{
    return atomic_load(&p->stream.underruns);
}
