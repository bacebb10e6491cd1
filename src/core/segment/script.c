/* Segmentation: an article becomes utterances (sentences) grouped in paragraphs and sections. */
#include <string.h>

#include "docbao/script.h"
#include "base/internal.h"
#include "normalize/spoken.h"

struct docbao_script {
    GArray *utterances; /* of docbao_utterance; each owns its spoken */
    size_t n_paragraphs;
    size_t spoken_chars;
};

const char *docbao_section_name(docbao_section section)
{
    switch (section) {
    case DOCBAO_SECTION_TITLE:
        return "title";
    case DOCBAO_SECTION_LEAD:
        return "lead";
    case DOCBAO_SECTION_BODY:
        return "body";
    case DOCBAO_SECTION_CAPTIONS:
        return "captions";
    default:
        return "all";
    }
}

unsigned docbao_sections_parse(const char *list, docbao_error *err)
{
    static const docbao_section all[] = {DOCBAO_SECTION_TITLE, DOCBAO_SECTION_LEAD,
                                         DOCBAO_SECTION_BODY, DOCBAO_SECTION_CAPTIONS};
    unsigned mask = 0;
    char **words;
    if (list == NULL) {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no sections were given"));
        return 0;
    }
    words = g_strsplit(list, ",", -1);
    for (char **w = words; *w != NULL; w++) {
        unsigned bit = 0;
        g_strstrip(*w);
        if (**w == '\0') {
            continue;
        }
        if (strcmp(*w, "all") == 0) {
            bit = DOCBAO_SECTION_ALL;
        }
        for (size_t i = 0; i < G_N_ELEMENTS(all) && bit == 0; i++) {
            if (strcmp(*w, docbao_section_name(all[i])) == 0) {
                bit = all[i];
            }
        }
        if (bit == 0) {
            dbi_fail(err, DOCBAO_ERR_INVALID_ARG,
                     _("unknown section \"%s\" (use title, lead, body, captions)"), *w);
            g_strfreev(words);
            return 0;
        }
        mask |= bit;
    }
    g_strfreev(words);
    if (mask == 0) {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no sections were given"));
    }
    return mask;
}

/* ---------------------------------------------------------------------------------------- */
/* Sentences                                                                                 */

static const char *const abbreviations[] = {
    "TP",   "Tp",  "tp", "TS",  "ThS", "Ths",  "PGS",  "GS",   "BS",  "KS",  "CN",
    "Q",    "P",   "TX", "TT",  "H",   "X",    "St",   "Mr",   "Mrs", "Ms",  "Dr",
    "Prof", "v.v", "vv", "tr",  "Tr",  "No",   "no",   "St",   "Th",  "Ng",  "Bs",
    "Ks",   "Gs",  "Ts", "NXB", "Nxb", "TTƯT", "NSƯT", "NSND", "Đ/c", "đ/c", "Vs",
};

static gboolean is_closing(gunichar c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
           c == 0x00BB || c == 0x203A;
}

static gboolean starts_sentence(gunichar c)
{
    return g_unichar_isupper(c) || g_unichar_istitle(c) || g_unichar_isdigit(c) || c == '"' ||
           c == 0x201C || c == 0x00AB || c == '(' || c == '[' || c == '-' || c == 0x2013 ||
           c == 0x2014 || c == '\'' || c == 0x2018;
}

/* Is the word that ends just before `dot` an abbreviation or an initial? */
static gboolean abbreviation_before(const char *text, const char *dot)
{
    const char *w = dot;
    size_t len;
    while (w > text) {
        const char *prev = g_utf8_prev_char(w);
        gunichar c = g_utf8_get_char(prev);
        if (!g_unichar_isalnum(c) && c != '.' && c != '/') {
            break;
        }
        w = prev;
    }
    len = (size_t)(dot - w);
    if (len == 0) {
        return FALSE;
    }
    /* A single letter: an initial, as in "Nguyễn V. A." */
    if (g_utf8_strlen(w, (gssize)len) == 1 && g_unichar_isupper(g_utf8_get_char(w))) {
        return TRUE;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(abbreviations); i++) {
        if (strlen(abbreviations[i]) == len && strncmp(w, abbreviations[i], len) == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

size_t docbao_sentences_split(const char *text, size_t len, size_t (*bounds)[2], size_t max)
{
    const char *end = text + len;
    const char *p = text;
    const char *start = NULL;
    size_t count = 0;

    while (p < end) {
        /* (ASCII, most of the text, without a call) */
        gunichar c = (guchar)*p < 0x80 ? (gunichar)*p : g_utf8_get_char(p);
        const char *next = g_utf8_next_char(p);
        if (start == NULL) {
            if (!g_unichar_isspace(c)) {
                start = p;
            }
            p = next;
            continue;
        }
        if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
            const char *q = next;
            const char *after;
            /* Runs such as "...", "?!" and "./." end one sentence. */
            while (q < end) {
                gunichar d = g_utf8_get_char(q);
                if (d == '.' || d == '!' || d == '?' || d == 0x2026 || d == '/' || is_closing(d)) {
                    q = g_utf8_next_char(q);
                } else {
                    break;
                }
            }
            after = q;
            while (q < end && g_unichar_isspace(g_utf8_get_char(q))) {
                q = g_utf8_next_char(q);
            }
            if (q >= end || (q > after && starts_sentence(g_utf8_get_char(q)) &&
                             !(c == '.' && after == next && abbreviation_before(text, p)))) {
                const char *stop = after;
                if (count < max) {
                    bounds[count][0] = (size_t)(start - text);
                    bounds[count][1] = (size_t)(stop - text);
                }
                count++;
                start = NULL;
                p = q;
                continue;
            }
            p = after > next ? after : next;
            continue;
        }
        p = next;
    }
    if (start != NULL) {
        const char *stop = end;
        while (stop > start && g_unichar_isspace(g_utf8_get_char(g_utf8_prev_char(stop)))) {
            stop = g_utf8_prev_char(stop);
        }
        if (stop > start) {
            if (count < max) {
                bounds[count][0] = (size_t)(start - text);
                bounds[count][1] = (size_t)(stop - text);
            }
            count++;
        }
    }
    return count;
}

/* ---------------------------------------------------------------------------------------- */
/* Scripts                                                                                   */

static void utterance_clear(gpointer p)
{
    docbao_utterance *u = p;
    docbao_spoken_free((docbao_spoken *)u->spoken);
}

size_t docbao_sentences_split_all(const char *text, size_t len, size_t (**bounds)[2])
{
    size_t cap = 64;
    size_t count;
    *bounds = g_malloc_n(cap, sizeof **bounds);
    count = docbao_sentences_split(text, len, *bounds, cap);
    if (count > cap) {
        *bounds = g_realloc_n(*bounds, count, sizeof **bounds);
        count = docbao_sentences_split(text, len, *bounds, count);
    }
    return count;
}

/* Adds the sentences of one paragraph; returns FALSE with err filled on failure. */
static gboolean add_paragraph(docbao_script *s, docbao_normalizer *n, const char *language,
                              const docbao_voice_profile *profile, docbao_section section,
                              docbao_field field, size_t block, const char *text, const char *label,
                              unsigned pause_end, docbao_error *err)
{
    size_t(*bounds)[2];
    size_t count = docbao_sentences_split_all(text, strlen(text), &bounds);
    size_t added = 0;
    for (size_t i = 0; i < count; i++) {
        docbao_utterance u = {0};
        docbao_spoken *part = NULL;
        docbao_spoken *spoken;
        if (docbao_normalize_as(n, language, text + bounds[i][0], bounds[i][1] - bounds[i][0],
                                &part, err) != DOCBAO_OK) {
            g_free(bounds);
            return FALSE;
        }
        if (docbao_spoken_len(part) == 0) {
            docbao_spoken_free(part);
            continue;
        }
        spoken = dbi_spoken_new(docbao_spoken_language(part));
        if (added == 0 && label != NULL && label[0] != '\0') {
            dbi_spoken_append(spoken, label, strlen(label), bounds[i][0], 0, "vi");
        }
        dbi_spoken_append_spoken(spoken, part, bounds[i][0]);
        docbao_spoken_free(part);
        u.section = section;
        u.field = field;
        u.block = block;
        u.paragraph = s->n_paragraphs;
        u.sentence = added++;
        u.source_start = bounds[i][0];
        u.source_end = bounds[i][1];
        u.pause_ms = (unsigned)profile->pause_sentence_ms;
        u.spoken = spoken;
        s->spoken_chars += g_utf8_strlen(docbao_spoken_text(spoken), -1);
        g_array_append_val(s->utterances, u);
    }
    g_free(bounds);
    if (added > 0) {
        g_array_index(s->utterances, docbao_utterance, s->utterances->len - 1).pause_ms = pause_end;
        s->n_paragraphs++;
    }
    return TRUE;
}

docbao_script *docbao_script_new(const docbao_article *a, docbao_normalizer *n,
                                 const docbao_voice_profile *profile, unsigned sections,
                                 docbao_error *err)
{
    docbao_script *s;
    gboolean ok = TRUE;
    unsigned para_pause, section_pause;
    const char *language;
    if (a == NULL || n == NULL || profile == NULL) {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("nothing to read"));
        return NULL;
    }
    para_pause = (unsigned)profile->pause_paragraph_ms;
    section_pause = (unsigned)profile->pause_section_ms;
    s = g_new0(docbao_script, 1);
    s->utterances = g_array_new(FALSE, TRUE, sizeof(docbao_utterance));
    g_array_set_clear_func(s->utterances, utterance_clear);
    docbao_normalizer_reset(n);
    /* The article's language reads the title and lead; a block in another language is read
     * with its own rules and voice. Undetermined text is read as Vietnamese. */
    language = docbao_article_language(a);
    if (strcmp(language, "und") == 0) {
        language = "vi";
    }

    if (sections & DOCBAO_SECTION_TITLE) {
        ok = add_paragraph(s, n, language, profile, DOCBAO_SECTION_TITLE, DOCBAO_FIELD_TITLE, 0,
                           docbao_article_title(a), NULL, section_pause, err);
    }
    if (ok && (sections & DOCBAO_SECTION_LEAD) && docbao_article_lead(a) != NULL) {
        ok = add_paragraph(s, n, language, profile, DOCBAO_SECTION_LEAD, DOCBAO_FIELD_LEAD, 0,
                           docbao_article_lead(a), NULL, section_pause, err);
    }
    for (size_t i = 0; ok && i < docbao_article_n_blocks(a); i++) {
        docbao_block_type type = docbao_article_block_type(a, i);
        const char *block_language;
        gboolean caption = type == DOCBAO_BLOCK_CAPTION;
        docbao_section section = caption ? DOCBAO_SECTION_CAPTIONS : DOCBAO_SECTION_BODY;
        if (!(sections & section)) {
            continue;
        }
        /*
         * A caption is read where its image stands, in the body's flow: moving by section
         * goes past it with the body. It is a part of its own only when the body is not read.
         */
        if (caption && (sections & DOCBAO_SECTION_BODY)) {
            section = DOCBAO_SECTION_BODY;
        }
        block_language = docbao_article_block_language(a, i);
        ok = add_paragraph(s, n, block_language != NULL ? block_language : language, profile,
                           section, DOCBAO_FIELD_BLOCK, i,
                           docbao_article_block_text(a, i), caption ? profile->caption_label : NULL,
                           type == DOCBAO_BLOCK_HEADING ? section_pause : para_pause, err);
    }
    if (ok && s->utterances->len == 0) {
        dbi_fail(err, DOCBAO_ERR_NO_ARTICLE, _("the chosen sections hold nothing to read"));
        ok = FALSE;
    }
    if (!ok) {
        docbao_script_free(s);
        return NULL;
    }
    return s;
}

void docbao_script_free(docbao_script *s)
{
    if (s == NULL) {
        return;
    }
    g_array_unref(s->utterances);
    g_free(s);
}

size_t docbao_script_size(const docbao_script *s)
{
    return s->utterances->len;
}

const docbao_utterance *docbao_script_get(const docbao_script *s, size_t i)
{
    return &g_array_index(s->utterances, docbao_utterance, i);
}

size_t docbao_script_n_paragraphs(const docbao_script *s)
{
    return s->n_paragraphs;
}

size_t docbao_script_spoken_chars(const docbao_script *s)
{
    return s->spoken_chars;
}
