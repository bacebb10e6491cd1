#!/usr/bin/env bash
# Issue 5's measures for the player, through a private PulseAudio server that plays in real
# time (null sink), on the seed article:
#   1. latency from a key press to the changed audio reaching the sound output, over a scripted
#      tmux session of 60 key presses (timestamps logged by the player): median, 95th
#      percentile, maximum;
#   2. CPU time while reading the whole article at 175 wpm, against paplay playing the same
#      audio (exported to WAV) as the anchor;
#   3. underruns over the whole article.
# Usage: bench/run_player.sh [--keys-only] [PAGE]
#   (about 10 minutes: the article is played twice; --keys-only measures latency alone)
set -euo pipefail
cd "$(dirname "$0")/.."
keys_only=0
if [ "${1:-}" = "--keys-only" ]; then
    keys_only=1
    shift
fi
page=$(realpath "${1:-samples/bac-kan-2024-01-28.html}")
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" >/dev/null
DOCBAO=$PWD/build/release/src/cli/docbao
TMP=$(mktemp -d)
cleanup() { rm -rf "$TMP"; }
export HOME="$TMP/home" XDG_STATE_HOME="$TMP/home/state" XDG_CONFIG_HOME="$TMP/home/config"
mkdir -p "$HOME"
. tests/cli/pulse.sh
start_pulse

percentiles() { # reads numbers, prints "median p95 max n"
    sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) { print "- - - 0"; exit }
        i95 = int(NR * 0.95 + 0.999); if (i95 > NR) i95 = NR;
        printf "%.1f %.1f %.1f %d\n", a[int((NR + 1) / 2)], a[i95], a[NR], NR }'
}

echo "1. Key press to changed audio at the output (tmux session, 60 keys)"
socket="docbao-bench-$$"
tmux -L "$socket" new-session -d -s b -x 120 -y 30 \
    "env HOME='$HOME' XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR' XDG_STATE_HOME='$XDG_STATE_HOME' \
     DOCBAO_LANG=vi DOCBAO_LOCALEDIR='$PWD/build/release/locale' '$DOCBAO' read --from-start --log '$TMP/keys.log' '$page'; sleep 5"
sleep 8
keys=(Right Right 5 5 Left + - ']' '[' Down 5 5 Right Up w Right 5 5 + + - - Right Left 1 Down
      5 5 ']' '[' Right Right Left 5 5 Down Up + - 1 Right 5 5 w Left Right ']' '[' Down 5 5
      Right + - Left Right 5 5 Up)
for k in "${keys[@]}"; do
    tmux -L "$socket" send-keys -t b "$k"
    sleep 1.2
done
tmux -L "$socket" send-keys -t b q
sleep 2
tmux -L "$socket" kill-server 2>/dev/null || true
read -r med p95 max n < <(sed -n 's/.*latency command=[^ ]* ms=\([0-9.]*\).*/\1/p' "$TMP/keys.log" | percentiles)
echo "   commands measured: $n"
echo "   median ${med} ms, 95th percentile ${p95} ms (target <= 50 ms), maximum ${max} ms"
echo "   by command (median ms):"
sed -n 's/.*latency command=\([^ ]*\) ms=\([0-9.]*\).*/\1 \2/p' "$TMP/keys.log" | sort |
    awk '{ v[$1] = v[$1] " " $2; c[$1]++ } END { for (k in v) printf "     %-16s %3d presses:%s\n", k, c[k], v[k] }'
echo "   output latency reported by PortAudio: $(sed -n 's/.*latency_ms=\([0-9.]*\).*/\1/p' "$TMP/keys.log") ms"

if [ "$keys_only" = 1 ]; then
    stop_pulse
    exit 0
fi

echo
echo "2. CPU while reading the whole article at 175 wpm"
/usr/bin/time -f '%U %S %e' -o "$TMP/docbao.time" "$DOCBAO" read --no-keys --from-start \
    --log "$TMP/full.log" "$page"
read -r du ds de <"$TMP/docbao.time"
"$DOCBAO" export -q "$page" -o "$TMP/article.wav"
/usr/bin/time -f '%U %S %e' -o "$TMP/paplay.time" paplay "$TMP/article.wav"
read -r pu ps pe <"$TMP/paplay.time"
awk -v u="$du" -v s="$ds" -v e="$de" 'BEGIN { printf "   docbao read:  %.2f s CPU over %.1f s = %.2f%% of one core (target < 5%%)\n", u + s, e, (u + s) * 100 / e }'
awk -v u="$pu" -v s="$ps" -v e="$pe" 'BEGIN { printf "   paplay (anchor, the same audio from a WAV): %.2f s CPU over %.1f s = %.2f%%\n", u + s, e, (u + s) * 100 / e }'

echo
echo "3. Underruns over the whole article"
echo "   $(grep -o 'finished underruns=[0-9]*' "$TMP/full.log" || echo 'not finished') (target 0)"
# Each underrun as the player logged it: when, in which utterance, how much speech was ready.
grep ' underrun ' "$TMP/full.log" | sed 's/^/   /' || true
stop_pulse
