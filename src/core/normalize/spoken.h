/*
 * Spoken text under construction (implemented in normalize.c), for the normalizer's rules and
 * for segmentation, which joins spoken parts into utterances.
 */
#ifndef DOCBAO_SPOKEN_H
#define DOCBAO_SPOKEN_H

#include <stddef.h>

#include "docbao/normalize.h"

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

#endif
