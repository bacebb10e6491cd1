#!/usr/bin/env bash
# The sound device goes away in the middle of reading (its server dies): docbao says so in one
# line and stops with a non-zero status, without the noise PortAudio and ALSA print.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/pulse.sh"
for tool in pulseaudio pactl; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 0; }
done
start_pulse

"$DOCBAO" read --no-keys "$SEED" >"$TMP/out" 2>"$TMP/err" &
pid=$!
sleep 3
stop_pulse
start=$(date +%s%N)
set +e
wait "$pid"
status=$?
set -e
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect_status 1 "reading stops when the device is lost"
expect_lines "$TMP/err" 1 "one line on stderr"
expect_in "$TMP/err" "the sound device stopped working" "the loss is said plainly"
[ "$elapsed_ms" -lt 5000 ] && pass "stopped ${elapsed_ms} ms after the loss" \
    || fail "took ${elapsed_ms} ms to notice"
finish
