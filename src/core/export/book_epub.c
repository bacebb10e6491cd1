/*
 * EPUB 3 with Media Overlays. The package in the book's folder:
 *   mimetype, META-INF/container.xml,
 *   EPUB/package.opf, EPUB/nav.xhtml, EPUB/book.css,
 *   EPUB/text/aNNN.xhtml, EPUB/smil/aNNN.smil, EPUB/audio/aNNN.mp3
 * then zipped with libzip (loaded on first use), mimetype first and stored.
 */
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <zip.h>

#include "base/dynlib.h"
#include "base/internal.h"
#include "docbao/i18n.h"
#include "export/book.h"

#define ACTIVE_CLASS "-epub-media-overlay-active"

typedef struct {
    DBI_DYNFN(zip_open);
    DBI_DYNFN(zip_source_buffer);
    DBI_DYNFN(zip_source_file);
    DBI_DYNFN(zip_source_free);
    DBI_DYNFN(zip_file_add);
    DBI_DYNFN(zip_set_file_compression);
    DBI_DYNFN(zip_file_extra_field_delete);
    DBI_DYNFN(zip_close);
    DBI_DYNFN(zip_discard);
    DBI_DYNFN(zip_strerror);
} zip_api;
static zip_api zipl;
#define SYM(fn) DBI_DYNSYM(zip_api, fn)
static const dbi_dynsym zip_symbols[] = {
    SYM(zip_open),    SYM(zip_source_buffer),       SYM(zip_source_file),
    SYM(zip_source_free), SYM(zip_file_add),        SYM(zip_set_file_compression),
    SYM(zip_file_extra_field_delete), SYM(zip_close), SYM(zip_discard),
    SYM(zip_strerror), {NULL, 0},
};
#undef SYM
static dbi_dynlib zip_lib = {"libzip", {"libzip.so.4", "libzip.so.5"}, zip_symbols, &zipl, 0, ""};

char *book_epub_prepare(const char *dir)
{
    static const char *const folders[] = {"META-INF", "EPUB/text", "EPUB/smil", "EPUB/audio"};
    for (size_t i = 0; i < G_N_ELEMENTS(folders); i++) {
        char *path = g_build_filename(dir, folders[i], NULL);
        int ok = g_mkdir_with_parents(path, 0755);
        g_free(path);
        if (ok != 0) {
            return NULL;
        }
    }
    return g_build_filename(dir, "EPUB", "audio", NULL);
}

/* Opens an XHTML content document in language lang with its (escaped) title and the book's
 * style sheet at css, up to the start of its body. */
static void xhtml_open(GString *x, const char *lang, const char *title, const char *css)
{
    g_string_append_printf(x,
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<!DOCTYPE html>\n"
                           "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                           "xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"%s\" "
                           "xml:lang=\"%s\">\n<head>\n<meta charset=\"UTF-8\"/>\n"
                           "<title>%s</title>\n"
                           "<link rel=\"stylesheet\" type=\"text/css\" href=\"%s\"/>\n"
                           "</head>\n<body>\n",
                           lang, lang, title, css);
}

gboolean book_epub_article(book *b, const book_article *a, const docbao_article *article,
                           const docbao_script *script, docbao_error *err)
{
    GString *x = g_string_new(NULL);
    char *title = book_escape(a->title), *name, *dir;
    gboolean ok;

    /* The content document. */
    xhtml_open(x, a->language, title, "../book.css");
    g_string_append(x, "<section epub:type=\"chapter\" id=\"article\">\n");
    book_article_body(x, article, script, TRUE);
    g_string_append(x, "</section>\n</body>\n</html>\n");
    dir = g_build_filename(b->dir, "EPUB", "text", NULL);
    name = g_strconcat(a->id, ".xhtml", NULL);
    ok = book_write_file(dir, name, x, err);
    g_free(name);
    g_free(dir);

    /* Its media overlay: a par per sentence. */
    g_string_truncate(x, 0);
    g_string_append_printf(x,
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<smil xmlns=\"http://www.w3.org/ns/SMIL\" "
                           "xmlns:epub=\"http://www.idpf.org/2007/ops\" version=\"3.0\">\n"
                           "<body>\n<seq id=\"seq1\" epub:textref=\"../text/%s.xhtml#article\" "
                           "epub:type=\"chapter\">\n",
                           a->id);
    for (guint i = 0; i < a->clips->len; i++) {
        const book_clip *c = &g_array_index(a->clips, book_clip, i);
        g_string_append_printf(x,
                               "<par id=\"p%u\"><text src=\"../text/%s.xhtml#s%u\"/>"
                               "<audio src=\"../audio/%s.mp3\" clipBegin=\"%.3fs\" "
                               "clipEnd=\"%.3fs\"/></par>\n",
                               i, a->id, i, a->id, c->begin, c->end);
    }
    g_string_append(x, "</seq>\n</body>\n</smil>\n");
    if (ok) {
        dir = g_build_filename(b->dir, "EPUB", "smil", NULL);
        name = g_strconcat(a->id, ".smil", NULL);
        ok = book_write_file(dir, name, x, err);
        g_free(name);
        g_free(dir);
    }
    g_string_free(x, TRUE);
    g_free(title);
    return ok;
}

/* The navigation document: sections, their articles, and the headings in each. */
static GString *nav_document(const book *b)
{
    GString *x = g_string_new(NULL);
    char *title = book_escape(b->title);
    gboolean in_section = FALSE;
    size_t section = SIZE_MAX;
    xhtml_open(x, "vi", title, "book.css");
    g_string_append_printf(x, "<nav epub:type=\"toc\" id=\"toc\">\n<h1>%s</h1>\n<ol>\n", title);
    for (guint i = 0; i < b->articles->len; i++) {
        const book_article *a = g_ptr_array_index(b->articles, i);
        char *t = book_escape(a->title);
        if (a->section != section) {
            const book_section *s = g_ptr_array_index(b->sections, a->section);
            char *st = book_escape(s->title);
            if (in_section) {
                g_string_append(x, "</ol></li>\n");
            }
            g_string_append_printf(x, "<li><span>%s</span><ol>\n", st);
            g_free(st);
            section = a->section;
            in_section = TRUE;
        }
        g_string_append_printf(x, "<li><a href=\"text/%s.xhtml\">%s</a>", a->id, t);
        if (a->headings->len > 0) {
            g_string_append(x, "<ol>");
            for (guint k = 0; k < a->headings->len; k++) {
                const book_heading *h = &g_array_index(a->headings, book_heading, k);
                char *ht = book_escape(h->text);
                g_string_append_printf(x, "<li><a href=\"text/%s.xhtml#h%zu\">%s</a></li>", a->id,
                                       h->utterance, ht);
                g_free(ht);
            }
            g_string_append(x, "</ol>");
        }
        g_string_append(x, "</li>\n");
        g_free(t);
    }
    if (in_section) {
        g_string_append(x, "</ol></li>\n");
    }
    g_string_append(x, "</ol>\n</nav>\n</body>\n</html>\n");
    g_free(title);
    return x;
}

/* The package document: metadata (durations included), manifest and spine. */
static GString *package_document(const book *b)
{
    GString *x = g_string_new(NULL);
    char *title = book_escape(b->title), *total;
    double seconds = 0;
    GHashTable *sources = g_hash_table_new(g_str_hash, g_str_equal);
    g_string_append_printf(x,
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
                           "unique-identifier=\"bookid\" xml:lang=\"vi\">\n"
                           "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                           "<dc:identifier id=\"bookid\">%s</dc:identifier>\n"
                           "<dc:title>%s</dc:title>\n<dc:language>vi</dc:language>\n"
                           "<dc:date>%s</dc:date>\n<dc:publisher>docbao %s</dc:publisher>\n"
                           "<meta property=\"dcterms:modified\">%s</meta>\n",
                           b->identifier, title, b->date, docbao_version(), b->modified);
    for (guint i = 0; i < b->articles->len; i++) {
        const book_article *a = g_ptr_array_index(b->articles, i);
        char *clock = book_clock(a->played);
        if (!g_hash_table_contains(sources, a->origin)) {
            char *src = book_escape(a->origin);
            g_string_append_printf(x, "<dc:source>%s</dc:source>\n", src);
            g_free(src);
            g_hash_table_add(sources, a->origin);
        }
        g_string_append_printf(x, "<meta property=\"media:duration\" refines=\"#mo_%s\">%s</meta>\n",
                               a->id, clock);
        seconds += a->played;
        g_free(clock);
    }
    total = book_clock(seconds);
    g_string_append_printf(x,
                           "<meta property=\"media:duration\">%s</meta>\n"
                           "<meta property=\"media:narrator\">espeak-ng</meta>\n"
                           "<meta property=\"media:active-class\">%s</meta>\n</metadata>\n"
                           "<manifest>\n"
                           "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" "
                           "properties=\"nav\"/>\n"
                           "<item id=\"css\" href=\"book.css\" media-type=\"text/css\"/>\n",
                           total, ACTIVE_CLASS);
    for (guint i = 0; i < b->articles->len; i++) {
        const book_article *a = g_ptr_array_index(b->articles, i);
        g_string_append_printf(
            x,
            "<item id=\"%s\" href=\"text/%s.xhtml\" media-type=\"application/xhtml+xml\" "
            "media-overlay=\"mo_%s\"/>\n"
            "<item id=\"mo_%s\" href=\"smil/%s.smil\" media-type=\"application/smil+xml\"/>\n"
            "<item id=\"au_%s\" href=\"audio/%s.mp3\" media-type=\"audio/mpeg\"/>\n",
            a->id, a->id, a->id, a->id, a->id, a->id, a->id);
    }
    g_string_append(x, "</manifest>\n<spine>\n<itemref idref=\"nav\"/>\n");
    for (guint i = 0; i < b->articles->len; i++) {
        const book_article *a = g_ptr_array_index(b->articles, i);
        g_string_append_printf(x, "<itemref idref=\"%s\"/>\n", a->id);
    }
    g_string_append(x, "</spine>\n</package>\n");
    g_hash_table_unref(sources);
    g_free(total);
    g_free(title);
    return x;
}

/* Adds the file dir/name to the archive under name; stored (audio) or deflated (text). */
static gboolean add_file(zip_t *z, const char *dir, const char *name, gboolean store,
                         docbao_error *err)
{
    char *path = g_build_filename(dir, name, NULL);
    zip_source_t *src = zipl.zip_source_file(z, path, 0, -1);
    zip_int64_t idx = src != NULL ? zipl.zip_file_add(z, name, src, ZIP_FL_ENC_UTF_8) : -1;
    g_free(path);
    if (idx < 0) {
        if (src != NULL) {
            zipl.zip_source_free(src);
        }
        dbi_fail(err, DOCBAO_ERR_IO, _("cannot add %s to the book: %s"), name,
                 zipl.zip_strerror(z));
        return FALSE;
    }
    zipl.zip_set_file_compression(z, (zip_uint64_t)idx, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
    return TRUE;
}

gboolean book_epub_finish(book *b, const char *zip_path, docbao_error *err)
{
    static const char mimetype[] = "application/epub+zip";
    static const char container[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
        "<rootfiles><rootfile full-path=\"EPUB/package.opf\" "
        "media-type=\"application/oebps-package+xml\"/></rootfiles>\n</container>\n";
    static const char css[] =
        "body { font-family: serif; line-height: 1.5; margin: 1em; }\n"
        ".lead { font-weight: bold; }\n"
        "figcaption { font-style: italic; }\n"
        "." ACTIVE_CLASS " { background-color: #ffea00; color: #000000; }\n";
    GString *x;
    gboolean ok;
    char *epub = g_build_filename(b->dir, "EPUB", NULL);
    GString *fixed;
    zip_t *z;
    int zerr = 0;
    zip_source_t *src;
    zip_int64_t idx;

    fixed = g_string_new(container);
    ok = book_write_file(b->dir, "META-INF/container.xml", fixed, err);
    g_string_assign(fixed, css);
    ok = ok && book_write_file(epub, "book.css", fixed, err);
    g_string_free(fixed, TRUE);
    x = nav_document(b);
    ok = ok && book_write_file(epub, "nav.xhtml", x, err);
    g_string_free(x, TRUE);
    x = package_document(b);
    ok = ok && book_write_file(epub, "package.opf", x, err);
    g_string_free(x, TRUE);
    g_free(epub);
    if (!ok) {
        return FALSE;
    }
    if (!dbi_dynlib_load(&zip_lib, DOCBAO_ERR_IO, err)) {
        return FALSE;
    }
    z = zipl.zip_open(zip_path, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (z == NULL) {
        dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot write the book (libzip error %d)"), zip_path,
                 zerr);
        return FALSE;
    }
    /* The mimetype first, stored, without extra fields: how reading systems know an EPUB. */
    src = zipl.zip_source_buffer(z, mimetype, sizeof mimetype - 1, 0);
    idx = src != NULL ? zipl.zip_file_add(z, "mimetype", src, ZIP_FL_ENC_GUESS) : -1;
    ok = idx >= 0;
    if (ok) {
        zipl.zip_set_file_compression(z, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
        zipl.zip_file_extra_field_delete(z, (zip_uint64_t)idx, ZIP_EXTRA_FIELD_ALL,
                                         ZIP_FL_CENTRAL | ZIP_FL_LOCAL);
    } else if (src != NULL) {
        zipl.zip_source_free(src);
    }
    ok = ok && add_file(z, b->dir, "META-INF/container.xml", FALSE, err);
    ok = ok && add_file(z, b->dir, "EPUB/package.opf", FALSE, err);
    ok = ok && add_file(z, b->dir, "EPUB/nav.xhtml", FALSE, err);
    ok = ok && add_file(z, b->dir, "EPUB/book.css", FALSE, err);
    for (guint i = 0; ok && i < b->articles->len; i++) {
        const book_article *a = g_ptr_array_index(b->articles, i);
        char *text = g_strdup_printf("EPUB/text/%s.xhtml", a->id);
        char *smil = g_strdup_printf("EPUB/smil/%s.smil", a->id);
        char *audio = g_strdup_printf("EPUB/audio/%s.mp3", a->id);
        ok = add_file(z, b->dir, text, FALSE, err) && add_file(z, b->dir, smil, FALSE, err) &&
             add_file(z, b->dir, audio, TRUE, err);
        g_free(text);
        g_free(smil);
        g_free(audio);
    }
    if (!ok) {
        zipl.zip_discard(z);
        return FALSE;
    }
    /* zip_close() reads the sources and writes the archive (to a temporary file, renamed). */
    if (zipl.zip_close(z) != 0) {
        dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot write the book: %s"), zip_path,
                 zipl.zip_strerror(z));
        zipl.zip_discard(z);
        return FALSE;
    }
    return TRUE;
}
