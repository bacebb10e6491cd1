/*
 * The normalizer's engine, shared by its rule modules: the tokens of the text being read, the
 * spoken text being built, and helpers to look at context and to say things with spans back to
 * the source. Internal to the core; prefix vi_norm_ (implemented in vi_norm.c).
 *
 * Rules are functions `size_t rule(vi_norm *c, size_t i)` that look at token i and what is
 * around it; when they apply they say something and return the index of the first token they
 * did not consume (always > i), otherwise they say nothing and return 0.
 */
#ifndef DOCBAO_VI_NORM_H
#define DOCBAO_VI_NORM_H

#include <glib.h>
#include <string.h>

#include "docbao/normalize.h"
#include "normalize/vi_lexicon.h"
#include "normalize/vi_text.h"
#include "normalize/vi_tokens.h"

/* What the last rule said, for rules that continue it ("8h-10h": a dash after a time). */
typedef enum {
    VI_SAID_OTHER = 0,
    VI_SAID_NUMBER,
    VI_SAID_DATE,
    VI_SAID_TIME,
    VI_SAID_SIGN, /* a minus before a number: "-3/4" is a fraction, not a date */
} vi_said;

/*
 * What roles_before() (vi_norm.c) found in the text said so far, kept while that text's end is
 * unchanged: the rules ask again and again about the words before one token ("thứ", "số",
 * "gọi" ...) with windows of one to ten words. It holds the last words folded so far (newest
 * first) and the roles of the phrases ending at each; seen copies the bytes of the text they
 * were read from, which must be the same for them to be used again.
 */
typedef struct vi_roles_cache {
    GString *seen;     /* the spoken text's bytes [lo, len) read so far */
    GString *words;    /* the words folded, each ending with '\0' */
    size_t len;        /* the spoken text's length then */
    size_t lo;         /* where seen starts in it */
    size_t end;        /* where the next word to fold ends */
    gboolean comma;    /* read through a comma (roles_before()'s through_comma) */
    gboolean valid;    /* FALSE: nothing read yet */
    gboolean done;     /* no more words before */
    size_t n;          /* words folded (at most 12) */
    size_t offsets[12];  /* where each starts in words */
    size_t nroles;     /* phrases whose roles are known: those ending at words[0 .. nroles) */
    unsigned roles[12];
} vi_roles_cache;

typedef struct vi_norm {
    const vi_lexicon *lex;
    GHashTable *learned; /* acronym -> expansion the article gave; owned by the normalizer */
    GHashTable *learned_first; /* first words of the learned acronyms (a quick test) */
    GString *coin_text;      /* the words of the text's earlier paragraphs (vi_wordexpr_coined()) */
    GHashTable *coin_tried;  /* acronyms looked for there, and not found, in this text */
    docbao_dialect dialect;
    const vi_text *text; /* the text in NFC */
    const vi_token *tok;
    size_t ntok;
    docbao_spoken *out;
    GString *buf;     /* scratch for a phrase being built */
    GString *key;     /* scratch for lookups */
    GString *scratch; /* scratch for the abbreviation rule's keys */
    GString *words;   /* scratch of functions that call no rule: the last words said
                       * (roles_before()), a key folded (vi_norm_expand()) */
    GString *place_keys; /* scratch of vi_place_word() (it calls no rule): the words it folded, */
    GString *place_tmp;  /* a key being built, */
    GString *place_said; /* and what it says */
    const char *lang; /* the language words are said in (interned); NULL: the text's */
    vi_said said;     /* kind of the last thing said */
    size_t said_end;  /* token index after it */
    size_t roman_end; /* token index after the last Roman numeral read (0: none) */
    unsigned roman_roles; /* the roles it was read with (ordinal, rank): a list goes on so */
    size_t score_end; /* token index after the last score read (0: none) */
    size_t date_end;  /* token index after the last date read (0: none) */
    size_t fraction_end; /* token index after the last fraction read as one (0: none) */
    size_t ticker_end; /* token index after the last stock ticker spelled (0: none) */
    size_t doc_end;   /* token index after the last document or period number (0: none) */
    unsigned doc_roles; /* the roles it was read with (document, period, address) */
    size_t code_type; /* token of the type word of the last legal code read (QĐ in
                       * "191/QĐ-UBND"; 0: none), for a list of codes of one type */
    size_t code_end;  /* token index after that code */
    size_t name_first;     /* the last name whose language was asked (name_language() in */
    size_t name_last;      /* vi_wordexpr.c): its first and last words (name_last 0: none), */
    const char *name_lang; /* and the language whose letters say it (respell.tsv), or NULL */
    vi_roles_cache roles;  /* the roles of the last words said (roles_before()) */
    GString *retoned;      /* token retoned_tok retoned (vi_norm_retoned()), when */
    size_t retoned_tok;
    gboolean retoned_valid; /* TRUE */
    guint8 *syllables;      /* per token: VI_SYLLABLE_UNKNOWN, _NO or _YES (vi_norm_syllable()) */
} vi_norm;

enum { VI_SYLLABLE_UNKNOWN, VI_SYLLABLE_NO, VI_SYLLABLE_YES };

/* ---- tokens ---- */

static inline const char *vi_norm_str(const vi_norm *c, size_t i)
{
    return c->text->str + c->tok[i].start;
}

static inline size_t vi_norm_len(const vi_norm *c, size_t i)
{
    return c->tok[i].end - c->tok[i].start;
}

/* Token i exists and is of this type. */
static inline gboolean vi_norm_is(const vi_norm *c, size_t i, vi_tok_type type)
{
    return i < c->ntok && c->tok[i].type == type;
}

/* Token i exists and is a word whose first letter is a capital, with marks or not ("Anh",
 * "Đà", "Ứng", "UBND"). */
static inline gboolean vi_norm_capitalized(const vi_norm *c, size_t i)
{
    gunichar ch;
    if (!vi_norm_is(c, i, VI_TOK_WORD)) {
        return FALSE;
    }
    ch = c->tok[i].ch;
    /* ASCII by its bytes: the capitals of ASCII are A to Z only */
    return ch < 0x80 ? ch >= 'A' && ch <= 'Z' : g_unichar_isupper(ch);
}

/* Token i exists, has no space before it, and is of this type. */
static inline gboolean vi_norm_joined(const vi_norm *c, size_t i, vi_tok_type type)
{
    return i < c->ntok && !c->tok[i].space && c->tok[i].type == type;
}

/* Token i exists and is the symbol ch. */
static inline gboolean vi_norm_sym(const vi_norm *c, size_t i, gunichar ch)
{
    return i < c->ntok && c->tok[i].type == VI_TOK_SYM && c->tok[i].ch == ch;
}

/* Token k ends a sentence: ".", "!" or "?" before a space or the end ("6.1" does not). */
static inline gboolean vi_norm_sentence_end(const vi_norm *c, size_t k)
{
    return (vi_norm_sym(c, k, '.') || vi_norm_sym(c, k, '!') || vi_norm_sym(c, k, '?')) &&
           (k + 1 >= c->ntok || c->tok[k + 1].space);
}

/* Token j is a prime mark joined to what comes before it: ' ’ ′ (a minute, a foot: 57', 6′). */
gboolean vi_norm_prime_mark(const vi_norm *c, size_t j);

/* Does the paragraph end after token k: the text's last token, or a line break before the
 * next? */
static inline gboolean vi_norm_paragraph_end(const vi_norm *c, size_t k)
{
    return k + 1 >= c->ntok ||
           memchr(c->text->str + c->tok[k].end, '\n', c->tok[k + 1].start - c->tok[k].end) != NULL;
}

/* Token i is one of the dashes used between numbers: - – — − ~. */
gboolean vi_norm_is_dash(const vi_norm *c, size_t i);

/* Token i is a word equal to s (exactly, or ignoring case when fold). */
gboolean vi_norm_word_is(const vi_norm *c, size_t i, const char *s, gboolean fold);

/* Token h is the H of a half's score in brackets, "(H1: 2-1)", "(H2: 0 - 0)": H and 1 or 2
 * joined, ':', two numbers of one or two digits joined by a dash, ')'. */
gboolean vi_norm_half_score(const vi_norm *c, size_t h);

/* Word token i with the traditional tone placement (vi_text_append_retoned()), kept until
 * another token's is asked: the abbreviation rule looks it up and the word rule says it. */
const GString *vi_norm_retoned(vi_norm *c, size_t i);

/* Is token i, all of it, a Vietnamese syllable (vi_text_is_syllable())? Several rules ask it
 * of the same word (a place, a name, a foreign word): it is worked out once per token. */
gboolean vi_norm_syllable(const vi_norm *c, size_t i);

/* Token i is a word equal to one of the n words (exactly, or ignoring case when fold). */
gboolean vi_norm_word_in(const vi_norm *c, size_t i, const char *const *words, size_t n,
                         gboolean fold);

/* Token i is a word for a person that comes before a name the press shortens (ông, bà, anh,
 * chị, em, cháu, bị can, đối tượng, nạn nhân, ...: "anh H.", "chị P.L", "ông Trần Th."). */
gboolean vi_norm_person_word(const vi_norm *c, size_t i);

/* Token i is a word of capitals A to Z only, min to max letters (LS, TV, VIC, DDR). */
gboolean vi_norm_capitals(const vi_norm *c, size_t i, size_t min, size_t max);

/* Token i, as written, is a key of the abbreviations lexicon (TP, UBND, SV; not Audi). */
gboolean vi_norm_abbr_listed(const vi_norm *c, size_t i);

/* The text opens with a stock ticker heading its company's name: three capitals, or one or two
 * and a number (TV3), then a dash and "Công ty", "CTCP" or "Tổng Công ty" ("XHC -Công ty cổ
 * phần Xuân Hòa Việt Nam: ...", "KCB-CTCP Khoáng sản ..."): no agency's mark, and the letters
 * are spelled, not expanded (KCB no "khám chữa bệnh"). */
gboolean vi_norm_ticker_heading(const vi_norm *c);

/* The value of number token i, when it has at most 19 digits. */
gboolean vi_norm_value(const vi_norm *c, size_t i, guint64 *value);

/* The first token after the run of tokens that starts at i with no space between them. */
size_t vi_norm_chunk_end(const vi_norm *c, size_t i, size_t max);

/* Does token i, a capitalized word with its dot joined after it ("H.", "Ng."), open a byline
 * that ends the text: at its start or after the end of a sentence, then one to three
 * capitalized words and nothing else ("... thiệt hại về người. H. Nam", "Ng.Nga")? Such a word
 * is the initial of the writer's name, no ward or district. */
gboolean vi_norm_byline_initial(const vi_norm *c, size_t i);

/* ---- context ---- */

/*
 * The roles (VI_ROLE_*) of the words just said, such as "thứ" or "Đại hội". A phrase counts
 * when it ends the spoken text, or is followed only by ':'. window > 1 also looks at phrases
 * ending up to window - 1 words earlier and returns the roles of all of them.
 */
unsigned vi_norm_roles_before(vi_norm *c, size_t window);

/* The roles of the words said before the mark, "(" or ",", that token i follows ("thứ Sáu
 * (12.5)", "hôm nay, 2-12": the pause the mark made is looked through), or 0 when the mark is
 * not before it (a "(" joined to it). */
unsigned vi_norm_roles_before_mark(vi_norm *c, size_t i, gunichar mark);

/* The roles of the word (or two words) starting at token i, or 0. */
unsigned vi_norm_roles_at(vi_norm *c, size_t i);

/* TRUE if the spoken text ends with phrase (compared in lowercase). */
gboolean vi_norm_said_ends_with(vi_norm *c, const char *phrase);

/* TRUE if phrase (compared in lowercase, pause marks ignored) is among the last max_words words
 * of the spoken text. */
gboolean vi_norm_said_recently(vi_norm *c, const char *phrase, size_t max_words);

/* ---- saying ---- */

/* Says text (len bytes) as a word or phrase for source tokens first..last (inclusive). */
void vi_norm_say(vi_norm *c, const char *text, size_t len, size_t first, size_t last);

/* Says c->buf (when not empty) for tokens first..last, then empties it. */
void vi_norm_say_buf(vi_norm *c, size_t first, size_t last);

/* Says a word of the source (token i) with the traditional tone placement. */
void vi_norm_say_word(vi_norm *c, size_t i);

/* Says a word of the source (token i) as written, in a run of its own for the English voice
 * ("blockchain" inside Vietnamese). */
void vi_norm_say_foreign(vi_norm *c, size_t i);
/* Says text (len bytes, part of tokens first..last) for the English voice ("morning ride" of
 * saigonmorningride.com). */
void vi_norm_say_foreign_text(vi_norm *c, const char *text, size_t len, size_t first, size_t last);

/* Pause marks (, ; : ! ? . ... …) and closing brackets at token i: adds the pause and returns
 * the next token, or 0 when token i is none of them. */
size_t vi_norm_punctuation(vi_norm *c, size_t i);

/* How strong a pause mark is (0: not a pause mark); a stronger one replaces a weaker one. */
int vi_norm_pause_strength(char mark);

/* Adds a pause mark (",", ".", "?", ...) to the last word for token i; never starts the text. */
void vi_norm_pause(vi_norm *c, const char *mark, size_t i);

/*
 * Appends a reading from a lexicon to buf (after a space), in the normalizer's dialect: the
 * southern profile says "ngàn" where a reading says "nghìn" (50k, ‰).
 */
void vi_norm_put_reading(const vi_norm *c, GString *buf, const char *reading);

/* Appends the spelling of a word with letter names to buf: "GDP" -> "gờ đê pê". */
void vi_norm_spell(vi_norm *c, GString *buf, const char *w, size_t len);

/*
 * Appends the reading of an abbreviation key to buf when the lexicon or the article knows it,
 * choosing the entry whose context holds for the key at tokens first..last. Returns FALSE
 * (buf untouched) when nothing applies.
 */
gboolean vi_norm_expand(vi_norm *c, GString *buf, const char *key, size_t first, size_t last,
                        gboolean in_url);

/*
 * Appends the reading of the first of entries whose context holds for tokens first..last (or
 * the fallback); FALSE (buf untouched) when none applies or entries is NULL.
 */
gboolean vi_norm_expand_entries(vi_norm *c, GString *buf, const vi_abbr_list *entries,
                                size_t first, size_t last, gboolean in_url);

/*
 * Appends the reading of key (as written, or in another case as vi_norm_expand() finds it) at
 * token t only from an entry with a context that holds there, never the fallback: the head of a
 * product code ("QL-1A" by "before -#", while "VN-A129" and "DS-160" are spelled). FALSE (buf
 * untouched) when none holds.
 */
gboolean vi_norm_expand_in_context(vi_norm *c, GString *buf, const char *key, size_t t);

/* ---- rule modules ---- */

/* Numbers and what they start or follow: vi_numexpr.c. */
size_t vi_numexpr_rule(vi_norm *c, size_t i);

/* Words: abbreviations, acronyms, Roman numerals, letter-digit codes, definitions, web
 * addresses: vi_wordexpr.c. */
size_t vi_wordexpr_rule(vi_norm *c, size_t i);

/* An acronym defined in parentheses: "thủ tục hành chính (TTHC)"; i is the "(". */
size_t vi_wordexpr_definition(vi_norm *c, size_t i);
/* Remembers the words of the paragraph just read for the acronyms a later one coins. */
void vi_wordexpr_remember_words(vi_norm *c);

/* A top-level domain standing alone: "tên miền .vn" -> "chấm vê nờ"; i is the ".". 0 when it
 * is not one. */
size_t vi_wordexpr_domain(vi_norm *c, size_t i);

/* "/" between two words: "đồng/tháng" -> "đồng một tháng", "km/h" -> "trên"; i is the "/". */
size_t vi_numexpr_per(vi_norm *c, size_t i);

/* Reads the tokens from token from to the end with the English rules (en_normalize.c), for
 * text in English. */
void en_run(vi_norm *c, size_t from);

/* An English ordinal joined to its number inside Vietnamese text ("20th Century Fox"): says it
 * for the English voice and returns the token after it, or 0. */
size_t en_ordinal_in_vi(vi_norm *c, size_t i);

/* Appends the English cardinal of n digits d ("50" -> "fifty"). */
void en_cardinal(GString *out, const char *d, size_t n);

#endif
