/* docbao: voice profiles (plain key files in voices/ and the user's config directory). */
#ifndef DOCBAO_VOICE_H
#define DOCBAO_VOICE_H

#include <stddef.h>

#include "docbao/normalize.h"
#include "docbao/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Words per minute. From 450 up, espeak-ng reads at its normal speed and speeds the sound up
 * (libsonic), which keeps the pitch: 900 is twice as fast as 450.
 */
#define DOCBAO_RATE_MIN     80
#define DOCBAO_RATE_MAX     900
#define DOCBAO_RATE_DEFAULT 175
#define DOCBAO_PITCH_MIN    0
#define DOCBAO_PITCH_MAX    100
#define DOCBAO_VOLUME_MIN   0
#define DOCBAO_VOLUME_MAX   200

/*
 * A voice profile: which engine voice speaks, how fast and how high, and how long the pauses
 * between sentences, paragraphs and sections are. A plain value: copy it freely.
 */
typedef struct docbao_voice_profile {
    char id[64];            /* file name without ".ini", e.g. "mien-bac" */
    char name[128];         /* display name, e.g. "Giọng miền Bắc" */
    char engine_voice[64];  /* espeak-ng voice, e.g. "vi", "vi-vn-x-south" */
    docbao_dialect dialect; /* how numbers are read */
    int rate;               /* words per minute, DOCBAO_RATE_MIN..MAX */
    int pitch;              /* 0..100, 50 is the voice's normal */
    int volume;             /* 0..200, 100 is normal */
    int pause_sentence_ms;  /* silence after a sentence */
    int pause_paragraph_ms; /* silence after a paragraph */
    int pause_section_ms;   /* silence after the title and after the lead */
    char caption_label[64]; /* said before each caption, e.g. "Ảnh:" */
} docbao_voice_profile;

/* A list of profiles, built-in first, then the user's (which replace built-ins of the same id). */
typedef struct docbao_voice_list docbao_voice_list;

/*
 * Loads the built-in profiles and those in user_dir (NULL: $XDG_CONFIG_HOME/docbao/voices).
 * A user file that cannot be parsed fails the call with its name and line in err, so a typo
 * is never silently ignored. Returns NULL on failure. Free with docbao_voice_list_free().
 */
docbao_voice_list *docbao_voice_list_load(const char *user_dir, docbao_error *err);
void docbao_voice_list_free(docbao_voice_list *list);
size_t docbao_voice_list_size(const docbao_voice_list *list);
const docbao_voice_profile *docbao_voice_list_get(const docbao_voice_list *list, size_t i);

/*
 * Finds a profile by id, or else by engine voice name ("vi", "vi-vn-x-central"). Returns NULL
 * when there is none. The profile belongs to the list.
 */
const docbao_voice_profile *docbao_voice_list_find(const docbao_voice_list *list, const char *name);

/* The id of the default profile ("mien-bac"). */
const char *docbao_voice_default_id(void);

/*
 * Parses a profile from key-file text (group [voice]); id names it and source is used in
 * messages. Missing keys take the defaults; out-of-range values are an error naming the key.
 */
docbao_status docbao_voice_profile_parse(const char *text, size_t len, const char *id,
                                         const char *source, docbao_voice_profile *out,
                                         docbao_error *err);

/* Fills a profile with the built-in defaults (northern voice, 175 wpm). */
void docbao_voice_profile_init(docbao_voice_profile *profile);

#ifdef __cplusplus
}
#endif
#endif
