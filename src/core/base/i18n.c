/* Message language: gettext with the "docbao" domain, Vietnamese or English. */
#include <locale.h>
#include <string.h>

#include "docbao/i18n.h"
#include "base/internal.h"

#ifndef DOCBAO_LOCALEDIR_INSTALL
#define DOCBAO_LOCALEDIR_INSTALL "/usr/local/share/locale"
#endif

static char current_lang[8] = "en";

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
    const char *dir = DOCBAO_LOCALEDIR_INSTALL;
    char *mo;

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

    mo = g_build_filename(dir, "vi", "LC_MESSAGES", DOCBAO_GETTEXT_DOMAIN ".mo", NULL);
#ifdef DOCBAO_LOCALEDIR_BUILD
    if (!g_file_test(mo, G_FILE_TEST_EXISTS)) {
        dir = DOCBAO_LOCALEDIR_BUILD;
    }
#endif
    g_free(mo);
    if (g_getenv("DOCBAO_LOCALEDIR") != NULL) {
        dir = g_getenv("DOCBAO_LOCALEDIR");
    }
    bindtextdomain(DOCBAO_GETTEXT_DOMAIN, dir);
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
