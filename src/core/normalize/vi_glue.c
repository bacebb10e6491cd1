/* Words run together where a space was lost: cut into one token per word (vi_glue.h). */
#include <string.h>

#include "normalize/vi_glue.h"
#include "normalize/vi_text.h"
#include "normalize/vi_tokens.h"

enum {
    GLUE_MAX_CHARS = 48, /* longer words are left alone */
    GLUE_MAX_CUTS = 8,   /* at capitals */
    GLUE_MAX_PIECES = 4, /* of a part cut into syllables */
};

/* One word token as characters, with the byte offset of each in the text (and of its end). */
typedef struct glue_word {
    const char *s;
    gunichar c[GLUE_MAX_CHARS];
    size_t off[GLUE_MAX_CHARS + 1];
    size_t n;
} glue_word;

/* Common words written with marks Latin-1 has too (so they would not show a Vietnamese hand on
 * their own) that end a glued word: "Nadallà", "Citykhông" ("có" is not one: Spanish "indicó"). */
static const char *const marked_words[] = {
    "là", "mà", "và", "thì", "vì", "không", "này", "nên", "các", "cái",
    "trên", "tháng", "ngày", "nhà", "ông", "bà", "cô", "tôi",
};

/* Common words written without marks that start a glued word before a capital: "theoForbes"
 * (not "macOS", "toString", "onYouTube", "myMuseum", "deGrasse"). */
static const char *const plain_words[] = {
    "theo", "cho", "khi", "sau", "trong", "anh", "xem", "tin", "ra",
};

static gboolean is_vowel(gunichar c)
{
    return vi_text_tone(c) >= 0;
}

/* A letter of the Vietnamese alphabet, in any case, with or without its tone mark. */
static gboolean vietnamese_letter(gunichar c)
{
    gunichar b = vi_text_strip_tone(c);
    if (b < 0x80) {
        return b >= 'a' && b <= 'y' && b != 'f' && b != 'j' && b != 'w';
    }
    return b == 0xE2 || b == 0xEA || b == 0xF4 || b == 0x103 || b == 0x111 || b == 0x1A1 ||
           b == 0x1B0;
}

/* A letter only Vietnamese writes: one outside Latin-1 (ă đ ơ ư, a hook, a dot below, a tilde
 * on e, i, u or y, a circumflex with a tone). */
static gboolean vietnamese_only(gunichar c)
{
    return c > 0xFF && vietnamese_letter(c);
}

/* Characters a..b are one Vietnamese syllable; one that ends in ă or â has no vowel to end it
 * ("nă", "mâ" of Romanian "Română" are none). */
static gboolean syllable(const glue_word *w, size_t a, size_t b)
{
    gunichar last;
    if (b <= a || !vi_text_is_syllable(w->s + w->off[a], w->off[b] - w->off[a])) {
        return FALSE;
    }
    last = vi_text_strip_tone(w->c[b - 1]);
    return last != 0x103 && last != 0xE2;
}

/* Characters a..b end in a stop, p, t, c or ch: a closed syllable ("líp", "mác"). */
static gboolean closed(const glue_word *w, size_t a, size_t b)
{
    gunichar before = b - a >= 2 ? vi_text_strip_tone(w->c[b - 2]) : 0;
    return vi_text_stop_final(before, vi_text_strip_tone(w->c[b - 1]));
}

/* A syllable of characters a..b that ends in p, t, c or ch carries sắc or nặng, as every
 * Vietnamese one does ("thưc" is no syllable). */
static gboolean stop_toned(const glue_word *w, size_t a, size_t b)
{
    if (!closed(w, a, b)) {
        return TRUE;
    }
    for (size_t k = a; k < b; k++) {
        int tone = vi_text_tone(w->c[k]);
        if (tone == 2 || tone == 5) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Characters a..b hold a letter Vietnamese alone writes / a letter that is not ASCII. */
static gboolean has_vietnamese_only(const glue_word *w, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        if (vietnamese_only(w->c[k])) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Characters a..b hold â, ê or ô without a tone: Latin-1 letters, but ones Spanish, Italian
 * and German never write ("êkíp", "kilômét"; not "José", "Hélène"). */
static gboolean has_circumflex(const glue_word *w, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        gunichar c = g_unichar_tolower(w->c[k]);
        if (c == 0xE2 || c == 0xEA || c == 0xF4) {
            return TRUE;
        }
    }
    return FALSE;
}

static gboolean has_marks(const glue_word *w, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        if (w->c[k] >= 0x80) {
            return TRUE;
        }
    }
    return FALSE;
}

static gboolean common_word(const glue_word *w, size_t a, size_t b, const char *const *words,
                            size_t nwords)
{
    size_t len = w->off[b] - w->off[a];
    gboolean found = FALSE;
    char *folded;
    if (len >= 16) {
        return FALSE;
    }
    folded = g_utf8_strdown(w->s + w->off[a], (gssize)len);
    for (size_t k = 0; k < nwords && !found; k++) {
        found = strcmp(folded, words[k]) == 0;
    }
    g_free(folded);
    return found;
}

/* Every letter of characters a..b after the first is a small letter. */
static gboolean rest_small(const glue_word *w, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b; k++) {
        if (!g_unichar_islower(w->c[k])) {
            return FALSE;
        }
    }
    return TRUE;
}

/* Characters a..b are a word in small letters, or a capital and small letters with a letter
 * that is not ASCII ("Thống" in "ForbesThống"). */
static gboolean lower_or_marked_title(const glue_word *w, size_t a, size_t b)
{
    return rest_small(w, a, b) &&
           (g_unichar_islower(w->c[a]) || (g_unichar_isupper(w->c[a]) && has_marks(w, a, b)));
}

/* Characters h..b, after an ASCII head, are a common word with Latin-1 marks, and the head
 * ends in a consonant or the word starts with kh, ng, nh, th or tr ("Nadal|là", "City|không";
 * not "Cata|là" of Catalan "Català"). A word starting with a vowel (ông) is cut only where it
 * is capitalized ("AdX|Ông"): in small letters it is the last syllable of a name or loanword
 * written whole ("Xuphanuvông", "bulông", "Xanhximông"). */
static gboolean marked_tail(const glue_word *w, size_t h, size_t b)
{
    static const char *const onsets[] = {"kh", "ng", "nh", "th", "tr"};
    gboolean joined = !is_vowel(w->c[h - 1]);
    if (is_vowel(w->c[h]) && !g_unichar_isupper(w->c[h])) {
        return FALSE;
    }
    for (size_t k = 0; k < G_N_ELEMENTS(onsets) && !joined && b - h > 2; k++) {
        joined = g_ascii_tolower((int)w->c[h]) == onsets[k][0] && w->c[h + 1] == (gunichar)onsets[k][1];
    }
    return joined && common_word(w, h, b, marked_words, G_N_ELEMENTS(marked_words));
}

/* The Vietnamese tail a head of three ASCII letters or more is followed by in characters a..b:
 * where it starts, or 0. The longest such tail is taken ("Forbes|thống", not "Forbest|hống"). */
static size_t ascii_head_tail(const glue_word *w, size_t a, size_t b)
{
    gboolean vowel = FALSE;
    for (size_t h = a; h < b; h++) {
        gunichar c = w->c[h];
        if (h - a >= 3 && vowel && lower_or_marked_title(w, h, b) && syllable(w, h, b) &&
            stop_toned(w, h, b) &&
            ((has_vietnamese_only(w, h, b) && !is_vowel(c)) || marked_tail(w, h, b))) {
            return h;
        }
        if (c >= 0x80 || !g_ascii_isalpha((int)c)) {
            return 0;
        }
        vowel = vowel || is_vowel(c);
    }
    return 0;
}

/*
 * Cuts characters a..b, which are no syllable, into the fewest Vietnamese syllables (two to
 * four), each after the first starting with a consonant, when the word is all Vietnamese
 * letters, has a letter only Vietnamese writes and two of its pieces carry marks (or it is two
 * pieces, the first with a letter only Vietnamese writes: "địnhkinh"), or has â, ê or ô and
 * two of its pieces or the last carry marks (loanwords written whole: "êkíp", "kilômét",
 * "urê"). Of two cuts
 * as short, the one with the shorter first piece ("nhà|người", not "nhàn|gười"). Appends the
 * starts of the pieces after the first to cuts; returns their number (0: not cut).
 */
static size_t syllable_cuts(const glue_word *w, size_t a, size_t b, size_t *cuts)
{
    guint8 best[GLUE_MAX_CHARS + 1];
    guint8 next[GLUE_MAX_CHARS + 1] = {0};
    size_t marked = 0;
    size_t np = 0;
    size_t last = a;
    gboolean vi_only; /* a letter Vietnamese alone writes (has_vietnamese_only()) */
    gboolean latin1;  /* marks Latin-1 has alone, no â, ê, ô ("Philíppin", "mácxít") */
    gboolean inner = FALSE; /* a piece before the last has marks */
    gboolean stop_marked = FALSE; /* a piece with marks ends in p, t, c or ch ("líp", "mác") */
    for (size_t k = a; k < b; k++) {
        if (!vietnamese_letter(w->c[k])) {
            return 0;
        }
    }
    vi_only = has_vietnamese_only(w, a, b);
    latin1 = !vi_only && !has_circumflex(w, a, b);
    /* best[i]: the fewest pieces characters i..b cut into (0: none); next[i]: the end of the
     * first of them. */
    best[b] = 0;
    for (size_t i = b; i-- > a;) {
        best[i] = 0;
        if (i > a && is_vowel(w->c[i])) {
            continue;
        }
        for (size_t j = i + 1; j <= b && j - i <= 8; j++) {
            if ((j < b && best[j] == 0) || !syllable(w, i, j) || !stop_toned(w, i, j)) {
                continue;
            }
            if (best[i] == 0 || best[j] + 1 < best[i]) {
                best[i] = (guint8)(best[j] + 1);
                next[i] = (guint8)j;
            }
        }
    }
    if (best[a] < 2 || best[a] > GLUE_MAX_PIECES) {
        return 0;
    }
    /* the pieces with marks, and where the last piece starts */
    for (size_t i = a; i < b; i = next[i]) {
        marked += has_marks(w, i, next[i]) ? 1 : 0;
        stop_marked = stop_marked || (has_marks(w, i, next[i]) && closed(w, i, next[i]));
        inner = inner || (next[i] < b && has_marks(w, i, next[i]));
        last = i;
    }
    /* Marks Latin-1 has alone (no â, ê, ô) are a Vietnamese spelling of a foreign word when
     * a piece with marks ends in a stop, as Vietnamese spells a closed syllable ("líp", "mác"),
     * and two pieces carry marks ("mác|xít", "phát|xít") or one before the last does, of three
     * pieces or more ("Phi|líp|pin"); not French and Spanish names, whose marks stand on an
     * open syllable ("É|tien|ne", "Ge|nè|ve", "A|ré|va|lo", "I|ña|ki", "in|di|có"). Else one piece with marks only when it is the first of two and has a letter only
     * Vietnamese writes ("định|kinh"), or, with â, ê or ô, when it is the last ("u|rê",
     * "a|ti|sô"; not French "Cô|te", "Lan|cô|me"). */
    if (latin1 ? !stop_marked || (marked < 2 && !(inner && best[a] >= 3))
               : marked < 2 && !(vi_only ? best[a] == 2 && has_vietnamese_only(w, a, next[a])
                                         : has_marks(w, last, b))) {
        return 0;
    }
    for (size_t i = next[a]; i < b; i = next[i]) {
        cuts[np++] = i;
    }
    return np;
}

/* Where word w is cut (character indices, increasing; at most GLUE_MAX_CUTS *
 * GLUE_MAX_PIECES): their number. */
static size_t glue_cuts(const glue_word *w, size_t *cuts)
{
    size_t seg[GLUE_MAX_CUTS + 2];
    size_t ns = 0;
    size_t nc = 0;
    size_t from = 0;
    /* A small letter before a capital, after a syllable of two letters or more with marks or
     * a common word ("củaForbes", "HàNội", "theoForbes", "TheoReuters"; not "MacBook"). */
    seg[ns++] = 0;
    for (size_t k = 2; k + 2 <= w->n && ns < GLUE_MAX_CUTS; k++) {
        if (g_unichar_islower(w->c[k - 1]) && g_unichar_isupper(w->c[k]) &&
            g_unichar_isalpha(w->c[k + 1]) && k - from >= 2 &&
            rest_small(w, from, k) && syllable(w, from, k) &&
            (has_marks(w, from, k) ||
             common_word(w, from, k, plain_words, G_N_ELEMENTS(plain_words)))) {
            seg[ns++] = k;
            from = k;
        }
    }
    seg[ns] = w->n;
    for (size_t s = 0; s < ns; s++) {
        size_t a = seg[s];
        size_t b = seg[s + 1];
        size_t h;
        if (s > 0) {
            cuts[nc++] = a;
        }
        if (b - a < 4 || syllable(w, a, b)) {
            continue;
        }
        h = ascii_head_tail(w, a, b);
        if (h != 0) {
            cuts[nc++] = h;
        } else {
            nc += syllable_cuts(w, a, b, cuts + nc);
        }
    }
    return nc;
}

/* Token i is part of a web or e-mail address or a hashtag: an @, #, /, _ or \ touches it, or
 * a dot between it and another word. */
static gboolean in_address(const vi_token *tok, size_t ntok, size_t i)
{
    static const char marks[] = "@#/_\\";
    if (i > 0 && !tok[i].space && tok[i - 1].type == VI_TOK_SYM) {
        gunichar p = tok[i - 1].ch;
        if ((p < 0x80 && p != 0 && strchr(marks, (int)p) != NULL) ||
            (p == '.' && i > 1 && !tok[i - 1].space && tok[i - 2].type != VI_TOK_SYM)) {
            return TRUE;
        }
    }
    if (i + 1 < ntok && !tok[i + 1].space && tok[i + 1].type == VI_TOK_SYM) {
        gunichar q = tok[i + 1].ch;
        if ((q < 0x80 && q != 0 && strchr(marks, (int)q) != NULL) ||
            (q == '.' && i + 2 < ntok && !tok[i + 2].space && tok[i + 2].type != VI_TOK_SYM)) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Worth a closer look: a small letter before a capital, or a letter that is not ASCII and two
 * groups of vowels. Cheap, as it runs on every word, byte by byte: a letter that is not ASCII
 * counts as a vowel unless it is đ (Vietnamese writes no other), and is decoded only after a
 * small letter (a capital there may start a word; elsewhere it may pass for a small letter,
 * which only lets a word through to the closer look). */
static gboolean may_be_glued(const char *s, size_t len)
{
    gboolean lower = FALSE;
    gboolean marks = FALSE;
    gboolean in_vowels = FALSE;
    unsigned groups = 0;
    for (size_t k = 0; k < len; k++) {
        unsigned char b = (unsigned char)s[k];
        gboolean v;
        gboolean up;
        if (b < 0x80) {
            /* A to Z, a to z (and the apostrophe, taken for a capital) */
            up = b <= 'Z';
            b |= 0x20;
            v = b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'y';
        } else if (b < 0xC0) {
            continue; /* the rest of a letter */
        } else {
            marks = TRUE;
            v = !(b == 0xC4 && k + 1 < len && ((unsigned char)s[k + 1] | 1) == 0x91);
            up = lower && g_unichar_isupper(g_utf8_get_char(s + k));
        }
        if (lower && up) {
            return TRUE;
        }
        lower = !up;
        groups += v && !in_vowels ? 1 : 0;
        in_vowels = v;
    }
    return marks && groups >= 2;
}

static gboolean in_lexicon(const vi_lexicon *lex, const char *s, size_t len)
{
    char key[GLUE_MAX_CHARS * 4 + 1];
    memcpy(key, s, len);
    key[len] = '\0';
    return vi_lex_abbr(lex, key) != NULL || vi_lex_unit(lex, key) != NULL;
}

/* Fills w from token t; FALSE when it is too long to look at. */
static gboolean word_of(const char *s, const vi_token *t, glue_word *w)
{
    const char *p = s + t->start;
    const char *end = s + t->end;
    w->s = s;
    w->n = 0;
    while (p < end) {
        if (w->n == GLUE_MAX_CHARS) {
            return FALSE;
        }
        w->off[w->n] = (size_t)(p - s);
        w->c[w->n++] = g_utf8_get_char(p);
        p = g_utf8_next_char(p);
    }
    w->off[w->n] = t->end;
    return TRUE;
}

/* Token i is a number written right after a Vietnamese word with marks, a space lost between
 * them ("khoảng14h", "có18.590", "ngày13/6", "giảm2.400"): a syllable of two letters or more
 * with a letter that is not ASCII, its letters after the first small, not a word of the
 * lexicon. Codes are not such words ("U23", "PC47", "ĐT741", "HOẠCH2"). */
static gboolean number_after_word(const char *s, const vi_token *tok, size_t i,
                                  const vi_lexicon *lex)
{
    const vi_token *t = i > 0 ? &tok[i - 1] : NULL;
    size_t len;
    glue_word w;
    if (t == NULL || tok[i].type != VI_TOK_NUM || tok[i].space || t->type != VI_TOK_WORD) {
        return FALSE;
    }
    len = t->end - t->start;
    return len >= 3 && len <= GLUE_MAX_CHARS && word_of(s, t, &w) && w.n >= 2 &&
           has_marks(&w, 0, w.n) && rest_small(&w, 0, w.n) && syllable(&w, 0, w.n) &&
           !in_lexicon(lex, s + t->start, len);
}

/* Characters a..b are a Vietnamese syllable (a stop ending with its mark: not "Tech", "Net")
 * or Vietnamese letters with one only Vietnamese writes ("Quang", "Nha", "Lăk" of "Đăk Lăk"). */
static gboolean vietnamese_piece(const glue_word *w, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        if (!vietnamese_letter(w->c[k])) {
            return FALSE;
        }
    }
    return (syllable(w, a, b) && stop_toned(w, a, b)) || has_vietnamese_only(w, a, b);
}

/*
 * A dateline run into the lead's first word, as crawled VnExpress leads have it: "Đăk LăkTrong
 * lúc...", "Tuyên QuangXe bán tải...", "Tây Ban NhaHarry Kane...", "MalaysiaTrung vệ...".
 * Token i (word w) is among a paragraph's first four words, after capitalized words only, and
 * has a small letter before a capital and a small letter ("LăkTrong"): it is cut there when
 * what comes before the capital is a name of the lexicon of several words or of five letters
 * or more ("Tây Ban Nha", "Malaysia"; not "Grab" of "GrabBike") or, after words of Vietnamese
 * letters (a capital, then small letters: not "CEO BonBoZ"), a Vietnamese piece of three letters
 * or more before another ("Tuyên Quang|Xe", "Đăk Lăk|Trong"; not "Tuy LeBron", "Theo
 * TechRadar", "Nhóm VinGroup"). Returns the character index of the cut, or 0. A brand inside a
 * sentence ("Hằng BingBoong") is never cut: it starts no paragraph.
 */
static size_t dateline_cut(const char *s, const vi_token *tok, size_t i, const glue_word *w,
                           const vi_lexicon *lex)
{
    size_t p = i;
    size_t k;
    size_t n;
    char key[GLUE_MAX_CHARS * 4 + 1];
    gboolean words = TRUE;
    while (p > 0 && i - p < 3 && tok[p].space && tok[p - 1].type == VI_TOK_WORD &&
           memchr(s + tok[p - 1].end, '\n', tok[p].start - tok[p - 1].end) == NULL) {
        p--;
    }
    if (p > 0 && memchr(s + tok[p - 1].end, '\n', tok[p].start - tok[p - 1].end) == NULL) {
        return 0;
    }
    for (k = 1; k + 1 < w->n; k++) {
        if (g_unichar_islower(w->c[k - 1]) && g_unichar_isupper(w->c[k]) &&
            g_unichar_islower(w->c[k + 1])) {
            break;
        }
    }
    if (k + 1 >= w->n || !g_unichar_isupper(w->c[0])) {
        return 0;
    }
    /* the head as one string, its words one space apart */
    n = 0;
    for (size_t j = p; j <= i; j++) {
        size_t len = j < i ? tok[j].end - tok[j].start : w->off[k] - tok[i].start;
        glue_word pw;
        if (n + len + 1 > sizeof key) {
            return 0;
        }
        if (j < i) {
            if (!g_unichar_isupper(tok[j].ch) || !word_of(s, &tok[j], &pw) ||
                !rest_small(&pw, 0, pw.n) || !vietnamese_piece(&pw, 0, pw.n)) {
                words = FALSE;
            }
        }
        memcpy(key + n, s + tok[j].start, len);
        n += len;
        key[n++] = j < i ? ' ' : '\0';
    }
    if ((vi_lex_abbr(lex, key) != NULL && (p < i || k >= 5)) ||
        (p < i && words && k >= 3 && vietnamese_piece(w, 0, k) &&
         vietnamese_piece(w, k, w->n))) {
        return k;
    }
    return 0;
}

void vi_glue_split(const char *s, GArray *tokens, const vi_lexicon *lex)
{
    const vi_token *tok = (const vi_token *)(void *)tokens->data;
    size_t ntok = tokens->len;
    GArray *out = NULL;
    glue_word w;
    for (size_t i = 0; i < ntok; i++) {
        size_t cuts[GLUE_MAX_CUTS * GLUE_MAX_PIECES];
        size_t nc = 0;
        const vi_token *t = &tok[i];
        size_t len = t->end - t->start;
        gboolean unglue = number_after_word(s, tok, i, lex);
        if (t->type == VI_TOK_WORD && len >= 4 && len <= GLUE_MAX_CHARS * 2 &&
            may_be_glued(s + t->start, len) && word_of(s, t, &w) &&
            !in_lexicon(lex, s + t->start, len) && !in_address(tok, ntok, i)) {
            nc = glue_cuts(&w, cuts);
            if (nc == 0 && (cuts[0] = dateline_cut(s, tok, i, &w, lex)) > 0) {
                nc = 1;
            }
        }
        if ((nc > 0 || unglue) && out == NULL) {
            out = g_array_sized_new(FALSE, FALSE, sizeof(vi_token), (guint)(ntok + 8));
            g_array_append_vals(out, tok, (guint)i);
        }
        if (out == NULL) {
            continue;
        }
        if (nc == 0) {
            vi_token whole = *t;
            whole.space = whole.space || unglue;
            g_array_append_val(out, whole);
            continue;
        }
        for (size_t k = 0; k <= nc; k++) {
            vi_token piece = *t;
            size_t a = k == 0 ? 0 : cuts[k - 1];
            size_t b = k == nc ? w.n : cuts[k];
            piece.start = w.off[a];
            piece.end = w.off[b];
            piece.ch = w.c[a];
            piece.space = k == 0 ? t->space : TRUE;
            g_array_append_val(out, piece);
        }
    }
    if (out != NULL) {
        g_array_set_size(tokens, 0);
        g_array_append_vals(tokens, out->data, out->len);
        g_array_free(out, TRUE);
    }
}
