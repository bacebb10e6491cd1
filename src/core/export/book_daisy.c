/*
 * DAISY 2.02, audio and full text. The book's folder holds:
 *   ncc.html           the navigation: the title (h1 class="title"), a level-1 heading per
 *                      section, level 2 per article, level 3 per heading inside an article
 *   title.smil/.mp3    the book's spoken title; sNNN.smil/.mp3 each section's spoken name
 *   aNNN.html          an article's text, every sentence in a span with an id
 *   aNNN.smil/.mp3     its synchronisation: a par per sentence (text and audio clip)
 * Every heading of ncc.html points at the text element of a par, as players expect.
 */
#include <string.h>

#include "base/internal.h"
#include "docbao/i18n.h"
#include "export/book.h"

static double clip_length(const book_clip *c)
{
    return c->end - c->begin;
}

/* The book's time before the SMIL file of article upto, in reading order. */
static double elapsed_before(const book *b, const book_article *upto)
{
    double t = clip_length(&b->title_clip);
    size_t section = SIZE_MAX;
    for (guint i = 0; i < b->articles->len; i++) {
        const book_article *a = g_ptr_array_index(b->articles, i);
        if (a->section != section) {
            t += clip_length(&((const book_section *)g_ptr_array_index(b->sections, a->section))->name);
            section = a->section;
        }
        if (a == upto) {
            return t;
        }
        t += a->played;
    }
    return t;
}

/* Opens an XHTML 1.0 document (content or ncc.html) in language lang with its (escaped)
 * title, up to the rest of its head. */
static void xhtml_open(GString *x, const char *lang, const char *title)
{
    g_string_append_printf(x,
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                           "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
                           "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%s\" "
                           "xml:lang=\"%s\">\n<head>\n"
                           "<meta http-equiv=\"Content-Type\" content=\"text/html; "
                           "charset=utf-8\"/>\n<title>%s</title>\n",
                           lang, lang, title);
}

/* A SMIL 1.0 file: head with the DAISY metadata, then the pars written by the caller. */
static void smil_open(GString *x, const book *b, double elapsed, double seconds)
{
    char *title = book_escape(b->title), *el = book_clock(elapsed), *in = book_clock(seconds);
    g_string_append_printf(x,
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<!DOCTYPE smil PUBLIC \"-//W3C//DTD SMIL 1.0//EN\" "
                           "\"http://www.w3.org/TR/REC-smil/SMIL10.dtd\">\n"
                           "<smil>\n<head>\n"
                           "<meta name=\"dc:format\" content=\"Daisy 2.02\"/>\n"
                           "<meta name=\"dc:title\" content=\"%s\"/>\n"
                           "<meta name=\"dc:identifier\" content=\"%s\"/>\n"
                           "<meta name=\"ncc:generator\" content=\"docbao %s\"/>\n"
                           "<meta name=\"ncc:totalElapsedTime\" content=\"%s\"/>\n"
                           "<meta name=\"ncc:timeInThisSmil\" content=\"%s\"/>\n"
                           "<layout><region id=\"txtView\"/></layout>\n"
                           "</head>\n<body>\n<seq dur=\"%.3fs\">\n",
                           title, b->identifier, docbao_version(), el, in, seconds);
    g_free(title);
    g_free(el);
    g_free(in);
}

static void smil_par(GString *x, unsigned n, const char *text_src, const char *audio,
                     double begin, double end)
{
    g_string_append_printf(x,
                           "<par endsync=\"last\" id=\"p%u\">\n"
                           "<text src=\"%s\" id=\"t%u\"/>\n"
                           "<audio src=\"%s\" clip-begin=\"npt=%.3fs\" clip-end=\"npt=%.3fs\" "
                           "id=\"au%u\"/>\n</par>\n",
                           n, text_src, n, audio, begin, end, n);
}

static void smil_close(GString *x)
{
    g_string_append(x, "</seq>\n</body>\n</smil>\n");
}

gboolean book_daisy_article(book *b, const book_article *a, const docbao_article *article,
                            const docbao_script *script, docbao_error *err)
{
    GString *x = g_string_new(NULL);
    char *title = book_escape(a->title), *name, *audio;
    gboolean ok;

    xhtml_open(x, a->language, title);
    g_string_append(x, "</head>\n<body>\n");
    book_article_body(x, article, script, FALSE);
    g_string_append(x, "</body>\n</html>\n");
    name = g_strconcat(a->id, ".html", NULL);
    ok = book_write_file(b->dir, name, x, err);
    g_free(name);

    g_string_truncate(x, 0);
    smil_open(x, b, elapsed_before(b, a), a->played);
    audio = g_strconcat(a->id, ".mp3", NULL);
    for (guint i = 0; i < a->clips->len; i++) {
        const book_clip *c = &g_array_index(a->clips, book_clip, i);
        char *src = g_strdup_printf("%s.html#s%u", a->id, i);
        smil_par(x, i, src, audio, c->begin, c->end);
        g_free(src);
    }
    smil_close(x);
    if (ok) {
        name = g_strconcat(a->id, ".smil", NULL);
        ok = book_write_file(b->dir, name, x, err);
        g_free(name);
    }
    g_free(audio);
    g_string_free(x, TRUE);
    g_free(title);
    return ok;
}

/* A SMIL file for a spoken name (the title, a section) whose text is a heading of ncc.html. */
static gboolean name_smil(book *b, const char *id, const char *heading_id, double elapsed,
                          const book_clip *clip, docbao_error *err)
{
    GString *x = g_string_new(NULL);
    char *src = g_strdup_printf("ncc.html#%s", heading_id);
    char *audio = g_strconcat(id, ".mp3", NULL), *name = g_strconcat(id, ".smil", NULL);
    gboolean ok;
    smil_open(x, b, elapsed, clip_length(clip));
    smil_par(x, 0, src, audio, clip->begin, clip->end);
    smil_close(x);
    ok = book_write_file(b->dir, name, x, err);
    g_string_free(x, TRUE);
    g_free(src);
    g_free(audio);
    g_free(name);
    return ok;
}

gboolean book_daisy_finish(book *b, docbao_error *err)
{
    GString *body = g_string_new(NULL), *x = g_string_new(NULL);
    char *title = book_escape(b->title), *total;
    size_t section = SIZE_MAX;
    unsigned headings = 1, depth = 1, files = 1 + 2; /* ncc.html, title.smil, title.mp3 */
    double seconds = clip_length(&b->title_clip);
    gboolean ok = name_smil(b, "title", "h_title", 0.0, &b->title_clip, err);
    GHashTable *sources = g_hash_table_new(g_str_hash, g_str_equal);
    GString *source_meta = g_string_new(NULL);

    g_string_append_printf(body, "<h1 class=\"title\" id=\"h_title\"><a href=\"title.smil#t0\">%s</a></h1>\n",
                           title);
    for (guint i = 0; ok && i < b->articles->len; i++) {
        const book_article *a = g_ptr_array_index(b->articles, i);
        char *t = book_escape(a->title);
        if (a->section != section) {
            const book_section *s = g_ptr_array_index(b->sections, a->section);
            char *st = book_escape(s->title), *hid = g_strconcat("h_", s->id, NULL);
            section = a->section;
            g_string_append_printf(body, "<h1 id=\"%s\"><a href=\"%s.smil#t0\">%s</a></h1>\n",
                                   hid, s->id, st);
            ok = name_smil(b, s->id, hid, seconds, &s->name, err);
            seconds += clip_length(&s->name);
            headings++;
            files += 2;
            g_free(st);
            g_free(hid);
        }
        g_string_append_printf(body, "<h2 id=\"h_%s\"><a href=\"%s.smil#t0\">%s</a></h2>\n",
                               a->id, a->id, t);
        depth = MAX(depth, 2);
        headings++;
        files += 3;
        for (guint k = 0; k < a->headings->len; k++) {
            const book_heading *h = &g_array_index(a->headings, book_heading, k);
            char *ht = book_escape(h->text);
            g_string_append_printf(body, "<h3 id=\"h_%s_%zu\"><a href=\"%s.smil#t%zu\">%s</a></h3>\n",
                                   a->id, h->utterance, a->id, h->utterance, ht);
            g_free(ht);
            depth = 3;
            headings++;
        }
        if (!g_hash_table_contains(sources, a->origin)) {
            char *src = book_escape(a->origin);
            g_string_append_printf(source_meta, "<meta name=\"dc:source\" content=\"%s\"/>\n", src);
            g_free(src);
            g_hash_table_add(sources, a->origin);
        }
        seconds += a->played;
        g_free(t);
    }
    total = book_hms(seconds);
    xhtml_open(x, "vi", title);
    g_string_append_printf(
        x,
        "<meta name=\"dc:title\" content=\"%s\"/>\n"
        "<meta name=\"dc:creator\" content=\"docbao\"/>\n"
        "<meta name=\"dc:date\" content=\"%s\" scheme=\"yyyy-mm-dd\"/>\n"
        "<meta name=\"dc:format\" content=\"Daisy 2.02\"/>\n"
        "<meta name=\"dc:identifier\" content=\"%s\"/>\n"
        "<meta name=\"dc:language\" content=\"vi\" scheme=\"ISO 639\"/>\n"
        "<meta name=\"dc:publisher\" content=\"docbao\"/>\n"
        "%s"
        "<meta name=\"ncc:charset\" content=\"utf-8\"/>\n"
        "<meta name=\"ncc:generator\" content=\"docbao %s\"/>\n"
        "<meta name=\"ncc:narrator\" content=\"espeak-ng\"/>\n"
        "<meta name=\"ncc:multimediaType\" content=\"audioFullText\"/>\n"
        "<meta name=\"ncc:setInfo\" content=\"1 of 1\"/>\n"
        "<meta name=\"ncc:depth\" content=\"%u\"/>\n"
        "<meta name=\"ncc:tocItems\" content=\"%u\"/>\n"
        "<meta name=\"ncc:pageFront\" content=\"0\"/>\n"
        "<meta name=\"ncc:pageNormal\" content=\"0\"/>\n"
        "<meta name=\"ncc:pageSpecial\" content=\"0\"/>\n"
        "<meta name=\"ncc:maxPageNormal\" content=\"0\"/>\n"
        "<meta name=\"ncc:totalTime\" content=\"%s\"/>\n"
        "<meta name=\"ncc:files\" content=\"%u\"/>\n"
        "</head>\n<body>\n%s</body>\n</html>\n",
        title, b->date, b->identifier, source_meta->str, docbao_version(), depth,
        headings, total, files, body->str);
    ok = ok && book_write_file(b->dir, "ncc.html", x, err);
    g_hash_table_unref(sources);
    g_string_free(source_meta, TRUE);
    g_string_free(body, TRUE);
    g_string_free(x, TRUE);
    g_free(total);
    g_free(title);
    return ok;
}
