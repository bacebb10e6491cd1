/* docbao: status codes and error reports shared by every public function. */
#ifndef DOCBAO_STATUS_H
#define DOCBAO_STATUS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Marks a string for translation without translating it here (for xgettext). */
#define DOCBAO_N_(s) s

/*
 * One table of every status: name, value, English description. DOCBAO_OK is zero; errors are
 * negative and never reused. The descriptions are translated by docbao_strerror().
 */
#define DOCBAO_STATUS_MAP(X)                                                                       \
    X(OK, 0, DOCBAO_N_("success"))                                                                 \
    X(ERR_NOMEM, -1, DOCBAO_N_("out of memory"))                                                   \
    X(ERR_INVALID_ARG, -2, DOCBAO_N_("invalid argument"))                                          \
    X(ERR_NOT_FOUND, -3, DOCBAO_N_("file not found"))                                              \
    X(ERR_IO, -4, DOCBAO_N_("input/output error"))                                                 \
    X(ERR_EMPTY, -5, DOCBAO_N_("the input is empty"))                                              \
    X(ERR_BINARY, -6, DOCBAO_N_("the input is not text"))                                          \
    X(ERR_ENCODING, -7, DOCBAO_N_("the input is not valid text in a known encoding"))              \
    X(ERR_TOO_LARGE, -8, DOCBAO_N_("the input is too large"))                                      \
    X(ERR_PARSE, -9, DOCBAO_N_("the page could not be parsed"))                                    \
    X(ERR_NO_ARTICLE, -10, DOCBAO_N_("the page holds no article"))                                 \
    X(ERR_VOICE, -11, DOCBAO_N_("voice profile error"))                                            \
    X(ERR_SYNTH, -12, DOCBAO_N_("speech synthesis failed"))                                        \
    X(ERR_NO_DEVICE, -13, DOCBAO_N_("no sound output device"))                                     \
    X(ERR_AUDIO, -14, DOCBAO_N_("audio output failed"))                                            \
    X(ERR_FORMAT, -15, DOCBAO_N_("unsupported output format"))                                     \
    X(ERR_CANCELLED, -16, DOCBAO_N_("cancelled"))                                                  \
    X(ERR_NETWORK, -17, DOCBAO_N_("network error"))                                                \
    X(ERR_NOT_ARTICLE_PAGE, -18, DOCBAO_N_("the page is a list of articles, not one article"))     \
    X(ERR_STATE, -19, DOCBAO_N_("operation not possible in the current state"))

typedef enum {
#define DOCBAO_STATUS_ENUM_(name, value, text) DOCBAO_##name = value,
    DOCBAO_STATUS_MAP(DOCBAO_STATUS_ENUM_)
#undef DOCBAO_STATUS_ENUM_
} docbao_status;

/*
 * Returns a short, translated description of a status. The string is static and must not be
 * freed. Unknown values give a generic description. Any thread may call it.
 */
const char *docbao_strerror(docbao_status status);

/* Returns the status's symbolic name, such as "ERR_NO_ARTICLE". Static; never NULL. */
const char *docbao_status_name(docbao_status status);

/*
 * A failure report that a front end can show as is. Functions that take a docbao_error * fill
 * it on failure (and only then) with the status and a translated, one-line message that names
 * the detail: the file, the line, what was expected. Passing NULL is always allowed.
 */
typedef struct docbao_error {
    docbao_status status;
    char message[512];
} docbao_error;

/* Clears an error report to DOCBAO_OK and an empty message. */
void docbao_error_clear(docbao_error *err);

/* Frees memory that a docbao function returned with "free with docbao_free()". NULL is fine. */
void docbao_free(void *p);

#ifdef __cplusplus
}
#endif
#endif
