#!/usr/bin/env bash
# The highlight follows the audio. The reader plays the seed article through PortAudio for real,
# into ALSA's "file" plugin (in this test's own HOME), and logs when it highlights each
# sentence. Every sentence is highlighted once, in order; the audio played is the whole
# article; and each highlight comes when its sentence starts to sound in the captured audio.
. "$(dirname "$0")/lib.sh"

capture="$TMP/capture.wav"
alsa_capture "$capture"

gtk --size 1000x700 --log "$TMP/log" --quit-when-finished "$SEED"
expect_status 0 "the reader played the article and quit at its end"
[ -s "$capture" ] && pass "audio reached the device" || { fail "nothing captured"; finish; }

# Highlights: utterances 0..N-1, once each, in order.
awk '$2 == "highlight"' "$TMP/log" >"$TMP/hl"
n=$(sed -n 's/.* of=\([0-9]*\) .*/\1/p' "$TMP/hl" | head -1)
order=$(sed -n 's/.* utterance=\([0-9]*\) .*/\1/p' "$TMP/hl" | tr '\n' ' ')
expected=$(seq 0 $((n - 1)) | tr '\n' ' ')
[ -n "$n" ] && [ "$order" = "$expected" ] &&
    pass "all $n sentences highlighted once each, in reading order" ||
    fail "highlight order: '$order', expected '$expected'"

# The audio is the whole article (as long as the export, give or take the silence around it).
"$DOCBAO" export "$SEED" -o "$TMP/reference.wav"
ref=$(stat_of seconds "$TMP/reference.wav")
voiced_ref=$(awk -v s="$ref" -v v="$(stat_of voiced "$TMP/reference.wav")" 'BEGIN { print s * v }')
voiced_got=$(awk -v s="$(stat_of seconds "$capture")" -v v="$(stat_of voiced "$capture")" 'BEGIN { print s * v }')
float_between "$voiced_got" "$(awk -v s="$voiced_ref" 'BEGIN { print s * 0.97 }')" \
    "$(awk -v s="$voiced_ref" 'BEGIN { print s * 1.10 }')" \
    "seconds of speech played match the article's ($voiced_ref s)"

# Timing needs a device that plays in real time (the file plugin takes audio as fast as it
# comes): a private PulseAudio server's null sink, recorded from its monitor, and a short
# article. The log stamps the player's start with the wall clock, and so does the recording.
. "$(dirname "$0")/../cli/pulse.sh"
if ! command -v pulseaudio >/dev/null || ! command -v parec >/dev/null; then
    echo "skip: timing needs pulseaudio and parec"
    finish
    exit 0
fi
start_pulse
cat >"$TMP/short.txt" <<'TEXT'
Bản tin thử nghiệm

Hôm nay trời nắng đẹp ở Hà Nội. Giao thông trong thành phố thông suốt. Giá lúa tăng nhẹ so với tuần trước.

Đoạn thứ hai có một câu ngắn. Đây là câu cuối cùng của bài.
TEXT
parec -d docbao_null.monitor --format=s16le --rate=22050 --channels=1 --latency-msec=20 \
    >"$TMP/pulse.raw" &
CAPTURE_PID=$!
# When did the recording start? parec takes a while to connect: once its samples flow, the
# wall clock minus the length recorded so far (2 bytes a sample, 22050 a second) tells.
for _ in $(seq 1 300); do
    [ -s "$TMP/pulse.raw" ] && break
    sleep 0.01
done
sleep 0.5
now=$(date +%s%N)
bytes=$(stat -c %s "$TMP/pulse.raw")
t_cap=$((now - bytes * 1000000000 / 44100))
gtk --size 1000x700 --log "$TMP/log2" --quit-when-finished "$TMP/short.txt"
stop_capture
expect_status 0 "the short article played through PulseAudio"
"$AUDIO_ONSETS" --raw 22050 "$TMP/pulse.raw" 250 >"$TMP/onsets"
real0=$(awk '$2 == "player-start" { sub("real_us=", "", $4); printf "%.3f %s", $1, $4; exit }' "$TMP/log2")
awk -v r="$real0" -v c="$t_cap" 'BEGIN { split(r, a, " ") }
     $2 == "highlight" { printf "%.1f\n", (a[2] / 1000.0 + ($1 - a[1])) - c / 1000000.0 }' \
    "$TMP/log2" >"$TMP/hl_ms"
# For each highlight, the nearest start of sound after a pause, and how far it is.
awk 'NR == FNR { on[n++] = $1; next }
     { best = 1e9; for (i = 0; i < n; i++) { d = on[i] - $1; if (d * d < best * best) best = d }
       print best }' "$TMP/onsets" "$TMP/hl_ms" >"$TMP/delta"
count=$(wc -l <"$TMP/delta")
echo "  highlights (ms into the recording): $(tr '\n' ' ' <"$TMP/hl_ms")"
echo "  sound onsets (ms): $(tr '\n' ' ' <"$TMP/onsets")"
echo "  audio minus highlight (ms): $(tr '\n' ' ' <"$TMP/delta")"
n2=$(sed -n 's/.* of=\([0-9]*\) .*/\1/p' "$TMP/log2" | head -1)
[ "$count" -eq "${n2:-0}" ] && [ "$count" -gt 3 ] && pass "$count sentences highlighted" ||
    fail "highlights: $count of ${n2:-?}"
worst=$(awk '{ d = $1 < 0 ? -$1 : $1; if (d > w) w = d } END { print w + 0 }' "$TMP/delta")
mean=$(awk '{ s += $1 } END { printf "%.1f", s / NR }' "$TMP/delta")
float_between "$worst" 0 150 "each highlight within 150 ms of its sentence's sound (worst ${worst} ms, mean ${mean} ms)"
# And at the audio's pace: the time between two highlights is the time between their sounds.
paste "$TMP/hl_ms" "$TMP/delta" | awk 'NR > 1 { d = ($2 - p); if (d < 0) d = -d; if (d > w) w = d } { p = $2 } END { print w + 0 }' >"$TMP/drift"
float_between "$(cat "$TMP/drift")" 0 100 "intervals between highlights match the audio's within 100 ms"
finish
