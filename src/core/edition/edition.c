/*
 * The edition: sections of entries built from sources, articles loaded by a background thread
 * ahead of the listener, and the entries already heard (heard.ini in the state folder).
 */
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "base/internal.h"
#include "docbao/edition.h"
#include "docbao/input.h"

/* Entries remembered as heard, at most; the oldest are forgotten. */
#define HEARD_MAX 2000
#define HEARD_GROUP "heard"

typedef struct {
    char *title;
    char *date; /* display form, local time */
    int64_t time;
    char *origin;
    size_t section;
    docbao_entry_state state;
    gboolean heard;
    docbao_status error;
    char message[256];
    docbao_article *article; /* READY */
} entry;

typedef struct {
    char *title;
    size_t first;
    size_t n;
} section;

struct docbao_edition {
    docbao_edition_options opts;
    char *state_dir;
    unsigned ahead;
    GPtrArray *entries; /* of entry*; the array only grows while building, on one thread */
    GArray *sections;   /* of section */
    size_t pages_section;

    GMutex lock; /* guards the entries' state, article, heard and message; and what follows */
    GCond cond;
    GThread *loader;
    gboolean stop;
    volatile int cancel; /* interrupts a fetch in progress when the edition is freed */
    size_t want;
    gboolean wanted;
    GKeyFile *heard;
};

static void entry_free(gpointer p)
{
    entry *e = p;
    g_free(e->title);
    g_free(e->date);
    g_free(e->origin);
    docbao_article_free(e->article);
    g_free(e);
}

void docbao_edition_options_init(docbao_edition_options *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->ahead = 2;
}

/* The key under which an entry is remembered as heard: a hash of its origin. */
static char *heard_key(const char *origin)
{
    return g_compute_checksum_for_string(G_CHECKSUM_SHA256, origin, -1);
}

static char *heard_path(const docbao_edition *ed)
{
    return g_build_filename(ed->state_dir, "heard.ini", NULL);
}

docbao_edition *docbao_edition_new(const docbao_edition_options *opts)
{
    docbao_edition *ed = g_new0(docbao_edition, 1);
    char *path;
    if (opts != NULL) {
        ed->opts = *opts;
    } else {
        docbao_edition_options_init(&ed->opts);
    }
    ed->opts.fetch.cancel = &ed->cancel;
    ed->state_dir = ed->opts.state_dir != NULL
                        ? g_strdup(ed->opts.state_dir)
                        : g_build_filename(g_get_user_state_dir(), "docbao", NULL);
    ed->opts.state_dir = NULL;
    ed->ahead = ed->opts.ahead > 0 ? ed->opts.ahead : 2;
    ed->entries = g_ptr_array_new_with_free_func(entry_free);
    ed->sections = g_array_new(FALSE, TRUE, sizeof(section));
    ed->pages_section = SIZE_MAX;
    g_mutex_init(&ed->lock);
    g_cond_init(&ed->cond);
    ed->heard = g_key_file_new();
    path = heard_path(ed);
    /* A missing or unreadable file is an empty history. */
    g_key_file_load_from_file(ed->heard, path, G_KEY_FILE_NONE, NULL);
    g_free(path);
    return ed;
}

void docbao_edition_free(docbao_edition *ed)
{
    if (ed == NULL) {
        return;
    }
    g_mutex_lock(&ed->lock);
    ed->stop = TRUE;
    ed->cancel = 1;
    g_cond_broadcast(&ed->cond);
    g_mutex_unlock(&ed->lock);
    if (ed->loader != NULL) {
        g_thread_join(ed->loader);
    }
    for (guint i = 0; i < ed->sections->len; i++) {
        g_free(g_array_index(ed->sections, section, i).title);
    }
    g_array_unref(ed->sections);
    g_ptr_array_unref(ed->entries);
    g_key_file_free(ed->heard);
    g_mutex_clear(&ed->lock);
    g_cond_clear(&ed->cond);
    g_free(ed->state_dir);
    g_free(ed);
}

/* ---------------------------------------------------------------------------------------- */
/* Building                                                                                  */

static char *display_date(int64_t t)
{
    GDateTime *d = t >= 0 ? g_date_time_new_from_unix_local(t) : NULL;
    char *s = d != NULL ? g_date_time_format(d, "%Y-%m-%d %H:%M") : NULL;
    if (d != NULL) {
        g_date_time_unref(d);
    }
    return s;
}

/* Starts a section; entries added next belong to it. */
static size_t add_section(docbao_edition *ed, const char *title)
{
    section s = {g_strdup(title), ed->entries->len, 0};
    g_array_append_val(ed->sections, s);
    return ed->sections->len - 1;
}

static entry *add_entry(docbao_edition *ed, size_t sec, const char *title, const char *origin,
                        int64_t time)
{
    entry *e = g_new0(entry, 1);
    char *key = heard_key(origin);
    e->title = g_strdup(title != NULL && title[0] != '\0' ? title : origin);
    e->origin = g_strdup(origin);
    e->time = time;
    e->date = display_date(time);
    e->section = sec;
    e->heard = g_key_file_has_key(ed->heard, HEARD_GROUP, key, NULL);
    g_free(key);
    /* Sections are built one after another: an entry always joins the last one... */
    g_ptr_array_add(ed->entries, e);
    g_array_index(ed->sections, section, sec).n++;
    return e;
}

/* The Unix time of an article's "YYYY-MM-DD" date (noon, local time), or -1. */
static int64_t article_time(const docbao_article *a)
{
    const char *d = docbao_article_published(a);
    int y, m, day;
    GDateTime *dt;
    int64_t t;
    if (d == NULL || sscanf(d, "%d-%d-%d", &y, &m, &day) != 3) {
        return -1;
    }
    dt = g_date_time_new_local(y, m, day, 12, 0, 0);
    if (dt == NULL) {
        return -1;
    }
    t = g_date_time_to_unix(dt);
    g_date_time_unref(dt);
    return t;
}

typedef struct {
    char *path;
    char *title;
    int64_t time;
} folder_page;

static int newest_first(gconstpointer a, gconstpointer b)
{
    const folder_page *x = a, *y = b;
    if (x->time != y->time) {
        return x->time > y->time ? -1 : 1;
    }
    return strcmp(x->path, y->path);
}

static gboolean is_page_name(const char *name)
{
    static const char *const suffixes[] = {".html", ".htm", ".xhtml", ".txt"};
    char *low = g_ascii_strdown(name, -1);
    gboolean ok = FALSE;
    for (size_t i = 0; i < G_N_ELEMENTS(suffixes) && !ok; i++) {
        ok = g_str_has_suffix(low, suffixes[i]);
    }
    g_free(low);
    return ok && name[0] != '.';
}

/* A folder: its article pages, newest first (the article's date, else the file's time). */
static docbao_status add_folder(docbao_edition *ed, const char *dir, const char *name,
                                docbao_error *err)
{
    GError *gerr = NULL;
    GDir *d = g_dir_open(dir, 0, &gerr);
    GArray *pages;
    const char *file;
    char *base;
    size_t sec;
    if (d == NULL) {
        docbao_status st = dbi_fail(err, DOCBAO_ERR_IO, "%s: %s", dir, gerr->message);
        g_error_free(gerr);
        return st;
    }
    pages = g_array_new(FALSE, FALSE, sizeof(folder_page));
    while ((file = g_dir_read_name(d)) != NULL) {
        folder_page pg = {0};
        docbao_extract_options xo = {0};
        docbao_article *a = NULL;
        GStatBuf sb;
        if (!is_page_name(file)) {
            continue;
        }
        pg.path = g_build_filename(dir, file, NULL);
        xo.url = pg.path;
        if (g_stat(pg.path, &sb) != 0 || !S_ISREG(sb.st_mode) ||
            docbao_article_load(pg.path, &xo, &a, NULL) != DOCBAO_OK) {
            /* Not an article (a list page, an empty file...): not listed. */
            g_free(pg.path);
            continue;
        }
        pg.title = g_strdup(docbao_article_title(a));
        pg.time = article_time(a);
        if (pg.time < 0) {
            pg.time = (int64_t)sb.st_mtime;
        }
        docbao_article_free(a);
        g_array_append_val(pages, pg);
    }
    g_dir_close(d);
    g_array_sort(pages, newest_first);
    base = g_path_get_basename(dir);
    sec = add_section(ed, name != NULL ? name : base);
    g_free(base);
    for (guint i = 0; i < pages->len; i++) {
        folder_page *pg = &g_array_index(pages, folder_page, i);
        add_entry(ed, sec, pg->title, pg->path, pg->time);
        g_free(pg->path);
        g_free(pg->title);
    }
    g_array_unref(pages);
    return DOCBAO_OK;
}

/*
 * A link to a site's home page ("https://host", "https://host/", "https://host/#top") is no
 * article. A query may name a page ("/?p=12"), so a link with one is kept.
 */
static gboolean is_home_page(const char *link)
{
    const char *host = strstr(link, "://");
    const char *path;
    if (host == NULL) {
        return FALSE;
    }
    path = host + 3 + strcspn(host + 3, "/?#");
    if (path[0] == '\0' || path[0] == '#') {
        return TRUE;
    }
    return path[0] == '/' && (path[1] == '\0' || path[1] == '#');
}

static void add_feed(docbao_edition *ed, const docbao_feed *feed, const char *name)
{
    const char *title = docbao_feed_title(feed);
    size_t sec = add_section(ed, name != NULL              ? name
                                 : title != NULL && *title ? title
                                                           : docbao_feed_source(feed));
    for (size_t i = 0; i < docbao_feed_n_entries(feed); i++) {
        const char *link = docbao_feed_entry_link(feed, i);
        if (link != NULL && link[0] != '\0' && !is_home_page(link)) {
            add_entry(ed, sec, docbao_feed_entry_title(feed, i), link,
                      docbao_feed_entry_time(feed, i));
        }
    }
}

/* Takes article as a ready entry of the section of pages given one by one. */
static void add_article(docbao_edition *ed, docbao_article *article, const char *origin)
{
    entry *e;
    /* Articles given one by one share a section, the one they started. */
    if (ed->pages_section == SIZE_MAX || ed->pages_section != ed->sections->len - 1) {
        ed->pages_section = add_section(ed, _("Chosen articles"));
    }
    e = add_entry(ed, ed->pages_section, docbao_article_title(article), origin,
                  article_time(article));
    e->article = article;
    e->state = DOCBAO_ENTRY_READY;
}

docbao_status docbao_edition_add_sources(docbao_edition *ed, const char *const *locations,
                                         size_t n, volatile int *cancel,
                                         void (*on_skip)(const docbao_error *why, void *user),
                                         void *user, char **skipped, bool *none_saved,
                                         docbao_error *err)
{
    docbao_sources *saved = NULL;
    GString *said = g_string_new(NULL);
    docbao_error first = {0};
    docbao_status st = DOCBAO_OK;

    if (skipped != NULL) {
        *skipped = NULL;
    }
    if (none_saved != NULL) {
        *none_saved = false;
    }
    if (n == 0) {
        st = docbao_sources_load(NULL, &saved, err);
        if (st != DOCBAO_OK) {
            g_string_free(said, TRUE);
            return st;
        }
        n = docbao_sources_size(saved);
        if (n == 0 && none_saved != NULL) {
            *none_saved = true;
        }
    }
    for (size_t i = 0; i < n && (cancel == NULL || !*cancel); i++) {
        const char *location = saved != NULL ? docbao_sources_location(saved, i) : locations[i];
        const char *name = saved != NULL ? docbao_sources_name(saved, i) : NULL;
        docbao_error e = {0};
        if (docbao_edition_add_source(ed, location, name, &e) == DOCBAO_OK) {
            continue;
        }
        if (on_skip != NULL) {
            on_skip(&e, user);
        }
        g_string_append_printf(said, "%s%s %s.", said->len > 0 ? " " : "",
                               _("A source cannot be read and is skipped:"),
                               name != NULL ? name : location);
        if (first.status == DOCBAO_OK) {
            first = e;
        }
    }
    docbao_sources_free(saved);
    if (docbao_edition_size(ed) == 0 && first.status != DOCBAO_OK) {
        /* Nothing to read: the first failure decides, as for a single source. */
        if (err != NULL) {
            *err = first;
        }
        g_string_free(said, TRUE);
        return first.status;
    }
    if (skipped != NULL && said->len > 0) {
        *skipped = g_string_free(said, FALSE);
    } else {
        g_string_free(said, TRUE);
    }
    return DOCBAO_OK;
}

void docbao_edition_add_article(docbao_edition *ed, const docbao_article *article,
                                const char *origin)
{
    if (origin == NULL) {
        origin = docbao_article_url(article) != NULL ? docbao_article_url(article)
                                                     : docbao_article_title(article);
    }
    add_article(ed, docbao_article_copy(article), origin);
}

docbao_status docbao_edition_add_source(docbao_edition *ed, const char *location,
                                        const char *name, docbao_error *err)
{
    docbao_input_doc doc = {0};
    docbao_status st;
    if (location == NULL || location[0] == '\0') {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no source was given"));
    }
    if (!docbao_fetch_is_url(location) && g_file_test(location, G_FILE_TEST_IS_DIR)) {
        return add_folder(ed, location, name, err);
    }
    st = docbao_input_open(location, &ed->opts.fetch, &doc, err);
    if (st != DOCBAO_OK) {
        return st;
    }
    switch (doc.kind) {
    case DOCBAO_INPUT_FEED:
        add_feed(ed, doc.feed, name != NULL ? name : doc.title);
        break;
    case DOCBAO_INPUT_LIST: {
        size_t sec = add_section(ed, name != NULL ? name : doc.title != NULL ? doc.title : location);
        for (size_t i = 0; i < docbao_page_links_size(doc.links); i++) {
            add_entry(ed, sec, docbao_page_links_title(doc.links, i),
                      docbao_page_links_url(doc.links, i), -1);
        }
        break;
    }
    case DOCBAO_INPUT_ARTICLE:
        add_article(ed, doc.article, location);
        doc.article = NULL;
        break;
    }
    docbao_input_doc_clear(&doc);
    return DOCBAO_OK;
}

/* ---------------------------------------------------------------------------------------- */
/* Reading the model                                                                         */

size_t docbao_edition_n_sections(const docbao_edition *ed)
{
    return ed->sections->len;
}

const char *docbao_edition_section_title(const docbao_edition *ed, size_t s)
{
    return s < ed->sections->len ? g_array_index(ed->sections, section, s).title : NULL;
}

size_t docbao_edition_section_first(const docbao_edition *ed, size_t s)
{
    return s < ed->sections->len ? g_array_index(ed->sections, section, s).first : 0;
}

size_t docbao_edition_section_size(const docbao_edition *ed, size_t s)
{
    return s < ed->sections->len ? g_array_index(ed->sections, section, s).n : 0;
}

size_t docbao_edition_size(const docbao_edition *ed)
{
    return ed->entries->len;
}

static entry *entry_at(const docbao_edition *ed, size_t i)
{
    return i < ed->entries->len ? g_ptr_array_index(ed->entries, i) : NULL;
}

bool docbao_edition_entry(docbao_edition *ed, size_t i, docbao_entry_info *out)
{
    entry *e = entry_at(ed, i);
    if (e == NULL) {
        return false;
    }
    g_mutex_lock(&ed->lock);
    out->title = e->title;
    out->date = e->date;
    out->time = e->time;
    out->origin = e->origin;
    out->section = e->section;
    out->state = e->state;
    out->heard = e->heard;
    out->error = e->error;
    g_strlcpy(out->message, e->message, sizeof out->message);
    g_mutex_unlock(&ed->lock);
    return true;
}

/* ---------------------------------------------------------------------------------------- */
/* Loading                                                                                   */

/* Fetches (through the offline cache) or reads an entry's article. */
static docbao_article *load_article(docbao_edition *ed, const char *origin, docbao_error *err)
{
    docbao_article *a = NULL;
    docbao_extract_options xo = {0};
    docbao_status st;
    if (docbao_fetch_is_url(origin)) {
        st = docbao_article_fetch(origin, &ed->opts.fetch, &a, NULL, err);
    } else {
        xo.url = origin;
        st = docbao_article_load(origin, &xo, &a, err);
    }
    return st == DOCBAO_OK ? a : NULL;
}

/* Stores the outcome of loading entry e. Called with the lock held. */
static void settle(entry *e, docbao_article *a, const docbao_error *err)
{
    if (a != NULL) {
        docbao_article_free(e->article);
        e->article = a;
        e->state = DOCBAO_ENTRY_READY;
    } else {
        e->state = DOCBAO_ENTRY_FAILED;
        e->error = err->status;
        g_strlcpy(e->message, err->message, sizeof e->message);
    }
}

/* Is entry i among those to keep in memory around the wanted one? Called with the lock. */
static gboolean in_window(const docbao_edition *ed, size_t i)
{
    return ed->wanted && i + 1 >= ed->want && i <= ed->want + ed->ahead;
}

/* The next entry to load: the wanted one, then those ahead of it. Called with the lock. */
static entry *next_job(docbao_edition *ed)
{
    for (size_t i = ed->want; ed->wanted && i <= ed->want + ed->ahead; i++) {
        entry *e = entry_at(ed, i);
        if (e != NULL && e->state == DOCBAO_ENTRY_WAITING) {
            return e;
        }
    }
    return NULL;
}

static void wake_front(docbao_edition *ed)
{
    if (ed->opts.wake != NULL) {
        ed->opts.wake(ed->opts.wake_user);
    }
}

static gpointer loader_thread(gpointer data)
{
    docbao_edition *ed = data;
    g_mutex_lock(&ed->lock);
    while (!ed->stop) {
        entry *e = next_job(ed);
        char *origin;
        docbao_article *a;
        docbao_error err = {0};
        if (e == NULL) {
            g_cond_wait(&ed->cond, &ed->lock);
            continue;
        }
        e->state = DOCBAO_ENTRY_LOADING;
        origin = g_strdup(e->origin);
        g_mutex_unlock(&ed->lock);
        wake_front(ed);
        a = load_article(ed, origin, &err);
        g_free(origin);
        g_mutex_lock(&ed->lock);
        if (ed->stop) {
            docbao_article_free(a);
            break;
        }
        settle(e, a, &err);
        g_mutex_unlock(&ed->lock);
        wake_front(ed);
        g_mutex_lock(&ed->lock);
    }
    g_mutex_unlock(&ed->lock);
    return NULL;
}

void docbao_edition_want(docbao_edition *ed, size_t i)
{
    g_mutex_lock(&ed->lock);
    ed->want = i;
    ed->wanted = TRUE;
    /* Articles far from the listener go, so that a long edition stays small in memory. */
    for (guint k = 0; k < ed->entries->len; k++) {
        entry *e = g_ptr_array_index(ed->entries, k);
        if (e->state == DOCBAO_ENTRY_READY && !in_window(ed, k)) {
            g_clear_pointer(&e->article, docbao_article_free);
            e->state = DOCBAO_ENTRY_WAITING;
        }
    }
    if (ed->loader == NULL) {
        ed->loader = g_thread_new("docbao-edition", loader_thread, ed);
    }
    g_cond_broadcast(&ed->cond);
    g_mutex_unlock(&ed->lock);
}

docbao_article *docbao_edition_article(docbao_edition *ed, size_t i)
{
    entry *e = entry_at(ed, i);
    docbao_article *c = NULL;
    if (e == NULL) {
        return NULL;
    }
    g_mutex_lock(&ed->lock);
    if (e->state == DOCBAO_ENTRY_READY) {
        c = docbao_article_copy(e->article);
    }
    g_mutex_unlock(&ed->lock);
    return c;
}

docbao_article *docbao_edition_load(docbao_edition *ed, size_t i, docbao_error *err)
{
    entry *e = entry_at(ed, i);
    docbao_article *a = docbao_edition_article(ed, i);
    if (a != NULL || e == NULL) {
        if (e == NULL) {
            dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("there is no article %zu"), i + 1);
        }
        return a;
    }
    a = load_article(ed, e->origin, err);
    g_mutex_lock(&ed->lock);
    if (a == NULL) {
        settle(e, NULL, err);
    }
    g_mutex_unlock(&ed->lock);
    return a;
}

/* ---------------------------------------------------------------------------------------- */
/* Heard                                                                                     */

/* Writes heard.ini atomically, forgetting the oldest entries beyond HEARD_MAX. */
static void save_heard(docbao_edition *ed)
{
    gsize n = 0;
    char **keys = g_key_file_get_keys(ed->heard, HEARD_GROUP, &n, NULL);
    char *path, *data;
    if (keys != NULL && n > HEARD_MAX) {
        /* Forget the oldest: the smallest times. */
        for (gsize extra = n - HEARD_MAX; extra > 0; extra--) {
            const char *oldest = NULL;
            gint64 oldest_t = G_MAXINT64;
            for (gsize k = 0; k < n; k++) {
                gint64 t;
                if (keys[k] == NULL) {
                    continue;
                }
                t = g_key_file_get_int64(ed->heard, HEARD_GROUP, keys[k], NULL);
                if (t < oldest_t) {
                    oldest_t = t;
                    oldest = keys[k];
                }
            }
            if (oldest != NULL) {
                g_key_file_remove_key(ed->heard, HEARD_GROUP, oldest, NULL);
                for (gsize k = 0; k < n; k++) {
                    if (keys[k] == oldest) {
                        g_free(keys[k]);
                        keys[k] = NULL;
                    }
                }
            }
        }
    }
    for (gsize k = 0; keys != NULL && k < n; k++) {
        g_free(keys[k]);
    }
    g_free(keys);
    if (g_mkdir_with_parents(ed->state_dir, 0700) != 0) {
        return;
    }
    path = heard_path(ed);
    data = g_key_file_to_data(ed->heard, NULL, NULL);
    /* Best effort: a failure only means the entry is not remembered next time. */
    g_file_set_contents_full(path, data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
    g_free(data);
    g_free(path);
}

void docbao_edition_set_heard(docbao_edition *ed, size_t i)
{
    entry *e = entry_at(ed, i);
    char *key;
    if (e == NULL) {
        return;
    }
    key = heard_key(e->origin);
    g_mutex_lock(&ed->lock);
    e->heard = TRUE;
    g_key_file_set_int64(ed->heard, HEARD_GROUP, key, g_get_real_time() / G_USEC_PER_SEC);
    save_heard(ed);
    g_mutex_unlock(&ed->lock);
    g_free(key);
}

size_t docbao_edition_first_unheard(docbao_edition *ed)
{
    size_t found = 0;
    g_mutex_lock(&ed->lock);
    for (guint k = 0; k < ed->entries->len; k++) {
        const entry *e = g_ptr_array_index(ed->entries, k);
        if (!e->heard) {
            found = k;
            break;
        }
    }
    g_mutex_unlock(&ed->lock);
    return found;
}

/* ---------------------------------------------------------------------------------------- */
/* What is said                                                                              */

/* The date as it is said: "today at 08:30", or "08:30, 27/11/2025". */
static char *spoken_date(int64_t t)
{
    GDateTime *d, *now;
    char *s;
    int days;
    if (t < 0 || (d = g_date_time_new_from_unix_local(t)) == NULL) {
        return NULL;
    }
    now = g_date_time_new_now_local();
    days = g_date_time_get_day_of_year(now) - g_date_time_get_day_of_year(d);
    if (g_date_time_get_year(now) == g_date_time_get_year(d) && days == 0) {
        s = g_date_time_format(d, _("today at %H:%M"));
    } else if (g_date_time_get_year(now) == g_date_time_get_year(d) && days == 1) {
        s = g_date_time_format(d, _("yesterday at %H:%M"));
    } else {
        s = g_date_time_format(d, _("%H:%M, %d/%m/%Y"));
    }
    g_date_time_unref(now);
    g_date_time_unref(d);
    return s;
}

char *docbao_edition_headline(docbao_edition *ed, size_t i)
{
    docbao_entry_info info;
    GString *s;
    char *date;
    if (!docbao_edition_entry(ed, i, &info)) {
        return g_strdup("");
    }
    s = g_string_new(NULL);
    g_string_append_printf(s, "%s. %zu. %s.", docbao_edition_section_title(ed, info.section),
                           i + 1, info.title);
    date = spoken_date(info.time);
    if (date != NULL) {
        g_string_append_printf(s, " %s.", date);
        g_free(date);
    }
    if (info.heard) {
        g_string_append_printf(s, " %s", _("Heard."));
    }
    return g_string_free(s, FALSE);
}

char *docbao_edition_announce(docbao_edition *ed, size_t i)
{
    docbao_entry_info info;
    if (!docbao_edition_entry(ed, i, &info)) {
        return g_strdup("");
    }
    return g_strdup_printf(_("Next article: %s."), info.title);
}

char *docbao_edition_failure(docbao_edition *ed, size_t i)
{
    docbao_entry_info info;
    const char *why;
    size_t n;
    if (!docbao_edition_entry(ed, i, &info)) {
        return g_strdup("");
    }
    /* The loader's own message says why, after the address it names first. */
    why = info.message;
    n = strlen(info.origin);
    if (strncmp(why, info.origin, n) == 0 && strncmp(why + n, ": ", 2) == 0) {
        why += n + 2;
    }
    if (why[0] == '\0') {
        why = _("it cannot be read");
    }
    return g_strdup_printf(_("Article %zu, %s, is skipped: %s."), i + 1, info.title, why);
}
