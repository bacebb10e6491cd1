/*
 * Spoken text: the text a voice says, its spans back to the source and its language runs
 * (docbao_spoken_* in docbao/normalize.h, dbi_spoken_* in spoken.h). The lowest part of the
 * normalizer: it calls nothing else of it.
 */
#include <string.h>

#include "docbao/normalize.h"
#include "normalize/spoken.h"
#include "normalize/vi_text.h"
#include "text/lang_detect.h"

const char *docbao_spoken_text(const docbao_spoken *s)
{
    return s->text->str;
}
size_t docbao_spoken_len(const docbao_spoken *s)
{
    return s->text->len;
}
size_t docbao_spoken_n_spans(const docbao_spoken *s)
{
    return s->spans->len;
}
size_t docbao_spoken_n_runs(const docbao_spoken *s)
{
    return s->runs->len;
}
const docbao_spoken_run *docbao_spoken_runs(const docbao_spoken *s)
{
    return (const docbao_spoken_run *)(void *)s->runs->data;
}
const char *docbao_spoken_language(const docbao_spoken *s)
{
    return s->language;
}

const char *docbao_language_intern(const char *tag)
{
    return dbi_lang_intern(tag);
}
const docbao_span *docbao_spoken_spans(const docbao_spoken *s)
{
    return (const docbao_span *)(void *)s->spans->data;
}

void docbao_spoken_free(docbao_spoken *s)
{
    if (s == NULL) {
        return;
    }
    g_string_free(s->text, TRUE);
    g_array_unref(s->spans);
    g_array_unref(s->runs);
    g_free(s);
}

docbao_spoken *dbi_spoken_new(const char *language)
{
    docbao_spoken *s = g_new0(docbao_spoken, 1);
    s->text = g_string_new(NULL);
    s->spans = g_array_new(FALSE, FALSE, sizeof(docbao_span));
    s->runs = g_array_new(FALSE, FALSE, sizeof(docbao_spoken_run));
    s->language = docbao_language_intern(language);
    return s;
}

/* Counts spoken text from start to the end of the text as language lang (interned): extends
 * the last run when it has that language, else starts a new one. */
static void runs_extend(docbao_spoken *s, size_t start, const char *lang)
{
    docbao_spoken_run *last =
        s->runs->len > 0 ? &g_array_index(s->runs, docbao_spoken_run, s->runs->len - 1) : NULL;
    if (last != NULL && (lang == NULL || last->language == lang)) {
        last->spoken_len = s->text->len - last->spoken_start;
    } else {
        docbao_spoken_run run;
        run.spoken_start = start;
        run.spoken_len = s->text->len - start;
        run.language = lang != NULL ? lang : s->language;
        g_array_append_val(s->runs, run);
    }
}

/*
 * Appends text with a span; sep says whether a space goes before it (when text is not empty).
 * lang is its language (interned), or NULL to continue the last run (pause marks).
 */
void dbi_spoken_add(docbao_spoken *s, const char *text, size_t len, size_t src_start,
                       size_t src_len, gboolean sep, const char *lang)
{
    docbao_span span;
    if (len == 0) {
        return;
    }
    if (sep && s->text->len > 0) {
        vi_text_put(s->text, " ", 1);
    }
    span.spoken_start = s->text->len;
    span.spoken_len = len;
    span.source_start = src_start;
    span.source_len = src_len;
    vi_text_put(s->text, text, len);
    g_array_append_val(s->spans, span);
    runs_extend(s, span.spoken_start, lang);
}

void dbi_spoken_append(docbao_spoken *s, const char *text, size_t len, size_t src_start,
                       size_t src_len, const char *language)
{
    dbi_spoken_add(s, text, len, src_start, src_len, TRUE, docbao_language_intern(language));
}

void dbi_spoken_append_spoken(docbao_spoken *s, const docbao_spoken *other, size_t delta)
{
    size_t base;
    if (other->text->len == 0) {
        return;
    }
    /* The other text is copied as it is (pause marks stay joined to their words). */
    if (s->text->len > 0) {
        g_string_append_c(s->text, ' ');
    }
    base = s->text->len;
    g_string_append_len(s->text, other->text->str, (gssize)other->text->len);
    for (guint i = 0; i < other->spans->len; i++) {
        docbao_span sp = g_array_index(other->spans, docbao_span, i);
        sp.spoken_start += base;
        sp.source_start += delta;
        g_array_append_val(s->spans, sp);
    }
    for (guint i = 0; i < other->runs->len; i++) {
        const docbao_spoken_run *r = &g_array_index(other->runs, docbao_spoken_run, i);
        size_t end = base + r->spoken_start + r->spoken_len;
        docbao_spoken_run *last =
            s->runs->len > 0 ? &g_array_index(s->runs, docbao_spoken_run, s->runs->len - 1)
                             : NULL;
        if (last != NULL && last->language == r->language) {
            last->spoken_len = end - last->spoken_start;
        } else {
            docbao_spoken_run run = *r;
            run.spoken_start += base;
            g_array_append_val(s->runs, run);
        }
    }
}

/*
 * Is w (len bytes) two words or more, one space apart, each a particle of foreign names or a
 * short English function word that is a Vietnamese syllable too ("Luis de la Fuente", "Sepp van
 * den Berg", "Love in the Moonlight"), one of them of two letters or more ("a a" is letters)?
 */
static gboolean particles_only(const char *w, size_t len)
{
    static const char *const particles[] = {"a",   "an",  "at",  "be", "by",  "da", "de", "del",
                                            "den", "der", "di",  "du", "in",  "la", "le", "me",
                                            "of",  "on",  "the", "to", "van", "von"};
    size_t words = 0, longest = 0;
    for (size_t at = 0; at <= len;) {
        const char *space = memchr(w + at, ' ', len - at);
        size_t n = (space != NULL ? (size_t)(space - w) : len) - at;
        gboolean found = FALSE;
        for (size_t k = 0; !found && k < G_N_ELEMENTS(particles); k++) {
            found = strlen(particles[k]) == n && memcmp(particles[k], w + at, n) == 0;
        }
        if (!found) {
            return FALSE;
        }
        words++;
        longest = MAX(longest, n);
        at += n + 1;
    }
    return words >= 2 && longest >= 2;
}

/*
 * A short word without marks between two foreign words is part of the foreign phrase ("text in
 * brackets", "Refinery and Petrochemicals"), and so are two or three particles ("Luis de la
 * Fuente"): its run is joined to theirs, so the voice does not change twice inside one phrase.
 */
void dbi_spoken_join_islands(docbao_spoken *s)
{
    guint i = 1;
    while (i + 1 < s->runs->len) {
        docbao_spoken_run *prev = &g_array_index(s->runs, docbao_spoken_run, i - 1);
        docbao_spoken_run *r = &g_array_index(s->runs, docbao_spoken_run, i);
        docbao_spoken_run *next = &g_array_index(s->runs, docbao_spoken_run, i + 1);
        gboolean between = prev->language == next->language && r->language == s->language &&
                           prev->language != s->language;
        gboolean island = between && r->spoken_len <= 4;
        for (size_t k = 0; island && k < r->spoken_len; k++) {
            island = g_ascii_isalpha(s->text->str[r->spoken_start + k]);
        }
        gboolean particles = !island && between && r->spoken_len <= 12 &&
                             particles_only(s->text->str + r->spoken_start, r->spoken_len);
        if (island) {
            /* Vietnamese joins and verbs written without marks ("hay", "cho", "do": "Crazy Rich
             * Asians hay The Newsroom"; "thua", "qua": "Al Nassr thua Al Hilal") stay
             * Vietnamese. */
            static const char *const joins[] = {"hay", "cho", "do",   "khi", "theo", "sau", "con",
                                                "thua", "qua", "sang", "ra",  "mua",  "nhau"};
            /* Words of three or four letters that English or a name's particles write
             * between names and that are Vietnamese syllables too ("Walk the Line", "Mohammed
             * bin Salman", "van den Berg", Dutch "Erik ten Hag": 125 uses in the corpora). */
            static const char *const foreign[] = {"the", "via", "van", "von",
                                                  "den", "bin", "ben", "ten"};
            const char *w = s->text->str + r->spoken_start;
            for (size_t k = 0; island && k < G_N_ELEMENTS(joins); k++) {
                island = !(strlen(joins[k]) == r->spoken_len &&
                           memcmp(joins[k], w, r->spoken_len) == 0);
            }
            if (island && r->spoken_len >= 3 && g_ascii_islower(w[0]) &&
                vi_text_is_syllable(w, r->spoken_len) &&
                !vi_text_stop_final((guchar)w[r->spoken_len - 2], (guchar)w[r->spoken_len - 1])) {
                /* any other Vietnamese syllable of three letters or more in small letters (a
                 * capitalized one is a name's: "Kim Sang Sik"), and not ending in a stop without
                 * a tone ("Crazy rich Asians"), is a Vietnamese word written without marks
                 * between two names ("Perez coi Mourinho", "Alonso thay
                 * Ancelotti", "Walcott ba Sobhi" from a rating "3") */
                island = FALSE;
                for (size_t k = 0; !island && k < G_N_ELEMENTS(foreign); k++) {
                    island = strlen(foreign[k]) == r->spoken_len &&
                             memcmp(foreign[k], w, r->spoken_len) == 0;
                }
            }
        }
        if (island || particles) {
            prev->spoken_len = next->spoken_start + next->spoken_len - prev->spoken_start;
            g_array_remove_range(s->runs, i, 2);
            continue;
        }
        i++;
    }
}

/* Cuts the spoken text back to len bytes (a whole span), with its spans and runs. */
void dbi_spoken_truncate(docbao_spoken *s, size_t len)
{
    g_string_truncate(s->text, len);
    while (s->spans->len > 0 &&
           g_array_index(s->spans, docbao_span, s->spans->len - 1).spoken_start >= len) {
        g_array_set_size(s->spans, s->spans->len - 1);
    }
    while (s->runs->len > 0) {
        docbao_spoken_run *r = &g_array_index(s->runs, docbao_spoken_run, s->runs->len - 1);
        if (r->spoken_start >= len) {
            g_array_set_size(s->runs, s->runs->len - 1);
            continue;
        }
        r->spoken_len = MIN(r->spoken_len, len - r->spoken_start);
        break;
    }
}
