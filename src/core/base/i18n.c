/* Message language: gettext with the "docbao" domain, Vietnamese or English. */
#include <locale.h>
#include <string.h>

#include "docbao/i18n.h"
#include "base/internal.h"

#ifndef DOCBAO_LOCALEDIR_INSTALL
#define DOCBAO_LOCALEDIR_INSTALL "/usr/local/share/locale"
#endif
#ifndef DOCBAO_LOCALEDIR_FROM_BINDIR
#define DOCBAO_LOCALEDIR_FROM_BINDIR "../share/locale"
#endif

static char current_lang[8] = "en";

/*
 * Where the message catalogues are, as a newly allocated string (g_free() it): the folder named
 * by DOCBAO_LOCALEDIR; else the installed layout seen from the running program, so that a copy
 * installed under any prefix (or staged with DESTDIR) finds its own catalogues; else the
 * configured install folder. No build-tree path is compiled in: programs run from the build tree
 * are given DOCBAO_LOCALEDIR (the tests and scripts/quickstart.sh do).
 */
static char *find_locale_dir(void)
{
    const char *env = g_getenv("DOCBAO_LOCALEDIR");
    char *exe;

    if (env != NULL && env[0] != '\0') {
        return g_strdup(env);
    }
    exe = g_file_read_link("/proc/self/exe", NULL);
    if (exe != NULL) {
        char *bindir = g_path_get_dirname(exe);
        char *dir = g_canonicalize_filename(DOCBAO_LOCALEDIR_FROM_BINDIR, bindir);
        char *mo = g_build_filename(dir, "vi", "LC_MESSAGES", DOCBAO_GETTEXT_DOMAIN ".mo", NULL);
        gboolean found = g_file_test(mo, G_FILE_TEST_IS_REGULAR);
        g_free(mo);
        g_free(bindir);
        g_free(exe);
        if (found) {
            return dir;
        }
        g_free(dir);
    }
    return g_strdup(DOCBAO_LOCALEDIR_INSTALL);
}

/* Picks "vi" or "en" from a language tag such as "vi_VN.UTF-8" or "en:vi". */
static const char *pick(const char *tag)
{
    if (tag == NULL || tag[0] == '\0') {
        return NULL;
    }
    if (g_ascii_strncasecmp(tag, "vi", 2) == 0) {
        return "vi";
    }
    if (strcmp(tag, "C") == 0 || strcmp(tag, "POSIX") == 0 || g_str_has_prefix(tag, "C.")) {
        return NULL;
    }
    return "en";
}

void docbao_i18n_init(const char *lang)
{
    static const char *const vars[] = {"DOCBAO_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    const char *chosen = pick(lang);
    char *dir;

    for (size_t i = 0; i < G_N_ELEMENTS(vars) && chosen == NULL; i++) {
        chosen = pick(g_getenv(vars[i]));
    }
    if (chosen == NULL) {
        chosen = "en";
    }
    dbi_strlcpy(current_lang, chosen, sizeof current_lang);

    /*
     * gettext ignores LANGUAGE under the "C" locale, and a Vietnamese locale may not be
     * generated on the machine: fall back to C.UTF-8, which every Debian system has, and name
     * the language through LANGUAGE.
     */
    if (setlocale(LC_ALL, "") == NULL) {
        setlocale(LC_ALL, "C.UTF-8");
    }
    {
        const char *msgs = setlocale(LC_MESSAGES, NULL);
        if (msgs == NULL || strcmp(msgs, "C") == 0 || strcmp(msgs, "POSIX") == 0) {
            setlocale(LC_MESSAGES, "C.UTF-8");
            setlocale(LC_CTYPE, "C.UTF-8");
        }
    }
    g_setenv("LANGUAGE", chosen, TRUE);

    dir = find_locale_dir();
    bindtextdomain(DOCBAO_GETTEXT_DOMAIN, dir);
    g_free(dir);
    bind_textdomain_codeset(DOCBAO_GETTEXT_DOMAIN, "UTF-8");
    textdomain(DOCBAO_GETTEXT_DOMAIN);
}

const char *docbao_i18n_language(void)
{
    return current_lang;
}

const char *docbao_version(void)
{
    return DOCBAO_VERSION;
}
