#!/usr/bin/env bash
# export: every format, plausible length, rate scaling, raw output, atomic files, Ctrl-C.
. "$(dirname "$0")/lib.sh"

run "$DOCBAO" export "$SEED" -o "$TMP/seed.wav"
expect_status 0 "export the seed page to WAV"
expect_in "$TMP/err" "Saved" "export says where the audio went"
seconds=$(stat_of seconds "$TMP/seed.wav")
# The seed article lasts minutes at 175 words per minute.
float_between "$seconds" 150 480 "seed article duration at 175 wpm"
float_between "$(stat_of voiced "$TMP/seed.wav")" 0.5 1.0 "the audio is mostly speech"

run "$DOCBAO" export --rate 350 "$SEED" -o "$TMP/fast.wav"
expect_status 0 "export at 350 wpm"
fast=$(stat_of seconds "$TMP/fast.wav")
ratio=$(awk -v a="$fast" -v b="$seconds" 'BEGIN { printf "%.3f", a / b }')
float_between "$ratio" 0.40 0.65 "doubling the rate roughly halves the duration"

# Above 450 espeak-ng's speed-up takes over: 900 takes about half the time of 450 (the pauses
# between sentences do not shrink), and keeps the pitch (a sound merely played faster would
# cross zero about twice as often).
run "$DOCBAO" export --rate 450 --sections title,lead "$SEED" -o "$TMP/r450.wav"
expect_status 0 "export at 450 wpm"
run "$DOCBAO" export --rate 900 --sections title,lead "$SEED" -o "$TMP/r900.wav"
expect_status 0 "export at 900 wpm"
ratio=$(awk -v a="$(stat_of seconds "$TMP/r900.wav")" -v b="$(stat_of seconds "$TMP/r450.wav")" \
    'BEGIN { printf "%.3f", a / b }')
echo "title and lead: $(stat_of seconds "$TMP/r450.wav") s at 450 wpm," \
    "$(stat_of seconds "$TMP/r900.wav") s at 900 wpm"
float_between "$ratio" 0.45 0.62 "900 wpm takes about half the time of 450"
ratio=$(awk -v a="$(stat_of zcr "$TMP/r900.wav")" -v b="$(stat_of zcr "$TMP/r450.wav")" \
    'BEGIN { printf "%.3f", a / b }')
float_between "$ratio" 0.8 1.25 "900 wpm keeps the voice's pitch"

for ext in flac ogg opus mp3; do
    run "$DOCBAO" export "$SEED" -o "$TMP/seed.$ext"
    expect_status 0 "export to .$ext"
    float_between "$(stat_of seconds "$TMP/seed.$ext")" \
        "$(awk -v s="$seconds" 'BEGIN { print s * 0.98 }')" \
        "$(awk -v s="$seconds" 'BEGIN { print s * 1.02 }')" ".$ext has the same length"
done

# Raw PCM on standard output, for piping into a player.
run bash -c "\"$DOCBAO\" export \"$SEED\" -o - > \"$TMP/seed.raw\""
expect_status 0 "export to standard output"
float_between "$(stat_of seconds --raw 22050 "$TMP/seed.raw")" \
    "$(awk -v s="$seconds" 'BEGIN { print s * 0.999 }')" \
    "$(awk -v s="$seconds" 'BEGIN { print s * 1.001 }')" "raw output has the same length"

# Sections choose what is read.
run "$DOCBAO" export --sections title "$SEED" -o "$TMP/title.wav"
float_between "$(stat_of seconds "$TMP/title.wav")" 3 15 "the title alone is short"
run "$DOCBAO" export --sections captions --voice mien-nam "$SEED" -o "$TMP/captions.wav"
float_between "$(stat_of seconds "$TMP/captions.wav")" 5 40 "both captions with their labels"

# Failures leave an existing file untouched and no temporary files behind.
echo "old" >"$TMP/keep.ogg"
run "$DOCBAO" export "$TMP/missing.html" -o "$TMP/keep.ogg"
expect_status 3 "export of a missing page"
[ "$(cat "$TMP/keep.ogg")" = "old" ] && pass "existing file untouched" || fail "keep.ogg changed"
run "$DOCBAO" export "$SEED" -o "$TMP/out.xyz"
expect_status 6 "unknown output format"
expect_in "$TMP/err" ".wav, .flac, .ogg, .opus or .mp3" "the formats are listed"
mkdir -p "$TMP/folder"
run "$DOCBAO" export "$SEED" -o "$TMP/folder"
expect_status 6 "a folder as the output"
expect_in "$TMP/err" "is a folder" "the folder is named as such"
run "$DOCBAO" export "$SEED" -o "$TMP/no-such-dir/out.wav"
expect_status 6 "unwritable output"
[ -z "$(find "$TMP" -name '*.part')" ] && pass "no temporary files left" || fail "temporary files left"

# Ctrl-C during a long export: exit 130, nothing written under the name.
long="$TMP/long.txt"
{ echo "Bài dài"; for _ in $(seq 1 60); do sed -n 's/.*<p style="text-align: justify;">\(.*\)<\/p>.*/\1/p' "$SEED"; done; } >"$long"
"$DOCBAO" export --rate 80 "$long" -o "$TMP/long.wav" 2>"$TMP/err" &
pid=$!
sleep 0.5
interrupt "$pid"
expect_status 130 "Ctrl-C stops the export"
[ ! -e "$TMP/long.wav" ] && pass "no file after Ctrl-C" || fail "long.wav exists after Ctrl-C"
[ -z "$(find "$TMP" -name '*.part')" ] && pass "no temporary file after Ctrl-C" || fail "temporary file left after Ctrl-C"

# A progress bar on a terminal.
if command -v script >/dev/null; then
    script -qec "\"$DOCBAO\" export \"$SEED\" -o \"$TMP/tty.ogg\"" /dev/null >"$TMP/tty.log" 2>&1 || true
    expect_in "$TMP/tty.log" "100%" "a progress bar on a terminal"
fi
run "$DOCBAO" export "$SEED" -o "$TMP/notty.ogg"
if grep -q '%' "$TMP/err"; then fail "no progress bar when stderr is not a terminal"; else pass "no progress bar off a terminal"; fi

finish
