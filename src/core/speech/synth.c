/* The synthesizer front: engine choice by name, one engine at a time, and the test tone engine. */
#include <math.h>
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
/* The tone engine: a short beep per word, at a speed that follows the rate. For tests that
 * need predictable audio and word timing without a voice. */

#define TONE_RATE 16000

static int tone_wpm = DOCBAO_RATE_DEFAULT;

static int tone_start(docbao_error *err)
{
    (void)err;
    tone_wpm = DOCBAO_RATE_DEFAULT;
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
            i < tone_samples ? (int16_t)(8000 * sin(2 * G_PI * 440 * (double)i / TONE_RATE)) : 0;
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

const synth_engine synth_engine_tone = {
    "tone", tone_start, tone_stop, tone_set_profile, tone_speak,
};
