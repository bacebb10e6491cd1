#!/usr/bin/env bash
# A real terminal session: docbao read in tmux, steered by keys, playing in real time through a
# private PulseAudio server whose output is recorded. Shows that pause stops the audio, a rate
# change shortens the rest, next skips ahead, and the position is offered again on reopening.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/pulse.sh"

for tool in tmux pulseaudio parec; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 0; }
done
start_pulse

socket="docbao-test-$$"
tm() { tmux -L "$socket" "$@"; }
trap 'tm kill-server 2>/dev/null || true; stop_pulse; cleanup' EXIT

# pane_wait TEXT SECONDS: waits until the terminal shows TEXT.
pane_wait() {
    for _ in $(seq 1 $(($2 * 10))); do
        grep -qF -- "$1" <<<"$(tm capture-pane -p -t docbao 2>/dev/null)" && return 0
        sleep 0.1
    done
    fail "the terminal never showed '$1': $(tm capture-pane -p -t docbao 2>/dev/null | tail -5)"
    return 1
}

start_session() { # LOG
    tm new-session -d -s docbao -x 160 -y 40 \
        "env HOME='$HOME' XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR' XDG_STATE_HOME='$XDG_STATE_HOME' \
         XDG_CONFIG_HOME='$XDG_CONFIG_HOME' DOCBAO_LANG=en '$DOCBAO' read --log '$1' '$SEED'; \
         echo EXITED=\$?; stty -a > '$1.stty'; sleep 30"
}

key() { tm send-keys -t docbao "$@"; }

# --- First session -------------------------------------------------------------------------
start_capture "$TMP/run1.raw"
start_session "$TMP/run1.log"
pane_wait "Reading. Press h for the keys" 30
sleep 9            # the title and its pause, then well into the lead
key 5              # keypad 5: pause
pane_wait "Paused" 5
sleep 5
key 5              # continue
sleep 4
key Right          # next sentence
sleep 3
key + + +          # three steps faster
pane_wait "Rate 250 words per minute" 5
sleep 12
key w              # where am I
pane_wait "paragraph" 5
sleep 4
key q
pane_wait "EXITED=0" 30
stop_capture

# Pause stops the audio: the one silence longer than any pause in the article.
silence=$(stat_of longest_silence --raw 22050 "$TMP/run1.raw")
float_between "$silence" 3.5 6 "pause silenced the article for the whole pause"
float_between "$(stat_of voiced --raw 22050 "$TMP/run1.raw")" 0.3 1 "speech was played"

# Next skips ahead: the sentence after the command is the one after the current one.
awk '/command next-sentence/ { split($5, u, "="); want = u[2] + 1; seen = 1; next }
     seen && /sentence utterance=/ { split($3, u, "="); print (u[2] == want) ? "ok" : "bad"; exit }' \
    "$TMP/run1.log" >"$TMP/next.txt"
[ "$(cat "$TMP/next.txt")" = "ok" ] && pass "next skipped to the following sentence" \
    || fail "next did not skip ahead: $(grep -n 'command\|sentence' "$TMP/run1.log" | head -20)"

# The rate change shortens the rest: milliseconds per spoken character, before and after.
awk '/sentence utterance=/ {
        split($5, c, "="); split($6, r, "=");
        if (prev_t != "" && prev_rate == r[2] && !cut) { ms[prev_rate] += $1 - prev_t; ch[prev_rate] += prev_c }
        prev_t = $1; prev_c = c[2]; prev_rate = r[2]; cut = 0 }
     / command [a-z]/ { cut = 1 }
     END { printf "%.3f\n", (ms[250] / ch[250]) / (ms[175] / ch[175]) }' "$TMP/run1.log" >"$TMP/ratio.txt"
float_between "$(cat "$TMP/ratio.txt")" 0.55 0.85 "after the rate change each character takes less time"

# --- Reopening offers the position -----------------------------------------------------------
last=$(grep -o 'sentence utterance=[0-9]*' "$TMP/run1.log" | tail -1 | cut -d= -f2 || true)
tm kill-session -t docbao
ensure_pulse
start_session "$TMP/run2.log"
pane_wait "Last time you stopped at paragraph" 30
sleep 1
key Enter
sleep 3
key q
pane_wait "EXITED=0" 30
first=$(grep -o 'sentence utterance=[0-9]*' "$TMP/run2.log" | head -1 | cut -d= -f2 || true)
[ "$first" = "$last" ] && pass "reopened at sentence $last" \
    || fail "reopened at sentence '$first', but the first session stopped at '$last'"

# --- Ctrl-C stops at once and gives the terminal back ----------------------------------------
tm kill-session -t docbao
ensure_pulse
start_session "$TMP/run3.log"
pane_wait "Reading. Press h for the keys" 30
sleep 2
start=$(date +%s%N)
key C-c
pane_wait "EXITED=130" 5
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$elapsed_ms" -lt 1000 ] && pass "Ctrl-C stopped in ${elapsed_ms} ms" \
    || fail "Ctrl-C took ${elapsed_ms} ms"
sleep 0.5
grep -qE '(^| )icanon' "$TMP/run3.log.stty" 2>/dev/null && grep -qE '(^| )echo( |$)' "$TMP/run3.log.stty" \
    && pass "the terminal is back in line mode with echo" \
    || fail "the terminal was left raw: $(cat "$TMP/run3.log.stty" 2>/dev/null)"

finish
