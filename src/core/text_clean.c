/* Text cleaning shared by the article model and the normalizer, and JSON string output. */
#include <string.h>

#include "internal.h"

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

char *dbi_text_clean(const char *text, gssize len)
{
    const char *end;
    const char *p;
    GString *out;
    gboolean pending_space = FALSE;
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
        g_string_append_len(out, p, g_utf8_next_char(p) - p);
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
