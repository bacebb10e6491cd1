#!/usr/bin/env bash
# An edition in a real terminal session: docbao read in tmux on a feed and a home page from the
# local HTTP server, playing in real time through a private PulseAudio server whose output is
# recorded. The headlines are spoken and printed, Enter reads the one chosen, next-article
# moves on (announcing and skipping the missing page and the page that is not an article),
# continuous reading reaches the next article by itself, and the headlines key goes back.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/pulse.sh"
. "$(dirname "$0")/edition_lib.sh"

for tool in tmux pulseaudio parec; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 0; }
done
start_pulse
start_site

socket="docbao-test-$$"
tm() { tmux -L "$socket" "$@"; }
trap 'tm kill-server 2>/dev/null || true; kill $SERVER_PID 2>/dev/null || true; stop_pulse; cleanup' EXIT
key() { tm send-keys -t docbao "$@"; }
screen() { tm capture-pane -p -J -S -200 -t docbao 2>/dev/null; }

# pane_wait TEXT SECONDS: waits until the terminal shows TEXT.
pane_wait() {
    for _ in $(seq 1 $(($2 * 10))); do
        grep -qF -- "$1" <<<"$(screen)" && return 0
        sleep 0.1
    done
    fail "the terminal never showed '$1': $(screen | tail -8)"
    return 1
}

# log_wait PATTERN SECONDS: waits until the player's log has a line matching PATTERN.
log_wait() {
    for _ in $(seq 1 $(($2 * 10))); do
        grep -qE -- "$1" "$TMP/session.log" 2>/dev/null && return 0
        sleep 0.1
    done
    fail "the player never logged '$1': $(tail -5 "$TMP/session.log")"
    return 1
}

# voiced RAW DESCRIPTION: the recording holds speech.
voiced() {
    float_between "$(stat_of voiced --raw 22050 "$1")" 0.2 1 "$2"
}

tm new-session -d -s docbao -x 200 -y 50 \
    "env HOME='$HOME' XDG_RUNTIME_DIR='$XDG_RUNTIME_DIR' XDG_STATE_HOME='$XDG_STATE_HOME' \
     XDG_CONFIG_HOME='$XDG_CONFIG_HOME' DOCBAO_LANG=en '$DOCBAO' read --rate 450 \
     --log '$TMP/session.log' '$SITE/tin.rss' '$SITE/trang-chu.html'; echo EXITED=\$?; sleep 30"

# 1. The headlines: the first entry is spoken and printed with its section and number.
start_capture "$TMP/headlines.raw"
pane_wait "Headlines. Up and Down move" 30
pane_wait "Tin mới. 1. Mưa lớn ở miền núi phía Bắc." 10
sleep 3
key Down
pane_wait "Tin mới. 2. Bài đã bị gỡ." 5
sleep 2
stop_capture
voiced "$TMP/headlines.raw" "the headlines are spoken"
grep -q 'open key=' "$TMP/session.log" && fail "an article opened before Enter" \
    || pass "nothing is read before the listener chooses"

# 2. Up, then Enter reads the first article.
key Up
pane_wait "Tin mới. 1. Mưa lớn" 5
start_capture "$TMP/article1.raw"
key Enter
log_wait "open key=.*/mot.html" 10
log_wait "sentence utterance=1 " 15
stop_capture
voiced "$TMP/article1.raw" "Enter reads the article aloud"

# 3. next-article (>): entry 2 (404) and entry 3 (not an article) are announced and skipped.
key '>'
log_wait "open key=.*/hai.html" 20
pane_wait "Article 2, Bài đã bị gỡ, is skipped: the page does not exist (HTTP 404)." 5
pane_wait "Article 3, Trang liên hệ, is skipped:" 5
pass "the missing and the non-article entries are announced in one sentence each"

# 4. Continuous reading: at the end of hai.html, the next article is announced and read.
start_capture "$TMP/continuous.raw"
log_wait "open key=.*/bon.html" 90
pane_wait "End of the article. Next article: Đường mới nối hai huyện." 5
log_wait "sentence utterance=1 " 5
sleep 2
stop_capture
voiced "$TMP/continuous.raw" "the next article is heard after the announcement"
grep -q '^1$' <<<"$(grep -c 'finished' "$TMP/session.log")" \
    && pass "the article before was read to its end" || fail "no article finished before bon.html"

# 5. The headlines key goes back to the list at the article being read.
key l
pane_wait "Headlines. Tin mới. 5. Đường mới nối hai huyện." 10
key PageDown
pane_wait "Trang chủ Báo Thử. 6." 5
pass "Page Down moves to the next section (the home page's links)"
key 1 8 Enter
pane_wait "18. Thư viện mở cửa buổi tối" 5
pass "digits then Enter choose an entry by its number"
key q
pane_wait "EXITED=0" 20
heard=$(grep -c '=' "$XDG_STATE_HOME/docbao/heard.ini" || true)
[ "$heard" -ge 1 ] && pass "finished articles are remembered ($heard)" || fail "nothing remembered as heard"

finish
