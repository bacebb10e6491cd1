/*
 * The base of the core, below every stage: failing with a status and a translated message
 * (gettext domain "docbao") and copying strings. The rest of base/ holds the compiled-in data (resources.h), the loader of back
 * ends (dynlib.h, jsonglib.h) and the XML parser set-up (xml_parse.h). Not public API.
 */
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

#endif
