/* Reading files and standard input with size limits, and checking that input is text. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "docbao/input.h"
#include "base/internal.h"

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

