/* Audio sinks: every file format, atomic writes, raw and null output. */
#include <math.h>
#include <sndfile.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "docbao/docbao.h"

#define RATE 22050

static int16_t *tone(size_t n)
{
    int16_t *s = g_new(int16_t, n);
    for (size_t i = 0; i < n; i++) {
        s[i] = (int16_t)(10000 * sin(2 * G_PI * 300 * (double)i / RATE));
    }
    return s;
}

static size_t count_entries(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    size_t n = 0;
    while (g_dir_read_name(d) != NULL) {
        n++;
    }
    g_dir_close(d);
    return n;
}

static void test_formats(void)
{
    static const char *const exts[] = {"wav", "flac", "ogg", "opus", "mp3"};
    char *dir = g_dir_make_tmp("docbao-sink-XXXXXX", NULL);
    int16_t *audio = tone(RATE * 2);
    for (size_t i = 0; i < G_N_ELEMENTS(exts); i++) {
        char *path = g_strdup_printf("%s/out.%s", dir, exts[i]);
        docbao_sink_options o = {0};
        docbao_error err = {0};
        docbao_sink *s;
        SF_INFO info = {0};
        SNDFILE *f;
        double seconds;
        o.sample_rate = RATE;
        o.path = path;
        s = docbao_sink_open("file", &o, &err);
        if (s == NULL) {
            g_test_message("%s: %s", exts[i], err.message);
        }
        g_assert_nonnull(s);
        g_assert_cmpint(docbao_sink_write(s, audio, RATE * 2, NULL), ==, DOCBAO_OK);
        g_assert_cmpint(docbao_sink_write_silence(s, RATE, NULL), ==, DOCBAO_OK);
        g_assert_cmpuint(docbao_sink_frames(s), ==, RATE * 3);
        /* Nothing under the final name until the file is complete. */
        g_assert_false(g_file_test(path, G_FILE_TEST_EXISTS));
        g_assert_cmpint(docbao_sink_close(s, true, NULL), ==, DOCBAO_OK);
        f = sf_open(path, SFM_READ, &info);
        g_assert_nonnull(f);
        seconds = (double)info.frames / info.samplerate;
        g_test_message("%s: %.3f s at %d Hz", exts[i], seconds, info.samplerate);
        g_assert_cmpfloat(fabs(seconds - 3.0), <, 0.1);
        sf_close(f);
        unlink(path);
        g_free(path);
    }
    g_assert_cmpuint(count_entries(dir), ==, 0);
    rmdir(dir);
    g_free(dir);
    g_free(audio);
}

static void test_atomic(void)
{
    char *dir = g_dir_make_tmp("docbao-sink-XXXXXX", NULL);
    char *path = g_build_filename(dir, "keep.wav", NULL);
    char *old = NULL;
    docbao_sink_options o = {0};
    docbao_sink *s;
    int16_t *audio = tone(RATE);
    g_assert_true(g_file_set_contents(path, "old content", -1, NULL));
    o.sample_rate = RATE;
    o.path = path;
    s = docbao_sink_open("file", &o, NULL);
    g_assert_cmpint(docbao_sink_write(s, audio, RATE, NULL), ==, DOCBAO_OK);
    /* An abandoned export leaves the old file as it was and no temporary file. */
    g_assert_cmpint(docbao_sink_close(s, false, NULL), ==, DOCBAO_OK);
    g_assert_true(g_file_get_contents(path, &old, NULL, NULL));
    g_assert_cmpstr(old, ==, "old content");
    g_assert_cmpuint(count_entries(dir), ==, 1);
    /* An interrupted sink refuses to write and does not commit. */
    s = docbao_sink_open("file", &o, NULL);
    docbao_sink_interrupt(s);
    g_assert_cmpint(docbao_sink_write(s, audio, RATE, NULL), ==, DOCBAO_ERR_CANCELLED);
    g_assert_cmpint(docbao_sink_close(s, true, NULL), ==, DOCBAO_OK);
    g_assert_cmpuint(count_entries(dir), ==, 1);
    unlink(path);
    rmdir(dir);
    g_free(old);
    g_free(path);
    g_free(dir);
    g_free(audio);
}

static void test_bad_paths(void)
{
    docbao_sink_options o = {0};
    docbao_error err = {0};
    o.sample_rate = RATE;
    o.path = "/tmp/out.xyz";
    g_assert_null(docbao_sink_open("file", &o, &err));
    g_assert_cmpint(err.status, ==, DOCBAO_ERR_FORMAT);
    o.path = "/nonexistent-dir/out.wav";
    g_assert_null(docbao_sink_open("file", &o, &err));
    g_assert_cmpint(err.status, ==, DOCBAO_ERR_IO);
    g_assert_nonnull(strstr(err.message, "/nonexistent-dir/out.wav"));
    g_assert_null(docbao_sink_open("speaker", &o, &err));
    g_assert_cmpint(err.status, ==, DOCBAO_ERR_INVALID_ARG);
}

static void test_raw_and_null(void)
{
    int fds[2];
    docbao_sink_options o = {0};
    docbao_sink *s;
    int16_t *audio = tone(1000);
    int16_t back[1000];
    g_assert_cmpint(pipe(fds), ==, 0);
    o.sample_rate = RATE;
    o.fd = fds[1];
    s = docbao_sink_open("raw", &o, NULL);
    g_assert_cmpint(docbao_sink_write(s, audio, 1000, NULL), ==, DOCBAO_OK);
    g_assert_cmpint(docbao_sink_close(s, true, NULL), ==, DOCBAO_OK);
    close(fds[1]);
    g_assert_cmpint(read(fds[0], back, sizeof back), ==, (ssize_t)sizeof back);
    g_assert_cmpmem(back, sizeof back, audio, sizeof back);
    close(fds[0]);
    s = docbao_sink_open("null", &o, NULL);
    g_assert_cmpint(docbao_sink_write(s, audio, 1000, NULL), ==, DOCBAO_OK);
    g_assert_cmpuint(docbao_sink_frames(s), ==, 1000);
    docbao_sink_close(s, true, NULL);
    docbao_sink_close(NULL, true, NULL);
    g_free(audio);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/sink/formats", test_formats);
    g_test_add_func("/sink/atomic", test_atomic);
    g_test_add_func("/sink/bad-paths", test_bad_paths);
    g_test_add_func("/sink/raw-and-null", test_raw_and_null);
    return g_test_run();
}
