/*
 * The data compiled into the library: the voice profiles, the key map and the lexicons of
 * voices/, embedded at build time by cmake/embed.cmake so that the built-in defaults need no
 * file at run time. Users' copies in ~/.config/docbao override them (each stage reads its own).
 */
#ifndef DOCBAO_RESOURCES_H
#define DOCBAO_RESOURCES_H

#include <glib.h>

typedef struct {
    const char *path; /* under voices/: "voices/mien-bac.ini", "keys.conf", "lexicon/units.tsv" */
    const unsigned char *data; /* followed by a NUL byte */
    size_t size;
} dbi_resource;

/* The table the build generates, ended by an entry whose path is NULL. */
extern const dbi_resource dbi_resources[];

/* The bytes of the resource at path (static: no copy), or NULL when there is none. */
GBytes *dbi_resource_lookup(const char *path);

/*
 * The names of the resources directly in folder dir ("voices", "lexicon"), sorted; a new
 * NULL-terminated array (g_strfreev), or NULL when the folder holds none.
 */
char **dbi_resource_children(const char *dir);

#endif
