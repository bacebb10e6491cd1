/*
 * libFuzzer target for the feed parser: any bytes as RSS, RDF or Atom, with and without a base
 * address. Besides crashes and sanitizer reports, it aborts when a parsed feed breaks its
 * contract: an entry without a title, a date that is not "YYYY-MM-DD HH:MM", text that is not
 * UTF-8, or JSON output that is not UTF-8.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "docbao/docbao.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reports which part of the contract an input broke, then stops the run. */
static void violated(const char *what)
{
    fprintf(stderr, "fuzz_feed: contract broken: %s\n", what);
    abort();
}

static void check_text(const char *s, const char *what)
{
    if (s != NULL && !g_utf8_validate(s, -1, NULL)) {
        violated(what);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    docbao_feed *feed = NULL;
    docbao_error err = {0};
    const char *base = size > 0 && (data[0] & 1) ? "https://example.invalid/rss/tin.rss" : NULL;
    docbao_status st = docbao_feed_parse((const char *)data, size, base, &feed, &err);
    if (st != DOCBAO_OK) {
        if (feed != NULL || err.message[0] == '\0') {
            violated("a failure without a message, or with a feed");
        }
        return 0;
    }
    check_text(docbao_feed_title(feed), "feed title is not UTF-8");
    check_text(docbao_feed_link(feed), "feed link is not UTF-8");
    for (size_t i = 0; i < docbao_feed_n_entries(feed); i++) {
        const char *date = docbao_feed_entry_date(feed, i);
        if (docbao_feed_entry_title(feed, i) == NULL) {
            violated("an entry without a title");
        }
        check_text(docbao_feed_entry_title(feed, i), "entry title is not UTF-8");
        check_text(docbao_feed_entry_link(feed, i), "entry link is not UTF-8");
        check_text(docbao_feed_entry_summary(feed, i), "entry summary is not UTF-8");
        if (date != NULL && strlen(date) != 16) {
            violated("entry date is not YYYY-MM-DD HH:MM");
        }
    }
    {
        char *json = docbao_feed_to_json(feed);
        check_text(json, "JSON is not UTF-8");
        docbao_free(json);
    }
    docbao_feed_free(feed);
    return 0;
}
