#!/usr/bin/env bash
# The reader for a low-vision reader, rendered under Xvfb: at 400 % every text grows with the
# article's (the controls, a drop-down's menu, tooltips, the status line), the controls wrap
# without overlapping and leave the article room, in a window that keeps its size; the
# article scrolled under the controls never shows through them; the status line follows a
# resume; Ctrl+0 keeps the sentence being read in view; a choice in a menu gives the keys back
# to the reading.
. "$(dirname "$0")/lib.sh"

# report_field KIND KEY: a value from the last "report" (KIND "report") or "report-ui" line.
report_field() {
    field "$(grep "^$1 " "$TMP/out" | tail -1)" "$2"
}

# ratio A B: A / B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print 0 }'; }

# Each run starts without a saved position (which would offer to continue instead of reading).
fresh() { rm -rf "$XDG_STATE_HOME"; }

# popup_ink FILE: the height of the menu's lines of text, inside its border and shadow.
popup_ink() {
    local w h
    read -r w h <<<"$(sed -n "s|^snapshot $1 \([0-9]*\)x\([0-9]*\) saved|\1 \2|p" "$TMP/out")"
    field "$("$PNG_LINES" "$1" 14 10 $((w - 28)) $((h - 20)))" p90_height
}

# --- Every text grows with the text size ------------------------------------------------------
declare -A ui menu tooltip status bar_ink menu_ink
for size in 100 400; do
    fresh
    gtk --audio-output null --engine tone --size 900x700 --text-size "$size" \
        --replay "para:2,wait:600,snap:$TMP/window-$size.png,popup:theme,wait:600,snap-popup:$TMP/menu-$size.png" \
        --report "$SEED"
    expect_status 0 "reader at $size % with the theme menu open"
    grep '^report' "$TMP/out" | sed 's/^/  /'
    ui[$size]=$(report_field report-ui ui_px)
    menu[$size]=$(report_field report-ui menu_px)
    tooltip[$size]=$(report_field report-ui tooltip_px)
    status[$size]=$(report_field report-ui status_px)
    IFS=, read -r bx by bw bh <<<"$(report_field report-ui bar)"
    IFS=, read -r vx vy vw vh <<<"$(report_field report view)"
    # The letters of the play button's label ("Pause": no accents), inside its border.
    IFS=, read -r px py pw ph <<<"$(report_field report-ui play)"
    bar_ink[$size]=$(field "$("$PNG_LINES" "$TMP/window-$size.png" $((px + 4)) $((py + 4)) \
        $((pw - 8)) $((ph - 8)))" p90_height)
    menu_ink[$size]=$(popup_ink "$TMP/menu-$size.png")
    [ "$(report_field report window)" = 900x700 ] && pass "the window keeps its size at $size %" ||
        fail "the window is $(report_field report window) at $size %"
    [ "$(report_field report-ui bar_overlaps)" = 0 ] && [ "$(report_field report-ui bar_outside)" = 0 ] &&
        pass "no control overlaps another or leaves the window at $size %" ||
        fail "controls overlap at $size %: $(grep '^report-ui' "$TMP/out")"
    [ "$vy" -ge $((by + bh)) ] && pass "the article starts below the controls at $size %" ||
        fail "the article (y=$vy) runs under the controls (to y=$((by + bh))) at $size %"
    [ "$(report_field report highlight_visible)" = 1 ] && pass "the sentence read is in view at $size %" ||
        fail "the sentence read is out of view at $size %"
done
float_between "$(ratio "${ui[400]}" "${ui[100]}")" 2.5 5 \
    "the controls' text grows at 400 % (${ui[100]} px -> ${ui[400]} px)"
float_between "$(ratio "${menu[400]}" "${menu[100]}")" 2.5 5 \
    "the menu's text grows at 400 % (${menu[100]} px -> ${menu[400]} px)"
float_between "$(ratio "${tooltip[400]}" "${tooltip[100]}")" 2.5 5 \
    "tooltips grow at 400 % (${tooltip[100]} px -> ${tooltip[400]} px)"
float_between "$(ratio "${status[400]}" "${status[100]}")" 2.5 5 \
    "the status line grows at 400 % (${status[100]} px -> ${status[400]} px)"
float_between "$(ratio "${bar_ink[400]}" "${bar_ink[100]}")" 2.5 5 \
    "the controls' letters are drawn larger at 400 % (${bar_ink[100]} -> ${bar_ink[400]} px high)"
float_between "$(ratio "${menu_ink[400]}" "${menu_ink[100]}")" 2.5 5 \
    "the menu's items are drawn larger at 400 % (${menu_ink[100]} -> ${menu_ink[400]} px high)"

# --- The article scrolled under the controls does not show through them -----------------------
fresh
gtk --audio-output null --engine tone --size 900x700 --text-size 400 \
    --replay "wait:1500,report,snap:$TMP/top.png,para:6,wait:800,snap:$TMP/scrolled.png" \
    --report "$SEED"
IFS=, read -r bx by bw bh <<<"$(report_field report-ui bar)"
top=$("$PNG_LINES" "$TMP/top.png" "$bx" "$by" "$bw" "$bh" || echo "no snapshot")
scrolled=$("$PNG_LINES" "$TMP/scrolled.png" "$bx" "$by" "$bw" "$bh" || echo "no snapshot 2")
[ "$top" = "$scrolled" ] && pass "the controls look the same whatever is scrolled under them" ||
    fail "the article shows through the controls: '$top' then '$scrolled'"

# --- The status line follows a resume ---------------------------------------------------------
fresh
gtk --audio-output null --engine tone --size 900x700 \
    --replay "wait:500,space,wait:400,report,space,wait:400" --report "$SEED"
grep '^report-status' "$TMP/out" | sed 's/^/  /'
[ "$(grep '^report-status' "$TMP/out" | tail -1)" = "report-status Continuing" ] &&
    pass "after a resume the status line no longer says Paused" ||
    fail "status after resume: $(grep '^report-status' "$TMP/out" | tail -1)"

# --- Ctrl+0 keeps the sentence being read in view ---------------------------------------------
fresh
gtk --audio-output null --engine tone --size 900x700 --text-size 300 \
    --replay "para:5,wait:800,space,wait:300,ctrl+0,wait:800" --report "$SEED"
[ "$(report_field report text_size)" = 100 ] && [ "$(report_field report highlight_visible)" = 1 ] &&
    pass "after Ctrl+0 the sentence read is still in view" ||
    fail "after Ctrl+0: $(grep '^report ' "$TMP/out")"

# --- A choice in a menu gives the keys back to the reading ------------------------------------
fresh
gtk --audio-output null --engine tone --size 900x700 --log "$TMP/log" \
    --replay "wait:500,focus:theme,click:theme,wait:300,space,wait:300" --report "$SEED"
[ "$(report_field report-ui focus)" = text ] && pass "after choosing a theme the article has the focus" ||
    fail "after choosing a theme the focus is on $(report_field report-ui focus)"
awk '/replay click:theme/ { c = 1 } c && /key SPACE command=toggle-pause/ { found = 1 } END { exit !found }' \
    "$TMP/log" && pass "Space then pauses the reading" ||
    fail "Space after the theme menu did not reach the reading: $(grep -E 'key|replay' "$TMP/log" | tail -4)"
finish
