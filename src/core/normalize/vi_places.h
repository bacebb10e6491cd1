/*
 * Place names of the Central Highlands and the northern mountains (Ede, Jarai, Bahnar,
 * M'nong...) said in Vietnamese syllables by the letters of places.tsv. Internal to the core;
 * prefix vi_place_ (implemented in vi_places.c).
 */
#ifndef DOCBAO_VI_PLACES_H
#define DOCBAO_VI_PLACES_H

#include "normalize/vi_norm.h"

/*
 * Is word i a word of such a place's name that is no Vietnamese syllable ("Tul" of "xã Ea Tul",
 * "Dray" of "xã Dray Bhăng"), or of a personal name of the same peoples ("Ksor" of "anh Ksor
 * Chuôn", "Kré" of "ông Điểu Kré")? Then its Vietnamese syllables are appended to out (when not
 * NULL): "Tun", "Đờ ray", "Cờ xo", "Cờ ré".
 */
gboolean vi_place_word(vi_norm *c, size_t i, GString *out);

#endif
