/* Status codes, their descriptions, and error reports. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/internal.h"

const char *docbao_strerror(docbao_status status)
{
    switch (status) {
#define DOCBAO_STRERROR_CASE_(name, value, text)                                                   \
    case DOCBAO_##name:                                                                            \
        return _(text);
        DOCBAO_STATUS_MAP(DOCBAO_STRERROR_CASE_)
#undef DOCBAO_STRERROR_CASE_
    }
    return _("unknown error");
}

const char *docbao_status_name(docbao_status status)
{
    switch (status) {
#define DOCBAO_NAME_CASE_(name, value, text)                                                       \
    case DOCBAO_##name:                                                                            \
        return #name;
        DOCBAO_STATUS_MAP(DOCBAO_NAME_CASE_)
#undef DOCBAO_NAME_CASE_
    }
    return "UNKNOWN";
}

void docbao_error_clear(docbao_error *err)
{
    if (err != NULL) {
        err->status = DOCBAO_OK;
        err->message[0] = '\0';
    }
}

void docbao_free(void *p)
{
    g_free(p);
}

docbao_status dbi_fail(docbao_error *err, docbao_status status, const char *fmt, ...)
{
    if (err != NULL) {
        va_list ap;
        char *msg;
        va_start(ap, fmt);
        msg = g_strdup_vprintf(fmt, ap);
        va_end(ap);
        err->status = status;
        dbi_strlcpy(err->message, msg, sizeof err->message);
        g_free(msg);
    }
    return status;
}

void dbi_strlcpy(char *dst, const char *src, size_t n)
{
    size_t len;
    if (n == 0) {
        return;
    }
    len = strlen(src);
    if (len >= n) {
        len = n - 1;
        /* Do not cut a multi-byte character in half. */
        while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80) {
            len--;
        }
    }
    memcpy(dst, src, len);
    dst[len] = '\0';
}
