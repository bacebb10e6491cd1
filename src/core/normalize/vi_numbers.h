/*
 * Reading numbers in Vietnamese: cardinals, the digits after a decimal comma, digit-by-digit
 * codes, ordinals and Roman numerals. One reader serves amounts, years, dates, times and codes.
 * Internal to the core; prefix vi_num_.
 *
 * Every function appends words to a GString, separated by single spaces, with a space before
 * the first one when the string is not empty and does not already end in a space.
 */
#ifndef DOCBAO_VI_NUMBERS_H
#define DOCBAO_VI_NUMBERS_H

#include <glib.h>

#include "docbao/normalize.h"

/* Longest digit string read as a cardinal; longer ones are best read digit by digit. */
#define VI_NUM_MAX_CARDINAL 18

/* How an ordinal is said: after "thứ" (thứ nhất, thứ tư) or as a rank (hạng nhất, hạng nhì). */
typedef enum {
    VI_NUM_ORDINAL = 0,
    VI_NUM_RANK,
} vi_num_ordinal_style;

/* Appends one word. */
void vi_num_put(GString *out, const char *word);

/* The word for a thousand: northern "nghìn", southern "ngàn". */
const char *vi_num_thousand(docbao_dialect dialect);

/* The word for a zero tens digit before a unit digit: "linh" (north), "lẻ" (south). */
const char *vi_num_zero_tens(docbao_dialect dialect);

/*
 * Appends the cardinal of a string of n ASCII digits (leading zeros are ignored; all zeros read
 * "không"). Any length is read, by tỷ, recursively: 10^12 is "một nghìn tỷ". Northern: nghìn,
 * linh, mươi tư (24); southern: ngàn, lẻ, mươi bốn. 1 after "mươi" is "mốt", 5 after "mười"
 * or "mươi" is "lăm"; an inner group below 100 keeps "không trăm" (2.005: hai nghìn không trăm
 * linh năm); zero groups are not said (1.000.000: một triệu).
 */
void vi_num_cardinal(GString *out, const char *digits, size_t n, docbao_dialect dialect);
void vi_num_cardinal_u64(GString *out, guint64 value, docbao_dialect dialect);

/* Appends each digit as a word: "0912" -> "không chín một hai". */
void vi_num_digits(GString *out, const char *digits, size_t n);

/*
 * Appends a number that names something (a code, a document) as it is written: digit by digit
 * when it has a leading zero ("05" -> "không năm") or is too long to be said as a cardinal
 * (over 15 digits), else as a cardinal.
 */
void vi_num_name(GString *out, const char *digits, size_t n, docbao_dialect dialect);

/*
 * Appends the digits after a decimal comma: leading zeros one by one ("02" -> "không hai"),
 * then the rest as a cardinal when it has at most three digits ("25" -> "hai mươi lăm"), or
 * digit by digit when longer.
 */
void vi_num_fraction(GString *out, const char *digits, size_t n, docbao_dialect dialect);

/* Appends an ordinal: 1 nhất, 4 tư, others as cardinals; the rank style says 2 "nhì". */
void vi_num_ordinal(GString *out, guint64 value, vi_num_ordinal_style style,
                    docbao_dialect dialect);

/* Appends a month: as a cardinal, except 4, which is "tư" (tháng tư). */
void vi_num_month(GString *out, unsigned month, docbao_dialect dialect);

/*
 * Parses a Roman numeral in canonical form (I to MMMCMXCIX, uppercase, subtractive pairs only
 * as IV, IX, XL, XC, CD, CM). Returns its value, or 0 when s is not one.
 */
unsigned vi_num_roman(const char *s, size_t n);

/* Is ch a vulgar fraction character (½, ¾, ⅓, ...)? Then its numerator and denominator. */
gboolean vi_num_vulgar(gunichar ch, unsigned *num, unsigned *den);

/* Parses up to 19 ASCII digits into *value; FALSE for anything else or overflow. */
gboolean vi_num_parse(const char *digits, size_t n, guint64 *value);

#endif
