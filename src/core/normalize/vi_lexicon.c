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
} table_kind;

/* The entries of one abbreviation key, and whether a user file gave them. */
typedef struct abbr_list {
    GPtrArray *entries; /* of vi_abbr *, owned */
    gboolean from_user;
} abbr_list;

struct vi_lexicon {
    GHashTable *abbr;        /* key -> abbr_list */
    GHashTable *abbr_folded; /* lowercase key -> GPtrArray of vi_abbr * (not owned) */
    GHashTable *first_words; /* first word of every key, as written and lowercased */
    GHashTable *units;       /* key -> vi_unit */
    GHashTable *units_folded; /* lowercase key -> vi_unit (not owned), keys of 2+ characters */
    GHashTable *letters;     /* uppercase letter -> name */
    GHashTable *contexts;    /* lowercase phrase -> roles */
    GHashTable *symbols;     /* symbol -> reading */
    size_t abbr_max_tokens;
    size_t abbr_max_words;
    size_t unit_max_tokens;
    size_t context_max_words;
};

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

static void abbr_free(gpointer p)
{
    vi_abbr *a = p;
    for (size_t i = 0; i < a->n_conds; i++) {
        g_strfreev(a->conds[i].phrases);
    }
    g_free(a->conds);
    g_free(a->expansion);
    g_free(a);
}

static void abbr_list_free(gpointer p)
{
    abbr_list *l = p;
    g_ptr_array_unref(l->entries);
    g_free(l);
}

static void unit_free(gpointer p)
{
    vi_unit *u = p;
    g_free(u->reading);
    g_free(u);
}

/* NFC, then the traditional tone placement word by word. */
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

static size_t count_tokens(const char *s)
{
    GArray *tokens = g_array_new(FALSE, FALSE, sizeof(vi_token));
    size_t n;
    vi_tok_split(s, strlen(s), tokens);
    n = tokens->len;
    g_array_unref(tokens);
    return n;
}

static size_t count_words(const char *s)
{
    char **words = g_strsplit_set(s, " ", -1);
    size_t n = 0;
    for (char **w = words; *w != NULL; w++) {
        if (**w != '\0') {
            n++;
        }
    }
    g_strfreev(words);
    return n;
}

/* Splits "a, b c, d" into cleaned lowercase phrases; FALSE when one is empty. */
static gboolean parse_phrases(const char *list, char ***out)
{
    char **parts = g_strsplit(list, ",", -1);
    GPtrArray *phrases = g_ptr_array_new();
    gboolean ok = TRUE;
    for (char **p = parts; *p != NULL; p++) {
        char *phrase = clean_field(*p, strlen(*p), TRUE);
        if (*phrase == '\0') {
            g_free(phrase);
            ok = FALSE;
            break;
        }
        g_ptr_array_add(phrases, phrase);
    }
    g_strfreev(parts);
    g_ptr_array_add(phrases, NULL);
    if (!ok) {
        g_strfreev((char **)g_ptr_array_free(phrases, FALSE));
        return FALSE;
    }
    *out = (char **)g_ptr_array_free(phrases, FALSE);
    return TRUE;
}

/* Parses the CONTEXT column; FALSE with err filled on a mistake. */
static gboolean parse_context(const char *text, vi_abbr *a, const char *source, unsigned line,
                              docbao_error *err)
{
    char **parts = g_strsplit(text, ";", -1);
    GArray *conds = g_array_new(FALSE, TRUE, sizeof(vi_cond));
    gboolean ok = TRUE;
    for (char **p = parts; *p != NULL && ok; p++) {
        vi_cond c = {0};
        char *item = g_strstrip(*p);
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
        } else if (strcmp(item, "before Name") == 0) {
            c.kind = VI_COND_BEFORE_NAME;
        } else if (g_str_has_prefix(item, "after ") || g_str_has_prefix(item, "before ")) {
            gboolean after = item[0] == 'a';
            c.kind = after ? VI_COND_AFTER : VI_COND_BEFORE;
            if (!parse_phrases(item + (after ? 6 : 7), &c.phrases)) {
                dbi_fail(err, DOCBAO_ERR_VOICE, _("%s:%u: an empty word in context \"%s\""),
                         source, line, item);
                ok = FALSE;
            }
        } else {
            dbi_fail(err, DOCBAO_ERR_VOICE,
                     _("%s:%u: unknown context \"%s\" (use code, url, after WORDS, before "
                       "WORDS, before #, before #/ or before Name)"),
                     source, line, item);
            ok = FALSE;
        }
        if (ok) {
            g_array_append_val(conds, c);
        }
    }
    g_strfreev(parts);
    a->n_conds = conds->len;
    a->conds = (vi_cond *)(void *)g_array_free(conds, FALSE);
    return ok;
}

/* Remembers the first token of a key (and its lowercase form) for vi_lex_abbr_may_start(). */
static void add_first_word(vi_lexicon *lex, const char *key)
{
    GArray *tokens = g_array_new(FALSE, FALSE, sizeof(vi_token));
    vi_tok_split(key, strlen(key), tokens);
    if (tokens->len > 0) {
        const vi_token *t = &g_array_index(tokens, vi_token, 0);
        GString *folded = g_string_new(NULL);
        g_hash_table_add(lex->first_words, g_strndup(key + t->start, t->end - t->start));
        vi_text_append_folded(folded, key + t->start, t->end - t->start);
        g_hash_table_add(lex->first_words, g_string_free(folded, FALSE));
    }
    g_array_unref(tokens);
}

static gboolean add_abbr(vi_lexicon *lex, char **cols, guint ncols, gboolean user,
                         const char *source, unsigned line, docbao_error *err)
{
    vi_abbr *a;
    abbr_list *list;
    char *key;
    if (ncols < 2 || ncols > 3) {
        return FAIL(_("%s:%u: expected ABBREVIATION<tab>EXPANSION[<tab>CONTEXT]"), source,
                        line);
    }
    a = g_new0(vi_abbr, 1);
    a->expansion = clean_field(cols[1], strlen(cols[1]), FALSE);
    if (*a->expansion == '\0') {
        abbr_free(a);
        return FAIL(_("%s:%u: the expansion is empty"), source,
                        line);
    }
    if (ncols == 3 && !parse_context(cols[2], a, source, line, err)) {
        abbr_free(a);
        return FALSE;
    }
    key = clean_field(cols[0], strlen(cols[0]), FALSE);
    list = g_hash_table_lookup(lex->abbr, key);
    if (list == NULL) {
        list = g_new0(abbr_list, 1);
        list->entries = g_ptr_array_new_with_free_func(abbr_free);
        list->from_user = user;
        g_hash_table_insert(lex->abbr, g_strdup(key), list);
    } else if (user && !list->from_user) {
        /* A user's entries replace the built-in ones for this key. */
        g_ptr_array_set_size(list->entries, 0);
        list->from_user = TRUE;
    }
    /* Entries with a context come first, in file order; the fallback last. */
    if (a->n_conds > 0) {
        guint at = 0;
        while (at < list->entries->len &&
               ((vi_abbr *)g_ptr_array_index(list->entries, at))->n_conds > 0) {
            at++;
        }
        g_ptr_array_insert(list->entries, (gint)at, a);
    } else {
        g_ptr_array_add(list->entries, a);
    }
    lex->abbr_max_tokens = MAX(lex->abbr_max_tokens, count_tokens(key));
    lex->abbr_max_words = MAX(lex->abbr_max_words, count_words(key));
    add_first_word(lex, key);
    g_free(key);
    return TRUE;
}

static gboolean add_unit(vi_lexicon *lex, char **cols, guint ncols, const char *source,
                         unsigned line, docbao_error *err)
{
    vi_unit *u;
    char *key;
    int kind = -1;
    if (ncols != 3) {
        return FAIL(_("%s:%u: expected UNIT<tab>READING<tab>KIND"),
                        source, line);
    }
    for (size_t i = 0; i < G_N_ELEMENTS(unit_kinds); i++) {
        if (strcmp(g_strstrip(cols[2]), unit_kinds[i].name) == 0) {
            kind = (int)unit_kinds[i].kind;
        }
    }
    if (kind < 0) {
        return FAIL(_("%s:%u: unknown unit kind \"%s\" (use measure, money, percent or "
                          "count)"),
                        source, line, cols[2]);
    }
    u = g_new0(vi_unit, 1);
    u->reading = clean_field(cols[1], strlen(cols[1]), FALSE);
    u->kind = (vi_unit_kind)kind;
    key = clean_field(cols[0], strlen(cols[0]), FALSE);
    if (*u->reading == '\0') {
        unit_free(u);
        g_free(key);
        return FAIL(_("%s:%u: the reading is empty"), source,
                        line);
    }
    lex->unit_max_tokens = MAX(lex->unit_max_tokens, count_tokens(key));
    g_hash_table_replace(lex->units, key, u);
    return TRUE;
}

static gboolean add_letter(vi_lexicon *lex, char **cols, guint ncols, const char *source,
                           unsigned line, docbao_error *err)
{
    char *key;
    char *name;
    char upper[8];
    gunichar c;
    if (ncols != 2) {
        return FAIL(_("%s:%u: expected LETTER<tab>NAME"), source,
                        line);
    }
    key = clean_field(cols[0], strlen(cols[0]), FALSE);
    c = g_utf8_get_char(key);
    if (*key == '\0' || *g_utf8_next_char(key) != '\0' || !g_unichar_isalpha(c)) {
        g_free(key);
        return FAIL(_("%s:%u: \"%s\" is not a single letter"),
                        source, line, cols[0]);
    }
    g_free(key);
    name = clean_field(cols[1], strlen(cols[1]), FALSE);
    if (*name == '\0') {
        g_free(name);
        return FAIL(_("%s:%u: the name is empty"), source,
                        line);
    }
    upper[g_unichar_to_utf8(g_unichar_toupper(c), upper)] = '\0';
    g_hash_table_replace(lex->letters, g_strdup(upper), name);
    return TRUE;
}

static gboolean add_context(vi_lexicon *lex, char **cols, guint ncols, gboolean user,
                            const char *source, unsigned line, docbao_error *err)
{
    char **roles;
    unsigned mask = 0;
    char *phrase;
    if (ncols != 2) {
        return FAIL(_("%s:%u: expected WORDS<tab>ROLES"), source,
                        line);
    }
    roles = g_strsplit(cols[1], ",", -1);
    for (char **r = roles; *r != NULL; r++) {
        unsigned bit = 0;
        char *name = g_strstrip(*r);
        for (size_t i = 0; i < G_N_ELEMENTS(role_names); i++) {
            if (strcmp(name, role_names[i].name) == 0) {
                bit = role_names[i].role;
            }
        }
        if (bit == 0) {
            dbi_fail(err, DOCBAO_ERR_VOICE,
                     _("%s:%u: unknown role \"%s\" (use ordinal, rank, roman, date, month, "
                       "period, score, fraction, fraction-next, phone, address, time, plate, "
                       "document, per, mass, ratio, year)"),
                     source, line, name);
            g_strfreev(roles);
            return FALSE;
        }
        mask |= bit;
    }
    g_strfreev(roles);
    phrase = clean_field(cols[0], strlen(cols[0]), TRUE);
    if (*phrase == '\0') {
        g_free(phrase);
        return FAIL(_("%s:%u: the words are empty"), source,
                        line);
    }
    if (!user) {
        mask |= GPOINTER_TO_UINT(g_hash_table_lookup(lex->contexts, phrase));
    }
    lex->context_max_words = MAX(lex->context_max_words, count_words(phrase));
    g_hash_table_replace(lex->contexts, phrase, GUINT_TO_POINTER(mask));
    return TRUE;
}

static gboolean add_symbol(vi_lexicon *lex, char **cols, guint ncols, const char *source,
                           unsigned line, docbao_error *err)
{
    char *key;
    if (ncols != 2) {
        return FAIL(_("%s:%u: expected SYMBOL<tab>READING (the reading may be empty)"),
                        source, line);
    }
    key = g_strdup(cols[0]);
    if (*key == '\0') {
        g_free(key);
        return FAIL(_("%s:%u: the symbol is empty"), source,
                        line);
    }
    g_hash_table_replace(lex->symbols, key, clean_field(cols[1], strlen(cols[1]), FALSE));
    return TRUE;
}

static table_kind table_of(const char *file_name)
{
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

/* Parses one file's bytes into the table its name chooses. */
static gboolean parse_file(vi_lexicon *lex, const char *data, size_t size, const char *name,
                           const char *source, gboolean user, docbao_error *err)
{
    table_kind table = table_of(name);
    const char *p = data;
    const char *end = data + size;
    unsigned line = 0;
    gboolean ok = TRUE;
    while (p < end && ok) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
        char *text;
        char **cols;
        guint ncols;
        line++;
        if (n > 0 && p[n - 1] == '\r') {
            n--;
        }
        if (!g_utf8_validate_len(p, n, NULL) || memchr(p, '\0', n) != NULL) {
            return FAIL(_("%s:%u: the line is not valid UTF-8 text"),
                            source, line);
        }
        text = g_strndup(p, n);
        p = nl != NULL ? nl + 1 : end;
        /* '#' starts a comment, except as the symbol "#" in symbols.tsv. */
        if (is_blank(text) || (text[0] == '#' && !(table == TABLE_SYMBOLS && text[1] == '\t'))) {
            g_free(text);
            continue;
        }
        cols = g_strsplit(text, "\t", -1);
        ncols = g_strv_length(cols);
        /* A trailing tab leaves an empty last column: ignore it, except for symbols. */
        if (table != TABLE_SYMBOLS && ncols > 1 && *g_strstrip(cols[ncols - 1]) == '\0') {
            g_free(cols[ncols - 1]);
            cols[--ncols] = NULL;
        }
        for (guint i = 0; i < ncols; i++) {
            g_strstrip(cols[i]);
        }
        if (ncols < 1 || *cols[0] == '\0') {
            ok = FAIL(_("%s:%u: the first column is empty"), source,
                          line);
        } else {
            switch (table) {
            case TABLE_UNITS:
                ok = add_unit(lex, cols, ncols, source, line, err);
                break;
            case TABLE_LETTERS:
                ok = add_letter(lex, cols, ncols, source, line, err);
                break;
            case TABLE_CONTEXTS:
                ok = add_context(lex, cols, ncols, user, source, line, err);
                break;
            case TABLE_SYMBOLS:
                ok = add_symbol(lex, cols, ncols, source, line, err);
                break;
            case TABLE_ABBR:
            default:
                ok = add_abbr(lex, cols, ncols, user, source, line, err);
                break;
            }
        }
        g_strfreev(cols);
        g_free(text);
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

/*
 * Loads the built-in lexicons (dir NULL; their absence is an error) or a user directory (its
 * absence is not). Entries of user files replace built-in ones with the same key.
 */
static gboolean load_lexicons(vi_lexicon *lex, const char *dir, docbao_error *err)
{
    char **names = tsv_names(dir);
    gboolean ok = TRUE;
    if (names == NULL) {
        return dir != NULL || FAIL(_("the built-in lexicons are missing"));
    }
    for (char **n = names; *n != NULL && ok; n++) {
        char *source;
        GBytes *bytes;
        if (dir == NULL) {
            char *path = g_strconcat(LEXICON_RESOURCE_PATH "/", *n, NULL);
            bytes = dbi_resource_lookup(path);
            source = g_strconcat("voices/lexicon/", *n, NULL);
            g_free(path);
        } else {
            char *data = NULL;
            gsize size = 0;
            GError *gerr = NULL;
            source = g_build_filename(dir, *n, NULL);
            if (!g_file_get_contents(source, &data, &size, &gerr)) {
                ok = FAIL("%s", gerr->message);
                g_error_free(gerr);
            }
            bytes = data != NULL ? g_bytes_new_take(data, size) : NULL;
        }
        if (ok && bytes != NULL) {
            gsize size;
            const char *data = g_bytes_get_data(bytes, &size);
            ok = parse_file(lex, data, size, *n, source, dir != NULL, err);
        }
        if (bytes != NULL) {
            g_bytes_unref(bytes);
        }
        g_free(source);
    }
    g_strfreev(names);
    return ok;
}

/* Builds the case-insensitive index once every file is in. */
static void index_folded(vi_lexicon *lex)
{
    GHashTableIter it;
    gpointer key, value;
    GString *folded = g_string_new(NULL);
    g_hash_table_iter_init(&it, lex->abbr);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        abbr_list *l = value;
        GPtrArray *target;
        g_string_truncate(folded, 0);
        vi_text_append_folded(folded, key, strlen(key));
        target = g_hash_table_lookup(lex->abbr_folded, folded->str);
        if (target == NULL) {
            target = g_ptr_array_new();
            g_hash_table_insert(lex->abbr_folded, g_strdup(folded->str), target);
        }
        for (guint i = 0; i < l->entries->len; i++) {
            g_ptr_array_add(target, g_ptr_array_index(l->entries, i));
        }
    }
    g_string_free(folded, TRUE);
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
 * in another case ("2gb", "50hz", "10 usd"). */
static void index_units_folded(vi_lexicon *lex)
{
    GHashTableIter it;
    gpointer key, value;
    GHashTable *chosen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    g_hash_table_iter_init(&it, lex->units);
    while (g_hash_table_iter_next(&it, &key, &value)) {
        char *folded;
        const char *other;
        if (g_utf8_strlen(key, -1) < 2) {
            continue;
        }
        folded = g_utf8_strdown(key, -1);
        other = g_hash_table_lookup(chosen, folded);
        if (other == NULL || count_upper(key) > count_upper(other) ||
            (count_upper(key) == count_upper(other) && strcmp(key, other) < 0)) {
            g_hash_table_replace(chosen, g_strdup(folded), key);
            g_hash_table_replace(lex->units_folded, g_strdup(folded), value);
        }
        g_free(folded);
    }
    g_hash_table_unref(chosen);
}

vi_lexicon *vi_lex_new(const char *user_dir, docbao_error *err)
{
    vi_lexicon *lex = g_new0(vi_lexicon, 1);
    char *default_dir = NULL;
    gboolean ok;
    lex->abbr = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, abbr_list_free);
    lex->abbr_folded =
        g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
    lex->first_words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    lex->units = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, unit_free);
    lex->units_folded = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    lex->letters = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    lex->contexts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    lex->symbols = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    if (user_dir == NULL) {
        default_dir = g_build_filename(g_get_user_config_dir(), "docbao", "lexicon", NULL);
        user_dir = default_dir;
    }
    ok = load_lexicons(lex, NULL, err) && load_lexicons(lex, user_dir, err);
    g_free(default_dir);
    if (!ok) {
        vi_lex_free(lex);
        return NULL;
    }
    index_folded(lex);
    index_units_folded(lex);
    return lex;
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
    g_free(lex);
}

const GPtrArray *vi_lex_abbr(const vi_lexicon *lex, const char *key)
{
    const abbr_list *l = g_hash_table_lookup(lex->abbr, key);
    return l != NULL && l->entries->len > 0 ? l->entries : NULL;
}

const GPtrArray *vi_lex_abbr_folded(const vi_lexicon *lex, const char *folded_key)
{
    const GPtrArray *a = g_hash_table_lookup(lex->abbr_folded, folded_key);
    return a != NULL && a->len > 0 ? a : NULL;
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
    if (u == NULL && g_utf8_strlen(key, -1) >= 2) {
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
