/*
 * Rules for what numbers make: amounts, decimals, units and currencies, dates, times, ranges,
 * scores, fractions, phone numbers, vehicle plates and legal document numbers. Each rule states
 * what it accepts and how the context words (contexts.tsv) decide between readings.
 */
#include <string.h>

#include "normalize/vi_norm.h"
#include "normalize/vi_numbers.h"
#include "text/vi_syllable.h"

/* Plain digit strings longer than this are codes, read digit by digit (nghìn tỷ is 13, tỷ tỷ
 * 19). */
#define MAX_PLAIN_CARDINAL (VI_NUM_MAX_CARDINAL + 1)
/* Most groups a number may have, the leading one included (24 digits); longer runs of
 * groups are not read as one number. */
#define MAX_GROUPS 8

/*
 * A number as written: 2500, 1.391, 1.000.000, 74,2, 1.234,5, 3.5 (a '.' decimal when the part
 * after it is not three digits), 1,000,000 (',' groups only with two commas or more).
 */
typedef struct numlit {
    size_t first, last;   /* its tokens */
    const char *digits;   /* the integer part without separators */
    size_t n;
    char buf[MAX_GROUPS * 3 + 1];
    size_t frac;          /* token of the digits after the decimal mark, or 0 for none */
    gboolean plain;       /* one token of digits and nothing else */
} numlit;

static size_t tok_len(const vi_norm *c, size_t i)
{
    return vi_norm_len(c, i);
}

/* Token i is the symbol ch with no space before it, and a number follows with no space. */
static gboolean joined_sym_num(const vi_norm *c, size_t i, gunichar ch)
{
    return vi_norm_sym(c, i, ch) && !c->tok[i].space && vi_norm_joined(c, i + 1, VI_TOK_NUM);
}

/* Groups of exactly three digits after a first group of one to three, joined by sep. */
static size_t count_groups(const vi_norm *c, size_t i, gunichar sep)
{
    size_t groups = 0;
    size_t j = i;
    if (tok_len(c, i) > 3 || vi_norm_str(c, i)[0] == '0') {
        return 0;
    }
    while (groups + 1 < MAX_GROUPS && joined_sym_num(c, j + 1, sep) && tok_len(c, j + 2) == 3) {
        groups++;
        j += 2;
    }
    /* "1.000.5" or "28.01.2024": not a grouped number. */
    if (joined_sym_num(c, j + 1, sep)) {
        return 0;
    }
    return groups;
}

static size_t match_unit(vi_norm *c, size_t j, gboolean first_joined, const vi_unit **unit);
static gboolean scale_after(const vi_norm *c, size_t k);

/*
 * Groups of three digits after a first group of one to three, each after a space, as official
 * and banking text writes thousands ("9 000 000 đồng", "1 000"). Two groups or more are always
 * one number; one group only where no word that takes a number of its own kind comes before
 * ("ngày 15 100 người" is a day and a count; "có 9 999 cái" is one number).
 */
static size_t count_space_groups(vi_norm *c, size_t i)
{
    size_t groups = 0;
    size_t j = i;
    if (tok_len(c, i) > 3 || vi_norm_str(c, i)[0] == '0' || joined_sym_num(c, i + 1, '.') ||
        joined_sym_num(c, i + 1, ',') ||
        (i > 0 && (c->tok[i - 1].type == VI_TOK_NUM ||
                   (!c->tok[i].space && (vi_norm_sym(c, i - 1, '/') || vi_norm_sym(c, i - 1, ':') ||
                                         vi_norm_sym(c, i - 1, ',') || vi_norm_sym(c, i - 1, '.')))))) {
        return 0;
    }
    while (groups + 1 < MAX_GROUPS && j + 1 < c->ntok && c->tok[j + 1].type == VI_TOK_NUM &&
           c->tok[j + 1].space && tok_len(c, j + 1) == 3) {
        groups++;
        j++;
    }
    /* "1 000 2024", "1 000.5", "3 100/100", "Core Ultra 9 285K", and the rows of a table that
     * lost its cells ("Argentina 526 494 310 Australia 460 ...", "Jan 272 276 272"): not a
     * grouped number. No capitalized word is just before it, and what follows it is a
     * lowercase word (đồng, người), a mark or the end. */
    if (groups == 0 || (j + 1 < c->ntok && c->tok[j + 1].type == VI_TOK_NUM) ||
        joined_sym_num(c, j + 1, '.') || joined_sym_num(c, j + 1, '/') ||
        vi_norm_joined(c, j + 1, VI_TOK_WORD) || vi_norm_capitalized(c, j + 1) ||
        (i > 0 && vi_norm_capitalized(c, i - 1))) {
        return 0;
    }
    if (groups == 1 && i > 0 &&
        (vi_norm_roles_at(c, i - 1) &
         ~(unsigned)(VI_ROLE_COUNT | VI_ROLE_COUNTED | VI_ROLE_PER | VI_ROLE_MASS |
                     VI_ROLE_WHEN | VI_ROLE_FRACTION)) != 0) {
        return 0;
    }
    return groups;
}

/* Is the number at token i one to three digits, a ',' and one group of three digits, and no
 * more groups ("3,168", not "3,1", "03,168" nor "1,000,000")? */
static gboolean one_comma_group(const vi_norm *c, size_t i)
{
    return vi_norm_is(c, i, VI_TOK_NUM) && tok_len(c, i) <= 3 && vi_norm_str(c, i)[0] != '0' &&
           joined_sym_num(c, i + 1, ',') && tok_len(c, i + 2) == 3 &&
           !joined_sym_num(c, i + 3, ',') && !joined_sym_num(c, i + 3, '.');
}

/* Is the number at token i one comma group of "000" ("20,000", "1,000")? A decimal never
 * ends in three zeros, so that comma is a thousands separator written the English way. */
static gboolean zeros_group(const vi_norm *c, size_t i)
{
    return one_comma_group(c, i) && memcmp(vi_norm_str(c, i + 2), "000", 3) == 0;
}

/* Is token k the "x" or "×" of a size ("1920 x 1080")? */
static gboolean size_times(const vi_norm *c, size_t k)
{
    return vi_norm_word_is(c, k, "x", FALSE) || vi_norm_sym(c, k, 0xD7);
}

/* Does the text write a decimal with a comma somewhere: a number, ',' and one, two or four
 * digits or more joined ("3,7%", "61,08 USD"), as only Vietnamese writing does? */
static gboolean vi_decimal_commas(const vi_norm *c)
{
    for (size_t t = 0; t + 2 < c->ntok; t++) {
        if (c->tok[t].type == VI_TOK_NUM && joined_sym_num(c, t + 1, ',') &&
            tok_len(c, t + 2) != 3 && !joined_sym_num(c, t + 3, ',') &&
            !(t > 0 && vi_norm_sym(c, t - 1, ',') && !c->tok[t].space)) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Does a price's "per" start at token j: "/" joined or "mỗi", then a word that is no span of
 * time ("USD/thùng", "USD mỗi ounce"; not a salary's "USD/tháng", "USD mỗi năm")? */
static gboolean price_per(const vi_norm *c, size_t j)
{
    static const char *const spans[] = {"năm", "tháng", "tuần", "ngày", "giờ", "quý"};
    return ((vi_norm_sym(c, j, '/') && !c->tok[j].space) ||
            (vi_norm_word_is(c, j, "mỗi", TRUE) && c->tok[j].space)) &&
           vi_norm_is(c, j + 1, VI_TOK_WORD) &&
           !vi_norm_word_in(c, j + 1, spans, G_N_ELEMENTS(spans), TRUE);
}

/*
 * Does a stock index stand before token i in its clause: a word "Index" (VN-Index, HNX-Index,
 * "VN30 Index"), VN30, HNX, UPCoM, or an index abroad (Dow Jones, Nasdaq, S&P 500, Nikkei,
 * Kospi)? A full stop, ';' or ':' ends the search, and so do twenty tokens.
 */
static gboolean stock_index_before(const vi_norm *c, size_t i)
{
    static const char *const names[] = {"index", "hnx",    "hnx30",  "upcom", "dow",
                                        "djia",  "nasdaq", "nikkei", "kospi", "vnindex"};
    for (size_t j = i, n = 0; j > 0 && n < 20; j--, n++) {
        size_t t = j - 1;
        if ((vi_norm_sym(c, t, '.') && c->tok[t].space) || vi_norm_sym(c, t, ';') ||
            vi_norm_sym(c, t, ':')) {
            return FALSE;
        }
        if (vi_norm_word_in(c, t, names, G_N_ELEMENTS(names), TRUE) ||
            (vi_norm_word_is(c, t, "VN", FALSE) && vi_norm_joined(c, t + 1, VI_TOK_NUM)) ||
            (vi_norm_word_is(c, t, "S", FALSE) && vi_norm_sym(c, t + 1, '&'))) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * Is the ',' after the number at token i a thousands separator written the English way, as
 * product specifications and prices copied from English often are? Vietnamese writes "8,5" for
 * a decimal, and one group of three digits after the comma is a decimal too ("1,235 tỷ",
 * "0,125 mm", a bare "123,000"), except: a money sign comes before ("$1,299"), a currency or a
 * unit counted in whole numbers (units.tsv "whole": mAh, pixel, Hz, W, fps) comes after
 * ("5,000mAh", "1,299 USD"), any unit comes after a group of "000" ("8,000mm²": trailing zeros
 * are not written in a decimal), or it is one side of a size whose other side is grouped so too
 * ("3,168 x 1,440"). A group of "000" is always thousands, and so is the other side of a range
 * with one ("20,000 xe", "10,000 tỷ đồng", "15,500 - 16,000 đồng/kg"): a decimal never ends in
 * three zeros. Otherwise never before a scale word ("36,400 triệu đồng" is a decimal). A stock
 * index's level of one digit before the comma is thousands before "điểm" or no unit ("VN-Index
 * ... 1,722 điểm": no index moves 1.722 points; stock_index_before()). Before a
 * currency the comma is a decimal after all when the group does not end in 0 and the amount is
 * a price per something ("62,729 USD/thùng", "16,125 USD mỗi ounce") or the text writes its
 * decimals with a comma elsewhere ("giảm 0,133 USD, xuống mức 16,125 USD": vi_decimal_commas()).
 */
static gboolean english_group(vi_norm *c, size_t i)
{
    const vi_unit *u = NULL;
    size_t k = i + 3;
    size_t end;
    if (!one_comma_group(c, i)) {
        return FALSE;
    }
    if (zeros_group(c, i) || (vi_norm_is_dash(c, k) && zeros_group(c, k + 1)) ||
        (i >= 4 && vi_norm_is_dash(c, i - 1) && zeros_group(c, i - 4) &&
         vi_norm_sym(c, i - 3, ','))) {
        return TRUE; /* "20,000 xe", "10,000 tỷ", "15,500 - 16,000 đồng/kg" */
    }
    if (scale_after(c, k)) {
        return FALSE;
    }
    if (tok_len(c, i) == 1 && stock_index_before(c, i) &&
        (vi_norm_word_is(c, k, "điểm", TRUE) || match_unit(c, k, FALSE, &u) == 0)) {
        return TRUE; /* "VN-Index ... quanh mức 1,722 điểm", "rơi về 1,599 trong tuần" */
    }
    if (i > 0 && !c->tok[i].space &&
        (vi_norm_sym(c, i - 1, '$') || vi_norm_sym(c, i - 1, 0x20AC) ||
         vi_norm_sym(c, i - 1, 0xA3))) {
        return TRUE;
    }
    if ((end = match_unit(c, k, FALSE, &u)) > 0 &&
        (u->kind == VI_UNIT_MONEY || u->whole || memcmp(vi_norm_str(c, i + 2), "000", 3) == 0)) {
        return !(u->kind == VI_UNIT_MONEY && !u->whole && vi_norm_str(c, i + 2)[2] != '0' &&
                 (price_per(c, end) || vi_decimal_commas(c)));
    }
    if (size_times(c, k) && one_comma_group(c, k + 1)) {
        return TRUE;
    }
    return i >= 4 && size_times(c, i - 1) && tok_len(c, i - 2) == 3 &&
           vi_norm_sym(c, i - 3, ',') && one_comma_group(c, i - 4);
}

/* Makes the number a, one to three digits at token a->first, the whole of it and the groups of
 * three digits after it, every step-th token (2: "1.000.000", a mark between; 1: "1 000 000"). */
static void join_groups(const vi_norm *c, numlit *a, size_t groups, size_t step)
{
    memcpy(a->buf, a->digits, a->n);
    for (size_t g = 1; g <= groups; g++) {
        memcpy(a->buf + a->n, vi_norm_str(c, a->first + step * g), 3);
        a->n += 3;
    }
    a->buf[a->n] = '\0';
    a->digits = a->buf;
    a->last = a->first + step * groups;
    a->plain = FALSE;
}

static void parse_number(vi_norm *c, size_t i, numlit *a)
{
    size_t groups;
    memset(a, 0, sizeof *a);
    a->first = a->last = i;
    a->digits = vi_norm_str(c, i);
    a->n = tok_len(c, i);
    a->plain = TRUE;
    /* 1.391, 1,000,000, and 1,123.56 (one ',' group, then a '.' decimal). */
    if ((groups = count_groups(c, i, '.')) >= 1 || (groups = count_groups(c, i, ',')) >= 2 ||
        (groups == 1 && joined_sym_num(c, i + 3, '.') && !joined_sym_num(c, i + 5, '.')) ||
        (groups == 1 && english_group(c, i))) {
        gunichar sep = c->tok[i + 1].ch;
        join_groups(c, a, groups, 2);
        /* 1.234,5 and 1,234,567.5 */
        if (joined_sym_num(c, a->last + 1, sep == '.' ? ',' : '.')) {
            a->frac = a->last + 2;
            a->last += 2;
        }
        return;
    }
    if ((groups = count_space_groups(c, i)) >= 1) {
        join_groups(c, a, groups, 1);
        if (joined_sym_num(c, a->last + 1, ',')) { /* 1 234,5 */
            a->frac = a->last + 2;
            a->last += 2;
        }
        return;
    }
    if (joined_sym_num(c, i + 1, ',') && !joined_sym_num(c, i + 3, ',')) {
        a->frac = i + 2;
        a->last = i + 2;
        a->plain = FALSE;
    } else if (joined_sym_num(c, i + 1, '.') && !joined_sym_num(c, i + 3, '.') &&
               (tok_len(c, i + 2) != 3 || a->n > 3 || (a->n == 1 && a->digits[0] == '0'))) {
        /* 3.5, 0.001, 3000001.009: three digits after the dot are a decimal when the part
         * before it cannot start a group (0, or more than three digits). */
        a->frac = i + 2;
        a->last = i + 2;
        a->plain = FALSE;
    }
}

static gboolean numlit_value(const numlit *a, guint64 *v)
{
    return a->frac == 0 && vi_num_parse(a->digits, a->n, v);
}

static gboolean num_in(const vi_norm *c, size_t i, size_t min_len, size_t max_len,
                       guint64 min, guint64 max, guint64 *v);
static gboolean mark_in(const vi_norm *c, size_t j, const char *marks);

/* A year of the sixty-year cycle after "năm" names a lunar year: "năm Ất Tỵ", "năm Giáp Thìn". */
static gboolean lunar_year_at(const vi_norm *c, size_t i)
{
    static const char *const stems[] = {"giáp", "ất", "bính", "đinh", "mậu",
                                        "kỷ",   "canh", "tân", "nhâm", "quý"};
    static const char *const branches[] = {"tý",  "sửu", "dần", "mão", "mẹo", "thìn", "tỵ",
                                           "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"};
    return vi_norm_word_is(c, i, "năm", TRUE) &&
           vi_norm_word_in(c, i + 1, stems, G_N_ELEMENTS(stems), TRUE) &&
           vi_norm_word_in(c, i + 2, branches, G_N_ELEMENTS(branches), TRUE);
}

/*
 * Is the number at token i a day of 1 to 10 of a lunar date, said "mùng một" to "mùng mười"?
 * The day, a range of days or a date ("01-10/3", "10 tháng 3", "5 đến 7 tháng Giêng") comes
 * before "âm lịch" (also "(âm lịch)", "AL", "ÂL"), a lunar year ("năm Ất Tỵ"), a lunar month's
 * name (tháng Giêng, tháng Chạp), or a day alone before "Tết" ("ngày 3 Tết"; not "ngày 1/6 Tết
 * Thiếu nhi", "1/1 Tết dương lịch"). Not after "mùng" written already, nor before "ngày"
 * ("trong 3 ngày Tết" counts days),
 * nor the tenth at the start of a range past it ("10 đến 15/2": "mười đến mười lăm").
 */
static gboolean lunar_day(const vi_norm *c, size_t i)
{
    static const char *const written[] = {"mùng", "mồng"};
    static const char *const range[] = {"đến", "tới"}; /* "10 đến 15/2" */
    /* what stands between the days and the month: "01-10/3", "5 và mùng 6 tháng Giêng" */
    static const char *const joins[] = {"đến", "tới", "và", "ngày", "mùng", "mồng"};
    static const char *const named[] = {"giêng", "chạp"};
    guint64 v;
    gboolean month = FALSE;
    size_t j = i + 1;
    if (!num_in(c, i, 1, 2, 1, 10, &v) ||
        (i > 0 && vi_norm_word_in(c, i - 1, written, G_N_ELEMENTS(written), TRUE)) ||
        vi_norm_word_is(c, j, "ngày", TRUE)) {
        return FALSE; /* "trong 3 ngày Tết": a count of days */
    }
    if (v == 10 &&
        (vi_norm_is_dash(c, j) || vi_norm_word_in(c, j, range, G_N_ELEMENTS(range), TRUE)) &&
        num_in(c, j + 1, 1, 2, 11, 30, &v)) {
        return FALSE; /* "ngày 10 đến 15/2 âm lịch": a range past the tenth, "mười đến mười lăm" */
    }
    for (size_t steps = 0; steps < 12 && j < c->ntok; steps++) {
        if ((vi_norm_sym(c, j, '/') || vi_norm_sym(c, j, '.')) && !c->tok[j].space &&
            num_in(c, j + 1, 1, 2, 1, 12, &v) && !c->tok[j + 1].space) {
            month = TRUE;
            j += 2;
        } else if (month && (vi_norm_sym(c, j, '/') || vi_norm_sym(c, j, '.')) &&
                   !c->tok[j].space && num_in(c, j + 1, 4, 4, 1000, 2999, &v)) {
            j += 2; /* the year: "2/1/2025 (âm lịch)" */
        } else if (vi_norm_word_is(c, j, "tháng", TRUE) &&
                   (num_in(c, j + 1, 1, 2, 1, 12, &v) ||
                    vi_norm_word_in(c, j + 1, named, G_N_ELEMENTS(named), TRUE))) {
            if (vi_norm_is(c, j + 1, VI_TOK_WORD)) {
                return TRUE; /* "mùng 5 tháng Giêng" */
            }
            month = TRUE;
            j += 2;
        } else if (vi_norm_is_dash(c, j) || vi_norm_is(c, j, VI_TOK_NUM) ||
                   vi_norm_word_in(c, j, joins, G_N_ELEMENTS(joins), TRUE)) {
            j++;
        } else {
            break;
        }
    }
    if (vi_norm_sym(c, j, '(')) {
        j++;
    }
    if (vi_norm_word_is(c, j, "tết", TRUE)) {
        return !month; /* "ngày 3 Tết"; not "ngày 1/6 Tết Thiếu nhi" */
    }
    return month && ((vi_norm_word_is(c, j, "âm", TRUE) && vi_norm_word_is(c, j + 1, "lịch", TRUE)) ||
                     vi_norm_word_is(c, j, "AL", FALSE) || vi_norm_word_is(c, j, "ÂL", FALSE) ||
                     lunar_year_at(c, j));
}

/* Appends the reading of a number as an amount: cardinal, "phẩy", the decimals. */
static void read_amount(const vi_norm *c, const numlit *a, GString *out)
{
    gboolean code = a->plain && (a->n > MAX_PLAIN_CARDINAL || (a->n >= 3 && a->digits[0] == '0'));
    if (code) {
        vi_num_digits(out, a->digits, a->n);
        return;
    }
    vi_num_cardinal(out, a->digits, a->n, c->dialect);
    if (a->frac != 0) {
        vi_num_put(out, "phẩy");
        vi_num_fraction(out, vi_norm_str(c, a->frac), tok_len(c, a->frac), c->dialect);
    }
}

/* Are the n digits w one of the emergency lines 111 to 116 (115: cấp cứu) or 911? */
static gboolean emergency_digits(const char *w, size_t n)
{
    return n == 3 && ((w[0] == '1' && w[1] == '1' && w[2] >= '1' && w[2] <= '6') ||
                      memcmp(w, "911", 3) == 0);
}

/* Is the number at token i next to another emergency line in a list ("113, 114, 115", "112
 * và 114"): a number of 111 to 116 two tokens away, with ",", "và" or "hoặc" between? */
static gboolean emergency_list(const vi_norm *c, size_t i)
{
    static const char *const joins[] = {"và", "hoặc"};
    for (int d = -2; d <= 2; d += 4) {
        size_t j = (size_t)((long)i + d), m = (size_t)((long)i + d / 2);
        if (!((d < 0 && i < 2) || j >= c->ntok || c->tok[j].type != VI_TOK_NUM) &&
            (vi_norm_sym(c, m, ',') || vi_norm_word_in(c, m, joins, G_N_ELEMENTS(joins), TRUE)) &&
            emergency_digits(vi_norm_str(c, j), tok_len(c, j))) {
            return TRUE;
        }
    }
    return FALSE;
}

/* Appends the reading of a number as the context words before it want it. */
static void read_number(const vi_norm *c, const numlit *a, unsigned roles, GString *out)
{
    guint64 v;
    if (a->plain && (((roles & VI_ROLE_PHONE) && (a->n >= 3 || a->digits[0] == '0')) ||
                     ((roles & VI_ROLE_EVENT) && a->n == 3 && memcmp(a->digits, "911", 3) == 0) ||
                     (emergency_digits(a->digits, a->n) &&
                      ((roles & VI_ROLE_EMERGENCY) || emergency_list(c, a->first))))) {
        /* "gọi 1022", "cấp cứu 115", "vụ khủng bố 911"; not "gọi 15 cuộc" */
        vi_num_digits(out, a->digits, a->n);
    } else if (a->plain && numlit_value(a, &v) && a->n <= 6 &&
               (roles & (VI_ROLE_ORDINAL | VI_ROLE_RANK))) {
        vi_num_ordinal(out, v, (roles & VI_ROLE_RANK) ? VI_NUM_RANK : VI_NUM_ORDINAL,
                       c->dialect);
    } else if (a->plain && numlit_value(a, &v) && (roles & VI_ROLE_MONTH) && v >= 1 && v <= 12) {
        vi_num_month(out, (unsigned)v, c->dialect);
    } else {
        if (a->plain && lunar_day(c, a->first)) {
            vi_num_put(out, "mùng");
        }
        read_amount(c, a, out);
    }
}

static gboolean is_date_sep(const vi_norm *c, size_t i);
static void say_fraction(vi_norm *c, size_t i);
static gboolean after_date_and(vi_norm *c, size_t i);
static gboolean counted_next(vi_norm *c, size_t j);
static gboolean link_word(const vi_norm *c, size_t j);
static gboolean after_and(vi_norm *c, size_t i, size_t end);

/*
 * A stage name made of a number and a word of money, "50 Cent": the word written with a capital
 * inside the sentence (a currency is written in lower case), or after a word for an artist
 * ("rapper 50 cent"). Returns the token after the word, or 0.
 */
static size_t stage_name(vi_norm *c, const numlit *a)
{
    static const char *const artists[] = {"rapper", "ca sĩ", "nghệ sĩ", "ngôi sao", "giọng ca"};
    const vi_unit *unit = NULL;
    size_t j = a->last + 1;
    const char *w;
    gboolean artist = FALSE;
    if (!a->plain || !vi_norm_is(c, j, VI_TOK_WORD) || !c->tok[j].space ||
        match_unit(c, j, FALSE, &unit) != j + 1 || unit->kind != VI_UNIT_MONEY ||
        vi_norm_joined(c, j + 1, VI_TOK_SYM)) {
        return 0;
    }
    w = vi_norm_str(c, j);
    if (tok_len(c, j) < 2 || g_ascii_isupper(w[1])) {
        return 0; /* "USD", "VND": a currency's code */
    }
    for (size_t k = 0; k < G_N_ELEMENTS(artists) && !artist; k++) {
        artist = vi_norm_said_ends_with(c, artists[k]);
    }
    if (!artist && !(g_ascii_isupper(w[0]) && tok_len(c, j) > 1 && g_ascii_islower(w[1]))) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    en_cardinal(c->buf, a->digits, a->n);
    g_string_append_c(c->buf, ' ');
    g_string_append_c(c->buf, g_ascii_toupper(w[0]));
    g_string_append_len(c->buf, w + 1, (gssize)tok_len(c, j) - 1);
    vi_norm_say_foreign_text(c, c->buf->str, c->buf->len, a->first, j);
    g_string_truncate(c->buf, 0);
    return j + 1;
}

/* Says a lexicon reading (a unit) for tokens first..last. */
static void say_reading(vi_norm *c, const char *reading, size_t first, size_t last)
{
    g_string_truncate(c->buf, 0);
    vi_norm_put_reading(c, c->buf, reading);
    vi_norm_say_buf(c, first, last);
}

static void say_text(vi_norm *c, const char *text, size_t first, size_t last);

/* Says "trên" for the mark at sep and the amount after it ("9,75/10", "1/13,3", "1:50.000");
 * returns the token after the amount. */
static size_t say_over(vi_norm *c, size_t sep)
{
    numlit b;
    say_text(c, "trên", sep, sep);
    parse_number(c, sep + 1, &b);
    g_string_truncate(c->buf, 0);
    read_amount(c, &b, c->buf);
    vi_norm_say_buf(c, b.first, b.last);
    return b.last + 1;
}

/* Says a number token as a plain cardinal (days, hours, years). */
static void say_cardinal(vi_norm *c, size_t i)
{
    g_string_truncate(c->buf, 0);
    if (lunar_day(c, i)) {
        vi_num_put(c->buf, "mùng");
    }
    vi_num_cardinal(c->buf, vi_norm_str(c, i), tok_len(c, i), c->dialect);
    vi_norm_say_buf(c, i, i);
}

/* Says a document's number as it is written, leading zeros too: "Thông tư 02", "Đề án 06" ->
 * "không hai", "không sáu" (a cardinal otherwise). */
static void say_doc_number(vi_norm *c, size_t i)
{
    g_string_truncate(c->buf, 0);
    vi_num_name(c->buf, vi_norm_str(c, i), tok_len(c, i), c->dialect);
    vi_norm_say_buf(c, i, i);
}

static void say_text(vi_norm *c, const char *text, size_t first, size_t last)
{
    vi_norm_say(c, text, strlen(text), first, last);
}

/* Does the word written just before token i, or a phrase said just before it, have the role
 * ("iOS 18.1" as written; "phiên bản 2.5", "ISO 9001:2015" as said)? */
static gboolean role_before(vi_norm *c, size_t i, unsigned role)
{
    return i > 0 && ((vi_norm_roles_at(c, i - 1) & role) != 0 ||
                     (vi_norm_roles_before(c, 1) & role) != 0);
}

/* ---------------------------------------------------------------------------------------- */
/* Units                                                                                     */

/* Does a lexicon name of several pieces start at token j and go on past a joined symbol and
 * word after token k ("V.League", "V-League": not the unit V)? */
static gboolean name_starts_at(vi_norm *c, size_t j, size_t k)
{
    size_t maxk = MIN(vi_lex_abbr_max_tokens(c->lex), (size_t)12);
    gboolean found = FALSE;
    GString *key;
    if (!(vi_norm_is(c, k + 1, VI_TOK_SYM) && !c->tok[k + 1].space &&
          vi_norm_joined(c, k + 2, VI_TOK_WORD))) {
        return FALSE;
    }
    key = g_string_new(NULL);
    for (size_t m = j; m < c->ntok && m - j < maxk && !found; m++) {
        if (m > j && c->tok[m].space) {
            break;
        }
        vi_text_append_folded(key, vi_norm_str(c, m), tok_len(c, m));
        found = m >= k + 2 && vi_lex_abbr_folded(c->lex, key->str) != NULL;
    }
    g_string_free(key, TRUE);
    return found;
}

/* Is token k a single capital letter other than the letter at token l? */
static gboolean other_capital(const vi_norm *c, size_t k, size_t l)
{
    return vi_norm_is(c, k, VI_TOK_WORD) && tok_len(c, k) == 1 &&
           g_ascii_isupper(vi_norm_str(c, k)[0]) && vi_norm_str(c, k)[0] != vi_norm_str(c, l)[0];
}

/* Is the letter at token k, after its number, paired by '-' or '/' with a number and another
 * single capital letter ("07L-25R", "11R/29L": runways left and right; a code, no unit)? */
static gboolean letter_pair(const vi_norm *c, size_t k)
{
    gboolean after = (vi_norm_sym(c, k + 1, '-') || vi_norm_sym(c, k + 1, '/')) &&
                     !c->tok[k + 1].space && vi_norm_joined(c, k + 2, VI_TOK_NUM) &&
                     vi_norm_joined(c, k + 3, VI_TOK_WORD) && other_capital(c, k + 3, k);
    return after || (k >= 4 && (vi_norm_sym(c, k - 2, '-') || vi_norm_sym(c, k - 2, '/')) &&
                     !c->tok[k - 2].space && !c->tok[k - 1].space && !c->tok[k - 3].space &&
                     other_capital(c, k - 3, k) && vi_norm_is(c, k - 4, VI_TOK_NUM));
}

/* Is token j joined to a number that a word and a dash come right before ("M3" of "Tu-22M3",
 * "Su-30MK2"): the letters of a model's code? Not when that word is a unit after a number
 * ("31Mhz-44Mhz"). */
static gboolean in_model_code(const vi_norm *c, size_t j)
{
    return j >= 3 && !c->tok[j].space && c->tok[j - 1].type == VI_TOK_NUM &&
           !c->tok[j - 1].space && vi_norm_sym(c, j - 2, '-') && !c->tok[j - 2].space &&
           c->tok[j - 3].type == VI_TOK_WORD &&
           (j == 3 || c->tok[j - 3].space || c->tok[j - 4].type != VI_TOK_NUM);
}

/* "Can 20 L", "bình 5 L.": a capital L alone after a number and a space, then the end, a mark
 * of punctuation or a word in small letters, is litres as when joined ("20L"); not a tennis
 * draw's lucky loser before a name ("14 L Pouille"). j..k is the unit's span. */
static gboolean spaced_litre(const vi_norm *c, size_t j, size_t k)
{
    return k == j && j > 0 && c->tok[j].space && c->tok[j - 1].type == VI_TOK_NUM &&
           tok_len(c, j) == 1 && vi_norm_str(c, j)[0] == 'L' &&
           (k + 1 >= c->ntok || mark_in(c, k + 1, ",.;:!?)") ||
            (vi_norm_is(c, k + 1, VI_TOK_WORD) && c->tok[k + 1].space &&
             g_unichar_islower(c->tok[k + 1].ch)));
}

/*
 * Is the capital V at token j a car's trim after its engine size, not volts: one digit, ".",
 * one digit right after a capitalized model name no Vietnamese syllable spells ("Corolla Cross
 * 1.8V", "Fortuner 2.4 V", "Innova 2.0V": *vê*, as the trims G, E, Q beside them are letters)?
 * A voltage follows a Vietnamese word or a number alone ("pin 3.7V", "sạc 5V").
 */
static gboolean trim_letter(const vi_norm *c, size_t j)
{
    return j >= 4 && tok_len(c, j) == 1 && vi_norm_str(c, j)[0] == 'V' &&
           c->tok[j - 1].type == VI_TOK_NUM && tok_len(c, j - 1) == 1 && !c->tok[j - 1].space &&
           vi_norm_sym(c, j - 2, '.') && !c->tok[j - 2].space &&
           c->tok[j - 3].type == VI_TOK_NUM && tok_len(c, j - 3) == 1 && c->tok[j - 3].space &&
           vi_norm_capitalized(c, j - 4) &&
           !vi_text_is_upper(vi_norm_str(c, j - 4), tok_len(c, j - 4)) &&
           !vi_norm_syllable(c, j - 4);
}

/* "198 m 2", "900 m 3 cát": a lone "m" after a number, then a spaced 2 or 3 that nothing is
 * joined to, is mét vuông or mét khối as "m2", "m3" are (portal and court text spaces the
 * exponent it lost), unless a word of counting follows ("5 m 3 tầng"); k is the digit's token. */
static gboolean spaced_power(vi_norm *c, size_t j, size_t k)
{
    static const char *const counts[] = {"lần", "tầng", "người", "chiếc", "cái", "con", "hàng",
                                         "phòng", "cây", "bậc"};
    return k == j + 1 && j > 0 && c->tok[j - 1].type == VI_TOK_NUM && tok_len(c, j) == 1 &&
           vi_norm_str(c, j)[0] == 'm' && c->tok[k].type == VI_TOK_NUM && tok_len(c, k) == 1 &&
           (c->tok[k].ch == '2' || c->tok[k].ch == '3') && !vi_norm_joined(c, k + 1, VI_TOK_NUM) &&
           !vi_norm_joined(c, k + 1, VI_TOK_WORD) &&
           !vi_norm_word_in(c, k + 1, counts, G_N_ELEMENTS(counts), FALSE) &&
           !(k + 2 < c->ntok && mark_in(c, k + 1, ".,") && !c->tok[k + 1].space &&
             vi_norm_joined(c, k + 2, VI_TOK_NUM));
}

/*
 * The longest unit (units.tsv) that starts at token j: its first token may have a space
 * before it, the others are joined ("m2", "km/h", "°C"). A unit joined to the letters after it
 * is not one ("5 mét" is a word), nor one joined by a hyphen to a word ("13 V-League"), nor
 * the start of a lexicon name ("Vòng 10 V.League"), nor a "joined" unit away from its number
 * ("in 2 in màu"). Returns the token after it, or 0.
 */
static size_t match_unit(vi_norm *c, size_t j, gboolean first_joined, const vi_unit **unit)
{
    size_t maxk = vi_lex_unit_max_tokens(c->lex);
    size_t best = 0;
    if (j >= c->ntok || (first_joined && c->tok[j].space) || c->tok[j].type == VI_TOK_NUM) {
        return 0;
    }
    g_string_truncate(c->key, 0);
    for (size_t k = j; k < c->ntok && k - j < maxk; k++) {
        const vi_unit *u;
        if (k > j && c->tok[k].space &&
            !(k == j + 1 && tok_len(c, j) == 1 && vi_norm_str(c, j)[0] == 'o' &&
              tok_len(c, k) == 1 && (c->tok[k].ch == 'C' || c->tok[k].ch == 'F')) &&
            !spaced_power(c, j, k)) {
            break; /* but "13-16 o C": the degree written with a letter o, spaced; "198 m 2" */
        }
        g_string_append_len(c->key, vi_norm_str(c, k), (gssize)tok_len(c, k));
        u = vi_lex_unit_folded(c->lex, c->key->str);
        if (u != NULL && in_model_code(c, j) && vi_lex_unit(c->lex, c->key->str) == NULL) {
            continue; /* "Tu-22M3": a model's letters, not m3 written in capitals */
        }
        if (u != NULL && k == j && trim_letter(c, j)) {
            continue; /* "Corolla Cross 1.8V": a trim's letter, not volts */
        }
        if (u != NULL && u->joined && !spaced_litre(c, j, k) &&
            (c->tok[j].space || j == 0 || c->tok[j - 1].type != VI_TOK_NUM ||
             vi_norm_joined(c, k + 1, VI_TOK_NUM) || letter_pair(c, k))) {
            continue; /* "24in" only: "in 2 in màu", "2in1" are words */
        }
        if (u != NULL && !vi_norm_joined(c, k + 1, VI_TOK_WORD) &&
            !(vi_norm_sym(c, k + 1, '-') && !c->tok[k + 1].space &&
              vi_norm_joined(c, k + 2, VI_TOK_WORD)) &&
            !name_starts_at(c, j, k)) {
            *unit = u;
            best = k + 1;
        }
    }
    return best;
}

/* The unit (if any) that ends at token k (inclusive), for "/" after it. */
static const vi_unit *unit_ending_at(vi_norm *c, size_t k)
{
    size_t maxk = vi_lex_unit_max_tokens(c->lex);
    const vi_unit *found = NULL;
    for (size_t n = 1; n <= maxk && n <= k + 1; n++) {
        size_t j = k + 1 - n;
        const vi_unit *u = NULL;
        if (n > 1 && c->tok[j + 1].space) {
            break;
        }
        if (match_unit(c, j, FALSE, &u) == k + 1) {
            found = u;
        }
    }
    return found;
}

/*
 * Is the "/" at i between a code of letters and digits written together (FV1409S2V, ABC123,
 * with a letter first) and one to three capitals ending the code (TV, SV, VN)?
 */
static gboolean code_suffix(const vi_norm *c, size_t i)
{
    gboolean digits = FALSE;
    size_t k = i;
    if (!vi_norm_joined(c, i + 1, VI_TOK_WORD) || !vi_norm_capitals(c, i + 1, 1, 3) ||
        vi_norm_joined(c, i + 2, VI_TOK_NUM) || vi_norm_joined(c, i + 2, VI_TOK_WORD)) {
        return FALSE;
    }
    while (k > 0 && (vi_norm_is(c, k - 1, VI_TOK_WORD) || vi_norm_is(c, k - 1, VI_TOK_NUM))) {
        k--;
        digits = digits || c->tok[k].type == VI_TOK_NUM;
        if (c->tok[k].space || k == 0) {
            break;
        }
    }
    return digits && k + 1 < i && c->tok[k].type == VI_TOK_WORD &&
           g_ascii_isupper(vi_norm_str(c, k)[0]);
}

/* Is the unit ending at token k a size in bytes (written with a final "B", not the
 * decibel: GB, TB, MB)? */
static gboolean byte_unit(const vi_norm *c, size_t k)
{
    const char *w;
    size_t n;
    if (c->tok[k].type != VI_TOK_WORD) {
        return FALSE;
    }
    w = vi_norm_str(c, k);
    n = tok_len(c, k);
    return n >= 2 && w[n - 1] == 'B' && !(n == 2 && w[0] == 'd');
}

/* Is word k a scale word of an amount (nghìn, triệu, tỷ: "3.5 triệu" is a decimal)? */
static gboolean scale_after(const vi_norm *c, size_t k)
{
    static const char *const scales[] = {"nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"};
    return vi_norm_word_in(c, k, scales, G_N_ELEMENTS(scales), TRUE);
}

/*
 * Is token k, before a "/", a unit word capitalized as a name is, after another capitalized word
 * or before one ("Hồng Yến/VOV.VN", "Minh Tấn/Tuổi Trẻ": a reporter and the paper, not the
 * units yến, tấn)?
 */
static gboolean unit_word_in_name(const vi_norm *c, size_t k)
{
    return vi_norm_capitalized(c, k) &&
           vi_norm_syllable(c, k) &&
           !vi_text_is_upper(vi_norm_str(c, k), tok_len(c, k)) &&
           ((k > 0 && c->tok[k].space && vi_norm_capitalized(c, k - 1)) ||
            vi_norm_capitalized(c, k + 2));
}

/* Token k is the last word of a counted noun of one or two small words after a number
 * ("16 điểm", "494 cú sét", "27 tỷ"): k and maybe the word before it are words in small
 * letters, the first after a number and a space. */
static gboolean counted_noun(const vi_norm *c, size_t k)
{
    size_t a = k;
    if (!vi_norm_is(c, k, VI_TOK_WORD) || !g_unichar_islower(c->tok[k].ch)) {
        return FALSE;
    }
    if (k >= 2 && c->tok[k].space && vi_norm_is(c, k - 1, VI_TOK_WORD) &&
        g_unichar_islower(c->tok[k - 1].ch) && vi_norm_is(c, k - 2, VI_TOK_NUM)) {
        a = k - 1;
    }
    return a >= 1 && c->tok[a].space && vi_norm_is(c, a - 1, VI_TOK_NUM);
}

/* Is the number at k a round base of a ratio, 10, 100, 1.000, 10.000 or 100.000 (a 1 and
 * zeros, maybe with one dot of thousands)? */
static gboolean round_base(const vi_norm *c, size_t k)
{
    const char *s = vi_norm_str(c, k);
    size_t n = tok_len(c, k);
    gboolean dotted = joined_sym_num(c, k + 1, '.');
    if (n > 3 || s[0] != '1' || (n == 1 && !dotted)) {
        return FALSE;
    }
    for (size_t t = 1; t < n; t++) {
        if (s[t] != '0') {
            return FALSE;
        }
    }
    return !dotted || (tok_len(c, k + 2) == 3 && memcmp(vi_norm_str(c, k + 2), "000", 3) == 0 &&
                       !joined_sym_num(c, k + 3, '.'));
}

/* Is the counted noun ending at token k (counted_noun()) counted by the number 1, "1 bác sĩ"? */
static gboolean count_of_one(const vi_norm *c, size_t k)
{
    size_t num = vi_norm_is(c, k - 1, VI_TOK_NUM) ? k - 1 : k - 2;
    return tok_len(c, num) == 1 && vi_norm_str(c, num)[0] == '1' &&
           !(num > 0 && !c->tok[num].space && vi_norm_is(c, num - 1, VI_TOK_SYM));
}

/*
 * Are the words either side of the "/" at i two of a kind a text offers as alternatives: places
 * of one level ("63 tỉnh/thành", "10 quận/huyện", "các xã/phường") or people ("anh/chị",
 * "thầy/cô")? Then the "/" is silent, as between other words: no "per".
 */
static gboolean alternative_words(vi_norm *c, size_t i)
{
    static const char *const words[] = {"tỉnh", "thành", "quận", "huyện", "thị", "xã", "phường",
                                        "ấp", "thôn", "bản", "làng", "anh", "chị", "em", "ông",
                                        "bà", "cô", "chú", "thầy", "bác", "con", "cháu"};
    return vi_norm_is(c, i - 1, VI_TOK_WORD) && vi_norm_is(c, i + 1, VI_TOK_WORD) &&
           vi_norm_word_in(c, i - 1, words, G_N_ELEMENTS(words), FALSE) &&
           vi_norm_word_in(c, i + 1, words, G_N_ELEMENTS(words), FALSE);
}

/*
 * "/" after a unit or a word, read as Vietnamese does: "trên" between a measure and a measure
 * unit (km/h, m3/s, người/km2), "một" otherwise (đồng/tháng, %/năm, đồng/kg, lượt/ngày). A "/"
 * between other words is silent (và/hoặc); between a short code and a number it is "trên"
 * (C4/21, 12A/3). i is the "/", joined to the word before it unless spaced (then spaced on
 * both sides and before a word in small letters: "500.000 đồng / người"); returns the token
 * after what was said, or 0 when this is not a "per".
 */
static size_t per_at(vi_norm *c, size_t i, gboolean spaced)
{
    const vi_unit *left = NULL;
    const vi_unit *right = NULL;
    size_t end;
    gboolean after_number;
    if (i == 0 || c->tok[i].space != spaced || i + 1 >= c->ntok ||
        (spaced && (!c->tok[i + 1].space || c->tok[i + 1].type != VI_TOK_WORD ||
                    !g_unichar_islower(c->tok[i + 1].ch)))) {
        return 0;
    }
    if (c->tok[i + 1].type == VI_TOK_NUM) {
        if (!c->tok[i + 1].space && i >= 2 && !c->tok[i - 1].space &&
            ((c->tok[i - 1].type == VI_TOK_NUM && c->tok[i - 2].type == VI_TOK_WORD &&
              tok_len(c, i - 2) == 1) ||
             (c->tok[i - 1].type == VI_TOK_WORD && c->tok[i - 2].type == VI_TOK_NUM &&
              tok_len(c, i - 1) == 1))) {
            /* A code, then "/" and a number no other rule took: "C4/21", "12A/3" (trên). */
            say_text(c, "trên", i, i);
            return i + 1;
        }
        {
            /* "7 lít/100 km", "60 triệu đồng/1 ha": a unit, then so much of another unit
             * ("12GB/256GB", sizes in bytes, are choices: the "/" stays silent), a span of
             * time in words ("80 mm/3 giờ", "mưa 150 mm/24 tiếng") or a noun ("500 đồng/1
             * tin", "200 nghìn đồng/2 người"). A counted noun, then so many matches or so
             * long, is a rate too ("16 điểm/8 trận", "9 bàn/3 trận", "494 cú sét/10 phút",
             * "27 tỷ/3 năm"; "2 buổi/1 ngày" stays "một ngày"); not before another noun
             * ("138 tàu/815 người": two counts). */
            static const char *const spans[] = {"giờ", "tiếng", "phút", "giây", "ngày",
                                                "tuần", "tháng", "năm", "trận", "vòng"};
            const vi_unit *u = NULL;
            size_t k = i + 2;
            gboolean unit = unit_ending_at(c, i - 1) != NULL && !byte_unit(c, i - 1);
            gboolean one = tok_len(c, i + 1) == 1 && vi_norm_str(c, i + 1)[0] == '1';
            if (vi_norm_sym(c, k, '.') || vi_norm_sym(c, k, ',')) {
                k += 2; /* "lít/1,5 km" */
            }
            if ((unit || (counted_noun(c, i - 1) && !one)) &&
                vi_norm_is(c, k - 1, VI_TOK_NUM) &&
                ((unit && match_unit(c, k, FALSE, &u) > 0) ||
                 (vi_norm_is(c, k, VI_TOK_WORD) && c->tok[k].space &&
                  (vi_norm_word_in(c, k, spans, G_N_ELEMENTS(spans), TRUE) ||
                   (unit && g_unichar_islower(c->tok[k].ch) && !link_word(c, k)))))) {
                say_text(c, "trên", i, i);
                return i + 1;
            }
            if (counted_noun(c, i - 1) && vi_norm_is(c, k, VI_TOK_WORD) && c->tok[k].space &&
                g_unichar_islower(c->tok[k].ch) && !link_word(c, k) &&
                (round_base(c, i + 1) || count_of_one(c, i - 1))) {
                /* "19 bác sĩ/10.000 dân", "1 bác sĩ/1.626 người": a ratio, "trên" */
                say_text(c, "trên", i, i);
                return i + 1;
            }
        }
        return 0;
    }
    if (vi_norm_capitalized(c, i - 1) && vi_norm_capitalized(c, i + 1) &&
        !vi_text_is_upper(vi_norm_str(c, i - 1), tok_len(c, i - 1)) &&
        !(i >= 2 && vi_norm_is(c, i - 2, VI_TOK_NUM))) {
        return 0; /* a name and its paper or agency: "Hoàng Yến/VOV.VN", "Tấn/TTXVN" */
    }
    if (scale_after(c, i + 1) && vi_norm_is(c, i + 2, VI_TOK_WORD)) {
        /* "1-4 người/triệu người" */
        say_text(c, "trên", i, i);
        return i + 1;
    }
    if (alternative_words(c, i)) {
        return 0;
    }
    /* "7.000/lít": an amount without its unit is money, so "/" reads "một". A space after
     * the "/" changes nothing ("2 lần/ tuần"). */
    after_number = c->tok[i - 1].type == VI_TOK_NUM;
    left = after_number || unit_word_in_name(c, i - 1) ? NULL : unit_ending_at(c, i - 1);
    end = match_unit(c, i + 1, !c->tok[i + 1].space, &right);
    if (end > 0) {
        gboolean measure = !after_number && right->kind == VI_UNIT_MEASURE &&
                           (left == NULL || left->kind == VI_UNIT_MEASURE);
        say_text(c, measure ? "trên" : "một", i, i);
        say_reading(c, right->reading, i + 1, end - 1);
        return end;
    }
    if (code_suffix(c, i)) {
        /* "WW10T534DBX/SV", "ABC123/VN": a model's variant, said as written */
        say_text(c, "gạch chéo", i, i);
        g_string_truncate(c->buf, 0);
        vi_norm_spell(c, c->buf, vi_norm_str(c, i + 1), tok_len(c, i + 1));
        vi_norm_say_buf(c, i + 1, i + 1);
        return i + 2;
    }
    if (after_number && i >= 3 && !c->tok[i - 1].space && vi_norm_capitalized(c, i - 2) &&
        vi_norm_capitalized(c, i + 1) && vi_norm_joined(c, i + 2, VI_TOK_NUM)) {
        return 0; /* "xăng E5/E10", "RON95/E5": two codes, no "per" */
    }
    if (after_number && vi_norm_capitalized(c, i + 1) && !c->tok[i + 1].space &&
        vi_norm_joined(c, i + 2, VI_TOK_NUM)) {
        return 0; /* "số 37/C46-P12": a number and an office's code, no "per" */
    }
    if (c->tok[i + 1].type == VI_TOK_WORD &&
        (left != NULL || after_number || (vi_norm_roles_at(c, i + 1) & VI_ROLE_PER))) {
        say_text(c, "một", i, i);
        return i + 1;
    }
    if (c->tok[i + 1].type == VI_TOK_WORD && !c->tok[i + 1].space &&
        g_unichar_islower(c->tok[i + 1].ch) && c->tok[i - 1].type == VI_TOK_WORD &&
        g_unichar_islower(c->tok[i - 1].ch) &&
        ((i >= 2 && c->tok[i - 1].space && c->tok[i - 2].type == VI_TOK_NUM) ||
         (i >= 3 && c->tok[i - 1].space && c->tok[i - 2].type == VI_TOK_WORD &&
          g_unichar_islower(c->tok[i - 2].ch) && c->tok[i - 2].space &&
          c->tok[i - 3].type == VI_TOK_NUM))) {
        /* "294,3 hành khách/nhà chờ": an amount of one noun per another, "trên". */
        say_text(c, "trên", i, i);
        return i + 1;
    }
    return 0;
}

/*
 * Is the "/" at token i, spaced on both sides before a word in small letters, the second of a
 * chain of rates after an amount's unit: one to three words in small letters back, another "/"
 * spaced so, after an amount and its unit ("60.000 đồng / người / ngày", "1,2 triệu đồng / hộ
 * gia đình / năm", "40 tấn / tháng / xe")? It is "một" as the first was: "một người một ngày",
 * not "một người ngày".
 */
static gboolean second_spaced_per(vi_norm *c, size_t i)
{
    size_t p = i;
    if (i < 3 || !c->tok[i].space || i + 1 >= c->ntok || !c->tok[i + 1].space ||
        c->tok[i + 1].type != VI_TOK_WORD || !g_unichar_islower(c->tok[i + 1].ch)) {
        return FALSE;
    }
    while (p > 1 && i - p < 3 && vi_norm_is(c, p - 1, VI_TOK_WORD) && c->tok[p - 1].space &&
           g_unichar_islower(c->tok[p - 1].ch)) {
        p--;
    }
    p--; /* the first "/" */
    return p < i - 1 && p >= 2 && vi_norm_sym(c, p, '/') && c->tok[p].space &&
           (vi_norm_is(c, p - 2, VI_TOK_NUM) || scale_after(c, p - 2)) &&
           unit_ending_at(c, p - 1) != NULL;
}

/*
 * Is the "/" at token i, spaced on both sides, a rate after a counted noun that is no unit: an
 * amount of something per span of time or per head ("140 triệu thùng / ngày", "1,2 triệu người
 * / năm", "30 chuyến / tuần", "15 lít nước / người"), as the statistical reports space it? The
 * word after it is a span or "người", in small letters, with nothing joined to it.
 */
static gboolean spaced_noun_per(const vi_norm *c, size_t i)
{
    static const char *const spans[] = {"giây", "phút", "giờ", "tiếng", "ngày", "tuần",
                                        "tháng", "quý", "năm", "người"};
    size_t k = i - 1;
    if (i < 3 || !c->tok[i].space || i + 1 >= c->ntok || !c->tok[i + 1].space ||
        !vi_norm_word_in(c, i + 1, spans, G_N_ELEMENTS(spans), FALSE) ||
        vi_norm_joined(c, i + 2, VI_TOK_WORD) || vi_norm_joined(c, i + 2, VI_TOK_NUM)) {
        return FALSE;
    }
    if (scale_after(c, k - 1) || (k >= 2 && scale_after(c, k - 2) && c->tok[k - 1].space)) {
        return TRUE; /* "140 triệu thùng", "1,2 triệu lượt khách" */
    }
    return counted_noun(c, k);
}

/* Is the "/" at token i, spaced on both sides, right after an amount's scale word and before a
 * word in small letters ("2,5 triệu / chương trình": money per item, its đồng left out)? */
static gboolean spaced_scale_per(const vi_norm *c, size_t i)
{
    return i >= 2 && c->tok[i].space && i + 1 < c->ntok && c->tok[i + 1].space &&
           c->tok[i + 1].type == VI_TOK_WORD && g_unichar_islower(c->tok[i + 1].ch) &&
           scale_after(c, i - 1) && vi_norm_is(c, i - 2, VI_TOK_NUM) &&
           !vi_norm_joined(c, i + 2, VI_TOK_NUM);
}

size_t vi_numexpr_per(vi_norm *c, size_t i)
{
    if (second_spaced_per(c, i) || spaced_noun_per(c, i) || spaced_scale_per(c, i)) {
        say_text(c, "một", i, i);
        return i + 1;
    }
    return per_at(c, i, FALSE);
}

/*
 * Is token j a small "d" written for "đ" (đồng) after an amount of money: one written with a
 * thousands group ("50.000d") or a shorthand ("20k d", after_count)? Not before a joined word
 * or a dash ("3d-model"), and not after a bare number ("3d", "30 d": dimensions, days).
 */
static gboolean dong_as_d(const vi_norm *c, size_t j, gboolean after_count)
{
    if (!vi_norm_word_is(c, j, "d", FALSE) || vi_norm_joined(c, j + 1, VI_TOK_WORD) ||
        vi_norm_joined(c, j + 1, VI_TOK_NUM) ||
        ((vi_norm_sym(c, j + 1, '-') || vi_norm_sym(c, j + 1, '.')) && !c->tok[j + 1].space &&
         vi_norm_joined(c, j + 2, VI_TOK_WORD))) {
        return FALSE;
    }
    return after_count || (j >= 3 && vi_norm_is(c, j - 1, VI_TOK_NUM) && tok_len(c, j - 1) == 3 &&
                           !c->tok[j - 1].space && vi_norm_sym(c, j - 2, '.') &&
                           !c->tok[j - 2].space && vi_norm_is(c, j - 3, VI_TOK_NUM));
}

/* Says the unit at j (and a "/" after it) for an amount just said; returns the next token.
 * After an amount's unit a "/" spaced on both sides before a word is a "per" as well ("500.000
 * đồng / người", "42 ms / request"); not before a number ("128 GB / 256 GB") or a name. */
static size_t say_unit(vi_norm *c, size_t j)
{
    const vi_unit *u = NULL;
    size_t end = match_unit(c, j, FALSE, &u);
    size_t after;
    if (end == 0) {
        if (!dong_as_d(c, j, FALSE)) {
            return j;
        }
        say_text(c, "đồng", j, j); /* "50.000d" */
        end = j + 1;
    } else {
        say_reading(c, u->reading, j, end - 1);
    }
    if (u != NULL && u->kind == VI_UNIT_COUNT) {
        /* "10k VND", "5tr đồng": the currency after a shorthand amount. */
        const vi_unit *money = NULL;
        size_t m = match_unit(c, end, FALSE, &money);
        if (m > 0 && money->kind == VI_UNIT_MONEY) {
            say_reading(c, money->reading, end, m - 1);
            end = m;
        } else if (m == 0 && dong_as_d(c, end, TRUE)) {
            say_text(c, "đồng", end, end);
            end++;
        }
    }
    if (vi_norm_sym(c, end, '/') && (after = per_at(c, end, c->tok[end].space)) > 0) {
        return after;
    }
    return end;
}

/* The scale a shorthand unit stands for and the one below it: k nghìn, tr triệu, t tỷ. */
static gboolean shorthand_scale(const vi_norm *c, size_t t, const char **scale,
                                const char **lower)
{
    const char *thousand = vi_num_thousand(c->dialect);
    if (vi_norm_word_is(c, t, "k", FALSE)) {
        *scale = thousand;
        *lower = NULL;
    } else if (vi_norm_word_is(c, t, "tr", FALSE)) {
        *scale = "triệu";
        *lower = thousand;
    } else if (vi_norm_word_is(c, t, "t", FALSE)) {
        *scale = "tỷ";
        *lower = "triệu";
    } else {
        return FALSE;
    }
    return TRUE;
}

/*
 * A span of months as analysts write it: the number of months, "T" and a year, with a slash or
 * joined ("6T/2025", "9T2024", "6T/2018-2019"): "sáu tháng năm ...", the months of that year so
 * far, as "6 tháng đầu năm 2025" is said; a second year after a dash is said after "đến". i is
 * the number. Returns the next token, or 0.
 */
static size_t rule_months_span(vi_norm *c, size_t i)
{
    guint64 m, y, y2;
    size_t t = i + 2, end;
    if (!num_in(c, i, 1, 2, 1, 12, &m) || !vi_norm_joined(c, i + 1, VI_TOK_WORD) ||
        !vi_norm_word_is(c, i + 1, "T", FALSE)) {
        return 0;
    }
    if (vi_norm_sym(c, t, '/') && !c->tok[t].space) {
        t++;
    }
    if (!vi_norm_joined(c, t, VI_TOK_NUM) || !num_in(c, t, 4, 4, 1000, 2999, &y) ||
        vi_norm_joined(c, t + 1, VI_TOK_WORD)) {
        return 0;
    }
    say_cardinal(c, i);
    say_text(c, "tháng", i + 1, i + 1);
    say_text(c, "năm", t - 1, t - 1);
    say_cardinal(c, t);
    end = t + 1;
    if (vi_norm_is_dash(c, end) && !c->tok[end].space && vi_norm_joined(c, end + 1, VI_TOK_NUM) &&
        num_in(c, end + 1, 4, 4, 1000, 2999, &y2) && y2 > y &&
        !vi_norm_joined(c, end + 2, VI_TOK_WORD)) {
        say_text(c, "đến", end, end);
        say_cardinal(c, end + 1);
        end += 2;
    }
    c->said = VI_SAID_DATE;
    c->said_end = end;
    return end;
}

/*
 * Amounts written with a shorthand unit and the next digits after it: "1tr2" -> "một triệu hai
 * trăm nghìn", "2t3" -> "hai tỷ ba trăm triệu", "1k5" -> "một nghìn năm trăm" (the digits after
 * the unit are the leading digits of the group below). i is the number. Returns the next token,
 * or 0.
 */
static size_t rule_shorthand(vi_norm *c, size_t i)
{
    const char *scale, *lower;
    char group[4] = "000";
    size_t d, end;
    if (tok_len(c, i) > 3 || !vi_norm_joined(c, i + 1, VI_TOK_WORD) ||
        !shorthand_scale(c, i + 1, &scale, &lower) || !vi_norm_joined(c, i + 2, VI_TOK_NUM) ||
        tok_len(c, i + 2) > 3 || vi_norm_joined(c, i + 3, VI_TOK_WORD) ||
        vi_norm_joined(c, i + 3, VI_TOK_NUM)) {
        return 0;
    }
    d = i + 2;
    memcpy(group, vi_norm_str(c, d), tok_len(c, d));
    g_string_truncate(c->buf, 0);
    vi_num_cardinal(c->buf, vi_norm_str(c, i), tok_len(c, i), c->dialect);
    vi_num_put(c->buf, scale);
    if (strcmp(group, "000") != 0) {
        vi_num_cardinal(c->buf, group, 3, c->dialect);
        if (lower != NULL) {
            vi_num_put(c->buf, lower);
        }
    }
    vi_norm_say_buf(c, i, d);
    end = d + 1;
    {
        const vi_unit *money = NULL;
        size_t m = match_unit(c, end, FALSE, &money);
        if (m > 0 && money->kind == VI_UNIT_MONEY) {
            say_reading(c, money->reading, end, m - 1);
            end = m;
        }
    }
    c->said = VI_SAID_NUMBER;
    c->said_end = end;
    return end;
}

/*
 * A height or length with its centimetres written after the metre sign and a leading zero,
 * "1m05", "3m08": the two digits are centimetres, so the zero is said "linh" as inside a number
 * (một mét linh năm); dropped, it would be heard as 1m5, which is 1 m 50. "1m7" and "1m65" read
 * as written already. i is the number. Returns the next token, or 0.
 */
static size_t rule_metre_cm(vi_norm *c, size_t i)
{
    const char *cm;
    if (tok_len(c, i) > 2 || !vi_norm_joined(c, i + 1, VI_TOK_WORD) ||
        !vi_norm_word_is(c, i + 1, "m", FALSE) || !vi_norm_joined(c, i + 2, VI_TOK_NUM) ||
        tok_len(c, i + 2) != 2 || vi_norm_joined(c, i + 3, VI_TOK_WORD) ||
        vi_norm_joined(c, i + 3, VI_TOK_NUM)) {
        return 0;
    }
    cm = vi_norm_str(c, i + 2);
    if (cm[0] != '0' || cm[1] == '0') {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_num_cardinal(c->buf, vi_norm_str(c, i), tok_len(c, i), c->dialect);
    vi_num_put(c->buf, "mét");
    vi_num_put(c->buf, vi_num_zero_tens(c->dialect));
    vi_num_cardinal(c->buf, cm + 1, 1, c->dialect);
    vi_norm_say_buf(c, i, i + 2);
    c->said = VI_SAID_NUMBER;
    c->said_end = i + 3;
    return i + 3;
}

/* ---------------------------------------------------------------------------------------- */
/* Amounts, ranges and scores                                                                */

/* nghìn, triệu, tỷ: words of an amount that stand between a number and its unit. */
static gboolean is_magnitude(vi_norm *c, size_t i)
{
    static const char *const words[] = {"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm"};
    return vi_norm_word_in(c, i, words, G_N_ELEMENTS(words), FALSE);
}

/* Is token i a single letter, as in 12A, 5G, 3D (house numbers, classes, networks)? */
static gboolean is_letter_suffix(const vi_norm *c, size_t i)
{
    return vi_norm_capitalized(c, i) && !c->tok[i].space &&
           g_utf8_strlen(vi_norm_str(c, i), (gssize)tok_len(c, i)) == 1;
}

/* The scale that the letters of word i stand for after an amount, as English writes it in any
 * case: K nghìn, M or mn triệu, B or bn tỷ ("1.5K", "$5m", "$2bn"); NULL for another word. */
static const char *scale_letters(const vi_norm *c, size_t i)
{
    static const struct {
        const char *letters, *scale;
    } scales[] = {{"m", "triệu"}, {"mn", "triệu"}, {"b", "tỷ"}, {"bn", "tỷ"}};
    if (vi_norm_word_is(c, i, "k", TRUE)) {
        return vi_num_thousand(c->dialect);
    }
    for (size_t k = 0; k < G_N_ELEMENTS(scales); k++) {
        if (vi_norm_word_is(c, i, scales[k].letters, TRUE)) {
            return scales[k].scale;
        }
    }
    return NULL;
}

/* Is one of the words among the `back` tokens before token i (within its sentence) or the
 * word at token `after`, in lower case as listed, one of the list? */
static gboolean word_near(const vi_norm *c, size_t i, size_t back, const char *const *words,
                          size_t n, size_t after, const char *const *next, size_t n_next)
{
    for (size_t k = i; k > 0 && i - k < back; k--) {
        if (vi_norm_sentence_end(c, k - 1)) {
            break;
        }
        if (vi_norm_word_in(c, k - 1, words, n, TRUE)) {
            return TRUE;
        }
    }
    return after < c->ntok && c->tok[after].space &&
           vi_norm_word_in(c, after, next, n_next, FALSE);
}

/*
 * Is the "x" at token j, joined after the amount a, a factor ("zoom quang học 3x", "zoom số
 * 100x", "nhanh gấp 2x", "tốc độ 1.5x", "P/E 16,5x"): a decimal, or a word of zoom or speed
 * among the eight words before, or "zoom", "quang học" right after? Elsewhere "9x" stays a
 * generation ("cô gái 9x", "Quang Lê và bạn gái 9x").
 */
static gboolean times_x(const vi_norm *c, const numlit *a, size_t j)
{
    static const char *const before[] = {"zoom", "phóng", "gấp", "tele", "tiềm", "tốc"};
    static const char *const after[] = {"zoom", "quang"};
    if (!vi_norm_word_is(c, j, "x", FALSE) || c->tok[j].space ||
        vi_norm_joined(c, j + 1, VI_TOK_WORD) || vi_norm_joined(c, j + 1, VI_TOK_NUM)) {
        return FALSE;
    }
    return a->frac != 0 || word_near(c, a->first, 8, before, G_N_ELEMENTS(before), j + 1,
                                     after, G_N_ELEMENTS(after));
}

/*
 * Is the '"' at token j, joined after the amount a, an inch mark ("màn hình 6,1\"", "tivi
 * 55\"")? A word of screens among the eight tokens before, and no open quotation before it in
 * its sentence, up to 64 tokens back (an odd number of '"' before it, not counting those
 * joined after a number, makes it a closing quote: "giá 5").
 */
static gboolean inch_mark(const vi_norm *c, const numlit *a, size_t j)
{
    static const char *const screens[] = {"màn", "tivi", "tv", "ti", "laptop", "monitor"};
    size_t quotes = 0;
    if (!vi_norm_sym(c, j, '"') || c->tok[j].space || vi_norm_joined(c, j + 1, VI_TOK_WORD) ||
        vi_norm_joined(c, j + 1, VI_TOK_NUM) ||
        !word_near(c, a->first, 8, screens, G_N_ELEMENTS(screens), c->ntok, NULL, 0)) {
        return FALSE;
    }
    for (size_t k = a->first; k > 0 && a->first - k < 64; k--) { /* bounded: no n² */
        if (vi_norm_sentence_end(c, k - 1)) {
            break;
        }
        /* a mark joined after a number is another inch mark, not a quote */
        quotes += vi_norm_sym(c, k - 1, '"') &&
                  !(k >= 2 && !c->tok[k - 1].space && c->tok[k - 2].type == VI_TOK_NUM);
    }
    return quotes % 2 == 0;
}

/*
 * Is the "K" at token j after the decimal amount at token i a screen or video resolution
 * ("màn hình 2.8K", "1.5K OLED": hai phẩy tám ca), not thousands ("2.5K lượt thích")? A word of
 * screens or video among the six words before, or a kind of panel right after.
 */
static gboolean display_k(const vi_norm *c, size_t i, size_t j)
{
    static const char *const words[] = {"màn", "giải", "video", "quay", "camera"};
    static const char *const panels[] = {"OLED", "AMOLED", "LCD", "IPS", "LTPO", "Retina"};
    return vi_norm_str(c, j)[0] == 'K' &&
           word_near(c, i, 6, words, G_N_ELEMENTS(words), j + 1, panels, G_N_ELEMENTS(panels));
}

/*
 * Is the "K" at token j after the whole number a thousands ("500K lượt thích", "giá 50K":
 * năm trăm nghìn, năm mươi nghìn)? From 50 to 999 only, so that resolutions (2K, 8K) and race
 * distances (10K, 21K, 42K) keep "ca", and not after a capitalized word, a number or a dash,
 * where it ends a model ("Core Ultra 9 285K", "Intel 14900K", "i9-14900K"); a capitalized
 * Vietnamese word is no model ("Giá 200K").
 */
static gboolean thousands_k(const vi_norm *c, const numlit *a, size_t j, unsigned roles)
{
    guint64 v;
    size_t p = a->first;
    if (!a->plain || !numlit_value(a, &v) || v < 50 || v > 999 || (roles & VI_ROLE_PLATE) ||
        !vi_norm_word_is(c, j, "K", FALSE) || c->tok[j].space ||
        vi_norm_joined(c, j + 1, VI_TOK_WORD) || vi_norm_joined(c, j + 1, VI_TOK_NUM) ||
        ((vi_norm_sym(c, j + 1, '-') || vi_norm_sym(c, j + 1, '.') ||
          vi_norm_sym(c, j + 1, '/')) &&
         !c->tok[j + 1].space && vi_norm_joined(c, j + 2, VI_TOK_NUM))) {
        return FALSE; /* nor a plate: "biển kiểm soát 57K", "57K-2240" */
    }
    return p == 0 || (c->tok[p].space && c->tok[p - 1].type != VI_TOK_NUM &&
                      !(vi_norm_capitalized(c, p - 1) &&
                        !vi_norm_syllable(c, p - 1)));
}

/* Is a word of gold among the five words before token i ("vàng 24k", "nhẫn vàng 18K")? */
static gboolean gold_before(const vi_norm *c, size_t i)
{
    static const char *const gold[] = {"vàng", "sjc", "nhẫn", "doji", "pnj"};
    return word_near(c, i, 5, gold, G_N_ELEMENTS(gold), c->ntok, NULL, 0);
}

/*
 * Is the amount a the purity of gold written in nines after a word of gold ("vàng SJC 9999",
 * "vàng 999.9", "99,99"), said by the count of nines: "bốn số chín"? Returns that count
 * (3 or 4), or 0.
 */
static size_t gold_nines(const vi_norm *c, const numlit *a)
{
    size_t n = a->n, f = a->frac != 0 ? tok_len(c, a->frac) : 0;
    const char *frac = a->frac != 0 ? vi_norm_str(c, a->frac) : "";
    if (n + f < 3 || n + f > 4 || vi_norm_joined(c, a->last + 1, VI_TOK_WORD) ||
        vi_norm_joined(c, a->last + 1, VI_TOK_NUM) || !c->tok[a->first].space) {
        return 0;
    }
    for (size_t k = 0; k < n + f; k++) {
        if ((k < n ? a->digits[k] : frac[k - n]) != '9') {
            return 0;
        }
    }
    return gold_before(c, a->first) ? n + f : 0;
}

/* Is the "k" or "K" at token j, joined after the whole number a, the carat of gold ("vàng 24k",
 * "nhẫn vàng 18k": hai mươi tư ca), not thousands? */
static gboolean carat_k(const vi_norm *c, const numlit *a, size_t j)
{
    guint64 v;
    return a->plain && numlit_value(a, &v) && (v == 9 || v == 10 || v == 14 || v == 18 ||
                                                v == 22 || v == 24) &&
           (vi_norm_word_is(c, j, "k", FALSE) || vi_norm_word_is(c, j, "K", FALSE)) &&
           !c->tok[j].space && !vi_norm_joined(c, j + 1, VI_TOK_WORD) &&
           !vi_norm_joined(c, j + 1, VI_TOK_NUM) && gold_before(c, a->first);
}

/*
 * Is the small letter at token j, joined after the whole number a at token i, a model's letter
 * after its number, not a unit: after a product series of the role `model` (contexts.tsv:
 * "iPhone 6s" *sáu ét*, "ZenFone 3s", "Redmi Note 9s"; seconds, hours or metres only after
 * other words: "chạy 100 m trong 10s"), or "h" after a number of 25 or more after a model
 * series of two or three capitals ("LS 600h", "RX 450h"; "bay 600h" is hours), or "p" or "i"
 * after a video's count of lines, the scan ("1080p" *pê*, not *phút*; 720p, 2160p; also
 * opening a bracket: "Full HD (1080p)", session 26)?
 */
static gboolean model_letter(vi_norm *c, const numlit *a, size_t i, size_t j)
{
    static const guint64 lines[] = {144, 240, 360, 480, 540, 576, 720, 1080, 1440, 2160, 4320};
    guint64 v;
    if (!a->plain || a->first != i || i == 0 ||
        !(c->tok[i].space || vi_norm_sym(c, i - 1, '(')) || !numlit_value(a, &v) ||
        !vi_norm_is(c, j, VI_TOK_WORD) || c->tok[j].space || tok_len(c, j) != 1 ||
        !g_ascii_islower(vi_norm_str(c, j)[0]) || vi_norm_joined(c, j + 1, VI_TOK_NUM) ||
        vi_norm_joined(c, j + 1, VI_TOK_WORD)) {
        return FALSE;
    }
    for (size_t k = 0; k < G_N_ELEMENTS(lines); k++) {
        if (v == lines[k] && (vi_norm_str(c, j)[0] == 'p' || vi_norm_str(c, j)[0] == 'i')) {
            return TRUE;
        }
    }
    return role_before(c, i, VI_ROLE_MODEL) ||
           (v >= 25 && vi_norm_str(c, j)[0] == 'h' && vi_norm_capitals(c, i - 1, 2, 3));
}

/*
 * Says the amount at token i with its unit: "74,2%" -> "bảy mươi tư phẩy hai phần trăm",
 * "12A" -> "mười hai a", "3x4" -> "ba nhân bốn". Returns the next token.
 */
static size_t say_amount(vi_norm *c, size_t i, unsigned roles)
{
    guint64 w;
    numlit a;
    size_t j;
    const vi_unit *unit = NULL;
    guint64 v;
    parse_number(c, i, &a);
    if ((j = gold_nines(c, &a)) != 0) {
        say_text(c, j == 4 ? "bốn số chín" : "ba số chín", a.first, a.last);
        c->said = VI_SAID_NUMBER;
        c->said_end = a.last + 1;
        return a.last + 1;
    }
    if (match_unit(c, a.last + 1, FALSE, &unit) > 0 || scale_after(c, a.last + 1) ||
        vi_norm_said_ends_with(c, "kêu gọi")) {
        /* "điện thoại 256GB", "thẻ 500 nghìn", "kêu gọi 173 dự án" (an appeal): amounts */
        roles &= ~(unsigned)VI_ROLE_PHONE;
    }
    if ((j = stage_name(c, &a)) != 0) {
        c->said = VI_SAID_OTHER;
        c->said_end = j;
        return j;
    }
    if ((roles & (VI_ROLE_EVENT | VI_ROLE_EMERGENCY)) != 0 && counted_next(c, a.last + 1)) {
        roles &= ~(unsigned)(VI_ROLE_EVENT | VI_ROLE_EMERGENCY); /* "sự kiện 911 người", "cấp cứu 115 ca" */
    }
    g_string_truncate(c->buf, 0);
    read_number(c, &a, roles, c->buf);
    vi_norm_say_buf(c, a.first, a.last);
    j = a.last + 1;
    if (joined_sym_num(c, j, '/')) {
        /* "9,75/10": a mark out of a total; any A/B no other rule took, and A/B/C that is
         * no date ("số nhà 123/45/6": each "/" is "trên"). */
        do {
            j = say_over(c, j);
        } while (joined_sym_num(c, j, '/'));
        j = say_unit(c, j); /* not recursive: "1/1/1/..." stays linear */
    } else if (a.plain && vi_norm_is(c, j, VI_TOK_NUM) && c->tok[j].space &&
               joined_sym_num(c, j + 1, '/') && !is_date_sep(c, j + 3) && tok_len(c, j) <= 2 &&
               tok_len(c, j + 2) <= 2 && vi_norm_value(c, j, &v) && v > 0 &&
               vi_norm_value(c, j + 2, &w) && v < w && !(roles & VI_ROLE_DATE)) {
        /* A mixed number: "23 1/5" -> "hai mươi ba và một phần năm". */
        say_text(c, "và", j, j);
        say_fraction(c, j);
        j += 3;
        j = say_unit(c, j);
    } else if ((roles & VI_ROLE_MONTH) && a.plain && numlit_value(&a, &v) && v >= 1 &&
               v <= 12 && vi_norm_is(c, j, VI_TOK_NUM) && c->tok[j].space &&
               num_in(c, j, 4, 4, 1000, 2999, &w) && !vi_norm_joined(c, j + 1, VI_TOK_WORD)) {
        /* "tháng 1 2024": the year after the month. */
        say_text(c, "năm", j, j);
        say_cardinal(c, j);
        j++;
        c->said = VI_SAID_DATE;
        c->said_end = j;
        return j;
    } else if (size_times(c, j) && vi_norm_is(c, j + 1, VI_TOK_NUM) &&
               c->tok[j].space == c->tok[j + 1].space) {
        say_text(c, "nhân", j, j);
        j++;
    } else if (inch_mark(c, &a, j)) {
        /* "màn hình 6,1\"": the inch mark */
        say_text(c, "inh", j, j);
        j++;
    } else if (times_x(c, &a, j)) {
        /* "zoom quang học 3x", "nhanh gấp 1.5x": so many times, "lần" */
        say_text(c, "lần", j, j);
        j++;
    } else if (model_letter(c, &a, i, j)) {
        g_string_truncate(c->buf, 0);
        vi_norm_spell(c, c->buf, vi_norm_str(c, j), tok_len(c, j));
        vi_norm_say_buf(c, j, j);
        j++;
    } else if (carat_k(c, &a, j)) {
        say_text(c, "ca", j, j);
        j++;
    } else if ((a.frac != 0 && is_letter_suffix(c, j) && scale_letters(c, j) != NULL &&
                !display_k(c, i, j)) ||
               thousands_k(c, &a, j, roles)) {
        /* "3.2M", "7,9B": a decimal amount with the letter of its scale */
        say_text(c, scale_letters(c, j), j, j);
        j = say_unit(c, j + 1);
    } else if (is_letter_suffix(c, j) && match_unit(c, j, TRUE, &unit) == 0) {
        g_string_truncate(c->buf, 0);
        vi_norm_spell(c, c->buf, vi_norm_str(c, j), tok_len(c, j));
        vi_norm_say_buf(c, j, j);
        j++;
        if (vi_norm_joined(c, j, VI_TOK_NUM)) {
            say_cardinal(c, j);
            j++;
        }
    } else {
        /* "2 tỷ m3", "12 triệu tấn": magnitude words, then the unit. */
        size_t k = j;
        const vi_unit *u = NULL;
        while (k < c->ntok && c->tok[k].space && is_magnitude(c, k)) {
            k++;
        }
        if (k > j && match_unit(c, k, FALSE, &u) > 0) {
            for (; j < k; j++) {
                vi_norm_say_word(c, j);
            }
        }
        j = say_unit(c, j);
    }
    c->said = VI_SAID_NUMBER;
    c->said_end = j;
    return j;
}

/* Is token k a dash between two numbers ("10-15", "2021 - 2025", "6 -10": a minus sign does
 * not follow a number)? */
static gboolean range_dash(const vi_norm *c, size_t k)
{
    return vi_norm_is_dash(c, k) && vi_norm_is(c, k + 1, VI_TOK_NUM);
}

/*
 * A fixture's result in brackets in a headline: "Việt Nam - Tajikistan (4-2):", "Australia vs
 * Đức (2-3):", "U22 Việt Nam vs U20 Argentina (0-3, HT):": the two numbers first in brackets
 * (then ')' or ','), a capitalized name before the bracket, and before that name, in the same
 * clause, "vs" or a dash spaced on both sides after a capitalized word or a number of a team's
 * name (U22).
 */
static gboolean fixture_result(const vi_norm *c, size_t first, size_t last)
{
    if (first < 4 || !vi_norm_sym(c, first - 1, '(') || !vi_norm_capitalized(c, first - 2) ||
        !(vi_norm_sym(c, last + 1, ')') || vi_norm_sym(c, last + 1, ','))) {
        return FALSE;
    }
    for (size_t t = first - 2; t > 0 && first - t < 16; t--) {
        size_t k = t - 1;
        if (c->tok[k].type == VI_TOK_SYM && c->tok[k].ch < 0x80 &&
            strchr(".;:!?()", (int)c->tok[k].ch) != NULL) {
            return FALSE;
        }
        if (k > 0 && (vi_norm_capitalized(c, k - 1) || vi_norm_is(c, k - 1, VI_TOK_NUM)) &&
            c->tok[k].space && c->tok[k + 1].space &&
            (vi_norm_word_is(c, k, "vs", FALSE) || vi_norm_is_dash(c, k))) {
            return TRUE;
        }
    }
    return FALSE;
}

/* A score between two teams: "Việt Nam 2-1 Indonesia" (capitalized words on both sides), or a
 * fixture's result in brackets after them (fixture_result()). */
static gboolean between_names(const vi_norm *c, size_t first, size_t last)
{
    return (first > 0 && vi_norm_capitalized(c, first - 1) && vi_norm_capitalized(c, last + 1)) ||
           fixture_result(c, first, last);
}

/* Is token i the first of a tennis set written "6-4", "3-6", "7-5", "6-7"? */
static gboolean tennis_set(const vi_norm *c, size_t i)
{
    guint64 a, b;
    if (!num_in(c, i, 1, 1, 0, 7, &a) || !vi_norm_is_dash(c, i + 1) || c->tok[i + 1].space ||
        !vi_norm_joined(c, i + 2, VI_TOK_NUM) || !num_in(c, i + 2, 1, 1, 0, 7, &b)) {
        return FALSE;
    }
    if (a < b) {
        guint64 t = a;
        a = b;
        b = t;
    }
    return (a == 6 && b <= 4) || (a == 7 && (b == 5 || b == 6));
}

/* Token i is a tennis set, maybe with its tie-break in brackets after it, the loser's points
 * joined ("7-6(4)") or both sides' ("7-6(7-4)", "6-7 (5-7)"): returns the token after it, or
 * 0. */
static size_t tennis_set_end(const vi_norm *c, size_t i)
{
    guint64 t, u;
    if (!tennis_set(c, i)) {
        return 0;
    }
    if (vi_norm_sym(c, i + 3, '(') && !c->tok[i + 3].space && num_in(c, i + 4, 1, 2, 0, 99, &t) &&
        vi_norm_sym(c, i + 5, ')')) {
        return i + 6;
    }
    if (vi_norm_sym(c, i + 3, '(') && num_in(c, i + 4, 1, 2, 0, 99, &t) &&
        vi_norm_is_dash(c, i + 5) && !c->tok[i + 5].space &&
        vi_norm_joined(c, i + 6, VI_TOK_NUM) && num_in(c, i + 6, 1, 2, 0, 99, &u) &&
        vi_norm_sym(c, i + 7, ')') && (t >= 7 || u >= 7) && (t > u ? t - u : u - t) >= 2) {
        return i + 8;
    }
    return i + 3;
}

/* Token i starts a game's score of a set: two numbers up to 30 joined by a dash ("11-4",
 * "21-19" in badminton, pickleball, volleyball)? */
static gboolean game_score(const vi_norm *c, size_t i)
{
    guint64 a, b;
    return num_in(c, i, 1, 2, 0, 30, &a) && vi_norm_is_dash(c, i + 1) && !c->tok[i + 1].space &&
           vi_norm_joined(c, i + 2, VI_TOK_NUM) && num_in(c, i + 2, 1, 2, 0, 30, &b);
}

/* A list of tennis sets from token i, parted by commas or spaces, scores and never dates ("hạ
 * Marin Cilic 7-6(4), 6-2, 6-1"): a set with a tie-break, three sets joined by commas, or two after a name (a
 * capitalized word) or with "tay vợt", "set" earlier in the sentence ("Sinner thắng Alcaraz
 * 6-4, 7-5"; "các ngày 6-4, 7-5" stay dates). After "set", "ván" or "game", any list of two
 * scores up to 30 is the games' scores ("sau 3 set căng thẳng (11-3, 6-11, 11-4)"). */
static gboolean tennis_sets(const vi_norm *c, size_t i)
{
    static const char *const tennis[] = {"vợt", "set", "tie-break", "ván", "game"};
    static const char *const games[] = {"set", "ván", "game"};
    size_t sets = 0;
    size_t j = i;
    size_t end;
    while ((end = tennis_set_end(c, j)) > 0) {
        sets++;
        if (end > j + 3) {
            return TRUE;
        }
        if (vi_norm_sym(c, end, ',') && vi_norm_is(c, end + 1, VI_TOK_NUM) &&
            c->tok[end + 1].space) {
            j = end + 1;
        } else if (vi_norm_is(c, end, VI_TOK_NUM) && c->tok[end].space && tennis_set(c, end)) {
            j = end; /* sets with spaces only: "hạ Federer 7-5 7-6 (7-3) 5-7 6-1" */
        } else {
            break;
        }
    }
    if (sets >= 3 ||
        (sets == 2 && ((i > 0 && vi_norm_capitalized(c, i - 1) && c->tok[i].space) ||
                       word_near(c, i, 48, tennis, G_N_ELEMENTS(tennis), c->ntok, NULL, 0)))) {
        return TRUE;
    }
    return game_score(c, i) && vi_norm_sym(c, i + 3, ',') && c->tok[i + 4].space &&
           game_score(c, i + 4) &&
           word_near(c, i, 48, games, G_N_ELEMENTS(games), c->ntok, NULL, 0);
}

/* A score word (contexts.tsv role "score") among the eight words before the numbers at
 * first..last, within the sentence: the token after it, or 0. */
static size_t score_word_before(vi_norm *c, size_t first, size_t last)
{
    size_t words = 0;
    for (size_t t = first; t > 0 && words < 8 && first - t < 24;) {
        t--;
        /* the sentence ends at . ; ! ? before a space, not inside "SHB.Đà Nẵng", "V.League" */
        if (c->tok[t].type == VI_TOK_SYM && strchr(".;!?", (int)(c->tok[t].ch & 0x7F)) != NULL &&
            c->tok[t].ch < 0x80 && (t + 1 >= c->ntok || c->tok[t + 1].space)) {
            break;
        }
        if (c->tok[t].type == VI_TOK_WORD) {
            words++;
            /* "hạ" before a name is a win ("Monaco hạ Montpellier 2-1"), not "hạ nhiệt 1-2 độ" */
            if (vi_norm_word_is(c, t, "hạ", TRUE) && vi_norm_capitalized(c, t + 1) &&
                c->tok[t + 1].space) {
                return t + 1;
            }
            if ((vi_norm_roles_at(c, t) & VI_ROLE_SCORE) &&
                !((vi_norm_word_is(c, t, "rút", TRUE) || vi_norm_word_is(c, t, "ngắn", TRUE)) &&
                  vi_norm_is(c, last + 1, VI_TOK_WORD) && !link_word(c, last + 1))) {
                /* "rút ngắn 1-2." and "rút ngắn 1-2 cho đội khách" are scores, "rút ngắn 1-2
                 * ngày" a range */
                return t + 1;
            }
        }
    }
    return 0;
}

/*
 * Is the word at j, after a pair of numbers, a span of time that the pair measures ("thua lỗ
 * 2-3 năm", "nghỉ 2-3 ngày", "2-3 lần")? Not with a number after it ("thắng 2-1 ngày 5/3" names
 * the match's day), nor when the word after it makes it a point in time or an order: "năm
 * ngoái" is last year, "lần đầu", "lần thứ hai" the first and the second time ("thua 1-3 năm
 * ngoái", "rơi vào thế 0-2 lần đầu tiên"). With zero first (a pair that counts from nothing,
 * zero), "nay", "này", "trước", "qua", "tới", "sau", "đó", "ấy" after it name a point in time
 * too ("0-3 năm trước" counts no years); with another first number they may end a length
 * ("2-3 năm nay", "2-3 tuần trước").
 */
static gboolean span_after_pair(vi_norm *c, size_t j, gboolean zero)
{
    static const char *const spans[] = {"năm", "tháng", "tuần", "ngày", "giờ", "tiếng", "lần"};
    static const char *const points[] = {"ngoái", "đầu", "thứ"};
    static const char *const near[] = {"nay", "này", "trước", "qua", "tới", "sau", "đó", "ấy"};
    return vi_norm_word_in(c, j, spans, G_N_ELEMENTS(spans), TRUE) &&
           !vi_norm_is(c, j + 1, VI_TOK_NUM) &&
           !vi_norm_word_in(c, j + 1, points, G_N_ELEMENTS(points), TRUE) &&
           !(zero && vi_norm_word_in(c, j + 1, near, G_N_ELEMENTS(near), TRUE));
}

/*
 * Does what follows a rising pair of numbers (at j, after a space) say it counts something, so
 * that it is a range and no score: a counted word ("2-3 người", contexts.tsv role "counted"), a scale
 * word ("lãi 2-3 nghìn tỷ"), or a span of time it measures (span_after_pair())?
 */
static gboolean amount_after_pair(vi_norm *c, size_t j)
{
    if (!vi_norm_is(c, j, VI_TOK_WORD) || !c->tok[j].space || !g_unichar_islower(c->tok[j].ch)) {
        return FALSE;
    }
    return counted_next(c, j) || scale_after(c, j) || span_after_pair(c, j, FALSE);
}

/*
 * Does a team's name frame the pair of numbers at first..last as its score, with no score word
 * before it? "trước" or "cho" and a capitalized name right after the pair ("thúc thủ 1-2
 * trước Al Hilal", "vừa qua 2-5 trước Crystal Palace", "VÀO!!! 3-2 CHO BRAZIL"); the pair alone
 * in brackets after a name that "trước" comes before ("thua ... trước Chelsea (1-3)"), or
 * after a name that ", " or "và" joins to a score just read in brackets ("Nam Định (1-3),
 * Thanh Hóa (2-3)"); or "kết thúc" right before the pair, a mark between at most, the pair
 * spaced as a results table writes it ("Trận đấu Tottenham Kết thúc 1 - 2 10.11.2024"). In the
 * corpora these are all scores; joined, "kết thúc 10-2" is as often a date and "kết thúc 1-2
 * đợt nữa" a range.
 */
static gboolean team_frames_pair(vi_norm *c, size_t first, size_t last)
{
    static const char *const links[] = {"trước", "cho"};
    static const char *const joins[] = {"và", "hay"};
    size_t t;
    if (last + 2 < c->ntok && c->tok[last + 1].space && c->tok[last + 2].space &&
        vi_norm_word_in(c, last + 1, links, G_N_ELEMENTS(links), TRUE) &&
        vi_norm_capitalized(c, last + 2)) {
        return TRUE;
    }
    t = first;
    while (t > 0 && first - t < 2 && c->tok[t - 1].type == VI_TOK_SYM &&
           !vi_norm_sym(c, t - 1, '.')) {
        t--;
    }
    if (t >= 2 && vi_norm_word_is(c, t - 1, "thúc", TRUE) &&
        vi_norm_word_is(c, t - 2, "kết", TRUE) && first + 1 < last && c->tok[first + 1].space) {
        return TRUE;
    }
    if (first < 3 || !vi_norm_sym(c, first - 1, '(') || !c->tok[first - 1].space ||
        !vi_norm_sym(c, last + 1, ')')) {
        return FALSE;
    }
    for (t = first - 1; t > 0 && first - t <= 5 && vi_norm_capitalized(c, t - 1); t--) {
    }
    if (t == first - 1 || t < 2) {
        return FALSE;
    }
    return vi_norm_word_is(c, t - 1, "trước", TRUE) ||
           ((vi_norm_sym(c, t - 1, ',') || vi_norm_word_in(c, t - 1, joins, 2, TRUE)) &&
            c->score_end != 0 && c->score_end == t - 2 && vi_norm_sym(c, t - 2, ')'));
}

/* A score word (contexts.tsv role "score") among the eight words before, within the sentence,
 * two capitalized names around the numbers, tennis sets in brackets after them ("2-1 (3-6,
 * 6-2, 6-4)"), a list of tennis sets starting there, or a score just read before them with
 * only "(" or "," between (a space before a tennis set). */
static gboolean score_context(vi_norm *c, size_t first, size_t last)
{
    guint64 a;
    static const char *const after_score[] = {"xảy", "cho", "trước", "sau", "và", "nghiêng",
                                              "ở", "tại", "khi", "thì", "nhưng", "rồi", "với"};
    size_t words = 0;
    size_t back = first;
    if ((vi_norm_sym(c, last + 1, '(') && tennis_set(c, last + 2)) || tennis_sets(c, first)) {
        return TRUE;
    }
    {
        guint64 lo, hi;
        if (vi_norm_value(c, first, &lo) && vi_norm_value(c, last, &hi) && lo < hi &&
            amount_after_pair(c, last + 1)) {
            return FALSE; /* a range rises; a score that counts nothing after it may not */
        }
    }
    while (back > 0 && back + 3 > first &&
           (vi_norm_sym(c, back - 1, '(') || vi_norm_sym(c, back - 1, ','))) {
        back--;
    }
    if (back >= 3 && back < first && vi_norm_sym(c, back - 1, ')') &&
        vi_norm_is(c, back - 2, VI_TOK_NUM) && vi_norm_sym(c, back - 3, '(') &&
        !c->tok[back - 3].space) {
        back -= 3; /* a tie-break after the score: "7-6(4), 6-2" */
    }
    /* a score just read, then "(" or ",", or a tennis set after a space ("7-5 7-6 (7-3) 5-7") */
    if (c->score_end != 0 && c->score_end == back &&
        (back < first || (c->tok[first].space && tennis_set(c, first)))) {
        return TRUE;
    }
    if (score_word_before(c, first, last) > 0 || team_frames_pair(c, first, last) ||
        (first >= 3 && vi_norm_half_score(c, first - 3))) {
        return TRUE;
    }
    if (tok_len(c, first) <= 2 && tok_len(c, last) <= 2 && last + 1 < c->ntok &&
        (c->tok[last + 1].type == VI_TOK_SYM ||
         vi_norm_word_in(c, last + 1, after_score, G_N_ELEMENTS(after_score), TRUE))) {
        /* "rút ngắn 17-18, ... chuỗi 8-1 xảy ra ..., thắng với tỷ số 25-18": "tỷ số" later in
         * the sentence makes it a sports sentence, and small numbers with a dash that no noun
         * follows scores. */
        words = 0;
        for (size_t t = last + 1; t < c->ntok && words < 24 && t - last < 64; t++) {
            if (c->tok[t].type == VI_TOK_SYM && c->tok[t].ch < 0x80 &&
                strchr(".;!?", (int)c->tok[t].ch) != NULL) {
                break;
            }
            if (c->tok[t].type == VI_TOK_WORD) {
                words++;
                if ((vi_norm_word_is(c, t, "tỷ", TRUE) || vi_norm_word_is(c, t, "tỉ", TRUE)) &&
                    vi_norm_word_is(c, t + 1, "số", TRUE)) {
                    return TRUE;
                }
            }
        }
    }
    /* "Man City, Swansea 2-1: ...": a foreign team's name (a capitalized word no Vietnamese
     * syllable spells) right before the numbers, a mark of punctuation after them, and a first
     * number no day would be read for in news so placed (up to 15; "Brexit 23-6." a date) */
    if (first > 0 && c->tok[first].space && vi_norm_capitalized(c, first - 1) &&
        !vi_text_is_upper(vi_norm_str(c, first - 1), tok_len(c, first - 1)) &&
        !vi_norm_syllable(c, first - 1) &&
        num_in(c, first, 1, 2, 0, 15, &a) && tok_len(c, last) <= 2 &&
        mark_in(c, last + 1, ",.;:)")) {
        return TRUE;
    }
    return between_names(c, first, last);
}

/*
 * Does a scale of levels or a span of ages ("thang điểm", "thang đo", "mức độ", "cấp độ", "độ
 * tuổi", "lứa tuổi", "nhóm tuổi") end among the words words before token t, within its clause
 * (no mark of punctuation between)? A pair of numbers after it names levels of that scale, a
 * range: "Thang điểm từ 1-5.", "Mức độ đau được đánh giá từ 1-10.", "độ tuổi 0-6".
 */
static gboolean scale_before(const vi_norm *c, size_t t, size_t words)
{
    static const char *const scales[][2] = {{"thang", "điểm"}, {"thang", "đo"}, {"mức", "độ"},
                                            {"cấp", "độ"},     {"độ", "tuổi"},  {"lứa", "tuổi"},
                                            {"nhóm", "tuổi"}};
    size_t seen = 0;
    for (size_t k = t; k > 0 && seen < words && t - k < 3 * words; k--) {
        if (mark_in(c, k - 1, ",;:.!?()")) {
            return FALSE;
        }
        if (!vi_norm_is(c, k - 1, VI_TOK_WORD)) {
            continue;
        }
        seen++;
        for (size_t s = 0; s < G_N_ELEMENTS(scales); s++) {
            if (k >= 2 && vi_norm_word_is(c, k - 2, scales[s][0], TRUE) &&
                vi_norm_word_is(c, k - 1, scales[s][1], TRUE) && c->tok[k - 1].space) {
                return TRUE;
            }
        }
    }
    return FALSE;
}

/*
 * A pair from zero at i..last ("0-2", "0-3"): news writes it for a score or a record ("thua
 * 0-1 lượt về", "rơi vào tình cảnh 0-2 lần đầu tiên", "Brazil (0-4)", "(H1: 0-1)"), a range
 * counting from nothing only for what it measures: after "từ", "khoảng", "tầm", "chừng",
 * "trong" or a scale ("từ 0-3 tuổi", "khoảng 0-3 giờ tới", "thang điểm 0-10"), or before a
 * scale word, an age or a span of time (span_after_pair(): not "0-3 năm ngoái"), or, with no
 * score word before it, before a counted word ("có 0-2 người"). A unit after it was ruled out
 * by the caller.
 */
static gboolean zero_pair_score(vi_norm *c, size_t i, size_t last)
{
    static const char *const openers[] = {"từ", "khoảng", "tầm", "chừng", "trong"};
    size_t j = last + 1;
    guint64 a;
    if (!vi_norm_value(c, i, &a) || a != 0 ||
        (i > 0 && vi_norm_word_in(c, i - 1, openers, G_N_ELEMENTS(openers), TRUE)) ||
        scale_before(c, i, 1)) {
        return FALSE;
    }
    if (!vi_norm_is(c, j, VI_TOK_WORD) || !c->tok[j].space || !g_unichar_islower(c->tok[j].ch)) {
        return TRUE;
    }
    return !(scale_after(c, j) || vi_norm_word_is(c, j, "tuổi", TRUE) ||
             span_after_pair(c, j, TRUE) ||
             (counted_next(c, j) && score_word_before(c, i, last) == 0));
}

/*
 * Does a unit follow the two numbers at i..last, so that they are an amount and no score? A
 * unit that is a word in small letters before another such word, after a score word, begins a
 * word of two syllables instead: "thắng 2-1 đồng thời lên đầu bảng", "thua 1-3 đồng nghĩa với
 * bị loại" (no money).
 */
static gboolean unit_after_pair(vi_norm *c, size_t i, size_t last)
{
    const vi_unit *u = NULL;
    size_t j = last + 1;
    size_t end = match_unit(c, j, FALSE, &u);
    if (end == 0) {
        return FALSE;
    }
    return !(end == j + 1 && c->tok[j].space && g_unichar_islower(c->tok[j].ch) &&
             vi_norm_syllable(c, j) &&
             vi_norm_is(c, j + 1, VI_TOK_WORD) && c->tok[j + 1].space &&
             g_unichar_islower(c->tok[j + 1].ch) && score_word_before(c, i, last) > 0);
}

/*
 * "Boeing 737-800", "Airbus 330-200": a number of three digits joined by a dash to another of
 * one to three digits, right after a name in Latin letters that is no Vietnamese syllable (a
 * brand), is a model and its variant, said without "đến". Token i is the first number, k the
 * dash.
 */
static gboolean model_variant(vi_norm *c, size_t i, size_t k)
{
    static const char *const scales[] = {"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "chục"};
    const vi_unit *u = NULL;
    const char *w;
    size_t n;
    if (i == 0 || k != i + 1 || !c->tok[i].space || c->tok[k].space ||
        !vi_norm_joined(c, k + 1, VI_TOK_NUM) || tok_len(c, i) != 3 || tok_len(c, k + 1) > 3 ||
        c->tok[i - 1].type != VI_TOK_WORD || vi_norm_joined(c, k + 2, VI_TOK_WORD) ||
        vi_norm_joined(c, k + 2, VI_TOK_NUM) ||
        (vi_norm_joined(c, k + 2, VI_TOK_SYM) &&
         (c->tok[k + 2].ch == '-' || c->tok[k + 2].ch == '/' || c->tok[k + 2].ch == '%' ||
          vi_norm_joined(c, k + 3, VI_TOK_NUM)))) {
        return FALSE;
    }
    /* "Honda 150-200 triệu", "... 100-200 USD": amounts, a range */
    for (size_t s = 0; s < G_N_ELEMENTS(scales); s++) {
        if (vi_norm_word_is(c, k + 2, scales[s], TRUE)) {
            return FALSE;
        }
    }
    if (match_unit(c, k + 2, FALSE, &u) > 0) {
        return FALSE;
    }
    w = vi_norm_str(c, i - 1);
    n = tok_len(c, i - 1);
    if (n < 3 || !g_ascii_isupper(w[0])) {
        return FALSE;
    }
    for (size_t p = 0; p < n; p++) {
        if (!g_ascii_isalpha(w[p])) {
            return FALSE;
        }
    }
    return !vi_syllable_is_valid(w, (gssize)n);
}

/*
 * "Il-114-300", "An-124-100", "Su-30-2": a code of letters and two numbers, all joined by
 * dashes, is a model and its variant (no "đến" between the numbers). Token i is the first
 * number, k the dash after it.
 */
static gboolean code_variant(vi_norm *c, size_t i, size_t k)
{
    return i >= 2 && k == i + 1 && !c->tok[i].space && vi_norm_sym(c, i - 1, '-') &&
           !c->tok[i - 1].space && vi_norm_capitalized(c, i - 2) && !c->tok[k].space &&
           vi_norm_joined(c, k + 1, VI_TOK_NUM) && !vi_norm_joined(c, k + 2, VI_TOK_WORD) &&
           !vi_norm_joined(c, k + 2, VI_TOK_NUM) &&
           !(vi_norm_joined(c, k + 2, VI_TOK_SYM) &&
             (vi_norm_is_dash(c, k + 2) || c->tok[k + 2].ch == '/'));
}

/*
 * Amounts, and two amounts around a dash:
 *  - a model and its variant after a brand (Boeing 737-800: no "đến");
 *  - a score (hai một) after a score word (thắng, tỷ số, ...) within five words, between two
 *    capitalized names, or when the first is not smaller (2-1, 1-1);
 *  - otherwise a range with "đến" (10-15 người, 2021-2025, 1,5-2 triệu, 10-15%).
 * Dates written with a dash (ngày 5-3) were taken by the date rule before.
 */
static size_t rule_amount(vi_norm *c, size_t i)
{
    unsigned roles = vi_norm_roles_before(c, 1);
    numlit a, b;
    size_t k, end;
    parse_number(c, i, &a);
    k = a.last + 1;
    {
        const vi_unit *u = NULL;
        size_t u_end = match_unit(c, k, FALSE, &u);
        if (u_end > 0) {
            k = u_end;
        }
    }
    if (!range_dash(c, k)) {
        if ((roles & VI_ROLE_DOCUMENT) && k == a.last + 1 && a.plain && a.last == i &&
            tok_len(c, i) <= 4) {
            /* "Đề án 06"; "Quyết định 5/10/23", which no date rule took: every part a
             * number as written, every "/" "trên" (it lost its first "/") */
            say_doc_number(c, i);
            for (k = i + 1; joined_sym_num(c, k, '/') && tok_len(c, k + 1) <= 4; k += 2) {
                say_text(c, "trên", k, k);
                say_doc_number(c, k + 1);
            }
            c->said = VI_SAID_NUMBER;
            c->said_end = k;
            return k;
        }
        return say_amount(c, i, roles);
    }
    parse_number(c, k + 1, &b);
    {
        /* "- 40cm - 4 mắt sắt", "khoảng 1.5kg - 1kg muối": an amount with its unit, a dash
         * spaced on both sides and a smaller number with no unit or the same is a list's next
         * item, not a range ("3 tháng - 1 năm" keeps its range) */
        guint64 va, vb;
        const vi_unit *ua = NULL, *ub = NULL;
        match_unit(c, a.last + 1, FALSE, &ua);
        if (k > a.last + 1 && c->tok[k].space && c->tok[k + 1].space &&
            numlit_value(&a, &va) && numlit_value(&b, &vb) &&
            (vb < va || (vb == va && a.frac != 0 && b.frac == 0)) &&
            (match_unit(c, b.last + 1, FALSE, &ub) == 0 || ub == ua) &&
            !is_magnitude(c, b.last + 1) && !(i > 0 && vi_norm_word_is(c, i - 1, "từ", TRUE))) {
            return say_amount(c, i, roles);
        }
    }
    if ((model_variant(c, i, k) || code_variant(c, i, k)) && !score_context(c, i, k + 1)) {
        say_cardinal(c, i);
        say_cardinal(c, k + 1);
        c->said = VI_SAID_NUMBER;
        c->said_end = k + 2;
        return k + 2;
    }
    {
        guint64 va, vb;
        gboolean ints = numlit_value(&a, &va) && numlit_value(&b, &vb) && a.plain && b.plain;
        /* a score of three digits (basketball "thắng 102-98", snooker frames "tỷ số 11-123")
         * only after a score word, or between two names when it falls ("Lakers 110-105
         * Celtics"; a price list's "Brokens 120-130 Medium" rises), and below 300 ("Boeing
         * 737-800") */
        gboolean small = va < 100 && vb < 100;
        gboolean score = ints && k == a.last + 1 && va < 300 && vb < 300 &&
                         !unit_after_pair(c, i, b.last) &&
                         (small ? score_context(c, i, b.last) || va >= vb ||
                                      zero_pair_score(c, i, b.last)
                                : score_context(c, i, b.last) &&
                                      (score_word_before(c, i, b.last) > 0 || va > vb));
        if (score) {
            say_cardinal(c, i);
            say_cardinal(c, k + 1);
            c->said = VI_SAID_NUMBER;
            c->said_end = k + 2;
            c->score_end = k + 2;
            return k + 2;
        }
    }
    end = say_amount(c, i, roles);
    if (end != k) {
        return end; /* the dash was not where we looked (a unit we did not say) */
    }
    say_text(c, "đến", k, k);
    if ((is_date_sep(c, k + 2) && vi_norm_joined(c, k + 3, VI_TOK_NUM)) ||
        (vi_norm_word_is(c, k + 2, "g", FALSE) && vi_norm_joined(c, k + 2, VI_TOK_WORD) &&
         vi_norm_joined(c, k + 3, VI_TOK_NUM) && tok_len(c, k + 3) == 2)) {
        /* "tháng 3 - 6/2027", "1 - 12g30": the date or time rule reads the second end (it was
         * *mười hai gam ba mươi*) */
        return k + 1;
    }
    {
        /* "tháng 3-4": "tháng ba đến tháng tư", as with a year (tháng 11-12/2025) */
        guint64 m;
        if ((roles & VI_ROLE_MONTH) && num_in(c, k + 1, 1, 2, 1, 12, &m) && b.plain &&
            b.last == k + 1) {
            say_text(c, "tháng", k + 1, k + 1);
        }
    }
    return say_amount(c, k + 1, roles & VI_ROLE_MONTH);
}

/* ---------------------------------------------------------------------------------------- */
/* Dates                                                                                     */

static gboolean num_in(const vi_norm *c, size_t i, size_t min_len, size_t max_len,
                       guint64 min, guint64 max, guint64 *v)
{
    size_t n;
    if (!vi_norm_is(c, i, VI_TOK_NUM)) {
        return FALSE;
    }
    n = tok_len(c, i);
    return n >= min_len && n <= max_len && vi_norm_value(c, i, v) && *v >= min && *v <= max;
}

/* Is the number at i the last of a list of months opened by "tháng" ("tháng 9 và 10/2025",
 * "các tháng 7, 8 và 9/2024")? Then "tháng" is not said again before it. */
static gboolean month_list_before(const vi_norm *c, size_t i)
{
    static const char *const joins[] = {"và", "hoặc", "hay"};
    guint64 m;
    for (int k = 0; k < 6 && i >= 3; k++) {
        if (!(vi_norm_word_in(c, i - 1, joins, G_N_ELEMENTS(joins), TRUE) ||
              (vi_norm_sym(c, i - 1, ',') && !c->tok[i - 1].space)) ||
            !num_in(c, i - 2, 1, 2, 1, 12, &m) || !c->tok[i - 2].space) {
            return FALSE;
        }
        if (vi_norm_word_is(c, i - 3, "tháng", TRUE)) {
            return TRUE;
        }
        i -= 2;
    }
    return FALSE;
}

/* Is token i a month written with a leading zero, 01 to 09 (a decimal has none: "04.2021")? */
static gboolean month_with_zero(const vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    return vi_norm_is(c, i, VI_TOK_NUM) && tok_len(c, i) == 2 && w[0] == '0' && w[1] != '0';
}

static gboolean is_date_sep(const vi_norm *c, size_t i)
{
    return i < c->ntok && !c->tok[i].space && c->tok[i].type == VI_TOK_SYM &&
           (c->tok[i].ch == '/' || c->tok[i].ch == '-' || c->tok[i].ch == '.');
}

/* Says "D tháng M [năm Y]" for tokens d, m, y (y 0: no year); seps are the separators. */
static void say_date(vi_norm *c, size_t d, size_t sep1, size_t m, size_t sep2, size_t y)
{
    guint64 month = 0;
    say_cardinal(c, d);
    say_text(c, "tháng", sep1, sep1);
    vi_norm_value(c, m, &month);
    g_string_truncate(c->buf, 0);
    vi_num_month(c->buf, (unsigned)month, c->dialect);
    vi_norm_say_buf(c, m, m);
    if (y != 0) {
        say_text(c, "năm", sep2, sep2);
        say_cardinal(c, y);
    }
}

/* Says "năm" and the year of two digits y in full, as POSIX reads one (69-99 the 1900s, 00-68
 * the 2000s), for tokens from..to (its mark and its digits), and ends the date there. */
static size_t say_short_year(vi_norm *c, guint64 y, size_t from, size_t to)
{
    g_string_truncate(c->buf, 0);
    vi_num_put(c->buf, "năm");
    vi_num_cardinal_u64(c->buf, y + (y >= 69 ? 1900 : 2000), c->dialect);
    vi_norm_say_buf(c, from, to);
    c->said = VI_SAID_DATE;
    c->said_end = to + 1;
    return to + 1;
}

/* The word after a fraction tells it is one: "1/3 số hộ", "2/3 diện tích". */
static gboolean fraction_next(vi_norm *c, size_t j)
{
    return (vi_norm_roles_at(c, j) & VI_ROLE_FRACTION_NEXT) != 0;
}

/* The word after A/B is what it counts: "8/10 học sinh", "2/5 trận". */
static gboolean counted_next(vi_norm *c, size_t j)
{
    return (vi_norm_roles_at(c, j) & VI_ROLE_COUNTED) != 0;
}

/* "1/2 hoặc 1/3 chặng đường", "1/3 đến 1/2 số hộ": A/B at i is joined by "hoặc", "và",
 * "đến" or "tới" to a proper fraction that the word after it makes one (a fraction word or a
 * counted one). */
static gboolean joined_to_fraction(vi_norm *c, size_t i)
{
    static const char *const joins[] = {"hoặc", "và", "đến", "tới"};
    guint64 a, b;
    size_t j = i + 3;
    return vi_norm_is(c, j, VI_TOK_WORD) && c->tok[j].space &&
           vi_norm_word_in(c, j, joins, G_N_ELEMENTS(joins), TRUE) &&
           vi_norm_is(c, j + 1, VI_TOK_NUM) && c->tok[j + 1].space &&
           joined_sym_num(c, j + 2, '/') && !is_date_sep(c, j + 4) &&
           vi_norm_value(c, j + 1, &a) && vi_norm_value(c, j + 3, &b) && a < b &&
           (fraction_next(c, j + 4) || counted_next(c, j + 4));
}

/* "mức sạc đầy 1/3 tới một nửa pin", "từ 1/4 đến 1/3": after a proper fraction d/m,
 * "tới" or "đến" at j and an amount that is no date: a half (nửa, một nửa), a fraction in
 * words (hai phần ba), a percentage, or a proper fraction that would be an earlier day
 * (halves to sixths: "1/10 đến 1/3" may be dates across the new year). */
static gboolean until_amount(vi_norm *c, size_t j, guint64 d, guint64 m)
{
    static const char *const untils[] = {"đến", "tới"};
    static const char *const halves[] = {"nửa", "rưỡi"};
    static const char *const numerals[] = {"một", "hai", "ba",  "bốn", "năm",
                                           "sáu", "bảy", "tám", "chín", "mười"};
    guint64 d2, m2;
    size_t k = j + 1;
    if (!vi_norm_word_in(c, j, untils, G_N_ELEMENTS(untils), TRUE) || !c->tok[j].space ||
        k >= c->ntok || !c->tok[k].space) {
        return FALSE;
    }
    if (vi_norm_is(c, k, VI_TOK_WORD)) {
        if (vi_norm_word_in(c, k, halves, G_N_ELEMENTS(halves), TRUE) ||
            (vi_norm_word_in(c, k + 1, halves, G_N_ELEMENTS(halves), TRUE) &&
             (vi_norm_word_is(c, k, "một", TRUE) || vi_norm_word_is(c, k, "phân", TRUE)))) {
            return TRUE;
        }
        return vi_norm_word_is(c, k + 1, "phần", TRUE) && c->tok[k + 1].space &&
               vi_norm_word_in(c, k, numerals, G_N_ELEMENTS(numerals), TRUE);
    }
    if (!vi_norm_is(c, k, VI_TOK_NUM) || !vi_norm_value(c, k, &d2)) {
        return FALSE;
    }
    if (vi_norm_sym(c, k + 1, '%')) {
        return TRUE;
    }
    return joined_sym_num(c, k + 1, '/') && vi_norm_value(c, k + 2, &m2) && d2 < m2 &&
           !(is_date_sep(c, k + 3) && vi_norm_joined(c, k + 4, VI_TOK_NUM)) &&
           m <= 6 && (m2 < m || (m2 == m && d2 <= d));
}

/* Is token j one of the ASCII marks (",.;:!?" and brackets)? */
static gboolean mark_in(const vi_norm *c, size_t j, const char *marks)
{
    return j < c->ntok && c->tok[j].type == VI_TOK_SYM && c->tok[j].ch != 0 &&
           c->tok[j].ch < 0x80 && strchr(marks, (int)c->tok[j].ch) != NULL;
}

/* Words after a day and month that leave it a date: links, markers of tense and voice, words
 * of a point in time and the plural words that open a new subject ("sáng 5/12 tại", "14/2 là
 * ngày", "2/9 năm nay", "khai giảng 5/9 các trường"). */
static gboolean link_word(const vi_norm *c, size_t j)
{
    static const char *const links[] = {
        "và",    "hoặc", "hay",  "cùng", "với",   "của",   "cho",   "tại",   "ở",    "trong",
        "ngoài", "từ",   "đến",  "tới",  "sau",   "trước", "khi",   "lúc",   "thì",  "là",
        "mà",    "nhưng", "song", "nên", "để",    "do",    "vì",    "bởi",   "theo", "về",
        "như",   "nhằm", "nhân", "qua",  "tức",   "kể",    "rồi",   "lại",   "nữa",  "đã",
        "đang",  "sẽ",   "vẫn",  "cũng", "còn",   "mới",   "vừa",   "chưa",  "không", "chẳng",
        "đều",   "bị",   "được", "phải", "sắp",   "luôn",  "ngay",  "này",   "nay",  "đó",
        "ấy",    "kia",  "hằng", "hàng", "âm",    "dương", "diễn",  "chính", "bắt",  "kết",
        "tiếp",  "tăng", "giảm", "lên",  "xuống", "ra",    "vào",   "năm",   "các",  "những",
        "mọi"};
    return vi_norm_word_in(c, j, links, G_N_ELEMENTS(links), TRUE);
}

/* Does the day and month before j end there: the end, a mark of punctuation, a bracket that
 * opens after a space ("Hôm nay, 6.2 (mùng 10 tháng Giêng)") or a link word ("hôm nay 10-12.",
 * "hôm nay 2-12 tại")? */
static gboolean date_tail(const vi_norm *c, size_t j)
{
    return j >= c->ntok || mark_in(c, j, ",.;:!?)") ||
           (vi_norm_sym(c, j, '(') && c->tok[j].space) || (c->tok[j].space && link_word(c, j));
}

/* Does a word after the day and month at j say it is a date ("1/6 tới", "24/2 này", "2/9
 * năm nay", "mùng 10/1 âm lịch", "24/1 vừa qua")? Only when strong, also after a word of
 * amount ("khoảng 1/6 tới"; but "chỉ bằng 1/10 năm ngoái" is a fraction of last year's). */
static gboolean date_after(const vi_norm *c, size_t j, gboolean strong)
{
    static const char *const years[] = {"nay", "ngoái", "trước", "sau", "tới", "đó", "ấy", "này"};
    static const char *const calendars[] = {"âm", "dương"};
    static const char *const yearly[] = {"hằng", "hàng"};
    if (!vi_norm_is(c, j, VI_TOK_WORD) || !c->tok[j].space) {
        return FALSE;
    }
    if (vi_norm_word_is(c, j, "tới", TRUE)) {
        /* "1/6 tới" but not "1/3 tới 1/2" */
        return j + 1 >= c->ntok || vi_norm_is(c, j + 1, VI_TOK_SYM) ||
               vi_norm_word_is(c, j + 1, "đây", TRUE) || link_word(c, j + 1);
    }
    if (vi_norm_word_is(c, j, "năm", TRUE)) {
        guint64 y;
        if (strong) {
            return FALSE;
        }
        return vi_norm_word_in(c, j + 1, years, G_N_ELEMENTS(years), TRUE) ||
               num_in(c, j + 1, 4, 4, 1000, 2999, &y);
    }
    if (vi_norm_word_in(c, j, calendars, G_N_ELEMENTS(calendars), TRUE)) {
        return vi_norm_word_is(c, j + 1, "lịch", TRUE);
    }
    if (vi_norm_word_in(c, j, yearly, G_N_ELEMENTS(yearly), TRUE)) {
        return vi_norm_word_is(c, j + 1, "năm", TRUE);
    }
    return vi_norm_word_is(c, j, "này", TRUE) ||
           (vi_norm_word_is(c, j, "vừa", TRUE) &&
            (vi_norm_word_is(c, j + 1, "qua", TRUE) || vi_norm_word_is(c, j + 1, "rồi", TRUE)));
}

/* Does a noun phrase start at j, after A/B (b below the line): a word in lower case that is
 * no link, time word or unit ("8/10 tin giả", "1/6 án tù", "5/7 hồ sơ")? "trên" and "giữa"
 * before a noun name a part of a half, a third or a quarter ("1/3 trên cẳng tay"). */
static gboolean noun_next(vi_norm *c, size_t j, guint64 b)
{
    const vi_unit *u = NULL;
    if (!vi_norm_is(c, j, VI_TOK_WORD) || !c->tok[j].space || !g_unichar_islower(c->tok[j].ch) ||
        link_word(c, j) || match_unit(c, j, FALSE, &u) > 0) {
        return FALSE;
    }
    if (vi_norm_word_is(c, j, "trên", TRUE) || vi_norm_word_is(c, j, "giữa", TRUE)) {
        return b <= 4 && vi_norm_is(c, j + 1, VI_TOK_WORD) && c->tok[j + 1].space &&
               g_unichar_islower(c->tok[j + 1].ch) && !link_word(c, j + 1);
    }
    return TRUE;
}

/* A time just read before i, maybe with a comma ("18:00 7/2", "lúc 18 giờ 7/2", "18h, 7/2"). */
static gboolean time_before(const vi_norm *c, size_t i)
{
    return c->said == VI_SAID_TIME &&
           (c->said_end == i || (c->said_end + 1 == i && vi_norm_sym(c, i - 1, ',')));
}

/* A named day before i in the same clause: a date word, then a name with a capital and no
 * number or mark between ("Ngày Môi trường thế giới 5/6", "ngày Độc lập 4/7"). */
static gboolean named_day_before(vi_norm *c, size_t i)
{
    gboolean capital = FALSE;
    size_t words = 0;
    for (size_t t = i; t > 0 && words < 6;) {
        t--;
        if (!vi_norm_is(c, t, VI_TOK_WORD)) {
            return FALSE;
        }
        words++;
        if (capital && (vi_norm_roles_at(c, t) & (VI_ROLE_DATE | VI_ROLE_WHEN))) {
            return TRUE;
        }
        capital = capital || vi_norm_capitalized(c, t);
    }
    return FALSE;
}

/* "tỷ lệ chọi trên 1/10", "Tỷ lệ thắng của đội là 1/3", "với tỷ lệ 19/10": a ratio word (tỷ
 * lệ, role "ratio") among the nine words before A/B at i, the words between no link or time
 * word but "trên, dưới, là, ở, mức, của, này" (not "tỷ lệ ... đến 1/10", "tỷ lệ thất nghiệp
 * ngày 1/10"); a name in capitals may stand between ("Tỷ lệ thất nghiệp của Việt Nam là 1/3")
 * but not right before A/B ("tỷ lệ tiêm chủng dịp Quốc khánh 2/9"). */
static gboolean ratio_before(vi_norm *c, size_t i)
{
    static const char *const bridges[] = {"trên", "dưới", "là", "ở", "mức", "của", "này"};
    for (size_t t = i, words = 0; t > 0 && words < 9; words++) {
        unsigned roles;
        t--;
        if (!vi_norm_is(c, t, VI_TOK_WORD) || !c->tok[t + 1].space) {
            return FALSE;
        }
        roles = vi_norm_roles_at(c, t);
        if (roles & VI_ROLE_RATIO) {
            return TRUE;
        }
        if ((roles & (VI_ROLE_DATE | VI_ROLE_WHEN)) ||
            (words == 0 && !g_unichar_islower(c->tok[t].ch)) ||
            (link_word(c, t) && !vi_norm_word_in(c, t, bridges, G_N_ELEMENTS(bridges), TRUE))) {
            return FALSE;
        }
    }
    return FALSE;
}

/* What says a day and month A/B (d/m, neither zero) at i is rather a fraction or a count,
 * when the words before (roles) name no date and no word after names a point in time (1/6
 * tới, 2/9 năm nay): a fraction or count word before it (chiếm 1/3, đi được 1/2, có 5/7); after
 * it a word a fraction takes (1/3 số hộ), something counted (8/10 học sinh, 2/5 trận) or
 * "hoặc" and another fraction; but a point in time before it (từ 1/7 người lao động), a time
 * or a named day keep the date, and so does "đến" or "tới" opening a clause before what is
 * counted ("Đến 1/6 học sinh được nghỉ"). Otherwise any noun after it makes a count (8/10 tin giả, giảm
 * thêm 1/6 án tù, 7/7 điều kiện): a day and month is written after a word of time, and then
 * only. A day above the month is a date. */
static gboolean not_a_date(vi_norm *c, size_t i, unsigned roles, guint64 d, guint64 m)
{
    static const char *const untils[] = {"đến", "tới"};
    /* "chiếm tới 1/3", "có tới 5/7 hồ sơ": a word of amount before "tới" or "đến" counts as
     * if next to A/B; "Đến 1/6 học sinh ...", "Tính đến 1/12 cả nước ...": "đến" or "tới"
     * opening a clause (or after "tính") is until a day ("thay đổi đến 7/11 vị trí" is not). */
    gboolean until = i >= 1 && c->tok[i].space && vi_norm_word_in(c, i - 1, untils, 2, TRUE);
    if (until) {
        unsigned amount = vi_norm_roles_before(c, 2) & (VI_ROLE_FRACTION | VI_ROLE_COUNT);
        roles |= amount;
        until = amount == 0 && (i == 1 || vi_norm_word_is(c, i - 2, "tính", TRUE) ||
                                mark_in(c, i - 2, ",.;:!?("));
    }
    if ((roles & VI_ROLE_DATE) || date_after(c, i + 3, TRUE)) {
        return FALSE;
    }
    if (ratio_before(c, i)) {
        return TRUE; /* "tỷ lệ chọi trên 1/10", "với tỷ lệ 19/10": a ratio, never a date */
    }
    if (d < m && ((roles & (VI_ROLE_FRACTION | VI_ROLE_COUNT)) ||
                  after_and(c, i, c->fraction_end))) {
        return TRUE; /* also "chiếm 1/3 hoặc 1/2": a fraction just read, then hoặc */
    }
    if (d <= m && c->fraction_end != 0 && c->fraction_end + 1 == i && vi_norm_sym(c, i - 1, ',') &&
        c->tok[i].space) {
        return TRUE; /* "lần lượt là 7/10, 5/10": the next of a list of fractions */
    }
    if (d < m && (roles & VI_ROLE_WHEN) && until_amount(c, i + 3, d, m) &&
        !date_after(c, i + 7, FALSE)) {
        return TRUE; /* "từ 1/3 đến 1/2 tổng ngân sách": no range of days runs backwards */
    }
    if ((roles & VI_ROLE_WHEN) || after_date_and(c, i) || time_before(c, i) || d > m ||
        date_after(c, i + 3, FALSE)) {
        return FALSE;
    }
    if (d == m) {
        /* 1/1, 2/2 stay dates, but not "với 10/10 em", "đáp ứng 7/7 điều kiện" */
        return (counted_next(c, i + 3) || noun_next(c, i + 3, m)) && !until &&
               !named_day_before(c, i);
    }
    return fraction_next(c, i + 3) || joined_to_fraction(c, i) || until_amount(c, i + 3, d, m) ||
           ((counted_next(c, i + 3) || noun_next(c, i + 3, m)) && !until &&
            !named_day_before(c, i));
}

/* Is token i a dash, or a "/" spaced on both sides ("16 / 5 / 2024" in portal text), between
 * the parts of a date? */
static gboolean spaced_date_sep(const vi_norm *c, size_t i)
{
    return vi_norm_is_dash(c, i) ||
           (vi_norm_sym(c, i, '/') && c->tok[i].space && i + 1 < c->ntok && c->tok[i + 1].space);
}

/* A date written with spaced dashes: "24 - 7 - 2002", or a space on one side of a dash only
 * ("20- 5- 2017", "31- 5-2017": was "ba mươi mốt năm hai nghìn ..."), or with slashes spaced
 * on both sides ("16 / 5 / 2024": was "mười sáu năm hai nghìn ...", the slashes dropped). i is
 * the day; returns the next token, or 0. */
static size_t spaced_date(vi_norm *c, size_t i)
{
    guint64 d, m, y;
    if (!spaced_date_sep(c, i + 1) || !vi_norm_is(c, i + 2, VI_TOK_NUM) ||
        !spaced_date_sep(c, i + 3) || !vi_norm_is(c, i + 4, VI_TOK_NUM) ||
        !(c->tok[i + 1].space || c->tok[i + 2].space || c->tok[i + 3].space ||
          c->tok[i + 4].space) ||
        vi_norm_joined(c, i + 5, VI_TOK_NUM) || vi_norm_joined(c, i + 5, VI_TOK_WORD) ||
        c->tok[i + 3].ch != c->tok[i + 1].ch || !num_in(c, i, 1, 2, 1, 31, &d) ||
        !num_in(c, i + 2, 1, 2, 1, 12, &m) || !num_in(c, i + 4, 4, 4, 1000, 2999, &y)) {
        /* "Ngày 19 - 12", "ngày 16 / 5": a day and a month with a spaced dash or slash, after
         * a date word. */
        if (spaced_date_sep(c, i + 1) && c->tok[i + 1].space && vi_norm_is(c, i + 2, VI_TOK_NUM) &&
            c->tok[i + 2].space && num_in(c, i, 1, 2, 1, 31, &d) &&
            num_in(c, i + 2, 1, 2, 1, 12, &m) && !spaced_date_sep(c, i + 3) &&
            !vi_norm_is(c, i + 3, VI_TOK_NUM) &&
            !(is_date_sep(c, i + 3) && vi_norm_joined(c, i + 4, VI_TOK_NUM)) &&
            (vi_norm_roles_before(c, 1) & VI_ROLE_DATE)) {
            const vi_unit *u = NULL;
            if (match_unit(c, i + 3, FALSE, &u) > 0) {
                return 0;
            }
            say_date(c, i, i + 1, i + 2, 0, 0);
            c->said = VI_SAID_DATE;
            c->said_end = i + 3;
            return i + 3;
        }
        return 0;
    }
    say_date(c, i, i + 1, i + 2, i + 3, i + 4);
    c->said = VI_SAID_DATE;
    c->said_end = i + 5;
    return i + 5;
}

/* Is the word before i one of "đến", "tới", "và", "hoặc", right after what ended at end? */
static gboolean after_and(vi_norm *c, size_t i, size_t end)
{
    static const char *const joins[] = {"đến", "tới", "và", "hoặc"};
    return i >= 2 && end != 0 && end == i - 1 && vi_norm_is(c, i - 1, VI_TOK_WORD) &&
           vi_norm_word_in(c, i - 1, joins, G_N_ELEMENTS(joins), TRUE);
}

/* "từ 21.11 đến trưa 23.11", "từ 21.11 đến 23.11.": after "từ" (a word of role "when"), a
 * day and month d.m with a dot at i, then "đến" or "tới" and a second one after a date word,
 * or in the same month and later, with a day or month of two digits, or early in the next
 * month after a day from the 20th, ending there (no unit, no noun): a range of dates, not
 * "hai mươi mốt phẩy mười một" ("từ 6.5 đến 7.5" stays). */
static gboolean dotted_range(vi_norm *c, size_t i, guint64 d, guint64 m)
{
    static const char *const tos[] = {"đến", "tới"};
    guint64 d2, m2;
    size_t k = i + 4;
    gboolean date_word = FALSE;
    if (!vi_norm_word_in(c, i + 3, tos, G_N_ELEMENTS(tos), TRUE) || !c->tok[i + 3].space) {
        return FALSE;
    }
    if (vi_norm_is(c, k, VI_TOK_WORD) && (vi_norm_roles_at(c, k) & (VI_ROLE_DATE | VI_ROLE_WHEN))) {
        date_word = TRUE;
        k++;
    }
    if (!num_in(c, k, 1, 2, 1, 31, &d2) || !c->tok[k].space || !vi_norm_sym(c, k + 1, '.') ||
        !vi_norm_joined(c, k + 2, VI_TOK_NUM) || !num_in(c, k + 2, 1, 2, 1, 12, &m2) ||
        c->tok[k + 1].space || (is_date_sep(c, k + 3) && vi_norm_joined(c, k + 4, VI_TOK_NUM))) {
        return FALSE;
    }
    if (date_word) {
        return TRUE;
    }
    if (!date_tail(c, k + 3)) {
        return FALSE;
    }
    /* "từ 28.4 đến 3.5 tại Huế": the end of a month to the start of the next, unless an amount
     * went before ("giảm từ 28.4 đến 3.5") */
    return (m2 == m && d2 > d && (d >= 10 || tok_len(c, i + 2) == 2)) ||
           (m2 == m % 12 + 1 && d >= 20 && d2 <= 10 &&
            !(vi_norm_roles_before(c, 2) & (VI_ROLE_COUNT | VI_ROLE_FRACTION)));
}

/* "từ 30-4 đến 3-5", "Dịp lễ 30.4 - 1.5": a date just said, then "đến", "tới", "và", "hoặc"
 * or a dash before i, makes the number at i the second date of the pair, however small its
 * day. */
static gboolean after_date_and(vi_norm *c, size_t i)
{
    return after_and(c, i, c->date_end) ||
           (i >= 2 && c->date_end == i - 1 && vi_norm_is_dash(c, i - 1));
}

/* Is the word at token t (before a day) a date word, or, when t is an opening bracket, the
 * word before it ("thứ Bảy (13.5)", "Sau 2 ngày (22 - 23.4)")? Read from the source: the day
 * said since may be several words ("ngày hai mươi tư đến"). */
static gboolean date_word_at(vi_norm *c, size_t t)
{
    if (vi_norm_sym(c, t, '(') && t > 0 && vi_norm_is(c, t - 1, VI_TOK_WORD)) {
        return (vi_norm_roles_at(c, t - 1) & (VI_ROLE_DATE | VI_ROLE_WHEN)) != 0;
    }
    if (!vi_norm_is(c, t, VI_TOK_WORD) ||
        (t > 0 && vi_norm_is(c, t - 1, VI_TOK_WORD) &&
         (vi_norm_roles_at(c, t - 1) & VI_ROLE_COUNT))) {
        return FALSE; /* "mỗi ngày 2 - 3.5 cốc": a count */
    }
    return (vi_norm_roles_at(c, t) & VI_ROLE_DATE) != 0 ||
           (vi_norm_roles_before(c, 3) & VI_ROLE_DATE) != 0;
}

/* "ngày 7 và 8.12", "ngày 10 và 11-12", "ngày 8 - 9.12", "từ ngày 11 đến 13.4", "(22 -
 * 23.4)" after a date word: a day just said after a date word, then "và", "đến", "tới",
 * "hoặc" or a spaced dash before i: the number at i is the second day, its month shared. */
static gboolean after_day_and(vi_norm *c, size_t i)
{
    guint64 d;
    return i >= 3 && (after_and(c, i, i - 1) || vi_norm_is_dash(c, i - 1)) &&
           c->tok[i - 1].space && num_in(c, i - 2, 1, 2, 1, 31, &d) &&
           (c->tok[i - 2].space || vi_norm_sym(c, i - 3, '(')) && date_word_at(c, i - 3);
}

/* "áp dụng từ 3-5 năm", "ngày 1 và 2-3 tuần": after "từ" or a day and "và", a dash pair and
 * a length of time or an age is a range, whatever the words before ("có hiệu lực từ 1-7"
 * stays a date). */
static gboolean from_range(vi_norm *c, size_t i)
{
    static const char *const spans[] = {"năm", "tháng", "tuần", "ngày", "tuổi", "lần"};
    return i >= 1 && vi_norm_is(c, i - 1, VI_TOK_WORD) &&
           (vi_norm_word_is(c, i - 1, "từ", TRUE) || after_day_and(c, i)) &&
           vi_norm_is(c, i + 3, VI_TOK_WORD) && c->tok[i + 3].space &&
           vi_norm_word_in(c, i + 3, spans, G_N_ELEMENTS(spans), TRUE) &&
           !date_after(c, i + 3, FALSE); /* "từ 1-7 năm 2025", "từ 1-7 năm nay": a date */
}

/* "xếp thứ 3/10", "đứng thứ 2/12", "hạng 1/10": A/B at i after a place (thứ after a verb of
 * ranking, or hạng) is a place among so many, *thứ ba trên mười*, never a date, unless a word
 * of time follows ("hạng 1/10 năm nay" is still a place: a rank has no day). */
static gboolean ranked_among(vi_norm *c, size_t i)
{
    static const char *const ranking[] = {"xếp", "đứng", "về", "hạng"};
    if (i < 1 || !c->tok[i].space) {
        return FALSE;
    }
    if (vi_norm_word_is(c, i - 1, "hạng", TRUE)) {
        return TRUE;
    }
    return i >= 2 && vi_norm_word_is(c, i - 1, "thứ", TRUE) && c->tok[i - 1].space &&
           vi_norm_word_in(c, i - 2, ranking, G_N_ELEMENTS(ranking), TRUE);
}

/* "tăng từ 1-7.", "có hiệu lực từ 1-7 năm 2025", "từ 1-9 đến 3-9", "Từ 1-1 đến nay": after
 * "từ", the first of a month (1-m) that ends the sentence or that "năm nay" follows, or a day
 * and month (d-m at i) that a year ("năm 2025"), "tới", "đến nay" or "đến" and a day of the
 * same or the next month (maybe with its year: "từ 4-7 đến 1-8-2024") follow ("mới từ 6-7
 * năm nay" is years), with nothing counted after it ("từ 1-2 đến 3-4 ngày" and "điểm từ
 * 8-10." stay ranges). */
static gboolean from_day(vi_norm *c, size_t i, guint64 d, guint64 m)
{
    static const char *const untils[] = {"đến", "tới"};
    size_t j = i + 3;
    guint64 d2, m2, y;
    const vi_unit *unit;
    /* (d and m are a day and a month: the caller read them so) */
    if (i == 0 || !c->tok[i].space || !vi_norm_word_is(c, i - 1, "từ", TRUE)) {
        return FALSE;
    }
    if (d == 1 && (j >= c->ntok || (mark_in(c, j, ".;!?)") && !vi_norm_joined(c, j + 1, VI_TOK_NUM))) &&
        !scale_before(c, i - 1, 8)) {
        /* the first of a month, the day a rule takes effect ("tăng từ 1-7."), but not the
         * levels of a scale ("Thang điểm từ 1-5.") */
        return TRUE;
    }
    if (date_after(c, j, FALSE) &&
        (d == 1 || !vi_norm_word_is(c, j, "năm", TRUE) || vi_norm_is(c, j + 1, VI_TOK_NUM))) {
        return TRUE; /* not "mới từ 6-7 năm nay": six or seven years */
    }
    if (!vi_norm_word_in(c, j, untils, G_N_ELEMENTS(untils), TRUE) || !c->tok[j].space ||
        j + 1 >= c->ntok || !c->tok[j + 1].space) {
        return FALSE;
    }
    if (vi_norm_word_is(c, j + 1, "nay", TRUE)) {
        return TRUE;
    }
    return num_in(c, j + 1, 1, 2, 1, 31, &d2) && vi_norm_is_dash(c, j + 2) &&
           !c->tok[j + 2].space && vi_norm_joined(c, j + 3, VI_TOK_NUM) &&
           num_in(c, j + 3, 1, 2, 1, 12, &m2) && (m2 == m || m2 == m % 12 + 1) &&
           (!(is_date_sep(c, j + 4) && vi_norm_joined(c, j + 5, VI_TOK_NUM)) ||
            (c->tok[j + 4].ch == '-' && num_in(c, j + 5, 4, 4, 1000, 2999, &y))) &&
           !counted_next(c, j + 4) && match_unit(c, j + 4, FALSE, &unit) == 0;
}

/* "khuya 2-3 giờ sáng", "tối 7-8 tiếng": after a word of the time of day, a rising pair that
 * a span of time with no number after it or a scale word follows (amount_after_pair(), but
 * not a counted word: "sáng 4-7 nước này phóng tên lửa" is the 4th of July) is a range, not a
 * day and month; "sáng 2-3 năm nay" and "tối 6-7 tới" stay dates. */
static gboolean hours_range(vi_norm *c, size_t i)
{
    static const char *const parts[] = {"sáng", "trưa", "chiều", "tối", "đêm", "khuya"};
    static const char *const these[] = {"này", "đó", "ấy", "kia", "nọ", "số"};
    guint64 a, b;
    return i >= 1 && c->tok[i].space &&
           vi_norm_word_in(c, i - 1, parts, G_N_ELEMENTS(parts), TRUE) &&
           vi_norm_value(c, i, &a) && vi_norm_value(c, i + 2, &b) && a < b &&
           amount_after_pair(c, i + 3) &&
           !(counted_next(c, i + 3) &&
             vi_norm_word_in(c, i + 4, these, G_N_ELEMENTS(these), TRUE)) &&
           !date_after(c, i + 3, FALSE);
}

/* Is the word before token i one that ends a point in time near today, of the "when" role
 * (roles: those of the words before i): "hôm nay", "chiều nay", "tối qua" (not "tuần qua")?
 * Also with a comma between when the day is set off by commas ("hôm nay, 2-12." and not
 * "Hôm nay, 1/3 số hộ"). */
static gboolean today_before(vi_norm *c, size_t i, unsigned roles)
{
    static const char *const days[] = {"nay", "qua", "mai", "kia"};
    if (i >= 2 && vi_norm_sym(c, i - 1, ',') && date_tail(c, i + 3)) {
        i--;
        roles = vi_norm_roles_before_mark(c, i + 1, ',');
    }
    return i >= 1 && (roles & VI_ROLE_WHEN) &&
           vi_norm_word_in(c, i - 1, days, G_N_ELEMENTS(days), TRUE);
}

/*
 * Is the day and month with a dot at token i ("1.6") the date a sentence opens with: right after
 * "Từ", "Đến", "Sau", "Trước", "Hết", "Tính đến" or "Kể từ" opening the text or a sentence, and
 * before a comma, a colon, or a dash and a second day and month ("Từ 1.6, viện phí ...", "Đến
 * 5.9, ...", "Từ 16.6 – 23.6, ...")? A bare decimal with no unit does not open a sentence so.
 */
static gboolean opening_dotted_date(const vi_norm *c, size_t i)
{
    static const char *const openers[] = {"từ", "đến", "sau", "trước", "hết"};
    size_t w;
    guint64 d, m;
    if (i == 0 || !vi_norm_word_in(c, i - 1, openers, G_N_ELEMENTS(openers), TRUE)) {
        return FALSE;
    }
    w = i - 1;
    if (w > 0 &&
        (vi_norm_word_is(c, w - 1, "tính", TRUE) || vi_norm_word_is(c, w - 1, "kể", TRUE))) {
        w--; /* "Tính đến 5.9,", "Kể từ 1.7," */
    }
    if (!vi_norm_capitalized(c, w) ||
        (w > 0 && !mark_in(c, w - 1, ".!?:") && !vi_norm_sym(c, w - 1, 0x201C))) {
        return FALSE; /* not opening the text or a sentence */
    }
    if (mark_in(c, i + 3, ",:")) {
        return TRUE;
    }
    return vi_norm_is_dash(c, i + 3) && num_in(c, i + 4, 1, 2, 1, 31, &d) &&
           vi_norm_sym(c, i + 5, '.') && !c->tok[i + 5].space &&
           num_in(c, i + 6, 1, 2, 1, 12, &m) && !c->tok[i + 6].space && mark_in(c, i + 7, ",:");
}

/* "trước ngày diễu binh 2.9", "ngày khai giảng 5.9": D.M two or three words after "ngày" (the
 * day's name between, words only) when the last date read was written with a dot too ("vào
 * ngày 24.8 ..."): the text writes its dates so; "ngày làm việc 8.5 tiếng" alone stays a
 * decimal. So is D.M alone in brackets after a day's name of up to eight words ("kỷ niệm Ngày
 * Báo chí cách mạng Việt Nam (21.6)") after such a date. */
static gboolean named_dotted_day(const vi_norm *c, size_t i)
{
    if (c->date_end == 0 || c->date_end < 3 || c->date_end > i ||
        !vi_norm_sym(c, c->date_end - 2, '.')) {
        return FALSE;
    }
    if (vi_norm_sym(c, i - 1, '(') && vi_norm_sym(c, i + 3, ')')) {
        for (size_t k = 2; k <= 9 && k <= i && vi_norm_is(c, i - k, VI_TOK_WORD); k++) {
            if (vi_norm_word_is(c, i - k, "ngày", TRUE)) {
                return TRUE;
            }
        }
        return FALSE;
    }
    for (size_t k = 1; k <= 3 && k <= i; k++) {
        if (!vi_norm_is(c, i - k, VI_TOK_WORD)) {
            return FALSE;
        }
        if (k >= 2 && vi_norm_word_is(c, i - k, "ngày", TRUE)) {
            return TRUE;
        }
    }
    return FALSE;
}

/* "lễ kỷ niệm ngày chiến thắng Điện Biên Phủ 7-5", "Lễ duyệt binh Ngày Chiến thắng 9-5", "nghỉ
 * lễ Chiến thắng 30-4": a score word (score_word_before()) right after "ngày", "lễ" or "kỷ
 * niệm", written with a capital, or "chiến thắng" and a name, names a day, not a match ("ăn
 * mừng chiến thắng 2-1", "trong ngày đánh bại Juventus 4-1" stay scores), and the day and
 * month at i after it is that day's date. */
static gboolean day_named_by_score_word(vi_norm *c, size_t i)
{
    static const char *const days[] = {"ngày", "lễ"};
    size_t k = score_word_before(c, i, i + 2);
    if (k < 2) {
        return FALSE;
    }
    k--; /* the score word; a phrase of two ("chiến thắng") starts one word before */
    if (vi_norm_is(c, k - 1, VI_TOK_WORD) && (vi_norm_roles_at(c, k - 1) & VI_ROLE_SCORE)) {
        k--;
    }
    if (k < 1 || !c->tok[k].space ||
        !(vi_norm_capitalized(c, k) ||
          (vi_norm_word_is(c, k, "chiến", TRUE) && k + 2 < i && vi_norm_capitalized(c, k + 2)))) {
        return FALSE; /* "trong ngày đánh bại Juventus 4-1": a match's day */
    }
    return vi_norm_word_in(c, k - 1, days, G_N_ELEMENTS(days), TRUE) ||
           (k >= 2 && vi_norm_word_is(c, k - 1, "niệm", TRUE) && c->tok[k - 1].space &&
            (vi_norm_word_is(c, k - 2, "kỷ", TRUE) || vi_norm_word_is(c, k - 2, "kỉ", TRUE)));
}

/* "Từ 1-7, người tham gia ...": "từ" (a word of role "when") opening a sentence or a clause,
 * then a day and month and a comma; "trẻ từ 1-7 tuổi" and "từ 1-7 điểm" are ranges. */
static gboolean when_clause(vi_norm *c, size_t i, unsigned roles)
{
    size_t w = i - 1;
    if (!(roles & VI_ROLE_WHEN) || !vi_norm_sym(c, i + 3, ',') || c->tok[i + 3].space || i == 0 ||
        !vi_norm_is(c, w, VI_TOK_WORD)) {
        return FALSE;
    }
    if (vi_norm_word_is(c, w, "từ", TRUE) && w > 0 && vi_norm_word_is(c, w - 1, "kể", TRUE)) {
        w--;
    }
    return w == 0 || mark_in(c, w - 1, ".,;:!?(");
}

/* "Thời điểm trước 6-12, chúng tôi ...", "hoãn đến sau 3-1.": a word of role "when" other
 * than "từ" (which opens a range as often: "trẻ từ 6-12, ...") right before a day and month
 * that a mark of punctuation or the end follows; "trước 3-5 năm" and "sau 2-3 ngày", with a
 * word after them, stay ranges. */
static gboolean when_before_mark(vi_norm *c, size_t i, unsigned roles)
{
    return (roles & VI_ROLE_WHEN) && i > 0 && c->tok[i].space &&
           !vi_norm_word_is(c, i - 1, "từ", TRUE) &&
           (i + 3 >= c->ntok || (mark_in(c, i + 3, ",.;:!?)") && !c->tok[i + 3].space &&
                                 !vi_norm_joined(c, i + 4, VI_TOK_NUM))) &&
           !score_context(c, i, i + 2);
}

/* "Cuộc đảo chính thất bại 15-7": a word of losing ("thua", "thất bại", "thảm bại") among the
 * words before the pair at i. A loss is written from the loser's side, its first number the
 * smaller: over the corpora 472 of 492 pairs after such a word rise, and the 20 that fall start
 * below 10; a falling pair from 13 after it is a day and month, not a score. */
/* Is word t a word of losing, "thua" or "bại", and not the second of "thắng bại", "thắng
 * thua" (goals for and against: "hiệu số bàn thắng bại 14-3" is a score)? */
static gboolean loss_word(const vi_norm *c, size_t t)
{
    static const char *const losses[] = {"thua", "bại"};
    return vi_norm_word_in(c, t, losses, G_N_ELEMENTS(losses), TRUE) &&
           !(t >= 1 && vi_norm_word_is(c, t - 1, "thắng", TRUE));
}

static gboolean loss_before(vi_norm *c, size_t i)
{
    size_t k = score_word_before(c, i, i + 2);
    /* (the score word found, or the first of its phrase: "thất bại") */
    return k >= 1 && (loss_word(c, k - 1) || (k < i && loss_word(c, k)));
}

/* "Thông tư 14/2025 và 83/2025", "quý 1/2025, 2/2025": a number after "và", "hoặc" or a
 * comma right after a document or period number continues its list and takes its roles. */
static unsigned listed_roles(const vi_norm *c, size_t i)
{
    static const char *const joins[] = {"và", "hoặc"};
    if (i < 2 || c->doc_end != i - 1 || !c->tok[i].space ||
        !(vi_norm_sym(c, i - 1, ',') || vi_norm_word_in(c, i - 1, joins, 2, TRUE))) {
        return 0;
    }
    return c->doc_roles;
}

/* Marks tokens up to end as a document or period number read with roles, for a list that
 * goes on; returns end. */
static size_t doc_said(vi_norm *c, size_t end, unsigned roles)
{
    c->doc_end = end;
    c->doc_roles = roles & (VI_ROLE_DOCUMENT | VI_ROLE_PERIOD | VI_ROLE_ADDRESS);
    return end;
}

/*
 * "HẬU TRƯỜNG (6.2):", "ở Hàn Quốc (22.5), đoàn ...": a day and month with a dot alone in
 * brackets after a word, the month without a leading zero (or the day with one too), and ':'
 * or ',' right after the bracket: a headline's dated title, or a clause's date set off. A
 * decimal has a comma in Vietnamese, and one written with a dot is rarely bracketed alone
 * before a pause (over the round-13 corpus, 9 of the 10 such brackets not read as dates were
 * dates); with a word after it ("giá (12.5) không đổi", "tăng (2.5) điểm") it stays a number.
 */
static gboolean bracketed_dotted_date(const vi_norm *c, size_t i)
{
    guint64 d, m;
    size_t after = i + 4;
    return i >= 2 && vi_norm_sym(c, i - 1, '(') && vi_norm_is(c, i - 2, VI_TOK_WORD) &&
           vi_norm_sym(c, i + 1, '.') && vi_norm_sym(c, i + 3, ')') &&
           num_in(c, i, 1, 2, 1, 31, &d) && num_in(c, i + 2, 1, 2, 1, 12, &m) &&
           (vi_norm_str(c, i + 2)[0] != '0' || vi_norm_str(c, i)[0] == '0') &&
           mark_in(c, after, ":,");
}

static size_t rule_date_joined(vi_norm *c, size_t i)
{
    const vi_unit *unit = NULL;
    guint64 d, m, y, d2;
    unsigned roles;
    size_t end;
    if (!is_date_sep(c, i + 1) || !vi_norm_joined(c, i + 2, VI_TOK_NUM) ||
        (c->said == VI_SAID_SIGN && c->said_end == i)) {
        return 0; /* -3/4 is a number */
    }
    roles = vi_norm_roles_before(c, 1);
    if (c->score_end != 0 && c->score_end + 1 == i && c->tok[i].space &&
        (vi_norm_roles_at(c, i - 1) & VI_ROLE_DATE)) {
        /* "Thắng 2-1 ngày 15-3": the match's day after its score; the score's "một" does not
         * make "một ngày" a count of days ("mỗi ngày 3-4 lần") */
        roles |= VI_ROLE_DATE;
    }
    if (!(roles & (VI_ROLE_DOCUMENT | VI_ROLE_PERIOD | VI_ROLE_ADDRESS)) &&
        num_in(c, i + 2, 4, 4, 1000, 2999, &y)) {
        roles |= listed_roles(c, i); /* N/YYYY only: "..., 15/3 có hiệu lực" stays a date */
    }
    {
        /* "(22-23.4)", "(10.5 - 12.5)": a day range or a range of two dates is alone in the
         * bracket too */
        size_t close = i + 3;
        if (vi_norm_is_dash(c, i + 1) && is_date_sep(c, i + 3) && c->tok[i + 3].ch != '-' &&
            vi_norm_joined(c, i + 4, VI_TOK_NUM)) {
            close = i + 5;
        } else if (vi_norm_is_dash(c, i + 3) && vi_norm_is(c, i + 4, VI_TOK_NUM) &&
                   vi_norm_sym(c, i + 5, c->tok[i + 1].ch) && !c->tok[i + 5].space &&
                   vi_norm_joined(c, i + 6, VI_TOK_NUM)) {
            close = i + 7;
        }
        if (roles == 0 && vi_norm_sym(c, close, ')')) {
            /* "vào tối thứ Bảy (13.5)", "Hôm qua (5-12)", "Sau 2 ngày (22-23.4)": a date word
             * before the bracket, nothing else in it. */
            roles = (vi_norm_roles_before_mark(c, i, '(') & (VI_ROLE_DATE | VI_ROLE_WHEN)) != 0 ||
                            bracketed_dotted_date(c, i)
                        ? VI_ROLE_DATE
                        : 0;
        }
    }
    /* "ngày 1-5 tháng 6": a range of days in the month named after it. */
    if (vi_norm_is_dash(c, i + 1) && vi_norm_is(c, i + 3, VI_TOK_WORD) && c->tok[i + 3].space &&
        vi_norm_word_is(c, i + 3, "tháng", TRUE) && num_in(c, i, 1, 2, 1, 31, &d) &&
        num_in(c, i + 2, 1, 2, 1, 31, &d2) && d < d2) {
        say_cardinal(c, i);
        say_text(c, "đến", i + 1, i + 1);
        say_cardinal(c, i + 2);
        c->said = VI_SAID_NUMBER;
        c->said_end = i + 3;
        return i + 3;
    }
    /* ISO dates: 2024-01-28 -> "hai mươi tám tháng một năm hai nghìn không trăm hai mươi tư";
     * with dots only when month and day have two digits each and nothing more is joined
     * (a player's birth date "(1987.05.22)"). */
    if (num_in(c, i, 4, 4, 1000, 2999, &y) &&
        (c->tok[i + 1].ch != '.' ||
         (tok_len(c, i + 2) == 2 && tok_len(c, i + 4) == 2 &&
          !vi_norm_joined(c, i + 5, VI_TOK_NUM) && !vi_norm_joined(c, i + 5, VI_TOK_WORD) &&
          !(vi_norm_sym(c, i + 5, '.') && vi_norm_joined(c, i + 6, VI_TOK_NUM)))) &&
        num_in(c, i + 2, 1, 2, 1, 12, &m) && vi_norm_sym(c, i + 3, c->tok[i + 1].ch) &&
        !c->tok[i + 3].space && vi_norm_joined(c, i + 4, VI_TOK_NUM) &&
        num_in(c, i + 4, 1, 2, 1, 31, &d)) {
        /* Said in the spoken order as one phrase, so that spans stay in the source's order. */
        g_string_truncate(c->buf, 0);
        vi_num_cardinal_u64(c->buf, d, c->dialect);
        vi_num_put(c->buf, "tháng");
        vi_num_month(c->buf, (unsigned)m, c->dialect);
        vi_num_put(c->buf, "năm");
        vi_num_cardinal_u64(c->buf, y, c->dialect);
        vi_norm_say_buf(c, i, i + 4);
        c->said = VI_SAID_DATE;
        c->said_end = i + 5;
        return i + 5;
    }
    /* A range of two dates: 30/4-1/5, 15/10-15/11 -> "... tháng ... đến ... tháng ..."; with
     * dots after a date word ("ngày 10.5-12.5"), never before a unit or a scale word. */
    {
        guint64 m2;
        gunichar sep = c->tok[i + 1].ch;
        if ((sep == '/' || (sep == '.' && (roles & VI_ROLE_DATE) && !scale_after(c, i + 7) &&
                            match_unit(c, i + 7, FALSE, &unit) == 0)) &&
            num_in(c, i, 1, 2, 1, 31, &d) &&
            num_in(c, i + 2, 1, 2, 1, 12, &m) && !c->tok[i + 2].space &&
            vi_norm_is_dash(c, i + 3) && num_in(c, i + 4, 1, 2, 1, 31, &d2) &&
            c->tok[i + 3].space == c->tok[i + 4].space && vi_norm_sym(c, i + 5, sep) &&
            !c->tok[i + 5].space && num_in(c, i + 6, 1, 2, 1, 12, &m2) &&
            !c->tok[i + 6].space) {
            say_date(c, i, i + 1, i + 2, 0, 0);
            say_text(c, "đến", i + 3, i + 3);
            c->said = VI_SAID_DATE;
            c->said_end = i + 4;
            if (sep == '.') {
                /* the second one with its year, if any ("10.5-12.5.2025") */
                size_t yt = vi_norm_sym(c, i + 7, '.') && !c->tok[i + 7].space &&
                                    vi_norm_joined(c, i + 8, VI_TOK_NUM) &&
                                    num_in(c, i + 8, 4, 4, 1000, 2999, &y)
                                ? i + 8
                                : 0;
                say_date(c, i + 4, i + 5, i + 6, i + 7, yt);
                c->said_end = yt != 0 ? yt + 1 : i + 7;
            }
            return c->said_end; /* a second date with "/" is read as a date of its own */
        }
    }
    /* Day range in one month: 27-29/1, 27-29/1/2024; with a dot, the month in two digits
     * ("từ 5-12.07") after a date word or a point in time, or with its leading zero, or any
     * month after a date word ("từ ngày 24-30.4"); never before a unit or a scale word. */
    if (vi_norm_is_dash(c, i + 1) && num_in(c, i, 1, 2, 1, 31, &d) &&
        num_in(c, i + 2, 1, 2, 1, 31, &d2) && d < d2 &&
        (vi_norm_sym(c, i + 3, '/') ||
         (vi_norm_sym(c, i + 3, '.') && vi_norm_joined(c, i + 4, VI_TOK_NUM) &&
          ((tok_len(c, i + 4) == 2 &&
            (vi_norm_str(c, i + 4)[0] == '0' || (roles & VI_ROLE_WHEN))) ||
           (roles & VI_ROLE_DATE) || (vi_norm_said_ends_with(c, "từ") && date_tail(c, i + 5))) &&
          !(is_date_sep(c, i + 5) && vi_norm_joined(c, i + 6, VI_TOK_NUM)) &&
          !scale_after(c, i + 5) && !(match_unit(c, i + 5, FALSE, &unit) > 0))) &&
        !c->tok[i + 3].space && vi_norm_joined(c, i + 4, VI_TOK_NUM) &&
        num_in(c, i + 4, 1, 2, 1, 12, &m)) {
        size_t yt = 0;
        if (vi_norm_sym(c, i + 5, '/') && !c->tok[i + 5].space &&
            num_in(c, i + 6, 4, 4, 1000, 2999, &y) && !c->tok[i + 6].space) {
            yt = i + 6;
        }
        say_cardinal(c, i);
        say_text(c, "đến", i + 1, i + 1);
        say_date(c, i + 2, i + 3, i + 4, i + 5, yt);
        c->said = VI_SAID_DATE;
        c->said_end = yt != 0 ? yt + 1 : i + 5;
        return c->said_end;
    }
    /* A range of months in a year: 01-12/2025 -> "tháng một đến tháng mười hai năm ..."; with
     * a dot after "tháng" ("Tháng 01-6.2024"). */
    if (vi_norm_is_dash(c, i + 1) && num_in(c, i, 1, 2, 1, 12, &m) &&
        num_in(c, i + 2, 1, 2, 1, 12, &d2) && m < d2 &&
        (vi_norm_sym(c, i + 3, '/') ||
         (vi_norm_sym(c, i + 3, '.') && ((roles & VI_ROLE_MONTH) || month_with_zero(c, i)))) &&
        !c->tok[i + 3].space && vi_norm_joined(c, i + 4, VI_TOK_NUM) &&
        num_in(c, i + 4, 4, 4, 1000, 2999, &y) && !(roles & VI_ROLE_PERIOD)) {
        if (!(roles & VI_ROLE_MONTH) && !vi_norm_said_ends_with(c, "tháng")) {
            say_text(c, "tháng", i, i);
        }
        g_string_truncate(c->buf, 0);
        vi_num_month(c->buf, (unsigned)m, c->dialect);
        vi_norm_say_buf(c, i, i);
        say_text(c, "đến", i + 1, i + 1);
        say_text(c, "tháng", i + 2, i + 2);
        g_string_truncate(c->buf, 0);
        vi_num_month(c->buf, (unsigned)d2, c->dialect);
        vi_norm_say_buf(c, i + 2, i + 2);
        say_text(c, "năm", i + 3, i + 3);
        say_cardinal(c, i + 4);
        c->said = VI_SAID_DATE;
        c->said_end = i + 5;
        return i + 5;
    }
    /* "quý 1/24", "Q2/25", "đợt 1/20": a period's number and a year of two digits, said in
     * full as a date's is (say_short_year()). */
    if ((roles & VI_ROLE_PERIOD) && c->tok[i + 1].ch == '/' && num_in(c, i, 1, 2, 1, 12, &m) &&
        num_in(c, i + 2, 2, 2, 0, 99, &y) && !vi_norm_joined(c, i + 3, VI_TOK_WORD) &&
        !vi_norm_joined(c, i + 3, VI_TOK_NUM) && !vi_norm_sym(c, i + 3, '%') &&
        !(is_date_sep(c, i + 3) && vi_norm_joined(c, i + 4, VI_TOK_NUM))) {
        say_cardinal(c, i);
        return say_short_year(c, y, i + 1, i + 2);
    }
    /* Month and year: 4/2023, 12-2024, "tháng 2.2014", "04.2021" (a number never has a group
     * of four digits, and a decimal no leading zero); a number and a year after quý, đợt, số,
     * ... */
    if ((c->tok[i + 1].ch != '.' || (roles & (VI_ROLE_MONTH | VI_ROLE_PERIOD)) ||
         month_with_zero(c, i)) &&
        num_in(c, i + 2, 4, 4, 1000, 2999, &y) &&
        !(is_date_sep(c, i + 3) && c->tok[i + 3].ch != '-' &&
          vi_norm_joined(c, i + 4, VI_TOK_NUM))) {
        gboolean month = num_in(c, i, 1, 2, 1, 12, &m);
        if ((roles & VI_ROLE_PERIOD) && tok_len(c, i) == 2 && vi_norm_str(c, i)[0] == '0') {
            say_cardinal(c, i); /* "quý 02/2021": quý hai */
        } else if (((roles & VI_ROLE_PERIOD) && tok_len(c, i) <= 2) ||
                   ((roles & (VI_ROLE_DOCUMENT | VI_ROLE_ADDRESS)) && c->tok[i + 1].ch == '/' &&
                    tok_len(c, i) <= 5)) {
            say_doc_number(c, i);
            doc_said(c, i + 3, roles);
        } else if (month) {
            if (!(roles & VI_ROLE_MONTH) && !vi_norm_said_ends_with(c, "tháng") &&
                !month_list_before(c, i)) {
                /* not twice: "hằng tháng 4/2017" (role count) */
                say_text(c, "tháng", i, i);
            }
            g_string_truncate(c->buf, 0);
            vi_num_month(c->buf, (unsigned)m, c->dialect);
            vi_norm_say_buf(c, i, i);
        } else {
            return 0;
        }
        say_text(c, "năm", i + 1, i + 1);
        say_cardinal(c, i + 2);
        c->said = VI_SAID_DATE;
        c->said_end = i + 3;
        return i + 3;
    }
    if (!num_in(c, i, 1, 2, 1, 31, &d) || !num_in(c, i + 2, 1, 2, 1, 12, &m)) {
        return 0;
    }
    /* Full date with the same separator twice. */
    if (vi_norm_sym(c, i + 3, c->tok[i + 1].ch) && !c->tok[i + 3].space &&
        num_in(c, i + 4, 4, 4, 1000, 2999, &y) && !c->tok[i + 4].space) {
        say_date(c, i, i + 1, i + 2, i + 3, i + 4);
        c->said = VI_SAID_DATE;
        c->said_end = i + 5;
        return i + 5;
    }
    /* "ngày 5/6/25", "xổ số hôm nay 30/10/24": a year of two digits, said in full
     * (say_short_year()). With slashes unless a word before makes
     * it the number of a house, a document or a score ("số 12/3/45"); with dots or dashes only
     * after a date word or a point in time ("ngày 2.6.17"). */
    if (vi_norm_sym(c, i + 3, c->tok[i + 1].ch) && !c->tok[i + 3].space &&
        vi_norm_joined(c, i + 4, VI_TOK_NUM) && num_in(c, i + 4, 2, 2, 0, 99, &y) &&
        !(vi_norm_sym(c, i + 5, c->tok[i + 1].ch) && vi_norm_joined(c, i + 6, VI_TOK_NUM)) &&
        !vi_norm_joined(c, i + 5, VI_TOK_WORD) && !vi_norm_sym(c, i + 5, '%') &&
        ((c->tok[i + 1].ch == '/' &&
          !(roles & (VI_ROLE_ADDRESS | VI_ROLE_SCORE | VI_ROLE_DOCUMENT))) ||
         (roles & VI_ROLE_DATE) || today_before(c, i, roles))) {
        say_date(c, i, i + 1, i + 2, 0, 0);
        return say_short_year(c, y, i + 3, i + 4);
    }
    if (is_date_sep(c, i + 3) && vi_norm_joined(c, i + 4, VI_TOK_NUM)) {
        return 0; /* 1.2.3, 12/3/45: something else */
    }
    if (!(roles & VI_ROLE_DATE) && match_unit(c, i + 3, FALSE, &unit) > 0) {
        return 0; /* 10-5%: numbers with a unit */
    }
    switch (c->tok[i + 1].ch) {
    case '/':
        if (d == 24 && m == 7 && !(roles & VI_ROLE_DATE)) {
            return 0; /* "phục vụ 24/7": round the clock, "hai mươi tư trên bảy" */
        }
        if ((roles & (VI_ROLE_ADDRESS | VI_ROLE_SCORE | VI_ROLE_PERIOD | VI_ROLE_DOCUMENT)) ||
            ranked_among(c, i) || not_a_date(c, i, roles, d, m)) {
            return 0;
        }
        break;
    case '-':
        /* "thi đấu hôm nay 10-12.", "lúc 21h30 hôm nay, 2-12.": a day after "hôm nay" that
         * ends there is a date, not a range; set off by commas ("Kết quả xổ số hôm nay, 9-7,")
         * even after a score word. A first number from 26 to 31 is a day even after a score
         * word ("thắng 3-2 ... tối 31-5"): no score in the corpus has it before a second
         * number up to 12. */
        if (!(roles & VI_ROLE_DATE) && !after_date_and(c, i) && !after_day_and(c, i) &&
            !when_clause(c, i, roles) && !when_before_mark(c, i, roles) &&
            !from_day(c, i, d, m) && !day_named_by_score_word(c, i) &&
            !(today_before(c, i, roles) && date_tail(c, i + 3) &&
              (vi_norm_sym(c, i - 1, ',') || !score_context(c, i, i + 2))) &&
            (d <= m ||
             (d > m && d < 26 && score_context(c, i, i + 2) && !(d >= 13 && loss_before(c, i))))) {
            return 0;
        }
        if (d <= m && (from_range(c, i) || hours_range(c, i))) {
            return 0;
        }
        break;
    case '.':
        /* "ngày 12.5", "tối thứ Bảy (13.5)", "Ngày 5.3 đến 15.3": after a date word or a
         * date and "đến" a day and month; also after a point in time such as "hôm nay",
         * "chiều nay", "tối qua" ("hôm nay 29.1"), unless a scale word follows ("hôm nay 3.5
         * triệu"); otherwise 27.1 is a decimal. */
        if (!((roles & VI_ROLE_DATE) || after_date_and(c, i) || after_day_and(c, i) ||
              today_before(c, i, roles) || ((roles & VI_ROLE_WHEN) && dotted_range(c, i, d, m)) ||
              named_dotted_day(c, i) || opening_dotted_date(c, i)) ||
            tok_len(c, i + 2) > 2 || scale_after(c, i + 3) ||
            match_unit(c, i + 3, FALSE, &unit) > 0) {
            return 0;
        }
        break;
    default:
        return 0;
    }
    say_date(c, i, i + 1, i + 2, 0, 0);
    end = i + 3;
    c->said = VI_SAID_DATE;
    c->said_end = end;
    return end;
}

/*
 * The minutes of a time written with "giờ" and then a dash and a second hour: "từ 6 giờ 30-8
 * giờ 30", "16 giờ 30 - 18 giờ" -> "sáu giờ ba mươi đến tám giờ ...", never the date 30-8.
 */
static size_t rule_clock_range(vi_norm *c, size_t i)
{
    guint64 n;
    if (i < 2 || !c->tok[i].space || !vi_norm_word_is(c, i - 1, "giờ", TRUE) ||
        !vi_norm_is(c, i - 2, VI_TOK_NUM) || !num_in(c, i, 1, 2, 0, 59, &n) ||
        !vi_norm_is_dash(c, i + 1) || !num_in(c, i + 2, 1, 2, 0, 24, &n) ||
        !vi_norm_word_is(c, i + 3, "giờ", TRUE) || !c->tok[i + 3].space) {
        return 0;
    }
    say_cardinal(c, i);
    say_text(c, "đến", i + 1, i + 1);
    c->said = VI_SAID_TIME;
    c->said_end = i + 2;
    return i + 2;
}

/*
 * A season: two years in a row, the second in full or by its last two digits, joined by "/"
 * ("Premier League 2016/17", "năm học 2023/2024") or, after a word of role "season" (mùa giải,
 * mùa bóng, mùa), by a dash, spaced or not ("mùa giải 2024-2025", "mùa giải 1937-38"): each
 * year said as written with a pause between ("hai nghìn không trăm mười sáu, mười bảy"), not a
 * range with "đến"; a second year "00" is said in full ("1999/00": "..., hai nghìn", not
 * "không"). "giai đoạn 2016-2017" and "năm học 2024-2025" stay ranges (held-out 2's writer
 * reads "năm học ... đến ...").
 */
static size_t rule_season(vi_norm *c, size_t i)
{
    guint64 y, y2;
    size_t k = i + 2;
    if (!num_in(c, i, 4, 4, 1000, 2998, &y) || !vi_norm_is(c, k, VI_TOK_NUM) ||
        !(joined_sym_num(c, i + 1, '/') ||
          (vi_norm_is_dash(c, i + 1) && c->tok[i + 1].space == c->tok[k].space &&
           (vi_norm_roles_before(c, 1) & VI_ROLE_SEASON))) ||
        vi_norm_joined(c, k + 1, VI_TOK_NUM) || vi_norm_joined(c, k + 1, VI_TOK_WORD) ||
        (is_date_sep(c, k + 1) && vi_norm_joined(c, k + 2, VI_TOK_NUM)) ||
        !((num_in(c, k, 2, 2, 0, 99, &y2) && y2 == (y + 1) % 100) ||
          (num_in(c, k, 4, 4, 1000, 2999, &y2) && y2 == y + 1))) {
        return 0;
    }
    say_cardinal(c, i);
    vi_norm_pause(c, ",", i + 1);
    if (y2 == 0) {
        g_string_truncate(c->buf, 0);
        vi_num_cardinal_u64(c->buf, y + 1, c->dialect);
        vi_norm_say_buf(c, k, k);
    } else {
        say_cardinal(c, k);
    }
    c->said = VI_SAID_NUMBER;
    c->said_end = k + 1;
    return k + 1;
}

/*
 * Two models of one series joined by "/" after the series' name (role `model`): "iPhone 6/6
 * Plus", "iPhone 7s/7s Plus" -> "sáu, sáu Plus", "bảy ét, bảy ét Plus" (were "sáu tháng sáu",
 * "bảy ét trên bảy giây"): the same number on both sides, each maybe with one small letter
 * joined, spelled; "/" is a pause.
 */
static size_t rule_model_pair(vi_norm *c, size_t i)
{
    size_t k = i + 1, end;
    gboolean letter = vi_norm_joined(c, k, VI_TOK_WORD) && tok_len(c, k) == 1 &&
                      g_ascii_islower(vi_norm_str(c, k)[0]);
    if (i == 0 || !c->tok[i].space || !role_before(c, i, VI_ROLE_MODEL)) {
        return 0;
    }
    k += letter ? 1 : 0;
    if (!joined_sym_num(c, k, '/') || tok_len(c, k + 1) != tok_len(c, i) ||
        memcmp(vi_norm_str(c, k + 1), vi_norm_str(c, i), tok_len(c, i)) != 0 ||
        (is_date_sep(c, k + 2) && vi_norm_joined(c, k + 3, VI_TOK_NUM))) {
        return 0;
    }
    end = k + 2;
    if (letter && (!vi_norm_joined(c, end, VI_TOK_WORD) || tok_len(c, end) != 1 ||
                   vi_norm_str(c, end)[0] != vi_norm_str(c, i + 1)[0])) {
        return 0; /* "7s/7s": the same letter on both sides */
    }
    for (int side = 0; side < 2; side++) {
        size_t n = side == 0 ? i : k + 1;
        g_string_truncate(c->buf, 0);
        vi_num_cardinal(c->buf, vi_norm_str(c, n), tok_len(c, n), c->dialect);
        if (letter) {
            vi_norm_spell(c, c->buf, vi_norm_str(c, n + 1), 1);
        }
        vi_norm_say_buf(c, n, letter ? n + 1 : n);
        if (side == 0) {
            vi_norm_pause(c, ",", k);
        }
    }
    c->said = VI_SAID_NUMBER;
    c->said_end = letter ? end + 1 : end;
    return c->said_end;
}

/*
 * Dates. With a year: 15/12/2022, 15-12-2022, 28.01.2024, 2022-12-15 -> "mười lăm tháng mười
 * hai năm ...".
 * Month and year: 4/2023 -> "tháng tư năm ..." ("tháng" is not said again after "tháng"; after
 * quý, đợt, học kỳ: "quý một năm ..."). Day and month without a year, 27/1 -> "hai mươi bảy
 * tháng một", unless the words before want a fraction (chiếm 1/3), an address (ngõ 12/3) or a
 * score, or the word after is one a fraction counts (1/3 số hộ). With a dash (5-3) only after
 * a date word (ngày, sáng, dịp, ...) or when the day is larger than the month and there is no
 * score around. Day ranges: 27-29/1 -> "hai mươi bảy đến hai mươi chín tháng một".
 */
static size_t rule_date(vi_norm *c, size_t i)
{
    const vi_unit *u = NULL;
    size_t next;
    guint64 d, d2, m;
    if (joined_sym_num(c, i + 1, '/') && (vi_norm_roles_before(c, 1) & VI_ROLE_RATIO)) {
        return 0; /* "tỷ lệ 1/2000", a map's or a plan's scale: a ratio, never the year 2000 */
    }
    /* "từ 19 - 25.1", "từ 19 - 25/1": a spaced day range after "từ" or a date word, the month
     * joined to the second day; never before a unit, a scale word or a year. */
    if (vi_norm_is_dash(c, i + 1) && c->tok[i + 1].space && vi_norm_is(c, i + 2, VI_TOK_NUM) &&
        c->tok[i + 2].space &&
        num_in(c, i, 1, 2, 1, 31, &d) && num_in(c, i + 2, 1, 2, 1, 31, &d2) && d < d2 &&
        is_date_sep(c, i + 3) && c->tok[i + 3].ch != '-' && vi_norm_joined(c, i + 4, VI_TOK_NUM) &&
        num_in(c, i + 4, 1, 2, 1, 12, &m) &&
        !(is_date_sep(c, i + 5) && vi_norm_joined(c, i + 6, VI_TOK_NUM)) &&
        !scale_after(c, i + 5) && !(match_unit(c, i + 5, FALSE, &u) > 0) &&
        ((vi_norm_roles_before(c, 1) & VI_ROLE_DATE) ||
         (vi_norm_said_ends_with(c, "từ") && date_tail(c, i + 5)))) {
        say_cardinal(c, i);
        say_text(c, "đến", i + 1, i + 1);
        say_date(c, i + 2, i + 3, i + 4, 0, 0);
        c->said = VI_SAID_DATE;
        c->said_end = i + 5;
        return i + 5;
    }
    if (i > 0 && c->tok[i].space && vi_norm_word_is(c, i - 1, "ngày", TRUE) &&
        joined_sym_num(c, i + 1, ',') && is_date_sep(c, i + 3) && c->tok[i + 3].ch == '/' &&
        vi_norm_joined(c, i + 4, VI_TOK_NUM) && num_in(c, i, 1, 2, 1, 30, &d) &&
        num_in(c, i + 2, 1, 2, d + 1, 31, &d2) && num_in(c, i + 4, 1, 2, 1, 12, &m)) {
        /* "ngày 2,3/6/2017": two days of one month, not a decimal; the comma stays a pause */
        say_cardinal(c, i);
        return i + 1;
    }
    next = spaced_date(c, i);
    if (next == 0) {
        next = rule_season(c, i);
    }
    return next > 0 ? next : rule_date_joined(c, i);
}

/* ---------------------------------------------------------------------------------------- */
/* Fractions and ratios                                                                      */

/* Says the fraction A/B at tokens i..i+2: "một phần ba"; 4 below the line is "tư". */
static void say_fraction(vi_norm *c, size_t i)
{
    say_cardinal(c, i);
    say_text(c, "phần", i + 1, i + 1);
    g_string_truncate(c->buf, 0);
    if (tok_len(c, i + 2) == 1 && vi_norm_str(c, i + 2)[0] == '4') {
        vi_num_put(c->buf, "tư");
    } else {
        vi_num_cardinal(c->buf, vi_norm_str(c, i + 2), tok_len(c, i + 2), c->dialect);
    }
    vi_norm_say_buf(c, i + 2, i + 2);
}

/*
 * A/B that is not a date: "một phần ba" for a fraction (after chiếm, khoảng, ..., before số,
 * diện tích, ..., or a proper fraction with a denominator up to 10), "A trên B" otherwise
 * (12/40 chỉ tiêu, ngõ 12/3, "RAM 3/4 GB": sizes in bytes are choices, never fractions).
 * A/B:C is not taken. 4 as a denominator is "tư" (ba phần tư).
 */
static size_t rule_fraction(vi_norm *c, size_t i)
{
    guint64 a, b;
    unsigned roles;
    gboolean fraction;
    if (!joined_sym_num(c, i + 1, '/') || !vi_norm_value(c, i, &a) ||
        !vi_norm_value(c, i + 2, &b) || tok_len(c, i) > 6 || tok_len(c, i + 2) > 6 ||
        (is_date_sep(c, i + 3) && vi_norm_joined(c, i + 4, VI_TOK_NUM))) {
        return 0; /* A/B/C, A/B.C: something else; a full stop after A/B is fine */
    }
    if (joined_sym_num(c, i + 3, ',') && !joined_sym_num(c, i + 5, ',') &&
        !joined_sym_num(c, i + 5, '/')) {
        /* "(1/13,3)", "tỷ lệ 1/2,5": a decimal below the line, "một trên mười ba phẩy ba" */
        say_cardinal(c, i);
        c->said = VI_SAID_NUMBER;
        c->said_end = say_unit(c, say_over(c, i + 1));
        c->fraction_end = c->said_end;
        return c->said_end;
    }
    roles = vi_norm_roles_before(c, 1);
    {
        /* "RAM 3/4 GB": sizes in bytes are choices, never a fraction. */
        const vi_unit *u = NULL;
        size_t end = match_unit(c, i + 3, FALSE, &u);
        if (end > 0 && byte_unit(c, end - 1)) {
            b = 0;
        }
    }
    /* "thắng 2/5 trận", "8/10 học sinh", "5/7 hồ sơ": so many of so many, "A trên B"; 2/3 đại
     * biểu, 1/6 án tù stay fractions. */
    /* "điểm số 1/5 sao": after a score word, so many of so many unless a fraction word follows
     * ("thắng 2/3 số trận") */
    fraction = b > 0 && a < b && !(roles & (VI_ROLE_ORDINAL | VI_ROLE_RANK)) &&
               !((roles & VI_ROLE_SCORE) && !fraction_next(c, i + 3)) &&
               ((roles & VI_ROLE_FRACTION) || fraction_next(c, i + 3) ||
                (c->said == VI_SAID_SIGN && c->said_end == i) ||
                (b <= 10 && !(roles & (VI_ROLE_ADDRESS | VI_ROLE_DOCUMENT)) &&
                 !(b >= 5 && (counted_next(c, i + 3) || (a >= 2 && noun_next(c, i + 3, b))))));
    if (fraction) {
        say_fraction(c, i);
    } else {
        /* "ngõ 05/12", "số 32/01": a number written with a leading zero names something, and
         * its zeros are said (không năm); say_doc_number() reads the others (six digits at
         * most here) as cardinals. */
        if (roles & (VI_ROLE_ORDINAL | VI_ROLE_RANK)) {
            /* "xếp thứ 3/4 đội", "hạng 1/10": a place among so many, "thứ ba trên bốn". */
            numlit n;
            parse_number(c, i, &n);
            g_string_truncate(c->buf, 0);
            read_number(c, &n, roles, c->buf);
            vi_norm_say_buf(c, i, i);
        } else {
            say_doc_number(c, i);
        }
        say_text(c, "trên", i + 1, i + 1);
        say_doc_number(c, i + 2);
    }
    c->said = VI_SAID_NUMBER;
    c->said_end = say_unit(c, i + 3);
    if (!(roles & VI_ROLE_ADDRESS)) {
        c->fraction_end = c->said_end; /* "1/14 và 1/10": a list of ratios goes on */
    }
    return c->said_end;
}

/* "7-6(7/3)", "6-7 (4/7)", "7-6 (10-8)": two numbers joined by '/' or '-' in brackets right
 * after a tennis set of 7-6 or 6-7 just read as a score are its tie-break, "bảy ba" (one side
 * at 7 or more, two points ahead), never a date or a fraction; "Hàn Quốc 3-2 (13/6)" keeps
 * its date. */
static size_t rule_tiebreak(vi_norm *c, size_t i)
{
    guint64 a, b, x, y;
    if (i < 5 || c->score_end != i - 1 || !vi_norm_sym(c, i - 1, '(') || c->tok[i].space ||
        !(joined_sym_num(c, i + 1, '/') || (vi_norm_is_dash(c, i + 1) && !c->tok[i + 1].space &&
                                            vi_norm_joined(c, i + 2, VI_TOK_NUM))) ||
        !num_in(c, i, 1, 2, 0, 99, &a) || !num_in(c, i + 2, 1, 2, 0, 99, &b) ||
        !vi_norm_sym(c, i + 3, ')') || c->tok[i + 3].space || !tennis_set(c, i - 4) ||
        !num_in(c, i - 4, 1, 1, 6, 7, &x) || !num_in(c, i - 2, 1, 1, 6, 7, &y) || x == y ||
        (a < 7 && b < 7) || (a > b ? a - b : b - a) < 2) {
        return 0;
    }
    say_cardinal(c, i);
    say_cardinal(c, i + 2);
    c->said = VI_SAID_NUMBER;
    c->said_end = i + 3;
    c->score_end = i + 4; /* the set after it is a score too: "7-6(7-3), 6-1" */
    return i + 3;
}

/* ---------------------------------------------------------------------------------------- */
/* Times                                                                                     */

/* "8g sáng": a time of day after a number makes "g" an hour. */
static gboolean time_of_day_next(vi_norm *c, size_t j)
{
    static const char *const words[] = {"sáng", "trưa", "chiều", "tối", "đêm", "ngày"};
    return vi_norm_word_in(c, j, words, G_N_ELEMENTS(words), TRUE);
}

/*
 * Is "Ng" at token i (N up to 24, "g" joined) grams rather than an hour, with no minutes, no
 * time of day after it and no word of time (role `time`: lúc) before? A small-letter word
 * after it that no time takes ("15g đường", "5g nghi là ma túy"), or another amount of mass or
 * volume within ten tokens ("- 20g đường - 5g muối - 30ml nước", "Cefepim (1g)"; not another
 * "Ng" up to 24), makes it grams; "khoảng 23g thì", "từ 20g đến 22g" stay hours, and so does
 * a street's word before a name ("9g đường Lê Lợi") or any word before "phố" ("đường phố"); a
 * word that names no street before a capital stays grams ("- 3g muối Cách làm:", session 26).
 * A "/" and a word after it ("4g/quả") and a decimal of mass near it ("3,5g") are grams
 * (session 28).
 */
static gboolean grams_not_hour(vi_norm *c, size_t i)
{
    static const char *const after_hour[] = {"thì",  "và",  "cùng", "hôm",  "nay",  "rồi",
                                             "mới",  "đến", "tới",  "trên", "theo", "hàng",
                                             "hằng", "mỗi", "kém",  "đúng", "tại",  "mùng",
                                             "mồng", "thứ", "chủ",  "khi",  "là",   "đã",
                                             "sẽ",   "đang", "vừa", "sau",  "trước", "hoặc"};
    static const char *const masses[] = {"g", "kg", "mg", "ml", "l", "gr", "gam", "gram", "lít"};
    static const char *const streets[] = {"đường", "phố", "ngõ", "hẻm", "ngách", "kiệt"};
    size_t j = i + 2;
    if (vi_norm_roles_before(c, 1) & VI_ROLE_TIME) {
        return FALSE;
    }
    if (vi_norm_sym(c, j, '/') && !c->tok[j].space && vi_norm_joined(c, j + 1, VI_TOK_WORD)) {
        return TRUE; /* "4g/quả": so much of a thing, never an hour */
    }
    if (vi_norm_is(c, j, VI_TOK_WORD) && c->tok[j].space && !vi_norm_capitalized(c, j)) {
        if ((vi_norm_word_in(c, j, streets, G_N_ELEMENTS(streets), TRUE) &&
             vi_norm_capitalized(c, j + 1)) ||
            vi_norm_word_is(c, j + 1, "phố", TRUE)) {
            return FALSE; /* a street: "9g đường Lê Lợi"; not "3g muối Cách làm:" */
        }
        if (!vi_norm_word_in(c, j, after_hour, G_N_ELEMENTS(after_hour), TRUE)) {
            return TRUE;
        }
    }
    for (size_t k = i > 10 ? i - 10 : 0; k < c->ntok && k <= i + 10; k++) {
        guint64 v;
        if (k != i && c->tok[k].type == VI_TOK_NUM && k + 1 < c->ntok &&
            vi_norm_word_in(c, k + 1, masses, G_N_ELEMENTS(masses), FALSE) &&
            !vi_norm_joined(c, k + 2, VI_TOK_WORD) && !vi_norm_joined(c, k + 2, VI_TOK_NUM) &&
            /* another "Ng" up to 24 may be an hour itself: "từ 20g đến 22g"; not a decimal
             * ("từ 3,5g đến 4g/quả") */
            !(vi_norm_word_is(c, k + 1, "g", FALSE) && !c->tok[k + 1].space &&
              num_in(c, k, 1, 2, 0, 24, &v) &&
              !(k >= 2 && !c->tok[k].space &&
                (vi_norm_sym(c, k - 1, ',') || vi_norm_sym(c, k - 1, '.')) &&
                vi_norm_is(c, k - 2, VI_TOK_NUM)))) {
            return TRUE;
        }
    }
    return FALSE;
}

static gboolean minute_mark(const vi_norm *c, size_t t);

/*
 * "7H30", "7G30-9G", "7H30-9H": the hour's letter in capitals, as forms and other projects'
 * test suites write it (none of the corpora do; there "43H6", "29H-027.02" and "B-52H" are
 * plates and models, "4G" a network, "24H" a name). An hour up to 24 with two digits of
 * minutes joined, and nothing joined after but a minute mark ("21G26P"), or the second end of
 * a range right after a time just read ("-9H") is a time; any other "NH", "NG" is not.
 */
static gboolean upper_hour(const vi_norm *c, size_t i)
{
    guint64 h, m;
    if (!(vi_norm_word_is(c, i + 1, "H", FALSE) || vi_norm_word_is(c, i + 1, "G", FALSE)) ||
        !num_in(c, i, 1, 2, 0, 24, &h) || vi_norm_joined(c, i + 2, VI_TOK_WORD)) {
        return FALSE;
    }
    if (vi_norm_joined(c, i + 2, VI_TOK_NUM)) {
        return num_in(c, i + 2, 2, 2, 0, 59, &m) &&
               (!vi_norm_joined(c, i + 3, VI_TOK_WORD) || minute_mark(c, i + 3)) &&
               !vi_norm_joined(c, i + 3, VI_TOK_NUM) &&
               !(vi_norm_is(c, i + 3, VI_TOK_SYM) && !c->tok[i + 3].space &&
                 !vi_norm_is_dash(c, i + 3) && vi_norm_joined(c, i + 4, VI_TOK_NUM)) &&
               !(vi_norm_is_dash(c, i + 3) && vi_norm_joined(c, i + 4, VI_TOK_NUM) &&
                 tok_len(c, i + 4) > 2); /* a plate's serial: "12H30-123.45" */
    }
    /* the first end written the same way: "7H30-" */
    return i >= 4 && vi_norm_is_dash(c, i - 1) && !c->tok[i].space && !c->tok[i - 1].space &&
           vi_norm_joined(c, i - 2, VI_TOK_NUM) && vi_norm_joined(c, i - 3, VI_TOK_WORD) &&
           tok_len(c, i - 3) == 1 && vi_norm_str(c, i - 3)[0] == vi_norm_str(c, i + 1)[0] &&
           num_in(c, i - 4, 1, 2, 0, 24, &m) && !vi_norm_joined(c, i + 2, VI_TOK_NUM) &&
           !(vi_norm_is(c, i + 2, VI_TOK_SYM) && !c->tok[i + 2].space &&
             vi_norm_joined(c, i + 3, VI_TOK_NUM));
}

static void say_minutes(vi_norm *c, size_t i, const char *unit)
{
    say_cardinal(c, i);
    say_text(c, unit, i, i);
}

/* A minute mark after the minutes of a compact time: 8h30p, 9h2m, 14h30ph, 14h30'. */
static gboolean minute_mark(const vi_norm *c, size_t t)
{
    static const char *const marks[] = {"p", "ph", "m", "phút", "P"};
    return vi_norm_joined(c, t, VI_TOK_WORD) && !vi_norm_joined(c, t + 1, VI_TOK_WORD) &&
           vi_norm_word_in(c, t, marks, G_N_ELEMENTS(marks), FALSE);
}

/* Seconds after a minute mark: "2s" or "2giây" joined to it (9h2m2s). Returns the token after
 * them, or 0. */
static size_t seconds_at(const vi_norm *c, size_t t, guint64 *s)
{
    static const char *const marks[] = {"s", "giây"};
    if (vi_norm_joined(c, t, VI_TOK_NUM) && num_in(c, t, 1, 2, 0, 59, s) &&
        vi_norm_joined(c, t + 1, VI_TOK_WORD) &&
        vi_norm_word_in(c, t + 1, marks, G_N_ELEMENTS(marks), FALSE) &&
        !vi_norm_joined(c, t + 2, VI_TOK_WORD)) {
        return t + 2;
    }
    return 0;
}

/* After a time written down to this unit (giờ, phút, giây), the unit written again is not
 * said twice: "10:20 phút", "12:00:00 giây". Returns the token after it. */
static size_t skip_repeated_unit(vi_norm *c, size_t j, const char *unit)
{
    if (vi_norm_is(c, j, VI_TOK_WORD) && c->tok[j].space && vi_norm_word_is(c, j, unit, TRUE)) {
        if (strcmp(unit, "giờ") == 0 &&
            ((vi_norm_capitalized(c, j + 1) && c->tok[j + 1].space) ||
             (vi_norm_word_is(c, j + 1, "địa", TRUE) && vi_norm_word_is(c, j + 2, "phương", TRUE)) ||
             (vi_norm_word_is(c, j + 1, "quốc", TRUE) && vi_norm_word_is(c, j + 2, "tế", TRUE)))) {
            return j; /* "14h giờ Hà Nội", "9h giờ địa phương": the time of a zone, said */
        }
        return j + 1;
    }
    return j;
}

/*
 * What may follow a time and is said in letters whatever its case: the half of the day (7:30am,
 * 7:30 PM, 7:30 a.m. -> "a mờ", "pê mờ") and a time zone of three or more letters (20:15 est,
 * 8:00 utc, 9h ICT). A spaced lowercase "am" before a word is the Vietnamese word ("lúc 8 giờ am
 * hiểu" is not written, but "am" is a word). Returns the token after it, or j.
 */
static size_t time_suffix(vi_norm *c, size_t j)
{
    static const char *const marks[] = {"am",  "pm",  "gmt", "utc", "ict", "est", "edt",
                                        "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet",
                                        "cest", "bst", "jst", "kst", "aest", "aedt"};
    size_t end = j + 1;
    char letters[2];
    if (!vi_norm_is(c, j, VI_TOK_WORD) || vi_norm_joined(c, j + 1, VI_TOK_WORD) ||
        vi_norm_joined(c, j + 1, VI_TOK_NUM)) {
        return j;
    }
    g_string_truncate(c->buf, 0);
    if ((vi_norm_word_is(c, j, "a", TRUE) || vi_norm_word_is(c, j, "p", TRUE)) &&
        vi_norm_sym(c, j + 1, '.') && !c->tok[j + 1].space &&
        vi_norm_word_is(c, j + 2, "m", TRUE) && !c->tok[j + 2].space &&
        vi_norm_sym(c, j + 3, '.') && !c->tok[j + 3].space) {
        /* the closing dot ends the sentence before a capital or the end of the text */
        end = j + 3 + (j + 4 < c->ntok && !vi_norm_capitalized(c, j + 4));
        letters[0] = vi_norm_str(c, j)[0];
        letters[1] = 'm';
        vi_norm_spell(c, c->buf, letters, sizeof letters);
    } else if (vi_norm_word_in(c, j, marks, G_N_ELEMENTS(marks), TRUE) &&
               !(c->tok[j].space && vi_norm_word_is(c, j, "am", FALSE) &&
                 vi_norm_is(c, j + 1, VI_TOK_WORD))) {
        /* the letters' names whatever their case (vi_lex_letter() reads them in capitals) */
        vi_norm_spell(c, c->buf, vi_norm_str(c, j), tok_len(c, j));
    } else {
        return j;
    }
    vi_norm_say_buf(c, j, end - 1);
    c->said = VI_SAID_TIME; /* a dash after it is still a range: "7:30 AM - 5:00 PM" */
    return end;
}

/* Is a time of the clock with its minutes at token k, "15h30", "8g15", "7H30", "14:05" (the
 * hour up to 24, the minutes two digits), nothing joined after it but a mark? */
static gboolean clock_time_at(vi_norm *c, size_t k)
{
    guint64 h, m;
    return num_in(c, k, 1, 2, 0, 24, &h) &&
           ((vi_norm_joined(c, k + 1, VI_TOK_WORD) &&
             (vi_norm_word_is(c, k + 1, "h", TRUE) || vi_norm_word_is(c, k + 1, "g", TRUE))) ||
            joined_sym_num(c, k + 1, ':')) &&
           vi_norm_joined(c, k + 2, VI_TOK_NUM) && num_in(c, k + 2, 2, 2, 0, 59, &m) &&
           !vi_norm_joined(c, k + 3, VI_TOK_WORD) && !vi_norm_joined(c, k + 3, VI_TOK_NUM);
}

/*
 * Times: 8h30, 14h, 8g30 -> "tám giờ ba mươi phút"; 14:00 -> "mười bốn giờ"; 14:30:15 ->
 * "... giờ ba mươi phút mười lăm giây"; the compact forms 9h2m2s, 21g26p, 12h24p30s, 6h15p and
 * 05p00s (parts that are zero are not said after the first). "8g" (written joined, up to 24) is
 * a time as news writes it, unless a mass word comes before (contexts.tsv role "mass": nặng 8g,
 * mỗi 5g) or grams_not_hour() holds ("15g đường"), and no time of day follows; "500g" or "8 g"
 * is grams. "48h" is a duration: "bốn mươi tám giờ". Two numbers with ':' after a score word
 * are a score (hai một); after a ratio word (tỷ lệ 1:12) a ratio. A unit written again after
 * the time is said once ("10:20 phút").
 */
static size_t rule_time(vi_norm *c, size_t i)
{
    guint64 h, m = 0, s = 0;
    size_t j, sec_end = 0;
    const char *last_unit;
    if (vi_norm_joined(c, i + 1, VI_TOK_WORD) &&
        (vi_norm_word_is(c, i + 1, "h", FALSE) || vi_norm_word_is(c, i + 1, "g", FALSE) ||
         upper_hour(c, i)) &&
        num_in(c, i, 1, 2, 0, 99, &h)) {
        gboolean g = vi_norm_word_is(c, i + 1, "g", TRUE);
        /* Minutes of one digit with their mark (9h2m), or ending the time (0h5 - 4h45). */
        gboolean minutes = vi_norm_joined(c, i + 2, VI_TOK_NUM) &&
                           (num_in(c, i + 2, 2, 2, 0, 59, &m) ||
                            (num_in(c, i + 2, 1, 1, 0, 9, &m) &&
                             (minute_mark(c, i + 3) ||
                              (!g && h <= 24 && !vi_norm_joined(c, i + 3, VI_TOK_WORD) &&
                               !vi_norm_joined(c, i + 3, VI_TOK_NUM) &&
                               !(vi_norm_is(c, i + 3, VI_TOK_SYM) && !c->tok[i + 3].space &&
                                 vi_norm_joined(c, i + 4, VI_TOK_NUM))))));
        if (minutes && h > 24 && !minute_mark(c, i + 3)) {
            return 0;
        }
        if (!minutes && vi_norm_joined(c, i + 2, VI_TOK_NUM)) {
            return 0;
        }
        if (g && !minutes && !time_of_day_next(c, i + 2) &&
            (h > 24 || (vi_norm_roles_before(c, 1) & VI_ROLE_MASS) || grams_not_hour(c, i))) {
            return 0; /* grams: "nặng 8g", "15g đường" */
        }
        say_cardinal(c, i);
        say_text(c, "giờ", i + 1, i + 1);
        j = i + 2;
        if (minutes) {
            j++;
            if (minute_mark(c, j)) {
                j++;
                sec_end = seconds_at(c, j, &s);
            } else if (vi_norm_sym(c, j, '\'') && !c->tok[j].space) {
                j++; /* 14h30' */
            }
            if (m > 0 || (sec_end > 0 && s > 0)) {
                say_minutes(c, i + 2, "phút");
            }
            if (sec_end > 0) {
                if (s > 0) {
                    say_minutes(c, j, "giây");
                }
                j = sec_end;
            }
        }
        c->said = VI_SAID_TIME;
        j = skip_repeated_unit(c, j, sec_end > 0 ? "giây" : minutes ? "phút" : "giờ");
        c->said_end = time_suffix(c, j);
        return c->said_end;
    }
    /* 05p00s: minutes and seconds. */
    if (num_in(c, i, 1, 2, 0, 59, &m) && minute_mark(c, i + 1) &&
        (sec_end = seconds_at(c, i + 2, &s)) > 0) {
        say_minutes(c, i, "phút");
        if (s > 0) {
            say_minutes(c, i + 2, "giây");
        }
        c->said = VI_SAID_TIME;
        c->said_end = sec_end;
        return sec_end;
    }
    /* "ngày 9.2: 02 : 45 Leicester City - ...": a schedule's time with a spaced colon, its
     * minutes of two digits, before a team's name, with no score word before it */
    if (vi_norm_sym(c, i + 1, ':') && c->tok[i + 1].space && vi_norm_is(c, i + 2, VI_TOK_NUM) &&
        c->tok[i + 2].space && num_in(c, i, 1, 2, 0, 24, &h) &&
        num_in(c, i + 2, 2, 2, 0, 59, &m) && vi_norm_capitalized(c, i + 3) &&
        c->tok[i + 3].space && score_word_before(c, i, i + 2) == 0) {
        say_cardinal(c, i);
        say_text(c, "giờ", i + 1, i + 1);
        if (m > 0) {
            say_minutes(c, i + 2, "phút");
        }
        c->said = VI_SAID_TIME;
        c->said_end = i + 3;
        return i + 3;
    }
    if (joined_sym_num(c, i + 1, ':') && num_in(c, i, 1, 2, 0, 24, &h) &&
        num_in(c, i + 2, 2, 2, 0, 59, &m)) {
        unsigned roles = vi_norm_roles_before(c, 1);
        /* A leading zero ("18:00", "01:30"), seconds (1:35:56), two names around and no
         * score word ("Vĩnh Châu 20:30 Nhìn từ"), or a score word whose score was read since
         * ("(pen 3-4) 19:15"), make a time: no match's score is so written. */
        size_t word = score_word_before(c, i, i + 2);
        gboolean clock = vi_norm_str(c, i + 2)[0] == '0' || joined_sym_num(c, i + 3, ':') ||
                         (tok_len(c, i) == 2 && vi_norm_str(c, i)[0] == '0') ||
                         (between_names(c, i, i + 2) && word == 0) ||
                         (word > 0 && c->score_end > word && c->score_end <= i);
        if ((roles & VI_ROLE_RATIO) || (!clock && score_context(c, i, i + 2))) {
            return 0;
        }
        say_cardinal(c, i);
        say_text(c, "giờ", i + 1, i + 1);
        j = i + 3;
        last_unit = "phút";
        if (joined_sym_num(c, j, ':') && num_in(c, j + 1, 2, 2, 0, 59, &s)) {
            if (m > 0 || s > 0) {
                say_minutes(c, i + 2, "phút");
            }
            if (s > 0) {
                say_minutes(c, j + 1, "giây");
            }
            last_unit = "giây";
            j += 2;
        } else if (m > 0) {
            say_minutes(c, i + 2, "phút");
        }
        c->said = VI_SAID_TIME;
        c->said_end = time_suffix(c, skip_repeated_unit(c, j, last_unit));
        return c->said_end;
    }
    return 0;
}

static gboolean code_word(const vi_norm *c, size_t i);
static void read_code_word(vi_norm *c, size_t t, GString *out);

/* Two numbers joined by ':' that are not a time: the edition year of a standard (after a word
 * with the role `standard`: ISO 9001:2015 -> "... năm hai nghìn không trăm mười lăm"), a score
 * (2:1 after a score word), else a ratio (1:500 -> "một trên năm trăm"). */
static size_t rule_colon_pair(vi_norm *c, size_t i)
{
    guint64 min, sec, year;
    gboolean score;
    if (!joined_sym_num(c, i + 1, ':') || tok_len(c, i) > 6 || tok_len(c, i + 2) > 6) {
        return 0;
    }
    if (tok_len(c, i + 2) == 4 && num_in(c, i + 2, 4, 4, 1900, 2099, &year) &&
        role_before(c, i, VI_ROLE_STANDARD)) {
        /* "ISO 9001:2015", "TCVN 5574:2018": a standard and the year of its edition */
        size_t end = i + 3;
        say_doc_number(c, i);
        say_text(c, "năm", i + 1, i + 1);
        say_cardinal(c, i + 2);
        if (vi_norm_sym(c, end, '/') && !c->tok[end].space && code_word(c, end + 1) &&
            !vi_norm_joined(c, end + 2, VI_TOK_NUM)) {
            /* "QCVN 01:2021/BXD": the body that issued it, "của bộ xây dựng" */
            say_text(c, "của", end, end);
            g_string_truncate(c->buf, 0);
            read_code_word(c, end + 1, c->buf);
            vi_norm_say_buf(c, end + 1, end + 1);
            end += 2;
        }
        c->said = VI_SAID_NUMBER;
        c->said_end = end;
        return end;
    }
    score = score_context(c, i, i + 2);
    if (!score && !(vi_norm_roles_before(c, 1) & VI_ROLE_RATIO) && tok_len(c, i) <= 2 &&
        tok_len(c, i + 2) == 2 && num_in(c, i + 2, 2, 2, 0, 59, &sec) &&
        num_in(c, i, 1, 2, 25, 59, &min)) {
        /* "27:45" is not an hour: minutes and seconds (a race time) */
        say_minutes(c, i, "phút");
        say_minutes(c, i + 2, "giây");
        c->said = VI_SAID_TIME;
        c->said_end = skip_repeated_unit(c, i + 3, "giây");
        return c->said_end;
    }
    say_cardinal(c, i);
    if (score) {
        say_cardinal(c, i + 2);
        c->said = VI_SAID_NUMBER;
        c->said_end = i + 3;
        return i + 3;
    }
    /* A ratio's second term may be written with thousands: "tỷ lệ 1:50.000". */
    {
        c->said = VI_SAID_NUMBER;
        c->said_end = say_over(c, i + 1);
        return c->said_end;
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Phone numbers                                                                             */

#define MAX_PHONE_GROUPS 6

static gboolean starts_with(const vi_norm *c, size_t i, const char *prefix)
{
    size_t n = strlen(prefix);
    return tok_len(c, i) >= n && memcmp(vi_norm_str(c, i), prefix, n) == 0;
}

/* Says one group of digits, split as 4-3-3 (mobile), 3-4-4 (landline) or 4-4 (a hotline of
 * eight digits) when it is the whole number written without separators. */
static void say_digit_group(vi_norm *c, size_t t, gboolean split)
{
    const char *s = vi_norm_str(c, t);
    size_t n = tok_len(c, t);
    size_t cuts[3] = {n, n, n};
    size_t at = 0;
    if (split && n == 8) {
        cuts[0] = 4; /* a hotline: 1800 6852 */
    } else if (split && n == 10) {
        cuts[0] = 4;
        cuts[1] = 7;
    } else if (split && n == 11) {
        cuts[0] = 3;
        cuts[1] = 7;
    }
    for (int k = 0; k < 3 && at < n; k++) {
        if (at > 0) {
            vi_norm_pause(c, ",", t);
        }
        g_string_truncate(c->buf, 0);
        vi_num_digits(c->buf, s + at, cuts[k] - at);
        vi_norm_say_buf(c, t, t);
        at = cuts[k];
    }
}

/* The word just said is one that may stand between "gọi" and a number ("gọi ngay 113"). */
static gboolean said_adverb(vi_norm *c)
{
    return vi_norm_said_ends_with(c, "ngay") || vi_norm_said_ends_with(c, "tới") ||
           vi_norm_said_ends_with(c, "đến") || vi_norm_said_ends_with(c, "vào");
}

/* Is the number at s the first of a customs tariff code, four digits (not a 0 of a phone
 * number), then two and two to four joined by dots and nothing more ("2704.00.10")? */
static gboolean tariff_shape(const vi_norm *c, size_t s)
{
    return tok_len(c, s) == 4 && vi_norm_str(c, s)[0] != '0' && joined_sym_num(c, s + 1, '.') &&
           tok_len(c, s + 2) == 2 && joined_sym_num(c, s + 3, '.') && tok_len(c, s + 4) >= 2 &&
           tok_len(c, s + 4) <= 4 && !joined_sym_num(c, s + 5, '.');
}

/* "là" just said after the name of a code or a number ("mã xác nhận là 105", "số tài khoản
 * là 0123..."), not "cái gọi là 100 ngày": the number is the code's, said digit by digit. */
static gboolean code_is(vi_norm *c)
{
    return vi_norm_said_ends_with(c, "là") && !vi_norm_said_ends_with(c, "gọi là") &&
           (vi_norm_roles_before(c, 2) & VI_ROLE_PHONE) != 0;
}

/*
 * A short code for text messages: four to six digits right after "gửi" (or "gởi") in a sentence
 * that says how to send one ("soạn tin ... gửi 8088", "nhắn tin theo cú pháp DK gửi 9029", "soạn
 * SBD gửi 8069", "soạn \"V(0912...)\" gởi 5656"): "soạn" then "tin", a keyword in capitals or a
 * quote (not "tòa soạn Báo ...", "soạn thảo", "biên soạn"). Never before a unit, a scale word
 * or a count ("gửi 5000 hộ dân").
 */
static gboolean sms_code(vi_norm *c, size_t s)
{
    const vi_unit *u = NULL;
    size_t n = tok_len(c, s);
    if (n < 4 || n > 6 ||
        !(vi_norm_said_ends_with(c, "gửi") || vi_norm_said_ends_with(c, "gởi")) ||
        match_unit(c, s + 1, FALSE, &u) > 0 || scale_after(c, s + 1) ||
        (vi_norm_roles_at(c, s + 1) & VI_ROLE_COUNTED) != 0) {
        return FALSE;
    }
    for (size_t t = s; t > 0 && s - t < 16;) {
        t--;
        if (vi_norm_sym(c, t, '.') && c->tok[t].space == FALSE && t + 1 < c->ntok &&
            c->tok[t + 1].space) {
            break;
        }
        if (t > 0 && (vi_norm_word_is(c, t, "tin", TRUE) &&
                      (vi_norm_word_is(c, t - 1, "nhắn", TRUE) ||
                       vi_norm_word_is(c, t - 1, "soạn", TRUE))) ) {
            return TRUE;
        }
        if (t > 0 && vi_norm_word_is(c, t - 1, "soạn", TRUE) &&
            !vi_norm_word_is(c, t - 2, "tòa", TRUE) && /* folded: "toà" too */
            (vi_norm_capitalized(c, t) || vi_norm_sym(c, t, '"') || vi_norm_sym(c, t, 0x201C))) {
            return TRUE; /* "soạn SBD", "soạn \"V ...\"" */
        }
        if (t > 0 && vi_norm_word_is(c, t, "pháp", TRUE) && vi_norm_word_is(c, t - 1, "cú", TRUE)) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * A service line's number a few words after what names it: "tổng đài chăm sóc khách hàng 1558",
 * "cấp cứu ngoại viện 115", "gọi điện cầu cứu nhưng 911". Three to five digits starting with 1
 * within six words of a line word (tổng đài, đường dây nóng, đầu số), or an emergency line (111
 * to 116, 911) within six words of an emergency or phone word (cấp cứu, cầu cứu, gọi). Not when
 * the word just before gives the number another role ("năm 115"), one of the two before it is
 * capitalized, a name's ("Bệnh viện Nhân dân 115" is a cardinal), or they are "bệnh viện" (a
 * hospital's name too), nor when a count, a scale word or a unit follows it ("115 người",
 * "911 triệu", "1.500 đồng").
 */
static gboolean service_line(vi_norm *c, size_t s)
{
    const unsigned line = VI_ROLE_PHONE | VI_ROLE_EMERGENCY | VI_ROLE_LINE;
    const char *w = vi_norm_str(c, s);
    size_t n = tok_len(c, s);
    const vi_unit *u = NULL;
    unsigned want;
    gboolean quoted = s > 0 && (vi_norm_sym(c, s - 1, '"') || vi_norm_sym(c, s - 1, 0x201C));
    gboolean dial, named;
    /* The digits first: the words before are asked of every number. */
    if (n < 3 || n > 5 || (w[0] != '1' && !emergency_digits(w, n)) ||
        (!c->tok[s].space && !quoted)) {
        return FALSE;
    }
    dial = ((vi_norm_roles_before(c, 1) & VI_ROLE_DIAL) != 0 ||
            vi_norm_said_ends_with(c, "mã vùng cộng") || /* "mã vùng + 114" */
            (vi_norm_said_ends_with(c, "số") &&
             (vi_norm_roles_before(c, 3) & VI_ROLE_DIAL) != 0)) &&
           !vi_norm_word_is(c, s + 1, "lần", TRUE); /* "bấm 100 lần" */
    named = (vi_norm_roles_before(c, 10) & VI_ROLE_LINE) != 0 &&
            !vi_norm_said_recently(c, "bệnh viện", 4); /* "... Bệnh viện Nhân dân 115" */
    if ((!dial && (vi_norm_roles_before(c, 1) & ~line) != 0) ||
        (!dial && !named && (vi_norm_capitalized(c, s - 1) ||
                             (s >= 2 && vi_norm_capitalized(c, s - 2)))) ||
        (s >= 2 && vi_norm_word_is(c, s - 2, "bệnh", TRUE) &&
         vi_norm_word_is(c, s - 1, "viện", TRUE))) {
        return FALSE;
    }
    want = VI_ROLE_LINE | (emergency_digits(w, n) ? VI_ROLE_PHONE | VI_ROLE_EMERGENCY : 0u);
    if (!(dial || named || (vi_norm_roles_before(c, 6) & want) != 0) ||
        match_unit(c, s + 1, FALSE, &u) > 0 ||
        scale_after(c, s + 1) || (vi_norm_roles_at(c, s + 1) & VI_ROLE_COUNTED) != 0) {
        return FALSE;
    }
    return s + 1 >= c->ntok || c->tok[s + 1].type != VI_TOK_SYM || c->tok[s + 1].space ||
           !vi_norm_joined(c, s + 2, VI_TOK_NUM); /* "1.500", "115/2" are no line */
}

/* Is token t a drawn lottery number: plain, five to eight digits or two or more with a
 * leading zero, no unit, scale word or joined mark after it ("12345", "068543")? */
static gboolean lottery_number(vi_norm *c, size_t t)
{
    const vi_unit *u = NULL;
    size_t n;
    if (!vi_norm_is(c, t, VI_TOK_NUM)) {
        return FALSE;
    }
    n = tok_len(c, t);
    return n <= 8 && (n >= 5 || (n >= 2 && vi_norm_str(c, t)[0] == '0')) &&
           match_unit(c, t + 1, FALSE, &u) == 0 && !scale_after(c, t + 1) &&
           !(vi_norm_is(c, t + 1, VI_TOK_SYM) && !c->tok[t + 1].space &&
             !vi_norm_is_dash(c, t + 1) && vi_norm_joined(c, t + 2, VI_TOK_NUM));
}

/*
 * Lottery results: after a prize (giải đặc biệt, giải nhất, ... giải tám) or "dãy số", "vé
 * số", a number of five digits or more, or with a leading zero, is said digit by digit, and so
 * is each of a list joined by dashes or commas ("Giải ba: 12345 - 67890"): no range, no amount.
 * A prize's value stays an amount ("giải đặc biệt 2 tỷ đồng", "giải nhất 10000 USD").
 */
static size_t rule_lottery(vi_norm *c, size_t i)
{
    const vi_unit *u = NULL;
    size_t j = i, n = tok_len(c, i);
    if (!lottery_number(c, i) || !(vi_norm_roles_before(c, 1) & VI_ROLE_LOTTERY)) {
        return 0;
    }
    for (;;) {
        size_t next = 0;
        if (n <= 2) {
            say_doc_number(c, j); /* "dãy số 05 12 23": "không năm, mười hai, hai mươi ba" */
        } else {
            say_digit_group(c, j, FALSE);
        }
        if ((vi_norm_is_dash(c, j + 1) || vi_norm_sym(c, j + 1, ',')) &&
            vi_norm_is(c, j + 2, VI_TOK_NUM) && tok_len(c, j + 2) == n &&
            (n <= 2 || lottery_number(c, j + 2))) {
            next = j + 2;
        } else if (n <= 2 && vi_norm_is(c, j + 1, VI_TOK_NUM) && c->tok[j + 1].space &&
                   tok_len(c, j + 1) == n) {
            next = j + 1; /* the numbers of a draw written with spaces */
        }
        if (next == 0 || match_unit(c, next + 1, FALSE, &u) > 0 || scale_after(c, next + 1) ||
            (vi_norm_joined(c, next + 1, VI_TOK_SYM) && vi_norm_joined(c, next + 2, VI_TOK_NUM))) {
            break; /* "05 12 triệu", "05 12/3": the next number is another rule's */
        }
        vi_norm_pause(c, ",", j + 1);
        j = next;
    }
    c->said = VI_SAID_NUMBER;
    c->said_end = j + 1;
    return j + 1;
}

/* Is token j the hidden end of a phone number, two to four x in either case ("xxx")? */
static gboolean masked_digits(const vi_norm *c, size_t j)
{
    size_t n = vi_norm_is(c, j, VI_TOK_WORD) ? tok_len(c, j) : 0;
    if (n < 2 || n > 4) {
        return FALSE;
    }
    for (size_t k = 0; k < n; k++) {
        /* within the token: the text need not end with a NUL right after it */
        if (vi_norm_str(c, j)[k] != 'x' && vi_norm_str(c, j)[k] != 'X') {
            return FALSE;
        }
    }
    return j + 1 >= c->ntok || c->tok[j + 1].type != VI_TOK_WORD || c->tok[j + 1].space;
}

/* Is the emergency line at token i named by the words after it ("Hệ thống 112 được thiết kế
 * liên thông với các số khẩn cấp"): an emergency word within twelve tokens in the same
 * sentence, a mark or a link word right after the number (not "113 hộ dân", a count), and
 * before it "hệ thống", "số" or the start of a clause (not "Bệnh viện 115", "có 115")? */
static gboolean emergency_after(vi_norm *c, size_t i)
{
    if (!(i + 1 >= c->ntok || mark_in(c, i + 1, ",;)") || link_word(c, i + 1)) ||
        !(i == 0 || mark_in(c, i - 1, ",;:(") || vi_norm_word_is(c, i - 1, "số", TRUE) ||
          (i >= 2 && vi_norm_word_is(c, i - 2, "hệ", TRUE) &&
           vi_norm_word_is(c, i - 1, "thống", TRUE)))) {
        return FALSE; /* "113 hộ dân ... khẩn cấp", "có 115 ca cấp cứu" */
    }
    for (size_t k = i + 1; k < c->ntok && k <= i + 12; k++) {
        if (mark_in(c, k, ".;:!?")) {
            return FALSE;
        }
        if (vi_norm_is(c, k, VI_TOK_WORD) && (vi_norm_roles_at(c, k) & VI_ROLE_EMERGENCY) &&
            !vi_norm_word_is(c, k, "trung", TRUE)) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * Phone numbers and hotlines, digit by digit with a pause between groups: 0912 345 678,
 * 0912.345.678, 0912345678, (024) 3825 1234, +84 912 345 678, (+84) 912 345 678, +84 (0) 912
 * 345 678 (the bracketed trunk zero not said), 1900 1234, 1800.599.920; any
 * digits after a phone word (hotline, điện thoại, gọi: "gọi 113"). A number starting with 0
 * needs 9 to 11 digits in all, a hotline (1800, 1900) 8 to 10, an international one 9 to 13.
 */
static size_t rule_phone(vi_norm *c, size_t i)
{
    size_t groups[MAX_PHONE_GROUPS];
    size_t seps[MAX_PHONE_GROUPS];
    size_t ng = 0;
    size_t digits;
    size_t j, min, max;
    gboolean plus = vi_norm_sym(c, i, '+');
    gboolean zero, hotline, context;
    size_t s = plus ? i + 1 : i;
    if (!vi_norm_is(c, s, VI_TOK_NUM) || (plus && c->tok[s].space) || tok_len(c, s) > 19) {
        return 0;
    }
    zero = vi_norm_str(c, s)[0] == '0';
    hotline = tok_len(c, s) >= 4 && (starts_with(c, s, "1800") || starts_with(c, s, "1900"));
    context = ((vi_norm_roles_before(c, 1) & VI_ROLE_PHONE) != 0 &&
               !vi_norm_said_ends_with(c, "kêu gọi")) || /* "kêu gọi 173 dự án": an appeal */
              (said_adverb(c) && (vi_norm_roles_before(c, 2) & VI_ROLE_PHONE) != 0) ||
              code_is(c) ||
              sms_code(c, s) || service_line(c, s) ||
              (emergency_digits(vi_norm_str(c, s), tok_len(c, s)) && c->tok[s].space &&
               emergency_after(c, s));
    if (plus) {
        min = 9;
        max = 13;
    } else if (zero) {
        /* An area code in brackets, "(080) 45100", "(04) 3825 1234": the number after it may
         * be short (old and special lines). */
        min = s > 0 && vi_norm_sym(c, s - 1, '(') && vi_norm_sym(c, s + 1, ')') &&
                      tok_len(c, s) <= 4 && vi_norm_is(c, s + 2, VI_TOK_NUM) &&
                      tok_len(c, s + 2) >= 4
                  ? 7
                  : 9;
        max = 11;
    } else if (hotline && !context) {
        min = 8;
        max = 10;
    } else if (context) {
        const vi_unit *u = NULL;
        min = 3; /* "gọi 113"; "gọi 15 cuộc" is an amount */
        max = 19; /* account and card numbers too */
        if (match_unit(c, s + 1, FALSE, &u) > 0 || scale_after(c, s + 1)) {
            return 0; /* "điện thoại 256GB", "thẻ 500 nghìn": an amount */
        }
        if (!hotline && tariff_shape(c, s)) {
            return 0; /* "mã 2704.00.10": a tariff code, said by rule_tariff_code() */
        }
    } else {
        return 0;
    }
    groups[ng] = s;
    seps[ng++] = 0;
    digits = tok_len(c, s);
    j = s;
    /* Groups joined by '.' or '-', or after a space, or "(024) 3825 1234". */
    while (ng < MAX_PHONE_GROUPS && digits < max) {
        size_t next;
        if (is_date_sep(c, j + 1) && c->tok[j + 1].ch != '/' &&
            vi_norm_joined(c, j + 2, VI_TOK_NUM)) {
            next = j + 2;
            seps[ng] = j + 1;
        } else if (ng == 1 && vi_norm_sym(c, j + 1, ')') &&
                   ((s > 0 && vi_norm_sym(c, s - 1, '(')) ||
                    (plus && i > 0 && vi_norm_sym(c, i - 1, '('))) &&
                   vi_norm_is(c, j + 2, VI_TOK_NUM)) {
            next = j + 2;
            seps[ng] = j + 1;
        } else if (plus && ng == 1 && vi_norm_sym(c, j + 1, '(') &&
                   vi_norm_is(c, j + 2, VI_TOK_NUM) && tok_len(c, j + 2) == 1 &&
                   vi_norm_str(c, j + 2)[0] == '0' && vi_norm_sym(c, j + 3, ')') &&
                   vi_norm_is(c, j + 4, VI_TOK_NUM) && tok_len(c, j + 4) >= 2) {
            /* "+84 (0) 912 345 678": the trunk zero in brackets is not dialled, not said */
            next = j + 4;
            seps[ng] = j + 1;
        } else if (vi_norm_is(c, j + 1, VI_TOK_NUM) && c->tok[j + 1].space &&
                   (tok_len(c, j) >= 2 || (j == s && zero)) && tok_len(c, j + 1) >= 2 &&
                   tok_len(c, j + 1) <= 4) {
            /* "0912 345 678", and a lone first 0: "0 24 24 24 24", "0 912 345 678" */
            next = j + 1;
            seps[ng] = 0;
        } else {
            break;
        }
        if (digits + tok_len(c, next) > max) {
            break;
        }
        groups[ng++] = next;
        digits += tok_len(c, next);
        j = next;
    }
    /* A tail after a space that makes the number too long or too short is not part of it. */
    while (ng > 1 && seps[ng - 1] == 0 && digits > max) {
        digits -= tok_len(c, groups[--ng]);
    }
    /* A number whose last digits are hidden, "0823 125 xxx", "0912.345.XXX": the mask counts
     * as digits and is said by its letters. */
    j = groups[ng - 1] + 1;
    if (zero && (vi_norm_sym(c, j, '.') || vi_norm_sym(c, j, '-')) && !c->tok[j].space &&
        vi_norm_joined(c, j + 1, VI_TOK_WORD)) {
        j++;
    }
    if (zero && masked_digits(c, j) && digits + tok_len(c, j) >= min &&
        digits + tok_len(c, j) <= max) {
        digits += tok_len(c, j);
    } else {
        j = 0;
    }
    if (digits < min || digits > max) {
        return 0;
    }
    if (ng > 1 && !plus && !zero && !hotline && seps[1] != 0 && c->tok[seps[1]].ch == '.' &&
        tok_len(c, s) <= 3) {
        return 0; /* 1.500 after a phone word is still an amount */
    }
    if (plus) {
        say_text(c, "cộng", i, i);
    }
    for (size_t k = 0; k < ng; k++) {
        if (k > 0) {
            vi_norm_pause(c, ",", seps[k] != 0 ? seps[k] : groups[k]);
        }
        say_digit_group(c, groups[k], ng == 1 && (zero || hotline));
    }
    c->said = VI_SAID_NUMBER;
    c->said_end = groups[ng - 1] + 1;
    if (j != 0) {
        vi_norm_pause(c, ",", groups[ng - 1] + 1);
        g_string_truncate(c->buf, 0);
        vi_norm_spell(c, c->buf, vi_norm_str(c, j), tok_len(c, j));
        vi_norm_say_buf(c, c->said_end, j);
        c->said_end = j + 1;
    }
    return c->said_end;
}

/*
 * Card and account numbers written in groups of four: "9704 1234 5678 9012" -> digit by digit,
 * a pause between the groups. Three groups or more of exactly four digits, separated by one
 * space or '-' each the same way.
 */
static size_t rule_card(vi_norm *c, size_t i)
{
    size_t groups = 1;
    size_t j = i;
    gboolean dash;
    if (tok_len(c, i) != 4 || i + 1 >= c->ntok) {
        return 0;
    }
    dash = vi_norm_sym(c, i + 1, '-') && !c->tok[i + 1].space;
    while (groups < 5) {
        size_t next = dash ? j + 2 : j + 1;
        if (dash ? !(vi_norm_sym(c, j + 1, '-') && vi_norm_joined(c, j + 2, VI_TOK_NUM))
                 : !(vi_norm_is(c, j + 1, VI_TOK_NUM) && c->tok[j + 1].space)) {
            break;
        }
        if (tok_len(c, next) != 4) {
            break;
        }
        groups++;
        j = next;
    }
    if (groups < 3 || vi_norm_joined(c, j + 1, VI_TOK_NUM)) {
        return 0;
    }
    for (size_t t = i; t <= j; t++) {
        if (c->tok[t].type != VI_TOK_NUM) {
            continue;
        }
        if (t > i) {
            vi_norm_pause(c, ",", t);
        }
        g_string_truncate(c->buf, 0);
        vi_num_digits(c->buf, vi_norm_str(c, t), tok_len(c, t));
        vi_norm_say_buf(c, t, t);
    }
    c->said = VI_SAID_NUMBER;
    c->said_end = j + 1;
    return j + 1;
}

/* Can the number at i stand in a list of numbers joined by dashes: at most four digits, and no
 * code's or phone number's group (three digits or more after a zero)? */
static gboolean list_item(const vi_norm *c, size_t i)
{
    return vi_norm_is(c, i, VI_TOK_NUM) && tok_len(c, i) <= 4 &&
           !(tok_len(c, i) >= 3 && vi_norm_str(c, i)[0] == '0');
}

/*
 * Three numbers or more joined by dashes, spaced or not, each ending there (no decimal, date,
 * time or word joined after it): a medal tally "233-154-108", a record "10-3-2", measurements
 * "86-60-90", a list "2 - 4 - 6 - 8". Returns how many (0 when the first is inside a code, a
 * longer number or an expression: "A1-2-3", "1.5-2-3"), the last one's token in *last. One-digit
 * numbers joined without spaces are a formation (4-2-3-1) and no list here. Dates, times and
 * phone numbers were taken before; a day, a month and a year, or two days and their month
 * after a date word, stay a date.
 */
static size_t dash_list(vi_norm *c, size_t i, size_t *last)
{
    size_t n = 1, j = i;
    guint64 d1, d2, m;
    gboolean formation = TRUE;
    if (!list_item(c, i)) {
        return 0;
    }
    if (i > 0 && !c->tok[i].space) {
        const vi_token *p = &c->tok[i - 1];
        if (p->type != VI_TOK_SYM || vi_norm_is_dash(c, i - 1) ||
            (p->ch < 0x80 && strchr("./,+:#*&", (int)p->ch) != NULL)) {
            return 0;
        }
    }
    formation = tok_len(c, i) == 1;
    while (n < 16 && vi_norm_is_dash(c, j + 1) && list_item(c, j + 2) &&
           !vi_norm_joined(c, j + 3, VI_TOK_WORD) && !vi_norm_joined(c, j + 3, VI_TOK_NUM) &&
           !(vi_norm_is(c, j + 3, VI_TOK_SYM) && !c->tok[j + 3].space &&
             !vi_norm_is_dash(c, j + 3) && vi_norm_joined(c, j + 4, VI_TOK_NUM))) {
        formation =
            formation && tok_len(c, j + 2) == 1 && !c->tok[j + 1].space && !c->tok[j + 2].space;
        n++;
        j += 2;
    }
    if (n < 3 || formation ||
        (vi_norm_is_dash(c, j + 1) && !c->tok[j + 1].space &&
         vi_norm_joined(c, j + 2, VI_TOK_NUM))) {
        return 0;
    }
    if (n == 3 && i > 0 && num_in(c, i, 1, 2, 1, 31, &d1) && num_in(c, i + 2, 1, 2, 1, 31, &d2) &&
        num_in(c, i + 4, 1, 2, 1, 12, &m) && d1 < d2 && date_word_at(c, i - 1)) {
        return 0; /* "trong hai ngày 10-11-2": two days of a month */
    }
    if (n == 3 && num_in(c, i, 1, 2, 1, 31, &d1) && num_in(c, i + 2, 1, 2, 1, 12, &m) &&
        num_in(c, i + 4, 4, 4, 1000, 2199, &d2)) {
        return 0; /* "ngày 20- 5- 2017": a date however spaced, never a list */
    }
    *last = j;
    return n;
}

/*
 * Small numbers joined by commas without spaces after "các" or "những" and a word for what is
 * numbered ("các quận 2,9, Thủ Đức", "những phường 1,3,5", "các lớp 10,11"): a list, each
 * said with a pause between, not a decimal ("hai phẩy chín"). Each one or two digits, no leading
 * zero; nothing joined after the last, and no unit after it ("các quận 2,5 km" stays a
 * decimal). Returns how many, the last one's token in *last.
 */
static size_t comma_list(vi_norm *c, size_t i, size_t *last)
{
    static const char *const plural[] = {"các", "những"};
    static const char *const numbered[] = {"quận", "phường", "khu", "tổ", "lớp", "ấp", "khóm",
                                           "xóm", "đội", "tầng", "phòng", "lô", "dãy", "tuyến",
                                           "cổng", "làn", "khối", "nhóm", "đợt", "khóa", "câu",
                                           "bài", "chương", "điều", "khoản", "mục", "tập", "trạm",
                                           "bến", "tòa", "huyện", "quầy", "toa"};
    size_t n = 1, j = i;
    if (i < 2 || !c->tok[i].space || tok_len(c, i) > 2 || vi_norm_str(c, i)[0] == '0' ||
        !vi_norm_word_in(c, i - 1, numbered, G_N_ELEMENTS(numbered), TRUE) ||
        !vi_norm_word_in(c, i - 2, plural, G_N_ELEMENTS(plural), TRUE)) {
        return 0;
    }
    while (n < 16 && joined_sym_num(c, j + 1, ',') && tok_len(c, j + 2) <= 2 &&
           vi_norm_str(c, j + 2)[0] != '0') {
        n++;
        j += 2;
    }
    if (n < 2 || vi_norm_joined(c, j + 1, VI_TOK_WORD) || vi_norm_joined(c, j + 1, VI_TOK_NUM) ||
        scale_after(c, j + 1) ||
        (vi_norm_is(c, j + 1, VI_TOK_SYM) && !c->tok[j + 1].space && vi_norm_joined(c, j + 2, VI_TOK_NUM))) {
        return 0;
    }
    if (vi_norm_is(c, j + 1, VI_TOK_WORD)) {
        char *key = g_strndup(vi_norm_str(c, j + 1), tok_len(c, j + 1));
        gboolean unit = vi_lex_unit(c->lex, key) != NULL;
        g_free(key);
        if (unit) {
            return 0;
        }
    }
    *last = j;
    return n;
}

/*
 * Three numbers or more joined by the same mark, that are no date, amount or phone number:
 * team formations "4-2-3-1" (single digits joined by '-': "bốn hai ba một"), lists of small
 * numbers between spaced dashes "2 - 4 - 6 - 8" (a pause between them), and IP addresses and
 * version numbers "192.168.1.1", "1.25.3" (groups joined by '.', each read digit by digit,
 * "chấm" between them).
 */
static size_t rule_chain(vi_norm *c, size_t i)
{
    gunichar sep;
    size_t n = 1;
    size_t j = i;
    if ((n = dash_list(c, i, &j)) >= 3 || (n = comma_list(c, i, &j)) >= 2) {
        /* "233-154-108", "12-8-5", "2 - 4 - 6 - 8 khách", "các quận 2,9": a list, a pause
         * between the numbers. */
        for (size_t t = i; t <= j; t += 2) {
            say_cardinal(c, t);
            if (t < j) {
                vi_norm_pause(c, ",", t + 1);
            }
        }
        c->said = VI_SAID_NUMBER;
        c->said_end = j + 1;
        return j + 1;
    }
    n = 1;
    j = i;
    if (i + 2 >= c->ntok || c->tok[i + 1].space || c->tok[i + 1].type != VI_TOK_SYM) {
        return 0;
    }
    sep = c->tok[i + 1].ch;
    if (sep != '-' && sep != '.') {
        return 0;
    }
    while (n < 16 && joined_sym_num(c, j + 1, sep) &&
           tok_len(c, j + 2) <= (sep == '-' ? 1u : 3u)) {
        n++;
        j += 2;
    }
    if (n < 3 || tok_len(c, i) > (sep == '-' ? 1u : 3u) || joined_sym_num(c, j + 1, sep) ||
        vi_norm_joined(c, j + 1, VI_TOK_WORD)) {
        return 0;
    }
    if (sep == '.' && count_groups(c, i, '.') > 0) {
        return 0; /* 1.000.000 is an amount */
    }
    for (size_t t = i; t <= j; t += 2) {
        g_string_truncate(c->buf, 0);
        if (sep == '-') {
            vi_num_cardinal(c->buf, vi_norm_str(c, t), tok_len(c, t), c->dialect);
        } else {
            vi_num_digits(c->buf, vi_norm_str(c, t), tok_len(c, t));
        }
        vi_norm_say_buf(c, t, t);
        if (t < j && sep == '.') {
            say_text(c, "chấm", t + 1, t + 1);
        }
    }
    c->said = VI_SAID_NUMBER;
    c->said_end = j + 1;
    return j + 1;
}

/*
 * A version after a word with the role `version` (iOS 18.1, Android 14.0.2, phiên bản 2.5,
 * HDMI 2.1): its parts joined by "chấm", not a decimal with "phẩy"; a part of one or two
 * digits read as a number that names something (vi_num_name(): "18" mười tám, "05" không
 * năm), a longer one (a build number) digit by digit. The word is the one written before the
 * number, or the words said before it.
 */
/*
 * "Bale 2.0", "Galacticos 3.0", "Android Wear 2.0", "Subaru Forester 2.0 XS", "IS 2.0": a number
 * of one or two digits and ".0" right after a capitalized name no Vietnamese syllable spells
 * is a version or a generation (chấm không), no decimal: Vietnamese writes its decimals with a
 * comma, and a ".0" says nothing as a fraction. Not before a unit, a scale word or '%' ("Việt
 * Trì 40.0 độ"), and a Vietnamese word before it keeps the number ("đạt 8.0").
 */
static gboolean version_after_name(vi_norm *c, size_t i, size_t j)
{
    const vi_unit *unit = NULL;
    return j == i + 2 && tok_len(c, i) <= 2 && tok_len(c, j) == 1 && vi_norm_str(c, j)[0] == '0' &&
           i > 0 && vi_norm_capitalized(c, i - 1) &&
           !vi_norm_syllable(c, i - 1) &&
           !vi_norm_sym(c, j + 1, '%') && !scale_after(c, j + 1) &&
           match_unit(c, j + 1, FALSE, &unit) == 0;
}

/* Are the parts after the first of the dotted number from i to j one or two digits each, as a
 * clause or section is numbered ("khoản 1.1", "mục 2.3.1"), not a thousands group ("khoản
 * 1.000 tỷ")? */
static gboolean section_number(const vi_norm *c, size_t i, size_t j)
{
    for (size_t t = i + 2; t <= j; t += 2) {
        if (tok_len(c, t) > 2) {
            return FALSE;
        }
    }
    return TRUE;
}

/*
 * Is the dotted number from i to j a heading's number, opening its paragraph (maybe after a
 * bullet) with parts of one or two digits: "1.3. Nhiệm vụ chi ...", "2.2.1. Cơ cấu ...", read
 * with "chấm" as a section is? Either a stop follows it, then a capitalized word; or a spaced
 * dash, then a capitalized word ("1.14 - Thu từ hoạt động ...", a budget's lines); or a
 * capitalized word follows it straight ("2.2 Phật giáo với xã hội"), the later parts of one
 * digit each, no scale word after it and no decimal number later in the paragraph: a table's
 * row of figures ("1.4 Số bàn thắng được kỳ vọng (xG) 0.3 ...") and a headline in title case
 * ("1.5 Triệu Người Xem ...") keep their decimals, a count ("2.6 Ủy ban nhân dân 11 phường:")
 * does not stop the heading.
 */
static gboolean heading_number(const vi_norm *c, size_t i, size_t j)
{
    size_t p = i;
    if (p > 0 && !vi_norm_paragraph_end(c, p - 1) && c->tok[p].space &&
        (vi_norm_sym(c, p - 1, '-') || vi_norm_sym(c, p - 1, '+') || vi_norm_sym(c, p - 1, 0x2022))) {
        p--; /* "- 2.1. ...", "+ 3.2. ..." */
    }
    if ((p > 0 && !vi_norm_paragraph_end(c, p - 1)) || vi_norm_str(c, i)[0] == '0' ||
        tok_len(c, i) > 2 || !section_number(c, i, j)) {
        return FALSE;
    }
    if (vi_norm_sym(c, j + 1, '.') && !c->tok[j + 1].space) {
        return j + 2 < c->ntok && c->tok[j + 2].space && vi_norm_capitalized(c, j + 2);
    }
    if (j + 2 < c->ntok && c->tok[j + 1].space && vi_norm_is_dash(c, j + 1) &&
        c->tok[j + 2].space && vi_norm_capitalized(c, j + 2)) {
        return TRUE;
    }
    if (j + 1 >= c->ntok || !c->tok[j + 1].space || !vi_norm_capitalized(c, j + 1) ||
        scale_after(c, j + 1)) {
        return FALSE; /* "2.5 Triệu người đã tiêm": an amount */
    }
    for (size_t t = i + 2; t <= j; t += 2) {
        if (tok_len(c, t) != 1) {
            return FALSE;
        }
    }
    for (size_t t = j + 1; t + 2 < c->ntok && !vi_norm_paragraph_end(c, t - 1); t++) {
        if (c->tok[t].type == VI_TOK_NUM && (joined_sym_num(c, t + 1, '.') ||
                                             joined_sym_num(c, t + 1, ','))) {
            return FALSE;
        }
    }
    return TRUE;
}

/* Says the parts of a dotted number from i to j as a version's or a code's: parts of one or two
 * digits as numbers (zeros as written), longer ones digit by digit, "chấm" between. */
static void say_dotted_parts(vi_norm *c, size_t i, size_t j)
{
    for (size_t t = i; t <= j; t += 2) {
        if (tok_len(c, t) <= 2) {
            say_doc_number(c, t);
        } else {
            g_string_truncate(c->buf, 0);
            vi_num_digits(c->buf, vi_norm_str(c, t), tok_len(c, t));
            vi_norm_say_buf(c, t, t);
        }
        if (t < j) {
            say_text(c, "chấm", t + 1, t + 1);
        }
    }
}

static size_t rule_version(vi_norm *c, size_t i)
{
    size_t j = i, suffix = 0;
    /* IEEE 802 standards, with or without a version word: 802.11ax, 802.3af (Wi-Fi, Ethernet),
     * the working groups 1, 3, 11, 15, 16 only, and no scale word after ("802.1 tỷ") */
    guint64 g = 0;
    gboolean ieee = tok_len(c, i) == 3 && memcmp(vi_norm_str(c, i), "802", 3) == 0 &&
                    joined_sym_num(c, i + 1, '.') && vi_norm_str(c, i + 2)[0] != '0' &&
                    vi_norm_value(c, i + 2, &g) &&
                    (g == 1 || g == 3 || g == 11 || g == 15 || g == 16) && !scale_after(c, i + 3);
    if ((!c->tok[i].space && !(ieee && i > 0 && vi_norm_sym(c, i - 1, '('))) ||
        tok_len(c, i) > 3 || !joined_sym_num(c, i + 1, '.')) {
        return 0;
    }
    while (j < i + 16 && joined_sym_num(c, j + 1, '.') && tok_len(c, j + 2) <= 4) {
        j += 2;
    }
    if (ieee && j == i + 2 && vi_norm_joined(c, j + 1, VI_TOK_WORD) && tok_len(c, j + 1) <= 3 &&
        g_ascii_islower(vi_norm_str(c, j + 1)[0]) && !vi_norm_joined(c, j + 2, VI_TOK_WORD) &&
        !vi_norm_joined(c, j + 2, VI_TOK_NUM)) {
        suffix = j + 1; /* the amendment's letters: 802.11ac "a xê" */
    }
    if (joined_sym_num(c, j + 1, '.') || (vi_norm_joined(c, j + 1, VI_TOK_WORD) && suffix == 0) ||
        vi_norm_joined(c, j + 1, VI_TOK_NUM) ||
        !(ieee || role_before(c, i, VI_ROLE_VERSION) || version_after_name(c, i, j) ||
          (role_before(c, i, VI_ROLE_SECTION) && section_number(c, i, j)) ||
          heading_number(c, i, j))) {
        return 0;
    }
    say_dotted_parts(c, i, j);
    if (suffix != 0) {
        g_string_truncate(c->buf, 0);
        vi_norm_spell(c, c->buf, vi_norm_str(c, suffix), tok_len(c, suffix));
        vi_norm_say_buf(c, suffix, suffix);
        j = suffix;
    }
    c->said = VI_SAID_NUMBER;
    c->said_end = j + 1;
    return j + 1;
}

/*
 * A customs tariff code (mã HS) as the tariff schedules and the trade reports write it: a
 * heading of four digits, then a subheading of two and the national digits, joined by dots
 * ("8544.30.10", "2701.11.00", "5503.20.0025"). No amount is written so (a thousands group has
 * three digits) and no decimal has two dots: said as a code (say_dotted_parts(): the heading
 * digit by digit, then each part after "chấm": "tám năm bốn bốn chấm ba mươi chấm mười", "...
 * chấm không không"), not a sentence's end and a decimal. Valid dates (1987.05.22, year first)
 * and phone numbers are taken by their rules first.
 */
static size_t rule_tariff_code(vi_norm *c, size_t i)
{
    size_t j = i + 2;
    if (tok_len(c, i) != 4 || (i > 0 && !c->tok[i].space && !vi_norm_is(c, i - 1, VI_TOK_SYM)) ||
        (i > 1 && !c->tok[i].space &&
         (vi_norm_sym(c, i - 1, '.') || vi_norm_sym(c, i - 1, ',')) &&
         vi_norm_joined(c, i - 1, VI_TOK_NUM)) ||
        !joined_sym_num(c, i + 1, '.') || tok_len(c, j) != 2 || !joined_sym_num(c, j + 1, '.')) {
        return 0;
    }
    while (j < i + 8 && joined_sym_num(c, j + 1, '.') && tok_len(c, j + 2) >= 2 &&
           tok_len(c, j + 2) <= 4) {
        j += 2;
    }
    if (joined_sym_num(c, j + 1, '.') || vi_norm_joined(c, j + 1, VI_TOK_WORD) ||
        vi_norm_joined(c, j + 1, VI_TOK_NUM) ||
        ((vi_norm_sym(c, j + 1, '.') || vi_norm_sym(c, j + 1, ',')) && !c->tok[j + 1].space &&
         vi_norm_joined(c, j + 2, VI_TOK_NUM))) {
        return 0;
    }
    for (size_t t = i + 4; t < j; t += 2) {
        if (tok_len(c, t) != 2) {
            return 0; /* only the last part may be longer */
        }
    }
    say_dotted_parts(c, i, j);
    c->said = VI_SAID_NUMBER;
    c->said_end = j + 1;
    return j + 1;
}

/* ---------------------------------------------------------------------------------------- */
/* Document numbers                                                                          */

/* Is token i the first word of a code: an uppercase letter first, two letters or more. */
static gboolean code_word(const vi_norm *c, size_t i)
{
    return vi_norm_capitalized(c, i) && !c->tok[i].space &&
           g_utf8_strlen(vi_norm_str(c, i), (gssize)tok_len(c, i)) >= 2;
}

/* Appends the reading of the code word at token t (its "code" entry, or spelled). */
static void read_code_word(vi_norm *c, size_t t, GString *out)
{
    char *key = g_strndup(vi_norm_str(c, t), tok_len(c, t));
    if (!vi_norm_expand(c, out, key, t, t, FALSE)) {
        vi_norm_spell(c, out, key, strlen(key));
    }
    g_free(key);
}

/* Appends the reading of two code words joined by '&' at tokens t and u as one lexicon key
 * ("BNN&PTNT": bộ nông nghiệp và phát triển nông thôn, not "... phát triển nông thôn" twice).
 * FALSE (out untouched) when the lexicon does not know the pair. */
static gboolean read_ampersand_pair(vi_norm *c, size_t t, size_t u, GString *out)
{
    char *key = g_strndup(vi_norm_str(c, t), c->tok[u].end - c->tok[t].start);
    gboolean known = vi_norm_expand(c, out, key, t, u, FALSE);
    g_free(key);
    return known;
}

/* Do the words from token t on read phrase (compared in lowercase)? */
static gboolean words_read(vi_norm *c, size_t t, const char *phrase)
{
    GString *src = g_string_new(NULL);
    GString *want = g_string_new(NULL);
    gboolean same;
    size_t words = 1;
    for (const char *p = phrase; *p != '\0'; p++) {
        words += *p == ' ';
    }
    for (size_t k = 0; k < words; k++, t++) {
        if (!vi_norm_is(c, t, VI_TOK_WORD) || (k > 0 && !c->tok[t].space)) {
            break;
        }
        if (k > 0) {
            g_string_append_c(src, ' ');
        }
        vi_text_append_folded(src, vi_norm_str(c, t), tok_len(c, t));
    }
    vi_text_append_folded(want, phrase, strlen(phrase));
    same = strcmp(src->str, want->str) == 0;
    g_string_free(src, TRUE);
    g_string_free(want, TRUE);
    return same;
}

/*
 * Does the article name a document's issuer itself right after its code: "của ...", maybe
 * after the date ("1/GP-BC ngày 8 tháng 1 năm 2026 của Cục Báo chí", "ngày 29/4 của"), or "do"
 * and a name of two capitalized words or more ("do Sở Thông tin và Truyền thông Hà Nội cấp";
 * "do Bộ cấp" does not say which)?
 */
static gboolean issuer_follows(vi_norm *c, size_t t)
{
    static const char *const date_words[] = {"ngày", "tháng", "năm", "cấp"};
    if (vi_norm_word_is(c, t, "do", TRUE) && vi_norm_capitalized(c, t + 1) &&
        vi_norm_capitalized(c, t + 2)) {
        return TRUE;
    }
    for (size_t k = 0; k < 14 && t < c->ntok; k++, t++) {
        if (vi_norm_word_is(c, t, "của", TRUE)) {
            return TRUE;
        }
        if (!(vi_norm_word_in(c, t, date_words, G_N_ELEMENTS(date_words), TRUE) ||
              c->tok[t].type == VI_TOK_NUM || vi_norm_sym(c, t, '/') || vi_norm_sym(c, t, '-') ||
              vi_norm_sym(c, t, ',') ||
              /* a date written with dots: "ngày 12.8.2024 của Bộ Chính trị" */
              (vi_norm_sym(c, t, '.') && !c->tok[t].space && vi_norm_joined(c, t + 1, VI_TOK_NUM))) ||
            (k == 0 && !vi_norm_word_is(c, t, "ngày", TRUE) && !vi_norm_sym(c, t, ','))) {
            return FALSE;
        }
    }
    return FALSE;
}

/* Does the word at token i start with two capitals (UBND, BGDĐT, TTg, TTr)? */
static gboolean two_capitals(const vi_norm *c, size_t i)
{
    const char *w;
    if (!vi_norm_is(c, i, VI_TOK_WORD)) {
        return FALSE;
    }
    w = vi_norm_str(c, i);
    return g_unichar_isupper(g_utf8_get_char(w)) &&
           g_utf8_strlen(w, (gssize)tok_len(c, i)) >= 2 &&
           g_unichar_isupper(g_utf8_get_char(g_utf8_next_char(w)));
}

/* A code word after a dash (any: -, –, —) with a space before it, as in "NĐ - CP", "QĐ – TTg",
 * "QĐ -TTg": it starts with two capitals and is in the lexicon. A dash between two phrases
 * ("... QĐ – Sau đó", "– TP HCM") stays a pause. */
static gboolean spaced_code_part(vi_norm *c, size_t j)
{
    return vi_norm_is_dash(c, j) && c->tok[j].space && two_capitals(c, j + 1) &&
           vi_norm_abbr_listed(c, j + 1);
}

/* Is the code word at t a document's type (its reading a document word: QĐ, NQ, TT)? */
static gboolean doc_type_part(vi_norm *c, size_t t)
{
    GString *reading = g_string_new(NULL);
    GString *folded = g_string_new(NULL);
    gboolean type;
    read_code_word(c, t, reading);
    vi_text_append_folded(folded, reading->str + (reading->str[0] == ' '),
                          strlen(reading->str + (reading->str[0] == ' ')));
    type = (vi_lex_roles(c->lex, folded->str) & VI_ROLE_DOCUMENT) != 0;
    g_string_free(reading, TRUE);
    g_string_free(folded, TRUE);
    return type;
}

/* After a document's type that ends the code ("3044/QĐ UBND", "551/QĐ ĐHH"), a word of capitals
 * only with a space for its dash, nothing joined after it but a mark that ends it (not
 * "TP.HCM"): the issuer. */
static gboolean spaced_issuer(vi_norm *c, size_t type, size_t j)
{
    return j == type + 1 && two_capitals(c, j) && c->tok[j].space &&
           vi_text_is_upper(vi_norm_str(c, j), tok_len(c, j)) &&
           !(j + 1 < c->ntok && !c->tok[j + 1].space &&
             (c->tok[j + 1].type != VI_TOK_SYM || (j + 2 < c->ntok && !c->tok[j + 2].space))) &&
           doc_type_part(c, type);
}

/* A hyphen joined to the code part before it and spaced before the next one, a word whose first
 * two letters are capitals ("2945/UBND- NNMT", "55/2011/TT- BGDĐT", "1600/QĐ- TTg", "91-
 * KL/TW"): a slip of the keyboard inside one code, read as if the hyphen joined both. */
static gboolean dangling_code_dash(const vi_norm *c, size_t j)
{
    return vi_norm_sym(c, j, '-') && !c->tok[j].space && vi_norm_is(c, j + 1, VI_TOK_WORD) &&
           c->tok[j + 1].space && two_capitals(c, j + 1);
}

/* A slash joined to the number before it and spaced before a code word the lexicon knows
 * ("155/2016/ NĐ-CP", "301/ BGDĐT-GDMN"): a slip of the keyboard inside one code, read as if
 * the slash joined both. "năm 2017/ Khai mạc ..." and "số 383/ Hùng Vương" are no code. */
static gboolean spaced_slash_code(vi_norm *c, size_t k)
{
    return vi_norm_sym(c, k, '/') && !c->tok[k].space && two_capitals(c, k + 1) &&
           c->tok[k + 1].space && vi_norm_abbr_listed(c, k + 1);
}

/* A slash spaced on both sides between two parts of one code, the part after it a word of the
 * lexicon starting with two capitals ("Chỉ thị số 12-CT / TW", "Tờ trình số 407/TT / SNN-TL":
 * was "mười hai chỉ thị trung ương", the issuer without "của"), as a slash joined to both. */
static gboolean spaced_code_slash(vi_norm *c, size_t j)
{
    return vi_norm_sym(c, j, '/') && c->tok[j].space && j + 1 < c->ntok && c->tok[j + 1].space &&
           two_capitals(c, j + 1) && vi_norm_abbr_listed(c, j + 1);
}

/* Was the last legal code read a few tokens before token i, in the same sentence, and of the
 * type written at token t ("191/QĐ-UBND; 192/QĐ-UBND", "số 5612/QĐ-UBND, ngày 7/10/2016, và
 * số 5890/QĐ-UBND")? A list of codes of one type says the type once. */
static gboolean same_type_listed(const vi_norm *c, size_t i, size_t t)
{
    if (c->code_type == 0 || c->code_end > i || i - c->code_end > 12 ||
        tok_len(c, c->code_type) != tok_len(c, t) ||
        memcmp(vi_norm_str(c, c->code_type), vi_norm_str(c, t), tok_len(c, t)) != 0) {
        return FALSE;
    }
    for (size_t k = c->code_end; k < i; k++) {
        if (vi_norm_sentence_end(c, k)) {
            return FALSE;
        }
    }
    return TRUE;
}

/* The first letter of a word without its tone or vowel marks, in capitals ("Ủy" -> U; Đ stays). */
static gunichar initial_letter(const char *w)
{
    gunichar d[4];
    gsize n = g_unichar_fully_decompose(g_utf8_get_char(w), FALSE, d, G_N_ELEMENTS(d));
    return n > 0 ? g_unichar_toupper(d[0]) : 0;
}

/* Are the two words just before the number at i (maybe then "số" or ':') a document word whose
 * initials are the code word at t ("Quy định 189-QĐ/TW": QĐ is not said as "quyết định")? */
static gboolean type_initials_before(vi_norm *c, size_t i, size_t t)
{
    size_t w = i;
    const char *code = vi_norm_str(c, t);
    GString *phrase;
    gboolean same;
    for (int k = 0; k < 2 && w > 0; k++) {
        if (vi_norm_word_is(c, w - 1, "số", TRUE) || vi_norm_sym(c, w - 1, ':')) {
            w--;
        }
    }
    if (w < 2 || g_utf8_strlen(code, (gssize)tok_len(c, t)) != 2 ||
        !vi_norm_is(c, w - 2, VI_TOK_WORD) || !vi_norm_is(c, w - 1, VI_TOK_WORD) ||
        !c->tok[w - 1].space || initial_letter(vi_norm_str(c, w - 2)) != g_utf8_get_char(code) ||
        initial_letter(vi_norm_str(c, w - 1)) != g_utf8_get_char(g_utf8_next_char(code))) {
        return FALSE;
    }
    phrase = g_string_new(NULL);
    vi_text_append_folded(phrase, vi_norm_str(c, w - 2), tok_len(c, w - 2));
    g_string_append_c(phrase, ' ');
    vi_text_append_folded(phrase, vi_norm_str(c, w - 1), tok_len(c, w - 1));
    same = (vi_lex_roles(c->lex, phrase->str) & VI_ROLE_DOCUMENT) != 0;
    g_string_free(phrase, TRUE);
    return same;
}

/* Is the reading of the code word at t one of words (folded), or, with suffix, ending in it? */
static gboolean part_reads(vi_norm *c, size_t t, const char *const *words, size_t n,
                          const char *suffix)
{
    GString *reading = g_string_new(NULL);
    gboolean found = FALSE;
    read_code_word(c, t, reading);
    if (suffix != NULL) {
        found = g_str_has_suffix(reading->str, suffix);
    }
    for (size_t k = 0; k < n && !found; k++) {
        found = strcmp(reading->str + (reading->str[0] == ' '), words[k]) == 0;
    }
    g_string_free(reading, TRUE);
    return found;
}

/* Is a document's code a court's: its last part an instance ("sơ thẩm", "phúc thẩm", "giám
 * đốc thẩm": ST, PT, GĐT by their "code" entries), the parts before it the kind of case
 * (hình sự, dân sự, ...) or the document's type? "123/2022/HS-ST", "12/2023/DS-PT",
 * "05/2023/QĐ-PT", "45/2021/HSST" name the case and the instance, not an issuer. */
static gboolean court_code(vi_norm *c, const size_t *parts, size_t np, gboolean has_type)
{
    static const char *const kinds[] = {"hình sự", "dân sự", "hành chính", "kinh doanh thương mại",
                                        "hôn nhân và gia đình", "lao động", "kinh tế"};
    if (!part_reads(c, parts[np - 1], NULL, 0, " thẩm")) {
        return FALSE;
    }
    for (size_t p = has_type ? 1 : 0; p + 1 < np; p++) {
        if (!part_reads(c, parts[p], kinds, G_N_ELEMENTS(kinds), NULL)) {
            return FALSE; /* "12/SGD-PT": an office's letters, not a court's */
        }
    }
    return TRUE;
}

/*
 * Legal document numbers: 100/2019/NĐ-CP, 749/QĐ-TTg, 18-NQ/TW, 54/2019/QH14 -> the number,
 * "năm" and the year, then the code read with its "code" entries. The first code word is the
 * document's type when its reading is a document word (contexts.tsv role "document"); it is not
 * said again when the article says it within a few words before ("Nghị định 100/2019/NĐ-CP",
 * "Giấy phép số: 102/GP-BTTTT"), or right after, or when the document word just before has
 * its letters as initials ("Quy định 189-QĐ/TW", where QĐ alone would read "quyết định"). The issuer after it is introduced with "của":
 * "Nghị định một trăm năm hai nghìn không trăm mười chín của chính phủ", unless the article
 * names it itself with "của ..." (maybe after the date) or "do ...". A court's code (its last
 * part a court's instance, court_code()) says its parts in turn without "của": "Bản án số
 * 12/2023/DS-PT" -> "... dân sự phúc thẩm".
 */
static size_t rule_document(vi_norm *c, size_t i)
{
    size_t k = i + 1;
    size_t year = 0;
    size_t parts[8];
    size_t np = 0;
    size_t j, last = 0;
    gboolean skip_type = FALSE;
    gboolean has_type = FALSE;
    gboolean slip;
    gboolean court;
    GString *type;
    guint64 y;
    if (tok_len(c, i) > 5) {
        return 0;
    }
    /* the year after "/" or, in the Government's resolutions of 2016-2018, after a hyphen
     * ("Nghị quyết 19-2017/NQ-CP", "19- 2017/NQ-CP": was "mười chín đến hai nghìn ...") */
    if ((joined_sym_num(c, k, '/') || (vi_norm_sym(c, k, '-') && !c->tok[k].space)) &&
        num_in(c, k + 1, 4, 4, 1000, 2999, &y) && vi_norm_sym(c, k + 2, '/') &&
        !c->tok[k + 2].space) {
        year = k + 1;
        k += 2;
    }
    slip = spaced_slash_code(c, k);
    if (!(vi_norm_sym(c, k, '/') || vi_norm_sym(c, k, '-')) || c->tok[k].space ||
        !(code_word(c, k + 1) || slip ||
          /* "91- KL/TW": the part after the slip goes on as a code */
          (dangling_code_dash(c, k) && vi_norm_sym(c, k + 2, '/') && code_word(c, k + 3)))) {
        return 0;
    }
    /* The code: words joined by '-', '/', '&', each maybe followed by a number (QH14). */
    j = k + 1;
    while (np < G_N_ELEMENTS(parts) &&
           (code_word(c, j) || (slip && j == k + 1) || dangling_code_dash(c, j - 1) ||
            (np > 0 && spaced_code_slash(c, j - 1)))) {
        parts[np++] = j;
        last = j;
        if (vi_norm_joined(c, j + 1, VI_TOK_NUM)) {
            last = j + 1;
        }
        j = last + 1;
        if (np == 1 && spaced_code_part(c, j)) {
            /* "116/2020/NĐ - CP" */
            parts[np++] = j + 1;
            last = j + 1;
            break;
        }
        if (np == 1 && spaced_issuer(c, parts[0], j)) {
            /* "Quyết định số 3044/QĐ UBND": was "... của quyết định ủy ban nhân dân" */
            parts[np++] = j;
            last = j;
            break;
        }
        if (!((vi_norm_sym(c, j, '-') || vi_norm_sym(c, j, '/') || vi_norm_sym(c, j, '&')) &&
              !c->tok[j].space && code_word(c, j + 1)) &&
            !dangling_code_dash(c, j) && !spaced_code_slash(c, j)) {
            break;
        }
        j++;
    }
    if (np == 0 || (np == 1 && year == 0 && vi_norm_sym(c, k, '-'))) {
        return 0; /* "Covid-19"-like: one word after a dash is not a code */
    }
    /* Is the first word the document's type, and was it just said? */
    type = g_string_new(NULL);
    read_code_word(c, parts[0], type);
    has_type = np > 1 && doc_type_part(c, parts[0]);
    /* The Party's "N-TYPE/BODY" ("08-QĐi/TW", "476-QĐNS/TW", "28-CQ/TW"): the part between the
     * dash and the slash is the type, whatever the lexicon knows of it. */
    if (np == 2 && vi_norm_sym(c, k, '-') && vi_norm_sym(c, parts[1] - 1, '/')) {
        has_type = TRUE;
    }
    if (has_type) {
        /* "Nghị định 100/...", "Giấy phép số: 102/...", "Giấy phép hoạt động báo điện tử số
         * 15/GP-...": the type was said a few words before; "88/TB-VPCP thông báo ...": the
         * article says it after. */
        const char *bare = type->str + (type->str[0] == ' ');
        skip_type = vi_norm_said_recently(c, bare, 16) || words_read(c, last + 1, bare) ||
                    type_initials_before(c, i, parts[0]) ||
                    (listed_roles(c, i) & VI_ROLE_DOCUMENT) || same_type_listed(c, i, parts[0]);
        c->code_type = parts[0];
    } else {
        c->code_type = 0;
    }
    c->code_end = last + 1;
    say_doc_number(c, i);
    if (year != 0) {
        say_text(c, "năm", year - 1, year - 1);
        say_cardinal(c, year);
    }
    /* "100/2019/NĐ-CP của Chính phủ": the article names the issuer itself. */
    court = court_code(c, parts, np, has_type);
    if (court) {
        /* "Bản án số 123/2022/HS-ST": hình sự sơ thẩm, every part said, no "của" */
    } else if (issuer_follows(c, last + 1)) {
        np = has_type ? 1 : 0;
    } else if (!has_type && np > 1) {
        /* "1234/BYT-KCB", "567/UBND-KT": a letter's code starts with its issuer; the parts
         * after it name the office that drafted it, which newsreaders leave out. */
        np = 1;
    } else if (has_type && np > 2 && strstr(type->str, "liên tịch") == NULL) {
        /* "278/QĐ-BNN-BVTV", "199/KH-CAHN-PV11": after the type and the issuer, the drafting
         * office again; a joint document's parts are all its issuers ("TTLT-BCA-BQP-BTC"),
         * and a part joined by '&' goes on with the issuer ("QĐ-SGD&ĐT"). */
        size_t keep = 2;
        while (keep < np && vi_norm_sym(c, parts[keep] - 1, '&')) {
            keep++;
        }
        np = keep;
    }
    for (size_t p = 0; p < np; p++) {
        size_t t = parts[p];
        if (p == 0 && has_type) {
            if (!skip_type) {
                vi_norm_say(c, type->str, type->len, t, t);
            }
            continue;
        }
        if (p == (has_type ? 1u : 0u) && !court) {
            say_text(c, "của", t - 1, t - 1);
        }
        g_string_truncate(c->buf, 0);
        if (p + 1 < np && vi_norm_sym(c, parts[p + 1] - 1, '&') &&
            read_ampersand_pair(c, t, parts[p + 1], c->buf)) {
            /* "TTLT-BCA-BNN&PTNT-...": one body written with '&', not two */
            vi_norm_say_buf(c, t, parts[p + 1]);
            p++;
            continue;
        }
        read_code_word(c, t, c->buf);
        if (vi_norm_joined(c, t + 1, VI_TOK_NUM)) {
            if (g_str_has_suffix(c->buf->str, "quốc hội")) {
                /* "54/2019/QH14", "76/2025/UBTVQH15": the number is the legislature's term */
                g_string_append(c->buf, " khóa");
            }
            vi_num_cardinal(c->buf, vi_norm_str(c, t + 1), tok_len(c, t + 1), c->dialect);
            vi_norm_say_buf(c, t, t + 1);
        } else {
            vi_norm_say_buf(c, t, t);
        }
    }
    g_string_free(type, TRUE);
    c->said = VI_SAID_NUMBER;
    c->said_end = last + 1;
    return doc_said(c, last + 1, VI_ROLE_DOCUMENT);
}

/* ---------------------------------------------------------------------------------------- */
/* Vehicle plates                                                                            */

/* Is token i one or two uppercase letters? */
static gboolean plate_letters(const vi_norm *c, size_t i)
{
    glong n;
    if (!vi_norm_is(c, i, VI_TOK_WORD) || !vi_text_is_upper(vi_norm_str(c, i), tok_len(c, i))) {
        return FALSE;
    }
    n = g_utf8_strlen(vi_norm_str(c, i), (gssize)tok_len(c, i));
    return n >= 1 && n <= 2;
}

/* The serial number at j: 123.45 or 1234 or 12345. Returns the token after it, or 0. */
static size_t plate_serial(const vi_norm *c, size_t j)
{
    if (!vi_norm_is(c, j, VI_TOK_NUM)) {
        return 0;
    }
    if (tok_len(c, j) == 3 && joined_sym_num(c, j + 1, '.') && tok_len(c, j + 2) == 2) {
        return j + 3;
    }
    if ((tok_len(c, j) == 4 || tok_len(c, j) == 5) && !joined_sym_num(c, j + 1, '.')) {
        return j + 1; /* a full stop may end the sentence: "xe 29B1-12345." */
    }
    return 0;
}

/*
 * Is the number at j, after a dash spaced on one side or both, a plate's serial: 3 and 2
 * digits (667.96), or 4 or 5 digits that no unit, scale word or further figures follow
 * ("76M – 1210", "37C – 17409"; not "10K - 5000 đồng")? Four digits that read as a year
 * ("65W - 2024") need a plate word before or the series' digit (43H2 – 2019).
 */
static gboolean spaced_serial(vi_norm *c, size_t j, gboolean series)
{
    const vi_unit *u = NULL;
    size_t n = tok_len(c, j);
    guint64 v;
    if (n == 3 && joined_sym_num(c, j + 1, '.') && tok_len(c, j + 2) == 2) {
        return TRUE;
    }
    if (n == 4 && !series && num_in(c, j, 4, 4, 1900, 2099, &v) &&
        !(vi_norm_roles_before(c, 1) & VI_ROLE_PLATE)) {
        return FALSE;
    }
    return (n == 4 || n == 5) && !joined_sym_num(c, j + 1, '.') &&
           !joined_sym_num(c, j + 1, ',') && !vi_norm_joined(c, j + 1, VI_TOK_WORD) &&
           !is_magnitude(c, j + 1) && match_unit(c, j + 1, FALSE, &u) == 0;
}

/*
 * Is a vehicle plate at token i (29A-123.45, 51F-678.90, 30H-12345, 29-B1 123.45, "51C-
 * 479.63", "BKS 29C - 667.96", "37K1 648.69")? Returns the token after it, or 0, and gives
 * the tokens of its letters, its series' digit (0 if none) and the start of its serial.
 */
static size_t plate_at(vi_norm *c, size_t i, size_t *letters, size_t *series, size_t *serial)
{
    size_t j = i + 1;
    *series = 0;
    if (tok_len(c, i) != 2) {
        return 0;
    }
    if (vi_norm_sym(c, j, '-') && !c->tok[j].space) {
        j++; /* 29-B1 123.45 */
    }
    if (!plate_letters(c, j) || c->tok[j].space) {
        return 0;
    }
    *letters = j++;
    if (vi_norm_joined(c, j, VI_TOK_NUM) && tok_len(c, j) == 1) {
        *series = j++;
    }
    if ((vi_norm_sym(c, j, '-') || vi_norm_sym(c, j, '.')) && !c->tok[j].space &&
        vi_norm_joined(c, j + 1, VI_TOK_NUM)) {
        j++; /* 29A-123.45 */
    } else if (vi_norm_is_dash(c, j) && vi_norm_is(c, j + 1, VI_TOK_NUM) &&
               (!c->tok[j].space || spaced_serial(c, j + 1, *series != 0))) {
        /* a dash joined to the series, whatever follows it ("51C- 479.63", "92K– 4422",
         * "29F1- 7554nằm"), or spaced before it and before a serial ("BKS 29C - 667.96", "14C
         * -145.86", "43H2 – 5142") */
        j++;
    } else if (!(vi_norm_is(c, j, VI_TOK_NUM) && c->tok[j].space &&
                 (*letters == i + 2 ||
                  (tok_len(c, j) == 3 && joined_sym_num(c, j + 1, '.') && tok_len(c, j + 2) == 2) ||
                  ((*series != 0 || (vi_norm_roles_before(c, 1) & VI_ROLE_PLATE)) &&
                   spaced_serial(c, j, *series != 0))))) {
        return 0; /* 29-B1 123.45, 37K1 648.69, BKS 78H1 3001: a space before the serial */
    }
    *serial = j;
    return plate_serial(c, j);
}

/* Vehicle plates, digit by digit with letter names: 29A-123.45 -> "hai chín a một hai ba bốn
 * năm" (plate_at()). */
static size_t rule_plate(vi_norm *c, size_t i)
{
    size_t letters, series, serial;
    size_t end = plate_at(c, i, &letters, &series, &serial);
    if (end == 0) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_num_digits(c->buf, vi_norm_str(c, i), 2);
    vi_norm_say_buf(c, i, i);
    vi_norm_spell(c, c->buf, vi_norm_str(c, letters), tok_len(c, letters));
    if (series != 0) {
        vi_num_digits(c->buf, vi_norm_str(c, series), 1);
    }
    vi_norm_say_buf(c, letters, series != 0 ? series : letters);
    for (size_t t = serial; t < end; t++) {
        if (c->tok[t].type == VI_TOK_NUM) {
            vi_num_digits(c->buf, vi_norm_str(c, t), tok_len(c, t));
        }
    }
    vi_norm_say_buf(c, serial, end - 1);
    c->said = VI_SAID_NUMBER;
    c->said_end = end;
    return end;
}

/* ---------------------------------------------------------------------------------------- */
/* Signs and symbols before numbers                                                          */

/*
 * Is the "-" at token i, spaced before and joined to the number after it, the dash of a range
 * opened by "từ": "từ 20g -22g", "từ 5 -7 ngày"? The number before it (with a unit letter
 * joined, 20g, 8h) comes right after "từ".
 */
static gboolean range_after_tu(const vi_norm *c, size_t i)
{
    size_t p = i - 1;
    if (i < 2) {
        return FALSE;
    }
    if (vi_norm_is(c, p, VI_TOK_WORD) && !c->tok[p].space && vi_norm_is(c, p - 1, VI_TOK_NUM)) {
        p--;
    }
    return p > 0 && vi_norm_is(c, p, VI_TOK_NUM) && c->tok[p].space &&
           vi_norm_word_is(c, p - 1, "từ", TRUE);
}

/*
 * Is the bracket opened at token open said of a price or an index that moved: right after a
 * stock ticker or an index ("SAB (", "VN-Index ("), or after "tăng" or "giảm" a few words before
 * it in the clause ("giảm 0,6 điểm (", "tăng 3.000 đồng (")? Not after an amount alone
 * ("Lợi nhuận đạt 1.200 tỷ đồng (+18%)": a reader says *cộng* there).
 */
static gboolean after_move(vi_norm *c, size_t open)
{
    static const char *const moves[] = {"tăng", "giảm"};
    size_t j = open - 1;
    if (open == 0) {
        return FALSE;
    }
    if (vi_norm_capitals(c, j, 3, 3) || vi_norm_word_is(c, j, "index", TRUE) ||
        (vi_norm_is(c, j, VI_TOK_NUM) && j > 0 && !c->tok[j].space &&
         vi_norm_capitals(c, j - 1, 2, 3))) {
        return TRUE; /* "SAB (", "VN-Index (", "VN30 (" */
    }
    if (!vi_norm_is(c, j, VI_TOK_WORD)) {
        return FALSE;
    }
    for (size_t n = 0; n < 8; n++, j--) {
        if (c->tok[j].type == VI_TOK_SYM && !vi_norm_sym(c, j, ',') && !vi_norm_sym(c, j, '.')) {
            return FALSE;
        }
        if (vi_norm_sym(c, j, '.') && c->tok[j].space) {
            return FALSE;
        }
        if (vi_norm_word_in(c, j, moves, G_N_ELEMENTS(moves), TRUE)) {
            return TRUE;
        }
        if (j == 0) {
            break;
        }
    }
    return FALSE;
}

/*
 * Is the sign at token i, right after an opening bracket, that of a change in percent: alone in
 * the brackets after a price or an index that moved (after_move(): "SAB (+3,6%)", "giảm 0,6
 * điểm (-0,62%)"), or with up to three words of what it is measured against ("(+27% svck)",
 * "(+20% sv quý trước)")? Market news writes a rise or a fall so, and a newsreader says *tăng*
 * or *giảm*, not *cộng*, *âm*.
 */
static gboolean signed_change(vi_norm *c, size_t i)
{
    numlit a;
    size_t j;
    if (i == 0 || !vi_norm_sym(c, i - 1, '(') || c->tok[i].space ||
        !vi_norm_joined(c, i + 1, VI_TOK_NUM)) {
        return FALSE;
    }
    parse_number(c, i + 1, &a);
    j = a.last + 1;
    if (!vi_norm_sym(c, j, '%') || c->tok[j].space) {
        return FALSE;
    }
    if (vi_norm_sym(c, j + 1, ')') && !c->tok[j + 1].space) {
        return after_move(c, i - 1);
    }
    for (size_t n = 0; n < 3; n++, j++) {
        if (!vi_norm_is(c, j + 1, VI_TOK_WORD) || !c->tok[j + 1].space) {
            return FALSE;
        }
        if (vi_norm_sym(c, j + 2, ')') && !c->tok[j + 2].space) {
            return TRUE;
        }
    }
    return FALSE;
}

/* The scale letters of English money joined after the amount at token j, and nothing joined
 * after them: "$5m", "$2bn", "$300k", "$1.5M" (triệu, tỷ, nghìn); NULL when none. */
static const char *money_scale(const vi_norm *c, size_t j)
{
    if (!vi_norm_joined(c, j, VI_TOK_WORD) || vi_norm_joined(c, j + 1, VI_TOK_WORD) ||
        vi_norm_joined(c, j + 1, VI_TOK_NUM)) {
        return NULL;
    }
    return scale_letters(c, j);
}

/*
 * What stands before a number: a money sign ($100, US$ 5 tỷ, €20 -> "một trăm đô la"), a minus
 * after a space (-5°C -> "âm năm độ xê"), "~50%" (khoảng), "#1" (số), "+5%" (cộng).
 */
static size_t rule_prefix(vi_norm *c, size_t i)
{
    const vi_unit *u = NULL;
    size_t after = match_unit(c, i, FALSE, &u);
    size_t j;
    gunichar ch = c->tok[i].ch;
    gboolean starts = i == 0 || c->tok[i].space || vi_norm_sym(c, i - 1, '(') ||
                      vi_norm_sym(c, i - 1, '[') || vi_norm_sym(c, i - 1, ';');
    if (after > 0 && u->kind == VI_UNIT_MONEY && vi_norm_is(c, after, VI_TOK_NUM) &&
        (c->tok[i].type == VI_TOK_SYM || c->tok[after - 1].type == VI_TOK_SYM)) {
        numlit a;
        const char *scale;
        parse_number(c, after, &a);
        g_string_truncate(c->buf, 0);
        read_amount(c, &a, c->buf);
        j = a.last + 1;
        if (vi_norm_is_dash(c, j) && !c->tok[j].space && vi_norm_joined(c, j + 1, VI_TOK_NUM)) {
            /* "$5-10": a range of amounts in one currency, "năm đến mười đô la" */
            parse_number(c, j + 1, &a);
            vi_num_put(c->buf, "đến");
            read_amount(c, &a, c->buf);
            j = a.last + 1;
        }
        if ((scale = money_scale(c, j)) != NULL) {
            vi_num_put(c->buf, scale); /* "$5m", "$2bn", "$300k" */
            j++;
        }
        while (is_magnitude(c, j) && c->tok[j].space) {
            vi_num_put(c->buf, ""); /* nghìn, triệu, tỷ as written */
            g_string_append_len(c->buf, vi_norm_str(c, j), (gssize)tok_len(c, j));
            j++;
        }
        vi_norm_put_reading(c, c->buf, u->reading);
        vi_norm_say_buf(c, i, j - 1);
        c->said = VI_SAID_NUMBER;
        c->said_end = j;
        return j;
    }
    if (c->tok[i].type != VI_TOK_SYM || !vi_norm_joined(c, i + 1, VI_TOK_NUM)) {
        return 0;
    }
    if (ch == '+' && (j = rule_phone(c, i)) > 0) {
        return j;
    }
    if (ch == '-' && starts && range_after_tu(c, i)) {
        say_text(c, "đến", i, i); /* "từ 20g -22g", "từ 5 -7 ngày": a range, no minus */
        return i + 1;
    }
    if ((ch == '+' || ch == '-' || ch == 0x2212) && signed_change(c, i)) {
        say_text(c, ch == '+' ? "tăng" : "giảm", i, i);
        return i + 1;
    }
    if (ch == '-' && (i == 0 || vi_norm_paragraph_end(c, i - 1)) && clock_time_at(c, i + 1)) {
        return i + 1; /* a list's dash before a time, "-15h30: Bình Dương - ...": no minus */
    }
    if ((ch == '-' || ch == 0x2212) && starts) {
        say_text(c, "âm", i, i);
        c->said = VI_SAID_SIGN;
        c->said_end = i + 1;
        return i + 1;
    }
    if (ch == '~' && starts) {
        say_text(c, "khoảng", i, i);
        return i + 1;
    }
    if (ch == '#') {
        say_text(c, "số", i, i);
        return i + 1;
    }
    return 0;
}

/* ---------------------------------------------------------------------------------------- */

/* ---------------------------------------------------------------------------------------- */
/* Powers, scientific notation, prime marks                                                 */

/* The value of a superscript digit (⁰¹²³⁴⁵⁶⁷⁸⁹), or -1. */
static int superscript_digit(gunichar ch)
{
    switch (ch) {
    case 0x2070: return 0;
    case 0xB9: return 1;
    case 0xB2: return 2;
    case 0xB3: return 3;
    case 0x2074: return 4;
    case 0x2075: return 5;
    case 0x2076: return 6;
    case 0x2077: return 7;
    case 0x2078: return 8;
    case 0x2079: return 9;
    default: return -1;
    }
}

static gboolean is_minus(gunichar ch)
{
    return ch == '-' || ch == 0x2212 || ch == 0x207B; /* -, −, ⁻ */
}

/*
 * An exponent starting at token j, joined to what is before it: "^8", "^-3", "²³", "⁻³¹".
 * Appends "mũ [âm] N" to buf and returns the token after it, or 0.
 */
static size_t read_exponent(vi_norm *c, size_t j, GString *buf)
{
    gboolean negative = FALSE;
    char digits[8];
    size_t n = 0;
    if (vi_norm_sym(c, j, '^') && !c->tok[j].space) {
        size_t k = j + 1;
        if (k < c->ntok && !c->tok[k].space && c->tok[k].type == VI_TOK_SYM &&
            is_minus(c->tok[k].ch)) {
            negative = TRUE;
            k++;
        }
        if (!vi_norm_joined(c, k, VI_TOK_NUM) || tok_len(c, k) > 3) {
            return 0;
        }
        vi_num_put(buf, negative ? "mũ âm" : "mũ");
        vi_num_cardinal(buf, vi_norm_str(c, k), tok_len(c, k), c->dialect);
        return k + 1;
    }
    while (j < c->ntok && !c->tok[j].space && c->tok[j].type == VI_TOK_SYM && n < 3) {
        int d = superscript_digit(c->tok[j].ch);
        if (d < 0 && n == 0 && !negative && c->tok[j].ch == 0x207B) {
            negative = TRUE;
        } else if (d >= 0) {
            digits[n++] = (char)('0' + d);
        } else {
            break;
        }
        j++;
    }
    if (n == 0 || (j < c->ntok && !c->tok[j].space && superscript_digit(c->tok[j].ch) >= 0)) {
        return 0;
    }
    vi_num_put(buf, negative ? "mũ âm" : "mũ");
    vi_num_cardinal(buf, digits, n, c->dialect);
    return j;
}

/* The value of a subscript digit (₀ to ₉), or -1. */
static int subscript_digit(gunichar ch)
{
    return ch >= 0x2080 && ch <= 0x2089 ? (int)(ch - 0x2080) : -1;
}

/* Reads the subscript digits from token j on (at most 8) into digits; returns how many. */
static size_t subscript_run(const vi_norm *c, size_t j, char *digits)
{
    size_t n = 0;
    while (j + n < c->ntok && n < 8 && !c->tok[j + n].space &&
           subscript_digit(c->tok[j + n].ch) >= 0) {
        digits[n] = (char)('0' + subscript_digit(c->tok[j + n].ch));
        n++;
    }
    return n;
}

/*
 * Subscript digits in a formula, joined to a letter, a number or a bracket before them: "CO₂",
 * "H₂O", "C₆H₁₂O₆", "PM₂.₅" -> said as the same formula written with plain digits ("xê o hai",
 * "pê mờ hai chấm năm"). i is the first subscript digit.
 */
static size_t rule_subscript(vi_norm *c, size_t i)
{
    char digits[8], decimals[8];
    size_t n, m = 0, j;
    if (i == 0 || c->tok[i].space ||
        (c->tok[i - 1].type == VI_TOK_SYM && !vi_norm_sym(c, i - 1, ')')) ||
        (n = subscript_run(c, i, digits)) == 0) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_num_cardinal(c->buf, digits, n, c->dialect);
    if (vi_norm_sym(c, i + n, '.') && !c->tok[i + n].space &&
        (m = subscript_run(c, i + n + 1, decimals)) > 0) {
        vi_num_put(c->buf, "chấm");
        vi_num_digits(c->buf, decimals, m);
        m++;
    }
    j = i + n + m;
    /* The element symbols after it, each maybe with its own subscript: "H₂SO₄", "C₆H₁₂O₆". */
    while (vi_norm_capitalized(c, j) && !c->tok[j].space && tok_len(c, j) <= 4) {
        vi_norm_spell(c, c->buf, vi_norm_str(c, j), tok_len(c, j));
        j++;
        if (!vi_norm_joined(c, j, VI_TOK_SYM) || (n = subscript_run(c, j, digits)) == 0) {
            break;
        }
        vi_num_cardinal(c->buf, digits, n, c->dialect);
        j += n;
    }
    vi_norm_say_buf(c, i, j - 1);
    return j;
}

/*
 * An exponent joined to a word or a unit: "x^2" -> "ích mũ hai", "mol^-1" -> "mol mũ âm một";
 * after a unit of length, ^2 and ^3 are "vuông" and "khối" ("5 m^2": năm mét vuông). i is "^".
 */
static size_t rule_caret(vi_norm *c, size_t i)
{
    const vi_unit *u;
    size_t end;
    if (i == 0 || c->tok[i].space || c->tok[i - 1].type != VI_TOK_WORD) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    if ((end = read_exponent(c, i, c->buf)) == 0) {
        return 0;
    }
    u = unit_ending_at(c, i - 1);
    if (u != NULL && u->kind == VI_UNIT_MEASURE && g_str_has_suffix(u->reading, "mét") &&
        end == i + 2 && tok_len(c, i + 1) == 1 &&
        (vi_norm_str(c, i + 1)[0] == '2' || vi_norm_str(c, i + 1)[0] == '3')) {
        say_text(c, vi_norm_str(c, i + 1)[0] == '2' ? "vuông" : "khối", i, i + 1);
        return end;
    }
    vi_norm_say_buf(c, i, end - 1);
    return end;
}

/*
 * A power: "10^8", "10²³", "2^10" -> "mười mũ tám", ...; superscript digits only after 10 (a
 * note mark may follow another number). Scientific notation: "6.022e23", "1,5e-3", "4E9" ->
 * "sáu phẩy không hai hai nhân mười mũ hai mươi ba"; the mantissa has at most three digits
 * before its decimal mark, the exponent at most three digits. i is the first number.
 */
static size_t rule_power(vi_norm *c, size_t i)
{
    size_t j = i + 1;
    size_t end;
    guint64 v;
    if (vi_norm_sym(c, j, '^') || (vi_norm_value(c, i, &v) && v == 10 && tok_len(c, i) == 2 &&
                                   j < c->ntok && !c->tok[j].space &&
                                   (superscript_digit(c->tok[j].ch) >= 0 ||
                                    c->tok[j].ch == 0x207B))) {
        g_string_truncate(c->buf, 0);
        vi_num_cardinal(c->buf, vi_norm_str(c, i), tok_len(c, i), c->dialect);
        end = read_exponent(c, j, c->buf);
        if (end == 0) {
            return 0;
        }
        vi_norm_say_buf(c, i, end - 1);
        end = say_unit(c, end);
        c->said = VI_SAID_NUMBER;
        c->said_end = end;
        return end;
    }
    /* Scientific notation: the mantissa, "e" or "E", a sign, the exponent. */
    if (tok_len(c, i) > 3 || (i > 0 && !c->tok[i].space && c->tok[i - 1].type != VI_TOK_SYM)) {
        return 0;
    }
    if ((vi_norm_sym(c, j, '.') || vi_norm_sym(c, j, ',')) && !c->tok[j].space &&
        vi_norm_joined(c, j + 1, VI_TOK_NUM)) {
        j += 2;
    }
    if (vi_norm_joined(c, j, VI_TOK_WORD) && tok_len(c, j) == 1 &&
        (vi_norm_str(c, j)[0] == 'e' || vi_norm_str(c, j)[0] == 'E')) {
        size_t k = j + 1, t;
        gboolean negative = FALSE;
        if (k < c->ntok && !c->tok[k].space && c->tok[k].type == VI_TOK_SYM &&
            (is_minus(c->tok[k].ch) || c->tok[k].ch == '+')) {
            negative = is_minus(c->tok[k].ch);
            k++;
        }
        if (!vi_norm_joined(c, k, VI_TOK_NUM) || tok_len(c, k) > 3 ||
            vi_norm_joined(c, k + 1, VI_TOK_WORD) || vi_norm_joined(c, k + 1, VI_TOK_NUM)) {
            return 0;
        }
        if (!negative && vi_norm_is_dash(c, k + 1) && vi_norm_is(c, k + 2, VI_TOK_NUM) &&
            (c->tok[k + 1].space == c->tok[k + 2].space || !c->tok[k + 1].space)) {
            /* a motorbike plate, "99E1-329.39", "99E1 - 329.39", "99E1- 329.39", even one cut
             * short ("55E1- 612…"): no power of ten */
            return 0;
        }
        if (!negative && plate_at(c, i, &t, &t, &t) > 0) {
            return 0; /* any other plate whose series letter is E: "BKS 69E1 024.52" */
        }
        g_string_truncate(c->buf, 0);
        vi_num_cardinal(c->buf, vi_norm_str(c, i), tok_len(c, i), c->dialect);
        if (j > i + 1) {
            vi_num_put(c->buf, "phẩy");
            vi_num_fraction(c->buf, vi_norm_str(c, i + 2), tok_len(c, i + 2), c->dialect);
        }
        vi_num_put(c->buf, negative ? "nhân mười mũ âm" : "nhân mười mũ");
        vi_num_cardinal(c->buf, vi_norm_str(c, k), tok_len(c, k), c->dialect);
        vi_norm_say_buf(c, i, k);
        end = say_unit(c, k + 1);
        c->said = VI_SAID_NUMBER;
        c->said_end = end;
        return end;
    }
    return 0;
}

/* Does a word for a person's height come among the three words before token i ("cao",
 * "chiều cao")? Then 6′2″ is feet and inches. */
static gboolean height_before(vi_norm *c, size_t i)
{
    size_t words = 0;
    for (size_t t = i; t > 0 && words < 3;) {
        t--;
        if (c->tok[t].type == VI_TOK_WORD) {
            words++;
            if (vi_norm_word_is(c, t, "cao", TRUE)) {
                return TRUE;
            }
        }
    }
    return FALSE;
}

/* A compass letter after a coordinate: N, S, E, W (and B, Đ, T for Vietnamese). */
static const char *compass_reading(vi_norm *c, size_t j)
{
    static const struct {
        const char *letter;
        const char *reading;
    } points[] = {
        {"N", "vĩ bắc"}, {"S", "vĩ nam"}, {"E", "kinh đông"}, {"W", "kinh tây"},
    };
    if (!vi_norm_joined(c, j, VI_TOK_WORD) || tok_len(c, j) != 1) {
        return NULL;
    }
    for (size_t k = 0; k < G_N_ELEMENTS(points); k++) {
        if (vi_norm_word_is(c, j, points[k].letter, FALSE)) {
            return points[k].reading;
        }
    }
    return NULL;
}

/*
 * Prime marks after numbers: minutes and seconds of time or of arc (3′43″, 21°01′N -> "ba phút
 * bốn mươi ba giây", "hai mươi mốt độ một phút vĩ bắc"), or feet and inches after a word of
 * height (cao 6′2″ -> "sáu phít hai inh"). i is the number before ′ or ″.
 */
static size_t rule_prime(vi_norm *c, size_t i)
{
    gboolean feet = FALSE;
    size_t j = i + 1;
    const char *compass;
    if (!(vi_norm_sym(c, j, 0x2032) || vi_norm_sym(c, j, 0x2033)) || c->tok[j].space) {
        return 0;
    }
    feet = height_before(c, i) && c->said != VI_SAID_NUMBER;
    g_string_truncate(c->buf, 0);
    vi_num_cardinal(c->buf, vi_norm_str(c, i), tok_len(c, i), c->dialect);
    if (vi_norm_sym(c, j, 0x2032)) {
        vi_num_put(c->buf, feet ? "phít" : "phút");
        j++;
        if (vi_norm_joined(c, j, VI_TOK_NUM) && vi_norm_sym(c, j + 1, 0x2033) &&
            !c->tok[j + 1].space) {
            vi_num_cardinal(c->buf, vi_norm_str(c, j), tok_len(c, j), c->dialect);
            vi_num_put(c->buf, feet ? "inh" : "giây");
            j += 2;
        }
    } else {
        vi_num_put(c->buf, feet ? "inh" : "giây");
        j++;
    }
    if ((compass = compass_reading(c, j)) != NULL) {
        vi_num_put(c->buf, compass);
        j++;
    }
    vi_norm_say_buf(c, i, j - 1);
    c->said = VI_SAID_NUMBER;
    c->said_end = j;
    return j;
}

/*
 * Does a single quote (' or ‘) open before token i in its sentence, within back tokens: a mark
 * joined to the token after it, with a space, another mark ("('C')") or the start of the text
 * before it? The sentence ends at a '.', '!' or '?' before a space ('... Quân khu 1'); one
 * inside a number or a name does not end it (‘Phiên bản 2.0 B’, 'V.League B').
 */
static gboolean single_quote_before(const vi_norm *c, size_t i, size_t back)
{
    for (size_t t = i; t > 0 && i - t < back;) {
        t--;
        if (vi_norm_sentence_end(c, t)) {
            return FALSE;
        }
        if ((vi_norm_sym(c, t, '\'') || vi_norm_sym(c, t, 0x2018)) && t + 1 < c->ntok &&
            !c->tok[t + 1].space &&
            (c->tok[t].space || t == 0 || c->tok[t - 1].type == VI_TOK_SYM)) {
            return TRUE;
        }
    }
    return FALSE;
}

/* The end of a goal minute at token i: N', N+M' or N'+M (stoppage time) with a mark joined
 * after it; returns the token after it, or 0. */
static size_t minute_mark_end(const vi_norm *c, size_t i)
{
    guint64 n;
    size_t j = i + 1;
    if (!num_in(c, i, 1, 3, 1, 130, &n)) {
        return 0;
    }
    if (vi_norm_sym(c, j, '+') && !c->tok[j].space && vi_norm_joined(c, j + 1, VI_TOK_NUM) &&
        num_in(c, j + 1, 1, 2, 1, 30, &n)) {
        j += 2;
    }
    if (!vi_norm_prime_mark(c, j)) {
        return 0;
    }
    j++;
    if (j == i + 2 && vi_norm_sym(c, j, '+') && !c->tok[j].space &&
        vi_norm_joined(c, j + 1, VI_TOK_NUM) && num_in(c, j + 1, 1, 2, 1, 30, &n)) {
        j += 2; /* 45'+1 */
    }
    if (vi_norm_joined(c, j, VI_TOK_NUM) || vi_norm_joined(c, j, VI_TOK_WORD)) {
        return 0; /* 6'2 (feet and inches), 90's */
    }
    return j;
}

/*
 * Minutes of a match: N' (an apostrophe, ’ or ′ joined after a number up to 130; N+M' and
 * N'+M with stoppage time) in a sentence with a word of a match earlier (bàn, ghi, thẻ,
 * penalty, ...): "Ghi bàn: Tiến Linh 2', Tuấn Hải 36', Văn Đô 85', 90+3'" -> "Tiến Linh phút
 * hai, ..., phút chín mươi cộng ba"; "N phút" after a word of a length of time ("kéo dài
 * 90'", "sau 90'"), the number alone after "phút"; a minute opening a sentence before ':'
 * or a word ("46’ HIỆP 2 BẮT ĐẦU") needs no word of a match. With no word of a match, a mark after a small-letter word is a
 * length of time too ("trễ 50’", "khoảng 5'", "9 giờ 30’": *năm mươi phút*), and after a
 * name, alone or in brackets, a match's minute ("Eriksen (18')", "(Benatia 85')": *phút mười
 * tám*). Not inside single quotes, nor feet and inches (6'2").
 */
static size_t rule_goal_minute(vi_norm *c, size_t i)
{
    static const char *const match[] = {"bàn", "ghi", "lập", "thẻ", "penalty", "pen", "phạt",
                                        "kiến", "phản", "hiệp", "trận", "tỷ", "tỉ", "sút", "gỡ"};
    static const char *const lengths[] = {"trong", "sau", "cả", "dài", "suốt", "hết", "mất",
                                          "khoảng", "gần", "hơn", "chỉ", "đủ", "thêm", "bù"};
    size_t end = minute_mark_end(c, i);
    gboolean after_minute, length, heading;
    if (end == 0) {
        return 0; /* most numbers: no minute mark after them */
    }
    after_minute = i > 0 && vi_norm_word_is(c, i - 1, "phút", TRUE);
    length = i > 0 && vi_norm_word_in(c, i - 1, lengths, G_N_ELEMENTS(lengths), TRUE);
    /* "1': Hà Nội dâng cao đội hình", "46’ HIỆP 2 BẮT ĐẦU", "3’ Cơ hội cho Inter Miami!!!": a
     * minute opening a sentence of live commentary, before ':' or a word */
    heading = (i == 0 || vi_norm_sentence_end(c, i - 1)) &&
              (vi_norm_sym(c, end, ':') ||
               (end < c->ntok && c->tok[end].space && c->tok[end].type == VI_TOK_WORD));
    if (!(c->tok[i].space || i == 0 || vi_norm_sym(c, i - 1, '(')) ||
        single_quote_before(c, i, 96)) {
        return 0;
    }
    if (!heading && !word_near(c, i, 64, match, G_N_ELEMENTS(match), c->ntok, NULL, 0)) {
        size_t p = i > 0 && vi_norm_sym(c, i - 1, '(') ? i - 1 : i;
        if (p == i && i > 0 && c->tok[i - 1].type == VI_TOK_WORD &&
            !vi_norm_capitalized(c, i - 1)) {
            length = TRUE; /* "chuyến bay bị trễ 50’" */
        } else if (p == 0 || !vi_norm_capitalized(c, p - 1)) {
            return 0;
        }
    }
    g_string_truncate(c->buf, 0);
    if (!after_minute && !length) {
        vi_num_put(c->buf, "phút");
    }
    vi_num_cardinal(c->buf, vi_norm_str(c, i), tok_len(c, i), c->dialect);
    for (size_t t = i + 1; t < end; t++) {
        if (vi_norm_sym(c, t, '+')) {
            vi_num_put(c->buf, "cộng");
            vi_num_cardinal(c->buf, vi_norm_str(c, t + 1), tok_len(c, t + 1), c->dialect);
        }
    }
    if (length) {
        vi_num_put(c->buf, "phút");
    }
    vi_norm_say_buf(c, i, end - 1);
    c->said = VI_SAID_NUMBER;
    c->said_end = end;
    return end;
}

/*
 * Points and lines of geometry with a prime: "A'" -> "a phẩy", "A'B'C'" -> "a phẩy bê phẩy xê
 * phẩy" (capital letters one by one, each with its mark; the tokenizer keeps an apostrophe
 * between letters inside the word). Not a name such as O'Neil (every letter stands alone), nor
 * the end of a quote ('C', 'kế hoạch B').
 */
static size_t rule_letter_prime(vi_norm *c, size_t i)
{
    const char *w = vi_norm_str(c, i);
    size_t len = tok_len(c, i);
    gboolean last_marked = vi_norm_prime_mark(c, i + 1) && !vi_norm_joined(c, i + 2, VI_TOK_WORD) &&
                           !vi_norm_joined(c, i + 2, VI_TOK_NUM);
    if (len % 2 == 0 || (len == 1 && !last_marked)) {
        return 0;
    }
    for (size_t k = 0; k < len; k++) {
        if (k % 2 == 0 ? !g_ascii_isupper(w[k]) : w[k] != '\'') {
            return 0;
        }
    }
    /* (the quote last: the letters alone turn nearly every word away) */
    if (single_quote_before(c, i, 16)) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    for (size_t k = 0; k < len; k += 2) {
        vi_norm_spell(c, c->buf, w + k, 1);
        if (k + 1 < len || last_marked) {
            vi_num_put(c->buf, "phẩy");
        }
    }
    vi_norm_say_buf(c, i, last_marked ? i + 1 : i);
    return last_marked ? i + 2 : i + 1;
}

/* A currency code in capitals (USD, EUR, VND): the money unit of word j, or NULL. */
static const vi_unit *currency_code(vi_norm *c, size_t j)
{
    const vi_unit *u;
    char key[8];
    size_t n;
    if (!vi_norm_is(c, j, VI_TOK_WORD) || (n = tok_len(c, j)) != 3 ||
        !vi_text_is_upper(vi_norm_str(c, j), n)) {
        return NULL;
    }
    memcpy(key, vi_norm_str(c, j), n);
    key[n] = '\0';
    u = vi_lex_unit(c->lex, key);
    return u != NULL && u->kind == VI_UNIT_MONEY ? u : NULL;
}

/*
 * A pair of currencies (the rate of one against the other): "USD/VND", "EUR/USD" -> "đô la Mỹ,
 * Việt Nam đồng", the two names with a pause between them instead of a "per".
 */
static size_t rule_currency_pair(vi_norm *c, size_t i)
{
    const vi_unit *a = currency_code(c, i);
    const vi_unit *b;
    if (a == NULL || !vi_norm_sym(c, i + 1, '/') || c->tok[i + 1].space ||
        vi_norm_joined(c, i + 3, VI_TOK_SYM) || c->tok[i + 2].space ||
        (b = currency_code(c, i + 2)) == NULL) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_norm_put_reading(c, c->buf, a->reading);
    vi_norm_say_buf(c, i, i);
    vi_norm_pause(c, ",", i + 1);
    vi_norm_put_reading(c, c->buf, b->reading);
    vi_norm_say_buf(c, i + 2, i + 2);
    return i + 3;
}

size_t vi_numexpr_rule(vi_norm *c, size_t i)
{
    size_t next;
    if (c->tok[i].type == VI_TOK_WORD && (next = rule_currency_pair(c, i)) > 0) {
        return next;
    }
    if (c->tok[i].type == VI_TOK_WORD && (next = rule_letter_prime(c, i)) > 0) {
        return next;
    }
    if (vi_norm_sym(c, i, '^') && (next = rule_caret(c, i)) > 0) {
        return next;
    }
    if (c->tok[i].type == VI_TOK_SYM && subscript_digit(c->tok[i].ch) >= 0) {
        return rule_subscript(c, i);
    }
    if (c->tok[i].type != VI_TOK_NUM) {
        /* Only what may stand before a number ($100, US$ 5, -5), and only when one follows. */
        if (i + 1 >= c->ntok ||
            (c->tok[i].type == VI_TOK_WORD &&
             (c->tok[i + 1].type != VI_TOK_SYM || c->tok[i + 1].space ||
              !(vi_norm_is(c, i + 2, VI_TOK_NUM) || vi_norm_is(c, i + 3, VI_TOK_NUM)))) ||
            (c->tok[i].type == VI_TOK_SYM && c->tok[i + 1].space &&
             !vi_norm_is(c, i + 1, VI_TOK_NUM))) {
            return 0;
        }
        return rule_prefix(c, i);
    }
    if ((next = rule_tiebreak(c, i)) > 0 || (next = en_ordinal_in_vi(c, i)) > 0 ||
        (next = rule_version(c, i)) > 0 ||
        (next = rule_power(c, i)) > 0 || (next = rule_goal_minute(c, i)) > 0 ||
        (next = rule_prime(c, i)) > 0 || (next = rule_plate(c, i)) > 0 ||
        (next = rule_card(c, i)) > 0 || (next = rule_lottery(c, i)) > 0 ||
        (next = rule_model_pair(c, i)) > 0 || (next = rule_phone(c, i)) > 0 ||
        (next = rule_document(c, i)) > 0 || (next = rule_clock_range(c, i)) > 0 ||
        (next = rule_date(c, i)) > 0 || (next = rule_time(c, i)) > 0 ||
        (next = rule_tariff_code(c, i)) > 0 || (next = rule_chain(c, i)) > 0 || (next = rule_fraction(c, i)) > 0 ||
        (next = rule_colon_pair(c, i)) > 0 || (next = rule_months_span(c, i)) > 0 ||
        (next = rule_shorthand(c, i)) > 0 || (next = rule_metre_cm(c, i)) > 0) {
        if (c->said == VI_SAID_DATE) {
            c->date_end = next;
        }
        return next;
    }
    return rule_amount(c, i);
}
