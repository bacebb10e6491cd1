/* docbao: the whole public API. */
#ifndef DOCBAO_H
#define DOCBAO_H

#include "docbao/article.h"
#include "docbao/feed.h"
#include "docbao/fetch.h"
#include "docbao/input.h"
#include "docbao/keymap.h"
#include "docbao/normalize.h"
#include "docbao/player.h"
#include "docbao/render.h"
#include "docbao/script.h"
#include "docbao/sink.h"
#include "docbao/status.h"
#include "docbao/synth.h"
#include "docbao/voice.h"

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
