/*
 * Talking books, inside the export stage: the book as book.c gathers it while the audio is
 * made, and the two writers that turn it into files (book_epub.c, book_daisy.c). Internal.
 */
#ifndef DOCBAO_EXPORT_BOOK_H
#define DOCBAO_EXPORT_BOOK_H

#include <glib.h>

#include "docbao/book.h"

/* Where one utterance is heard in its article's audio, in seconds. */
typedef struct {
    double begin;
    double end;
} book_clip;

/* A heading inside an article (a block of type heading), for the navigation. */
typedef struct {
    size_t utterance; /* its first utterance */
    char *text;
} book_heading;

typedef struct {
    char *id;        /* "a001": the base name of its files */
    char *title;
    char *origin;    /* its address or path */
    char *language;  /* BCP 47 */
    size_t section;  /* index in book.sections */
    double seconds;  /* length of its audio */
    GArray *clips;   /* of book_clip, one per utterance of its script */
    GArray *headings; /* of book_heading */
} book_article;

typedef struct {
    char *id; /* "s001" */
    char *title;
    double seconds; /* DAISY: its spoken name's audio */
    book_clip clip; /* DAISY: where the name is heard in that audio */
} book_section;

typedef struct {
    docbao_book_format format;
    char *dir;        /* the folder the files are written in */
    char *audio_dir;  /* where the MP3 files go: dir, or its EPUB/audio */
    char *title;
    char *identifier; /* urn:uuid:... */
    char *date;       /* YYYY-MM-DD */
    char *modified;   /* YYYY-MM-DDThh:mm:ssZ */
    double title_seconds; /* DAISY: the spoken title's audio */
    book_clip title_clip; /* DAISY: where the title is heard in it */
    GPtrArray *articles;  /* of book_article* */
    GPtrArray *sections;  /* of book_section* */
} book;

/* "0:01:23.456" (EPUB clock values) and "01:23:45" (DAISY's ncc:totalTime). g_free() them. */
char *book_clock(double seconds);
char *book_hms(double seconds);

/*
 * The body of an article's content document: the title as a heading, the lead, the blocks
 * (headings, quotes, list items, captions as figcaption in XHTML 5 or as a paragraph of class
 * "caption" in XHTML 1.0), every sentence read in a span with id "s<utterance>". Only what the
 * script reads is written.
 */
void book_article_body(GString *out, const docbao_article *article, const docbao_script *script,
                       gboolean xhtml5);

/* Writes text to dir/name, whole. FALSE with err filled on failure. */
gboolean book_write_file(const char *dir, const char *name, const GString *text,
                         docbao_error *err);

/*
 * The EPUB writer: the folders of the package in dir (returns the audio folder, g_free, or NULL
 * with errno set), an article's documents as soon as its audio is made, then the package.
 */
char *book_epub_prepare(const char *dir);
gboolean book_epub_article(book *b, const book_article *a, const docbao_article *article,
                           const docbao_script *script, docbao_error *err);
/* Zips the book's folder into the file at zip_path (a temporary name; the caller renames). */
gboolean book_epub_finish(book *b, const char *zip_path, docbao_error *err);

/* The DAISY 2.02 writer: an article's content and SMIL, then ncc.html and the small SMIL
 * files of the title and the sections. */
gboolean book_daisy_article(book *b, const book_article *a, const docbao_article *article,
                            const docbao_script *script, docbao_error *err);
gboolean book_daisy_finish(book *b, docbao_error *err);

#endif
