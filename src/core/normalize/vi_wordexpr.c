/*
 * Rules for words: abbreviations (with context), acronyms the article defines, Roman numerals
 * after the words that use them, letter-digit codes (U23, H5N1), acronyms spelled with
 * Vietnamese letter names, and web and e-mail addresses.
 */
#include <string.h>

#include "normalize/vi_norm.h"
#include "normalize/vi_numbers.h"
#include "normalize/vi_places.h"
#include "normalize/vi_respell.h"
#include "text/lang_detect.h"

/* Most acronyms one article may define; later definitions are not learned (bounded memory). */
#define MAX_LEARNED 512
/* Longest acronym (in letters) a definition may have. */
#define MAX_ACRONYM 12
/* Longest web address, in tokens. */
#define MAX_URL_TOKENS 96

static size_t tok_len(const vi_norm *c, size_t i)
{
    return vi_norm_len(c, i);
}

/* Appends the text of tokens first..last-1 to out, words with the traditional tone placement,
 * one space where there was white space. */
static void append_tokens(const vi_norm *c, GString *out, size_t first, size_t last)
{
    for (size_t t = first; t < last; t++) {
        if (t > first && c->tok[t].space) {
            g_string_append_c(out, ' ');
        }
        if (c->tok[t].type == VI_TOK_WORD) {
            vi_text_append_retoned(out, vi_norm_str(c, t), tok_len(c, t));
        } else {
            g_string_append_len(out, vi_norm_str(c, t), (gssize)tok_len(c, t));
        }
    }
}

static gboolean foreign_word(vi_norm *c, size_t i);
static gboolean say_site_word(vi_norm *c, size_t i);
static const char *name_language(vi_norm *c, size_t i);
static gboolean capital_foreign(vi_norm *c, size_t j);
static gboolean key_in_english(vi_norm *c, size_t first, size_t last);
static gboolean segment(const char *w, size_t n, GString *out);
static gboolean inner_capital(const char *s, size_t n);
static size_t syllables_in(const GString *s);
static size_t shortest_word(const GString *s);
static gboolean english_silent_e(const char *w, size_t len);
static gboolean english_ion(const char *w, size_t len);
static gboolean caps_pronounceable(const char *w, size_t len);
static gboolean caps_english_word(vi_norm *c, size_t i);
static size_t letters_then_english(vi_norm *c, const char *key, size_t n);
static const char *key_of(vi_norm *c, size_t i);
static gboolean letters_heading_code(const vi_norm *c, size_t i);
static void read_code_head(vi_norm *c, size_t i, GString *out);
static gboolean code_letters(const vi_norm *c, size_t t);
static gboolean code_letters_entry(vi_norm *c, size_t t, GString *out);
static gboolean reading_of_letters(vi_norm *c, const char *reading, size_t n);
static gboolean unmarked_caps_acronym(vi_norm *c, size_t i);
static gboolean capital_letter(const vi_norm *c, size_t t);
static gboolean among_initials(const vi_norm *c, size_t i);
static gboolean english_webword(vi_norm *c, size_t j);
static gboolean ticker_shape(const vi_norm *c, size_t j);
static gboolean digit_ticker_shape(const vi_norm *c, size_t j);
static gboolean market_near(const vi_norm *c, size_t i);
static gboolean results_in_sentence(const vi_norm *c, size_t from, size_t end);
static gboolean ticker_after_name(vi_norm *c, size_t i);

/* ---------------------------------------------------------------------------------------- */
/* Definitions: "thủ tục hành chính (TTHC)"                                                  */

/* Connecting words an acronym leaves out: "Bộ Giáo dục và Đào tạo" is GDĐT. */
static gboolean is_connective(vi_norm *c, size_t t)
{
    static const char *const words[] = {"và", "của", "với", "về", "cho", "các", "những", "trong"};
    return vi_norm_word_in(c, t, words, G_N_ELEMENTS(words), TRUE);
}

/*
 * The letters of an acronym written as tokens first..last-1 (words in capitals joined by '-',
 * '&', '.'), as acronym initials (Đ counts as D). Returns how many, or 0 when it is not one.
 */
static size_t acronym_letters(const vi_norm *c, size_t first, size_t last, gunichar *letters)
{
    size_t n = 0;
    for (size_t t = first; t < last; t++) {
        const char *p;
        const char *end;
        if (c->tok[t].type == VI_TOK_SYM) {
            gunichar ch = c->tok[t].ch;
            if (t == first || (ch != '-' && ch != '&' && ch != '.')) {
                return 0;
            }
            continue;
        }
        if (c->tok[t].type != VI_TOK_WORD || (t > first && c->tok[t].space)) {
            return 0;
        }
        p = vi_norm_str(c, t);
        end = p + tok_len(c, t);
        while (p < end) {
            gunichar ch = g_utf8_get_char(p);
            if (!g_unichar_isupper(ch) || n >= MAX_ACRONYM) {
                return 0;
            }
            letters[n++] = vi_text_initial(ch);
            p = g_utf8_next_char(p);
        }
    }
    return n >= 2 ? n : 0;
}

/* How many times one definition may try again past a connective (bounds adversarial text). */
#define MAX_MATCH_TRIES 64

/* match_initials() from letter j and word w backwards; *tries counts the attempts. */
static long match_initials_from(vi_norm *c, const gunichar *letters, long j, const size_t *words,
                                long w, unsigned *tries)
{
    if (++*tries > MAX_MATCH_TRIES) {
        return -1;
    }
    while (j >= 0 && w >= 0) {
        gunichar ini = vi_text_initial(c->tok[words[w]].ch);
        if (is_connective(c, words[w])) {
            /* "Bảo vệ và Phát triển rừng (BV&PTR)": và may be a letter or left out */
            if (ini == letters[j]) {
                long r = match_initials_from(c, letters, j - 1, words, w - 1, tries);
                if (r >= 0) {
                    return r;
                }
            }
            w--;
        } else if (ini == letters[j]) {
            j--;
            w--;
        } else {
            return -1;
        }
    }
    return j < 0 ? w + 1 : -1;
}

/*
 * Matches acronym letters against the initials of words (token indices, in order), from the
 * last word backwards; a connective may stand for its letter or be left out. Returns the
 * position in words of the first word used, or -1 when they do not match.
 */
static long match_initials(vi_norm *c, const gunichar *letters, size_t nl, const size_t *words,
                           size_t nw)
{
    unsigned tries = 0;
    return match_initials_from(c, letters, (long)nl - 1, words, (long)nw - 1, &tries);
}

/* Remembers that the acronym key (whose first word is first, first_len bytes) reads exp; takes
 * both strings. Nothing is learned past MAX_LEARNED. */
static void learn_key(vi_norm *c, GString *key, const char *first, size_t first_len, GString *exp)
{
    if (g_hash_table_size(c->learned) >= MAX_LEARNED) {
        g_string_free(key, TRUE);
        g_string_free(exp, TRUE);
        return;
    }
    /* The first word of the key, for the quick test of rule_abbreviation(). */
    g_hash_table_add(c->learned_first, g_strndup(first, first_len));
    g_hash_table_replace(c->learned, g_string_free(key, FALSE), g_string_free(exp, FALSE));
}

static void learn(vi_norm *c, size_t first, size_t last, const size_t *words, size_t nw)
{
    GString *key = g_string_new(NULL);
    GString *exp = g_string_new(NULL);
    append_tokens(c, key, first, last);
    for (size_t k = 0; k < nw; k++) {
        if (exp->len > 0) {
            g_string_append_c(exp, ' ');
        }
        append_tokens(c, exp, words[k], words[k] + 1);
    }
    learn_key(c, key, vi_norm_str(c, first), tok_len(c, first), exp);
}

/* The ')' that closes the '(' at i within a few tokens, or 0. */
static size_t closing(const vi_norm *c, size_t i, size_t max)
{
    for (size_t j = i + 1; j < c->ntok && j <= i + max; j++) {
        if (vi_norm_sym(c, j, ')')) {
            return j;
        }
        if (vi_norm_sym(c, j, '(')) {
            return 0;
        }
    }
    return 0;
}

/* Tokens a and b are the same word, ignoring case ("Quỹ" and "quỹ"). */
static gboolean same_word(const vi_norm *c, size_t a, size_t b)
{
    gboolean same;
    GString *folded;
    if (!vi_norm_is(c, a, VI_TOK_WORD) || vi_norm_len(c, a) > 64) {
        return FALSE;
    }
    folded = g_string_new(NULL);
    vi_text_append_folded(folded, vi_norm_str(c, a), vi_norm_len(c, a));
    same = vi_norm_word_is(c, b, folded->str, TRUE);
    g_string_free(folded, TRUE);
    return same;
}

/* Token i is a capitalized word in small letters after its first ("Quỹ", "Ban", "Bộ"), with a
 * space after it: the head of a body that may open the bracket of a definition. */
static gboolean head_word(const vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    const char *second;
    if (!vi_norm_capitalized(c, i) || i + 1 >= c->ntok || !c->tok[i + 1].space) {
        return FALSE;
    }
    second = g_utf8_next_char(w);
    return second < w + tok_len(c, i) && g_unichar_islower(g_utf8_get_char(second));
}

/* Is the bracket from "(" at i to ")" at close a listed company's ticker after its name (three
 * capitals no lexicon entry reads, ticker_after_name(); or one or two joined to a digit after a
 * capitalized word: "(DCM)", "(NT2)") in market text (market_near()) or before a word of results
 * in the sentence ("Đạm Cà Mau (DCM) báo lãi")? Its letters are the company's initials, but a
 * market reader says the ticker: it is no definition to drop. */
static gboolean market_ticker_bracket(vi_norm *c, size_t i, size_t close)
{
    gboolean name = FALSE;
    if (close == i + 2 && ticker_shape(c, i + 1)) {
        name = ticker_after_name(c, i + 1);
    } else if (close == i + 3 && digit_ticker_shape(c, i + 1)) {
        for (size_t j = i, n = 0; j > 0 && n < 3 && !name; j--, n++) {
            name = vi_norm_capitalized(c, j - 1);
        }
    }
    return name && (market_near(c, i) || results_in_sentence(c, close + 1, close + 40));
}

/*
 * "(ACRONYM)" right after the words it abbreviates: "thủ tục hành chính (TTHC)" says nothing
 * for the parenthesis and remembers that TTHC reads "thủ tục hành chính" (until
 * docbao_normalizer_reset()). The bracket may repeat the body's head word before the letters,
 * "Quỹ Bảo vệ và Phát triển rừng (Quỹ BV&PTR)": the head must stand just before the words the
 * letters spell, and the letters alone are learned. i is the "(".
 */
size_t vi_wordexpr_definition(vi_norm *c, size_t i)
{
    gunichar letters[MAX_ACRONYM];
    size_t words[3 * MAX_ACRONYM];
    size_t nw = 0;
    size_t close = closing(c, i, 2 * MAX_ACRONYM);
    size_t from = i + 1; /* the acronym's first token */
    size_t nl;
    long first;
    if (close == 0 || close == i + 1 || c->tok[i].ch != '(' || market_ticker_bracket(c, i, close)) {
        return 0;
    }
    {
        /* "báo động 3 (BĐ3)": the number after the letters is the number just before the
         * "(": the parenthesis is not said; the letters are matched against the words before
         * the number, and nothing is learned. */
        size_t last = close - 1;
        if (last > i + 1 && vi_norm_is(c, last, VI_TOK_NUM) && !c->tok[last].space && i >= 2 &&
            vi_norm_is(c, i - 1, VI_TOK_NUM) && tok_len(c, i - 1) == tok_len(c, last) &&
            memcmp(vi_norm_str(c, i - 1), vi_norm_str(c, last), tok_len(c, last)) == 0) {
            nl = acronym_letters(c, i + 1, last, letters);
            for (size_t t = i - 1; nl > 0 && t > 0 && nw < nl;) {
                t--;
                if (c->tok[t].type != VI_TOK_WORD) {
                    break;
                }
                words[nw++] = t;
            }
            if (nl > 0 && nw == nl) {
                for (size_t a = 0; a < nl; a++) {
                    if (vi_text_initial(c->tok[words[nl - 1 - a]].ch) != letters[a]) {
                        return 0;
                    }
                }
                if (vi_norm_is(c, close + 1, VI_TOK_NUM)) {
                    vi_norm_pause(c, ",", close); /* "ba, không phẩy năm": two numbers */
                }
                return close + 1;
            }
            return 0;
        }
    }
    nl = acronym_letters(c, i + 1, close, letters);
    if (nl == 0 && head_word(c, i + 1)) {
        from = i + 2;
        nl = acronym_letters(c, from, close, letters);
    }
    if (nl == 0) {
        return 0;
    }
    /* The words before, newest last; dashes and '&' between them are skipped. */
    for (size_t t = i; t > 0 && nw < G_N_ELEMENTS(words);) {
        t--;
        if (c->tok[t].type == VI_TOK_WORD) {
            words[nw++] = t;
        } else if (!(vi_norm_is_dash(c, t) || vi_norm_sym(c, t, '&'))) {
            break;
        }
    }
    /* words is newest first; reverse it. */
    for (size_t a = 0, b = nw > 0 ? nw - 1 : 0; a < b; a++, b--) {
        size_t tmp = words[a];
        words[a] = words[b];
        words[b] = tmp;
    }
    first = match_initials(c, letters, nl, words, nw);
    if (first < 0 || (from > i + 1 && (first == 0 || !same_word(c, i + 1, words[first - 1])))) {
        return 0;
    }
    learn(c, from, close, words + first, nw - (size_t)first);
    return close + 1;
}

/* "UBCKNN (Ủy ban Chứng khoán Nhà nước)": the words in the parenthesis are said instead, and
 * learned. A parenthesis that opens with a source's word ("Theo", "Nguồn", "Ảnh") credits the
 * text, whatever its initials: "TH (Theo HTV)" taught that TH is *Theo HTV*, and every later
 * "Tập đoàn TH" said so. */
static size_t rule_reverse_definition(vi_norm *c, size_t i)
{
    static const char *const credit[] = {"theo", "nguồn", "ảnh"};
    gunichar letters[MAX_ACRONYM];
    size_t words[3 * MAX_ACRONYM]; /* (read only below nw: no need to clear it a word) */
    size_t nw = 0;
    size_t end;
    size_t nl, close;
    if (!vi_norm_capitalized(c, i)) {
        return 0;
    }
    end = vi_norm_chunk_end(c, i, 8);
    if (!vi_norm_sym(c, end, '(') || !c->tok[end].space) {
        return 0;
    }
    nl = acronym_letters(c, i, end, letters);
    close = nl > 0 ? closing(c, end, 3 * MAX_ACRONYM) : 0;
    if (close == 0 || vi_norm_word_in(c, end + 1, credit, G_N_ELEMENTS(credit), TRUE)) {
        return 0;
    }
    for (size_t t = end + 1; t < close && nw < G_N_ELEMENTS(words); t++) {
        if (c->tok[t].type == VI_TOK_WORD) {
            words[nw++] = t;
        } else if (!(vi_norm_is_dash(c, t) || vi_norm_sym(c, t, '&'))) {
            return 0;
        }
    }
    if (nw == 0 || match_initials(c, letters, nl, words, nw) != 0) {
        return 0;
    }
    learn(c, i, end, words, nw);
    for (size_t k = 0; k < nw; k++) {
        vi_norm_say_word(c, words[k]);
    }
    return close + 1;
}

/* ---------------------------------------------------------------------------------------- */
/* Acronyms an article coins without a bracket: "Tổng điều tra dân số" ... "TĐT"             */

/* Most bytes of earlier paragraphs' words kept (older ones are forgotten first). */
#define MAX_COIN_TEXT 65536
/* Most bytes of earlier paragraphs a three-letter acronym is looked for in (a few paragraphs). */
#define MAX_COIN_NEAR 1500
/* Most tokens of the paragraph being read looked at before an acronym. */
#define MAX_COIN_PREFIX 2048
/* Most acronyms one text may look for (bounds the work on adversarial text). */
#define MAX_COIN_TRIED 1024

/* Words no coined phrase holds: a phrase through them is no name ("giai đoạn phát[ triển]",
 * "qua hai quá trình", "biển ở dạng"). */
static gboolean coin_stop_word(const char *w, size_t len)
{
    static const char *const words[] = {
        "qua",  "hai",  "này", "cho",   "sẽ",   "ở",    "đang",  "đi",   "trong", "đã",
        "được", "là",   "có",  "thì",   "mà",   "những", "các",  "một",  "với",   "về",
        "từ",   "tại",  "theo", "bằng", "để",   "khi",  "nếu",   "như",  "cũng",  "vẫn",
        "không", "chưa", "rất", "ra",   "vào",  "lên",  "xuống", "nên",  "do",    "vì",
        "nhưng", "hay", "hoặc", "nhiều", "ông", "bà",   "anh",   "chị",  "đó",    "đây",
        "ấy",   "thế",  "sau", "trước", "hơn", "cách", "rằng", "lại", "đều", "còn", "chỉ",
        "đến",  "tới",  "bị",  "bởi",  "nữa",  "vừa",  "mới",  "hết",  "gì",   "nào"};
    return dbi_lang_word_in(w, len, words, G_N_ELEMENTS(words)); /* w is folded: lower case */
}

/* The letter of a coined acronym a word starting with ch gives: its initial, but Đ stays Đ (an
 * acronym an article coins has the letters of its words: "DNA" is no "Đông Nam Á"). */
static gunichar coin_initial(gunichar ch)
{
    return g_unichar_toupper(ch) == 0x0110 ? 0x0110 : vi_text_initial(ch);
}

/* Do the lexicon's entries read key (len bytes) in two pieces, one of four letters or more (KQXS
 * and MN, "KQXSMN": kết quả xổ số miền Nam; KL and HT are no reading of KLHT)? */
static gboolean coin_lexicon_pieces(vi_norm *c, const char *key, size_t len)
{
    gboolean found = FALSE;
    GString *piece = g_string_new(NULL);
    for (const char *p = g_utf8_next_char(key); p < key + len && !found; p = g_utf8_next_char(p)) {
        if (g_utf8_strlen(key, p - key) < 4 && g_utf8_strlen(p, key + len - p) < 4) {
            continue;
        }
        g_string_truncate(piece, 0);
        g_string_append_len(piece, p, key + len - p); /* (key is not NUL-terminated) */
        found = vi_lex_abbr(c->lex, piece->str) != NULL;
        if (found) {
            g_string_truncate(piece, 0);
            g_string_append_len(piece, key, p - key);
            found = vi_lex_abbr(c->lex, piece->str) != NULL;
        }
    }
    g_string_free(piece, TRUE);
    return found;
}

/* Is token t a symbol among the ASCII symbols of set? */
static gboolean coin_sym_in(const vi_norm *c, size_t t, const char *set)
{
    return c->tok[t].type == VI_TOK_SYM && c->tok[t].ch < 0x80 &&
           strchr(set, (int)c->tok[t].ch) != NULL;
}

/* A connective a coined name leaves out: và, của ("Bộ Giáo dục và Đào tạo", GDĐT). */
static gboolean coin_connective(const char *w, size_t len)
{
    return (len == strlen("và") && memcmp(w, "và", len) == 0) ||
           (len == strlen("của") && memcmp(w, "của", len) == 0);
}

/* Appends the words of tokens from..to-1 to out as coined_phrase() reads them: each word as
 * written (with the traditional tone placement), '|' before one that opens a sentence (its
 * capital says nothing), a space between words, and a line break where a phrase ends (any token
 * but a word that is a Vietnamese syllable, a dash or '&'). */
static void append_coin_words(vi_norm *c, GString *out, size_t from, size_t to)
{
    gboolean opens = from == 0;
    for (size_t t = from; t < to; t++) {
        if (c->tok[t].type == VI_TOK_WORD && tok_len(c, t) <= 64 && vi_norm_syllable(c, t)) {
            const GString *retoned = vi_norm_retoned(c, t);
            if (out->len > 0 && out->str[out->len - 1] != '\n') {
                g_string_append_c(out, ' ');
            }
            if (opens) {
                g_string_append_c(out, '|');
            }
            g_string_append_len(out, retoned->str, (gssize)retoned->len);
            opens = FALSE;
            continue;
        }
        opens = opens || coin_sym_in(c, t, ".!?:;");
        if (!(vi_norm_is_dash(c, t) || vi_norm_sym(c, t, '&')) && out->len > 0 &&
            out->str[out->len - 1] != '\n') {
            g_string_append_c(out, '\n');
        }
    }
    if (out->len > 0 && out->str[out->len - 1] != '\n') {
        g_string_append_c(out, '\n');
    }
}

void vi_wordexpr_remember_words(vi_norm *c)
{
    GString *text = c->coin_text;
    append_coin_words(c, text, 0, c->ntok);
    if (text->len > MAX_COIN_TEXT) {
        /* forget the oldest phrases, up to a phrase's end */
        const char *cut = memchr(text->str + text->len - MAX_COIN_TEXT, '\n', MAX_COIN_TEXT);
        g_string_erase(text, 0, cut != NULL ? (gssize)(cut + 1 - text->str) : (gssize)text->len);
    }
}

/* Does the word at p (as append_coin_words() writes it) have a capital that is not a sentence's
 * first? */
static gboolean coin_capital(const char *p)
{
    return *p != '|' && g_unichar_isupper(g_utf8_get_char(p));
}

/*
 * The phrase of text (as append_coin_words() writes it) starting at p whose syllables' initials
 * are letters (nl of them), appended to exp without the marks: every word a letter, or a
 * connective (và, của: never a letter) left out between two of them in a phrase that starts with
 * a capital ("Bộ Lao động - Thương binh và Xã hội"); no word of coin_stop_word(), and not the
 * start of a name whose next word has a capital too, nor a name's capitals and one word after
 * it in lower case. The phrase has a capital that does not open a sentence: words in lower case
 * fit the letters by chance ("chức nhà nước" in "tổ chức nhà nước" for CNN, "gia đào tạo trẻ" in
 * "chuyên gia đào tạo trẻ"), and so do a sentence's first words ("Núi bay cao" for NBC); its
 * first word has a capital, or the phrase starts inside a compound ("hội Đại biểu toàn" in
 * "Đại hội Đại biểu toàn quốc", "dụng công cụ AI" in "sử dụng công cụ AI"). After a connective the next word has a capital too. Three letters need a phrase that
 * goes on in lower case ("Tổng điều tra", "Cảnh sát biển"): three capitals are a person's name
 * as often. folded is scratch. FALSE when none fits.
 */
static gboolean coined_phrase(const char *p, const char *end, const gunichar *letters, size_t nl,
                              GString *exp, GString *folded)
{
    /* a name, though it opens a sentence: "Hội Nông dân và Thanh niên" */
    gboolean name = coin_capital(*p == '|' ? p + 1 : p);
    gboolean last_capital = FALSE, connective = FALSE;
    size_t j = 0, capitals = 0, words = 0;
    if (!name) {
        return FALSE; /* a phrase cut from a compound: "[Đại] hội Đại biểu toàn" for HĐBT */
    }
    while (j < nl && p < end && *p != '\n') {
        const char *w = *p == '|' ? p + 1 : p;
        const char *e = w;
        while (e < end && *e != ' ' && *e != '\n') {
            e++;
        }
        g_string_truncate(folded, 0);
        vi_text_append_folded(folded, w, (size_t)(e - w));
        if (coin_stop_word(folded->str, folded->len)) {
            return FALSE;
        }
        if (coin_connective(folded->str, folded->len)) {
            if (!name || j == 0) {
                return FALSE;
            }
            connective = TRUE;
        } else if (connective && !coin_capital(p)) {
            return FALSE; /* "và" joins two names' words: not "Cup và ngồi ngoài" for CNN */
        } else if (coin_initial(g_utf8_get_char(w)) == letters[j]) {
            connective = FALSE;
            j++;
        } else {
            return FALSE;
        }
        last_capital = coin_capital(p);
        capitals += last_capital;
        words++;
        if (nl < 4 && j > 1 && last_capital) {
            return FALSE; /* three letters: "Tổng điều tra", not a name ("Nguyễn Bá Hùng") */
        }
        if (exp->len > 0) {
            g_string_append_c(exp, ' ');
        }
        g_string_append_len(exp, w, e - w);
        p = *e == ' ' ? e + 1 : e;
    }
    /* a name cut short is none: "Cục Đăng kiểm Việt Nam" gives no ĐKV, nor a name and a word
     * after it "Hòa Phát giảm" HPG */
    return j == nl && capitals >= 1 && !(last_capital && p < end && coin_capital(p)) &&
           !(capitals >= 2 && capitals + 1 == words && !last_capital);
}

/*
 * The phrase of text whose initials are letters, in exp; FALSE when there is none, or more than
 * one ("tập đoàn kinh tế" and "trình độ kỹ thuật" for TĐKT: the letters are spelled).
 */
static gboolean coined_in(const GString *text, const gunichar *letters, size_t nl, GString *exp)
{
    GString *found = g_string_new(NULL);
    GString *folded = g_string_new(NULL);
    GString *first = g_string_new(NULL);
    gboolean one = FALSE, ambiguous = FALSE;
    const char *end = text->str + text->len;
    for (const char *p = text->str; p < end && !ambiguous;) {
        const char *w = *p == '|' ? p + 1 : p;
        const char *next = w;
        while (next < end && *next != ' ' && *next != '\n') {
            next++;
        }
        if (coin_initial(g_utf8_get_char(w)) == letters[0]) {
            g_string_truncate(found, 0);
            if (coined_phrase(p, end, letters, nl, found, folded)) {
                /* the same words in another case are the same phrase */
                g_string_truncate(folded, 0);
                vi_text_append_folded(folded, found->str, found->len);
                if (!one) {
                    g_string_assign(exp, found->str);
                    g_string_assign(first, folded->str);
                    one = TRUE;
                } else if (strcmp(first->str, folded->str) != 0) {
                    ambiguous = TRUE;
                }
            }
        }
        p = next + 1;
    }
    g_string_free(found, TRUE);
    g_string_free(folded, TRUE);
    g_string_free(first, TRUE);
    return one && !ambiguous;
}

/* Does token i stand alone, not a piece of a code, a compound or a foreign name ("14/TTLB",
 * "TMN.CSG", "HS-ST", "Yeochun NCC")? */
static gboolean coin_alone(const vi_norm *c, size_t i)
{
    if (i > 0 && !c->tok[i].space && !coin_sym_in(c, i - 1, "(\"'") &&
        c->tok[i - 1].ch != 0x201C && c->tok[i - 1].ch != 0x2018) {
        return FALSE;
    }
    if (i > 0 && c->tok[i - 1].type == VI_TOK_WORD && vi_norm_capitalized(c, i - 1) &&
        !vi_norm_syllable(c, i - 1)) {
        return FALSE; /* a foreign name's part: "Yeochun NCC" */
    }
    if (i + 1 < c->ntok && !c->tok[i + 1].space) {
        gunichar ch = c->tok[i + 1].ch;
        if (c->tok[i + 1].type != VI_TOK_SYM || coin_sym_in(c, i + 1, "-/&+_@#*") ||
            ((ch == '.' || ch == ',' || ch == ':') && i + 2 < c->ntok && !c->tok[i + 2].space)) {
            return FALSE;
        }
    }
    return TRUE;
}

/*
 * An acronym of three or more capitals that no lexicon entry reads and no definition gave,
 * standing alone, whose letters are the initials of one phrase in the text before its first use
 * (earlier paragraphs of the text, or this one before it): "Tổng điều tra dân số và nhà ở ...
 * kết quả TĐT" learns TĐT as "tổng điều tra", as a definition in brackets would. An acronym used
 * before any such phrase, or whose letters fit two phrases, is remembered and stays spelled for
 * the rest of the text.
 */
static void coin_acronym(vi_norm *c, size_t i)
{
    gunichar letters[MAX_ACRONYM];
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    size_t nl;
    GString *key;
    if (c->tok[i].type != VI_TOK_WORD || len > 4 * MAX_ACRONYM || !vi_text_is_upper(w, len) ||
        (nl = acronym_letters(c, i, i + 1, letters)) < 3 || !coin_alone(c, i) ||
        vi_norm_syllable(c, i) || g_hash_table_size(c->coin_tried) >= MAX_COIN_TRIED) {
        return;
    }
    nl = 0;
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p)) {
        letters[nl++] = coin_initial(g_utf8_get_char(p));
    }
    key = g_string_new_len(w, (gssize)len);
    if (g_hash_table_contains(c->learned, key->str) || g_hash_table_contains(c->coin_tried, key->str) ||
        vi_lex_abbr(c->lex, key->str) != NULL || key_in_english(c, i, i) ||
        coin_lexicon_pieces(c, w, len) || (nl < 4 && market_near(c, i))) {
        /* (three capitals in market text are a ticker: HPG, not "Hòa Phát giảm") */
        g_string_free(key, TRUE);
        return;
    }
    {
        /* three letters fit a phrase by chance more often: only the last paragraphs count */
        const GString *all = c->coin_text;
        const char *from = all->str;
        GString *text;
        GString *exp = g_string_new(NULL);
        if (nl < 4 && all->len > MAX_COIN_NEAR) {
            from = memchr(all->str + all->len - MAX_COIN_NEAR, '\n', MAX_COIN_NEAR);
            from = from != NULL ? from + 1 : all->str + all->len;
        }
        text = g_string_new_len(from, (gssize)(all->str + all->len - from));
        append_coin_words(c, text, i > MAX_COIN_PREFIX ? i - MAX_COIN_PREFIX : 0, i);
        if (coined_in(text, letters, nl, exp)) {
            learn_key(c, key, w, len, exp);
        } else {
            g_hash_table_add(c->coin_tried, g_string_free(key, FALSE));
            g_string_free(exp, TRUE);
        }
        g_string_free(text, TRUE);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Roman numerals                                                                            */

/*
 * Does a Roman numeral of two letters or more in capitals at token i stand where a number is
 * meant without a word that uses numerals: right after a capitalized word or a number
 * ("Ptolemy II", "Creed III", "Galaxy S II", "Xperia 1 III", "Hà Nội II"), or after "và,
 * hoặc, hay, đến, tới" or a dash that follow another numeral just read ("thế kỷ XII và
 * VIII")? Only 2 to 39, never a Vietnamese syllable ("VI", "XI", "MI") nor an abbreviation of
 * the lexicon: spelled letter by letter ("i i i") such a numeral is never what is meant. Right
 * after a numeral and ";", ",", a dash or one of those words (a list: "các khóa X; XI; XII",
 * "khóa IX và XI") a syllable is a numeral too.
 */
static gboolean name_word(vi_norm *c, size_t j);
static gboolean after_regnal_title(vi_norm *c, size_t i);
static gboolean first_of_series(vi_norm *c, size_t i);

static gboolean roman_after_name(vi_norm *c, size_t i, const char *upper, size_t n,
                                 unsigned value)
{
    static const char *const joins[] = {"và", "hoặc", "hay", "đến", "tới"};
    size_t p = i - 1;
    if (n == 1 && value == 1) {
        return first_of_series(c, i);
    }
    if (n < 2 || value < 2 || value > 39 || i == 0) {
        return FALSE;
    }
    if (!c->tok[i].space) {
        /* "khóa XIV-XV", "thế kỷ XIX-XX": a range joined by a dash */
        return i >= 2 && c->roman_end == i - 1 && vi_norm_is_dash(c, p);
    }
    if (i >= 2 && c->roman_end == i - 1 &&
        (vi_norm_sym(c, p, ';') || vi_norm_sym(c, p, ',') || vi_norm_is_dash(c, p) ||
         vi_norm_word_in(c, p, joins, G_N_ELEMENTS(joins), TRUE))) {
        return TRUE; /* a list: "các khóa X; XI; XII", "khóa IX và XI" (syllables too) */
    }
    if (vi_text_is_syllable(upper, n)) {
        /* After a monarch's or a pope's name, a syllable is the numeral too ("Vua Felipe VI",
         * "Giáo hoàng Paul VI", "Quốc vương Mohammed VI"). */
        return after_regnal_title(c, i);
    }
    if (c->tok[p].type == VI_TOK_NUM) {
        return TRUE;
    }
    return vi_norm_capitalized(c, p);
}

/*
 * Does word i follow one to four capitalized words (a foreign name, the last, and the country
 * before it, in Vietnamese or not) that a title opens (vua, nữ hoàng, giáo hoàng, hoàng đế, quốc
 * vương: its last word is "vua" or, in small letters, "hoàng", "vương", "đế", since Hoàng and
 * Vương are surnames too: "Lê Hoàng Nam")? "Vua Charles III", "Nữ hoàng Elizabeth II", "Giáo
 * hoàng John Paul II", "Quốc vương Mohammed VI", "Vua Tây Ban Nha Felipe VI".
 */
static gboolean after_regnal_title(vi_norm *c, size_t i)
{
    static const char *const titles[] = {"hoàng", "vương", "đế"};
    size_t p = i;
    if (i < 2 || !c->tok[i].space) {
        return FALSE;
    }
    for (int words = 0; words < 4 && p >= 2 && c->tok[p - 1].space &&
                        (words == 0 ? name_word(c, p - 1) : vi_norm_capitalized(c, p - 1));
         words++) {
        p--;
        if (vi_norm_word_is(c, p - 1, "vua", TRUE) ||
            vi_norm_word_in(c, p - 1, titles, G_N_ELEMENTS(titles), FALSE)) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * Is a lone "I" at token i the first of a numbered series of places or teams: after one or
 * two capitalized Vietnamese syllables, one with a mark ("Hà Nội I", "Bắc Ninh I", "Cổ Nhuế I",
 * "Vụ I") or a name read as Hồ Chí Minh ("TP.HCM I", "TPHCM I"), with nothing joined after it but a
 * pause, and before a Vietnamese word, a number, a mark or the end? Their seconds ("Hà Nội II")
 * were read as numerals already, and a letter "i" there is no place's name. "Bảng I", "Lô I"
 * are a group's and a lot's letter (bảng A to L, lô H, lô J7); a foreign word before ("Apple
 * I", "Troponin I", "Can I Be Me") or an English word after keeps the letter.
 */
static gboolean first_of_series(vi_norm *c, size_t i)
{
    static const char *const lettered[] = {"bảng", "lô"};
    size_t p = i - 1, next = i + 1;
    gboolean marked = FALSE;
    if (i == 0 || !c->tok[i].space || !vi_norm_is(c, p, VI_TOK_WORD) ||
        !vi_norm_capitalized(c, p) ||
        vi_norm_word_in(c, p, lettered, G_N_ELEMENTS(lettered), TRUE)) {
        return FALSE;
    }
    /* the name's last word, or its last two ("Bắc Ninh", "Thái Nguyên"): Vietnamese, marked */
    for (size_t q = p; q + 2 >= i && vi_norm_is(c, q, VI_TOK_WORD) && vi_norm_capitalized(c, q) &&
                       vi_norm_syllable(c, q);
         q--) {
        for (size_t k = 0; k < tok_len(c, q); k++) {
            marked = marked || (unsigned char)vi_norm_str(c, q)[k] >= 0x80;
        }
        if (q == 0 || !c->tok[q].space) {
            break;
        }
    }
    if (!marked && !vi_norm_said_ends_with(c, "Hồ Chí Minh")) {
        return FALSE;
    }
    if (next >= c->ntok) {
        return TRUE;
    }
    if (!c->tok[next].space) {
        gunichar ch = c->tok[next].ch;
        return c->tok[next].type == VI_TOK_SYM && ch != 0 && ch < 0x80 &&
               strchr(",.;:!?)", (int)ch) != NULL && (next + 1 >= c->ntok || c->tok[next + 1].space);
    }
    return c->tok[next].type != VI_TOK_WORD ||
           vi_norm_syllable(c, next);
}

/*
 * Is word i a monarch's or a pope's number: after a title and a name (after_regnal_title()),
 * with nothing joined after it ("Vua Rama X", not "Vua Rama X-2")? A newsreader says it as an
 * ordinal, *thứ ba*, never the cardinal *ba*.
 */
static gboolean regnal_numeral(vi_norm *c, size_t i)
{
    return !(i + 1 < c->ntok && !c->tok[i + 1].space && c->tok[i + 1].type != VI_TOK_SYM) &&
           after_regnal_title(c, i);
}

/* Is word i joined by a dash to a number before it, and to nothing after it ("RON 95-III",
 * "92-II": the grade of a standard)? */
static gboolean roman_after_number(const vi_norm *c, size_t i)
{
    return i >= 2 && vi_norm_sym(c, i - 1, '-') && !c->tok[i].space && !c->tok[i - 1].space &&
           c->tok[i - 2].type == VI_TOK_NUM &&
           !(i + 1 < c->ntok && !c->tok[i + 1].space && c->tok[i + 1].type != VI_TOK_SYM);
}

/* The value of word i when it is a grade in Roman numerals after a number and a dash (two to
 * four of I, V, X worth ten at most: "RON95-III", "92-II"), else 0. */
static unsigned grade_numeral(const vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    size_t n = tok_len(c, i);
    unsigned value;
    if (n < 2 || n > 4 || !roman_after_number(c, i)) {
        return 0;
    }
    for (size_t k = 0; k < n; k++) {
        if (w[k] != 'I' && w[k] != 'V' && w[k] != 'X') {
            return 0;
        }
    }
    value = vi_num_roman(w, n);
    return value <= 10 ? value : 0;
}

/* Is token j a '-' or '.' joining the word before it to a word in mixed case ("V-League",
 * "V.League", "X-Men"; not "XIV-XV", a range of numerals)? */
static gboolean joined_to_name(const vi_norm *c, size_t j)
{
    const char *w;
    size_t n;
    gboolean has_lower = FALSE;
    if (!(vi_norm_sym(c, j, '-') || vi_norm_sym(c, j, '.')) || c->tok[j].space ||
        !vi_norm_joined(c, j + 1, VI_TOK_WORD)) {
        return FALSE;
    }
    w = vi_norm_str(c, j + 1);
    n = tok_len(c, j + 1);
    for (size_t k = 0; k < n; k++) {
        has_lower = has_lower || g_ascii_islower(w[k]);
    }
    return has_lower && vi_norm_capitalized(c, j + 1);
}

/*
 * Is the Roman numeral at token i, of value value, a list's or heading's marker opening its
 * paragraph: "I. MỤC ĐÍCH", "II. Nội dung", "IV- Tổ chức", "III) ...", with the mark joined to
 * it, then a space and a word? A newsreader says it as the number ("hai", as "2." is). A single
 * letter (I, V, X) needs a Vietnamese word after it: "V. Putin" is an initial.
 */
static gboolean roman_list_marker(const vi_norm *c, size_t i, size_t n, unsigned value)
{
    size_t j = i + 1;
    if ((i > 0 && !vi_norm_paragraph_end(c, i - 1)) || value > 39 || j + 1 >= c->ntok ||
        c->tok[j].space || !c->tok[j + 1].space || !vi_norm_is(c, j + 1, VI_TOK_WORD) ||
        !(vi_norm_sym(c, j, '.') || vi_norm_sym(c, j, ')') || vi_norm_sym(c, j, ':') ||
          vi_norm_is_dash(c, j))) {
        return FALSE;
    }
    return n >= 2 || vi_text_is_syllable(vi_norm_str(c, j + 1), vi_norm_len(c, j + 1));
}

/*
 * A Roman numeral after a word that uses them (contexts.tsv role "roman": khóa, đại hội, thế
 * kỷ, quý, lần thứ, kỳ họp, chương, hạng, ...): "Đại hội XIII" -> "đại hội mười ba", "lần thứ
 * IV" -> "lần thứ tư", "hạng II" -> "hạng nhì", "quý I/2024" -> "quý một năm ..."; and where
 * roman_after_name() says a numeral is meant.
 */
static size_t rule_roman(vi_norm *c, size_t i)
{
    unsigned value;
    unsigned roles;
    size_t j = i + 1;
    size_t n = tok_len(c, i);
    guint64 year;
    char upper[16];
    gboolean lower = FALSE;
    if (n >= sizeof upper || vi_norm_joined(c, i + 1, VI_TOK_NUM)) {
        return 0; /* a model's letters: "phiên bản V10", "bản i10", "khóa X5" */
    }
    /* Lowercase numerals (thế kỉ xix, phụ lục iv) are read after the same words as uppercase
     * ones, but never a Vietnamese word ("vi", "xi" are numerals only there too). */
    for (size_t k = 0; k < n; k++) {
        char ch = vi_norm_str(c, i)[k];
        switch (ch) {
        case 'I': case 'V': case 'X': case 'L': case 'C': case 'D': case 'M':
            break;
        case 'i': case 'v': case 'x': case 'l': case 'c': case 'd': case 'm':
            lower = TRUE;
            ch = (char)(ch - 'a' + 'A');
            break;
        default:
            return 0;
        }
        upper[k] = ch;
    }
    upper[n] = '\0';
    if (lower && strcmp(upper, vi_norm_str(c, i) + 0) != 0) {
        for (size_t k = 0; k < n; k++) {
            if (!g_ascii_islower(vi_norm_str(c, i)[k])) {
                return 0; /* "Xi", "Vi": mixed case is a name */
            }
        }
    }
    value = vi_num_roman(upper, n);
    if (lower && n >= 2 && vi_text_is_syllable(vi_norm_str(c, i), n) &&
        vi_norm_is(c, j, VI_TOK_WORD) && c->tok[j].space &&
        g_unichar_islower(c->tok[j].ch)) {
        return 0; /* "số vi phạm", "bao xi măng": a word before another word, not a numeral */
    }
    if (!lower && joined_to_name(c, j)) {
        return 0; /* "V-League", "V.League", "X-Men": part of a name, not a numeral */
    }
    /* Alone, only I, V and X are numerals: "độ C" is Celsius, "hạng A" a letter. */
    if (value == 0 || (n == 1 && value > 10)) {
        return 0;
    }
    if (!lower && value != 0 && roman_list_marker(c, i, n, value)) {
        g_string_truncate(c->buf, 0);
        vi_num_cardinal_u64(c->buf, value, c->dialect);
        vi_norm_say_buf(c, i, i);
        return j;
    }
    if (!lower && value <= 39 && regnal_numeral(c, i)) {
        g_string_assign(c->buf, "thứ ");
        vi_num_ordinal(c->buf, value, VI_NUM_ORDINAL, c->dialect);
        vi_norm_say_buf(c, i, i);
        c->roman_end = j;
        c->roman_roles = 0;
        return j;
    }
    roles = vi_norm_roles_before(c, 1);
    if ((roles & VI_ROLE_YEAR) && value >= 1000) {
        /* "năm MCMXCIX" */
    } else if (!lower && (vi_lex_abbr(c->lex, upper) != NULL || (value >= 40 && n <= 3))) {
        /* In capitals, an abbreviation of the lexicon ("nhóm MC", "CV", "CCCD") and two or
         * three letters worth 40 or more ("nhóm MIX", "CD", "DC") are letters, not numerals. */
        return 0;
    } else if (!(roles & VI_ROLE_ROMAN)) {
        if (lower || (!roman_after_name(c, i, upper, n, value) &&
                      grade_numeral(c, i) == 0)) {
            return 0;
        }
        if (i >= 2 && c->roman_end == i - 1) {
            roles = c->roman_roles; /* "hạng I, II, III": hạng nhất, nhì, ba */
        }
    }
    g_string_truncate(c->buf, 0);
    if (roles & (VI_ROLE_ORDINAL | VI_ROLE_RANK)) {
        vi_num_ordinal(c->buf, value, (roles & VI_ROLE_RANK) ? VI_NUM_RANK : VI_NUM_ORDINAL,
                       c->dialect);
    } else {
        vi_num_cardinal_u64(c->buf, value, c->dialect);
    }
    vi_norm_say_buf(c, i, i);
    /* "quý IV/2025", and after a period word also "quý II-2026", "quý III.2021" */
    if ((vi_norm_sym(c, j, '/') ||
         ((vi_norm_sym(c, j, '-') || vi_norm_sym(c, j, '.')) && (roles & VI_ROLE_PERIOD))) &&
        !c->tok[j].space && vi_norm_joined(c, j + 1, VI_TOK_NUM) &&
        tok_len(c, j + 1) == 4 && vi_norm_value(c, j + 1, &year)) {
        vi_norm_say(c, "năm", strlen("năm"), j, j);
        g_string_truncate(c->buf, 0);
        vi_num_cardinal_u64(c->buf, year, c->dialect);
        vi_norm_say_buf(c, j + 1, j + 1);
        j += 2;
        c->said = VI_SAID_DATE;
        c->said_end = j;
    }
    c->roman_end = j;
    c->roman_roles = roles & (VI_ROLE_ORDINAL | VI_ROLE_RANK);
    return j;
}

/* ---------------------------------------------------------------------------------------- */
/* Abbreviations                                                                             */

/* Says the expansion in c->buf of the key of words first..last, or the words as written by
 * the English voice when key_in_english() or when the reading is VI_LEX_ENGLISH ("<en>": a
 * name the lexicon gives to the English voice as a whole, "Champions League"); a reading
 * "<en>TEXT</en>" gives TEXT to the English voice ("WC": "World Cup"). */
static void say_key(vi_norm *c, size_t first, size_t last)
{
    size_t open = strlen(VI_LEX_ENGLISH), close = strlen(VI_LEX_ENGLISH_END);
    if (c->buf->len > open + close && g_str_has_prefix(c->buf->str, VI_LEX_ENGLISH) &&
        g_str_has_suffix(c->buf->str, VI_LEX_ENGLISH_END)) {
        vi_norm_say_foreign_text(c, c->buf->str + open, c->buf->len - open - close, first, last);
        g_string_truncate(c->buf, 0);
        return;
    }
    if (strcmp(c->buf->str, VI_LEX_ENGLISH) != 0 && !key_in_english(c, first, last)) {
        vi_norm_say_buf(c, first, last);
        return;
    }
    g_string_truncate(c->buf, 0);
    for (size_t t = first; t <= last; t++) {
        if (vi_norm_is(c, t, VI_TOK_WORD)) {
            vi_norm_say_foreign(c, t);
        }
    }
}

/* Joins the dashes written with a space on both sides in key ("KT - XH", "TN – MT" become
 * KT-XH, TN-MT: portals space the dash of a pair of abbreviations the lexicon has joined);
 * FALSE when there was none. */
static gboolean unspace_dashes(GString *key)
{
    static const char *const spaced[] = {" - ", " – "};
    gboolean any = FALSE;
    for (size_t d = 0; d < G_N_ELEMENTS(spaced); d++) {
        for (char *at = strstr(key->str, spaced[d]); at != NULL; at = strstr(key->str, spaced[d])) {
            size_t pos = (size_t)(at - key->str);
            g_string_erase(key, (gssize)pos, (gssize)strlen(spaced[d]));
            g_string_insert_c(key, (gssize)pos, '-');
            any = TRUE;
        }
    }
    return any;
}

/*
 * Tries the key made of tokens i..k-1 (spaces around '&' left out: "GD & ĐT" is GD&ĐT). A
 * lexicon key written with a final '.' ("TP.", "Q.") also takes the '.' after it when more text
 * follows ("TP. Hồ Chí Minh", "TP.HCM", "Q.1"); the key without the dot matches it too. Returns
 * the token after what was said, or 0.
 */
static size_t try_key(vi_norm *c, size_t i, size_t k)
{
    GString *key = c->scratch;
    size_t next = 0;
    size_t plain_len;
    g_string_truncate(key, 0);
    append_tokens(c, key, i, k);
    /* "GD & ĐT", "NN & PTNT": the key GD&ĐT written with spaces around its '&' */
    for (char *amp = strstr(key->str, " &"); amp != NULL; amp = strstr(key->str, " &")) {
        g_string_erase(key, amp - key->str, 1);
    }
    for (char *amp = strstr(key->str, "& "); amp != NULL; amp = strstr(key->str, "& ")) {
        g_string_erase(key, amp - key->str + 1, 1);
    }
    plain_len = key->len;
    g_string_truncate(c->buf, 0);
    if (vi_norm_sym(c, k, '.') && !c->tok[k].space && k + 1 < c->ntok) {
        g_string_append_c(key, '.');
        if (vi_norm_expand(c, c->buf, key->str, i, k, FALSE)) {
            vi_norm_say_buf(c, i, k);
            next = k + 1;
        }
        g_string_truncate(key, plain_len);
    }
    if (next == 0 && vi_norm_expand(c, c->buf, key->str, i, k - 1, FALSE)) {
        say_key(c, i, k - 1);
        next = k;
    }
    if (next == 0 && !vi_norm_sym(c, k, '.')) {
        g_string_append_c(key, '.');
        if (vi_norm_expand(c, c->buf, key->str, i, k - 1, FALSE)) {
            say_key(c, i, k - 1);
            next = k;
        }
        g_string_truncate(key, plain_len);
    }
    if (next == 0 && unspace_dashes(key) && vi_norm_expand(c, c->buf, key->str, i, k - 1, FALSE)) {
        say_key(c, i, k - 1); /* "KT - XH" read as the entry KT-XH */
        next = k;
    }
    return next;
}

/* Is a word beside word i, with a space between, a syllable in capitals of two letters or more
 * ("CŨNG" of "AI CŨNG BIẾT"), and when unmarked is TRUE one written without marks ("THINH" of
 * "NHAT THINH")? */
static gboolean caps_syllable_beside(const vi_norm *c, size_t i, gboolean unmarked)
{
    for (int d = -1; d <= 1; d += 2) {
        size_t j = (size_t)((long)i + d);
        const char *w;
        size_t len;
        if ((d < 0 && i == 0) || j >= c->ntok || c->tok[j].type != VI_TOK_WORD ||
            !c->tok[d < 0 ? i : j].space) {
            continue;
        }
        w = vi_norm_str(c, j);
        len = tok_len(c, j);
        if (g_utf8_strlen(w, (gssize)len) >= 2 && vi_text_is_upper(w, len) &&
            vi_text_is_syllable(w, len) && (!unmarked || vi_norm_capitals(c, j, 2, len))) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Is word i a Vietnamese word in a headline written in capitals ("AI CŨNG BIẾT": "ai" is
 * "who", not AI)? A syllable in capitals next to another word in capitals that is one too;
 * not one that would need a mark it lacks ("TRẠM BOT": an acronym, unmarked_caps_acronym()). */
static gboolean caps_headline_word(vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    return vi_text_is_upper(w, len) && vi_text_is_syllable(w, len) &&
           !unmarked_caps_acronym(c, i) && caps_syllable_beside(c, i, FALSE);
}

/* Is token t no word or number joined to the one before, nor a dot with text joined after it? */
static gboolean nothing_joined(const vi_norm *c, size_t t)
{
    return !vi_norm_joined(c, t, VI_TOK_WORD) && !vi_norm_joined(c, t, VI_TOK_NUM) &&
           !(vi_norm_sym(c, t, '.') && t + 1 < c->ntok && !c->tok[t + 1].space);
}

/* Is word j three capitals standing alone, no word, number or joined dot after them ("HPG",
 * "PET"; not TP.HCM, VN30, HCMC)? The shape of a stock ticker. */
static gboolean ticker_shape(const vi_norm *c, size_t j)
{
    return vi_norm_capitals(c, j, 3, 3) && nothing_joined(c, j + 1);
}

/* Is word j one or two capitals joined to a number, three characters in all, with nothing
 * joined after ("C47", "TS4", "HU3")? A ticker with a digit: a link of a list of tickers. */
static gboolean digit_ticker_shape(const vi_norm *c, size_t j)
{
    return vi_norm_capitals(c, j, 1, 2) && vi_norm_joined(c, j + 1, VI_TOK_NUM) &&
           vi_norm_len(c, j) + vi_norm_len(c, j + 1) == 3 && nothing_joined(c, j + 2);
}

/* Is word j, three capitals, letters only a ticker is: no entry of the lexicons (abbreviations,
 * units), no Vietnamese syllable, no English word of webwords.tsv ("HHV", "DIH"; not USD, HLV,
 * NHA, HOT)? */
static gboolean plain_ticker(vi_norm *c, size_t j)
{
    const char *w = vi_norm_str(c, j);
    return vi_lex_abbr(c->lex, key_of(c, j)) == NULL && vi_lex_unit(c->lex, key_of(c, j)) == NULL &&
           !vi_text_is_syllable(w, 3) && !english_webword(c, j);
}

/* Is token t inside a bracket that follows a ticker with a change or an amount: a number, a
 * sign, a symbol, or a word of amounts ("(-4,5%)", "(+138 tỷ đồng)")? */
static gboolean ticker_bracket_part(const vi_norm *c, size_t t)
{
    static const char *const amounts[] = {"tỷ", "tỉ", "triệu", "nghìn", "ngàn", "đồng", "điểm"};
    return c->tok[t].type == VI_TOK_NUM ||
           (c->tok[t].type == VI_TOK_SYM && !vi_norm_sym(c, t, '(') && !vi_norm_sym(c, t, ')')) ||
           vi_norm_word_in(c, t, amounts, G_N_ELEMENTS(amounts), TRUE);
}

/* Is token t a link of a list: a comma joined to the word before, or "và", "hay" between
 * spaces ("PDR, DXG và HSG", "SCS hay NCT")? */
static gboolean list_link(const vi_norm *c, size_t t)
{
    static const char *const links[] = {"và", "hay"};
    if (t >= c->ntok) {
        return FALSE;
    }
    return (vi_norm_sym(c, t, ',') && !c->tok[t].space) ||
           (c->tok[t].space && vi_norm_word_in(c, t, links, G_N_ELEMENTS(links), FALSE));
}

/* The ticker next to ticker k in a list, after it (d = 1) or before it (d = -1): joined to it
 * by a comma, "và" or "hay" (list_link()), with a bracket of ticker_bracket_part() after the
 * first of the two or not ("HSG (-4,5%), NKG (-3,6%)", "HHS, NLG", "PDR, DXG và HSG"), of
 * ticker_shape() or digit_ticker_shape() ("DC4, TOP, VTE"); G_MAXSIZE when there is none. */
static size_t ticker_list_next(const vi_norm *c, size_t k, int d)
{
    size_t t, n;
    if (d > 0) {
        t = digit_ticker_shape(c, k) ? k + 2 : k + 1;
        if (vi_norm_sym(c, t, '(') && c->tok[t].space) {
            for (t++, n = 0; t < c->ntok && n < 12 && ticker_bracket_part(c, t); t++, n++) {
            }
            if (!vi_norm_sym(c, t, ')')) {
                return G_MAXSIZE;
            }
            t++;
        }
        if (!list_link(c, t) || t + 1 >= c->ntok || !c->tok[t + 1].space ||
            !(ticker_shape(c, t + 1) || digit_ticker_shape(c, t + 1))) {
            return G_MAXSIZE;
        }
        return t + 1;
    }
    if (k < 2 || !c->tok[k].space || !list_link(c, k - 1)) {
        return G_MAXSIZE;
    }
    t = k - 2;
    if (vi_norm_sym(c, t, ')')) {
        for (n = 0; t > 0 && n < 12 && ticker_bracket_part(c, t - 1); t--, n++) {
        }
        if (t < 2 || !vi_norm_sym(c, t - 1, '(') || !c->tok[t - 1].space) {
            return G_MAXSIZE;
        }
        t -= 2;
    }
    if (t > 0 && c->tok[t].type == VI_TOK_NUM && digit_ticker_shape(c, t - 1)) {
        return t - 1;
    }
    return ticker_shape(c, t) ? t : G_MAXSIZE;
}

/* A word of the market, and the word after it (NULL: any). */
typedef struct {
    const char *word, *next;
} market_word;

/* Is token j one of the n words of the market in words (its next word after it)? */
static gboolean market_word_at(const vi_norm *c, size_t j, const market_word *words, size_t n)
{
    for (size_t w = 0; w < n; w++) {
        if (vi_norm_word_is(c, j, words[w].word, TRUE) &&
            (words[w].next == NULL || vi_norm_word_is(c, j + 1, words[w].next, TRUE))) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Is there a word of the stock market among the 60 tokens either side of token i (cổ phiếu,
 * chứng khoán, niêm yết, cổ đông, khối ngoại, thanh khoản, mã, an exchange: "cổ phiếu ngành
 * thép như HPG và HSG")? Market text, where two capitals in a list are tickers. */
static gboolean market_near(const vi_norm *c, size_t i)
{
    static const market_word words[] = {
        {"cổ", "phiếu"},   {"chứng", "khoán"}, {"niêm", "yết"}, {"cổ", "đông"},
        {"khối", "ngoại"}, {"thanh", "khoản"}, {"mã", NULL},    {"HOSE", NULL},
        {"HoSE", NULL},    {"HNX", NULL},      {"UPCoM", NULL}, {"Index", NULL}};
    for (size_t j = i > 60 ? i - 60 : 0; j < c->ntok && j < i + 60; j++) {
        if (market_word_at(c, j, words, G_N_ELEMENTS(words))) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Does a capitalized word follow word j after a space ("PYN Elite", "CCQ E1VFVN30": a name's
 * first word, no ticker)? */
static gboolean name_after(const vi_norm *c, size_t j)
{
    return j + 1 < c->ntok && c->tok[j + 1].type == VI_TOK_WORD && c->tok[j + 1].space &&
           g_unichar_isupper(g_utf8_get_char(vi_norm_str(c, j + 1)));
}

/* Is word i, of ticker_shape(), in a list of three such words or more joined by commas
 * (ticker_list_next()), two of the others plain_ticker() and fewer than two currency codes
 * ("AAA, HHV, PET, DIH: Thông tin giao dịch", "VND, SSI, ABB", "HSG (-4,5%), NKG (-3,6%), VGS
 * (-4,2%)": PET, VND and HSG are tickers too; not "EUR, JPY, GBP, CAD, SEK" nor "HLV, CLB,
 * VĐV")? Or in a list of two, one plain_ticker(), no currency, neither before a name
 * (name_after()), in market text (market_near(): "cổ phiếu thép HPG và HSG", "DGW, NCT"; not
 * "HLV và VFF", "CPU, RAM")? */
static gboolean in_ticker_list(vi_norm *c, size_t i)
{
    size_t codes = 1, plain = 0, money = 0, other = i;
    for (int d = -1; d <= 1; d += 2) {
        for (size_t k = ticker_list_next(c, i, d); k != G_MAXSIZE; k = ticker_list_next(c, k, d)) {
            const vi_unit *unit = vi_lex_unit(c->lex, key_of(c, k));
            other = k;
            codes++;
            plain += digit_ticker_shape(c, k) || plain_ticker(c, k);
            money += unit != NULL && unit->kind == VI_UNIT_MONEY;
            if (codes > 64) {
                break;
            }
        }
    }
    return (codes >= 3 && plain >= 2 && money < 2) ||
           (codes == 2 && plain == 1 && money == 0 && !name_after(c, i) && !name_after(c, other) &&
            market_near(c, i));
}

/* Is a word of reading (words joined by spaces) one of the four words before token end ("Yên
 * Nhật (JPY)", "tiền Việt (VND)": the currency's own name)? */
static gboolean reading_before(const vi_norm *c, size_t end, const char *reading)
{
    gchar **words = g_strsplit(reading, " ", -1);
    gboolean found = FALSE;
    for (size_t j = end, n = 0; j > 0 && n < 4 && !found; j--, n++) {
        for (gchar **w = words; *w != NULL && !found; w++) {
            found = **w != '\0' && vi_norm_word_is(c, j - 1, *w, TRUE);
        }
    }
    g_strfreev(words);
    return found;
}

/* Do the lexicon's entries for word i, in brackets, name something else than the name before
 * the bracket: one expands the letters into words of small letters ("hội nông dân"); none says
 * the letters (VOV "vê ô vê", PSG "pê ét giê": reading_of_letters(), or the first letter's name
 * first), is a unit, a name, English (TBN "Tây Ban Nha", EXO) or a medal won (HCĐ after a
 * team); and no word of any is among the four before the bracket ("Nhiệt điện Hải Phòng (HND)",
 * "Hoa Sen (HSG)", "KIDO (KDC)": the letters are the company's, not the lexicon's words; not
 * "Quỹ Bình ổn giá (BOG)")? */
static gboolean abbr_names_other(vi_norm *c, size_t i, const vi_abbr_list *list)
{
    size_t letters = (size_t)g_utf8_strlen(vi_norm_str(c, i), (gssize)tok_len(c, i));
    const char *first = vi_lex_letter(c->lex, g_utf8_get_char(vi_norm_str(c, i)));
    size_t first_len = first != NULL ? strlen(first) : 0;
    gboolean words = FALSE;
    if (vi_lex_unit(c->lex, key_of(c, i)) != NULL) {
        return FALSE; /* "Hạng Tiền thưởng (USD)" */
    }
    for (unsigned k = 0; k < list->len; k++) {
        const char *exp = list->items[k]->expansion;
        if (reading_of_letters(c, exp, letters) ||
            (first_len > 0 && strncmp(exp, first, first_len) == 0 &&
             (exp[first_len] == ' ' || exp[first_len] == '\0'))) {
            continue; /* the letters' names: VOV "vê ô vê", PSG "pê ét giê", AMD "a em đê" */
        }
        if (!g_unichar_islower(g_utf8_get_char(exp)) || strchr(exp, '<') != NULL ||
            g_str_has_prefix(exp, "huy chương") || reading_before(c, i - 1, exp)) {
            return FALSE;
        }
        words = TRUE;
    }
    return words;
}

/* Is word i, of ticker_shape(), alone between brackets right after a name (a capitalized word
 * among the three before), and no abbreviation of the lexicons (unless it names something else,
 * abbr_names_other()) nor a currency code after its currency's name ("Petrosetco (PET)", "Dịch
 * vụ Dầu khí (PET)", "Khách sạn Hội An (HOT)", "VnDirect (VND)", "Nhiệt điện Hải Phòng (HND)":
 * a listed company and its ticker; not "Cục Dự trữ Liên bang (FED)", an entry capitalized, Fed,
 * nor "Yên Nhật (JPY)")? A name whose initials the letters are was learned by the definition
 * rules before. */
static gboolean ticker_after_name(vi_norm *c, size_t i)
{
    const vi_unit *unit;
    const vi_abbr_list *abbr;
    gboolean name = FALSE;
    if (i < 2 || !vi_norm_sym(c, i - 1, '(') || !c->tok[i - 1].space || c->tok[i].space ||
        !vi_norm_sym(c, i + 1, ')') || c->tok[i + 1].space) {
        return FALSE;
    }
    abbr = vi_lex_abbr(c->lex, key_of(c, i));
    if (abbr != NULL && !abbr_names_other(c, i, abbr)) {
        return FALSE;
    }
    for (size_t j = i - 1, n = 0; j > 0 && n < 3 && !name; j--, n++) {
        name = vi_norm_capitalized(c, j - 1); /* "Dịch vụ Dầu khí (PET)" */
    }
    if (!name) {
        return FALSE;
    }
    key_of(c, i);
    for (size_t k = 1; k < c->key->len; k++) {
        c->key->str[k] = g_ascii_tolower(c->key->str[k]);
    }
    if (vi_lex_abbr(c->lex, c->key->str) != NULL) {
        return FALSE; /* a name the lexicon writes capitalized: "(FED)" as Fed */
    }
    unit = vi_lex_unit(c->lex, key_of(c, i));
    return unit == NULL ||
           (unit->kind == VI_UNIT_MONEY && !reading_before(c, i - 1, unit->reading));
}

/* Is a word of a company's results or shares (lãi, lỗ, cổ phiếu, lợi nhuận, doanh thu, tỷ
 * đồng, ...) in the sentence from token from on, before token end? */
static gboolean results_in_sentence(const vi_norm *c, size_t from, size_t end)
{
    /* A word, and the word after it (NULL: any). */
    static const market_word words[] = {
        {"lãi", NULL},    {"lỗ", NULL},       {"HĐQT", NULL},  {"ĐHĐCĐ", NULL},   {"ĐHCĐ", NULL},
        {"cổ", "phiếu"},  {"cổ", "đông"},     {"cổ", "tức"},   {"lợi", "nhuận"},  {"doanh", "thu"},
        {"tỷ", "đồng"},   {"tỉ", "đồng"},     {"thị", "giá"},  {"trái", "phiếu"}, {"phát", "hành"},
        {"giao", "dịch"}, {"chứng", "khoán"}, {"niêm", "yết"}, {"vốn", "hóa"}};
    for (size_t j = from; j < c->ntok && j < end; j++) {
        if (vi_norm_sentence_end(c, j)) {
            return FALSE;
        }
        if (market_word_at(c, j, words, G_N_ELEMENTS(words))) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Is word i, of ticker_shape(), the ticker heading a market headline: the text's first word
 * (after a list's bullet, if any), a colon joined after it, and a word of a company's results
 * or shares in the headline's first sentence ("HSG: Lãi sau thuế 1.151 tỷ đồng", "NHA: Thị giá
 * tăng 9%", "KDC: Một cá nhân mua cổ phiếu")? Not "MMA: ...", "UFC: ...", "VKS: ...", "LHQ:
 * ...", whose headlines hold none. */
static gboolean market_heading(const vi_norm *c, size_t i)
{
    if (!(i == 0 || (i == 1 && c->tok[1].space &&
                     (vi_norm_sym(c, 0, '*') || vi_norm_sym(c, 0, '-') ||
                      vi_norm_sym(c, 0, 0x2022) || vi_norm_sym(c, 0, '+')))) ||
        !vi_norm_sym(c, i + 1, ':') || c->tok[i + 1].space) {
        return FALSE; /* the text's first word, perhaps after a list's bullet ("* HSG: ...") */
    }
    return results_in_sentence(c, i + 2, 60);
}

/* Is word i, of ticker_shape(), the subject of a company's verb opening a sentence or a clause
 * after a comma, in market text (market_near()) or with a word of results after the verb
 * (results_in_sentence()): "PGS đặt kế hoạch lãi 78 tỷ đồng", "HSG báo lãi", "NTP chốt danh
 * sách cổ đông", "KDC tăng trần"? A listed company does these, not a professor nor a
 * residential area. */
static gboolean market_subject(const vi_norm *c, size_t i)
{
    static const market_word verbs[] = {
        {"báo", "lãi"},    {"báo", "lỗ"},    {"ước", "lãi"},      {"lãi", "ròng"},  {"đặt", "kế"},
        {"lên", "kế"},     {"chốt", "danh"}, {"chốt", "quyền"},   {"chia", "cổ"},   {"trả", "cổ"},
        {"tăng", "trần"},  {"giảm", "sàn"},  {"phát", "hành"},    {"niêm", "yết"},  {"đặt", "mục"},
        {"bị", "bán"},     {"được", "mua"},  {"lãi", "trước"},    {"lãi", "sau"}};
    if (i > 0 && !vi_norm_sym(c, i - 1, '.') && !vi_norm_sym(c, i - 1, ':') &&
        !vi_norm_sym(c, i - 1, ',') && !vi_norm_sym(c, i - 1, '!') &&
        !vi_norm_sym(c, i - 1, '?') && !vi_norm_sym(c, i - 1, ';')) {
        return FALSE; /* a sentence's or a clause's first word */
    }
    return i + 1 < c->ntok && c->tok[i + 1].space &&
           market_word_at(c, i + 1, verbs, G_N_ELEMENTS(verbs)) &&
           (market_near(c, i) || results_in_sentence(c, i + 3, i + 40));
}

/* Is word i three capitals (ticker_shape()) that are a stock ticker: after "mã", "mã chứng
 * khoán", "cổ phiếu" or an exchange and a colon ("(HOSE: VHC)", "(mã CK: PET)"), or after another
 * ticker, with only amounts, brackets and commas between ("các mã VIC (-402 tỷ đồng), HCM
 * (-328 tỷ đồng)": the tickers VIC, HCM, not Hồ Chí Minh); in a list of tickers
 * (in_ticker_list()); a company's, in brackets after its name (ticker_after_name()) or heading
 * it (vi_norm_ticker_heading()); heading a market headline (market_heading()); the subject
 * of a company's verb (market_subject(): "PGS đặt kế hoạch lãi")?
 * Spelled, whatever the lexicon says of the letters and though they make a syllable or an
 * English word (PET, HOT, NHA, VND of VnDirect). */
static gboolean ticker(vi_norm *c, size_t i)
{
    static const char *const between[] = {"tỷ",   "tỉ", "triệu", "nghìn", "ngàn",  "đồng", "và",
                                          "điểm", "cổ", "phiếu", "chứng", "khoán", "CK"};
    static const char *const exchanges[] = {"HOSE",  "HoSE",  "HSX",   "HNX",
                                            "UPCoM", "UPCOM", "Upcom", "MCK"};
    if (!ticker_shape(c, i)) {
        return FALSE;
    }
    if (in_ticker_list(c, i) || ticker_after_name(c, i) || (i == 0 && vi_norm_ticker_heading(c)) ||
        market_heading(c, i) || market_subject(c, i)) {
        c->ticker_end = i + 1;
        return TRUE;
    }
    for (size_t k = i, n = 0; k > 0 && n < 24; k--, n++) {
        size_t j = k - 1;
        if (c->tok[j].type != VI_TOK_WORD) {
            if (vi_norm_sym(c, j, ':') && j + 1 == i && j > 0 &&
                (vi_norm_word_in(c, j - 1, exchanges, G_N_ELEMENTS(exchanges), FALSE) ||
                 vi_norm_word_is(c, j - 1, "mã", TRUE) || vi_norm_word_is(c, j - 1, "CK", FALSE) ||
                 vi_norm_word_is(c, j - 1, "khoán", TRUE))) {
                continue; /* "(HOSE: VHC)", "(mã: NHA)", "(mã CK: PET)" */
            }
            if (vi_norm_sym(c, j, '.') || vi_norm_sym(c, j, ';') || vi_norm_sym(c, j, ':')) {
                return FALSE;
            }
            continue;
        }
        if (vi_norm_word_in(c, j, exchanges, G_N_ELEMENTS(exchanges), FALSE) && j + 2 == i) {
            c->ticker_end = i + 1;
            return TRUE; /* "(HOSE: VHC)" */
        }
        if (vi_norm_word_in(c, j, between, G_N_ELEMENTS(between), TRUE)) {
            if (vi_norm_word_is(c, j, "phiếu", TRUE) && j > 0 &&
                vi_norm_word_is(c, j - 1, "cổ", TRUE)) {
                c->ticker_end = i + 1;
                return TRUE; /* "cổ phiếu HCM" */
            }
            continue;
        }
        if (vi_norm_word_is(c, j, "mã", TRUE) || c->ticker_end == j + 1) {
            c->ticker_end = i + 1;
            return TRUE;
        }
        return FALSE;
    }
    return FALSE;
}

/* Is word i a piece in small letters of a name hyphened after a capitalized word, with no word
 * joined after it ("min" of "Heung-min", "myung" of "Lee Jae-myung")? Its entry is looked up
 * as the name's capitalized word (name_piece_key()). */
static gboolean name_piece(const vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    return i >= 2 && !c->tok[i].space && vi_norm_sym(c, i - 1, '-') && !c->tok[i - 1].space &&
           vi_norm_capitalized(c, i - 2) &&
           g_ascii_islower(w[0]) && !vi_text_has_upper(w, tok_len(c, i)) &&
           !(i + 1 < c->ntok && !c->tok[i + 1].space &&
             (c->tok[i + 1].type != VI_TOK_SYM || vi_norm_sym(c, i + 1, '-')));
}

/* Says word i, a name_piece(), by the lexicon's entry of its capitalized form ("Heung-min",
 * "Jae-myung": Myung Miung), with no context of its own; returns i + 1, or 0 when there is
 * none. */
static size_t name_piece_key(vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    GString *key = c->scratch;
    g_string_truncate(key, 0);
    g_string_append_c(key, g_ascii_toupper(w[0]));
    g_string_append_len(key, w + 1, (gssize)tok_len(c, i) - 1);
    g_string_truncate(c->buf, 0);
    if (!vi_norm_expand(c, c->buf, key->str, i, i, FALSE)) {
        return 0;
    }
    say_key(c, i, i);
    return i + 1;
}

/* The longest abbreviation (lexicon or article) starting at word i: UBND, TP.HCM, NN&PTNT,
 * SEA Games (keys may hold as many spaces as the lexicon's longest). */
static size_t rule_abbreviation(vi_norm *c, size_t i)
{
    size_t maxk = MIN(MAX(vi_lex_abbr_max_tokens(c->lex), (size_t)5), (size_t)12);
    size_t max_spaces = vi_lex_abbr_max_words(c->lex) - 1;
    size_t end = i + 1;
    size_t spaces = 0;
    size_t shortest, next;
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    const GString *retoned;
    /* Most words start no key: one lookup says so. A name's initials start none either ("ông
     * V.V.Đ" is no v.v). */
    if (len > 64 || caps_headline_word(c, i) || (capital_letter(c, i) && among_initials(c, i))) {
        return 0;
    }
    if (ticker(c, i)) {
        /* A stock ticker: its letters, not the lexicon's words nor a syllable they make. */
        g_string_truncate(c->buf, 0);
        vi_norm_spell(c, c->buf, w, len);
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    if (letters_heading_code(c, i)) {
        /* "Kh-101" (a code rule_product_code() does not take: not all in capitals) */
        g_string_truncate(c->buf, 0);
        read_code_head(c, i, c->buf);
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    if (name_piece(c, i) && (next = name_piece_key(c, i)) > 0) {
        return next;
    }
    coin_acronym(c, i); /* learns TĐT from "Tổng điều tra" before it */
    retoned = vi_norm_retoned(c, i);
    g_string_truncate(c->scratch, 0);
    vi_text_put(c->scratch, retoned->str, retoned->len);
    if (!vi_lex_abbr_may_start(c->lex, c->scratch->str) &&
        (g_hash_table_size(c->learned_first) == 0 ||
         !g_hash_table_contains(c->learned_first, c->scratch->str))) {
        if (!vi_text_has_upper(w, len)) {
            return 0;
        }
        g_string_truncate(c->scratch, 0);
        vi_text_append_folded(c->scratch, w, len);
        if (!vi_lex_abbr_may_start(c->lex, c->scratch->str)) {
            return 0;
        }
    }
    if (!vi_text_is_upper(w, len) && capital_foreign(c, i) && name_language(c, i) != NULL) {
        return 0; /* a word of a name said by its language's letters ("Al" of "2-1 Al Nassr"
                   * is no "AL" after a number, âm lịch) */
    }
    while (end < c->ntok && end - i < maxk) {
        if (c->tok[end].space && ++spaces > max_spaces) {
            break;
        }
        end++;
    }
    /* A code's letters that no entry reads there ("GS350"), or said as letters before a number
     * with letters after it ("LS460L"), are read with the whole code by rule_code(); a longer
     * key may still hold ("Big4"). An entry that holds there reads them ("BKS81B - 012.42"). */
    shortest = i + 1;
    if (code_letters(c, i)) {
        g_string_truncate(c->buf, 0);
        if (!code_letters_entry(c, i, c->buf) ||
            (vi_norm_joined(c, i + 1, VI_TOK_NUM) && vi_norm_joined(c, i + 2, VI_TOK_WORD) &&
             reading_of_letters(c, c->buf->str, (size_t)g_utf8_strlen(w, (gssize)len)))) {
            shortest = i + 2;
        }
    }
    for (size_t k = end; k >= shortest; k--) {
        if (c->tok[k - 1].type == VI_TOK_SYM) {
            continue;
        }
        if ((next = try_key(c, i, k)) > 0) {
            return next;
        }
    }
    return 0;
}

/* ---------------------------------------------------------------------------------------- */
/* Letters, acronyms and codes                                                               */

/* Are the n ASCII letters of s consonants only (TP, MB, VN: letters to spell, not UP, BIG)? */
static gboolean consonants_only(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (strchr("aeiouy", g_ascii_tolower(s[k])) != NULL) {
            return FALSE;
        }
    }
    return TRUE;
}

/* Is reading the words an acronym of n letters stands for, a word or more for each letter
 * (GPMB "giải phóng mặt bằng"), not a word the letters make (HANOI "Hà Nội", FORD "Pho")? */
static gboolean acronym_reading(const char *reading, size_t n)
{
    GString s = {(char *)reading, strlen(reading), 0};
    return syllables_in(&s) >= n;
}

/* Appends the words the n letters at w stand for by their entry (TT "trung tâm", NH "ngân
 * hàng"), read at token t; FALSE (out unchanged) when no entry expands them into words. */
static gboolean head_words(vi_norm *c, size_t t, const char *w, size_t n, GString *out)
{
    size_t at = out->len;
    char *head = g_strndup(w, n);
    gboolean found = vi_norm_expand(c, out, head, t, t, FALSE);
    g_free(head);
    if (found && !reading_of_letters(c, out->str + at + strspn(out->str + at, " "), n)) {
        return TRUE;
    }
    g_string_truncate(out, at);
    return FALSE;
}

/*
 * Appends to out how word t is said when it is letters run together with a word of the lexicon,
 * all in capitals ("EVNGENCO": e vê nờ gen cô, "EVNHANOI": e vê nờ Hà Nội): two to four
 * letters that are no syllable, spelled, then the rest, four letters or more, by its entry (in
 * any case). Not a word that is pronounceable whole (BIGSHOW goes to the English voice).
 * When the rest is itself an acronym its entry expands (TTVHTT, BTGPMB), the letters before it
 * are said by their entry's words too (trung tâm văn hóa thể thao) or the whole is not split: a listener does not
 * understand "bê tê giải phóng mặt bằng" better than the letters spelled.
 * FALSE (out unchanged) when it is not.
 */
static gboolean letters_and_key(vi_norm *c, size_t t, GString *out)
{
    const char *w = vi_norm_str(c, t);
    size_t len = tok_len(c, t);
    size_t at = out->len;
    if (len < 6 || len > 24 || !vi_text_is_upper(w, len) || caps_pronounceable(w, len)) {
        return FALSE;
    }
    for (size_t k = 0; k < len; k++) {
        if (!g_ascii_isalpha(w[k])) {
            return FALSE;
        }
    }
    for (size_t k = 2; k <= 4 && len - k >= 4; k++) {
        char *rest;
        size_t mid;
        gboolean found;
        if (vi_text_is_syllable(w, k) ||
            !(consonants_only(w, k) ||
              (k >= 3 && consonants_only(w + k - 2, 2)))) {
            continue; /* letters, not a word's start: EVN, PV; not BIG of BIGSHOW */
        }
        rest = g_strndup(w + k, len - k);
        vi_norm_spell(c, out, w, k);
        mid = out->len;
        found = vi_norm_expand(c, out, rest, t, t, FALSE);
        if (found && acronym_reading(out->str + mid, len - k)) {
            /* the rest is an acronym expanded: its head must be words too, or no split */
            g_string_truncate(out, at);
            found = head_words(c, t, w, k, out) && vi_norm_expand(c, out, rest, t, t, FALSE);
        }
        g_free(rest);
        if (found) {
            return TRUE;
        }
        g_string_truncate(out, at);
    }
    return FALSE;
}

/* Is every word of reading the name of a letter (letters.tsv: "vê ô vê", "vê kép tê ô")? */
static gboolean letter_names(vi_norm *c, const char *reading)
{
    static const char alphabet[] = "AĂÂBCDĐEÊFGHIJKLMNOÔƠPQRSTUƯVWXYZ";
    const char *p = reading;
    while (*p != '\0') {
        size_t best = 0;
        for (const char *a = alphabet; *a != '\0'; a = g_utf8_next_char(a)) {
            const char *name = vi_lex_letter(c->lex, g_utf8_get_char(a));
            size_t n = name != NULL ? strlen(name) : 0;
            if (n > best && strncmp(p, name, n) == 0 && (p[n] == ' ' || p[n] == '\0')) {
                best = n; /* the longest name: "vê kép" before "vê" */
            }
        }
        if (best == 0) {
            return FALSE;
        }
        for (p += best; *p == ' '; p++) {
        }
    }
    return p != reading;
}

/* Does reading, an entry's for a key of n letters, say the letters themselves: as a word, in
 * fewer words than letters (RON "rôn"), or by their names (VOV "vê ô vê")? Not when it expands
 * them into the words they stand for (GS "giáo sư", NH "ngân hàng"). */
static gboolean reading_of_letters(vi_norm *c, const char *reading, size_t n)
{
    GString s = {(char *)reading, strlen(reading), 0};
    return syllables_in(&s) < n || letter_names(c, reading);
}

/* Is word t letters of a code, four at most, joined to a number after or before them with
 * nothing between ("GS350", "CB150R", "Kh25", "150NS")? */
static gboolean code_letters(const vi_norm *c, size_t t)
{
    return vi_norm_is(c, t, VI_TOK_WORD) &&
           g_utf8_strlen(vi_norm_str(c, t), (gssize)tok_len(c, t)) <= 4 &&
           (vi_norm_joined(c, t + 1, VI_TOK_NUM) ||
            (t > 0 && !c->tok[t].space && vi_norm_is(c, t - 1, VI_TOK_NUM)));
}

/*
 * Appends how the letters of a code at word t (code_letters()) are said by the lexicon: by an
 * entry whose context holds there (QL1A "quốc lộ", SN1984 "sinh năm", KP4 "khu phố", CK2
 * after "BS"), by the article's own definition, or by an entry that says the letters
 * themselves (VOV2 "vê ô vê", RON92 "rôn"). An entry that expands them into words is no
 * code's reading ("Lexus GS350" is no "giáo sư", "Honda CB150R" no "cán bộ", the train "NH1" no
 * "ngân hàng", the missile "Kh25" no "kế hoạch"): FALSE then, out untouched, and the letters
 * are spelled.
 */
static gboolean code_letters_entry(vi_norm *c, size_t t, GString *out)
{
    size_t at = out->len;
    char *key = g_strndup(vi_norm_str(c, t), tok_len(c, t));
    char *dotted = g_strconcat(key, ".", NULL); /* "NO555" by "No." */
    char *upper = g_utf8_strup(key, -1);        /* "ql32C" by "QL" */
    gboolean found =
        vi_norm_expand_in_context(c, out, key, t) ||
        (vi_norm_joined(c, t + 1, VI_TOK_NUM) && vi_norm_expand_in_context(c, out, dotted, t)) ||
        (!vi_text_is_syllable(key, strlen(key)) && vi_norm_expand_in_context(c, out, upper, t));
    if (!found && vi_norm_expand(c, out, key, t, t, FALSE)) {
        found = g_hash_table_contains(c->learned, key) ||
                reading_of_letters(c, out->str + at, (size_t)g_utf8_strlen(key, -1));
        if (!found) {
            g_string_truncate(out, at);
        }
    }
    g_free(upper);
    g_free(dotted);
    g_free(key);
    return found;
}

/* Appends how a word inside a code is said: its entry (for a code's letters joined to a number,
 * only as code_letters_entry() allows), spelled when it is in capitals or one letter, else as
 * written. */
static void read_code_part(vi_norm *c, size_t t, GString *out)
{
    const char *w = vi_norm_str(c, t);
    size_t len = tok_len(c, t);
    char *key = g_strndup(w, len);
    if (!(code_letters(c, t) ? code_letters_entry(c, t, out)
                             : vi_norm_expand(c, out, key, t, t, FALSE)) &&
        !letters_and_key(c, t, out)) {
        if (vi_text_is_upper(w, len) || g_utf8_strlen(w, (gssize)len) == 1 ||
            !vi_text_is_syllable(w, len)) {
            vi_norm_spell(c, out, w, len);
        } else {
            vi_num_put(out, "");
            vi_text_append_retoned(out, w, len);
        }
    }
    g_free(key);
}

/* Is word i two or three consonant letters, a capital first (VN, DS, Kh, TB, ĐT), not a word
 * (a vowel or a tone mark: Ôn)? */
static gboolean consonant_letters(const vi_norm *c, size_t i)
{
    const char *w;
    size_t n, letters = 0;
    if (!vi_norm_capitalized(c, i) || (n = tok_len(c, i)) > 4) {
        return FALSE;
    }
    w = vi_norm_str(c, i);
    for (const char *p = w; p < w + n; p = g_utf8_next_char(p), letters++) {
        gunichar ch = g_utf8_get_char(p);
        if (!((ch < 0x80 && g_ascii_isalpha((char)ch) && consonants_only(p, 1)) ||
              ch == 0x0110 || ch == 0x0111)) {
            return FALSE;
        }
    }
    return letters >= 2 && letters <= 3;
}

/*
 * Are consonant letters at word i heading a code, at a word's start and joined to a dash and a
 * number (Kh-101, DS-160)? Such letters are the code's, spelled, unless an entry whose context
 * holds there names them (a road: QL-1A, ĐT-741): never by an entry's fallback (Kh-101 is not
 * "kế hoạch", DS-160 not "dược sĩ"). Joined to a number without a dash, code_letters_entry()
 * decides (NV1 among admission words "nguyện vọng một", GS350 "gờ ét").
 */
static gboolean letters_heading_code(const vi_norm *c, size_t i)
{
    return consonant_letters(c, i) && (i == 0 || c->tok[i].space || vi_norm_sym(c, i - 1, '(')) &&
           vi_norm_sym(c, i + 1, '-') && !c->tok[i + 1].space &&
           vi_norm_joined(c, i + 2, VI_TOK_NUM);
}

/* Appends how the letters heading a code are said (letters_heading_code()). */
static void read_code_head(vi_norm *c, size_t i, GString *out)
{
    if (!vi_norm_expand_in_context(c, out, key_of(c, i), i)) {
        vi_norm_spell(c, out, vi_norm_str(c, i), tok_len(c, i));
    }
}

/* Is token t a word of capitals A to Z, six at most (a part of a product code)? */
static gboolean code_capitals(const vi_norm *c, size_t t)
{
    return vi_norm_capitals(c, t, 1, 6);
}

/*
 * Product and model codes joined by dashes: capitals and numbers written together, a dash
 * between parts, a number among them (TX-0, K-85S30, AW-T26D1300TV, DDR5-6400, CN-05, F-22).
 * The first part is said by its entry if one holds there (QL-1A "quốc lộ một a"; TX is "thị
 * xã" only before a name), else spelled; a later part of up to three letters is spelled (TV is
 * "tê vê" inside a code, not "ti vi"), a longer one by its entry if it has one; numbers
 * as they name something (vi_num_name(): "05" is "không năm", 6400 "sáu nghìn bốn trăm"); a
 * grade in Roman numerals after a number is a number (RON95-III: "ba"); the dashes are not said. A code that is a key of the lexicon (COVID-19) is left to it; a code
 * with "/" is a document's or a plate's.
 */
static size_t rule_product_code(vi_norm *c, size_t i)
{
    size_t t, dashes = 0, numbers = 0;
    if (!code_capitals(c, i) || !(i == 0 || c->tok[i].space || vi_norm_sym(c, i - 1, '('))) {
        return 0;
    }
    for (t = i; t < c->ntok && (t == i || !c->tok[t].space) && t - i < 16; t++) {
        if (vi_norm_sym(c, t, '-')) {
            if (t == i || vi_norm_sym(c, t - 1, '-') ||
                !(vi_norm_joined(c, t + 1, VI_TOK_NUM) ||
                  (vi_norm_joined(c, t + 1, VI_TOK_WORD) && code_capitals(c, t + 1)))) {
                return 0;
            }
            dashes++;
        } else if (vi_norm_is(c, t, VI_TOK_NUM)) {
            numbers++;
        } else if (!code_capitals(c, t)) {
            break;
        }
    }
    if (dashes == 0 || numbers == 0 || t - i >= 16 ||
        (t < c->ntok && !c->tok[t].space &&
         (c->tok[t].type != VI_TOK_SYM || vi_norm_sym(c, t, '/') ||
          ((vi_norm_sym(c, t, '.') || vi_norm_sym(c, t, ',')) &&
           vi_norm_joined(c, t + 1, VI_TOK_NUM))))) {
        return 0;
    }
    g_string_truncate(c->scratch, 0);
    g_string_append_len(c->scratch, vi_norm_str(c, i),
                        (gssize)(c->tok[t - 1].end - c->tok[i].start));
    if (vi_lex_abbr(c->lex, c->scratch->str) != NULL) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    for (size_t k = i; k < t; k++) {
        unsigned grade;
        if (vi_norm_is(c, k, VI_TOK_NUM)) {
            vi_num_name(c->buf, vi_norm_str(c, k), tok_len(c, k), c->dialect);
        } else if (k > i && (grade = grade_numeral(c, k)) > 0) {
            vi_num_cardinal_u64(c->buf, grade, c->dialect); /* "RON95-III": "ba" */
        } else if (vi_norm_is(c, k, VI_TOK_WORD)) {
            if (k == i && consonant_letters(c, k)) {
                /* VN-A129, DS-160; a head that is a word keeps its entry (RON95-III) */
                read_code_head(c, k, c->buf);
            } else if (k > i && tok_len(c, k) <= 3) {
                vi_norm_spell(c, c->buf, vi_norm_str(c, k), tok_len(c, k));
            } else {
                read_code_part(c, k, c->buf);
            }
        }
    }
    vi_norm_say_buf(c, i, t - 1);
    c->said = VI_SAID_NUMBER;
    c->said_end = t;
    return t;
}

/*
 * A flight's code after "chuyến bay" (maybe then "số", "số hiệu", "mang số hiệu"): two capitals
 * and three or four digits, joined or apart, are the airline's letters and the number:
 * "chuyến bay số QH1204" -> "quy hát một nghìn hai trăm linh bốn" (QH alone is "quốc hội",
 * NH "ngân hàng", CA "công an").
 */
static size_t rule_flight(vi_norm *c, size_t i)
{
    static const char *const between[] = {"số", "hiệu", "mang"};
    size_t w = i;
    if (!vi_norm_capitals(c, i, 2, 2) || !(i == 0 || c->tok[i].space) ||
        !vi_norm_is(c, i + 1, VI_TOK_NUM) || tok_len(c, i + 1) < 3 || tok_len(c, i + 1) > 4 ||
        vi_norm_joined(c, i + 2, VI_TOK_WORD) || vi_norm_joined(c, i + 2, VI_TOK_NUM) ||
        (vi_norm_is(c, i + 2, VI_TOK_SYM) && !c->tok[i + 2].space &&
         vi_norm_joined(c, i + 3, VI_TOK_NUM))) {
        return 0;
    }
    for (int k = 0; k < 3 && w > 0 &&
                    (vi_norm_word_in(c, w - 1, between, G_N_ELEMENTS(between), TRUE) ||
                     vi_norm_sym(c, w - 1, ':'));
         k++) {
        w--;
    }
    if (w < 2 || !vi_norm_word_is(c, w - 1, "bay", TRUE) ||
        !vi_norm_word_is(c, w - 2, "chuyến", TRUE)) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_norm_spell(c, c->buf, vi_norm_str(c, i), tok_len(c, i));
    vi_num_cardinal(c->buf, vi_norm_str(c, i + 1), tok_len(c, i + 1), c->dialect);
    vi_norm_say_buf(c, i, i + 1);
    c->said = VI_SAID_NUMBER;
    c->said_end = i + 2;
    return i + 2;
}

/*
 * A fishing vessel's number: the province's letters (two or three, two capitals first: QNg,
 * BĐ, ĐNa, KG), four or five digits and "TS" (thủy sản), apart or joined by dashes: "QNg 90479
 * TS", "BT-98144 TS" -> "quy nờ gờ chín không bốn bảy chín tê ét" (TS was "tiến sĩ", BV "bệnh
 * viện", the number a cardinal). Letters with a small one (QNa, QNg: no acronym) joined by a
 * dash to the number need no "TS" ("tàu QNa-1102").
 */
static size_t rule_vessel(vi_norm *c, size_t i)
{
    size_t n = tok_len(c, i), num = i + 1, end;
    size_t k = 0;
    gboolean small = FALSE;
    if (!(i == 0 || c->tok[i].space) || n > 4 || !vi_norm_capitalized(c, i)) {
        return 0;
    }
    if (vi_norm_sym(c, num, '-') && !c->tok[num].space && vi_norm_joined(c, num + 1, VI_TOK_NUM)) {
        num++; /* "BT-98144 TS", "QNa-1102" */
    } else if (!vi_norm_is(c, num, VI_TOK_NUM) || !c->tok[num].space) {
        return 0;
    }
    if (tok_len(c, num) < 4 || tok_len(c, num) > 5) {
        return 0;
    }
    for (const char *p = vi_norm_str(c, i); p < vi_norm_str(c, i) + n;
         p = g_utf8_next_char(p), k++) {
        gunichar ch = g_utf8_get_char(p);
        if (!g_unichar_isalpha(ch) || (k < 2 && !g_unichar_isupper(ch))) {
            return 0; /* two capitals first: "QNg", "BĐ", not a name ("Nam 2025 TS") */
        }
        small = small || g_unichar_islower(ch);
    }
    if (k < 2) {
        return 0;
    }
    end = num + 1;
    if (vi_norm_word_is(c, end, "TS", FALSE) && c->tok[end].space) {
        end++;
    } else if (vi_norm_sym(c, end, '-') && !c->tok[end].space &&
               vi_norm_word_is(c, end + 1, "TS", FALSE) && !c->tok[end + 1].space) {
        end += 2;
    } else if (!(small && num == i + 2)) {
        return 0;
    }
    if (vi_norm_joined(c, end, VI_TOK_WORD) || vi_norm_joined(c, end, VI_TOK_NUM)) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_norm_spell(c, c->buf, vi_norm_str(c, i), n);
    vi_num_digits(c->buf, vi_norm_str(c, num), tok_len(c, num));
    if (end > num + 1) {
        vi_norm_spell(c, c->buf, "TS", 2);
    }
    vi_norm_say_buf(c, i, end - 1);
    c->said = VI_SAID_NUMBER;
    c->said_end = end;
    return end;
}

/*
 * A virus lineage: two to four capitals, then numbers each after a dot (XBB.1.5, NB.1.8.1,
 * BA.2.86, and JN.1 or KP.2 right after "biến thể", "biến chủng", "chủng", "dòng", "nhánh":
 * with one number only there, as "KP.2" elsewhere is an address). The letters are spelled,
 * each dot is "chấm": "ích bê bê chấm một chấm năm" (was a sentence end and a decimal).
 */
static size_t rule_lineage(vi_norm *c, size_t i)
{
    static const char *const kinds[] = {"thể", "chủng", "dòng", "nhánh"};
    size_t t = i + 1;
    size_t dots = 0;
    if (!vi_norm_capitals(c, i, 2, 4) || !(i == 0 || c->tok[i].space || vi_norm_sym(c, i - 1, '('))) {
        return 0;
    }
    while (vi_norm_sym(c, t, '.') && !c->tok[t].space && vi_norm_joined(c, t + 1, VI_TOK_NUM) &&
           tok_len(c, t + 1) <= 3) {
        dots++;
        t += 2;
    }
    if (dots == 0 || (t < c->ntok && !c->tok[t].space &&
                      (vi_norm_is(c, t, VI_TOK_WORD) || vi_norm_is(c, t, VI_TOK_NUM) ||
                       ((vi_norm_sym(c, t, '.') || vi_norm_sym(c, t, ',')) &&
                        vi_norm_joined(c, t + 1, VI_TOK_NUM))))) {
        return 0;
    }
    if (dots == 1 && !(i > 0 && vi_norm_word_in(c, i - 1, kinds, G_N_ELEMENTS(kinds), TRUE))) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_norm_spell(c, c->buf, vi_norm_str(c, i), tok_len(c, i));
    for (size_t k = i + 1; k < t; k += 2) {
        vi_num_put(c->buf, "chấm");
        vi_num_name(c->buf, vi_norm_str(c, k + 1), tok_len(c, k + 1), c->dialect);
    }
    vi_norm_say_buf(c, i, t - 1);
    c->said = VI_SAID_NUMBER;
    c->said_end = t;
    return t;
}

/* "Bồ Đào Nha 1-0 Nga: Ronaldo mở tỷ số (H1)": H1 or H2 alone in brackets, a score read not
 * long before, is the half of the match (hiệp một); so is H1 or H2 before the half's score
 * ("(H1: 2-1)", vi_norm_half_score()). */
static gboolean half_of_match(const vi_norm *c, size_t i)
{
    if (vi_norm_half_score(c, i)) {
        return TRUE;
    }
    if (!vi_norm_word_is(c, i, "H", FALSE) || i == 0 || !vi_norm_sym(c, i - 1, '(') ||
        c->tok[i].space || tok_len(c, i + 1) != 1 ||
        (vi_norm_str(c, i + 1)[0] != '1' && vi_norm_str(c, i + 1)[0] != '2') ||
        !vi_norm_sym(c, i + 2, ')') || c->tok[i + 2].space || c->score_end == 0 ||
        c->score_end >= i || i - c->score_end > 30) {
        return FALSE;
    }
    for (size_t t = c->score_end; t < i; t++) {
        if (vi_norm_sym(c, t, '.') || vi_norm_sym(c, t, '!') || vi_norm_sym(c, t, '?')) {
            return FALSE; /* the score was in another sentence */
        }
    }
    return TRUE;
}

/* Is word i a name in plain letters, a capital then three lowercase letters or more, or a
 * word in capitals that is pronounceable (caps_pronounceable(): PASSION) or English
 * (caps_english_word(): SPORT), that is no Vietnamese syllable (Fold, Note, Nokia; not "Quận",
 * "Ban", "PM", "Covid" alike in capitals)? Joined to a number of four digits at most (Fold7,
 * PASSION002, K+SPORT1) it is said as a word, not spelled. */
static gboolean name_with_number(vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    size_t n = tok_len(c, i);
    if (n < 4 || !g_ascii_isupper(w[0]) || tok_len(c, i + 1) > 4) {
        return FALSE; /* five digits or more: an identifier (Ma12345), read by rule_code() */
    }
    if (caps_pronounceable(w, n) || caps_english_word(c, i)) {
        return !vi_text_is_syllable(w, n); /* "PASSION002": a word in capitals, its number */
    }
    for (size_t k = 1; k < n; k++) {
        if (!g_ascii_islower(w[k])) {
            return FALSE;
        }
    }
    return !vi_text_is_syllable(w, n);
}

/* Letters and digits written together: U23 -> "u hai mươi ba", H5N1, F0, COP28; "x2", "x10"
 * (a lowercase x starting a word, then a number) is "gấp hai"; the age group U.23 as U23. */
static size_t rule_code(vi_norm *c, size_t i)
{
    size_t t;
    if (vi_norm_word_is(c, i, "U", FALSE) && vi_norm_sym(c, i + 1, '.') && !c->tok[i + 1].space &&
        vi_norm_joined(c, i + 2, VI_TOK_NUM) && tok_len(c, i + 2) <= 2 &&
        !vi_norm_joined(c, i + 3, VI_TOK_WORD) && !vi_norm_joined(c, i + 3, VI_TOK_NUM) &&
        !(vi_norm_is(c, i + 3, VI_TOK_SYM) && !c->tok[i + 3].space &&
          vi_norm_joined(c, i + 4, VI_TOK_NUM))) {
        /* "U.23", "U.17": an age group written with a full stop, as U23 */
        g_string_truncate(c->buf, 0);
        read_code_part(c, i, c->buf);
        vi_num_name(c->buf, vi_norm_str(c, i + 2), tok_len(c, i + 2), c->dialect);
        vi_norm_say_buf(c, i, i + 2);
        return i + 3;
    }
    if (!vi_norm_joined(c, i + 1, VI_TOK_NUM)) {
        return 0;
    }
    if (vi_norm_word_is(c, i, "x", FALSE) && (i == 0 || c->tok[i].space) &&
        tok_len(c, i + 1) <= 3 && !vi_norm_joined(c, i + 2, VI_TOK_WORD) &&
        !vi_norm_joined(c, i + 2, VI_TOK_NUM)) {
        g_string_truncate(c->buf, 0);
        vi_num_put(c->buf, "gấp");
        vi_num_cardinal(c->buf, vi_norm_str(c, i + 1), tok_len(c, i + 1), c->dialect);
        vi_norm_say_buf(c, i, i + 1);
        return i + 2;
    }
    if (name_with_number(c, i)) {
        return 0; /* "Fold7", "Note14", "Nokia3310": the name as a word, then the number */
    }
    if (half_of_match(c, i)) {
        g_string_truncate(c->buf, 0);
        vi_num_put(c->buf, "hiệp");
        vi_num_cardinal(c->buf, vi_norm_str(c, i + 1), 1, c->dialect);
        vi_norm_say_buf(c, i, i + 1);
        return i + 2;
    }
    g_string_truncate(c->buf, 0);
    for (t = i; t < c->ntok && (t == i || !c->tok[t].space) && t - i < 12; t++) {
        if (c->tok[t].type == VI_TOK_WORD) {
            read_code_part(c, t, c->buf);
        } else if (c->tok[t].type == VI_TOK_NUM) {
            /* Five digits or more inside a code are an identifier, read digit by digit
             * (BH20250630, ABC12345); fewer name a model (A320, U23). */
            if (tok_len(c, t) >= 5) {
                vi_num_digits(c->buf, vi_norm_str(c, t), tok_len(c, t));
            } else {
                vi_num_name(c->buf, vi_norm_str(c, t), tok_len(c, t), c->dialect);
            }
            /* A decimal that ends the code: "PM2.5", "PM2,5" -> "hai chấm năm". */
            if ((vi_norm_sym(c, t + 1, '.') || vi_norm_sym(c, t + 1, ',')) &&
                !c->tok[t + 1].space && vi_norm_joined(c, t + 2, VI_TOK_NUM) &&
                tok_len(c, t + 2) <= 2 && !vi_norm_joined(c, t + 3, VI_TOK_WORD) &&
                !vi_norm_joined(c, t + 3, VI_TOK_NUM) &&
                !(vi_norm_is(c, t + 3, VI_TOK_SYM) && !c->tok[t + 3].space &&
                  vi_norm_joined(c, t + 4, VI_TOK_NUM))) {
                vi_num_put(c->buf, c->tok[t + 1].ch == '.' ? "chấm" : "phẩy");
                vi_num_digits(c->buf, vi_norm_str(c, t + 2), tok_len(c, t + 2));
                t += 2;
            }
        } else {
            break;
        }
    }
    vi_norm_say_buf(c, i, t - 1);
    return t;
}

/* Token i as a NUL-terminated string in c->key (for lookups). */
static const char *key_of(vi_norm *c, size_t i)
{
    g_string_truncate(c->key, 0);
    g_string_append_len(c->key, vi_norm_str(c, i), (gssize)tok_len(c, i));
    return c->key->str;
}

/* Is an ASCII letter a vowel letter (a, e, i, o, u, y)? */
static gboolean ascii_vowel(char ch)
{
    switch (g_ascii_tolower(ch)) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
        return TRUE;
    default:
        return FALSE;
    }
}

/* Does a word with an acute or grave accent spell what no Vietnamese syllable spells: f, w or
 * z, or a last letter that no Vietnamese syllable ends with (Díaz, Raúl, Jesús, Ángel; not Jút,
 * Kông, nor the Khmer name Thêl: â ê ô ã õ keep a word Vietnamese, but for a j, which no
 * Vietnamese word writes: João, Jô)? */
static gboolean unvietnamese_spelling(const char *w, size_t len)
{
    char last = g_ascii_tolower(w[len - 1]);
    gboolean foreign_letter = FALSE;
    if (memchr(w, 'j', len) != NULL || memchr(w, 'J', len) != NULL) {
        return TRUE;
    }
    /* One pass over the bytes: â ê ô ã õ Â Ê Ô Ã Õ are 0xC3, then one of these. */
    static const char vietnamese_only[] = "\xA2\xAA\xB4\xA3\xB5\x82\x8A\x94\x83\x95";
    for (size_t k = 0; k < len; k++) {
        if ((guchar)w[k] == 0xC3 && k + 1 < len &&
            memchr(vietnamese_only, w[k + 1], sizeof vietnamese_only - 1) != NULL) {
            return FALSE;
        }
        foreign_letter = foreign_letter || memchr("fwzFWZ", w[k], 6) != NULL;
    }
    if (foreign_letter) {
        return TRUE;
    }
    return (unsigned char)w[len - 1] < 0x80 && g_ascii_isalpha(last) &&
           strchr("aeiouycghmnpt", last) == NULL;
}

/* Is an ASCII word a consonant, then "uang" ("Huang", "Guang", "Kuang")? The syllable test
 * takes it for uâng, which Vietnamese writes only in "khuâng" (and "quang" is qu, then ang):
 * it is the pinyin final, said by the English voice. */
static gboolean pinyin_uang(const char *w, size_t len)
{
    size_t onset = len > 1 && (w[1] == 'h' || w[1] == 'H') ? 2 : 1;
    return len == onset + 4 && g_ascii_strncasecmp(w + onset, "uang", 4) == 0 &&
           g_ascii_isalpha(w[0]) && strchr("qQ", w[0]) == NULL &&
           !(onset == 2 && strchr("kK", w[0]) != NULL);
}

/*
 * Is word i a foreign word for the English voice: two letters or more, all of them Latin
 * letters without Vietnamese marks (ASCII, or letters such as é, ö, ñ that Vietnamese does not
 * use), a vowel among them, not a Vietnamese syllable, and not in capitals (acronyms are
 * spelled). "blockchain", "Hodgkin", "Taylor"; not "Hà", "GDP", "xyz".
 */
static gboolean foreign_word(vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    gboolean vowel = FALSE, shared = FALSE, in_vowel = FALSE;
    int groups = 0;
    if (len < 2 || len > 40) {
        return FALSE;
    }
    if (len == 2 && (memcmp(w, "Jr", 2) == 0 || memcmp(w, "Sr", 2) == 0) && i > 0 &&
        c->tok[i].space && vi_norm_capitalized(c, i - 1)) {
        return TRUE; /* the English suffix of a name, with the name ("Donald Trump Jr.",
                      * "Neymar Sr"); no vowel, but the English voice says it */
    }
    /* The letters first: a word with a mark only Vietnamese writes is never foreign, and that
     * is cheap to see; only a word made of plain letters needs the syllable test. A mark that
     * other languages share (é in "José", ó in "António") makes it Vietnamese only when the word
     * has one vowel group: two with a consonant between are no Vietnamese syllable. */
    for (const char *p = w; p < w + len; p = g_utf8_next_char(p)) {
        gunichar ch;
        if ((unsigned char)*p < 0x80) {
            gboolean v;
            if (*p == '\'') {
                continue;
            }
            if (!g_ascii_isalpha(*p)) {
                return FALSE;
            }
            v = ascii_vowel(*p);
            groups += v && !in_vowel;
            in_vowel = v;
            vowel = vowel || v;
            continue;
        }
        ch = g_utf8_get_char(p);
        if (ch == 0x2019) {
            continue; /* "O’Reilly", as "O'Reilly" */
        }
        if (ch >= 0xC0 && ch <= 0xFF) {
            /* Latin-1: the letters Vietnamese writes (à á â ã è é ê ì í ò ó ô õ ù ú ý, in
             * either case) are told by a bit each. */
            static const guint64 vietnamese = 0x263C370F263C370FULL;
            if ((vietnamese >> (ch - 0xC0)) & 1) {
                /* all of them vowels */
                shared = TRUE;
                groups += !in_vowel;
                in_vowel = vowel = TRUE;
                continue;
            }
        }
        {
            /* Letters of other Latin alphabets, but none that Vietnamese writes (the common
             * case, a Vietnamese letter, is told without decomposing it). */
            if ((ch >= 0x1EA0 && ch <= 0x1EF9) || ch > 0x024F || ch == 0x0102 || ch == 0x0103 ||
                ch == 0x0110 || ch == 0x0111 || ch == 0x0128 || ch == 0x0129 || ch == 0x0168 ||
                ch == 0x0169 || ch == 0x01A0 || ch == 0x01A1 || ch == 0x01AF || ch == 0x01B0 ||
                !g_unichar_isalpha(ch) || vi_text_tone(ch) >= 0) {
                return FALSE;
            }
            groups += !in_vowel;
            in_vowel = vowel = TRUE;
        }
    }
    if (shared && groups < 2 && !unvietnamese_spelling(w, len)) {
        return FALSE;
    }
    return vowel && !(vi_text_is_upper(w, len) && g_utf8_strlen(w, (gssize)len) <= 6) &&
           (!vi_norm_syllable(c, i) || pinyin_uang(w, len));
}

/* A unit that is also a syllable ("ha") is the unit after a word that counts or divides:
 * "mỗi ha", "một ha", "nghìn ha", "trên ha" (after a number the amount rules read it). */
static gboolean unit_word_before(const vi_norm *c, size_t i)
{
    static const char *const words[] = {"mỗi", "một", "trên", "vài", "nghìn", "ngàn",
                                        "triệu", "trăm", "chục", "tỷ", "tỉ"};
    return i > 0 && c->tok[i].space && vi_norm_is(c, i - 1, VI_TOK_WORD) &&
           vi_norm_word_in(c, i - 1, words, G_N_ELEMENTS(words), TRUE);
}

/* Is an ASCII word capitals but for one small letter, not the first ("PBoC", "BoJ")? */
static gboolean mostly_capitals(const char *w, size_t len)
{
    size_t small = 0;
    for (size_t k = 0; k < len; k++) {
        if (g_ascii_islower(w[k])) {
            small++;
        } else if (!g_ascii_isupper(w[k])) {
            return FALSE;
        }
    }
    return small == 1 && g_ascii_isupper(w[0]);
}

/* Does a syllable written without marks (n bytes, n >= 1) end in p, t, c or ch
 * (vi_text_stop_final())? */
static gboolean stop_ending(const char *s, size_t n)
{
    return vi_text_stop_final(n >= 2 ? (gunichar)(guchar)s[n - 2] : 0, (guchar)s[n - 1]);
}

/* Does an ASCII word hold "ck", which no Vietnamese syllable ends or starts with ("Beckham")? */
static gboolean has_ck(const char *w, size_t len)
{
    for (size_t k = 0; k + 1 < len; k++) {
        if (g_ascii_tolower(w[k]) == 'c' && g_ascii_tolower(w[k + 1]) == 'k') {
            return TRUE;
        }
    }
    return FALSE;
}

/* Does an ASCII word hold "ee" or "oo" outside the rhymes "oong", "ooc" (xoong, moóc)? Run
 * together from Vietnamese syllables a word almost never doubles them; English often does
 * ("room", "root", "feed"). */
static gboolean has_english_double(const char *w, size_t len)
{
    for (size_t k = 0; k + 1 < len; k++) {
        char a = g_ascii_tolower(w[k]);
        if ((a == 'e' || a == 'o') && g_ascii_tolower(w[k + 1]) == a &&
            !(a == 'o' && k + 2 < len &&
              (g_ascii_tolower(w[k + 2]) == 'c' ||
               (k + 3 < len && g_ascii_tolower(w[k + 2]) == 'n' &&
                g_ascii_tolower(w[k + 3]) == 'g')))) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * Could an ASCII word be Vietnamese written without its marks, letter by letter? Not when a
 * consonant, "y" and a vowel follow each other ("Ryan", "Kyo": the y of English, Korean; a
 * Vietnamese y after a consonant ends its syllable or comes after u), nor "y" before a, o, u but
 * after u ("khuya"; not "Yagi"), nor when it doubles a consonant that does not start a digraph
 * ("Emmy", "Anna"; "Viettel" is in the lexicon).
 */
static gboolean vietnamese_letters(const char *w, size_t len)
{
    for (size_t k = 0; k + 1 < len; k++) {
        /* y before a, o, u only after u ("khuya"): not "Yagi", "Maya", "Yoko". */
        if (g_ascii_tolower(w[k]) == 'y' && strchr("aou", g_ascii_tolower(w[k + 1])) != NULL &&
            w[k + 1] != '\0' && (k == 0 || g_ascii_tolower(w[k - 1]) != 'u')) {
            return FALSE;
        }
    }
    for (size_t k = 1; k + 1 < len; k++) {
        char a = g_ascii_tolower(w[k - 1]), b = g_ascii_tolower(w[k]), n = g_ascii_tolower(w[k + 1]);
        if (b == 'y' && !ascii_vowel(a) && ascii_vowel(n)) {
            return FALSE;
        }
        if (a == b && !ascii_vowel(a) && n != 'h' && n != 'g') {
            return FALSE;
        }
    }
    return TRUE;
}

/*
 * Is a piece of a split word (ASCII, no marks) a syllable Vietnamese says without its marks?
 * A syllable ending in p, t, c or ch always carries sắc or nặng, so without a mark it is no
 * Vietnamese at all (espeak-ng's Vietnamese voice even says "cap", "lip", "nat" with its English
 * rules); nor is one ending in "ie" or "ye" (the rhyme iê always has a final); c is not
 * written before e, i, y (k is), k not before a, o, u (c is), g not before e (gh is), gh and ngh
 * only before e, i, y.
 */
static gboolean toneless_syllable(const char *s, size_t n)
{
    char last = g_ascii_tolower(s[n - 1]);
    char a = g_ascii_tolower(s[0]), b = n > 1 ? g_ascii_tolower(s[1]) : '\0';
    /* The letter after gh or ngh. */
    char after_gh = n > 2 && a == 'g' && b == 'h' ? g_ascii_tolower(s[2])
                    : n > 3 && a == 'n' && b == 'g' && g_ascii_tolower(s[2]) == 'h'
                        ? g_ascii_tolower(s[3])
                        : '\0';
    if (stop_ending(s, n) || pinyin_uang(s, n)) {
        return FALSE;
    }
    if (n >= 2 && last == 'e' && strchr("iy", g_ascii_tolower(s[n - 2])) != NULL) {
        return FALSE; /* iê, yê always end in a consonant or u: "nie" of "Tronie" is none */
    }
    if (n >= 3 && last == 'o' && g_ascii_tolower(s[n - 2]) == 'u' &&
        strchr("qh", g_ascii_tolower(s[n - 3])) == NULL) {
        return FALSE; /* uô always ends in a consonant or i ("Suo" of pinyin "Suocheng"); "thuở",
                       * "huơ", "quơ" are u and ơ */
    }
    if (n >= 3 && a == 'g' && b == 'u' && g_ascii_tolower(s[2]) == 'e') {
        return FALSE; /* no Vietnamese syllable is g and uê: "gue" of "Ligue", "Guehi" */
    }
    if ((a == 'c' && (b == 'e' || b == 'i' || b == 'y')) ||
        (a == 'k' && (b == 'a' || b == 'o' || b == 'u')) || (a == 'g' && b == 'e') ||
        (after_gh != '\0' && strchr("aou", after_gh) != NULL) ||
        (a == 'n' && b == 'g' && n > 2 && strchr("ei", g_ascii_tolower(s[2])) != NULL)) {
        return FALSE;
    }
    return TRUE;
}

/* Does every capital of a split word start its piece (not "Lin ke dIn" of "LinkedIn", whose
 * capital says where the writer cut it)? */
static gboolean capitals_start_pieces(const GString *s)
{
    for (size_t k = 1; k < s->len; k++) {
        if (g_ascii_isupper(s->str[k]) && s->str[k - 1] != ' ') {
            return FALSE;
        }
    }
    return TRUE;
}

/* Does every piece of a split word start with a capital ("Doc Bao" of "#DocBao")? Then the
 * writer cut it into words, each a word of Vietnamese written without its marks. */
static gboolean camel_pieces(const GString *s)
{
    for (size_t k = 0; k < s->len; k++) {
        if ((k == 0 || s->str[k - 1] == ' ') && !g_ascii_isupper(s->str[k])) {
            return FALSE;
        }
    }
    return syllables_in(s) >= 2;
}

/* Is a piece of a split word n, x or ch and i, or l and i as the first piece, as pinyin and
 * Thai write a syllable before "ang" (Liang, Niang, Xiang, Chiang)? */
static gboolean pinyin_i(const char *s, size_t n, gboolean first)
{
    return (n == 2 && strchr(first ? "lnxLNX" : "nxNX", s[0]) != NULL &&
            g_ascii_tolower(s[1]) == 'i') ||
           (n == 3 && g_ascii_strncasecmp(s, "chi", 3) == 0);
}

/*
 * Are the pieces of a split word (words of a phrase) all toneless_syllable(), and is the last,
 * after others, not a consonant and "ia" as Latin names end ("Melia", "Colombia"; "chia",
 * "gia", "khia" are Vietnamese: "Campuchia")?
 */
static gboolean toneless_pieces(const GString *s)
{
    size_t start = 0;
    for (size_t k = 0; k <= s->len; k++) {
        if (k == s->len || s->str[k] == ' ') {
            if (k > start && !toneless_syllable(s->str + start, k - start)) {
                return FALSE;
            }
            if (k < s->len && pinyin_i(s->str + start, k - start, start == 0) &&
                g_ascii_strncasecmp(s->str + k + 1, "ang", 3) == 0) {
                return FALSE; /* "Li ang", "Xi ang", "Chi ang": the pinyin final iang (Liang,
                               * Xiang, Chiang Rai); no Vietnamese rhyme is i and ang ("Giang"
                               * is gi and ang; "Langbiang", "Liliang" of the Central
                               * Highlands keep their Bi ang, Li ang) */
            }
            if (k == s->len && start > 0 && k - start == 3 &&
                strchr("lrnsdbvmpt", g_ascii_tolower(s->str[start])) != NULL &&
                g_ascii_strncasecmp(s->str + start + 1, "ia", 2) == 0) {
                return FALSE;
            }
            start = k + 1;
        }
    }
    return TRUE;
}

/*
 * Gives the syllables of a foreign name or loanword run together from Vietnamese ones
 * (run_together(), caps_word(); two syllables or more) the letters the languages they come from
 * say: a syllable ending in a bare "o" or "e" after a consonant ends in "ô" or "ê" ("Mi la no"
 * -> "Mi la nô", "To le do" -> "Tô lê đô", POCO "pô cô"; round 10, in small letters too:
 * saponin "sa pô nin", piano, moto "mô tô", demo "đê mô", retro), as Vietnamese readers say
 * Milano, Toledo and write these loanwords (xa-pô-nin, mô-tô); Vietnamese "o" and "e" are the
 * open vowels of "cò", "bé", which none of those languages has at the end of a syllable. The
 * few loanwords Vietnamese says with the open vowel (calo, laser "la de", clo) are names.tsv
 * entries. A syllable of a loanword in small letters that starts with d starts with "đ", as
 * Vietnamese writes the d of other languages (demo "đê mô", domino, soda "sô đa"); a name keeps
 * its letter (but not a later syllable of a name of three or more), as a Vietnamese name
 * written without marks may have either. One syllable ("Do",
 * "me") is Vietnamese, and so is a word in small letters that holds nh, kh, gh, oa, oe, uy or
 * uo ("do doanh" of a crawler's "dodoanh").
 */
static void foreign_letters(GString *out)
{
    /* Letters only Vietnamese writes: a word in small letters holding them is Vietnamese run
     * together (a crawler's "dodoanh"), not a loanword. */
    static const char *const vietnamese_only[] = {"nh", "kh", "gh", "oa", "oe", "uy", "uo"};
    if (out->len == 0 || strchr(out->str, ' ') == NULL) {
        return;
    }
    for (size_t k = 0; k < G_N_ELEMENTS(vietnamese_only) && g_ascii_islower(out->str[0]); k++) {
        if (strstr(out->str, vietnamese_only[k]) != NULL) {
            return;
        }
    }
    gboolean small = g_ascii_islower(out->str[0]);
    /* A name of three syllables or more run together is no Vietnamese name written without
     * marks (those are written apart): the d starting a later syllable is đ too ("Ramadan" "Ra
     * ma đan", "Machado", "Maradona"). */
    gboolean long_name = !small && syllables_in(out) >= 3;
    for (size_t k = small ? 0 : 1; k < out->len; k++) {
        char ch = out->str[k];
        gboolean end = k + 1 == out->len || out->str[k + 1] == ' ';
        char before = k > 0 ? out->str[k - 1] : ' ';
        if ((small || long_name) && ch == 'd' && before == ' ') {
            /* A loanword in small letters: its d is the d of the language it comes from, which
             * Vietnamese writes đ (demo "đê mô", podium "pô đi um", soda); Vietnamese d is z. */
            g_string_erase(out, (gssize)k, 1);
            g_string_insert(out, (gssize)k, "đ");
            k += strlen("đ") - 1;
            continue;
        }
        if (end && (ch == 'o' || ch == 'e' || ch == 'O' || ch == 'E') &&
            ((g_ascii_isalpha(before) && !ascii_vowel(before)) ||
             (k >= 2 && memcmp(out->str + k - 2, "đ", 2) == 0))) {
            const char *mark = ch == 'o' ? "ô" : ch == 'e' ? "ê" : ch == 'O' ? "Ô" : "Ê";
            g_string_erase(out, (gssize)k, 1);
            g_string_insert(out, (gssize)k, mark);
            k += strlen(mark) - 1;
        }
    }
}

/*
 * Appends to out (empty) the Vietnamese syllables a foreign-looking word i is run together from
 * ("Saigon" -> "Sai gon", "Putin" -> "Pu tin"): at most four, of two letters or more, each one
 * Vietnamese says without marks (toneless_pieces(): not "Viet cap", "At le ti co", "Ci pu
 * tra", "Me lia"), in letters Vietnamese writes so (vietnamese_letters(): not "Ry an", "Em
 * my"), and not a word that ends like English ("Rate"), holds "ck" or doubles "e" or "o"
 * ("room"). A word the writer cut with capitals ("DocBao") is taken as it is cut, and one
 * whose split does not cut it there is none ("LinkedIn"). FALSE (out emptied) when it is not
 * one.
 */
static gboolean run_together(vi_norm *c, size_t i, GString *out)
{
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    if (len <= 20 && !english_silent_e(w, len) && !english_ion(w, len) && !has_ck(w, len) &&
        !has_english_double(w, len) && vietnamese_letters(w, len) && segment(w, len, out) &&
        syllables_in(out) <= 4 && shortest_word(out) >= 2 && capitals_start_pieces(out) &&
        (toneless_pieces(out) || camel_pieces(out))) {
        return TRUE;
    }
    g_string_truncate(out, 0);
    return FALSE;
}

/*
 * Does a split into syllables (caps_word()) cut a run of vowels where no brand of Vietnamese
 * syllables does: a vowel alone as a syllable after the first, y aside (NOAA "noa a", AEON "a e on",
 * REAGAN "rê a gan", EMEA "e mê a"), a vowel after the same one (AMRAAM "am ra am", IIASA "i ia
 * sa"), or, when the English voice can say the word (english TRUE: caps_pronounceable()), any
 * syllable that starts with a vowel after one that ends with a vowel (ASIAN "a si an", INDIAN;
 * LION "li on", which English cannot say as a word in capitals, keeps its syllables)?
 */
static gboolean split_vowels(const GString *s, gboolean english)
{
    for (size_t k = 1; k + 1 < s->len; k++) {
        char before = s->str[k - 1], after = s->str[k + 1];
        gboolean alone = (k + 2 == s->len || s->str[k + 2] == ' ') && after != 'y';
        if (s->str[k] == ' ' && ascii_vowel(after) &&
            (alone || (ascii_vowel(before) && (english || before == after)))) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * Appends to out (empty) the syllables of a word in ASCII capitals of four letters or more that
 * is read as a word, not spelled: it splits into two to four syllables Vietnamese says without
 * marks (toneless_pieces(), vietnamese_letters(); a vowel alone may be one: AQUA "a qua", NATO
 * "na to"), one of two letters or more, and does not end like English (LIVE). Acronyms have
 * too few vowels to split so (UBND, VNPT, OPEC, ICBM). FALSE (out emptied) when it is not one.
 */
static gboolean caps_word(const char *w, size_t len, GString *out)
{
    char lower[16];
    for (size_t k = 0; k < len; k++) {
        if (!g_ascii_isupper(w[k])) {
            return FALSE;
        }
        lower[k] = g_ascii_tolower(w[k]);
    }
    if (!english_silent_e(lower, len) && vietnamese_letters(lower, len) &&
        !has_english_double(lower, len) && !vi_text_is_syllable(lower, len) &&
        segment(lower, len, out) && syllables_in(out) >= 2 && syllables_in(out) <= 4 &&
        out->len - syllables_in(out) + 1 > syllables_in(out) && toneless_pieces(out) &&
        !split_vowels(out, caps_pronounceable(w, len))) {
        return TRUE;
    }
    g_string_truncate(out, 0);
    return FALSE;
}

/* Is an ASCII consonant cluster of two letters one that starts (onset TRUE) or ends an English
 * syllable? */
static gboolean english_cluster(const char *s, gboolean onset)
{
    static const char onsets[] = "bl br ch cl cr dr fl fr gl gr kl kr ph pl pr sc sh sk sl sm sn "
                                 "sp st sw th tr wh";
    static const char codas[] = "ch ck ct ft ld lf lk lm lp lt mp nd ng nk ns nt ps pt rb rc rd "
                                "rk rm rn rp rs rt sh sk sp st th";
    const char *list = onset ? onsets : codas;
    size_t n = onset ? sizeof onsets - 1 : sizeof codas - 1;
    for (size_t k = 0; k + 2 <= n; k += 3) {
        if (list[k] == g_ascii_tolower(s[0]) && list[k + 1] == g_ascii_tolower(s[1])) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * Could an ASCII word be said as an English word: its consonants before the first vowel, after
 * the last and between two vowels are clusters English words have (an onset of english_cluster()
 * or "s" before one: "str"; a coda of english_cluster() or a doubled l, s, f, z, with or without
 * an "s" after it: "nds", "wall";
 * at most four between vowels)? Not "enzc", "sotttt", "tsdaucap", which a listener hears only as
 * their letters. y is a vowel here.
 */
static gboolean english_shaped(const char *w, size_t len)
{
    size_t k = 0;
    gboolean vowel = FALSE;
    while (k < len) {
        size_t start = k;
        while (k < len && !ascii_vowel(w[k])) {
            k++;
        }
        size_t n = k - start;
        if (n == 0) {
            vowel = TRUE;
            k++;
            continue;
        }
        if (start == 0 && k < len) {
            if (n > 3 || (n == 2 && !english_cluster(w, TRUE)) ||
                (n == 3 && !(g_ascii_tolower(w[0]) == 's' && english_cluster(w + 1, TRUE)))) {
                return FALSE;
            }
        } else if (k == len) {
            gboolean plural = n >= 2 && g_ascii_tolower(w[k - 1]) == 's';
            size_t core = plural ? n - 1 : n;
            gboolean doubled = core == 2 && g_ascii_tolower(w[start]) == g_ascii_tolower(w[start + 1]) &&
                               strchr("lsfz", g_ascii_tolower(w[start])) != NULL;
            if (core > 2 || (core == 2 && !doubled && !english_cluster(w + start, FALSE)) ||
                (core == 1 && strchr("qj", g_ascii_tolower(w[start])) != NULL)) {
                return FALSE;
            }
        } else if (n > 4) {
            return FALSE;
        }
    }
    return vowel;
}

/*
 * Is a word in ASCII capitals (four to ten) pronounceable as a word rather than a row of letters:
 * two vowel groups or more (y before a vowel is a consonant), none of more than two vowels, and
 * consonants between them of at most two, starting and ending the word as English may (YAGI,
 * RAPID, DOJI, README; not UBND, SARS, IELTS, OECD, BIDV)? The English voice says such a name
 * as a word.
 */
static gboolean caps_pronounceable(const char *w, size_t len)
{
    size_t groups = 0, run = 0, k = 0;
    gboolean vowel_before = FALSE;
    if (len < 4 || len > 10) {
        return FALSE;
    }
    while (k < len) {
        size_t start = k;
        gboolean vowel;
        char ch = g_ascii_tolower(w[k]);
        if (!g_ascii_isupper(w[k])) {
            return FALSE;
        }
        vowel = strchr("aeiou", ch) != NULL ||
                (ch == 'y' && !(k + 1 < len && strchr("aeiou", g_ascii_tolower(w[k + 1]))));
        if (vowel) {
            groups += !vowel_before;
            run = vowel_before ? run + 1 : 1;
            if (run > 2 || (run == 2 && ch == g_ascii_tolower(w[k - 1]) &&
                            (ch == 'i' || ch == 'u' || (ch == 'a' && k + 1 == len)))) {
                return FALSE; /* three vowels, i or u doubled, or aa at the end (OFSAA, IIHS:
                               * letters; English has aa inside a word, bazaar, AMRAAM, but
                               * never at its end) */
            }
            vowel_before = TRUE;
            k++;
            continue;
        }
        while (k < len && g_ascii_isupper(w[k]) &&
               strchr("aeiou", g_ascii_tolower(w[k])) == NULL &&
               !(g_ascii_tolower(w[k]) == 'y' &&
                 !(k + 1 < len && strchr("aeiou", g_ascii_tolower(w[k + 1]))))) {
            k++;
        }
        if (k - start > 2 || (k - start == 2 && start == 0 && !english_cluster(w, TRUE)) ||
            (k - start == 2 && k == len && !english_cluster(w + start, FALSE)) ||
            (k - start == 1 && k == len && g_ascii_tolower(w[start]) == 'q')) {
            return FALSE;
        }
        vowel_before = FALSE;
    }
    return groups >= 2;
}

/* Is word j capitalized, foreign-looking, no entry of the lexicons (which respell it) and not
 * the first word of one of two words here ("Volodymyr" of "Volodymyr Zelensky")? */
static gboolean capital_foreign(vi_norm *c, size_t j)
{
    gboolean starts;
    if (!vi_norm_capitalized(c, j) || !foreign_word(c, j) ||
        vi_lex_abbr(c->lex, key_of(c, j)) != NULL) {
        return FALSE;
    }
    for (size_t k = 0; k < c->key->len; k++) {
        c->key->str[k] = g_ascii_tolower(c->key->str[k]);
    }
    if (vi_lex_abbr(c->lex, c->key->str) != NULL) {
        return FALSE; /* found in another case, as the abbreviation rule finds it ("App") */
    }
    starts = vi_lex_abbr_may_start(c->lex, c->key->str) && vi_norm_is(c, j + 1, VI_TOK_WORD) &&
             c->tok[j + 1].space;
    if (starts) {
        /* The name it starts is the lexicon's only when the next word completes it. */
        g_string_truncate(c->key, 0);
        append_tokens(c, c->key, j, j + 2);
        starts = vi_lex_abbr(c->lex, c->key->str) != NULL;
    }
    return !starts;
}

/* How many Vietnamese syllables word j runs together from (run_together()), or 0 when it does
 * not; c->scratch is left empty. */
static size_t run_together_syllables(vi_norm *c, size_t j)
{
    size_t n;
    g_string_truncate(c->scratch, 0);
    n = run_together(c, j, c->scratch) ? syllables_in(c->scratch) : 0;
    g_string_truncate(c->scratch, 0);
    return n;
}

/* Is word j a capitalized word the English voice will say ("Silva", "League"):
 * capital_foreign() and not run together from syllables? */
static gboolean english_name(vi_norm *c, size_t j)
{
    return capital_foreign(c, j) && run_together_syllables(c, j) == 0 &&
           !vi_place_word(c, j, NULL) && name_language(c, j) == NULL;
}

/* Is token j a word of a name: capitalized, not in capitals, all ASCII letters (a foreign word,
 * a lexicon name, a Vietnamese word written without marks: "Kim", "Real", "Kardashian"), or a
 * brand with one small letter before its capital ("iPhone", "iPad", "eBay"; not "iOS", "mRNA")? */
static gboolean name_word(vi_norm *c, size_t j)
{
    const char *w = vi_norm_str(c, j);
    size_t len = tok_len(c, j);
    gboolean small_first = len >= 3 && g_ascii_islower(w[0]) && g_ascii_isupper(w[1]) &&
                           g_ascii_islower(w[2]);
    if (!vi_norm_is(c, j, VI_TOK_WORD) || !(g_ascii_isupper(w[0]) || small_first) || len < 2 ||
        vi_text_is_upper(w, len) || vi_norm_word_is(c, j, "Vua", FALSE) ||
        (j == 0 && (vi_norm_word_is(c, j, "Video", FALSE) || vi_norm_word_is(c, j, "Clip", FALSE)))) {
        /* "Vua Charles": the Vietnamese title is no word of the name; nor is a headline's label
         * opening the text ("Video Bayern ngược dòng", "Clip Sanchez bừng sáng") */
        return FALSE;
    }
    for (size_t k = 1; k < len; k++) {
        if (k + 3 <= len && memcmp(w + k, "\xE2\x80\x99", 3) == 0) {
            k += 2; /* ’, as in "O’Reilly" */
        } else if (!g_ascii_isalpha(w[k]) && w[k] != '\'') {
            return FALSE;
        }
    }
    return TRUE;
}

/* Is word j the first part of a web name, a full stop and a word joined to it ("Ask.com")? */
static gboolean web_name_head(vi_norm *c, size_t j)
{
    return vi_norm_sym(c, j + 1, '.') && !c->tok[j + 1].space &&
           vi_norm_joined(c, j + 2, VI_TOK_WORD);
}

/* The token before (d < 0) or after (d > 0) word j, a space or a hyphen between, that may be a
 * word of the same name, or G_MAXSIZE. A web name is a name of its own: "Trang Ask.com", "Theo
 * Capital.com" do not join the word before it to the English run. */
static size_t beside_word(vi_norm *c, size_t j, int d)
{
    size_t k;
    if (d < 0) {
        if (c->tok[j].space && web_name_head(c, j)) {
            return G_MAXSIZE;
        }
        if (j >= 1 && c->tok[j].space) {
            k = j - 1;
        } else if (j >= 2 && vi_norm_sym(c, j - 1, '-') && !c->tok[j - 1].space) {
            k = j - 2;
        } else {
            return G_MAXSIZE;
        }
    } else if (j + 1 < c->ntok && c->tok[j + 1].space) {
        k = j + 1;
        if (web_name_head(c, k)) {
            return G_MAXSIZE;
        }
    } else if (vi_norm_sym(c, j + 1, '-') && !c->tok[j + 1].space &&
               vi_norm_joined(c, j + 2, VI_TOK_WORD)) {
        k = j + 2;
    } else {
        return G_MAXSIZE;
    }
    return k;
}

/* The word of a name (name_word()) before (d < 0) or after (d > 0) word j (beside_word()), or
 * G_MAXSIZE. */
static size_t name_neighbour(vi_norm *c, size_t j, int d)
{
    size_t k = beside_word(c, j, d);
    return k != G_MAXSIZE && name_word(c, k) ? k : G_MAXSIZE;
}

/* Is letters key[0..l) an English word of webwords.tsv? */
static gboolean english_word_at(vi_norm *c, const char *key, size_t l)
{
    const char *reading = vi_lex_webword(c->lex, key, l);
    return reading != NULL && *reading == '\0';
}

/* Is word j an English word of webwords.tsv ("Store", "Online"; no Vietnamese reading)? */
static gboolean english_webword(vi_norm *c, size_t j)
{
    g_string_truncate(c->key, 0);
    vi_text_append_folded(c->key, vi_norm_str(c, j), tok_len(c, j));
    return english_word_at(c, c->key->str, c->key->len);
}

/*
 * Are word j of a name and every word of it after j (three at most) English words of
 * webwords.tsv: a brand's product or service after its name ("Apple Store Online", "Amazon Web
 * Services"), not a person or a name of its own ("Apple Tim Cook", "Nga Sergei Lavrov")?
 */
static gboolean english_words_to_end(vi_norm *c, size_t j)
{
    for (int n = 0; n < 3 && j != G_MAXSIZE; n++) {
        if (!english_webword(c, j)) {
            return FALSE;
        }
        j = name_neighbour(c, j, 1);
    }
    return j == G_MAXSIZE;
}

/*
 * Does the English voice say a word of the name around words first..last: capitalized words
 * (name_word()) joined by spaces or hyphens, up to four on each side? Then the whole name is said
 * by it ("Diego Silva", "European Super League", "Poveda-Ocampo", "Kim Kardashian", "Song Hye
 * Kyo", "Fumio Kishida", "New York Times"), never split between two voices. A Vietnamese name
 * between (in_vietnamese_name()) ends the search: "Ho Chi Minh City" keeps Ho Chi Minh. For a lexicon name
 * (lexicon TRUE) only one word after it counts, and only when no name word follows that one:
 * a name of two words or more after it is a name of its own (a country before its minister,
 * "Australia Anthony Albanese"), one word completes it ("New York Times", "Taseco Land").
 */
static gboolean in_vietnamese_name(vi_norm *c, size_t i);

/* The first (d < 0) or last (d > 0) word of the name around word j (name_neighbour(), four
 * words at most on each side). */
static size_t name_end(vi_norm *c, size_t j, int d)
{
    size_t k;
    for (int n = 0; n < 4 && (k = name_neighbour(c, j, d)) != G_MAXSIZE; n++) {
        j = k;
    }
    return j;
}

static gboolean name_has_english(vi_norm *c, size_t first, size_t last, gboolean lexicon)
{
    size_t j = first;
    /* A Vietnamese name of two words or more inside an English one ("Sun World Bà Đen
     * Mountain", "Park Hyatt Phú Quốc Residences"): a word after it that is no Vietnamese
     * syllable is the English name's when the words before it are. One such name is crossed,
     * and not for a lexicon name. */
    gboolean crossed = lexicon || vi_norm_syllable(c, first);
    for (int n = 0; n < 4; n++) {
        size_t k = beside_word(c, j, -1), past = j;
        int words = 0;
        while (!crossed && words < 4 && k != G_MAXSIZE && vi_norm_capitalized(c, k) &&
               in_vietnamese_name(c, k)) {
            past = k;
            k = beside_word(c, past, -1);
            words++;
        }
        if (words >= 2) {
            crossed = TRUE;
            j = past;
        }
        if ((j = name_neighbour(c, j, -1)) == G_MAXSIZE || in_vietnamese_name(c, j)) {
            break;
        }
        if (english_name(c, j)) {
            return TRUE;
        }
    }
    if (lexicon && first > 0 && c->tok[first].space) {
        /* "Thủ tướng Australia Albanese", "Tổng thống Ukraine Zelensky": after a title the
         * lexicon name is a country, and the name after it a person of its own. */
        static const char *const titles[] = {"tướng", "thống", "trưởng", "tịch", "vương",
                                             "sứ", "vua", "hoàng"};
        if (vi_norm_word_in(c, first - 1, titles, G_N_ELEMENTS(titles), TRUE)) {
            return FALSE;
        }
    }
    j = last;
    for (int n = 0; n < 4; n++) {
        if ((j = name_neighbour(c, j, 1)) == G_MAXSIZE || in_vietnamese_name(c, j)) {
            break;
        }
        if (lexicon) {
            /* Two English words or more of webwords.tsv complete it too, though the first has
             * a reading of its own, when the English voice says the last ("Saudi Pro League",
             * "Hong Kong Premier League"; not "Paris Auto Show", all said in syllables). */
            size_t end = name_end(c, j, 1);
            return (english_name(c, j) || (end != j && english_name(c, end))) &&
                   (end == j || english_words_to_end(c, j));
        }
        if (english_name(c, j)) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * Is capitalized word i part of a name the English voice says (name_has_english(), or after
 * "The": "The Lancet")?
 */
static gboolean beside_english_name(vi_norm *c, size_t i)
{
    if (!vi_norm_capitalized(c, i)) {
        return FALSE;
    }
    if (i > 0 && c->tok[i].space && vi_norm_word_is(c, i - 1, "The", FALSE)) {
        return TRUE; /* "The Lancet" */
    }
    return name_word(c, i) && name_has_english(c, i, i, FALSE);
}

/*
 * Is capitalized word i next to another capitalized word of a name that is in no lexicon and
 * runs together two Vietnamese syllables or more ("Dato Hamidin", "Laguna Seca")? Vietnamese
 * written without marks hardly puts two such words side by side; foreign names do, and their
 * letters are not said the Vietnamese way (d is not /z/), so the English voice says both.
 */
static gboolean beside_run_together(vi_norm *c, size_t i)
{
    if (!name_word(c, i)) {
        return FALSE;
    }
    for (int d = -1; d <= 1; d += 2) {
        size_t j = name_neighbour(c, i, d);
        if (j != G_MAXSIZE && capital_foreign(c, j) && run_together_syllables(c, j) >= 2) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Is token k "và" or "and" after a space, joining the last item of a list? */
static gboolean list_and(vi_norm *c, size_t k)
{
    return k < c->ntok && c->tok[k].space &&
           (vi_norm_word_is(c, k, "và", TRUE) || vi_norm_word_is(c, k, "and", FALSE));
}

/* Is token k a comma or semicolon joined to the word before it, between items of a list? */
static gboolean list_comma(const vi_norm *c, size_t k)
{
    return (vi_norm_sym(c, k, ',') || vi_norm_sym(c, k, ';')) && !c->tok[k].space;
}

/* The last (d < 0) or first (d > 0) word of the name before or after the list item that starts
 * or ends at word j: a comma or semicolon joined to the word before it, or "và", "and", or both
 * between them, then a space ("Ake, Gakpo", "Lloris; Sidibe", "Ayhan và Yildiz"); else
 * G_MAXSIZE. */
static size_t list_neighbour(vi_norm *c, size_t j, int d)
{
    size_t k;
    if (d < 0) {
        if (j < 2 || !c->tok[j].space) {
            return G_MAXSIZE;
        }
        k = j - 1;
        if (list_and(c, k)) {
            k--;
        }
        if (list_comma(c, k)) {
            k--;
        } else if (!list_and(c, j - 1)) {
            return G_MAXSIZE;
        }
    } else {
        k = j + 1;
        if (list_comma(c, k)) {
            k++;
        } else if (!list_and(c, k)) {
            return G_MAXSIZE;
        }
        if (list_and(c, k) && k == j + 2) {
            k++; /* ", và" */
        } else if (k == j + 1) {
            k++; /* "và" alone */
        }
        if (k >= c->ntok || !c->tok[k].space) {
            return G_MAXSIZE;
        }
    }
    return k < c->ntok && name_word(c, k) ? k : G_MAXSIZE;
}

typedef enum { ITEM_OTHER, ITEM_ENGLISH, ITEM_RESPELLED } list_item;

/* How the name first..last of a list is said: by the English voice when a word of it is
 * (english_name()), respelled when a word no lexicon knows runs together from Vietnamese
 * syllables or is said by its language's letters, else neither (a lexicon name, a Vietnamese
 * name). */
static list_item item_kind(vi_norm *c, size_t first, size_t last)
{
    list_item kind = ITEM_OTHER;
    for (size_t j = first; j != G_MAXSIZE; j = name_neighbour(c, j, 1)) {
        if (english_name(c, j)) {
            return ITEM_ENGLISH;
        }
        if (capital_foreign(c, j) &&
            (run_together_syllables(c, j) > 0 || name_language(c, j) != NULL)) {
            kind = ITEM_RESPELLED;
        }
        if (j >= last) {
            break;
        }
    }
    return kind;
}

/*
 * Is capitalized word i, a foreign word run together from Vietnamese syllables (run_together()),
 * an item of a list of foreign names most of which the English voice says: names of a word or a
 * few side by side, joined by commas, semicolons or "và" ("Gakpo, Depay, Weghorst", "Yuksek,
 * Ayhan và Yildiz"), three at least, more said by the English voice than respelled? Then it is
 * said by the English voice too, and a line-up keeps one voice. Lexicon names keep their readings
 * and count for neither side; so does a name holding a Vietnamese syllable ("Cong Phuong",
 * Vietnamese without marks) or a lexicon word ("Dynamo Kiev" keeps Kiev's reading, and so
 * Dynamo's).
 */
static gboolean in_english_list(vi_norm *c, size_t i)
{
    size_t first, last, items = 1;
    int english = 0, respelled = 1;
    if (!name_word(c, i) || inner_capital(vi_norm_str(c, i), tok_len(c, i))) {
        return FALSE; /* "KimHuy", "DeLorean": syllables run together, a name of their own */
    }
    first = name_end(c, i, -1);
    last = name_end(c, i, 1);
    for (size_t j = first; j != G_MAXSIZE; j = name_neighbour(c, j, 1)) {
        if (vi_norm_syllable(c, j) ||
            vi_lex_abbr(c->lex, key_of(c, j)) != NULL) {
            return FALSE; /* "Dynamo Kiev": Kiev's reading keeps its name's */
        }
        if (j >= last) {
            break;
        }
    }
    for (int d = -1; d <= 1; d += 2) {
        size_t edge = d < 0 ? first : last, k;
        for (int n = 0; n < 24 && (k = list_neighbour(c, edge, d)) != G_MAXSIZE; n++) {
            size_t other = name_end(c, k, d);
            list_item kind = d < 0 ? item_kind(c, other, k) : item_kind(c, k, other);
            english += kind == ITEM_ENGLISH;
            respelled += kind == ITEM_RESPELLED;
            items++;
            edge = other;
        }
    }
    return items >= 3 && english > respelled;
}

/*
 * Does capitalized syllable i, right after a foreign word, start a Vietnamese phrase: a
 * Vietnamese word with marks in small letters follows, not one that follows a name, and a
 * capitalized word after that, as the title of an event or a body goes on to its place
 * ("Festival Di sản Quảng Nam": Di is Vietnamese)? A name followed by what it does keeps its
 * last syllable ("Son Heung Min đã", "West Ham chôn chân", "Bà Yoonhee Kim bày tỏ").
 */
static gboolean starts_vietnamese_phrase(vi_norm *c, size_t i)
{
    static const char *const after_name[] = {
        "đã", "sẽ", "được", "đang", "vừa", "cũng", "vẫn", "là", "có", "không", "bị", "từng",
        "nói", "và", "với", "của", "thì", "mà", "đều", "chưa", "đến", "tới", "về", "rời",
    };
    size_t before = name_neighbour(c, i, -1);
    const char *next;
    size_t len;
    gboolean marked;
    if (i + 1 >= c->ntok || !c->tok[i + 1].space || !vi_norm_is(c, i + 1, VI_TOK_WORD) ||
        before == G_MAXSIZE || !english_name(c, before)) {
        return FALSE;
    }
    next = vi_norm_str(c, i + 1);
    len = tok_len(c, i + 1);
    marked = FALSE;
    for (size_t k = 0; k < len && !marked; k++) {
        marked = (unsigned char)next[k] >= 0x80;
    }
    return marked && g_unichar_islower(g_utf8_get_char(next)) && vi_text_is_syllable(next, len) &&
           !vi_norm_word_in(c, i + 1, after_name, G_N_ELEMENTS(after_name), TRUE) &&
           i + 2 < c->ntok && c->tok[i + 2].space && vi_norm_capitalized(c, i + 2);
}

/* Is token j a capitalized word that is a Vietnamese syllable written only the Vietnamese way:
 * with a mark ("Định", "Bình"), or with qu, gh, nh, ngh or uy, which no other language's
 * romanization of a name writes ("Quang", "Anh", "Ninh", "Huy"; not "Hang", "Seo", "Min")? */
static gboolean vietnamese_only_syllable(vi_norm *c, size_t j)
{
    const char *w = vi_norm_str(c, j);
    size_t len = tok_len(c, j);
    char low[8];
    if (!vi_norm_capitalized(c, j) || !vi_text_is_syllable(w, len) || vi_text_is_upper(w, len)) {
        return FALSE;
    }
    for (size_t k = 0; k < len; k++) {
        if ((unsigned char)w[k] >= 0x80) {
            return TRUE;
        }
    }
    if (len >= sizeof low) {
        return FALSE;
    }
    for (size_t k = 0; k < len; k++) {
        low[k] = g_ascii_tolower(w[k]);
    }
    low[len] = '\0';
    return g_str_has_prefix(low, "qu") || g_str_has_prefix(low, "gh") ||
           g_str_has_prefix(low, "nh") || g_str_has_prefix(low, "ngh") ||
           g_str_has_suffix(low, "nh") || strstr(low, "uy") != NULL;
}

/*
 * Writes words first..last as ASCII letters without their marks (đ as d) into key, at most
 * size - 1 of them: in small letters run together ("vietnam", as webwords.tsv keys are), or
 * capitalized and one space apart ("Viet Nam", as tonenames.tsv keys are). Returns how many
 * bytes, or 0 when a letter has no ASCII base or key is too short.
 */
static size_t unmarked_key(const vi_norm *c, size_t first, size_t last, gboolean capitalized,
                           char *key, size_t size)
{
    size_t n = 0;
    for (size_t t = first; t <= last; t++) {
        const char *start = vi_norm_str(c, t), *end = start + tok_len(c, t);
        if (capitalized && t > first) {
            if (n + 1 >= size) {
                return 0;
            }
            key[n++] = ' ';
        }
        for (const char *w = start; w < end; w = g_utf8_next_char(w)) {
            gunichar base = vi_text_initial(g_utf8_get_char(w));
            if (base == 0 || base >= 0x80 || n + 1 >= size) {
                return 0;
            }
            key[n++] = capitalized && w == start ? (char)base : g_ascii_tolower((gchar)base);
        }
    }
    return n;
}

/*
 * Do capitalized word j and the word after it (a space between) spell a
 * Vietnamese place of webwords.tsv as it is written ("Việt Nam", "Hội An", "Quảng Nam",
 * "Nghệ An")? Its last syllable, written without marks, is then no word of an English name
 * after it ("Đại sứ Mỹ tại Việt Nam Marc Knapper").
 */
static gboolean vietnamese_place(vi_norm *c, size_t j)
{
    char key[32];
    size_t n = 0;
    const char *reading;
    GString *said, *written;
    gboolean same;
    if (!vi_norm_capitalized(c, j) || !vi_norm_is(c, j + 1, VI_TOK_WORD) || !c->tok[j + 1].space ||
        (n = unmarked_key(c, j, j + 1, FALSE, key, sizeof key)) == 0) {
        return FALSE;
    }
    reading = vi_lex_webword(c->lex, key, n);
    if (reading == NULL || *reading == '\0') {
        return FALSE;
    }
    said = g_string_new(NULL); /* only for a place of the list: scratch may be in use */
    written = g_string_new(NULL);
    vi_text_append_folded(said, reading, strlen(reading));
    vi_text_append_folded(written, vi_norm_str(c, j), tok_len(c, j));
    g_string_append_c(written, ' ');
    vi_text_append_folded(written, vi_norm_str(c, j + 1), tok_len(c, j + 1));
    same = g_string_equal(said, written);
    g_string_free(said, TRUE);
    g_string_free(written, TRUE);
    return same;
}

/*
 * Is capitalized word i the last word of a name of tonenames.tsv written with the marks the
 * lexicon gives it, its words one space apart ("Xanh" of "Đất Xanh", "Minh" of "Hồ Chí Minh",
 * "Lai" of "Hoàng Anh Gia Lai", as written or as retone_names() wrote them)? The name is
 * Vietnamese, so the English words after it are said without it ("Đất Xanh Services").
 */
static gboolean ends_tone_name(vi_norm *c, size_t i)
{
    size_t first = i;
    while (i - first + 1 < VI_LEX_TONE_NAME_WORDS && first > 0 && c->tok[first].space &&
           vi_norm_capitalized(c, first - 1)) {
        first--;
    }
    for (size_t s = first; s < i; s++) {
        /* four words of up to seven letters, three spaces (retone_names()), and one byte more */
        char key[VI_LEX_TONE_NAME_WORDS * 8];
        size_t n = unmarked_key(c, s, i, TRUE, key, sizeof key);
        const char *said;
        gboolean ok = TRUE;
        if (n == 0 || (said = vi_lex_tone_name(c->lex, key, n)) == NULL) {
            continue;
        }
        for (size_t j = s; j <= i && ok; j++) {
            size_t l = tok_len(c, j);
            ok = strncmp(said, vi_norm_str(c, j), l) == 0 && said[l] == (j < i ? ' ' : '\0');
            said += l + (j < i ? 1 : 0);
        }
        if (ok) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * Is capitalized word i, a Vietnamese syllable, a word of a Vietnamese name: next to another
 * capitalized syllable of the name (a space between; the one before written without marks: a
 * name with marks before is another name, "Triều Tiên Kim Jong Un"), one of the two written
 * only the Vietnamese way (vietnamese_only_syllable())? "V-League Nam Định", "The Vissai Ninh Bình",
 * "Nguồn: Bridgestone Quang Anh": the name after the English one is Vietnamese, and its first
 * syllable is not joined to the English run. "Park Hang Seo", "Lee Min Ho" stay one name. So is
 * the last syllable of a Vietnamese place written with its marks (vietnamese_place()).
 */
static gboolean in_vietnamese_name(vi_norm *c, size_t i)
{
    if (!vi_norm_is(c, i, VI_TOK_WORD) || !vi_norm_syllable(c, i)) {
        return FALSE;
    }
    if (vi_norm_capitalized(c, i) && ends_tone_name(c, i)) {
        return TRUE;
    }
    for (int d = -1; d <= 1; d += 2) {
        size_t j = (size_t)((long)i + d);
        if ((d < 0 && (i == 0 || !c->tok[i].space)) ||
            (d > 0 && (j >= c->ntok || !c->tok[j].space))) {
            continue;
        }
        if (d < 0 && vietnamese_place(c, j)) {
            return TRUE;
        }
        if ((d > 0 ? vi_norm_capitalized(c, j) : name_word(c, j)) &&
            vi_norm_syllable(c, j) &&
            (vietnamese_only_syllable(c, i) || vietnamese_only_syllable(c, j))) {
            return TRUE;
        }
    }
    return FALSE;
}

/* ---------------------------------------------------------------------------------------- */
/* Names by the letters of their language (respell.tsv)                                      */

/* Is token j a word in small letters that names of a language hold ("al", "bin": particle
 * lines of respell.tsv)? */
static gboolean language_particle(vi_norm *c, size_t j)
{
    return vi_norm_is(c, j, VI_TOK_WORD) &&
           vi_respell_particle(c->lex, vi_norm_str(c, j), tok_len(c, j)) != NULL;
}

/* Is token j a word a name said by its language's letters may hold: a word of a name
 * (name_word()) or a capitalized foreign word with letters of other Latin alphabets
 * ("Martínez", "Sánchez")? */
static gboolean language_name_word(vi_norm *c, size_t j)
{
    return name_word(c, j) || (vi_norm_capitalized(c, j) && foreign_word(c, j)) ||
           language_particle(c, j);
}

/* The word of such a name before (d < 0) or after (d > 0) word j, or G_MAXSIZE. */
static size_t language_neighbour(vi_norm *c, size_t j, int d)
{
    size_t k = beside_word(c, j, d);
    return k != G_MAXSIZE && language_name_word(c, k) ? k : G_MAXSIZE;
}

/* The language of a country word or phrase of respell.tsv that ends at word j, capitalized
 * ("Nga", "Tây Ban Nha", "tướng Đức"; not "nga" of a typo), or NULL. */
static const char *country_at(vi_norm *c, size_t j)
{
    size_t first = j;
    for (int n = 0; n < 3; n++) {
        const char *lang;
        if (!vi_norm_is(c, first, VI_TOK_WORD)) {
            return NULL;
        }
        g_string_truncate(c->key, 0);
        append_tokens(c, c->key, first, j + 1);
        g_string_truncate(c->scratch, 0);
        vi_text_append_folded(c->scratch, c->key->str, c->key->len);
        lang = vi_lex_respell(c->lex, NULL, "country", c->scratch->str, c->scratch->len);
        g_string_truncate(c->scratch, 0);
        if (lang != NULL) {
            return vi_norm_capitalized(c, j) ? lang : NULL;
        }
        if (first == 0 || !c->tok[first].space) {
            return NULL;
        }
        first--;
    }
    return NULL;
}

/* Is a word spelled as English and not as language lang: ck, ee or oo where lang has no
 * letters line for them ("Kaspersky Geek": Slavic names write none, German ck and ee), or
 * -ion? */
static gboolean english_letters(vi_norm *c, const char *lang, const char *w, size_t len)
{
    return (has_ck(w, len) && vi_lex_respell(c->lex, lang, "letters", "ck", 2) == NULL) ||
           (has_english_double(w, len) &&
            (vi_lex_respell(c->lex, lang, "letters", "ee", 2) == NULL ||
             vi_lex_respell(c->lex, lang, "letters", "oo", 2) == NULL)) ||
           english_ion(w, len);
}

/*
 * Can every word of the name first..last be said by the letters of lang: none is an English
 * word of webwords.tsv ("Lab", "Store"), a name the lexicon gives the English voice, an English
 * given name of respell.tsv ("Joe Gomez", "Jennifer Lopez"), or a word without a cue spelled as
 * English (english_letters(): "Kaspersky Geek", "Robinhood Vlad Tenev"), and every one that no
 * lexicon knows has Vietnamese syllables by them?
 */
static gboolean language_can_say(vi_norm *c, size_t first, size_t last, const char *lang)
{
    GString *said = g_string_new(NULL);
    gboolean ok = TRUE;
    for (size_t j = first; ok; j = language_neighbour(c, j, 1)) {
        const char *w = vi_norm_str(c, j);
        size_t len = tok_len(c, j);
        const vi_abbr_list *entry = vi_lex_abbr(c->lex, key_of(c, j));
        if (entry != NULL) {
            ok = strcmp(entry->items[entry->len - 1]->expansion, VI_LEX_ENGLISH) != 0;
        } else {
            g_string_truncate(c->key, 0);
            vi_text_append_folded(c->key, w, len);
            ok = !english_webword(c, j) &&
                 vi_lex_respell(c->lex, "*", "english", c->key->str, c->key->len) == NULL &&
                 (!(capital_foreign(c, j) || language_particle(c, j)) ||
                  (vi_respell_word(c->lex, lang, w, len, said) &&
                   (vi_respell_cue(c->lex, w, len) != NULL || !english_letters(c, lang, w, len))));
        }
        g_string_truncate(said, 0);
        if (j == last) {
            break;
        }
    }
    g_string_free(said, TRUE);
    return ok;
}

/*
 * The language (respell.tsv) whose letters say the name around word i: capitalized words side by
 * side (three at most, and particles in small letters, "al", "bin"; not a Vietnamese name nor a
 * country word before them), one of which no lexicon knows ends as only that language's names do
 * or is a word only they hold ("Al") ("Sergei Lavrov", "Lautaro
 * Martínez"), else a country word of the language right before them ("Nga Sergei Shoigu"); NULL
 * when there is none, two words disagree, or language_can_say() does not hold. The last answer
 * is kept for the other words of the name (c->name_first to c->name_last).
 */
static const char *name_language(vi_norm *c, size_t i)
{
    size_t first = i, last = i, j, words;
    const char *lang = NULL;
    gboolean clash = FALSE;
    if (c->name_last != 0 && i >= c->name_first && i <= c->name_last) {
        return c->name_lang;
    }
    if (!language_name_word(c, i) || country_at(c, i) != NULL) {
        return NULL; /* not a name, or the country before one ("Nga") */
    }
    for (int n = 0; n < 4; n++) {
        if ((j = language_neighbour(c, first, -1)) == G_MAXSIZE || in_vietnamese_name(c, j) ||
            country_at(c, j) != NULL) {
            break;
        }
        first = j;
    }
    for (int n = 0; n < 4; n++) {
        if ((j = language_neighbour(c, last, 1)) == G_MAXSIZE || in_vietnamese_name(c, j) ||
            country_at(c, j) != NULL) {
            break;
        }
        last = j;
    }
    for (j = first, words = 0; !clash; j = language_neighbour(c, j, 1)) {
        const char *cue;
        gboolean particle = language_particle(c, j);
        words += !particle;
        if ((particle || capital_foreign(c, j)) &&
            (cue = vi_respell_cue(c->lex, vi_norm_str(c, j), tok_len(c, j))) != NULL) {
            clash = lang != NULL && strcmp(lang, cue) != 0;
            lang = cue;
        }
        if (j == last) {
            break;
        }
    }
    if (lang == NULL && first > 0 && c->tok[first].space) {
        lang = country_at(c, first - 1);
    }
    if (clash || words == 0 || words > 3 ||
        (lang != NULL && !language_can_say(c, first, last, lang))) {
        /* (more than three words: a list of names or a title, "Kaspersky Virus Removal Tool";
         * none: particles alone, "al" of a web name) */
        lang = NULL;
    }
    c->name_first = first;
    c->name_last = last;
    c->name_lang = lang;
    return lang;
}

/* Appends to out the syllables of word i said by the letters of its name's language
 * (name_language()), when it is a capitalized foreign word no lexicon knows ("Lavrov": "La
 * vrốp") or a particle of the language ("al" of "Bashar al-Assad": "an"). */
static gboolean language_respelling(vi_norm *c, size_t i, GString *out)
{
    const char *lang;
    return (vi_norm_capitalized(c, i) || language_particle(c, i)) &&
           (lang = name_language(c, i)) != NULL &&
           (capital_foreign(c, i) || language_particle(c, i)) &&
           vi_respell_word(c->lex, lang, vi_norm_str(c, i), tok_len(c, i), out);
}

/*
 * Is word i, a Vietnamese syllable written without marks, part of a foreign name the English
 * voice says: capitalized next to it ("Kim" of "Kim Kardashian", "Song Hye" of "Song Hye Kyo")
 * or in small letters after a hyphen ("un" of "Kim Jong-un")? Not a word that starts a clause
 * before a name ("Theo Reuters", "Khi Apple"), nor a noun that opens a sentence before it
 * ("Trang Mirror", "Xe Fortuner", "Xem Rooney", "Mua Lukaku", "Phim Vermiglio", "Loa HomePod").
 */
static gboolean syllable_in_english_name(vi_norm *c, size_t i)
{
    static const char *const clause_words[] = {"Theo", "Khi", "Sau", "Trong", "Cho", "Con",
                                               "Nay", "Hay", "Tuy", "Anh", "Em", "Sang",
                                               "Ngay", "Do", "Nhung", "Va", "Voi", "Tai", "Nga",
                                               "Trang", "Xe", "Xem", "Mua", "Phim", "Loa"};
    if (name_word(c, i)) {
        /* "The Sun", "The Guardian": the English article and the name it opens */
        if ((vi_norm_word_is(c, i, "The", FALSE) && i + 1 < c->ntok && c->tok[i + 1].space &&
             name_word(c, i + 1)) ||
            (i > 0 && c->tok[i].space && vi_norm_word_is(c, i - 1, "The", FALSE) &&
             name_word(c, i - 1))) {
            return TRUE;
        }
        for (size_t k = 0; k < G_N_ELEMENTS(clause_words); k++) {
            if (vi_norm_word_is(c, i, clause_words[k], FALSE)) {
                return FALSE;
            }
        }
        return !starts_vietnamese_phrase(c, i) && !in_vietnamese_name(c, i) &&
               name_has_english(c, i, i, FALSE);
    }
    return i >= 2 && !c->tok[i].space && vi_norm_sym(c, i - 1, '-') && !c->tok[i - 1].space &&
           g_ascii_islower(*vi_norm_str(c, i)) && name_word(c, i - 2) &&
           (english_name(c, i - 2) || name_has_english(c, i - 2, i - 2, FALSE));
}

/* Is word j in small letters one the English voice says: a foreign word in no lexicon, not a
 * unit after its number ("2 gram"), not run together from syllables ("villas")? */
static gboolean english_small_word(vi_norm *c, size_t j)
{
    return vi_norm_is(c, j, VI_TOK_WORD) && g_ascii_islower(*vi_norm_str(c, j)) &&
           foreign_word(c, j) && vi_lex_abbr(c->lex, key_of(c, j)) == NULL &&
           !(j > 0 && vi_norm_is(c, j - 1, VI_TOK_NUM) && vi_lex_unit(c->lex, key_of(c, j))) &&
           run_together_syllables(c, j) == 0;
}

/*
 * Is word i an English particle that completes the English word in small letters before it,
 * after a space or a hyphen: "check in", "check-in", "log in", "plug-in", "make up", "add-on"?
 * These particles are Vietnamese syllables too (in, on, up), so they would go to the other
 * voice in mid-phrase.
 */
static gboolean english_particle(vi_norm *c, size_t i)
{
    static const char *const particles[] = {"in", "on", "up", "off", "out", "down", "over"};
    size_t before;
    /* (the length first: a word of two to four letters may be one) */
    if (i == 0 || tok_len(c, i) < 2 || tok_len(c, i) > 4 ||
        !vi_norm_word_in(c, i, particles, G_N_ELEMENTS(particles), FALSE)) {
        return FALSE;
    }
    if (c->tok[i].space) {
        before = i - 1;
    } else if (i >= 2 && vi_norm_sym(c, i - 1, '-') && !c->tok[i - 1].space) {
        before = i - 2;
    } else {
        return FALSE;
    }
    return english_small_word(c, before) &&
           !(i + 1 < c->ntok && !c->tok[i + 1].space && !vi_norm_is(c, i + 1, VI_TOK_SYM));
}

/* How a word counts in an English phrase written inside Vietnamese text (english_phrase()). */
typedef enum {
    PHRASE_NONE,    /* not in such a phrase: Vietnamese, an acronym, a number, a joined word */
    PHRASE_NEUTRAL, /* a name, a word of the lexicon, or a capitalized foreign word */
    PHRASE_MAYBE,   /* an English word Vietnamese also writes as a word of its own ("to", "in") */
    PHRASE_CLEAR,   /* an English word: evidence that the phrase is English ("it", "go", "deep") */
} phrase_class;

/*
 * English words that count in a phrase whatever their case. The first are English function
 * words, evidence of English though some are Vietnamese syllables as written ("the", "it",
 * "go", "my", "on"): over both mining corpora these stand between two Vietnamese words with
 * marks in at most 7% of their small-letter uses. The rest are English words that Vietnamese
 * writes as words of its own without marks, most of them often (between two marked words:
 * "to" in 63% of its uses, "in" 30%, "me" 16%, "can" 48%, "so" 67%, "song" 53%): they join a
 * phrase, and prove nothing. Both lists were mined over the two corpora from the words written
 * without marks beside English words, and read.
 * Vietnamese words that papers put before a name ("bang", "sang", "tin", "do", "theo") are not
 * listed, so that "bang New York", "Do The Guardian" stay Vietnamese.
 */
static const char *const phrase_clear[] = {
    "the",  "of",   "and",  "it",    "is",    "you",   "your",  "my",    "we",   "our",
    "us",   "he",   "she",  "him",   "her",   "his",   "they",  "them",  "their", "on",
    "at",   "by",   "for",  "with",  "from",  "up",    "out",   "off",   "into", "about",
    "not",  "but",  "or",   "if",    "that",  "this",  "what",  "who",   "are",  "was",
    "were", "been", "have", "has",   "had",   "will",  "would", "could", "should", "let",
    "go",   "get",  "got",  "all",   "just",  "there", "when",  "how",   "why",  "i'm",
    "it's", "don't", "can't", "you're",
};
static const char *const phrase_maybe[] = {
    "a",   "i",    "to",   "in",   "an",  "no",  "so",  "be",  "me",  "can", "may",
    "day", "man",  "long", "song", "then", "than", "am", "hi",  "ten", "son", "sun",
    "run", "pay",  "say",
};

/* Is token t a quotation mark or a bracket that opens: " ' “ ‘ « or "("? */
static gboolean opening_mark(const vi_norm *c, size_t t)
{
    static const gunichar marks[] = {'"', '\'', 0x201C, 0x2018, 0xAB, '('};
    for (size_t q = 0; q < G_N_ELEMENTS(marks); q++) {
        if (vi_norm_sym(c, t, marks[q])) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Is w (len bytes) ASCII letters and apostrophes only, as an English word is written? */
static gboolean ascii_word(const char *w, size_t len)
{
    for (size_t n = 0; n < len; n++) {
        if (!g_ascii_isalpha(w[n]) && w[n] != '\'') {
            return FALSE;
        }
    }
    return TRUE;
}

/* Is token k a word standing alone in running text: a space, the start, a quotation mark or a
 * bracket before it (opening_mark()), and a space, the end or a closing mark then a space after
 * it (not "h" of 9h30, nor a part of dantri.com.vn, "Mix-Up", "IT's")? */
static gboolean phrase_alone(const vi_norm *c, size_t k)
{
    if (!vi_norm_is(c, k, VI_TOK_WORD)) {
        return FALSE;
    }
    if (k > 0 && !c->tok[k].space && !opening_mark(c, k - 1)) {
        return FALSE;
    }
    if (k + 1 >= c->ntok || c->tok[k + 1].space) {
        return TRUE;
    }
    /* (a dot joined before a word is a web name's: checked with what follows it) */
    return c->tok[k + 1].type == VI_TOK_SYM && c->tok[k + 1].ch < 0x2030 &&
           strchr("-/'&@_", (int)(c->tok[k + 1].ch < 0x80 ? c->tok[k + 1].ch : 'x')) == NULL &&
           (k + 2 >= c->ntok || c->tok[k + 2].space || c->tok[k + 2].type == VI_TOK_SYM);
}

/* PHRASE_CLEAR or PHRASE_MAYBE for a word of phrase_clear or phrase_maybe (ASCII, any case),
 * else PHRASE_NONE. */
static phrase_class listed_word(const char *w, size_t len)
{
    return dbi_lang_word_in(w, len, phrase_clear, G_N_ELEMENTS(phrase_clear))   ? PHRASE_CLEAR
           : dbi_lang_word_in(w, len, phrase_maybe, G_N_ELEMENTS(phrase_maybe)) ? PHRASE_MAYBE
                                                                                : PHRASE_NONE;
}

/* How word k counts in an English phrase (phrase_class). */
static phrase_class phrase_word(vi_norm *c, size_t k)
{
    const char *w = vi_norm_str(c, k);
    size_t len = tok_len(c, k);
    const vi_abbr_list *entries;
    phrase_class listed;
    gboolean webword, foreign;
    if (!phrase_alone(c, k) || len > 16 || !ascii_word(w, len)) {
        return PHRASE_NONE;
    }
    if (len >= 2 && vi_text_is_upper(w, len)) {
        return PHRASE_NONE; /* an acronym, or a headline in capitals */
    }
    if ((listed = listed_word(w, len)) != PHRASE_NONE) {
        return listed;
    }
    webword = english_webword(c, k);
    foreign = !webword && foreign_word(c, k);
    if (!webword && !foreign) {
        return PHRASE_NONE; /* a Vietnamese syllable that is not listed ends the phrase */
    }
    entries = vi_lex_abbr(c->lex, key_of(c, k));
    if (entries == NULL) {
        /* found in another case, as the abbreviation rule finds it ("live" of LIVE) */
        for (size_t n = 0; n < c->key->len; n++) {
            c->key->str[n] = g_ascii_tolower(c->key->str[n]);
        }
        entries = vi_lex_abbr_folded(c->lex, c->key->str);
    }
    for (unsigned e = 0; entries != NULL && e < entries->len; e++) {
        /* a word of the lexicons: its reading, unless that is the English voice's ("Cotton");
         * an entry only for web addresses does not count ("asia" of a host) */
        const vi_abbr *a = entries->items[e];
        gboolean url_only = a->n_conds > 0;
        for (size_t n = 0; n < a->n_conds; n++) {
            url_only = url_only && a->conds[n].kind == VI_COND_URL;
        }
        if (!url_only) {
            return g_str_has_prefix(a->expansion, VI_LEX_ENGLISH) ? PHRASE_NEUTRAL : PHRASE_NONE;
        }
    }
    if (!vi_text_is_syllable(w, len) && run_together_syllables(c, k) > 0) {
        return PHRASE_NONE; /* said as the Vietnamese syllables it runs together: "Today" */
    }
    if (webword) {
        /* An English word of webwords.tsv ("star", "Love", "money"): clear, unless Vietnamese
         * writes it as a word of its own ("bay", "long", "man"; one ending in a stop is none
         * without its mark: "chat", "tech", "top"). */
        return !vi_text_is_syllable(w, len) || stop_ending(w, len) ? PHRASE_CLEAR : PHRASE_MAYBE;
    }
    /* Any other foreign word may be a name or a loanword ("scandal", "rapper"). */
    return PHRASE_NEUTRAL;
}

/*
 * Is word k, at an end of a phrase (d -1 its first word, 1 its last), a listed word that proves
 * nothing and Vietnamese text around the phrase? So it is in small letters beside a
 * capitalized word of the phrase or beside a word outside it ("so" of "winner so với", "an" of
 * "scandal an toàn", "in" of "áo thun in slogan", "long" of "khủng long nodosaur"); capitalized
 * beside a capitalized word outside it, not an acronym (a Vietnamese name: "Long" of "sân bay
 * Long Thành", "An" of "Trang An Golf"); or a single letter last ("League A", "Capital A": a
 * label) or first after a word that a label follows ("bảng A Nations League").
 */
static gboolean phrase_edge_vietnamese(vi_norm *c, size_t k, int d)
{
    static const char *const labelled[] = {"bảng", "nhóm", "hạng", "lớp", "khu", "loại",
                                           "khối", "tòa", "dãy", "cấp", "tổ", "phòng"};
    size_t inner = (size_t)((long)k - d);
    size_t outer = (size_t)((long)k + d);
    gboolean beside = (d < 0 ? k > 0 && c->tok[k].space : outer < c->ntok && c->tok[outer].space) &&
                      vi_norm_is(c, outer, VI_TOK_WORD);
    if (phrase_word(c, k) != PHRASE_MAYBE) {
        return FALSE;
    }
    if (tok_len(c, k) == 1) {
        return d > 0 ||
               (beside && vi_norm_word_in(c, outer, labelled, G_N_ELEMENTS(labelled), TRUE));
    }
    if (g_ascii_isupper(*vi_norm_str(c, k))) {
        /* (an acronym is no name: "MV Be the man") */
        return beside && vi_norm_capitalized(c, outer) &&
               !vi_text_is_upper(vi_norm_str(c, outer), tok_len(c, outer));
    }
    return g_ascii_isupper(*vi_norm_str(c, inner)) || beside;
}

/*
 * Is word i, an English word that is a Vietnamese syllable as written ("Let", "It", "Go" of
 * "Let It Go", "I" of "I Need You", "No" of "No far no star"), inside an English phrase: two
 * words or more side by side that all may be English (phrase_word()), two of them English
 * words of the lists above or of webwords.tsv, one at least a word of clear English
 * (PHRASE_CLEAR), and the words that prove nothing (PHRASE_MAYBE) at most twice as many as
 * those? A listed word at either end beside Vietnamese text is left out of the phrase
 * (phrase_edge_vietnamese()). Then the whole phrase is said by the English voice, with
 * no change of voice inside it.
 */
static gboolean english_phrase(vi_norm *c, size_t i)
{
    size_t first = i, last = i, clear = 0, maybe = 0;
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    phrase_class at;
    /* (what most words fail first, cheaply: plain letters, seven at most as a syllable has; a
     * listed word, or an English word of webwords.tsv that is a Vietnamese syllable as written,
     * five letters at most: "bay", "coach") */
    if (len > 7 || !ascii_word(w, len)) {
        return FALSE;
    }
    if ((listed_word(w, len) == PHRASE_NONE && (len > 5 || !english_webword(c, i))) ||
        !vi_text_is_syllable(w, len)) {
        return FALSE;
    }
    at = phrase_word(c, i);
    if (at != PHRASE_MAYBE && at != PHRASE_CLEAR) {
        return FALSE;
    }
    while (first > 0 && i - first < 8 && c->tok[first].space &&
           phrase_word(c, first - 1) != PHRASE_NONE) {
        first--;
    }
    while (last + 1 < c->ntok && last - i < 8 && c->tok[last + 1].space &&
           phrase_word(c, last + 1) != PHRASE_NONE) {
        last++;
    }
    while (first < last && phrase_edge_vietnamese(c, first, -1)) {
        first++;
    }
    while (last > first && phrase_edge_vietnamese(c, last, 1)) {
        last--;
    }
    if (i < first || i > last || first == last) {
        return FALSE;
    }
    for (size_t k = first; k <= last; k++) {
        phrase_class p = phrase_word(c, k);
        clear += p == PHRASE_CLEAR;
        maybe += p == PHRASE_MAYBE;
    }
    return clear >= 1 && clear + maybe >= 2 && clear * 2 >= maybe;
}

/*
 * Is the lexicon key of words first..last said by the English voice instead of its reading? A
 * name of capitalized words (joined by hyphens at most) next to a name the English voice says:
 * "Kishida" of "Fumio Kishida", "New York" of "New York Times" (the lexicon may hold the whole
 * name), or a piece of it in small letters after a hyphen ("moo" of "Song Young-moo"); a
 * loanword in small letters next to an English word: "shop" of "shop villas".
 */
static gboolean key_in_english(vi_norm *c, size_t first, size_t last)
{
    const char *w = vi_norm_str(c, first);
    size_t len = tok_len(c, first);
    if (name_word(c, first) || (first == last && name_piece(c, first))) {
        for (size_t t = first + 1; t <= last; t++) {
            if (!(name_word(c, t) || vi_norm_sym(c, t, '-'))) {
                return FALSE;
            }
        }
        return name_has_english(c, first, last, TRUE);
    }
    if (first != last || len < 2 || !g_ascii_islower(w[0])) {
        return FALSE;
    }
    for (size_t k = 0; k < len; k++) {
        if (!g_ascii_islower(w[k])) {
            return FALSE;
        }
    }
    return (first > 0 && c->tok[first].space && english_small_word(c, first - 1)) ||
           (first + 1 < c->ntok && c->tok[first + 1].space && english_small_word(c, first + 1));
}

/* Is word j (ASCII letters) joined by a hyphen to a word holding a Vietnamese letter or tone
 * mark, in a chain of hyphenated pieces ("Vla-đi-mia", "Mát-xcơ-va", "Oa-sinh-tơn")? */
static gboolean hyphen_transcription(const vi_norm *c, size_t j)
{
    for (int d = -1; d <= 1; d += 2) {
        size_t h = (size_t)((long)j + d), k = (size_t)((long)j + 2 * d);
        const char *w;
        size_t len;
        if ((d < 0 && j < 2) || k >= c->ntok || !vi_norm_sym(c, h, '-') ||
            c->tok[d < 0 ? j : h].space || c->tok[d < 0 ? h : k].space ||
            c->tok[k].type != VI_TOK_WORD) {
            continue;
        }
        w = vi_norm_str(c, k);
        len = tok_len(c, k);
        for (size_t b = 0; b < len; b++) {
            if ((unsigned char)w[b] >= 0x80) {
                return vi_text_is_syllable(w, len);
            }
        }
    }
    return FALSE;
}

/*
 * A model's letters and number hyphened to a name the English voice says: "Pantsir-S1",
 * "Tor-M2", "Buk-M1", "Iskander-M" (one to three capitals and a number, or one capital alone).
 * The whole designation is said by that voice, not the name by it and the code spelled by the
 * other ("Pantsir ét một"). Not two names ("Samsung-LG") nor a number alone ("Boeing-737").
 */
static size_t rule_named_model(vi_norm *c, size_t i)
{
    size_t t = i + 3;
    if ((i > 0 && !c->tok[i].space) || !vi_norm_sym(c, i + 1, '-') || c->tok[i + 1].space ||
        !vi_norm_joined(c, i + 2, VI_TOK_WORD) || !vi_norm_capitals(c, i + 2, 1, 3) ||
        !name_word(c, i) || !english_name(c, i)) {
        return 0;
    }
    if (vi_norm_joined(c, t, VI_TOK_NUM)) {
        t++;
    } else if (tok_len(c, i + 2) != 1) {
        return 0;
    }
    if (t < c->ntok && !c->tok[t].space &&
        (c->tok[t].type != VI_TOK_SYM || vi_norm_is_dash(c, t) || vi_norm_sym(c, t, '/') ||
         ((vi_norm_sym(c, t, '.') || vi_norm_sym(c, t, ',')) && t + 1 < c->ntok &&
          !c->tok[t + 1].space))) {
        return 0;
    }
    vi_norm_say_foreign_text(c, vi_norm_str(c, i), c->tok[t - 1].end - c->tok[i].start, i, t - 1);
    return t;
}

/* Does word t have an entry of the lexicon that reads it here: one without a context, or one
 * whose context holds ("Park" of "S-Park" has none: its entry is the Korean name after a title
 * or before a name)? */
static gboolean entry_here(vi_norm *c, size_t t)
{
    const char *key = key_of(c, t);
    const vi_abbr_list *entries = vi_lex_abbr(c->lex, key);
    GString *out;
    gboolean holds;
    for (unsigned e = 0; entries != NULL && e < entries->len; e++) {
        if (entries->items[e]->n_conds == 0) {
            return TRUE;
        }
    }
    if (entries == NULL) {
        return FALSE;
    }
    out = g_string_new(NULL);
    holds = vi_norm_expand_in_context(c, out, key, t);
    g_string_free(out, TRUE);
    return holds;
}

/*
 * Words joined by hyphens without spaces, one of them a word for the English voice and each of
 * the others one too, a name of the lexicon in mixed case (iPhone), or a plain syllable ending
 * in p, t, c or ch, which written without its tone is no Vietnamese word ("All-Cap",
 * "iPhone-like"): the whole compound is said by the English voice, never split between two
 * voices. A Vietnamese word (Nga-Ukraine, Bà Rịa-Vũng Tàu), an acronym or a number keeps the
 * compound to the other rules. So does one letter before such a word ("b-sitosterol",
 * "T-shirt", "E-Xpro"); not before a syllable or a number ("X-quang", "B-52"). An opening quote
 * or bracket may be joined before it ("“E-Cabinet”").
 */
static size_t rule_compound(vi_norm *c, size_t i)
{
    size_t t, english = 0;
    if (!vi_norm_sym(c, i + 1, '-') || c->tok[i + 1].space ||
        (i > 0 && !c->tok[i].space && !opening_mark(c, i - 1)) || name_language(c, i) != NULL) {
        return 0; /* (a name said by its language's letters: "Milinkovic-Savic") */
    }
    for (t = i; t < i + 16; t += 2) {
        const char *w = vi_norm_str(c, t);
        size_t len = tok_len(c, t);
        if (!vi_norm_is(c, t, VI_TOK_WORD) || c->tok[t].ch >= 0x80 || (len < 2 && t > i) ||
            (t > i && c->tok[t].space)) {
            return 0;
        }
        if (len == 1) {
            /* One letter before the first hyphen ("b-sitosterol", "T-shirt", "G-Dragon"):
             * part of the English word, not a letter said apart in the other voice. */
        } else if (foreign_word(c, t) && !entry_here(c, t)) {
            if (run_together_syllables(c, t) > 0) {
                return 0;
            }
            english++;
        } else if (!((vi_text_is_syllable(w, len) && !vi_text_is_upper(w, len) &&
                      stop_ending(w, len)) ||
                     (vi_lex_abbr(c->lex, key_of(c, t)) != NULL && !vi_text_is_upper(w, len) &&
                      vi_text_has_upper(w, len) && !g_ascii_isupper(w[0])))) {
            return 0;
        }
        if (!(vi_norm_sym(c, t + 1, '-') && !c->tok[t + 1].space &&
              vi_norm_joined(c, t + 2, VI_TOK_WORD))) {
            break;
        }
    }
    if (english == 0 || t >= i + 16 || vi_norm_joined(c, t + 1, VI_TOK_WORD) ||
        vi_norm_joined(c, t + 1, VI_TOK_NUM)) {
        return 0;
    }
    g_string_truncate(c->scratch, 0);
    append_tokens(c, c->scratch, i, t + 1);
    if (vi_lex_abbr(c->lex, c->scratch->str) != NULL) {
        return 0; /* the lexicon holds the whole compound: "Wi-Fi" */
    }
    g_string_truncate(c->key, 0);
    vi_text_append_folded(c->key, c->scratch->str, c->scratch->len);
    if (vi_lex_abbr_folded(c->lex, c->key->str) != NULL) {
        return 0; /* in another case: "V-league" as "V-League" */
    }
    vi_norm_say_foreign_text(c, vi_norm_str(c, i), c->tok[t].end - c->tok[i].start, i, t);
    return t + 1;
}

/*
 * Appends to out how the front of a brand is said (the letters before "Bank" in "PGBank",
 * "SAIGONBank", "PVcomBank"): a Vietnamese word of webwords.tsv it spells (SAIGON: Sài Gòn,
 * BAOVIET: Bảo Việt), else two to four capitals spelled, with a toneless syllable after them
 * as written ("PVcom": pê vê com). FALSE when it is none of these (VIKKI, a word the English
 * voice says, or "Nova" of "Novaland").
 */
static gboolean brand_front(vi_norm *c, const char *w, size_t n, GString *out)
{
    char lower[32] = "";
    const char *reading;
    size_t caps = 0;
    for (size_t k = 0; k < n; k++) {
        lower[k] = g_ascii_tolower(w[k]);
    }
    while (caps < n && g_ascii_isupper(w[caps])) {
        caps++;
    }
    reading = vi_lex_webword(c->lex, lower, n);
    if (reading != NULL && *reading != '\0' && caps >= 1) {
        vi_norm_put_reading(c, out, reading);
        return TRUE;
    }
    if (caps == n && caps_pronounceable(w, n)) {
        return FALSE;
    }
    if (caps == n && n >= 2 && n <= 4 && !vi_text_is_syllable(w, n)) {
        vi_norm_spell(c, out, w, n);
        return TRUE;
    }
    if (caps >= 3 && caps < n) {
        caps--; /* "PVCom": the last capital starts the syllable */
    }
    if (caps < 2 || caps > 4 || caps >= n || !toneless_syllable(lower + caps, n - caps) ||
        !vi_text_is_syllable(lower + caps, n - caps)) {
        return FALSE;
    }
    vi_norm_spell(c, out, w, caps);
    vi_num_put(out, "");
    g_string_append_len(out, lower + caps, (gssize)(n - caps));
    return TRUE;
}


/*
 * A brand run together from capitals and an English word of webwords.tsv ("PGBank", "MBBank",
 * "TPBank", "VNPay", "FPTShop", "SAIGONBank", "BAOVIETBANK", "PVcomBank"): the front as
 * brand_front() says it, the English word by its lexicon reading when it has one ("bank":
 * banh, as Vietcombank is Việt com banh), else by the English voice. The word must be cut by its capitals ("PG" + "Bank"), or be all in
 * capitals, or end in small letters after a front with a syllable ("PVCom" + "bank"); a word
 * in capitals whose front is neither a Vietnamese word of webwords.tsv nor up to three
 * consonants is no brand of this kind ("BIGSHOW", "UPDATE").
 */
static gboolean brand_word(vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    char lower[32];
    size_t maxl = MIN(vi_lex_webword_max_len(c->lex), (size_t)8);
    gboolean all_caps = TRUE;
    if (len < 5 || len >= sizeof lower || !g_ascii_isupper(w[0]) || !g_ascii_isupper(w[1])) {
        return FALSE;
    }
    for (size_t k = 0; k < len; k++) {
        if (!g_ascii_isalpha(w[k])) {
            return FALSE;
        }
        all_caps = all_caps && g_ascii_isupper(w[k]);
        lower[k] = g_ascii_tolower(w[k]);
    }
    lower[len] = '\0';
    for (size_t l = MIN(maxl, len - 2); l >= 3; l--) {
        size_t f = len - l;
        const char *reading = vi_lex_webword(c->lex, lower + f, l), *front;
        gboolean cut = g_ascii_isupper(w[f]) && !g_ascii_isupper(w[f + 1]);
        gboolean small_tail = !g_ascii_isupper(w[f]) && !g_ascii_isupper(w[f - 1]);
        g_string_truncate(c->buf, 0);
        if (reading == NULL || *reading != '\0' || !(cut || all_caps || small_tail) ||
            (all_caps && !(f <= 3 && consonants_only(lower, f)) &&
             ((front = vi_lex_webword(c->lex, lower, f)) == NULL || *front == '\0')) ||
            !brand_front(c, w, f, c->buf)) {
            continue;
        }
        /* A tail the lexicon reads ("bank": banh, as in Vietcombank) is said with the front. */
        if (vi_norm_expand(c, c->buf, lower + f, i, i, FALSE) &&
            !g_str_has_suffix(c->buf->str, VI_LEX_ENGLISH)) {
            vi_norm_say_buf(c, i, i);
            return TRUE;
        }
        vi_norm_say_buf(c, i, i);
        vi_norm_say_foreign_text(c, w + f, l, i, i);
        return TRUE;
    }
    g_string_truncate(c->buf, 0);
    return FALSE;
}

/* Do the n ASCII letters of w hold a run of five consonants or more (EVNHCMC, VNPTHCM: letters
 * run together, which no English or Vietnamese word has)? */
static gboolean consonant_run(const char *w, size_t n)
{
    size_t run = 0;
    for (size_t k = 0; k < n; k++) {
        run = strchr("aeiouy", g_ascii_tolower(w[k])) == NULL ? run + 1 : 0;
        if (run >= 5) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Is word i joined to a '&' before or after it (AT&T, M&A: the letters of an acronym, spelled
 * when they are one capital or two)? */
static gboolean amp_joined(const vi_norm *c, size_t i)
{
    return (i > 0 && !c->tok[i].space && vi_norm_sym(c, i - 1, '&')) ||
           (i + 1 < c->ntok && !c->tok[i + 1].space && vi_norm_sym(c, i + 1, '&'));
}

/*
 * Is word i two to four capitals that read as a Vietnamese syllable only without the mark it
 * would need, and no English word of webwords.tsv (HOT, TOP, CUP)? A syllable ending in p, t,
 * c or ch always carries sắc or nặng, and c is not written before i (k is), so a Vietnamese
 * word in capitals, even in a headline, is never AP, BOT, EC, DOC or CIA: these are acronyms
 * (espeak-ng says them "áp", "bót", "kia").
 */
static gboolean unmarked_caps_acronym(vi_norm *c, size_t i)
{
    if (!vi_norm_capitals(c, i, 2, 4) || toneless_syllable(vi_norm_str(c, i), tok_len(c, i)) ||
        english_webword(c, i)) {
        return FALSE;
    }
    /* Not in capitals written without marks, where the writer left them all off ("Ảnh: NHAT
     * THINH"). */
    return !caps_syllable_beside(c, i, TRUE);
}

/*
 * Is the one-letter capital word i, a vowel (a syllable too), a letter: joined by '&' ("AT&T"),
 * after an initial ("M.U": mờ u) or before one ("trẻ A.T": a tê, "A.I"), or an initial with its
 * dot inside a sentence ("anh A. rời Hàn Quốc")?
 */
static gboolean vowel_initial(const vi_norm *c, size_t i)
{
    return amp_joined(c, i) ||
           (i >= 2 && !c->tok[i].space && vi_norm_sym(c, i - 1, '.') && !c->tok[i - 1].space &&
            vi_norm_is(c, i - 2, VI_TOK_WORD) && tok_len(c, i - 2) == 1) ||
           (vi_norm_sym(c, i + 1, '.') && !c->tok[i + 1].space && vi_norm_capitalized(c, i + 2) &&
            !c->tok[i + 2].space &&
            g_utf8_strlen(vi_norm_str(c, i + 2), (gssize)tok_len(c, i + 2)) == 1) ||
           (i > 0 && c->tok[i].space && vi_norm_sym(c, i + 1, '.') && !c->tok[i + 1].space &&
            vi_norm_is(c, i + 2, VI_TOK_WORD) && c->tok[i + 2].space &&
            g_unichar_islower(c->tok[i + 2].ch));
}

/* Is token i a capital letter alone with its dot, a space after them ("J. ")? */
static gboolean initial_with_dot(const vi_norm *c, size_t i)
{
    return vi_norm_is(c, i, VI_TOK_WORD) && tok_len(c, i) == 1 &&
           g_ascii_isupper(*vi_norm_str(c, i)) && vi_norm_sym(c, i + 1, '.') &&
           !c->tok[i + 1].space && !(i + 2 < c->ntok && !c->tok[i + 2].space);
}

/* Token t is one capital letter, Đ as A ("Đ" is two bytes). */
static gboolean capital_letter(const vi_norm *c, size_t t)
{
    return vi_norm_capitalized(c, t) &&
           g_utf8_next_char(vi_norm_str(c, t)) == vi_norm_str(c, t) + tok_len(c, t);
}

/* Is the word i, with its dot, one of three initials of a name or more joined by dots, the
 * others capital letters ("Ng.T.A", "L.Th.H.", "N.T.Ng", "V.V.Đ")? Not two alone ("Ph.D",
 * "Th.S"). */
static gboolean among_initials(const vi_norm *c, size_t i)
{
    size_t first = i, last = i, n = 1;
    while (first >= 2 && !c->tok[first].space && vi_norm_sym(c, first - 1, '.') &&
           capital_letter(c, first - 2) && n < 8) {
        first -= 2;
        n++;
    }
    while (vi_norm_sym(c, last + 1, '.') && !c->tok[last + 1].space &&
           vi_norm_joined(c, last + 2, VI_TOK_WORD) && capital_letter(c, last + 2) && n < 8) {
        last += 2;
        n++;
    }
    return n >= 3 && vi_norm_sym(c, i + 1, '.') && !c->tok[i + 1].space &&
           !vi_norm_joined(c, last + 1, VI_TOK_WORD) && !vi_norm_joined(c, last + 1, VI_TOK_NUM);
}

/*
 * Is token i a given name shortened to its first consonant of two or three letters, with its
 * dot, in a name hidden by the press ("ông Nguyễn Văn Tr. (SN 1973)", "chị Lê Thị Th.", "anh
 * Ng.")? Then it is said as that consonant's sound, as the one-letter initials are (N. nờ):
 * trờ, thờ, ngờ, phờ, khờ, chờ, nhờ, giờ, quờ, gờ. Only written Xy (Xyz) with a dot not joined
 * to what follows (not "Th.S", "Tr.25") nor before a number ("Tr. 25"), after a word for a person
 * or the last word of a name.
 */
static size_t rule_consonant_initial(vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    char low[4];
    size_t last;
    /* "... về người. Ng.Nga"; among initials: "Ng.T.A", "L.Th.H." */
    gboolean byline = vi_norm_byline_initial(c, i) || among_initials(c, i);
    if (len < 2 || len > 3 || !g_ascii_isupper(w[0]) || !vi_norm_sym(c, i + 1, '.') ||
        c->tok[i + 1].space ||
        (!byline && i + 2 < c->ntok && !c->tok[i + 2].space &&
         !(vi_norm_sym(c, i + 2, ',') || vi_norm_sym(c, i + 2, ')') ||
           vi_norm_sym(c, i + 2, ';'))) ||
        (!byline && (i == 0 || !c->tok[i].space))) {
        return 0;
    }
    for (size_t k = 0; k < len; k++) {
        if (k > 0 && !g_ascii_islower(w[k])) {
            return 0;
        }
        low[k] = g_ascii_tolower(w[k]);
    }
    low[len] = '\0';
    /* an onset of two or three letters Vietnamese writes (ch, gh, gi, kh, ng, ngh, nh, ph, qu,
     * th, tr) */
    if (!vi_text_is_onset(low, len) || vi_norm_is(c, i + 2, VI_TOK_NUM) ||
        !(byline || vi_norm_person_word(c, i - 1) ||
          /* the last word of a name: "Nguyễn Văn Tr.", "ông Trần Th.", not "Xem Tr." */
          (i >= 2 && vi_norm_capitalized(c, i - 1) &&
           vi_norm_syllable(c, i - 1) &&
           (vi_norm_capitalized(c, i - 2) || vi_norm_person_word(c, i - 2))))) {
        return 0;
    }
    /* ngh and gh are the spellings of ng and g before e, ê, i */
    g_string_truncate(c->buf, 0);
    g_string_append_len(c->buf, low, strcmp(low, "ngh") == 0 || strcmp(low, "gh") == 0
                                         ? (gssize)len - 1
                                         : (gssize)len);
    g_string_append(c->buf, "ờ");
    /* its dot is no full stop when text follows, as a one-letter initial's */
    last = i + 2 < c->ntok ? i + 1 : i;
    vi_norm_say_buf(c, i, last);
    return last + 1;
}

/* The most initials after the first that may stand before the English name they belong to
 * ("J. R. R. Tolkien" has two); a longer run is no name's, and is not searched to its end. */
#define MAX_INITIALS_AFTER 8

/*
 * Is the capital letter i, with its dot, the initial of a name the English voice says: right
 * after a word of it ("Marc E.", "Ezekiel J. Emanuel") or right before one, maybe after more
 * initials ("J. Smith", "J. K. Rowling")? It is said by that voice too, as the English name's
 * letter, not spelled apart in Vietnamese. Not initials run together ("Celtic T.T", a credit).
 */
static gboolean english_initial(vi_norm *c, size_t i)
{
    if (!initial_with_dot(c, i)) {
        return FALSE;
    }
    if (i > 0 && c->tok[i].space && name_word(c, i - 1) &&
        (english_name(c, i - 1) || syllable_in_english_name(c, i - 1))) {
        return TRUE;
    }
    for (size_t k = i + 2, n = 0; k < c->ntok && c->tok[k].space; k += 2, n++) {
        if (name_word(c, k) && english_name(c, k)) {
            return TRUE;
        }
        if (n == MAX_INITIALS_AFTER || !initial_with_dot(c, k)) {
            return FALSE;
        }
    }
    return FALSE;
}

/* Is token k a word of two ASCII capitals or more with a vowel, in no lexicon? */
static gboolean caps_run_word(vi_norm *c, size_t k)
{
    const char *w;
    size_t len;
    gboolean vowel = FALSE;
    if (!vi_norm_is(c, k, VI_TOK_WORD) || (len = tok_len(c, k)) < 2 || len > 16) {
        return FALSE;
    }
    w = vi_norm_str(c, k);
    for (size_t n = 0; n < len; n++) {
        if (!g_ascii_isupper(w[n])) {
            return FALSE;
        }
        vowel = vowel || ascii_vowel(w[n]);
    }
    if (!vowel || vi_lex_abbr(c->lex, key_of(c, k)) != NULL) {
        return FALSE;
    }
    for (size_t n = 0; n < c->key->len; n++) {
        c->key->str[n] = g_ascii_tolower(c->key->str[n]);
    }
    return vi_lex_abbr(c->lex, c->key->str) == NULL;
}

/* Is token k a word the English voice says in a run of capitals: one it says alone (a word in
 * capitals that is pronounceable, no Vietnamese syllable, not a brand caps_word() reads:
 * TIMES, THAILAND; not NATION, THACO)? */
static gboolean caps_run_anchor(vi_norm *c, size_t k)
{
    const char *w = vi_norm_str(c, k);
    size_t len = tok_len(c, k);
    gboolean brand;
    if (!caps_pronounceable(w, len) || vi_text_is_syllable(w, len)) {
        return FALSE;
    }
    g_string_truncate(c->scratch, 0);
    brand = len <= 10 && caps_word(w, len, c->scratch);
    g_string_truncate(c->scratch, 0);
    return !brand;
}

/* Is an ASCII word a vowel, then three consonants or more and no other vowel (AMTD, ESPN, ICBM):
 * letters of an acronym, which no English word is? */
static gboolean vowel_then_consonants(const char *w, size_t len)
{
    if (len < 4 || !ascii_vowel(w[0])) {
        return FALSE;
    }
    for (size_t k = 1; k < len; k++) {
        if (ascii_vowel(w[k])) {
            return FALSE;
        }
    }
    return TRUE;
}

/* Can token k join a run of capitals the English voice says: caps_run_word(), four letters or
 * more, no Vietnamese syllable and no vowel_then_consonants() (KHMER, NEWS, POST; not TRONG,
 * VIET of a Vietnamese headline, nor an acronym: EVN, AMG, AMTD), or THE, OF, AND? */
static gboolean caps_run_joiner(vi_norm *c, size_t k)
{
    static const char *const small[] = {"THE", "OF", "AND"};
    const char *w = vi_norm_str(c, k);
    size_t len = tok_len(c, k);
    if (!caps_run_word(c, k)) {
        return FALSE;
    }
    return (len >= 4 && !vi_text_is_syllable(w, len) && !vowel_then_consonants(w, len)) ||
           vi_norm_word_in(c, k, small, G_N_ELEMENTS(small), FALSE);
}

/*
 * Is word i, in capitals (caps_run_word()), in a run of such words joined by spaces, up to four
 * either side, one of which the English voice says as a word (caps_pronounceable(), no
 * Vietnamese syllable: TIMES, THAILAND)? Then the whole run is an English name in capitals, as
 * a photo credit writes its source ("KHMER TIMES", "NATION THAILAND", "CHANNEL NEWS ASIA"),
 * said by the English voice, not spelled in part. Acronyms in the lexicon (AFP, TTXVN) and
 * words without a vowel (BBC) are no part of it.
 */
static gboolean in_caps_english_run(vi_norm *c, size_t i)
{
    if (!caps_run_joiner(c, i)) {
        return FALSE;
    }
    for (int d = -1; d <= 1; d += 2) {
        size_t k = i;
        for (int n = 0; n < 4; n++) {
            size_t next = d < 0 ? k - 1 : k + 1;
            if ((d < 0 ? (k == 0 || !c->tok[k].space) : (k + 1 >= c->ntok || !c->tok[k + 1].space)) ||
                !caps_run_joiner(c, next)) {
                break;
            }
            k = next;
            if (caps_run_anchor(c, k)) {
                return TRUE;
            }
        }
    }
    return FALSE;
}

/*
 * Is word i four ASCII capitals or more that spell an English word of webwords.tsv (SPORT,
 * PLAY, NEWS, CLUB), no Vietnamese syllable (LONG of a headline)? Such a word is said, not
 * spelled, though it has one syllable (caps_pronounceable() wants two). Three capitals are
 * left to the acronym rules: BID, FIT, NET are tickers as often as words.
 */
static gboolean caps_english_word(vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    return len >= 4 && vi_text_is_upper(w, len) && !vi_text_is_syllable(w, len) &&
           english_webword(c, i);
}

/*
 * How many letters (one to three consonants) head word i, in ASCII capitals, before an English
 * word of webwords.tsv of four letters or more (letters_then_english()): FSOFT, SSPORT, BNEWS;
 * 0 when it is not so, or when one letter and the word's first make an English onset (BLINK,
 * BRIGHT are words, not B and LINK).
 */
static size_t caps_letters_english(vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i), p;
    char key[17];
    if (len < 5 || len >= sizeof key) {
        return 0;
    }
    for (size_t k = 0; k < len; k++) {
        if (!g_ascii_isupper(w[k])) {
            return 0;
        }
        key[k] = g_ascii_tolower(w[k]);
    }
    key[len] = '\0';
    p = letters_then_english(c, key, len);
    if (p == 0 || !consonants_only(key, p) || (p == 1 && english_cluster(key, TRUE))) {
        return 0;
    }
    return p;
}

/*
 * A word no other rule took. A consonant alone is said by its name (b -> "bê"; an initial "V."
 * also takes its dot when text follows); a vowel alone is a word (y tế, Văn A). Two to six
 * capitals that do not make a Vietnamese syllable are spelled: GDP -> "gờ đê pê", while "HÀ NỘI"
 * stays as it is. Anything else is said as written, with the traditional tone placement.
 */
static size_t rule_word(vi_norm *c, size_t i)
{
    if (brand_word(c, i)) {
        return i + 1;
    }
    g_string_truncate(c->buf, 0);
    if (letters_and_key(c, i, c->buf)) {
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    const vi_unit *unit;
    size_t head;
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    gboolean one = g_utf8_next_char(w) == w + len;
    if (english_phrase(c, i)) {
        /* "It", "Go" of "Let It Go", "so" of "so deep": English words in an English phrase */
        vi_norm_say_foreign(c, i);
        return i + 1;
    }
    if (one && english_initial(c, i)) {
        vi_norm_say_foreign(c, i);
        return i + 1;
    }
    if (one && vi_lex_letter(c->lex, c->tok[i].ch) != NULL &&
        (!vi_text_is_syllable(w, len) || (vi_norm_capitalized(c, i) && vowel_initial(c, i)))) {
        /* A letter, or a capital vowel that is an initial (vowel_initial()). */
        g_string_truncate(c->buf, 0);
        vi_norm_spell(c, c->buf, w, len);
        if (vi_norm_capitalized(c, i) && vi_norm_sym(c, i + 1, '.') && !c->tok[i + 1].space &&
            i + 2 < c->ntok) {
            vi_norm_say_buf(c, i, i + 1);
            return i + 2;
        }
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    if (len == 3 && vi_text_is_upper(w, len) && (unit = vi_lex_unit(c->lex, key_of(c, i))) != NULL &&
        unit->kind == VI_UNIT_MONEY) {
        /* A currency code without an amount: "đồng EUR" -> "ơ rô". */
        g_string_truncate(c->buf, 0);
        vi_norm_put_reading(c, c->buf, unit->reading);
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    if (!one && vi_text_is_upper(w, len) && vi_text_is_repaired_syllable(w, len)) {
        /* A word in capitals with its horn or tone mark misplaced, "TRỨOC", "NGUỜI": the
         * repaired syllable (TRƯỚC, NGƯỜI), not letters to spell. */
        vi_norm_say_word(c, i);
        return i + 1;
    }
    if (!one && in_caps_english_run(c, i)) {
        vi_norm_say_foreign(c, i);
        return i + 1;
    }
    if (len >= 4 && len <= 10 && vi_text_is_upper(w, len) && caps_word(w, len, c->buf)) {
        /* A brand in capitals that is a word, not an acronym: AQUA "a qua", NATO "na tô". */
        foreign_letters(c->buf);
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    if (caps_english_word(c, i)) {
        /* An English word in capitals: SPORT of "K+ SPORT 1", PLAY of "FPT PLAY". */
        vi_norm_say_foreign(c, i);
        return i + 1;
    }
    if ((head = caps_letters_english(c, i)) > 0) {
        /* Letters, then an English word: FSOFT "ép" and soft, SSPORT "ét" and sport. */
        g_string_truncate(c->buf, 0);
        vi_norm_spell(c, c->buf, w, head);
        vi_norm_say_buf(c, i, i);
        vi_norm_say_foreign_text(c, w + head, len - head, i, i);
        return i + 1;
    }
    if (((len == 2 && g_ascii_isupper(w[0]) && g_ascii_isupper(w[1])) ||
         (len == 3 && vi_norm_capitals(c, i, 3, 3) && i > 0 && vi_norm_sym(c, i - 1, '(') &&
          !c->tok[i].space && vi_norm_sym(c, i + 1, ')') && !c->tok[i + 1].space)) &&
        toneless_syllable(w, len) && !caps_headline_word(c, i)) {
        /* Two capitals that happen to be a syllable, not in a headline: "iPhone SE", "GA-L"
         * (one ending in p, t, c is no word without its mark: "IP" is an acronym below); three
         * alone between brackets, as an acronym after the name it stands for: "(DIU)", "(TOI)"
         * (in running text SAO, VUI, PIN are words in capitals as often as acronyms). */
        g_string_truncate(c->buf, 0);
        vi_norm_spell(c, c->buf, w, len);
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    if (len >= 4 && caps_pronounceable(w, len) && !vi_text_is_syllable(w, len)) {
        /* A name in capitals that is a word, not Vietnamese: YAGI, RAPID, DOJI (English voice). */
        vi_norm_say_foreign(c, i);
        return i + 1;
    }
    if (!one && vi_norm_capitalized(c, i) &&
        (g_utf8_strlen(w, (gssize)len) <= 6 || (len <= 16 && consonant_run(w, len))) &&
        vi_text_is_upper(w, len) &&
        (!vi_text_is_syllable(w, len) || (len == 2 && amp_joined(c, i)) ||
         unmarked_caps_acronym(c, i))) {
        /* An acronym: "TTXVN", "AT" of "AT&T", "AP", "CIA" (unmarked_caps_acronym()); a longer
         * one of letters run together: "EVNHCMC" */
        g_string_truncate(c->buf, 0);
        vi_norm_spell(c, c->buf, w, len);
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    if (!one && len >= 3 && len <= 7 && w[len - 1] == 's' && mostly_capitals(w, len)) {
        /* An acronym with the English plural s ("KOLs", "SDGs", "ETFs"): the s is not said,
         * as Vietnamese newsreaders drop it; the acronym is said as it is alone (its entry:
         * "CEOs" as CEO, else spelled). */
        char key[8];
        memcpy(key, w, len - 1);
        key[len - 1] = '\0';
        g_string_truncate(c->buf, 0);
        if (!vi_norm_expand(c, c->buf, key, i, i, FALSE)) {
            vi_norm_spell(c, c->buf, w, len - 1);
        }
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    if (!one && len >= 3 && len <= 6 && mostly_capitals(w, len)) {
        /* "PBoC", "BoJ": an acronym with one small letter is spelled too. */
        g_string_truncate(c->buf, 0);
        vi_norm_spell(c, c->buf, w, len);
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    if (!one && len <= 8 && !vi_norm_joined(c, i + 1, VI_TOK_WORD) &&
        !vi_norm_joined(c, i + 1, VI_TOK_NUM) &&
        (unit = vi_lex_unit(c->lex, key_of(c, i))) != NULL && unit->kind == VI_UNIT_MEASURE &&
        !vi_text_is_upper(w, len) &&
        (!vi_text_is_syllable(w, len) || (!unit->joined && unit_word_before(c, i)))) {
        /* A unit without a number: "vài km", "đơn vị kWh", "mỗi ha". */
        g_string_truncate(c->buf, 0);
        vi_norm_put_reading(c, c->buf, unit->reading);
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    if (!vi_norm_capitalized(c, i) && language_particle(c, i)) {
        /* "de" of "Staffan de Mistura" after Syria: by the letters of the name's language */
        g_string_truncate(c->buf, 0);
        if (language_respelling(c, i, c->buf)) {
            vi_norm_say_buf(c, i, i);
            return i + 1;
        }
    }
    if (foreign_word(c, i)) {
        /* Vietnamese written without marks or run together ("Saigon", "DocBao", "Putin") is
         * said as its syllables by the Vietnamese voice; anything else by the English one, and
         * so is a part of a name the English voice says ("Diego" of "Diego Silva"). "Vla" of
         * "Vla-đi-mia", a name transcribed in Vietnamese syllables joined by hyphens, is said
         * by the Vietnamese voice as written. */
        if (hyphen_transcription(c, i)) {
            vi_norm_say_word(c, i);
            return i + 1;
        }
        if (say_site_word(c, i)) {
            return i + 1;
        }
        g_string_truncate(c->buf, 0);
        if (language_respelling(c, i, c->buf)) {
            vi_norm_say_buf(c, i, i);
            return i + 1;
        }
        if (run_together(c, i, c->buf) && !beside_english_name(c, i) &&
            !(syllables_in(c->buf) >= 2 && beside_run_together(c, i)) && !in_english_list(c, i)) {
            foreign_letters(c->buf);
            vi_norm_say_buf(c, i, i);
        } else {
            g_string_truncate(c->buf, 0);
            vi_norm_say_foreign(c, i);
        }
        return i + 1;
    }
    if (len == 3 && memcmp(w, "The", 3) == 0 && i + 1 < c->ntok && c->tok[i + 1].space &&
        capital_foreign(c, i + 1)) {
        /* The English article of a title or name: "The Times", "The Lancet". */
        vi_norm_say_foreign(c, i);
        return i + 1;
    }
    if (syllable_in_english_name(c, i) || english_particle(c, i)) {
        vi_norm_say_foreign(c, i);
        return i + 1;
    }
    vi_norm_say_word(c, i);
    return i + 1;
}

/* ---------------------------------------------------------------------------------------- */
/* Web and e-mail addresses                                                                  */

static gboolean url_symbol(gunichar ch)
{
    return ch != 0 && ch < 0x80 && strchr("./-_@:?=&%#~+", (int)ch) != NULL;
}

static gboolean closing_punct(gunichar ch)
{
    return ch < 0x80 ? strchr(".,;:!?)]}\"'", (int)ch) != NULL
                     : (ch == 0x201D || ch == 0x2019 || ch == 0xBB);
}

/* Does token t (a word) name a top-level domain: an entry with the url context? */
static gboolean is_domain(vi_norm *c, size_t t)
{
    const vi_abbr_list *entries;
    char *key;
    gboolean found = FALSE;
    if (!vi_norm_is(c, t, VI_TOK_WORD) || tok_len(c, t) > 8) {
        return FALSE;
    }
    key = g_ascii_strdown(vi_norm_str(c, t), (gssize)tok_len(c, t));
    entries = vi_lex_abbr(c->lex, key);
    for (unsigned e = 0; entries != NULL && e < entries->len && !found; e++) {
        const vi_abbr *a = entries->items[e];
        for (size_t k = 0; k < a->n_conds; k++) {
            found = found || a->conds[k].kind == VI_COND_URL;
        }
    }
    g_free(key);
    return found;
}

/* Countries' domains that end a web name written right after its name ("xinhua.cn",
 * "lemonde.fr"); after a common domain any two letters do ("news.com.au", "moe.edu.sg"). Those
 * that are English words or Vietnamese syllables without marks (in, it, my, to, de, ca, se, ly)
 * are left out: "hay.ca sĩ", a space missing after a sentence, is no address. */
static const char *const country_domains[] = {"au", "ch", "cn", "es", "eu", "fr", "hk", "jp",
                                              "kh", "kr", "nl", "nz", "ru", "sg", "th", "tw"};

/* The countries' domains left out of country_domains, as words or syllables: they end a web
 * name when the name before them is no Vietnamese syllable ("dfb.de", "legaseriea.it",
 * "BTC-echo.de", "newsnation.in"; "hay.ca sĩ" stays text). */
static const char *const word_domains[] = {"ca", "de", "in", "it", "my", "se", "to"};

/* Is token t two lowercase ASCII letters (how a country's domain is written)? */
static gboolean country_code(vi_norm *c, size_t t)
{
    const char *s = vi_norm_str(c, t);
    return vi_norm_is(c, t, VI_TOK_WORD) && tok_len(c, t) == 2 && g_ascii_islower(s[0]) &&
           g_ascii_islower(s[1]);
}

/* Are tokens i..e (e excluded) all in ASCII? */
static gboolean ascii_tokens(vi_norm *c, size_t i, size_t e)
{
    for (size_t t = i; t < e; t++) {
        for (size_t k = 0; k < tok_len(c, t); k++) {
            if ((unsigned char)vi_norm_str(c, t)[k] >= 0x80) {
                return FALSE;
            }
        }
    }
    return TRUE;
}

/* Is token t a name before a domain of word_domains: three letters or more, no Vietnamese
 * syllable ("hay.ca sĩ" is a sentence run on), and up to five letters or English-shaped, as the
 * rules of web names can say it ("Bundeswehr.de", which they would spell, stays as it was)? */
static gboolean word_domain_name(vi_norm *c, size_t t)
{
    const char *s = vi_norm_str(c, t);
    size_t n = tok_len(c, t);
    return vi_norm_is(c, t, VI_TOK_WORD) && n >= 3 && !vi_text_is_syllable(s, n) &&
           (n <= 5 || english_shaped(s, n));
}

/* Does the host of an address, tokens i..e, end in a domain: an entry with the url context
 * ("vnexpress.net", "hanoi.gov.vn"), or a country's two letters after such an entry
 * ("news.com.au", "Nine.com.au", "asahi.co.jp") or of country_domains ("xinhua.cn"), or of
 * word_domains after a name that is no syllable ("spiegel.de")? */
static gboolean host_domain(vi_norm *c, size_t i, size_t e)
{
    if (e - i < 3 || !vi_norm_sym(c, e - 2, '.')) {
        return FALSE;
    }
    if (!ascii_tokens(c, i, e)) {
        /* "tốt.th", "như thật.TV này", "gà mái.Google Doodle": a sentence and a word run
         * together; a host with marks ends in a domain in small letters ("otòun.net") */
        return is_domain(c, e - 1) && g_unichar_islower(c->tok[e - 1].ch);
    }
    if (is_domain(c, e - 1)) {
        return TRUE;
    }
    return country_code(c, e - 1) &&
           ((e - i >= 5 && vi_norm_sym(c, e - 4, '.') && is_domain(c, e - 3)) ||
            vi_norm_word_in(c, e - 1, country_domains, G_N_ELEMENTS(country_domains), FALSE) ||
            (vi_norm_word_in(c, e - 1, word_domains, G_N_ELEMENTS(word_domains), FALSE) &&
             word_domain_name(c, e - 3)));
}

/* The vowel letters (a, e, i, o, u, y) of an ASCII word. */
static size_t vowel_count(const char *s, size_t n)
{
    size_t v = 0;
    for (size_t k = 0; k < n; k++) {
        v += strchr("aeiouyAEIOUY", s[k]) != NULL && s[k] != '\0';
    }
    return v;
}

/* The words of a phrase (its spaces plus one). */
static size_t syllables_in(const GString *s)
{
    size_t n = 1;
    for (size_t k = 0; k < s->len; k++) {
        n += s->str[k] == ' ' && k > 0;
    }
    return n;
}

/* Does an ASCII word end like English, with a consonant and a silent e ("Rate", "minute")?
 * Such a word is not Vietnamese run together, though it may split into syllables. */
static gboolean english_silent_e(const char *w, size_t len)
{
    return len >= 3 && g_ascii_tolower(w[len - 1]) == 'e' &&
           strchr("aeiouy", g_ascii_tolower(w[len - 2])) == NULL;
}

/* Does an ASCII word end in a consonant and "ion" ("Vision", "Nation", "Champion")? No name
 * run together from Vietnamese syllables ends so (a syllable "on" after one ending in i), though
 * such a word splits into syllables ("Vi si on"). A word in capitals may still be one (LION). */
static gboolean english_ion(const char *w, size_t len)
{
    return len >= 4 && g_ascii_strncasecmp(w + len - 3, "ion", 3) == 0 &&
           strchr("aeiouy", g_ascii_tolower(w[len - 4])) == NULL;
}

/* The length in bytes of the shortest word of a phrase ("U nit": 1). */
static size_t shortest_word(const GString *s)
{
    size_t best = s->len, run = 0;
    for (size_t k = 0; k <= s->len; k++) {
        if (k == s->len || s->str[k] == ' ') {
            if (run > 0) {
                best = MIN(best, run);
            }
            run = 0;
        } else {
            run++;
        }
    }
    return best;
}

/* How unlikely a syllable is in a name split into syllables: fewer syllables first, then those
 * with a first consonant, then those without a stop at the end ("ho tro", not "hot ro"). */
static unsigned syllable_cost(const char *s, size_t n)
{
    unsigned cost = 10;
    char last = s[n - 1];
    if (strchr("aeiouy", s[0]) != NULL) {
        cost += 3;
    }
    if (last == 'c' || last == 'p' || last == 't' || (n >= 2 && last == 'h' && s[n - 2] == 'c')) {
        cost += 1;
    }
    return cost;
}

/* Does a piece of a word hold a capital after its first letter? A syllable of a CamelCase word
 * never does ("LinkedIn" is not "Lin ke dIn"). */
static gboolean inner_capital(const char *s, size_t n)
{
    for (size_t k = 1; k < n; k++) {
        if (g_ascii_isupper(s[k])) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Splits an ASCII name into Vietnamese syllables ("baobackan" -> "bao bac kan", "DocBao" ->
 * "Doc Bao", a capital only at a syllable's start) at the lowest cost. FALSE when it cannot
 * be. */
static gboolean segment(const char *w, size_t n, GString *out)
{
    unsigned best[33];
    unsigned from[33];
    size_t cuts[33];
    size_t nc = 0;
    if (n == 0 || n > 32) {
        return FALSE;
    }
    best[0] = 0;
    for (size_t k = 1; k <= n; k++) {
        best[k] = G_MAXUINT;
        for (size_t l = 1; l <= 7 && l <= k; l++) {
            unsigned cost;
            if (best[k - l] == G_MAXUINT || !vi_text_is_syllable(w + k - l, l) ||
                inner_capital(w + k - l, l)) {
                continue;
            }
            cost = best[k - l] + syllable_cost(w + k - l, l);
            if (cost < best[k]) {
                best[k] = cost;
                from[k] = (unsigned)(k - l);
            }
        }
    }
    if (best[n] == G_MAXUINT) {
        return FALSE;
    }
    for (size_t k = n; k > 0; k = from[k]) {
        cuts[nc++] = k;
    }
    for (size_t a = nc; a > 0; a--) {
        size_t end = cuts[a - 1];
        size_t start = a < nc ? cuts[a] : 0;
        vi_num_put(out, "");
        g_string_append_len(out, w + start, (gssize)(end - start));
    }
    return TRUE;
}

/* The longest name of a web address split into words (bytes); longer ones are not split. */
#define MAX_WEB_NAME 48

/* What a piece of a web name is: a Vietnamese syllable, a Vietnamese word of webwords.tsv
 * (said by its reading), or an English word of webwords.tsv. */
typedef enum { PIECE_SYLLABLE, PIECE_WORD, PIECE_ENGLISH } piece_kind;

/* A piece of a web name: bytes start..start+len of the name, its kind, and a word's reading. */
typedef struct {
    size_t start;
    size_t len;
    piece_kind kind;
    const char *reading;
} web_piece;

typedef struct {
    unsigned cost;
    unsigned char from; /* where the last piece starts */
    unsigned char kind; /* piece_kind of the last piece */
    unsigned char prev; /* the language of the piece before it (0 Vietnamese, 1 English) */
    const char *reading;
} web_cell;

/* The cost of a piece: a syllable as in syllable_cost() (10 and more), a stop ending without
 * its tone dearer; a Vietnamese word less than its syllables (8 a syllable, 9 for a word of one);
 * an English word of four letters or more as one syllable, of three letters dearer. Changing
 * language between two pieces costs 8, so that an English word of two syllables' letters
 * ("home", "city") wins over two syllables ("ho me", "ci ty") even beside Vietnamese. */
#define WEB_SWITCH_COST  8u
#define WEB_ENGLISH_COST 10u
#define WEB_STOP_COST    5u
#define WEB_TONELESS_COST 8u

/*
 * Splits a lowercase ASCII web name (key, n bytes) into pieces at the lowest cost (dynamic
 * programming over the positions, each remembering the language of its last piece): the
 * Vietnamese syllables, the words of webwords.tsv with their readings, and its English words
 * of three letters or more. cells[k][v] is the best split of key[0..k) whose last piece is
 * Vietnamese (v = 0) or English (v = 1). Returns the number of pieces written to pieces (in
 * order), or 0 when the name does not split.
 */
static size_t web_split(vi_norm *c, const char *key, size_t n, web_piece *pieces)
{
    web_cell cells[MAX_WEB_NAME + 1][2];
    size_t maxlen =
        MAX(MAX(vi_lex_webword_max_len(c->lex), vi_lex_toneless_max_len(c->lex)), (size_t)7);
    size_t np = 0, k;
    int v;
    if (n == 0 || n > MAX_WEB_NAME) {
        return 0;
    }
    for (k = 0; k <= n; k++) {
        cells[k][0].cost = cells[k][1].cost = G_MAXUINT;
    }
    cells[0][0].cost = 0;
    cells[0][1].cost = 0;
    for (k = 1; k <= n; k++) {
        for (size_t l = 1; l <= maxlen && l <= k; l++) {
            const char *piece = key + k - l;
            const char *reading = vi_lex_webword(c->lex, piece, l);
            const char *toneless =
                reading == NULL && l >= 3 ? vi_lex_toneless(c->lex, piece, l) : NULL;
            unsigned own[3] = {G_MAXUINT, G_MAXUINT, G_MAXUINT};
            if (l <= 7 && vi_text_is_syllable(piece, l)) {
                own[PIECE_SYLLABLE] =
                    syllable_cost(piece, l) + (stop_ending(piece, l) ? WEB_STOP_COST : 0u);
            }
            if (reading != NULL && *reading != '\0') {
                GString tmp = {(char *)reading, strlen(reading), 0};
                size_t syl = syllables_in(&tmp);
                /* a word of one syllable a little dearer, so that a longer word wins over it
                 * and another ("baoviet" Bảo Việt, not "bao" báo + "viet") */
                own[PIECE_WORD] = 8u * (unsigned)syl + (syl == 1 ? 1u : 0u);
            } else if (reading != NULL && l >= 3) {
                own[PIECE_ENGLISH] = WEB_ENGLISH_COST + (l == 3 ? 6u : 0u);
            } else if (toneless != NULL &&
                       (*toneless == '\0' ? l == n : strchr(toneless, ' ') != NULL)) {
                /* two syllables of toneless.tsv ("ketqua" kết quả), or a foreign word written
                 * as it is there, the whole name ("video"; not "theobamadiary"): dearer than a
                 * word of webwords.tsv, cheaper than two syllables */
                own[PIECE_WORD] = 2u * WEB_TONELESS_COST;
                reading = toneless;
            }
            for (int kind = 0; kind < 3; kind++) {
                int lang = kind == PIECE_ENGLISH;
                if (own[kind] == G_MAXUINT) {
                    continue;
                }
                for (int prev = 0; prev < 2; prev++) {
                    unsigned cost;
                    if (cells[k - l][prev].cost == G_MAXUINT) {
                        continue;
                    }
                    cost = cells[k - l][prev].cost + own[kind] +
                           (k - l > 0 && prev != lang ? WEB_SWITCH_COST : 0u);
                    if (cost < cells[k][lang].cost) {
                        cells[k][lang].cost = cost;
                        cells[k][lang].from = (unsigned char)(k - l);
                        cells[k][lang].kind = (unsigned char)kind;
                        cells[k][lang].prev = (unsigned char)prev;
                        cells[k][lang].reading = kind == PIECE_WORD ? reading : NULL;
                    }
                }
            }
        }
    }
    v = cells[n][1].cost < cells[n][0].cost;
    if (cells[n][v].cost == G_MAXUINT) {
        return 0;
    }
    for (k = n; k > 0;) {
        const web_cell *cell = &cells[k][v];
        pieces[np].start = cell->from;
        pieces[np].len = k - cell->from;
        pieces[np].kind = (piece_kind)cell->kind;
        pieces[np].reading = cell->reading;
        np++;
        v = cell->prev;
        k = cell->from;
    }
    /* Reverse into reading order. */
    for (size_t a = 0, b = np - 1; a < b; a++, b--) {
        web_piece t = pieces[a];
        pieces[a] = pieces[b];
        pieces[b] = t;
    }
    return np;
}

/* Is a piece of a web name Vietnamese written without its marks that tonephrases.tsv may read
 * anew: a syllable, or two syllables of toneless.tsv ("ketqua"), not a word of webwords.tsv
 * ("hanoi") nor a foreign word ("video")? */
static gboolean toneless_piece(vi_norm *c, const char *key, const web_piece *piece)
{
    return piece->kind == PIECE_SYLLABLE ||
           (piece->kind == PIECE_WORD && *piece->reading != '\0' &&
            vi_lex_webword(c->lex, key + piece->start, piece->len) == NULL);
}

/* The best reading so far of the first letters of a toneless run (tone_phrases()): its
 * syllables; those with a usual marked form (of a word or phrase of the tables, or alone by
 * toneless.tsv); those inside words and phrases of the tables, and whether one of their words
 * has four letters; its pieces; the cost of the syllables outside them (as in web_split()); the
 * uses of its phrases in the mining corpora; where its last piece starts, and that piece's
 * reading (NULL for a syllable). */
typedef struct {
    unsigned syllables;
    unsigned known;
    unsigned inside;
    gboolean long_word;
    unsigned pieces;
    unsigned cost;
    guint64 uses;
    unsigned char from;
    const char *reading;
} phrase_cell;

/* Is phrase_cell a a better reading than b: fewer syllables (as web_split() cuts them, "nguyen
 * lien", not "ngủ yên liên"), then more with a usual marked form (in a word or phrase of the
 * tables, or alone by toneless.tsv), then fewer pieces (longer words), then cheaper syllables,
 * then more frequent phrases? */
static gboolean better_phrases(const phrase_cell *a, const phrase_cell *b)
{
    if (a->syllables != b->syllables) {
        return a->syllables < b->syllables;
    }
    if (a->known != b->known) {
        return a->known > b->known;
    }
    if (a->pieces != b->pieces) {
        return a->pieces < b->pieces;
    }
    if (a->cost != b->cost) {
        return a->cost < b->cost;
    }
    return a->uses > b->uses;
}

/* The letters of the word of a phrase at *w (a marked letter is one), *w moved past it and its
 * space; 0 at the end. */
static size_t next_word_letters(const char **w)
{
    const char *end = strchr(*w, ' ');
    size_t n = end != NULL ? (size_t)(end - *w) : strlen(*w);
    size_t letters = (size_t)g_utf8_strlen(*w, (gssize)n);
    *w += n + (end != NULL);
    return letters;
}

/* Does a phrase hold a word of four letters or more ("tuyên giáo"; not "sở hạ")? */
static gboolean long_word(const char *phrase)
{
    size_t n;
    while ((n = next_word_letters(&phrase)) > 0) {
        if (n >= 4) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Does each word of a reading end where a word of a slug ends, the bits of cuts from bit at
 * ("tư pháp" over "tu-phap"; "thèm ăn" is not "the-man")? */
static gboolean reading_fits(const char *reading, size_t at, guint64 cuts)
{
    size_t n;
    while ((n = next_word_letters(&reading)) > 0) {
        at += n;
        if (at >= 64 || !((cuts >> at) & 1)) {
            return FALSE;
        }
    }
    return TRUE;
}

/* Keeps the reading next in *cell when it is better (or the first). */
static void keep_better(phrase_cell *cell, const phrase_cell *next)
{
    if (cell->pieces == G_MAXUINT || better_phrases(next, cell)) {
        *cell = *next;
    }
}

/*
 * Reads a run of toneless pieces (toneless_piece()) of a web name anew, letters a..b of key,
 * by the words and phrases of two and three syllables of tonephrases.tsv and the pairs of
 * toneless.tsv, chosen together rather than a syllable at a time (better_phrases(): "sotuphap"
 * so + tư pháp, not "tu" alone as written; "tuyengiao" tuyên giáo). Writes the run's pieces to
 * out and returns their number, or 0 when it stays as web_split() cut it: no word of the tables
 * is in it, a foreign word of toneless.tsv is ("primevideo" is not vị dẻo), or, unless marked
 * (the name shows Vietnamese written without marks already, marked_name()), a syllable is
 * outside them ("asiaplomacy" is not a sĩ ... ác ý: a foreign name of syllables) or none of
 * their words has four letters ("soha", a brand of short syllables, is not sở hạ, as
 * marked_name() tells). cuts, when not 0, has bit k set where a piece may end (a slug's words).
 */
static size_t phrase_split(vi_norm *c, const char *key, size_t a, size_t b, gboolean marked,
                           guint64 cuts, web_piece *out)
{
    phrase_cell cells[MAX_WEB_NAME + 1];
    size_t maxlen = MAX(vi_lex_tone_phrase_max_len(c->lex), vi_lex_toneless_max_len(c->lex));
    size_t n = b - a, np = 0;
    const char *run = key + a;
    memset(cells, 0, sizeof cells);
    for (size_t k = 1; k <= n; k++) {
        cells[k].pieces = G_MAXUINT;
    }
    for (size_t i = 0; i < n; i++) {
        if (cells[i].pieces == G_MAXUINT) {
            continue;
        }
        for (size_t l = 1; l <= maxlen && i + l <= n; l++) {
            const vi_tone_phrase *phrase;
            const char *pair, *word;
            phrase_cell next = cells[i];
            if (cuts != 0 && !((cuts >> (i + l)) & 1)) {
                continue;
            }
            phrase = vi_lex_tone_phrase(c->lex, run + i, l);
            pair = vi_lex_toneless(c->lex, run + i, l);
            word = phrase != NULL ? phrase->reading : pair;
            if (pair != NULL && *pair == '\0' && l >= 4) {
                return 0; /* a foreign word of toneless.tsv */
            }
            next.from = (unsigned char)i;
            next.pieces++;
            if (word != NULL && strchr(word, ' ') != NULL &&
                (cuts == 0 || reading_fits(word, i, cuts))) {
                GString tmp = {(char *)word, strlen(word), 0};
                unsigned syllables = (unsigned)syllables_in(&tmp);
                phrase_cell w = next;
                w.known += syllables;
                w.inside += syllables;
                w.syllables += syllables;
                w.uses += phrase != NULL ? phrase->count : 0u;
                w.long_word = w.long_word || long_word(word);
                w.reading = word;
                keep_better(&cells[i + l], &w);
            }
            if (l <= 7 && vi_text_is_syllable(run + i, l)) {
                next.cost += syllable_cost(run + i, l) +
                             (stop_ending(run + i, l) ? WEB_STOP_COST : 0u);
                next.syllables++;
                next.known += pair != NULL && *pair != '\0' && strchr(pair, ' ') == NULL;
                next.reading = NULL;
                keep_better(&cells[i + l], &next);
            }
        }
    }
    if (cells[n].pieces == G_MAXUINT || cells[n].inside == 0 ||
        (!marked && (cells[n].inside < cells[n].syllables || !cells[n].long_word))) {
        return 0;
    }
    np = cells[n].pieces;
    for (size_t k = n, p = np; k > 0; k = cells[k].from) {
        p--;
        out[p].start = a + cells[k].from;
        out[p].len = k - cells[k].from;
        out[p].kind = cells[k].reading != NULL ? PIECE_WORD : PIECE_SYLLABLE;
        out[p].reading = cells[k].reading;
    }
    return np;
}

/*
 * Reads each run of toneless pieces of a web name (pieces[first..np)) anew by phrase_split(),
 * marked when the name shows Vietnamese written without marks already. Returns the new number
 * of pieces (pieces has room for one a letter, MAX_WEB_NAME).
 */
static size_t tone_phrases(vi_norm *c, const char *key, web_piece *pieces, size_t np,
                           size_t first, gboolean marked)
{
    for (size_t p = first; p < np;) {
        web_piece run[MAX_WEB_NAME];
        size_t q = p, k;
        while (q < np && toneless_piece(c, key, &pieces[q])) {
            q++;
        }
        if (q == p) {
            p++;
            continue;
        }
        k = phrase_split(c, key, pieces[p].start, pieces[q - 1].start + pieces[q - 1].len,
                         marked, 0, run);
        if (k == 0) {
            p = q;
            continue;
        }
        memmove(pieces + p + k, pieces + q, (np - q) * sizeof *pieces);
        memcpy(pieces + p, run, k * sizeof *pieces);
        np = np - (q - p) + k;
        p += k;
    }
    return np;
}

/*
 * Is a split of one part of a web name, mixing Vietnamese and English pieces, unlikely? It is
 * when a single letter is a piece ("shop e e" for shopee), or a stretch of plain syllables
 * between English pieces is a single syllable ("cam bridge", "real me") or sits beside English
 * of fewer than five letters ("vie tin bank"): a name in one language then, said whole.
 */
static gboolean unlikely_mix(const web_piece *pieces, size_t np)
{
    size_t english = 0;
    for (size_t p = 0; p < np; p++) {
        english += pieces[p].kind == PIECE_ENGLISH;
    }
    if (english == 0 || english == np) {
        return FALSE;
    }
    for (size_t p = 0; p < np;) {
        size_t q = p, letters = 0, syllables = 0, words = 0;
        gboolean english_run = pieces[p].kind == PIECE_ENGLISH;
        for (; q < np && (pieces[q].kind == PIECE_ENGLISH) == english_run; q++) {
            letters += pieces[q].len;
            syllables += pieces[q].kind == PIECE_SYLLABLE;
            words += pieces[q].kind == PIECE_WORD;
            if (pieces[q].kind == PIECE_SYLLABLE && pieces[q].len == 1) {
                return TRUE;
            }
        }
        if (!english_run && words == 0 && syllables < 2) {
            return TRUE;
        }
        if (english_run && letters < 5 &&
            ((p > 0 && pieces[p - 1].kind == PIECE_SYLLABLE) ||
             (q < np && pieces[q].kind == PIECE_SYLLABLE))) {
            return TRUE;
        }
        p = q;
    }
    return FALSE;
}

/*
 * Do the pieces of a web name (key) show Vietnamese written without its marks, so that its
 * syllables take theirs from toneless.tsv: a word with a marked reading (of webwords.tsv, or
 * two syllables of toneless.tsv: "ketqua"), or, among two pieces or more, a syllable of four
 * letters or more with a mark there ("diemthi": điểm)? Not a brand of short syllables
 * ("hateco"; "nhakhoadaisy", whose nha khoa has no mark) nor a name alone ("Bong88"), whose
 * syllables stay as written.
 */
static gboolean marked_name(vi_norm *c, const char *key, const web_piece *pieces, size_t np)
{
    for (size_t p = 0; p < np; p++) {
        const char *reading = pieces[p].reading;
        if (pieces[p].kind == PIECE_SYLLABLE && pieces[p].len >= 4 && np >= 2) {
            reading = vi_lex_toneless(c->lex, key + pieces[p].start, pieces[p].len);
        } else if (pieces[p].kind != PIECE_WORD) {
            continue;
        }
        for (; reading != NULL && *reading != '\0'; reading++) {
            if ((guchar)*reading >= 0x80) {
                return TRUE;
            }
        }
    }
    return FALSE;
}

/* Appends to c->buf a Vietnamese piece of the web name key: a word's reading; a syllable by its
 * marked form in toneless.tsv when marks is set ("diem" điểm), else as written (a syllable
 * without a usual form: "thi" is thì, thi or thị; a foreign word of toneless.tsv, by its
 * syllables). */
static void put_vietnamese_piece(vi_norm *c, const char *key, const web_piece *piece,
                                 gboolean marks)
{
    const char *reading = piece->reading;
    if (piece->kind == PIECE_SYLLABLE) {
        reading = marks ? vi_lex_toneless(c->lex, key + piece->start, piece->len) : NULL;
    }
    if (reading != NULL && *reading != '\0' &&
        (piece->kind == PIECE_WORD || strchr(reading, ' ') == NULL)) {
        vi_norm_put_reading(c, c->buf, reading);
    } else if (piece->kind == PIECE_WORD && segment(key + piece->start, piece->len, c->buf)) {
        /* a foreign word of toneless.tsv, by its syllables as written ("nasa": na sa) */
    } else {
        vi_num_put(c->buf, "");
        g_string_append_len(c->buf, key + piece->start, (gssize)piece->len);
    }
}

/* Is a piece of a web name plain: a syllable, or a foreign word of toneless.tsv ("Marine" of
 * "MarineTraffic", said in English with "Traffic")? */
static gboolean plain_piece(const web_piece *piece)
{
    return piece->kind == PIECE_SYLLABLE ||
           (piece->kind == PIECE_WORD && piece->reading != NULL && *piece->reading == '\0');
}

/* Says pieces p..q-1 of word token j (text s) by the English voice, as words apart ("daily
 * mail", "morning ride"). */
static void say_english_pieces(vi_norm *c, size_t j, const char *s, const web_piece *pieces,
                               size_t p, size_t q)
{
    GString *run = g_string_new(NULL);
    for (; p < q; p++) {
        vi_num_put(run, "");
        g_string_append_len(run, s + pieces[p].start, (gssize)pieces[p].len);
    }
    vi_norm_say_foreign_text(c, run->str, run->len, j, j);
    g_string_free(run, TRUE);
}

/*
 * Says word token j of a web address (key: the word in lower case, n bytes). Its parts
 * (CamelCase: "realmeVietnam" is "realme" and "Vietnam") are split by web_split(), a part that
 * does not split or splits unlikely (unlikely_mix()) being one English piece when there are
 * several parts. Vietnamese pieces go to c->buf (said later with the tokens from *from on),
 * English ones are said at once by the English voice, consecutive ones together
 * ("saigonmorningride" -> "Sài Gòn" + "morning ride"). A name made of English pieces alone is
 * said by the English voice: a site's name (site) as its words, apart ("dailymail" "daily
 * mail", "mancity" "man city"; round 14), any other whole ("classroom" of a path), and so is a capitalized name of two syllables one
 * of which ends in a stop without its tone ("Kitco", "Trip": a brand written as a name, not
 * Vietnamese, whose stop syllables would carry a tone) or ending in a consonant and e ("Nine"). FALSE (nothing said or added) when the
 * name does not split.
 */
static gboolean say_web_name(vi_norm *c, size_t j, const char *key, size_t n, gboolean slug,
                             gboolean site, size_t *from)
{
    const char *s = vi_norm_str(c, j);
    web_piece pieces[MAX_WEB_NAME];
    size_t np = 0, parts = 1;
    size_t english = 0, stops = 0, syllables = 0;
    gboolean plain = TRUE, weak = FALSE, marks, paper;
    if (n == 0 || n > MAX_WEB_NAME) {
        return FALSE;
    }
    for (size_t k = 1; k < n; k++) {
        parts += g_ascii_isupper(s[k]) && g_ascii_islower(s[k - 1]);
    }
    np = web_split(c, key, n, pieces);
    if (np > 0 && unlikely_mix(pieces, np)) {
        np = 0;
    }
    for (size_t a = 0, by_parts = np == 0 && parts > 1; by_parts && a < n;) {
        size_t b = a + 1, k, at = np;
        while (b < n && !(g_ascii_isupper(s[b]) && g_ascii_islower(s[b - 1]))) {
            b++;
        }
        k = web_split(c, key + a, b - a, pieces + np);
        if (k > 0 && !unlikely_mix(pieces + np, k)) {
            for (size_t p = np; p < np + k; p++) {
                pieces[p].start += a;
                plain = plain && plain_piece(&pieces[p]);
            }
            np += k;
        } else if (b - a >= 3 && vowel_count(s + a, b - a) >= 1) {
            pieces[np] = (web_piece){a, b - a, PIECE_ENGLISH, NULL};
            np++;
        } else {
            return FALSE;
        }
        /* A part of plain syllables beside an English part is English too ("PaigeFanZant"). */
        weak = weak || (k > 0 && np > at && plain_piece(&pieces[at]) && plain);
        plain = TRUE;
        a = b;
    }
    if (np == 0) {
        return FALSE;
    }
    for (size_t p = 0; p < np; p++) {
        english += pieces[p].kind == PIECE_ENGLISH;
        syllables += pieces[p].kind == PIECE_SYLLABLE;
        stops += pieces[p].kind == PIECE_SYLLABLE &&
                 stop_ending(key + pieces[p].start, pieces[p].len);
    }
    if (english == np || (weak && english > 0) ||
        (syllables == 2 && np == 2 && g_ascii_isupper(s[0]) &&
         (stops > 0 || english_silent_e(s, n)))) {
        vi_norm_say_buf(c, *from, j - 1 >= *from ? j - 1 : *from);
        if (site && english == np && np >= 2 && !weak) {
            /* a site's name of English words run together, said apart ("dailymail" "daily
             * mail"); elsewhere a word of a path may be one word ("your-new-classroom") */
            say_english_pieces(c, j, s, pieces, 0, np);
        } else {
            vi_norm_say_foreign(c, j);
        }
        *from = j + 1;
        return TRUE;
    }
    /* "baodatviet.vn", "baohatinh.vn": a site's name of "bao" and Vietnamese words is a paper,
     * báo and its title (a pair such as "baove", bảo vệ, is one piece and wins over it) */
    paper = site && english == 0 && np >= 2 && pieces[0].kind == PIECE_SYLLABLE &&
            pieces[0].len == 3 && memcmp(key, "bao", 3) == 0;
    /* a word of a path's slug is one of a phrase ("tra-cuu-diem-thi") */
    marks = slug || paper || marked_name(c, key, pieces, np);
    np = tone_phrases(c, key, pieces, np, paper ? 1 : 0, marks);
    marks = marks || marked_name(c, key, pieces, np);
    for (size_t p = 0; p < np;) {
        size_t start = pieces[p].start;
        if (p == 0 && paper) {
            vi_norm_put_reading(c, c->buf, "báo");
            p++;
            continue;
        }
        if (pieces[p].kind == PIECE_ENGLISH) {
            size_t q = p;
            while (q < np && pieces[q].kind == PIECE_ENGLISH) {
                q++;
            }
            if (c->buf->len > 0) {
                vi_norm_say_buf(c, *from, start > 0 ? j : (j - 1 >= *from ? j - 1 : *from));
            }
            say_english_pieces(c, j, s, pieces, p, q);
            p = q;
            *from = p < np ? j : j + 1;
            continue;
        }
        put_vietnamese_piece(c, key, &pieces[p], marks);
        p++;
    }
    return TRUE;
}

/* The number of letters (one to three) before one English word of webwords.tsv of four letters
 * or more that make a web name ("dtpbooks": 3, "books"), or 0. */
static size_t letters_then_english(vi_norm *c, const char *key, size_t n)
{
    web_piece pieces[MAX_WEB_NAME];
    for (size_t p = 1; p <= 3 && p + 4 <= n; p++) {
        if (web_split(c, key + p, n - p, pieces) == 1 && pieces[0].kind == PIECE_ENGLISH) {
            return p;
        }
    }
    return 0;
}

/* Could the part of a site's name beside an English word (key lowercase, s as written, n bytes)
 * be one word: English-shaped, not "the" and more ("thealist") nor holding "of" or "and"
 * ("timesofisrael", "timeanddate": several words, left whole)? */
static gboolean one_english_word(const char *key, const char *s, size_t n)
{
    return english_shaped(s, n) && !(n > 3 && memcmp(key, "the", 3) == 0) &&
           g_strstr_len(key, (gssize)n, "of") == NULL && g_strstr_len(key, (gssize)n, "and") == NULL;
}

/*
 * Where a site's name of English shape that does not split into words (key, n bytes, s as
 * written) is two words run together: an English word of webwords.tsv of four letters or more
 * after a name of three or more ("sputniknews": sputnik + news, "huffingtonpost") or before one
 * of four or more ("realmadrid": real + madrid, "poweroutage"), or "the" before such a word
 * ("theguardian"); the other part one word (one_english_word()), the second word starting with
 * a consonant ("zerohedge" is not zeroh + edge, "planespotters" not plan + espotters). Returns
 * the length of the first word, or 0.
 */
static size_t english_join(vi_norm *c, const char *key, const char *s, size_t n)
{
    size_t maxl = vi_lex_webword_max_len(c->lex);
    for (size_t l = MIN(maxl, n >= 3 ? n - 3 : 0); l >= 4; l--) {
        if (english_word_at(c, key + n - l, l) && one_english_word(key, s, n - l) &&
            !ascii_vowel(key[n - l])) {
            return n - l;
        }
    }
    for (size_t l = MIN(maxl, n >= 4 ? n - 4 : 0); l >= 4; l--) {
        if (english_word_at(c, key, l) && one_english_word(key + l, s + l, n - l) &&
            !ascii_vowel(key[l])) {
            return l;
        }
    }
    return n >= 7 && memcmp(key, "the", 3) == 0 && english_word_at(c, key + 3, n - 3) ? 3 : 0;
}

/* Does an English word of webwords.tsv end a web name (key, n bytes) and hold its last t
 * letters ("vietinbank": bank, so its "k" or "bank" are no letters after syllables)? */
static gboolean english_end(vi_norm *c, const char *key, size_t n, size_t t)
{
    for (size_t l = t; l <= MIN(n, vi_lex_webword_max_len(c->lex)); l++) {
        const char *reading = vi_lex_webword(c->lex, key + n - l, l);
        if (reading != NULL && *reading == '\0') {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * A web name of letters and Vietnamese syllables or words, four letters or more: one to three
 * letters before them (tail FALSE: "tsdaucap", the letters T, S, then "dau cap") or one to four
 * after them (tail TRUE: "hoangvh", a syllable; "ketquaxt", kết quả then X, T;
 * "thitotnghiepthpt": several syllables only when they are a Vietnamese phrase, marked_name(),
 * and the letters no end of an English word, "vietinbank"). No foreign word of toneless.tsv is
 * among them ("marinetraffic"). Appends the letters' names and the pieces to c->buf in their
 * order. FALSE (nothing added) when no such split exists.
 */
/* Splits key (n bytes) into Vietnamese pieces, syllables and words with a reading, none English
 * nor a foreign word of toneless.tsv, its toneless runs read by tone_phrases() when it is a
 * Vietnamese phrase already (marked_name()): their number, 0 when it does not split so. */
static size_t vietnamese_pieces(vi_norm *c, const char *key, size_t n, web_piece *pieces)
{
    size_t np = web_split(c, key, n, pieces);
    for (size_t k = 0; k < np; k++) {
        if (pieces[k].kind == PIECE_ENGLISH ||
            (pieces[k].kind == PIECE_WORD && *pieces[k].reading == '\0')) {
            return 0;
        }
    }
    /* a phrase makes no name Vietnamese here, where letters are spelled beside its words */
    return marked_name(c, key, pieces, np) ? tone_phrases(c, key, pieces, np, 0, TRUE) : np;
}

static gboolean letters_and_syllables(vi_norm *c, const char *key, size_t n, gboolean tail)
{
    web_piece pieces[MAX_WEB_NAME];
    for (size_t p = 1; p <= (tail ? 4u : 3u) && p + 4 <= n; p++) {
        size_t at = tail ? 0 : p;
        size_t np = vietnamese_pieces(c, key + at, n - p, pieces);
        gboolean vietnamese = np > 0, marks;
        marks = vietnamese && marked_name(c, key + at, pieces, np);
        if (!vietnamese || (tail && !(np == 1 && pieces[0].kind == PIECE_SYLLABLE && p <= 3) &&
                            (!marks || english_end(c, key, n, p)))) {
            continue;
        }
        if (!tail) {
            vi_norm_spell(c, c->buf, key, p);
        }
        for (size_t k = 0; k < np; k++) {
            put_vietnamese_piece(c, key + at, &pieces[k], marks);
        }
        if (tail) {
            vi_norm_spell(c, c->buf, key + n - p, p);
        }
        return TRUE;
    }
    return FALSE;
}

/*
 * A web name of Vietnamese words, then an abbreviation of three to five consonants that the
 * lexicon knows (its capitals are an entry: THPT, TPHCM, THCS), then Vietnamese words or nothing
 * (not the end of an English word: "vietinbank" is no "NK"), the
 * words a Vietnamese phrase (marked_name()): "thithptquocgia" thi + tê hát pê tê + quốc gia,
 * "thanhuytphcm" thành ủy + tê pê hát xê mờ (the letters spelled, never expanded, as in every
 * web name). Appends the reading to c->buf; FALSE (nothing added) when no such split exists.
 */
static gboolean syllables_letters_syllables(vi_norm *c, const char *key, size_t n)
{
    web_piece before[MAX_WEB_NAME], after[MAX_WEB_NAME];
    for (size_t a = 2; a + 2 <= n; a++) {
        for (size_t l = 3; l <= 5 && a + l <= n; l++) {
            char upper[6];
            size_t nb, na = 0;
            if (vowel_count(key + a, l) > 0) {
                break;
            }
            for (size_t k = 0; k < l; k++) {
                upper[k] = g_ascii_toupper(key[a + k]);
            }
            upper[l] = '\0';
            if (vi_lex_abbr(c->lex, upper) == NULL || (a + l == n && english_end(c, key, n, l)) ||
                (nb = vietnamese_pieces(c, key, a, before)) == 0 ||
                (a + l < n && (na = vietnamese_pieces(c, key + a + l, n - a - l, after)) == 0) ||
                !(marked_name(c, key, before, nb) ||
                  (na > 0 && marked_name(c, key + a + l, after, na)))) {
                continue;
            }
            for (size_t k = 0; k < nb; k++) {
                put_vietnamese_piece(c, key, &before[k], TRUE);
            }
            vi_norm_spell(c, c->buf, key + a, l);
            for (size_t k = 0; k < na; k++) {
                put_vietnamese_piece(c, key + a + l, &after[k], TRUE);
            }
            return TRUE;
        }
    }
    return FALSE;
}

/* Is token t of a web address, a name that does not split into words, one with an entry of the
 * lexicon as written that says it in Vietnamese: a capitalized name ("Bloomberg" Blum bơ gơ),
 * or three to eight capitals said as a word, in fewer words than its letters ("FIFA" phi pha,
 * "UEFA"), or by letter names of its own ("VOV" vê ô vê, not vê o vê), not expanded (UBND)?
 * Then the reading is appended to c->buf. */
static gboolean name_entry(vi_norm *c, size_t t)
{
    const vi_abbr_list *entries;
    char *word;
    gboolean capitals = vi_norm_capitals(c, t, 3, 8);
    const char *s = vi_norm_str(c, t);
    size_t n = tok_len(c, t);
    if (!capitals && !(n >= 4 && g_ascii_isupper(s[0]) && !vi_text_has_upper(s + 1, n - 1))) {
        return FALSE;
    }
    word = g_strndup(vi_norm_str(c, t), tok_len(c, t));
    entries = vi_lex_abbr(c->lex, word);
    g_free(word);
    for (unsigned e = 0; entries != NULL && e < entries->len; e++) {
        const vi_abbr *a = entries->items[e];
        GString tmp = {(char *)a->expansion, strlen(a->expansion), 0};
        if (a->n_conds == 0 &&
            (!capitals || syllables_in(&tmp) < n || letter_names(c, a->expansion)) &&
            strchr(a->expansion, '<') == NULL) {
            vi_norm_put_reading(c, c->buf, a->expansion);
            return TRUE;
        }
    }
    return FALSE;
}

/* Is token t a word of a web name that splits into words ("timdo"), not a code's letters
 * ("Dzj")? */
static gboolean name_of_words(vi_norm *c, size_t t)
{
    web_piece pieces[MAX_WEB_NAME];
    size_t n = tok_len(c, t);
    char *key = g_ascii_strdown(vi_norm_str(c, t), (gssize)n);
    size_t np = n >= 3 ? web_split(c, key, n, pieces) : 0;
    g_free(key);
    return np > 0 && !unlikely_mix(pieces, np);
}

/* Is word token j the name of a site: the part of a host right before its domains, all of
 * them `url` entries or a country's two letters ("baohatinh" of "baohatinh.vn", "laodong" of
 * "...@laodong.com.vn"; not "tracuu" of "tracuu.hanoi.edu.vn")? */
static gboolean site_name(vi_norm *c, size_t j, size_t host_end)
{
    if (j + 3 > host_end) {
        return FALSE;
    }
    for (size_t t = j + 1; t + 1 < host_end; t += 2) {
        if (!vi_norm_sym(c, t, '.') ||
            !(is_domain(c, t + 1) || (t + 2 == host_end && country_code(c, t + 1)))) {
            return FALSE;
        }
    }
    return (host_end - j) % 2 == 1;
}

/* Is a number of two to four digits round: a digit and zeros ("1000libraries", "100")? */
static gboolean round_number(const char *s, size_t n)
{
    if (n < 2 || n > 4 || s[0] == '0') {
        return FALSE;
    }
    for (size_t k = 1; k < n; k++) {
        if (s[k] != '0') {
            return FALSE;
        }
    }
    return TRUE;
}

/* Appends to c->buf a number of a web name (s, n digits): one or two digits and round numbers
 * as numbers, longer ones, or any inside a word (inside), digit by digit. */
static void put_web_number(vi_norm *c, const char *s, size_t n, gboolean inside)
{
    if ((n <= 2 || round_number(s, n)) && !inside) {
        vi_num_cardinal(c->buf, s, n, c->dialect);
    } else {
        vi_num_digits(c->buf, s, n);
    }
}

/* Is token k a '-' or '_' (the marks between the words of a web path)? */
static gboolean slug_mark(const vi_norm *c, size_t k)
{
    return vi_norm_sym(c, k, '-') || vi_norm_sym(c, k, '_');
}

/*
 * Is the slug holding word token j (its words joined by '-' or '_', between path and last)
 * Vietnamese without its marks, so that its syllables take theirs: two words or more, each a
 * Vietnamese syllable, a word of webwords.tsv with a reading or an abbreviation without a
 * vowel ("tra-cuu-diem-tot-nghiep-thpt"; not "to-destroy-them", "washington-plans-nu")?
 */
static gboolean vietnamese_slug(vi_norm *c, size_t j, size_t path, size_t last)
{
    size_t a = j, b = j, words = 0;
    while (a >= path + 2 && slug_mark(c, a - 1) && vi_norm_is(c, a - 2, VI_TOK_WORD)) {
        a -= 2;
    }
    while (b + 2 < last && slug_mark(c, b + 1) && vi_norm_is(c, b + 2, VI_TOK_WORD)) {
        b += 2;
    }
    for (size_t t = a; t <= b; t += 2) {
        char key[MAX_WEB_NAME + 1];
        size_t n = tok_len(c, t);
        const char *reading;
        if (c->tok[t].ch >= 0x80 || n > MAX_WEB_NAME) {
            return FALSE;
        }
        for (size_t k = 0; k < n; k++) {
            key[k] = g_ascii_tolower(vi_norm_str(c, t)[k]);
        }
        reading = vi_lex_webword(c->lex, key, n);
        if (!(n <= 7 && vi_text_is_syllable(key, n)) && (reading == NULL || *reading == '\0') &&
            !(n <= 5 && vowel_count(key, n) == 0)) {
            return FALSE;
        }
        words++;
    }
    return words >= 2;
}

/*
 * The reading of `words` words of a path's slug, from word token j, run together
 * (key, *len bytes; the first word's length in *first): a word of webwords.tsv or two
 * syllables of toneless.tsv; NULL when they make none.
 */
static const char *slug_words(vi_norm *c, size_t j, size_t last, size_t words, char *key,
                              size_t *len, size_t *first)
{
    const char *reading;
    *len = 0;
    for (size_t k = 0; k < words; k++) {
        size_t t = j + 2 * k, n = t < last ? tok_len(c, t) : 0;
        if (t >= last || !vi_norm_is(c, t, VI_TOK_WORD) || c->tok[t].ch >= 0x80 ||
            (k > 0 && !slug_mark(c, t - 1)) || *len + n > MAX_WEB_NAME) {
            return NULL;
        }
        for (size_t b = 0; b < n; b++) {
            key[(*len)++] = g_ascii_tolower(vi_norm_str(c, t)[b]);
        }
        if (k == 0) {
            *first = n;
        }
    }
    reading = vi_lex_webword(c->lex, key, *len);
    if (reading == NULL && words == 2 && (reading = vi_lex_toneless(c->lex, key, *len)) != NULL &&
        strchr(reading, ' ') == NULL) {
        reading = NULL; /* a syllable of toneless.tsv, not two ("u-ong" is not uống) */
    } else if (reading != NULL && words == 2 && vi_lex_webword(c->lex, key, *len) == NULL &&
               !reading_fits(reading, 0, ((guint64)1 << *first) | ((guint64)1 << *len))) {
        reading = NULL; /* two syllables cut otherwise ("the-man" is not thèm ăn) */
    }
    return reading != NULL && *reading != '\0' ? reading : NULL;
}

/* Is reading what the two words key[0..first) and key[first..len) say one by one, each by its
 * marked form in toneless.tsv or as written ("hocsinh" học sinh)? */
static gboolean said_alone(vi_norm *c, const char *key, size_t first, size_t len,
                           const char *reading)
{
    GString *alone = g_string_new(NULL);
    gboolean same;
    for (size_t a = 0, b = first; a < len; a = b, b = len) {
        const char *r = vi_lex_toneless(c->lex, key + a, b - a);
        vi_num_put(alone, "");
        if (r != NULL && *r != '\0' && strchr(r, ' ') == NULL) {
            g_string_append(alone, r);
        } else {
            g_string_append_len(alone, key + a, (gssize)(b - a));
        }
    }
    same = strcmp(alone->str, reading) == 0;
    g_string_free(alone, TRUE);
    return same;
}

/*
 * A word or phrase of tonephrases.tsv that starts at word token j of a slug of Vietnamese without
 * its marks, as phrase_split() reads the syllables of the slug from there together ("so-tu-phap"
 * so, then tư pháp; "tu-phap": tư pháp): its reading, the number of tokens it spans in *span;
 * NULL when another piece starts there.
 */
static const char *slug_phrase(vi_norm *c, size_t j, size_t last, size_t *span)
{
    char key[MAX_WEB_NAME + 1];
    web_piece pieces[MAX_WEB_NAME];
    guint64 cuts = 1;
    size_t len = 0, t, words = 0;
    for (t = j; t < last && vi_norm_is(c, t, VI_TOK_WORD) && c->tok[t].ch < 0x80 &&
                (t == j || slug_mark(c, t - 1));
         t += 2) {
        size_t n = tok_len(c, t);
        if (len + n > MAX_WEB_NAME || n > 7) {
            break;
        }
        for (size_t b = 0; b < n; b++) {
            key[len + b] = g_ascii_tolower(vi_norm_str(c, t)[b]);
        }
        if (!vi_text_is_syllable(key + len, n)) {
            break;
        }
        len += n;
        cuts |= (guint64)1 << len;
    }
    if (len == 0 || phrase_split(c, key, 0, len, TRUE, cuts, pieces) == 0 ||
        pieces[0].kind != PIECE_WORD || vi_lex_tone_phrase(c->lex, key, pieces[0].len) == NULL) {
        return NULL;
    }
    for (size_t k = 1; k <= pieces[0].len; k++) {
        words += (cuts >> k) & 1;
    }
    *span = 2 * words - 1;
    return pieces[0].reading;
}

/*
 * A word of webwords.tsv written as two or three words of a path's slug, or two syllables of
 * toneless.tsv, or (in a slug of Vietnamese without its marks, vietnamese_slug(); the path
 * starts at token path) a word or phrase of tonephrases.tsv that slug_phrase() finds, from word
 * token j ("tra-cuu-ket-qua": tra cứu, kết quả; "chong-lua-dao": chống lừa đảo; "xet-tuyen":
 * xét tuyển): its reading, the number of tokens it spans in *span; NULL
 * when the words there make none, or when two words that read as they do alone (said_alone())
 * come before another such pair ("hoc-sinh-gioi": học, then sinh giỏi).
 */
static const char *slug_webword(vi_norm *c, size_t j, size_t path, size_t last, size_t *span)
{
    for (size_t words = 3; words >= 2; words--) {
        char key[MAX_WEB_NAME + 1], next[MAX_WEB_NAME + 1];
        size_t len = 0, first = 0, len2 = 0, first2 = 0;
        const char *reading = slug_words(c, j, last, words, key, &len, &first);
        if (reading == NULL) {
            continue;
        }
        /* "hoc-sinh-gioi": học, then sinh giỏi, as "hocsinh" says no more than its words */
        if (words == 2 && slug_words(c, j + 2, last, 2, next, &len2, &first2) != NULL &&
            said_alone(c, key, first, len, reading)) {
            return NULL;
        }
        *span = 2 * words - 1;
        return reading;
    }
    return vietnamese_slug(c, j, path, last) ? slug_phrase(c, j, last, span) : NULL;
}

/*
 * Web and e-mail addresses: www.baobackan.org.vn -> "vê kép vê kép vê kép chấm báo Bắc Kạn chấm
 * o rờ gờ chấm vê nờ"; lienhe@gmail.com -> "... a còng gờ meo chấm com". An address starts
 * with http(s)://, www., or has a known domain (an entry with the url context) after its last
 * dot, or holds an '@'. "https://" is not said. Names are read with their url entries, as
 * Vietnamese syllables when they split into them, else letter by letter.
 */
static size_t rule_web(vi_norm *c, size_t i)
{
    size_t end = vi_norm_chunk_end(c, i, MAX_URL_TOKENS);
    size_t last, path;
    size_t host_end = i;
    gboolean scheme, www, at = FALSE;
    size_t j, from;
    if (!(i == 0 || c->tok[i].space || c->tok[i - 1].type == VI_TOK_SYM) ||
        end - i >= MAX_URL_TOKENS) {
        return 0;
    }
    /* The address ends at a mark no address holds, written without a space after it:
     * "vnexpress.net,tuoitre.vn" is two, "(news.com.au)-Thứ hai" one and text. */
    j = i + 1;
    while (j < end && (c->tok[j].type != VI_TOK_SYM || url_symbol(c->tok[j].ch))) {
        j++;
    }
    end = j;
    while (end > i + 1 && c->tok[end - 1].type == VI_TOK_SYM && closing_punct(c->tok[end - 1].ch)) {
        end--;
    }
    /* A "/" ending the address is not said ("https://saigonmorningride.com/"). */
    last = end;
    if (end > i + 3 && vi_norm_sym(c, end - 1, '/') && !vi_norm_sym(c, end - 2, '/')) {
        last = end - 1;
    }
    if (end - i < 3) {
        return 0;
    }
    for (j = i; j < end; j++) {
        if (c->tok[j].type == VI_TOK_WORD && c->tok[j].ch >= 0x80) {
            return 0;
        }
        at = at || vi_norm_sym(c, j, '@');
    }
    scheme = (vi_norm_word_is(c, i, "http", TRUE) || vi_norm_word_is(c, i, "https", TRUE)) &&
             vi_norm_sym(c, i + 1, ':') && vi_norm_sym(c, i + 2, '/') && vi_norm_sym(c, i + 3, '/');
    www = vi_norm_word_is(c, i, "www", TRUE) && vi_norm_sym(c, i + 1, '.');
    host_end = scheme ? i + 4 : i; /* the host, after "https://" */
    while (host_end < end && !vi_norm_sym(c, host_end, '/') && !vi_norm_sym(c, host_end, ':')) {
        host_end++;
    }
    /* a host ending in any two lowercase letters with a path after it ("bit.ly/abc": ly, as a
     * syllable, is not among country_domains) */
    if (!scheme && !www && !host_domain(c, i, host_end) &&
        !(host_end + 1 < last && vi_norm_sym(c, host_end, '/') && !c->tok[host_end].space &&
          host_end - i >= 3 && vi_norm_sym(c, host_end - 2, '.') &&
          country_code(c, host_end - 1) && ascii_tokens(c, i, host_end))) {
        return 0;
    }
    if (at && !vi_norm_is(c, i, VI_TOK_WORD) && !vi_norm_is(c, i, VI_TOK_NUM)) {
        return 0;
    }
    path = scheme ? i + 4 : i;
    while (path < last && !vi_norm_sym(c, path, '/')) {
        path++;
    }
    g_string_truncate(c->buf, 0);
    from = i;
    for (j = scheme ? i + 4 : i; j < last; j++) {
        const char *s = vi_norm_str(c, j);
        size_t n = tok_len(c, j);
        char *key = g_ascii_strdown(s, (gssize)n);
        /* A word of a path's slug, joined to another by '-' or '_' ("your-new-classroom"). */
        gboolean slug = j > path && c->tok[j].type == VI_TOK_WORD &&
                        (slug_mark(c, j - 1) || (j + 1 < last && slug_mark(c, j + 1)));
        const char *reading;
        size_t span = 0;
        if (j > path && slug_mark(c, j) && vi_norm_is(c, j - 1, VI_TOK_WORD) &&
            vi_norm_is(c, j + 1, VI_TOK_WORD)) {
            /* "your-new-classroom": words of a path, the marks between them not said */
        } else if (slug && (reading = slug_webword(c, j, path, last, &span)) != NULL) {
            /* "tra-cuu-ket-qua": tra cứu kết quả, a word of webwords.tsv over slug words */
            vi_norm_put_reading(c, c->buf, reading);
            j += span - 1;
        } else if (vi_norm_expand(c, c->buf, key, j, j, TRUE)) {
            /* url entries: vn, com, gmail, ".", "@", ... */
        } else if (j == host_end - 1 && country_code(c, j)) {
            /* a country's domain: "au" a u, "jp" */
            vi_norm_spell(c, c->buf, s, n);
        } else if (c->tok[j].type == VI_TOK_NUM) {
            /* "Dzj96e": digits inside a word are a code's, said one by one, but not after a
             * name of words ("timdo24h": tìm đồ hai mươi tư hát) */
            gboolean inside = j > i && j + 1 < last && vi_norm_is(c, j - 1, VI_TOK_WORD) &&
                              vi_norm_is(c, j + 1, VI_TOK_WORD) && !c->tok[j].space &&
                              !c->tok[j + 1].space && !name_of_words(c, j - 1);
            put_web_number(c, s, n, inside);
        } else if (c->tok[j].type == VI_TOK_WORD &&
                   !say_web_name(c, j, key, n, slug && vietnamese_slug(c, j, path, last),
                                 site_name(c, j, host_end), &from)) {
            if (name_entry(c, j)) {
                /* "FIFA.com", "Bloomberg.com": a name said as outside an address */
            } else if (letters_and_syllables(c, key, n, TRUE)) {
                /* "hoangvh", "ketquaxt": Vietnamese syllables or words, then letters */
            } else if (syllables_letters_syllables(c, key, n)) {
                /* "thithptquocgia": words, an abbreviation's letters, words */
            } else if (n >= (slug ? 3u : 4u) && english_shaped(s, n) && foreign_word(c, j)) {
                /* "Capital.com": a name in another language, said by its voice; a site's
                 * name of two words run together as the words, apart ("sputnik news") */
                size_t k = site_name(c, j, host_end) ? english_join(c, key, s, n) : 0;
                vi_norm_say_buf(c, from, j - 1 >= from ? j - 1 : from);
                if (k > 0) {
                    web_piece two[2] = {{0, k, PIECE_ENGLISH, NULL}, {k, n - k, PIECE_ENGLISH, NULL}};
                    say_english_pieces(c, j, s, two, 0, 2);
                } else {
                    vi_norm_say_foreign(c, j);
                }
                from = j + 1;
            } else if (!letters_and_syllables(c, key, n, FALSE)) {
                size_t p = letters_then_english(c, key, n);
                vi_norm_spell(c, c->buf, s, p > 0 ? p : n);
                if (p > 0) {
                    /* "Dtpbooks": the letters, then the English word by its voice */
                    vi_norm_say_buf(c, from, j);
                    vi_norm_say_foreign_text(c, s + p, n - p, j, j);
                    from = j + 1;
                }
            }
        }
        g_free(key);
    }
    vi_norm_say_buf(c, from < last ? from : last - 1, last - 1);
    return end;
}

/*
 * A top-level domain standing alone, after a space or after a quote or bracket that opens there:
 * "tên miền .vn", "tên miền '.vn'" -> "tên miền chấm vê en", "đuôi .com.vn" -> "đuôi chấm com
 * chấm vê en" (each part an entry with the url context, the last may be a country's two letters
 * after one: ".com.au").
 */
size_t vi_wordexpr_domain(vi_norm *c, size_t i)
{
    static const char *const extensions[] = {"pdf", "doc", "docx", "xls", "xlsx", "txt", "rtf",
                                             "odt", "ods", "jpg", "jpeg", "png", "gif", "tif",
                                             "zip", "rar", "mp3", "mp4", "xml", "csv"};
    size_t j = i;
    gboolean apart = i == 0 || c->tok[i].space ||
                     (opening_mark(c, i - 1) && (i == 1 || c->tok[i - 1].space));
    if (!vi_norm_sym(c, i, '.') || !apart) {
        return 0; /* after a space, or a quote or bracket that opens there: "tên miền '.vn'" */
    }
    if (i > 0 && vi_norm_sym(c, i - 1, '(') && vi_norm_joined(c, i + 1, VI_TOK_WORD) &&
        vi_norm_word_in(c, i + 1, extensions, G_N_ELEMENTS(extensions), FALSE) &&
        vi_norm_sym(c, i + 2, ')') && !c->tok[i + 2].space) {
        /* a file's type in brackets, "Portable Document (.pdf)": chấm pê đê ép, not a stop */
        g_string_truncate(c->buf, 0);
        vi_num_put(c->buf, "chấm");
        g_string_append_c(c->buf, ' ');
        vi_norm_spell(c, c->buf, vi_norm_str(c, i + 1), tok_len(c, i + 1));
        vi_norm_say_buf(c, i, i + 1);
        return i + 2;
    }
    while (j < i + 8 && vi_norm_sym(c, j, '.') && vi_norm_joined(c, j + 1, VI_TOK_WORD) &&
           is_domain(c, j + 1)) {
        j += 2;
    }
    if (j > i && vi_norm_sym(c, j, '.') && vi_norm_joined(c, j + 1, VI_TOK_WORD) &&
        country_code(c, j + 1)) {
        j += 2; /* ".com.au" */
    }
    if (j == i || vi_norm_joined(c, j, VI_TOK_WORD) || vi_norm_joined(c, j, VI_TOK_NUM) ||
        (vi_norm_sym(c, j, '/') && !c->tok[j].space) ||
        (vi_norm_sym(c, j, '.') && !c->tok[j].space &&
         (vi_norm_joined(c, j + 1, VI_TOK_WORD) || vi_norm_joined(c, j + 1, VI_TOK_NUM)))) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    for (size_t k = i; k < j; k++) {
        char *key = g_ascii_strdown(vi_norm_str(c, k), (gssize)tok_len(c, k));
        gboolean known = vi_norm_expand(c, c->buf, key, k, k, TRUE);
        if (!known && k == j - 1 && country_code(c, k)) {
            vi_norm_spell(c, c->buf, key, 2);
            known = TRUE;
        }
        g_free(key);
        if (!known) {
            g_string_truncate(c->buf, 0);
            return 0;
        }
    }
    vi_norm_say_buf(c, i, j - 1);
    return j;
}

/*
 * "x" between the names of a size's sides, as car and appliance specifications write them:
 * "dài x rộng x cao", "D x R x C (mm)" -> "dài nhân rộng nhân cao", "đê nhân rờ nhân xê"
 * ("x" was spelled ích). Only between two such names, each apart.
 */
static size_t rule_size_x(vi_norm *c, size_t i)
{
    static const char *const sides[] = {"dài", "rộng", "cao", "sâu", "dày", "ngang",
                                        "D",   "R",    "C",   "H",   "W",   "L"};
    if (!vi_norm_word_is(c, i, "x", FALSE) || i == 0 || !c->tok[i].space ||
        !vi_norm_is(c, i + 1, VI_TOK_WORD) || !c->tok[i + 1].space ||
        !vi_norm_word_in(c, i - 1, sides, G_N_ELEMENTS(sides), FALSE) ||
        !vi_norm_word_in(c, i + 1, sides, G_N_ELEMENTS(sides), FALSE)) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_num_put(c->buf, "nhân");
    vi_norm_say_buf(c, i, i);
    return i + 1;
}

/*
 * A part of a series at the end of a headline: "P" and a number alone in brackets that end the
 * text or come before ':' and the part's own title ("... cho cuộc sống đô thị (P2)", "... quân
 * đội Israel (P2): Nợ máu ...") is "phần hai", no ward.
 */
static size_t rule_part(vi_norm *c, size_t i)
{
    if (!vi_norm_word_is(c, i, "P", FALSE) || i == 0 || !vi_norm_sym(c, i - 1, '(') ||
        c->tok[i].space || !vi_norm_joined(c, i + 1, VI_TOK_NUM) || tok_len(c, i + 1) > 2 ||
        !vi_norm_sym(c, i + 2, ')') || c->tok[i + 2].space ||
        (i + 3 != c->ntok && !(vi_norm_sym(c, i + 3, ':') && !c->tok[i + 3].space))) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_num_put(c->buf, "phần");
    vi_num_cardinal(c->buf, vi_norm_str(c, i + 1), tok_len(c, i + 1), c->dialect);
    vi_norm_say_buf(c, i, i + 1);
    return i + 2;
}

/* ---------------------------------------------------------------------------------------- */

/* A word of a place of the Central Highlands or the mountains that is no Vietnamese syllable,
 * said in Vietnamese syllables (vi_place_word(): "xã Ea Tul" Tun). */
static size_t rule_place(vi_norm *c, size_t i)
{
    g_string_truncate(c->buf, 0);
    if (!vi_place_word(c, i, c->buf)) {
        return 0;
    }
    vi_norm_say_buf(c, i, i);
    return i + 1;
}

/* The word of a hashtag, ASCII and four letters or more, that holds Vietnamese written without
 * its marks (marked_name(): "#cotoquoc", "#Sunworldhalongpark") is said as a web name is
 * (say_web_name()): its Vietnamese words with their marks, its English words by the English
 * voice ("Sun world" Hạ Long "park"). Other hashtags are left to the rules after ("#heretocreate"
 * stays one English word, not "he re to" + "create"). The "#" is not said. So too the name of a
 * handle, "@" and a name with a space before it (round 19: "@anhgiaodaysu"; the "@" is *a
 * còng*), which was said as written without its marks; a handle's name may end in a number
 * ("@yenxuan24": *yen xuân* and the number, where the name was spelled). */
static size_t rule_hashtag(vi_norm *c, size_t i)
{
    web_piece pieces[MAX_WEB_NAME];
    size_t n = tok_len(c, i), from = i, np;
    char *key;
    gboolean said;
    if (i == 0 || !(vi_norm_sym(c, i - 1, '#') || vi_norm_sym(c, i - 1, '@')) ||
        c->tok[i].space ||
        (i >= 2 && !c->tok[i - 1].space) || n < 4 || vi_norm_joined(c, i + 1, VI_TOK_WORD) ||
        (vi_norm_joined(c, i + 1, VI_TOK_NUM) &&
         (vi_norm_sym(c, i - 1, '#') || vi_norm_joined(c, i + 2, VI_TOK_WORD) ||
          vi_norm_joined(c, i + 2, VI_TOK_SYM))) ||
        !ascii_tokens(c, i, i + 1)) {
        return 0;
    }
    key = g_ascii_strdown(vi_norm_str(c, i), (gssize)n);
    g_string_truncate(c->buf, 0);
    np = web_split(c, key, n, pieces);
    said = np > 0 && marked_name(c, key, pieces, np) &&
           say_web_name(c, i, key, n, FALSE, FALSE, &from);
    g_free(key);
    if (!said) {
        g_string_truncate(c->buf, 0);
        return 0;
    }
    if (vi_norm_joined(c, i + 1, VI_TOK_NUM)) {
        /* the handle's number, as in a web name ("@diemthi2024": hai không hai bốn) */
        put_web_number(c, vi_norm_str(c, i + 1), tok_len(c, i + 1), FALSE);
        vi_norm_say_buf(c, from <= i ? from : i + 1, i + 1);
        return i + 2;
    }
    if (from <= i) {
        vi_norm_say_buf(c, from, i);
    }
    return i + 1;
}

/*
 * Says capitalized word i, outside an address, as the site or paper it names when it is
 * webwords.tsv's words run together as a site's name is ("Bongdaplus" bóng đá + "plus",
 * "VietnamPlus", "BaoYenBai" báo Yên Bái): two pieces or more, every one a word of webwords.tsv
 * (Vietnamese with its reading, or English), after a paper's "bao" or not, one of them
 * Vietnamese with marks; so it is read as in its address ("bongdaplus.vn"), where it was one
 * English word. A word alone is left: "Vietnam" of "Miss Universe Vietnam" stays English. Pieces that are bare syllables or mined pairs of toneless.tsv do not
 * count: names of other languages split into them ("Onana", "Dinamo", "Carolina").
 */
static gboolean say_site_word(vi_norm *c, size_t i)
{
    web_piece pieces[MAX_WEB_NAME];
    const char *s = vi_norm_str(c, i);
    size_t n = tok_len(c, i), from = i, np, p = 0;
    gboolean marked = FALSE, said = FALSE;
    char *key;
    if (n < 5 || n > MAX_WEB_NAME || !g_ascii_isupper(s[0]) || !ascii_tokens(c, i, i + 1) ||
        vi_norm_joined(c, i + 1, VI_TOK_WORD)) {
        return FALSE;
    }
    key = g_ascii_strdown(s, (gssize)n);
    np = web_split(c, key, n, pieces);
    if (np >= 2 && pieces[0].kind == PIECE_SYLLABLE && pieces[0].len == 3 &&
        memcmp(key, "bao", 3) == 0) {
        p = 1; /* a paper: "BaoYenBai" */
    }
    for (; np > 0 && p < np; p++) {
        const char *reading = vi_lex_webword(c->lex, key + pieces[p].start, pieces[p].len);
        if (pieces[p].kind == PIECE_SYLLABLE || reading == NULL) {
            break;
        }
        for (; *reading != '\0' && !marked; reading++) {
            marked = (guchar)*reading >= 0x80;
        }
    }
    if (np >= 2 && p == np && marked) {
        g_string_truncate(c->buf, 0);
        said = say_web_name(c, i, key, n, FALSE, TRUE, &from);
        if (said && from <= i) {
            vi_norm_say_buf(c, from, i);
        }
    }
    g_free(key);
    return said;
}

/*
 * A unit with its power ("m2", "km2", "m3": a word and one digit joined) standing without a
 * number before it, after a word that counts or divides: "16.500 đồng một m2", "hàng nghìn
 * m3", "hàng trăm km2" are *một mét vuông, hàng nghìn mét khối, hàng trăm ki lô mét vuông*,
 * not a code of a letter and a number (*mờ hai*). Lowercase only: "M2" is a chip, "M3" a car.
 * A road's kilometre post is no area: "tuyến km3+500" (a "+" after), and km2, km3 count only
 * after a word that counts (unit_word_before(): "hàng trăm km2", not "tại km2").
 */
static size_t rule_power_unit(vi_norm *c, size_t i)
{
    const vi_unit *unit;
    size_t len = tok_len(c, i);
    if (len > 2 || !c->tok[i].space || !vi_norm_joined(c, i + 1, VI_TOK_NUM) ||
        tok_len(c, i + 1) != 1 || vi_norm_joined(c, i + 2, VI_TOK_WORD) ||
        vi_norm_joined(c, i + 2, VI_TOK_NUM) || !g_ascii_islower(vi_norm_str(c, i)[0]) ||
        i == 0 || !vi_norm_is(c, i - 1, VI_TOK_WORD)) {
        return 0;
    }
    g_string_truncate(c->key, 0);
    g_string_append_len(c->key, vi_norm_str(c, i), (gssize)len);
    g_string_append_len(c->key, vi_norm_str(c, i + 1), 1);
    unit = vi_lex_unit(c->lex, c->key->str);
    if (unit == NULL || unit->kind != VI_UNIT_MEASURE ||
        (vi_norm_sym(c, i + 2, '+') && !c->tok[i + 2].space) ||
        (g_str_has_prefix(c->key->str, "km") && !unit_word_before(c, i))) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_norm_put_reading(c, c->buf, unit->reading);
    vi_norm_say_buf(c, i, i + 1);
    return i + 2;
}

/* Does w start with a lower-case horned vowel, ư or ơ with any tone? */
static gboolean horned_initial(const char *w)
{
    gunichar ch = g_utf8_get_char(w);
    gunichar base = vi_text_strip_tone(ch);
    return g_unichar_islower(ch) && (base == 0x01B0 || base == 0x01A1);
}

/*
 * Is word i the onset of a word a hyphen breaks, as documents converted from old fonts write
 * some words with ư and ơ ("đối t-ượng", "thị tr-ường", "đ-ược", "h-ưởng": was "tê ượng",
 * "hát ưởng")? Its onset alone in lower case (gi, qu too), a hyphen joined to it and to the
 * rest, which starts with ư or ơ (the letters those fonts lost), nothing joined after the rest,
 * and the two together a Vietnamese syllable: said as that word. Codes ("QĐ-UBND", "k-m") have no syllable joined.
 */
static size_t rule_broken_word(vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    GString *joined;
    gboolean word;
    if (len > 3 || (i > 0 && !c->tok[i].space) || !g_unichar_islower(g_utf8_get_char(w)) ||
        !vi_text_is_onset(w, len) || !vi_norm_sym(c, i + 1, '-') || c->tok[i + 1].space ||
        !vi_norm_joined(c, i + 2, VI_TOK_WORD) ||
        !horned_initial(vi_norm_str(c, i + 2)) ||
        (i + 3 < c->ntok && !c->tok[i + 3].space && c->tok[i + 3].type != VI_TOK_SYM) ||
        (vi_norm_sym(c, i + 3, '-') && !c->tok[i + 3].space)) {
        return 0;
    }
    joined = g_string_new_len(w, (gssize)len);
    g_string_append_len(joined, vi_norm_str(c, i + 2), (gssize)tok_len(c, i + 2));
    word = vi_text_is_syllable(joined->str, joined->len);
    if (word) {
        vi_norm_say(c, joined->str, joined->len, i, i + 2);
    }
    g_string_free(joined, TRUE);
    return word ? i + 3 : 0;
}

size_t vi_wordexpr_rule(vi_norm *c, size_t i)
{
    size_t next;
    if (c->tok[i].type == VI_TOK_SYM) {
        return 0;
    }
    if ((next = rule_web(c, i)) > 0) {
        return next;
    }
    if (c->tok[i].type != VI_TOK_WORD) {
        /* A name that starts with its number, joined to letters: 8Wonder, 2NE1 */
        return vi_norm_joined(c, i + 1, VI_TOK_WORD) ? rule_abbreviation(c, i) : 0;
    }
    if ((next = rule_hashtag(c, i)) > 0 || (next = rule_power_unit(c, i)) > 0 ||
        (next = rule_broken_word(c, i)) > 0) {
        return next;
    }
    if ((next = rule_reverse_definition(c, i)) > 0 || (next = rule_vessel(c, i)) > 0 ||
        (next = rule_flight(c, i)) > 0 || (next = rule_size_x(c, i)) > 0 ||
        (next = rule_roman(c, i)) > 0 ||
        (next = rule_product_code(c, i)) > 0 || (next = rule_lineage(c, i)) > 0 ||
        (next = rule_named_model(c, i)) > 0 || (next = rule_compound(c, i)) > 0 ||
        (next = rule_consonant_initial(c, i)) > 0 || (next = rule_part(c, i)) > 0 ||
        (next = rule_abbreviation(c, i)) > 0 ||
        (next = rule_place(c, i)) > 0 ||
        (next = rule_code(c, i)) > 0) {
        return next;
    }
    return rule_word(c, i);
}
