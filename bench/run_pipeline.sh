#!/usr/bin/env bash
# The whole pipeline's start-up and speed, each side by side with espeak-ng on the same machine
# in the same run, in alternating runs (medians):
#   1. time from process start to the first audio sample of "docbao export PAGE -o -", against
#      "espeak-ng -v vi --stdout" on the same extracted text;
#   2. "docbao --version" against "espeak-ng --version" (start-up alone);
#   3. "docbao export PAGE -o x.wav" against "espeak-ng -v vi -w" on the same spoken text, and
#      instruction counts (callgrind), which do not depend on the machine's load;
#   4. "docbao read PAGE" through a private PulseAudio server (null sink): time from process
#      start to the first sample reaching the server, against "espeak-ng -v vi" speaking the
#      same text through the same server;
#   5. peak memory (maximum resident set size).
# Usage: bench/run_pipeline.sh [PAGE]   (default: the seed sample). Needs a release build.
# RUNS (default 31) sets the number of runs of 1-3; READ_RUNS (default 15) those of 4. On a
# busy machine, run it under "chrt -f 10" so that other work does not share its cores.
set -euo pipefail
cd "$(dirname "$0")/.."
page=$(realpath "${1:-samples/bac-kan-2024-01-28.html}")
runs=${RUNS:-31}
read_runs=${READ_RUNS:-15}
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" >/dev/null
docbao=$PWD/build/release/src/cli/docbao
bench=$PWD/build/release/bench/bench_first_audio
TMP=$(mktemp -d)
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT
"$docbao" extract --text "$page" >"$TMP/article.txt"
# What docbao says: the same text after its normalizer (numbers, dates... written out), so that
# espeak-ng can be timed on exactly the speech docbao produces.
"$docbao" normalize "$TMP/article.txt" >"$TMP/spoken.txt"
# median and ratio lines of bench_first_audio
show() { sed -n 's/^median: \([0-9.]*\) ms over \([0-9]*\) runs (\(.*\))$/   \3: median \1 ms over \2 runs/p; s/^ratio: /   ratio: /p'; }

echo "page: $page ($(wc -c <"$page") bytes; extracted text $(wc -c <"$TMP/article.txt") bytes)"
echo
echo "1. Process start to the first audio sample (target: ratio <= 1.3)"
"$bench" "$runs" "$docbao" export "$page" -o - --vs espeak-ng -v vi --stdout -f "$TMP/article.txt" | show

echo
echo "2. docbao --version against espeak-ng --version (target: ratio <= 1.1)"
"$bench" --exit "$runs" "$docbao" --version --vs espeak-ng --version | show
echo "   shared libraries loaded at start: docbao $(ldd "$docbao" | grep -c '=>'), espeak-ng $(ldd "$(command -v espeak-ng)" | grep -c '=>')"

echo
echo "3. Whole export to WAV, on the same spoken text (target: ratio <= 1.1)"
"$bench" --exit "$runs" "$docbao" export -q "$page" -o "$TMP/d.wav" \
    --vs espeak-ng -v vi -f "$TMP/spoken.txt" -w "$TMP/e.wav" | show
if command -v valgrind >/dev/null; then
    # ir CMD...: instructions the command executes (callgrind), independent of the machine's load.
    ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | sed -n 's/.*refs: *//p' | tr -d ,; }
    d_ir=$(ir "$docbao" export -q "$page" -o "$TMP/d.wav")
    s_ir=$(ir espeak-ng -v vi -f "$TMP/spoken.txt" -w "$TMP/e.wav")
    printf '   instructions: docbao %s, espeak-ng %s, ratio %.3f\n' "$d_ir" "$s_ir" \
        "$(awk -v a="$d_ir" -v b="$s_ir" 'BEGIN { print a / b }')"
fi
printf '   audio: docbao %s s, espeak-ng %s s\n' \
    "$(build/release/tests/audio_stats "$TMP/d.wav" 2>/dev/null | sed -n 's/seconds=\([0-9.]*\).*/\1/p')" \
    "$(build/release/tests/audio_stats "$TMP/e.wav" 2>/dev/null | sed -n 's/seconds=\([0-9.]*\).*/\1/p')"

echo
echo "4. docbao read: process start to the first sample at the sound server (PulseAudio null sink)"
if command -v pulseaudio >/dev/null && command -v parec >/dev/null; then
    export HOME="$TMP/home" XDG_STATE_HOME="$TMP/home/state" XDG_CONFIG_HOME="$TMP/home/config"
    mkdir -p "$HOME"
    . tests/cli/pulse.sh
    trap 'stop_pulse; cleanup' EXIT
    start_pulse
    parec -d docbao_null.monitor --format=s16le --rate=22050 --channels=1 --latency-msec=5 \
        >"$TMP/capture.raw" &
    capture_pid=$!
    sleep 0.5
    "$bench" --capture "$TMP/capture.raw" "$read_runs" \
        "$docbao" read --no-keys --from-start "$page" \
        --vs espeak-ng -v vi -f "$TMP/article.txt" | show
    echo "   (both include the monitor's own latency, the same for both)"
    kill "$capture_pid" 2>/dev/null || true
else
    echo "   skipped: needs pulseaudio and parec"
fi

echo
echo "5. Peak memory (maximum resident set size)"
d_rss=$(/usr/bin/time -f %M "$docbao" export -q "$page" -o "$TMP/d.wav" 2>&1 >/dev/null | tail -1)
e_rss=$(/usr/bin/time -f %M espeak-ng -v vi -f "$TMP/article.txt" -w "$TMP/e.wav" 2>&1 >/dev/null | tail -1)
printf '   docbao export PAGE -o x.wav      %8.1f MB   (target <= 20 MB)\n' "$(awk -v k="$d_rss" 'BEGIN { print k / 1024 }')"
printf '   espeak-ng -w                     %8.1f MB   (anchor)\n' "$(awk -v k="$e_rss" 'BEGIN { print k / 1024 }')"
