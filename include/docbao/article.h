/*
 * docbao: the extraction stage. Takes the bytes of a page (HTML in any of the encodings
 * Vietnamese sites use) or of plain text, with the address they came from; gives the article
 * model: title, lead (sapo), author, date and the body's blocks in reading order (paragraphs,
 * headings, quotes, list items, image captions), without menus, share bars or related news.
 * Loading the bytes belongs to the input stage (input.h).
 */
#ifndef DOCBAO_ARTICLE_H
#define DOCBAO_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

#include "docbao/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The kind of a body block, in reading order. */
typedef enum {
    DOCBAO_BLOCK_PARAGRAPH = 0,
    DOCBAO_BLOCK_HEADING,
    DOCBAO_BLOCK_QUOTE,
    DOCBAO_BLOCK_LIST_ITEM,
    DOCBAO_BLOCK_CAPTION,
} docbao_block_type;

/* Returns the JSON name of a block type ("paragraph", "heading", ...). Static; never NULL. */
const char *docbao_block_type_name(docbao_block_type type);

/*
 * An article: title, published date, author, lead and the ordered body blocks. All text is
 * UTF-8, NFC-normalized, with runs of white space collapsed to one space and no leading or
 * trailing space. Strings returned by the accessors belong to the article and live as long as
 * it does.
 */
typedef struct docbao_article docbao_article;

/* Returns a new, empty article, or NULL when out of memory. Free with docbao_article_free(). */
docbao_article *docbao_article_new(void);

/* Frees an article and every string it owns. NULL does nothing. */
void docbao_article_free(docbao_article *article);

/* The title; never NULL once extraction succeeded (may be "" on a hand-built article). */
const char *docbao_article_title(const docbao_article *article);
/* The publication date as "YYYY-MM-DD", or NULL when unknown. */
const char *docbao_article_published(const docbao_article *article);
/* The author's name(s), or NULL when the page shows none. */
const char *docbao_article_author(const docbao_article *article);
/* The lead (sapo), or NULL when the page has none. */
const char *docbao_article_lead(const docbao_article *article);
/* The page's canonical URL when known, or NULL. */
const char *docbao_article_url(const docbao_article *article);

/*
 * The language of the article, a BCP 47 primary tag ("vi", "en"): as the page declares it
 * (<html lang>, Content-Language, og:locale) or as set, else told from its text (Vietnamese by
 * its syllables, English by its common words), else "und". Static string; never NULL.
 */
const char *docbao_article_language(const docbao_article *article);

/*
 * The language of block i when its text (six words or more) reads as another language than
 * the article's, else NULL (the block is in the article's language).
 */
const char *docbao_article_block_language(const docbao_article *article, size_t i);

/*
 * Sets the article's language from a tag as pages declare it ("vi", "en-US", "vi_VN"); NULL
 * tells it from the text again. Returns DOCBAO_ERR_INVALID_ARG (unchanged) for a string that
 * is not a language tag.
 */
docbao_status docbao_article_set_language(docbao_article *article, const char *tag);

/* A deep copy of an article (its declared language included). Free with docbao_article_free(). */
docbao_article *docbao_article_copy(const docbao_article *article);

size_t docbao_article_n_blocks(const docbao_article *article);
/* The type and text of block i; i must be below docbao_article_n_blocks(). */
docbao_block_type docbao_article_block_type(const docbao_article *article, size_t i);
const char *docbao_article_block_text(const docbao_article *article, size_t i);
/*
 * For a caption block: the image's source as written in the page (relative or absolute), or
 * NULL. For other blocks: NULL.
 */
const char *docbao_article_block_image(const docbao_article *article, size_t i);

/*
 * Setters copy the text after cleaning it (NFC, collapsed white space). Setting NULL or a text
 * that cleans to "" clears an optional field. They return DOCBAO_ERR_INVALID_ARG for text that
 * is not valid UTF-8 and leave the field unchanged on failure.
 */
docbao_status docbao_article_set_title(docbao_article *article, const char *text);
docbao_status docbao_article_set_published(docbao_article *article, const char *yyyy_mm_dd);
docbao_status docbao_article_set_author(docbao_article *article, const char *text);
docbao_status docbao_article_set_lead(docbao_article *article, const char *text);
docbao_status docbao_article_set_url(docbao_article *article, const char *url);
/* Appends a block; text that cleans to "" is ignored (DOCBAO_OK). */
docbao_status docbao_article_add_block(docbao_article *article, docbao_block_type type,
                                       const char *text, const char *image);

/*
 * Returns the article as one JSON object with exactly the keys title, published, author, lead,
 * language and blocks (each {"type", "text"}, and "language" for a block in another language
 * than the article's), followed by a newline. Free with docbao_free(). NULL only when out of
 * memory.
 */
char *docbao_article_to_json(const docbao_article *article);

/*
 * Returns the article as plain text for reading on screen: title, date and author line, lead,
 * then one block per paragraph separated by blank lines. Free with docbao_free().
 */
char *docbao_article_to_text(const docbao_article *article);

/* Options for extraction; zero-initialize and set what you know. */
typedef struct docbao_extract_options {
    /* The address the page came from, or NULL. Used for relative links and site hints. */
    const char *url;
    /* The charset announced by the transport (HTTP Content-Type), or NULL. */
    const char *charset;
} docbao_extract_options;

/*
 * Extracts the article from an HTML page of len bytes. opts may be NULL. On success stores a
 * new article in *out (free with docbao_article_free()) and returns DOCBAO_OK. When the page
 * holds no article returns DOCBAO_ERR_NO_ARTICLE (or DOCBAO_ERR_NOT_ARTICLE_PAGE for a page
 * that lists many articles); other failures return their status. On failure *out is untouched
 * and err (may be NULL) says why. Thread-safe: each call uses its own parser.
 *
 * The bytes need not be UTF-8: a byte-order mark, then valid UTF-8, then opts->charset, then
 * the page's <meta> charset decide; an undeclared page is read as whichever of windows-1258,
 * windows-1252, TCVN3 and VNI-Windows reads as Vietnamese. Text typed in TCVN3 or VNI fonts is
 * converted to Unicode. docs/extraction.md describes the whole method.
 */
docbao_status docbao_extract_html(const char *html, size_t len, const docbao_extract_options *opts,
                                  docbao_article **out, docbao_error *err);

/*
 * Loads the page parser now (libxml2; otherwise loaded by the first page read). Loading a
 * library holds a process-wide lock, so a front end that starts the speech engine on another
 * thread while a page is read calls this before starting it: reading the page then does not
 * wait for the engine's libraries to load. Returns DOCBAO_OK, or DOCBAO_ERR_PARSE (err says
 * why; may be NULL) when the library cannot be loaded.
 */
docbao_status docbao_extract_prepare(docbao_error *err);

/*
 * What a page that lists articles (a home page, a category page) links to: the RSS or Atom
 * feed it advertises (<link rel="alternate">), and its headline links in page order (links of
 * four words or more, outside menus, footers, share bars and advertising), made absolute
 * against opts->url, each once. For building an edition from a list page.
 */
typedef struct docbao_page_links docbao_page_links;

/*
 * Reads the links of a page (any encoding, as docbao_extract_html()). Returns DOCBAO_OK and
 * *out (free with docbao_page_links_free()), or a status with err filled: DOCBAO_ERR_BINARY,
 * DOCBAO_ERR_TOO_LARGE, DOCBAO_ERR_PARSE. On failure *out is untouched.
 */
docbao_status docbao_extract_links(const char *html, size_t len,
                                   const docbao_extract_options *opts, docbao_page_links **out,
                                   docbao_error *err);
void docbao_page_links_free(docbao_page_links *links);
/* The advertised feed's address, or NULL. */
const char *docbao_page_links_feed(const docbao_page_links *links);
/* The page's own title (its <title>), or NULL. */
const char *docbao_page_links_page_title(const docbao_page_links *links);
size_t docbao_page_links_size(const docbao_page_links *links);
/* The i-th link's absolute address and its text (the headline), or NULL past the end. */
const char *docbao_page_links_url(const docbao_page_links *links, size_t i);
const char *docbao_page_links_title(const docbao_page_links *links, size_t i);

/*
 * Builds an article from plain text: the first non-empty line is the title, and each further
 * line (or run of lines without a blank line between them) is a paragraph. Fails with
 * DOCBAO_ERR_ENCODING for invalid UTF-8 or DOCBAO_ERR_EMPTY when there is no text.
 */
docbao_status docbao_article_from_text(const char *text, size_t len, docbao_article **out,
                                       docbao_error *err);

#ifdef __cplusplus
}
#endif
#endif
