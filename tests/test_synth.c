/* The synthesizer: espeak-ng's Vietnamese voices, rate, word events, the tone engine. */
#include <math.h>
#include <string.h>

#include <glib.h>

#include "docbao/docbao.h"

typedef struct {
    GArray *samples;
    GArray *words; /* pairs of text_start, sample */
} capture;

static bool keep(const int16_t *s, size_t n, void *user)
{
    capture *c = user;
    g_array_append_vals(c->samples, s, (guint)n);
    return true;
}

static void word(size_t start, size_t len, uint64_t sample, void *user)
{
    capture *c = user;
    uint64_t pair[2] = {start, sample};
    (void)len;
    g_array_append_vals(c->words, pair, 2);
}

static double rms(const GArray *a)
{
    double sum = 0;
    for (guint i = 0; i < a->len; i++) {
        double v = g_array_index(a, int16_t, i);
        sum += v * v;
    }
    return a->len > 0 ? sqrt(sum / a->len) : 0;
}

static size_t speak(docbao_synth *s, const char *text, capture *c)
{
    docbao_error err = {0};
    g_array_set_size(c->samples, 0);
    g_array_set_size(c->words, 0);
    g_assert_cmpint(docbao_synth_speak(s, text, keep, word, c, &err), ==, DOCBAO_OK);
    return c->samples->len;
}

static const char *const sentence =
    "Trung tâm phục vụ hành chính công tỉnh tiếp tục đổi mới hoạt động.";

static void test_espeak(void)
{
    docbao_voice_profile p;
    docbao_error err = {0};
    capture c = {g_array_new(FALSE, FALSE, sizeof(int16_t)),
                 g_array_new(FALSE, FALSE, sizeof(uint64_t))};
    docbao_synth *s;
    size_t normal, fast;
    int rate;

    docbao_voice_profile_init(&p);
    s = docbao_synth_new(NULL, &p, &err);
    g_assert_nonnull(s);
    rate = docbao_synth_sample_rate(s);
    g_assert_cmpint(rate, ==, 22050);
    /* Only one engine at a time: espeak-ng is a process-wide singleton. */
    g_assert_null(docbao_synth_new(NULL, &p, &err));
    g_assert_cmpint(err.status, ==, DOCBAO_ERR_STATE);

    normal = speak(s, sentence, &c);
    /* 14 words at 175 wpm: roughly 3 to 6 seconds, and not silence. */
    g_assert_cmpuint(normal, >, (size_t)rate * 2);
    g_assert_cmpuint(normal, <, (size_t)rate * 8);
    g_assert_cmpfloat(rms(c.samples), >, 500);
    /* Word events arrive in order, with their byte offsets in the text. */
    g_assert_cmpuint(c.words->len / 2, >=, 10);
    g_assert_cmpuint(g_array_index(c.words, uint64_t, 0), ==, 0);
    for (guint i = 2; i < c.words->len; i += 2) {
        g_assert_cmpuint(g_array_index(c.words, uint64_t, i), >,
                         g_array_index(c.words, uint64_t, i - 2));
        g_assert_cmpuint(g_array_index(c.words, uint64_t, i + 1), >=,
                         g_array_index(c.words, uint64_t, i - 1));
    }
    g_assert_cmpuint(g_array_index(c.words, uint64_t, 2), ==, strlen("Trung "));

    p.rate = 350;
    g_assert_cmpint(docbao_synth_set_profile(s, &p, NULL), ==, DOCBAO_OK);
    fast = speak(s, sentence, &c);
    g_assert_cmpfloat((double)fast / normal, <, 0.7);
    g_assert_cmpfloat((double)fast / normal, >, 0.3);

    /* Each Vietnamese voice speaks. */
    for (int v = 0; v < 2; v++) {
        g_strlcpy(p.engine_voice, v == 0 ? "vi-vn-x-central" : "vi-vn-x-south",
                  sizeof p.engine_voice);
        p.rate = 175;
        g_assert_cmpint(docbao_synth_set_profile(s, &p, NULL), ==, DOCBAO_OK);
        g_assert_cmpuint(speak(s, "Xin chào các bạn.", &c), >, (size_t)rate / 2);
    }
    g_strlcpy(p.engine_voice, "no-such-voice", sizeof p.engine_voice);
    g_assert_cmpint(docbao_synth_set_profile(s, &p, &err), ==, DOCBAO_ERR_VOICE);
    g_assert_nonnull(strstr(err.message, "no-such-voice"));
    docbao_synth_free(s);
    g_array_unref(c.samples);
    g_array_unref(c.words);
}

static bool stop_early(const int16_t *s, size_t n, void *user)
{
    size_t *seen = user;
    (void)s;
    *seen += n;
    return *seen < 2000;
}

static void test_stop(void)
{
    docbao_voice_profile p;
    docbao_error err = {0};
    size_t seen = 0;
    docbao_synth *s;
    docbao_voice_profile_init(&p);
    s = docbao_synth_new(NULL, &p, NULL);
    g_assert_cmpint(docbao_synth_speak(s, sentence, stop_early, NULL, &seen, &err), ==,
                    DOCBAO_ERR_CANCELLED);
    g_assert_cmpuint(seen, <, 22050);
    /* The engine is usable again after a stop. */
    seen = 0;
    g_assert_cmpint(docbao_synth_speak(s, "Một.", stop_early, NULL, &seen, NULL), !=,
                    DOCBAO_ERR_SYNTH);
    docbao_synth_free(s);
}

static void test_tone(void)
{
    docbao_voice_profile p;
    capture c = {g_array_new(FALSE, FALSE, sizeof(int16_t)),
                 g_array_new(FALSE, FALSE, sizeof(uint64_t))};
    docbao_synth *s;
    docbao_voice_profile_init(&p);
    s = docbao_synth_new("tone", &p, NULL);
    g_assert_nonnull(s);
    /* Three words at 175 wpm: three beats of 60/175 s. */
    g_assert_cmpuint(speak(s, "một hai ba", &c), ==, 3 * (16000 * 60 / 175));
    g_assert_cmpuint(c.words->len, ==, 6);
    g_assert_cmpuint(g_array_index(c.words, uint64_t, 4), ==, strlen("một hai "));
    docbao_synth_free(s);
    g_assert_null(docbao_synth_new("nonexistent", &p, NULL));
    g_array_unref(c.samples);
    g_array_unref(c.words);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/synth/espeak", test_espeak);
    g_test_add_func("/synth/stop", test_stop);
    g_test_add_func("/synth/tone", test_tone);
    return g_test_run();
}
