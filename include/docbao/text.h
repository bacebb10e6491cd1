/*
 * docbao: text utilities shared by every stage. Checks that bytes are text (not a binary file)
 * and valid UTF-8, with messages that name the input, and resolves links found in a page or a
 * feed against the address or file they came from.
 */
#ifndef DOCBAO_TEXT_H
#define DOCBAO_TEXT_H

#include <stddef.h>

#include "docbao/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Refuses binary data (an image, an archive, a program, NUL bytes...) with DOCBAO_ERR_BINARY
 * and a message naming name ("-" for standard input). Text in any charset passes.
 */
docbao_status docbao_text_check(const char *data, size_t len, const char *name, docbao_error *err);

/* Refuses text that is not valid UTF-8 with DOCBAO_ERR_ENCODING, naming name:line:column. */
docbao_status docbao_text_check_utf8(const char *data, size_t len, const char *name,
                                     docbao_error *err);

/*
 * Resolves the link ref found in a document that came from base (an http(s) address, a file's
 * path, or "-"). An absolute link is returned as it is; a relative one against a file names a
 * file beside it. Returns a new string (docbao_free/g_free), or NULL when ref is NULL or
 * cannot name anything from a file (a scheme-relative "//host/x").
 */
char *docbao_link_resolve(const char *base, const char *ref);

/* s as a JSON string literal, quotes included. g_free() it. */
char *docbao_json_quote(const char *s);

#ifdef __cplusplus
}
#endif
#endif
