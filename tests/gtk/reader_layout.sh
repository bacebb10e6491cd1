#!/usr/bin/env bash
# The reader at 100 % and 300 % text, rendered for real under Xvfb: the text grows (taller
# lines of ink in the snapshot), reflows (more lines on screen, same width) and never needs a
# horizontal scroll bar; the spoken sentence stays in view at every size.
. "$(dirname "$0")/lib.sh"

declare -A lines height bands right
for size in 100 300 400; do
    # Reading from the second body paragraph, so that body text fills the view at every size.
    gtk --audio-output null --engine tone --size 900x700 --text-size "$size" \
        --replay "para:2,wait:800" --snapshot "$TMP/reader-$size.png" --report "$SEED"
    expect_status 0 "reader at $size %"
    report=$(grep '^report' "$TMP/out" || true)
    echo "  $report"
    lines[$size]=$(field "$report" lines)
    [ "$(field "$report" hscroll)" = no ] && pass "no horizontal scrolling at $size %" ||
        fail "horizontal scrolling at $size %: $report"
    [ "$(field "$report" window)" = 900x700 ] && pass "the window keeps its width at $size %" ||
        fail "window grew at $size %: $report"
    [ "$(field "$report" highlight_visible)" = 1 ] && pass "the spoken sentence is in view at $size %" ||
        fail "highlight not visible at $size %"
    IFS=, read -r vx vy vw vh <<<"$(field "$report" view)"
    ink=$("$PNG_LINES" "$TMP/reader-$size.png" "$vx" "$vy" "$vw" "$vh")
    echo "  snapshot: $ink"
    # The tallest lines of ink (the 90th percentile): whole lines with accents and descenders, not
    # a row of accents or a line cut at the view's edge.
    height[$size]=$(field "$ink" p90_height)
    bands[$size]=$(field "$ink" bands)
    right[$size]=$(field "$ink" right_margin)
    [ "${right[$size]}" -gt 4 ] && pass "no line is cut at the right edge at $size %" ||
        fail "ink touches the right edge at $size % ($ink)"
    cp "$TMP/reader-$size.png" "${DOCBAO_BUILD_DIR:-$TMP}/gtk-reader-$size.png" 2>/dev/null || true
done

ratio=$(awk -v a="${height[300]}" -v b="${height[100]}" 'BEGIN { printf "%.2f", a / b }')
float_between "$ratio" 2.4 3.6 "lines of text are about 3 times taller at 300 % (${height[100]} -> ${height[300]} px)"
[ "${lines[300]}" -gt $((lines[100] * 2)) ] &&
    pass "the text reflows: ${lines[100]} lines at 100 %, ${lines[300]} at 300 %, ${lines[400]} at 400 %" ||
    fail "no reflow: ${lines[100]} lines at 100 %, ${lines[300]} at 300 %"
[ "${lines[400]}" -gt "${lines[300]}" ] && pass "400 % reflows further" || fail "400 %: ${lines[400]} lines"
[ "${bands[300]}" -lt "${bands[100]}" ] &&
    pass "fewer, larger lines fit on screen at 300 % (${bands[100]} -> ${bands[300]})" ||
    fail "bands ${bands[100]} -> ${bands[300]}"

# A narrow window: still no sideways scrolling, even at the largest size.
gtk --audio-output null --engine tone --size 520x700 --text-size 400 --report "$SEED"
report=$(grep '^report' "$TMP/out" || true)
[ "$(field "$report" hscroll)" = no ] && pass "400 % in a narrow window: no horizontal scrolling" ||
    fail "narrow window: $report"

# High contrast: yellow on black.
gtk --audio-output null --engine tone --size 900x700 --theme contrast \
    --snapshot "$TMP/contrast.png" --report "$SEED"
expect_in "$TMP/out" "theme=contrast" "high-contrast theme applied"
finish
