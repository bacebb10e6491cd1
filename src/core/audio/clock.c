/* Clocks: the system's monotonic clock, or a manual one for tests. */
#include <glib.h>

#include "audio/stream.h"

typedef struct {
    dbi_clock_listener fn;
    void *user;
} listener;

struct docbao_clock {
    GMutex lock;
    uint64_t now;
    GArray *listeners; /* of listener */
};

docbao_clock *docbao_clock_new_manual(void)
{
    docbao_clock *c = g_new0(docbao_clock, 1);
    g_mutex_init(&c->lock);
    c->listeners = g_array_new(FALSE, FALSE, sizeof(listener));
    return c;
}

void docbao_clock_free(docbao_clock *c)
{
    if (c == NULL) {
        return;
    }
    g_array_unref(c->listeners);
    g_mutex_clear(&c->lock);
    g_free(c);
}

gboolean dbi_clock_is_manual(const docbao_clock *c)
{
    return c != NULL;
}

uint64_t docbao_clock_now(const docbao_clock *c)
{
    uint64_t now;
    if (c == NULL) {
        return (uint64_t)g_get_monotonic_time();
    }
    g_mutex_lock((GMutex *)&c->lock);
    now = c->now;
    g_mutex_unlock((GMutex *)&c->lock);
    return now;
}

void docbao_clock_advance(docbao_clock *c, uint64_t us)
{
    GArray *copy;
    uint64_t now;
    g_mutex_lock(&c->lock);
    c->now += us;
    now = c->now;
    copy = g_array_copy(c->listeners);
    g_mutex_unlock(&c->lock);
    /* Listeners run outside the lock: they read the clock themselves. */
    for (guint i = 0; i < copy->len; i++) {
        listener *l = &g_array_index(copy, listener, i);
        l->fn(now, l->user);
    }
    g_array_unref(copy);
}

void dbi_clock_listen(docbao_clock *c, dbi_clock_listener fn, void *user)
{
    listener l = {fn, user};
    g_mutex_lock(&c->lock);
    g_array_append_val(c->listeners, l);
    g_mutex_unlock(&c->lock);
}

void dbi_clock_unlisten(docbao_clock *c, dbi_clock_listener fn, void *user)
{
    g_mutex_lock(&c->lock);
    for (guint i = 0; i < c->listeners->len; i++) {
        listener *l = &g_array_index(c->listeners, listener, i);
        if (l->fn == fn && l->user == user) {
            g_array_remove_index(c->listeners, i);
            break;
        }
    }
    g_mutex_unlock(&c->lock);
}
