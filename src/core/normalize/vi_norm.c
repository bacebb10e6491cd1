/*
 * The normalizer's engine (vi_norm.h): looking at tokens and at the words just said, saying
 * words and phrases with their spans, pause marks, spelling and abbreviation entries with their
 * conditions. The rule modules (vi_numexpr.c, vi_wordexpr.c, en_normalize.c) are built on it;
 * it calls none of them.
 */
#include <string.h>

#include "normalize/spoken.h"
#include "normalize/vi_norm.h"
#include "normalize/vi_numbers.h"

gboolean vi_norm_person_word(const vi_norm *c, size_t i)
{
    /* the last word of: bị cáo, bị can, đối tượng, nạn nhân, học sinh, sinh viên, tài xế */
    static const char *const persons[] = {"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác",
                                          "cháu", "bé", "cụ", "cậu", "dì", "thím", "mợ",
                                          "cáo", "can", "tượng", "nhân", "tên", "gã", "nữ",
                                          "nam", "sinh", "xế", "vợ", "chồng", "con"};
    return vi_norm_word_in(c, i, persons, G_N_ELEMENTS(persons), TRUE);
}

gboolean vi_norm_ticker_heading(const vi_norm *c)
{
    size_t j = 1;
    if (vi_norm_capitals(c, 0, 1, 2) && c->ntok > 1 && c->tok[1].type == VI_TOK_NUM &&
        !c->tok[1].space && vi_norm_len(c, 0) + vi_norm_len(c, 1) == 3) {
        j = 2; /* "TV3" */
    } else if (!vi_norm_capitals(c, 0, 3, 3)) {
        return FALSE;
    }
    if (!vi_norm_is_dash(c, j)) {
        return FALSE;
    }
    j++;
    if (vi_norm_word_is(c, j, "CTCP", FALSE)) {
        return TRUE;
    }
    if (vi_norm_word_is(c, j, "tổng", TRUE)) {
        j++;
    }
    return vi_norm_word_is(c, j, "công", TRUE) && vi_norm_word_is(c, j + 1, "ty", TRUE);
}

gboolean vi_norm_abbr_listed(const vi_norm *c, size_t i)
{
    char *key;
    gboolean listed;
    if (!vi_norm_is(c, i, VI_TOK_WORD)) {
        return FALSE;
    }
    key = g_strndup(vi_norm_str(c, i), vi_norm_len(c, i));
    listed = vi_lex_abbr(c->lex, key) != NULL;
    g_free(key);
    return listed;
}

gboolean vi_norm_capitals(const vi_norm *c, size_t i, size_t min, size_t max)
{
    const char *w;
    size_t len;
    if (!vi_norm_is(c, i, VI_TOK_WORD)) {
        return FALSE;
    }
    w = vi_norm_str(c, i);
    len = vi_norm_len(c, i);
    if (len < min || len > max) {
        return FALSE;
    }
    for (size_t k = 0; k < len; k++) {
        if (w[k] < 'A' || w[k] > 'Z') {
            return FALSE;
        }
    }
    return TRUE;
}

gboolean vi_norm_prime_mark(const vi_norm *c, size_t j)
{
    return (vi_norm_sym(c, j, '\'') || vi_norm_sym(c, j, 0x2019) || vi_norm_sym(c, j, 0x2032)) &&
           !c->tok[j].space;
}

gboolean vi_norm_half_score(const vi_norm *c, size_t h)
{
    const vi_token *t = c->tok;
    return h > 0 && h + 6 < c->ntok && vi_norm_sym(c, h - 1, '(') &&
           vi_norm_word_is(c, h, "H", FALSE) && t[h + 1].type == VI_TOK_NUM && !t[h + 1].space &&
           t[h + 1].end - t[h + 1].start == 1 && strchr("12", vi_norm_str(c, h + 1)[0]) != NULL &&
           vi_norm_sym(c, h + 2, ':') && t[h + 3].type == VI_TOK_NUM &&
           t[h + 3].end - t[h + 3].start <= 2 && vi_norm_is_dash(c, h + 4) &&
           t[h + 5].type == VI_TOK_NUM && t[h + 5].end - t[h + 5].start <= 2 &&
           vi_norm_sym(c, h + 6, ')');
}

gboolean vi_norm_is_dash(const vi_norm *c, size_t i)
{
    if (i >= c->ntok || c->tok[i].type != VI_TOK_SYM) {
        return FALSE;
    }
    switch (c->tok[i].ch) {
    case '-':
    case '~':
    case 0x2010: /* hyphen */
    case 0x2011: /* non-breaking hyphen */
    case 0x2012: /* figure dash */
    case 0x2013: /* en dash */
    case 0x2014: /* em dash */
    case 0x2212: /* minus */
        return TRUE;
    default:
        return FALSE;
    }
}

/* Folds word token i into c->key; FALSE (c->key untouched) when i is no word or is longer
 * than 64 bytes. */
static gboolean fold_word(const vi_norm *c, size_t i)
{
    if (i >= c->ntok || c->tok[i].type != VI_TOK_WORD || vi_norm_len(c, i) > 64) {
        return FALSE;
    }
    g_string_truncate(c->key, 0);
    vi_text_append_folded(c->key, vi_norm_str(c, i), vi_norm_len(c, i));
    return TRUE;
}

gboolean vi_norm_word_is(const vi_norm *c, size_t i, const char *s, gboolean fold)
{
    size_t len;
    if (fold) {
        return fold_word(c, i) && strcmp(c->key->str, s) == 0;
    }
    if (i >= c->ntok || c->tok[i].type != VI_TOK_WORD) {
        return FALSE;
    }
    len = vi_norm_len(c, i);
    /* (the first letter tells most candidates apart, before any call) */
    if (len > 0 && vi_norm_str(c, i)[0] != s[0]) {
        return FALSE;
    }
    return strlen(s) == len && memcmp(vi_norm_str(c, i), s, len) == 0;
}

gboolean vi_norm_word_in(const vi_norm *c, size_t i, const char *const *words, size_t n,
                         gboolean fold)
{
    if (fold) {
        /* the word folded once, not once a candidate */
        if (n == 0 || !fold_word(c, i)) {
            return FALSE;
        }
        for (size_t k = 0; k < n; k++) {
            if (strcmp(c->key->str, words[k]) == 0) {
                return TRUE;
            }
        }
        return FALSE;
    }
    for (size_t k = 0; k < n; k++) {
        if (vi_norm_word_is(c, i, words[k], FALSE)) {
            return TRUE;
        }
    }
    return FALSE;
}

gboolean vi_norm_value(const vi_norm *c, size_t i, guint64 *value)
{
    return vi_norm_is(c, i, VI_TOK_NUM) && vi_num_parse(vi_norm_str(c, i), vi_norm_len(c, i),
                                                         value);
}

size_t vi_norm_chunk_end(const vi_norm *c, size_t i, size_t max)
{
    size_t j = i + 1;
    while (j < c->ntok && !c->tok[j].space && j - i < max) {
        j++;
    }
    return j;
}

/*
 * The last words of the spoken text, lowercased, newest first, are folded into c->roles one at a
 * time as they are asked for (at most 12). A phrase stops at a pause mark; a text ending with a
 * pause other than ':' (or than ',' when through_comma: the pause a "(" made) has no words
 * before. The cache holds while the bytes of the text it read are the same.
 */
static void roles_reset(vi_norm *c, gboolean through_comma)
{
    vi_roles_cache *r = &c->roles;
    const GString *t = c->out->text;
    size_t end = t->len;
    r->valid = TRUE;
    r->comma = through_comma;
    r->len = t->len;
    r->lo = t->len >= 2 ? t->len - 2 : 0;
    r->n = 0;
    r->nroles = 0;
    r->done = FALSE;
    g_string_truncate(r->words, 0);
    if (end > 0 && (t->str[end - 1] == ':' || (through_comma && t->str[end - 1] == ','))) {
        end--;
    }
    if (end > 0 && strchr(",.;!?", t->str[end - 1]) != NULL) {
        r->done = TRUE;
    }
    r->end = end;
    g_string_truncate(r->seen, 0);
    vi_text_put(r->seen, t->str + r->lo, t->len - r->lo);
}

/* Is the cache one of this text, read the same way? */
static gboolean roles_hold(vi_norm *c, gboolean through_comma)
{
    const vi_roles_cache *r = &c->roles;
    const GString *t = c->out->text;
    return r->valid && r->comma == through_comma && r->len == t->len &&
           memcmp(r->seen->str, t->str + r->lo, r->len - r->lo) == 0;
}

/* Folds words until there are count of them (at most 12) or no more before. */
static void roles_fold(vi_norm *c, size_t count)
{
    vi_roles_cache *r = &c->roles;
    const GString *t = c->out->text;
    size_t lo = r->lo;
    count = MIN(count, G_N_ELEMENTS(r->offsets));
    while (r->n < count && !r->done) {
        size_t end = r->end;
        size_t start = end;
        if (end == 0) {
            r->done = TRUE;
            break;
        }
        while (start > 0 && t->str[start - 1] != ' ' && end - start <= 64) {
            start--;
        }
        lo = MIN(lo, start >= 2 ? start - 2 : 0);
        if (start == end || end - start > 64) {
            r->done = TRUE;
            break;
        }
        r->offsets[r->n++] = r->words->len;
        vi_text_append_folded(r->words, t->str + start, end - start);
        g_string_append_c(r->words, '\0');
        if (start == 0) {
            r->done = TRUE;
            break;
        }
        r->end = end = start - 1;
        if (end > 0 && strchr(",.;!?:", t->str[end - 1]) != NULL) {
            r->done = TRUE;
        }
    }
    if (lo < r->lo) {
        g_string_prepend_len(r->seen, t->str + lo, (gssize)(r->lo - lo));
        r->lo = lo;
    }
}

/* The roles of the phrase made of words[from + k - 1 .. from] (newest first). */
static unsigned phrase_roles(vi_norm *c, size_t from, size_t k)
{
    const vi_roles_cache *r = &c->roles;
    g_string_truncate(c->key, 0);
    for (size_t j = from + k; j > from; j--) {
        if (c->key->len > 0) {
            g_string_append_c(c->key, ' ');
        }
        g_string_append(c->key, r->words->str + r->offsets[j - 1]);
    }
    return vi_lex_roles(c->lex, c->key->str);
}

/*
 * The roles of the longest phrase of the lexicon (up to maxw words) ending at words[e], or 0.
 * Asked in order: e is the number of those known.
 */
static unsigned roles_ending_at(vi_norm *c, size_t e, size_t maxw)
{
    vi_roles_cache *r = &c->roles;
    unsigned roles = 0;
    roles_fold(c, e + maxw);
    for (size_t k = MIN(maxw, r->n - e); k >= 1; k--) {
        roles = phrase_roles(c, e, k);
        if (roles != 0) {
            break;
        }
    }
    r->roles[r->nroles++] = roles;
    return roles;
}

static unsigned roles_before(vi_norm *c, size_t window, gboolean through_comma)
{
    vi_roles_cache *r = &c->roles;
    size_t maxw = MIN(vi_lex_context_max_words(c->lex), (size_t)4);
    unsigned roles = 0;
    if (!roles_hold(c, through_comma)) {
        roles_reset(c, through_comma);
    }
    /* words[0] is the newest. A phrase ending at words[e] is words[e + k - 1] .. words[e]. */
    window = MIN(MAX(window, (size_t)1), G_N_ELEMENTS(r->offsets));
    for (size_t e = 0; e < window; e++) {
        roles_fold(c, e + 1);
        if (e >= r->n) {
            break;
        }
        roles |= e < r->nroles ? r->roles[e] : roles_ending_at(c, e, maxw);
    }
    return roles;
}

unsigned vi_norm_roles_before(vi_norm *c, size_t window)
{
    return roles_before(c, window, FALSE);
}

unsigned vi_norm_roles_before_mark(vi_norm *c, size_t i, gunichar mark)
{
    if (i == 0 || !vi_norm_sym(c, i - 1, mark) || (mark == '(' && c->tok[i].space)) {
        return 0;
    }
    return roles_before(c, 1, TRUE);
}

unsigned vi_norm_roles_at(vi_norm *c, size_t i)
{
    unsigned roles = 0;
    if (!vi_norm_is(c, i, VI_TOK_WORD) || vi_norm_len(c, i) > 64) {
        return 0;
    }
    /* Two words first ("dân số"; the second may be a number: "hiệp 1"), then one. */
    if ((vi_norm_is(c, i + 1, VI_TOK_WORD) || vi_norm_is(c, i + 1, VI_TOK_NUM)) &&
        c->tok[i + 1].space && vi_norm_len(c, i + 1) <= 64) {
        g_string_truncate(c->key, 0);
        vi_text_append_folded(c->key, vi_norm_str(c, i), vi_norm_len(c, i));
        g_string_append_c(c->key, ' ');
        vi_text_append_folded(c->key, vi_norm_str(c, i + 1), vi_norm_len(c, i + 1));
        roles = vi_lex_roles(c->lex, c->key->str);
    }
    if (roles == 0) {
        g_string_truncate(c->key, 0);
        vi_text_append_folded(c->key, vi_norm_str(c, i), vi_norm_len(c, i));
        roles = vi_lex_roles(c->lex, c->key->str);
    }
    return roles;
}

gboolean vi_norm_said_ends_with(vi_norm *c, const char *phrase)
{
    const GString *t = c->out->text;
    size_t n = strlen(phrase);
    size_t tail;
    gboolean same;
    if (n == 0 || t->len < n || n > 256) {
        return FALSE;
    }
    if (t->len > n && t->str[t->len - n - 1] != ' ') {
        return FALSE;
    }
    /* c->key: the phrase folded, then the end of the text folded (dropped after) */
    g_string_truncate(c->key, 0);
    vi_text_append_folded(c->key, phrase, n);
    g_string_append_c(c->key, '\0');
    tail = c->key->len;
    vi_text_append_folded(c->key, t->str + t->len - n, n);
    same = strcmp(c->key->str + tail, c->key->str) == 0;
    g_string_truncate(c->key, tail - 1);
    return same;
}

gboolean vi_norm_said_recently(vi_norm *c, const char *phrase, size_t max_words)
{
    const GString *t = c->out->text;
    size_t n = strlen(phrase);
    size_t start = t->len;
    size_t words = 0;
    GString *tail;
    gboolean found;
    if (n == 0 || n > 256 || t->len == 0) {
        return FALSE;
    }
    while (start > 0 && t->len - start < 1024) {
        if (t->str[start - 1] == ' ' && ++words >= max_words) {
            break;
        }
        start--;
    }
    tail = g_string_new(" ");
    for (size_t k = start; k < t->len; k++) {
        if (strchr(",.;:!?", t->str[k]) == NULL) {
            g_string_append_c(tail, t->str[k]);
        }
    }
    g_string_append_c(tail, ' ');
    g_string_truncate(c->key, 0);
    g_string_append_c(c->key, ' ');
    vi_text_append_folded(c->key, phrase, n);
    g_string_append_c(c->key, ' ');
    {
        GString *folded = g_string_new(NULL);
        vi_text_append_folded(folded, tail->str, tail->len);
        found = strstr(folded->str, c->key->str) != NULL;
        g_string_free(folded, TRUE);
    }
    g_string_free(tail, TRUE);
    return found;
}

static size_t source_of(const vi_norm *c, size_t off)
{
    return vi_text_source(c->text, off);
}

static void say_in(vi_norm *c, const char *text, size_t len, size_t first, size_t last,
                   const char *lang)
{
    size_t start = source_of(c, c->tok[first].start);
    size_t end = source_of(c, c->tok[last].end);
    dbi_spoken_add(c->out, text, len, start, end > start ? end - start : 0, TRUE, lang);
    c->said = VI_SAID_OTHER;
    c->said_end = last + 1;
}

void vi_norm_say(vi_norm *c, const char *text, size_t len, size_t first, size_t last)
{
    say_in(c, text, len, first, last, c->lang != NULL ? c->lang : c->out->language);
}

void vi_norm_say_foreign(vi_norm *c, size_t i)
{
    say_in(c, vi_norm_str(c, i), vi_norm_len(c, i), i, i, g_intern_static_string("en"));
}

void vi_norm_say_foreign_text(vi_norm *c, const char *text, size_t len, size_t first, size_t last)
{
    say_in(c, text, len, first, last, g_intern_static_string("en"));
}

void vi_norm_say_buf(vi_norm *c, size_t first, size_t last)
{
    if (c->buf->len > 0) {
        vi_norm_say(c, c->buf->str, c->buf->len, first, last);
        g_string_truncate(c->buf, 0);
    }
}

const GString *vi_norm_retoned(vi_norm *c, size_t i)
{
    if (!c->retoned_valid || c->retoned_tok != i) {
        g_string_truncate(c->retoned, 0);
        vi_text_append_retoned(c->retoned, vi_norm_str(c, i), vi_norm_len(c, i));
        c->retoned_tok = i;
        c->retoned_valid = TRUE;
    }
    return c->retoned;
}

gboolean vi_norm_syllable(const vi_norm *c, size_t i)
{
    gboolean syllable;
    if (c->syllables != NULL && c->syllables[i] != VI_SYLLABLE_UNKNOWN) {
        return c->syllables[i] == VI_SYLLABLE_YES;
    }
    syllable = vi_text_is_syllable(vi_norm_str(c, i), vi_norm_len(c, i));
    if (c->syllables != NULL) {
        c->syllables[i] = syllable ? VI_SYLLABLE_YES : VI_SYLLABLE_NO;
    }
    return syllable;
}

void vi_norm_say_word(vi_norm *c, size_t i)
{
    const GString *w = vi_norm_retoned(c, i);
    g_string_truncate(c->buf, 0);
    vi_text_put(c->buf, w->str, w->len);
    vi_norm_say_buf(c, i, i);
}

/* How strong a pause mark is: a stronger one replaces a weaker one just before it. */
int vi_norm_pause_strength(char mark)
{
    switch (mark) {
    case ',':
        return 1;
    case ':':
    case ';':
        return 2;
    case '.':
    case '!':
    case '?':
        return 3;
    default:
        return 0;
    }
}

void vi_norm_pause(vi_norm *c, const char *mark, size_t i)
{
    GString *t = c->out->text;
    size_t start, end;
    docbao_span *last;
    if (t->len == 0) {
        return; /* no pause before the first word */
    }
    last = &g_array_index(c->out->spans, docbao_span, c->out->spans->len - 1);
    if (vi_norm_pause_strength(t->str[t->len - 1]) > 0) {
        /* Already a pause: keep the stronger of the two ("..." stays as it is). */
        if (last->spoken_len < 3 &&
            vi_norm_pause_strength(mark[0]) > vi_norm_pause_strength(t->str[t->len - 1]) &&
            last->spoken_start + last->spoken_len == t->len &&
            vi_norm_pause_strength(t->str[last->spoken_start]) > 0) {
            g_string_truncate(t, last->spoken_start);
            g_array_set_size(c->out->spans, c->out->spans->len - 1);
        } else {
            return;
        }
    }
    start = source_of(c, c->tok[i].start);
    end = source_of(c, c->tok[i].end);
    dbi_spoken_add(c->out, mark, strlen(mark), start, end - start, FALSE, NULL);
    c->said = VI_SAID_OTHER;
}

void vi_norm_spell(vi_norm *c, GString *buf, const char *w, size_t len)
{
    const char *p = w;
    const char *end = w + len;
    while (p < end) {
        gunichar ch = g_utf8_get_char(p);
        const char *name = vi_lex_letter(c->lex, ch);
        if (name == NULL) {
            /* A letter with a tone mark or one the table lacks: its toneless form. */
            name = vi_lex_letter(c->lex, vi_text_strip_tone(ch));
        }
        if (name != NULL) {
            vi_num_put(buf, name);
        } else if (g_unichar_isalpha(ch)) {
            char one[8];
            one[g_unichar_to_utf8(ch, one)] = '\0';
            vi_num_put(buf, one);
        }
        p = g_utf8_next_char(p);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Abbreviation contexts                                                                     */

/* Does token s join the words of a context phrase in the source: a dash or a '.' ("BS.CK2",
 * "công ty - CP"), or a '/' joined on both sides ("1.450 đồng/CP": per share)? */
static gboolean joining_mark(const vi_norm *c, size_t s)
{
    return vi_norm_is_dash(c, s) || vi_norm_sym(c, s, '.') ||
           (vi_norm_sym(c, s, '/') && !c->tok[s].space && s + 1 < c->ntok && !c->tok[s + 1].space);
}

/* Does one of the phrases come just before token first (in the source)? "#" is a number, ":"
 * the colon of a label ("Ảnh: TL"). */
static gboolean source_after(vi_norm *c, size_t first, char *const *phrases)
{
    for (char *const *ph = phrases; *ph != NULL; ph++) {
        char **words = g_strsplit(*ph, " ", -1);
        guint nw = g_strv_length(words);
        size_t i = first;
        gboolean match = nw > 0;
        for (guint k = nw; k > 0 && match; k--) {
            /* Skip one joining mark between the words. */
            if (i > 0 && joining_mark(c, i - 1)) {
                i--;
            }
            if (i == 0 || (strcmp(words[k - 1], "#") == 0 ? !vi_norm_is(c, i - 1, VI_TOK_NUM)
                           : strcmp(words[k - 1], ":") == 0 || strcmp(words[k - 1], "(") == 0
                               ? !vi_norm_sym(c, i - 1, (gunichar)words[k - 1][0])
                               : !vi_norm_word_is(c, i - 1, words[k - 1], TRUE))) {
                match = FALSE;
            }
            i--;
        }
        g_strfreev(words);
        if (match) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Does word w of a "before" phrase stand at token i? On a match, i moves past it. "#" is any
 * number, "0#" a number written with a leading zero (a phone: "ĐT 0912..."), "u#" the word
 * u with a number joined to it (U23). */
static gboolean phrase_word_at(vi_norm *c, size_t *i, const char *w)
{
    size_t n = strlen(w);
    if (n > 0 && w[n - 1] == '#') {
        if (n == 1 || (n == 2 && w[0] == '0')) {
            if (!vi_norm_is(c, *i, VI_TOK_NUM) || (n == 2 && vi_norm_str(c, *i)[0] != '0')) {
                return FALSE;
            }
            (*i)++;
            return TRUE;
        }
        char word[32];
        if (n > sizeof word) {
            return FALSE;
        }
        memcpy(word, w, n - 1);
        word[n - 1] = '\0';
        if (!vi_norm_word_is(c, *i, word, TRUE) ||
            !vi_norm_joined(c, *i + 1, VI_TOK_NUM)) {
            return FALSE;
        }
        *i += 2;
        return TRUE;
    }
    if (!vi_norm_word_is(c, *i, w, TRUE)) {
        return FALSE;
    }
    (*i)++;
    return TRUE;
}

/* Does one of the phrases come just after token last? */
static gboolean source_before(vi_norm *c, size_t last, char *const *phrases)
{
    for (char *const *ph = phrases; *ph != NULL; ph++) {
        char **words = g_strsplit(*ph, " ", -1);
        size_t i = last + 1;
        gboolean match = words[0] != NULL;
        for (char **w = words; *w != NULL && match; w++) {
            if (joining_mark(c, i)) {
                i++;
            }
            match = phrase_word_at(c, &i, *w);
        }
        g_strfreev(words);
        if (match) {
            return TRUE;
        }
    }
    return FALSE;
}

/* How many tokens either side of a key a "near" phrase may stand. */
#define NEAR_TOKENS 16

/* Does token k end a clause for a "near" phrase ('.', '!', '?' or ';')? */
static gboolean near_stop(const vi_norm *c, size_t k)
{
    return vi_norm_sym(c, k, '.') || vi_norm_sym(c, k, '!') || vi_norm_sym(c, k, '?') ||
           vi_norm_sym(c, k, ';');
}

/* Does one of the phrases stand within NEAR_TOKENS tokens before first or after last, in the
 * same sentence (no '.', '!', '?' or ';' between)? "BTC ... 66.000 USD ... bitcoin". */
static gboolean source_near(vi_norm *c, size_t first, size_t last, char *const *phrases)
{
    size_t from = first, to = last;
    gboolean found = FALSE;
    while (from > 0 && first - from < NEAR_TOKENS && !near_stop(c, from - 1)) {
        from--;
    }
    while (to + 1 < c->ntok && to - last < NEAR_TOKENS && !near_stop(c, to + 1)) {
        to++;
    }
    for (char *const *ph = phrases; *ph != NULL && !found; ph++) {
        char **words = g_strsplit(*ph, " ", -1); /* once per phrase, not per place */
        for (size_t t = from; t <= to && !found && words[0] != NULL; t++) {
            size_t i = t;
            gboolean match = t < first || t > last;
            for (char **w = words; *w != NULL && match; w++) {
                match = i <= to && phrase_word_at(c, &i, *w);
            }
            found = match;
        }
        g_strfreev(words);
    }
    return found;
}

/* Is tokens first..last part of a document code: joined by '-' or '/' to a number or another
 * uppercase word (NĐ-CP, 749/QĐ-TTg, 18-NQ/TW)? */
static gboolean in_code(vi_norm *c, size_t first, size_t last)
{
    gboolean left = first > 1 && !c->tok[first].space && !c->tok[first - 1].space &&
                    (vi_norm_sym(c, first - 1, '/') || vi_norm_sym(c, first - 1, '-')) &&
                    (c->tok[first - 2].type == VI_TOK_NUM || vi_norm_capitalized(c, first - 2));
    gboolean right = last + 2 < c->ntok && !c->tok[last + 1].space && !c->tok[last + 2].space &&
                     (vi_norm_sym(c, last + 1, '/') || vi_norm_sym(c, last + 1, '-')) &&
                     vi_norm_capitalized(c, last + 2);
    return left || right;
}

/* Does token i open a photo or author credit: right after "Ảnh:", "Nguồn -", "Video:", "Đồ
 * họa:", "Bài, ảnh:", "Thực hiện:" (a colon or a dash between)? What stands there is a
 * person or a body, so "P.L", "X.S", "Q.Huy" are a person's initials, not a ward, a commune
 * or a district. */
static gboolean after_credit(const vi_norm *c, size_t i)
{
    /* folded words ("họa" is "hoạ" too), and the word a credit of two words needs before */
    static const struct {
        const char *word, *before;
    } credit[] = {{"ảnh", NULL},  {"nguồn", NULL}, {"video", NULL}, {"clip", NULL},
                  {"họa", NULL},  {"tranh", NULL}, {"bài", NULL},   {"tin", NULL},
                  {"hiện", "thực"}, {"giả", "tác"}};
    if (i < 2 || !(vi_norm_sym(c, i - 1, ':') || vi_norm_is_dash(c, i - 1)) ||
        !fold_word(c, i - 2)) {
        return FALSE;
    }
    for (size_t k = 0; k < G_N_ELEMENTS(credit); k++) {
        if (strcmp(c->key->str, credit[k].word) == 0) {
            return credit[k].before == NULL || vi_norm_word_is(c, i - 3, credit[k].before, TRUE);
        }
    }
    return FALSE;
}

gboolean vi_norm_byline_initial(const vi_norm *c, size_t i)
{
    size_t t = i + 2, words = 0;
    if (!vi_norm_capitalized(c, i) || !vi_norm_sym(c, i + 1, '.') || c->tok[i + 1].space) {
        return FALSE;
    }
    if (i > 0) {
        /* after the end of a sentence: . ! ? … or a closing quote or bracket */
        gunichar ch = c->tok[i - 1].ch;
        if (!c->tok[i].space || c->tok[i - 1].type != VI_TOK_SYM ||
            !(ch == '.' || ch == '!' || ch == '?' || ch == '"' || ch == ')' || ch == 0x201D ||
              ch == 0x2026)) {
            return FALSE;
        }
    }
    for (; t < c->ntok && words < 3; t++, words++) {
        if (!vi_norm_capitalized(c, t) || (words > 0 && !c->tok[t].space)) {
            return FALSE;
        }
    }
    return words > 0 && t == c->ntok;
}

/* Is token i a capitalized name that no Vietnamese syllable spells, not an acronym the
 * abbreviations lexicon lists: a brand or a model's word (Audi, Huawei, LG, Plus, Pro, RS;
 * not TP, TPHCM)? */
static gboolean foreign_name(const vi_norm *c, size_t i)
{
    if (!vi_norm_capitalized(c, i) || vi_norm_syllable(c, i)) {
        return FALSE;
    }
    return !vi_text_is_upper(vi_norm_str(c, i), vi_norm_len(c, i)) || !vi_norm_abbr_listed(c, i);
}

/*
 * Is the key at token first, before the number at next with no dot between, a product's model
 * rather than a place, so that P, Q are spelled and not phường, quận? One letter joined to the
 * number is a model's when the number has three digits or more or a letter joined after it
 * ("Model X P100D", "P51s"), when it follows a code's number and a dash ("C46-P12"), a brand
 * (foreign_name(): "Audi Q5", "Helio P25", "LG Q6") or a word of a product (mẫu, dòng,
 * chiếc), when "và", "hoặc" or a comma and such a model come before it ("Audi Q5 và Q7"), when
 * "+" and a number are joined after it ("nhóm P5+1") or a model's word follows ("P10 Plus",
 * "Q5 RS"). "Trương Định, P6, Q3", "TPHCM Q1", "ven sông Q1" stay an address. Two capitals
 * before a number after a brand are no Vietnamese abbreviation either ("Canada GP 2017",
 * "Brembo GP4-RX": not *giấy phép*).
 */
static gboolean model_letter(const vi_norm *c, size_t first, size_t next)
{
    static const char *const products[] = {"mẫu", "dòng", "chiếc"};
    static const char *const joins[] = {"và", "hoặc"};
    size_t n = vi_norm_len(c, first);
    gboolean spaced = first > 0 && c->tok[first].space;
    if (!vi_norm_is(c, next, VI_TOK_NUM)) {
        return FALSE;
    }
    if (n == 2 && vi_text_is_upper(vi_norm_str(c, first), n) && spaced &&
        foreign_name(c, first - 1)) {
        return TRUE;
    }
    if (g_utf8_strlen(vi_norm_str(c, first), (gssize)n) != 1 || next != first + 1 ||
        c->tok[next].space) {
        return FALSE;
    }
    if (vi_norm_len(c, next) >= 3 || vi_norm_joined(c, next + 1, VI_TOK_WORD)) {
        return TRUE;
    }
    if (first >= 2 && !c->tok[first].space && vi_norm_sym(c, first - 1, '-') &&
        vi_norm_is(c, first - 2, VI_TOK_NUM)) {
        return TRUE; /* a part of a code: "C46-P12" */
    }
    if (spaced && (foreign_name(c, first - 1) ||
                   vi_norm_word_in(c, first - 1, products, G_N_ELEMENTS(products), TRUE))) {
        return TRUE;
    }
    if (spaced && first >= 3 && vi_norm_is(c, first - 2, VI_TOK_NUM) &&
        (vi_norm_word_in(c, first - 1, joins, G_N_ELEMENTS(joins), TRUE) ||
         vi_norm_sym(c, first - 1, ',')) &&
        model_letter(c, first - 3, first - 2)) {
        return TRUE;
    }
    return (vi_norm_sym(c, next + 1, '+') && vi_norm_joined(c, next + 2, VI_TOK_NUM)) ||
           (next + 1 < c->ntok && c->tok[next + 1].space && foreign_name(c, next + 1));
}

/*
 * Is what follows a one-letter key ("H.", "P.", "Q.", "X.") at token next a place's name, so
 * that the key is huyện, phường, quận, xã and not a person's initial? A place has a name of two
 * capitalized words or more ("P. Bến Thành", "H. Chư Păh"), or of one before a comma and its
 * province, or one that runs Vietnamese syllables together ("H.Đakrông, Quảng Trị"). One word
 * alone is a name ("H. Nam" signing an article, "ông H. McMaster", "H. Còn em H. ..."), a letter
 * is another initial ("Q.H", "P.V"), and a key after a word for a person is an initial ("cháu
 * H. Tại bệnh viện").
 */
static gboolean place_name_after(vi_norm *c, size_t first, size_t next)
{
    const char *w = vi_norm_str(c, next);
    size_t len = vi_norm_len(c, next);
    size_t after = next + 1;
    gboolean marked = FALSE;
    if (g_utf8_strlen(w, (gssize)len) == 1 || (first > 0 && vi_norm_person_word(c, first - 1))) {
        return FALSE;
    }
    for (size_t k = 0; k < len; k++) {
        marked = marked || (guchar)w[k] >= 0x80;
    }
    if (vi_norm_sym(c, after, ',')) {
        after++;
    }
    return (after < c->ntok && c->tok[after].space && vi_norm_capitalized(c, after)) ||
           (marked && !vi_text_is_syllable(w, len));
}

static gboolean cond_holds(vi_norm *c, const vi_cond *cond, size_t first, size_t last,
                           gboolean in_url)
{
    size_t next = last + 1;
    if ((cond->kind == VI_COND_BEFORE_NAME || cond->kind == VI_COND_BEFORE_NUMBER ||
         cond->kind == VI_COND_BEFORE_NUMBER_SLASH) &&
        first >= 2 && !c->tok[first].space && vi_norm_sym(c, first - 1, '&') &&
        !c->tok[first - 1].space) {
        /* "S&P 500", "S&P Global": a letter joined by '&' is a letter, not "phường" */
        return FALSE;
    }
    switch (cond->kind) {
    case VI_COND_CODE:
        return in_code(c, first, last);
    case VI_COND_URL:
        return in_url;
    case VI_COND_AFTER:
        return source_after(c, first, cond->phrases);
    case VI_COND_BEFORE:
        return source_before(c, last, cond->phrases);
    case VI_COND_NEAR:
        return source_near(c, first, last, cond->phrases);
    case VI_COND_BEFORE_NAME:
        /* "P. Bến Thành", "q.Cầu Giấy": a capitalized word after the dot; a one-letter key
         * not inside a name ("Trần H. Nam" is an initial). */
        if (vi_norm_sym(c, next, '.')) {
            next++;
        }
        if (!vi_norm_capitalized(c, next)) {
            return FALSE;
        }
        /* Initials: "P.T.", "H.Y.T." (a photo credit), "N.H.N", "Ảnh: G.X Anh Hải" are
         * letters, not places: a letter with a dot before another, or after "G." itself. */
        if (g_utf8_strlen(vi_norm_str(c, first), (gssize)vi_norm_len(c, first)) == 1 &&
            ((g_utf8_strlen(vi_norm_str(c, next), (gssize)vi_norm_len(c, next)) == 1 &&
              vi_norm_sym(c, next + 1, '.') && !c->tok[next + 1].space) ||
             (first >= 2 && !c->tok[first].space && vi_norm_sym(c, first - 1, '.') &&
              !c->tok[first - 1].space && vi_norm_is(c, first - 2, VI_TOK_WORD) &&
              g_utf8_strlen(vi_norm_str(c, first - 2), (gssize)vi_norm_len(c, first - 2)) == 1))) {
            return FALSE;
        }
        if (g_utf8_strlen(vi_norm_str(c, first), (gssize)vi_norm_len(c, first)) == 1 &&
            (after_credit(c, first) || vi_norm_byline_initial(c, first) ||
             !place_name_after(c, first, next))) {
            return FALSE;
        }
        if (g_utf8_strlen(vi_norm_str(c, first), (gssize)vi_norm_len(c, first)) == 1 && first > 0 &&
            vi_norm_capitalized(c, first - 1) &&
            !vi_text_is_upper(vi_norm_str(c, first - 1), vi_norm_len(c, first - 1))) {
            return FALSE;
        }
        return TRUE;
    case VI_COND_BEFORE_DASH_NUMBER:
        return vi_norm_sym(c, next, '-') && !c->tok[next].space &&
               vi_norm_joined(c, next + 1, VI_TOK_NUM);
    case VI_COND_DOT:
        return last > first && vi_norm_sym(c, last, '.');
    case VI_COND_BEFORE_PLATE:
        if (vi_norm_sym(c, next, ':')) {
            next++; /* "BS: 43A-123.45" */
        }
        /* the province's two digits and the series' one or two capitals, joined: 79D, 43K7 */
        return vi_norm_is(c, next, VI_TOK_NUM) && vi_norm_len(c, next) == 2 &&
               vi_norm_joined(c, next + 1, VI_TOK_WORD) &&
               vi_text_is_upper(vi_norm_str(c, next + 1), vi_norm_len(c, next + 1)) &&
               g_utf8_strlen(vi_norm_str(c, next + 1), (gssize)vi_norm_len(c, next + 1)) <= 2;
    case VI_COND_BEFORE_NUMBER:
    case VI_COND_BEFORE_NUMBER_SLASH:
        if (vi_norm_sym(c, next, '.') && !c->tok[next].space) {
            next++;
        } else if (cond->kind == VI_COND_BEFORE_NUMBER && model_letter(c, first, next)) {
            return FALSE; /* "Audi Q5", "Tesla Model X P100D": no district, no ward */
        }
        if (!vi_norm_is(c, next, VI_TOK_NUM)) {
            return FALSE;
        }
        return cond->kind == VI_COND_BEFORE_NUMBER ||
               (vi_norm_sym(c, next + 1, '/') && !c->tok[next + 1].space &&
                vi_norm_joined(c, next + 2, VI_TOK_NUM));
    default:
        return FALSE;
    }
}

void vi_norm_put_reading(const vi_norm *c, GString *buf, const char *reading)
{
    char **words;
    vi_num_put(buf, "");
    if (c->dialect != DOCBAO_DIALECT_SOUTH || strstr(reading, "nghìn") == NULL) {
        g_string_append(buf, reading);
        return;
    }
    words = g_strsplit(reading, " ", -1);
    for (char **w = words; *w != NULL; w++) {
        if (w != words) {
            g_string_append_c(buf, ' ');
        }
        g_string_append(buf, strcmp(*w, "nghìn") == 0 ? "ngàn" : *w);
    }
    g_strfreev(words);
}

/* The entries of key as written, or in another case ("Tp", "Ubnd", "tp.", "kp.", "KM"), but
 * never for a word that is a Vietnamese syllable ("Ha" is a name, not HA); in lowercase only
 * with the dot of an abbreviation ("q.Cầu Giấy", "tp. Hà Nội"). NULL when there are none. */
static const vi_abbr_list *entries_of(vi_norm *c, const char *key)
{
    const vi_abbr_list *entries = vi_lex_abbr(c->lex, key);
    if (entries == NULL && (vi_text_has_upper(key, strlen(key)) || g_str_has_suffix(key, "."))) {
        GString *folded = c->words;
        g_string_truncate(folded, 0);
        vi_text_append_folded(folded, key, strlen(key));
        entries = vi_lex_abbr_folded(c->lex, folded->str);
        if (entries != NULL && vi_text_is_syllable(key, strlen(key))) {
            /* A syllable is never an acronym in another case ("Ha" is not HA), but a word of
             * the lexicon written in lower case may begin a sentence ("Chip", "Top"), or be
             * written in capitals for emphasis when no Vietnamese word is spelled so: a
             * syllable ending in p, t, c or ch always has a mark ("Tin HOT", "TOP 10": hót,
             * tốp as "hot", "top"). */
            size_t n = strlen(key);
            entries = (g_unichar_isupper(g_utf8_get_char(key)) &&
                       !vi_text_has_upper(g_utf8_next_char(key), strlen(g_utf8_next_char(key)))) ||
                              (n >= 3 && vi_text_is_upper(key, n) &&
                               vi_text_stop_final((guchar)key[n - 2], (guchar)key[n - 1]))
                          ? vi_lex_abbr(c->lex, folded->str)
                          : NULL;
        }
    }
    return entries;
}

gboolean vi_norm_expand(vi_norm *c, GString *buf, const char *key, size_t first, size_t last,
                        gboolean in_url)
{
    const char *learned = g_hash_table_lookup(c->learned, key);
    if (learned != NULL && !in_url) {
        vi_num_put(buf, learned);
        return TRUE;
    }
    return vi_norm_expand_entries(c, buf, entries_of(c, key), first, last, in_url);
}

/* The first of entries whose context holds for tokens first..last, or the fallback when
 * fallback is TRUE; NULL when none applies. */
static const vi_abbr *entry_that_holds(vi_norm *c, const vi_abbr_list *entries, size_t first,
                                       size_t last, gboolean in_url, gboolean fallback)
{
    if (entries == NULL) {
        return NULL;
    }
    /* Inside an address a shorthand of two or three letters ("vv.vn", "cty.vn") is a name,
     * spelled: only its url entries count there; longer words keep theirs (internet, video). */
    gboolean shorthand = in_url && first == last && vi_norm_len(c, first) < 4;
    for (unsigned e = 0; e < entries->len; e++) {
        const vi_abbr *a = entries->items[e];
        gboolean ok = a->n_conds == 0 && !shorthand && fallback;
        for (size_t k = 0; k < a->n_conds && !ok; k++) {
            /* a chain joined by '&' holds when all its conditions do */
            ok = cond_holds(c, &a->conds[k], first, last, in_url);
            while (a->conds[k].and_next && k + 1 < a->n_conds) {
                k++;
                ok = ok && cond_holds(c, &a->conds[k], first, last, in_url);
            }
        }
        if (ok) {
            return a;
        }
    }
    return NULL;
}

/* Appends the reading of entry a to buf; FALSE (buf untouched) when a is NULL. */
static gboolean put_entry(vi_norm *c, GString *buf, const vi_abbr *a)
{
    if (a == NULL) {
        return FALSE;
    }
    vi_norm_put_reading(c, buf, a->expansion);
    return TRUE;
}

gboolean vi_norm_expand_entries(vi_norm *c, GString *buf, const vi_abbr_list *entries,
                                size_t first, size_t last, gboolean in_url)
{
    return put_entry(c, buf, entry_that_holds(c, entries, first, last, in_url, TRUE));
}

gboolean vi_norm_expand_in_context(vi_norm *c, GString *buf, const char *key, size_t t)
{
    return put_entry(c, buf, entry_that_holds(c, entries_of(c, key), t, t, FALSE, FALSE));
}

/* ---------------------------------------------------------------------------------------- */
/* Punctuation and symbols                                                                   */

static gboolean is_close_bracket(gunichar ch)
{
    return ch == ')' || ch == ']' || ch == '}';
}

size_t vi_norm_punctuation(vi_norm *c, size_t i)
{
    /* Pause marks and closing brackets; "..." and "…" are one pause. */
    gunichar ch = c->tok[i].ch;
    char text[8];
    size_t j;
    text[g_unichar_to_utf8(ch, text)] = '\0';
    switch (ch) {
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
        vi_norm_pause(c, text, i);
        return i + 1;
    case '.':
        /* "...": one pause. */
        j = i;
        while (vi_norm_sym(c, j + 1, '.') && !c->tok[j + 1].space) {
            j++;
        }
        if (j == i && vi_norm_joined(c, i + 1, VI_TOK_SYM) &&
            (vi_norm_sym(c, i + 1, ',') || vi_norm_sym(c, i + 1, ';'))) {
            /* "Co., Ltd", "cháu A., chị C.", "DC., ngày 12/5": the point of an abbreviation
             * or an initial, and the comma right after it is the pause (it was a full stop,
             * which the weaker comma could not replace). */
            return i + 1;
        }
        vi_norm_pause(c, j > i + 1 ? "..." : ".", i);
        return j + 1;
    case 0x2026: /* … */
        vi_norm_pause(c, "...", i);
        return i + 1;
    default:
        break;
    }
    if (is_close_bracket(ch)) {
        vi_norm_pause(c, ",", i);
        return i + 1;
    }
    return 0;
}
