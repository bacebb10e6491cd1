/* The normalizer's lexicons: loading the tab-separated files and looking entries up. */
#include <string.h>

#include <glib.h>

#include "base/internal.h"
#include "base/resources.h"
#include "normalize/vi_lexicon.h"
#include "normalize/vi_text.h"
#include "normalize/vi_tokens.h"

#define LEXICON_RESOURCE_PATH "lexicon"

/* Fills err (a parameter of the caller) with DOCBAO_ERR_VOICE and a message; yields FALSE. */
#define FAIL(...) (dbi_fail(err, DOCBAO_ERR_VOICE, __VA_ARGS__), FALSE)

typedef enum {
    TABLE_ABBR,
    TABLE_UNITS,
    TABLE_LETTERS,
    TABLE_CONTEXTS,
    TABLE_SYMBOLS,
    TABLE_ENGLISH,
    TABLE_WEBWORDS,
    TABLE_TONELESS,
    TABLE_TONEPHRASES,
    TABLE_TONENAMES,
    TABLE_PLACES,
    TABLE_RESPELL,
} table_kind;

/*
 * Keys, readings and phrases are not allocated one by one: those of the built-in files point
 * into a copy of the file cut into fields in place (the files are already clean, which
 * vi_lex_check_builtin() verifies), the others are stored in one string chunk. Entries, lists
 * and conditions come from an arena of a few blocks. The tables own none of them.
 */
struct vi_lexicon {
    GHashTable *abbr;        /* key -> vi_abbr_list */
    GHashTable *abbr_folded; /* lowercase key -> vi_abbr_list (one of abbr's, or merged) */
    GHashTable *first_words; /* first word of every key, in lower case */
    GHashTable *units;       /* key -> vi_unit */
    GHashTable *units_folded; /* lowercase key -> vi_unit (not owned), keys of 2+ characters */
    GHashTable *letters;     /* uppercase letter -> name */
    GHashTable *contexts;    /* lowercase phrase -> roles */
    GHashTable *symbols;     /* symbol -> reading */
    GHashTable *english;     /* key -> vi_abbr_list: readings for English text */
    GHashTable *webwords;    /* lowercase word -> reading ("": the English voice) */
    GHashTable *toneless;    /* toneless syllable or two, run together -> marked reading: a
                              * user's lines (the built-in ones are in builtin_toneless()) */
    /* toneless word or phrase of two or three syllables, run together -> vi_tone_phrase: a
     * user's lines (the built-in ones are in builtin_toneless()) */
    GHashTable *tone_phrases;
    GHashTable *tone_names;  /* capitalized toneless words, one space apart -> marked reading */
    GHashTable *places;      /* "PART LETTERS" -> said (places.tsv) */
    GHashTable *respell;     /* "LANG PART LETTERS" -> said, "cue -OV" and "country WORD" ->
                              * LANG (respell.tsv) */
    GStringChunk *strings;   /* strings that are not in a buffer */
    GPtrArray *buffers;      /* copies of the built-in files, cut into fields */
    GPtrArray *blocks;       /* the arena: entries, lists, conditions */
    char *arena;             /* free space in the last block */
    size_t arena_left;
    size_t abbr_max_tokens;
    size_t abbr_max_words;
    size_t unit_max_tokens;
    size_t context_max_words;
    size_t webword_max_len;
    size_t toneless_max_len;
    size_t tone_phrase_max_len;
    size_t tone_name_max_len;
    /* the longest LETTERS (before a '>') of respell.tsv's letters lines, by their first byte */
    unsigned char respell_letters_max[256];
};

/* How a file's fields are taken. */
typedef enum {
    FIELDS_CLEAN,   /* a user's file: NFC, traditional tone placement (clean_field) */
    FIELDS_TRUSTED, /* a built-in file: already clean, taken as written */
    FIELDS_VERIFY,  /* a built-in file, cleaned and compared with what is written */
} fields_mode;

/* One file being read. */
typedef struct loader {
    vi_lexicon *lex;
    const char *source; /* the file's name in messages */
    unsigned line;
    gboolean user;
    fields_mode mode;
    GString *tmp;    /* scratch */
    docbao_error *err;
    gboolean dirty;  /* FIELDS_VERIFY: a field was not clean (err says where) */
} loader;

static const struct {
    const char *name;
    unsigned role;
} role_names[] = {
    {"ordinal", VI_ROLE_ORDINAL}, {"rank", VI_ROLE_RANK},
    {"roman", VI_ROLE_ROMAN},     {"date", VI_ROLE_DATE},
    {"month", VI_ROLE_MONTH},     {"period", VI_ROLE_PERIOD},
    {"score", VI_ROLE_SCORE},     {"fraction", VI_ROLE_FRACTION},
    {"phone", VI_ROLE_PHONE},     {"address", VI_ROLE_ADDRESS},
    {"time", VI_ROLE_TIME},       {"plate", VI_ROLE_PLATE},
    {"fraction-next", VI_ROLE_FRACTION_NEXT},
    {"document", VI_ROLE_DOCUMENT},
    {"per", VI_ROLE_PER},
    {"mass", VI_ROLE_MASS},
    {"ratio", VI_ROLE_RATIO},
    {"year", VI_ROLE_YEAR},
    {"count", VI_ROLE_COUNT},
    {"version", VI_ROLE_VERSION},
    {"standard", VI_ROLE_STANDARD},
    {"counted", VI_ROLE_COUNTED},
    {"when", VI_ROLE_WHEN},
    {"emergency", VI_ROLE_EMERGENCY},
    {"line", VI_ROLE_LINE},
    {"event", VI_ROLE_EVENT},
    {"lottery", VI_ROLE_LOTTERY},
    {"dial", VI_ROLE_DIAL},
    {"model", VI_ROLE_MODEL},
    {"season", VI_ROLE_SEASON},
    {"section", VI_ROLE_SECTION},
};

static const struct {
    const char *name;
    vi_unit_kind kind;
} unit_kinds[] = {
    {"measure", VI_UNIT_MEASURE},
    {"money", VI_UNIT_MONEY},
    {"percent", VI_UNIT_PERCENT},
    {"count", VI_UNIT_COUNT},
};

/* size bytes, zeroed, that live as long as the lexicon. */
static void *arena_alloc(vi_lexicon *lex, size_t size)
{
    void *p;
    size = (size + 15) & ~(size_t)15;
    if (size > lex->arena_left) {
        size_t block = MAX(size, (size_t)16384);
        lex->arena = g_malloc0(block);
        lex->arena_left = block;
        g_ptr_array_add(lex->blocks, lex->arena);
    }
    p = lex->arena;
    lex->arena += size;
    lex->arena_left -= size;
    return p;
}

/* Adds a to the list at index at (at <= len). */
static void list_insert(vi_lexicon *lex, vi_abbr_list *l, unsigned at, vi_abbr *a)
{
    if (l->len == l->cap) {
        unsigned cap = l->cap == 0 ? 1 : l->cap * 2;
        vi_abbr **items = arena_alloc(lex, cap * sizeof *items);
        if (l->len > 0) {
            memcpy(items, l->items, l->len * sizeof *items);
        }
        l->items = items;
        l->cap = cap;
    }
    memmove(l->items + at + 1, l->items + at, (l->len - at) * sizeof *l->items);
    l->items[at] = a;
    l->len++;
}

/* s without the spaces around it: cuts the end in place, returns the first non-space. */
static char *strip(char *s)
{
    size_t n;
    while (g_ascii_isspace(*s)) {
        s++;
    }
    n = strlen(s);
    while (n > 0 && g_ascii_isspace(s[n - 1])) {
        s[--n] = '\0';
    }
    return s;
}

static gboolean is_ascii(const char *s)
{
    for (; *s != '\0'; s++) {
        if ((unsigned char)*s >= 0x80) {
            return FALSE;
        }
    }
    return TRUE;
}

/* NFC, then the traditional tone placement word by word (lowercase too when fold). */
static char *clean_field(const char *s, size_t len, gboolean fold)
{
    vi_text t;
    GString *out = g_string_sized_new(len + 8);
    GArray *tokens = g_array_new(FALSE, FALSE, sizeof(vi_token));
    size_t at = 0;
    vi_text_init(&t, s, len);
    vi_tok_split(t.str, t.len, tokens);
    for (guint i = 0; i < tokens->len; i++) {
        const vi_token *k = &g_array_index(tokens, vi_token, i);
        g_string_append_len(out, t.str + at, (gssize)(k->start - at));
        if (k->type == VI_TOK_WORD && fold) {
            vi_text_append_folded(out, t.str + k->start, k->end - k->start);
        } else if (k->type == VI_TOK_WORD) {
            vi_text_append_retoned(out, t.str + k->start, k->end - k->start);
        } else {
            g_string_append_len(out, t.str + k->start, (gssize)(k->end - k->start));
        }
        at = k->end;
    }
    g_string_append_len(out, t.str + at, (gssize)(t.len - at));
    g_array_unref(tokens);
    vi_text_clear(&t);
    return g_strstrip(g_string_free(out, FALSE));
}

/*
 * A field (stripped, in place) as the tables keep it: cleaned (lowercase when fold) for a
 * user's file, as written for a built-in one. The result lives as long as the lexicon. In
 * FIELDS_VERIFY mode a built-in field that cleaning would change is reported in ld->err.
 */
static const char *field(loader *ld, char *s, gboolean fold)
{
    char *clean;
    const char *kept;
    s = strip(s);
    if (ld->mode == FIELDS_TRUSTED) {
        return s;
    }
    if (is_ascii(s)) {
        /* NFC and tone placement change nothing in ASCII; folding is lowercasing. */
        clean = fold ? g_ascii_strdown(s, -1) : g_strdup(s);
    } else {
        clean = clean_field(s, strlen(s), fold);
    }
    if (ld->mode == FIELDS_VERIFY && strcmp(clean, s) != 0 && !ld->dirty) {
        dbi_fail(ld->err, DOCBAO_ERR_VOICE, "%s:%u: \"%s\" is not in its clean form \"%s\"",
                 ld->source, ld->line, s, clean);
        ld->dirty = TRUE;
    }
    kept = g_string_chunk_insert(ld->lex->strings, clean);
    g_free(clean);
    return kept;
}

/* A copy of s that lives as long as the lexicon. */
static const char *keep(loader *ld, const char *s, size_t len)
{
    return g_string_chunk_insert_len(ld->lex->strings, s, (gssize)len);
}

static size_t count_words(const char *s)
{
    size_t n = 0;
    gboolean in_word = FALSE;
    for (; *s != '\0'; s++) {
        if (*s == ' ') {
            in_word = FALSE;
        } else if (!in_word) {
            in_word = TRUE;
            n++;
        }
    }
    return n;
}

/* Cuts s at every sep in place; returns the pieces, NULL-terminated, in the arena. */
static char **cut(vi_lexicon *lex, char *s, char sep)
{
    size_t n = 1;
    char **parts;
    size_t k = 0;
    for (const char *p = s; *p != '\0'; p++) {
        n += *p == sep ? 1 : 0;
    }
    parts = arena_alloc(lex, (n + 1) * sizeof *parts);
    parts[k++] = s;
    for (char *p = s; *p != '\0'; p++) {
        if (*p == sep) {
            *p = '\0';
            parts[k++] = p + 1;
        }
    }
    parts[k] = NULL;
    return parts;
}

/* Splits "a, b c, d" into cleaned lowercase phrases; FALSE when one is empty. */
static gboolean parse_phrases(loader *ld, char *list, char ***out)
{
    char **parts = cut(ld->lex, list, ',');
    for (char **p = parts; *p != NULL; p++) {
        *p = (char *)field(ld, *p, TRUE);
        if (**p == '\0') {
            return FALSE;
        }
    }
    *out = parts;
    return TRUE;
}

/* Parses the CONTEXT column; FALSE with err filled on a mistake. */
static gboolean parse_context(loader *ld, char *text, vi_abbr *a)
{
    /* Conditions are cut at ';' (any may hold) and at '+' (they hold together: "after ( +
     * before #"); joined[k] says item k is chained to the next. */
    size_t n = 1;
    size_t k = 0;
    gboolean *joined;
    char **parts;
    gboolean ok = TRUE;
    for (const char *q = text; *q != '\0'; q++) {
        n += *q == ';' || *q == '+' ? 1 : 0;
    }
    joined = arena_alloc(ld->lex, n * sizeof *joined);
    for (char *q = text; *q != '\0'; q++) {
        if (*q == ';' || *q == '+') {
            joined[k++] = *q == '+';
            *q = ';';
        }
    }
    joined[k] = FALSE;
    parts = cut(ld->lex, text, ';');
    a->conds = arena_alloc(ld->lex, n * sizeof *a->conds);
    for (char **p = parts; *p != NULL && ok; p++) {
        vi_cond c = {0};
        char *item = strip(*p);
        c.and_next = joined[p - parts];
        if (*item == '\0') {
            continue;
        }
        if (strcmp(item, "code") == 0) {
            c.kind = VI_COND_CODE;
        } else if (strcmp(item, "url") == 0) {
            c.kind = VI_COND_URL;
        } else if (strcmp(item, "before #") == 0) {
            c.kind = VI_COND_BEFORE_NUMBER;
        } else if (strcmp(item, "before #/") == 0) {
            c.kind = VI_COND_BEFORE_NUMBER_SLASH;
        } else if (strcmp(item, "before -#") == 0) {
            c.kind = VI_COND_BEFORE_DASH_NUMBER;
        } else if (strcmp(item, "before Name") == 0) {
            c.kind = VI_COND_BEFORE_NAME;
        } else if (strcmp(item, "before plate") == 0) {
            c.kind = VI_COND_BEFORE_PLATE;
        } else if (strcmp(item, "dot") == 0) {
            c.kind = VI_COND_DOT;
        } else if (g_str_has_prefix(item, "after ") || g_str_has_prefix(item, "before ") ||
                   g_str_has_prefix(item, "near ")) {
            size_t skip = item[0] == 'a' ? 6 : item[0] == 'b' ? 7 : 5;
            char *shown = g_strdup(item);
            c.kind = item[0] == 'a' ? VI_COND_AFTER : item[0] == 'b' ? VI_COND_BEFORE : VI_COND_NEAR;
            if (!parse_phrases(ld, item + skip, &c.phrases)) {
                dbi_fail(ld->err, DOCBAO_ERR_VOICE, _("%s:%u: an empty word in context \"%s\""),
                         ld->source, ld->line, shown);
                ok = FALSE;
            }
            g_free(shown);
        } else {
            dbi_fail(ld->err, DOCBAO_ERR_VOICE,
                     _("%s:%u: unknown context \"%s\" (use code, url, after WORDS, before "
                       "WORDS, near WORDS, before #, before #/, before -#, before Name, "
                       "before plate or dot)"),
                     ld->source, ld->line, item);
            ok = FALSE;
        }
        if (ok) {
            a->conds[a->n_conds++] = c;
        }
    }
    return ok;
}

/*
 * Notes a key's size in tokens and words, remembers its first token in lower case for
 * vi_lex_abbr_may_start(), and returns the key in lower case.
 */
static const char *note_key(loader *ld, const char *key)
{
    vi_lexicon *lex = ld->lex;
    vi_token t;
    size_t n = vi_tok_count(key, strlen(key), &t);
    const char *folded;
    lex->abbr_max_tokens = MAX(lex->abbr_max_tokens, n);
    lex->abbr_max_words = MAX(lex->abbr_max_words, count_words(key));
    g_string_truncate(ld->tmp, 0);
    if (n == 1 && t.start == 0 && key[t.end] == '\0') {
        /* One word: the key folded is its first word folded. */
        vi_text_append_folded(ld->tmp, key, t.end);
        folded = strcmp(ld->tmp->str, key) == 0 ? key : keep(ld, ld->tmp->str, ld->tmp->len);
        g_hash_table_add(lex->first_words, (gpointer)folded);
        return folded;
    }
    if (n > 0) {
        vi_text_append_folded(ld->tmp, key + t.start, t.end - t.start);
        g_hash_table_add(lex->first_words, (gpointer)keep(ld, ld->tmp->str, ld->tmp->len));
        g_string_truncate(ld->tmp, 0);
    }
    vi_text_append_folded(ld->tmp, key, strlen(key));
    return strcmp(ld->tmp->str, key) == 0 ? key : keep(ld, ld->tmp->str, ld->tmp->len);
}

#define LD_FAIL(ld, ...) (dbi_fail((ld)->err, DOCBAO_ERR_VOICE, __VA_ARGS__), FALSE)

static gboolean add_abbr(loader *ld, char **cols, guint ncols, GHashTable *table)
{
    vi_lexicon *lex = ld->lex;
    vi_abbr *a;
    vi_abbr_list *list;
    const char *key;
    if (ncols < 2 || ncols > 3) {
        return LD_FAIL(ld, _("%s:%u: expected ABBREVIATION<tab>EXPANSION[<tab>CONTEXT]"),
                       ld->source, ld->line);
    }
    a = arena_alloc(lex, sizeof *a);
    a->expansion = (char *)field(ld, cols[1], FALSE);
    if (*a->expansion == '\0') {
        return LD_FAIL(ld, _("%s:%u: the expansion is empty"), ld->source, ld->line);
    }
    if (ncols == 3 && !parse_context(ld, cols[2], a)) {
        return FALSE;
    }
    key = field(ld, cols[0], FALSE);
    list = g_hash_table_lookup(table, key);
    if (list == NULL) {
        list = arena_alloc(lex, sizeof *list);
        list->from_user = ld->user;
        g_hash_table_insert(table, (gpointer)key, list);
    } else if (ld->user && !list->from_user) {
        /* A user's entries replace the built-in ones for this key. */
        list->len = 0;
        list->from_user = TRUE;
    }
    /* Entries with a context come first, in file order; the fallback last. */
    if (a->n_conds > 0) {
        unsigned at = 0;
        while (at < list->len && list->items[at]->n_conds > 0) {
            at++;
        }
        list_insert(lex, list, at, a);
    } else {
        list_insert(lex, list, list->len, a);
    }
    if (table == lex->abbr) {
        list->folded = note_key(ld, key);
    }
    return TRUE;
}

/* The length of word w at the start of s, ended by a space or the end of s; 0 when s does not
 * start with it. */
static size_t word_at(const char *s, const char *w)
{
    size_t n = strlen(w);
    return strncmp(s, w, n) == 0 && (s[n] == '\0' || s[n] == ' ') ? n : 0;
}

static gboolean add_unit(loader *ld, char **cols, guint ncols)
{
    vi_lexicon *lex = ld->lex;
    vi_unit *u;
    const char *key;
    const char *reading;
    const char *kind_name;
    gboolean joined = FALSE, whole = FALSE, exact = FALSE;
    int kind = -1;
    if (ncols != 3) {
        return LD_FAIL(ld, _("%s:%u: expected UNIT<tab>READING<tab>KIND"), ld->source, ld->line);
    }
    kind_name = strip(cols[2]);
    /* The kind, then its flags in any order: "measure joined", "measure whole", "money exact". */
    for (size_t i = 0; i < G_N_ELEMENTS(unit_kinds); i++) {
        size_t n = word_at(kind_name, unit_kinds[i].name);
        if (n > 0) {
            const char *f = kind_name + n;
            kind = (int)unit_kinds[i].kind;
            while (kind >= 0 && *f == ' ') {
                if ((n = word_at(f + 1, "joined")) > 0) {
                    joined = TRUE;
                } else if ((n = word_at(f + 1, "whole")) > 0) {
                    whole = TRUE;
                } else if ((n = word_at(f + 1, "exact")) > 0) {
                    exact = TRUE;
                } else {
                    kind = -1;
                }
                f += 1 + n;
            }
        }
    }
    if (kind < 0) {
        return LD_FAIL(ld,
                       _("%s:%u: unknown unit kind \"%s\" (use measure, money, percent or "
                         "count)"),
                       ld->source, ld->line, kind_name);
    }
    reading = field(ld, cols[1], FALSE);
    key = field(ld, cols[0], FALSE);
    if (*reading == '\0') {
        return LD_FAIL(ld, _("%s:%u: the reading is empty"), ld->source, ld->line);
    }
    u = arena_alloc(lex, sizeof *u);
    u->reading = (char *)reading;
    u->kind = (vi_unit_kind)kind;
    u->joined = joined;
    u->whole = whole;
    u->exact = exact;
    lex->unit_max_tokens = MAX(lex->unit_max_tokens, vi_tok_count(key, strlen(key), NULL));
    g_hash_table_replace(lex->units, (gpointer)key, u);
    return TRUE;
}

static gboolean add_letter(loader *ld, char **cols, guint ncols)
{
    const char *key;
    const char *name;
    char upper[8];
    gunichar c;
    if (ncols != 2) {
        return LD_FAIL(ld, _("%s:%u: expected LETTER<tab>NAME"), ld->source, ld->line);
    }
    key = field(ld, cols[0], FALSE);
    c = g_utf8_get_char(key);
    if (*key == '\0' || *g_utf8_next_char(key) != '\0' || !g_unichar_isalpha(c)) {
        return LD_FAIL(ld, _("%s:%u: \"%s\" is not a single letter"), ld->source, ld->line,
                       cols[0]);
    }
    name = field(ld, cols[1], FALSE);
    if (*name == '\0') {
        return LD_FAIL(ld, _("%s:%u: the name is empty"), ld->source, ld->line);
    }
    upper[g_unichar_to_utf8(g_unichar_toupper(c), upper)] = '\0';
    g_hash_table_replace(ld->lex->letters, (gpointer)keep(ld, upper, strlen(upper)),
                         (gpointer)name);
    return TRUE;
}

static gboolean add_context(loader *ld, char **cols, guint ncols)
{
    vi_lexicon *lex = ld->lex;
    char **roles;
    unsigned mask = 0;
    const char *phrase;
    if (ncols != 2) {
        return LD_FAIL(ld, _("%s:%u: expected WORDS<tab>ROLES"), ld->source, ld->line);
    }
    roles = cut(lex, cols[1], ',');
    for (char **r = roles; *r != NULL; r++) {
        unsigned bit = 0;
        char *name = strip(*r);
        for (size_t i = 0; i < G_N_ELEMENTS(role_names) && bit == 0; i++) {
            if (strcmp(name, role_names[i].name) == 0) {
                bit = role_names[i].role;
            }
        }
        if (bit == 0) {
            dbi_fail(ld->err, DOCBAO_ERR_VOICE,
                     _("%s:%u: unknown role \"%s\" (use ordinal, rank, roman, date, month, "
                       "period, score, fraction, fraction-next, phone, address, time, plate, "
                       "document, per, mass, ratio, year, count, version, standard, counted, "
                       "when, emergency, line, event, lottery)"),
                     ld->source, ld->line, name);
            return FALSE;
        }
        mask |= bit;
    }
    phrase = field(ld, cols[0], TRUE);
    if (*phrase == '\0') {
        return LD_FAIL(ld, _("%s:%u: the words are empty"), ld->source, ld->line);
    }
    if (!ld->user) {
        mask |= GPOINTER_TO_UINT(g_hash_table_lookup(lex->contexts, phrase));
    }
    lex->context_max_words = MAX(lex->context_max_words, count_words(phrase));
    g_hash_table_replace(lex->contexts, (gpointer)phrase, GUINT_TO_POINTER(mask));
    return TRUE;
}

static gboolean add_symbol(loader *ld, char **cols, guint ncols)
{
    const char *key;
    if (ncols != 2) {
        return LD_FAIL(ld, _("%s:%u: expected SYMBOL<tab>READING (the reading may be empty)"),
                       ld->source, ld->line);
    }
    if (*cols[0] == '\0') {
        return LD_FAIL(ld, _("%s:%u: the symbol is empty"), ld->source, ld->line);
    }
    key = ld->mode == FIELDS_TRUSTED ? cols[0] : keep(ld, cols[0], strlen(cols[0]));
    g_hash_table_replace(ld->lex->symbols, (gpointer)key, (gpointer)field(ld, cols[1], FALSE));
    return TRUE;
}

/* webwords.tsv and toneless.tsv: WORD[<tab>READING], WORD in lowercase ASCII letters. */
static gboolean add_webword(loader *ld, char **cols, guint ncols, gboolean toneless)
{
    const char *key;
    if (ncols > 2) {
        return LD_FAIL(ld, _("%s:%u: expected WORD[<tab>READING]"), ld->source, ld->line);
    }
    for (const char *p = cols[0]; *p != '\0'; p++) {
        if (*p < 'a' || *p > 'z') {
            return LD_FAIL(ld, _("%s:%u: \"%s\" is not a word in lowercase letters a to z"),
                           ld->source, ld->line, cols[0]);
        }
    }
    key = ld->mode == FIELDS_TRUSTED ? cols[0] : keep(ld, cols[0], strlen(cols[0]));
    if (toneless) {
        ld->lex->toneless_max_len = MAX(ld->lex->toneless_max_len, strlen(key));
    } else {
        ld->lex->webword_max_len = MAX(ld->lex->webword_max_len, strlen(key));
    }
    g_hash_table_replace(toneless ? ld->lex->toneless : ld->lex->webwords, (gpointer)key,
                         (gpointer)(ncols == 2 ? field(ld, cols[1], FALSE) : ""));
    return TRUE;
}

/* tonephrases.tsv: WORD<TAB>READING<TAB>COUNT, WORD in lowercase ASCII letters, COUNT the
 * reading's uses (a number of 1 or more). */
static gboolean add_tone_phrase(loader *ld, char **cols, guint ncols)
{
    vi_tone_phrase *phrase;
    guint64 count = 0;
    const char *key;
    if (ncols != 3 || *cols[1] == '\0') {
        return LD_FAIL(ld, _("%s:%u: expected WORD<tab>READING<tab>COUNT"), ld->source, ld->line);
    }
    for (const char *p = cols[0]; *p != '\0'; p++) {
        if (*p < 'a' || *p > 'z') {
            return LD_FAIL(ld, _("%s:%u: \"%s\" is not a word in lowercase letters a to z"),
                           ld->source, ld->line, cols[0]);
        }
    }
    for (const char *p = cols[2]; *p != '\0' || count == 0; p++) {
        if (!g_ascii_isdigit(*p) || (count = count * 10 + (guint64)(*p - '0')) > G_MAXUINT) {
            return LD_FAIL(ld, _("%s:%u: \"%s\" is not a count"), ld->source, ld->line,
                           cols[2]);
        }
    }
    key = ld->mode == FIELDS_TRUSTED ? cols[0] : keep(ld, cols[0], strlen(cols[0]));
    phrase = arena_alloc(ld->lex, sizeof *phrase);
    phrase->reading = field(ld, cols[1], FALSE);
    phrase->count = (unsigned)count;
    ld->lex->tone_phrase_max_len = MAX(ld->lex->tone_phrase_max_len, strlen(key));
    g_hash_table_replace(ld->lex->tone_phrases, (gpointer)key, phrase);
    return TRUE;
}

/* Is reading the ASCII name with marks: letter for letter the same but for them (đ for d), the
 * same spaces ("Đất Xanh" of "Dat Xanh")? retone_names() puts its words in the name's words'
 * places, one by one. */
static gboolean marks_of(const char *reading, const char *name)
{
    const char *p = reading;
    for (; *p != '\0' && *name != '\0'; p = g_utf8_next_char(p), name++) {
        gunichar ch = g_utf8_get_char(p);
        if (ch == ' ' ? *name != ' ' : vi_text_initial(ch) != (gunichar)g_ascii_toupper(*name)) {
            return FALSE;
        }
    }
    return *p == '\0' && *name == '\0';
}

/* tonenames.tsv: NAME<TAB>READING, NAME two to four capitalized words of ASCII letters ("Dat
 * Xanh"), one space apart, READING the same words with their marks (marks_of()). */
static gboolean add_tone_name(loader *ld, char **cols, guint ncols)
{
    const char *key;
    const char *reading;
    guint words = 1;
    if (ncols != 2 || *cols[1] == '\0') {
        return LD_FAIL(ld, _("%s:%u: expected NAME<tab>READING"), ld->source, ld->line);
    }
    for (const char *p = cols[0]; *p != '\0'; p++) {
        gboolean first = p == cols[0] || p[-1] == ' ';
        words += *p == ' ' ? 1 : 0;
        if (*p == ' ' ? first || p[1] == '\0'
                      : !(first ? g_ascii_isupper(*p) : g_ascii_islower(*p))) {
            return LD_FAIL(ld, _("%s:%u: \"%s\" is not capitalized words of letters a to z"),
                           ld->source, ld->line, cols[0]);
        }
    }
    if (words < 2 || words > VI_LEX_TONE_NAME_WORDS) {
        return LD_FAIL(ld, _("%s:%u: \"%s\" is not two to four words"), ld->source, ld->line,
                       cols[0]);
    }
    reading = field(ld, cols[1], FALSE);
    if (!marks_of(reading, cols[0])) {
        return LD_FAIL(ld, _("%s:%u: \"%s\" is not \"%s\" with marks"), ld->source, ld->line,
                       reading, cols[0]);
    }
    key = ld->mode == FIELDS_TRUSTED ? cols[0] : keep(ld, cols[0], strlen(cols[0]));
    ld->lex->tone_name_max_len = MAX(ld->lex->tone_name_max_len, strlen(key));
    g_hash_table_replace(ld->lex->tone_names, (gpointer)key, (gpointer)reading);
    return TRUE;
}

/* places.tsv: PART<TAB>LETTERS[<TAB>SAID], PART one of place_parts, LETTERS in lower case. */
static gboolean add_place(loader *ld, char **cols, guint ncols)
{
    static const char *const place_parts[] = {"after", "head",  "onset",  "cluster", "apostrophe",
                                              "rhyme", "final", "person", "marker",  "home", NULL};
    const char *letters;
    char *key;
    if (ncols < 2 || ncols > 3) {
        return LD_FAIL(ld, _("%s:%u: expected PART<tab>LETTERS[<tab>SAID]"), ld->source, ld->line);
    }
    if (!g_strv_contains(place_parts, cols[0])) {
        return LD_FAIL(ld, _("%s:%u: unknown part \"%s\""), ld->source, ld->line, cols[0]);
    }
    letters = field(ld, cols[1], TRUE);
    key = g_strconcat(cols[0], " ", letters, NULL);
    g_hash_table_replace(ld->lex->places, (gpointer)keep(ld, key, strlen(key)),
                         (gpointer)(ncols == 3 ? field(ld, cols[2], FALSE) : ""));
    g_free(key);
    return TRUE;
}

/*
 * respell.tsv: LANG<TAB>PART<TAB>LETTERS[<TAB>SAID], PART one of respell_parts, LETTERS in lower
 * case. A cue, country or particle line is kept as "PART LETTERS" -> LANG, any other as "LANG PART
 * LETTERS" -> SAID; letters "c>ei" (c before e or i) as a line "c>e" and a line "c>i".
 */
static gboolean add_respell(loader *ld, char **cols, guint ncols)
{
    static const char *const respell_parts[] = {"cue",     "country", "particle", "start",
                                                "letters", "end",     "final",    "last",
                                                "onset",   "inner",   "english",  NULL};
    const char *letters, *said, *after, *next;
    gboolean by_language;
    GString *key;
    if (ncols < 3) {
        return LD_FAIL(ld, _("%s:%u: expected LANG<tab>PART<tab>LETTERS[<tab>SAID]"), ld->source,
                       ld->line);
    }
    if (!g_strv_contains(respell_parts, cols[1])) {
        return LD_FAIL(ld, _("%s:%u: unknown part \"%s\""), ld->source, ld->line, cols[1]);
    }
    by_language = strcmp(cols[1], "cue") != 0 && strcmp(cols[1], "country") != 0 &&
                  strcmp(cols[1], "particle") != 0;
    letters = field(ld, cols[2], TRUE);
    said = by_language ? (ncols == 4 ? field(ld, cols[3], FALSE) : "") : field(ld, cols[0], TRUE);
    key = g_string_new(NULL);
    if (by_language) {
        g_string_append_printf(key, "%s ", cols[0]);
    }
    g_string_append_printf(key, "%s ", cols[1]);
    after = strchr(letters, '>');
    if (strcmp(cols[1], "letters") == 0 && letters[0] != '\0') {
        size_t n = after != NULL && after[1] != '\0' ? (size_t)(after - letters) : strlen(letters);
        unsigned char *max = &ld->lex->respell_letters_max[(guchar)letters[0]];
        *max = (unsigned char)MAX(*max, MIN(n, (size_t)G_MAXUINT8));
    }
    if (after == NULL || after[1] == '\0') {
        g_string_append(key, letters);
        g_hash_table_replace(ld->lex->respell, (gpointer)keep(ld, key->str, key->len),
                             (gpointer)said);
    } else {
        g_string_append_len(key, letters, after + 1 - letters);
        for (const char *p = after + 1; *p != '\0'; p = next) {
            size_t at = key->len;
            next = g_utf8_next_char(p);
            g_string_append_len(key, p, next - p);
            g_hash_table_replace(ld->lex->respell, (gpointer)keep(ld, key->str, key->len),
                                 (gpointer)said);
            g_string_truncate(key, at);
        }
    }
    g_string_free(key, TRUE);
    return TRUE;
}

static table_kind table_of(const char *file_name)
{
    if (strcmp(file_name, "places.tsv") == 0) {
        return TABLE_PLACES;
    }
    if (strcmp(file_name, "respell.tsv") == 0) {
        return TABLE_RESPELL;
    }
    if (strcmp(file_name, "units.tsv") == 0) {
        return TABLE_UNITS;
    }
    if (strcmp(file_name, "letters.tsv") == 0) {
        return TABLE_LETTERS;
    }
    if (strcmp(file_name, "contexts.tsv") == 0) {
        return TABLE_CONTEXTS;
    }
    if (strcmp(file_name, "symbols.tsv") == 0) {
        return TABLE_SYMBOLS;
    }
    if (strcmp(file_name, "english.tsv") == 0) {
        return TABLE_ENGLISH;
    }
    if (strcmp(file_name, "webwords.tsv") == 0) {
        return TABLE_WEBWORDS;
    }
    if (strcmp(file_name, "toneless.tsv") == 0) {
        return TABLE_TONELESS;
    }
    if (strcmp(file_name, "tonephrases.tsv") == 0) {
        return TABLE_TONEPHRASES;
    }
    if (strcmp(file_name, "tonenames.tsv") == 0) {
        return TABLE_TONENAMES;
    }
    return TABLE_ABBR;
}

static gboolean is_blank(const char *s)
{
    for (; *s != '\0'; s++) {
        if (!g_ascii_isspace(*s)) {
            return FALSE;
        }
    }
    return TRUE;
}

#define MAX_COLUMNS 4

/*
 * Parses one file into the table its name chooses. data (size bytes and a NUL after them) is
 * cut into fields in place and must live as long as the lexicon when the mode is
 * FIELDS_TRUSTED.
 */
static gboolean parse_file(loader *ld, char *data, size_t size, const char *name)
{
    table_kind table = table_of(name);
    char *p = data;
    char *end = data + size;
    gboolean ok = TRUE;
    ld->line = 0;
    while (p < end && ok) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
        char *text = p;
        char *stop;
        char *cols[MAX_COLUMNS];
        guint ncols = 0;
        ld->line++;
        p = nl != NULL ? nl + 1 : end;
        if (n > 0 && text[n - 1] == '\r') {
            n--;
        }
        /* (The built-in files are checked by vi_lex_check_builtin().) */
        if (ld->mode != FIELDS_TRUSTED &&
            (!g_utf8_validate_len(text, n, NULL) || memchr(text, '\0', n) != NULL)) {
            return LD_FAIL(ld, _("%s:%u: the line is not valid UTF-8 text"), ld->source,
                           ld->line);
        }
        text[n] = '\0';
        stop = text + n;
        /* '#' starts a comment, except as the symbol "#" in symbols.tsv. */
        if (is_blank(text) || (text[0] == '#' && !(table == TABLE_SYMBOLS && text[1] == '\t'))) {
            continue;
        }
        for (;;) {
            char *tab = memchr(text, '\t', (size_t)(stop - text));
            if (ncols < MAX_COLUMNS) {
                cols[ncols] = text;
            }
            ncols++;
            if (tab == NULL) {
                break;
            }
            *tab = '\0';
            text = tab + 1;
        }
        for (guint i = 0; i < MIN(ncols, (guint)MAX_COLUMNS); i++) {
            cols[i] = strip(cols[i]);
        }
        if (table != TABLE_SYMBOLS && ncols > 1 && ncols <= MAX_COLUMNS &&
            *cols[ncols - 1] == '\0') {
            ncols--;
        }
        if (*cols[0] == '\0') {
            ok = LD_FAIL(ld, _("%s:%u: the first column is empty"), ld->source, ld->line);
        } else {
            switch (table) {
            case TABLE_UNITS:
                ok = add_unit(ld, cols, ncols);
                break;
            case TABLE_LETTERS:
                ok = add_letter(ld, cols, ncols);
                break;
            case TABLE_CONTEXTS:
                ok = add_context(ld, cols, ncols);
                break;
            case TABLE_SYMBOLS:
                ok = add_symbol(ld, cols, ncols);
                break;
            case TABLE_ENGLISH:
                ok = add_abbr(ld, cols, ncols, ld->lex->english);
                break;
            case TABLE_PLACES:
                ok = add_place(ld, cols, ncols);
                break;
            case TABLE_RESPELL:
                ok = add_respell(ld, cols, ncols);
                break;
            case TABLE_WEBWORDS:
            case TABLE_TONELESS:
                ok = add_webword(ld, cols, ncols, table == TABLE_TONELESS);
                break;
            case TABLE_TONEPHRASES:
                ok = add_tone_phrase(ld, cols, ncols);
                break;
            case TABLE_TONENAMES:
                ok = add_tone_name(ld, cols, ncols);
                break;
            case TABLE_ABBR:
            default:
                ok = add_abbr(ld, cols, ncols, ld->lex->abbr);
                break;
            }
        }
        ok = ok && !ld->dirty;
    }
    return ok;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The *.tsv names of the built-in lexicons (dir NULL) or of a user directory, sorted so that
 * files apply in the same order everywhere. NULL when there is no such directory.
 */
static char **tsv_names(const char *dir)
{
    GPtrArray *names = g_ptr_array_new();
    char **all = NULL;
    if (dir == NULL) {
        all = dbi_resource_children(LEXICON_RESOURCE_PATH);
    } else {
        GDir *d = g_dir_open(dir, 0, NULL);
        const char *name;
        GPtrArray *found = g_ptr_array_new();
        if (d == NULL) {
            g_ptr_array_free(found, TRUE);
            g_ptr_array_free(names, TRUE);
            return NULL;
        }
        while ((name = g_dir_read_name(d)) != NULL) {
            g_ptr_array_add(found, g_strdup(name));
        }
        g_dir_close(d);
        g_ptr_array_add(found, NULL);
        all = (char **)g_ptr_array_free(found, FALSE);
    }
    if (all == NULL) {
        g_ptr_array_free(names, TRUE);
        return NULL;
    }
    for (char **n = all; *n != NULL; n++) {
        if (g_str_has_suffix(*n, ".tsv") && (*n)[0] != '.') {
            g_ptr_array_add(names, g_strdup(*n));
        }
    }
    g_strfreev(all);
    g_ptr_array_sort(names, compare_names);
    g_ptr_array_add(names, NULL);
    return (char **)g_ptr_array_free(names, FALSE);
}

/* Which built-in files load_lexicons() reads: toneless.tsv and tonephrases.tsv, used only
 * inside web and e-mail names, are loaded on their first use (builtin_toneless()), not with the
 * others. */
typedef enum {
    BUILTIN_ALL,
    BUILTIN_EAGER,
    BUILTIN_TONELESS,
} builtin_files;

static gboolean wanted(const char *name, builtin_files which)
{
    gboolean toneless =
        strcmp(name, "toneless.tsv") == 0 || strcmp(name, "tonephrases.tsv") == 0;
    return which == BUILTIN_ALL || (which == BUILTIN_TONELESS) == toneless;
}

/*
 * Loads the built-in lexicons (dir NULL; their absence is an error; which says the files) or a
 * user directory (its absence is not; every file). Entries of user files replace built-in ones
 * with the same key. mode says how the built-in files' fields are taken (user files are always
 * cleaned).
 */
static gboolean load_lexicons(vi_lexicon *lex, const char *dir, fields_mode mode,
                              builtin_files which, docbao_error *err)
{
    char **names = tsv_names(dir);
    gboolean ok = TRUE;
    loader ld = {0};
    if (names == NULL) {
        return dir != NULL || FAIL(_("the built-in lexicons are missing"));
    }
    ld.lex = lex;
    ld.user = dir != NULL;
    ld.mode = dir != NULL ? FIELDS_CLEAN : mode;
    ld.err = err;
    ld.tmp = g_string_new(NULL);
    for (char **n = names; *n != NULL && ok; n++) {
        char *source;
        char *data = NULL;
        gsize size = 0;
        if (dir == NULL && !wanted(*n, which)) {
            continue;
        }
        if (dir == NULL) {
            char *path = g_strconcat(LEXICON_RESOURCE_PATH "/", *n, NULL);
            GBytes *bytes = dbi_resource_lookup(path);
            source = g_strconcat("voices/lexicon/", *n, NULL);
            g_free(path);
            if (bytes != NULL) {
                const char *bytes_data = g_bytes_get_data(bytes, &size);
                data = g_malloc(size + 1);
                memcpy(data, bytes_data, size);
                data[size] = '\0';
                g_bytes_unref(bytes);
            }
        } else {
            GError *gerr = NULL;
            source = g_build_filename(dir, *n, NULL);
            if (!g_file_get_contents(source, &data, &size, &gerr)) {
                ok = FAIL("%s", gerr->message);
                g_error_free(gerr);
            }
        }
        if (ok && data != NULL) {
            ld.source = source;
            ok = parse_file(&ld, data, size, *n);
        }
        if (data != NULL) {
            /* Fields of a trusted file point into it; the others were copied. */
            if (ld.mode == FIELDS_TRUSTED) {
                g_ptr_array_add(lex->buffers, data);
            } else {
                g_free(data);
            }
        }
        g_free(source);
    }
    g_string_free(ld.tmp, TRUE);
    g_strfreev(names);
    return ok;
}

/*
 * Builds the case-insensitive index once every file is in: a lowercase key maps to the list of
 * the one key that folds to it, or to a list merged from all of them.
 */
static void index_folded(vi_lexicon *lex)
{
    GHashTableIter it;
    gpointer value;
    g_hash_table_iter_init(&it, lex->abbr);
    while (g_hash_table_iter_next(&it, NULL, &value)) {
        vi_abbr_list *l = value;
        vi_abbr_list *target;
        if (l->len == 0) {
            continue;
        }
        target = g_hash_table_lookup(lex->abbr_folded, l->folded);
        if (target == NULL) {
            g_hash_table_insert(lex->abbr_folded, (gpointer)l->folded, l);
            continue;
        }
        if (!target->merged) {
            vi_abbr_list *merged = arena_alloc(lex, sizeof *merged);
            merged->merged = TRUE;
            for (unsigned i = 0; i < target->len; i++) {
                list_insert(lex, merged, merged->len, target->items[i]);
            }
            g_hash_table_insert(lex->abbr_folded, (gpointer)l->folded, merged);
            target = merged;
        }
        for (unsigned i = 0; i < l->len; i++) {
            list_insert(lex, target, target->len, l->items[i]);
        }
    }
}

/* How many uppercase letters s has: of two units that differ only in case, the one with more
 * capitals is what a lowercase spelling most often means ("gb" is GB, not Gb). */
static size_t count_upper(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p != '\0'; p = g_utf8_next_char(p)) {
        n += g_unichar_isupper(g_utf8_get_char(p)) ? 1 : 0;
    }
    return n;
}

/* Indexes units of two characters or more by their lowercase form, for "220v"-like spellings
 * in another case ("2gb", "50hz", "10 usd"); not the "exact" ones, words that in another case
 * are names ("won" the currency, "Won" a name; "real", "Real Madrid"). */
static void index_units_folded(vi_lexicon *lex)
{
    GHashTableIter it;
    gpointer key, value;
    GHashTable *chosen = g_hash_table_new(g_str_hash, g_str_equal);
    g_hash_table_iter_init(&it, lex->units);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        char *folded;
        const char *other;
        if (g_utf8_strlen(key, -1) < 2 || ((const vi_unit *)value)->exact) {
            continue;
        }
        folded = g_utf8_strdown(key, -1);
        other = g_hash_table_lookup(chosen, folded);
        if (other == NULL) {
            char *kept = g_string_chunk_insert(lex->strings, folded);
            g_hash_table_insert(chosen, kept, key);
            g_hash_table_insert(lex->units_folded, kept, value);
        } else if (count_upper(key) > count_upper(other) ||
                   (count_upper(key) == count_upper(other) && strcmp(key, other) < 0)) {
            /* The tables keep their key and take the new value. */
            g_hash_table_insert(chosen, folded, key);
            g_hash_table_insert(lex->units_folded, folded, value);
        }
        g_free(folded);
    }
    g_hash_table_unref(chosen);
}

static vi_lexicon *lex_alloc(void)
{
    vi_lexicon *lex = g_new0(vi_lexicon, 1);
    lex->abbr = g_hash_table_new(g_str_hash, g_str_equal);
    lex->abbr_folded = g_hash_table_new(g_str_hash, g_str_equal);
    lex->first_words = g_hash_table_new(g_str_hash, g_str_equal);
    lex->units = g_hash_table_new(g_str_hash, g_str_equal);
    lex->units_folded = g_hash_table_new(g_str_hash, g_str_equal);
    lex->letters = g_hash_table_new(g_str_hash, g_str_equal);
    lex->contexts = g_hash_table_new(g_str_hash, g_str_equal);
    lex->symbols = g_hash_table_new(g_str_hash, g_str_equal);
    lex->english = g_hash_table_new(g_str_hash, g_str_equal);
    lex->webwords = g_hash_table_new(g_str_hash, g_str_equal);
    lex->toneless = g_hash_table_new(g_str_hash, g_str_equal);
    lex->tone_phrases = g_hash_table_new(g_str_hash, g_str_equal);
    lex->tone_names = g_hash_table_new(g_str_hash, g_str_equal);
    lex->places = g_hash_table_new(g_str_hash, g_str_equal);
    lex->respell = g_hash_table_new(g_str_hash, g_str_equal);
    lex->strings = g_string_chunk_new(4096);
    lex->buffers = g_ptr_array_new_with_free_func(g_free);
    lex->blocks = g_ptr_array_new_with_free_func(g_free);
    return lex;
}

vi_lexicon *vi_lex_new(const char *user_dir, docbao_error *err)
{
    vi_lexicon *lex = lex_alloc();
    char *default_dir = NULL;
    gboolean ok;
    if (user_dir == NULL) {
        default_dir = g_build_filename(g_get_user_config_dir(), "docbao", "lexicon", NULL);
        user_dir = default_dir;
    }
    ok = load_lexicons(lex, NULL, FIELDS_TRUSTED, BUILTIN_EAGER, err) &&
         load_lexicons(lex, user_dir, FIELDS_CLEAN, BUILTIN_ALL, err);
    g_free(default_dir);
    if (!ok) {
        vi_lex_free(lex);
        return NULL;
    }
    index_folded(lex);
    index_units_folded(lex);
    return lex;
}

gboolean vi_lex_check_builtin(docbao_error *err)
{
    vi_lexicon *lex = lex_alloc();
    gboolean ok = load_lexicons(lex, NULL, FIELDS_VERIFY, BUILTIN_ALL, err);
    vi_lex_free(lex);
    return ok;
}

void vi_lex_free(vi_lexicon *lex)
{
    if (lex == NULL) {
        return;
    }
    g_hash_table_unref(lex->abbr_folded);
    g_hash_table_unref(lex->first_words);
    g_hash_table_unref(lex->abbr);
    g_hash_table_unref(lex->units_folded);
    g_hash_table_unref(lex->units);
    g_hash_table_unref(lex->letters);
    g_hash_table_unref(lex->contexts);
    g_hash_table_unref(lex->symbols);
    g_hash_table_unref(lex->english);
    g_hash_table_unref(lex->webwords);
    g_hash_table_unref(lex->toneless);
    g_hash_table_unref(lex->tone_phrases);
    g_hash_table_unref(lex->tone_names);
    g_hash_table_unref(lex->places);
    g_hash_table_unref(lex->respell);
    g_string_chunk_free(lex->strings);
    g_ptr_array_unref(lex->buffers);
    g_ptr_array_unref(lex->blocks);
    g_free(lex);
}

const vi_abbr_list *vi_lex_abbr(const vi_lexicon *lex, const char *key)
{
    const vi_abbr_list *l = g_hash_table_lookup(lex->abbr, key);
    return l != NULL && l->len > 0 ? l : NULL;
}

gboolean vi_lex_user_abbr(const vi_lexicon *lex, const char *key, size_t len)
{
    char *k = g_strndup(key, len);
    const vi_abbr_list *l = g_hash_table_lookup(lex->abbr, k);
    g_free(k);
    return l != NULL && l->len > 0 && l->from_user;
}

const vi_abbr_list *vi_lex_english(const vi_lexicon *lex, const char *key)
{
    const vi_abbr_list *l = g_hash_table_lookup(lex->english, key);
    return l != NULL && l->len > 0 ? l : NULL;
}

const vi_abbr_list *vi_lex_abbr_folded(const vi_lexicon *lex, const char *folded_key)
{
    const vi_abbr_list *l = g_hash_table_lookup(lex->abbr_folded, folded_key);
    return l != NULL && l->len > 0 ? l : NULL;
}

gboolean vi_lex_abbr_may_start(const vi_lexicon *lex, const char *word)
{
    return g_hash_table_contains(lex->first_words, word);
}

size_t vi_lex_abbr_max_tokens(const vi_lexicon *lex)
{
    return lex->abbr_max_tokens;
}

size_t vi_lex_abbr_max_words(const vi_lexicon *lex)
{
    return MAX(lex->abbr_max_words, (size_t)1);
}

const vi_unit *vi_lex_unit(const vi_lexicon *lex, const char *key)
{
    return g_hash_table_lookup(lex->units, key);
}

const vi_unit *vi_lex_unit_folded(const vi_lexicon *lex, const char *key)
{
    const vi_unit *u = g_hash_table_lookup(lex->units, key);
    char small[32];
    size_t n = 0;
    if (u != NULL || key[0] == '\0' || key[1] == '\0') {
        return u; /* (a unit in another case has two characters or more) */
    }
    /* Short ASCII keys are lowercased on the stack; others by GLib. */
    while (n < sizeof small - 1 && key[n] != '\0' && (unsigned char)key[n] < 0x80) {
        small[n] = g_ascii_tolower(key[n]);
        n++;
    }
    if (key[n] == '\0') {
        small[n] = '\0';
        return g_hash_table_lookup(lex->units_folded, small);
    }
    if (!vi_text_has_upper(key, strlen(key))) {
        return g_hash_table_lookup(lex->units_folded, key); /* already in lower case */
    }
    if (g_utf8_strlen(key, -1) >= 2) {
        char *folded = g_utf8_strdown(key, -1);
        u = g_hash_table_lookup(lex->units_folded, folded);
        g_free(folded);
    }
    return u;
}

size_t vi_lex_unit_max_tokens(const vi_lexicon *lex)
{
    return lex->unit_max_tokens;
}

const char *vi_lex_letter(const vi_lexicon *lex, gunichar c)
{
    char upper[8];
    upper[g_unichar_to_utf8(g_unichar_toupper(c), upper)] = '\0';
    return g_hash_table_lookup(lex->letters, upper);
}

unsigned vi_lex_roles(const vi_lexicon *lex, const char *phrase)
{
    return GPOINTER_TO_UINT(g_hash_table_lookup(lex->contexts, phrase));
}

size_t vi_lex_context_max_words(const vi_lexicon *lex)
{
    return lex->context_max_words;
}

const char *vi_lex_symbol(const vi_lexicon *lex, const char *key)
{
    return g_hash_table_lookup(lex->symbols, key);
}

/* The value (a reading, or an entry) of the first len bytes of word in a table of lowercase
 * words (keys up to max). */
static gconstpointer lookup_word(GHashTable *table, size_t max, const char *word, size_t len)
{
    char key[64];
    if (len == 0 || len > max || len >= sizeof key) {
        return NULL;
    }
    memcpy(key, word, len);
    key[len] = '\0';
    return g_hash_table_lookup(table, key);
}

const char *vi_lex_webword(const vi_lexicon *lex, const char *word, size_t len)
{
    return lookup_word(lex->webwords, lex->webword_max_len, word, len);
}

const char *vi_lex_tone_name(const vi_lexicon *lex, const char *name, size_t len)
{
    return lookup_word(lex->tone_names, lex->tone_name_max_len, name, len);
}

/*
 * The built-in toneless.tsv and tonephrases.tsv (5,000+ and 30,000+ lines, used only inside web
 * and e-mail names), loaded on
 * the first call and then shared, read-only, by every lexicon of the process (any thread). It
 * lives as long as the process.
 */
static const vi_lexicon *builtin_toneless(void)
{
    static const vi_lexicon *table;
    if (g_once_init_enter(&table)) {
        vi_lexicon *lex = lex_alloc();
        docbao_error err = {0};
        if (!load_lexicons(lex, NULL, FIELDS_TRUSTED, BUILTIN_TONELESS, &err)) {
            /* (The built-in files are checked by vi_lex_check_builtin(); none can fail.) */
            g_hash_table_remove_all(lex->toneless);
            g_hash_table_remove_all(lex->tone_phrases);
            lex->toneless_max_len = 0;
            lex->tone_phrase_max_len = 0;
        }
        g_once_init_leave(&table, (const vi_lexicon *)lex);
    }
    return table;
}

/* A user's line of toneless.tsv replaces the built-in one with the same word. */
const char *vi_lex_toneless(const vi_lexicon *lex, const char *word, size_t len)
{
    const vi_lexicon *builtin = builtin_toneless();
    const char *reading = lookup_word(lex->toneless, lex->toneless_max_len, word, len);
    return reading != NULL ? reading
                           : lookup_word(builtin->toneless, builtin->toneless_max_len, word, len);
}

/* A user's line of tonephrases.tsv replaces the built-in one with the same word. */
const vi_tone_phrase *vi_lex_tone_phrase(const vi_lexicon *lex, const char *word, size_t len)
{
    const vi_lexicon *builtin = builtin_toneless();
    const vi_tone_phrase *phrase =
        lookup_word(lex->tone_phrases, lex->tone_phrase_max_len, word, len);
    return phrase != NULL
               ? phrase
               : lookup_word(builtin->tone_phrases, builtin->tone_phrase_max_len, word, len);
}

size_t vi_lex_tone_phrase_max_len(const vi_lexicon *lex)
{
    return MAX(lex->tone_phrase_max_len, builtin_toneless()->tone_phrase_max_len);
}

size_t vi_lex_toneless_max_len(const vi_lexicon *lex)
{
    return MAX(lex->toneless_max_len, builtin_toneless()->toneless_max_len);
}

size_t vi_lex_webword_max_len(const vi_lexicon *lex)
{
    return lex->webword_max_len;
}

/* The value of the key "[LANG ]PART LETTERS" (the first len bytes of letters) in a table of
 * places.tsv or respell.tsv, or NULL; a key of limit bytes or more is never one. */
static const char *lookup_part(GHashTable *table, size_t limit, const char *lang, const char *part,
                               const char *letters, size_t len)
{
    char key[64];
    size_t n = lang != NULL ? strlen(lang) + 1 : 0;
    size_t m = strlen(part);
    if (n + m + 1 + len >= MIN(limit, sizeof key)) {
        return NULL;
    }
    if (lang != NULL) {
        memcpy(key, lang, n - 1);
        key[n - 1] = ' ';
    }
    memcpy(key + n, part, m);
    key[n + m] = ' ';
    memcpy(key + n + m + 1, letters, len);
    key[n + m + 1 + len] = '\0';
    return g_hash_table_lookup(table, key);
}

const char *vi_lex_place(const vi_lexicon *lex, const char *part, const char *letters, size_t len)
{
    return lookup_part(lex->places, 48, NULL, part, letters, len);
}

const char *vi_lex_respell(const vi_lexicon *lex, const char *lang, const char *part,
                           const char *letters, size_t len)
{
    return lookup_part(lex->respell, 64, lang, part, letters, len);
}

size_t vi_lex_respell_letters_max(const vi_lexicon *lex, char first)
{
    return lex->respell_letters_max[(guchar)first];
}
