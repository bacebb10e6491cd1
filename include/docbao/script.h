/*
 * docbao: the segmentation stage. Takes an article and a normalizer; gives the script: the
 * article cut into utterances (sections, paragraphs, sentences), each with its spoken text,
 * the pause after it and the way back to the article's text. The player and the exports speak
 * scripts.
 */
#ifndef DOCBAO_SCRIPT_H
#define DOCBAO_SCRIPT_H

#include <stddef.h>

#include "docbao/article.h"
#include "docbao/normalize.h"
#include "docbao/status.h"
#include "docbao/voice.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Sections of an article, as bits so that a reading can choose several. */
typedef enum {
    DOCBAO_SECTION_TITLE = 1 << 0,
    DOCBAO_SECTION_LEAD = 1 << 1,
    DOCBAO_SECTION_BODY = 1 << 2,
    DOCBAO_SECTION_CAPTIONS = 1 << 3,
    DOCBAO_SECTION_ALL = (1 << 4) - 1,
} docbao_section;

/* Returns "title", "lead", "body" or "captions". Static. */
const char *docbao_section_name(docbao_section section);

/*
 * Parses a comma-separated list such as "title,lead,body" into section bits. Returns 0 and
 * fills err (naming the unknown word) when the list is empty or holds an unknown name.
 */
unsigned docbao_sections_parse(const char *list, docbao_error *err);

/* Where an utterance comes from in the article. */
typedef enum {
    DOCBAO_FIELD_TITLE = 0,
    DOCBAO_FIELD_LEAD,
    DOCBAO_FIELD_BLOCK,
} docbao_field;

/*
 * One stretch of speech: normally a sentence. Offsets are bytes into the source text of its
 * field (the title, the lead, or block `block`'s text). A caption's first utterance starts with
 * the profile's caption label, whose span has no source (source_len 0).
 */
typedef struct docbao_utterance {
    /*
     * The part of the reading order it belongs to: title, lead or body. A caption belongs to
     * the body it stands in (DOCBAO_SECTION_CAPTIONS only when the body is not read).
     */
    docbao_section section;
    docbao_field field;
    size_t block;        /* block index for DOCBAO_FIELD_BLOCK */
    size_t paragraph;    /* index of its paragraph (title, lead and each block count as one) */
    size_t sentence;     /* index of the sentence within its paragraph */
    size_t source_start; /* byte range of the sentence in its field's text */
    size_t source_end;
    unsigned pause_ms;           /* silence after the utterance */
    const docbao_spoken *spoken; /* what is said, with spans relative to the field's text */
} docbao_utterance;

typedef struct docbao_script docbao_script;

/*
 * Cuts the chosen sections of an article into utterances in reading order (title, lead, body
 * with each caption where its image stands, announced by the profile's caption label) and
 * normalizes each. The normalizer is reset first. sections is a mask of docbao_section bits.
 * Returns NULL on failure with err filled; DOCBAO_ERR_NO_ARTICLE when nothing is left to say.
 * The script copies what it needs; free with docbao_script_free().
 */
docbao_script *docbao_script_new(const docbao_article *article, docbao_normalizer *normalizer,
                                 const docbao_voice_profile *profile, unsigned sections,
                                 docbao_error *err);
void docbao_script_free(docbao_script *script);
size_t docbao_script_size(const docbao_script *script);
const docbao_utterance *docbao_script_get(const docbao_script *script, size_t i);
/* Number of paragraphs (title, lead and blocks that have utterances). */
size_t docbao_script_n_paragraphs(const docbao_script *script);
/* Total characters of spoken text, for progress and time estimates. */
size_t docbao_script_spoken_chars(const docbao_script *script);

/*
 * Splits text into sentences. Stores up to max (start, end) byte pairs in bounds and returns
 * how many sentences there are (which may exceed max). A sentence ends at '.', '!', '?' or '…'
 * (with any closing quotes or brackets) followed by space and an upper-case letter, a digit, an
 * opening quote or a dash, or by the end of the text; not after abbreviations and initials
 * ("TP.", "PGS.", "N.") nor inside numbers and names such as "1.391" or "TP.HCM".
 */
size_t docbao_sentences_split(const char *text, size_t len, size_t (*bounds)[2], size_t max);

/*
 * Splits text into sentences as docbao_sentences_split() does, all of them: stores in *bounds a
 * new array of (start, end) byte pairs, one a sentence (free it with docbao_free()), and
 * returns how many there are.
 */
size_t docbao_sentences_split_all(const char *text, size_t len, size_t (**bounds)[2]);

#ifdef __cplusplus
}
#endif
#endif
