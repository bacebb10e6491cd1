/* docbao: the library's version and the language of its messages (gettext domain "docbao"). */
#ifndef DOCBAO_I18N_H
#define DOCBAO_I18N_H

#ifdef __cplusplus
extern "C" {
#endif

/* The library's version, such as "0.1.0". Static. */
const char *docbao_version(void);

/*
 * Makes the library's messages follow the user's language. lang is "vi", "en" or NULL to
 * follow the environment (DOCBAO_LANG, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Call once
 * at start-up, before other threads exist.
 */
void docbao_i18n_init(const char *lang);

/* The language messages are shown in now: "vi" or "en". */
const char *docbao_i18n_language(void);

#ifdef __cplusplus
}
#endif
#endif
