/*
 * docbao: talking books. Takes an edition (one article or many), a normalizer, a synthesizer
 * and a voice profile; gives a book that DAISY players and EPUB reading systems open, with
 * navigation by section, article, heading and sentence, and the text highlighted in sync
 * with the voice:
 *   - EPUB 3 with Media Overlays: one XHTML document per article (every sentence in an element
 *     with an id), one SMIL overlay per document with a par per sentence, MP3 audio, a
 *     navigation document with sections, articles and headings;
 *   - DAISY 2.02: a folder with ncc.html (a heading level per section, the next per article,
 *     the next for headings inside articles), content XHTML, one SMIL file per article, MP3.
 * Each sentence's clip runs from its first audible sample to its last.
 */
#ifndef DOCBAO_BOOK_H
#define DOCBAO_BOOK_H

#include <stdbool.h>
#include <stddef.h>

#include "docbao/edition.h"
#include "docbao/normalize.h"
#include "docbao/render.h"
#include "docbao/status.h"
#include "docbao/synth.h"
#include "docbao/voice.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    DOCBAO_BOOK_EPUB3 = 0, /* one .epub file */
    DOCBAO_BOOK_DAISY202,  /* a folder */
} docbao_book_format;

/* The format a name asks for: "epub3" or "epub", "daisy202" or "daisy"; -1 when none. */
int docbao_book_format_from_name(const char *name);

typedef struct docbao_book_options {
    docbao_book_format format;
    /* The voice profile and the sections read (0 = all). */
    const docbao_voice_profile *profile;
    unsigned sections;
    /* The book's title; NULL: the only article's title, or "Báo ngày DD/MM/YYYY". */
    const char *title;
    /* Progress (done out of total, moving sentence by sentence) and cancellation, as for
     * rendering; may be zeroed. */
    void (*progress)(size_t done, size_t total, void *user);
    void *user;
    volatile int *cancel;
    /* Called for an entry that cannot be read and is left out of the book, with what the
     * edition says of it (docbao_edition_failure()); may be NULL. */
    void (*left_out)(size_t entry, const char *why, void *user);
} docbao_book_options;

/*
 * Writes the edition as a book at path: an .epub file, or a DAISY folder. Everything is made
 * under a temporary name beside path and renamed into place when complete, so a failure or a
 * cancellation (DOCBAO_ERR_CANCELLED) leaves nothing behind; an existing book at path is
 * replaced only then. A DAISY book replaces a folder only when it holds a DAISY book
 * (ncc.html); any other existing folder is refused (DOCBAO_ERR_IO). Entries that cannot be
 * read are left out (opts->left_out hears of each). DOCBAO_ERR_NO_ARTICLE when no entry can
 * be read at all.
 */
docbao_status docbao_book_write(docbao_edition *edition, docbao_normalizer *normalizer,
                                docbao_synth *synth, const char *path,
                                const docbao_book_options *opts, docbao_error *err);

#ifdef __cplusplus
}
#endif
#endif
