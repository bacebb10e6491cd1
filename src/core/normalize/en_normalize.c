/*
 * The English rules of the normalizer, for pages and blocks in English: numbers, years,
 * ordinals, money, percent, dates, times, ranges, units and common abbreviations written out
 * as an English newsreader says them ("Exports rose 14% to $405 billion" -> "Exports rose
 * fourteen percent to four hundred five billion dollars"). They share the engine of the
 * Vietnamese rules (vi_norm.h: tokens, spans, pauses); words are left as written for the
 * English voice. Internal; prefix en_.
 */
#include <string.h>

#include "normalize/vi_norm.h"
#include "normalize/vi_numbers.h"

static const char *const ones[] = {"zero",    "one",     "two",       "three",    "four",
                                   "five",    "six",     "seven",     "eight",    "nine",
                                   "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                   "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
static const char *const tens[] = {"",      "",      "twenty",  "thirty", "forty",
                                   "fifty", "sixty", "seventy", "eighty", "ninety"};
static const char *const scales[] = {"", "thousand", "million", "billion", "trillion",
                                     "quadrillion", "quintillion"};
static const char *const ordinal_ones[] = {
    "zeroth",    "first",      "second",     "third",      "fourth",    "fifth",     "sixth",
    "seventh",   "eighth",     "ninth",      "tenth",      "eleventh",  "twelfth",   "thirteenth",
    "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
static const char *const months[] = {"January", "February", "March",     "April",
                                     "May",     "June",     "July",      "August",
                                     "September", "October", "November", "December"};

static size_t tok_len(const vi_norm *c, size_t i)
{
    return vi_norm_len(c, i);
}

/* Appends a number below 1000: "four hundred five", "twenty-one". */
static void below_thousand(GString *out, unsigned n)
{
    if (n >= 100) {
        vi_num_put(out, ones[n / 100]);
        vi_num_put(out, "hundred");
        n %= 100;
        if (n == 0) {
            return;
        }
    }
    if (n < 20) {
        vi_num_put(out, ones[n]);
    } else {
        vi_num_put(out, tens[n / 10]);
        if (n % 10 != 0) {
            g_string_append_c(out, '-');
            g_string_append(out, ones[n % 10]);
        }
    }
}

/* Appends the cardinal of n digits (any length; over 21 digits digit by digit). */
void en_cardinal(GString *out, const char *d, size_t n)
{
    unsigned groups[8];
    size_t ng = 0;
    gboolean said = FALSE;
    while (n > 1 && d[0] == '0') {
        d++;
        n--;
    }
    if (n > 21) {
        for (size_t i = 0; i < n; i++) {
            vi_num_put(out, ones[d[i] - '0']);
        }
        return;
    }
    for (size_t end = n; end > 0 && ng < G_N_ELEMENTS(groups);) {
        size_t start = end >= 3 ? end - 3 : 0;
        unsigned v = 0;
        for (size_t k = start; k < end; k++) {
            v = v * 10 + (unsigned)(d[k] - '0');
        }
        groups[ng++] = v;
        end = start;
    }
    for (size_t g = ng; g > 0; g--) {
        if (groups[g - 1] == 0) {
            continue;
        }
        below_thousand(out, groups[g - 1]);
        if (g > 1) {
            vi_num_put(out, scales[g - 1]);
        }
        said = TRUE;
    }
    if (!said) {
        vi_num_put(out, "zero");
    }
}

static void en_cardinal_u(GString *out, unsigned v)
{
    char d[16];
    g_snprintf(d, sizeof d, "%u", v);
    en_cardinal(out, d, strlen(d));
}

/* Appends an ordinal: "first", "twenty-third", "one hundredth". */
static void en_ordinal(GString *out, guint64 v)
{
    GString *card;
    const char *last;
    if (v < 20) {
        vi_num_put(out, ordinal_ones[v]);
        return;
    }
    if (v < 100 && v % 10 != 0) {
        vi_num_put(out, tens[v / 10]);
        g_string_append_c(out, '-');
        g_string_append(out, ordinal_ones[v % 10]);
        return;
    }
    if (v >= 100 && v % 100 != 0) {
        /* one hundred first: the cardinal of the hundreds, the ordinal of the rest */
        char d[24];
        g_snprintf(d, sizeof d, "%" G_GUINT64_FORMAT, v - v % 100);
        en_cardinal(out, d, strlen(d));
        en_ordinal(out, v % 100);
        return;
    }
    card = g_string_new(NULL);
    {
        char d[24];
        g_snprintf(d, sizeof d, "%" G_GUINT64_FORMAT, v);
        en_cardinal(card, d, strlen(d));
    }
    /* The last word becomes ordinal: twenty -> twentieth, hundred -> hundredth. */
    last = strrchr(card->str, ' ');
    last = last != NULL ? last + 1 : card->str;
    if (g_str_has_suffix(last, "y")) {
        g_string_truncate(card, card->len - 1);
        g_string_append(card, "ieth");
    } else {
        g_string_append(card, "th");
    }
    vi_num_put(out, card->str);
    g_string_free(card, TRUE);
}

/* Appends a number of three or four figures in pairs, as years and house numbers are said:
 * 1999 "nineteen ninety-nine", 1900 "nineteen hundred", 708 "seven oh eight". */
static void en_pairs(GString *out, unsigned y)
{
    if (y < 100) {
        en_cardinal_u(out, y);
        return;
    }
    below_thousand(out, y / 100);
    if (y % 100 == 0) {
        vi_num_put(out, "hundred");
    } else if (y % 100 < 10) {
        vi_num_put(out, "oh");
        vi_num_put(out, ones[y % 100]);
    } else {
        below_thousand(out, y % 100);
    }
}

/* Appends a year: 1999 "nineteen ninety-nine", 2005 "two thousand five", 2024 "twenty
 * twenty-four", 1900 "nineteen hundred". */
static void en_year(GString *out, unsigned y)
{
    if ((y >= 2000 && y <= 2009) || y < 1000 || y > 2999) {
        en_cardinal_u(out, y);
        return;
    }
    en_pairs(out, y);
}

/* Appends the digits after a decimal point one by one: ".05" -> "point zero five". */
static void en_decimals(GString *out, const char *d, size_t n)
{
    vi_num_put(out, "point");
    for (size_t i = 0; i < n; i++) {
        vi_num_put(out, ones[d[i] - '0']);
    }
}

/* Appends a fraction: "one half", "three quarters", "two thirds"; after a whole number
 * (mixed) "and a half", "and three eighths". */
static void en_fraction(GString *out, unsigned num, unsigned den, gboolean mixed)
{
    if (mixed) {
        vi_num_put(out, "and");
    }
    if (num == 1 && mixed) {
        vi_num_put(out, den == 8 ? "an" : "a");
    } else {
        en_cardinal_u(out, num);
    }
    if (den == 2) {
        vi_num_put(out, num == 1 ? "half" : "halves");
    } else if (den == 4) {
        vi_num_put(out, num == 1 ? "quarter" : "quarters");
    } else {
        en_ordinal(out, den);
        if (num > 1) {
            g_string_append_c(out, 's');
        }
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Numbers as written                                                                        */

/* An English number: 1,234,567.89 or 1234 or 3.5; the integer digits go to buf. */
typedef struct {
    size_t first, last;
    char digits[40];
    size_t n;
    size_t frac; /* token of the decimals, or 0 */
    gboolean plain;
    gboolean dot_first; /* written from the point: .45 "point four five" */
} en_num;

static gboolean joined_sym_num(const vi_norm *c, size_t i, gunichar ch)
{
    return vi_norm_sym(c, i, ch) && !c->tok[i].space && vi_norm_joined(c, i + 1, VI_TOK_NUM);
}

static void parse(const vi_norm *c, size_t i, en_num *a)
{
    size_t j = i;
    memset(a, 0, sizeof *a);
    a->first = i;
    if (vi_norm_sym(c, i, '.')) { /* .45, $.01: nothing before the point */
        a->n = 1;
        a->digits[0] = '0';
        a->frac = a->last = i + 1;
        a->dot_first = TRUE;
        return;
    }
    a->plain = TRUE;
    a->n = MIN(tok_len(c, i), sizeof a->digits - 1);
    memcpy(a->digits, vi_norm_str(c, i), a->n);
    if (tok_len(c, i) <= 3) {
        while (joined_sym_num(c, j + 1, ',') && tok_len(c, j + 2) == 3 &&
               a->n + 3 < sizeof a->digits) {
            memcpy(a->digits + a->n, vi_norm_str(c, j + 2), 3);
            a->n += 3;
            j += 2;
            a->plain = FALSE;
        }
    }
    if (joined_sym_num(c, j + 1, '.') && !joined_sym_num(c, j + 3, '.')) {
        a->frac = j + 2;
        j += 2;
        a->plain = FALSE;
    }
    a->digits[a->n] = '\0';
    a->last = j;
}

/* Is token i a point with figures after it and nothing before it (".45", "$.01")? */
static gboolean point_first(const vi_norm *c, size_t i)
{
    return vi_norm_sym(c, i, '.') && vi_norm_joined(c, i + 1, VI_TOK_NUM) &&
           (i == 0 || c->tok[i].space || c->tok[i - 1].type == VI_TOK_SYM);
}

static void read_num(const vi_norm *c, const en_num *a, GString *out)
{
    if (!a->dot_first) {
        en_cardinal(out, a->digits, a->n);
    }
    if (a->frac != 0) {
        en_decimals(out, vi_norm_str(c, a->frac), tok_len(c, a->frac));
    }
}

static gboolean is_one(const en_num *a)
{
    return a->frac == 0 && a->n == 1 && a->digits[0] == '1';
}

/* ---------------------------------------------------------------------------------------- */
/* Units and money                                                                           */

typedef struct {
    const char *key;
    const char *one;  /* singular */
    const char *many; /* plural */
} en_unit;

static const en_unit units[] = {
    {"km", "kilometer", "kilometers"},   {"m", "meter", "meters"},
    {"cm", "centimeter", "centimeters"}, {"mm", "millimeter", "millimeters"},
    {"mi", "mile", "miles"},             {"ft", "foot", "feet"},
    {"in", "inch", "inches"},            {"kg", "kilogram", "kilograms"},
    {"g", "gram", "grams"},              {"mg", "milligram", "milligrams"},
    {"lb", "pound", "pounds"},           {"lbs", "pounds", "pounds"},
    {"oz", "ounce", "ounces"},           {"t", "ton", "tons"},
    {"l", "liter", "liters"},            {"ml", "milliliter", "milliliters"},
    {"ha", "hectare", "hectares"},       {"km2", "square kilometer", "square kilometers"},
    {"km²", "square kilometer", "square kilometers"},
    {"m2", "square meter", "square meters"}, {"m²", "square meter", "square meters"},
    {"mph", "mile per hour", "miles per hour"},
    {"km/h", "kilometer per hour", "kilometers per hour"},
    {"°C", "degree Celsius", "degrees Celsius"}, {"°F", "degree Fahrenheit", "degrees Fahrenheit"},
    {"°", "degree", "degrees"},          {"º", "degree", "degrees"},
    {"W", "watt", "watts"},              {"kW", "kilowatt", "kilowatts"},
    {"MW", "megawatt", "megawatts"},     {"GW", "gigawatt", "gigawatts"},
    {"kWh", "kilowatt hour", "kilowatt hours"},
    {"GB", "gigabyte", "gigabytes"},     {"MB", "megabyte", "megabytes"},
    {"TB", "terabyte", "terabytes"},     {"GHz", "gigahertz", "gigahertz"},
    {"MHz", "megahertz", "megahertz"},   {"Hz", "hertz", "hertz"},
    {"V", "volt", "volts"},              {"mAh", "milliamp hour", "milliamp hours"},
    {"bn", "billion", "billion"},        {"tn", "trillion", "trillion"},
    {"pts", "points", "points"},         {"mo", "month", "months"},
    {"yr", "year", "years"},             {"yrs", "years", "years"},
    {"wk", "week", "weeks"},             {"wks", "weeks", "weeks"},
    {"hr", "hour", "hours"},             {"hrs", "hours", "hours"},
    {"min", "minute", "minutes"},        {"mins", "minutes", "minutes"},
    {"sec", "second", "seconds"},        {"secs", "seconds", "seconds"},
    {"km³", "cubic kilometer", "cubic kilometers"}, {"m³", "cubic meter", "cubic meters"},
    {"cm³", "cubic centimeter", "cubic centimeters"},
    {"kbps", "kilobit per second", "kilobits per second"},
    {"Mbps", "megabit per second", "megabits per second"},
    {"mbps", "megabit per second", "megabits per second"},
    {"Gbps", "gigabit per second", "gigabits per second"},
    {"%", "percent", "percent"},         {"pc", "percent", "percent"},
    /* joined to the amount only (joined_unit): 40C, 1.5C, 100F, 40p */
    {"C", "degree Celsius", "degrees Celsius"}, {"F", "degree Fahrenheit", "degrees Fahrenheit"},
    {"p", "penny", "pence"},
    /* a headline's capitals: 12KG, 10KM */
    {"KG", "kilogram", "kilograms"},     {"KM", "kilometer", "kilometers"},
};

/* A unit said only joined to its amount: "5in" (not "5 in 10"), "40C", "40p". */
static gboolean joined_unit(const char *key)
{
    return strcmp(key, "in") == 0 || strcmp(key, "C") == 0 || strcmp(key, "F") == 0 ||
           strcmp(key, "p") == 0;
}

typedef struct {
    const char *key;
    const char *one;
    const char *many;
    const char *cent_one;
    const char *cents;
} en_money;

static const en_money money[] = {
    {"$", "dollar", "dollars", "cent", "cents"},
    {"US$", "U.S. dollar", "U.S. dollars", "cent", "cents"},
    {"€", "euro", "euros", "cent", "cents"},
    {"£", "pound", "pounds", "penny", "pence"},
    {"¥", "yen", "yen", NULL, NULL},
    {"₫", "dong", "dong", NULL, NULL},
    {"C$", "Canadian dollar", "Canadian dollars", "cent", "cents"},
    {"A$", "Australian dollar", "Australian dollars", "cent", "cents"},
    {"NZ$", "New Zealand dollar", "New Zealand dollars", "cent", "cents"},
    {"HK$", "Hong Kong dollar", "Hong Kong dollars", "cent", "cents"},
    {"S$", "Singapore dollar", "Singapore dollars", "cent", "cents"},
    {"₹", "rupee", "rupees", NULL, NULL},
    {"₩", "won", "won", NULL, NULL},
    {"₱", "peso", "pesos", "centavo", "centavos"},
    {"₽", "ruble", "rubles", "kopeck", "kopecks"},
};

static const en_money money_after[] = {
    {"USD", "U.S. dollar", "U.S. dollars", NULL, NULL},
    {"EUR", "euro", "euros", NULL, NULL},
    {"GBP", "pound", "pounds", NULL, NULL},
    {"VND", "dong", "dong", NULL, NULL},
    {"dollars", "dollar", "dollars", NULL, NULL},
};

/* Words for the size of an amount: "$405 billion". */
static gboolean is_magnitude(const vi_norm *c, size_t i)
{
    static const char *const words[] = {"thousand", "million", "billion", "trillion"};
    return vi_norm_word_in(c, i, words, G_N_ELEMENTS(words), TRUE);
}

/* The unit (joined or after one space) at token j, with how many tokens it takes. */
static const en_unit *unit_at(vi_norm *c, size_t j, size_t *ntok)
{
    const en_unit *best = NULL;
    GString *key = g_string_new(NULL);
    for (size_t k = j; k < c->ntok && k < j + 3; k++) {
        if (k > j && c->tok[k].space) {
            break;
        }
        g_string_append_len(key, vi_norm_str(c, k), (gssize)tok_len(c, k));
        if (vi_norm_joined(c, k + 1, VI_TOK_WORD) && c->tok[k].type == VI_TOK_WORD) {
            continue; /* "5 mice": not "m" */
        }
        for (size_t u = 0; u < G_N_ELEMENTS(units); u++) {
            if (strcmp(key->str, units[u].key) == 0 &&
                !(joined_unit(key->str) && (c->tok[j].space || j == 0 ||
                                            c->tok[j - 1].type != VI_TOK_NUM))) {
                best = &units[u];
                *ntok = k - j + 1;
            }
        }
    }
    g_string_free(key, TRUE);
    return best;
}

/* ---------------------------------------------------------------------------------------- */
/* Dates and times                                                                           */

/* Is word i the word w (capitalized as written) also in capitals or in lower case ("JAN.",
 * "july") but not in another mix? */
static gboolean word_any_case(const vi_norm *c, size_t i, const char *w)
{
    const char *s = vi_norm_str(c, i);
    size_t n = tok_len(c, i);
    gboolean upper = TRUE, lower = TRUE;
    char low[16];
    if (vi_norm_word_is(c, i, w, FALSE)) {
        return TRUE;
    }
    if (n != strlen(w) || n >= sizeof low) {
        return FALSE;
    }
    for (size_t k = 0; k < n; k++) {
        upper = upper && g_ascii_isupper(s[k]);
        lower = lower && g_ascii_islower(s[k]);
        low[k] = g_ascii_tolower(w[k]);
    }
    low[n] = '\0';
    return (upper || lower) && g_ascii_strncasecmp(s, low, n) == 0;
}

static int month_at(const vi_norm *c, size_t i, size_t *ntok)
{
    static const char *const abbr[] = {"Jan", "Feb", "Mar", "Apr", "May",  "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov",  "Dec"};
    if (!vi_norm_is(c, i, VI_TOK_WORD)) {
        return -1;
    }
    for (int m = 0; m < 12; m++) {
        if (word_any_case(c, i, months[m])) {
            *ntok = 1;
            return m;
        }
        if (word_any_case(c, i, abbr[m]) || (m == 8 && word_any_case(c, i, "Sept"))) {
            *ntok = vi_norm_sym(c, i + 1, '.') && !c->tok[i + 1].space ? 2 : 1;
            return m;
        }
    }
    return -1;
}

static gboolean value_in(const vi_norm *c, size_t i, size_t maxlen, guint64 min, guint64 max,
                         guint64 *v)
{
    return vi_norm_is(c, i, VI_TOK_NUM) && tok_len(c, i) <= maxlen && vi_norm_value(c, i, v) &&
           *v >= min && *v <= max;
}

/* Is token k an ordinal suffix joined after a denominator ("1/4th"): 1 if so, else 0. */
static size_t fraction_suffix(const vi_norm *c, size_t k)
{
    static const char *const suffixes[] = {"st", "nd", "rd", "th"};
    return vi_norm_joined(c, k, VI_TOK_WORD) &&
                   vi_norm_word_in(c, k, suffixes, G_N_ELEMENTS(suffixes), TRUE) &&
                   !vi_norm_joined(c, k + 1, VI_TOK_WORD) && !vi_norm_joined(c, k + 1, VI_TOK_NUM)
               ? 1
               : 0;
}

/* A fraction written with a slash at token i: 1/2, 3/4, 5/8 (a denominator of recipes and
 * shares, the numerator smaller), not a date or a name (9/11, 24/7, 1/2/2025); a
 * denominator with its ordinal suffix (1/4th) is one. */
static gboolean fraction_at(const vi_norm *c, size_t i, unsigned *num, unsigned *den)
{
    guint64 n, d;
    if (!value_in(c, i, 2, 1, 15, &n) || !joined_sym_num(c, i + 1, '/') ||
        !value_in(c, i + 2, 2, 2, 16, &d) || n >= d || (d > 5 && d != 8 && d != 10 && d != 16) ||
        (i > 0 && !c->tok[i].space && c->tok[i - 1].type == VI_TOK_SYM &&
         vi_norm_sym(c, i - 1, '/')) ||
        (i + 3 < c->ntok && !c->tok[i + 3].space && !fraction_suffix(c, i + 3) &&
         (vi_norm_sym(c, i + 3, '/') || c->tok[i + 3].type != VI_TOK_SYM))) {
        return FALSE;
    }
    *num = (unsigned)n;
    *den = (unsigned)d;
    return TRUE;
}

/* Says the digits of token k one by one ("five five five"). */
static void say_digits(vi_norm *c, size_t k)
{
    const char *d = vi_norm_str(c, k);
    g_string_truncate(c->buf, 0);
    for (size_t n = 0; n < tok_len(c, k); n++) {
        vi_num_put(c->buf, ones[d[n] - '0']);
    }
    vi_norm_say_buf(c, k, k);
}

/* A toll-free number spelled in letters, 1-800-FLOWERS, 1-888-GO-U-HAUL: "one, eight hundred"
 * (800; another code figure by figure), then the letters and figures as they come. */
static size_t rule_vanity(vi_norm *c, size_t i)
{
    guint64 v;
    if ((i > 0 && !c->tok[i].space) || !value_in(c, i, 1, 1, 1, &v) ||
        !joined_sym_num(c, i + 1, '-') || tok_len(c, i + 2) != 3 ||
        vi_norm_str(c, i + 2)[0] != '8' || !vi_norm_sym(c, i + 3, '-') || c->tok[i + 3].space ||
        !vi_norm_capitals(c, i + 4, 2, 16) || c->tok[i + 4].space) {
        return 0;
    }
    vi_norm_say(c, "one", 3, i, i);
    vi_norm_pause(c, ",", i + 1);
    if (strncmp(vi_norm_str(c, i + 2), "800", 3) == 0) {
        vi_norm_say(c, "eight hundred", strlen("eight hundred"), i + 2, i + 2);
    } else {
        say_digits(c, i + 2);
    }
    vi_norm_pause(c, ",", i + 3);
    return i + 4;
}

/*
 * A phone number, said digit by digit in its groups: 555-123-4567, 1-800-555-0199,
 * 555.123.4567, (212) 555-0199, 555-0199 (a group of four with a leading zero: no range is
 * written so), 020-7946-0958 (a first group with a leading zero). i is the first number or
 * the "(" before an area code.
 */
static size_t rule_phone(vi_norm *c, size_t i)
{
    size_t groups[5];
    size_t ng = 0, k = i, start = i;
    gunichar sep = 0;
    gboolean area = FALSE;
    if (vi_norm_sym(c, i, '(')) {
        size_t dash = vi_norm_sym(c, i + 3, '-') && !c->tok[i + 3].space ? 1 : 0; /* (212)-555 */
        if (!vi_norm_joined(c, i + 1, VI_TOK_NUM) || tok_len(c, i + 1) != 3 ||
            !vi_norm_sym(c, i + 2, ')') || c->tok[i + 2].space ||
            !vi_norm_is(c, i + 3 + dash, VI_TOK_NUM) || tok_len(c, i + 3 + dash) != 3 ||
            (dash && c->tok[i + 4].space)) {
            return 0;
        }
        area = TRUE;
        k = i + 3 + dash;
    }
    if (!vi_norm_is(c, k, VI_TOK_NUM) ||
        (k > 0 && !c->tok[k].space && !area &&
         (c->tok[k - 1].type != VI_TOK_SYM || vi_norm_sym(c, k - 1, '-') ||
          vi_norm_sym(c, k - 1, '.')))) {
        return 0;
    }
    groups[ng++] = k;
    while (ng < G_N_ELEMENTS(groups) && k + 2 < c->ntok && !c->tok[k + 1].space &&
           (vi_norm_sym(c, k + 1, '-') || vi_norm_sym(c, k + 1, '.')) &&
           (sep == 0 || vi_norm_sym(c, k + 1, sep)) && vi_norm_joined(c, k + 2, VI_TOK_NUM)) {
        sep = c->tok[k + 1].ch;
        k += 2;
        groups[ng++] = k;
    }
    if (vi_norm_joined(c, k + 1, VI_TOK_NUM) || vi_norm_joined(c, k + 1, VI_TOK_WORD) ||
        ((vi_norm_sym(c, k + 1, '-') || vi_norm_sym(c, k + 1, '.')) &&
         vi_norm_joined(c, k + 2, VI_TOK_NUM))) {
        return 0;
    }
    {
        size_t len[5];
        for (size_t g = 0; g < ng; g++) {
            len[g] = tok_len(c, groups[g]);
        }
        /* ISBN 978-1-86940-214-3: the digits of each group */
        gboolean isbn = i > 0 && ng >= 2 && !area &&
                        (vi_norm_word_is(c, i - 1, "ISBN", FALSE) ||
                         vi_norm_word_is(c, i - 1, "ISSN", FALSE));
        gboolean last4 = ng >= 2 && len[ng - 1] == 4 && len[ng - 2] == 3;
        /* 123-45-6789: a social security number */
        gboolean ssn = ng == 3 && !area && len[0] == 3 && len[1] == 2 && len[2] == 4;
        /* 555-123-4567-89: an extension after a number of ten figures */
        gboolean ext = ng == 4 && !area && len[0] == 3 && len[1] == 3 && len[2] == 4;
        /* 020-7946-0958: a first group of three digits or more with a leading zero */
        gboolean zero = !area && ng >= 2 && len[0] >= 3 && vi_norm_str(c, groups[0])[0] == '0';
        gboolean ok = isbn || zero || ssn || ext || (last4 && ((ng == 3 && len[0] == 3 && !area) ||
                                         (ng == 4 && len[0] == 1 && len[1] == 3 && !area) ||
                                         (ng == 2 &&
                                          (area || vi_norm_str(c, groups[1])[0] == '0'))));
        if (!ok) {
            return 0;
        }
    }
    if (area) {
        vi_norm_pause(c, ",", start);
        say_digits(c, start + 1);
        vi_norm_pause(c, ",", start + 2);
        if (groups[0] == start + 4) {
            vi_norm_pause(c, ",", start + 3);
        }
    }
    for (size_t g = 0; g < ng; g++) {
        say_digits(c, groups[g]);
        if (g + 1 < ng) {
            vi_norm_pause(c, ",", groups[g] + 1);
        }
    }
    return k + 1;
}

/*
 * Numbers joined by dots three times or more: an IP address of four numbers up to 255 digit by
 * digit (192.168.0.1 "one nine two dot one six eight dot zero dot one"), else a version or a
 * section "point" between the numbers (2.4.1 "two point four point one").
 */
static size_t rule_dotted(vi_norm *c, size_t i)
{
    size_t k = i, n = 1;
    gboolean ip = TRUE;
    guint64 v;
    if (i > 0 && !c->tok[i].space && c->tok[i - 1].type != VI_TOK_SYM) {
        return 0;
    }
    while (joined_sym_num(c, k + 1, '.')) {
        k += 2;
        n++;
    }
    if (n < 3 || vi_norm_joined(c, k + 1, VI_TOK_WORD)) {
        return 0;
    }
    for (size_t g = i; g <= k; g += 2) {
        ip = ip && n == 4 && tok_len(c, g) <= 3 && vi_norm_value(c, g, &v) && v <= 255;
    }
    for (size_t g = i; g <= k; g += 2) {
        if (ip) {
            say_digits(c, g);
        } else {
            g_string_truncate(c->buf, 0);
            en_cardinal(c->buf, vi_norm_str(c, g), tok_len(c, g));
            vi_norm_say_buf(c, g, g);
        }
        if (g < k) {
            vi_norm_say(c, ip ? "dot" : "point", ip ? 3 : 5, g + 1, g + 1);
        }
    }
    return k + 1;
}

/* "1/2 cup": "one half cup"; a mark over 5 or 10 not followed by "of" is "out of" ("rated
 * 4/5": "four out of five"; "3/5 of them": "three fifths"). */
static size_t rule_fraction(vi_norm *c, size_t i)
{
    unsigned num, den;
    if (!fraction_at(c, i, &num, &den)) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    if ((den == 5 || den == 10) && !vi_norm_word_is(c, i + 3, "of", FALSE)) {
        en_cardinal_u(c->buf, num);
        vi_num_put(c->buf, "out of");
        en_cardinal_u(c->buf, den);
    } else {
        en_fraction(c->buf, num, den, FALSE);
    }
    vi_norm_say_buf(c, i, i + 2 + fraction_suffix(c, i + 3));
    return i + 3 + fraction_suffix(c, i + 3);
}

/*
 * An English ordinal inside Vietnamese text, a number with the suffix English gives it joined
 * ("20th Century Fox", "50th Anniversary", "Sport 1st", "81st"): said by the English voice,
 * *twentieth* (it was *hai mươi* and the letters "th"). Only the suffix that fits the number
 * (1st, 2nd, 3rd, 11th to 13th, 21st...), in small letters, with nothing joined after it.
 * Returns the token after it, or 0.
 */
size_t en_ordinal_in_vi(vi_norm *c, size_t i)
{
    static const char *const suffixes[] = {"th", "st", "nd", "rd"};
    guint64 v;
    size_t s;
    if (!value_in(c, i, 4, 1, 9999, &v) || vi_norm_str(c, i)[0] == '0' ||
        !vi_norm_joined(c, i + 1, VI_TOK_WORD) || vi_norm_joined(c, i + 2, VI_TOK_WORD) ||
        vi_norm_joined(c, i + 2, VI_TOK_NUM) ||
        (i > 0 && !c->tok[i].space && c->tok[i - 1].type != VI_TOK_SYM)) {
        return 0;
    }
    s = v % 100 >= 11 && v % 100 <= 13 ? 0 : v % 10 <= 3 ? (size_t)(v % 10) : 0;
    if (!vi_norm_word_is(c, i + 1, suffixes[s], FALSE)) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    en_ordinal(c->buf, v);
    vi_norm_say_foreign_text(c, c->buf->str, c->buf->len, i, i + 1);
    return i + 2;
}

/* A day written with its ordinal suffix: 5th, 21st. Returns the tokens it takes (1 or 2). */
static size_t day_tokens(const vi_norm *c, size_t i)
{
    static const char *const suffixes[] = {"st", "nd", "rd", "th"};
    return vi_norm_joined(c, i + 1, VI_TOK_WORD) &&
                   vi_norm_word_in(c, i + 1, suffixes, G_N_ELEMENTS(suffixes), TRUE)
               ? 2
               : 1;
}

/* "Jan-15", "Jan-15-2020" (a table's or a form's date): the month's name in capitals or
 * capitalized, a dash, the day and maybe a dash and a year of four figures; not when more
 * follows joined ("Mar-15A"); "Feb-2024" is the month and the year. i is the month. */
static size_t month_dash_day(vi_norm *c, size_t i, int m)
{
    guint64 d, y;
    size_t j = i + 2;
    gboolean year = FALSE;
    size_t e;
    if (value_in(c, j, 4, 1000, 2999, &y) && tok_len(c, j) == 4 &&
        !vi_norm_joined(c, j + 1, VI_TOK_WORD) && !vi_norm_joined(c, j + 1, VI_TOK_NUM)) {
        /* Feb-2024 */
        g_string_truncate(c->buf, 0);
        vi_num_put(c->buf, months[m]);
        en_year(c->buf, (unsigned)y);
        vi_norm_say_buf(c, i, j);
        return j + 1;
    }
    if (!value_in(c, j, 2, 1, 31, &d)) {
        return 0;
    }
    if (vi_norm_is_dash(c, j + 1) && !c->tok[j + 1].space && vi_norm_joined(c, j + 2, VI_TOK_NUM)) {
        if (!value_in(c, j + 2, 4, 1000, 2999, &y) || tok_len(c, j + 2) != 4) {
            return 0;
        }
        year = TRUE;
    }
    e = j + (year ? 3 : 1); /* the token after the date */
    if (vi_norm_joined(c, e, VI_TOK_WORD) || vi_norm_joined(c, e, VI_TOK_NUM) ||
        (e < c->ntok && !c->tok[e].space && (vi_norm_is_dash(c, e) || vi_norm_sym(c, e, '/')))) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_num_put(c->buf, months[m]);
    en_ordinal(c->buf, d);
    if (year) {
        en_year(c->buf, (unsigned)y);
        j += 2;
    }
    vi_norm_say_buf(c, i, j);
    return j + 1;
}

/* "January 5, 2024", "Jan. 5", "Jan 5th 2024": month, ordinal day, year. */
static size_t rule_month_day(vi_norm *c, size_t i)
{
    size_t mt, j, dt;
    guint64 d, y;
    int m = month_at(c, i, &mt);
    if (m >= 0 && mt == 1 && g_ascii_isupper(vi_norm_str(c, i)[0]) && vi_norm_is_dash(c, i + 1) &&
        !c->tok[i + 1].space && vi_norm_joined(c, i + 2, VI_TOK_NUM)) {
        return month_dash_day(c, i, m);
    }
    if (m < 0 || !value_in(c, i + mt, 2, 1, 31, &d) || !c->tok[i + mt].space) {
        return 0;
    }
    j = i + mt;
    dt = day_tokens(c, j);
    if (dt == 1 && vi_norm_joined(c, j + 1, VI_TOK_WORD)) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    vi_num_put(c->buf, months[m]);
    en_ordinal(c->buf, d);
    j += dt;
    if (vi_norm_sym(c, j, ',') && value_in(c, j + 1, 4, 1000, 2999, &y) && c->tok[j + 1].space) {
        vi_norm_say_buf(c, i, j - 1);
        vi_norm_pause(c, ",", j);
        g_string_truncate(c->buf, 0);
        en_year(c->buf, (unsigned)y);
        vi_norm_say_buf(c, j + 1, j + 1);
        return j + 2;
    }
    if (value_in(c, j, 4, 1000, 2999, &y) && c->tok[j].space) {
        en_year(c->buf, (unsigned)y);
        vi_norm_say_buf(c, i, j);
        return j + 1;
    }
    if (g_ascii_islower(vi_norm_str(c, i)[0]) && (m == 2 || m == 4)) {
        return 0; /* "they may 5 times", "to march 3 miles": a verb unless a year follows */
    }
    vi_norm_say_buf(c, i, j - 1);
    return j;
}

/* "the fifth of January" for day d of month m (1-12), "the" left out when said before it. */
static void put_day_of_month(GString *buf, guint64 d, guint64 m, gboolean the)
{
    if (the) {
        vi_num_put(buf, "the");
    }
    en_ordinal(buf, d);
    vi_num_put(buf, "of");
    vi_num_put(buf, months[m - 1]);
}

/* "5 January 2024", "5th Jan": "the fifth of January". */
static size_t rule_day_month(vi_norm *c, size_t i)
{
    guint64 d, y;
    size_t dt = day_tokens(c, i);
    size_t first = i;
    size_t mt;
    int m;
    if (!value_in(c, i, 2, 1, 31, &d) || !vi_norm_is(c, i + dt, VI_TOK_WORD) ||
        !c->tok[i + dt].space || (m = month_at(c, i + dt, &mt)) < 0) {
        return 0;
    }
    if (m == 4 && dt == 1 && i + dt + 1 < c->ntok &&
        !vi_norm_is(c, i + dt + 1, VI_TOK_NUM) && !vi_norm_is(c, i + dt + 1, VI_TOK_SYM)) {
        return 0; /* "5 May be": a verb */
    }
    g_string_truncate(c->buf, 0);
    /* "on the 26th May": "the" is said */
    put_day_of_month(c->buf, d, (guint64)m + 1, !(i > 0 && vi_norm_word_is(c, i - 1, "the", TRUE)));
    i += dt + mt;
    if (value_in(c, i, 4, 1000, 2999, &y) && c->tok[i].space) {
        en_year(c->buf, (unsigned)y);
        i++;
    }
    vi_norm_say_buf(c, first, i - 1);
    return i;
}

/*
 * Dates in figures, the same mark twice: year first 2024-01-05, 2016/07/03 ("January fifth,
 * twenty twenty-four"); else the month first as US text writes them, 1/5/2024, 01.10.2010,
 * 11/17/05 (a year of two digits only between slashes: "oh five"), unless the first number
 * cannot be a month: 15.01.2020, 15-01-2020 "the fifteenth of January twenty twenty", or the
 * sentence stands in Vietnamese text, which writes the day first.
 */
static size_t rule_numeric_date(vi_norm *c, size_t i)
{
    static const gunichar marks[] = {'-', '/', '.'};
    guint64 a, b, y = 0;
    gunichar sep = 0;
    gboolean short_year = FALSE, day_first = FALSE;
    for (size_t k = 0; k < G_N_ELEMENTS(marks); k++) {
        if (joined_sym_num(c, i + 1, marks[k]) && joined_sym_num(c, i + 3, marks[k])) {
            sep = marks[k];
        }
    }
    if (sep == 0 || vi_norm_joined(c, i + 5, VI_TOK_WORD) || vi_norm_joined(c, i + 5, VI_TOK_NUM) ||
        (vi_norm_sym(c, i + 5, sep) && vi_norm_joined(c, i + 6, VI_TOK_NUM)) ||
        (i > 0 && !c->tok[i].space && c->tok[i - 1].type != VI_TOK_SYM)) {
        return 0; /* part of a longer code: 1.2.3.4, A1-2-3 */
    }
    if (value_in(c, i, 4, 1000, 2999, &y) && tok_len(c, i) == 4 &&
        value_in(c, i + 2, 2, 1, 12, &a) && value_in(c, i + 4, 2, 1, 31, &b)) {
        /* year first: a is the month, b the day */
    } else if (value_in(c, i, 2, 1, 31, &a) && value_in(c, i + 2, 2, 1, 31, &b) &&
               ((tok_len(c, i + 4) == 4 && value_in(c, i + 4, 4, 1000, 2999, &y)) ||
                (sep == '/' && tok_len(c, i + 4) == 2 && value_in(c, i + 4, 2, 0, 99, &y) &&
                 (short_year = TRUE)))) {
        /* the day first: a first number that cannot be a month, or an English sentence
         * inside Vietnamese text (its papers write the day first: "on 6/4/2024") */
        if (a > 12 || (b <= 12 && strcmp(docbao_spoken_language(c->out), "vi") == 0)) {
            guint64 t = a;
            if (b > 12) {
                return 0;
            }
            a = b;
            b = t;
            day_first = TRUE;
        }
    } else {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    if (day_first) {
        put_day_of_month(c->buf, b, a, TRUE);
    } else {
        vi_num_put(c->buf, months[a - 1]);
        en_ordinal(c->buf, b);
    }
    if (short_year && y < 10) {
        vi_num_put(c->buf, "oh");
        vi_num_put(c->buf, ones[y]);
    } else if (short_year) {
        en_cardinal_u(c->buf, (unsigned)y);
    } else {
        en_year(c->buf, (unsigned)y);
    }
    vi_norm_say_buf(c, i, i + 4);
    return i + 5;
}

/* "on 12/3" in an English sentence of Vietnamese text, whose papers write the day first: "on
 * the twelfth of March"; only after a word of time, since a bare 12/3 may be a score or a
 * share. */
static size_t rule_short_date(vi_norm *c, size_t i)
{
    static const char *const words[] = {"on",     "since", "from",  "until", "till",
                                        "by",     "before", "after", "to",   "through"};
    guint64 d, m;
    if (strcmp(docbao_spoken_language(c->out), "vi") != 0 || i == 0 || !c->tok[i].space ||
        !vi_norm_word_in(c, i - 1, words, G_N_ELEMENTS(words), TRUE) ||
        !joined_sym_num(c, i + 1, '/') || !value_in(c, i, 2, 1, 31, &d) ||
        !value_in(c, i + 2, 2, 1, 12, &m) || vi_norm_joined(c, i + 3, VI_TOK_NUM) ||
        vi_norm_joined(c, i + 3, VI_TOK_WORD) ||
        (vi_norm_sym(c, i + 3, '/') && vi_norm_joined(c, i + 4, VI_TOK_NUM))) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    put_day_of_month(c->buf, d, m, TRUE);
    vi_norm_say_buf(c, i, i + 2);
    return i + 3;
}

/* "a.m." / "am" / "p.m." after a time. Returns the tokens it takes, 0 if none. */
static size_t meridiem(const vi_norm *c, size_t j, const char **said)
{
    static const char *const am[] = {"am", "AM"};
    static const char *const pm[] = {"pm", "PM"};
    if (vi_norm_word_in(c, j, am, 2, FALSE)) {
        *said = "a.m";
        return 1;
    }
    if (vi_norm_word_in(c, j, pm, 2, FALSE)) {
        *said = "p.m";
        return 1;
    }
    if ((vi_norm_word_is(c, j, "a", TRUE) || vi_norm_word_is(c, j, "p", TRUE)) &&
        vi_norm_sym(c, j + 1, '.') && (vi_norm_word_is(c, j + 2, "m", TRUE)) &&
        !c->tok[j + 1].space && !c->tok[j + 2].space) {
        *said = vi_norm_word_is(c, j, "a", TRUE) ? "a.m" : "p.m";
        /* the closing dot is a sentence end only when nothing follows */
        return vi_norm_sym(c, j + 3, '.') && j + 4 < c->ntok ? 4 : 3;
    }
    return 0;
}

static const char *const time_zones[] = {"GMT", "UTC", "ET",  "EST", "EDT", "CT",  "CST",
                                         "CDT", "MT",  "MST", "MDT", "PT",  "PST", "PDT",
                                         "BST", "CET", "CEST", "IST", "JST", "AEST", "AEDT"};

/* After "a.m." whose dot also ends the sentence ("at 8 a.m. The ..."), a full stop; not before
 * a time zone ("9:30 a.m. ET"). */
static void end_of_sentence(vi_norm *c, size_t j)
{
    if (j > 0 && vi_norm_sym(c, j - 1, '.') && vi_norm_capitalized(c, j) && c->tok[j].space &&
        !vi_norm_word_in(c, j, time_zones, G_N_ELEMENTS(time_zones), FALSE)) {
        vi_norm_pause(c, ".", j - 1);
    }
}

static size_t range_to(vi_norm *c, size_t j);

/* Appends "n unit" with the unit in the plural unless n is 1, "and" before it when last. */
static void count_of(GString *out, guint64 n, const char *unit, gboolean last)
{
    if (last) {
        vi_num_put(out, "and");
    }
    en_cardinal_u(out, (unsigned)n);
    vi_num_put(out, unit);
    if (n != 1) {
        g_string_append_c(out, 's');
    }
}

/*
 * Hours, minutes and seconds: a race or a duration 2:01:09 "two hours one minute and nine
 * seconds" (parts that are zero not said); with a.m. or p.m. after it a time of day, the
 * seconds left out when zero ("10:00:00 p.m.": "ten p.m").
 */
static size_t rule_hms(vi_norm *c, size_t i)
{
    guint64 v[3];
    static const char *const unit[] = {"hour", "minute", "second"};
    const char *mer = NULL;
    size_t k;
    int parts = 0, said = 0;
    if (!value_in(c, i, 2, 0, 99, &v[0]) || !joined_sym_num(c, i + 1, ':') ||
        tok_len(c, i + 2) != 2 || !value_in(c, i + 2, 2, 0, 59, &v[1]) ||
        !joined_sym_num(c, i + 3, ':') || tok_len(c, i + 4) != 2 ||
        !value_in(c, i + 4, 2, 0, 59, &v[2]) || vi_norm_joined(c, i + 5, VI_TOK_NUM) ||
        (vi_norm_sym(c, i + 5, ':') && !c->tok[i + 5].space) ||
        (vi_norm_sym(c, i + 5, '.') && vi_norm_joined(c, i + 6, VI_TOK_NUM))) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    if ((k = meridiem(c, i + 5, &mer)) > 0 && v[0] >= 1 && v[0] <= 12) {
        en_cardinal_u(c->buf, (unsigned)v[0]);
        if (v[1] > 0 || v[2] > 0) {
            vi_num_put(c->buf, v[1] < 10 ? "oh" : "");
            en_cardinal_u(c->buf, (unsigned)v[1]);
        }
        if (v[2] > 0) {
            count_of(c->buf, v[2], unit[2], TRUE);
        }
        vi_num_put(c->buf, mer);
        g_strchomp(c->buf->str);
        c->buf->len = strlen(c->buf->str);
        vi_norm_say_buf(c, i, i + 4 + k);
        end_of_sentence(c, i + 5 + k);
        return i + 5 + k;
    }
    for (int p = 0; p < 3; p++) {
        parts += v[p] > 0;
    }
    for (int p = 0; p < 3; p++) {
        if (v[p] > 0) {
            said++;
            count_of(c->buf, v[p], unit[p], said == parts && parts > 1);
        }
    }
    if (parts == 0) {
        count_of(c->buf, 0, unit[2], FALSE);
    }
    vi_norm_say_buf(c, i, i + 4);
    return range_to(c, i + 5);
}

/* Times: 8:30 "eight thirty", 8:05 "eight oh five", 8:00 "eight o'clock", 8 a.m., 14:30,
 * 14:00 "fourteen hundred". */
/* Says the clock time h:m (m 0: the hour alone, "fourteen hundred" on the 24-hour clock) for
 * tokens i to j - 1, with "a.m." or "p.m." from token j on; returns the token after it. */
static size_t say_clock(vi_norm *c, size_t i, guint64 h, guint64 m, size_t j)
{
    const char *mer = NULL;
    size_t k = meridiem(c, j, &mer);
    g_string_truncate(c->buf, 0);
    en_cardinal_u(c->buf, (unsigned)h);
    if (m == 0) {
        vi_num_put(c->buf, k > 0 ? "" : h >= 13 ? "hundred" : "o'clock");
    } else {
        if (m < 10) {
            vi_num_put(c->buf, "oh");
        }
        en_cardinal_u(c->buf, (unsigned)m);
    }
    if (k > 0) {
        vi_num_put(c->buf, mer);
        j += k;
    }
    g_strchomp(c->buf->str);
    c->buf->len = strlen(c->buf->str);
    vi_norm_say_buf(c, i, j - 1);
    end_of_sentence(c, j);
    return range_to(c, j); /* 8:30-9:30 */
}

static size_t rule_time(vi_norm *c, size_t i)
{
    guint64 h, m;
    const char *mer = NULL;
    size_t j, k;
    if ((j = rule_hms(c, i)) > 0) {
        return j;
    }
    if (value_in(c, i, 2, 0, 24, &h) && joined_sym_num(c, i + 1, ':') &&
        tok_len(c, i + 2) == 2 && value_in(c, i + 2, 2, 0, 59, &m)) {
        return say_clock(c, i, h, m, i + 3);
    }
    /* "17h15", "at 19h": the hours of Vietnamese papers, in their English sentences (a small h:
     * "1H24" is a half year) */
    if (value_in(c, i, 2, 0, 24, &h) && vi_norm_is(c, i + 1, VI_TOK_WORD) &&
        !c->tok[i + 1].space && vi_norm_word_is(c, i + 1, "h", FALSE)) {
        if (vi_norm_joined(c, i + 2, VI_TOK_NUM)) {
            if (tok_len(c, i + 2) != 2 || !value_in(c, i + 2, 2, 0, 59, &m) ||
                vi_norm_joined(c, i + 3, VI_TOK_WORD)) {
                return 0; /* 9h2m2s and the like: not a clock time */
            }
            return say_clock(c, i, h, m, i + 3);
        }
        if (!vi_norm_joined(c, i + 2, VI_TOK_WORD)) {
            return say_clock(c, i, h, 0, i + 2);
        }
    }
    /* 7.45pm: British hours and minutes with a dot */
    if (value_in(c, i, 2, 1, 12, &h) && joined_sym_num(c, i + 1, '.') && tok_len(c, i + 2) == 2 &&
        value_in(c, i + 2, 2, 0, 59, &m) && (k = meridiem(c, i + 3, &mer)) > 0) {
        g_string_truncate(c->buf, 0);
        en_cardinal_u(c->buf, (unsigned)h);
        if (m > 0 && m < 10) {
            vi_num_put(c->buf, "oh");
        }
        if (m > 0) {
            en_cardinal_u(c->buf, (unsigned)m);
        }
        vi_num_put(c->buf, mer);
        vi_norm_say_buf(c, i, i + 2 + k);
        end_of_sentence(c, i + 3 + k);
        return range_to(c, i + 3 + k);
    }
    /* 0100 GMT, 1530 UTC, 0600 hours: "oh one hundred", "fifteen thirty" */
    if (tok_len(c, i) == 4 && value_in(c, i, 4, 0, 2359, &h) && h % 100 < 60 &&
        c->tok[i + 1 < c->ntok ? i + 1 : i].space &&
        (vi_norm_word_in(c, i + 1, time_zones, G_N_ELEMENTS(time_zones), FALSE) ||
         vi_norm_word_is(c, i + 1, "hours", FALSE) || vi_norm_word_is(c, i + 1, "hrs", FALSE))) {
        m = h % 100;
        h /= 100;
        g_string_truncate(c->buf, 0);
        if (h < 10) {
            vi_num_put(c->buf, h == 0 ? "zero" : "oh");
        }
        en_cardinal_u(c->buf, (unsigned)h);
        if (h == 0) {
            g_string_truncate(c->buf, c->buf->len - strlen(" zero"));
        }
        if (m == 0) {
            vi_num_put(c->buf, "hundred");
        } else {
            if (m < 10) {
                vi_num_put(c->buf, "oh");
            }
            en_cardinal_u(c->buf, (unsigned)m);
        }
        vi_norm_say_buf(c, i, i);
        return i + 1;
    }
    if (value_in(c, i, 2, 1, 12, &h) && (k = meridiem(c, i + 1, &mer)) > 0) {
        g_string_truncate(c->buf, 0);
        en_cardinal_u(c->buf, (unsigned)h);
        vi_num_put(c->buf, mer);
        vi_norm_say_buf(c, i, i + k);
        end_of_sentence(c, i + 1 + k);
        return range_to(c, i + 1 + k); /* 9am-5pm */
    }
    return 0;
}

/* ---------------------------------------------------------------------------------------- */
/* Amounts                                                                                   */

/* Is word i a count noun in the plural ("people", "voters"), as after an amount, not a verb
 * or a function word ("is", "was", "as")? */
static gboolean plural_noun(const vi_norm *c, size_t i)
{
    static const char *const nouns[] = {"people", "men", "women", "children", "staff",
                                        "police", "cattle"};
    static const char *const not_nouns[] = {"is", "was", "has", "as", "us", "this", "its",
                                            "his", "yes", "plus", "thus", "less", "across",
                                            "unless", "does", "goes", "whereas", "ours", "yours",
                                            "theirs", "hers", "always", "perhaps", "afterwards"};
    size_t n;
    const char *w;
    if (!vi_norm_is(c, i, VI_TOK_WORD) || !c->tok[i].space) {
        return FALSE; /* also i past the last token ("2002" ending the text) */
    }
    n = tok_len(c, i);
    w = vi_norm_str(c, i);
    if (!g_ascii_islower(w[0])) {
        return FALSE;
    }
    if (vi_norm_word_in(c, i, nouns, G_N_ELEMENTS(nouns), FALSE)) {
        return TRUE;
    }
    return n >= 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i' &&
           !vi_norm_word_in(c, i, not_nouns, G_N_ELEMENTS(not_nouns), FALSE);
}

/* Says magnitude words after an amount ("405 billion") into buf; returns the next token. */
static size_t magnitudes(vi_norm *c, size_t j, gboolean of_money, gboolean *any)
{
    *any = FALSE;
    while (j < c->ntok && c->tok[j].space && is_magnitude(c, j)) {
        char *w = g_ascii_strdown(vi_norm_str(c, j), (gssize)tok_len(c, j));
        vi_num_put(c->buf, w);
        g_free(w);
        *any = TRUE;
        j++;
    }
    /* "$5bn", "$3tn"; "m" after an amount of no money is a meter ("the 100m final",
     * "828m tall") unless a count noun follows ("1.5m people") */
    if (!of_money && vi_norm_word_is(c, j, "m", FALSE) && !plural_noun(c, j + 1)) {
        return j;
    }
    if (j < c->ntok && !c->tok[j].space) {
        /* in a headline's money also in capitals: $163M, $2B, $50K */
        static const char *const keys[] = {"bn", "m", "mn", "tn", "k", "b"};
        static const char *const said[] = {"billion", "million",  "million",
                                           "trillion", "thousand", "billion"};
        for (size_t k = 0; k < G_N_ELEMENTS(keys); k++) {
            if (vi_norm_word_is(c, j, keys[k], TRUE) &&
                (of_money || (g_ascii_islower(vi_norm_str(c, j)[0]) && k != 5))) {
                vi_num_put(c->buf, said[k]);
                *any = TRUE;
                return j + 1;
            }
        }
    }
    return j;
}

/* A slash after an amount and before a word is "per": "$15/hour", "5 mg/kg" (a unit there is
 * said in the singular). j is the token after the amount. */
static size_t per_after(vi_norm *c, size_t j, gboolean spaced)
{
    size_t ntok = 0;
    const en_unit *u;
    if (!vi_norm_sym(c, j, '/') || !vi_norm_is(c, j + 1, VI_TOK_WORD) ||
        tok_len(c, j + 1) < 2 ||
        c->tok[j].space != c->tok[j + 1].space || (c->tok[j].space && !spaced) ||
        vi_norm_sym(c, j + 2, '/') ||
        (vi_norm_sym(c, j + 2, '.') && !c->tok[j + 2].space &&
         (vi_norm_joined(c, j + 3, VI_TOK_WORD) || vi_norm_joined(c, j + 3, VI_TOK_NUM)))) {
        return j; /* "$15/hour", "$70 / year" */
    }
    g_string_truncate(c->buf, 0);
    vi_num_put(c->buf, "per");
    if ((u = unit_at(c, j + 1, &ntok)) != NULL && strcmp(u->key, "%") != 0) {
        vi_num_put(c->buf, u->one);
        vi_norm_say_buf(c, j, j + ntok);
        return j + 1 + ntok;
    }
    vi_norm_say_buf(c, j, j);
    return j + 1;
}

/* "$405 billion", "€20", "$1.50", "US$5": money signs before the amount. */
static size_t rule_money(vi_norm *c, size_t i)
{
    const en_money *mo = NULL;
    size_t j = i;
    en_num a;
    gboolean big;
    GString *key = g_string_new(NULL);
    for (size_t k = i; k < c->ntok && k < i + 2; k++) {
        if (k > i && c->tok[k].space) {
            break;
        }
        g_string_append_len(key, vi_norm_str(c, k), (gssize)tok_len(c, k));
        for (size_t m = 0; m < G_N_ELEMENTS(money); m++) {
            if (strcmp(key->str, money[m].key) == 0) {
                mo = &money[m];
                j = k + 1;
            }
        }
    }
    g_string_free(key, TRUE);
    if (mo == NULL || (!vi_norm_is(c, j, VI_TOK_NUM) && !point_first(c, j))) {
        return 0;
    }
    parse(c, j, &a);
    g_string_truncate(c->buf, 0);
    if (a.frac != 0 && tok_len(c, a.frac) <= 2 && mo->cents != NULL) {
        /* $1.50: dollars and cents, unless a magnitude follows ($1.5 billion). */
        gboolean any;
        size_t after;
        g_string_truncate(c->buf, 0);
        after = magnitudes(c, a.last + 1, TRUE, &any);
        if (!any) {
            guint64 cents = 0;
            gboolean whole = !(a.n == 1 && a.digits[0] == '0');
            g_string_truncate(c->buf, 0);
            vi_num_parse(vi_norm_str(c, a.frac), tok_len(c, a.frac), &cents);
            cents *= tok_len(c, a.frac) == 1 ? 10 : 1; /* $20.5: fifty cents */
            if (whole) {
                en_cardinal(c->buf, a.digits, a.n);
                vi_num_put(c->buf, a.n == 1 && a.digits[0] == '1' ? mo->one : mo->many);
            }
            if (cents > 0) {
                if (whole) {
                    vi_num_put(c->buf, "and");
                }
                en_cardinal_u(c->buf, (unsigned)cents);
                vi_num_put(c->buf, cents == 1 ? mo->cent_one : mo->cents);
            }
            vi_norm_say_buf(c, i, after - 1);
            return range_to(c, per_after(c, after, TRUE));
        }
        g_string_truncate(c->buf, 0);
    }
    read_num(c, &a, c->buf);
    j = magnitudes(c, a.last + 1, TRUE, &big);
    vi_num_put(c->buf, is_one(&a) && !big ? mo->one : mo->many);
    vi_norm_say_buf(c, i, j - 1);
    return range_to(c, per_after(c, j, TRUE));
}

/* An "s" joined after a number, ending the word: "1990s", "80s". */
static gboolean plural_s(const vi_norm *c, size_t j)
{
    return vi_norm_joined(c, j, VI_TOK_WORD) && vi_norm_word_is(c, j, "s", FALSE) &&
           !vi_norm_joined(c, j + 1, VI_TOK_WORD) && !vi_norm_joined(c, j + 1, VI_TOK_NUM);
}

/* The plural of a number said in buf: nineties, sixes, thousands. */
static void en_plural(GString *buf)
{
    if (g_str_has_suffix(buf->str, "y")) {
        g_string_truncate(buf, buf->len - 1);
        g_string_append(buf, "ies");
    } else if (g_str_has_suffix(buf->str, "x")) {
        g_string_append(buf, "es");
    } else {
        g_string_append(buf, "s");
    }
}

/* A word before a number that makes it a year even before a noun: "in 2025 elections",
 * "the 2024 results", "her 2023 hits". */
static gboolean year_word_before(const vi_norm *c, size_t i)
{
    static const char *const words[] = {
        "the", "in", "on", "since", "from", "by", "until", "till", "to", "during", "before",
        "after", "between", "and", "or", "his", "her", "its", "their", "our", "my", "your",
        "this", "that", "early", "late", "mid", "fiscal", "through", "season", "year", "a",
        "an", "last", "next"};
    size_t mt;
    if (i > 0 && vi_norm_is(c, i - 1, VI_TOK_WORD) && tok_len(c, i - 1) >= 3) {
        const char *w = vi_norm_str(c, i - 1);
        size_t n = tok_len(c, i - 1);
        if (memcmp(w + n - 2, "'s", 2) == 0 || (n >= 4 && memcmp(w + n - 4, "\u2019s", 4) == 0)) {
            return TRUE; /* the company's 2024 results */
        }
    }
    return i > 0 && (vi_norm_word_in(c, i - 1, words, G_N_ELEMENTS(words), TRUE) ||
                     month_at(c, i - 1, &mt) >= 0);
}

/* Is token j the "x" of a size between two numbers ("1800 x 1920", "4×4")? */
static gboolean times_sign(const vi_norm *c, size_t j)
{
    return (vi_norm_word_is(c, j, "x", FALSE) || vi_norm_sym(c, j, 0xD7)) && j > 0 &&
           c->tok[j - 1].type == VI_TOK_NUM && vi_norm_is(c, j + 1, VI_TOK_NUM) &&
           c->tok[j].space == c->tok[j + 1].space &&
           !(!c->tok[j].space && tok_len(c, j - 1) == 1 &&
             vi_norm_str(c, j - 1)[0] == '0'); /* 0x8: hexadecimal */
}

/* Is token j a money sign of one token before figures ("$" of "$300")? */
static gboolean money_sign(const vi_norm *c, size_t j)
{
    for (size_t m = 0; j < c->ntok && m < G_N_ELEMENTS(money); m++) {
        if (tok_len(c, j) == strlen(money[m].key) &&
            memcmp(vi_norm_str(c, j), money[m].key, tok_len(c, j)) == 0) {
            return vi_norm_joined(c, j + 1, VI_TOK_NUM);
        }
    }
    return FALSE;
}

/* A dash between two amounts (10-15, 2020-2024, $250-$300) is "to". j is the token after the
 * first. */
static size_t range_to(vi_norm *c, size_t j)
{
    if (vi_norm_is_dash(c, j) && (vi_norm_is(c, j + 1, VI_TOK_NUM) || money_sign(c, j + 1)) &&
        c->tok[j].space == c->tok[j + 1].space) {
        if (vi_norm_is(c, j + 1, VI_TOK_NUM) && vi_norm_sym(c, j + 2, '=')) {
            vi_norm_say(c, "minus", 5, j, j); /* 7-2=5 */
            return j + 1;
        }
        vi_norm_say(c, "to", 2, j, j);
        return j + 1;
    }
    return j;
}

/* Street types and compass points of an address, abbreviated and said. */
static const char *const street_types[][2] = {
    {"St", "Street"},  {"Ave", "Avenue"},     {"Rd", "Road"},     {"Blvd", "Boulevard"},
    {"Dr", "Drive"},   {"Ln", "Lane"},        {"Ct", "Court"},    {"Pl", "Place"},
    {"Hwy", "Highway"}, {"Expy", "Expressway"}, {"Pkwy", "Parkway"}, {"Ter", "Terrace"},
    {"Cir", "Circle"}, {"Sq", "Square"}};
static const char *const compass[][2] = {{"N", "North"}, {"S", "South"},     {"E", "East"},
                                         {"W", "West"},  {"NE", "Northeast"}, {"NW", "Northwest"},
                                         {"SE", "Southeast"}, {"SW", "Southwest"}};

/* The reading of word i in a table of abbreviations (any case for street types), or NULL. */
static const char *street_word(const vi_norm *c, size_t i, const char *const (*t)[2], size_t n,
                               gboolean any_case)
{
    for (size_t k = 0; k < n; k++) {
        if (any_case ? word_any_case(c, i, t[k][0]) : vi_norm_word_is(c, i, t[k][0], FALSE)) {
            return t[k][1];
        }
    }
    return NULL;
}

/* The token of the house number before a street's name that ends before word i: "1428 Elm",
 * "708 N 1st", "2 San Tomas" (one to four capitalized words or an ordinal, each after a
 * space), or c->ntok when there is none. */
static size_t house_number(const vi_norm *c, size_t i)
{
    size_t k = i;
    int names = 0;
    while (k > 0 && c->tok[k].space && names <= 4) {
        size_t p = k - 1;
        if (vi_norm_capitalized(c, p)) {
            names++;
            k = p;
        } else if (p > 0 && vi_norm_is(c, p, VI_TOK_WORD) && !c->tok[p].space &&
                   vi_norm_is(c, p - 1, VI_TOK_NUM) && day_tokens(c, p - 1) == 2) {
            names++; /* 1st */
            k = p - 1;
        } else {
            return names > 0 && vi_norm_is(c, p, VI_TOK_NUM) && tok_len(c, p) <= 5 &&
                           (p == 0 || c->tok[p].space)
                       ? p
                       : c->ntok;
        }
    }
    return c->ntok;
}

static gboolean after_house_number(const vi_norm *c, size_t i)
{
    return house_number(c, i) < c->ntok;
}

/* Is the number at token i a house number: a street type follows its street's name? */
static gboolean is_house_number(const vi_norm *c, size_t i)
{
    for (size_t k = i + 2; k < c->ntok && k < i + 8; k++) {
        if (street_word(c, k, street_types, G_N_ELEMENTS(street_types), TRUE) != NULL &&
            house_number(c, k) == i) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * An address's abbreviations after a house number: the street type (1428 Elm St.: "Street",
 * 2 San Tomas Hwy "Highway", 12 Oak Dr "Drive") and a compass point before the name (708 N 1st
 * St: "North"). Elsewhere St. is Saint before a name (St. Louis) as the lexicon says.
 */
static size_t rule_street(vi_norm *c, size_t i)
{
    const char *said = street_word(c, i, street_types, G_N_ELEMENTS(street_types), TRUE);
    size_t j = i + 1;
    if (said != NULL && !vi_norm_joined(c, i + 1, VI_TOK_WORD) && after_house_number(c, i)) {
        if (vi_norm_sym(c, j, '.') && !c->tok[j].space) {
            j++;
        }
        vi_norm_say(c, said, strlen(said), i, j - 1);
        if (j > i + 1 && j >= c->ntok) {
            vi_norm_pause(c, ".", j - 1); /* the dot ends the text too */
        }
        end_of_sentence(c, j);
        return j;
    }
    said = street_word(c, i, compass, G_N_ELEMENTS(compass), FALSE);
    if (said != NULL && i > 0 && c->tok[i].space && vi_norm_is(c, i - 1, VI_TOK_NUM) &&
        tok_len(c, i - 1) <= 5) {
        /* a street type within four words after it */
        for (size_t k = i + 1; k < c->ntok && k < i + 6; k++) {
            if (street_word(c, k, street_types, G_N_ELEMENTS(street_types), TRUE) != NULL &&
                after_house_number(c, k)) {
                vi_norm_say(c, said, strlen(said), i, i);
                return i + 1;
            }
        }
    }
    return 0;
}

/* The states of the United States by their postal codes. */
static const char *const us_states[][2] = {
    {"AL", "Alabama"},        {"AK", "Alaska"},        {"AZ", "Arizona"},
    {"AR", "Arkansas"},       {"CA", "California"},    {"CO", "Colorado"},
    {"CT", "Connecticut"},    {"DE", "Delaware"},      {"FL", "Florida"},
    {"GA", "Georgia"},        {"HI", "Hawaii"},        {"ID", "Idaho"},
    {"IL", "Illinois"},       {"IN", "Indiana"},       {"IA", "Iowa"},
    {"KS", "Kansas"},         {"KY", "Kentucky"},      {"LA", "Louisiana"},
    {"ME", "Maine"},          {"MD", "Maryland"},      {"MA", "Massachusetts"},
    {"MI", "Michigan"},       {"MN", "Minnesota"},     {"MS", "Mississippi"},
    {"MO", "Missouri"},       {"MT", "Montana"},       {"NE", "Nebraska"},
    {"NV", "Nevada"},         {"NH", "New Hampshire"}, {"NJ", "New Jersey"},
    {"NM", "New Mexico"},     {"NY", "New York"},      {"NC", "North Carolina"},
    {"ND", "North Dakota"},   {"OH", "Ohio"},          {"OK", "Oklahoma"},
    {"OR", "Oregon"},         {"PA", "Pennsylvania"},  {"RI", "Rhode Island"},
    {"SC", "South Carolina"}, {"SD", "South Dakota"},  {"TN", "Tennessee"},
    {"TX", "Texas"},          {"UT", "Utah"},          {"VT", "Vermont"},
    {"VA", "Virginia"},       {"WA", "Washington"},    {"WV", "West Virginia"},
    {"WI", "Wisconsin"},      {"WY", "Wyoming"},       {"DC", "D C"}};

/*
 * A state's postal code after a place and a comma: "Santa Clara, CA 95051" is "Santa Clara,
 * California nine five zero five one" (a ZIP code after it, five figures or five and four, said
 * figure by figure); without a ZIP code only before the end of the text or a comma or a full
 * stop, and not the codes that are words in capitals (IN, OR, ME, OK, HI, OH, ...).
 */
static size_t rule_state(vi_norm *c, size_t i)
{
    static const char *const words[] = {"IN", "OR", "ME", "OK", "HI", "OH", "ID", "AL", "LA",
                                        "PA", "MA", "DE", "CO", "MO", "MS", "AR", "IA", "DC",
                                        "MI", "NE", "SC"};
    const char *said = street_word(c, i, us_states, G_N_ELEMENTS(us_states), FALSE);
    gboolean zip;
    size_t j = vi_norm_sym(c, i + 1, ',') && !c->tok[i + 1].space ? i + 2 : i + 1; /* FL, 95051 */
    if (said == NULL || i < 2 || !c->tok[i].space || !vi_norm_sym(c, i - 1, ',') ||
        c->tok[i - 1].space || !vi_norm_capitalized(c, i - 2) ||
        vi_norm_capitals(c, i - 2, 2, 64)) {
        return 0;
    }
    zip = vi_norm_is(c, j, VI_TOK_NUM) && c->tok[j].space && tok_len(c, j) == 5 &&
          !vi_norm_joined(c, j + 1, VI_TOK_WORD) && !vi_norm_joined(c, j + 1, VI_TOK_NUM) &&
          !(vi_norm_sym(c, j + 1, '.') && vi_norm_joined(c, j + 2, VI_TOK_NUM));
    if (!zip) {
        j = i + 1;
    }
    if (!zip && (vi_norm_word_in(c, i, words, G_N_ELEMENTS(words), FALSE) ||
                 !(j >= c->ntok || vi_norm_sym(c, j, ',') ||
                   (vi_norm_sym(c, j, '.') && !vi_norm_joined(c, j + 1, VI_TOK_WORD))))) {
        return 0;
    }
    vi_norm_say(c, said, strlen(said), i, i);
    if (zip) {
        if (j == i + 2) {
            vi_norm_pause(c, ",", i + 1);
        }
        say_digits(c, j++);
        if (vi_norm_sym(c, j, '-') && !c->tok[j].space && vi_norm_joined(c, j + 1, VI_TOK_NUM) &&
            tok_len(c, j + 1) == 4) {
            vi_norm_pause(c, ",", j);
            say_digits(c, j + 1);
            j += 2;
        }
    }
    return j;
}

/* "2Q22", "3Q 2023", "1H24": a quarter or a half of a year as financial news writes it, "the
 * second quarter of twenty-two"; the figure 1-4 (1-2 for H), a capital Q or H joined, then the
 * year joined (two or four figures) or after a space (four); nothing joined after it. */
static size_t rule_quarter(vi_norm *c, size_t i)
{
    guint64 n, y;
    size_t j = i + 2;
    gboolean half = vi_norm_word_is(c, i + 1, "H", FALSE);
    if ((i > 0 && !c->tok[i].space && c->tok[i - 1].type != VI_TOK_SYM) ||
        !value_in(c, i, 1, 1, half ? 2 : 4, &n) ||
        !(half || vi_norm_word_is(c, i + 1, "Q", FALSE)) || c->tok[i + 1].space ||
        !vi_norm_is(c, j, VI_TOK_NUM) || (tok_len(c, j) != 2 && tok_len(c, j) != 4) ||
        (c->tok[j].space && tok_len(c, j) != 4) || !vi_norm_value(c, j, &y) ||
        (tok_len(c, j) == 4 && (y < 1900 || y > 2099)) || vi_norm_joined(c, j + 1, VI_TOK_WORD) ||
        vi_norm_joined(c, j + 1, VI_TOK_NUM) ||
        (j + 1 < c->ntok && !c->tok[j + 1].space && vi_norm_is_dash(c, j + 1))) {
        return 0;
    }
    g_string_truncate(c->buf, 0);
    if (!vi_norm_said_ends_with(c, "the")) {
        vi_num_put(c->buf, "the");
    }
    en_ordinal(c->buf, n);
    vi_num_put(c->buf, half ? "half of" : "quarter of");
    if (tok_len(c, j) == 4) {
        en_year(c->buf, (unsigned)y);
    } else if (y < 10) {
        vi_num_put(c->buf, "oh");
        vi_num_put(c->buf, ones[y]);
    } else {
        en_cardinal_u(c->buf, (unsigned)y);
    }
    vi_norm_say_buf(c, i, j);
    return j + 1;
}

/* Is the number at token i (three figures) a code's: joined after letters (A380, MH370) or
 * after letters and a dash (F-150, I-295), or an airliner's (after Boeing, before MAX or
 * Dreamliner)? */
static gboolean model_number(const vi_norm *c, size_t i)
{
    static const char *const after[] = {"MAX", "Max", "Dreamliner", "Dreamliners"};
    if (i > 0 && !c->tok[i].space) {
        return c->tok[i - 1].type == VI_TOK_WORD ||
               (i > 1 && vi_norm_sym(c, i - 1, '-') && !c->tok[i - 1].space &&
                c->tok[i - 2].type == VI_TOK_WORD);
    }
    return (!vi_norm_joined(c, i + 1, VI_TOK_WORD) || plural_s(c, i + 1)) &&
           !vi_norm_joined(c, i + 1, VI_TOK_NUM) &&
           !(i + 1 < c->ntok && !c->tok[i + 1].space && vi_norm_sym(c, i + 1, ',')) &&
           ((i > 0 && vi_norm_word_is(c, i - 1, "Boeing", FALSE)) ||
            vi_norm_word_in(c, i + 1, after, G_N_ELEMENTS(after), FALSE));
}

/* Amounts: cardinals with a unit or a currency after them, years, ordinals, ranges. */
static size_t rule_amount(vi_norm *c, size_t i)
{
    en_num a;
    size_t j, ntok = 0;
    const en_unit *u;
    gboolean big;
    guint64 v;
    parse(c, i, &a);
    j = a.last + 1;
    g_string_truncate(c->buf, 0);
    /* "80's", "1990's", "the 12's": an apostrophe before the plural's s */
    if (a.frac == 0 && (vi_norm_sym(c, j, '\'') || vi_norm_sym(c, j, 0x2019)) &&
        !c->tok[j].space && plural_s(c, j + 1)) {
        if (i > 0 && !c->tok[i].space && (c->tok[i - 1].type == VI_TOK_WORD ||
                                          (i > 1 && vi_norm_sym(c, i - 1, '-') &&
                                           c->tok[i - 2].type == VI_TOK_WORD && !c->tok[i - 1].space))) {
            /* G7's, F-35's: a code's possessive, not a plural */
            read_num(c, &a, c->buf);
            g_string_append(c->buf, "'s");
            vi_norm_say_buf(c, i, j + 1);
            return j + 2;
        }
        if (a.plain && tok_len(c, i) == 4 && vi_norm_value(c, i, &v) && v >= 1100 && v <= 2099) {
            en_year(c->buf, (unsigned)v);
        } else {
            read_num(c, &a, c->buf);
        }
        en_plural(c->buf);
        vi_norm_say_buf(c, i, j + 1);
        return range_to(c, j + 2);
    }
    /* 29th's, 1st's: the ordinal's possessive */
    if (a.frac == 0 && a.n <= 18 && vi_norm_joined(c, j, VI_TOK_WORD) && tok_len(c, j) >= 4) {
        static const char *const owns[] = {"st's", "nd's", "rd's", "th's", "st\u2019s",
                                           "nd\u2019s", "rd\u2019s", "th\u2019s"};
        for (size_t k = 0; k < G_N_ELEMENTS(owns); k++) {
            if (vi_norm_word_is(c, j, owns[k], TRUE) && !vi_norm_joined(c, j + 1, VI_TOK_WORD)) {
                en_ordinal(c->buf, g_ascii_strtoull(a.digits, NULL, 10));
                g_string_append(c->buf, "'s");
                vi_norm_say_buf(c, i, j);
                return j + 1;
            }
        }
    }
    /* 007, route 004: a number written with leading zeros, figure by figure */
    if (a.plain && tok_len(c, i) >= 2 && a.digits[0] == '0' &&
        !(i > 0 && (vi_norm_sym(c, i - 1, '\'') || vi_norm_sym(c, i - 1, 0x2019)))) {
        say_digits(c, i);
        return range_to(c, j);
    }
    /* 1st, 22nd, 103rd; 1,000th */
    if (a.frac == 0 && !a.plain && a.n <= 18 && vi_norm_joined(c, j, VI_TOK_WORD) &&
        (vi_norm_word_is(c, j, "th", TRUE) || vi_norm_word_is(c, j, "st", TRUE)) &&
        !vi_norm_joined(c, j + 1, VI_TOK_WORD)) {
        en_ordinal(c->buf, g_ascii_strtoull(a.digits, NULL, 10));
        vi_norm_say_buf(c, i, j);
        return j + 1;
    }
    if (a.plain && vi_norm_joined(c, j, VI_TOK_WORD) && vi_norm_value(c, i, &v) &&
        (vi_norm_word_is(c, j, "st", TRUE) || vi_norm_word_is(c, j, "nd", TRUE) ||
         vi_norm_word_is(c, j, "rd", TRUE) || vi_norm_word_is(c, j, "th", TRUE)) &&
        !vi_norm_joined(c, j + 1, VI_TOK_WORD)) {
        en_ordinal(c->buf, v);
        vi_norm_say_buf(c, i, j);
        return j + 1;
    }
    /* 401(k), 501(c)(3): a section of the tax code, in pairs, then its letters and figures */
    if (a.plain && tok_len(c, i) == 3 && vi_norm_value(c, i, &v) && vi_norm_sym(c, j, '(') &&
        !c->tok[j].space && tok_len(c, j + 1) == 1 && !c->tok[j + 1].space &&
        vi_norm_sym(c, j + 2, ')') && !c->tok[j + 2].space) {
        en_pairs(c->buf, (unsigned)v);
        while (vi_norm_sym(c, j, '(') && !c->tok[j].space && tok_len(c, j + 1) == 1 &&
               !c->tok[j + 1].space && vi_norm_sym(c, j + 2, ')') && !c->tok[j + 2].space) {
            char part[2] = {vi_norm_str(c, j + 1)[0], '\0'};
            if (vi_norm_is(c, j + 1, VI_TOK_NUM)) {
                en_cardinal(c->buf, part, 1);
            } else {
                vi_num_put(c->buf, part);
            }
            j += 3;
        }
        vi_norm_say_buf(c, i, j - 1);
        return j;
    }
    /* A380, MH370, F-150, I-295, Boeing 747-400, the 737 MAX: three figures of a model's,
     * a flight's or a road's code, in pairs ("A three eighty", "seven forty-seven four
     * hundred") */
    if (a.plain && tok_len(c, i) == 3 && vi_norm_value(c, i, &v) && model_number(c, i)) {
        en_pairs(c->buf, (unsigned)v);
        if (vi_norm_is_dash(c, j) && !c->tok[j].space && vi_norm_joined(c, j + 1, VI_TOK_NUM) &&
            tok_len(c, j + 1) == 3 && vi_norm_value(c, j + 1, &v) &&
            !vi_norm_joined(c, j + 2, VI_TOK_NUM) && !vi_norm_sym(c, j + 2, '.')) {
            en_pairs(c->buf, (unsigned)v); /* 747-400 */
            vi_norm_say_buf(c, i, j + 1);
            return j + 2;
        }
        if (plural_s(c, j)) { /* Boeing 737s */
            en_plural(c->buf);
            vi_norm_say_buf(c, i, j);
            return j + 1;
        }
        vi_norm_say_buf(c, i, i);
        return j;
    }
    /* 1428 Elm St., 123 Laguna Ct: a house number in pairs */
    if (a.plain && tok_len(c, i) >= 3 && tok_len(c, i) <= 4 && vi_norm_value(c, i, &v) &&
        v >= 100 && is_house_number(c, i)) {
        en_pairs(c->buf, (unsigned)v);
        vi_norm_say_buf(c, i, i);
        return j;
    }
    /* A year: four digits 1100-2099 written without a comma, not an amount of something
     * ("2025 people" is a count unless a word of time comes before: "in 2025 elections"). */
    if (a.plain && tok_len(c, i) == 4 && vi_norm_value(c, i, &v) &&
        (v >= 1100 || (v >= 1000 && i > 0 && !plural_noun(c, j) &&
                       (vi_norm_word_is(c, i - 1, "in", TRUE) ||
                        vi_norm_word_is(c, i - 1, "since", TRUE)))) &&
        v <= 2099 &&
        (u = unit_at(c, j, &ntok)) == NULL && !(j < c->ntok && is_magnitude(c, j)) &&
        !(vi_norm_is_dash(c, j) && vi_norm_is(c, j + 1, VI_TOK_NUM) &&
          unit_at(c, j + 2, &ntok) != NULL) && /* 1500-2000 km: amounts */
        !times_sign(c, j) && !(i > 0 && times_sign(c, i - 1)) &&
        !(plural_noun(c, j) && i > 0 && vi_norm_is(c, i - 1, VI_TOK_WORD) &&
          g_unichar_islower(c->tok[i - 1].ch) && !year_word_before(c, i))) {
        en_year(c->buf, (unsigned)v);
        if (plural_s(c, j)) { /* the 1990s */
            en_plural(c->buf);
            vi_norm_say_buf(c, i, j);
            return range_to(c, j + 1); /* the 1960s-80s */
        }
        vi_norm_say_buf(c, i, i);
        return range_to(c, j);
    }
    /* the 80s, in her 30s, two 6s; 1,000s: "thousands" */
    if (a.frac == 0 && plural_s(c, j) &&
        (a.n >= 3 || a.digits[a.n - 1] == '0' || (i > 0 && !c->tok[i].space))) {
        /* not a model: iPhone 5s */
        read_num(c, &a, c->buf);
        if (a.n >= 3 && a.digits[0] == '1' && strspn(a.digits + 1, "0") == a.n - 1) {
            g_string_erase(c->buf, 0, (gssize)strlen("one "));
        }
        en_plural(c->buf);
        vi_norm_say_buf(c, i, j);
        return range_to(c, j + 1);
    }
    read_num(c, &a, c->buf);
    /* 1 1/2, 1-1/2: "one and a half" */
    if (a.plain) {
        unsigned num, den;
        size_t f = vi_norm_is_dash(c, j) && !c->tok[j].space ? j + 1 : j;
        if (f < c->ntok && c->tok[f].space == (f == j) && fraction_at(c, f, &num, &den)) {
            en_fraction(c->buf, num, den, TRUE);
            j = f + 3 + fraction_suffix(c, f + 3);
        }
    }
    j = magnitudes(c, j, FALSE, &big);
    u = unit_at(c, j, &ntok);
    /* a capitalized word before the amount names a code (Apartment 4C, Form 5C) unless it is
     * one that starts a sentence before an amount */
    static const char *const lead_words[] = {"At", "To", "Of", "About", "Around", "Near", "Nearly",
                                             "Almost", "Up", "Down", "By", "From", "Just",
                                             "Only", "Over", "Under", "Below", "Above", "Some"};
    if (u != NULL && joined_unit(u->key) && strcmp(u->key, "in") != 0 &&
        (big || (strcmp(u->key, "p") == 0 && a.n > 2) ||
         (i > 0 && !c->tok[i].space && c->tok[i - 1].type != VI_TOK_SYM) ||
         (i > 0 && c->tok[i].space && vi_norm_capitalized(c, i - 1) &&
          !vi_norm_word_in(c, i - 1, lead_words, G_N_ELEMENTS(lead_words), FALSE)))) {
        u = NULL; /* 1080p, A4C, Apartment 4C, Form 5C: a code */
    }
    if (u != NULL) {
        vi_num_put(c->buf, is_one(&a) && !big ? u->one : u->many);
        j += ntok;
    } else {
        for (size_t m = 0; m < G_N_ELEMENTS(money_after); m++) {
            if (vi_norm_word_is(c, j, money_after[m].key, FALSE)) {
                vi_num_put(c->buf, is_one(&a) && !big ? money_after[m].one : money_after[m].many);
                j++;
                break;
            }
        }
    }
    vi_norm_say_buf(c, i, j - 1);
    if (i == 0 || c->tok[i].space) {
        j = per_after(c, j, FALSE); /* not inside a code: 10.1111/j.1365, MP2/ */
    }
    if (times_sign(c, j)) { /* 1800 x 1920: "by" */
        vi_norm_say(c, "by", 2, j, j);
        return j + 1;
    }
    /* "3x as many", "10x more", "4.4x earnings": a multiple before a word of comparison,
     * "times"; "2x zoom", "4.4x" alone and codes (A3x, 0x1F) stay */
    static const char *const compared[] = {"as",     "more",   "less",    "fewer",   "the",
                                           "that",   "higher", "lower",   "larger",  "bigger",
                                           "faster", "greater", "smaller", "earnings", "sales",
                                           "revenue", "over"};
    if (vi_norm_word_is(c, j, "x", FALSE) && !c->tok[j].space && (i == 0 || c->tok[i].space) &&
        !(a.plain && a.n == 1 && a.digits[0] == '0') && j + 1 < c->ntok && c->tok[j + 1].space &&
        vi_norm_word_in(c, j + 1, compared, G_N_ELEMENTS(compared), FALSE)) {
        vi_norm_say(c, "times", 5, j, j);
        return j + 1;
    }
    return range_to(c, j);
}

/* ---------------------------------------------------------------------------------------- */
/* Words                                                                                     */

/*
 * An abbreviation or word of voices/lexicon/english.tsv (and the user's english.tsv) at word
 * i, matching across its dots ("U.S.", "e.g.") and one space ("sq ft"), the longest first; its CONTEXT as in the
 * Vietnamese lexicons ("No." only before a number). Returns the next token or 0.
 */
static size_t rule_abbreviation(vi_norm *c, size_t i)
{
    GString *key = g_string_new(NULL);
    size_t ends[8];
    size_t n = 0;
    size_t best = 0;
    size_t spaces = 0;
    if (vi_norm_capitals(c, i, 2, 8) && !vi_norm_joined(c, i + 1, VI_TOK_SYM) &&
        ((i > 0 && vi_norm_capitals(c, i - 1, 2, 64)) || vi_norm_capitals(c, i + 1, 2, 64))) {
        g_string_free(key, TRUE);
        return 0; /* a word of a line in capitals: THE GIRL WHO LEAPT */
    }
    for (size_t k = i; k < c->ntok && k < i + 8; k++) {
        if (k > i && c->tok[k].space && ++spaces > 1) {
            break; /* a key of two words at most: "sq ft" */
        }
        ends[n++] = k;
    }
    g_string_truncate(c->buf, 0);
    while (n > 0 && best == 0) {
        size_t last = ends[--n];
        const vi_abbr_list *entries;
        g_string_truncate(key, 0);
        for (size_t k = i; k <= last; k++) {
            if (k > i && c->tok[k].space) {
                g_string_append_c(key, ' ');
            }
            g_string_append_len(key, vi_norm_str(c, k), (gssize)tok_len(c, k));
        }
        entries = vi_lex_english(c->lex, key->str);
        if (entries != NULL && vi_norm_expand_entries(c, c->buf, entries, i, last, FALSE)) {
            best = last + 1;
        }
    }
    g_string_free(key, TRUE);
    if (best == 0) {
        return 0;
    }
    vi_norm_say_buf(c, i, best - 1);
    /* A final dot that also ends the sentence is a pause. */
    if (best >= c->ntok && vi_norm_sym(c, best - 1, '.')) {
        vi_norm_pause(c, ".", best - 1);
    }
    return best;
}

/* Are the n bytes at w all of I, V, X and L (the text is not NUL-terminated there)? */
static gboolean roman_letters(const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (w[k] != 'I' && w[k] != 'V' && w[k] != 'X' && w[k] != 'L') {
            return FALSE;
        }
    }
    return TRUE;
}

/* Is word i one of the n words as written, or in capitals as a headline writes it ("WORLD
 * WAR II", "KING CHARLES III"); not in lower case ("take part I think")? */
static gboolean word_in_as_written(const vi_norm *c, size_t i, const char *const *words, size_t n)
{
    if (vi_norm_word_in(c, i, words, n, FALSE)) {
        return TRUE;
    }
    for (size_t k = 0; vi_norm_capitals(c, i, 2, 64) && k < n; k++) {
        if (strlen(words[k]) == tok_len(c, i) &&
            g_ascii_strncasecmp(vi_norm_str(c, i), words[k], tok_len(c, i)) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

/*
 * A Roman numeral after a name: a monarch or pope "the" ordinal (Elizabeth II: "Elizabeth the
 * Second", King Charles III), a numbered thing a cardinal (World War II: "two", Super Bowl LIX,
 * Chapter XI, Schedule IV, Final Fantasy VII). Only capitals I, V, X, L up to 89 after a
 * capitalized word; I, V, X and XL alone only after a name or word of those lists.
 */
static size_t rule_roman(vi_norm *c, size_t i)
{
    static const char *const regnal[] = {
        "Elizabeth", "Charles", "Henry", "George", "Edward", "William", "James", "Richard",
        "Louis", "John", "Paul", "Benedict", "Pius", "Leo", "Gregory", "Innocent", "Clement",
        "Philip", "Frederick", "Napoleon", "Alexander", "Nicholas", "Peter", "Ivan",
        "Catherine", "Mary", "Anne", "Victoria", "Felipe", "Juan", "Carlos", "Gustaf", "Harald",
        "Olav", "Willem", "Rainier", "Albert", "Ludwig", "Wilhelm", "Francis", "Constantine",
        "Otto", "Pedro", "Alfonso", "Ferdinand", "Isabella", "Mohammed", "Hassan", "Abdullah",
        "Hussein", "Rama", "Urban", "Boniface", "Sixtus", "Ramesses", "Ptolemy", "Cleopatra",
        "Harold", "Stephen", "Matilda", "Malcolm", "David", "Robert", "Frederik", "Christian",
        "Margrethe", "Haakon", "Carl", "Akihito", "Naruhito", "Selim", "Suleiman", "Mehmed"};
    static const char *const titles[] = {"King", "Queen", "Pope", "Emperor", "Empress", "Tsar",
                                         "Czar", "Prince", "Princess", "Sultan", "Shah",
                                         "Pharaoh", "Duke", "Kaiser", "Saint", "St"};
    static const char *const things[] = {
        "War", "Bowl", "Chapter", "Part", "Phase", "Act", "Article", "Title", "Volume", "Vol",
        "Book", "Stage", "Level", "Class", "Category", "Type", "Grade", "Mark", "Series",
        "Section", "Schedule", "Episode", "Apollo", "Vatican", "Round", "Tier", "Gen", "Year",
        "Division", "League", "Annex", "Appendix", "Gemini", "Rocky", "Star"};
    static const char *const small[] = {"the", "a", "an", "in", "on", "at", "of", "for", "and",
                                        "to", "by", "or", "but", "with", "from", "as"};
    const char *w = vi_norm_str(c, i);
    size_t n = tok_len(c, i);
    const char *own = NULL; /* a possessive: Elizabeth II's */
    unsigned v;
    gboolean king, thing, prev_name;
    if (n > 3 && (memcmp(w + n - 2, "'s", 2) == 0 || memcmp(w + n - 2, "'S", 2) == 0 ||
                  memcmp(w + n - 4, "\u2019s", 4) == 0)) {
        own = w[n - 2] == '\'' ? w + n - 2 : w + n - 4;
        n = (size_t)(own - w);
    }
    if (i == 0 || !c->tok[i].space || !vi_norm_is(c, i - 1, VI_TOK_WORD) || n > 7 ||
        !roman_letters(w, n) || (v = vi_num_roman(w, n)) == 0 || v > 89 ||
        vi_norm_joined(c, i + 1, VI_TOK_WORD) || vi_norm_joined(c, i + 1, VI_TOK_NUM)) {
        return 0;
    }
    king = word_in_as_written(c, i - 1, regnal, G_N_ELEMENTS(regnal)) ||
           (i >= 2 && word_in_as_written(c, i - 2, titles, G_N_ELEMENTS(titles)) &&
            c->tok[i - 1].space);
    thing = word_in_as_written(c, i - 1, things, G_N_ELEMENTS(things));
    prev_name = vi_norm_capitalized(c, i - 1) && !vi_norm_capitals(c, i - 1, 2, 64) &&
                !vi_norm_word_in(c, i - 1, small, G_N_ELEMENTS(small), TRUE);
    if (!king && !thing && (!prev_name || n == 1 || (n == 2 && strncmp(w, "XL", 2) == 0))) {
        return 0;
    }
    if (n == 1 && w[0] == 'I' && vi_norm_capitals(c, i - 1, 2, 64) &&
        vi_norm_is(c, i + 1, VI_TOK_WORD)) {
        return 0; /* THE WAR I SAW: the pronoun in a line of capitals */
    }
    g_string_truncate(c->buf, 0);
    if (king && !thing) {
        vi_num_put(c->buf, "the");
        en_ordinal(c->buf, v);
    } else {
        en_cardinal_u(c->buf, v);
    }
    if (own != NULL) {
        g_string_append(c->buf, "'s");
    }
    vi_norm_say_buf(c, i, i);
    return i + 1;
}

/* Is word k the last label of a host, a country's two letters said one by one ("dot D E",
 * "dot U S": the voice says "de" and "us" as words), not .co or .me said as words? end is the
 * address's last token. */
static gboolean country_domain(const vi_norm *c, size_t k, size_t end)
{
    return k > 0 && vi_norm_sym(c, k - 1, '.') && tok_len(c, k) == 2 &&
           g_ascii_islower(vi_norm_str(c, k)[0]) && g_ascii_islower(vi_norm_str(c, k)[1]) &&
           !vi_norm_word_is(c, k, "co", FALSE) && !vi_norm_word_is(c, k, "me", FALSE) &&
           (k == end || vi_norm_sym(c, k + 1, '/') || vi_norm_sym(c, k + 1, ':'));
}

/*
 * A web or e-mail address: "https://www.example.com/news" is "w w w dot example dot com slash
 * news", "press@example.org" "press at example dot org". An address starts with http(s)://
 * or www., or is an e-mail address, or has a host ending in a common domain written in lowercase
 * (.com, .org, .co.uk).
 */
static size_t rule_web(vi_norm *c, size_t i)
{
    static const char *const domains[] = {"com", "org",  "net", "gov", "edu", "int", "mil",
                                          "io",  "co",   "uk",  "us",  "ca",  "au",  "de",
                                          "fr",  "info", "tv",  "me",  "ly",  "eu",  "biz",
                                          "app", "dev",  "ai",  "vn",  "ie",  "nz",  "in"};
    size_t end = i, k;
    gboolean web = FALSE;
    for (k = i + 1; k < c->ntok && !c->tok[k].space; k++) {
        if (c->tok[k].type == VI_TOK_SYM &&
            (strchr(".:/@-_~?=&#+", (int)c->tok[k].ch) == NULL || c->tok[k].ch == 0 ||
             !(vi_norm_joined(c, k + 1, VI_TOK_WORD) || vi_norm_joined(c, k + 1, VI_TOK_NUM) ||
               (vi_norm_sym(c, k + 1, '/') && !c->tok[k + 1].space)))) {
            break;
        }
        end = k;
    }
    if (end < i + 2) {
        return 0;
    }
    for (k = i; k <= end; k++) {
        if (vi_norm_sym(c, k, '@') && k > i) {
            for (size_t d = k + 1; d < end; d++) {
                web = web || vi_norm_sym(c, d, '.'); /* an e-mail address */
            }
        }
        if ((k == i &&
             (vi_norm_word_is(c, k, "http", FALSE) || vi_norm_word_is(c, k, "https", FALSE)) &&
             vi_norm_sym(c, k + 1, ':') && vi_norm_sym(c, k + 2, '/')) ||
            (k == i && vi_norm_word_is(c, k, "www", TRUE) && vi_norm_sym(c, k + 1, '.')) ||
            (k > i && vi_norm_sym(c, k - 1, '.') &&
             vi_norm_word_in(c, k, domains, G_N_ELEMENTS(domains), FALSE) &&
             !(k + 1 <= end && vi_norm_sym(c, k + 1, '.')) &&
             !g_ascii_isupper(vi_norm_str(c, k)[0]))) {
            web = TRUE;
        }
    }
    if (!web) {
        return 0;
    }
    k = i;
    if (vi_norm_word_is(c, i, "http", FALSE) || vi_norm_word_is(c, i, "https", FALSE)) {
        k = i + 1;
        while (k <= end && (vi_norm_sym(c, k, ':') || vi_norm_sym(c, k, '/'))) {
            k++;
        }
        vi_norm_say(c, "", 0, i, k - 1); /* the scheme is not said */
    }
    for (; k <= end; k++) {
        const char *said = NULL;
        if (vi_norm_is(c, k, VI_TOK_NUM)) {
            say_digits(c, k);
            continue;
        }
        if (vi_norm_word_is(c, k, "www", TRUE)) {
            said = "w w w";
        } else if (country_domain(c, k, end)) {
            char letters[4] = {g_ascii_toupper(vi_norm_str(c, k)[0]), ' ',
                               g_ascii_toupper(vi_norm_str(c, k)[1]), '\0'};
            vi_norm_say(c, letters, 3, k, k);
            continue;
        } else if (c->tok[k].type == VI_TOK_SYM) {
            static const char *const marks[][2] = {
                {".", "dot"}, {"/", "slash"}, {"@", "at"}, {"-", "dash"}, {"_", "underscore"}};
            said = ""; /* ":", "?", "=" and the like are not said */
            for (size_t m = 0; m < G_N_ELEMENTS(marks); m++) {
                if (vi_norm_sym(c, k, (gunichar)marks[m][0][0])) {
                    said = marks[m][1];
                }
            }
        }
        if (said != NULL) {
            vi_norm_say(c, said, strlen(said), k, k);
        } else {
            vi_norm_say(c, vi_norm_str(c, k), tok_len(c, k), k, k);
        }
    }
    return end + 1;
}

/* A slash between two words of two letters or more, joined to both or spaced on both sides, is
 * said: "upgrade/update", "TCP/IP", "he/she"; not between units (mg/kg, km/h after no number)
 * nor in "and/or" (said "and or"). */
static gboolean word_slash(vi_norm *c, size_t i)
{
    size_t ntok;
    if (i == 0 || !vi_norm_is(c, i - 1, VI_TOK_WORD) || !vi_norm_is(c, i + 1, VI_TOK_WORD) ||
        c->tok[i].space != c->tok[i + 1].space || tok_len(c, i - 1) < 2 ||
        tok_len(c, i + 1) < 2 || (vi_norm_word_is(c, i - 1, "and", TRUE) &&
                                   vi_norm_word_is(c, i + 1, "or", TRUE))) {
        return FALSE;
    }
    return !(unit_at(c, i - 1, &ntok) != NULL && unit_at(c, i + 1, &ntok) != NULL);
}

static size_t rule_symbol(vi_norm *c, size_t i)
{
    const char *said = NULL;
    size_t next;
    switch (c->tok[i].ch) {
    case '&':
        said = "and";
        break;
    case '+':
        said = "plus";
        break;
    case '=':
        said = "equals";
        break;
    case '@':
        said = "at";
        break;
    case '#':
        said = vi_norm_joined(c, i + 1, VI_TOK_NUM) ? "number" : NULL;
        break;
    case '~':
        said = vi_norm_joined(c, i + 1, VI_TOK_NUM) ? "about" : NULL;
        break;
    case '%':
        said = "percent";
        break;
    case '/':
        said = word_slash(c, i) ? "slash" : NULL;
        break;
    case '\'':
    case 0x2019:
        /* the '90s: the nineties */
        if (vi_norm_joined(c, i + 1, VI_TOK_NUM) && tok_len(c, i + 1) == 2 && plural_s(c, i + 2)) {
            g_string_truncate(c->buf, 0);
            en_cardinal(c->buf, vi_norm_str(c, i + 1), 2);
            en_plural(c->buf);
            vi_norm_say_buf(c, i, i + 2);
            return i + 3;
        }
        /* the class of '08, in '99: a year's last two figures */
        if ((i == 0 || c->tok[i].space) && vi_norm_joined(c, i + 1, VI_TOK_NUM) &&
            tok_len(c, i + 1) == 2 && !vi_norm_joined(c, i + 2, VI_TOK_WORD) &&
            !vi_norm_joined(c, i + 2, VI_TOK_NUM) &&
            !(vi_norm_sym(c, i + 2, '\'') || vi_norm_sym(c, i + 2, 0x2019))) {
            const char *d = vi_norm_str(c, i + 1);
            g_string_truncate(c->buf, 0);
            if (d[0] == '0') {
                vi_num_put(c->buf, "oh");
                vi_num_put(c->buf, d[1] == '0' ? "oh" : ones[d[1] - '0']);
            } else {
                en_cardinal(c->buf, d, 2);
            }
            vi_norm_say_buf(c, i, i + 1);
            return i + 2;
        }
        break;
    case 0x2212:
    case '-':
        if (vi_norm_joined(c, i + 1, VI_TOK_NUM) && (i == 0 || c->tok[i].space)) {
            said = "minus";
        } else if (c->tok[i].space && i + 1 < c->ntok && c->tok[i + 1].space) {
            vi_norm_pause(c, ",", i);
            return i + 1;
        }
        break;
    case 0x2013:
    case 0x2014:
        vi_norm_pause(c, ",", i);
        return i + 1;
    case '(':
    case '[':
        vi_norm_pause(c, ",", i);
        return i + 1;
    default: {
        /* ½ "one half", ¾ "three quarters"; after a number "1½" "one and a half". */
        unsigned num, den;
        if (vi_num_vulgar(c->tok[i].ch, &num, &den)) {
            g_string_truncate(c->buf, 0);
            en_fraction(c->buf, num, den, i > 0 && c->tok[i - 1].type == VI_TOK_NUM);
            vi_norm_say_buf(c, i, i);
            return i + 1;
        }
        break;
    }
    }
    if (said != NULL) {
        vi_norm_say(c, said, strlen(said), i, i);
        return i + 1;
    }
    next = vi_norm_punctuation(c, i);
    return next > 0 ? next : i + 1; /* other symbols are silent */
}

void en_run(vi_norm *c, size_t from)
{
    size_t i = from;
    while (i < c->ntok) {
        size_t next = 0;
        switch (c->tok[i].type) {
        case VI_TOK_NUM:
            if ((next = rule_vanity(c, i)) == 0 && (next = rule_phone(c, i)) == 0 &&
                (next = rule_numeric_date(c, i)) == 0 && (next = rule_short_date(c, i)) == 0 &&
                (next = rule_dotted(c, i)) == 0 &&
                (next = rule_fraction(c, i)) == 0 &&
                (next = rule_day_month(c, i)) == 0 &&
                (next = rule_time(c, i)) == 0 && (next = rule_quarter(c, i)) == 0) {
                next = rule_amount(c, i);
            }
            break;
        case VI_TOK_WORD:
            if ((next = rule_money(c, i)) == 0 && (next = rule_month_day(c, i)) == 0 &&
                (next = rule_roman(c, i)) == 0 && (next = rule_web(c, i)) == 0 &&
                (next = rule_street(c, i)) == 0 && (next = rule_state(c, i)) == 0 &&
                (next = rule_abbreviation(c, i)) == 0) {
                g_string_truncate(c->buf, 0);
                g_string_append_len(c->buf, vi_norm_str(c, i), (gssize)tok_len(c, i));
                /* words joined by an apostrophe or a hyphen stay one word */
                vi_norm_say_buf(c, i, i);
                next = i + 1;
            }
            break;
        default:
            if ((next = rule_money(c, i)) == 0 && (next = rule_phone(c, i)) == 0) {
                next = point_first(c, i) ? rule_amount(c, i) : rule_symbol(c, i);
            }
            break;
        }
        i = next > i ? next : i + 1;
    }
}
