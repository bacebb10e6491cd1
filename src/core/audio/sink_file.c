/*
 * The file sink: WAV, FLAC, Ogg Vorbis, Ogg Opus or MP3 through libsndfile, chosen by the
 * path's extension. Audio goes to a hidden temporary file beside the target, which is renamed
 * over the target only when the whole file is complete.
 */
#include <errno.h>
#include <sndfile.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audio/resample.h"
#include "audio/sink_driver.h"
#include "base/dynlib.h"
#include "base/internal.h"

/* libsndfile (and the encoders it brings) is loaded when the first file is written. */
typedef struct {
    DBI_DYNFN(sf_format_check);
    DBI_DYNFN(sf_open_fd);
    DBI_DYNFN(sf_strerror);
    DBI_DYNFN(sf_command);
    DBI_DYNFN(sf_write_short);
    DBI_DYNFN(sf_close);
} sndfile_api;
static sndfile_api sndfile;
static const dbi_dynsym sndfile_symbols[] = {
    DBI_DYNSYM(sndfile_api, sf_format_check),
    DBI_DYNSYM(sndfile_api, sf_open_fd),
    DBI_DYNSYM(sndfile_api, sf_strerror),
    DBI_DYNSYM(sndfile_api, sf_command),
    DBI_DYNSYM(sndfile_api, sf_write_short),
    DBI_DYNSYM(sndfile_api, sf_close),
    {NULL, 0},
};
static dbi_dynlib sndfile_lib = {
    "libsndfile", {"libsndfile.so.1"}, sndfile_symbols, &sndfile, 0, ""};

typedef struct {
    SNDFILE *file;
    int fd;
    char *path;
    char *tmp_path;
    dbi_resampler *resampler; /* when the format needs another rate (Opus) */
    GArray *converted;
    int16_t pending[16384]; /* samples gathered for one larger write */
    size_t n_pending;
} file_sink;

typedef struct {
    const char *ext;
    int format;
    int rate; /* required sample rate, or 0 for the input's */
    const char *name;
} file_format;

static const file_format formats[] = {
    {".wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 0, "WAV"},
    {".flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 0, "FLAC"},
    {".ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 0, "Ogg Vorbis"},
    {".oga", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 0, "Ogg Vorbis"},
    {".opus", SF_FORMAT_OGG | SF_FORMAT_OPUS, 48000, "Ogg Opus"},
    {".mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, 0, "MP3"},
};

static const file_format *format_for(const char *path)
{
    char *low = g_ascii_strdown(path, -1);
    const file_format *f = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(formats) && f == NULL; i++) {
        if (g_str_has_suffix(low, formats[i].ext)) {
            f = &formats[i];
        }
    }
    g_free(low);
    return f;
}

static void *file_open(const docbao_sink_options *opts, docbao_error *err)
{
    const file_format *f;
    SF_INFO info = {0};
    file_sink *fs;
    char *dir, *base, *templ;
    int fd;

    if (opts->path == NULL || opts->path[0] == '\0') {
        dbi_fail(err, DOCBAO_ERR_INVALID_ARG, _("no output file was given"));
        return NULL;
    }
    if (g_file_test(opts->path, G_FILE_TEST_IS_DIR)) {
        dbi_fail(err, DOCBAO_ERR_IO, _("%s: is a folder, not a file"), opts->path);
        return NULL;
    }
    f = format_for(opts->path);
    if (f == NULL) {
        dbi_fail(err, DOCBAO_ERR_FORMAT,
                 _("%s: unknown audio format; use a name ending in .wav, .flac, .ogg, .opus or "
                   ".mp3"),
                 opts->path);
        return NULL;
    }
    if (!dbi_dynlib_load(&sndfile_lib, DOCBAO_ERR_FORMAT, err)) {
        return NULL;
    }
    info.samplerate = f->rate != 0 ? f->rate : opts->sample_rate;
    info.channels = 1;
    info.format = f->format;
    if (!sndfile.sf_format_check(&info)) {
        dbi_fail(err, DOCBAO_ERR_FORMAT, _("%s: this system's libsndfile cannot write %s"),
                 opts->path, f->name);
        return NULL;
    }
    dir = g_path_get_dirname(opts->path);
    base = g_path_get_basename(opts->path);
    templ = g_strdup_printf("%s/.%s.XXXXXX.part", dir, base);
    g_free(dir);
    g_free(base);
    fd = g_mkstemp(templ);
    if (fd < 0) {
        dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot create the file: %s"), opts->path,
                 g_strerror(errno));
        g_free(templ);
        return NULL;
    }
    fchmod(fd, 0644);
    fs = g_new0(file_sink, 1);
    fs->tmp_path = templ;
    fs->path = g_strdup(opts->path);
    fs->fd = fd;
    fs->file = sndfile.sf_open_fd(fd, SFM_WRITE, &info, SF_FALSE);
    if (fs->file == NULL) {
        dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot write %s: %s"), opts->path, f->name,
                 sndfile.sf_strerror(NULL));
        close(fd);
        unlink(templ);
        g_free(fs->tmp_path);
        g_free(fs->path);
        g_free(fs);
        return NULL;
    }
    if ((f->format & SF_FORMAT_SUBMASK) != SF_FORMAT_PCM_16) {
        /* Speech needs far less than music: a smaller file at the same clarity. */
        double level = 0.7;
        sndfile.sf_command(fs->file, SFC_SET_COMPRESSION_LEVEL, &level, sizeof level);
    }
    if (f->rate != 0 && f->rate != opts->sample_rate) {
        fs->resampler = dbi_resampler_new(opts->sample_rate, f->rate);
        fs->converted = g_array_new(FALSE, FALSE, sizeof(int16_t));
        if (fs->resampler == NULL) {
            dbi_fail(err, DOCBAO_ERR_FORMAT, _("%s: cannot convert the audio to %d Hz"), opts->path,
                     f->rate);
            sndfile.sf_close(fs->file);
            close(fd);
            unlink(templ);
            g_free(fs->tmp_path);
            g_free(fs->path);
            g_array_unref(fs->converted);
            g_free(fs);
            return NULL;
        }
    }
    return fs;
}

static docbao_status flush_pending(file_sink *fs, docbao_error *err)
{
    sf_count_t n = (sf_count_t)fs->n_pending;
    fs->n_pending = 0;
    if (n > 0 && sndfile.sf_write_short(fs->file, fs->pending, n) != n) {
        return dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot write: %s"), fs->path,
                        sndfile.sf_strerror(fs->file));
    }
    return DOCBAO_OK;
}

/* Gathers samples into fs->pending and writes them in large pieces. */
static docbao_status put(file_sink *fs, const int16_t *samples, size_t n, docbao_error *err)
{
    while (n > 0) {
        size_t take = MIN(n, G_N_ELEMENTS(fs->pending) - fs->n_pending);
        memcpy(fs->pending + fs->n_pending, samples, take * sizeof *samples);
        fs->n_pending += take;
        samples += take;
        n -= take;
        if (fs->n_pending == G_N_ELEMENTS(fs->pending)) {
            docbao_status st = flush_pending(fs, err);
            if (st != DOCBAO_OK) {
                return st;
            }
        }
    }
    return DOCBAO_OK;
}

static docbao_status convert_and_put(file_sink *fs, const int16_t *samples, size_t n, gboolean last,
                                     docbao_error *err)
{
    docbao_status st;
    g_array_set_size(fs->converted, 0);
    if (!dbi_resampler_run(fs->resampler, samples, n, last, fs->converted)) {
        return dbi_fail(err, DOCBAO_ERR_AUDIO, _("%s: sample-rate conversion failed"), fs->path);
    }
    st = put(fs, (const int16_t *)(void *)fs->converted->data, fs->converted->len, err);
    return st;
}

static docbao_status file_write(void *impl, const int16_t *samples, size_t n, docbao_error *err)
{
    file_sink *fs = impl;
    if (fs->resampler != NULL) {
        return convert_and_put(fs, samples, n, FALSE, err);
    }
    return put(fs, samples, n, err);
}

static docbao_status file_close(void *impl, gboolean commit, docbao_error *err)
{
    file_sink *fs = impl;
    docbao_status st = DOCBAO_OK;
    if (commit && fs->resampler != NULL) {
        st = convert_and_put(fs, NULL, 0, TRUE, err);
    }
    if (commit && st == DOCBAO_OK) {
        st = flush_pending(fs, err);
    }
    if (sndfile.sf_close(fs->file) != 0 && st == DOCBAO_OK && commit) {
        st = dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot finish the file"), fs->path);
    }
    /* On disk before it takes the final name, so a crash leaves the old file or the new. */
    if (commit && st == DOCBAO_OK && fsync(fs->fd) != 0) {
        st = dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot write: %s"), fs->path, g_strerror(errno));
    }
    close(fs->fd);
    if (commit && st == DOCBAO_OK) {
        if (rename(fs->tmp_path, fs->path) != 0) {
            st = dbi_fail(err, DOCBAO_ERR_IO, _("%s: cannot save the file: %s"), fs->path,
                          g_strerror(errno));
        }
    }
    if (!commit || st != DOCBAO_OK) {
        unlink(fs->tmp_path);
    }
    dbi_resampler_free(fs->resampler);
    if (fs->converted != NULL) {
        g_array_unref(fs->converted);
    }
    g_free(fs->tmp_path);
    g_free(fs->path);
    g_free(fs);
    return st;
}

const sink_driver sink_driver_file = {"file", 0, file_open, file_write, file_close};
