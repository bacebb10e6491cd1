#!/usr/bin/env bash
# A DAISY 2.02 book made by docbao, opened in daisy-player (the Debian package) in a tmux
# terminal: it lists the book's sections and articles, shows the book's length as ncc.html
# gives it, and plays the book into a private PulseAudio server whose output is recorded;
# moving to another article and pressing Enter plays that one.
#
# daisy-player plays with libsox on the device given as -d DEVICE:TYPE, where a PulseAudio sink
# is named by its index (the number after "Sink #" in 'pactl list sinks'): -d default:pulseaudio
# matches nothing and leaves ALSA's "default", which libsox cannot open here (libsox-fmt-alsa is
# not installed: daisy-player depends on libsox-fmt-pulse only); the player then fails at once
# ("default (alsa): Bad file descriptor", a stale errno) and takes daisy-player down before
# the list is drawn. It keeps its preferences (the device it last used, which at start-up
# outrank -d for the first clip it plays) and its bookmarks in the password file's home
# directory, not in $HOME, so it is shown the test's HOME there (tests/tools/asound_cards.c):
# nothing earlier runs left in root's home decides what this run plays, and nothing is written
# there. And it will not start on a machine without a sound card (it reads
# /proc/asound/cards), so where there is none the same preload library shows it one.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/pulse.sh"

for tool in daisy-player tmux pulseaudio parec; do
    command -v "$tool" >/dev/null || { fail "$tool is not installed (scripts/install-deps.sh)"; finish; }
done
: "${AUDIO_STATS:?set by ctest}"

# The book: three articles in one section.
"$DOCBAO" export -q --format daisy202 -o "$TMP/book" \
    "$SAMPLES/bac-kan-2024-01-28.html" "$SAMPLES/tin-tuc-bao-dien-tu.html" "$SAMPLES/tin-dia-phuong-cu.html" ||
    { fail "the DAISY book was not made"; finish; }
ncc="$TMP/book/ncc.html"

start_pulse
# daisy-player keeps only the last sink 'pactl list sinks' lists; the private server has one.
sink=$(pactl list short sinks | awk '$2 == "docbao_null" { print $1 }')
[ -n "$sink" ] || { fail "the null sink is not in 'pactl list short sinks'"; finish; }
: "${ASOUND_CARDS_SHIM:?set by ctest}"
preload=(PASSWD_HOME="$HOME" LD_PRELOAD="$ASOUND_CARDS_SHIM")
if [ ! -r /proc/asound/cards ]; then
    printf ' 0 [Null           ]: Null - PulseAudio null sink\n                      PulseAudio null sink\n' >"$TMP/cards"
    preload+=(ASOUND_CARDS_FILE="$TMP/cards")
fi

socket="docbao-dp-$$"
tm() { tmux -L "$socket" "$@"; }
trap 'tm kill-server 2>/dev/null || true; stop_pulse; cleanup' EXIT
screen() { tm capture-pane -p -t dp 2>/dev/null; }
pane_wait() { # TEXT SECONDS
    for _ in $(seq 1 $(($2 * 10))); do
        grep -qF -- "$1" <<<"$(screen)" && return 0
        sleep 0.1
    done
    fail "daisy-player never showed '$1': $(screen | head -12)"
    return 1
}

start_capture "$TMP/capture.raw"
tm new-session -d -s dp -x 120 -y 30 \
    "cd '$TMP' && env HOME='$HOME' XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR' ${preload[*]} daisy-player '$TMP/book' -d '$sink:pulseaudio' 2>'$TMP/dp.err'; echo \"EXITED=\$?\"; sleep 30"

# The list: the section and the three articles (daisy-player cuts titles at about 45 columns).
pane_wait "Daisy-player" 15 || true
for title in "Chosen articles" "Gia Lai mở rộng vùng chanh leo" "Trung tâm Phục vụ hành chính" "$(sed -n 's/.*<h2[^>]*><a[^>]*>\(.\{20\}\).*/\1/p' "$ncc" | sed -n 3p)"; do
    pane_wait "$title" 10 && pass "daisy-player lists '$title'"
done
# The book's length as daisy-player adds it up from the clips, against ncc:totalTime.
total=$(grep -o '<meta name="ncc:totalTime" content="[^"]*"' "$ncc" | sed 's/.*content="//; s/"$//')
shown=$(screen | grep -o 'total length: [0-9:]*' | sed 's/total length: //')
hms() { awk -F: '{ print $1 * 3600 + $2 * 60 + $3 }' <<<"$1"; }
if [ -n "$shown" ] && d=$(( $(hms "$shown") - $(hms "$total") )) && [ "${d#-}" -le 1 ]; then
    pass "daisy-player finds the book's length ncc.html gives ($shown, $total)"
else
    fail "daisy-player shows a length of '$shown', ncc:totalTime is $total"
fi

sleep 8
# Down to the third article, and play it.
tm send-keys -t dp Down Down Down Enter
sleep 6
tm send-keys -t dp q
pane_wait "EXITED=0" 10 && pass "daisy-player quits cleanly"
[ -f "$HOME/.daisy-player.xml" ] && pass "daisy-player kept its preferences in the test's home" ||
    fail "daisy-player left no preferences in the test's home ($HOME)"
stop_capture

stats=$("$AUDIO_STATS" --raw 22050 "$TMP/capture.raw")
echo "capture: $stats"
voiced=$(sed 's/.*voiced=\([0-9.]*\).*/\1/' <<<"$stats")
seconds=$(sed 's/.*seconds=\([0-9.]*\).*/\1/' <<<"$stats")
longest=$(sed 's/.*longest_silence=\([0-9.]*\).*/\1/' <<<"$stats")
awk -v v="$voiced" -v s="$seconds" 'BEGIN { exit !(s > 12 && v > 0.4) }' &&
    pass "daisy-player played the book's speech (${seconds} s recorded, ${voiced} voiced)" ||
    fail "daisy-player's audio: $stats; $(head -5 "$TMP/dp.err")"
# Enter on another article plays on: no long silence after the keys.
awk -v l="$longest" 'BEGIN { exit !(l < 3) }' &&
    pass "playing went on after moving to another article (longest silence $longest s)" ||
    fail "a silence of $longest s: daisy-player stopped playing"

finish
