#!/usr/bin/env bash
# Pause and resume, judged on the audio itself: docbao read in tmux plays through a private
# PulseAudio null sink that parec records; the recording is matched sample for sample against
# an export of the same article (tests/tools/audio_align.c). Across every pause, reading must go
# on from where it stopped: no voiced audio of the article skipped or repeated.
#
# espeak-ng's output is the same, sample for sample, only for the same sequence of calls from
# its start (its noise source runs on between calls): a recording matches the export up to the
# first audio made after a spoken message. So each session pauses three times within the lead's
# first, long sentence (made before the first pause), 3 s each, after 1.5 to 3.5 s of reading;
# SESSIONS sessions (default 2; SESSIONS=7 for some 20 pauses).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/pulse.sh"

for tool in tmux pulseaudio parec; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 0; }
done
: "${AUDIO_ALIGN:?AUDIO_ALIGN must name the audio_align tool (ctest sets it)}"

# The reference: the same article, voice and rate, rendered without a device.
"$DOCBAO" export "$SEED" -o - >"$TMP/reference.raw"

start_pulse
socket="docbao-pause-$$"
tm() { tmux -L "$socket" "$@"; }
trap 'tm kill-server 2>/dev/null || true; stop_pulse; cleanup' EXIT
sessions=${SESSIONS:-2}
worst=0
found=0
for session in $(seq 1 "$sessions"); do
    ensure_pulse
    rm -rf "$XDG_STATE_HOME"
    start_capture "$TMP/capture.raw"
    tm new-session -d -s docbao -x 160 -y 40 \
        "env HOME='$HOME' XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR' XDG_STATE_HOME='$XDG_STATE_HOME' \
         XDG_CONFIG_HOME='$XDG_CONFIG_HOME' DOCBAO_LANG=en '$DOCBAO' read --from-start '$SEED'; \
         echo EXITED=\$?; sleep 30"
    for _ in $(seq 1 300); do
        grep -q "Reading. Press h" <<<"$(tm capture-pane -p -t docbao)" && break
        sleep 0.1
    done
    sleep 8.5 # into the lead (the title takes about 7 s)
    for i in 1 2 3; do
        tm send-keys -t docbao Space
        sleep 3
        tm send-keys -t docbao Space
        # Pauses fall at varied places: within words, between them, in each session anew.
        sleep "$(awk -v i="$i" -v s="$session" 'BEGIN { printf "%.2f", 1.5 + (i * 0.37 + s * 0.61) % 2 }')"
    done
    tm send-keys -t docbao q
    sleep 1
    stop_capture
    tm kill-session -t docbao 2>/dev/null || true

    # Segments of the recording that match the reference, and what each skipped since the last.
    "$AUDIO_ALIGN" "$TMP/reference.raw" "$TMP/capture.raw" >"$TMP/segments"
    echo "session $session: recording -> reference (seconds; last: voiced reference skipped)"
    sed 's/^/  /' "$TMP/segments"
    # The long silences of the recording are the pauses; around each, the reference goes on.
    awk 'NR > 1 && $1 - prev_end > 2.5 { printf "%.1f %.3f\n", prev_end, $5 } { prev_end = $2 }' \
        "$TMP/segments" >"$TMP/pauses"
    while read -r at skipped; do
        echo "  pause at ${at} s: ${skipped} s of the article skipped"
        found=$((found + 1))
        worst=$(awk -v a="$worst" -v b="$skipped" 'BEGIN { if (b < 0) b = -b; print (b > a) ? b : a }')
    done <"$TMP/pauses"
done
[ "$found" -ge $((sessions * 3)) ] && pass "$found pauses found in the recordings" ||
    fail "only $found of $((sessions * 3)) pauses were found in the recordings"
# A 20 ms window straddling the cut may not match: a few hundredths of a second are noise; the
# defect this guards against skipped about 3 s.
float_between "$worst" 0 0.5 "after every pause reading went on where it stopped (worst skip, s)"
finish
