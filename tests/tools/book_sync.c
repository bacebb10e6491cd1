/*
 * book_sync: judges a talking book's synchronisation against its audio. For every clip of the
 * book's SMIL files (a par's audio: the sentence the par reads), it finds where speech begins
 * and ends in the audio itself and reports how far the clip's begin and end are from there.
 *
 *   book_sync [--tolerance=MS] [--threshold=DBFS] [--min-gap=MS] [--verbose] BOOK...
 *
 * BOOK is a DAISY 2.02 folder (ncc.html, the SMIL files it links to, their audio clips as
 * clip-begin="npt=1.234s"), or an EPUB 3 with Media Overlays, as a .epub file or unzipped in a
 * folder (the package's overlays in spine order, clipBegin="0:00:01.234"). Clock values may take
 * every form SMIL gives them: full clock (1:02:03.5), partial clock (02:03.5) and timecount
 * (3.5, 3.5s, 3500ms, 0.5min, 1h), with or without DAISY's "npt=".
 *
 * The audio is judged without the book's own numbers: it is decoded (libsndfile; MP3 is decoded
 * gaplessly), and a 5 ms window louder than the threshold (-45 dBFS RMS) is speech; speech
 * begins at the first sample of such a window that reaches the threshold's amplitude, and ends
 * after the last one. Speech separated by less than --min-gap (20 ms) of silence is one run.
 * The clips of an audio file divide it at the middle of the gaps between them, and each run
 * belongs to the clip on whose side its middle lies. A clip's begin error is its clipBegin minus
 * the onset of its first run; its end error is its clipEnd minus the offset of its last run
 * (negative: the clip starts early, or cuts speech at its end). So speech left outside every
 * clip counts against the nearest clip, a boundary drawn inside speech shows as errors on both
 * sides, and a clip without speech fails.
 *
 * Where speech begins and ends is a matter of level: -45 dBFS is about 25 dB below the voice's
 * average and clear of MP3's coding noise (which, in the engine's digital silence, stays within
 * 5 ms of a sound above that level). Some sounds lie near it: espeak-ng starts some syllables
 * softly (up to 40 ms between -45 and -40 dBFS) and closes some final consonants with a faint
 * release (about -48 dBFS, 20 to 30 ms after the vowel); --threshold shows what moves with it.
 *
 * Prints, per book, the number of clips and the largest and mean |error| of begins and ends,
 * and a line of key=value pairs for scripts. Exit status: 0 when every error is within the
 * tolerance (30 ms), 1 when some is not (the worst clips are listed), 2 when a book cannot be
 * read or its clock values cannot be parsed.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

typedef struct {
    double tolerance_ms;
    double threshold_db;
    double window_ms;
    double min_gap_ms;
    int list;
    gboolean verbose;
} options;

/* ---------------------------------------------------------------------------------------- */
/* A book's files, from a folder or a zip archive                                            */

typedef struct {
    const char *path; /* as given on the command line */
    char *dir;        /* the folder, or NULL */
    zip_t *zip;       /* or the archive */
} book_files;

/* Reads the file at name (a path inside the book, '/'-separated) whole. NULL with *err set. */
static GBytes *book_read(const book_files *b, const char *name, GError **err)
{
    if (b->dir != NULL) {
        char *path = g_build_filename(b->dir, name, NULL), *data = NULL;
        gsize len = 0;
        gboolean ok = g_file_get_contents(path, &data, &len, err);
        g_free(path);
        return ok ? g_bytes_new_take(data, len) : NULL;
    }
    {
        zip_stat_t st;
        zip_file_t *f;
        guint8 *data;
        zip_int64_t got;
        zip_stat_init(&st);
        if (zip_stat(b->zip, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
            g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: no %s in the archive", b->path,
                        name);
            return NULL;
        }
        f = zip_fopen(b->zip, name, 0);
        if (f == NULL) {
            g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_IO, "%s: %s: %s", b->path, name,
                        zip_strerror(b->zip));
            return NULL;
        }
        data = g_malloc(st.size + 1);
        got = zip_fread(f, data, st.size);
        zip_fclose(f);
        if (got < 0 || (zip_uint64_t)got != st.size) {
            g_free(data);
            g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_IO, "%s: %s: cannot read it", b->path,
                        name);
            return NULL;
        }
        return g_bytes_new_take(data, st.size);
    }
}

static gboolean book_has(const book_files *b, const char *name)
{
    if (b->dir != NULL) {
        char *path = g_build_filename(b->dir, name, NULL);
        gboolean ok = g_file_test(path, G_FILE_TEST_IS_REGULAR);
        g_free(path);
        return ok;
    }
    return zip_name_locate(b->zip, name, 0) >= 0;
}

/* The folder part of a path inside the book ("" at the top), g_free() it. */
static char *dir_of(const char *name)
{
    const char *slash = strrchr(name, '/');
    return slash != NULL ? g_strndup(name, (gsize)(slash - name)) : g_strdup("");
}

/*
 * Resolves a reference (an href or src, relative to the folder base inside the book) to a path
 * inside the book: the fragment dropped, %-escapes decoded, "." and ".." applied. NULL when it
 * points outside the book (another scheme, or above its top). g_free() it.
 */
static char *resolve(const char *base, const char *ref)
{
    char *plain = g_strndup(ref, strcspn(ref, "#?"));
    char *decoded = g_uri_unescape_string(plain, NULL);
    char *joined, **parts;
    GPtrArray *out = g_ptr_array_new();
    char *result = NULL;
    const char *r = decoded != NULL ? decoded : plain;
    gboolean outside = strchr(r, ':') != NULL || r[0] == '\0';
    joined = r[0] == '/' || base[0] == '\0' ? g_strdup(r) : g_strconcat(base, "/", r, NULL);
    parts = g_strsplit(joined, "/", -1);
    for (char **p = parts; *p != NULL && !outside; p++) {
        if (**p == '\0' || strcmp(*p, ".") == 0) {
            continue;
        }
        if (strcmp(*p, "..") == 0) {
            if (out->len == 0) {
                outside = TRUE;
            } else {
                g_ptr_array_remove_index(out, out->len - 1);
            }
            continue;
        }
        g_ptr_array_add(out, *p);
    }
    if (!outside && out->len > 0) {
        g_ptr_array_add(out, NULL);
        result = g_strjoinv("/", (char **)out->pdata);
    }
    g_ptr_array_free(out, TRUE);
    g_strfreev(parts);
    g_free(joined);
    g_free(decoded);
    g_free(plain);
    return result;
}

/* ---------------------------------------------------------------------------------------- */
/* Clock values                                                                              */

/* Reads DIGIT+ ("." DIGIT+)? at *p (the fraction only when allowed), advancing *p. */
static gboolean read_number(const char **p, gboolean fraction, int max_digits, double *out)
{
    const char *s = *p;
    double v = 0;
    int digits = 0;
    while (g_ascii_isdigit(*s)) {
        v = v * 10 + (*s - '0');
        s++;
        digits++;
    }
    if (digits == 0 || (max_digits > 0 && digits > max_digits)) {
        return FALSE;
    }
    if (fraction && *s == '.') {
        double scale = 0.1;
        s++;
        if (!g_ascii_isdigit(*s)) {
            return FALSE;
        }
        while (g_ascii_isdigit(*s)) {
            v += (*s - '0') * scale;
            scale /= 10;
            s++;
        }
    }
    *p = s;
    *out = v;
    return TRUE;
}

/*
 * Parses a SMIL clock value into seconds: "npt=" (SMIL 1.0, DAISY 2.02) optional, then a full
 * clock value (hours:mm:ss[.fraction]), a partial one (mm:ss[.fraction]) or a timecount
 * (number[.fraction] with h, min, s or ms, seconds when none). FALSE when it is none of these.
 */
static gboolean parse_clock(const char *text, double *seconds)
{
    char *copy = g_strstrip(g_strdup(text));
    const char *p = copy;
    double a = 0, b = 0, c = 0;
    gboolean ok = FALSE;
    if (g_str_has_prefix(p, "npt=")) {
        p += 4;
    }
    if (strchr(p, ':') != NULL) {
        int colons = 0;
        for (const char *q = p; *q != '\0'; q++) {
            colons += *q == ':';
        }
        if (colons == 2) {
            ok = read_number(&p, FALSE, 0, &a) && *p++ == ':' && read_number(&p, FALSE, 2, &b) &&
                 *p++ == ':' && read_number(&p, TRUE, 0, &c) && *p == '\0' && b < 60 && c < 60;
            if (ok) {
                *seconds = a * 3600 + b * 60 + c;
            }
        } else if (colons == 1) {
            ok = read_number(&p, FALSE, 2, &b) && *p++ == ':' && read_number(&p, TRUE, 0, &c) &&
                 *p == '\0' && b < 60 && c < 60;
            if (ok) {
                *seconds = b * 60 + c;
            }
        }
    } else if (read_number(&p, TRUE, 0, &a)) {
        static const struct {
            const char *unit;
            double scale;
        } units[] = {{"", 1}, {"s", 1}, {"ms", 0.001}, {"min", 60}, {"h", 3600}};
        for (size_t i = 0; i < G_N_ELEMENTS(units) && !ok; i++) {
            if (strcmp(p, units[i].unit) == 0) {
                *seconds = a * units[i].scale;
                ok = TRUE;
            }
        }
    }
    g_free(copy);
    return ok;
}

/* ---------------------------------------------------------------------------------------- */
/* The clips of the book                                                                     */

typedef struct {
    char *smil;        /* the SMIL file, inside the book */
    char *id;          /* its par's id (or the audio element's), "" when it has none */
    char *audio;       /* the audio file, inside the book */
    double begin, end; /* seconds; end < 0 until the file's length is known: to its end */
    /* From the audio: where the clip's speech begins and ends (NAN: it has none). */
    double onset, offset;
    double begin_err, end_err;
} clip;

static void clip_clear(gpointer p)
{
    clip *c = p;
    g_free(c->smil);
    g_free(c->id);
    g_free(c->audio);
}

static const char *attr_any(xmlNode *n, const char *a, const char *b, xmlChar **keep)
{
    *keep = xmlGetProp(n, (const xmlChar *)a);
    if (*keep == NULL && b != NULL) {
        *keep = xmlGetProp(n, (const xmlChar *)b);
    }
    return (const char *)*keep;
}

static gboolean named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && g_ascii_strcasecmp((const char *)n->name, name) == 0;
}

/*
 * Adds the clip of one audio element, read in the SMIL file smil (whose folder is base), to
 * clips; par_id names it. Consecutive audio elements of a par that continue one another in the
 * same file are one clip. FALSE with *err set when a clock value cannot be read.
 */
static gboolean add_audio(GArray *clips, xmlNode *audio, const char *smil, const char *base,
                          const char *par_id, gboolean same_par, GError **err)
{
    xmlChar *src_x, *begin_x, *end_x, *id_x;
    const char *src = attr_any(audio, "src", NULL, &src_x);
    const char *begin = attr_any(audio, "clipBegin", "clip-begin", &begin_x);
    const char *end = attr_any(audio, "clipEnd", "clip-end", &end_x);
    const char *id = attr_any(audio, "id", NULL, &id_x);
    clip c = {0};
    gboolean ok = TRUE;
    c.begin = 0;
    c.end = -1;
    if (src == NULL || (c.audio = resolve(base, src)) == NULL) {
        g_set_error(err, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                    "%s, line %ld: an audio element without a src inside the book", smil,
                    xmlGetLineNo(audio));
        ok = FALSE;
    } else if ((begin != NULL && !parse_clock(begin, &c.begin)) ||
               (end != NULL && !parse_clock(end, &c.end))) {
        g_set_error(err, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                    "%s, line %ld: clip values \"%s\", \"%s\" are not SMIL clock values", smil,
                    xmlGetLineNo(audio), begin != NULL ? begin : "", end != NULL ? end : "");
        ok = FALSE;
    }
    if (ok && same_par && clips->len > 0) {
        clip *last = &g_array_index(clips, clip, clips->len - 1);
        if (strcmp(last->audio, c.audio) == 0 && last->end >= 0 &&
            fabs(last->end - c.begin) < 0.001) {
            last->end = c.end;
            g_free(c.audio);
            xmlFree(src_x);
            xmlFree(begin_x);
            xmlFree(end_x);
            xmlFree(id_x);
            return TRUE;
        }
    }
    if (ok) {
        c.smil = g_strdup(smil);
        c.id = g_strdup(par_id != NULL ? par_id : id != NULL ? id : "");
        c.onset = c.offset = NAN;
        g_array_append_val(clips, c);
    } else {
        g_free(c.audio);
    }
    xmlFree(src_x);
    xmlFree(begin_x);
    xmlFree(end_x);
    xmlFree(id_x);
    return ok;
}

/* Every audio element under node, in document order; par_id: the enclosing par's id. */
static gboolean walk_smil(GArray *clips, xmlNode *node, const char *smil, const char *base,
                          const char *par_id, GError **err)
{
    gboolean first_in_par = TRUE;
    for (xmlNode *n = node; n != NULL; n = n->next) {
        if (named(n, "par")) {
            xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
            gboolean ok = walk_smil(clips, n->children, smil, base, (const char *)id, err);
            xmlFree(id);
            if (!ok) {
                return FALSE;
            }
        } else if (named(n, "audio")) {
            if (!add_audio(clips, n, smil, base, par_id, par_id != NULL && !first_in_par, err)) {
                return FALSE;
            }
            first_in_par = FALSE;
        } else if (n->type == XML_ELEMENT_NODE &&
                   !walk_smil(clips, n->children, smil, base, par_id, err)) {
            return FALSE;
        }
    }
    return TRUE;
}

/* Adds name to the list of SMIL files once. */
static void add_once(GPtrArray *list, char *name)
{
    for (guint i = 0; i < list->len; i++) {
        if (strcmp(g_ptr_array_index(list, i), name) == 0) {
            g_free(name);
            return;
        }
    }
    g_ptr_array_add(list, name);
}

static void collect_hrefs(xmlNode *node, const char *base, GPtrArray *smils)
{
    for (xmlNode *n = node; n != NULL; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) {
            continue;
        }
        if (named(n, "a")) {
            xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
            char *path = href != NULL ? resolve(base, (const char *)href) : NULL;
            char *lower = path != NULL ? g_ascii_strdown(path, -1) : NULL;
            if (lower != NULL && g_str_has_suffix(lower, ".smil")) {
                add_once(smils, path);
            } else {
                g_free(path);
            }
            g_free(lower);
            xmlFree(href);
        }
        collect_hrefs(n->children, base, smils);
    }
}

/* DAISY 2.02: the SMIL files in the order ncc.html links to them. */
static gboolean daisy_smils(const book_files *b, const char *ncc, GPtrArray *smils, GError **err)
{
    GBytes *bytes = book_read(b, ncc, err);
    htmlDocPtr doc;
    char *base;
    if (bytes == NULL) {
        return FALSE;
    }
    doc = htmlReadMemory(g_bytes_get_data(bytes, NULL), (int)g_bytes_get_size(bytes), ncc, NULL,
                         HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    g_bytes_unref(bytes);
    if (doc == NULL) {
        g_set_error(err, G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE, "%s: cannot be parsed", ncc);
        return FALSE;
    }
    base = dir_of(ncc);
    collect_hrefs(xmlDocGetRootElement(doc), base, smils);
    g_free(base);
    xmlFreeDoc(doc);
    return TRUE;
}

static xmlNode *child(xmlNode *parent, const char *name)
{
    for (xmlNode *n = parent != NULL ? parent->children : NULL; n != NULL; n = n->next) {
        if (named(n, name)) {
            return n;
        }
    }
    return NULL;
}

static xmlDoc *read_xml(const book_files *b, const char *name, GError **err)
{
    GBytes *bytes = book_read(b, name, err);
    xmlDoc *doc;
    if (bytes == NULL) {
        return NULL;
    }
    doc = xmlReadMemory(g_bytes_get_data(bytes, NULL), (int)g_bytes_get_size(bytes), name, NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    g_bytes_unref(bytes);
    if (doc == NULL) {
        g_set_error(err, G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE, "%s: not well-formed XML", name);
    }
    return doc;
}

static gboolean read_smil(const book_files *b, const char *smil, GArray *clips, GError **err)
{
    xmlDoc *doc = read_xml(b, smil, err);
    char *base;
    gboolean ok;
    if (doc == NULL) {
        return FALSE;
    }
    base = dir_of(smil);
    ok = walk_smil(clips, xmlDocGetRootElement(doc), smil, base, NULL, err);
    g_free(base);
    xmlFreeDoc(doc);
    return ok;
}

static int by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* EPUB 3: the media overlays of the spine's items in reading order, then any other overlay of
 * the manifest. */
static gboolean epub_smils(const book_files *b, GPtrArray *smils, GError **err)
{
    xmlDoc *container = read_xml(b, "META-INF/container.xml", err), *opf;
    xmlNode *rootfiles, *manifest, *spine;
    xmlChar *full_path = NULL;
    char *opf_name, *base;
    GHashTable *hrefs, *overlays, *types;
    if (container == NULL) {
        return FALSE;
    }
    rootfiles = child(xmlDocGetRootElement(container), "rootfiles");
    for (xmlNode *n = rootfiles != NULL ? rootfiles->children : NULL; n && !full_path;
         n = n->next) {
        if (named(n, "rootfile")) {
            full_path = xmlGetProp(n, (const xmlChar *)"full-path");
        }
    }
    xmlFreeDoc(container);
    if (full_path == NULL) {
        g_set_error(err, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                    "META-INF/container.xml names no package document");
        return FALSE;
    }
    opf_name = resolve("", (const char *)full_path);
    xmlFree(full_path);
    opf = opf_name != NULL ? read_xml(b, opf_name, err) : NULL;
    if (opf == NULL) {
        if (opf_name == NULL) {
            g_set_error(err, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                        "the package document's path is outside the book");
        }
        g_free(opf_name);
        return FALSE;
    }
    base = dir_of(opf_name);
    hrefs = g_hash_table_new_full(g_str_hash, g_str_equal, xmlFree, g_free);
    overlays = g_hash_table_new_full(g_str_hash, g_str_equal, xmlFree, xmlFree);
    types = g_hash_table_new_full(g_str_hash, g_str_equal, xmlFree, xmlFree);
    manifest = child(xmlDocGetRootElement(opf), "manifest");
    spine = child(xmlDocGetRootElement(opf), "spine");
    for (xmlNode *n = manifest != NULL ? manifest->children : NULL; n != NULL; n = n->next) {
        xmlChar *id, *href, *mo;
        if (!named(n, "item")) {
            continue;
        }
        id = xmlGetProp(n, (const xmlChar *)"id");
        href = xmlGetProp(n, (const xmlChar *)"href");
        mo = xmlGetProp(n, (const xmlChar *)"media-overlay");
        if (id != NULL && href != NULL) {
            g_hash_table_insert(hrefs, xmlStrdup(id), resolve(base, (const char *)href));
            g_hash_table_insert(types, xmlStrdup(id), xmlGetProp(n, (const xmlChar *)"media-type"));
            if (mo != NULL) {
                g_hash_table_insert(overlays, xmlStrdup(id), xmlStrdup(mo));
            }
        }
        xmlFree(id);
        xmlFree(href);
        xmlFree(mo);
    }
    for (xmlNode *n = spine != NULL ? spine->children : NULL; n != NULL; n = n->next) {
        xmlChar *idref;
        const char *mo, *href;
        if (!named(n, "itemref")) {
            continue;
        }
        idref = xmlGetProp(n, (const xmlChar *)"idref");
        mo = idref != NULL ? g_hash_table_lookup(overlays, idref) : NULL;
        href = mo != NULL ? g_hash_table_lookup(hrefs, mo) : NULL;
        if (href != NULL) {
            add_once(smils, g_strdup(href));
        }
        xmlFree(idref);
    }
    {
        GHashTableIter it;
        gpointer id, type;
        GPtrArray *rest = g_ptr_array_new();
        g_hash_table_iter_init(&it, types);
        while (g_hash_table_iter_next(&it, &id, &type)) {
            const char *href = g_hash_table_lookup(hrefs, id);
            if (type != NULL && href != NULL &&
                strcmp((const char *)type, "application/smil+xml") == 0) {
                g_ptr_array_add(rest, (gpointer)href);
            }
        }
        g_ptr_array_sort(rest, by_name);
        for (guint i = 0; i < rest->len; i++) {
            add_once(smils, g_strdup(g_ptr_array_index(rest, i)));
        }
        g_ptr_array_free(rest, TRUE);
    }
    g_hash_table_unref(hrefs);
    g_hash_table_unref(overlays);
    g_hash_table_unref(types);
    g_free(base);
    g_free(opf_name);
    xmlFreeDoc(opf);
    return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Audio                                                                                     */

typedef struct {
    const guint8 *data;
    sf_count_t len, pos;
} memory_file;

static sf_count_t mem_len(void *user)
{
    return ((memory_file *)user)->len;
}

static sf_count_t mem_seek(sf_count_t offset, int whence, void *user)
{
    memory_file *m = user;
    sf_count_t to = whence == SEEK_SET   ? offset
                    : whence == SEEK_CUR ? m->pos + offset
                                         : m->len + offset;
    if (to < 0 || to > m->len) {
        return -1;
    }
    m->pos = to;
    return to;
}

static sf_count_t mem_read(void *ptr, sf_count_t count, void *user)
{
    memory_file *m = user;
    sf_count_t n = MIN(count, m->len - m->pos);
    memcpy(ptr, m->data + m->pos, (size_t)n);
    m->pos += n;
    return n;
}

static sf_count_t mem_write(const void *ptr, sf_count_t count, void *user)
{
    (void)ptr;
    (void)count;
    (void)user;
    return 0;
}

static sf_count_t mem_tell(void *user)
{
    return ((memory_file *)user)->pos;
}

/* Decodes an audio file to mono (channels averaged), full scale 1.0. NULL with *err set. */
static float *decode(const book_files *b, const char *name, size_t *frames, int *rate, GError **err)
{
    GBytes *bytes = book_read(b, name, err);
    SF_VIRTUAL_IO io = {mem_len, mem_seek, mem_read, mem_write, mem_tell};
    memory_file m;
    SF_INFO info = {0};
    SNDFILE *f;
    float *x, *mono;
    sf_count_t got;
    if (bytes == NULL) {
        return NULL;
    }
    m.data = g_bytes_get_data(bytes, NULL);
    m.len = (sf_count_t)g_bytes_get_size(bytes);
    m.pos = 0;
    f = sf_open_virtual(&io, SFM_READ, &info, &m);
    if (f == NULL) {
        g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: %s", name, sf_strerror(NULL));
        g_bytes_unref(bytes);
        return NULL;
    }
    x = g_new(float, (size_t)info.frames *(size_t)info.channels + 1);
    got = sf_readf_float(f, x, info.frames);
    sf_close(f);
    g_bytes_unref(bytes);
    mono = g_new(float, (size_t)MAX(got, 0) + 1);
    for (sf_count_t i = 0; i < got; i++) {
        float s = 0;
        for (int c = 0; c < info.channels; c++) {
            s += x[i * info.channels + c];
        }
        mono[i] = s / (float)info.channels;
    }
    g_free(x);
    *frames = (size_t)MAX(got, 0);
    *rate = info.samplerate;
    return mono;
}

typedef struct {
    double onset, offset; /* seconds */
} speech_run;

/*
 * The runs of speech in x (see the head of this file): windows of window_ms every millisecond,
 * speech when their RMS is above the threshold; the run's ends refined to the first and last
 * sample at least as loud as the threshold. A GArray of speech_run, g_array_unref() it.
 */
static GArray *speech_runs(const float *x, size_t n, int rate, const options *o)
{
    GArray *runs = g_array_new(FALSE, FALSE, sizeof(speech_run));
    size_t win = MAX((size_t)1, (size_t)lround(rate * o->window_ms / 1000));
    size_t hop = MAX((size_t)1, (size_t)rate / 1000);
    double level = pow(10, o->threshold_db / 20);
    double *cum = g_new(double, n + 1);
    double gap = o->min_gap_ms / 1000;
    speech_run run = {-1, -1};
    cum[0] = 0;
    for (size_t i = 0; i < n; i++) {
        cum[i + 1] = cum[i] + (double)x[i] * x[i];
    }
    for (size_t s = 0; s + win <= n; s += hop) {
        size_t first = SIZE_MAX, last = 0;
        if ((cum[s + win] - cum[s]) / (double)win <= level * level) {
            continue;
        }
        for (size_t i = s; i < s + win; i++) {
            if (fabsf(x[i]) >= level) {
                first = MIN(first, i);
                last = i + 1;
            }
        }
        if (first == SIZE_MAX) {
            continue; /* loud on average without one loud sample: cannot be, but be safe */
        }
        if (run.onset >= 0 && (double)first / rate - run.offset < gap) {
            run.offset = MAX(run.offset, (double)last / rate);
            continue;
        }
        if (run.onset >= 0) {
            g_array_append_val(runs, run);
        }
        run.onset = (double)first / rate;
        run.offset = (double)last / rate;
    }
    if (run.onset >= 0) {
        g_array_append_val(runs, run);
    }
    g_free(cum);
    return runs;
}

static int by_begin(gconstpointer a, gconstpointer b)
{
    const clip *x = *(clip *const *)a, *y = *(clip *const *)b;
    return x->begin < y->begin ? -1 : x->begin > y->begin ? 1 : 0;
}

/* Judges the clips of one audio file (the clips array's entries for it, in `mine`). */
static gboolean judge_file(const book_files *b, const char *audio, GPtrArray *mine,
                           const options *o, GError **err)
{
    size_t frames;
    int rate;
    float *x = decode(b, audio, &frames, &rate, err);
    GArray *runs;
    double seconds;
    if (x == NULL) {
        return FALSE;
    }
    seconds = (double)frames / rate;
    runs = speech_runs(x, frames, rate, o);
    g_free(x);
    for (guint i = 0; i < mine->len; i++) {
        clip *c = g_ptr_array_index(mine, i);
        if (c->end < 0) {
            c->end = seconds;
        }
    }
    g_ptr_array_sort(mine, by_begin);
    for (guint r = 0, k = 0; r < runs->len; r++) {
        const speech_run *run = &g_array_index(runs, speech_run, r);
        double middle = (run->onset + run->offset) / 2;
        clip *c;
        /* The clip whose part of the file holds the run's middle: up to the middle of the gap
         * after it. */
        while (k + 1 < mine->len) {
            const clip *here = g_ptr_array_index(mine, k), *next = g_ptr_array_index(mine, k + 1);
            if (middle < (here->end + next->begin) / 2) {
                break;
            }
            k++;
        }
        c = g_ptr_array_index(mine, k);
        if (isnan(c->onset)) {
            c->onset = run->onset;
        }
        c->offset = run->offset;
    }
    for (guint i = 0; i < mine->len; i++) {
        clip *c = g_ptr_array_index(mine, i);
        if (!isnan(c->onset)) {
            c->begin_err = c->begin - c->onset;
            c->end_err = c->end - c->offset;
        }
    }
    g_array_unref(runs);
    return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* A book                                                                                    */

static double worst_of(const clip *c)
{
    return isnan(c->onset) ? INFINITY : MAX(fabs(c->begin_err), fabs(c->end_err));
}

static int by_worst(gconstpointer a, gconstpointer b)
{
    double x = worst_of(*(clip *const *)a), y = worst_of(*(clip *const *)b);
    return x > y ? -1 : x < y ? 1 : 0;
}

static void print_clip(const char *indent, const clip *c)
{
    if (isnan(c->onset)) {
        printf("%s%s#%s (%s %.3f-%.3f s): no speech in the clip\n", indent, c->smil, c->id,
               c->audio, c->begin, c->end);
        return;
    }
    printf("%s%s#%s (%s %.3f-%.3f s): speech %.3f-%.3f s, begin %+.1f ms, end %+.1f ms\n", indent,
           c->smil, c->id, c->audio, c->begin, c->end, c->onset, c->offset, c->begin_err * 1000,
           c->end_err * 1000);
}

/* Opens the book at path and lists its SMIL files in reading order. */
static gboolean open_book(book_files *b, const char *path, GPtrArray *smils, const char **kind,
                          GError **err)
{
    b->path = path;
    if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
        b->dir = g_strdup(path);
    } else {
        int zerr = 0;
        b->zip = zip_open(path, ZIP_RDONLY, &zerr);
        if (b->zip == NULL) {
            g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                        "%s: neither a folder nor a zip archive (libzip error %d)", path, zerr);
            return FALSE;
        }
    }
    if (book_has(b, "META-INF/container.xml")) {
        *kind = "EPUB 3";
        return epub_smils(b, smils, err);
    }
    if (b->dir != NULL) {
        /* ncc.html, whatever its case (some producers write NCC.HTML). */
        GDir *d = g_dir_open(b->dir, 0, NULL);
        const char *name;
        while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
            if (g_ascii_strcasecmp(name, "ncc.html") == 0) {
                gboolean ok;
                *kind = "DAISY 2.02";
                ok = daisy_smils(b, name, smils, err);
                g_dir_close(d);
                return ok;
            }
        }
        if (d != NULL) {
            g_dir_close(d);
        }
    }
    g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                "%s: neither an EPUB (META-INF/container.xml) nor a DAISY 2.02 book (ncc.html)",
                path);
    return FALSE;
}

/* Checks one book; returns the exit status it earns (0, 1 or 2). */
static int check_book(const char *path, const options *o)
{
    book_files b = {0};
    GPtrArray *smils = g_ptr_array_new_with_free_func(g_free);
    GArray *clips = g_array_new(FALSE, TRUE, sizeof(clip));
    GHashTable *files =
        g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
    GPtrArray *order = g_ptr_array_new();
    GError *err = NULL;
    const char *kind = "";
    double tol = o->tolerance_ms / 1000;
    double bmax = 0, bsum = 0, emax = 0, esum = 0, bmin_s = 0, bmax_s = 0, emin_s = 0, emax_s = 0;
    guint judged = 0, bad = 0;
    int status = 0;

    g_array_set_clear_func(clips, clip_clear);
    if (!open_book(&b, path, smils, &kind, &err)) {
        goto failed;
    }
    for (guint i = 0; i < smils->len; i++) {
        if (!read_smil(&b, g_ptr_array_index(smils, i), clips, &err)) {
            goto failed;
        }
    }
    if (clips->len == 0) {
        g_set_error(&err, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                    "%s: no audio clip in its %u SMIL files", path, smils->len);
        goto failed;
    }
    for (guint i = 0; i < clips->len; i++) {
        clip *c = &g_array_index(clips, clip, i);
        GPtrArray *mine = g_hash_table_lookup(files, c->audio);
        if (mine == NULL) {
            mine = g_ptr_array_new();
            g_hash_table_insert(files, c->audio, mine);
            g_ptr_array_add(order, c->audio);
        }
        g_ptr_array_add(mine, c);
    }
    for (guint i = 0; i < order->len; i++) {
        const char *audio = g_ptr_array_index(order, i);
        if (!judge_file(&b, audio, g_hash_table_lookup(files, audio), o, &err)) {
            goto failed;
        }
    }

    {
        GPtrArray *worst = g_ptr_array_new();
        for (guint i = 0; i < clips->len; i++) {
            clip *c = &g_array_index(clips, clip, i);
            if (o->verbose) {
                print_clip("  ", c);
            }
            g_ptr_array_add(worst, c);
            if (isnan(c->onset)) {
                bad++;
                continue;
            }
            judged++;
            bmax = MAX(bmax, fabs(c->begin_err));
            emax = MAX(emax, fabs(c->end_err));
            bsum += fabs(c->begin_err);
            esum += fabs(c->end_err);
            bmin_s = MIN(bmin_s, c->begin_err);
            bmax_s = MAX(bmax_s, c->begin_err);
            emin_s = MIN(emin_s, c->end_err);
            emax_s = MAX(emax_s, c->end_err);
            if (fabs(c->begin_err) > tol || fabs(c->end_err) > tol) {
                bad++;
            }
        }
        g_ptr_array_sort(worst, by_worst);
        printf("%s (%s): %u clips in %u SMIL files, %u audio files\n", path, kind, clips->len,
               smils->len, order->len);
        printf("  begins: max |error| %.1f ms, mean %.1f ms (from %+.1f to %+.1f ms)\n",
               bmax * 1000, judged > 0 ? bsum / judged * 1000 : 0.0, bmin_s * 1000, bmax_s * 1000);
        printf("  ends:   max |error| %.1f ms, mean %.1f ms (from %+.1f to %+.1f ms)\n",
               emax * 1000, judged > 0 ? esum / judged * 1000 : 0.0, emin_s * 1000, emax_s * 1000);
        printf("  worst:  ");
        print_clip("", g_ptr_array_index(worst, 0));
        printf("clips=%u silent=%u begin_max_ms=%.1f begin_mean_ms=%.1f end_max_ms=%.1f "
               "end_mean_ms=%.1f over=%u\n",
               clips->len, clips->len - judged, bmax * 1000,
               judged > 0 ? bsum / judged * 1000 : 0.0, emax * 1000,
               judged > 0 ? esum / judged * 1000 : 0.0, bad);
        if (bad > 0) {
            printf("FAIL: %u of %u clips are off by more than %.0f ms or hold no speech; the "
                   "worst:\n",
                   bad, clips->len, o->tolerance_ms);
            for (guint i = 0; i < worst->len && i < (guint)o->list &&
                              worst_of(g_ptr_array_index(worst, i)) > tol;
                 i++) {
                print_clip("  ", g_ptr_array_index(worst, i));
            }
            status = 1;
        } else {
            printf("ok: every clip within %.0f ms of its speech\n", o->tolerance_ms);
        }
        g_ptr_array_free(worst, TRUE);
    }
    goto done;

failed:
    fprintf(stderr, "book_sync: %s\n", err->message);
    g_error_free(err);
    status = 2;
done:
    g_ptr_array_free(order, TRUE);
    g_hash_table_unref(files);
    g_array_unref(clips);
    g_ptr_array_unref(smils);
    if (b.zip != NULL) {
        zip_discard(b.zip);
    }
    g_free(b.dir);
    return status;
}

int main(int argc, char **argv)
{
    options o = {30, -45, 5, 20, 10, FALSE};
    GOptionEntry entries[] = {
        {"tolerance", 't', 0, G_OPTION_ARG_DOUBLE, &o.tolerance_ms,
         "Largest error allowed, in milliseconds (30)", "MS"},
        {"threshold", 0, 0, G_OPTION_ARG_DOUBLE, &o.threshold_db,
         "Level above which a window is speech, in dBFS RMS (-45)", "DBFS"},
        {"min-gap", 0, 0, G_OPTION_ARG_DOUBLE, &o.min_gap_ms,
         "Shorter silences do not end a run of speech, in milliseconds (20)", "MS"},
        {"list", 0, 0, G_OPTION_ARG_INT, &o.list, "How many of the worst clips to list (10)", "N"},
        {"verbose", 'v', 0, G_OPTION_ARG_NONE, &o.verbose, "Print every clip", NULL},
        {NULL, 0, 0, 0, NULL, NULL, NULL}};
    GOptionContext *ctx = g_option_context_new("BOOK... — check a talking book's clips against "
                                               "its audio (DAISY 2.02 folder, EPUB file or "
                                               "folder)");
    GError *err = NULL;
    int status = 0;
    g_option_context_add_main_entries(ctx, entries, NULL);
    if (!g_option_context_parse(ctx, &argc, &argv, &err) || argc < 2 || o.tolerance_ms <= 0 ||
        o.min_gap_ms < 0) {
        fprintf(stderr, "book_sync: %s\nusage: book_sync [OPTION...] BOOK...\n",
                err != NULL ? err->message : "no book given, or a bad option value");
        g_clear_error(&err);
        g_option_context_free(ctx);
        return 2;
    }
    g_option_context_free(ctx);
    for (int i = 1; i < argc; i++) {
        int st = check_book(argv[i], &o); /* not inside MAX(), which evaluates twice */
        status = MAX(status, st);
    }
    xmlCleanupParser();
    return status;
}
