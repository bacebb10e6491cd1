/* Reading numbers in Vietnamese. */
#include <string.h>

#include "normalize/vi_numbers.h"

static const char *const digit_words[10] = {"không", "một", "hai", "ba",  "bốn",
                                            "năm",   "sáu", "bảy", "tám", "chín"};

const char *vi_num_thousand(docbao_dialect d)
{
    return d == DOCBAO_DIALECT_SOUTH ? "ngàn" : "nghìn";
}

const char *vi_num_zero_tens(docbao_dialect d)
{
    return d == DOCBAO_DIALECT_SOUTH ? "lẻ" : "linh";
}

void vi_num_put(GString *out, const char *word)
{
    if (out->len > 0 && out->str[out->len - 1] != ' ') {
        g_string_append_c(out, ' ');
    }
    g_string_append(out, word);
}

/*
 * One group of three digits a, b, c. padded: a higher group was said, so a group below 100
 * keeps "không trăm" and a lone unit "linh" (1.005 -> một nghìn không trăm linh năm).
 */
static void read_group(GString *out, int a, int b, int c, gboolean padded, docbao_dialect d)
{
    gboolean hundreds = padded || a > 0;
    if (hundreds) {
        vi_num_put(out, digit_words[a]);
        vi_num_put(out, "trăm");
    }
    if (b == 0) {
        if (c == 0) {
            return;
        }
        if (hundreds) {
            vi_num_put(out, vi_num_zero_tens(d));
        }
        vi_num_put(out, digit_words[c]);
        return;
    }
    if (b == 1) {
        vi_num_put(out, "mười");
        if (c == 5) {
            vi_num_put(out, "lăm");
        } else if (c > 0) {
            vi_num_put(out, digit_words[c]);
        }
        return;
    }
    vi_num_put(out, digit_words[b]);
    vi_num_put(out, "mươi");
    switch (c) {
    case 0:
        break;
    case 1:
        vi_num_put(out, "mốt");
        break;
    case 4:
        /* 24 is "hai mươi tư" in the north, "hai mươi bốn" in the south. */
        vi_num_put(out, d == DOCBAO_DIALECT_SOUTH ? "bốn" : "tư");
        break;
    case 5:
        vi_num_put(out, "lăm");
        break;
    default:
        vi_num_put(out, digit_words[c]);
        break;
    }
}

static int digit_at(const char *s, size_t n, size_t i)
{
    return i < n ? s[i] - '0' : 0;
}

/* Up to nine digits (no leading zeros unless padded): groups of triệu, nghìn and units. */
static gboolean read_below_billion(GString *out, const char *s, size_t n, gboolean padded,
                                   docbao_dialect d)
{
    static const char *const units[3] = {"triệu", NULL, NULL};
    gboolean said = FALSE;
    /* Left-pad to nine digits by reading with an offset. */
    size_t pad = 9 - n;
    for (int g = 0; g < 3; g++) {
        int v[3];
        for (int k = 0; k < 3; k++) {
            size_t pos = (size_t)(g * 3 + k);
            v[k] = pos < pad ? 0 : digit_at(s, n, pos - pad);
        }
        if (v[0] == 0 && v[1] == 0 && v[2] == 0) {
            continue;
        }
        read_group(out, v[0], v[1], v[2], padded || said, d);
        said = TRUE;
        if (g == 0) {
            vi_num_put(out, units[0]);
        } else if (g == 1) {
            vi_num_put(out, vi_num_thousand(d));
        }
    }
    return said;
}

static gboolean all_zero(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '0') {
            return FALSE;
        }
    }
    return TRUE;
}

/* Any number of digits: what is above 10^9 is read recursively and followed by "tỷ". */
static gboolean read_part(GString *out, const char *s, size_t n, gboolean padded,
                          docbao_dialect d)
{
    if (n > 9) {
        gboolean said = read_part(out, s, n - 9, padded, d);
        if (said) {
            vi_num_put(out, "tỷ");
        }
        if (!all_zero(s + n - 9, 9)) {
            read_below_billion(out, s + n - 9, 9, padded || said, d);
            said = TRUE;
        }
        return said;
    }
    return read_below_billion(out, s, n, padded, d);
}

void vi_num_cardinal(GString *out, const char *digits, size_t n, docbao_dialect d)
{
    while (n > 1 && digits[0] == '0') {
        digits++;
        n--;
    }
    if (n == 0 || all_zero(digits, n)) {
        vi_num_put(out, digit_words[0]);
        return;
    }
    read_part(out, digits, n, FALSE, d);
}

void vi_num_cardinal_u64(GString *out, guint64 value, docbao_dialect d)
{
    char buf[32];
    int n = g_snprintf(buf, sizeof buf, "%" G_GUINT64_FORMAT, value);
    vi_num_cardinal(out, buf, (size_t)n, d);
}

void vi_num_digits(GString *out, const char *digits, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (digits[i] >= '0' && digits[i] <= '9') {
            vi_num_put(out, digit_words[digits[i] - '0']);
        }
    }
}

void vi_num_name(GString *out, const char *digits, size_t n, docbao_dialect d)
{
    if ((n >= 2 && digits[0] == '0') || n > 15) {
        vi_num_digits(out, digits, n);
    } else {
        vi_num_cardinal(out, digits, n, d);
    }
}

void vi_num_fraction(GString *out, const char *digits, size_t n, docbao_dialect d)
{
    size_t i = 0;
    while (i < n && digits[i] == '0') {
        vi_num_put(out, digit_words[0]);
        i++;
    }
    if (i == n) {
        return;
    }
    if (n - i <= 3) {
        vi_num_cardinal(out, digits + i, n - i, d);
    } else {
        vi_num_digits(out, digits + i, n - i);
    }
}

void vi_num_ordinal(GString *out, guint64 value, vi_num_ordinal_style style, docbao_dialect d)
{
    if (value == 1) {
        vi_num_put(out, "nhất");
    } else if (value == 2 && style == VI_NUM_RANK) {
        vi_num_put(out, "nhì");
    } else if (value == 4) {
        vi_num_put(out, "tư");
    } else {
        vi_num_cardinal_u64(out, value, d);
    }
}

void vi_num_month(GString *out, unsigned month, docbao_dialect d)
{
    if (month == 4) {
        vi_num_put(out, "tư");
    } else {
        vi_num_cardinal_u64(out, month, d);
    }
}

static int roman_digit(char c)
{
    switch (c) {
    case 'I':
        return 1;
    case 'V':
        return 5;
    case 'X':
        return 10;
    case 'L':
        return 50;
    case 'C':
        return 100;
    case 'D':
        return 500;
    case 'M':
        return 1000;
    default:
        return 0;
    }
}

unsigned vi_num_roman(const char *s, size_t n)
{
    unsigned total = 0;
    char canon[32];
    unsigned v;
    static const struct {
        unsigned value;
        const char *text;
    } table[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                 {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                 {5, "V"},    {4, "IV"},   {1, "I"}};
    size_t len = 0;
    if (n == 0 || n > 15) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        int a = roman_digit(s[i]);
        int b = i + 1 < n ? roman_digit(s[i + 1]) : 0;
        if (a == 0) {
            return 0;
        }
        if (a < b) {
            total += (unsigned)(b - a);
            i++;
        } else {
            total += (unsigned)a;
        }
    }
    if (total == 0 || total > 3999) {
        return 0;
    }
    /* Accept only the canonical spelling of that value ("IIII", "VX" are not numerals). */
    v = total;
    for (size_t k = 0; k < G_N_ELEMENTS(table); k++) {
        while (v >= table[k].value) {
            size_t tl = strlen(table[k].text);
            if (len + tl >= sizeof canon) {
                return 0;
            }
            memcpy(canon + len, table[k].text, tl);
            len += tl;
            v -= table[k].value;
        }
    }
    if (len != n || memcmp(canon, s, n) != 0) {
        return 0;
    }
    return total;
}

gboolean vi_num_parse(const char *digits, size_t n, guint64 *value)
{
    guint64 v = 0;
    if (n == 0 || n > 19) {
        return FALSE;
    }
    for (size_t i = 0; i < n; i++) {
        if (digits[i] < '0' || digits[i] > '9') {
            return FALSE;
        }
        v = v * 10 + (guint64)(digits[i] - '0');
    }
    *value = v;
    return TRUE;
}

gboolean vi_num_vulgar(gunichar ch, unsigned *num, unsigned *den)
{
    static const struct {
        gunichar ch;
        unsigned char num, den;
    } table[] = {{0x00BC, 1, 4}, {0x00BD, 1, 2},  {0x00BE, 3, 4},  {0x2150, 1, 7},
                 {0x2151, 1, 9}, {0x2152, 1, 10}, {0x2153, 1, 3},  {0x2154, 2, 3},
                 {0x2155, 1, 5}, {0x2156, 2, 5},  {0x2157, 3, 5},  {0x2158, 4, 5},
                 {0x2159, 1, 6}, {0x215A, 5, 6},  {0x215B, 1, 8},  {0x215C, 3, 8},
                 {0x215D, 5, 8}, {0x215E, 7, 8}};
    for (size_t k = 0; k < G_N_ELEMENTS(table); k++) {
        if (table[k].ch == ch) {
            *num = table[k].num;
            *den = table[k].den;
            return TRUE;
        }
    }
    return FALSE;
}
