/* Reading files and standard input with size limits, and checking that input is text. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docbao/input.h"
#include "internal.h"

static const char *display_name(const char *path)
{
    return strcmp(path, "-") == 0 ? _("standard input") : path;
}

static docbao_status too_large(const char *path, size_t max, docbao_error *err)
{
    return dbi_fail(err, DOCBAO_ERR_TOO_LARGE,
                    _("%s: the file is larger than %zu MB; docbao "
                      "reads pages up to that size"),
                    display_name(path), max / (1024 * 1024));
}

docbao_status docbao_input_read(const char *path, size_t max, char **data, size_t *len,
                                docbao_error *err)
{
    int fd;
    GString *buf;
    gboolean only_space = TRUE;

    if (path == NULL || data == NULL || len == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no input file was given"));
    }
    if (max == 0) {
        max = DOCBAO_INPUT_MAX_DEFAULT;
    }
    if (strcmp(path, "-") == 0) {
        fd = STDIN_FILENO;
    } else {
        struct stat st;
        fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            int e = errno;
            return dbi_fail(err, e == ENOENT ? DOCBAO_ERR_NOT_FOUND : DOCBAO_ERR_IO,
                            e == ENOENT ? _("%s: no such file") : _("%s: cannot open: %s"), path,
                            g_strerror(e));
        }
        if (fstat(fd, &st) == 0) {
            if (S_ISDIR(st.st_mode)) {
                close(fd);
                return dbi_fail(err, DOCBAO_ERR_IO, _("%s: is a folder, not a file"), path);
            }
            if (S_ISREG(st.st_mode) && (size_t)st.st_size > max) {
                close(fd);
                return too_large(path, max, err);
            }
        }
    }

    buf = g_string_sized_new(64 * 1024);
    for (;;) {
        char chunk[64 * 1024];
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0) {
            int e = errno;
            if (e == EINTR) {
                continue;
            }
            if (fd != STDIN_FILENO) {
                close(fd);
            }
            g_string_free(buf, TRUE);
            return dbi_fail(err, DOCBAO_ERR_IO, _("%s: read error: %s"), display_name(path),
                            g_strerror(e));
        }
        if (n == 0) {
            break;
        }
        if (buf->len + (size_t)n > max) {
            if (fd != STDIN_FILENO) {
                close(fd);
            }
            g_string_free(buf, TRUE);
            return too_large(path, max, err);
        }
        g_string_append_len(buf, chunk, n);
    }
    if (fd != STDIN_FILENO) {
        close(fd);
    }
    for (size_t i = 0; i < buf->len && only_space; i++) {
        only_space = g_ascii_isspace(buf->str[i]);
    }
    if (only_space) {
        g_string_free(buf, TRUE);
        return dbi_fail(err, DOCBAO_ERR_EMPTY, _("%s: the file is empty"), display_name(path));
    }
    *len = buf->len;
    *data = g_string_free(buf, FALSE);
    return DOCBAO_OK;
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

docbao_status docbao_input_check_text(const char *data, size_t len, const char *name,
                                      docbao_error *err)
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

docbao_status docbao_input_check_utf8(const char *data, size_t len, const char *name,
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
