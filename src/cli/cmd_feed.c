/*
 * docbao feed, and where read, extract and export find their article: files, web addresses,
 * and entries of news feeds, with the offline cache's notice.
 */
#include <errno.h>
#include <libintl.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"

/* The longest wait a user may ask for, in seconds. */
#define TIMEOUT_MAX 3600.0

GOptionEntry *cli_source_entries(cli_source *s, gboolean with_entry)
{
    GOptionEntry entries[] = {
        {"entry", 'e', 0, G_OPTION_ARG_INT, &s->entry,
         N_("Read entry N of the news feed given instead of a page (see: docbao feed)"), N_("N")},
        {"timeout", 0, 0, G_OPTION_ARG_DOUBLE, &s->timeout,
         N_("Give up on the network after this many seconds (default 60)"), N_("SECONDS")},
        {"offline", 0, 0, G_OPTION_ARG_NONE, &s->offline,
         N_("Do not use the network: read the copy saved in the offline cache"), NULL},
        {"no-cache", 0, 0, G_OPTION_ARG_NONE, &s->no_cache,
         N_("Neither use nor fill the offline cache"), NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    g_free(s->entries);
    s->entries = g_memdup2(with_entry ? entries : entries + 1,
                           with_entry ? sizeof entries : sizeof entries - sizeof entries[0]);
    return s->entries;
}

void cli_source_clear(cli_source *s)
{
    g_clear_pointer(&s->entries, g_free);
}

/* Checks the options and turns them into fetch options. */
static docbao_status fetch_options(const cli_source *s, docbao_fetch_options *fo, docbao_error *err)
{
    memset(fo, 0, sizeof *fo);
    if (s->timeout != 0 && !(s->timeout > 0 && s->timeout <= TIMEOUT_MAX)) {
        err->status = DOCBAO_ERR_INVALID_ARG;
        g_snprintf(err->message, sizeof err->message,
                   _("--timeout must be more than 0 and at most %.0f seconds"), TIMEOUT_MAX);
        return err->status;
    }
    if (s->offline && s->no_cache) {
        err->status = DOCBAO_ERR_INVALID_ARG;
        g_snprintf(err->message, sizeof err->message, _("choose either --offline or --no-cache"));
        return err->status;
    }
    if (s->timeout > 0) {
        fo->timeout_ms = (long)(s->timeout * 1000.0 + 0.5);
        fo->connect_timeout_ms = fo->timeout_ms;
    }
    fo->cache = s->offline    ? DOCBAO_CACHE_OFFLINE
                : s->no_cache ? DOCBAO_CACHE_OFF
                              : DOCBAO_CACHE_FALLBACK;
    return DOCBAO_OK;
}

/* A Unix time in the machine's own time zone (TZ respected), as g_date_time_format() says. */
static char *local_time(int64_t unix_time, const char *format)
{
    GDateTime *t = g_date_time_new_from_unix_local(unix_time);
    char *text = t != NULL ? g_date_time_format(t, format) : NULL;
    if (t != NULL) {
        g_date_time_unref(t);
    }
    return text != NULL ? text : g_strdup("?");
}

/*
 * Tells the user, in one line, that a saved copy stands in for the network and when it was
 * saved, in local time (the year only when it is not this year).
 */
static void say_offline(const docbao_fetch_result *meta, const docbao_fetch_options *fo)
{
    GDateTime *now;
    char *this_year, *that_year, *when;
    if (!meta->from_cache) {
        return;
    }
    now = g_date_time_new_now_local();
    this_year = g_date_time_format(now, "%Y");
    that_year = local_time(meta->fetched_at, "%Y");
    when = local_time(meta->fetched_at,
                      strcmp(this_year, that_year) == 0 ? "%H:%M %d/%m" : "%H:%M %d/%m/%Y");
    if (fo->cache == DOCBAO_CACHE_OFFLINE) {
        fprintf(stderr, _("Offline: reading the copy saved at %s.\n"), when);
    } else {
        fprintf(stderr, _("No network; reading the copy saved at %s.\n"), when);
    }
    g_free(when);
    g_free(that_year);
    g_free(this_year);
    g_date_time_unref(now);
}

/* Loads a feed as the options say, telling when it comes from the cache. */
static docbao_status load_feed(const char *input, const docbao_fetch_options *fo,
                               docbao_feed **feed, docbao_error *err)
{
    docbao_fetch_result meta = {0};
    docbao_status st = docbao_feed_load(input, fo, feed, &meta, err);
    if (st == DOCBAO_OK) {
        say_offline(&meta, fo);
        docbao_fetch_result_clear(&meta);
    }
    return st;
}

docbao_status cli_source_load(const cli_source *s, const char *input, docbao_article **out,
                              docbao_error *err)
{
    docbao_fetch_options fo;
    docbao_fetch_result feed_meta = {0}, meta = {0};
    docbao_feed *feed = NULL;
    char *link = NULL;
    docbao_status st = fetch_options(s, &fo, err);

    if (st != DOCBAO_OK) {
        return st;
    }
    if (s->entry != 0) {
        st = docbao_feed_load(input, &fo, &feed, &feed_meta, err);
        if (st != DOCBAO_OK) {
            return st;
        }
        if (s->entry < 1 || (size_t)s->entry > docbao_feed_n_entries(feed)) {
            err->status = DOCBAO_ERR_INVALID_ARG;
            g_snprintf(err->message, sizeof err->message,
                       _("%s has entries 1 to %zu; there is no entry %d (see: docbao feed %s)"),
                       input, docbao_feed_n_entries(feed), s->entry, input);
            docbao_feed_free(feed);
            docbao_fetch_result_clear(&feed_meta);
            return err->status;
        }
        if (docbao_feed_entry_link(feed, (size_t)s->entry - 1) == NULL) {
            err->status = DOCBAO_ERR_NO_ARTICLE;
            g_snprintf(err->message, sizeof err->message, _("entry %d of %s links to no article"),
                       s->entry, input);
            docbao_feed_free(feed);
            docbao_fetch_result_clear(&feed_meta);
            return err->status;
        }
        link = g_strdup(docbao_feed_entry_link(feed, (size_t)s->entry - 1));
        docbao_feed_free(feed);
        input = link;
    }
    if (docbao_fetch_is_url(input)) {
        st = docbao_article_fetch(input, &fo, out, &meta, err);
    } else {
        st = docbao_article_load(input, NULL, out, err);
    }
    if (st == DOCBAO_OK) {
        /* One notice: about the article's copy, else about the feed's. */
        say_offline(meta.from_cache ? &meta : &feed_meta, &fo);
    }
    docbao_fetch_result_clear(&meta);
    docbao_fetch_result_clear(&feed_meta);
    g_free(link);
    return st;
}

/* Prints the entries: number, date, title, then the link on its own line. */
static void print_feed(const docbao_feed *feed)
{
    size_t n = docbao_feed_n_entries(feed);
    int width = n >= 100 ? 3 : n >= 10 ? 2 : 1;
    if (docbao_feed_title(feed)[0] != '\0') {
        printf("%s\n\n", docbao_feed_title(feed));
    }
    if (n == 0) {
        printf("%s\n", _("The feed has no entries."));
    }
    for (size_t i = 0; i < n; i++) {
        const char *date = docbao_feed_entry_date(feed, i);
        const char *link = docbao_feed_entry_link(feed, i);
        printf("%*zu. %s%s%s\n", width, i + 1, date != NULL ? date : "", date != NULL ? "  " : "",
               docbao_feed_entry_title(feed, i));
        if (link != NULL) {
            printf("%*s  %s\n", width, "", link);
        }
    }
}

/*
 * Fetches every entry's page into the offline cache and says, entry by entry on standard
 * error, what came of it: saved, not an article, missing, or a network error; then a summary.
 * The outcome of an entry does not change the exit status: the feed itself was read.
 */
static void prefetch(const char *input, const docbao_feed *feed, const docbao_fetch_options *fo)
{
    size_t n = docbao_feed_n_entries(feed);
    size_t count[DOCBAO_PREFETCH_NO_LINK + 1] = {0};
    int width = n >= 100 ? 3 : n >= 10 ? 2 : 1;

    for (size_t i = 0; i < n; i++) {
        docbao_error err = {0};
        docbao_prefetch_outcome o = docbao_feed_prefetch_entry(feed, i, fo, &err);
        count[o]++;
        switch (o) {
        case DOCBAO_PREFETCH_SAVED:
            fprintf(stderr, _("%*zu. saved for offline reading\n"), width, i + 1);
            break;
        case DOCBAO_PREFETCH_NOT_ARTICLE:
            fprintf(stderr, _("%*zu. not an article: %s\n"), width, i + 1, err.message);
            break;
        case DOCBAO_PREFETCH_MISSING:
            fprintf(stderr, _("%*zu. missing: %s\n"), width, i + 1, err.message);
            break;
        case DOCBAO_PREFETCH_NETWORK_ERROR:
            fprintf(stderr, _("%*zu. network error: %s\n"), width, i + 1, err.message);
            break;
        case DOCBAO_PREFETCH_NO_LINK:
            fprintf(stderr, _("%*zu. no web page to save\n"), width, i + 1);
            break;
        }
    }
    if (docbao_fetch_is_url(input)) {
        /* Mark the feed itself as just used, so that the cache keeps it with its pages. */
        docbao_fetch_options touch = *fo;
        docbao_fetch_result r = {0};
        touch.cache = DOCBAO_CACHE_OFFLINE;
        docbao_fetch_url(input, &touch, &r, NULL);
        docbao_fetch_result_clear(&r);
    }
    fprintf(stderr,
            _("Saved %zu of %zu entries for offline reading (not articles: %zu, missing: %zu, "
              "network errors: %zu).\n"),
            count[DOCBAO_PREFETCH_SAVED], n, count[DOCBAO_PREFETCH_NOT_ARTICLE],
            count[DOCBAO_PREFETCH_MISSING], count[DOCBAO_PREFETCH_NETWORK_ERROR]);
}

int cmd_feed(int argc, char **argv)
{
    gboolean json = FALSE, fill = FALSE;
    int code = 0;
    cli_source src = {0};
    GOptionEntry entries[] = {
        {"json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print the feed as JSON"), NULL},
        {"prefetch", 0, 0, G_OPTION_ARG_NONE, &fill,
         N_("Also save every entry's article in the offline cache, for reading without network"),
         NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL},
    };
    GOptionContext *ctx = g_option_context_new(
        _("URL|FILE|- — list the entries of a news feed (RSS or Atom); read one with: docbao "
          "read --entry N URL"));
    docbao_fetch_options fo;
    docbao_feed *feed = NULL;
    docbao_error err = {0};
    docbao_status st;

    g_option_context_add_main_entries(ctx, entries, "docbao");
    g_option_context_add_main_entries(ctx, cli_source_entries(&src, FALSE), "docbao");
    if (!parse_options(ctx, &argc, &argv, &code)) {
        goto out;
    }
    if (argc != 2) {
        say_error(argc < 2 ? _("no feed was given (an address, a file, or - for standard input)")
                           : _("give exactly one feed"));
        code = exit_code_for(DOCBAO_ERR_INVALID_ARG);
        goto out;
    }
    st = fetch_options(&src, &fo, &err);
    if (st == DOCBAO_OK && fill && fo.cache != DOCBAO_CACHE_FALLBACK) {
        st = err.status = DOCBAO_ERR_INVALID_ARG;
        g_snprintf(err.message, sizeof err.message,
                   _("--prefetch fills the offline cache: it cannot go with --offline or "
                     "--no-cache"));
    }
    if (st == DOCBAO_OK) {
        st = load_feed(argv[1], &fo, &feed, &err);
    }
    if (st != DOCBAO_OK) {
        code = fail(st, &err);
        goto out;
    }
    if (json) {
        char *text = docbao_feed_to_json(feed);
        fputs(text, stdout);
        docbao_free(text);
    } else {
        print_feed(feed);
    }
    if (fflush(stdout) != 0) {
        say_error(g_strerror(errno));
        code = EXIT_OUTPUT;
        goto out;
    }
    if (fill) {
        prefetch(argv[1], feed, &fo);
    }
out:
    docbao_feed_free(feed);
    cli_source_clear(&src);
    g_option_context_free(ctx);
    return code;
}
