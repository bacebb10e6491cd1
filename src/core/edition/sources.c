/* The user's saved sources ("my newspapers"): sources.conf, read and written line by line. */
#include <errno.h>
#include <string.h>

#include "base/internal.h"
#include "docbao/edition.h"
#include "docbao/fetch.h"

/* The longest line a sources file may hold. */
#define LINE_MAX_BYTES 4096

typedef struct {
    char *text;     /* the line as read (comments, blank lines), or NULL for a source */
    char *location; /* a source's address or path */
    char *name;     /* its name, or NULL */
} line;

struct docbao_sources {
    GArray *lines; /* of line */
};

static void line_clear(gpointer p)
{
    line *l = p;
    g_free(l->text);
    g_free(l->location);
    g_free(l->name);
}

static docbao_sources *sources_new(void)
{
    docbao_sources *s = g_new0(docbao_sources, 1);
    s->lines = g_array_new(FALSE, TRUE, sizeof(line));
    g_array_set_clear_func(s->lines, line_clear);
    return s;
}

void docbao_sources_free(docbao_sources *s)
{
    if (s == NULL) {
        return;
    }
    g_array_unref(s->lines);
    g_free(s);
}

char *docbao_sources_default_path(void)
{
    return g_build_filename(g_get_user_config_dir(), "docbao", "sources.conf", NULL);
}

/* The source at index i (sources only, in order), or NULL. */
static line *nth_source(const docbao_sources *s, size_t i)
{
    for (guint k = 0; k < s->lines->len; k++) {
        line *l = &g_array_index(s->lines, line, k);
        if (l->location != NULL && i-- == 0) {
            return l;
        }
    }
    return NULL;
}

size_t docbao_sources_size(const docbao_sources *s)
{
    size_t n = 0;
    for (guint k = 0; k < s->lines->len; k++) {
        n += g_array_index(s->lines, line, k).location != NULL;
    }
    return n;
}

const char *docbao_sources_location(const docbao_sources *s, size_t i)
{
    const line *l = nth_source(s, i);
    return l != NULL ? l->location : NULL;
}

const char *docbao_sources_name(const docbao_sources *s, size_t i)
{
    const line *l = nth_source(s, i);
    return l != NULL ? l->name : NULL;
}

/*
 * Why location cannot be a source, or NULL when it can: an address docbao can fetch (http,
 * https) or a path; not another scheme, nothing with control characters.
 */
static const char *refusal(const char *location)
{
    const char *scheme = g_uri_peek_scheme(location);
    for (const char *p = location; *p != '\0'; p++) {
        if ((unsigned char)*p < 0x20 || *p == 0x7f) {
            return _("it holds a control character");
        }
    }
    if (scheme != NULL && !docbao_fetch_is_url(location)) {
        return _("only http and https addresses and paths can be sources");
    }
    return NULL;
}

docbao_status docbao_sources_parse(const char *text, size_t len, const char *name,
                                   docbao_sources **out, docbao_error *err)
{
    docbao_sources *s;
    const char *p = text;
    const char *end = text + len;
    unsigned number = 0;

    if (!g_utf8_validate_len(text, len, NULL)) {
        return dbi_fail(err, DOCBAO_ERR_ENCODING, _("%s: the file is not valid UTF-8"), name);
    }
    s = sources_new();
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
        char *raw = g_strndup(p, n);
        char *stripped = g_strstrip(g_strdup(raw));
        line l = {0};
        number++;
        p = nl != NULL ? nl + 1 : end;
        if (n > LINE_MAX_BYTES) {
            g_free(raw);
            g_free(stripped);
            docbao_sources_free(s);
            return dbi_fail(err, DOCBAO_ERR_PARSE, _("%s:%u: the line is too long"), name,
                            number);
        }
        if (stripped[0] == '\0' || stripped[0] == '#') {
            l.text = g_strdup(g_strchomp(raw));
        } else {
            size_t cut = strcspn(stripped, " \t");
            const char *why;
            l.location = g_strndup(stripped, cut);
            if (stripped[cut] != '\0') {
                char *rest = g_strstrip(g_strdup(stripped + cut));
                l.name = rest[0] != '\0' ? rest : (g_free(rest), NULL);
            }
            why = refusal(l.location);
            if (why != NULL) {
                dbi_fail(err, DOCBAO_ERR_PARSE, _("%s:%u: \"%s\" is not a source: %s"), name,
                         number, l.location, why);
                line_clear(&l);
                g_free(raw);
                g_free(stripped);
                docbao_sources_free(s);
                return DOCBAO_ERR_PARSE;
            }
        }
        g_array_append_val(s->lines, l);
        g_free(raw);
        g_free(stripped);
    }
    *out = s;
    return DOCBAO_OK;
}

docbao_status docbao_sources_load(const char *path, docbao_sources **out, docbao_error *err)
{
    char *owned = path == NULL ? docbao_sources_default_path() : NULL;
    char *data = NULL;
    gsize len = 0;
    GError *gerr = NULL;
    docbao_status st;
    if (path == NULL) {
        path = owned;
    }
    if (!g_file_get_contents(path, &data, &len, &gerr)) {
        if (g_error_matches(gerr, G_FILE_ERROR, G_FILE_ERROR_NOENT)) {
            *out = sources_new();
            st = DOCBAO_OK;
        } else {
            st = dbi_fail(err, DOCBAO_ERR_IO, _("%s: %s"), path, gerr->message);
        }
        g_error_free(gerr);
        g_free(owned);
        return st;
    }
    st = docbao_sources_parse(data, len, path, out, err);
    g_free(data);
    g_free(owned);
    return st;
}

docbao_status docbao_sources_add(docbao_sources *s, const char *location, const char *name,
                                 docbao_error *err)
{
    line l = {0};
    const char *why = location != NULL && location[0] != '\0' ? refusal(location)
                                                              : _("it is empty");
    if (why == NULL && strpbrk(location, " \t") != NULL) {
        why = _("it holds white space");
    }
    if (why != NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("\"%s\" is not a source: %s"),
                        location != NULL ? location : "", why);
    }
    for (size_t i = 0; i < docbao_sources_size(s); i++) {
        if (strcmp(docbao_sources_location(s, i), location) == 0) {
            return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("%s is already a source"), location);
        }
    }
    l.location = g_strdup(location);
    l.name = name != NULL ? g_strstrip(g_strdup(name)) : NULL;
    if (l.name != NULL && (l.name[0] == '\0' || strpbrk(l.name, "\r\n") != NULL)) {
        g_clear_pointer(&l.name, g_free);
    }
    g_array_append_val(s->lines, l);
    return DOCBAO_OK;
}

docbao_status docbao_sources_remove(docbao_sources *s, const char *what, docbao_error *err)
{
    char *end = NULL;
    guint64 number = g_ascii_strtoull(what, &end, 10);
    gboolean by_number = end != what && *end == '\0';
    size_t index = 0;
    for (guint k = 0; k < s->lines->len; k++) {
        line *l = &g_array_index(s->lines, line, k);
        if (l->location == NULL) {
            continue;
        }
        index++;
        if (by_number ? index == number : strcmp(l->location, what) == 0) {
            g_array_remove_index(s->lines, k);
            return DOCBAO_OK;
        }
    }
    return dbi_fail(err, DOCBAO_ERR_NOT_FOUND, _("there is no source %s"), what);
}

docbao_status docbao_sources_save(const docbao_sources *s, const char *path, docbao_error *err)
{
    char *owned = path == NULL ? docbao_sources_default_path() : NULL;
    GString *text = g_string_new(NULL);
    GError *gerr = NULL;
    char *dir;
    docbao_status st = DOCBAO_OK;
    if (path == NULL) {
        path = owned;
    }
    for (guint k = 0; k < s->lines->len; k++) {
        const line *l = &g_array_index(s->lines, line, k);
        if (l->location == NULL) {
            g_string_append(text, l->text);
        } else if (l->name != NULL) {
            g_string_append_printf(text, "%s %s", l->location, l->name);
        } else {
            g_string_append(text, l->location);
        }
        g_string_append_c(text, '\n');
    }
    dir = g_path_get_dirname(path);
    if (g_mkdir_with_parents(dir, 0700) != 0) {
        st = dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot create the folder: %s"), dir,
                      g_strerror(errno));
    } else if (!g_file_set_contents_full(path, text->str, (gssize)text->len,
                                         G_FILE_SET_CONTENTS_CONSISTENT, 0644, &gerr)) {
        st = dbi_fail(err, DOCBAO_ERR_IO, "%s", gerr->message);
        g_error_free(gerr);
    }
    g_free(dir);
    g_string_free(text, TRUE);
    g_free(owned);
    return st;
}
