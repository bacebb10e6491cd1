/* Is this text? Binary formats by their magic bytes, control characters, UTF-8 validity. */
#include <string.h>

#include "base/internal.h"
#include "docbao/text.h"

static const char *display_name(const char *name)
{
    return strcmp(name, "-") == 0 ? _("standard input") : name;
}

/* Names well-known binary formats by their first bytes, or returns NULL. */
static const char *binary_kind(const unsigned char *d, size_t len)
{
    static const struct {
        const char *magic;
        size_t n;
        const char *name;
    } kinds[] = {
        {"\x89PNG", 4, N_("a PNG image")},
        {"\xFF\xD8\xFF", 3, N_("a JPEG image")},
        {"GIF8", 4, N_("a GIF image")},
        {"%PDF", 4, N_("a PDF document")},
        {"PK\x03\x04", 4, N_("a ZIP archive")},
        {"\x1F\x8B", 2, N_("a gzip-compressed file")},
        {"\x7F"
         "ELF",
         4, N_("a program")},
        {"RIFF", 4, N_("a RIFF (audio or video) file")},
        {"ID3", 3, N_("an MP3 file")},
        {"OggS", 4, N_("an Ogg file")},
    };
    for (size_t i = 0; i < G_N_ELEMENTS(kinds); i++) {
        if (len >= kinds[i].n && memcmp(d, kinds[i].magic, kinds[i].n) == 0) {
            return _(kinds[i].name);
        }
    }
    return NULL;
}

docbao_status docbao_text_check(const char *data, size_t len, const char *name, docbao_error *err)
{
    const unsigned char *d = (const unsigned char *)data;
    size_t probe = len < 65536 ? len : 65536;
    size_t nul = 0;
    size_t control = 0;
    const char *kind = binary_kind(d, len);

    if (kind != NULL) {
        return dbi_fail(err, DOCBAO_ERR_BINARY, _("%s: this is %s, not a web page or text"),
                        display_name(name), kind);
    }
    /* UTF-16 text has NUL bytes but announces itself with a byte-order mark. */
    if (len >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF))) {
        return DOCBAO_OK;
    }
    for (size_t i = 0; i < probe; i++) {
        if (d[i] == 0) {
            nul++;
        } else if (d[i] < 0x20 && d[i] != '\n' && d[i] != '\r' && d[i] != '\t' && d[i] != '\f') {
            control++;
        }
    }
    if (nul > 0 || control * 20 > probe) {
        return dbi_fail(err, DOCBAO_ERR_BINARY,
                        _("%s: this is a binary file, not a web page or text"), display_name(name));
    }
    return DOCBAO_OK;
}

docbao_status docbao_text_check_utf8(const char *data, size_t len, const char *name,
                                     docbao_error *err)
{
    const char *end;
    if (!g_utf8_validate_len(data, len, &end)) {
        size_t line = 1;
        size_t col = 1;
        for (const char *p = data; p < end; p++) {
            if (*p == '\n') {
                line++;
                col = 1;
            } else if (((unsigned char)*p & 0xC0) != 0x80) {
                col++;
            }
        }
        return dbi_fail(err, DOCBAO_ERR_ENCODING,
                        _("%s:%zu:%zu: the text is not valid UTF-8 (byte 0x%02X)"),
                        display_name(name), line, col, (unsigned char)*end);
    }
    return DOCBAO_OK;
}
