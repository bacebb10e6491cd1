#!/usr/bin/env bash
# Issue 2's measures for the whole pipeline, each side by side with espeak-ng on the same
# machine in the same run:
#   1. time from process start to the first audio sample (median of 10 runs);
#   2. total time of "docbao export" against "espeak-ng -v vi -w" on the same extracted text
#      (medians of alternating runs, and instruction counts from callgrind, which do not
#      depend on the machine's load);
#   3. peak memory (maximum resident set size).
# Usage: bench/run_pipeline.sh [PAGE]   (default: the seed sample). Needs a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
page=${1:-samples/bac-kan-2024-01-28.html}
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" >/dev/null
docbao=build/release/src/cli/docbao
first=build/release/bench/bench_first_audio
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$docbao" extract --text "$page" >"$tmp/article.txt"
# What docbao says: the same text after its normalizer (numbers, dates... written out), so that
# espeak-ng can be timed on exactly the speech docbao produces.
"$docbao" normalize "$tmp/article.txt" >"$tmp/spoken.txt"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
# cpu CMD...: user + system CPU time of a command, in microseconds.
cpu() { /usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%d\n", ($1 + $2) * 1000000 }'; }

echo "page: $page ($(wc -c <"$page") bytes; extracted text $(wc -c <"$tmp/article.txt") bytes)"
echo
echo "1. Time to the first audio sample (median of 10 runs)"
d_first=$("$first" 10 "$docbao" export "$page" -o - | sed -n 's/^median: \([0-9.]*\).*/\1/p')
e_first=$("$first" 10 espeak-ng -v vi --stdout -f "$tmp/article.txt" | sed -n 's/^median: \([0-9.]*\).*/\1/p')
printf '   docbao export PAGE -o -          %8.2f ms   (target <= 30 ms)\n' "$d_first"
printf '   espeak-ng --stdout -f TEXT       %8.2f ms   (anchor)\n' "$e_first"

echo
echo "2. Total export time on the same extracted text (21 alternating runs each)"
: >"$tmp/d.txt"
: >"$tmp/e.txt"
: >"$tmp/dc.txt"
: >"$tmp/ec.txt"
: >"$tmp/s.txt"
: >"$tmp/sc.txt"
for _ in $(seq 1 21); do
    ms "$docbao" export -q "$tmp/article.txt" -o "$tmp/d.wav" >>"$tmp/d.txt"
    ms espeak-ng -v vi -f "$tmp/article.txt" -w "$tmp/e.wav" >>"$tmp/e.txt"
    ms espeak-ng -v vi -f "$tmp/spoken.txt" -w "$tmp/s.wav" >>"$tmp/s.txt"
    cpu "$docbao" export -q "$tmp/article.txt" -o "$tmp/d.wav" >>"$tmp/dc.txt"
    cpu espeak-ng -v vi -f "$tmp/article.txt" -w "$tmp/e.wav" >>"$tmp/ec.txt"
    cpu espeak-ng -v vi -f "$tmp/spoken.txt" -w "$tmp/s.wav" >>"$tmp/sc.txt"
done
s_med=$(median <"$tmp/s.txt")
sc_med=$(median <"$tmp/sc.txt")
d_med=$(median <"$tmp/d.txt")
e_med=$(median <"$tmp/e.txt")
dc_med=$(median <"$tmp/dc.txt")
ec_med=$(median <"$tmp/ec.txt")
printf '   docbao export TEXT -o x.wav      %8.1f ms\n' "$(awk -v v="$d_med" 'BEGIN { print v / 1000 }')"
printf '   espeak-ng -v vi -f TEXT -w x.wav %8.1f ms\n' "$(awk -v v="$e_med" 'BEGIN { print v / 1000 }')"
printf '   ratio (wall clock medians)       %8.3f     (target <= 1.1)\n' "$(awk -v a="$d_med" -v b="$e_med" 'BEGIN { print a / b }')"
printf '   CPU time medians: docbao %.0f ms, espeak-ng %.0f ms, ratio %.3f\n' \
    "$(awk -v v="$dc_med" 'BEGIN { print v / 1000 }')" "$(awk -v v="$ec_med" 'BEGIN { print v / 1000 }')" \
    "$(awk -v a="$dc_med" -v b="$ec_med" 'BEGIN { print (b > 0) ? a / b : 0 }')"
printf '   espeak-ng on docbao'"'"'s spoken text  %6.1f ms (the same speech as docbao'"'"'s); ratio %.3f wall, %.3f CPU\n' \
    "$(awk -v v="$s_med" 'BEGIN { print v / 1000 }')" "$(awk -v a="$d_med" -v b="$s_med" 'BEGIN { print a / b }')" \
    "$(awk -v a="$dc_med" -v b="$sc_med" 'BEGIN { print (b > 0) ? a / b : 0 }')"
if command -v valgrind >/dev/null; then
    # ir CMD...: instructions the command executes (callgrind), independent of the machine's load.
    ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | sed -n 's/.*refs: *//p' | tr -d ,; }
    d_ir=$(ir "$docbao" export -q "$tmp/article.txt" -o "$tmp/d.wav")
    e_ir=$(ir espeak-ng -v vi -f "$tmp/article.txt" -w "$tmp/e.wav")
    s_ir=$(ir espeak-ng -v vi -f "$tmp/spoken.txt" -w "$tmp/s.wav")
    printf '   instructions: docbao %s, espeak-ng %s (ratio %.3f), espeak-ng on the spoken text %s (ratio %.3f)\n' \
        "$d_ir" "$e_ir" "$(awk -v a="$d_ir" -v b="$e_ir" 'BEGIN { print a / b }')" \
        "$s_ir" "$(awk -v a="$d_ir" -v b="$s_ir" 'BEGIN { print a / b }')"
fi
printf '   audio: docbao %s s, espeak-ng %s s\n' \
    "$(build/release/tests/audio_stats "$tmp/d.wav" 2>/dev/null | sed -n 's/seconds=\([0-9.]*\).*/\1/p')" \
    "$(build/release/tests/audio_stats "$tmp/e.wav" 2>/dev/null | sed -n 's/seconds=\([0-9.]*\).*/\1/p')"

echo
echo "3. Peak memory (maximum resident set size)"
d_rss=$(/usr/bin/time -f %M "$docbao" export -q "$page" -o "$tmp/d.wav" 2>&1 >/dev/null | tail -1)
e_rss=$(/usr/bin/time -f %M espeak-ng -v vi -f "$tmp/article.txt" -w "$tmp/e.wav" 2>&1 >/dev/null | tail -1)
printf '   docbao export PAGE -o x.wav      %8.1f MB   (target <= 20 MB)\n' "$(awk -v k="$d_rss" 'BEGIN { print k / 1024 }')"
printf '   espeak-ng -w                     %8.1f MB   (anchor)\n' "$(awk -v k="$e_rss" 'BEGIN { print k / 1024 }')"
