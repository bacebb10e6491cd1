/*
 * Spoken text under construction (implemented in spoken.c), for the normalizer's rules and
 * for segmentation, which joins spoken parts into utterances.
 */
#ifndef DOCBAO_SPOKEN_H
#define DOCBAO_SPOKEN_H

#include <stddef.h>

#include <glib.h>

#include "docbao/normalize.h"

/* The spoken text (docbao/normalize.h); its fields are open to the normalizer's files. */
struct docbao_spoken {
    GString *text;
    GArray *spans; /* of docbao_span */
    GArray *runs;  /* of docbao_spoken_run: stretches of one language, in order */
    const char *language; /* the language of the whole (interned) */
};


/*
 * Building spoken text. dbi_spoken_new() makes an empty one whose main language is language
 * (a BCP 47 tag; NULL is "vi"). dbi_spoken_append() adds a word or phrase in a language,
 * separated from the previous one by a space, mapped to source bytes [src_start, src_start +
 * src_len). dbi_spoken_append_spoken() appends all of other (its language runs too) with its
 * source offsets moved by delta.
 */
docbao_spoken *dbi_spoken_new(const char *language);
void dbi_spoken_append(docbao_spoken *s, const char *text, size_t len, size_t src_start,
                       size_t src_len, const char *language);
void dbi_spoken_append_spoken(docbao_spoken *s, const docbao_spoken *other, size_t delta);

/*
 * Appends text with a span; sep says whether a space goes before it (when text is not empty).
 * lang is its language (interned), or NULL to continue the last run (pause marks).
 */
void dbi_spoken_add(docbao_spoken *s, const char *text, size_t len, size_t src_start,
                    size_t src_len, gboolean sep, const char *lang);

/* Joins a short unmarked word between two runs of one foreign language to their run. */
void dbi_spoken_join_islands(docbao_spoken *s);

/* Cuts the spoken text back to len bytes (a whole span), with its spans and runs. */
void dbi_spoken_truncate(docbao_spoken *s, size_t len);

#endif
