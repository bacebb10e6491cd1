/*
 * Where read, extract and export find their article: files, web addresses, and entries of news
 * feeds, with the network options and the offline cache's notice.
 */
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

/* The contracts of these are in commands.h. */
docbao_status cli_source_fetch_options(const cli_source *s, docbao_fetch_options *fo,
                                       docbao_error *err)
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

docbao_status cli_source_load_feed(const char *input, const docbao_fetch_options *fo,
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
    docbao_status st = cli_source_fetch_options(s, &fo, err);

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

static void say_skipped(const docbao_error *why, void *user)
{
    (void)user;
    say_error(why->message);
}

docbao_status cli_edition_build(docbao_edition *edition, int n, char **locations, char **spoken,
                                docbao_error *err)
{
    bool none_saved = false;
    docbao_status st = docbao_edition_add_sources(edition, (const char *const *)locations,
                                                  (size_t)n, &interrupted, say_skipped, NULL,
                                                  spoken, &none_saved, err);
    if (st == DOCBAO_OK && none_saved) {
        char *path = docbao_sources_default_path();
        st = cli_set_error(err, DOCBAO_ERR_INVALID_ARG,
                           _("no article was given, and %s names no source; add your "
                             "newspapers with: docbao sources add URL"),
                           path);
        g_free(path);
    }
    return st;
}
