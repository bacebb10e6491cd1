/*
 * Vietnamese text helpers for the normalizer: NFC with a map back to the source, one tone-mark
 * placement, letters without diacritics, and a test for "is this one Vietnamese syllable".
 * Internal to the core; prefix vi_text_.
 */
#ifndef DOCBAO_VI_TEXT_H
#define DOCBAO_VI_TEXT_H

#include <string.h>

#include <glib.h>

/*
 * Text in NFC, without zero-width and soft-hyphen characters, with a map from each of its byte
 * offsets back to the source. map is NULL when the text is the source unchanged (the usual case:
 * no combining marks, nothing removed); otherwise it has len + 1 entries.
 */
typedef struct vi_text {
    const char *str; /* the text: the source itself, or owned (not NUL-terminated) */
    char *owned;     /* what to free, or NULL */
    size_t len;
    size_t *map; /* owned, or NULL for the identity */
} vi_text;

/*
 * Fills t from len bytes of valid UTF-8, which must outlive t (text already in NFC is used in
 * place). Linear time; clusters with combining marks are composed one by one, so offsets of the
 * rest stay exact. Free with vi_text_clear().
 */
void vi_text_init(vi_text *t, const char *src, size_t len);
void vi_text_clear(vi_text *t);

/* A change to t's text: bytes start..end-1 become the with_len bytes at with. */
typedef struct vi_text_edit {
    size_t start;
    size_t end;
    const char *with;
    size_t with_len;
} vi_text_edit;

/*
 * Makes the n edits (in order of start, not overlapping) to t's text. The bytes of a
 * replacement map to the source offset of what it replaces, its end to that one's end, so spans
 * of the words around it stay exact. Linear time.
 */
void vi_text_splice(vi_text *t, const vi_text_edit *edits, size_t n);

/* The source offset of byte off of t (0 <= off <= t->len). */
static inline size_t vi_text_source(const vi_text *t, size_t off)
{
    return t->map != NULL ? t->map[off] : off;
}

/* Appends len bytes to out, as g_string_append_len() does, without its call when they fit. */
static inline void vi_text_put(GString *out, const char *s, size_t len)
{
    if (out->len + len < out->allocated_len) {
        memcpy(out->str + out->len, s, len);
        out->len += len;
        out->str[out->len] = '\0';
    } else {
        g_string_append_len(out, s, (gssize)len);
    }
}

/*
 * Appends len bytes of one word to out with the tone mark where the traditional spelling puts
 * it: "hoà" -> "hòa", "khoẻ" -> "khỏe", "uỷ" -> "ủy", "thuỷ" -> "thủy" (open syllables in
 * oa, oe, uy, not after q), and with the horn a typist left off one letter of "ươ" before a
 * final put back, the tone on its ơ ("thuơng" -> "thương", "vưong" -> "vương", "thúơng" ->
 * "thướng", "trừơng" -> "trường"). Everything else is copied unchanged.
 */
void vi_text_append_retoned(GString *out, const char *w, size_t len);

/* Appends w lowercased (Vietnamese letters included) with the traditional tone placement. */
void vi_text_append_folded(GString *out, const char *w, size_t len);

/*
 * A Vietnamese letter without its tone mark, lowercased, keeping its shape (â, ă, ê, ô, ơ, ư,
 * đ): "Ấ" -> "â". Other characters are returned lowercased.
 */
gunichar vi_text_strip_tone(gunichar c);

/* The tone of a vowel letter: 0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng; -1 if not a vowel. */
int vi_text_tone(gunichar c);

/*
 * The letter an initial stands for in an acronym: the base letter, uppercased, without any
 * diacritic, except that đ gives 'D' too (acronyms write both "D" and "Đ"). Non-letters give 0.
 */
gunichar vi_text_initial(gunichar c);

/* TRUE if w (len bytes, any case, with or without tone marks) is one Vietnamese syllable. */
gboolean vi_text_is_syllable(const char *w, size_t len);

/* TRUE if s (n bytes, lower case, no tone) is an onset (ngh, tr, đ...) or a final consonant
 * (ng, ch, t...) Vietnamese writes: the tables vi_text_is_syllable() reads. */
gboolean vi_text_is_onset(const char *s, size_t n);
gboolean vi_text_is_final(const char *s, size_t n);

/* TRUE if w is no syllable as written but one once vi_text_append_retoned() repairs it
 * ("TRỨOC", "NGUỜI": the horn missing in capitals). */
gboolean vi_text_is_repaired_syllable(const char *w, size_t len);

/*
 * TRUE if a syllable whose last two letters are before and last (tone marks stripped, any case;
 * before is 0 for a one-letter syllable) ends in p, t, c or ch: a Vietnamese syllable with such
 * a final always carries the sắc or nặng tone, so without one it is not heard as Vietnamese.
 */
gboolean vi_text_stop_final(gunichar before, gunichar last);

/* TRUE if w has an uppercase letter. */
gboolean vi_text_has_upper(const char *w, size_t len);

/* TRUE if every letter of w is uppercase and it has at least one letter. */
gboolean vi_text_is_upper(const char *w, size_t len);

/* TRUE if c separates words: Unicode white space, no-break spaces, controls. */
gboolean vi_text_is_space(gunichar c);

#endif
