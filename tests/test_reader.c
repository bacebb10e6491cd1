/*
 * The edition's reader as a window steers it: an entry chosen on screen (docbao_reader_select)
 * is said as a headline or read, against the null output, the tone engine and a manual clock,
 * on an edition of the sample pages.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "docbao/docbao.h"
#include "test_util.h"

typedef struct {
    docbao_clock *clock;
    docbao_player *player;
    docbao_edition *edition;
    docbao_reader *reader;
    char *state_dir;
    GString *said; /* the MESSAGE events since the last drain, one a line */
    docbao_player_state state;
    unsigned words;  /* WORD events since the last reset */
    GString *errors; /* the ERROR events, one a line */
} fixture;

static void setup(fixture *f, gconstpointer data)
{
    docbao_player_options po;
    docbao_edition_options eo;
    docbao_reader_options ro = {true, true, DOCBAO_OPEN_START};
    docbao_error err = {0};
    char *samples = test_source_path("samples");
    (void)data;
    f->clock = docbao_clock_new_manual();
    f->state_dir = g_dir_make_tmp("docbao-reader-XXXXXX", NULL);
    f->said = g_string_new(NULL);
    f->errors = g_string_new(NULL);
    docbao_player_options_init(&po);
    po.engine = "tone";
    po.output = "null";
    po.clock = f->clock;
    po.state_dir = f->state_dir;
    po.quiet_end = true;
    f->player = docbao_player_new(&po, &err);
    g_assert_nonnull(f->player);
    docbao_edition_options_init(&eo);
    eo.state_dir = f->state_dir;
    f->edition = docbao_edition_new(&eo);
    g_assert_cmpint(docbao_edition_add_source(f->edition, samples, "Mẫu", &err), ==, DOCBAO_OK);
    g_assert_cmpuint(docbao_edition_size(f->edition), >=, 3);
    f->reader = docbao_reader_new(f->player, f->edition, &ro);
    g_free(samples);
}

static void teardown(fixture *f, gconstpointer data)
{
    char *files[] = {"positions.ini", "heard.ini"};
    (void)data;
    docbao_reader_free(f->reader);
    docbao_player_free(f->player);
    docbao_edition_free(f->edition);
    docbao_clock_free(f->clock);
    for (size_t i = 0; i < G_N_ELEMENTS(files); i++) {
        char *p = g_build_filename(f->state_dir, files[i], NULL);
        g_unlink(p);
        g_free(p);
    }
    g_rmdir(f->state_dir);
    g_free(f->state_dir);
    g_string_free(f->said, TRUE);
    g_string_free(f->errors, TRUE);
}

/* Lets the player catch up; keeps what it said and its state, and hands events to the reader. */
static void catch_up(fixture *f)
{
    docbao_event e;
    g_assert_true(docbao_player_sync(f->player, 5000));
    while (docbao_player_next_event(f->player, &e)) {
        docbao_reader_player_event(f->reader, &e);
        if (e.type == DOCBAO_EVENT_MESSAGE) {
            g_string_append_printf(f->said, "%s\n", e.text);
        } else if (e.type == DOCBAO_EVENT_STATE) {
            f->state = e.state;
        } else if (e.type == DOCBAO_EVENT_WORD) {
            f->words++;
        } else if (e.type == DOCBAO_EVENT_ERROR) {
            g_string_append_printf(f->errors, "%s\n", e.text);
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

/* Waits (at most 10 s) for the loader to settle entry i, updating the reader as a front end
 * does when the edition wakes it. */
static void wait_loaded(fixture *f, size_t i)
{
    for (int n = 0; n < 1000; n++) {
        docbao_entry_info info;
        g_assert_true(docbao_edition_entry(f->edition, i, &info));
        if (info.state == DOCBAO_ENTRY_READY || info.state == DOCBAO_ENTRY_FAILED) {
            docbao_reader_update(f->reader);
            return;
        }
        g_usleep(10000);
    }
    g_assert_not_reached();
}

static void test_select_says_headline(fixture *f, gconstpointer data)
{
    char *expected;
    (void)data;
    docbao_reader_start(f->reader, NULL);
    catch_up(f);
    g_string_truncate(f->said, 0);
    docbao_reader_select(f->reader, 2, false);
    catch_up(f);
    g_assert_cmpint(docbao_reader_get_mode(f->reader), ==, DOCBAO_READER_HEADLINES);
    g_assert_cmpuint(docbao_reader_current(f->reader), ==, 2);
    expected = docbao_edition_headline(f->edition, 2);
    g_assert_nonnull(strstr(f->said->str, expected));
    g_assert_nonnull(strstr(f->said->str, "Mẫu. 3. "));
    g_free(expected);

    /* No such entry: nothing changes, nothing is said. */
    g_string_truncate(f->said, 0);
    docbao_reader_select(f->reader, 99, true);
    catch_up(f);
    g_assert_cmpuint(docbao_reader_current(f->reader), ==, 2);
    g_assert_cmpint(docbao_reader_get_mode(f->reader), ==, DOCBAO_READER_HEADLINES);
    g_assert_cmpstr(f->said->str, ==, "");
}

static void test_select_reads(fixture *f, gconstpointer data)
{
    (void)data;
    docbao_reader_start(f->reader, NULL);
    catch_up(f);
    docbao_reader_select(f->reader, 1, true);
    wait_loaded(f, 1);
    catch_up(f);
    g_assert_cmpint(docbao_reader_get_mode(f->reader), ==, DOCBAO_READER_ARTICLE);
    g_assert_cmpuint(docbao_reader_current(f->reader), ==, 1);
    g_assert_cmpint(f->state, ==, DOCBAO_STATE_PLAYING);

    /* Chosen again while an article plays: the list, at the entry chosen; the player stops. */
    docbao_reader_select(f->reader, 0, false);
    catch_up(f);
    g_assert_cmpint(docbao_reader_get_mode(f->reader), ==, DOCBAO_READER_HEADLINES);
    g_assert_cmpuint(docbao_reader_current(f->reader), ==, 0);
    g_assert_cmpint(f->state, ==, DOCBAO_STATE_IDLE);
}

/* An entry chosen in the headlines that cannot be read (its page is missing) is said in one
 * sentence, and the listener stays in the headlines at that entry. */
static void test_chosen_failure(fixture *f, gconstpointer data)
{
    static const char feed[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        "<title>Tin</title>"
        "<item><title>Bài có thật</title><link>bai.html</link></item>"
        "<item><title>Bài đã mất</title><link>mat-tich.html</link></item>"
        "</channel></rss>\n";
    char *dir = g_dir_make_tmp("docbao-feed-XXXXXX", NULL);
    char *path = g_build_filename(dir, "tin.rss", NULL);
    char *page = g_build_filename(dir, "bai.html", NULL);
    char *seed = test_read_source("samples/bac-kan-2024-01-28.html", NULL);
    docbao_reader_options ro = {true, true, DOCBAO_OPEN_START};
    docbao_edition_options eo;
    docbao_error err = {0};
    const char *last;
    (void)data;
    g_assert_true(g_file_set_contents(path, feed, -1, NULL));
    g_assert_true(g_file_set_contents(page, seed, -1, NULL));
    docbao_reader_free(f->reader);
    docbao_edition_free(f->edition);
    docbao_edition_options_init(&eo);
    eo.state_dir = f->state_dir;
    f->edition = docbao_edition_new(&eo);
    g_assert_cmpint(docbao_edition_add_source(f->edition, path, NULL, &err), ==, DOCBAO_OK);
    g_assert_cmpuint(docbao_edition_size(f->edition), ==, 2);
    f->reader = docbao_reader_new(f->player, f->edition, &ro);
    docbao_reader_start(f->reader, NULL);
    catch_up(f);
    g_string_truncate(f->said, 0);
    docbao_reader_select(f->reader, 1, true);
    wait_loaded(f, 1);
    catch_up(f);
    g_assert_cmpint(docbao_reader_get_mode(f->reader), ==, DOCBAO_READER_HEADLINES);
    g_assert_cmpuint(docbao_reader_current(f->reader), ==, 1);
    /* Loading it was said, if it was not loaded yet; then one sentence: which, and why. */
    last = strstr(f->said->str, "Article 2, Bài đã mất, is skipped: ");
    if (last == NULL || (last != f->said->str && last[-1] != '\n') ||
        strchr(last, '\n') != last + strlen(last) - 1 || strstr(last, ". ") != NULL) {
        g_error("said: %s", f->said->str);
    }
    g_unlink(path);
    g_unlink(page);
    g_rmdir(dir);
    g_free(seed);
    g_free(page);
    g_free(path);
    g_free(dir);
}

/* A feed's entry that links to a site's home page is no article: it is not listed. */
static void test_feed_home_page(void)
{
    static const char feed[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        "<title>Tin</title><link>https://bao.example.vn/</link>"
        "<item><title>Bài một</title><link>https://bao.example.vn/tin/bai-mot.html</link></item>"
        "<item><title>Trang chủ</title><link>https://bao.example.vn/</link></item>"
        "<item><title>Trang chủ nữa</title><link>https://bao.example.vn/#moi</link></item>"
        "<item><title>Trang chủ trần</title><link>https://bao.example.vn</link></item>"
        "<item><title>Bài hai</title><link>https://bao.example.vn/?p=12</link></item>"
        "</channel></rss>\n";
    char *dir = g_dir_make_tmp("docbao-feed-XXXXXX", NULL);
    char *path = g_build_filename(dir, "tin.rss", NULL);
    docbao_edition_options eo;
    docbao_edition *ed;
    docbao_error err = {0};
    docbao_entry_info info;
    g_assert_true(g_file_set_contents(path, feed, -1, NULL));
    docbao_edition_options_init(&eo);
    eo.state_dir = dir;
    ed = docbao_edition_new(&eo);
    g_assert_cmpint(docbao_edition_add_source(ed, path, NULL, &err), ==, DOCBAO_OK);
    /* "/?p=12" is a page of its own on many sites: only bare home pages are left out. */
    g_assert_cmpuint(docbao_edition_size(ed), ==, 2);
    g_assert_true(docbao_edition_entry(ed, 0, &info));
    g_assert_cmpstr(info.title, ==, "Bài một");
    g_assert_true(docbao_edition_entry(ed, 1, &info));
    g_assert_cmpstr(info.title, ==, "Bài hai");
    docbao_edition_free(ed);
    g_unlink(path);
    g_rmdir(dir);
    g_free(path);
    g_free(dir);
}

/* The listener chose to read: what was being said (a long headline, a kiosk's instructions)
 * stops, and the article is heard at once, as after any other action of the listener. */
static void test_read_interrupts_message(fixture *f, gconstpointer data)
{
    GString *long_text = g_string_new(NULL);
    (void)data;
    docbao_reader_start(f->reader, NULL);
    for (int i = 0; i < 12; i++) {
        g_string_append(long_text, "Nhấn 6 hoặc 2 để nghe tin tiếp theo. ");
    }
    docbao_player_say(f->player, long_text->str); /* some 30 seconds of speech */
    play_ms(f, 500);
    docbao_reader_select(f->reader, 1, true);
    wait_loaded(f, 1);
    f->words = 0;
    play_ms(f, 2000);
    g_assert_cmpint(f->state, ==, DOCBAO_STATE_PLAYING);
    /* Some 5 words in 2 s at 175 words a minute (a word is reported when it is heard). */
    g_assert_cmpuint(f->words, >=, 3);
    g_string_free(long_text, TRUE);
}

/* A headline said after a long introduction (a kiosk's instructions, longer than the player
 * holds ahead) is said whole: the reader's own bookkeeping does not cut it short. */
static void test_long_intro_said_whole(fixture *f, gconstpointer data)
{
    GString *intro = g_string_new(NULL);
    (void)data;
    for (int i = 0; i < 30; i++) {
        g_string_append(intro, "Nhấn 6 hoặc 2 để nghe tin tiếp theo. ");
    }
    docbao_reader_start(f->reader, intro->str); /* more than a minute of speech */
    /* Listening for 30 s, without a command (docbao_player_sync() would be one). */
    for (int i = 0; i < 300; i++) {
        docbao_event e;
        g_usleep(2000);
        docbao_clock_advance(f->clock, 100000);
        while (docbao_player_next_event(f->player, &e)) {
            if (e.type == DOCBAO_EVENT_ERROR) {
                g_string_append_printf(f->errors, "%s\n", e.text);
            }
        }
    }
    g_assert_cmpstr(f->errors->str, ==, "");
    g_string_free(intro, TRUE);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    docbao_i18n_init("en");
    g_test_add("/reader/select/headline", fixture, NULL, setup, test_select_says_headline,
               teardown);
    g_test_add("/reader/select/read", fixture, NULL, setup, test_select_reads, teardown);
    g_test_add("/reader/select/read-interrupts-message", fixture, NULL, setup,
               test_read_interrupts_message, teardown);
    g_test_add("/reader/select/failure-in-one-sentence", fixture, NULL, setup, test_chosen_failure,
               teardown);
    g_test_add_func("/edition/feed/home-page", test_feed_home_page);
    g_test_add("/reader/start/long-intro", fixture, NULL, setup, test_long_intro_said_whole,
               teardown);
    return g_test_run();
}
