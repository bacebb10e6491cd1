/* docbao feed: the entries of a news feed, and --prefetch to save them for offline reading. */
#include <errno.h>
#include <libintl.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"

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
    st = cli_source_fetch_options(&src, &fo, &err);
    if (st == DOCBAO_OK && fill && fo.cache != DOCBAO_CACHE_FALLBACK) {
        st = err.status = DOCBAO_ERR_INVALID_ARG;
        g_snprintf(err.message, sizeof err.message,
                   _("--prefetch fills the offline cache: it cannot go with --offline or "
                     "--no-cache"));
    }
    if (st == DOCBAO_OK) {
        st = cli_source_load_feed(argv[1], &fo, &feed, &err);
    }
    if (st != DOCBAO_OK) {
        code = fail(st, &err);
        goto out;
    }
    if (json) {
        char *text = docbao_feed_to_json(feed);
        if (text == NULL) {
            say_error(_("JSON output needs json-glib, which could not be loaded"));
            code = EXIT_FAILURE_OTHER;
            goto out;
        }
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
