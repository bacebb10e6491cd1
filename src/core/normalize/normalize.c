/*
 * The normalizer: written Vietnamese in, what a newsreader says out, with spans back to the
 * source. This file holds the public API and the driver that dispatches each token to the rule
 * modules (vi_numexpr.c for numbers, vi_wordexpr.c for words and abbreviations, en_normalize.c
 * for English) and the rules for dashes and symbols. The rules share the engine of vi_norm.c
 * and build their text with spoken.c; none of them calls back into this file.
 */
#include <string.h>

#include "docbao/text.h"
#include "docbao/normalize.h"
#include "base/internal.h"
#include "normalize/spoken.h"
#include "normalize/vi_glue.h"
#include "normalize/vi_norm.h"
#include "normalize/vi_numbers.h"
#include "text/lang_detect.h"

struct docbao_normalizer {
    docbao_dialect dialect;
    const char *language; /* the language of the text by default: "vi" or "en" (interned) */
    vi_lexicon *lex;
    GHashTable *learned; /* acronym -> expansion, from "thủ tục hành chính (TTHC)" */
    GHashTable *learned_first; /* the first word of every learned acronym */
    GString *coin_text;       /* the words of the text read so far (vi_wordexpr_coined()) */
    GHashTable *coin_tried;   /* acronyms no phrase before them spelled */
    GString *buf;
    GString *key;
    GString *scratch;
    GString *words;
    GString *roles_seen;  /* the roles cache's copy of the text read (vi_norm.h) */
    GString *roles_words; /* and the words it folded */
    GString *retoned;     /* a word retoned (vi_norm_retoned()) */
    GString *place_keys, *place_tmp, *place_said;
    GArray *tokens;
    GByteArray *syllables; /* per token, whether a syllable (vi_norm_syllable()) */
    GArray *name_words; /* retone_names()'s word bounds and edits, kept between texts */
    GArray *name_edits;
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
    n->coin_text = g_string_new(NULL);
    n->coin_tried = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    n->scratch = g_string_new(NULL);
    n->words = g_string_sized_new(128);
    n->roles_seen = g_string_sized_new(128);
    n->roles_words = g_string_sized_new(128);
    n->retoned = g_string_sized_new(64);
    n->place_keys = g_string_sized_new(128);
    n->place_tmp = g_string_new(NULL);
    n->place_said = g_string_new(NULL);
    n->buf = g_string_new(NULL);
    n->key = g_string_new(NULL);
    n->tokens = g_array_new(FALSE, FALSE, sizeof(vi_token));
    n->syllables = g_byte_array_new();
    n->name_words = g_array_new(FALSE, FALSE, sizeof(size_t));
    n->name_edits = g_array_new(FALSE, FALSE, sizeof(vi_text_edit));
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
    g_hash_table_unref(n->coin_tried);
    g_string_free(n->coin_text, TRUE);
    g_string_free(n->scratch, TRUE);
    g_string_free(n->words, TRUE);
    g_string_free(n->roles_seen, TRUE);
    g_string_free(n->roles_words, TRUE);
    g_string_free(n->retoned, TRUE);
    g_string_free(n->place_keys, TRUE);
    g_string_free(n->place_tmp, TRUE);
    g_string_free(n->place_said, TRUE);
    g_string_free(n->buf, TRUE);
    g_string_free(n->key, TRUE);
    g_array_unref(n->tokens);
    g_byte_array_unref(n->syllables);
    g_array_unref(n->name_words);
    g_array_unref(n->name_edits);
    g_free(n);
}

void docbao_normalizer_reset(docbao_normalizer *n)
{
    if (n != NULL) {
        g_hash_table_remove_all(n->learned);
        g_hash_table_remove_all(n->learned_first);
        g_hash_table_remove_all(n->coin_tried);
        g_string_truncate(n->coin_text, 0);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Dashes and symbols                                                                        */

static gboolean is_open_bracket(gunichar ch)
{
    return ch == '(' || ch == '[' || ch == '{';
}

/* Does a point of a road's chainage start at token i: "km" (any case) and a number, joined or
 * spaced ("km12", "Km 45+300", "km1.123+600")? */
static gboolean chainage_at(const vi_norm *c, size_t i)
{
    return vi_norm_word_is(c, i, "km", TRUE) && vi_norm_is(c, i + 1, VI_TOK_NUM);
}

/* Does a point of chainage end just before token i: "km N" or "km N+M", N and M with dots of
 * thousands (km1.123+600)? */
static gboolean chainage_before(const vi_norm *c, size_t i)
{
    size_t j = i - 1;
    if (i < 2 || !vi_norm_is(c, j, VI_TOK_NUM)) {
        return FALSE;
    }
    while (j >= 2 && !c->tok[j].space &&
           (vi_norm_sym(c, j - 1, '.') || vi_norm_sym(c, j - 1, '+')) &&
           vi_norm_is(c, j - 2, VI_TOK_NUM)) {
        j -= 2;
    }
    return chainage_at(c, j - 1);
}

/*
 * Is token k part of a team's or a player's name: a capitalized word, a number joined to a
 * one-letter word before it (U23, U.22), or a dot joined to the word before it (M.U, TP. HCM)?
 */
static gboolean name_part(const vi_norm *c, size_t k)
{
    if (vi_norm_capitalized(c, k)) {
        return TRUE;
    }
    if (k == 0 || c->tok[k].space) {
        return FALSE;
    }
    if (vi_norm_is(c, k, VI_TOK_NUM)) {
        size_t p = vi_norm_sym(c, k - 1, '.') && k >= 2 ? k - 2 : k - 1;
        return vi_norm_capitalized(c, p) && vi_norm_len(c, p) == 1;
    }
    return vi_norm_sym(c, k, '.') && vi_norm_capitalized(c, k - 1);
}

/*
 * Does the name a..b-1 (up to five words) show that its dash joins two sides of a match: a
 * word no Vietnamese syllable spells ("Tottenham", "PSG", "FC") or a team's age (U23)?
 * "Thừa Thiên - Huế:", "Việt Nam - Lào:", "Lý Hải - Minh Hà:" are places and people.
 */
static gboolean team_name(const vi_norm *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        if ((vi_norm_is(c, k, VI_TOK_WORD) && vi_norm_len(c, k) >= 2 &&
             !vi_norm_syllable(c, k)) ||
            vi_norm_is(c, k, VI_TOK_NUM)) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Are tokens k.. a match's score, two numbers of one or two digits joined by a dash, alone or
 * first in brackets, not followed by a capitalized name ("4 - 1 Sevilla" names a scorer's
 * club)? */
static gboolean score_at(const vi_norm *c, size_t k)
{
    if (vi_norm_sym(c, k, '(')) {
        k++;
    }
    return vi_norm_is(c, k, VI_TOK_NUM) && vi_norm_len(c, k) <= 2 && vi_norm_is_dash(c, k + 1) &&
           vi_norm_is(c, k + 2, VI_TOK_NUM) && vi_norm_len(c, k + 2) <= 2 &&
           !vi_norm_capitalized(c, k + 3) && !vi_norm_is_dash(c, k + 3);
}

/* Are tokens k, k+1 the words *tỷ số* (a results table's "Djokovic - Gulbis Tỷ số ...")? */
static gboolean score_word(const vi_norm *c, size_t k)
{
    static const char *const ratio[] = {"tỷ", "tỉ"};
    return vi_norm_word_in(c, k, ratio, G_N_ELEMENTS(ratio), TRUE) &&
           vi_norm_word_is(c, k + 1, "số", TRUE);
}

/*
 * Is the dash at token i, spaced on both sides between two names, a fixture, said *gặp* as
 * "vs" is: "Liverpool - Tottenham: ...", "Video bóng đá Genoa - Napoli:", "trận Chelsea -
 * Arsenal 1-3", "Djokovic - Gulbis Tỷ số ...". Evidence: a score or *tỷ số* after the second
 * name; *trận* (not after a count), *trận/cặp đấu*, *video bóng đá* or *trực tiếp* just before
 * the first ("đấu Federer - Nadal" is two rivals, "giải bóng đá Moca - ..." a cup); or the pair
 * opening the text before ":" with a team's name in it. Other dashes between names are a
 * pause (routes, titles, relations: "Cát Linh - Hà Đông", "ông A - Giám đốc", "Mỹ - Nga").
 */
static gboolean fixture_dash(vi_norm *c, size_t i)
{
    static const char *const cue[] = {"trận", "cặp"};
    static const char *const counts[] = {"mỗi", "các", "những", "nhiều", "vài", "mọi"};
    size_t a = i, b = i + 1;
    if (i == 0 || !c->tok[i].space || !vi_norm_capitalized(c, i + 1) || !c->tok[i + 1].space) {
        return FALSE;
    }
    while (a > 0 && i - a < 8 && name_part(c, a - 1)) {
        a--;
    }
    while (b < c->ntok && b - i < 8 && name_part(c, b) && !score_word(c, b)) {
        b++;
    }
    if (a == i || b - i >= 8 || i - a >= 8) {
        return FALSE;
    }
    if ((score_at(c, b) && !(vi_norm_roles_at(c, b - 1) & VI_ROLE_DATE)) || score_word(c, b)) {
        return TRUE; /* not "GIA LAI - Ngày 7-2": a date */
    }
    if ((b >= c->ntok || (b + 1 == c->ntok && vi_norm_sym(c, b, '.'))) && !team_name(c, a, b)) {
        return FALSE; /* "... xuất sắc nhất trận đấu Huyền Anh - Tuấn Linh": the writers */
    }
    if (a >= 1 && vi_norm_word_is(c, a - 1, "trận", TRUE) &&
        !(a >= 2 && (vi_norm_is(c, a - 2, VI_TOK_NUM) ||
                     vi_norm_word_in(c, a - 2, counts, G_N_ELEMENTS(counts), TRUE)))) {
        return TRUE; /* not "3 lần mỗi trận Minh Tuấn - Thể thao Việt Nam": a count, a credit */
    }
    if (a >= 2 &&
        ((vi_norm_word_is(c, a - 1, "đấu", TRUE) && vi_norm_word_in(c, a - 2, cue, 2, TRUE)) ||
         (vi_norm_word_is(c, a - 1, "đá", TRUE) && vi_norm_word_is(c, a - 2, "bóng", TRUE) &&
          a >= 3 && vi_norm_word_is(c, a - 3, "video", TRUE)) ||
         (vi_norm_word_is(c, a - 1, "tiếp", TRUE) && vi_norm_word_is(c, a - 2, "trực", TRUE)))) {
        return TRUE;
    }
    return a == 0 && vi_norm_sym(c, b, ':') && team_name(c, a, b);
}

/* A quotation mark: where a quoted sentence may start or end. */
static gboolean is_quote(gunichar ch)
{
    return ch == '"' || ch == 0x201C || ch == 0x201D || ch == 0xAB || ch == 0xBB;
}

/* Does a quotation mark that closes a quote stand at token i: ” or », or " written right
 * after what it closes? */
static gboolean closing_quote(const vi_norm *c, size_t i)
{
    gunichar ch = c->tok[i].type == VI_TOK_SYM ? c->tok[i].ch : 0;
    return ch == 0x201D || ch == 0xBB || (ch == '"' && !c->tok[i].space);
}

/* A dash: "đến" between a date or time and another and between two points of chainage (km12 -
 * km15), a pause between spaced words, between a time and a day ("01:45 - 30/05") and between
 * a day and a time ("31/12 - 02h45") or
 * written right after a closing quote ("làm rõ"-vị lãnh đạo", "điên cuồng”-HLV": no compound
 * goes on across a quote), silent inside a word (Bà Rịa-Vũng Tàu, Covid-19). */
static size_t rule_dash(vi_norm *c, size_t i)
{
    gboolean spaced = c->tok[i].space || (i + 1 < c->ntok && c->tok[i + 1].space) ||
                      (i > 0 && closing_quote(c, i - 1));
    gboolean after_time = (c->said == VI_SAID_DATE || c->said == VI_SAID_TIME) &&
                          c->said_end == i;
    /* "01:45 - 30/05: Al Ain 6-1 ...": a schedule's time, then its day, no span */
    if (after_time && c->said == VI_SAID_TIME && vi_norm_is(c, i + 1, VI_TOK_NUM) &&
        vi_norm_sym(c, i + 2, '/') && !c->tok[i + 2].space && vi_norm_joined(c, i + 3, VI_TOK_NUM) &&
        !(vi_norm_sym(c, i + 4, ':') && vi_norm_joined(c, i + 5, VI_TOK_NUM))) {
        vi_norm_pause(c, ",", i);
        return i + 1;
    }
    /* "Ngày 31/12 - 02h45: Ipswich ...", "Ngày 4/6 - 13g00": a schedule's day, then its time
     * (a span joins two days or two times; "từ" before one is left to it) */
    if (after_time && c->said == VI_SAID_DATE && spaced && vi_norm_is(c, i + 1, VI_TOK_NUM) &&
        ((vi_norm_joined(c, i + 2, VI_TOK_WORD) &&
          (vi_norm_word_is(c, i + 2, "h", FALSE) || vi_norm_word_is(c, i + 2, "g", FALSE))) ||
         (vi_norm_sym(c, i + 2, ':') && !c->tok[i + 2].space &&
          vi_norm_joined(c, i + 3, VI_TOK_NUM))) &&
        !vi_norm_said_recently(c, "từ", 8)) {
        vi_norm_pause(c, ",", i);
        return i + 1;
    }
    if (after_time && i + 1 < c->ntok &&
        (c->tok[i + 1].type == VI_TOK_NUM ||
         (c->tok[i + 1].type == VI_TOK_WORD && vi_norm_joined(c, i + 2, VI_TOK_NUM)))) {
        vi_norm_say(c, "đến", strlen("đến"), i, i);
        return i + 1;
    }
    if (chainage_before(c, i) && chainage_at(c, i + 1)) {
        vi_norm_say(c, "đến", strlen("đến"), i, i);
        return i + 1;
    }
    /* "từ 06 tháng - 03 năm": a span of time after "từ", then a dash and a number. */
    if (i >= 2 && vi_norm_is(c, i - 2, VI_TOK_NUM) && vi_norm_is(c, i - 1, VI_TOK_WORD) &&
        vi_norm_is(c, i + 1, VI_TOK_NUM)) {
        static const char *const spans[] = {"giây", "phút", "giờ", "ngày", "tuần", "tháng", "năm"};
        if (vi_norm_word_in(c, i - 1, spans, G_N_ELEMENTS(spans), TRUE) &&
            vi_norm_said_recently(c, "từ", 6)) {
            vi_norm_say(c, "đến", strlen("đến"), i, i);
            return i + 1;
        }
    }
    if (fixture_dash(c, i)) {
        vi_norm_say(c, "gặp", strlen("gặp"), i, i);
        return i + 1;
    }
    if (spaced) {
        vi_norm_pause(c, ",", i);
    }
    return i + 1;
}


/*
 * Is the bracket at token i a pointer to the article's picture or clip, one word alone in it:
 * "(ảnh)", "(video)", "(clip)", "(infographic)", "(photo)" in any case? A newsreader does not
 * say it ("Nghi phạm El-Hamahmy (ảnh), người bị ...", a headline's "(video)" at its end); a
 * credit in brackets ("(Ảnh: Reuters)", "(Ảnh CAND)") is read.
 */
static gboolean media_pointer(const vi_norm *c, size_t i)
{
    static const char *const media[] = {"ảnh", "video", "clip", "infographic", "photo"};
    return vi_norm_sym(c, i, '(') && vi_norm_joined(c, i + 1, VI_TOK_WORD) &&
           vi_norm_word_in(c, i + 1, media, G_N_ELEMENTS(media), TRUE) &&
           vi_norm_sym(c, i + 2, ')') && !c->tok[i + 2].space;
}
/*
 * Is the bracket at token i a footnote's mark, a number of one to three digits alone in it
 * ("(8)") with a stop, comma, semicolon, colon or the paragraph's end after it, written right
 * after a quotation mark (... sản sinh ra tôn giáo " (8).: no quote opens on a number and a
 * stop, and a quote may have opened in an earlier paragraph), a closing bracket (...
 * tương đương) (3).) or a full stop that ends the paragraph (... chùa lớn. (3))? Party and
 * research pages number their sources so; a newsreader does not say the mark. The statistical
 * paragraphs put it after a figure too: after a percentage ("đạt tỷ lệ 70,3% (2).") or after
 * the year of the figure ("1.168 USD năm 2010 (3).", a mark of one or two digits; a season's
 * count, "kể từ năm 2011 (102).", has three). After a word, "(N)" is a count (Salah (23),
 * "nhiều nhất (36)") and is read.
 */
static gboolean footnote_mark(const vi_norm *c, size_t i)
{
    gunichar before;
    if (i == 0 || !vi_norm_sym(c, i, '(') || !vi_norm_joined(c, i + 1, VI_TOK_NUM) ||
        vi_norm_len(c, i + 1) > 3 || vi_norm_str(c, i + 1)[0] == '0' ||
        !vi_norm_sym(c, i + 2, ')') || c->tok[i + 2].space) {
        return FALSE;
    }
    if (!vi_norm_paragraph_end(c, i + 2) &&
        !(vi_norm_sym(c, i + 3, '.') || vi_norm_sym(c, i + 3, ',') ||
          vi_norm_sym(c, i + 3, ';') || vi_norm_sym(c, i + 3, ':'))) {
        return FALSE;
    }
    before = c->tok[i - 1].type == VI_TOK_SYM ? c->tok[i - 1].ch : 0;
    if (before == 0x201D || before == 0xBB || before == '"' || before == ')' || before == '%') {
        return TRUE; /* ... "(8)., ... tương đương) (3)., ... đạt tỷ lệ 70,3% (2). */
    }
    if (i >= 2 && vi_norm_is(c, i - 1, VI_TOK_NUM) && vi_norm_len(c, i - 1) == 4 &&
        vi_norm_len(c, i + 1) <= 2 && vi_norm_word_is(c, i - 2, "năm", TRUE)) {
        return TRUE; /* a figure's year: "... 1.168 USD năm 2010 (3)." */
    }
    return (before == '.' || before == 0x2026) && vi_norm_paragraph_end(c, i + 2);
}

/*
 * Is the "+" at token i the "Plus" of a product's or a brand's name: joined after a name in
 * mixed case that is no Vietnamese syllable ("Vietnam+", "Sports+", "AppleCare+") or after a
 * model of one capital and a number ("Galaxy S8+", "LG G6+"), with no letter or digit joined
 * after it? Not after capitals (ASEAN+3, an ion NH4+), a number (18+, 4++) or one letter (A+).
 */
static gboolean plus_of_name(const vi_norm *c, size_t i)
{
    size_t p = i - 1;
    if (i == 0 || c->tok[i].space || vi_norm_joined(c, i + 1, VI_TOK_WORD) ||
        vi_norm_joined(c, i + 1, VI_TOK_NUM) || vi_norm_sym(c, i + 1, '+')) {
        return FALSE;
    }
    if (vi_norm_is(c, p, VI_TOK_NUM)) {
        /* a model: one capital joined to the number, no letter or digit joined before it
         * ("S8/S8+" is two models) */
        return p >= 1 && !c->tok[p].space && vi_norm_capitalized(c, p - 1) &&
               vi_norm_len(c, p - 1) == 1 &&
               !(p >= 2 && !c->tok[p - 1].space && c->tok[p - 2].type != VI_TOK_SYM);
    }
    return vi_norm_capitalized(c, p) && vi_norm_len(c, p) >= 3 &&
           !vi_text_is_upper(vi_norm_str(c, p), vi_norm_len(c, p)) &&
           !vi_norm_syllable(c, p);
}

/* Is token i the first of an arrow written with ASCII, "->", "-->", "=>" (up to three dashes
 * or equals signs): returns the token after it, or 0. */
static size_t ascii_arrow(const vi_norm *c, size_t i)
{
    size_t j = i + 1;
    if (!vi_norm_sym(c, i, '-') && !vi_norm_sym(c, i, '=')) {
        return 0;
    }
    while (j < i + 3 && vi_norm_sym(c, j, c->tok[i].ch) && !c->tok[j].space) {
        j++; /* "-->", "--->"; no longer, so a long run of dashes stays linear */
    }
    return vi_norm_sym(c, j, '>') && !c->tok[j].space ? j + 1 : 0;
}

/* Is there a path's "> " among the eight tokens before i, spaced on both sides between words
 * ("Settings > Apps > Chrome > Notifications > kiểm tra")? */
static gboolean path_before(const vi_norm *c, size_t i)
{
    for (size_t k = i > 8 ? i - 8 : 1; k < i; k++) {
        if (vi_norm_sym(c, k, '>') && c->tok[k].space && k + 1 < c->ntok && c->tok[k + 1].space &&
            vi_norm_is(c, k - 1, VI_TOK_WORD) && vi_norm_is(c, k + 1, VI_TOK_WORD)) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Is token k a list item's label: a capitalized word, up to three more words, then ":"
 * ("Rau răm:", "Mặt trời lặn:", "Sao xấu:")? */
static gboolean label_at(const vi_norm *c, size_t k)
{
    if (!vi_norm_capitalized(c, k)) {
        return FALSE;
    }
    for (size_t t = k + 1; t < c->ntok && t <= k + 4; t++) {
        if (vi_norm_sym(c, t, ':')) {
            return !c->tok[t].space;
        }
        if (!vi_norm_is(c, t, VI_TOK_WORD) || !c->tok[t].space) {
            return FALSE;
        }
    }
    return FALSE;
}

/*
 * An HTML tag a crawl left in the text, its name joined to "<" or "</": inline ones ("<b>",
 * "</b>", "<i>", "<strong>": "<b>Man Utd</b> 0-0 <b>Liverpool</b>") and the paragraph, table
 * and list tags of old portal pages ("<P> - Tôi không nói", "<td width= " 473 " valign= " top
 * " >", "<sup>"), with attributes (a "=" before the closing ">", 48 tokens at most) or a
 * closing "/". Returns the token after it, or 0. Its marks were read as symbols ("nhỏ hơn pê
 * lớn hơn").
 */
static size_t markup_tag(const vi_norm *c, size_t i)
{
    static const char *const tags[] = {"b",  "i",  "u",     "em",    "strong", "p",   "br",
                                       "li", "ul", "ol",    "td",    "tr",     "th",  "table",
                                       "div", "span", "font", "img", "a",      "sup", "sub"};
    gboolean attributes = FALSE;
    size_t j = i + 1;
    if (!vi_norm_sym(c, i, '<')) {
        return 0;
    }
    if (vi_norm_sym(c, j, '/')) {
        j++; /* "</p>", and "< / p>" as one crawl spaced it */
    }
    if (!vi_norm_is(c, j, VI_TOK_WORD) || (j == i + 1 && c->tok[j].space) ||
        !vi_norm_word_in(c, j, tags, G_N_ELEMENTS(tags), TRUE)) {
        return 0;
    }
    for (j++; j < c->ntok && j < i + 48 && !vi_norm_sym(c, j, '>'); j++) {
        if (vi_norm_sym(c, j, '<') || (j == i + 2 && !c->tok[j].space && !vi_norm_sym(c, j, '/'))) {
            return 0; /* "<a<", "<ab": no tag */
        }
        attributes = attributes || vi_norm_sym(c, j, '=');
    }
    if (!vi_norm_sym(c, j, '>') ||
        (!attributes && (c->tok[j].space || !(vi_norm_sym(c, j - 1, '/') ||
                                              vi_norm_is(c, j - 1, VI_TOK_WORD))))) {
        return 0;
    }
    if (!attributes && j > i + 3 && !(j == i + 4 && vi_norm_sym(c, i + 3, '/'))) {
        return 0; /* "<b>", "</b>", "<br/>", a tag with "=" only */
    }
    return j + 1;
}

/*
 * Is the '&' at token i an ellipsis an old page's encoding turned into '&': joined to a word
 * ending in a small letter, with a space or the end after it ("thì vẫn& khó nói", "một ngôi
 * sao&")? Said as the pause "..." is, never "và" ("AT&T", "R&D", "Johnson & Johnson" keep it).
 */
static gboolean lost_ellipsis(const vi_norm *c, size_t i)
{
    const char *w;
    const char *end;
    if (i == 0 || c->tok[i].space || c->tok[i - 1].type != VI_TOK_WORD ||
        (i + 1 < c->ntok && !c->tok[i + 1].space)) {
        return FALSE;
    }
    w = vi_norm_str(c, i - 1);
    end = g_utf8_find_prev_char(w, w + vi_norm_len(c, i - 1));
    return end != NULL && g_unichar_islower(g_utf8_get_char(end));
}

static size_t rule_symbol(vi_norm *c, size_t i)
{
    gunichar ch = c->tok[i].ch;
    char text[8];
    const char *reading;
    size_t j = ch == '.' ? vi_wordexpr_domain(c, i) : 0;
    if (ch == '?' && i > 0 && c->tok[i].space && vi_norm_is_dash(c, i + 1) &&
        vi_norm_sym(c, i + 2, '?') && c->tok[i + 1].space && c->tok[i + 2].space &&
        vi_norm_capitalized(c, i - 1) && vi_norm_capitalized(c, i + 3)) {
        /* a schedule's match not yet played, "Barcelona ? - ? Atletico Madrid": a fixture */
        vi_norm_say(c, "gặp", strlen("gặp"), i, i + 2);
        return i + 3;
    }
    if (ch == '&' && lost_ellipsis(c, i)) {
        vi_norm_pause(c, "...", i);
        return i + 1;
    }
    if (j == 0) {
        j = vi_norm_punctuation(c, i);
    }
    if (j == 0) {
        j = markup_tag(c, i); /* not said */
    }
    if (j > 0) {
        return j;
    }
    text[g_unichar_to_utf8(ch, text)] = '\0';
    if (is_open_bracket(ch)) {
        size_t next = vi_wordexpr_definition(c, i);
        if (next > 0) {
            return next;
        }
        if (media_pointer(c, i)) {
            return i + 3; /* "Nhật hoàng Akihito (ảnh) thoái vị", "... tại Al-Bab (video)" */
        }
        if (footnote_mark(c, i)) {
            return i + 3; /* "... tôn giáo " (8).": a source's number, not said */
        }
        vi_norm_pause(c, ",", i);
        return i + 1;
    }
    {
        /* An arrow: "đến" between two numbers ("5 -> 10"), else a step's or a link's marker, a
         * pause ("Chrome -> Preferences", "=> chọn mục More", "=> Đáp án", "khán giả →
         * Những ca khúc"), never "lớn hơn" or "bằng lớn hơn"; "→" between names is a route
         * ("Hà Nội → Hải Phòng": đến). */
        size_t end = ascii_arrow(c, i);
        if (end > 0 || ((ch == 0x2192 || ch == 0x21D2) && vi_norm_capitalized(c, i + 1) &&
                        i > 0 && !vi_norm_capitalized(c, i - 1))) {
            end = end > 0 ? end : i + 1;
            reading = vi_lex_symbol(c->lex, "→");
            if (vi_norm_is(c, i - 1, VI_TOK_NUM) && i > 0 && vi_norm_is(c, end, VI_TOK_NUM) &&
                reading != NULL) {
                vi_norm_say(c, reading, strlen(reading), i, end - 1);
            } else {
                vi_norm_pause(c, ",", i);
            }
            return end;
        }
    }
    if (vi_norm_is_dash(c, i) && ch != '~') {
        return rule_dash(c, i);
    }
    if (ch == '=' && (i == 0 || c->tok[i].space) && vi_norm_joined(c, i + 1, VI_TOK_NUM) &&
        vi_norm_len(c, i + 1) <= 2 && vi_norm_sym(c, i + 2, '.') && !c->tok[i + 2].space &&
        i + 3 < c->ntok && c->tok[i + 3].space &&
        (vi_norm_capitalized(c, i + 3) || c->tok[i + 3].type == VI_TOK_NUM)) {
        /* a ranking's tie, "=4. Aston Martin DB9": đồng hạng bốn, not "bằng bốn" */
        vi_norm_say(c, "đồng hạng", strlen("đồng hạng"), i, i);
        return i + 1;
    }
    if (ch == '+' && vi_norm_sym(c, i + 1, '/') && !c->tok[i + 1].space &&
        vi_norm_sym(c, i + 2, '-') && !c->tok[i + 2].space &&
        (reading = vi_lex_symbol(c->lex, "±")) != NULL) {
        /* "+/-" is "±", "biên độ +/-3%": cộng trừ, not "cộng" and a minus dropped */
        vi_norm_say(c, reading, strlen(reading), i, i + 2);
        return i + 3;
    }
    if ((ch == '+' || ch == '*' || ch == 0x2022) && i == 0 && i + 1 < c->ntok &&
        (c->tok[i + 1].space || c->tok[i + 1].type == VI_TOK_WORD)) {
        /* a list's bullet: "+ 0905.108.844 (CDC Đà Nẵng)", and one joined to the first word
         * ("+Ông Bùi Trung Kiên, Phó Tổng giám đốc ...: ...", "*Ghi chú"); joined to a number
         * it is a sign ("+84", "+5 độ") */
        return i + 1;
    }
    if ((ch == '+' || ch == 0x2022) && i > 0 && c->tok[i].space && i + 1 < c->ntok &&
        c->tok[i + 1].space && c->tok[i + 1].type == VI_TOK_WORD &&
        (vi_norm_sym(c, i - 1, ':') || vi_norm_sym(c, i - 1, ';') || vi_norm_sym(c, i - 1, '.') ||
         label_at(c, i + 1))) {
        /* a bullet inside the text: "sử dụng 3 tổ hợp: + Tổ hợp D01 ...; + ...", and one before
         * a label wherever it stands ("Cà rốt: 2 củ + Rau răm: 3 mớ", "5:21 + Mặt trời lặn:") */
        vi_norm_pause(c, ",", i);
        return i + 1;
    }
    if (ch == '*' && i > 0 && vi_norm_is(c, i - 1, VI_TOK_NUM) && vi_norm_is(c, i + 1, VI_TOK_NUM) &&
        c->tok[i].space == c->tok[i + 1].space &&
        (c->tok[i].space || (vi_norm_len(c, i - 1) <= 3 && vi_norm_len(c, i + 1) <= 3)) &&
        !vi_norm_joined(c, i + 2, VI_TOK_SYM) && !vi_norm_sym(c, i + 2, ':') && !(i >= 2 && !c->tok[i - 1].space &&
                                                  vi_norm_sym(c, i - 2, '*'))) {
        /* "6 * 7", "3*4": a product between two numbers, as "x" is; not a masked digit
         * ("090*1*2*3") nor a footnote mark. */
        vi_norm_say(c, "nhân", strlen("nhân"), i, i);
        return i + 1;
    }
    if (ch == '>') {
        /* A link, list or path marker, not "lớn hơn": ">>" ("mong manh. >>Tôi 'cố thủ'...",
         * ">> Xem thêm"), one ">" at a word's start joined to it (">Tin liên quan"), or one
         * between words with the next capitalized ("Trang chủ > Thời sự"; "a > b" is maths). */
        size_t end = i + 1;
        while (end < c->ntok && vi_norm_sym(c, end, '>') && !c->tok[end].space) {
            end++;
        }
        if (end - i >= 2 || ((i == 0 || c->tok[i].space) && vi_norm_joined(c, end, VI_TOK_WORD)) ||
            (i > 0 && c->tok[i].space && end < c->ntok && c->tok[end].space &&
             vi_norm_is(c, i - 1, VI_TOK_WORD) && vi_norm_len(c, i - 1) >= 2 &&
             ((vi_norm_capitalized(c, end) && vi_norm_len(c, end) >= 2) ||
              (vi_norm_is(c, end, VI_TOK_WORD) && path_before(c, i))))) {
            /* the last step of a path may be small ("> Notifications > kiểm tra") */
            vi_norm_pause(c, ",", i);
            return end;
        }
    }
    if (ch == '+' && plus_of_name(c, i)) {
        vi_norm_say_foreign_text(c, "plus", strlen("plus"), i, i); /* "Galaxy S8+" */
        return i + 1;
    }
    if (ch == '/') {
        size_t next = vi_numexpr_per(c, i);
        return next > 0 ? next : i + 1;
    }
    reading = vi_lex_symbol(c->lex, text);
    if (reading == NULL) {
        return i + 1; /* unknown symbols are silent: never read in another language */
    }
    {
        /* "1½ lít": a whole number and a fraction, "một và một phần hai". */
        unsigned num, den;
        if (i > 0 && c->tok[i - 1].type == VI_TOK_NUM &&
            vi_num_vulgar(ch, &num, &den)) {
            vi_norm_say(c, "và", strlen("và"), i, i);
        }
    }
    if (vi_norm_pause_strength(reading[0]) > 0 && reading[1] == '\0') {
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
 * Is the text from token k a lead's body: a capitalized Vietnamese syllable first, not a name
 * with a word no syllable spells ("Pep Guardiola"), then sixteen words or more, the last token a full stop or "…" (maybe a
 * closing quote or bracket after it)? A headline ends with no stop, or with "?" or "!".
 */
static gboolean lead_text(const vi_norm *c, size_t k)
{
    size_t words = 0;
    size_t last = c->ntok;
    if (!vi_norm_capitalized(c, k) || !vi_norm_syllable(c, k) ||
        (vi_norm_capitalized(c, k + 1) &&
         !vi_norm_syllable(c, k + 1))) {
        return FALSE; /* "Mourinho - Pep Guardiola hứa hẹn ...": a name */
    }
    for (size_t t = k; t < c->ntok; t++) {
        words += c->tok[t].type == VI_TOK_WORD ? 1 : 0;
    }
    while (last > k && c->tok[last - 1].type == VI_TOK_SYM &&
           (is_quote(c->tok[last - 1].ch) || c->tok[last - 1].ch == ')' ||
            c->tok[last - 1].ch == 0x2019)) {
        last--;
    }
    return words >= 16 && last > k && c->tok[last - 1].type == VI_TOK_SYM &&
           (c->tok[last - 1].ch == '.' || c->tok[last - 1].ch == 0x2026);
}

/* Is the first word a list's marker: one letter ("B- Nội dung") or a Roman numeral up to 39
 * in capitals ("IV- Tổ chức"; not the ticker "VIX")? */
static gboolean list_marker_word(const vi_norm *c)
{
    const char *w = vi_norm_str(c, 0);
    size_t n = vi_norm_len(c, 0), k = 0;
    unsigned value;
    /* the token's bytes only: the text after it need not end in a NUL (strspn read past it) */
    while (k < n && w[k] != '\0' && strchr("IVX", w[k]) != NULL) {
        k++;
    }
    value = k == n ? vi_num_roman(w, n) : 0;
    return g_utf8_strlen(w, (gssize)n) == 1 || (value >= 1 && value <= 39);
}

/*
 * An agency's mark at the start of a lead, which newsreaders do not read: "TTO - ", "(Dân trí)
 * - ", "VOV.VN - ", "(PLO)- ", "NLĐO - ", "GD&TĐ - ". Either up to four words in brackets, or
 * up to three pieces in capitals joined by "." or "&" that are not all Vietnamese words (a
 * name such as "HÀ NỘI - " is said), then a dash with a space after it (or before it, or,
 * after a mark with a dot or "&" or in brackets, none: "VOV.VN-Nhóm", "(PLO)-Trận") and a
 * capital letter, a digit or a
 * quote; or one or two words in capitals in brackets before a capitalized word or a number,
 * without a dash ("(CAO) Theo ..."). A paper's name in one word of mixed case that is no
 * Vietnamese syllable ("Kinhtedothi - ", "Online - ", "GiaidinhNet - ") is a mark too, but
 * only where a Vietnamese word follows the dash and the text is a lead (sixteen words or more,
 * ending with a full stop): "Rooney - Huyền thoại dang dở MU" is a headline, said whole.
 * Returns the first token after the mark, or 0 when there is none.
 */
static size_t agency_mark(const vi_norm *c)
{
    size_t j = 0;
    gboolean bracket = vi_norm_sym(c, 0, '(');
    gboolean foreign = FALSE;
    gboolean capitals = TRUE;
    gboolean mixed = FALSE;  /* a word of mixed case, "Kinhtedothi" */
    gboolean joined = FALSE; /* pieces joined by "." or "&", "VOV.VN", "GD&TĐ" */
    size_t words = 0;
    if (vi_norm_ticker_heading(c)) {
        return 0; /* "XHC -Công ty cổ phần Xuân Hòa": a ticker */
    }
    if (bracket) {
        j = 1;
        while (j < c->ntok && j < 12 && !vi_norm_sym(c, j, ')')) {
            if (c->tok[j].type == VI_TOK_WORD) {
                words++;
                capitals = capitals && vi_text_is_upper(vi_norm_str(c, j), vi_norm_len(c, j));
            } else if (!vi_norm_sym(c, j, '.')) {
                return 0;
            }
            j++;
        }
        if (!vi_norm_sym(c, j, ')') || words == 0 || words > 4 || !vi_norm_capitalized(c, 1)) {
            return 0;
        }
        j++;
        if (capitals && words <= 2 && j < c->ntok && c->tok[j].space &&
            (vi_norm_capitalized(c, j) || c->tok[j].type == VI_TOK_NUM)) {
            return j; /* "(CAO) Theo dự báo", "(BBNĐT) Ngày 17-9": an acronym, no dash */
        }
    } else {
        while (j < c->ntok && j < 6 &&
               (c->tok[j].type == VI_TOK_WORD || vi_norm_sym(c, j, '.') ||
                vi_norm_sym(c, j, '&')) &&
               (j == 0 || !c->tok[j].space)) {
            if (c->tok[j].type == VI_TOK_WORD) {
                const char *w = vi_norm_str(c, j);
                size_t len = vi_norm_len(c, j);
                if (!vi_text_is_upper(w, len) && !(j > 0 && vi_norm_sym(c, j - 1, '.'))) {
                    if (j > 0 || !vi_norm_capitalized(c, 0)) {
                        return 0; /* "VOV.VN", "VTV.vn", "TTO", "NLĐO", "GD&TĐ" */
                    }
                    mixed = TRUE; /* "Kinhtedothi", "Online" */
                }
                foreign = foreign || !vi_norm_syllable(c, j);
                words++;
            } else {
                joined = TRUE;
            }
            j++;
        }
        if (words == 1 && !joined && list_marker_word(c)) {
            return 0; /* a list's letter or Roman numeral: "B- Nội dung", "IV- Tổ chức" */
        }
        if (words == 0 || !foreign ||
            (mixed && (words > 1 || vi_norm_abbr_listed(c, 0) || !lead_text(c, j + 1)))) {
            return 0; /* a name the lexicon knows ("Mourinho - ...") is said */
        }
    }
    if (!vi_norm_is_dash(c, j) || j + 1 >= c->ntok ||
        !(c->tok[j + 1].space || (j > 0 && c->tok[j].space) || joined || bracket) ||
        !(vi_norm_capitalized(c, j + 1) || c->tok[j + 1].type == VI_TOK_NUM ||
          c->tok[j + 1].ch == '"' || c->tok[j + 1].ch == 0x201C)) {
        return 0;
    }
    return j + 1;
}

/* Is there a match's score among tokens a..b-1, two numbers of one or two digits joined by a
 * dash between capitalized words ("Crystal Palace 2-1 Brighton", "West Ham 2 - 2 Bournemouth")? */
static gboolean score_between_names(const vi_norm *c, size_t a, size_t b)
{
    for (size_t k = a + 1; k + 3 < b; k++) {
        if (c->tok[k].type == VI_TOK_NUM && vi_norm_len(c, k) <= 2 && vi_norm_is_dash(c, k + 1) &&
            c->tok[k + 2].type == VI_TOK_NUM && vi_norm_len(c, k + 2) <= 2 &&
            vi_norm_capitalized(c, k - 1) && vi_norm_capitalized(c, k + 3)) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Names and numbers among tokens a..b-1: a number, and no word in capitals that the
 * abbreviations lexicon lists (in a line of foreign names "SV", "TX", "BC" are a club's or a
 * model's letters, not *sinh viên, thị xã, báo cáo*: the English voice keeps spelling them)? */
static gboolean names_and_numbers(const vi_norm *c, size_t a, size_t b)
{
    gboolean number = FALSE;
    for (size_t k = a; k < b; k++) {
        if (c->tok[k].type == VI_TOK_NUM) {
            number = TRUE;
        } else if (c->tok[k].type == VI_TOK_WORD && vi_norm_len(c, k) >= 2 &&
                   vi_text_is_upper(vi_norm_str(c, k), vi_norm_len(c, k)) &&
                   vi_norm_abbr_listed(c, k)) {
            return FALSE;
        }
    }
    return number;
}

/* Do tokens a..b-1 end with a company's ticker in brackets before a colon at b, as a market
 * headline opens ("Thuduc House (TDH): ...", "Nhơn Trạch 2 (NT2): ..."): "(", three capitals
 * or one or two joined to a digit, ")"? */
static gboolean ticker_before_colon(const vi_norm *c, size_t a, size_t b)
{
    size_t k;
    if (b < a + 4 || !vi_norm_sym(c, b, ':') || !vi_norm_sym(c, b - 1, ')') ||
        c->tok[b - 1].space || c->tok[b].space) {
        return FALSE;
    }
    k = b - 2;
    if (c->tok[k].type == VI_TOK_NUM && !c->tok[k].space) {
        k--;
        return vi_norm_capitals(c, k, 1, 2) && vi_norm_len(c, k) + vi_norm_len(c, k + 1) == 3 &&
               !c->tok[k].space && vi_norm_sym(c, k - 1, '(');
    }
    return vi_norm_capitals(c, k, 3, 3) && !c->tok[k].space && vi_norm_sym(c, k - 1, '(');
}

/*
 * Is tokens a..b-1 a sentence or quotation in English: three words or more, all in plain
 * ASCII, that read as English (text/lang_detect.c), or that are mostly words no Vietnamese
 * syllable spells (not counting acronyms in capitals) with a common English word among them
 * or two thirds of them so and not a list of names ("Thank you so much, Vietnam!", "Make
 * America Great Again")?
 */
/* Is token k a word in capitals that the lexicon expands in Vietnamese (HLV, CLB, CEO; not AI,
 * whose entry is the English voice's)? */
static gboolean vietnamese_abbreviation(const vi_norm *c, size_t k)
{
    const vi_abbr_list *entries;
    char *key;
    gboolean found = FALSE;
    if (!vi_norm_is(c, k, VI_TOK_WORD) || vi_norm_len(c, k) < 2 ||
        !vi_text_is_upper(vi_norm_str(c, k), vi_norm_len(c, k))) {
        return FALSE;
    }
    key = g_strndup(vi_norm_str(c, k), vi_norm_len(c, k));
    entries = vi_lex_abbr(c->lex, key);
    for (unsigned e = 0; entries != NULL && e < entries->len && !found; e++) {
        found = !g_str_has_prefix(entries->items[e]->expansion, "<en>");
    }
    g_free(key);
    return found;
}

/* The length of word token k without a possessive "'s" or "’s" after a word with a letter
 * outside ASCII ("Định's" -> "Định"), else its whole length. */
static size_t without_possessive(const vi_norm *c, size_t k)
{
    const char *w = vi_norm_str(c, k);
    size_t len = vi_norm_len(c, k);
    size_t mark = len >= 4 && memcmp(w + len - 4, "\xe2\x80\x99s", 4) == 0 ? 4
                  : len >= 2 && memcmp(w + len - 2, "'s", 2) == 0   ? 2
                                                                    : 0;
    for (size_t b = 0; mark > 0 && b + mark < len; b++) {
        if ((unsigned char)w[b] >= 0x80) {
            return len - mark;
        }
    }
    return len;
}

/*
 * Is token k, inside an English sentence, a word of a Vietnamese name: a Vietnamese syllable
 * with a letter outside ASCII (a possessive "'s" after it allowed), capitalized ("Quảng",
 * "Định's"), or in small letters just after such a word ("Ban Hoằng pháp")?
 */
static gboolean vietnamese_name_word(const vi_norm *c, size_t k)
{
    const char *w = vi_norm_str(c, k);
    size_t len = vi_norm_is(c, k, VI_TOK_WORD) ? without_possessive(c, k) : 0;
    gboolean marked = FALSE;
    for (size_t b = 0; b < len; b++) {
        marked = marked || (unsigned char)w[b] >= 0x80;
    }
    if (!marked || !(len == vi_norm_len(c, k) ? vi_norm_syllable(c, k)
                                               : vi_text_is_syllable(w, len))) {
        return FALSE; /* (the word without its "'s" when it has one) */
    }
    return vi_norm_capitalized(c, k) ||
           (k > 0 && c->tok[k].space && vi_norm_is(c, k - 1, VI_TOK_WORD) &&
            vi_norm_capitalized(c, k - 1) && without_possessive(c, k - 1) == vi_norm_len(c, k - 1) &&
            vietnamese_name_word(c, k - 1));
}

/* Is token k a capitalized Vietnamese syllable in ASCII that is no common English word, which
 * a Vietnamese name holds next to its marked words ("Nam" of "Quảng Nam", "Hai Bà Trưng")? */
static gboolean vietnamese_name_ascii(const vi_norm *c, size_t k)
{
    return vi_norm_capitalized(c, k) &&
           vi_norm_syllable(c, k) &&
           !dbi_lang_is_english_word(vi_norm_str(c, k), vi_norm_len(c, k));
}

static gboolean english_stretch(const vi_norm *c, size_t a, size_t b)
{
    /* what a scorer line writes after a goal's minute: a penalty, an own goal */
    static const char *const goal_notes[] = {"penalty", "pen", "og"};
    size_t words = 0, foreign = 0, common = 0, listed = 0, small_vi = 0, small_other = 0;
    size_t versus = 0, names = 0, minutes = 0, notes = 0;
    size_t start, end;
    const char *lang;
    for (size_t k = a; k < b; k++) {
        /* a goal's minute: a number with a prime mark joined after it (57', 57’, 57′) */
        minutes += vi_norm_is(c, k, VI_TOK_NUM) && vi_norm_prime_mark(c, k + 1) ? 1 : 0;
        if (c->tok[k].type == VI_TOK_WORD) {
            const char *w = vi_norm_str(c, k);
            size_t len = vi_norm_len(c, k);
            const char *wend = w + len;
            gboolean ascii = TRUE;
            for (const char *p = w; p < wend; p = g_utf8_next_char(p)) {
                ascii = ascii && ((unsigned char)*p < 0x80 || g_utf8_get_char(p) == 0x2019);
            }
            if (!ascii) {
                /* a letter outside ASCII (an apostrophe ’ is fine): only a Vietnamese name */
                if (!vietnamese_name_word(c, k)) {
                    return FALSE;
                }
                names++;
                continue;
            }
            /* Only words standing alone count: not "h" of 9h30, nor parts of dantri.com.vn. */
            if (len < 2 || !(k == a || c->tok[k].space || c->tok[k - 1].type == VI_TOK_SYM) ||
                (k > a && !c->tok[k].space && c->tok[k - 1].type == VI_TOK_SYM &&
                 !is_quote(c->tok[k - 1].ch) && c->tok[k - 1].ch != '(') ||
                (k + 1 < b && !c->tok[k + 1].space &&
                 (c->tok[k + 1].type != VI_TOK_SYM ||
                  (k + 2 < b && !c->tok[k + 2].space)))) {
                continue;
            }
            words++;
            listed += vi_norm_sym(c, k + 1, ',') ? 1 : 0;
            gboolean is_common = dbi_lang_is_english_word(w, len);
            gboolean is_small = !g_ascii_isupper(*w);
            common += is_common ? 1 : 0;
            foreign += !vi_text_is_upper(w, len) && !vi_norm_syllable(c, k) ? 1 : 0;
            if (is_small && !is_common && vi_norm_syllable(c, k)) {
                small_vi++;
            } else if (is_small) {
                small_other++;
                versus += len == 2 && memcmp(w, "vs", 2) == 0 ? 1 : 0;
                notes += vi_norm_word_in(c, k, goal_notes, G_N_ELEMENTS(goal_notes), FALSE) ? 1 : 0;
            }
        }
    }
    /* Names either side of "vs" and no other small-letter word but Vietnamese ones ("Atletico
     * vs Real:", "Juve vs AS Monaco (0-0, H1):") are a fixture: "vs" is gặp, the names are said
     * one by one, the score the Vietnamese way. */
    if (versus > 0 && small_other == versus) {
        return FALSE;
    }
    /* A line of scorers and their minutes whose only small-letter words are the goal's notes
     * ("Musiala 57', Havertz 81' (penalty)", "Palmer 60' (pen)") is Vietnamese with names in
     * it: the minutes are said *phút năm mươi bảy*, not in English. */
    if (minutes > 0 && small_vi == 0 && small_other == notes) {
        return FALSE;
    }
    /* Names joined by Vietnamese words written without marks ("Real Madrid thua Barcelona.",
     * "Al Nassr hoa Al Hilal."): capitalized words and small-letter Vietnamese syllables only
     * (no other small-letter word) are Vietnamese with names in it, not an English sentence. */
    if (words < 3 || (small_vi > 0 && small_other == 0)) {
        return FALSE;
    }
    /* An English sentence that names Vietnamese people or places ("HAGL had an away match
     * against Quảng Nam in Hòa Xuân."): its other words read as English on their own, three
     * small-letter words at least that are no Vietnamese syllables and two common English
     * words, 15% of them as text/lang_detect.c asks. */
    if (names > 0) {
        return small_other >= 3 && common >= 2 && common * 100 >= words * 15;
    }
    if (vietnamese_abbreviation(c, a)) {
        /* "HLV Worawut Srimakha:", "HLV Peter Bosz.": a Vietnamese title before a name */
        return FALSE;
    }
    /* Team names around a score and no small-letter word ("Manchester United 0-0 Manchester
     * City") are a result line: the names are said one by one, the score the Vietnamese way.
     * So are names and numbers with no small-letter word and no common English word at all:
     * a schedule, a line-up with minutes, a model and its year ("Lens 03:00 Nantes, Brest
     * 21:00 Lorient", "Bonucci (Benatia 85')", "Dodge Viper SRT 2017"). */
    if (small_vi + small_other == 0 &&
        (score_between_names(c, a, b) || (common == 0 && names_and_numbers(c, a, b)))) {
        return FALSE;
    }
    /* A company's name and its ticker in brackets before a colon, no small-letter word
     * ("Thuduc House (TDH):", "Bamboo Capital (BCG):" opening a market headline) are a name,
     * not an English sentence: the ticker is spelled the Vietnamese way, the name's words said
     * one by one. */
    if (small_vi + small_other == 0 && ticker_before_colon(c, a, b)) {
        return FALSE;
    }
    /* Names in a list ("Leeds (4-1-4-1) Meslier, Ayling, Llorente, ..."), a comma after every
     * third word or more, are not a sentence: each name is said on its own. */
    if (foreign * 2 > words && (common >= 1 || (foreign * 3 >= words * 2 && listed * 3 < words))) {
        return TRUE;
    }
    start = c->tok[a].start;
    end = c->tok[b - 1].end;
    lang = dbi_lang_detect(c->text->str + start, (gssize)(end - start), 3);
    return lang != NULL && strcmp(lang, "en") == 0;
}

/*
 * The first sentence or quotation in English among tokens from..total-1: a stretch between
 * quotation marks, or ending with ". ! ?" before a space, or after ": ". FALSE when there is
 * none; else *a and *b are its first token and the token after it.
 */
static gboolean next_english(const vi_norm *c, size_t from, size_t total, size_t *a, size_t *b)
{
    size_t start = from;
    for (size_t k = from; k <= total; k++) {
        gboolean cut = k == total;
        size_t end = k;
        size_t next = k + 1;
        if (!cut && c->tok[k].type == VI_TOK_SYM) {
            gunichar ch = c->tok[k].ch;
            if (is_quote(ch)) {
                cut = TRUE;
            } else if ((ch == '.' || ch == '!' || ch == '?') &&
                       (k + 1 == total || c->tok[k + 1].space)) {
                cut = TRUE;
                end = k + 1;
            } else if (ch == ':' && k + 1 < total && c->tok[k + 1].space) {
                cut = TRUE;
            }
        }
        if (!cut) {
            continue;
        }
        if (end > start && english_stretch(c, start, end)) {
            *a = start;
            *b = end;
            return TRUE;
        }
        start = next;
    }
    return FALSE;
}

/*
 * Reads Vietnamese text from token from, except that a whole sentence or quotation in English
 * inside it (Ông nói: "We will work together.") is read with the English rules and said by
 * the English voice, in one run.
 */
/* Reads tokens a..b-1 with the English rules and voice (c->ntok is left at b). */
static void en_part(vi_norm *c, size_t a, size_t b)
{
    c->ntok = b;
    c->lang = g_intern_static_string("en");
    en_run(c, a);
    c->lang = NULL;
}

/*
 * Reads tokens a..b-1, an English sentence, with the English rules and voice, except the
 * Vietnamese names in it ("HAGL had an away match against Quảng Nam in Hòa Xuân."): each run
 * of their words, with the capitalized Vietnamese syllables next to them in ASCII ("Nam"), is
 * read as Vietnamese; a possessive "'s" after it is not said (the Vietnamese voice cannot say
 * "Định's", and the English one says "'s" alone as the letter S).
 */
static void en_sentence(vi_norm *c, size_t a, size_t b)
{
    size_t total = c->ntok;
    size_t at = a;
    for (size_t k = a; k < b; k++) {
        size_t first = k, last = k + 1;
        if (!vietnamese_name_word(c, k)) {
            continue;
        }
        while (first > at && c->tok[first].space && vietnamese_name_ascii(c, first - 1)) {
            first--;
        }
        while (last < b && c->tok[last].space && vi_norm_is(c, last - 1, VI_TOK_WORD) &&
               without_possessive(c, last - 1) == vi_norm_len(c, last - 1) &&
               (vietnamese_name_word(c, last) || vietnamese_name_ascii(c, last))) {
            last++;
        }
        if (first > at) {
            en_part(c, at, first);
        }
        c->ntok = last;
        if (without_possessive(c, last - 1) < vi_norm_len(c, last - 1)) {
            c->ntok = last - 1;
            run(c, first);
            g_string_truncate(c->buf, 0);
            vi_text_append_retoned(c->buf, vi_norm_str(c, last - 1),
                                   without_possessive(c, last - 1));
            vi_norm_say_buf(c, last - 1, last - 1);
        } else {
            run(c, first);
        }
        c->ntok = total;
        at = last;
        k = last - 1;
    }
    if (at < b) {
        en_part(c, at, b);
    }
    c->ntok = total;
}

static void run_sentences(vi_norm *c, size_t from)
{
    size_t total = c->ntok;
    size_t at = from;
    size_t a, b;
    while (at < total && next_english(c, at, total, &a, &b)) {
        if (a > at) {
            c->ntok = a;
            run(c, at);
            c->ntok = total;
        }
        en_sentence(c, a, b);
        at = b;
    }
    if (at < total) {
        run(c, at);
    }
}

/* The character before byte at of s (0 at the start). */
static gunichar char_before(const char *s, size_t at)
{
    return at == 0 ? 0 : g_utf8_get_char(g_utf8_find_prev_char(s, s + at));
}

/* Is ch (0: the text's start or end) a joiner of a web name, handle or compound: . @ / _ - &? */
static gboolean name_joiner(gunichar ch)
{
    return ch != 0 && ch < 0x80 && strchr("._@/-&", (int)ch) != NULL;
}

/*
 * Is the word of s at start..end-1 a capitalized word of two to seven ASCII letters ("Dat")
 * standing alone: no letter, digit or joiner of a web name, handle or compound (. @ / _ - &)
 * touches it? The text's start and end touch nothing, and a full stop after the word with no
 * letter or digit after it ends a sentence ("ở Ha Noi."), joining nothing.
 */
static gboolean title_ascii_word(const char *s, size_t len, size_t start, size_t end)
{
    gunichar before, after;
    if (end - start < 2 || end - start > 7 || !g_ascii_isupper(s[start])) {
        return FALSE;
    }
    before = char_before(s, start);
    after = end < len ? g_utf8_get_char(s + end) : 0;
    for (size_t b = start + 1; b < end; b++) {
        if (!g_ascii_islower(s[b])) {
            return FALSE;
        }
    }
    if (after == '.' && (end + 1 >= len || !g_unichar_isalnum(g_utf8_get_char(s + end + 1)))) {
        after = 0;
    }
    return !g_unichar_isalnum(before) && !g_unichar_isalnum(after) && !name_joiner(before) &&
           !name_joiner(after);
}

/* Does a capitalized word with a letter outside ASCII ("Hoàng") end at byte end of s, not the
 * first of a sentence? */
static gboolean marked_name_before(const char *s, size_t end)
{
    size_t b = end;
    gboolean marked = FALSE;
    while (b > 0 && g_unichar_isalpha(char_before(s, b))) {
        const char *p = g_utf8_find_prev_char(s, s + b);
        marked = marked || (unsigned char)*p >= 0x80;
        b = (size_t)(p - s);
    }
    if (!marked || b == end || !g_unichar_isupper(g_utf8_get_char(s + b))) {
        return FALSE;
    }
    /* a word that opens the text or a sentence is capitalized for that ("Đội Hoang Anh...") */
    while (b > 0 && char_before(s, b) == ' ') {
        b--;
    }
    return b > 0 && char_before(s, b) != 0x201C &&
           ((unsigned char)s[b - 1] >= 0x80 || !strchr(".!?:;\"(", s[b - 1]));
}

/* Does a capitalized word with a letter outside ASCII start at byte start of s? */
static gboolean marked_name_after(const char *s, size_t len, size_t start)
{
    size_t b = start;
    gboolean marked = FALSE;
    if (b >= len || !g_unichar_isupper(g_utf8_get_char(s + b))) {
        return FALSE;
    }
    while (b < len && g_unichar_isalpha(g_utf8_get_char(s + b))) {
        marked = marked || (unsigned char)s[b] >= 0x80;
        b = (size_t)(g_utf8_next_char(s + b) - s);
    }
    return marked;
}

/*
 * Vietnamese names written without their marks ("Dat Xanh Services", "Hyundai Thanh Cong", "Ha
 * Noi"): in each run of capitalized ASCII words one space apart, not beside a capitalized word
 * with marks (the run is then part of a marked name: "Hoàng Anh Gia Lai"), the longest names of
 * tonenames.tsv from the left, two to four words, are given their marks in t's text, word by
 * word, before it is cut into tokens; the rest of the run stays as written. Linear time: a
 * run's names are looked up at most four times a word.
 */
static void retone_names(vi_text *t, const vi_lexicon *lex, GArray *words, GArray *edits)
{
    const char *s = t->str;
    size_t len = t->len;
    size_t at = 0;
    g_array_set_size(edits, 0);
    while (at < len) {
        size_t start = at, end;
        if (!g_ascii_isalpha(s[at])) {
            at++;
            continue;
        }
        while (at < len && g_ascii_isalpha(s[at])) {
            at++;
        }
        end = at;
        g_array_set_size(words, 0);
        /* the run: this word and those after it, one space apart */
        while (title_ascii_word(s, len, start, end)) {
            size_t bounds[2] = {start, end};
            g_array_append_vals(words, bounds, 2);
            if (end + 1 >= len || s[end] != ' ' || !g_ascii_isupper(s[end + 1])) {
                break;
            }
            start = end + 1;
            for (end = start; end < len && g_ascii_isalpha(s[end]); end++) {
            }
        }
        at = MAX(at, words->len > 0 ? g_array_index(words, size_t, words->len - 1) : at);
        if (words->len < 4) {
            continue;
        }
        {
            size_t n = words->len / 2;
            const size_t *w = (const size_t *)(void *)words->data;
            if ((w[0] >= 2 && s[w[0] - 1] == ' ' && marked_name_before(s, w[0] - 1)) ||
                (w[2 * n - 1] + 1 < len && s[w[2 * n - 1]] == ' ' &&
                 marked_name_after(s, len, w[2 * n - 1] + 1))) {
                continue;
            }
            for (size_t i = 0; i + 1 < n;) {
                size_t take = 0;
                const char *said = NULL;
                for (size_t k = MIN(n - i, (size_t)VI_LEX_TONE_NAME_WORDS); k >= 2 && !said; k--) {
                    said = vi_lex_tone_name(lex, s + w[2 * i], w[2 * (i + k) - 1] - w[2 * i]);
                    take = k;
                }
                /* A name inside a longer run is left when a Vietnamese syllable follows it in
                 * the run (a longer name: "Nguyen Van Thang Loi"); English words after it
                 * ("Ho Chi Minh City") are said without it by the English voice
                 * (in_vietnamese_name()). */
                for (size_t k = i + take; said != NULL && k < n; k++) {
                    if (vi_text_is_syllable(s + w[2 * k], w[2 * k + 1] - w[2 * k])) {
                        said = NULL;
                    }
                }
                /* A user's entry for the name or a word of it, as written, says it instead. */
                if (said != NULL &&
                    vi_lex_user_abbr(lex, s + w[2 * i], w[2 * (i + take) - 1] - w[2 * i])) {
                    said = NULL;
                }
                for (size_t k = i; said != NULL && k < i + take; k++) {
                    if (vi_lex_user_abbr(lex, s + w[2 * k], w[2 * k + 1] - w[2 * k])) {
                        said = NULL;
                    }
                }
                if (said == NULL) {
                    i++;
                    continue;
                }
                /* word by word, so that each keeps its own span */
                for (size_t k = 0; k < take; k++) {
                    const char *stop = strchr(said, ' ');
                    size_t wl = stop != NULL ? (size_t)(stop - said) : strlen(said);
                    size_t ws = w[2 * (i + k)], we = w[2 * (i + k) + 1];
                    if (wl != we - ws || memcmp(said, s + ws, wl) != 0) {
                        vi_text_edit e = {ws, we, said, wl};
                        g_array_append_val(edits, e);
                    }
                    said = stop != NULL ? stop + 1 : said + wl;
                }
                i += take;
            }
        }
    }
    vi_text_splice(t, (const vi_text_edit *)(void *)edits->data, edits->len);
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
    if (strcmp(lang, "vi") == 0) {
        retone_names(&t, n->lex, n->name_words, n->name_edits);
    }
    g_array_set_size(n->tokens, 0);
    vi_tok_split(t.str, t.len, n->tokens);
    if (strcmp(lang, "vi") == 0) {
        vi_glue_split(t.str, n->tokens, n->lex);
    }

    memset(&c, 0, sizeof c);
    c.lex = n->lex;
    c.learned = n->learned;
    c.learned_first = n->learned_first;
    c.coin_text = n->coin_text;
    c.coin_tried = n->coin_tried;
    c.scratch = n->scratch;
    c.words = n->words;
    c.roles.seen = n->roles_seen;
    c.roles.words = n->roles_words;
    c.retoned = n->retoned;
    c.place_keys = n->place_keys;
    c.place_tmp = n->place_tmp;
    c.place_said = n->place_said;
    c.dialect = n->dialect;
    c.text = &t;
    c.tok = (const vi_token *)(void *)n->tokens->data;
    c.ntok = n->tokens->len;
    g_byte_array_set_size(n->syllables, n->tokens->len);
    if (n->syllables->len > 0) {
        memset(n->syllables->data, VI_SYLLABLE_UNKNOWN, n->syllables->len);
    }
    c.syllables = n->syllables->data;
    c.out = dbi_spoken_new(lang);
    c.buf = n->buf;
    c.key = n->key;
    g_string_truncate(c.buf, 0);
    if (strcmp(lang, "vi") == 0) {
        run_sentences(&c, agency_mark(&c));
        dbi_spoken_join_islands(c.out);
        vi_wordexpr_remember_words(&c);
    } else {
        en_run(&c, 0);
    }
    /* A pause at the very end (from a closing bracket or a dash) says nothing. */
    while (c.out->spans->len > 0 && c.out->text->len > 0 &&
           c.out->text->str[c.out->text->len - 1] == ',') {
        const docbao_span *last =
            &g_array_index(c.out->spans, docbao_span, c.out->spans->len - 1);
        if (last->spoken_len != 1) {
            break;
        }
        dbi_spoken_truncate(c.out, last->spoken_start);
    }
    vi_text_clear(&t);
    *out = c.out;
    return DOCBAO_OK;
}
