/* Reading a page's bytes as text: which encoding, and the conversion to UTF-8. Internal. */
#ifndef DOCBAO_HTML_CHARSET_H
#define DOCBAO_HTML_CHARSET_H

#include <glib.h>

/*
 * Works out how a page's bytes are encoded and returns them as UTF-8, in this order:
 *  1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 *  2. bytes that are valid UTF-8 are UTF-8;
 *  3. the charset the transport announced (transport, e.g. from HTTP Content-Type; may be NULL);
 *  4. the page's own declaration (<meta charset>, <meta http-equiv=Content-Type>, <?xml
 *     encoding?>), read from the first bytes as browsers do;
 *  5. a guess among windows-1258, windows-1252, TCVN3 and VNI-Windows: the one whose text reads
 *     as the most Vietnamese syllables, windows-1252 when none reads as Vietnamese.
 * Latin-1 and ASCII labels read as windows-1252, as browsers do. In UTF-8 text, a few stray
 * bytes are read as windows-1258 or windows-1252 where that gives a Vietnamese word (or a
 * letter inside a word, or punctuation) and are left out otherwise. Bytes another charset does
 * not define become U+FFFD, which the article's text cleaning leaves out (dbi_text_clean).
 * Text from a non-UTF-8 source, and repaired UTF-8, is normalized to NFC (windows-1258 writes
 * tones as combining marks).
 *
 * Returns NULL when the bytes are UTF-8 without a BOM: the caller reads them as they are.
 * Otherwise returns a new NUL-terminated buffer (free with g_free()) and its length in
 * *out_len. *used (may be NULL) receives the name of the encoding, a static string.
 */
char *html_charset_to_utf8(const char *data, size_t len, const char *transport, size_t *out_len,
                           const char **used);

/*
 * The charset a page declares in its first bytes (<meta charset>, http-equiv, <?xml?>), as a
 * new lower-case string (g_free), or NULL when it declares none.
 */
char *html_charset_declared(const char *data, size_t len);

#endif
