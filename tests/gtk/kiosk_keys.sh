#!/usr/bin/env bash
# The kiosk's home screen driven by a keypad alone. Its list is the edition's headlines (the
# same model as `docbao read` and the reader window): newest first, pages that hold no article
# left out; each move is spoken as the reader says a headline, 5 opens the article and reads
# it, Backspace comes back; the window cannot be closed but by the administrator's keys.
. "$(dirname "$0")/lib.sh"

mkdir -p "$TMP/kiosk"
cp "$SAMPLES"/*.html "$TMP/kiosk/"
# A home page among the articles: it is no article, and is not listed.
cp "$DOCBAO_SOURCE_DIR/tests/data/extract/trang-danh-sach.html" "$TMP/kiosk/a-trang-chu.html"
mapfile -t titles < <(newest_titles "$SAMPLES"/*.html)
section=kiosk

gtk --kiosk "$TMP/kiosk" --audio-output null --engine tone --size 1000x700 --log "$TMP/log" \
    --replay "KP_2,KP_2,KP_2,KP_8,KP_0,KP_5,wait:1500,KP_6,BackSpace,Down,Return,wait:800,Escape,close,alt+F4,ctrl+alt+shift+q"
expect_status 0 "the kiosk ran and left by the administrator's keys"
sed -n 's/^[0-9.]* \(select\|home-open\|message\|close-refused\|admin-exit\|home \|edition\)/\1/p' "$TMP/log" | cut -c1-110 | sed 's/^/  /'

expect_in "$TMP/log" "edition sections=1 entries=3" "the folder's three articles are listed, its home page is not"
selects=$(awk '$2 == "select" { printf "%s ", $3 }' "$TMP/log")
[ "$selects" = "1 2 3 2 3 " ] && pass "the keypad moves the selection (1 2 3, stays at 3, back to 2; then 3)" ||
    fail "selections: $selects"
expect_in "$TMP/log" "message News kiosk. Press 6 or 2" "spoken instructions on arrival"
expect_in "$TMP/log" "3 articles in 1 sections. $section. 1. ${titles[0]}." "then the first headline: the newest article"
expect_in "$TMP/log" "message $section. 2. ${titles[1]}." "item 2 is spoken with its title, the next newest"
expect_in "$TMP/log" "message $section. 3. ${titles[2]}." "item 3 is spoken: the oldest"
expect_in "$TMP/log" "message Last article. $section. 3." "the end of the list is said"
[ "$(grep -c 'message News kiosk' "$TMP/log")" -ge 2 ] && pass "0 repeats the instructions" ||
    fail "help not repeated"
expect_in "$TMP/log" "home-open 2" "5 opens the selected article"
grep -q . <<<"$(awk '$2 == "highlight"' "$TMP/log")" && pass "the opened article is read and highlighted" ||
    fail "no highlight after opening"
expect_in "$TMP/log" "key KP6 command=next-sentence" "in an article, the keypad steers the reading"
expect_in "$TMP/log" "message Headlines. $section. 2. ${titles[1]}." "Backspace goes back to the list"
expect_in "$TMP/log" "home-open 3" "arrows and Enter work too"
[ "$(log_count "$TMP/log" close-refused)" -ge 1 ] && pass "closing the window is refused" ||
    fail "close was not refused"
expect_in "$TMP/log" "message This key does nothing here. Press 0 for help." "an unbound key is said to do nothing"
expect_in "$TMP/log" "admin-exit" "the administrator's keys leave"

# In an article, keypad + and − go to the next and previous article; with "continuous=true"
# the kiosk reads on from one article to the next.
printf '[kiosk]\ncontinuous=true\n' >"$TMP/continuous.ini"
gtk --kiosk "$TMP/kiosk" --kiosk-config "$TMP/continuous.ini" --audio-output null --engine tone \
    --size 1000x700 --log "$TMP/log4" \
    --replay "KP_5,await:reading,KP_Add,await:reading,KP_Subtract,await:reading,ctrl+alt+shift+q"
expect_status 0 "kiosk: article keys"
expect_in "$TMP/log4" "message Article 2: ${titles[1]}." "keypad + reads the next article"
expect_in "$TMP/log4" "message Article 1: ${titles[0]}." "keypad − reads the previous one"
[ "$(log_count "$TMP/log4" home-open)" -ge 1 ] && ! grep -q ' home items' <(sed 1,/home-open/d "$TMP/log4") &&
    pass "the article stays on screen from one article to the next" || fail "back home between articles"

# A feed joins the folder's articles on the home screen, as a section of its own.
gtk --kiosk "$TMP/kiosk" --feed "$SAMPLES/feed.atom" --audio-output null --engine tone \
    --size 1000x700 --log "$TMP/log2" --replay "End,ctrl+alt+shift+q"
expect_status 0 "kiosk with a feed"
n=$("$DOCBAO" feed "$SAMPLES/feed.atom" | grep -c '^ *[0-9]*\. ' || true)
expect_in "$TMP/log2" "edition sections=2 entries=$((3 + n))" "the feed's $n entries are listed after the 3 files"

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
expect_in "$TMP/log3" "select 2" "the kiosk still works under the cover"
dark=$("$PNG_LINES" "$TMP/covered.png" 0 0 1000 700)
[ "$(field "$dark" bands)" = 1 ] && [ "$(field "$dark" median_height)" = 700 ] &&
    [ "$(field "$dark" ink_left)" = 0 ] && pass "the covered screen is black ($dark)" ||
    fail "the screen is not covered: $dark"

# Without a window manager (Xvfb alone, as many kiosks run) nothing makes the window fullscreen:
# the kiosk fills the screen (1280x1024 here) by itself; a window left to its own size would be
# a strip at the top.
gtk --kiosk "$TMP/kiosk" --audio-output null --engine tone --log "$TMP/log5" \
    --snapshot "$TMP/screen.png" --report
expect_status 0 "the kiosk without a window manager"
expect_in "$TMP/out" "window=1280x1024" "the kiosk's window is as large as the screen"
expect_in "$TMP/out" "snapshot $TMP/screen.png 1280x1024 saved" "what it draws covers the screen"
list=$(sed -n 's/^headlines .* list=\([^ ]*\) .*/\1/p' "$TMP/out")
IFS=, read -r _ ly _ lh <<<"$list"
[ "$((ly + lh))" -gt 800 ] && pass "the list reaches down the screen ($list)" ||
    fail "the list is squeezed: $list"
gtk --kiosk "$TMP/kiosk" --audio-output null --engine tone --windowed --report
natural=$(field "$(grep '^report' "$TMP/out")" window)
echo "  a window at its own size would be $natural"

# Without a sound device the kiosk still shows the news: the list, an article touched, and back.
alsa_no_device
gtk --kiosk "$TMP/kiosk" --size 1000x700 --log "$TMP/log6" \
    --replay "report,row:2,wait:800,report,BackSpace,wait:300" --report
expect_status 0 "the kiosk without a sound device"
grep -E '^headlines' "$TMP/out" | sed 's/^/  /'
[ "$(grep -c '^headlines shown=1 rows=3 .* mode=headlines' "$TMP/out")" -eq 2 ] &&
    pass "it opens on the list, and comes back to it" || fail "the list: $(grep '^headlines' "$TMP/out")"
expect_in "$TMP/out" "current=2 mode=article" "a touched article shows"
expect_in "$TMP/log6" "home-open 2" "on the article screen"
expect_in "$TMP/log6" "banner " "a banner says there is no sound device"
finish
