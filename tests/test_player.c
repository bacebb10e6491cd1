/*
 * The player's state machine, driven by command sequences against the null output and a manual
 * clock, with the tone engine (one beep per word, 60/rate seconds each) for exact timing.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "docbao/docbao.h"

typedef struct {
    docbao_clock *clock;
    docbao_player *player;
    docbao_keymap *keymap;
    char *state_dir;
    GArray *events; /* of docbao_event, since the last drain */
} fixture;

static docbao_article *make_article(void)
{
    docbao_article *a = docbao_article_new();
    docbao_article_set_title(a, "Tiêu đề bài thử");
    docbao_article_set_lead(a, "Câu dẫn thứ nhất. Câu dẫn thứ hai.");
    docbao_article_add_block(a, DOCBAO_BLOCK_PARAGRAPH, "Đoạn một câu một. Đoạn một câu hai.",
                             NULL);
    docbao_article_add_block(a, DOCBAO_BLOCK_CAPTION, "Ảnh chụp hội nghị", "a.jpg");
    docbao_article_add_block(a, DOCBAO_BLOCK_PARAGRAPH, "Đoạn hai câu một. Đoạn hai câu hai.",
                             NULL);
    docbao_article_add_block(a, DOCBAO_BLOCK_PARAGRAPH, "Đoạn ba có một câu duy nhất.", NULL);
    return a;
}

static void start(fixture *f, const char *state_dir)
{
    docbao_player_options o;
    docbao_error err = {0};
    docbao_player_options_init(&o);
    o.engine = "tone";
    o.output = "null";
    o.clock = f->clock;
    o.state_dir = state_dir;
    o.keymap = f->keymap;
    f->player = docbao_player_new(&o, &err);
    if (f->player == NULL) {
        g_error("player: %s", err.message);
    }
}

static void setup(fixture *f, gconstpointer data)
{
    (void)data;
    f->clock = docbao_clock_new_manual();
    f->state_dir = g_dir_make_tmp("docbao-player-XXXXXX", NULL);
    f->keymap = docbao_keymap_load("/nonexistent", NULL);
    f->events = g_array_new(FALSE, FALSE, sizeof(docbao_event));
    start(f, f->state_dir);
}

static void teardown(fixture *f, gconstpointer data)
{
    char *positions = g_build_filename(f->state_dir, "positions.ini", NULL);
    (void)data;
    docbao_player_free(f->player);
    docbao_clock_free(f->clock);
    docbao_keymap_free(f->keymap);
    g_unlink(positions);
    g_rmdir(f->state_dir);
    g_free(positions);
    g_free(f->state_dir);
    g_array_unref(f->events);
}

/* Lets the player catch up and collects its events. */
static void catch_up(fixture *f)
{
    docbao_event e;
    g_assert_true(docbao_player_sync(f->player, 5000));
    while (docbao_player_next_event(f->player, &e)) {
        if (e.type != DOCBAO_EVENT_SYNCED) {
            g_array_append_val(f->events, e);
        }
    }
}

/* Advances the clock in 50 ms steps, letting the player follow. */
static void play_ms(fixture *f, unsigned ms)
{
    for (unsigned t = 0; t < ms; t += 50) {
        docbao_clock_advance(f->clock, 50000);
        catch_up(f);
    }
}

static void post(fixture *f, docbao_command cmd)
{
    docbao_player_post(f->player, cmd, NULL, 0);
    catch_up(f);
}

static void drain(fixture *f)
{
    g_array_set_size(f->events, 0);
}

static const docbao_event *last_of(fixture *f, docbao_event_type type)
{
    for (guint i = f->events->len; i > 0; i--) {
        const docbao_event *e = &g_array_index(f->events, docbao_event, i - 1);
        if (e->type == type) {
            return e;
        }
    }
    return NULL;
}

static guint count_of(fixture *f, docbao_event_type type)
{
    guint n = 0;
    for (guint i = 0; i < f->events->len; i++) {
        n += g_array_index(f->events, docbao_event, i).type == type;
    }
    return n;
}

static docbao_position where(fixture *f)
{
    docbao_position pos;
    docbao_player_get_state(f->player, &pos);
    return pos;
}

static void open_and_play(fixture *f)
{
    docbao_article *a = make_article();
    g_assert_cmpint(docbao_player_open(f->player, a, "test:article", DOCBAO_OPEN_OFFER, NULL), ==,
                    DOCBAO_OK);
    docbao_article_free(a);
    catch_up(f);
}

static void test_plays_through(fixture *f, gconstpointer data)
{
    (void)data;
    open_and_play(f);
    g_assert_cmpint(docbao_player_get_state(f->player, NULL), ==, DOCBAO_STATE_PLAYING);
    g_assert_cmpuint(where(f).n_utterances, ==, 9);
    g_assert_cmpuint(where(f).n_paragraphs, ==, 6);
    play_ms(f, 600);
    /* Words are reported as they are heard, with their place in the source text. */
    g_assert_nonnull(last_of(f, DOCBAO_EVENT_WORD));
    g_assert_cmpuint(last_of(f, DOCBAO_EVENT_WORD)->position.word_len, >, 0);
    play_ms(f, 60000);
    g_assert_cmpint(docbao_player_get_state(f->player, NULL), ==, DOCBAO_STATE_FINISHED);
    g_assert_cmpuint(count_of(f, DOCBAO_EVENT_SENTENCE), >=, 9);
    g_assert_cmpuint(docbao_player_underruns(f->player), ==, 0);
}

static void test_true_pause(fixture *f, gconstpointer data)
{
    docbao_position before, after;
    (void)data;
    open_and_play(f);
    /* The title (4 words of 343 ms), its pause (1.2 s), then into the lead's first sentence. */
    play_ms(f, 3000);
    drain(f);
    post(f, DOCBAO_CMD_TOGGLE_PAUSE);
    g_assert_cmpint(docbao_player_get_state(f->player, NULL), ==, DOCBAO_STATE_PAUSED);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Paused");
    before = where(f);
    play_ms(f, 5000);
    /* Nothing of the article is heard while paused. */
    g_assert_null(last_of(f, DOCBAO_EVENT_WORD));
    drain(f);
    post(f, DOCBAO_CMD_TOGGLE_PAUSE);
    g_assert_cmpint(docbao_player_get_state(f->player, NULL), ==, DOCBAO_STATE_PLAYING);
    /* Continuing is shown (not said: the article itself is heard). */
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Continuing");
    play_ms(f, 400);
    after = where(f);
    /* It goes on from the same sentence, at the next word: not from the sentence's start. */
    g_assert_cmpuint(after.utterance, ==, before.utterance);
    g_assert_cmpuint(after.word_start, >, before.word_start);
    g_assert_cmpuint(count_of(f, DOCBAO_EVENT_SENTENCE), ==, 0);
}

static void test_navigation(fixture *f, gconstpointer data)
{
    (void)data;
    open_and_play(f);
    play_ms(f, 200);
    post(f, DOCBAO_CMD_NEXT_SENTENCE);
    g_assert_cmpuint(where(f).utterance, ==, 1);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Sentence 1 of paragraph 2");
    post(f, DOCBAO_CMD_NEXT_PARAGRAPH);
    g_assert_cmpuint(where(f).paragraph, ==, 2);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Paragraph 3");
    post(f, DOCBAO_CMD_NEXT_PARAGRAPH);
    g_assert_cmpuint(where(f).paragraph, ==, 3);
    post(f, DOCBAO_CMD_PREV_PARAGRAPH);
    g_assert_cmpuint(where(f).paragraph, ==, 2);
    post(f, DOCBAO_CMD_END);
    g_assert_cmpuint(where(f).paragraph, ==, 5);
    post(f, DOCBAO_CMD_NEXT_PARAGRAPH);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "This is the last paragraph");
    post(f, DOCBAO_CMD_START);
    g_assert_cmpuint(where(f).utterance, ==, 0);
    post(f, DOCBAO_CMD_PREV_SENTENCE);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Start of the article");
    drain(f);
    play_ms(f, 300);
    post(f, DOCBAO_CMD_REPEAT_SENTENCE);
    g_assert_cmpuint(where(f).utterance, ==, 0);
    g_assert_cmpuint(count_of(f, DOCBAO_EVENT_SENTENCE), >=, 1);
    /* Spoken messages can be repeated. */
    post(f, DOCBAO_CMD_REPEAT_MESSAGE);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Start of the article");
}

/* Milliseconds between the first two consecutive words of one sentence since the last drain. */
static double word_gap_ms(fixture *f)
{
    const docbao_event *prev = NULL;
    for (guint i = 0; i < f->events->len; i++) {
        const docbao_event *e = &g_array_index(f->events, docbao_event, i);
        if (e->type != DOCBAO_EVENT_WORD) {
            continue;
        }
        if (prev != NULL && prev->position.utterance == e->position.utterance) {
            return (double)(e->time_us - prev->time_us) / 1000.0;
        }
        prev = e;
    }
    g_assert_not_reached();
    return 0;
}

static void test_rate_change_mid_sentence(fixture *f, gconstpointer data)
{
    docbao_position before;
    double slow, fast;
    (void)data;
    open_and_play(f);
    play_ms(f, 2500);
    drain(f);
    play_ms(f, 1500);
    slow = word_gap_ms(f);
    before = where(f);
    drain(f);
    for (int i = 0; i < 4; i++) {
        docbao_player_post(f->player, DOCBAO_CMD_FASTER, NULL, 0);
    }
    catch_up(f);
    g_assert_cmpint(last_of(f, DOCBAO_EVENT_SETTINGS)->rate, ==, 275);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Rate 275 words per minute");
    /* The message is heard first; the article goes on from the word it stopped at. */
    drain(f);
    play_ms(f, 3000);
    fast = word_gap_ms(f);
    g_assert_cmpuint(g_array_index(f->events, docbao_event, 0).position.utterance, ==,
                     before.utterance);
    g_test_message("word gap %.0f ms at 175 wpm, %.0f ms at 275 wpm", slow, fast);
    g_assert_cmpfloat(fast / slow, <, 0.75);
    g_assert_cmpfloat(fast / slow, >, 0.55);
}

/* Captions are read in the body's flow: moving by section goes past them with the body. */
static void test_sections_and_captions(fixture *f, gconstpointer data)
{
    (void)data;
    open_and_play(f);
    post(f, DOCBAO_CMD_NEXT_SECTION);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Lead");
    post(f, DOCBAO_CMD_NEXT_SECTION);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Body");
    g_assert_cmpuint(where(f).paragraph, ==, 2);
    /* From the body (the caption is paragraph 4), the body is the last section. */
    post(f, DOCBAO_CMD_NEXT_SECTION);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "This is the last section");
    post(f, DOCBAO_CMD_NEXT_PARAGRAPH);
    g_assert_cmpint(where(f).section, ==, DOCBAO_SECTION_BODY);
    post(f, DOCBAO_CMD_WHERE);
    g_assert_nonnull(strstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, "Image caption, paragraph 4"));
    post(f, DOCBAO_CMD_NEXT_SECTION);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "This is the last section");
    /* Back from the paragraph after the caption: the body's start, then the lead, the title. */
    post(f, DOCBAO_CMD_NEXT_PARAGRAPH);
    g_assert_cmpuint(where(f).paragraph, ==, 4);
    post(f, DOCBAO_CMD_PREV_SECTION);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Body");
    g_assert_cmpuint(where(f).paragraph, ==, 2);
    post(f, DOCBAO_CMD_PREV_SECTION);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Lead");
    g_assert_cmpuint(where(f).paragraph, ==, 1);
    post(f, DOCBAO_CMD_PREV_SECTION);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Title");
    g_assert_cmpuint(where(f).utterance, ==, 0);
}

static void test_where_and_describe(fixture *f, gconstpointer data)
{
    docbao_position pos;
    (void)data;
    open_and_play(f);
    post(f, DOCBAO_CMD_NEXT_PARAGRAPH);
    post(f, DOCBAO_CMD_WHERE);
    g_assert_nonnull(strstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, "Lead, paragraph 2 of 6"));
    g_assert_nonnull(strstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, "left"));
    post(f, DOCBAO_CMD_DESCRIBE_KEY);
    pos = where(f);
    docbao_player_post(f->player, DOCBAO_CMD_NEXT_PARAGRAPH, "key 2", 0);
    catch_up(f);
    /* The key is described, not executed. */
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "key 2: next paragraph");
    g_assert_cmpuint(where(f).paragraph, ==, pos.paragraph);
    post(f, DOCBAO_CMD_HELP);
    g_assert_nonnull(
        strstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, "right arrow or key 6: next sentence"));
    post(f, DOCBAO_CMD_SOFTER);
    g_assert_cmpint(last_of(f, DOCBAO_EVENT_SETTINGS)->volume, ==, 90);
}

/* Pause (Space) during the list of keys ends the list and goes on reading; q then quits. */
static void test_help_cut_short(fixture *f, gconstpointer data)
{
    (void)data;
    open_and_play(f);
    play_ms(f, 300);
    drain(f);
    /* The list (a minute of beeps) outgrows the message ring: the player waits to say the rest. */
    post(f, DOCBAO_CMD_HELP);
    play_ms(f, 2000);
    g_assert_null(last_of(f, DOCBAO_EVENT_WORD));
    post(f, DOCBAO_CMD_TOGGLE_PAUSE);
    /* Cutting a message short is no error. */
    g_assert_null(last_of(f, DOCBAO_EVENT_ERROR));
    g_assert_cmpint(docbao_player_get_state(f->player, NULL), ==, DOCBAO_STATE_PLAYING);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Continuing");
    play_ms(f, 1000);
    g_assert_nonnull(last_of(f, DOCBAO_EVENT_WORD));
    /* Without the list, the same key pauses. */
    post(f, DOCBAO_CMD_TOGGLE_PAUSE);
    g_assert_cmpint(docbao_player_get_state(f->player, NULL), ==, DOCBAO_STATE_PAUSED);
    post(f, DOCBAO_CMD_QUIT);
    g_assert_null(last_of(f, DOCBAO_EVENT_ERROR));
}

/* The volume's ends are said as ends, as the rate's are. */
static void test_volume_limits(fixture *f, gconstpointer data)
{
    (void)data;
    open_and_play(f);
    for (int i = 0; i < 10; i++) {
        post(f, DOCBAO_CMD_LOUDER);
    }
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Volume 200 percent");
    drain(f);
    post(f, DOCBAO_CMD_LOUDER);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Loudest: volume 200 percent");
    g_assert_null(last_of(f, DOCBAO_EVENT_SETTINGS));
    for (int i = 0; i < 20; i++) {
        post(f, DOCBAO_CMD_SOFTER);
    }
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Softest: volume 10 percent");
    g_assert_cmpint(last_of(f, DOCBAO_EVENT_SETTINGS)->volume, ==, 10);
}

/* Milliseconds until the article is heard again (a WORD event), in 50 ms steps. */
static unsigned ms_until_word(fixture *f)
{
    unsigned ms = 0;
    catch_up(f);
    drain(f);
    while (last_of(f, DOCBAO_EVENT_WORD) == NULL && ms < 10000) {
        play_ms(f, 50);
        ms += 50;
    }
    return ms;
}

/*
 * Rates up to 900 words per minute, in steps of 50 above 450; messages stay at 450 at most, so
 * that they are understood at any reading rate.
 */
static void test_fast_rates(fixture *f, gconstpointer data)
{
    static const char ten_words[] = "một hai ba bốn năm sáu bảy tám chín mười";
    unsigned at_450, at_900;
    int steps = 0;
    (void)data;
    open_and_play(f);
    docbao_player_set_speech(f->player, NULL, 425, -1);
    play_ms(f, 2000);
    post(f, DOCBAO_CMD_FASTER);
    g_assert_cmpint(last_of(f, DOCBAO_EVENT_SETTINGS)->rate, ==, 450);
    /* A message of ten words at 450 (each 133 ms) holds the article about 1.6 s. */
    play_ms(f, 1500);
    docbao_player_say(f->player, ten_words);
    at_450 = ms_until_word(f);
    while (last_of(f, DOCBAO_EVENT_MESSAGE) == NULL ||
           strncmp(last_of(f, DOCBAO_EVENT_MESSAGE)->text, "Fastest", 7) != 0) {
        post(f, DOCBAO_CMD_FASTER);
        steps++;
        g_assert_cmpint(steps, <=, 10);
    }
    /* 450 to 900 in nine steps of 50, then the top is said. */
    g_assert_cmpint(steps, ==, 10);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Fastest: 900 words per minute");
    g_assert_cmpint(last_of(f, DOCBAO_EVENT_SETTINGS)->rate, ==, 900);
    play_ms(f, 1500);
    docbao_player_say(f->player, ten_words);
    at_900 = ms_until_word(f);
    g_test_message("a message of ten words holds the article %u ms at 450 wpm, %u ms at 900 wpm",
                   at_450, at_900);
    g_assert_cmpuint(at_450, >=, 1400);
    g_assert_cmpuint(at_900, >=, at_450 - 150);
    post(f, DOCBAO_CMD_SLOWER);
    g_assert_cmpint(last_of(f, DOCBAO_EVENT_SETTINGS)->rate, ==, 850);
}

static void test_bookmarks_and_resume(fixture *f, gconstpointer data)
{
    docbao_article *a;
    (void)data;
    open_and_play(f);
    post(f, DOCBAO_CMD_NEXT_PARAGRAPH);
    post(f, DOCBAO_CMD_NEXT_PARAGRAPH);
    post(f, DOCBAO_CMD_BOOKMARK_ADD);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==,
                    "Bookmark added: paragraph 3, sentence 1");
    post(f, DOCBAO_CMD_NEXT_PARAGRAPH);
    post(f, DOCBAO_CMD_NEXT_PARAGRAPH);
    g_assert_cmpuint(where(f).paragraph, ==, 4);
    post(f, DOCBAO_CMD_BOOKMARK_NEXT);
    g_assert_cmpuint(where(f).paragraph, ==, 2);
    post(f, DOCBAO_CMD_NEXT_PARAGRAPH);
    play_ms(f, 300);

    /* Closing and opening again offers to continue there. */
    docbao_player_free(f->player);
    start(f, f->state_dir);
    drain(f);
    a = make_article();
    docbao_player_open(f->player, a, "test:article", DOCBAO_OPEN_OFFER, NULL);
    docbao_article_free(a);
    catch_up(f);
    g_assert_cmpint(docbao_player_get_state(f->player, NULL), ==, DOCBAO_STATE_OFFER);
    g_assert_nonnull(strstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, "paragraph 4 of 6"));
    g_assert_nonnull(strstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, "Press Enter"));
    post(f, DOCBAO_CMD_RESUME);
    g_assert_cmpint(docbao_player_get_state(f->player, NULL), ==, DOCBAO_STATE_PLAYING);
    g_assert_cmpuint(where(f).paragraph, ==, 3);
    /* The bookmark survived too. */
    post(f, DOCBAO_CMD_BOOKMARK_NEXT);
    g_assert_cmpuint(where(f).paragraph, ==, 2);
}

static void test_sleep_timer(fixture *f, gconstpointer data)
{
    (void)data;
    open_and_play(f);
    post(f, DOCBAO_CMD_SLEEP_TIMER);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Stopping in 15 minutes");
    post(f, DOCBAO_CMD_SLEEP_TIMER);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Stopping in 30 minutes");
    for (int i = 0; i < 4; i++) {
        post(f, DOCBAO_CMD_SLEEP_TIMER);
    }
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "Sleep timer off");
    post(f, DOCBAO_CMD_SLEEP_TIMER);
    post(f, DOCBAO_CMD_PAUSE);
    docbao_clock_advance(f->clock, (uint64_t)15 * 60 * G_USEC_PER_SEC);
    catch_up(f);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "The sleep timer ended. Paused.");
}

static void test_seek(fixture *f, gconstpointer data)
{
    docbao_position pos;
    (void)data;
    open_and_play(f);
    play_ms(f, 200);
    /* A byte inside the second sentence of the first paragraph ("Đoạn một câu hai."). */
    docbao_player_seek(f->player, DOCBAO_FIELD_BLOCK, 0, strlen("Đoạn một câu một. Đoạn"));
    catch_up(f);
    pos = where(f);
    g_assert_cmpint(docbao_player_get_state(f->player, NULL), ==, DOCBAO_STATE_PLAYING);
    g_assert_cmpint(pos.field, ==, DOCBAO_FIELD_BLOCK);
    g_assert_cmpuint(pos.block, ==, 0);
    g_assert_cmpuint(pos.sentence, ==, 1);
    /* The position names the sentence's bytes in its field, for highlighting. */
    g_assert_cmpuint(pos.sentence_start, ==, strlen("Đoạn một câu một. "));
    g_assert_cmpuint(pos.sentence_len, ==, strlen("Đoạn một câu hai."));
    /* An offset before the first sentence plays the field from its start. */
    docbao_player_seek(f->player, DOCBAO_FIELD_LEAD, 0, 0);
    catch_up(f);
    g_assert_cmpint(where(f).field, ==, DOCBAO_FIELD_LEAD);
    g_assert_cmpuint(where(f).sentence, ==, 0);
    g_assert_cmpuint(where(f).sentence_start, ==, 0);
    /* Past the end: the field's last sentence. */
    docbao_player_seek(f->player, DOCBAO_FIELD_BLOCK, 2, 9999);
    catch_up(f);
    g_assert_cmpuint(where(f).block, ==, 2);
    g_assert_cmpuint(where(f).sentence, ==, 1);
    /* A block that does not exist is said, and nothing moves. */
    drain(f);
    docbao_player_seek(f->player, DOCBAO_FIELD_BLOCK, 42, 0);
    catch_up(f);
    g_assert_cmpstr(last_of(f, DOCBAO_EVENT_MESSAGE)->text, ==, "This part is not read.");
    g_assert_cmpuint(where(f).block, ==, 2);
    play_ms(f, 300);
    g_assert_cmpuint(where(f).block, ==, 2);
}

static void test_set_speech(fixture *f, gconstpointer data)
{
    docbao_voice_list *voices = docbao_voice_list_load("/nonexistent", NULL);
    docbao_player_options o;
    const docbao_event *e;
    (void)data;
    docbao_player_free(f->player);
    docbao_player_options_init(&o);
    o.engine = "tone";
    o.output = "null";
    o.clock = f->clock;
    o.state_dir = f->state_dir;
    o.voices = voices;
    f->player = docbao_player_new(&o, NULL);
    open_and_play(f);
    play_ms(f, 300);
    drain(f);
    docbao_player_set_speech(f->player, "mien-nam", 300, 60);
    catch_up(f);
    e = last_of(f, DOCBAO_EVENT_SETTINGS);
    g_assert_nonnull(e);
    g_assert_cmpstr(e->voice, ==, "mien-nam");
    g_assert_cmpint(e->rate, ==, 300);
    g_assert_cmpint(e->volume, ==, 60);
    /* Silently: no message is said. */
    g_assert_null(last_of(f, DOCBAO_EVENT_MESSAGE));
    g_assert_cmpint(docbao_player_get_state(f->player, NULL), ==, DOCBAO_STATE_PLAYING);
    /* Out of range values are clamped; negative ones keep the setting. */
    docbao_player_set_speech(f->player, NULL, 9999, -1);
    catch_up(f);
    e = last_of(f, DOCBAO_EVENT_SETTINGS);
    g_assert_cmpint(e->rate, ==, DOCBAO_RATE_MAX);
    g_assert_cmpint(e->volume, ==, 60);
    g_assert_cmpstr(e->voice, ==, "mien-nam");
    docbao_player_set_speech(f->player, NULL, -1, 0);
    catch_up(f);
    g_assert_cmpint(last_of(f, DOCBAO_EVENT_SETTINGS)->volume, ==, 10);
    drain(f);
    docbao_player_set_speech(f->player, "no-such-voice", 100, 100);
    catch_up(f);
    g_assert_nonnull(last_of(f, DOCBAO_EVENT_ERROR));
    g_assert_null(last_of(f, DOCBAO_EVENT_SETTINGS));
    play_ms(f, 60000);
    g_assert_cmpint(docbao_player_get_state(f->player, NULL), ==, DOCBAO_STATE_FINISHED);
    docbao_player_free(f->player);
    f->player = NULL;
    docbao_voice_list_free(voices);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    docbao_i18n_init("en");
#define ADD(path, fn) g_test_add(path, fixture, NULL, setup, fn, teardown)
    ADD("/player/plays-through", test_plays_through);
    ADD("/player/true-pause", test_true_pause);
    ADD("/player/navigation", test_navigation);
    ADD("/player/rate-change-mid-sentence", test_rate_change_mid_sentence);
    ADD("/player/where-and-describe", test_where_and_describe);
    ADD("/player/bookmarks-and-resume", test_bookmarks_and_resume);
    ADD("/player/help-cut-short", test_help_cut_short);
    ADD("/player/sections-and-captions", test_sections_and_captions);
    ADD("/player/volume-limits", test_volume_limits);
    ADD("/player/fast-rates", test_fast_rates);
    ADD("/player/sleep-timer", test_sleep_timer);
    ADD("/player/seek", test_seek);
    ADD("/player/set-speech", test_set_speech);
    return g_test_run();
}
