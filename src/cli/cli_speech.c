/* The options read and export share (voice, rate, pitch, volume...) and the voice profile
 * they choose. */
#include <string.h>

#include "commands.h"

GOptionEntry *speech_entries(speech_opts *o)
{
    GOptionEntry entries[] = {
        {"voice", 'v', 0, G_OPTION_ARG_STRING, &o->voice,
         N_("Voice profile (see: docbao voices); default mien-bac"), N_("NAME")},
        {"rate", 'r', 0, G_OPTION_ARG_INT, &o->rate,
         N_("Speech rate in words per minute, 80 to 900 (above 450 the sound is sped up)"),
         N_("WPM")},
        {"pitch", 'p', 0, G_OPTION_ARG_INT, &o->pitch, N_("Pitch, 0 to 100 (50 is normal)"),
         N_("N")},
        {"volume", 'a', 0, G_OPTION_ARG_INT, &o->volume, N_("Volume, 0 to 200 (100 is normal)"),
         N_("N")},
        {"sections", 's', 0, G_OPTION_ARG_STRING, &o->sections,
         N_("Sections to read, comma-separated: title,lead,body,captions"), N_("LIST")},
        {"dialect", 0, 0, G_OPTION_ARG_STRING, &o->dialect,
         N_("How numbers are read: north or south (default: the voice's)"), N_("NAME")},
        {"engine", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &o->engine,
         N_("Speech engine (espeak-ng, or tone for tests)"), N_("NAME")},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    o->rate = -1;
    o->pitch = -1;
    o->volume = -1;
    return g_memdup2(entries, sizeof entries);
}

void speech_opts_clear(speech_opts *o)
{
    g_free(o->voice);
    g_free(o->sections);
    g_free(o->dialect);
    g_free(o->engine);
    cli_source_clear(&o->source);
}

static gboolean in_range(const char *what, int v, int lo, int hi, docbao_error *err)
{
    if (v < lo || v > hi) {
        err->status = DOCBAO_ERR_INVALID_ARG;
        g_snprintf(err->message, sizeof err->message, _("%s must be between %d and %d, not %d"),
                   what, lo, hi, v);
        return FALSE;
    }
    return TRUE;
}

/* Resolves the profile from the options; returns a status with err filled on failure. */
docbao_status choose_profile(const speech_opts *o, docbao_voice_profile *out, docbao_error *err)
{
    docbao_voice_list *list = docbao_voice_list_load(NULL, err);
    const docbao_voice_profile *p;
    if (list == NULL) {
        return err->status;
    }
    p = docbao_voice_list_find(list, o->voice);
    if (p == NULL) {
        err->status = DOCBAO_ERR_VOICE;
        g_snprintf(err->message, sizeof err->message,
                   _("there is no voice \"%s\" (see: docbao voices)"), o->voice);
        docbao_voice_list_free(list);
        return DOCBAO_ERR_VOICE;
    }
    *out = *p;
    docbao_voice_list_free(list);
    if (o->rate != -1) {
        if (!in_range("--rate", o->rate, DOCBAO_RATE_MIN, DOCBAO_RATE_MAX, err)) {
            return err->status;
        }
        out->rate = o->rate;
    }
    if (o->pitch != -1) {
        if (!in_range("--pitch", o->pitch, DOCBAO_PITCH_MIN, DOCBAO_PITCH_MAX, err)) {
            return err->status;
        }
        out->pitch = o->pitch;
    }
    if (o->volume != -1) {
        if (!in_range("--volume", o->volume, DOCBAO_VOLUME_MIN, DOCBAO_VOLUME_MAX, err)) {
            return err->status;
        }
        out->volume = o->volume;
    }
    if (o->dialect != NULL) {
        int d = docbao_dialect_from_name(o->dialect);
        if (d < 0) {
            err->status = DOCBAO_ERR_INVALID_ARG;
            g_snprintf(err->message, sizeof err->message,
                       _("--dialect must be north or south, not \"%s\""), o->dialect);
            return err->status;
        }
        out->dialect = (docbao_dialect)d;
    }
    return DOCBAO_OK;
}
