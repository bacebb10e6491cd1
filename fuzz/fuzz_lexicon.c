/*
 * libFuzzer target for a user's lexicon file (~/.config/docbao/lexicon/NAME.tsv): any bytes as
 * one file of a user folder, under one of the built-in lexicons' names (chosen by the first
 * byte) or another name (read as abbreviations). Besides crashes and sanitizer reports, it
 * aborts when the contract breaks: a normalizer that cannot be made must say why (a status and a
 * one-line UTF-8 message); one that is made must normalize a text that exercises every kind of
 * entry (abbreviations, names and their respelling, units, symbols, contexts, web names and
 * names without marks) into UTF-8, and the file's own text too.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "docbao/docbao.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[] = {
    "abbreviations.tsv", "contexts.tsv", "english.tsv",     "letters.tsv",
    "names.tsv",         "places.tsv",   "respell.tsv",     "symbols.tsv",
    "toneless.tsv",      "tonephrases.tsv", "units.tsv",    "webwords.tsv",
    "tonenames.tsv",     "mine.tsv",
};

/* A text that reaches every lexicon: abbreviations, a foreign name after a country word, units,
 * symbols, a code's issuer, a web address and a hashtag in Vietnamese without marks. */
static const char sample[] =
    "UBND TP.HCM họp lúc 14h30 ngày 5/6/2025; Tổng thống Nga Vladimir Putin và ông Sanchez "
    "(Tây Ban Nha) gặp nhau. Giá 1.200 USD/tấn, tăng 3,5% (+2 điểm), cao 30 m² và 5 km. "
    "Nghị định 15/2020/NĐ-CP. Xem tại https://khongkhoithuocla.vn hoặc #botuphap, email "
    "bandoc@nld.com.vn. NASA, FIFA và AI. Exports rose 14% to $405 billion. Dat Xanh "
    "Services và Hoa Phat Dung Quat.";

static void normalize_valid(docbao_normalizer *n, const char *text, size_t len)
{
    docbao_spoken *s = NULL;
    if (docbao_normalize(n, text, len, &s, NULL) == DOCBAO_OK) {
        if (!g_utf8_validate(docbao_spoken_text(s), (gssize)docbao_spoken_len(s), NULL)) {
            abort();
        }
        docbao_spoken_free(s);
    } else if (s != NULL) {
        abort(); /* a failed call leaves its output untouched */
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char *dir;
    docbao_normalize_options opts = {0};
    docbao_error err;
    docbao_normalizer *n;
    char *path;
    if (size == 0) {
        return 0;
    }
    if (dir == NULL) {
        dir = g_dir_make_tmp("docbao-fuzz-lexicon-XXXXXX", NULL);
        if (dir == NULL) {
            abort();
        }
    }
    path = g_build_filename(dir, names[data[0] % G_N_ELEMENTS(names)], NULL);
    if (!g_file_set_contents(path, (const char *)data + 1, (gssize)(size - 1), NULL)) {
        abort();
    }
    opts.dialect = (data[0] & 0x80) ? DOCBAO_DIALECT_SOUTH : DOCBAO_DIALECT_NORTH;
    opts.user_lexicon_dir = dir;
    docbao_error_clear(&err);
    n = docbao_normalizer_new(&opts, &err);
    if (n == NULL) {
        if (err.status == DOCBAO_OK || err.message[0] == '\0' ||
            !g_utf8_validate(err.message, -1, NULL) || strchr(err.message, '\n') != NULL) {
            abort();
        }
    } else {
        normalize_valid(n, sample, strlen(sample));
        normalize_valid(n, (const char *)data + 1, size - 1);
        docbao_normalizer_free(n);
    }
    g_unlink(path);
    g_free(path);
    return 0;
}
