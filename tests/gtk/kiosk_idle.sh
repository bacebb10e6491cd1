#!/usr/bin/env bash
# The kiosk's idle time (WCAG 2.2.1, EN 301 549 5.1.3.13): after the idle time a spoken warning;
# a key extends the session; without one the session is reset: home screen, and rate, volume,
# text size and theme back to their defaults; no reading position is kept for the next citizen.
. "$(dirname "$0")/lib.sh"

mkdir -p "$TMP/kiosk"
cp "$SAMPLES"/*.html "$TMP/kiosk/"
# Open an article, pause it, change rate (the keyboard's +: the keypad's + goes to the next
# article), volume, text size and theme; wait for the warning, extend; wait again for the
# warning and let the session end.
gtk --kiosk "$TMP/kiosk" --audio-output null --engine tone --size 1000x700 --log "$TMP/log" \
    --idle-seconds 2 --warning-seconds 2 --replay-delay 200 \
    --replay "KP_2,KP_5,wait:800,KP_5,plus,KP_Multiply,ctrl+plus,ctrl+plus,click:theme,wait:3000,KP_1,wait:6000,report" \
    --quit-after 20000
expect_status 0 "the kiosk ran"
grep -E ' (idle-|session-reset|home |speech |settings |state |message The session|message News|edition|select)' "$TMP/log" |
    cut -c1-100 | sed 's/^/  /'

t_pause=$(awk '$2 == "key" && $3 == "KP5" { t = $1 } END { print t }' "$TMP/log")
t_warn1=$(awk '$2 == "idle-warning" { print $1; exit }' "$TMP/log")
t_ext=$(awk '$2 == "idle-extended" { print $1; exit }' "$TMP/log")
t_warn2=$(awk '$2 == "idle-warning" { t[++n] = $1 } END { print t[2] }' "$TMP/log")
t_reset=$(awk '$2 == "session-reset" { print $1; exit }' "$TMP/log")
[ -n "$t_warn1" ] && pass "a warning after the idle time" || fail "no idle warning"
expect_in "$TMP/log" "message The session is about to end. Press any key to continue." "the warning is spoken"
[ -n "$t_ext" ] && pass "a key extends the session" || fail "not extended"
expect_in "$TMP/log" "message The session continues." "the extension is confirmed aloud"
[ -n "$t_warn2" ] && [ -n "$t_reset" ] && pass "a second warning, then the reset" || fail "no reset"
idle=$(awk -v a="$t_warn2" -v b="$t_ext" 'BEGIN { printf "%.1f", (a - b) / 1000 }')
float_between "$idle" 1.9 2.8 "the warning comes after the idle time (${idle} s)"
grace=$(awk -v a="$t_reset" -v b="$t_warn2" 'BEGIN { printf "%.1f", (a - b) / 1000 }')
float_between "$grace" 1.9 2.8 "the reset comes after the warning time (${grace} s)"

# Before the reset, the citizen's settings were in force...
awk -v t="$t_reset" '$1 < t' "$TMP/log" >"$TMP/before"
awk -v t="$t_reset" '$1 >= t' "$TMP/log" >"$TMP/after"
expect_in "$TMP/before" "speech rate=200 volume=110" "rate and volume were changed"
expect_in "$TMP/before" "settings text_size=150" "the text size was changed"
expect_in "$TMP/before" "theme=dark" "the theme was changed"
# ...and after it, the defaults, on the home screen.
expect_in "$TMP/after" "speech rate=175 volume=100" "rate and volume are back to their defaults"
expect_in "$TMP/after" "settings text_size=100 line_spacing=150 column_width=65 theme=light" \
    "text size and theme are back to their defaults"
expect_in "$TMP/after" "home items=" "back on the home screen"
expect_in "$TMP/after" "edition sections=1 entries=3" "the news is read again for the next citizen"
expect_in "$TMP/after" "message News kiosk. Press 6 or 2" "the instructions are spoken for the next citizen"
expect_in "$TMP/after" "select 1" "the list starts again at the first article"
! grep -q "Heard" "$TMP/after" && pass "nothing is said to have been heard" || fail "a heard mark survived the reset"
expect_in "$TMP/out" "text_size=100" "the screen shows the default text size"

# Between sessions the kiosk reads the news again now and then (refresh_minutes): an article
# added to the folder joins the list, newest first, without a word.
cp -r "$TMP/kiosk" "$TMP/kiosk2"
(
    sleep 2
    printf 'Bản tin mới nhất\n\nTin vừa đến sau khi máy đọc tin đã mở. Trời nắng đẹp.\n' \
        >"$TMP/kiosk2/moi.txt"
) &
gtk --kiosk "$TMP/kiosk2" --audio-output null --engine tone --size 1000x700 --log "$TMP/log2" \
    --refresh-seconds 3 --replay "wait:6000" --report
wait
expect_status 0 "the kiosk, waiting for a citizen"
grep -E ' (edition|refresh|message)' "$TMP/log2" | cut -c1-100 | sed 's/^/  /'
expect_in "$TMP/log2" "refresh" "the news is read again"
expect_in "$TMP/log2" "entries=4" "the new article is found"
expect_in "$TMP/out" "headline 1 kiosk2. 1. Bản tin mới nhất." "it heads the list"
[ "$(log_count "$TMP/log2" message)" -eq 1 ] && pass "nothing is said but the first instructions" ||
    fail "messages: $(grep ' message' "$TMP/log2" | cut -c1-80)"
finish
