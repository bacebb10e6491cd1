/* Internal helpers shared by the core's modules. Not part of the public API. */
#ifndef DOCBAO_INTERNAL_H
#define DOCBAO_INTERNAL_H

#include <glib.h>
#include <libintl.h>

#include "docbao/status.h"

#define DOCBAO_GETTEXT_DOMAIN "docbao"
#define _(s)                  dgettext(DOCBAO_GETTEXT_DOMAIN, s)
#define N_(s)                 (s)

/*
 * Fills err (when non-NULL) with status and a printf-style message, and returns status so that
 * callers can write `return dbi_fail(err, DOCBAO_ERR_IO, _("..."), ...);`.
 */
docbao_status dbi_fail(docbao_error *err, docbao_status status, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);

/* Copies src into a fixed buffer of size n, always NUL-terminating, cutting at a UTF-8 boundary. */
void dbi_strlcpy(char *dst, const char *src, size_t n);

/*
 * Cleans text for the article model: validates UTF-8, removes zero-width and control
 * characters, turns every run of white space (NBSP included) into one space, trims, and
 * normalizes to NFC. Returns a new string (g_free) or NULL when the input is not valid UTF-8.
 */
char *dbi_text_clean(const char *text, gssize len);

/* Appends s to a GString as a JSON string literal with quotes. */
void dbi_json_append_string(GString *out, const char *s);

/* Registers the compiled-in voices and lexicons (GResource) once; any thread may call it. */
void dbi_resources_ensure(void);

/*
 * Building spoken text (normalize.c). dbi_spoken_new() makes an empty one whose main language
 * is language (a BCP 47 tag; NULL is "vi"). dbi_spoken_append() adds a word or phrase in a
 * language, separated from the previous one by a space, mapped to source bytes [src_start,
 * src_start + src_len). dbi_spoken_append_spoken() appends all of other (its language runs
 * too) with its source offsets moved by delta.
 */
typedef struct docbao_spoken docbao_spoken;
docbao_spoken *dbi_spoken_new(const char *language);
void dbi_spoken_append(docbao_spoken *s, const char *text, size_t len, size_t src_start,
                       size_t src_len, const char *language);
void dbi_spoken_append_spoken(docbao_spoken *s, const docbao_spoken *other, size_t delta);

#endif
