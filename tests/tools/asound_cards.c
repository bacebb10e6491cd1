/*
 * A preload library for tests: programs that read /proc/asound/cards to find a sound card
 * (daisy-player refuses to start without it) read the file named by $ASOUND_CARDS_FILE
 * instead, so they can play into a PulseAudio null sink on a machine with no sound card.
 * Only that one path is redirected; every other open goes through untouched.
 *
 * And where $PASSWD_HOME is set, getpwuid() of the effective user gives that folder as the
 * home directory. daisy-player keeps its preferences (~/.daisy-player.xml, with the sound
 * device it last used) and its bookmarks (~/.daisy-player/) in the home directory of the
 * password file, not in $HOME: without this a test would read what earlier runs, or other
 * users of root's account, left there (and play on the device they chose), and write into
 * the real home.
 *
 * Built without the sanitizers (it is loaded into programs that are not).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *redirect(const char *path)
{
    const char *to = getenv("ASOUND_CARDS_FILE");
    return path != NULL && to != NULL && strcmp(path, "/proc/asound/cards") == 0 ? to : path;
}

#define NEXT(name, type) ((type)dlsym(RTLD_NEXT, name))

FILE *fopen(const char *path, const char *mode)
{
    return NEXT("fopen", FILE * (*)(const char *, const char *))(redirect(path), mode);
}

FILE *fopen64(const char *path, const char *mode)
{
    return NEXT("fopen64", FILE * (*)(const char *, const char *))(redirect(path), mode);
}

/* The mode argument exists only with O_CREAT or O_TMPFILE (open(2)); it is passed on. */
#define MODE_ARG(flags)                                                                        \
    mode_t mode = 0;                                                                           \
    if ((flags) & (O_CREAT | O_TMPFILE)) {                                                     \
        va_list ap;                                                                            \
        va_start(ap, flags);                                                                   \
        mode = (mode_t)va_arg(ap, int);                                                        \
        va_end(ap);                                                                            \
    }

int open(const char *path, int flags, ...)
{
    MODE_ARG(flags)
    return NEXT("open", int (*)(const char *, int, ...))(redirect(path), flags, mode);
}

int open64(const char *path, int flags, ...)
{
    MODE_ARG(flags)
    return NEXT("open64", int (*)(const char *, int, ...))(redirect(path), flags, mode);
}

int openat(int dir, const char *path, int flags, ...)
{
    MODE_ARG(flags)
    return NEXT("openat", int (*)(int, const char *, int, ...))(dir, redirect(path), flags, mode);
}

int openat64(int dir, const char *path, int flags, ...)
{
    MODE_ARG(flags)
    return NEXT("openat64", int (*)(int, const char *, int, ...))(dir, redirect(path), flags,
                                                                    mode);
}

struct passwd *getpwuid(uid_t uid)
{
    static struct passwd own;
    struct passwd *pw = NEXT("getpwuid", struct passwd * (*)(uid_t))(uid);
    const char *home = getenv("PASSWD_HOME");
    if (pw == NULL || home == NULL || uid != geteuid())
        return pw;
    own = *pw;
    own.pw_dir = (char *)home;
    return &own;
}
