/* The synthesizer: espeak-ng's Vietnamese voices, rate, word events, the tone engine. */
#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "docbao/docbao.h"
#include "speech/synth_engine.h"

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

/* Zero crossings per second of samples [from, to): twice the frequency of a pure tone. */
static double crossings_hz(const GArray *a, size_t from, size_t to, int rate)
{
    size_t n = 0;
    for (size_t i = from + 1; i < to && i < a->len; i++) {
        int16_t x = g_array_index(a, int16_t, i - 1);
        int16_t y = g_array_index(a, int16_t, i);
        n += (x < 0 && y >= 0) || (x >= 0 && y < 0);
    }
    return (double)n * rate / (2.0 * (double)(to - from));
}

static docbao_spoken *normalize_text(const char *text, const char *language)
{
    docbao_normalize_options o = {0};
    docbao_normalizer *n;
    docbao_spoken *sp = NULL;
    char *empty = g_dir_make_tmp("docbao-lex-XXXXXX", NULL);
    o.user_lexicon_dir = empty;
    o.language = language;
    n = docbao_normalizer_new(&o, NULL);
    g_assert_nonnull(n);
    g_assert_cmpint(docbao_normalize(n, text, (size_t)-1, &sp, NULL), ==, DOCBAO_OK);
    docbao_normalizer_free(n);
    g_rmdir(empty);
    g_free(empty);
    return sp;
}

/* The tone engine sounds 440 Hz for the profile's language and 660 Hz for another: a foreign
 * word inside Vietnamese is heard in the other voice, the words around it in the profile's. */
static void test_runs_tone(void)
{
    docbao_voice_profile p;
    docbao_error err = {0};
    capture c = {g_array_new(FALSE, FALSE, sizeof(int16_t)),
                 g_array_new(FALSE, FALSE, sizeof(uint64_t))};
    docbao_synth *s;
    docbao_spoken *sp = normalize_text("Công nghệ blockchain mới", NULL);
    const docbao_spoken_run *runs = docbao_spoken_runs(sp);
    int rate;
    size_t word_len;
    g_assert_cmpuint(docbao_spoken_n_runs(sp), ==, 3);
    g_assert_cmpstr(runs[1].language, ==, "en");
    docbao_voice_profile_init(&p);
    s = docbao_synth_new("tone", &p, &err);
    g_assert_nonnull(s);
    rate = docbao_synth_sample_rate(s);
    g_assert_cmpint(docbao_synth_speak_spoken(s, sp, 0, keep, word, &c, &err), ==, DOCBAO_OK);
    /* Four words: công nghệ (vi) blockchain (en) mới (vi); a word is 80% tone, then a gap,
     * and the gap around the English run is cut to a joint (where each word starts is told by
     * its word event). */
    g_assert_cmpuint(c.words->len, ==, 2 * 4);
    word_len = (size_t)g_array_index(c.words, uint64_t, 3);
    g_assert_cmpuint(word_len, >, 0);
    for (guint k = 0; k < 4; k++) {
        size_t at = (size_t)g_array_index(c.words, uint64_t, 2 * k + 1);
        double hz = crossings_hz(c.samples, at, at + word_len * 7 / 10, rate);
        g_assert_cmpfloat(fabs(hz - (k == 2 ? 660 : 440)), <, 20);
    }
    /* Between the runs, no pause: less than the gap a word has on its own. */
    g_assert_cmpuint(g_array_index(c.words, uint64_t, 5) - g_array_index(c.words, uint64_t, 3),
                     <, word_len);
    /* The word events point into the spoken text, in order. */
    g_assert_cmpuint(g_array_index(c.words, uint64_t, 4), ==, runs[1].spoken_start);
    docbao_synth_free(s);
    docbao_spoken_free(sp);
    g_array_unref(c.samples);
    g_array_unref(c.words);
}

/* The loudness of 10 ms frames: what two sayings of one text share, not the exact samples. */
static GArray *envelope(const GArray *x, int rate)
{
    GArray *e = g_array_new(FALSE, FALSE, sizeof(double));
    guint frame = (guint)(rate / 100);
    for (guint i = 0; i + frame <= x->len; i += frame) {
        double sum = 0;
        for (guint k = 0; k < frame; k++) {
            double v = g_array_index(x, int16_t, i + k);
            sum += v * v;
        }
        sum = sqrt(sum / frame);
        g_array_append_val(e, sum);
    }
    return e;
}

/* Pearson correlation of two envelopes over the length of the shorter. */
static double correlation(const GArray *x, const GArray *y)
{
    guint n = MIN(x->len, y->len);
    double mx = 0, my = 0, sxy = 0, sxx = 0, syy = 0;
    for (guint i = 0; i < n; i++) {
        mx += g_array_index(x, double, i);
        my += g_array_index(y, double, i);
    }
    mx /= n;
    my /= n;
    for (guint i = 0; i < n; i++) {
        double dx = g_array_index(x, double, i) - mx;
        double dy = g_array_index(y, double, i) - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    return sxy / sqrt(sxx * syy);
}

/*
 * With espeak-ng, English text (normalized as English) is said by the English voice: its audio
 * follows that of the profile switched to "en" (espeak-ng varies a few milliseconds from one
 * saying to the next, so loudness envelopes are compared), not that of the Vietnamese voice;
 * and after it the profile's voice is back.
 */
static void test_runs_espeak(void)
{
    docbao_voice_profile vi, en;
    docbao_error err = {0};
    capture c = {g_array_new(FALSE, FALSE, sizeof(int16_t)),
                 g_array_new(FALSE, FALSE, sizeof(uint64_t))};
    docbao_synth *s;
    docbao_spoken *sp = normalize_text("Exports rose 14% to $405 billion.", "en");
    GArray *by_runs, *by_en, *by_vi, *again;
    int rate;
    g_assert_cmpstr(docbao_spoken_text(sp), ==,
                    "Exports rose fourteen percent to four hundred five billion dollars.");
    g_assert_cmpstr(docbao_spoken_runs(sp)[0].language, ==, "en");
    docbao_voice_profile_init(&vi);
    en = vi;
    g_strlcpy(en.engine_voice, "en", sizeof en.engine_voice);
    s = docbao_synth_new("espeak-ng", &vi, &err);
    if (s == NULL) {
        g_test_skip("espeak-ng is not available");
        return;
    }
    rate = docbao_synth_sample_rate(s);
    g_assert_cmpint(docbao_synth_speak_spoken(s, sp, 0, keep, word, &c, &err), ==, DOCBAO_OK);
    by_runs = envelope(c.samples, rate);
    speak(s, docbao_spoken_text(sp), &c);
    by_vi = envelope(c.samples, rate);
    g_assert_cmpint(docbao_synth_set_profile(s, &en, &err), ==, DOCBAO_OK);
    speak(s, docbao_spoken_text(sp), &c);
    by_en = envelope(c.samples, rate);
    g_assert_cmpfloat(correlation(by_runs, by_en), >, 0.9);
    g_assert_cmpfloat(correlation(by_runs, by_vi), <, 0.7);
    /* Back to the profile's voice after the English text. */
    g_assert_cmpint(docbao_synth_set_profile(s, &vi, &err), ==, DOCBAO_OK);
    g_assert_cmpint(docbao_synth_speak_spoken(s, sp, 0, keep, word, &c, &err), ==, DOCBAO_OK);
    speak(s, docbao_spoken_text(sp), &c);
    again = envelope(c.samples, rate);
    g_assert_cmpfloat(correlation(again, by_vi), >, 0.9);
    docbao_synth_free(s);
    docbao_spoken_free(sp);
    g_array_unref(by_runs);
    g_array_unref(by_en);
    g_array_unref(by_vi);
    g_array_unref(again);
    g_array_unref(c.samples);
    g_array_unref(c.words);
}

static const char *const sentence =
    "Trung tâm phục vụ hành chính công tỉnh tiếp tục đổi mới hoạt động.";

/* The mending of what espeak-ng says wrong ("gi", "ọa", "xki"), byte for byte in place. */
static void test_mend(void)
{
    const char *cases[][2] = {
        {"gi", "di"},
        {"J gi, K ca", "J di, K ca"},
        {"Gin Gim GIT ginh", "Din Dim DIT dinh"},
        {"gia giờ gì gìn Gita giữ", "gia giờ gì gìn Gita giữ"},
        {"Luigi agi gi2 xgi", "Luigi agi gi2 xgi"},
        {"(gi)", "(di)"},
        {"đe dọa, họa sĩ, tọa đàm", "đe doạ, hoạ sĩ, toạ đàm"},
        {"ĐE DỌA Ọa ọA doạ hòa thỏa lọan", "ĐE DOẠ Oạ oẠ doạ hòa thỏa loạn"},
        {"Giê len xki, Trai cốp xky, XKÍ xkế", "Giê len xci, Trai cốp xcy, XCÍ xcế"},
        {"xka xke xkh axki", "xka xke xkh axki"},
        {"", ""},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *t = g_strdup(cases[i][0]);
        synth_vi_mend(t);
        g_assert_cmpstr(t, ==, cases[i][1]);
        g_free(t);
    }
}

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

    /* A lone "gi" (the letter J, as Vietnamese spells it) keeps its vowel: espeak-ng alone says
     * a bare z, a tenth of a second shorter than "gì" each time. */
    {
        size_t plain = speak(s, "gi, gi, gi, gi, gi, gi.", &c);
        size_t marked = speak(s, "gì, gì, gì, gì, gì, gì.", &c);
        g_assert_cmpfloat((double)plain / marked, >, 0.85);
    }
    /* "dọa" is one syllable, as "doạ" is, not two (o, then a). */
    {
        size_t newer = speak(s, "dọa, dọa, dọa, dọa, dọa, dọa.", &c);
        size_t older = speak(s, "doạ, doạ, doạ, doạ, doạ, doạ.", &c);
        g_assert_cmpfloat((double)newer / older, <, 1.1);
        g_assert_cmpfloat((double)newer / older, >, 0.9);
    }

    /* Each Vietnamese voice speaks. */
    for (int v = 0; v < 2; v++) {
        g_strlcpy(p.engine_voice, v == 0 ? "vi-vn-x-central" : "vi-vn-x-south",
                  sizeof p.engine_voice);
        p.rate = 175;
        g_assert_cmpint(docbao_synth_set_profile(s, &p, NULL), ==, DOCBAO_OK);
        g_assert_cmpuint(speak(s, "Xin chào các bạn.", &c), >, (size_t)rate / 2);
    }
    /* A voice is found by its language or its file, in any case, with or without a variant:
     * the same voice (the same length of speech, to a few samples) whichever way it is named. */
    {
        const char *names[] = {"vi", "aav/vi", "VI", "vi+f2"};
        size_t first = 0;
        for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
            size_t n;
            g_strlcpy(p.engine_voice, names[i], sizeof p.engine_voice);
            g_assert_cmpint(docbao_synth_set_profile(s, &p, NULL), ==, DOCBAO_OK);
            n = speak(s, "Xin chào các bạn.", &c);
            g_assert_cmpuint(n, >, (size_t)rate / 4);
            if (i == 0) {
                first = n;
            } else if (!g_str_has_suffix(names[i], "+f2")) {
                g_assert_cmpuint(n, <=, first + first / 100);
                g_assert_cmpuint(n + first / 100, >=, first);
            }
        }
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
    g_test_add_func("/synth/language-runs-tone", test_runs_tone);
    g_test_add_func("/synth/language-runs-espeak", test_runs_espeak);
    g_test_add_func("/synth/espeak", test_espeak);
    g_test_add_func("/synth/mend", test_mend);
    g_test_add_func("/synth/stop", test_stop);
    g_test_add_func("/synth/tone", test_tone);
    return g_test_run();
}
