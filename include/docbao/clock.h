/*
 * docbao: clocks. The player and the audio outputs share one sense of time: the system's
 * monotonic clock, or, for tests, a manual clock that moves only when told. With a manual
 * clock, the "null" output consumes audio exactly as the clock advances, so a test decides when
 * each sample is "played".
 */
#ifndef DOCBAO_CLOCK_H
#define DOCBAO_CLOCK_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct docbao_clock docbao_clock;

/* A manual clock starting at 0. Free with docbao_clock_free() after the players using it. */
docbao_clock *docbao_clock_new_manual(void);
void docbao_clock_free(docbao_clock *clock);
/* Moves a manual clock forward; the null outputs on it consume the audio due meanwhile. */
void docbao_clock_advance(docbao_clock *clock, uint64_t microseconds);
/* Microseconds on this clock (the system's monotonic clock when clock is NULL). */
uint64_t docbao_clock_now(const docbao_clock *clock);

#ifdef __cplusplus
}
#endif
#endif
