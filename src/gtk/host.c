/* docbao-gtk: the player host (see host.h). */
#include "host.h"

#include <stdio.h>

#include "dbg.h"

struct dbg_host {
    docbao_keymap *keymap;
    docbao_voice_list *voices;
    docbao_player *player;
    docbao_error player_error;
    GSource *wake;
    dbg_host_handler handler;
    void *handler_user;
    dbg_host_filter filter;
    void *filter_user;
    FILE *log;
    GMutex log_lock;
    gint64 start_us;
};

/* The player's thread calls this: it only marks the main loop's source ready. */
static void wake(void *user)
{
    dbg_host *h = user;
    g_source_set_ready_time(h->wake, 0);
}

static gboolean wake_dispatch(GSource *source, GSourceFunc callback, gpointer data)
{
    g_source_set_ready_time(source, -1);
    return callback(data);
}

static GSourceFuncs wake_funcs = {NULL, NULL, wake_dispatch, NULL, NULL, NULL};

GSource *dbg_wake_source_new(GSourceFunc fn, gpointer data)
{
    GSource *source = g_source_new(&wake_funcs, sizeof(GSource));
    g_source_set_callback(source, fn, data, NULL);
    g_source_set_ready_time(source, -1);
    g_source_attach(source, NULL);
    return source;
}

static gboolean drain(gpointer data)
{
    dbg_host *h = data;
    docbao_event e;
    while (h->player != NULL && docbao_player_next_event(h->player, &e)) {
        if (h->handler != NULL) {
            h->handler(&e, h->handler_user);
        }
    }
    return G_SOURCE_CONTINUE;
}

static void write_log(dbg_host *h, const char *line)
{
    g_mutex_lock(&h->log_lock);
    fprintf(h->log, "%.1f %s\n", (double)(g_get_monotonic_time() - h->start_us) / 1000.0, line);
    fflush(h->log);
    g_mutex_unlock(&h->log_lock);
}

/* The player's own diagnostics (any thread). */
static void player_log(const char *line, void *user)
{
    char *l = g_strconcat("player ", line, NULL);
    write_log(user, l);
    g_free(l);
}

dbg_host *dbg_host_new(const dbg_host_options *o, docbao_error *err)
{
    dbg_host *h = g_new0(dbg_host, 1);
    docbao_player_options po;
    const docbao_voice_profile *profile = NULL;
    g_mutex_init(&h->log_lock);
    h->start_us = g_get_monotonic_time();
    if (o->log_path != NULL && (h->log = fopen(o->log_path, "w")) == NULL) {
        err->status = DOCBAO_ERR_IO;
        g_snprintf(err->message, sizeof err->message, "%s: %s", o->log_path, g_strerror(errno));
        dbg_host_free(h);
        return NULL;
    }
    h->keymap = docbao_keymap_load(o->keys_file, err);
    if (h->keymap != NULL) {
        h->voices = docbao_voice_list_load(NULL, err);
    }
    if (h->voices == NULL) {
        dbg_host_free(h);
        return NULL;
    }
    docbao_player_options_init(&po);
    if (o->voice != NULL && o->voice[0] != '\0') {
        profile = docbao_voice_list_find(h->voices, o->voice);
    }
    if (profile == NULL) {
        profile = docbao_voice_list_find(h->voices, docbao_voice_default_id());
    }
    if (profile != NULL) {
        po.profile = *profile;
    }
    if (o->rate > 0) {
        po.profile.rate = CLAMP(o->rate, DOCBAO_RATE_MIN, DOCBAO_RATE_MAX);
    }
    if (o->volume >= 0) {
        po.profile.volume = CLAMP(o->volume, DOCBAO_VOLUME_MIN, DOCBAO_VOLUME_MAX);
    }
    po.engine = o->engine;
    po.output = o->output != NULL ? o->output : "portaudio";
    po.state_dir = o->state_dir;
    po.keymap = h->keymap;
    po.voices = h->voices;
    po.wake = wake;
    po.wake_user = h;
    /* The front ends read editions: the reader, or the window for one article, says how an
     * article ends and what comes next. */
    po.quiet_end = true;
    if (h->log != NULL) {
        po.log = player_log;
        po.log_user = h;
    }
    h->wake = dbg_wake_source_new(drain, h);
    dbg_host_log(h, "player-start output=%s real_us=%" G_GINT64_FORMAT, po.output,
                 g_get_real_time());
    h->player = docbao_player_new(&po, &h->player_error);
    if (h->player == NULL) {
        dbg_host_log(h, "player-error %s", h->player_error.message);
    }
    return h;
}

void dbg_host_free(dbg_host *h)
{
    if (h == NULL) {
        return;
    }
    docbao_player_free(h->player);
    if (h->wake != NULL) {
        g_source_destroy(h->wake);
        g_source_unref(h->wake);
    }
    docbao_keymap_free(h->keymap);
    docbao_voice_list_free(h->voices);
    if (h->log != NULL) {
        fclose(h->log);
    }
    g_mutex_clear(&h->log_lock);
    g_free(h);
}

void dbg_host_set_handler(dbg_host *h, dbg_host_handler fn, void *user)
{
    h->handler = fn;
    h->handler_user = user;
}

docbao_player *dbg_host_player(dbg_host *h)
{
    return h->player;
}

const docbao_error *dbg_host_player_error(dbg_host *h)
{
    return h->player != NULL ? NULL : &h->player_error;
}

const docbao_keymap *dbg_host_keymap(dbg_host *h)
{
    return h->keymap;
}

const docbao_voice_list *dbg_host_voices(dbg_host *h)
{
    return h->voices;
}

int dbg_host_press(dbg_host *h, const char *key)
{
    int cmd = docbao_keymap_lookup(h->keymap, key);
    char *spoken = docbao_key_spoken_name(key);
    dbg_host_log(h, "key %s command=%s", key,
                 cmd >= 0 ? docbao_command_name((docbao_command)cmd) : "none");
    if (cmd < 0) {
        char *msg =
            g_strdup_printf(_("%s does nothing; press %s for the list of keys"), spoken, "h");
        dbg_host_say(h, msg);
        g_free(msg);
    } else if (h->filter == NULL || !h->filter(key, (docbao_command)cmd, spoken, h->filter_user)) {
        if (h->player != NULL) {
            docbao_player_post(h->player, (docbao_command)cmd, spoken, 0);
        }
    }
    g_free(spoken);
    return cmd;
}

void dbg_host_set_filter(dbg_host *h, dbg_host_filter fn, void *user)
{
    h->filter = fn;
    h->filter_user = user;
}

void dbg_host_command(dbg_host *h, docbao_command cmd)
{
    if ((h->filter == NULL || !h->filter(NULL, cmd, NULL, h->filter_user)) && h->player != NULL) {
        docbao_player_post(h->player, cmd, NULL, 0);
    }
}

void dbg_host_say(dbg_host *h, const char *text)
{
    if (h->player != NULL) {
        docbao_player_say(h->player, text);
    }
}

void dbg_host_log(dbg_host *h, const char *fmt, ...)
{
    va_list ap;
    char *line;
    if (h->log == NULL) {
        return;
    }
    va_start(ap, fmt);
    line = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    write_log(h, line);
    g_free(line);
}

gboolean dbg_host_logging(dbg_host *h)
{
    return h->log != NULL;
}
