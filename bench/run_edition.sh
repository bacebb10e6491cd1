#!/usr/bin/env bash
# Editions under load: an edition of 100 articles served by a local HTTP server (127.0.0.1),
# read in a real terminal session (tmux) through a private PulseAudio server (null sink):
#   1. time from next-article to the first sound of what follows (the announcement), at the
#      sound output, over every move (the player's latency probe: request to audio at the
#      device): median, 95th percentile over the first 30 moves and over all 99, maximum;
#   2. peak resident memory of docbao while it moves through all 100 articles (VmHWM);
#   3. CPU time while reading: 30 s of continuous reading through the edition against 30 s of
#      reading one article, in the same run (the anchor: reading as it was before editions).
# Usage: bench/run_edition.sh   (about 3 minutes; needs tmux, pulseaudio, parec)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" >/dev/null
DOCBAO=$PWD/build/release/src/cli/docbao
SERVER=$PWD/build/release/tests/http_test_server
TMP=$(mktemp -d)
cleanup() { rm -rf "$TMP"; }
export HOME="$TMP/home" XDG_STATE_HOME="$TMP/home/state" XDG_CONFIG_HOME="$TMP/home/config"
export XDG_CACHE_HOME="$TMP/home/cache"
mkdir -p "$HOME" "$TMP/site"
. tests/cli/pulse.sh
start_pulse
"$SERVER" --root "$TMP/site" --lifetime 900 >"$TMP/port" &
server=$!
socket="docbao-bench-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; kill $server 2>/dev/null || true; stop_pulse; cleanup' EXIT
for _ in $(seq 1 50); do [ -s "$TMP/port" ] && break; sleep 0.1; done
site="http://127.0.0.1:$(head -1 "$TMP/port")"

# 100 articles of about 1,500 characters, and a feed that lists them.
sentences=("Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng vốn đầu tư trong quý III đạt 1.250 tỷ đồng, tăng 12,5% so với cùng kỳ."
    "Ngày 15/9/2025, UBND tỉnh tổ chức hội nghị tổng kết công tác phòng chống thiên tai với sự tham gia của 300 đại biểu."
    "Nhiệt độ cao nhất trong ngày dao động từ 33 đến 35 độ C, có nơi trên 36 độ C."
    "Bệnh viện đa khoa tỉnh đã tiếp nhận 1.024 lượt bệnh nhân trong tuần, phần lớn là trẻ em dưới 5 tuổi."
    "Đoạn đường dài 12 km nối hai huyện dự kiến hoàn thành vào tháng 6/2026, với tổng mức đầu tư 450 tỷ đồng."
    "Thư viện tỉnh mở cửa đến 21h các ngày thứ Bảy và Chủ nhật để phục vụ bạn đọc.")
{
    echo '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin tỉnh</title>'
    for i in $(seq 1 100); do
        {
            echo "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Bài số $i</title></head><body>"
            echo "<article><h1>Tin tức trong tỉnh, bài số $i</h1>"
            for p in 1 2 3; do
                echo "<p>${sentences[$(( (i + p) % 6 ))]} ${sentences[$(( (i + p + 2) % 6 ))]} ${sentences[$(( (i + p + 4) % 6 ))]}</p>"
            done
            echo "</article></body></html>"
        } >"$TMP/site/bai-$i.html"
        echo "<item><title>Tin tức trong tỉnh, bài số $i</title><link>$site/bai-$i.html</link></item>"
    done
    echo '</channel></rss>'
} >"$TMP/site/tin.rss"

echo "1-2. An edition of 100 articles: next-article 99 times in a terminal session"
tmux -L "$socket" new-session -d -s b -x 150 -y 40 \
    "env HOME='$HOME' XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR' XDG_STATE_HOME='$XDG_STATE_HOME' \
     XDG_CONFIG_HOME='$XDG_CONFIG_HOME' XDG_CACHE_HOME='$XDG_CACHE_HOME' DOCBAO_LANG=vi \
     ${BENCH_ENV:-} '$DOCBAO' read --log '$TMP/moves.log' '$site/tin.rss'; sleep 5"
for _ in $(seq 1 100); do
    tmux -L "$socket" capture-pane -p -t b | grep -q 'Tin tỉnh. 1.' && break
    sleep 0.2
done
pid=$(pgrep -f "docbao read --log $TMP/moves.log" | head -1)
tmux -L "$socket" send-keys -t b Enter
sleep 3
: >"$TMP/growth"
for move in $(seq 1 99); do
    tmux -L "$socket" send-keys -t b '>'
    sleep 0.8
    if [ $((move % 10)) -eq 0 ]; then
        awk -v m="$move" '/^VmRSS:/ { r = $2 } /^RssAnon:/ { a = $2 } END { printf "%d:%d/%d ", m, r / 1024, a / 1024 }' \
            "/proc/$pid/status" >>"$TMP/growth"
    fi
done
sleep 2
peak_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
if [ -n "${KEEP_LOG:-}" ]; then
    cp "$TMP/moves.log" "$KEEP_LOG"
    cat "/proc/$pid/smaps_rollup" >"$KEEP_LOG.smaps" 2>/dev/null || true
    awk '/^[0-9a-f]+-/ { name = $6 } /^Rss:/ { rss[name] += $2 } END { for (n in rss) if (rss[n] > 500) print rss[n], n }' \
        "/proc/$pid/smaps" | sort -rn | head -25 >>"$KEEP_LOG.smaps"
    cp "/proc/$pid/smaps" "$KEEP_LOG.smaps.raw"
fi
tmux -L "$socket" send-keys -t b q
sleep 2
percentiles() { # reads numbers, prints "median p95 max n"
    sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) { print "- - - 0"; exit }
        i95 = int(NR * 0.95 + 0.999); if (i95 > NR) i95 = NR;
        printf "%.1f %.1f %.1f %d\n", a[int((NR + 1) / 2)], a[i95], a[NR], NR }'
}
# The first open is the Enter from the headlines; the moves follow.
sed -n 's/.*latency command=open-article ms=\([0-9.]*\).*/\1/p' "$TMP/moves.log" | tail -n +2 >"$TMP/moves.ms"
read -r med p95 max n < <(head -30 "$TMP/moves.ms" | percentiles)
echo "   first 30 moves: median ${med} ms, 95th percentile ${p95} ms (target <= 300 ms), maximum ${max} ms"
read -r med p95 max n < <(percentiles <"$TMP/moves.ms")
echo "   all $n moves:   median ${med} ms, 95th percentile ${p95} ms, maximum ${max} ms"
echo "   articles opened: $(grep -c 'open key=' "$TMP/moves.log"); underruns: $(grep -c ' underrun ' "$TMP/moves.log" || true)"
printf '   peak resident memory while moving through 100 articles: %.1f MB (target <= 40 MB)\n' \
    "$(awk -v k="$peak_kb" 'BEGIN { print k / 1024 }')"
echo "   resident / anonymous MB after every 10 moves: $(cat "$TMP/growth")"

echo
echo "3. CPU while reading, 30 s each (user + system)"
cpu_of() { # SECONDS CMD...: CPU seconds the command used before SIGINT after SECONDS
    local s=$1
    shift
    /usr/bin/time -f '%U %S' -o "$TMP/cpu" timeout -s INT "$s" "$@" >/dev/null 2>&1 || true
    awk 'END { printf "%.2f\n", $1 + $2 }' "$TMP/cpu"
}
edition_cpu=$(cpu_of 30 "$DOCBAO" read --no-keys "$site/tin.rss")
article_cpu=$(cpu_of 30 "$DOCBAO" read --no-keys --from-start "$site/bai-1.html")
echo "   an edition (continuous reading): $edition_cpu s; one article: $article_cpu s; ratio $(awk -v a="$edition_cpu" -v b="$article_cpu" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')"
