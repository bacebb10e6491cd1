/* Text cleaning shared by the article model and the normalizer, and JSON string output. */
#include <string.h>

#include "base/internal.h"
#include "docbao/text.h"
#include "text/text.h"

static gboolean is_invisible(gunichar c)
{
    switch (c) {
    case 0x00AD: /* soft hyphen */
    case 0x200B: /* zero-width space */
    case 0x200C:
    case 0x200D:
    case 0x2060: /* word joiner */
    case 0xFEFF: /* BOM / zero-width no-break space */
    case 0xFFFD: /* replacement character: a byte that meant nothing, never read aloud */
        return TRUE;
    default:
        return FALSE;
    }
}

/*
 * Is c among the characters that NFC leaves alone whatever surrounds them? A cheap, cautious
 * test that spares most text the full normalization: Latin letters (precomposed Vietnamese
 * included), general punctuation and currency signs. Combining marks, and the few characters
 * that NFC replaces (such as U+2126 OHM SIGN), are outside these ranges.
 */
static gboolean nfc_stable(gunichar c)
{
    return c < 0x0300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x205E) ||
           (c >= 0x20A0 && c <= 0x20C0);
}

char *dbi_text_clean(const char *text, gssize len)
{
    const char *end;
    const char *p;
    GString *out;
    gboolean pending_space = FALSE;
    gboolean stable = TRUE;
    char *nfc;

    if (text == NULL) {
        return NULL;
    }
    if (!g_utf8_validate(text, len, &end)) {
        return NULL;
    }
    out = g_string_sized_new((gsize)(end - text) + 1);
    for (p = text; p < end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isspace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007) {
            pending_space = out->len > 0;
            continue;
        }
        if (is_invisible(c) || g_unichar_iscntrl(c)) {
            continue;
        }
        if (pending_space) {
            g_string_append_c(out, ' ');
            pending_space = FALSE;
        }
        stable = stable && nfc_stable(c);
        g_string_append_len(out, p, g_utf8_next_char(p) - p);
    }
    if (stable) {
        return g_string_free(out, FALSE);
    }
    nfc = g_utf8_normalize(out->str, (gssize)out->len, G_NORMALIZE_NFC);
    g_string_free(out, TRUE);
    return nfc;
}

void dbi_json_append_string(GString *out, const char *s)
{
    g_string_append_c(out, '"');
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '"':
            g_string_append(out, "\\\"");
            break;
        case '\\':
            g_string_append(out, "\\\\");
            break;
        case '\n':
            g_string_append(out, "\\n");
            break;
        case '\t':
            g_string_append(out, "\\t");
            break;
        case '\r':
            g_string_append(out, "\\r");
            break;
        default:
            if (c < 0x20) {
                g_string_append_printf(out, "\\u%04x", c);
            } else {
                g_string_append_c(out, (char)c);
            }
        }
    }
    g_string_append_c(out, '"');
}

char *docbao_json_quote(const char *s)
{
    GString *out = g_string_new(NULL);
    dbi_json_append_string(out, s != NULL ? s : "");
    return g_string_free(out, FALSE);
}
