/*
 * What a listener hears, with and without docbao's normalizer: for every case of a set of
 * golden files (tests/golden/normalize by default, or public test suites converted to the same
 * format), espeak-ng's phonemes (the mnemonics `espeak-ng -x` prints) for
 *   (a) the raw input, as plain espeak-ng would read it,
 *   (b) docbao's normalized text, each stretch with the voice of its language,
 * are compared with the phonemes of the expected spoken text. A case counts as right when the
 * phonemes are identical. Pauses are not compared: punctuation that ends a clause (",", ".",
 * ";", ":", "!", "?" before a space or the end, quotes and brackets) is removed from all three
 * texts first, because espeak-ng marks the last syllable of a clause differently; a "." or ","
 * inside a number (1.000, 74,2) is kept. All cases use the voice "vi", southern ones (files
 * named south*) too: what is compared is which words are heard. In an expected text,
 * <en>...</en> marks words meant for the English voice (as some public suites write them); runs
 * that only spaces and punctuation separate are compared as one. English cases (files named
 * english*, or every case with --language en) are normalized with the English rules, and their
 * expected texts are for the English voice: one without <en> marks is read as if wholly marked.
 *
 * With --adjudicate, a third figure applies conventions that test suites disagree on and that a
 * listener hears as the same thing (each listed at adjudicate_words()), and a file
 * adjudication.txt in the directory (and, for a directory named NAME, bench/tn/NAME.adjudication
 * .txt in the source tree: our judgements about public suites) may exclude a case or accept
 * another reading, with a reason:
 *   INPUT<TAB>exclude<TAB>REASON
 *   INPUT<TAB>accept<TAB>ALTERNATIVE EXPECTED TEXT
 *   INPUT<TAB>accept<TAB>FROM => TO[ ;; FROM => TO...]
 * (an alternative text or a TO may hold {a|b} choices, as expected texts do)
 * (the second form: the expected text with each FROM replaced by its TO is right too; it is
 * compared after the conventions above, as the expected text is). A line "# ..." is a comment:
 * the reason for the judgement after it goes there.
 * where INPUT is the input as written, or "sha1:" and the first 12 hex digits of the SHA-1 of its
 * UTF-8 bytes (so that judgements about a suite written by others need not quote its text).
 *
 * Usage: normalize_vs_espeak [--verbose] [--wrong] [--adjudicate] [--by-file]
 *                            [--split all|tune|heldout] [--language vi|en]
 *                            [--lexicon DIR] [--reader FILE] [--also FILE] [DIR...]
 * --lexicon: a user lexicon folder (as ~/.config/docbao/lexicon/) whose readings are tried; by
 * default none is read, so that a user's own readings never change a figure.
 * --split: a third of the cases (by a hash of the input) is held out; "tune" is the rest.
 * --language: the language of every case, whatever its file's name.
 * --reader FILE: scores a second human reader instead of docbao. FILE is a set file of the same
 * sentences (CATEGORY<TAB>WRITTEN<TAB>SPOKEN, as a second writer wrote them blind); the first
 * choice of every {a|b} brace of its spoken text is the reading scored, in docbao's place.
 * Cases FILE lacks, or whose spoken text is "TODO", are left out (their count goes to stderr).
 * --also FILE: a second writer's spoken text (a set file as above) is one more expected text for
 * the case with the same written text: a reading either writer gives counts as right.
 * Prints a per-category table (Markdown) on standard output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <espeak-ng/speak_lib.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "docbao/docbao.h"
#include "golden_normalize.h"
#include "speech/synth_engine.h"

typedef struct {
    unsigned total;
    unsigned raw_ok;
    unsigned doc_ok;
    unsigned adj_total; /* cases not excluded */
    unsigned adj_ok;
} tally;

typedef enum { SPLIT_ALL, SPLIT_TUNE, SPLIT_HELDOUT } split_kind;

static gboolean is_clause_mark(const char *p)
{
    return *p == ',' || *p == '.' || *p == ';' || *p == ':' || *p == '!' || *p == '?';
}

/* The text without what marks clauses, so that only words are compared. */
static char *strip_pauses(const char *s)
{
    GString *out = g_string_new(NULL);
    const char *p = s;
    while (*p != '\0') {
        gunichar c = g_utf8_get_char(p);
        const char *next = g_utf8_next_char(p);
        gboolean drop = FALSE;
        if (is_clause_mark(p) && (*next == '\0' || *next == ' ' || is_clause_mark(next))) {
            drop = TRUE;
        }
        if (c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == 0x201C ||
            c == 0x201D || c == 0x2026 || c == 0xAB || c == 0xBB || c == 0x2018 || c == 0x2019) {
            drop = TRUE;
        }
        if (drop) {
            g_string_append_c(out, ' ');
        } else {
            g_string_append_len(out, p, next - p);
        }
        p = next;
    }
    return g_string_free(out, FALSE);
}

static const char *current_voice = "";

static void use_voice(const char *name)
{
    if (strcmp(current_voice, name) != 0) {
        espeak_SetVoiceByName(name);
        current_voice = name;
    }
}

/* Appends espeak-ng's phonemes for text in a voice, without separators, pauses or stress. A
 * Vietnamese text is first mended as docbao's speech stage mends it (synth_vi_mend(): "gi",
 * "ọa"), so that what is compared is what a listener hears. */
static void phonemes_append(GString *out, const char *text, const char *voice)
{
    char *clean = strip_pauses(text);
    const void *p = clean;
    if (g_str_has_prefix(voice, "vi")) {
        synth_vi_mend(clean);
    }
    use_voice(voice);
    while (p != NULL) {
        const char *ph = espeak_TextToPhonemes(&p, espeakCHARS_UTF8, 0);
        for (const char *q = ph; q != NULL && *q != '\0'; q++) {
            if (*q != ' ' && *q != '_' && *q != '|' && *q != '\'' && *q != ',' && *q != '\n') {
                g_string_append_c(out, *q);
            }
        }
    }
    g_free(clean);
}

/*
 * The text with English runs that only spaces and punctuation separate made one ("<en>Nick
 * Pope</en>, <en>Lewis Hall</en>" -> "<en>Nick Pope, Lewis Hall</en>"): the same words said by
 * the same voice, whichever way a writer marked them.
 */
static char *merged_runs(const char *text)
{
    GString *t = g_string_new(text);
    for (char *close = strstr(t->str, "</en>"); close != NULL;) {
        size_t at = (size_t)(close - t->str);
        size_t k = at + strlen("</en>");
        while (k < t->len && strchr(" ,;:.", t->str[k]) != NULL) {
            k++;
        }
        if (g_str_has_prefix(t->str + k, "<en>")) {
            /* keep the separator, drop "</en>" and "<en>" */
            g_string_erase(t, (gssize)k, (gssize)strlen("<en>"));
            g_string_erase(t, (gssize)at, (gssize)strlen("</en>"));
            close = strstr(t->str + at, "</en>");
        } else {
            close = strstr(t->str + k, "</en>");
        }
    }
    return g_string_free(t, FALSE);
}

/* Phonemes of an expected text: <en>...</en> with the English voice, the rest with "vi". */
static char *phonemes_marked(const char *marked)
{
    GString *out = g_string_new(NULL);
    char *text = merged_runs(marked);
    const char *p = text;
    while (*p != '\0') {
        const char *open = strstr(p, "<en>");
        const char *close;
        char *part;
        if (open == NULL) {
            phonemes_append(out, p, "vi");
            break;
        }
        part = g_strndup(p, (gsize)(open - p));
        phonemes_append(out, part, "vi");
        g_free(part);
        open += strlen("<en>");
        close = strstr(open, "</en>");
        if (close == NULL) {
            close = open + strlen(open);
        }
        part = g_strndup(open, (gsize)(close - open));
        phonemes_append(out, part, "en");
        g_free(part);
        p = *close != '\0' ? close + strlen("</en>") : close;
    }
    g_free(text);
    return g_string_free(out, FALSE);
}

/* The text without <en> marks (what plain espeak-ng is given: the raw input has none). */
static char *unmarked(const char *text)
{
    char *a = g_strdup(text);
    GString *s = g_string_new(NULL);
    for (const char *p = a; *p != '\0';) {
        if (g_str_has_prefix(p, "<en>")) {
            p += 4;
        } else if (g_str_has_prefix(p, "</en>")) {
            p += 5;
        } else {
            g_string_append_c(s, *p++);
        }
    }
    g_free(a);
    return g_string_free(s, FALSE);
}

/* docbao's output written with <en> marks around its stretches in English. */
static char *marked_output(const docbao_spoken *s)
{
    GString *out = g_string_new(NULL);
    const char *text = docbao_spoken_text(s);
#ifdef DOCBAO_HAVE_SPOKEN_RUNS
    const docbao_spoken_run *runs = docbao_spoken_runs(s);
    for (size_t i = 0; i < docbao_spoken_n_runs(s); i++) {
        gboolean en = strcmp(runs[i].language, "en") == 0;
        if (out->len > 0) {
            g_string_append_c(out, ' ');
        }
        if (en) {
            g_string_append(out, "<en>");
        }
        g_string_append_len(out, text + runs[i].spoken_start, (gssize)runs[i].spoken_len);
        if (en) {
            g_string_append(out, "</en>");
        }
    }
    if (docbao_spoken_n_runs(s) == 0) {
        g_string_append(out, text);
    }
#else
    g_string_append(out, text);
#endif
    return g_string_free(out, FALSE);
}

/* ---------------------------------------------------------------------------------------- */
/* Adjudication: conventions the suites disagree on                                         */

static const char *const number_words[] = {
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
    "mươi", "mốt", "tư", "lăm", "linh", "lẻ", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"};

static gboolean is_number_word(const char *w)
{
    for (size_t i = 0; i < G_N_ELEMENTS(number_words); i++) {
        if (strcmp(w, number_words[i]) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

static int digit_of(const char *w)
{
    static const char *const d[] = {"không", "một", "hai", "ba", "bốn",
                                    "năm", "sáu", "bảy", "tám", "chín"};
    for (int i = 0; i < 10; i++) {
        if (strcmp(w, d[i]) == 0) {
            return i;
        }
    }
    if (strcmp(w, "mốt") == 0) {
        return 1;
    }
    if (strcmp(w, "tư") == 0) {
        return 4;
    }
    if (strcmp(w, "lăm") == 0) {
        return 5;
    }
    return -1;
}

/*
 * Parses a cardinal below 1000 said as words at w[i..] (after "phẩy"), returning how many words
 * it takes and its digits in *digits (as written: 56 for "năm mươi sáu"); 0 when it is not one
 * or is said digit by digit already.
 */
static size_t small_cardinal(char **w, size_t n, size_t i, GString *digits)
{
    size_t k = i;
    int h = -1, t = -1, u = -1;
    g_string_truncate(digits, 0);
    if (k + 1 < n && digit_of(w[k]) >= 1 && strcmp(w[k + 1], "trăm") == 0) {
        h = digit_of(w[k]);
        k += 2;
        if (k < n && (strcmp(w[k], "linh") == 0 || strcmp(w[k], "lẻ") == 0)) {
            t = 0;
            k++;
        }
    }
    if (t < 0 && k < n && strcmp(w[k], "mười") == 0) {
        t = 1;
        k++;
    } else if (t < 0 && k + 1 < n && digit_of(w[k]) >= 2 && strcmp(w[k + 1], "mươi") == 0) {
        t = digit_of(w[k]);
        k += 2;
    } else if (t < 0 && h < 0 && k + 1 < n && digit_of(w[k]) >= 2 &&
               (strcmp(w[k + 1], "lăm") == 0 || strcmp(w[k + 1], "mốt") == 0 ||
                strcmp(w[k + 1], "tư") == 0)) {
        /* "hai lăm": 25 said short */
        t = digit_of(w[k]);
        k++;
    }
    if (k < n && digit_of(w[k]) >= 1 && (t >= 0 || h >= 0)) {
        u = digit_of(w[k]);
        k++;
    }
    if (h < 0 && t < 0) {
        return 0;
    }
    if (h >= 0) {
        g_string_append_printf(digits, "%d%d%d", h, t < 0 ? 0 : t, u < 0 ? 0 : u);
    } else {
        g_string_append_printf(digits, "%d%d", t, u < 0 ? 0 : u);
    }
    return k - i;
}

/*
 * Rewrites the words of a spoken text into one form for conventions that are heard as the same
 * thing, each of which one suite or another writes differently:
 *  - "lẻ" and "linh", "ngàn" and "nghìn", "tỉ" and "tỷ";
 *  - "mốt" and "tư" after "mươi" (21, 24) and "một", "bốn";
 *  - "không trăm" and "linh" after nghìn/triệu/tỷ (2024: hai nghìn [không trăm] hai mươi tư,
 *    1001: một nghìn [không trăm linh] một);
 *  - the decimals after "phẩy" said as a number or digit by digit (phẩy năm mươi sáu, phẩy năm
 *    sáu), and "chấm" for "phẩy" between numbers;
 *  - "xen ti"/"xăng ti", "kí lô"/"ki lô";
 *  - "đô la [Mỹ]", "[Việt Nam] đồng";
 *  - "ngày" before a date when the written text has no "ngày" (a bare 21/02/2025);
 *  - "không phút", "không giây" (a part that is zero: 8:00:00), "phút" after the minutes
 *    ("chín giờ ba mươi [phút]"), minutes below ten said with or without "không" before them
 *    ("tám giờ [không] năm phút");
 *  - "trên" and "một" after a currency (đồng trên ngày, đồng một ngày), "yên [Nhật]";
 *  - "héc" and "hẹc" (Hz);
 *  - "trừ" and "âm" for the sign of an exponent (mười mũ trừ ba, mười mũ âm ba) and of a
 *    number that starts the text (-1: trừ một, âm một);
 *  - in the expected text, English names of currencies and units (vietnamese_names[]).
 * Then one convention that looks at both texts: a word written joined in one and apart in the
 * other, letter for letter ("Campuchia", "cam pu chia"), is compared apart (apart_as_in()).
 */
static char *adjudicate_words(const char *text, gboolean input_has_ngay)
{
    char *stripped = strip_pauses(text);
    char *lower = g_utf8_strdown(stripped, -1);
    char **w = g_strsplit_set(lower, " -", -1);
    GPtrArray *out = g_ptr_array_new();
    GString *digits = g_string_new(NULL);
    GString *res = g_string_new(NULL);
    size_t n;
    GPtrArray *words = g_ptr_array_new();
    for (char **p = w; *p != NULL; p++) {
        if (**p != '\0') {
            g_ptr_array_add(words, *p);
        }
    }
    n = words->len;
    for (size_t i = 0; i < n; i++) {
        char **ws = (char **)words->pdata;
        const char *x = ws[i];
        const char *prev = out->len > 0 ? g_ptr_array_index(out, out->len - 1) : "";
        if (strcmp(x, "lẻ") == 0) {
            x = "linh";
        } else if (strcmp(x, "ngàn") == 0) {
            x = "nghìn";
        } else if (strcmp(x, "tỉ") == 0) {
            x = "tỷ";
        } else if (strcmp(x, "mốt") == 0 && strcmp(prev, "mươi") == 0) {
            x = "một";
        } else if (strcmp(x, "tư") == 0 && strcmp(prev, "mươi") == 0) {
            x = "bốn";
        } else if (strcmp(x, "xen") == 0 && i + 1 < n && strcmp(ws[i + 1], "ti") == 0) {
            x = "xăng";
        } else if (strcmp(x, "kí") == 0 && i + 1 < n && strcmp(ws[i + 1], "lô") == 0) {
            x = "ki";
        } else if (strcmp(x, "chấm") == 0 && out->len > 0 && is_number_word(prev) && i + 1 < n &&
                   is_number_word(ws[i + 1])) {
            x = "phẩy";
        } else if (strcmp(x, "trừ") == 0 && (strcmp(prev, "mũ") == 0 || out->len == 0) &&
                   i + 1 < n && is_number_word(ws[i + 1])) {
            x = "âm"; /* 10^-3: mười mũ trừ ba, mười mũ âm ba; -1 alone: trừ một, âm một */
        } else if (strcmp(x, "hẹc") == 0) {
            x = "héc";
        } else if (strcmp(x, "trên") == 0 &&
                   (strcmp(prev, "đồng") == 0 || strcmp(prev, "la") == 0 ||
                    strcmp(prev, "rô") == 0 || strcmp(prev, "yên") == 0)) {
            x = "một";
        }
        if (strcmp(x, "nhật") == 0 && strcmp(prev, "yên") == 0) {
            continue;
        }
        if (strcmp(x, "linh") == 0 &&
            (strcmp(prev, "nghìn") == 0 || strcmp(prev, "triệu") == 0 || strcmp(prev, "tỷ") == 0)) {
            continue; /* 1001: một nghìn [không trăm] linh một */
        }
        if (strcmp(x, "không") == 0 && i + 1 < n &&
            (strcmp(ws[i + 1], "phút") == 0 || strcmp(ws[i + 1], "giây") == 0) &&
            (strcmp(prev, "giờ") == 0 || strcmp(prev, "phút") == 0)) {
            i++;
            continue;
        }
        if (strcmp(x, "không") == 0 && strcmp(prev, "giờ") == 0 && i + 2 < n &&
            digit_of(ws[i + 1]) >= 1 && strcmp(ws[i + 2], "phút") == 0) {
            continue; /* 8h05: tám giờ [không] năm phút */
        }
        if (strcmp(x, "phút") == 0 && out->len >= 2 && is_number_word(prev)) {
            /* back over the minutes to the hour */
            guint k = out->len;
            while (k > 0 && is_number_word(g_ptr_array_index(out, k - 1))) {
                k--;
            }
            if (k > 0 && strcmp(g_ptr_array_index(out, k - 1), "giờ") == 0 &&
                !(i + 1 < n && is_number_word(ws[i + 1]))) {
                continue;
            }
        }
        if (strcmp(x, "không") == 0 && i + 1 < n && strcmp(ws[i + 1], "trăm") == 0 &&
            (strcmp(prev, "nghìn") == 0 || strcmp(prev, "triệu") == 0 || strcmp(prev, "tỷ") == 0)) {
            i++;
            if (i + 1 < n && (strcmp(ws[i + 1], "linh") == 0 || strcmp(ws[i + 1], "lẻ") == 0)) {
                i++;
            }
            continue;
        }
        if (strcmp(x, "mỹ") == 0 && out->len >= 2 && strcmp(prev, "la") == 0 &&
            strcmp(g_ptr_array_index(out, out->len - 2), "đô") == 0) {
            continue;
        }
        if (strcmp(x, "việt") == 0 && i + 2 < n && strcmp(ws[i + 1], "nam") == 0 &&
            strcmp(ws[i + 2], "đồng") == 0 && out->len > 0 && is_number_word(prev)) {
            i++;
            continue;
        }
        if (strcmp(x, "ngày") == 0 && !input_has_ngay && i + 1 < n && is_number_word(ws[i + 1])) {
            continue;
        }
        g_ptr_array_add(out, (gpointer)x);
        if (strcmp(x, "phẩy") == 0) {
            size_t k = small_cardinal(ws, n, i + 1, digits);
            if (k > 0) {
                static const char *const names[] = {"không", "một", "hai", "ba", "bốn",
                                                    "năm", "sáu", "bảy", "tám", "chín"};
                for (size_t d = 0; d < digits->len; d++) {
                    g_ptr_array_add(out, (gpointer)names[digits->str[d] - '0']);
                }
                i += k;
            }
        }
    }
    for (guint i = 0; i < out->len; i++) {
        if (i > 0) {
            g_string_append_c(res, ' ');
        }
        g_string_append(res, g_ptr_array_index(out, i));
    }
    g_ptr_array_unref(out);
    g_ptr_array_unref(words);
    g_strfreev(w);
    g_free(lower);
    g_free(stripped);
    g_string_free(digits, TRUE);
    return g_string_free(res, FALSE);
}

/* For each of the n space-separated words w: is it a plain word, outside <en> marks and
 * holding none? */
static gboolean *plain_flags(char **w, size_t n)
{
    gboolean *plain = g_new0(gboolean, n + 1);
    gboolean in_en = FALSE;
    for (size_t j = 0; j < n; j++) {
        gboolean opens = g_str_has_prefix(w[j], "<en>");
        plain[j] = !in_en && !opens && strchr(w[j], '<') == NULL && *w[j] != '\0';
        in_en = (in_en || opens) && !g_str_has_suffix(w[j], "</en>");
    }
    return plain;
}

/*
 * A word written joined in one text and apart in the other ("Campuchia" and "Cam pu chia",
 * "tivi" and "ti vi") is the same word to a listener, but espeak-ng's Vietnamese voice cannot
 * say most joined ones and hands them to its English voice, so their phonemes differ. This
 * returns a with each of its words (outside <en> marks) that is two to six consecutive words of
 * b (outside <en> marks) joined, letter for letter, written as those words apart.
 */
static char *apart_as_in(const char *a, const char *b)
{
    char **wa = g_strsplit(a, " ", -1);
    char **wb = g_strsplit(b, " ", -1);
    size_t na = g_strv_length(wa), nb = g_strv_length(wb);
    gboolean *plain_a = plain_flags(wa, na), *plain_b = plain_flags(wb, nb);
    GString *out = g_string_new(NULL);
    for (size_t i = 0; i < na; i++) {
        size_t len = strlen(wa[i]), from = 0, to = 0; /* wb[from..to) is wa[i] apart */
        for (size_t j = 0; plain_a[i] && len >= 4 && j < nb && to == 0; j++) {
            size_t used = 0;
            for (size_t k = j; k < nb && k < j + 6 && plain_b[k] && to == 0; k++) {
                size_t n = strlen(wb[k]);
                if (used + n > len || strncmp(wa[i] + used, wb[k], n) != 0) {
                    break;
                }
                used += n;
                if (used == len && k > j) {
                    from = j;
                    to = k + 1;
                }
            }
        }
        if (out->len > 0) {
            g_string_append_c(out, ' ');
        }
        for (size_t k = from; k < to; k++) {
            g_string_append_printf(out, "%s%s", k > from ? " " : "", wb[k]);
        }
        if (to == 0) {
            g_string_append(out, wa[i]);
        }
    }
    g_free(plain_a);
    g_free(plain_b);
    g_strfreev(wa);
    g_strfreev(wb);
    return g_string_free(out, FALSE);
}

/* Applies adjudicate_words() to the parts of a marked text outside <en> marks. */
static char *adjudicate(const char *marked, gboolean input_has_ngay)
{
    GString *out = g_string_new(NULL);
    const char *p = marked;
    while (*p != '\0') {
        const char *open = strstr(p, "<en>");
        const char *close;
        char *part = g_strndup(p, open != NULL ? (gsize)(open - p) : strlen(p));
        char *adj = adjudicate_words(part, input_has_ngay);
        g_string_append_printf(out, "%s%s", out->len > 0 ? " " : "", adj);
        g_free(adj);
        g_free(part);
        if (open == NULL) {
            break;
        }
        close = strstr(open, "</en>");
        close = close != NULL ? close + strlen("</en>") : open + strlen(open);
        g_string_append_printf(out, " %.*s", (int)(close - open), open);
        p = close;
    }
    return g_string_free(out, FALSE);
}

/*
 * Names of currencies and units that some suites give in English (for the English voice) and a
 * Vietnamese newsreader says in Vietnamese: an expected text's English name stands for the
 * Vietnamese one (only in expected texts: docbao saying the English word is not accepted).
 */
static const char *const vietnamese_names[][2] = {
    {"<en>u s d</en>", "đô la"},        {"<en>euro</en>", "ơ rô"},
    {"<en>kilobyte</en>", "ki lô bai"}, {"<en>megabyte</en>", "mê ga bai"},
    {"<en>gigabyte</en>", "gi ga bai"}, {"<en>terabyte</en>", "tê ra bai"},
    {"terabyte", "tê ra bai"},          {"gigabyte", "gi ga bai"},
    {"megabyte", "mê ga bai"},          {"<en>decibel</en>", "đề xi ben"},
    {"<en>inch</en>", "inh"},
};

static char *with_vietnamese_names(const char *expected)
{
    GString *t = g_string_new(expected);
    for (size_t i = 0; i < G_N_ELEMENTS(vietnamese_names); i++) {
        g_string_replace(t, vietnamese_names[i][0], vietnamese_names[i][1], 0);
    }
    return g_string_free(t, FALSE);
}

/* The words of a text in lower case, without <en> marks and punctuation. */
static char **plain_words(const char *text)
{
    GString *t = g_string_new(NULL);
    char *lower = g_utf8_strdown(text, -1);
    for (const char *p = lower; *p != '\0';) {
        if (g_str_has_prefix(p, "<en>") || g_str_has_prefix(p, "</en>")) {
            p += p[1] == '/' ? 5 : 4;
            g_string_append_c(t, ' ');
            continue;
        }
        gunichar ch = g_utf8_get_char(p);
        if (g_unichar_isalnum(ch) || g_unichar_ismark(ch)) {
            g_string_append_unichar(t, ch);
        } else {
            g_string_append_c(t, ' ');
        }
        p = g_utf8_next_char(p);
    }
    g_free(lower);
    char **w = g_strsplit_set(t->str, " ", -1);
    g_string_free(t, TRUE);
    /* drop the empty strings */
    size_t n = 0;
    for (size_t k = 0; w[k] != NULL; k++) {
        if (*w[k] != '\0') {
            w[n++] = w[k];
        } else {
            g_free(w[k]);
        }
    }
    w[n] = NULL;
    return w;
}

/* Does the text piece, as words, match the hint's words from *at on? Advances *at if so. */
static gboolean piece_matches(const char *piece, char **hint, size_t *at)
{
    char **w = plain_words(piece);
    size_t k = *at;
    gboolean ok = TRUE;
    for (size_t i = 0; w[i] != NULL && ok; i++, k++) {
        ok = hint[k] != NULL && strcmp(w[i], hint[k]) == 0;
    }
    g_strfreev(w);
    if (ok) {
        *at = k;
    }
    return ok;
}

/*
 * The one reading of an expected text whose words are docbao's (hint), its {a|b} groups chosen
 * left to right as the words of the hint go, or NULL when no choice of a group fits (then all
 * readings are compared as before). Marks and punctuation are left out of the comparison of
 * words, not out of the reading: the phonemes still decide, voice included.
 */
static char *reading_like(const char *expected, const char *hint)
{
    char **hw = plain_words(hint);
    GString *out = g_string_new(NULL);
    size_t at = 0;
    const char *p = expected;
    gboolean ok = TRUE;
    while (ok && *p != '\0') {
        const char *open = strchr(p, '{');
        const char *close = open != NULL ? strchr(open, '}') : NULL;
        char *lit = close != NULL ? g_strndup(p, (gsize)(open - p)) : g_strdup(p);
        ok = piece_matches(lit, hw, &at);
        g_string_append(out, lit);
        g_free(lit);
        if (!ok || close == NULL) {
            break;
        }
        char *inner = g_strndup(open + 1, (gsize)(close - open - 1));
        char **choices = g_strsplit(inner, "|", -1);
        ok = FALSE;
        for (char **c = choices; *c != NULL && !ok; c++) {
            size_t try_at = at;
            if (piece_matches(*c, hw, &try_at)) {
                at = try_at;
                g_string_append(out, *c);
                ok = TRUE;
            }
        }
        g_strfreev(choices);
        g_free(inner);
        p = close + 1;
    }
    g_strfreev(hw);
    if (!ok) {
        g_string_free(out, TRUE);
        return NULL;
    }
    return g_string_free(out, FALSE);
}

/*
 * The readings an expected text allows: each {a|b|...} group replaced by each of its choices in
 * turn (groups chosen independently). A text without groups is its only reading. Returns an
 * array of strings (free with g_ptr_array_unref()); at most 256 readings, the rest dropped.
 * When a text has more than 256 (a long sentence of many groups) and hint (docbao's output) is
 * given, the one reading whose words are the hint's (reading_like()) is compared, when there is
 * one, so that the reading docbao gave is not among those dropped.
 */
static GPtrArray *expected_readings_for(const char *expected, const char *hint)
{
    GPtrArray *done = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *todo = g_ptr_array_new_with_free_func(g_free);
    char *text = g_strdup(expected);
    double combos = 1;
    for (const char *o = strchr(text, '{'); o != NULL; o = strchr(o + 1, '{')) {
        const char *e = strchr(o, '}');
        size_t n = 1;
        for (const char *q = o; e != NULL && q < e; q++) {
            n += *q == '|';
        }
        combos *= (double)n;
    }
    if (combos > 256 && hint != NULL) {
        char *one = reading_like(text, hint);
        if (one != NULL) {
            g_free(text);
            text = one;
        }
    }
    g_ptr_array_add(todo, text);
    while (todo->len > 0) {
        char *t = g_ptr_array_steal_index(todo, todo->len - 1);
        const char *open = strchr(t, '{');
        const char *close = open != NULL ? strchr(open, '}') : NULL;
        if (close == NULL) {
            if (done->len < 256) {
                g_ptr_array_add(done, t);
            } else {
                g_free(t);
            }
            continue;
        }
        char *inner = g_strndup(open + 1, (gsize)(close - open - 1));
        char **choices = g_strsplit(inner, "|", -1);
        for (char **c = choices; *c != NULL && todo->len + done->len < 256; c++) {
            g_ptr_array_add(todo, g_strdup_printf("%.*s%s%s", (int)(open - t), t, *c, close + 1));
        }
        g_strfreev(choices);
        g_free(inner);
        g_free(t);
    }
    g_ptr_array_unref(todo);
    return done;
}

static GPtrArray *expected_readings(const char *expected)
{
    return expected_readings_for(expected, NULL);
}

/* ---------------------------------------------------------------------------------------- */

typedef struct {
    docbao_normalizer *normalizer[2]; /* by dialect */
    GHashTable *tallies;              /* category -> tally */
    GHashTable *judgements;           /* input -> "exclude\treason" or "accept\ttext" */
    tally all;
    gboolean verbose;
    gboolean wrong_only;
    gboolean adjudicated;
    gboolean by_file;
    split_kind split;
    const char *language; /* of every case (--language), or NULL: by the file's name */
    GHashTable *reader;   /* --reader: written -> a second writer's spoken text, or NULL */
    GHashTable *also;     /* --also: written -> a second writer's spoken text, or NULL */
    unsigned left_out;    /* cases --reader has no reading for */
} comparison;

/* golden_file_foreach(): a case of a second writer's file into the table, unless "TODO". */
static gboolean add_second_reading(const golden_case *gc, void *table)
{
    if (strcmp(gc->expected, "TODO") != 0) {
        g_hash_table_replace(table, g_strdup(gc->input), g_strdup(gc->expected));
    }
    return TRUE;
}

/*
 * A second writer's set file (CATEGORY<TAB>WRITTEN<TAB>SPOKEN, read as a golden file) as a
 * table from the written text to the spoken one, lines whose spoken text is "TODO" left out;
 * NULL when it cannot be read or a line is not of three columns (*bad says where; g_free()).
 */
static GHashTable *read_second_writer(const char *path, char **bad)
{
    GHashTable *table = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    char *name = g_path_get_basename(path);
    gboolean stop = FALSE;
    int n = golden_file_foreach(path, name, add_second_reading, table, bad, &stop);
    g_free(name);
    if (n < 0) {
        g_hash_table_unref(table);
        return NULL;
    }
    return table;
}

/* A spoken text with the first choice of every {a|b} brace taken: the one its writer says. */
static char *first_choices(const char *spoken)
{
    GString *out = g_string_new(NULL);
    for (const char *p = spoken; *p != '\0'; p++) {
        if (*p == '{') {
            const char *close = strchr(p, '}');
            size_t n = close != NULL ? strcspn(p + 1, "|}") : 0;
            if (close != NULL) {
                g_string_append_len(out, p + 1, (gssize)n);
                p = close;
                continue;
            }
        }
        g_string_append_c(out, *p);
    }
    return g_string_free(out, FALSE);
}

/* FNV-1a of the input: a split that does not change when cases are added elsewhere. */
static gboolean held_out(const char *input)
{
    guint32 h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)input; *p != '\0'; p++) {
        h = (h ^ *p) * 16777619u;
    }
    return h % 3 == 0;
}

/*
 * An expected text with the substitutions of an "accept" judgement made: "FROM => TO", several
 * joined by " ;; ", each FROM replaced by its TO wherever it occurs. NULL when the judgement has
 * no substitution or a FROM does not occur (so that a judgement cannot go stale unnoticed).
 */
static char *substituted(const char *expected, const char *spec)
{
    char **subs = g_strsplit(spec, " ;; ", -1);
    GString *text = g_string_new(expected);
    gboolean ok = subs[0] != NULL;
    for (char **p = subs; *p != NULL && ok; p++) {
        const char *arrow = strstr(*p, " => ");
        char *from = arrow != NULL ? g_strndup(*p, (gsize)(arrow - *p)) : NULL;
        ok = from != NULL && *from != '\0' && strstr(text->str, from) != NULL;
        if (ok) {
            g_string_replace(text, from, arrow + strlen(" => "), 0);
        }
        g_free(from);
    }
    g_strfreev(subs);
    return g_string_free(text, !ok);
}

/* The judgement about an input: keyed by its text, else by "sha1:" and 12 hex digits of it. */
static const char *judgement_of(GHashTable *judgements, const char *input)
{
    const char *j = g_hash_table_lookup(judgements, input);
    if (j == NULL) {
        char *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA1, input, -1);
        char *key = g_strdup_printf("sha1:%.12s", sum);
        j = g_hash_table_lookup(judgements, key);
        g_free(key);
        g_free(sum);
    }
    return j;
}

static gboolean compare_case(const golden_case *gc, void *data)
{
    comparison *cmp = data;
    docbao_normalizer *n = cmp->normalizer[gc->dialect];
    const char *language = cmp->language != NULL ? cmp->language : gc->language;
    gboolean english = strcmp(language, "en") == 0;
    char *category = cmp->by_file ? g_strdup_printf("%.*s:%s", (int)strcspn(gc->file, "."),
                                                    gc->file, gc->category)
                                  : g_strdup(gc->category);
    tally *t = g_hash_table_lookup(cmp->tallies, category);
    docbao_spoken *s = NULL;
    char *p_exp, *p_raw, *p_doc, *out_marked, *raw_input;
    GPtrArray *readings;
    gboolean raw_ok = FALSE, doc_ok = FALSE, adj_ok = FALSE, excluded = FALSE;
    const char *judgement;
    if (cmp->split != SPLIT_ALL && held_out(gc->input) != (cmp->split == SPLIT_HELDOUT)) {
        g_free(category);
        return TRUE;
    }
    if (cmp->reader != NULL && g_hash_table_lookup(cmp->reader, gc->input) == NULL) {
        cmp->left_out++;
        g_free(category);
        return TRUE;
    }
    if (t == NULL) {
        t = g_new0(tally, 1);
        g_hash_table_insert(cmp->tallies, g_strdup(category), t);
    }
    docbao_normalizer_reset(n);
#ifdef DOCBAO_HAVE_SPOKEN_RUNS
    docbao_normalize_as(n, language, gc->input, (size_t)-1, &s, NULL);
#else
    docbao_normalize(n, gc->input, (size_t)-1, &s, NULL); /* versions before languages */
#endif
    out_marked = s != NULL ? marked_output(s) : g_strdup("");
    if (cmp->reader != NULL) {
        g_free(out_marked);
        out_marked = first_choices(g_hash_table_lookup(cmp->reader, gc->input));
    }
    readings = expected_readings_for(gc->expected, out_marked);
    if (cmp->also != NULL && g_hash_table_lookup(cmp->also, gc->input) != NULL) {
        GPtrArray *more = expected_readings_for(g_hash_table_lookup(cmp->also, gc->input),
                                                out_marked);
        for (guint r = 0; r < more->len; r++) {
            g_ptr_array_add(readings, g_strdup(g_ptr_array_index(more, r)));
        }
        g_ptr_array_unref(more);
    }
    for (guint r = 0; english && r < readings->len; r++) {
        /* an English expected text without marks is wholly for the English voice */
        char *reading = g_ptr_array_index(readings, r);
        if (strstr(reading, "<en>") == NULL) {
            readings->pdata[r] = g_strdup_printf("<en>%s</en>", reading);
            g_free(reading);
        }
    }
    if (english) {
        /* English cases: the expected and the raw text are for the English voice */
        raw_input = g_strdup_printf("<en>%s</en>", gc->input);
    } else {
        raw_input = unmarked(gc->input);
    }
    p_raw = phonemes_marked(raw_input);
    p_doc = phonemes_marked(out_marked);
    for (guint r = 0; r < readings->len; r++) {
        p_exp = phonemes_marked(g_ptr_array_index(readings, r));
        raw_ok = raw_ok || strcmp(p_raw, p_exp) == 0;
        doc_ok = doc_ok || strcmp(p_doc, p_exp) == 0;
        g_free(p_exp);
    }
    judgement = judgement_of(cmp->judgements, gc->input);
    if (cmp->adjudicated) {
        gboolean has_ngay;
        char *lower = g_utf8_strdown(gc->input, -1);
        has_ngay = strstr(lower, "ngày") != NULL;
        g_free(lower);
        excluded = judgement != NULL && g_str_has_prefix(judgement, "exclude\t");
        if (!excluded) {
            char *a_doc = adjudicate(out_marked, has_ngay);
            char *q_doc = phonemes_marked(a_doc);
            adj_ok = doc_ok;
            for (guint r = 0; r < readings->len && !adj_ok; r++) {
                char *named = with_vietnamese_names(g_ptr_array_index(readings, r));
                char *a_exp = adjudicate(named, has_ngay);
                g_free(named);
                char *q_exp = phonemes_marked(a_exp);
                adj_ok = strcmp(q_exp, q_doc) == 0;
                if (!adj_ok) {
                    /* words written joined in one and apart in the other (phonemized again
                     * only when a text changed: otherwise the answer is the one above) */
                    char *x_exp = apart_as_in(a_exp, a_doc);
                    char *x_doc = apart_as_in(a_doc, a_exp);
                    gboolean exp_same = strcmp(x_exp, a_exp) == 0;
                    gboolean doc_same = strcmp(x_doc, a_doc) == 0;
                    if (!exp_same || !doc_same) {
                        char *qx_exp = exp_same ? g_strdup(q_exp) : phonemes_marked(x_exp);
                        char *qx_doc = doc_same ? g_strdup(q_doc) : phonemes_marked(x_doc);
                        adj_ok = strcmp(qx_exp, qx_doc) == 0;
                        g_free(qx_exp);
                        g_free(qx_doc);
                    }
                    g_free(x_exp);
                    g_free(x_doc);
                }
                g_free(a_exp);
                g_free(q_exp);
            }
            if (!adj_ok && judgement != NULL && g_str_has_prefix(judgement, "accept\t")) {
                const char *alt = judgement + strlen("accept\t");
                if (strstr(alt, " => ") == NULL) {
                    /* A whole other reading, maybe with {a|b} choices of its own. */
                    GPtrArray *alts = expected_readings(alt);
                    for (guint r = 0; r < alts->len && !adj_ok; r++) {
                        char *q_alt = phonemes_marked(g_ptr_array_index(alts, r));
                        adj_ok = strcmp(q_alt, p_doc) == 0;
                        g_free(q_alt);
                    }
                    g_ptr_array_unref(alts);
                }
                for (guint r = 0; r < readings->len && !adj_ok; r++) {
                    char *sub = substituted(g_ptr_array_index(readings, r), alt);
                    /* TO may hold {a|b} choices of its own. */
                    GPtrArray *subs = sub != NULL ? expected_readings(sub) : NULL;
                    for (guint k = 0; subs != NULL && k < subs->len && !adj_ok; k++) {
                        char *named = with_vietnamese_names(g_ptr_array_index(subs, k));
                        char *a_exp = adjudicate(named, has_ngay);
                        char *q_exp = phonemes_marked(a_exp);
                        adj_ok = strcmp(q_exp, q_doc) == 0;
                        g_free(named);
                        g_free(a_exp);
                        g_free(q_exp);
                    }
                    if (subs != NULL) {
                        g_ptr_array_unref(subs);
                    }
                    g_free(sub);
                }
            }
            g_free(a_doc);
            g_free(q_doc);
        }
    }
    t->total++;
    t->raw_ok += raw_ok;
    t->doc_ok += doc_ok;
    t->adj_total += !excluded;
    t->adj_ok += adj_ok;
    cmp->all.total++;
    cmp->all.raw_ok += raw_ok;
    cmp->all.doc_ok += doc_ok;
    cmp->all.adj_total += !excluded;
    cmp->all.adj_ok += adj_ok;
    if (cmp->verbose && (!cmp->wrong_only || (!doc_ok && !(cmp->adjudicated && (adj_ok || excluded))))) {
        printf("%s\t%s\traw:%s\tdocbao:%s%s\t%s\t=> %s\n", category, gc->input,
               raw_ok ? "ok" : "WRONG", doc_ok ? "ok" : "WRONG",
               !cmp->adjudicated ? "" : excluded ? "\tadj:excluded" : adj_ok ? "\tadj:ok" : "\tadj:WRONG",
               gc->expected, out_marked);
    }
    g_free(category);
    g_ptr_array_unref(readings);
    g_free(p_raw);
    g_free(p_doc);
    g_free(out_marked);
    g_free(raw_input);
    docbao_spoken_free(s);
    return TRUE;
}

static int compare_strings(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads a file of judgements into judgements (a missing file is fine). */
static void read_judgement_file(char *path, GHashTable *judgements)
{
    char *text = NULL;
    if (g_file_get_contents(path, &text, NULL, NULL)) {
        char **lines = g_strsplit(text, "\n", -1);
        for (char **l = lines; *l != NULL; l++) {
            char **cols;
            if (**l == '#' || **l == '\0') {
                continue;
            }
            cols = g_strsplit(*l, "\t", 3);
            if (g_strv_length(cols) == 3) {
                g_hash_table_replace(judgements, g_strdup(cols[0]),
                                     g_strdup_printf("%s\t%s", cols[1], cols[2]));
            } else {
                fprintf(stderr, "normalize_vs_espeak: %s: bad line: %s\n", path, *l);
            }
            g_strfreev(cols);
        }
        g_strfreev(lines);
        g_free(text);
    }
    g_free(path);
}

/*
 * The judgements about the cases of DIR: DIR/adjudication.txt, and ours about a public suite,
 * kept in the project as bench/tn/NAME.adjudication.txt for a folder named NAME.
 */
static void read_judgements(const char *dir, GHashTable *judgements)
{
    char *name = g_path_get_basename(dir);
    char *file = g_strconcat(name, ".adjudication.txt", NULL);
    const char *src =
        g_getenv("DOCBAO_SOURCE_DIR") != NULL ? g_getenv("DOCBAO_SOURCE_DIR") : DOCBAO_SOURCE_DIR;
    read_judgement_file(g_build_filename(dir, "adjudication.txt", NULL), judgements);
    read_judgement_file(g_build_filename(src, "bench", "tn", file, NULL), judgements);
    g_free(file);
    g_free(name);
}

static void print_row(const char *name, const tally *t, gboolean adjudicated)
{
    printf("| %s | %u | %u (%.1f%%) | %u (%.1f%%) |", name, t->total, t->raw_ok,
           t->total > 0 ? 100.0 * t->raw_ok / t->total : 0.0, t->doc_ok,
           t->total > 0 ? 100.0 * t->doc_ok / t->total : 0.0);
    if (adjudicated) {
        printf(" %u of %u (%.1f%%) |", t->adj_ok, t->adj_total,
               t->adj_total > 0 ? 100.0 * t->adj_ok / t->adj_total : 0.0);
    }
    printf("\n");
}

int main(int argc, char **argv)
{
    GPtrArray *dirs = g_ptr_array_new_with_free_func(g_free);
    GPtrArray *cats = g_ptr_array_new();
    GHashTableIter it;
    gpointer key, value;
    comparison cmp = {0};
    char *empty = g_dir_make_tmp("docbao-empty-XXXXXX", NULL);
    docbao_normalize_options opts = {0};
    const char *lexicon_dir = empty; /* --lexicon: a user lexicon folder to try readings with */

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--verbose") == 0) {
            cmp.verbose = TRUE;
        } else if (strcmp(argv[i], "--wrong") == 0) {
            cmp.verbose = TRUE;
            cmp.wrong_only = TRUE;
        } else if (strcmp(argv[i], "--adjudicate") == 0) {
            cmp.adjudicated = TRUE;
        } else if (strcmp(argv[i], "--by-file") == 0) {
            cmp.by_file = TRUE;
        } else if (strcmp(argv[i], "--split") == 0 && i + 1 < argc) {
            const char *v = argv[++i];
            cmp.split = strcmp(v, "heldout") == 0 ? SPLIT_HELDOUT
                        : strcmp(v, "tune") == 0  ? SPLIT_TUNE
                                                  : SPLIT_ALL;
        } else if (strcmp(argv[i], "--language") == 0 && i + 1 < argc &&
                   (strcmp(argv[i + 1], "vi") == 0 || strcmp(argv[i + 1], "en") == 0)) {
            cmp.language = argv[++i];
        } else if (strcmp(argv[i], "--lexicon") == 0 && i + 1 < argc) {
            lexicon_dir = argv[++i];
        } else if ((strcmp(argv[i], "--reader") == 0 || strcmp(argv[i], "--also") == 0) &&
                   i + 1 < argc) {
            char *bad = NULL;
            GHashTable *table = read_second_writer(argv[i + 1], &bad);
            if (table == NULL) {
                fprintf(stderr, "normalize_vs_espeak: cannot read %s\n", bad);
                g_free(bad);
                return 1;
            }
            *(strcmp(argv[i], "--reader") == 0 ? &cmp.reader : &cmp.also) = table;
            i++;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: normalize_vs_espeak [--verbose] [--wrong] [--adjudicate] "
                            "[--by-file] [--split all|tune|heldout] [--language vi|en] "
                            "[--lexicon DIR] [--reader FILE] [--also FILE] [DIR...]\n");
            return 2;
        } else {
            g_ptr_array_add(dirs, g_strdup(argv[i]));
        }
    }
    if (dirs->len == 0) {
        g_ptr_array_add(dirs, g_build_filename(g_getenv("DOCBAO_SOURCE_DIR") != NULL
                                                   ? g_getenv("DOCBAO_SOURCE_DIR")
                                                   : DOCBAO_SOURCE_DIR,
                                               "tests", "golden", "normalize", NULL));
    }
    if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, 0) <= 0 ||
        espeak_SetVoiceByName("vi") != EE_OK) {
        fprintf(stderr, "normalize_vs_espeak: espeak-ng is not available\n");
        return 1;
    }
    current_voice = "vi";
    opts.user_lexicon_dir = lexicon_dir;
    opts.dialect = DOCBAO_DIALECT_NORTH;
    cmp.normalizer[DOCBAO_DIALECT_NORTH] = docbao_normalizer_new(&opts, NULL);
    opts.dialect = DOCBAO_DIALECT_SOUTH;
    cmp.normalizer[DOCBAO_DIALECT_SOUTH] = docbao_normalizer_new(&opts, NULL);
    cmp.tallies = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    cmp.judgements = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    for (guint d = 0; d < dirs->len; d++) {
        char *bad = NULL;
        read_judgements(g_ptr_array_index(dirs, d), cmp.judgements);
        if (golden_foreach(g_ptr_array_index(dirs, d), compare_case, &cmp, &bad) < 0) {
            fprintf(stderr, "normalize_vs_espeak: cannot read the cases: %s\n", bad);
            return 1;
        }
    }
    espeak_Terminate();

    g_hash_table_iter_init(&it, cmp.tallies);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        g_ptr_array_add(cats, key);
    }
    g_ptr_array_sort(cats, compare_strings);
    if (cmp.left_out > 0) {
        fprintf(stderr, "normalize_vs_espeak: %u cases have no reading of the reader's\n",
                cmp.left_out);
    }
    printf("| category | cases | plain espeak-ng | %s + espeak-ng |%s\n",
           cmp.reader != NULL ? "reader" : "docbao",
           cmp.adjudicated ? (cmp.reader != NULL ? " reader, adjudicated |"
                                                 : " docbao, adjudicated |")
                           : "");
    printf("|---|---:|---:|---:|%s\n", cmp.adjudicated ? "---:|" : "");
    for (guint i = 0; i < cats->len; i++) {
        print_row(g_ptr_array_index(cats, i), g_hash_table_lookup(cmp.tallies,
                                                                  g_ptr_array_index(cats, i)),
                  cmp.adjudicated);
    }
    print_row("**all**", &cmp.all, cmp.adjudicated);
    docbao_normalizer_free(cmp.normalizer[0]);
    docbao_normalizer_free(cmp.normalizer[1]);
    g_rmdir(empty);
    g_free(empty);
    g_ptr_array_unref(dirs);
    g_ptr_array_unref(cats);
    g_hash_table_unref(cmp.tallies);
    g_hash_table_unref(cmp.judgements);
    if (cmp.reader != NULL) {
        g_hash_table_unref(cmp.reader);
    }
    if (cmp.also != NULL) {
        g_hash_table_unref(cmp.also);
    }
    return 0;
}
