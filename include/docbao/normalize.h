/*
 * docbao: the normalizer stage. Takes written Vietnamese text (a title, a paragraph); gives what
 * a newsreader says, as text for the speech engine, with spans from every spoken word back to
 * the source bytes (for highlighting). Numbers, dates, times, money and units, abbreviations
 * and symbols are read from rules and from the lexicons of voices/lexicon (plain files users
 * can extend).
 */
#ifndef DOCBAO_NORMALIZE_H
#define DOCBAO_NORMALIZE_H

#include <stddef.h>

#include "docbao/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    DOCBAO_DIALECT_NORTH = 0, /* nghìn, linh */
    DOCBAO_DIALECT_SOUTH,     /* ngàn, lẻ */
} docbao_dialect;

/* Parses "north"/"south" (also "bac"/"nam", any case). Returns -1 for anything else. */
int docbao_dialect_from_name(const char *name);
const char *docbao_dialect_name(docbao_dialect dialect);

typedef struct docbao_normalize_options {
    docbao_dialect dialect;
    /*
     * A directory of extra lexicon files (*.tsv) that add to and override the built-in ones,
     * or NULL for the user's default ($XDG_CONFIG_HOME/docbao/lexicon). A missing directory is
     * not an error.
     */
    const char *user_lexicon_dir;
    /*
     * The language of the text by default, a BCP 47 tag: "vi" (or NULL) for Vietnamese, "en"
     * for English; other languages are read with the English rules for numbers and symbols.
     */
    const char *language;
} docbao_normalize_options;

/*
 * The interned primary subtag of a BCP 47 language tag, lowercased ("en-US" -> "en"); NULL or
 * "" give "vi". The string is static: compare such strings by pointer or with strcmp().
 */
const char *docbao_language_intern(const char *tag);

/*
 * A normalizer: the lexicons and rules for one dialect, plus what it learned from the text
 * read so far (abbreviations an article defines, such as "thủ tục hành chính (TTHC)").
 * Not thread-safe: use one per thread.
 */
typedef struct docbao_normalizer docbao_normalizer;

/*
 * Returns a new normalizer, or NULL on failure (a lexicon file that cannot be parsed, with its
 * name and line in err). opts may be NULL for the defaults. Free with docbao_normalizer_free().
 */
docbao_normalizer *docbao_normalizer_new(const docbao_normalize_options *opts, docbao_error *err);
void docbao_normalizer_free(docbao_normalizer *normalizer);

/* Forgets what was learned from earlier text; call between articles. */
void docbao_normalizer_reset(docbao_normalizer *normalizer);

/*
 * A map from a piece of spoken text back to the source text. Offsets are in bytes. A span with
 * source_len 0 marks words that have no source (a spoken label such as "Ảnh:").
 */
typedef struct docbao_span {
    size_t spoken_start;
    size_t spoken_len;
    size_t source_start;
    size_t source_len;
} docbao_span;

/* The spoken form of a text and its spans, which cover the spoken text in order. */
typedef struct docbao_spoken docbao_spoken;

const char *docbao_spoken_text(const docbao_spoken *spoken);
size_t docbao_spoken_len(const docbao_spoken *spoken);
size_t docbao_spoken_n_spans(const docbao_spoken *spoken);
const docbao_span *docbao_spoken_spans(const docbao_spoken *spoken);
void docbao_spoken_free(docbao_spoken *spoken);

/*
 * A stretch of spoken text in one language, to be said with that language's voice: a foreign
 * word inside Vietnamese ("blockchain") is a run of its own. Runs are in order and cover every
 * word of the spoken text (the single spaces between runs belong to none); language is an
 * interned tag (docbao_language_intern()).
 */
typedef struct docbao_spoken_run {
    size_t spoken_start;
    size_t spoken_len;
    const char *language;
} docbao_spoken_run;

/* Defined when the runs below exist (for programs built against several versions). */
#define DOCBAO_HAVE_SPOKEN_RUNS 1

size_t docbao_spoken_n_runs(const docbao_spoken *spoken);
const docbao_spoken_run *docbao_spoken_runs(const docbao_spoken *spoken);
/* The main language of a spoken text: the language it was normalized as. */
const char *docbao_spoken_language(const docbao_spoken *spoken);

/*
 * Normalizes len bytes of UTF-8 text (len may be (size_t)-1 for NUL-terminated) into its
 * spoken form: NFC, one space between words, numbers, dates, units and abbreviations written
 * out as words. Sentence punctuation is kept so that the voice pauses. Returns DOCBAO_OK and a
 * new docbao_spoken in *out (free with docbao_spoken_free()), or DOCBAO_ERR_ENCODING for
 * invalid UTF-8 with *out untouched.
 */
docbao_status docbao_normalize(docbao_normalizer *normalizer, const char *text, size_t len,
                               docbao_spoken **out, docbao_error *err);

/*
 * The same for text in a given language (a BCP 47 tag; NULL is the normalizer's own): "vi"
 * applies the Vietnamese rules, "en" the English ones (numbers, money, percent, dates, times,
 * units, abbreviations: "Exports rose 14% to $405 billion" -> "Exports rose fourteen percent to
 * four hundred five billion dollars"). Any other language is read with the English rules for
 * digits and symbols and its words left as written, in a run of that language.
 */
docbao_status docbao_normalize_as(docbao_normalizer *normalizer, const char *language,
                                  const char *text, size_t len, docbao_spoken **out,
                                  docbao_error *err);

#ifdef __cplusplus
}
#endif
#endif
