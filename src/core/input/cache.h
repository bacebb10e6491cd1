/*
 * The offline cache of fetched pages and feeds (internal). One file per address under
 * <cache dir>/web/, named by the SHA-256 of the address: a short text header (address, final
 * address, content type, charset, fetch time, length), a blank line, then the body. Files are
 * written to a temporary name and renamed, so a reader sees a whole entry or none. The folder
 * is kept under a size bound by removing the least recently used entries. Not part of the
 * public API.
 */
#ifndef DOCBAO_CACHE_H
#define DOCBAO_CACHE_H

#include <glib.h>

#include "docbao/fetch.h"

/* The folder the entries live in, from opts (may be NULL): a new string, free with g_free(). */
char *dbi_cache_dir(const docbao_fetch_options *opts);

/*
 * Stores a successful fetch of url (body, content type, charset, final address, fetch time)
 * and then trims the folder to max_bytes (0 = DOCBAO_CACHE_MAX_DEFAULT). An entry larger than
 * the bound is not stored. Returns FALSE when nothing was stored (the folder cannot be
 * created or written); the cache is best-effort and a failure here never fails a fetch.
 */
gboolean dbi_cache_store(const char *dir, size_t max_bytes, const char *url,
                         const docbao_fetch_result *r);

/*
 * Looks url up. On a hit fills *out (which must be zeroed) with from_cache set, marks the
 * entry as recently used and returns TRUE. Returns FALSE, leaving *out untouched, when there
 * is no whole, readable entry for exactly this address.
 */
gboolean dbi_cache_lookup(const char *dir, const char *url, docbao_fetch_result *out);

/*
 * Removes least recently used entries until the entries add up to at most max_bytes, and
 * temporary files left by a writer that died. Returns the bytes the entries take afterwards.
 */
guint64 dbi_cache_trim(const char *dir, size_t max_bytes);

#endif
