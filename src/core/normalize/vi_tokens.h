/*
 * The normalizer's tokenizer: text becomes runs of letters (words), runs of ASCII digits
 * (numbers) and single other characters (symbols), each knowing whether white space comes
 * before it. "74,2%/năm" is 74 , 2 % / năm with no space between them, so rules can see
 * both the pieces and how they are joined. Internal to the core; prefix vi_tok_.
 */
#ifndef DOCBAO_VI_TOKENS_H
#define DOCBAO_VI_TOKENS_H

#include <glib.h>

typedef enum {
    VI_TOK_WORD = 1, /* letters (and combining marks; an apostrophe between letters) */
    VI_TOK_NUM,      /* ASCII digits */
    VI_TOK_SYM,      /* any other single character that is not white space */
} vi_tok_type;

typedef struct vi_token {
    size_t start; /* byte offsets in the tokenized text */
    size_t end;
    gunichar ch;    /* the first character */
    guint8 type;    /* vi_tok_type */
    guint8 space;   /* white space (or the start of the text) comes before it */
} vi_token;

/* Is c an apostrophe that may join the letters of a word ("M'gar", "H’Hen")? */
static inline gboolean vi_tok_is_apostrophe(gunichar c)
{
    return c == '\'' || c == 0x2019;
}

/* Appends the tokens of len bytes of valid UTF-8 to out (a GArray of vi_token). Linear. */
void vi_tok_split(const char *s, size_t len, GArray *out);

/* The number of tokens vi_tok_split() would give, and the first of them in *first (when there
 * is one and first is not NULL). */
size_t vi_tok_count(const char *s, size_t len, vi_token *first);

#endif
