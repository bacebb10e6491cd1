/*
 * Back-end libraries loaded on first use. The sound-device stack (PortAudio, ALSA), the audio
 * file encoders (libsndfile, libsamplerate), the speech engine (espeak-ng), JSON (json-glib)
 * and the web (libcurl) each bring many shared libraries; linked at start, they cost every run
 * of docbao, even "docbao --version", the dynamic loader's time. Each is opened with GModule
 * the first time a command needs it, and its functions are reached through a table:
 *
 *     typedef struct { DBI_DYNFN(Pa_Initialize); DBI_DYNFN(Pa_Terminate); } pa_api;
 *     static const dbi_dynsym pa_symbols[] = {DBI_DYNSYM(pa_api, Pa_Initialize), ...,
 *                                             {NULL, 0}};
 *     static pa_api pa;
 *     static dbi_dynlib pa_lib = {"PortAudio", {"libportaudio.so.2"}, pa_symbols, &pa};
 *     if (!dbi_dynlib_load(&pa_lib, err)) return err->status;
 *     pa.Pa_Initialize();
 *
 * The fields take their types from the library's own header, so a call through the table is
 * checked as a direct call would be.
 */
#ifndef DOCBAO_DYNLIB_H
#define DOCBAO_DYNLIB_H

#include <glib.h>
#include <stddef.h>

#include "docbao/status.h"

/* A field of an API table: a pointer to the function fn, with fn's own type. */
#define DBI_DYNFN(fn) __typeof__(fn) *fn
/* The entry of a symbol table for field fn of table type T. */
#define DBI_DYNSYM(T, fn)                                                                          \
    {                                                                                              \
#fn, offsetof(T, fn)                                                                       \
    }

typedef struct {
    const char *symbol; /* NULL ends a table */
    size_t offset;      /* of the function pointer in the API table */
} dbi_dynsym;

typedef struct {
    const char *what;          /* named in messages: "PortAudio" */
    const char *sonames[4];    /* tried in order, up to the first NULL */
    const dbi_dynsym *symbols; /* what to resolve */
    void *table;               /* the API table they fill */
    gsize once;                /* g_once state: 1 loaded, 2 failed */
    char failure[160];         /* why loading failed (the loader's words), once failed */
} dbi_dynlib;

/*
 * Loads lib and fills its table, the first time it is asked (any thread; later calls return
 * at once). On failure returns FALSE with err set to status and a message naming the library,
 * and every later call fails the same way; the table is then unusable.
 */
gboolean dbi_dynlib_load(dbi_dynlib *lib, docbao_status status, docbao_error *err);

#endif
