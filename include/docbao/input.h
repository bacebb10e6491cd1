/* docbao: reading input files and standard input safely. */
#ifndef DOCBAO_INPUT_H
#define DOCBAO_INPUT_H

#include <stddef.h>

#include "docbao/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The largest page docbao reads by default: 32 MiB. */
#define DOCBAO_INPUT_MAX_DEFAULT ((size_t)32 * 1024 * 1024)

/*
 * Reads a whole file, or standard input when path is "-", refusing more than max_bytes
 * (0 means DOCBAO_INPUT_MAX_DEFAULT). Fails with DOCBAO_ERR_NOT_FOUND, DOCBAO_ERR_IO,
 * DOCBAO_ERR_EMPTY (nothing but white space) or DOCBAO_ERR_TOO_LARGE, with the path in the
 * message. On success stores a NUL-terminated buffer in *data (free with docbao_free()) and its
 * length without the NUL in *len. On failure the outputs are untouched.
 */
docbao_status docbao_input_read(const char *path, size_t max_bytes, char **data, size_t *len,
                                docbao_error *err);

/*
 * Checks that a buffer is text: not binary (NUL bytes or mostly control bytes), returning
 * DOCBAO_ERR_BINARY with what was found in the message. name is used in the message.
 */
docbao_status docbao_input_check_text(const char *data, size_t len, const char *name,
                                      docbao_error *err);

/*
 * Checks that a buffer is valid UTF-8; on failure returns DOCBAO_ERR_ENCODING and names the
 * line and column of the first bad byte.
 */
docbao_status docbao_input_check_utf8(const char *data, size_t len, const char *name,
                                      docbao_error *err);

#ifdef __cplusplus
}
#endif
#endif
