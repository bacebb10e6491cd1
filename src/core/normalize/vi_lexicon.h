/*
 * The normalizer's lexicons: plain tab-separated files, compiled in from voices/lexicon/ and
 * extended or overridden by the user's files. Internal to the core; prefix vi_lex_.
 *
 * Files and their columns (lines starting with '#' and blank lines are skipped):
 *   abbreviations.tsv  KEY  EXPANSION  [CONTEXT]   abbreviations, acronyms, foreign words
 *   units.tsv          UNIT READING KIND           KIND: measure, money, percent, count
 *   letters.tsv        LETTER NAME                 how a letter is spelled out
 *   contexts.tsv       PHRASE ROLES                words that decide how a number is read
 *   symbols.tsv        SYMBOL READING              READING empty: silent; ",": a pause
 *   english.tsv        KEY  READING  [CONTEXT]     abbreviations and words in English text
 *   webwords.tsv       WORD [READING]              words that web names are run together from
 *   toneless.tsv       WORD [READING]              a syllable or two written without marks
 *   tonephrases.tsv    WORD READING COUNT          a phrase of 2-3 syllables without marks
 *   tonenames.tsv      NAME READING                a capitalized name written without marks
 *   places.tsv         PART LETTERS [SAID]         letters of Highland place names
 *   respell.tsv        LANG PART LETTERS [SAID]    letters of foreign names by language
 * A user file with any other name is read as abbreviations. CONTEXT is one or more conditions
 * separated by ';' (any of them may hold): "code" (part of a document code such as NĐ-CP),
 * "after W1, W2" (one of these words or phrases comes just before), "before W1, W2" (comes just
 * after; a word of it may be "#" any number, "0#" one with a leading zero, "u#" u joined to a
 * number), "before #" (a number comes just after), "before #/" (a number and a slash
 * come just after, as in T9/2024), "before -#" (a dash and a number come just after, joined:
 * QL-1A), "before Name" (a capitalized word comes just after: P. Bến
 * Thành), "url" (inside a web or e-mail address). Entries with a
 * context are tried first, in file order; the entry without one is the fallback.
 * An EXPANSION of exactly VI_LEX_ENGLISH ("<en>") gives the key, as written, to the English
 * voice ("Champions League	<en>"); one of the form "<en>TEXT</en>" gives TEXT to it in the
 * key's place ("WC	<en>World Cup</en>").
 */
#ifndef DOCBAO_VI_LEXICON_H
#define DOCBAO_VI_LEXICON_H

#include <glib.h>

#include "docbao/status.h"

#define VI_LEX_ENGLISH "<en>"
#define VI_LEX_ENGLISH_END "</en>"

typedef struct vi_lexicon vi_lexicon;

typedef enum {
    VI_UNIT_MEASURE = 0, /* km, kg, m3: a "/" after it reads "trên" (km/h) */
    VI_UNIT_MONEY,       /* đồng, USD, $: may stand before the number too */
    VI_UNIT_PERCENT,     /* %, ‰ */
    VI_UNIT_COUNT,       /* k (nghìn), tr (triệu) */
} vi_unit_kind;

typedef struct vi_unit {
    char *reading;
    vi_unit_kind kind;
    gboolean joined; /* only joined to its number, and no digit after it ("24in", not "2 in") */
    gboolean whole;  /* counted in whole numbers: "5,000 mAh" is five thousand, not five */
    gboolean exact;  /* matched only as written: "5 tỷ won", not "2-1 Real Madrid" */
} vi_unit;

typedef enum {
    VI_COND_CODE = 1,
    VI_COND_AFTER,
    VI_COND_BEFORE,
    VI_COND_BEFORE_NUMBER,
    VI_COND_BEFORE_NUMBER_SLASH,
    VI_COND_BEFORE_DASH_NUMBER, /* a dash and a number follow, joined: QL-1A, ĐT-741 */
    VI_COND_URL,
    VI_COND_BEFORE_NAME, /* a capitalized word follows (P. Bến Thành), not inside a name */
    VI_COND_NEAR, /* one of the phrases within a few words either side, in the same sentence */
    VI_COND_BEFORE_PLATE, /* a vehicle plate follows: two digits joined to letters (79D, 43K7) */
    VI_COND_DOT,          /* the key is written with its final dot ("H. 2", not "H2") */
} vi_cond_kind;

typedef struct vi_cond {
    vi_cond_kind kind;
    char **phrases; /* AFTER/BEFORE/NEAR: lowercase phrases, NULL-terminated; else NULL */
    gboolean and_next; /* holds only together with the next condition ("after ( & before #") */
} vi_cond;

typedef struct vi_abbr {
    char *expansion;
    vi_cond *conds; /* n_conds conditions, any of which (or of whose & chains) may hold; none: the fallback */
    size_t n_conds;
} vi_abbr;

/* The entries of a key: those with a context first, in file order, the fallback last. */
typedef struct vi_abbr_list {
    vi_abbr **items;
    unsigned len;
    unsigned cap;     /* (the loader's) */
    gboolean from_user; /* (the loader's) a user's file gave them */
    gboolean merged;    /* (the loader's) made for the case-insensitive index */
    const char *folded; /* (the loader's) the key in lower case */
} vi_abbr_list;

/* Roles of context words (contexts.tsv): what the number after them is. */
enum {
    VI_ROLE_ORDINAL = 1u << 0,  /* thứ 4 -> thứ tư */
    VI_ROLE_RANK = 1u << 1,     /* hạng 2 -> hạng nhì */
    VI_ROLE_ROMAN = 1u << 2,    /* khóa XV -> khóa mười lăm */
    VI_ROLE_DATE = 1u << 3,     /* ngày 27/1, sáng 5-3: a day and month */
    VI_ROLE_MONTH = 1u << 4,    /* tháng 4 -> tháng tư; tháng 4/2023 */
    VI_ROLE_PERIOD = 1u << 5,   /* quý 1/2024 -> quý một năm ... */
    VI_ROLE_SCORE = 1u << 6,    /* thắng 2-1 -> hai một */
    VI_ROLE_FRACTION = 1u << 7, /* chiếm 1/3 -> một phần ba */
    VI_ROLE_PHONE = 1u << 8,    /* hotline 1900 1234: digit by digit */
    VI_ROLE_ADDRESS = 1u << 9,  /* ngõ 12/3 -> mười hai trên ba */
    VI_ROLE_TIME = 1u << 10,    /* lúc 8g -> tám giờ */
    VI_ROLE_PLATE = 1u << 11,   /* biển số 29A-123.45 */
    VI_ROLE_FRACTION_NEXT = 1u << 12, /* 1/3 số hộ: the word after a fraction */
    VI_ROLE_DOCUMENT = 1u << 13, /* nghị định: a type of legal document */
    VI_ROLE_PER = 1u << 14,      /* đồng/tháng: a word that can follow "/" as "một tháng" */
    VI_ROLE_MASS = 1u << 15,     /* nặng 8g: "g" after the number is grams, not hours */
    VI_ROLE_RATIO = 1u << 16,    /* tỷ lệ 1:12 -> một trên mười hai, not a time */
    VI_ROLE_YEAR = 1u << 17,     /* năm MMXX: a Roman numeral of 1000 or more is a year */
    VI_ROLE_COUNT = 1u << 18,    /* mỗi ngày 3-4 lần: what follows counts, it is no date */
    VI_ROLE_VERSION = 1u << 19,  /* iOS 18.1: a version, its parts joined by "chấm" */
    VI_ROLE_STANDARD = 1u << 20, /* ISO 9001:2015: the year of the standard's edition */
    VI_ROLE_COUNTED = 1u << 21,  /* 8/10 học sinh: the word after A/B counts, "A trên B" */
    VI_ROLE_WHEN = 1u << 22,     /* từ 1/7 người lao động: a point in time follows, a date */
    VI_ROLE_EMERGENCY = 1u << 23, /* cấp cứu 115: an emergency number 111-116 is said digit by digit */
    VI_ROLE_LINE = 1u << 24,     /* tổng đài ... 1558: a service line's number, a few words on */
    VI_ROLE_EVENT = 1u << 25,    /* vụ khủng bố 911: the September 11 attacks, said digit by digit */
    VI_ROLE_LOTTERY = 1u << 26,  /* giải đặc biệt 12345: a drawn number, said digit by digit */
    VI_ROLE_DIAL = 1u << 27,     /* bấm số 114: a service line's number is dialled next */
    VI_ROLE_MODEL = 1u << 28,    /* iPhone 6s: a letter joined to the number is the model's */
    VI_ROLE_SEASON = 1u << 29,   /* mùa giải 2024-2025: two years in a row are one season */
    VI_ROLE_SECTION = 1u << 30,  /* khoản 1.1: a numbered part of a text, "một chấm một" */
};

/*
 * Loads the built-in lexicons, then the *.tsv files of user_dir (in name order; NULL means
 * $XDG_CONFIG_HOME/docbao/lexicon; a missing directory is fine). A user entry replaces every
 * built-in entry with the same key in the same table. Returns NULL with err filled
 * (DOCBAO_ERR_VOICE, naming file:line) when a file cannot be read or parsed.
 */
vi_lexicon *vi_lex_new(const char *user_dir, docbao_error *err);
void vi_lex_free(vi_lexicon *lex);

/*
 * Checks that every field of the built-in lexicons is already in the form the loader gives a
 * user's field (NFC, traditional tone placement, context phrases in lower case, no spaces
 * around), which lets vi_lex_new() take the built-in fields as they are written. Returns FALSE
 * with err naming the first file:line that is not, or any other mistake in the files.
 */
gboolean vi_lex_check_builtin(docbao_error *err);

/* Entries for an exact key, or NULL (never an empty list). */
const vi_abbr_list *vi_lex_abbr(const vi_lexicon *lex, const char *key);
/* Does a user's file give entries for the first len bytes of key, as written ("Hoa Phat" in
 * ~/.config/docbao/lexicon/ten-rieng.tsv), as abbreviations (any file read so)? */
gboolean vi_lex_user_abbr(const vi_lexicon *lex, const char *key, size_t len);
/* Entries of english.tsv for an exact key (readings in English text), or NULL. */
const vi_abbr_list *vi_lex_english(const vi_lexicon *lex, const char *key);
/* Entries for a key compared case-insensitively (after lowercasing), or NULL. */
const vi_abbr_list *vi_lex_abbr_folded(const vi_lexicon *lex, const char *folded_key);
/* TRUE if some key starts with this word in lower case (vi_text_append_folded(): "tp" for
 * "TP.HCM"; a word in capitals must be folded first): a quick test that rules out most words
 * with one lookup. */
gboolean vi_lex_abbr_may_start(const vi_lexicon *lex, const char *word);
/* The most tokens any abbreviation key spans ("TP.HCM" is 3). */
size_t vi_lex_abbr_max_tokens(const vi_lexicon *lex);
/* The most words (parts separated by spaces) of any abbreviation key ("SEA Games" is 2). */
size_t vi_lex_abbr_max_words(const vi_lexicon *lex);

const vi_unit *vi_lex_unit(const vi_lexicon *lex, const char *key);
/* The same, and when there is none, a unit of two characters or more in another case ("gb" is
 * GB, "50hz" Hz; of units that differ only in case, the one with more capitals). */
const vi_unit *vi_lex_unit_folded(const vi_lexicon *lex, const char *key);
size_t vi_lex_unit_max_tokens(const vi_lexicon *lex);

/* The spoken name of a letter (any case), or NULL. */
const char *vi_lex_letter(const vi_lexicon *lex, gunichar c);

/* The roles of a lowercase phrase, or 0. */
unsigned vi_lex_roles(const vi_lexicon *lex, const char *phrase);
size_t vi_lex_context_max_words(const vi_lexicon *lex);

/* The reading of a symbol: NULL when unknown, "" when it is silent. */
const char *vi_lex_symbol(const vi_lexicon *lex, const char *key);

/* A word of webwords.tsv (the first len bytes of word, lowercase ASCII): its Vietnamese
 * reading ("lienhe" -> "liên hệ"), "" for an English word the English voice says, or NULL. */
const char *vi_lex_webword(const vi_lexicon *lex, const char *word, size_t len);
/* A syllable or two syllables run together, in lowercase ASCII without marks, of toneless.tsv
 * (the first len bytes of word): its usual marked reading ("diem" điểm, "ketqua" kết quả), ""
 * for a foreign word Vietnamese text writes as it is ("video"), or NULL. */
const char *vi_lex_toneless(const vi_lexicon *lex, const char *word, size_t len);
/* The length of the longest word of toneless.tsv. */
size_t vi_lex_toneless_max_len(const vi_lexicon *lex);
/* A word or phrase of two or three syllables of tonephrases.tsv: its usual marked reading and
 * that reading's uses in the mining corpora. */
typedef struct {
    const char *reading;
    unsigned count;
} vi_tone_phrase;
/* The entry of tonephrases.tsv for the first len bytes of word (lowercase ASCII, run together:
 * "tuphap" tư pháp), or NULL. */
const vi_tone_phrase *vi_lex_tone_phrase(const vi_lexicon *lex, const char *word, size_t len);
/* How many words a name of tonenames.tsv has, at most. */
#define VI_LEX_TONE_NAME_WORDS 4

/* The marked reading of a name of tonenames.tsv: name (len bytes) is two to four capitalized
 * ASCII words one space apart ("Dat Xanh" -> "Đất Xanh"); NULL when there is none. */
const char *vi_lex_tone_name(const vi_lexicon *lex, const char *name, size_t len);

/* The length of the longest word of tonephrases.tsv. */
size_t vi_lex_tone_phrase_max_len(const vi_lexicon *lex);
/* The length of the longest word of webwords.tsv. */
size_t vi_lex_webword_max_len(const vi_lexicon *lex);
/* What places.tsv says of the first len bytes of letters (lower case) as PART ("onset",
 * "final", "head", ...): the Vietnamese letters or syllable, "" for a line without one, or NULL. */
const char *vi_lex_place(const vi_lexicon *lex, const char *part, const char *letters, size_t len);
/* What respell.tsv says of the first len bytes of letters (lower case) as PART of language lang
 * ("slav", "*"): the Vietnamese letters, "" for a line without them, or NULL. With lang NULL,
 * PART "cue", "country" or "particle": the language whose names end so ("-ov") or hold the word
 * ("al"), follow the country word ("nga"), or hold the small word inside ("bin"), or NULL. */
const char *vi_lex_respell(const vi_lexicon *lex, const char *lang, const char *part,
                           const char *letters, size_t len);
/* The most bytes of letters starting with byte first that a "letters" line of respell.tsv (any
 * language) names, before its '>' when it has one ("c>ei": 1); 0 when none starts so. Longer
 * letters have no line: vi_respell_word() asks for no more. */
size_t vi_lex_respell_letters_max(const vi_lexicon *lex, char first);

#endif
