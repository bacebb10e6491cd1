/*
 * The normalizer: written Vietnamese in, what a newsreader says out, with spans back to the
 * source. This file holds the public API, the spoken-text builder, the engine the rule modules
 * share (vi_norm.h), the driver and the rules for punctuation and symbols. Numbers are read by
 * vi_numexpr.c, words and abbreviations by vi_wordexpr.c, with the lexicons of vi_lexicon.c.
 */
#include <string.h>

#include "docbao/text.h"
#include "docbao/normalize.h"
#include "base/internal.h"
#include "normalize/spoken.h"
#include "normalize/vi_norm.h"
#include "normalize/vi_numbers.h"
#include "text/lang_detect.h"

struct docbao_normalizer {
    docbao_dialect dialect;
    const char *language; /* the language of the text by default: "vi" or "en" (interned) */
    vi_lexicon *lex;
    GHashTable *learned; /* acronym -> expansion, from "thủ tục hành chính (TTHC)" */
    GHashTable *learned_first; /* the first word of every learned acronym */
    GString *buf;
    GString *key;
    GString *scratch;
    GArray *tokens;
};

struct docbao_spoken {
    GString *text;
    GArray *spans; /* of docbao_span */
    GArray *runs;  /* of docbao_spoken_run: stretches of one language, in order */
    const char *language; /* the language of the whole (interned) */
};

int docbao_dialect_from_name(const char *name)
{
    if (name == NULL) {
        return -1;
    }
    if (g_ascii_strcasecmp(name, "north") == 0 || g_ascii_strcasecmp(name, "bac") == 0) {
        return DOCBAO_DIALECT_NORTH;
    }
    if (g_ascii_strcasecmp(name, "south") == 0 || g_ascii_strcasecmp(name, "nam") == 0) {
        return DOCBAO_DIALECT_SOUTH;
    }
    return -1;
}

const char *docbao_dialect_name(docbao_dialect dialect)
{
    return dialect == DOCBAO_DIALECT_SOUTH ? "south" : "north";
}

docbao_normalizer *docbao_normalizer_new(const docbao_normalize_options *opts, docbao_error *err)
{
    docbao_normalizer *n;
    vi_lexicon *lex = vi_lex_new(opts != NULL ? opts->user_lexicon_dir : NULL, err);
    if (lex == NULL) {
        return NULL;
    }
    n = g_new0(docbao_normalizer, 1);
    n->dialect = opts != NULL ? opts->dialect : DOCBAO_DIALECT_NORTH;
    n->language = docbao_language_intern(opts != NULL ? opts->language : NULL);
    n->lex = lex;
    n->learned = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    n->learned_first = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    n->scratch = g_string_new(NULL);
    n->buf = g_string_new(NULL);
    n->key = g_string_new(NULL);
    n->tokens = g_array_new(FALSE, FALSE, sizeof(vi_token));
    return n;
}

void docbao_normalizer_free(docbao_normalizer *n)
{
    if (n == NULL) {
        return;
    }
    vi_lex_free(n->lex);
    g_hash_table_unref(n->learned);
    g_hash_table_unref(n->learned_first);
    g_string_free(n->scratch, TRUE);
    g_string_free(n->buf, TRUE);
    g_string_free(n->key, TRUE);
    g_array_unref(n->tokens);
    g_free(n);
}

void docbao_normalizer_reset(docbao_normalizer *n)
{
    if (n != NULL) {
        g_hash_table_remove_all(n->learned);
        g_hash_table_remove_all(n->learned_first);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Spoken text                                                                               */

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
static void spoken_add(docbao_spoken *s, const char *text, size_t len, size_t src_start,
                       size_t src_len, gboolean sep, const char *lang)
{
    docbao_span span;
    if (len == 0) {
        return;
    }
    if (sep && s->text->len > 0) {
        g_string_append_c(s->text, ' ');
    }
    span.spoken_start = s->text->len;
    span.spoken_len = len;
    span.source_start = src_start;
    span.source_len = src_len;
    g_string_append_len(s->text, text, (gssize)len);
    g_array_append_val(s->spans, span);
    runs_extend(s, span.spoken_start, lang);
}

void dbi_spoken_append(docbao_spoken *s, const char *text, size_t len, size_t src_start,
                       size_t src_len, const char *language)
{
    spoken_add(s, text, len, src_start, src_len, TRUE, docbao_language_intern(language));
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

/* ---------------------------------------------------------------------------------------- */
/* The engine (vi_norm.h)                                                                    */

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

gboolean vi_norm_word_is(const vi_norm *c, size_t i, const char *s, gboolean fold)
{
    size_t len;
    if (i >= c->ntok || c->tok[i].type != VI_TOK_WORD) {
        return FALSE;
    }
    len = vi_norm_len(c, i);
    if (!fold) {
        return strlen(s) == len && memcmp(vi_norm_str(c, i), s, len) == 0;
    }
    if (len > 64) {
        return FALSE;
    }
    g_string_truncate(c->key, 0);
    vi_text_append_folded(c->key, vi_norm_str(c, i), len);
    return strcmp(c->key->str, s) == 0;
}

gboolean vi_norm_word_in(const vi_norm *c, size_t i, const char *const *words, size_t n,
                         gboolean fold)
{
    for (size_t k = 0; k < n; k++) {
        if (vi_norm_word_is(c, i, words[k], fold)) {
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
 * Fills words with the last words of the spoken text, lowercased, newest first, and returns how
 * many (at most max). A phrase stops at a pause mark; a text ending with a pause other than ':'
 * has no words before.
 */
static size_t last_words(vi_norm *c, char **words, size_t max)
{
    const GString *t = c->out->text;
    size_t end = t->len;
    size_t n = 0;
    if (end > 0 && t->str[end - 1] == ':') {
        end--;
    }
    if (end > 0 && strchr(",.;!?", t->str[end - 1]) != NULL) {
        return 0;
    }
    while (n < max && end > 0) {
        size_t start = end;
        GString *w;
        while (start > 0 && t->str[start - 1] != ' ' && end - start <= 64) {
            start--;
        }
        if (start == end || end - start > 64) {
            break;
        }
        w = g_string_sized_new(end - start + 4);
        vi_text_append_folded(w, t->str + start, end - start);
        words[n++] = g_string_free(w, FALSE);
        if (start == 0) {
            break;
        }
        end = start - 1;
        if (end > 0 && strchr(",.;!?:", t->str[end - 1]) != NULL) {
            break;
        }
    }
    return n;
}

/* The roles of the phrase made of words[from .. from - k + 1] (newest first). */
static unsigned phrase_roles(vi_norm *c, char **words, size_t from, size_t k)
{
    unsigned roles;
    g_string_truncate(c->key, 0);
    for (size_t j = from + k; j > from; j--) {
        if (c->key->len > 0) {
            g_string_append_c(c->key, ' ');
        }
        g_string_append(c->key, words[j - 1]);
    }
    roles = vi_lex_roles(c->lex, c->key->str);
    return roles;
}

unsigned vi_norm_roles_before(vi_norm *c, size_t window)
{
    char *words[12];
    size_t maxw = MIN(vi_lex_context_max_words(c->lex), (size_t)4);
    size_t n;
    unsigned roles = 0;
    if (window < 1) {
        window = 1;
    }
    n = last_words(c, words, MIN(window + maxw, G_N_ELEMENTS(words)));
    /* words[0] is the newest. A phrase ending at words[e] is words[e + k - 1] .. words[e]. */
    for (size_t e = 0; e < window && e < n; e++) {
        for (size_t k = MIN(maxw, n - e); k >= 1; k--) {
            unsigned r = phrase_roles(c, words, e, k);
            if (r != 0) {
                roles |= r;
                break;
            }
        }
        if (window == 1) {
            break;
        }
    }
    for (size_t j = 0; j < n; j++) {
        g_free(words[j]);
    }
    return roles;
}

unsigned vi_norm_roles_at(vi_norm *c, size_t i)
{
    unsigned roles = 0;
    if (!vi_norm_is(c, i, VI_TOK_WORD) || vi_norm_len(c, i) > 64) {
        return 0;
    }
    /* Two words first ("dân số"), then one. */
    if (vi_norm_is(c, i + 1, VI_TOK_WORD) && c->tok[i + 1].space && vi_norm_len(c, i + 1) <= 64) {
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
    GString *tail;
    gboolean same;
    if (n == 0 || t->len < n || n > 256) {
        return FALSE;
    }
    if (t->len > n && t->str[t->len - n - 1] != ' ') {
        return FALSE;
    }
    tail = g_string_new(NULL);
    vi_text_append_folded(tail, t->str + t->len - n, n);
    g_string_truncate(c->key, 0);
    vi_text_append_folded(c->key, phrase, n);
    same = strcmp(tail->str, c->key->str) == 0;
    g_string_free(tail, TRUE);
    return same;
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
    spoken_add(c->out, text, len, start, end > start ? end - start : 0, TRUE, lang);
    c->said = VI_SAID_OTHER;
    c->said_end = last + 1;
}

void vi_norm_say(vi_norm *c, const char *text, size_t len, size_t first, size_t last)
{
    say_in(c, text, len, first, last, c->out->language);
}

void vi_norm_say_foreign(vi_norm *c, size_t i)
{
    say_in(c, vi_norm_str(c, i), vi_norm_len(c, i), i, i, g_intern_static_string("en"));
}

void vi_norm_say_buf(vi_norm *c, size_t first, size_t last)
{
    if (c->buf->len > 0) {
        vi_norm_say(c, c->buf->str, c->buf->len, first, last);
        g_string_truncate(c->buf, 0);
    }
}

void vi_norm_say_word(vi_norm *c, size_t i)
{
    g_string_truncate(c->buf, 0);
    vi_text_append_retoned(c->buf, vi_norm_str(c, i), vi_norm_len(c, i));
    vi_norm_say_buf(c, i, i);
}

/* How strong a pause mark is: a stronger one replaces a weaker one just before it. */
static int pause_strength(char mark)
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
    if (pause_strength(t->str[t->len - 1]) > 0) {
        /* Already a pause: keep the stronger of the two ("..." stays as it is). */
        if (last->spoken_len < 3 &&
            pause_strength(mark[0]) > pause_strength(t->str[t->len - 1]) &&
            last->spoken_start + last->spoken_len == t->len &&
            pause_strength(t->str[last->spoken_start]) > 0) {
            g_string_truncate(t, last->spoken_start);
            g_array_set_size(c->out->spans, c->out->spans->len - 1);
        } else {
            return;
        }
    }
    start = source_of(c, c->tok[i].start);
    end = source_of(c, c->tok[i].end);
    spoken_add(c->out, mark, strlen(mark), start, end - start, FALSE, NULL);
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

/* Does one of the phrases come just before token first (in the source)? */
static gboolean source_after(vi_norm *c, size_t first, char *const *phrases)
{
    for (char *const *ph = phrases; *ph != NULL; ph++) {
        char **words = g_strsplit(*ph, " ", -1);
        guint nw = g_strv_length(words);
        size_t i = first;
        gboolean match = nw > 0;
        for (guint k = nw; k > 0 && match; k--) {
            /* Skip one joining symbol between the words ("BS.CK2", "công ty - CP"). */
            if (i > 0 && (vi_norm_is_dash(c, i - 1) || vi_norm_sym(c, i - 1, '.'))) {
                i--;
            }
            if (i == 0 || !vi_norm_word_is(c, i - 1, words[k - 1], TRUE)) {
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

/* Does one of the phrases come just after token last? */
static gboolean source_before(vi_norm *c, size_t last, char *const *phrases)
{
    for (char *const *ph = phrases; *ph != NULL; ph++) {
        char **words = g_strsplit(*ph, " ", -1);
        size_t i = last + 1;
        gboolean match = words[0] != NULL;
        for (char **w = words; *w != NULL && match; w++) {
            if (vi_norm_sym(c, i, '.') || vi_norm_is_dash(c, i)) {
                i++;
            }
            if (!vi_norm_word_is(c, i, *w, TRUE)) {
                match = FALSE;
            }
            i++;
        }
        g_strfreev(words);
        if (match) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Is tokens first..last part of a document code: joined by '-' or '/' to a number or another
 * uppercase word (NĐ-CP, 749/QĐ-TTg, 18-NQ/TW)? */
static gboolean in_code(vi_norm *c, size_t first, size_t last)
{
    gboolean left = first > 1 && !c->tok[first].space && !c->tok[first - 1].space &&
                    (vi_norm_sym(c, first - 1, '/') || vi_norm_sym(c, first - 1, '-')) &&
                    (c->tok[first - 2].type == VI_TOK_NUM ||
                     (c->tok[first - 2].type == VI_TOK_WORD &&
                      g_unichar_isupper(c->tok[first - 2].ch)));
    gboolean right = last + 2 < c->ntok && !c->tok[last + 1].space && !c->tok[last + 2].space &&
                     (vi_norm_sym(c, last + 1, '/') || vi_norm_sym(c, last + 1, '-')) &&
                     c->tok[last + 2].type == VI_TOK_WORD &&
                     g_unichar_isupper(c->tok[last + 2].ch);
    return left || right;
}

static gboolean cond_holds(vi_norm *c, const vi_cond *cond, size_t first, size_t last,
                           gboolean in_url)
{
    size_t next = last + 1;
    switch (cond->kind) {
    case VI_COND_CODE:
        return in_code(c, first, last);
    case VI_COND_URL:
        return in_url;
    case VI_COND_AFTER:
        return source_after(c, first, cond->phrases);
    case VI_COND_BEFORE:
        return source_before(c, last, cond->phrases);
    case VI_COND_BEFORE_NAME:
        /* "P. Bến Thành", "q.Cầu Giấy": a capitalized word after the dot; a one-letter key
         * not inside a name ("Trần H. Nam" is an initial). */
        if (vi_norm_sym(c, next, '.')) {
            next++;
        }
        if (!vi_norm_is(c, next, VI_TOK_WORD) || !g_unichar_isupper(c->tok[next].ch)) {
            return FALSE;
        }
        if (g_utf8_strlen(vi_norm_str(c, first), (gssize)vi_norm_len(c, first)) == 1 &&
            first > 0 && vi_norm_is(c, first - 1, VI_TOK_WORD) &&
            g_unichar_isupper(c->tok[first - 1].ch) &&
            !vi_text_is_upper(vi_norm_str(c, first - 1), vi_norm_len(c, first - 1))) {
            return FALSE;
        }
        return TRUE;
    case VI_COND_BEFORE_NUMBER:
    case VI_COND_BEFORE_NUMBER_SLASH:
        if (vi_norm_sym(c, next, '.') && !c->tok[next].space) {
            next++;
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

gboolean vi_norm_expand(vi_norm *c, GString *buf, const char *key, size_t first, size_t last,
                        gboolean in_url)
{
    const GPtrArray *entries;
    const char *learned = g_hash_table_lookup(c->learned, key);
    if (learned != NULL && !in_url) {
        vi_num_put(buf, learned);
        return TRUE;
    }
    entries = vi_lex_abbr(c->lex, key);
    /* In another case ("Tp", "Ubnd", "tp.", "kp."), but never for a word that is a Vietnamese
     * syllable ("Ha" is a name, not HA); in lowercase only with the dot of an abbreviation
     * ("q.Cầu Giấy", "tp. Hà Nội"). */
    if (entries == NULL && (vi_text_has_upper(key, strlen(key)) || g_str_has_suffix(key, "."))) {
        GString *folded = g_string_new(NULL);
        vi_text_append_folded(folded, key, strlen(key));
        entries = vi_lex_abbr_folded(c->lex, folded->str);
        g_string_free(folded, TRUE);
        if (entries != NULL && vi_text_is_syllable(key, strlen(key))) {
            entries = NULL;
        }
    }
    if (entries == NULL) {
        return FALSE;
    }
    for (guint e = 0; e < entries->len; e++) {
        const vi_abbr *a = g_ptr_array_index(entries, e);
        gboolean ok = a->n_conds == 0;
        for (size_t k = 0; k < a->n_conds && !ok; k++) {
            ok = cond_holds(c, &a->conds[k], first, last, in_url);
        }
        if (ok) {
            vi_norm_put_reading(c, buf, a->expansion);
            return TRUE;
        }
    }
    return FALSE;
}

/* ---------------------------------------------------------------------------------------- */
/* Punctuation and symbols                                                                   */

static gboolean is_open_bracket(gunichar ch)
{
    return ch == '(' || ch == '[' || ch == '{';
}

static gboolean is_close_bracket(gunichar ch)
{
    return ch == ')' || ch == ']' || ch == '}';
}

/* A dash: "đến" between a date or time and another, a pause between spaced words, silent
 * inside a word (Bà Rịa-Vũng Tàu, Covid-19). */
static size_t rule_dash(vi_norm *c, size_t i)
{
    gboolean spaced = c->tok[i].space || (i + 1 < c->ntok && c->tok[i + 1].space);
    gboolean after_time = (c->said == VI_SAID_DATE || c->said == VI_SAID_TIME) &&
                          c->said_end == i;
    if (after_time && i + 1 < c->ntok &&
        (c->tok[i + 1].type == VI_TOK_NUM ||
         (c->tok[i + 1].type == VI_TOK_WORD && vi_norm_joined(c, i + 2, VI_TOK_NUM)))) {
        vi_norm_say(c, "đến", strlen("đến"), i, i);
        return i + 1;
    }
    if (spaced) {
        vi_norm_pause(c, ",", i);
    }
    return i + 1;
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

static size_t rule_symbol(vi_norm *c, size_t i)
{
    gunichar ch = c->tok[i].ch;
    char text[8];
    const char *reading;
    size_t j = vi_norm_punctuation(c, i);
    if (j > 0) {
        return j;
    }
    text[g_unichar_to_utf8(ch, text)] = '\0';
    if (is_open_bracket(ch)) {
        size_t next = vi_wordexpr_definition(c, i);
        if (next > 0) {
            return next;
        }
        vi_norm_pause(c, ",", i);
        return i + 1;
    }
    if (vi_norm_is_dash(c, i) && ch != '~') {
        return rule_dash(c, i);
    }
    if (ch == '/') {
        size_t next = vi_numexpr_per(c, i);
        return next > 0 ? next : i + 1;
    }
    reading = vi_lex_symbol(c->lex, text);
    if (reading == NULL) {
        return i + 1; /* unknown symbols are silent: never read in another language */
    }
    if (pause_strength(reading[0]) > 0 && reading[1] == '\0') {
        vi_norm_pause(c, reading, i);
    } else if (*reading != '\0') {
        vi_norm_say(c, reading, strlen(reading), i, i);
    }
    return i + 1;
}

/* ---------------------------------------------------------------------------------------- */
/* Driver                                                                                    */

/*
 * Reads the tokens left to right. Numbers: web addresses (24h.com.vn), then the number rules.
 * Words: a money sign written as a word (US$5), then the word rules. Symbols: what may stand
 * before a number (-5, $100, +84), then punctuation and symbols.
 */
static void run(vi_norm *c, size_t from)
{
    size_t i = from;
    while (i < c->ntok) {
        size_t next = 0;
        switch (c->tok[i].type) {
        case VI_TOK_NUM:
            next = vi_wordexpr_rule(c, i);
            if (next == 0) {
                next = vi_numexpr_rule(c, i);
            }
            break;
        case VI_TOK_WORD:
            next = vi_numexpr_rule(c, i);
            if (next == 0) {
                next = vi_wordexpr_rule(c, i);
            }
            break;
        default:
            next = vi_numexpr_rule(c, i);
            if (next == 0) {
                next = rule_symbol(c, i);
            }
            break;
        }
        if (next <= i) {
            /* Every token is consumed once: a rule that took nothing must not loop. */
            if (c->tok[i].type == VI_TOK_WORD) {
                vi_norm_say_word(c, i);
            }
            next = i + 1;
        }
        i = next;
    }
}

/*
 * A short word without marks between two foreign words is part of the foreign phrase ("text in
 * brackets", "Refinery and Petrochemicals"): its run is joined to theirs, so the voice does
 * not change twice inside one phrase.
 */
static void runs_join_islands(docbao_spoken *s)
{
    guint i = 1;
    while (i + 1 < s->runs->len) {
        docbao_spoken_run *prev = &g_array_index(s->runs, docbao_spoken_run, i - 1);
        docbao_spoken_run *r = &g_array_index(s->runs, docbao_spoken_run, i);
        docbao_spoken_run *next = &g_array_index(s->runs, docbao_spoken_run, i + 1);
        gboolean island = prev->language == next->language && r->language == s->language &&
                          prev->language != s->language && r->spoken_len <= 4;
        for (size_t k = 0; island && k < r->spoken_len; k++) {
            island = g_ascii_isalpha(s->text->str[r->spoken_start + k]);
        }
        if (island) {
            prev->spoken_len = next->spoken_start + next->spoken_len - prev->spoken_start;
            g_array_remove_range(s->runs, i, 2);
            continue;
        }
        i++;
    }
}

/* Cuts the spoken text back to len bytes (a whole span), with its spans and runs. */
static void spoken_truncate(docbao_spoken *s, size_t len)
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

/*
 * An agency's mark at the start of a lead, which newsreaders do not read: "TTO - ", "(Dân trí)
 * - ", "VOV.VN - ", "(PLO)- ", "NLĐO - ". Either up to four words in brackets, or up to three
 * pieces that are not all Vietnamese words (a name such as "HÀ NỘI - " is said), then a dash
 * with a space after it and a capital letter, a digit or a quote. Returns the first token after
 * the mark, or 0 when there is none.
 */
static size_t agency_mark(const vi_norm *c)
{
    size_t j = 0;
    gboolean bracket = vi_norm_sym(c, 0, '(');
    gboolean foreign = FALSE;
    size_t words = 0;
    if (bracket) {
        j = 1;
        while (j < c->ntok && j < 12 && !vi_norm_sym(c, j, ')')) {
            if (c->tok[j].type == VI_TOK_WORD) {
                words++;
            } else if (!vi_norm_sym(c, j, '.')) {
                return 0;
            }
            j++;
        }
        if (!vi_norm_sym(c, j, ')') || words == 0 || words > 4 ||
            !g_unichar_isupper(c->tok[1].ch)) {
            return 0;
        }
        j++;
    } else {
        while (j < c->ntok && j < 6 && (c->tok[j].type == VI_TOK_WORD || vi_norm_sym(c, j, '.')) &&
               (j == 0 || !c->tok[j].space)) {
            if (c->tok[j].type == VI_TOK_WORD) {
                const char *w = vi_norm_str(c, j);
                size_t len = vi_norm_len(c, j);
                if (!vi_text_is_upper(w, len) && !(j > 0 && vi_norm_sym(c, j - 1, '.'))) {
                    return 0; /* "VOV.VN", "VTV.vn", "TTO", "NLĐO" */
                }
                foreign = foreign || !vi_text_is_syllable(w, len);
                words++;
            }
            j++;
        }
        if (words == 0 || !foreign) {
            return 0;
        }
    }
    if (!vi_norm_is_dash(c, j) || j + 1 >= c->ntok || !c->tok[j + 1].space ||
        !(g_unichar_isupper(c->tok[j + 1].ch) || c->tok[j + 1].type == VI_TOK_NUM ||
          c->tok[j + 1].ch == '"' || c->tok[j + 1].ch == 0x201C)) {
        return 0;
    }
    return j + 1;
}

docbao_status docbao_normalize(docbao_normalizer *n, const char *text, size_t len,
                               docbao_spoken **out, docbao_error *err)
{
    return docbao_normalize_as(n, NULL, text, len, out, err);
}

docbao_status docbao_normalize_as(docbao_normalizer *n, const char *language, const char *text,
                                  size_t len, docbao_spoken **out, docbao_error *err)
{
    const char *end;
    const char *lang;
    vi_text t;
    vi_norm c;

    if (n == NULL || text == NULL || out == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no text to normalize"));
    }
    if (len == (size_t)-1) {
        len = strlen(text);
    }
    if (!g_utf8_validate_len(text, len, &end)) {
        return docbao_text_check_utf8(text, len, _("the text"), err);
    }
    lang = language != NULL ? docbao_language_intern(language) : n->language;
    vi_text_init(&t, text, len);
    g_array_set_size(n->tokens, 0);
    vi_tok_split(t.str, t.len, n->tokens);

    memset(&c, 0, sizeof c);
    c.lex = n->lex;
    c.learned = n->learned;
    c.learned_first = n->learned_first;
    c.scratch = n->scratch;
    c.dialect = n->dialect;
    c.text = &t;
    c.tok = (const vi_token *)(void *)n->tokens->data;
    c.ntok = n->tokens->len;
    c.out = dbi_spoken_new(lang);
    c.buf = n->buf;
    c.key = n->key;
    g_string_truncate(c.buf, 0);
    if (strcmp(lang, "vi") == 0) {
        run(&c, agency_mark(&c));
        runs_join_islands(c.out);
    } else {
        en_run(&c);
    }
    /* A pause at the very end (from a closing bracket or a dash) says nothing. */
    while (c.out->spans->len > 0 && c.out->text->len > 0 &&
           c.out->text->str[c.out->text->len - 1] == ',') {
        const docbao_span *last =
            &g_array_index(c.out->spans, docbao_span, c.out->spans->len - 1);
        if (last->spoken_len != 1) {
            break;
        }
        spoken_truncate(c.out, last->spoken_start);
    }
    vi_text_clear(&t);
    *out = c.out;
    return DOCBAO_OK;
}
