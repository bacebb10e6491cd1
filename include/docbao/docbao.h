/* docbao: the whole public API. */
#ifndef DOCBAO_H
#define DOCBAO_H

#include "docbao/article.h"
#include "docbao/book.h"
#include "docbao/clock.h"
#include "docbao/edition.h"
#include "docbao/feed.h"
#include "docbao/fetch.h"
#include "docbao/i18n.h"
#include "docbao/input.h"
#include "docbao/keymap.h"
#include "docbao/normalize.h"
#include "docbao/player.h"
#include "docbao/render.h"
#include "docbao/script.h"
#include "docbao/sink.h"
#include "docbao/status.h"
#include "docbao/synth.h"
#include "docbao/text.h"
#include "docbao/voice.h"

#endif
