/*
 * The espeak-ng engine. espeak-ng keeps its state in globals, so this module is the only code
 * that calls it, and docbao_synth allows one user at a time. Synchronous mode: espeak_Synth()
 * runs the synthesis on the calling thread and hands audio to synth_cb() as it goes.
 */
#include <espeak-ng/speak_lib.h>
#include <string.h>

#include "base/dynlib.h"
#include "base/internal.h"
#include "speech/synth_engine.h"

/* libespeak-ng (and the audio libraries it links) is loaded when the engine first starts. */
typedef struct {
    DBI_DYNFN(espeak_Initialize);
    DBI_DYNFN(espeak_SetSynthCallback);
    DBI_DYNFN(espeak_SetVoiceByName);
    DBI_DYNFN(espeak_SetParameter);
    DBI_DYNFN(espeak_Synth);
    DBI_DYNFN(espeak_Info);
} espeak_api;
static espeak_api espeak;
static const dbi_dynsym espeak_symbols[] = {
    DBI_DYNSYM(espeak_api, espeak_Initialize),
    DBI_DYNSYM(espeak_api, espeak_SetSynthCallback),
    DBI_DYNSYM(espeak_api, espeak_SetVoiceByName),
    DBI_DYNSYM(espeak_api, espeak_SetParameter),
    DBI_DYNSYM(espeak_api, espeak_Synth),
    DBI_DYNSYM(espeak_api, espeak_Info),
    {NULL, 0},
};
static dbi_dynlib espeak_lib = {"espeak-ng", {"libespeak-ng.so.1"}, espeak_symbols, &espeak, 0, ""};

/* Milliseconds of audio per callback: small, so the first samples come quickly. */
#define ESPEAK_BUFFER_MS 40

typedef struct {
    synth_sinkfns *fns;
    const char *text;
    GArray *char_to_byte; /* byte offset of each character, plus the end */
    int sample_rate;
} espeak_job;

static int espeak_rate;
static gboolean espeak_started;
/* The job espeak_Synth() is working on; set only while it runs. */
static espeak_job *current_job;

static int synth_cb(short *wav, int numsamples, espeak_EVENT *events)
{
    espeak_job *job = current_job;
    if (job == NULL || job->fns->stopped) {
        return 1;
    }
    for (espeak_EVENT *e = events; e != NULL && e->type != espeakEVENT_LIST_TERMINATED; e++) {
        if (e->type == espeakEVENT_WORD && job->fns->on_word != NULL && e->text_position > 0) {
            guint first = (guint)e->text_position - 1;
            guint last = first + (guint)MAX(e->length, 0);
            guint n = job->char_to_byte->len - 1;
            size_t start, end;
            first = MIN(first, n);
            last = MIN(last, n);
            start = g_array_index(job->char_to_byte, size_t, first);
            end = g_array_index(job->char_to_byte, size_t, last);
            job->fns->on_word(start, end - start,
                              (uint64_t)e->audio_position * (uint64_t)job->sample_rate / 1000,
                              job->fns->user);
        }
    }
    if (wav != NULL && numsamples > 0) {
        if (!job->fns->on_audio((const int16_t *)wav, (size_t)numsamples, job->fns->user)) {
            job->fns->stopped = TRUE;
            return 1;
        }
    }
    return 0;
}

static int espeak_start(docbao_error *err)
{
    if (!espeak_started) {
        int rate;
        if (!dbi_dynlib_load(&espeak_lib, DOCBAO_ERR_SYNTH, err)) {
            return 0;
        }
        rate = espeak.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, ESPEAK_BUFFER_MS, NULL,
                                        espeakINITIALIZE_DONT_EXIT);
        if (rate <= 0) {
            dbi_fail(err, DOCBAO_ERR_SYNTH,
                     _("espeak-ng could not start (is the espeak-ng-data package installed?)"));
            return 0;
        }
        espeak_rate = rate;
        espeak_started = TRUE;
        espeak.espeak_SetSynthCallback(synth_cb);
    }
    return espeak_rate;
}

static void espeak_stop(void)
{
    /*
     * espeak-ng cannot be restarted reliably after espeak_Terminate(), so the engine stays
     * loaded for the life of the process; it holds no audio device.
     */
}

/* The profile in use, for going back to its voice after a stretch in another language. */
static docbao_voice_profile espeak_profile;
/* The voice speaking now: the profile's, or another language's. */
static char espeak_voice[64];

static void apply_parameters(const docbao_voice_profile *p)
{
    espeak.espeak_SetParameter(espeakRATE, CLAMP(p->rate, DOCBAO_RATE_MIN, DOCBAO_RATE_MAX), 0);
    espeak.espeak_SetParameter(espeakPITCH, CLAMP(p->pitch, DOCBAO_PITCH_MIN, DOCBAO_PITCH_MAX), 0);
    espeak.espeak_SetParameter(espeakVOLUME, CLAMP(p->volume, DOCBAO_VOLUME_MIN, DOCBAO_VOLUME_MAX),
                               0);
    espeak.espeak_SetParameter(espeakPUNCTUATION, espeakPUNCT_NONE, 0);
}

/*
 * espeak-ng opens a voice named by its file ("aav/vi") directly, but for a voice named by its
 * language ("vi") it first reads every voice file it has (some 300). So a name is given as the
 * file under espeak-ng's lang/ folder whose name it is (any case; a variant such as "+f2"
 * kept), found once and remembered; a name with no such file is passed as it is, and espeak-ng
 * chooses by language as before.
 */
static GHashTable *voice_files; /* name -> the name to give espeak-ng */

static char *find_voice_file(const char *lang_dir, const char *base)
{
    GDir *dir = g_dir_open(lang_dir, 0, NULL);
    const char *entry;
    char *found = NULL;
    while (dir != NULL && found == NULL && (entry = g_dir_read_name(dir)) != NULL) {
        char *path = g_build_filename(lang_dir, entry, NULL);
        if (!g_file_test(path, G_FILE_TEST_IS_DIR)) {
            if (g_ascii_strcasecmp(entry, base) == 0) {
                found = g_strdup(entry);
            }
        } else {
            GDir *family = g_dir_open(path, 0, NULL);
            const char *voice;
            while (family != NULL && found == NULL && (voice = g_dir_read_name(family)) != NULL) {
                if (g_ascii_strcasecmp(voice, base) == 0) {
                    found = g_strconcat(entry, "/", voice, NULL);
                }
            }
            if (family != NULL) {
                g_dir_close(family);
            }
        }
        g_free(path);
    }
    if (dir != NULL) {
        g_dir_close(dir);
    }
    return found;
}

static const char *voice_file_name(const char *name)
{
    const char *resolved;
    if (voice_files == NULL) {
        voice_files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    }
    resolved = g_hash_table_lookup(voice_files, name);
    if (resolved == NULL) {
        const char *data = NULL;
        const char *variant = strchr(name, '+');
        char *base = g_strndup(name, variant != NULL ? (size_t)(variant - name) : strlen(name));
        char *file = NULL;
        espeak.espeak_Info(&data);
        if (strchr(base, '/') == NULL && base[0] != '\0' && data != NULL) {
            char *lang_dir = g_build_filename(data, "lang", NULL);
            file = find_voice_file(lang_dir, base);
            g_free(lang_dir);
        }
        resolved =
            file != NULL ? g_strconcat(file, variant != NULL ? variant : "", NULL) : g_strdup(name);
        g_hash_table_insert(voice_files, g_strdup(name), (char *)resolved);
        g_free(file);
        g_free(base);
    }
    return resolved;
}

/* Sets espeak-ng's voice by its name (as the profiles and languages give it). */
static gboolean set_voice(const char *name)
{
    const char *file = voice_file_name(name);
    if (strcmp(file, name) != 0 && espeak.espeak_SetVoiceByName(file) == EE_OK) {
        return TRUE;
    }
    return espeak.espeak_SetVoiceByName(name) == EE_OK;
}

static docbao_status espeak_set_profile(const docbao_voice_profile *p, docbao_error *err)
{
    if (!set_voice(p->engine_voice)) {
        return dbi_fail(err, DOCBAO_ERR_VOICE,
                        _("espeak-ng has no voice \"%s\" (see espeak-ng --voices=vi)"),
                        p->engine_voice);
    }
    espeak_profile = *p;
    dbi_strlcpy(espeak_voice, p->engine_voice, sizeof espeak_voice);
    apply_parameters(p);
    return DOCBAO_OK;
}

/*
 * The profile's voice for its own language (Vietnamese, or the voice named in the profile for
 * another language), else espeak-ng's voice named by the language ("en"), at the profile's
 * rate, pitch and volume.
 */
static gboolean espeak_set_language(const char *language)
{
    const char *voice = espeak_profile.engine_voice;
    if (language != NULL && strcmp(language, "vi") != 0 &&
        !g_str_has_prefix(espeak_profile.engine_voice, language)) {
        voice = language;
    }
    if (strcmp(voice, espeak_voice) == 0) {
        return FALSE;
    }
    if (!set_voice(voice)) {
        if (set_voice(espeak_profile.engine_voice)) {
            dbi_strlcpy(espeak_voice, espeak_profile.engine_voice, sizeof espeak_voice);
            apply_parameters(&espeak_profile);
        }
        return FALSE;
    }
    dbi_strlcpy(espeak_voice, voice, sizeof espeak_voice);
    apply_parameters(&espeak_profile);
    return TRUE;
}

/* A Vietnamese final consonant letter (c, ch, m, n, ng, nh, p, t are built from these). */
static gboolean is_final_letter(char c)
{
    return c != '\0' && strchr("cghmnpt", g_ascii_tolower(c)) != NULL;
}

/* "gi" opening a syllable with no mark and no vowel after it: its g becomes d. */
static void mend_gi(char *text, char *p)
{
    const char *q = p + 2;
    if (g_ascii_tolower(p[0]) != 'g' || g_ascii_tolower(p[1]) != 'i' ||
        (p > text && g_unichar_isalnum(g_utf8_get_char(g_utf8_prev_char(p))))) {
        return;
    }
    while (q < p + 4 && is_final_letter(*q)) {
        q++;
    }
    if (!g_unichar_isalnum(g_utf8_get_char(q))) {
        p[0] = p[0] == 'G' ? 'D' : 'd';
    }
}

/* "ọa" (the dot under the o, U+1ECD or U+1ECC, then a or A): the dot moves to the a. Both are
 * four bytes: E1 BB 8D/8C and the a, the o and E1 BA A1/A0. */
static void mend_oa(char *p)
{
    guchar *u = (guchar *)p;
    if (u[0] == 0xE1 && u[1] == 0xBB && (u[2] == 0x8D || u[2] == 0x8C) &&
        (u[3] == 'a' || u[3] == 'A')) {
        char o = u[2] == 0x8D ? 'o' : 'O';
        guchar a = u[3] == 'a' ? 0xA1 : 0xA0;
        u[0] = (guchar)o;
        u[1] = 0xE1;
        u[2] = 0xBA;
        u[3] = a;
    }
}

/* "xk" opening a syllable before i, y or ê (any tone): its k becomes c. espeak-ng's
 * Vietnamese voice says the cluster xc ("xcơ", "xci") but spells "xki", which transliterations
 * write ("Giê len xki", "Trai cốp xki"). */
static void mend_xk(char *text, char *p)
{
    gunichar d[4];
    gsize n;
    if (g_ascii_tolower(p[0]) != 'x' || g_ascii_tolower(p[1]) != 'k' || p[2] == '\0' ||
        (p > text && g_unichar_isalnum(g_utf8_get_char(g_utf8_prev_char(p))))) {
        return;
    }
    n = g_unichar_fully_decompose(g_utf8_get_char(p + 2), FALSE, d, G_N_ELEMENTS(d));
    if (n > 0 && (g_unichar_tolower(d[0]) == 'i' || g_unichar_tolower(d[0]) == 'y' ||
                  (g_unichar_tolower(d[0]) == 'e' && n > 1 && d[1] == 0x0302))) {
        p[1] = p[1] == 'K' ? 'C' : 'c';
    }
}

void synth_vi_mend(char *text)
{
    for (char *p = text; *p != '\0'; p = g_utf8_next_char(p)) {
        mend_gi(text, p);
        mend_oa(p);
        mend_xk(text, p);
    }
}

static docbao_status espeak_speak(const char *text, synth_sinkfns *fns, docbao_error *err)
{
    espeak_job job;
    espeak_ERROR e;
    size_t len = strlen(text);
    char *mended = NULL;
    if (g_str_has_prefix(espeak_voice, "vi")) {
        text = mended = g_strdup(text);
        synth_vi_mend(mended);
    }
    job.fns = fns;
    job.text = text;
    job.sample_rate = espeak_rate;
    job.char_to_byte = g_array_sized_new(FALSE, FALSE, sizeof(size_t), (guint)len + 1);
    for (const char *p = text; *p != '\0'; p = g_utf8_next_char(p)) {
        size_t off = (size_t)(p - text);
        g_array_append_val(job.char_to_byte, off);
    }
    g_array_append_val(job.char_to_byte, len);
    current_job = &job;
    e = espeak.espeak_Synth(text, len + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL);
    current_job = NULL;
    g_array_unref(job.char_to_byte);
    g_free(mended);
    if (e != EE_OK && !fns->stopped) {
        return dbi_fail(err, DOCBAO_ERR_SYNTH, _("espeak-ng failed to speak (error %d)"), (int)e);
    }
    return DOCBAO_OK;
}

const synth_engine synth_engine_espeak = {
    "espeak-ng", espeak_start, espeak_stop, espeak_set_profile, espeak_speak, espeak_set_language,
};
