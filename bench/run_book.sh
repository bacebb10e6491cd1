#!/usr/bin/env bash
# Talking books against plain audio: the sample edition exported as an EPUB 3 book (media
# overlays) and as a DAISY 2.02 book, each side by side with the same edition exported as one
# .mp3 (the anchor), in the same run, in alternating order (mp3 EPUB DAISY, then DAISY EPUB
# mp3, ...), after one round that is not counted:
#   - median wall-clock time and median CPU time (user + system) of each export;
#   - the ratios EPUB/mp3 and DAISY/mp3, as the median of each round's ratio (the rounds are
#     paired, so a change in the machine's load between rounds cancels out) and as the ratio of
#     the medians. Target: EPUB/mp3 <= 1.3 (issue 13); DAISY/mp3 is shown against the same.
# Then, when valgrind is there (INSTRUCTIONS=0 skips it, about 4 minutes), the instructions each
# export executes (callgrind), which do not depend on the machine's load, and their ratios.
# The books made in the last round are checked once with tests/tools/book_sync (clips against
# the audio), so that the time measured is that of a correct book.
# Usage: bench/run_book.sh [SOURCES...]   (default: the three sample pages; samples/feed.rss
# gives the same edition from the feed). ROUNDS (default 11) sets the counted rounds. On a busy
# machine run it under "chrt -f 10" (root) or "nice -n -5", so that other work does not share
# its cores in the middle of a pair.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-11}
if [ $# -gt 0 ]; then
    sources=()
    for s in "$@"; do sources+=("$(realpath "$s")"); done
else
    sources=("$PWD"/samples/*.html)
fi
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" >/dev/null
docbao=$PWD/build/release/src/cli/docbao
book_sync=$PWD/build/release/tests/book_sync
audio_stats=$PWD/build/release/tests/audio_stats
TMP=$(mktemp -d)
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/config" XDG_CACHE_HOME="$TMP/home/cache"
export XDG_STATE_HOME="$TMP/home/state"
mkdir -p "$HOME"

formats=(mp3 epub daisy)
declare -A label=([mp3]=".mp3 (anchor)" [epub]="EPUB 3" [daisy]="DAISY 2.02")

# out_args FORMAT NAME: sets out to the export options that write FORMAT as $TMP/NAME.FORMAT.
out_args() {
    case $1 in
    mp3 | epub) out=(-o "$TMP/$2.$1") ;;
    daisy) out=(--format daisy202 -o "$TMP/$2.daisy") ;;
    esac
}

# one FORMAT ROUND: exports the edition once; appends "ROUND WALL CPU" to $TMP/FORMAT.times.
one() {
    local out
    out_args "$1" out
    rm -rf "$TMP/out.$1"
    sync
    /usr/bin/time -f '%e %U %S' -o "$TMP/time" "$docbao" export -q "${sources[@]}" "${out[@]}"
    awk -v r="$2" '{ printf "%d %.3f %.3f\n", r, $1, $2 + $3 }' "$TMP/time" >>"$TMP/$1.times"
}

echo "edition: ${#sources[@]} sources: $(for s in "${sources[@]}"; do basename "$s"; done | tr '\n' ' ')"
echo "rounds: $rounds counted after 1 not counted; order alternates"
for r in $(seq 0 "$rounds"); do
    if [ $((r % 2)) -eq 0 ]; then order=(mp3 epub daisy); else order=(daisy epub mp3); fi
    for f in "${order[@]}"; do one "$f" "$r"; done
done

# middle: the median of the numbers on standard input, one a line.
middle() {
    sort -n | awk '{ a[NR] = $1 } END { printf "%.3f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
# median COLUMN FILE: the median of a column over the counted rounds (round 0 left out).
median() {
    awk -v c="$1" '$1 > 0 { print $c }' "$2" | middle
}
# paired COLUMN FORMAT: the median over the counted rounds of FORMAT's time over mp3's.
paired() {
    join <(awk '$1 > 0' "$TMP/$2.times" | sort -k1,1) <(awk '$1 > 0' "$TMP/mp3.times" | sort -k1,1) |
        awk -v c="$1" '{ print $c / $(c + 2) }' | middle
}

echo
echo "   wall / CPU seconds per round (round 0 not counted):  .mp3   EPUB   DAISY"
join <(sort -k1,1 "$TMP/mp3.times") <(sort -k1,1 "$TMP/epub.times") | join - <(sort -k1,1 "$TMP/daisy.times") |
    sort -n | awk '{ printf "     round %2d: %5.2f/%5.2f  %5.2f/%5.2f  %5.2f/%5.2f\n", $1, $2, $3, $4, $5, $6, $7 }'
echo
printf '   %-15s %12s %12s\n' "" "wall median" "CPU median"
for f in "${formats[@]}"; do
    printf '   %-15s %10s s %10s s\n' "${label[$f]}" "$(median 2 "$TMP/$f.times")" "$(median 3 "$TMP/$f.times")"
done
echo
for f in epub daisy; do
    wall=$(paired 2 "$f")
    cpu=$(paired 3 "$f")
    of_medians=$(awk -v a="$(median 2 "$TMP/$f.times")" -v b="$(median 2 "$TMP/mp3.times")" 'BEGIN { printf "%.3f", a / b }')
    verdict=$(awk -v w="$wall" -v c="$cpu" 'BEGIN { print (w <= 1.3 && c <= 1.3) ? "met" : "NOT met" }')
    printf '   %-10s wall %s, CPU %s (medians of the rounds'"'"' ratios; ratio of wall medians %s): target <= 1.3 %s\n' \
        "${label[$f]}/mp3:" "$wall" "$cpu" "$of_medians" "$verdict"
done

if command -v valgrind >/dev/null && [ "${INSTRUCTIONS:-1}" != 0 ]; then
    echo
    # ir FORMAT: instructions one export to FORMAT executes.
    ir() {
        local out
        out_args "$1" ir
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$docbao" export -q \
            "${sources[@]}" "${out[@]}" 2>&1 | sed -n 's/.*refs: *//p' | tr -d ,
    }
    declare -A irs
    for f in "${formats[@]}"; do irs[$f]=$(ir "$f"); done
    printf '   instructions: .mp3 %s, EPUB %s (ratio %.3f), DAISY %s (ratio %.3f)\n' \
        "${irs[mp3]}" "${irs[epub]}" "$(awk -v a="${irs[epub]}" -v b="${irs[mp3]}" 'BEGIN { print a / b }')" \
        "${irs[daisy]}" "$(awk -v a="${irs[daisy]}" -v b="${irs[mp3]}" 'BEGIN { print a / b }')"
fi

echo
mp3_seconds=$("$audio_stats" "$TMP/out.mp3" | sed -n 's/^seconds=\([0-9.]*\).*/\1/p')
epub_total=$(unzip -p "$TMP/out.epub" EPUB/package.opf | sed -n 's|.*<meta property="media:duration">\(.*\)</meta>.*|\1|p')
daisy_total=$(sed -n 's|.*name="ncc:totalTime" content="\([^"]*\)".*|\1|p' "$TMP/out.daisy/ncc.html")
echo "   audio: the .mp3 lasts $mp3_seconds s (with the announcements between articles), the EPUB's" \
    "$epub_total, the DAISY book's $daisy_total (with the spoken title and sections)"
echo "   sizes: .mp3 $(du -k "$TMP/out.mp3" | cut -f1) KB, EPUB $(du -k "$TMP/out.epub" | cut -f1) KB," \
    "DAISY $(du -sk "$TMP/out.daisy" | cut -f1) KB"
for f in epub daisy; do
    "$book_sync" "$TMP/out.$f" | sed -n 's/^clips=/   sync of the last '"${label[$f]}"' book: clips=/p'
done
