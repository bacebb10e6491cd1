#!/usr/bin/env bash
# The reader window by keyboard and by its controls: keys of the key map, Ctrl with + and 0,
# the A+ button, a click on a paragraph; settings saved in reader.ini and found again; a
# corrupt reader.ini set aside; no sound device still shows the article with a banner.
. "$(dirname "$0")/lib.sh"

ini="$XDG_CONFIG_HOME/docbao/reader.ini"
gtk --audio-output null --engine tone --size 1000x700 --log "$TMP/log" \
    --replay "Right,Right,KP_6,Down,click:larger,ctrl+plus,ctrl+plus,ctrl+minus,para:4,wait:400,click:faster,click:louder,click:spacing,click:width,click:theme,space,report" \
    --quit-after 12000 "$SEED"
expect_status 0 "the reader ran"
grep -E ' (key|click|highlight|speech|settings|control) ' "$TMP/log" | cut -c1-100 | sed 's/^/  /'
expect_in "$TMP/log" "key RIGHT command=next-sentence" "the right arrow goes through the key map"
expect_in "$TMP/log" "key KP6 command=next-sentence" "the keypad works in the reader too"
expect_in "$TMP/log" "key DOWN command=next-paragraph" "the down arrow: next paragraph"
expect_in "$TMP/log" "key SPACE command=toggle-pause" "space pauses"
expect_in "$TMP/log" "message Text size 150 percent" "A+ and Ctrl++ make the text larger, and say so"
expect_in "$TMP/log" "click field=2 block=4 offset=0" "a click on a paragraph is located in the article"
expect_in "$TMP/log" "highlight utterance=" "sentences are highlighted"
awk '$2 == "click" { c = 1 } c && $2 == "highlight" && /field=2 block=4 start=0/ { found = 1 } END { exit !found }' "$TMP/log" &&
    pass "reading goes on from the clicked paragraph" || fail "no highlight in block 4 after the click"
expect_in "$TMP/log" "speech rate=200 volume=110" "the rate and volume buttons"
expect_in "$TMP/out" "text_size=150" "the text size shown"
expect_in "$ini" "text_size=150" "the text size is saved"
expect_in "$ini" "rate=200" "the rate is saved"
expect_in "$ini" "volume=110" "the volume is saved"
expect_in "$ini" "theme=dark" "the theme is saved"
expect_in "$ini" "line_spacing=200" "the line spacing is saved"
expect_in "$ini" "column_width=85" "the column width is saved"

# The next run starts with them.
gtk --audio-output null --engine tone --size 1000x700 --log "$TMP/log2" --report "$SEED"
expect_in "$TMP/out" "text_size=150" "the saved text size is used again"
expect_in "$TMP/out" "theme=dark" "the saved theme is used again"
expect_in "$TMP/log2" "speech rate=200 volume=110" "the saved rate and volume are used again"

# A corrupt settings file: defaults, a banner, and the file kept aside.
printf 'garbage from a crash [reader\ntext_size 300\n' >"$ini"
gtk --audio-output null --engine tone --size 1000x700 --log "$TMP/log3" --report "$SEED"
expect_status 0 "a corrupt reader.ini does not stop the reader"
expect_in "$TMP/out" "text_size=100" "the defaults are used"
[ -f "$ini.bad" ] && pass "the bad file is kept as reader.ini.bad" || fail "no reader.ini.bad"
expect_in "$TMP/log3" "banner $ini could not be read" "a banner says so"

# No sound device: the article still shows, and a banner suggests export.
alsa_no_device
gtk --size 1000x700 --log "$TMP/log4" --report --snapshot "$TMP/nodevice.png" "$SEED"
expect_status 0 "without a sound device the window still opens"
expect_in "$TMP/log4" "opened" "the article is shown"
expect_in "$TMP/log4" "docbao export $SEED -o bai-doc.ogg" "the banner suggests docbao export"
finish
