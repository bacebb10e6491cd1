/*
 * Talking books: the edition spoken article by article into one MP3 per article, each
 * sentence's place in it noted, and the EPUB or DAISY files written from that (book_epub.c,
 * book_daisy.c), all in a folder beside the target that is renamed into place at the end.
 */
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/internal.h"
#include "docbao/book.h"
#include "docbao/sink.h"
#include "export/book.h"

int docbao_book_format_from_name(const char *name)
{
    if (name == NULL) {
        return -1;
    }
    if (g_ascii_strcasecmp(name, "epub3") == 0 || g_ascii_strcasecmp(name, "epub") == 0) {
        return DOCBAO_BOOK_EPUB3;
    }
    if (g_ascii_strcasecmp(name, "daisy202") == 0 || g_ascii_strcasecmp(name, "daisy") == 0 ||
        g_ascii_strcasecmp(name, "daisy2.02") == 0) {
        return DOCBAO_BOOK_DAISY202;
    }
    return -1;
}

double book_clips_played(const GArray *clips)
{
    double t = 0;
    for (guint i = 0; i < clips->len; i++) {
        const book_clip *c = &g_array_index(clips, book_clip, i);
        t += c->end - c->begin;
    }
    return t;
}

char *book_clock(double seconds)
{
    long ms = (long)(seconds * 1000.0 + 0.5);
    return g_strdup_printf("%ld:%02ld:%02ld.%03ld", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60,
                           ms % 1000);
}

char *book_hms(double seconds)
{
    long s = (long)(seconds + 0.5);
    return g_strdup_printf("%02ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
}

char *book_escape(const char *s)
{
    return g_markup_escape_text(s != NULL ? s : "", -1);
}

gboolean book_write_file(const char *dir, const char *name, const GString *text,
                         docbao_error *err)
{
    char *path = g_build_filename(dir, name, NULL);
    GError *gerr = NULL;
    gboolean ok = g_file_set_contents(path, text->str, (gssize)text->len, &gerr);
    if (!ok) {
        dbi_fail(err, DOCBAO_ERR_IO, "%s", gerr->message);
        g_error_free(gerr);
    }
    g_free(path);
    return ok;
}

/* ---------------------------------------------------------------------------------------- */
/* Content documents                                                                         */

/* Appends text[from, to) escaped for XML. */
static void append_escaped(GString *out, const char *text, size_t from, size_t to)
{
    char *e = g_markup_escape_text(text + from, (gssize)(to - from));
    g_string_append(out, e);
    g_free(e);
}

/*
 * Appends a field's text with each of its sentences (the utterances from first on that belong
 * to this field and block) in a span with id "s<utterance>". Returns the utterance after them.
 */
static size_t append_sentences(GString *out, const char *text, const docbao_script *script,
                               size_t first, docbao_field field, size_t block)
{
    size_t at = 0, len = strlen(text), i = first;
    for (; i < docbao_script_size(script); i++) {
        const docbao_utterance *u = docbao_script_get(script, i);
        size_t start, end;
        if (u->field != field || (field == DOCBAO_FIELD_BLOCK && u->block != block)) {
            break;
        }
        start = MIN(MAX(u->source_start, at), len);
        end = MIN(MAX(u->source_end, start), len);
        append_escaped(out, text, at, start);
        g_string_append_printf(out, "<span id=\"s%zu\">", i);
        append_escaped(out, text, start, end);
        g_string_append(out, "</span>");
        at = end;
    }
    append_escaped(out, text, at, len);
    return i;
}

/* lang="..." for a block whose language is not the article's, or "". g_free() it. */
static char *lang_attr(const docbao_article *a, size_t block)
{
    const char *lang = docbao_article_block_language(a, block);
    return lang != NULL ? g_strdup_printf(" lang=\"%s\" xml:lang=\"%s\"", lang, lang)
                        : g_strdup("");
}

void book_article_body(GString *out, const docbao_article *a, const docbao_script *script,
                       gboolean xhtml5)
{
    size_t i = 0, n = docbao_script_size(script);
    gboolean in_list = FALSE;
    while (i < n) {
        const docbao_utterance *u = docbao_script_get(script, i);
        const char *text;
        const char *open = "<p>", *close = "</p>";
        docbao_block_type type = DOCBAO_BLOCK_PARAGRAPH;
        char *lang = g_strdup("");
        if (u->field == DOCBAO_FIELD_TITLE) {
            text = docbao_article_title(a);
            open = "<h1>";
            close = "</h1>";
        } else if (u->field == DOCBAO_FIELD_LEAD) {
            text = docbao_article_lead(a);
            open = "<p class=\"lead\"><strong>";
            close = "</strong></p>";
        } else {
            text = docbao_article_block_text(a, u->block);
            type = docbao_article_block_type(a, u->block);
            g_free(lang);
            lang = lang_attr(a, u->block);
        }
        if (in_list && type != DOCBAO_BLOCK_LIST_ITEM) {
            g_string_append(out, "</ul>\n");
            in_list = FALSE;
        }
        switch (type) {
        case DOCBAO_BLOCK_HEADING:
            g_string_append_printf(out, "<h2 id=\"h%zu\"%s>", i, lang);
            close = "</h2>";
            break;
        case DOCBAO_BLOCK_QUOTE:
            g_string_append_printf(out, "<blockquote%s><p>", lang);
            close = "</p></blockquote>";
            break;
        case DOCBAO_BLOCK_LIST_ITEM:
            if (!in_list) {
                g_string_append(out, "<ul>\n");
                in_list = TRUE;
            }
            g_string_append_printf(out, "<li%s>", lang);
            close = "</li>";
            break;
        case DOCBAO_BLOCK_CAPTION:
            if (xhtml5) {
                g_string_append_printf(out, "<figure%s><figcaption>", lang);
                close = "</figcaption></figure>";
            } else {
                g_string_append_printf(out, "<p class=\"caption\"%s>", lang);
            }
            break;
        case DOCBAO_BLOCK_PARAGRAPH:
            if (u->field == DOCBAO_FIELD_BLOCK) {
                g_string_append_printf(out, "<p%s>", lang);
            } else {
                g_string_append(out, open);
            }
            break;
        }
        i = append_sentences(out, text != NULL ? text : "", script, i, u->field, u->block);
        g_string_append(out, close);
        g_string_append_c(out, '\n');
        g_free(lang);
    }
    if (in_list) {
        g_string_append(out, "</ul>\n");
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Audio                                                                                     */

/* Progress is reported in thousandths of an entry, so that a book of one long article moves
 * its bar sentence by sentence too. */
#define PROGRESS_STEPS 1000

typedef struct {
    GArray *clips;
    int rate;
    const docbao_book_options *opts;
    size_t entry, entries, utterances;
} clip_notes;

static void note_clip(size_t utterance, uint64_t start, uint64_t end, void *user)
{
    clip_notes *c = user;
    book_clip clip = {(double)start / c->rate, (double)end / c->rate};
    if (c->clips == NULL) {
        return;
    }
    if (utterance >= c->clips->len) {
        g_array_set_size(c->clips, utterance + 1);
    }
    g_array_index(c->clips, book_clip, utterance) = clip;
    if (c->opts->progress != NULL && c->utterances > 0) {
        c->opts->progress(c->entry * PROGRESS_STEPS +
                              (utterance + 1) * (PROGRESS_STEPS - 1) / c->utterances,
                          c->entries * PROGRESS_STEPS, c->opts->user);
    }
}

/*
 * Speaks script into dir/name (MP3), noting where each utterance is heard in notes->clips (may
 * be NULL); *seconds gets the file's length.
 */
static docbao_status speak_to_mp3(const char *dir, const char *name, const docbao_script *script,
                                  docbao_synth *synth, clip_notes *notes, double *seconds,
                                  volatile int *cancel, docbao_error *err)
{
    docbao_sink_options so = {0};
    docbao_render_options ro = {0};
    char *path = g_build_filename(dir, name, NULL);
    docbao_sink *sink;
    docbao_status st;
    notes->rate = docbao_synth_sample_rate(synth);
    notes->utterances = docbao_script_size(script);
    so.sample_rate = notes->rate;
    so.path = path;
    sink = docbao_sink_open("file", &so, err);
    g_free(path);
    if (sink == NULL) {
        return err->status;
    }
    ro.cancel = cancel;
    ro.on_utterance = note_clip;
    ro.user = notes;
    st = docbao_render(script, synth, sink, &ro, err);
    *seconds = (double)docbao_sink_frames(sink) / notes->rate;
    if (docbao_sink_close(sink, st == DOCBAO_OK, st == DOCBAO_OK ? err : NULL) != DOCBAO_OK &&
        st == DOCBAO_OK) {
        st = err->status;
    }
    return st;
}

/* A short spoken text (a book's or a section's name) as its own MP3; *clip gets where it is
 * heard, from its first sentence's start to its last's end. */
static docbao_status speak_name(book *b, const char *name, const char *text,
                                docbao_normalizer *n, docbao_synth *synth,
                                const docbao_voice_profile *profile, book_clip *clip,
                                volatile int *cancel, docbao_error *err)
{
    docbao_article *a = docbao_article_new();
    docbao_book_options quiet = {0};
    clip_notes notes = {.opts = &quiet, .clips = g_array_new(FALSE, TRUE, sizeof(book_clip))};
    docbao_script *script;
    docbao_status st;
    double seconds = 0;
    docbao_article_set_title(a, text);
    script = docbao_script_new(a, n, profile, DOCBAO_SECTION_TITLE, err);
    docbao_article_free(a);
    if (script == NULL) {
        g_array_unref(notes.clips);
        return err->status;
    }
    st = speak_to_mp3(b->audio_dir, name, script, synth, &notes, &seconds, cancel, err);
    docbao_script_free(script);
    if (notes.clips->len > 0) {
        clip->begin = g_array_index(notes.clips, book_clip, 0).begin;
        clip->end = g_array_index(notes.clips, book_clip, notes.clips->len - 1).end;
    } else {
        clip->begin = 0;
        clip->end = seconds;
    }
    g_array_unref(notes.clips);
    return st;
}

/* ---------------------------------------------------------------------------------------- */
/* The book                                                                                  */

static void book_article_free(gpointer p)
{
    book_article *a = p;
    g_free(a->id);
    g_free(a->title);
    g_free(a->origin);
    g_free(a->language);
    g_array_unref(a->clips);
    for (guint i = 0; i < a->headings->len; i++) {
        g_free(g_array_index(a->headings, book_heading, i).text);
    }
    g_array_unref(a->headings);
    g_free(a);
}

static void book_section_free(gpointer p)
{
    book_section *s = p;
    g_free(s->id);
    g_free(s->title);
    g_free(s);
}

/* Removes a folder and everything in it (the files a book is made of: no subfolders deeper
 * than one level). */
static void remove_tree(const char *dir)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    const char *name;
    while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
        char *path = g_build_filename(dir, name, NULL);
        if (g_file_test(path, G_FILE_TEST_IS_DIR) && !g_file_test(path, G_FILE_TEST_IS_SYMLINK)) {
            remove_tree(path);
        } else {
            g_unlink(path);
        }
        g_free(path);
    }
    if (d != NULL) {
        g_dir_close(d);
    }
    g_rmdir(dir);
}

/* The headings inside an article, with the utterance each starts at. */
static void note_headings(book_article *ba, const docbao_article *a, const docbao_script *script)
{
    size_t last_block = SIZE_MAX;
    for (size_t i = 0; i < docbao_script_size(script); i++) {
        const docbao_utterance *u = docbao_script_get(script, i);
        if (u->field == DOCBAO_FIELD_BLOCK && u->block != last_block &&
            docbao_article_block_type(a, u->block) == DOCBAO_BLOCK_HEADING) {
            book_heading h = {i, g_strdup(docbao_article_block_text(a, u->block))};
            g_array_append_val(ba->headings, h);
        }
        if (u->field == DOCBAO_FIELD_BLOCK) {
            last_block = u->block;
        }
    }
}

static char *default_title(docbao_edition *ed)
{
    GDateTime *now = g_date_time_new_now_local();
    char *t;
    if (docbao_edition_size(ed) == 1) {
        docbao_entry_info info;
        docbao_edition_entry(ed, 0, &info);
        t = g_strdup(info.title);
    } else {
        t = g_date_time_format(now, _("Newspaper of %d/%m/%Y"));
    }
    g_date_time_unref(now);
    return t;
}

/* Makes the book's files in b->dir. */
static docbao_status make_book(book *b, docbao_edition *ed, docbao_normalizer *n,
                               docbao_synth *synth, const docbao_book_options *o,
                               docbao_error *err)
{
    size_t total = docbao_edition_size(ed);
    size_t section = SIZE_MAX;
    docbao_status st = DOCBAO_OK;
    gboolean daisy = b->format == DOCBAO_BOOK_DAISY202;
    unsigned sections = o->sections != 0 ? o->sections : DOCBAO_SECTION_ALL;

    if (daisy) {
        st = speak_name(b, "title.mp3", b->title, n, synth, o->profile, &b->title_clip,
                        o->cancel, err);
    }
    for (size_t i = 0; i < total && st == DOCBAO_OK; i++) {
        docbao_entry_info info;
        docbao_error skip = {0};
        docbao_article *a = docbao_edition_load(ed, i, &skip);
        docbao_script *script = NULL;
        book_article *ba;
        if (a != NULL) {
            script = docbao_script_new(a, n, o->profile, sections, &skip);
        }
        if (script == NULL) {
            /* Left out: an entry that cannot be read has no place in a book. */
            docbao_article_free(a);
            if (o->left_out != NULL) {
                char *why = docbao_edition_failure(ed, i);
                o->left_out(i, why, o->user);
                g_free(why);
            }
            if (o->progress != NULL) {
                o->progress((i + 1) * PROGRESS_STEPS, total * PROGRESS_STEPS, o->user);
            }
            continue;
        }
        docbao_edition_entry(ed, i, &info);
        if (info.section != section) {
            book_section *s = g_new0(book_section, 1);
            section = info.section;
            s->id = g_strdup_printf("s%03u", b->sections->len + 1);
            s->title = g_strdup(docbao_edition_section_title(ed, section));
            g_ptr_array_add(b->sections, s);
            if (daisy) {
                char *file = g_strconcat(s->id, ".mp3", NULL);
                char *said = g_strdup_printf(_("Section: %s."), s->title);
                st = speak_name(b, file, said, n, synth, o->profile, &s->name, o->cancel, err);
                g_free(said);
                g_free(file);
            }
        }
        ba = g_new0(book_article, 1);
        ba->id = g_strdup_printf("a%03u", b->articles->len + 1);
        ba->title = g_strdup(docbao_article_title(a));
        /* A page's address; a local file by its name only (the book is for others to read,
         * and the folders of the machine that made it are none of theirs). */
        ba->origin = info.origin != NULL && strstr(info.origin, "://") == NULL
                         ? g_path_get_basename(info.origin)
                         : g_strdup(info.origin != NULL ? info.origin : "");
        ba->language = g_strdup(docbao_article_language(a));
        ba->section = b->sections->len - 1;
        ba->clips = g_array_new(FALSE, TRUE, sizeof(book_clip));
        ba->headings = g_array_new(FALSE, TRUE, sizeof(book_heading));
        note_headings(ba, a, script);
        g_ptr_array_add(b->articles, ba);
        if (st == DOCBAO_OK) {
            char *file = g_strconcat(ba->id, ".mp3", NULL);
            clip_notes notes = {.clips = ba->clips, .opts = o, .entry = i, .entries = total};
            st = speak_to_mp3(b->audio_dir, file, script, synth, &notes, &ba->seconds,
                              o->cancel, err);
            ba->played = book_clips_played(ba->clips);
            g_free(file);
        }
        if (st == DOCBAO_OK && !(daisy ? book_daisy_article(b, ba, a, script, err)
                                       : book_epub_article(b, ba, a, script, err))) {
            st = err->status;
        }
        docbao_script_free(script);
        docbao_article_free(a);
        if (st == DOCBAO_OK && o->progress != NULL) {
            o->progress((i + 1) * PROGRESS_STEPS, total * PROGRESS_STEPS, o->user);
        }
    }
    if (st == DOCBAO_OK && b->articles->len == 0) {
        st = dbi_fail(err, DOCBAO_ERR_NO_ARTICLE, _("no article could be read for the book"));
    }
    return st;
}

/* The process's umask (reading it means setting it: it is set back at once). */
static mode_t current_umask(void)
{
    mode_t mask = umask(0);
    umask(mask);
    return mask;
}

/* Puts the finished book (a file or a folder) at path, replacing an earlier book there. */
static docbao_status put_in_place(const char *made, const char *path, gboolean folder,
                                  docbao_error *err)
{
    char *old = NULL;
    docbao_status st = DOCBAO_OK;
    if (folder && g_file_test(path, G_FILE_TEST_EXISTS)) {
        char *ncc = g_build_filename(path, "ncc.html", NULL);
        gboolean is_book = g_file_test(ncc, G_FILE_TEST_IS_REGULAR);
        g_free(ncc);
        if (!is_book) {
            return dbi_fail(err, DOCBAO_ERR_IO,
                            _("%s exists and is not a DAISY book; choose another name"), path);
        }
        old = g_strconcat(path, ".old", NULL);
        remove_tree(old);
        if (g_rename(path, old) != 0) {
            st = dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot replace it: %s"), path,
                          g_strerror(errno));
            g_free(old);
            return st;
        }
    }
    if (g_rename(made, path) != 0) {
        st = dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot write it: %s"), path, g_strerror(errno));
        if (old != NULL) {
            g_rename(old, path);
        }
    } else if (old != NULL) {
        remove_tree(old);
    }
    g_free(old);
    return st;
}

docbao_status docbao_book_write(docbao_edition *ed, docbao_normalizer *n, docbao_synth *synth,
                                const char *path, const docbao_book_options *o,
                                docbao_error *err)
{
    book b = {0};
    char *parent, *base, *templ, *zip = NULL;
    GDateTime *now;
    docbao_status st;
    gboolean daisy;

    if (path == NULL || path[0] == '\0' || o == NULL || o->profile == NULL) {
        return dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no book was asked for"));
    }
    daisy = o->format == DOCBAO_BOOK_DAISY202;
    if (!daisy && g_file_test(path, G_FILE_TEST_IS_DIR)) {
        return dbi_fail(err, DOCBAO_ERR_IO, _("%s: is a folder, not a file"), path);
    }
    parent = g_path_get_dirname(path);
    base = g_path_get_basename(path);
    templ = g_strdup_printf("%s/.%s.XXXXXX.part", parent, base);
    b.dir = g_mkdtemp(templ);
    if (b.dir == NULL) {
        st = dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot create the book there: %s"), parent,
                      g_strerror(errno));
        g_free(templ);
        g_free(parent);
        g_free(base);
        return st;
    }
    now = g_date_time_new_now_utc();
    b.format = o->format;
    b.title = o->title != NULL ? g_strdup(o->title) : default_title(ed);
    {
        char *uuid = g_uuid_string_random();
        b.identifier = g_strconcat("urn:uuid:", uuid, NULL);
        g_free(uuid);
    }
    b.date = g_date_time_format(now, "%Y-%m-%d");
    b.modified = g_date_time_format(now, "%Y-%m-%dT%H:%M:%SZ");
    g_date_time_unref(now);
    b.articles = g_ptr_array_new_with_free_func(book_article_free);
    b.sections = g_ptr_array_new_with_free_func(book_section_free);
    b.audio_dir = daisy ? g_strdup(b.dir) : book_epub_prepare(b.dir);

    st = b.audio_dir != NULL ? make_book(&b, ed, n, synth, o, err)
                             : dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot create the book there: %s"),
                                        parent, g_strerror(errno));
    if (st == DOCBAO_OK && daisy && !book_daisy_finish(&b, err)) {
        st = err->status;
    }
    if (st == DOCBAO_OK && !daisy) {
        zip = g_strdup_printf("%s/.%s.XXXXXX.epub.part", parent, base);
        {
            int fd = g_mkstemp(zip);
            if (fd < 0) {
                st = dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot create the book there: %s"),
                              parent, g_strerror(errno));
            } else {
                fchmod(fd, 0666 & ~current_umask());
                close(fd);
            }
        }
        if (st == DOCBAO_OK && !book_epub_finish(&b, zip, err)) {
            st = err->status;
        }
    }
    if (st == DOCBAO_OK && daisy) {
        /* The temporary folder was made private (0700); the book gets the permissions any new
         * folder would, so that it can be published or shared. */
        g_chmod(b.dir, 0777 & ~current_umask());
    }
    if (st == DOCBAO_OK) {
        st = put_in_place(daisy ? b.dir : zip, path, daisy, err);
    }
    if (!daisy || st != DOCBAO_OK) {
        remove_tree(b.dir);
    }
    if (zip != NULL) {
        g_unlink(zip); /* gone already when it was renamed into place */
    }
    g_free(zip);
    g_ptr_array_unref(b.articles);
    g_ptr_array_unref(b.sections);
    g_free(b.title);
    g_free(b.identifier);
    g_free(b.date);
    g_free(b.modified);
    g_free(b.dir);
    g_free(b.audio_dir);
    g_free(parent);
    g_free(base);
    return st;
}
