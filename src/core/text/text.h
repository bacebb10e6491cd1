/*
 * The text stage's internal helpers, below every other stage but base: cleaning text for the
 * article model and writing JSON strings. The public part (text checks, link resolution) is
 * include/docbao/text.h; the Vietnamese syllable checker is vi_syllable.h.
 */
#ifndef DOCBAO_TEXT_INTERNAL_H
#define DOCBAO_TEXT_INTERNAL_H

#include <glib.h>

/*
 * Cleans text for the article model: validates UTF-8, removes zero-width and control
 * characters and U+FFFD (a replacement character is never shown or spoken), turns every run of white space (NBSP included) into one space, trims, and
 * normalizes to NFC. Returns a new string (g_free) or NULL when the input is not valid UTF-8.
 */
char *dbi_text_clean(const char *text, gssize len);

/* Appends s to a GString as a JSON string literal with quotes. */
void dbi_json_append_string(GString *out, const char *s);

#endif
