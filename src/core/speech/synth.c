/* The synthesizer front: engine choice by name, one engine at a time, and the test tone engine. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/internal.h"
#include "speech/synth_engine.h"

struct docbao_synth {
    const synth_engine *engine;
    int sample_rate;
};

/* The engine in use: espeak-ng is a process-wide singleton, so one synthesizer at a time. */
static gint synth_in_use;

static const synth_engine *const engines[] = {&synth_engine_espeak, &synth_engine_tone};

docbao_synth *docbao_synth_new(const char *engine, const docbao_voice_profile *profile,
                               docbao_error *err)
{
    const synth_engine *e = NULL;
    docbao_synth *s;
    int rate;
    if (engine == NULL) {
        engine = "espeak-ng";
    }
    for (size_t i = 0; i < G_N_ELEMENTS(engines); i++) {
        if (strcmp(engines[i]->name, engine) == 0) {
            e = engines[i];
        }
    }
    if (e == NULL) {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("unknown speech engine \"%s\""), engine);
        return NULL;
    }
    if (!g_atomic_int_compare_and_exchange(&synth_in_use, 0, 1)) {
        dbi_fail(err, DOCBAO_ERR_STATE, _("a speech engine is already running"));
        return NULL;
    }
    rate = e->start(err);
    if (rate <= 0) {
        g_atomic_int_set(&synth_in_use, 0);
        return NULL;
    }
    s = g_new0(docbao_synth, 1);
    s->engine = e;
    s->sample_rate = rate;
    if (profile != NULL && e->set_profile(profile, err) != DOCBAO_OK) {
        docbao_synth_free(s);
        return NULL;
    }
    return s;
}

void docbao_synth_free(docbao_synth *s)
{
    if (s == NULL) {
        return;
    }
    s->engine->stop();
    g_free(s);
    g_atomic_int_set(&synth_in_use, 0);
}

int docbao_synth_sample_rate(const docbao_synth *s)
{
    return s->sample_rate;
}

docbao_status docbao_synth_set_profile(docbao_synth *s, const docbao_voice_profile *p,
                                       docbao_error *err)
{
    if (s == NULL || p == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no voice profile"));
    }
    return s->engine->set_profile(p, err);
}

docbao_status docbao_synth_speak(docbao_synth *s, const char *text, docbao_audio_fn on_audio,
                                 docbao_word_fn on_word, void *user, docbao_error *err)
{
    synth_sinkfns fns = {on_audio, on_word, user, FALSE};
    docbao_status st;
    if (s == NULL || text == NULL || on_audio == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("nothing to speak"));
    }
    if (!g_utf8_validate(text, -1, NULL)) {
        return dbi_fail(err, DOCBAO_ERR_ENCODING, _("the text to speak is not valid UTF-8"));
    }
    st = s->engine->speak(text, &fns, err);
    if (st == DOCBAO_OK && fns.stopped) {
        return dbi_fail(err, DOCBAO_ERR_CANCELLED, _("speech was stopped"));
    }
    return st;
}

/* ---------------------------------------------------------------------------------------- */
/* Speaking a spoken text run by run                                                          */

/* Samples below this (absolute value) count as silence between runs. */
#define SILENCE_LEVEL 256
/* Silence kept between two runs of one utterance: a joint, not a pause (ms). */
#define JOINT_MS 15

typedef struct {
    synth_sinkfns *outer;  /* the caller's callbacks */
    size_t text_offset;    /* where the run's text starts in the caller's text */
    uint64_t base;         /* samples delivered to the caller before this run */
    uint64_t delivered;    /* samples of this run delivered */
    uint64_t dropped;      /* leading samples of this run dropped */
    gboolean trim_lead;    /* drop the silence the engine puts before the run */
    gboolean hold_tail;    /* hold back the silence after it (another run follows) */
    gboolean sounding;     /* a sample above the silence level was seen */
    GArray *tail;          /* held-back silent samples */
    size_t joint;          /* samples of silence kept at a joint */
} run_job;

static bool deliver(run_job *r, const int16_t *x, size_t n)
{
    if (n == 0) {
        return true;
    }
    r->delivered += n;
    if (!r->outer->on_audio(x, n, r->outer->user)) {
        r->outer->stopped = TRUE;
        return false;
    }
    return true;
}

static bool run_audio(const int16_t *x, size_t n, void *user)
{
    run_job *r = user;
    size_t start = 0;
    size_t loud_end = 0;
    if (r->trim_lead && !r->sounding) {
        while (start < n && abs(x[start]) < SILENCE_LEVEL) {
            start++;
        }
        if (start == n) {
            r->dropped += n;
            return true;
        }
        r->sounding = TRUE;
        /* keep a joint's worth of the silence before the sound */
        {
            size_t keep = MIN(start, r->joint);
            r->dropped += start - keep;
            start -= keep;
        }
    }
    if (!r->hold_tail) {
        return deliver(r, x + start, n - start);
    }
    /* The end of the sound in this chunk, searched from its end (speech is mostly loud). */
    for (size_t i = n; i > start; i--) {
        if (abs(x[i - 1]) >= SILENCE_LEVEL) {
            loud_end = i;
            r->sounding = TRUE;
            break;
        }
    }
    if (loud_end > start) {
        /* sound again: the held silence was a gap inside the run */
        if (!deliver(r, (const int16_t *)(void *)r->tail->data, r->tail->len)) {
            return false;
        }
        g_array_set_size(r->tail, 0);
        if (!deliver(r, x + start, loud_end - start)) {
            return false;
        }
        start = loud_end;
    }
    g_array_append_vals(r->tail, x + start, (guint)(n - start));
    return true;
}

static void run_word(size_t text_start, size_t text_len, uint64_t sample, void *user)
{
    run_job *r = user;
    uint64_t at = sample > r->dropped ? sample - r->dropped : 0;
    r->outer->on_word(r->text_offset + text_start, text_len, r->base + at, r->outer->user);
}

docbao_status docbao_synth_speak_spoken(docbao_synth *s, const docbao_spoken *spoken, size_t from,
                                        docbao_audio_fn on_audio, docbao_word_fn on_word,
                                        void *user, docbao_error *err)
{
    synth_sinkfns fns = {on_audio, on_word, user, FALSE};
    const char *text;
    const docbao_spoken_run *runs;
    size_t n_runs, len;
    uint64_t total = 0;
    docbao_status st = DOCBAO_OK;
    GArray *tail;
    gboolean switched = FALSE;
    if (s == NULL || spoken == NULL || on_audio == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("nothing to speak"));
    }
    text = docbao_spoken_text(spoken);
    len = docbao_spoken_len(spoken);
    runs = docbao_spoken_runs(spoken);
    n_runs = docbao_spoken_n_runs(spoken);
    if (from > len) {
        from = len;
    }
    tail = g_array_new(FALSE, FALSE, sizeof(int16_t));
    for (size_t k = 0; k < n_runs && st == DOCBAO_OK && !fns.stopped; k++) {
        size_t start = MAX(runs[k].spoken_start, from);
        size_t end = runs[k].spoken_start + runs[k].spoken_len;
        gboolean last = TRUE;
        run_job r = {0};
        synth_sinkfns inner;
        char *part;
        if (end <= start) {
            continue;
        }
        for (size_t m = k + 1; m < n_runs; m++) {
            last = last && runs[m].spoken_start + runs[m].spoken_len <= from;
        }
        r.outer = &fns;
        r.text_offset = start - from;
        r.base = total;
        r.trim_lead = total > 0;
        r.hold_tail = !last;
        r.tail = tail;
        r.joint = (size_t)s->sample_rate * JOINT_MS / 1000;
        g_array_set_size(tail, 0);
        inner.on_audio = run_audio;
        inner.on_word = on_word != NULL ? run_word : NULL;
        inner.user = &r;
        inner.stopped = FALSE;
        switched = s->engine->set_language(runs[k].language) || switched;
        part = g_strndup(text + start, end - start);
        st = s->engine->speak(part, &inner, err);
        g_free(part);
        if (st == DOCBAO_OK && r.hold_tail && !fns.stopped) {
            deliver(&r, (const int16_t *)(void *)tail->data, MIN((size_t)tail->len, r.joint));
        }
        total += r.delivered;
        fns.stopped = fns.stopped || inner.stopped;
    }
    if (switched || n_runs > 1) {
        s->engine->set_language(NULL);
    }
    g_array_unref(tail);
    if (st == DOCBAO_OK && fns.stopped) {
        return dbi_fail(err, DOCBAO_ERR_CANCELLED, _("speech was stopped"));
    }
    return st;
}

/* ---------------------------------------------------------------------------------------- */
/* The tone engine: a short beep per word, at a speed that follows the rate. For tests that
 * need predictable audio and word timing without a voice. */

#define TONE_RATE 16000

static int tone_wpm = DOCBAO_RATE_DEFAULT;
static double tone_hz = 440.0;

static int tone_start(docbao_error *err)
{
    (void)err;
    tone_wpm = DOCBAO_RATE_DEFAULT;
    tone_hz = 440.0;
    return TONE_RATE;
}

static void tone_stop(void)
{
}

static docbao_status tone_set_profile(const docbao_voice_profile *p, docbao_error *err)
{
    if (p->rate < DOCBAO_RATE_MIN || p->rate > DOCBAO_RATE_MAX) {
        return dbi_fail(err, DOCBAO_ERR_VOICE, _("rate %d is out of range"), p->rate);
    }
    tone_wpm = p->rate;
    return DOCBAO_OK;
}

static docbao_status tone_speak(const char *text, synth_sinkfns *fns, docbao_error *err)
{
    /* One word lasts 60000/wpm ms: 80% tone, 20% gap. */
    size_t word_samples = (size_t)TONE_RATE * 60 / (size_t)tone_wpm;
    size_t tone_samples = word_samples * 4 / 5;
    int16_t *buf = g_new(int16_t, word_samples);
    uint64_t pos = 0;
    const char *p = text;
    (void)err;
    for (size_t i = 0; i < word_samples; i++) {
        buf[i] =
            i < tone_samples ? (int16_t)(8000 * sin(2 * G_PI * tone_hz * (double)i / TONE_RATE)) : 0;
    }
    while (*p != '\0' && !fns->stopped) {
        const char *w;
        while (*p == ' ') {
            p++;
        }
        if (*p == '\0') {
            break;
        }
        w = p;
        while (*p != '\0' && *p != ' ') {
            p++;
        }
        if (fns->on_word != NULL) {
            fns->on_word((size_t)(w - text), (size_t)(p - w), pos, fns->user);
        }
        if (!fns->on_audio(buf, word_samples, fns->user)) {
            fns->stopped = TRUE;
        }
        pos += word_samples;
    }
    g_free(buf);
    return DOCBAO_OK;
}

/* Another language than the profile's sounds a fifth higher (660 Hz), so that tests can hear
 * which voice spoke. */
static gboolean tone_set_language(const char *language)
{
    double hz = language == NULL || strcmp(language, "vi") == 0 ? 440.0 : 660.0;
    gboolean changed = hz != tone_hz;
    tone_hz = hz;
    return changed;
}

const synth_engine synth_engine_tone = {
    "tone", tone_start, tone_stop, tone_set_profile, tone_speak, tone_set_language,
};
