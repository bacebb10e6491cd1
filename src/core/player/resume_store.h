/*
 * Where each article was left: the position and bookmarks, kept in one key file in the state
 * directory ($XDG_STATE_HOME/docbao/positions.ini), written atomically. Internal.
 */
#ifndef DOCBAO_RESUME_STORE_H
#define DOCBAO_RESUME_STORE_H

#include <glib.h>

/* At most this many articles are remembered; the least recently used are forgotten. */
#define DBI_RESUME_MAX_ARTICLES 500

typedef struct {
    gsize utterance;    /* the sentence to continue from */
    gsize n_utterances; /* the script's size then, to notice a changed article */
    GArray *bookmarks;  /* of gsize: utterance indexes, ascending */
} dbi_saved_position;

void dbi_saved_position_init(dbi_saved_position *pos);
void dbi_saved_position_clear(dbi_saved_position *pos);

/* Loads the position saved for key; returns FALSE when there is none. */
gboolean dbi_resume_load(const char *dir, const char *key, dbi_saved_position *out);

/*
 * Saves (or, with pos NULL, forgets) the position for key. The file is replaced atomically; an
 * unreadable file is kept aside as positions.ini.bad rather than overwritten blindly. Returns
 * FALSE with a message in *error (g_free) on failure.
 */
gboolean dbi_resume_save(const char *dir, const char *key, const dbi_saved_position *pos,
                         char **error);

#endif
