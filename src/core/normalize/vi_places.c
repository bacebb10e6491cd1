/*
 * Place names of the Central Highlands and the northern mountains, and personal names of the
 * same peoples, said in Vietnamese syllables (see vi_places.h and voices/lexicon/places.tsv).
 */
#include "normalize/vi_places.h"

#include <stdint.h>
#include <string.h>

/* Longest word respelled, in letters. */
#define PLACE_MAX_LETTERS 16
/* Words of a place's name looked at on each side of a word. */
#define PLACE_RUN 4

/* Combining marks of the tones 1 to 5 (huyền, sắc, hỏi, ngã, nặng). */
static const gunichar tone_marks[] = {0x0300, 0x0301, 0x0309, 0x0303, 0x0323};

static gboolean vowel_letter(gunichar ch)
{
    static const gunichar vowels[] = {'a', 0x0103, 0x00E2, 'e', 0x00EA, 'i', 'o',
                                      0x00F4, 0x01A1, 'u', 0x01B0, 'y'};
    for (size_t k = 0; k < G_N_ELEMENTS(vowels); k++) {
        if (ch == vowels[k]) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Is a vowel letter one with a shape mark (ă â ê ô ơ ư), which takes the tone of its rhyme? */
static gboolean shaped_vowel(gunichar ch)
{
    return ch >= 0x80;
}

/* The last character of s (UTF-8, not empty). */
static gunichar last_letter(const char *s)
{
    return g_utf8_get_char(g_utf8_find_prev_char(s, s + strlen(s)));
}

/* Appends n letters of s (lower case, without tones) as UTF-8. */
static void put_letters(GString *out, const gunichar *s, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        g_string_append_unichar(out, s[k]);
    }
}

/* The places.tsv line PART for letters s (UTF-8), or NULL. */
static const char *place_line(const vi_norm *c, const char *part, const GString *s)
{
    return vi_lex_place(c->lex, part, s->str, s->len);
}

/* Words around word i that the rule reads: i - PLACE_RUN - 2 (two before a run's first word)
 * to i + PLACE_RUN. */
#define PLACE_WORDS (2 * PLACE_RUN + 3)

/* The words around word i folded, each once, when first asked for (folded()). */
typedef struct {
    const vi_norm *c;
    size_t i;
    GString *keys;          /* the folded words, each ended by a NUL (c->place_keys) */
    size_t at[PLACE_WORDS]; /* where word i - PLACE_RUN - 2 + k starts in keys (SIZE_MAX: not
                             * folded yet) */
    size_t len[PLACE_WORDS];
} place_words;

static void place_words_init(place_words *pw, const vi_norm *c, size_t i)
{
    pw->c = c;
    pw->i = i;
    pw->keys = c->place_keys;
    g_string_truncate(pw->keys, 0);
    for (size_t k = 0; k < PLACE_WORDS; k++) {
        pw->at[k] = SIZE_MAX;
    }
}

/* Word j (a word within PLACE_WORDS of i) folded, NUL-ended; its length in *len. Valid until the
 * next call. */
static const char *folded(place_words *pw, size_t j, size_t *len)
{
    size_t k = j + PLACE_RUN + 2 - pw->i;
    if (pw->at[k] == SIZE_MAX) {
        pw->at[k] = pw->keys->len;
        vi_text_append_folded(pw->keys, vi_norm_str(pw->c, j), vi_norm_len(pw->c, j));
        pw->len[k] = pw->keys->len - pw->at[k];
        g_string_append_c(pw->keys, '\0');
    }
    *len = pw->len[k];
    return pw->keys->str + pw->at[k];
}

/*
 * Appends the rhyme nucleus (n vowel letters), final and tone to out: the tone on the vowel
 * with a shape mark, else on the last vowel before a final or of oa, oe, uy, uê, else the
 * first ("Tun", "Đắc", "Mơ").
 */
static void put_rhyme(GString *out, const gunichar *nucleus, size_t n, const char *final,
                      int tone)
{
    size_t at = 0;
    GString *syl = g_string_new(NULL);
    char *nfc;
    if (n > 1) {
        gboolean shaped = FALSE;
        for (size_t k = 0; k < n; k++) {
            if (shaped_vowel(nucleus[k])) {
                at = k;
                shaped = TRUE;
            }
        }
        if (!shaped && (*final != '\0' || (n == 2 && (nucleus[0] == 'o' || nucleus[0] == 'u') &&
                                            nucleus[1] != 'i' && nucleus[1] != 'a'))) {
            at = n - 1;
        }
    }
    for (size_t k = 0; k < n; k++) {
        g_string_append_unichar(syl, nucleus[k]);
        if (k == at && tone > 0) {
            g_string_append_unichar(syl, tone_marks[tone - 1]);
        }
    }
    g_string_append(syl, final);
    nfc = g_utf8_normalize(syl->str, (gssize)syl->len, G_NORMALIZE_NFC);
    g_string_append(out, nfc);
    g_free(nfc);
    g_string_free(syl, TRUE);
}

/*
 * Appends to out the Vietnamese syllables of a place's word of one syllable (w, len bytes) that
 * is no Vietnamese syllable: the consonant before an apostrophe with a short ơ, an onset or
 * cluster, and a final, by places.tsv. FALSE (out as it was) when the lines cannot make it
 * Vietnamese syllables: more than one vowel group, a cluster or final no line names.
 */
static gboolean respell_syllable(const vi_norm *c, const char *w, size_t len, GString *out)
{
    gunichar lo[PLACE_MAX_LETTERS];
    size_t n = 0, apostrophe = 0, at, onset_end, nucleus_end;
    int tone = 0;
    gboolean upper = g_unichar_isupper(g_utf8_get_char(w)), ok = TRUE;
    size_t start = out->len;
    GString *part = g_string_new(NULL);
    const char *said;
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p)) {
        gunichar ch = g_utf8_get_char(p);
        int t;
        if (vi_tok_is_apostrophe(ch)) {
            if (apostrophe > 0 || n == 0) {
                ok = FALSE;
            }
            apostrophe = n;
            continue;
        }
        if (n == PLACE_MAX_LETTERS || !g_unichar_isalpha(ch)) {
            ok = FALSE;
            break;
        }
        t = vi_text_tone(ch);
        if (t > 0) {
            if (tone > 0) {
                ok = FALSE;
            }
            tone = t;
        }
        lo[n++] = vi_text_strip_tone(ch);
    }
    at = 0;
    if (ok && apostrophe > 0) {
        /* "M'gar": the consonants before the apostrophe said with ơ ("Mơ") */
        put_letters(part, lo, apostrophe);
        said = place_line(c, "apostrophe", part);
        ok = said != NULL && *said != '\0';
        if (ok) {
            g_string_append(out, said);
            g_string_append_c(out, ' ');
            at = apostrophe;
        }
    }
    onset_end = at;
    while (ok && onset_end < n && (!vowel_letter(lo[onset_end]) ||
                                   (lo[onset_end] == 'y' && onset_end == at && onset_end + 1 < n &&
                                    vowel_letter(lo[onset_end + 1])))) {
        onset_end++;
    }
    nucleus_end = onset_end;
    while (ok && nucleus_end < n && vowel_letter(lo[nucleus_end])) {
        nucleus_end++;
    }
    for (size_t k = nucleus_end; ok && k < n; k++) {
        ok = !vowel_letter(lo[k]); /* one vowel group: one syllable */
    }
    ok = ok && nucleus_end > onset_end;
    if (ok && onset_end > at) {
        /* the onset, with its first vowel ("wa" "oa": the last letter said is the rhyme's
         * first vowel) or alone ("kr" "cờ r", "j" "gi") */
        gboolean with_vowel;
        g_string_truncate(part, 0);
        put_letters(part, lo + at, onset_end - at + 1);
        said = place_line(c, "onset", part);
        with_vowel = said != NULL;
        if (said == NULL) {
            g_string_truncate(part, 0);
            put_letters(part, lo + at, onset_end - at);
            /* (places.tsv's lines come first: its "onset d" says đ) */
            said = place_line(c, "onset", part);
            if (said == NULL && vi_text_is_onset(part->str, part->len)) {
                said = part->str;
            }
        }
        if (said == NULL || (with_vowel && (*said == '\0' || !vowel_letter(last_letter(said))))) {
            ok = FALSE;
        } else {
            size_t before = out->len;
            gunichar next;
            g_string_append(out, said);
            if (with_vowel) {
                /* the vowel said goes back into the rhyme */
                const char *v = g_utf8_find_prev_char(out->str + before, out->str + out->len);
                lo[onset_end] = g_utf8_get_char(v);
                g_string_truncate(out, (size_t)(v - out->str));
            }
            next = lo[onset_end];
            if (g_str_has_suffix(out->str, "gi") && next == 'i') {
                g_string_truncate(out, out->len - 1); /* "Jing" "Ginh", as in "gìn" */
            }
            if (out->len > before && out->str[out->len - 1] == 'c' &&
                (next == 'e' || next == 0x00EA || next == 'i' || next == 'y')) {
                out->str[out->len - 1] = 'k'; /* "ke", "ki" as Vietnamese writes them */
            }
        }
    }
    if (ok) {
        gunichar nucleus[PLACE_MAX_LETTERS];
        size_t nn = nucleus_end - onset_end;
        const char *final = "";
        char whole_final[8];
        memcpy(nucleus, lo + onset_end, nn * sizeof *nucleus);
        g_string_truncate(part, 0);
        put_letters(part, lo + onset_end, n - onset_end);
        said = nucleus_end < n ? place_line(c, "rhyme", part) : NULL;
        if (said != NULL) {
            /* a whole rhyme written otherwise: "ing" "inh" */
            size_t fl = 0;
            nn = 0;
            for (const char *p = said; *p != '\0'; p = g_utf8_next_char(p)) {
                gunichar ch = g_utf8_get_char(p);
                if (vowel_letter(ch) && fl == 0 && nn < PLACE_MAX_LETTERS) {
                    nucleus[nn++] = ch;
                } else if (g_ascii_isalpha((char)ch) && ch < 0x80 && fl + 1 < sizeof whole_final) {
                    whole_final[fl++] = (char)ch;
                } else {
                    ok = FALSE;
                }
            }
            whole_final[fl] = '\0';
            final = whole_final;
            ok = ok && nn > 0;
        } else if (nucleus_end < n) {
            g_string_truncate(part, 0);
            put_letters(part, lo + nucleus_end, n - nucleus_end);
            final = place_line(c, "final", part);
            if (final == NULL && vi_text_is_final(part->str, part->len)) {
                final = part->str;
            }
            ok = final != NULL;
        }
        if (ok && *final == '\0') {
            /* an open syllable: ă and â need a final; "ie" is written "ia" */
            if (nucleus[nn - 1] == 0x0103) {
                nucleus[nn - 1] = 'a';
            } else if (nucleus[nn - 1] == 0x00E2) {
                nucleus[nn - 1] = 0x01A1;
            }
            g_string_truncate(part, 0);
            put_letters(part, nucleus, nn);
            said = place_line(c, "rhyme", part);
            if (said != NULL && g_utf8_strlen(said, -1) <= PLACE_MAX_LETTERS && *said != '\0') {
                nn = 0;
                for (const char *p = said; *p != '\0'; p = g_utf8_next_char(p)) {
                    nucleus[nn++] = g_utf8_get_char(p);
                }
            }
        }
        if (ok) {
            size_t fl = strlen(final);
            if (tone <= 0 && fl > 0 &&
                vi_text_stop_final(fl > 1 ? (gunichar)final[fl - 2] : 0, (gunichar)final[fl - 1])) {
                tone = 2; /* "Buk" "Búc": a stop final takes sắc */
            }
            put_rhyme(out, nucleus, nn, final, tone);
        }
    }
    g_string_free(part, TRUE);
    if (ok) {
        /* every piece a syllable, the first letter in the word's case */
        const char *p = out->str + start;
        while (ok && *p != '\0') {
            const char *sp = strchr(p, ' ');
            size_t pl = sp != NULL ? (size_t)(sp - p) : strlen(p);
            ok = pl > 0 && vi_text_is_syllable(p, pl);
            p += pl + (sp != NULL);
        }
    }
    if (!ok) {
        g_string_truncate(out, start);
        return FALSE;
    }
    if (upper) {
        gunichar first = g_unichar_toupper(g_utf8_get_char(out->str + start));
        char buf[6];
        int bl = g_unichar_to_utf8(first, buf);
        size_t ol = (size_t)(g_utf8_next_char(out->str + start) - (out->str + start));
        g_string_erase(out, (gssize)start, (gssize)ol);
        g_string_insert_len(out, (gssize)start, buf, bl);
    }
    return TRUE;
}

/* Is the letter at p (UTF-8) a vowel letter, whatever its case and tone? */
static gboolean vowel_at(const char *p)
{
    return vowel_letter(vi_text_strip_tone(g_unichar_tolower(g_utf8_get_char(p))));
}

/* The line of PART of places.tsv for s..e (UTF-8) folded into tmp, or NULL. */
static const char *folded_line(const vi_norm *c, const char *part, const char *s, const char *e,
                               GString *tmp)
{
    g_string_truncate(tmp, 0);
    vi_text_append_folded(tmp, s, (size_t)(e - s));
    return place_line(c, part, tmp);
}

/* The first letter from p (UTF-8, up to end) that is not a vowel when VOWELS, not a consonant
 * otherwise; end if none. */
static const char *skip_letters(const char *p, const char *end, gboolean vowels)
{
    while (p < end && vowel_at(p) == vowels) {
        p = g_utf8_next_char(p);
    }
    return p;
}

/* Is s..e (UTF-8) folded a line of PART of places.tsv or, by is_vi, Vietnamese? */
static gboolean letters_are(const vi_norm *c, const char *part,
                            gboolean (*is_vi)(const char *, size_t), const char *s, const char *e,
                            GString *tmp)
{
    return folded_line(c, part, s, e, tmp) != NULL || is_vi(tmp->str, tmp->len);
}

/*
 * Where the syllable after the consonants cons..next (between two vowel groups of a word)
 * starts, or NULL: one consonant begins it ("Ênuôl" "Ê nuôl"); of more, an h or r first ends
 * the syllable before, said as nothing ("Bahnar" "Ba nar"), else the consonants begin it when
 * an onset ("Adrênh" "A drênh"), else the longest final before an onset ("Bôlykhămxay" "khăm
 * xay").
 */
static const char *syllable_start(const vi_norm *c, const char *cons, const char *next,
                                  GString *tmp)
{
    const char *second = g_utf8_next_char(cons);
    if (second == next) {
        return cons;
    }
    if ((g_ascii_tolower(*cons) == 'h' || g_ascii_tolower(*cons) == 'r') &&
        letters_are(c, "onset", vi_text_is_onset, second, next, tmp)) {
        return second;
    }
    if (letters_are(c, "onset", vi_text_is_onset, cons, next, tmp)) {
        return cons;
    }
    for (const char *p = g_utf8_find_prev_char(cons, next); p != NULL && p > cons;
         p = g_utf8_find_prev_char(cons, p)) {
        if (letters_are(c, "final", vi_text_is_final, cons, p, tmp) &&
            letters_are(c, "onset", vi_text_is_onset, p, next, tmp)) {
            return p;
        }
    }
    return NULL;
}

/* Is c a letter Vietnamese writes and the languages of Western Europe seldom do: one beyond
 * Latin-1 (ă, đ, ơ, ư, ạ, ế ...) or a circumflex â, ê, ô? An acute or a grave of Latin-1 is
 * French or Spanish as often ("Marché", "André", "José": Latin-1 marks alone are no evidence). */
static gboolean vietnamese_letter(gunichar c)
{
    gunichar lo = g_unichar_tolower(c);
    return (c >= 0x100 && g_unichar_isalpha(c)) || lo == 0xE2 || lo == 0xEA || lo == 0xF4;
}

/*
 * Appends the Vietnamese syllables of a place's word (w, len bytes) that is no Vietnamese
 * syllable: a word of one vowel group by respell_syllable(), a word of more split before each
 * syllable's onset (syllable_start()) and each piece so made ("Ênuôl" "Ê nuôn", "Bahnar" "Ba
 * na"); a first piece that is a head with a reading says it ("EaBar" "Ê a Ba"). A word of
 * several with no letter of Vietnamese (vietnamese_letter(): plain Latin, or an acute or grave
 * of Latin-1, "Marché") only when SEVERAL (its name is surely of these peoples: "Ia Ake",
 * "buôn Ako Dhong"), not after any "huyện" ("huyện Pulwama").
 */
static gboolean respell(const vi_norm *c, const char *w, size_t len, gboolean several,
                        GString *out)
{
    const char *end = w + len, *p = w, *piece = w, *said;
    size_t start = out->len;
    gboolean ok = TRUE;
    GString *tmp;
    for (const char *q = w; q < end && !several; q = g_utf8_next_char(q)) {
        several = vietnamese_letter(g_utf8_get_char(q)); /* "Ênuôl", "Sơmei" */
    }
    p = skip_letters(skip_letters(skip_letters(w, end, FALSE), end, TRUE), end, FALSE);
    tmp = g_string_new(NULL);
    if (p < end && !several) {
        /* a head joined to the next word: "EaBar", "Ealy" */
        said = folded_line(c, "head", w, skip_letters(skip_letters(w, end, FALSE), end, TRUE),
                           tmp);
        several = said != NULL && *said != '\0';
    }
    if (p == end || !several) {
        g_string_free(tmp, TRUE);
        return respell_syllable(c, w, len, out); /* one vowel group */
    }
    p = skip_letters(w, end, FALSE);
    while (ok) {
        const char *cons, *next, *at;
        p = skip_letters(p, end, TRUE);
        cons = p;
        while (p < end && !vowel_at(p)) {
            ok = ok && g_unichar_isalpha(g_utf8_get_char(p));
            p = g_utf8_next_char(p);
        }
        next = p;
        if (!ok || next == end) {
            break;
        }
        at = syllable_start(c, cons, next, tmp);
        ok = at != NULL;
        if (ok) {
            said = NULL;
            if (piece == w) {
                said = folded_line(c, "head", w, at, tmp);
            }
            if (said != NULL && *said != '\0') {
                g_string_append(out, said); /* "Ea" of "EaBar": "Ê a" */
            } else if (vi_text_is_syllable(piece, (size_t)(at - piece))) {
                g_string_append_len(out, piece, at - piece); /* "Giê" of "Giêsu" */
            } else {
                ok = respell_syllable(c, piece, (size_t)(at - piece), out);
            }
            g_string_append_c(out, ' ');
            piece = at;
        }
    }
    ok = ok && respell_syllable(c, piece, (size_t)(end - piece), out);
    g_string_free(tmp, TRUE);
    if (!ok) {
        g_string_truncate(out, start);
    }
    return ok;
}

/* Is token j a capitalized word that may be a word of a place's name (not in capitals)? */
static gboolean run_word(const vi_norm *c, size_t j)
{
    const char *w = vi_norm_str(c, j);
    size_t len = vi_norm_len(c, j);
    return vi_norm_capitalized(c, j) &&
           !(vi_text_is_upper(w, len) && g_utf8_strlen(w, (gssize)len) > 1);
}

/* The places.tsv line PART for word j folded, or NULL. */
static const char *word_line(place_words *pw, const char *part, size_t j)
{
    size_t len;
    const char *key = folded(pw, j, &len);
    return vi_lex_place(pw->c->lex, part, key, len);
}

/* Does the run of words starting at first follow a word of PART ("after": "xã", "thị xã", not
 * "ông xã"; "person": "ông", "già làng")? */
static gboolean word_before(place_words *pw, size_t first, const char *part, GString *tmp)
{
    const vi_norm *c = pw->c;
    size_t j;
    if (first == 0 || !c->tok[first].space || !vi_norm_is(c, first - 1, VI_TOK_WORD)) {
        return FALSE;
    }
    j = first - 1;
    if (j > 0 && c->tok[j].space && vi_norm_is(c, j - 1, VI_TOK_WORD)) {
        size_t len;
        const char *key = folded(pw, j - 1, &len);
        g_string_truncate(tmp, 0);
        g_string_append_len(tmp, key, (gssize)len);
        g_string_append_c(tmp, ' ');
        key = folded(pw, j, &len);
        g_string_append_len(tmp, key, (gssize)len);
        if (place_line(c, part, tmp) != NULL) {
            return TRUE;
        }
        key = folded(pw, j - 1, &len);
        if (strcmp(part, "after") == 0 && (strcmp(key, "ông") == 0 || strcmp(key, "bà") == 0)) {
            return FALSE; /* "ông xã", "bà xã": a husband, a wife */
        }
    }
    return word_line(pw, part, j) != NULL;
}

/* Does a run of words start after token j ("xã", "Ông")? */
static gboolean run_stops_at(place_words *pw, size_t j)
{
    return word_line(pw, "after", j) != NULL || word_line(pw, "person", j) != NULL;
}

/*
 * The reading of word j of the run first..last when it is a marker, or NULL: the marker line of
 * the word ("ksor" "Cờ xo"; a lone letter, "y", only first in the run, apart from what comes
 * before ("H.H" is no marker), and before more); "" when
 * the word with the next is a marker ("rơ mah") or its letters up to an apostrophe ("h'").
 */
static const char *marker_of(place_words *pw, size_t j, size_t first, size_t last,
                             GString *tmp)
{
    const vi_norm *c = pw->c;
    const char *w = vi_norm_str(c, j), *said;
    size_t len = vi_norm_len(c, j), kl;
    const char *key = folded(pw, j, &kl);
    if (g_utf8_strlen(key, (gssize)kl) > 1 ||
        (j == first && j < last && (j == 0 || c->tok[j].space))) {
        if ((said = vi_lex_place(c->lex, "marker", key, kl)) != NULL) {
            return said;
        }
    }
    if (j < last) {
        g_string_truncate(tmp, 0);
        g_string_append_len(tmp, key, (gssize)kl);
        g_string_append_c(tmp, ' ');
        key = folded(pw, j + 1, &kl);
        g_string_append_len(tmp, key, (gssize)kl);
        if (place_line(c, "marker", tmp) != NULL) {
            return ""; /* its reading is for the pair as a whole, the words said by rule */
        }
    }
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p)) {
        gunichar ch = g_utf8_get_char(p);
        if (vi_tok_is_apostrophe(ch)) {
            g_string_truncate(tmp, 0);
            vi_text_append_folded(tmp, w, (size_t)(p - w));
            g_string_append_c(tmp, '\'');
            return p > w && place_line(c, "marker", tmp) != NULL ? "" : NULL;
        }
    }
    return NULL;
}

/*
 * Is word j (no Vietnamese syllable) written as only these languages write: an apostrophe, a
 * letter with a Vietnamese mark (Kđăm, Kbuôr), or a cluster said with a short syllable (Tlang)?
 */
static gboolean highland_letters(const vi_norm *c, size_t j, GString *tmp)
{
    const char *w = vi_norm_str(c, j), *said;
    size_t len = vi_norm_len(c, j);
    gboolean onset = TRUE;
    g_string_truncate(tmp, 0);
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p)) {
        gunichar ch = g_utf8_get_char(p), lo = g_unichar_tolower(vi_text_strip_tone(ch));
        if (vi_tok_is_apostrophe(ch) || ch >= 0x80) {
            return TRUE;
        }
        if (onset && vowel_letter(lo)) {
            onset = FALSE;
        } else if (onset) {
            g_string_append_unichar(tmp, lo);
        }
    }
    said = tmp->len > 1 ? place_line(c, "onset", tmp) : NULL;
    return said != NULL && strchr(said, ' ') != NULL;
}

/*
 * Is the run first..last a name of a person of these peoples: it holds a marker of such names
 * (Y, H', Ksor, Rơ Mah, Niê...: has_marker), or it follows a word of "person" (ông, già làng)
 * and a word of it is written as only these languages write?
 */
static gboolean person_name(place_words *pw, size_t first, size_t last, gboolean has_marker,
                            GString *tmp)
{
    const vi_norm *c = pw->c;
    gboolean highland = FALSE;
    if (has_marker) {
        return TRUE;
    }
    if (!word_before(pw, first, "person", tmp)) {
        return FALSE;
    }
    for (size_t j = first; j <= last && !highland; j++) {
        highland = !vi_norm_syllable(c, j) &&
                   highland_letters(c, j, tmp);
    }
    return highland;
}

/* vi_place_word() for a word that begins with a capital. */
static G_NO_INLINE gboolean capital_place_word(vi_norm *c, size_t i, GString *out)
{
    size_t first = i, last = i;
    gboolean ok, head = FALSE, has_marker = FALSE, several;
    GString *tmp, *said;
    place_words pw;
    size_t len = vi_norm_len(c, i);
    if (!run_word(c, i) || len > 4 * PLACE_MAX_LETTERS || vi_norm_syllable(c, i)) {
        return FALSE;
    }
    tmp = c->place_tmp;
    place_words_init(&pw, c, i);
    while (first > 0 && i - first < PLACE_RUN && c->tok[first].space && run_word(c, first - 1) &&
           !run_stops_at(&pw, first - 1)) {
        first--; /* "Xã Ea Tul": the run starts after "Xã" */
    }
    while (last - i < PLACE_RUN && vi_norm_is(c, last + 1, VI_TOK_WORD) && c->tok[last + 1].space &&
           run_word(c, last + 1)) {
        last++;
    }
    if (last + 1 < c->ntok && !c->tok[last + 1].space && !vi_norm_sym(c, last + 1, ',') &&
        !vi_norm_sym(c, last + 1, '.') && !vi_norm_sym(c, last + 1, ';') &&
        !vi_norm_sym(c, last + 1, ':') && !vi_norm_sym(c, last + 1, ')')) {
        return FALSE; /* "Jay-Z", "Kret.com": joined to more, no place */
    }
    said = c->place_said;
    g_string_truncate(said, 0);
    ok = TRUE;
    for (size_t j = first; j <= last && !head; j++) {
        head = last > first && word_line(&pw, "head", j) != NULL;
    }
    several = head || (first > 0 && !vi_norm_capitalized(c, first - 1) &&
                       word_before(&pw, first, "home", tmp)); /* not "Le Bon Marché" */
    for (size_t j = first; j <= last && ok; j++) {
        const char *wj = vi_norm_str(c, j);
        size_t lj = vi_norm_len(c, j), kl;
        const char *web, *key, *marker = marker_of(&pw, j, first, last, tmp);
        has_marker = has_marker || marker != NULL;
        key = folded(&pw, j, &kl);
        web = vi_lex_webword(c->lex, key, kl);
        if (web != NULL && *web == '\0' && !(j > first && word_line(&pw, "head", j - 1) != NULL)) {
            ok = FALSE; /* an English word: "Black", "Palm"; not after a head ("Ea Bar") */
        } else if (marker != NULL && *marker != '\0') {
            if (j == i) {
                g_string_append(said, marker); /* "Ksor" "Cơ xo", "H" "Hơ" */
            }
        } else if (j == i) {
            ok = respell(c, wj, lj, several, said);
        } else if (!vi_text_is_syllable(wj, lj) && vi_lex_abbr(c->lex, key) == NULL) {
            /* another word of the name: one of the lexicon or one these letters say */
            g_string_truncate(tmp, 0);
            g_string_append_len(tmp, wj, (gssize)lj);
            if (vi_lex_abbr(c->lex, tmp->str) == NULL) {
                size_t before = tmp->len;
                ok = respell(c, wj, lj, several, tmp);
                g_string_truncate(tmp, before);
            }
        }
    }
    ok = ok && (head || word_before(&pw, first, "after", tmp) ||
                person_name(&pw, first, last, has_marker, tmp));
    if (ok && out != NULL) {
        g_string_append_len(out, said->str, (gssize)said->len);
    }
    return ok;
}

gboolean vi_place_word(vi_norm *c, size_t i, GString *out)
{
    /* the cheapest test first: most words begin with no capital */
    return vi_norm_capitalized(c, i) && capital_place_word(c, i, out);
}
