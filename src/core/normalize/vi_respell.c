/*
 * Foreign names said in Vietnamese syllables by the letters of their language (see
 * vi_respell.h and voices/lexicon/respell.tsv).
 *
 * A word is folded (lower case, accents the language has no line for dropped), cut into the
 * language's letters, longest first (its start and end lines first), each said as Vietnamese
 * consonants or a vowel, and these are put into syllables as Vietnamese transliteration does:
 * one consonant between two vowels starts the second syllable; of several, a cluster the voice
 * says together (inner lines) starts it and the first of the others closes the syllable before
 * when it can be a final (final lines: v p, r c), any left being syllables of their own with ơ;
 * a syllable ending in p, t, c or ch takes the sắc tone. Every syllable made must be one of
 * Vietnamese (vi_text_is_syllable(), clusters aside), else the word is not respelled.
 */
#include "normalize/vi_respell.h"

#include <string.h>

#include "normalize/vi_text.h"

/* Longest word respelled, in bytes once folded. */
#define RESPELL_MAX_BYTES 48
/* Most pieces (consonants, vowels) a word is said in. */
#define RESPELL_MAX_UNITS 40
/* Longest letters of a line, in bytes. */
#define RESPELL_MAX_LETTERS 8

/* A piece of what a word is said in: Vietnamese consonants, or a vowel ("ê|e": open|closed). */
typedef struct {
    const char *s;
    size_t len;
    gboolean vowel;
} piece;

typedef struct {
    const vi_lexicon *lex;
    const char *lang;
    piece p[RESPELL_MAX_UNITS];
    size_t n;
    GString *out;
    size_t start;   /* where the word's syllables start in out */
    GString *onset; /* the onset of the syllable being made */
    GString *tmp;
} speller;

/* The line PART of the language, else of every language ("*"), for len bytes of letters. */
static const char *line(const speller *sp, const char *part, const char *letters, size_t len)
{
    const char *said = vi_lex_respell(sp->lex, sp->lang, part, letters, len);
    return said != NULL ? said : vi_lex_respell(sp->lex, "*", part, letters, len);
}

/* Is ch a Vietnamese vowel letter (any tone, any case), or the "|" between a vowel's two forms? */
static gboolean vowel_char(gunichar ch)
{
    return ch == '|' || vi_text_tone(ch) >= 0;
}

/* Adds the pieces a line says: runs of consonants and of vowels, apart by spaces. FALSE when
 * it says "!" (letters the language does not write: Italian k, w) or there are too many. */
static gboolean add_said(speller *sp, const char *said)
{
    const char *p = said;
    if (strcmp(said, "!") == 0) {
        return FALSE;
    }
    while (*p != '\0') {
        const char *q = p;
        gboolean vowel;
        if (*p == ' ') {
            p++;
            continue;
        }
        vowel = vowel_char(g_utf8_get_char(p));
        if (((p[0] == 'g' && p[1] == 'i') || (p[0] == 'q' && p[1] == 'u')) &&
            (p[2] == '\0' || p[2] == ' ')) {
            q = p + 2; /* "gi", "qu": consonants */
        }
        while (*q != '\0' && *q != ' ' && vowel_char(g_utf8_get_char(q)) == vowel) {
            q = g_utf8_next_char(q);
        }
        if (sp->n == RESPELL_MAX_UNITS) {
            return FALSE;
        }
        sp->p[sp->n].s = p;
        sp->p[sp->n].len = (size_t)(q - p);
        sp->p[sp->n].vowel = vowel;
        sp->n++;
        p = q;
    }
    return TRUE;
}

/*
 * Folds w into out (lower case; a letter with a mark that the language has no line for is its
 * base letter: "í" i, while Spanish keeps "ñ"). FALSE when a character is no letter, or the word
 * is longer than RESPELL_MAX_BYTES.
 */
static gboolean fold(const vi_lexicon *lex, const char *lang, const char *w, size_t len, char *out,
                     size_t *n)
{
    size_t k = 0;
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p)) {
        gunichar ch = g_unichar_tolower(g_utf8_get_char(p));
        char b[8];
        gint bl = g_unichar_to_utf8(ch, b);
        if (ch < 0x80) {
            if (!g_ascii_isalpha((char)ch)) {
                return FALSE;
            }
        } else if (lang == NULL || vi_lex_respell(lex, lang, "letters", b, (size_t)bl) == NULL) {
            gunichar d[4];
            gsize nd = g_unichar_fully_decompose(ch, FALSE, d, G_N_ELEMENTS(d));
            if (nd == 0 || d[0] >= 0x80 || !g_ascii_isalpha((char)d[0])) {
                return FALSE;
            }
            b[0] = (char)d[0];
            bl = 1;
        }
        if (k + (size_t)bl > RESPELL_MAX_BYTES) {
            return FALSE;
        }
        memcpy(out + k, b, (size_t)bl);
        k += (size_t)bl;
    }
    *n = k;
    return TRUE;
}

/* Cuts the folded word s (n bytes) into the pieces its letters are said in. */
static gboolean cut(speller *sp, const char *s, size_t n)
{
    size_t at = 0;
    const char *said;
    for (size_t len = MIN(n, (size_t)RESPELL_MAX_LETTERS); len >= 1; len--) {
        if ((said = line(sp, "start", s, len)) != NULL) {
            if (!add_said(sp, said)) {
                return FALSE;
            }
            at = len;
            break;
        }
    }
    while (at < n) {
        gboolean found = FALSE;
        if (n - at <= RESPELL_MAX_LETTERS && (said = line(sp, "end", s + at, n - at)) != NULL) {
            return add_said(sp, said);
        }
        /* (no line names more letters than the longest starting with this one) */
        size_t most = MIN(MIN(n - at, (size_t)RESPELL_MAX_LETTERS),
                          vi_lex_respell_letters_max(sp->lex, s[at]));
        for (size_t len = most; len >= 1 && !found; len--) {
            if (at + len < n && ((guchar)s[at + len] & 0xC0) == 0x80) {
                continue; /* not a whole character */
            }
            said = NULL;
            if (at + len < n) {
                /* "c>e": the letters before the next one */
                char key[2 * RESPELL_MAX_LETTERS + 2];
                const char *next = g_utf8_next_char(s + at + len);
                size_t nl = (size_t)(next - (s + at + len));
                memcpy(key, s + at, len);
                key[len] = '>';
                memcpy(key + len + 1, s + at + len, nl);
                said = line(sp, "letters", key, len + 1 + nl);
            }
            if (said == NULL) {
                said = line(sp, "letters", s + at, len);
            }
            if (said != NULL) {
                if (!add_said(sp, said)) {
                    return FALSE;
                }
                at += len;
                found = TRUE;
            }
        }
        if (!found) {
            return FALSE;
        }
    }
    return TRUE;
}

/* The first and last letters of s (UTF-8, n bytes), lower case and without tone. */
static gunichar first_letter(const char *s)
{
    return vi_text_strip_tone(g_utf8_get_char(s));
}

static gunichar last_letter(const char *s, size_t n)
{
    return vi_text_strip_tone(g_utf8_get_char(g_utf8_find_prev_char(s, s + n)));
}

/* Does s (n bytes) carry a tone mark? */
static gboolean toned(const char *s, size_t n)
{
    for (const char *p = s; p < s + n; p = g_utf8_next_char(p)) {
        if (vi_text_tone(g_utf8_get_char(p)) > 0) {
            return TRUE;
        }
    }
    return FALSE;
}

static gboolean front_vowel(gunichar v)
{
    return v == 'e' || v == 0x00EA || v == 'i' || v == 'y';
}

/*
 * Appends to sp->out one syllable: onset, the vowel nuc (n bytes; its open or closed form), the
 * final coda, in Vietnamese spelling (k before e, ê, i; gh, ngh; ch after ê, i; nh), with the
 * sắc tone when the final is a stop. When it is no Vietnamese syllable and split is TRUE, a
 * vowel of two letters closed by a final is made two syllables ("khai" and n: "kha in"; "ria" and
 * p: "ri áp"). FALSE when it cannot be made one.
 */
static gboolean put_syllable(speller *sp, const char *onset, const char *nuc, size_t n,
                             const char *coda, gboolean split)
{
    const char *bar = memchr(nuc, '|', n);
    GString *syl = sp->tmp;
    gunichar first, last;
    const char *fin = coda;
    size_t onset_len = strlen(onset), rhyme, check;
    char *nfc;
    gboolean ok;
    if (bar != NULL) {
        /* "ê|e": open | closed */
        if (*coda == '\0') {
            n = (size_t)(bar - nuc);
        } else {
            n -= (size_t)(bar + 1 - nuc);
            nuc = bar + 1;
        }
    }
    first = first_letter(nuc);
    last = last_letter(nuc, n);
    g_string_truncate(syl, 0);
    g_string_append(syl, onset);
    if (onset_len > 0) {
        char *end = syl->str + syl->len - 1;
        if (*end == 'c' && front_vowel(first)) {
            *end = 'k';
        } else if (*end == 'k' && !front_vowel(first)) {
            *end = 'c';
        } else if (*end == 'g' && (first == 'e' || first == 0x00EA || first == 'i')) {
            g_string_append_c(syl, 'h');
        } else if (onset_len >= 2 && memcmp(end - 1, "gi", 2) == 0 && nuc[0] == 'i') {
            g_string_truncate(syl, syl->len - 1); /* gi and i: "gi", "gin" */
        }
    }
    rhyme = syl->len;
    g_string_append_len(syl, nuc, (gssize)n);
    if (strcmp(coda, "c") == 0 && (last == 0x00EA || last == 'i' || last == 'y')) {
        fin = "ch";
    } else if (strcmp(coda, "ch") == 0 &&
               !(last == 'a' || last == 0x00EA || last == 'i' || last == 'y')) {
        fin = "c";
    } else if (strcmp(coda, "ng") == 0 && (last == 0x00EA || last == 'i' || last == 'y')) {
        fin = "nh";
    } else if (strcmp(coda, "nh") == 0 &&
               !(last == 'a' || last == 0x00EA || last == 'i' || last == 'y')) {
        fin = "ng";
    }
    if ((strcmp(fin, "p") == 0 || strcmp(fin, "t") == 0 || strcmp(fin, "c") == 0 ||
         strcmp(fin, "ch") == 0) &&
        !toned(nuc, n)) {
        /* the sắc tone on the last vowel */
        const char *v = g_utf8_find_prev_char(syl->str + rhyme, syl->str + syl->len);
        g_string_insert(syl, (gssize)(v - syl->str) + (gssize)(g_utf8_next_char(v) - v),
                        "\xCC\x81");
    }
    g_string_append(syl, fin);
    nfc = g_utf8_normalize(syl->str, (gssize)syl->len, G_NORMALIZE_NFC);
    /* The syllable without the part of a cluster Vietnamese lacks ("xcốp": "cốp"). */
    check = 0;
    while (check < rhyme && !vi_text_is_onset(syl->str + check, rhyme - check)) {
        check = (size_t)(g_utf8_next_char(syl->str + check) - syl->str);
    }
    {
        char *tail =
            g_utf8_normalize(syl->str + check, (gssize)(syl->len - check), G_NORMALIZE_NFC);
        ok = vi_text_is_syllable(tail, strlen(tail));
        g_free(tail);
    }
    if (ok) {
        if (sp->out->len > sp->start) {
            g_string_append_c(sp->out, ' ');
        }
        g_string_append(sp->out, nfc);
    }
    g_free(nfc);
    if (!ok && split && *coda != '\0' && g_utf8_strlen(nuc, (gssize)n) >= 2) {
        const char *glide = g_utf8_find_prev_char(nuc, nuc + n);
        char *head = g_strndup(nuc, (size_t)(glide - nuc));
        char *own = g_strdup(onset);
        ok = put_syllable(sp, own, head, strlen(head), "", FALSE) &&
             put_syllable(sp, "", glide, (size_t)(nuc + n - glide), coda, FALSE);
        g_free(own);
        g_free(head);
    }
    return ok;
}

/* Appends consonants of pieces from..to-1 as syllables of their own with ơ ("dơ"). */
static gboolean put_alone(speller *sp, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++) {
        char *cons = g_strndup(sp->p[k].s, sp->p[k].len);
        gboolean ok = put_syllable(sp, cons, "ơ", strlen("ơ"), "", FALSE);
        g_free(cons);
        if (!ok) {
            return FALSE;
        }
    }
    return TRUE;
}

/* The consonants of pieces from..to-1 joined into sp->onset. */
static void join(speller *sp, size_t from, size_t to)
{
    g_string_truncate(sp->onset, 0);
    for (size_t k = from; k < to; k++) {
        g_string_append_len(sp->onset, sp->p[k].s, (gssize)sp->p[k].len);
    }
}

/*
 * Makes the consonants from..to-1 starting a syllable (a word's first when inner is FALSE) its
 * onset in sp->onset: one consonant, or a cluster of an onset or inner line as that line writes
 * it; the consonants before a cluster no line names are syllables of their own with ơ (a line
 * may write one too: pr "pơ r"). *rest is where the onset starts.
 */
static gboolean make_onset(speller *sp, size_t from, size_t to, gboolean inner, size_t *rest)
{
    for (size_t k = from; k + 1 < to; k++) {
        const char *said;
        join(sp, k, to);
        said = line(sp, inner ? "inner" : "onset", sp->onset->str, sp->onset->len);
        if (said != NULL) {
            const char *space = strrchr(said, ' ');
            if (!inner && !put_alone(sp, from, k)) {
                return FALSE;
            }
            if (space != NULL) {
                /* "pơ r": a syllable, then the onset */
                char *head = g_strndup(said, (size_t)(space - said));
                gboolean ok = TRUE;
                for (char *w = strtok(head, " "); w != NULL && ok; w = strtok(NULL, " ")) {
                    ok = put_syllable(sp, "", w, strlen(w), "", FALSE);
                }
                g_free(head);
                if (!ok) {
                    return FALSE;
                }
                said = space + 1;
            }
            g_string_assign(sp->onset, said);
            *rest = k;
            return TRUE;
        }
    }
    if (to > from) {
        if (!inner && !put_alone(sp, from, to - 1)) {
            return FALSE;
        }
        join(sp, to - 1, to);
        *rest = to - 1;
    } else {
        g_string_truncate(sp->onset, 0);
        *rest = to;
    }
    return TRUE;
}

/* The final a consonant piece closes a syllable with (last: at the end of the word), or NULL. */
static const char *final_of(const speller *sp, size_t k, gboolean last)
{
    const char *said = last ? line(sp, "last", sp->p[k].s, sp->p[k].len) : NULL;
    return said != NULL ? said : line(sp, "final", sp->p[k].s, sp->p[k].len);
}

/* Drops the consonants after the last vowel that are not said at the end of a word (r of
 * "Petr", "Bashar", "Nassr"; a "last" line without letters), and one of two same consonants
 * ending it (one d of "Sadd"). */
static void drop_silent_end(speller *sp)
{
    size_t k = sp->n, kept;
    while (k > 0 && !sp->p[k - 1].vowel) {
        k--;
    }
    if (sp->n >= 2 && k <= sp->n - 2 && sp->p[sp->n - 1].len == sp->p[sp->n - 2].len &&
        memcmp(sp->p[sp->n - 1].s, sp->p[sp->n - 2].s, sp->p[sp->n - 1].len) == 0) {
        sp->n--; /* "dd" ending the word: one d */
    }
    kept = k;
    for (; k < sp->n; k++) {
        const char *said = line(sp, "last", sp->p[k].s, sp->p[k].len);
        if (said == NULL || *said != '\0') {
            sp->p[kept++] = sp->p[k];
        }
    }
    sp->n = kept;
}

gboolean vi_respell_word(const vi_lexicon *lex, const char *lang, const char *w, size_t len,
                         GString *out)
{
    char s[RESPELL_MAX_BYTES];
    size_t n, k = 0, start = out->len, rest;
    speller sp;
    gboolean ok;
    if (!fold(lex, lang, w, len, s, &n) || n == 0) {
        return FALSE;
    }
    sp.lex = lex;
    sp.lang = lang;
    sp.n = 0;
    if (!cut(&sp, s, n)) {
        return FALSE;
    }
    drop_silent_end(&sp);
    sp.out = out;
    sp.start = start;
    sp.onset = g_string_new(NULL);
    sp.tmp = g_string_new(NULL);
    while (k < sp.n && !sp.p[k].vowel) {
        k++;
    }
    ok = k < sp.n && make_onset(&sp, 0, k, FALSE, &rest);
    while (ok && k < sp.n) {
        /* sp.p[k] is a vowel and sp.onset its onset; the consonants after it up to the next
         * vowel or the end */
        size_t v = k, next = k + 1, onset_at;
        char *onset = g_strdup(sp.onset->str);
        const char *coda = "";
        while (next < sp.n && !sp.p[next].vowel) {
            next++;
        }
        if (next == sp.n) {
            /* the end: a final, and the consonants after it alone or as a cluster with ơ */
            size_t c = v + 1;
            coda = c < next ? final_of(&sp, c, TRUE) : "";
            if (coda == NULL) {
                coda = "";
            } else if (c < next) {
                c++;
            }
            ok = put_syllable(&sp, onset, sp.p[v].s, sp.p[v].len, coda, TRUE);
            if (ok && c + 1 < next) {
                /* a cluster with ơ ("xcơ") or each consonant */
                join(&sp, c, next);
                if (line(&sp, "onset", sp.onset->str, sp.onset->len) != NULL) {
                    ok = make_onset(&sp, c, next, FALSE, &rest) &&
                         put_syllable(&sp, sp.onset->str, "ơ", strlen("ơ"), "", FALSE);
                    c = next;
                }
            }
            ok = ok && put_alone(&sp, c, next);
            k = next;
        } else {
            /* between two vowels: the onset of the next, and before it a final and consonants
             * said alone */
            size_t first = v + 1;
            ok = make_onset(&sp, first, next, TRUE, &onset_at);
            if (ok && onset_at > first && (coda = final_of(&sp, first, FALSE)) != NULL) {
                first++;
            } else {
                coda = "";
            }
            if (ok) {
                char *next_onset = g_strdup(sp.onset->str);
                ok = put_syllable(&sp, onset, sp.p[v].s, sp.p[v].len, coda, TRUE) &&
                     put_alone(&sp, first, onset_at);
                g_string_assign(sp.onset, next_onset);
                g_free(next_onset);
            }
            k = next;
        }
        g_free(onset);
    }
    g_string_free(sp.onset, TRUE);
    g_string_free(sp.tmp, TRUE);
    if (!ok) {
        g_string_truncate(out, start);
        return FALSE;
    }
    if (g_unichar_isupper(g_utf8_get_char(w))) {
        /* the name's capital */
        const char *p = out->str + start;
        gunichar up = g_unichar_toupper(g_utf8_get_char(p));
        char b[8];
        gint bl = g_unichar_to_utf8(up, b);
        size_t old = (size_t)(g_utf8_next_char(p) - p);
        g_string_erase(out, (gssize)start, (gssize)old);
        g_string_insert_len(out, (gssize)start, b, bl);
    }
    return TRUE;
}

const char *vi_respell_cue(const vi_lexicon *lex, const char *w, size_t len)
{
    char s[RESPELL_MAX_BYTES];
    size_t n;
    const char *whole;
    if (!fold(lex, NULL, w, len, s, &n)) {
        return NULL;
    }
    if ((whole = vi_lex_respell(lex, NULL, "cue", s, n)) != NULL) {
        return whole; /* a whole word: the article "Al" */
    }
    for (size_t k = MIN(n - 1, (size_t)6); k >= 2; k--) {
        /* "-ov": the last k letters, after three letters or more with a vowel ("Popov"; not
         * "Skov", "Husky", "Areva"); "-": of no language, whatever comes before ("-jeev") */
        char key[8];
        const char *lang;
        gboolean vowel = FALSE;
        key[0] = '-';
        memcpy(key + 1, s + n - k, k);
        if ((lang = vi_lex_respell(lex, NULL, "cue", key, k + 1)) == NULL) {
            continue;
        }
        for (size_t j = 0; j < n - k; j++) {
            vowel = vowel || strchr("aeiouy", s[j]) != NULL;
        }
        if (strcmp(lang, "-") == 0) {
            return NULL;
        }
        if (n - k >= 3 && vowel) {
            return lang;
        }
    }
    return NULL;
}

const char *vi_respell_particle(const vi_lexicon *lex, const char *w, size_t len)
{
    for (size_t k = 0; k < len; k++) {
        if (!g_ascii_islower(w[k])) {
            return NULL; /* small ASCII letters only: not "dè", "dễ" */
        }
    }
    return vi_lex_respell(lex, NULL, "particle", w, len);
}
