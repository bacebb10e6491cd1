#!/usr/bin/env bash
# Scores the normalizer on every set of written/spoken pairs at once and prints one line per set
# (what plain espeak-ng hears, what docbao + espeak-ng hears, and the adjudicated figure):
#   our golden cases (tests/golden/normalize), the held-out news sentences kept in the project
#   (bench/heldout, bench/heldout2), and the third-party sets kept outside it, each looked for in
#   $DOCBAO_DATA_DIR (default /work/data), then ../shared/corpus:
#     heldout3, heldout4/guide, heldout4/sealed, articles, articles2, tn (by split), tn2/guide,
#     tn2/sealed (open since session 19: each was measured once, sealed, at the end of session 18),
#     heldout5 and articles3 (session 19), tn-en (English, session 20), tn3, heldout6/vnexpress,
#     heldout6/dantri and articles4 (written in session 20, opened in session 21), heldout7 and
#     articles5 (written in session 21, opened in session 22), heldout8 and articles6 (written in
#     session 22, measured once sealed, then opened), heldout9 and articles7 (written in session
#     22, measured sealed, opened in session 23), heldout10, articles8 and tn6 (written in session
#     24, measured sealed at the session's start and end, then opened): each was measured
#     sealed before it was opened;
#   heldout11, articles9 and tn7 (written in session 25, measured sealed at its start and end,
#   then opened); heldout12, articles10 and tn8 (written in session 26, measured sealed at its
#   start and end, then opened); heldout13, articles11 and tn9 (written in session 27, measured
#   sealed at its start and end, then opened); heldout14 and articles12 (written in session 28,
#   measured sealed at its start and end, then opened); heldout15, articles13 and articles14
#   (written in session 29, measured sealed at its start and end, then opened); heldout16,
#   articles15 and tn10 (written in session 30, measured sealed at its start and end, then
#   opened); heldout17, articles16 and tn11 (written in session 31, measured sealed at its
#   start and end, then opened); and the sealed sets, whose misses have not been read: tn4 (session 20), tn5
#   (session 21).
# A set that is missing is skipped with a note. Sealed sets are measured only when
# DOCBAO_SEALED=1 (their README says when that was done: at the end of a round).
# Usage: bench/run_sets.sh [BUILD_DIR]   (default build/release; build it first)
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh" "$@"
shared=${DOCBAO_SHARED_DIR:-../shared}

find_set() {
    for base in "$data" "$shared/corpus"; do
        if [ -d "$base/$1" ]; then
            echo "$base/$1"
            return 0
        fi
    done
    return 1
}

# The last line of the tool's table: "| **all** | cases | espeak | docbao | adjudicated |".
line() {
    local name=$1
    shift
    printf '| %s ' "$name"
    "$bin" "$@" | tail -1 | sed 's/^| \*\*all\*\* //'
}

echo "| set | cases | plain espeak-ng | docbao + espeak-ng | docbao, adjudicated |"
echo "|---|---:|---:|---:|---:|"
line "golden (tests/golden/normalize)" | sed 's/ |$/ | |/'
line "held-out 1 (bench/heldout)" --adjudicate bench/heldout
line "held-out 2 (bench/heldout2)" --adjudicate bench/heldout2
# One set by its name under the data folders; tn2's halves hold one folder per project.
score_set() {
    local d
    if ! d=$(find_set "$1"); then
        echo "run_sets: $1 not found; skipped" >&2
        return 0
    fi
    case "$1" in
    tn2/* | tn3 | tn4 | tn5 | tn6 | tn7 | tn8 | tn9 | tn10 | tn11) line "$1" --adjudicate --by-file "$d"/*/ ;;
    *) line "$1" --adjudicate "$d" ;;
    esac
}

for s in heldout3 heldout4/guide heldout4/sealed heldout5 heldout6/vnexpress heldout6/dantri heldout7 \
    heldout8 heldout9 heldout10 articles articles2 articles3 articles4 articles5 articles6 articles7 \
    articles8 heldout11 articles9 heldout12 articles10 heldout13 articles11 heldout14 articles12 \
    heldout15 articles13 articles14 heldout16 articles15 heldout17 articles16 tn2/guide tn2/sealed tn3 tn6 tn7 tn8 tn9 tn10 tn11; do
    score_set "$s"
done
if d=$(find_set tn); then
    for split in all tune heldout; do
        line "tn ($split)" --adjudicate --split "$split" "$d/nemo" "$d/pyvinorm" "$d/sea-g2p"
    done
else
    echo "run_sets: tn not found; skipped" >&2
fi
# English (--language en): the tests of NeMo's English normalizer (bench/tn-en; session 20,
# measured once blind, then opened).
if d=$(find_set tn-en); then
    line "tn-en (English)" --language en --by-file "$d" | sed 's/ |$/ | |/'
else
    echo "run_sets: tn-en not found; skipped" >&2
fi
if [ "${DOCBAO_SEALED:-0}" = 1 ]; then
    for s in tn4 tn5; do
        score_set "$s"
    done
fi
