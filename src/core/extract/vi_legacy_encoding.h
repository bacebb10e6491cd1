/*
 * Legacy Vietnamese encodings that are fonts rather than charsets: TCVN3 (ABC, the .VnTime
 * fonts) and VNI-Windows (the VNI-Times fonts). Pages typed in these fonts reach a browser as
 * windows-1252 or Latin-1 text ("Tr­êng", "Tröôøng") that only the font turns into Vietnamese;
 * docbao converts them back to Unicode. The tables are in vi_legacy_encoding.c. Internal.
 */
#ifndef DOCBAO_VI_LEGACY_ENCODING_H
#define DOCBAO_VI_LEGACY_ENCODING_H

#include <glib.h>

#include "text/vi_syllable.h"

typedef enum {
    VI_LEGACY_NONE = 0,
    VI_LEGACY_TCVN3, /* TCVN 5712:1993 VN3, the "ABC" fonts (.VnTime, .VnArial, ...) */
    VI_LEGACY_VNI,   /* VNI-Windows (VNI-Times, VNI-Helve, ...) */
} vi_legacy_kind;

/* The Unicode character of a windows-1252 byte (WHATWG's table: undefined bytes map to C1). */
gunichar vi_cp1252_to_unicode(unsigned char byte);

/* The windows-1252 byte of a character, or -1 when it has none. */
int vi_cp1252_from_unicode(gunichar c);

/*
 * Converts text that a browser decoded as windows-1252/Latin-1 but that was written in a
 * legacy font back to Unicode: each character is turned back into its byte and that byte read
 * with the font's table. Characters without a byte are copied. The result is NFC. text is
 * UTF-8; len may be -1. Returns a new string (g_free).
 */
char *vi_legacy_to_unicode(const char *text, gssize len, vi_legacy_kind kind);

/* Decodes raw bytes in a legacy font encoding to UTF-8 (NFC). Returns a new string (g_free). */
char *vi_legacy_decode_bytes(const char *bytes, size_t len, vi_legacy_kind kind);

/*
 * Is text (UTF-8) Vietnamese written in a legacy font? Compares how many words read as
 * Vietnamese syllables as they are and after each conversion; a conversion wins only when it
 * turns clearly more words into syllables. font_hint is the kind a font name in the page
 * suggests (".VnTime", "VNI-Times"), or VI_LEGACY_NONE; it lowers the bar for that kind.
 */
vi_legacy_kind vi_legacy_detect(const char *text, gssize len, vi_legacy_kind font_hint);

/* The legacy kind a font family name belongs to (".VnTime" TCVN3, "VNI-Times" VNI), or NONE. */
vi_legacy_kind vi_legacy_font_kind(const char *font_family);

/* Does a TCVN3 font name denote its capitals-only variant (".VnTimeH", ".VnArialH")? */
gboolean vi_legacy_font_is_capitals(const char *font_family);

#endif
