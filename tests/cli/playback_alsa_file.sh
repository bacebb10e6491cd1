#!/usr/bin/env bash
# Playback through PortAudio for real: ALSA's default device is the "file" plugin, in this
# test's own HOME, so every sample played is captured. Also: no device at all fails fast.
. "$(dirname "$0")/lib.sh"

capture="$TMP/capture.wav"
alsa_capture "$capture"

run "$DOCBAO" read "$SEED"
expect_status 0 "read the seed page through PortAudio"
[ -s "$capture" ] && pass "audio reached the device" || fail "nothing captured"
run "$DOCBAO" export "$SEED" -o "$TMP/reference.wav"
ref=$(stat_of seconds "$TMP/reference.wav")
got=$(stat_of seconds "$capture")
float_between "$got" "$(awk -v s="$ref" 'BEGIN { print s * 0.99 }')" \
    "$(awk -v s="$ref" 'BEGIN { print s * 1.02 }')" "played length matches the spoken article"
float_between "$(stat_of voiced "$capture")" 0.5 1.0 "the played audio is speech, not silence"
float_between "$(stat_of rms "$capture")" 0.03 0.5 "the played audio is audible"

rm -f "$capture"
run "$DOCBAO" --rate 300 --voice mien-trung "$SEED"
expect_status 0 "plain 'docbao FILE' with options reads"
float_between "$(stat_of seconds "$capture")" \
    "$(awk -v s="$ref" 'BEGIN { print s * 0.45 }')" \
    "$(awk -v s="$ref" 'BEGIN { print s * 0.75 }')" "a faster rate plays shorter"

# A named device that does not exist.
run "$DOCBAO" read --device "no such card" "$SEED"
expect_status 5 "unknown device"
expect_in "$TMP/err" "no such card" "the device is named"

# No sound device at all: an ALSA configuration whose default device cannot open.
alsa_no_device
start=$(date +%s%N)
run "$DOCBAO" read "$SEED"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
expect_status 5 "no sound device"
expect_lines "$TMP/err" 1 "one line, without ALSA's or JACK's noise"
expect_in "$TMP/err" "docbao export" "the message suggests docbao export"
[ "$elapsed_ms" -lt 3000 ] && pass "fails fast (${elapsed_ms} ms)" || fail "took ${elapsed_ms} ms"

finish
