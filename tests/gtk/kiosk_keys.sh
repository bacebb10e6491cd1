#!/usr/bin/env bash
# The kiosk's home screen driven by a keypad alone: each move is spoken ("Article 2 of 3: ...
# Press 5 to listen."), 5 opens the article and reads it, Backspace comes back; the window
# cannot be closed but by the administrator's keys.
. "$(dirname "$0")/lib.sh"

mkdir -p "$TMP/kiosk"
cp "$SAMPLES"/*.html "$TMP/kiosk/"
titles=()
for f in "$TMP"/kiosk/*.html; do
    "$DOCBAO" extract "$f" >"$TMP/extracted"
    titles+=("$(head -1 "$TMP/extracted")")
done

gtk --kiosk "$TMP/kiosk" --audio-output null --engine tone --size 1000x700 --log "$TMP/log" \
    --replay "KP_2,KP_2,KP_2,KP_8,KP_0,KP_5,wait:1500,KP_6,BackSpace,Down,Return,wait:800,Escape,close,alt+F4,ctrl+alt+shift+q"
expect_status 0 "the kiosk ran and left by the administrator's keys"
sed -n 's/^[0-9.]* \(home-select\|home-open\|message\|close-refused\|admin-exit\|home \)/\1/p' "$TMP/log" | cut -c1-110 | sed 's/^/  /'

selects=$(awk '$2 == "home-select" { printf "%s ", $3 }' "$TMP/log")
[ "$selects" = "1 2 3 2 2 3 3 " ] && pass "the keypad moves the selection (1 2 3 2, back at 2, then 3)" ||
    fail "selections: $selects"
expect_in "$TMP/log" "message News kiosk, 3 articles. Press 6 or 2" "spoken instructions on arrival"
expect_in "$TMP/log" "message Article 2 of 3: ${titles[1]}. Press 5 to listen." "item 2 is spoken with its title"
expect_in "$TMP/log" "message Article 3 of 3: ${titles[2]}. Press 5 to listen." "item 3 is spoken"
expect_in "$TMP/log" "message This is the last article." "the end of the list is said"
[ "$(grep -c 'message News kiosk' "$TMP/log")" -ge 2 ] && pass "0 repeats the instructions" ||
    fail "help not repeated"
expect_in "$TMP/log" "home-open 2 " "5 opens the selected article"
awk '$2 == "highlight"' "$TMP/log" | grep -q . && pass "the opened article is read and highlighted" ||
    fail "no highlight after opening"
expect_in "$TMP/log" "key KP6 command=next-sentence" "in an article, the keypad steers the reading"
expect_in "$TMP/log" "message Back to the list. Article 2 of 3" "Backspace goes back to the list"
expect_in "$TMP/log" "home-open 3 " "arrows and Enter work too"
[ "$(log_count "$TMP/log" close-refused)" -ge 1 ] && pass "closing the window is refused" ||
    fail "close was not refused"
expect_in "$TMP/log" "admin-exit" "the administrator's keys leave"

# A feed joins the folder's articles on the home screen.
gtk --kiosk "$TMP/kiosk" --feed "$SAMPLES/feed.atom" --audio-output null --engine tone \
    --size 1000x700 --log "$TMP/log2" --replay "End,ctrl+alt+shift+q"
expect_status 0 "kiosk with a feed"
n=$("$DOCBAO" feed "$SAMPLES/feed.atom" | grep -c '^ *[0-9]*\. ' || true)
expect_in "$TMP/log2" "items=$((3 + n))" "the feed's $n entries are listed after the 3 files"

# kiosk.ini: a blank screen while the keypad is used (privacy), and another admin combination.
cat >"$TMP/kiosk.ini" <<'INI'
[kiosk]
blank_screen=true
admin_keys=Ctrl+Alt+F12
INI
gtk --kiosk "$TMP/kiosk" --kiosk-config "$TMP/kiosk.ini" --audio-output null --engine tone \
    --size 1000x700 --log "$TMP/log3" \
    --replay "ctrl+alt+shift+q,KP_2,snap:$TMP/covered.png,ctrl+alt+F12"
expect_status 0 "the configured admin keys leave"
[ "$(log_count "$TMP/log3" admin-exit)" -eq 1 ] && ! grep -q "admin-exit" <(head -n "$(grep -n 'replay KP_2' "$TMP/log3" | cut -d: -f1)" "$TMP/log3") &&
    pass "the default combination no longer leaves" || fail "wrong admin keys accepted"
expect_in "$TMP/log3" "cover on" "a keypad key covers the screen"
expect_in "$TMP/log3" "home-select 2" "the kiosk still works under the cover"
dark=$("$PNG_LINES" "$TMP/covered.png" 0 0 1000 700)
[ "$(field "$dark" bands)" = 1 ] && [ "$(field "$dark" median_height)" = 700 ] &&
    [ "$(field "$dark" ink_left)" = 0 ] && pass "the covered screen is black ($dark)" ||
    fail "the screen is not covered: $dark"
finish
