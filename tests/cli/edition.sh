#!/usr/bin/env bash
# Editions without a terminal: saved sources (docbao sources), an edition read through to its
# end, failures among the sources and the entries, and the export of an edition as one audio
# file with its chapters. The site comes from the local HTTP server (tests/cli/edition_lib.sh).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/edition_lib.sh"
start_site
trap 'kill $SERVER_PID 2>/dev/null || true; cleanup' EXIT
conf="$XDG_CONFIG_HOME/docbao/sources.conf"

# --- Saved sources ----------------------------------------------------------------------------
run "$DOCBAO" sources
expect_status 0 "sources with none saved"
expect_in "$TMP/out" "docbao sources add" "says how to add one"
run "$DOCBAO" read --no-keys
expect_status 2 "read with nothing to read"
expect_in "$TMP/err" "docbao sources add URL" "read says how to add sources"
run "$DOCBAO" sources add "$SITE/tin.rss" "Tin mới"
expect_status 0 "sources add"
expect_in "$conf" "$SITE/tin.rss Tin mới" "the source and its name are in sources.conf"
run "$DOCBAO" sources add "$SITE/tin.rss"
expect_status 2 "adding the same source again"
expect_in "$TMP/err" "already a source" "says it is there already"
run "$DOCBAO" sources add "ftp://example.org/feed"
expect_status 2 "a source docbao cannot read"
printf '# my papers\n%s\n\n# local\n%s Nhà\n' "$SITE/tin.rss Tin mới" "$TMP/site" >"$conf"
run "$DOCBAO" sources remove 2
expect_status 0 "sources remove by number"
expect_in "$conf" "# local" "comments are kept when the file is rewritten"
grep -qF "$TMP/site" "$conf" && fail "the removed source is still there" || pass "the source is removed"
run "$DOCBAO" sources remove "$SITE/nowhere.rss"
expect_status 3 "removing a source that is not there"
ls "$(dirname "$conf")"/.sources.conf* 2>/dev/null && fail "a temporary file was left" \
    || pass "no temporary file left behind"
printf '%s\nhttp://ok.example/x\nmailto:someone@example.org\n' "$SITE/tin.rss" >"$conf"
run "$DOCBAO" read --no-keys
expect_status 3 "a broken sources file"
expect_in "$TMP/err" "sources.conf:3:" "the message names the file and the line"

# --- An edition read to its end, without a terminal -----------------------------------------
printf '%s Tin mới\n' "$SITE/tin.rss" >"$conf"
run timeout 120 "$DOCBAO" read --no-keys --audio-output null --engine tone --rate 450 \
    --log "$TMP/read.log"
expect_status 0 "the saved sources read through to the end"
grep -o 'open key=[^ ]*' "$TMP/read.log" | sed 's/.*\///' >"$TMP/opened"
[ "$(tr '\n' ' ' <"$TMP/opened")" = "mot.html hai.html bon.html " ] \
    && pass "the three articles were read in the feed's order; the missing and non-article entries were skipped" \
    || fail "opened: $(tr '\n' ' ' <"$TMP/opened")"
heard=$(grep -c '=' "$XDG_STATE_HOME/docbao/heard.ini" || true)
[ "$heard" -eq 3 ] && pass "the three finished articles are remembered as heard" \
    || fail "heard.ini holds $heard entries"
grep -q 'heard.ini.' <<<"$(ls "$XDG_STATE_HOME/docbao/")" && fail "a temporary heard file was left" \
    || pass "heard.ini written without leftovers"

# --- Failures among several sources -----------------------------------------------------------
run "$DOCBAO" read --no-keys "$SITE/bad-feed"
expect_status 3 "a malformed feed as the only source keeps exit status 3"
run "$DOCBAO" export -q "$SITE/bad-feed" "$SITE/mot.html" -o "$TMP/two.wav"
expect_status 0 "a malformed feed among other sources is skipped"
expect_in "$TMP/err" "bad-feed" "the malformed feed is named"

# --- Export of an edition, with chapters ----------------------------------------------------
run "$DOCBAO" export -q "$SITE/tin.rss" -o "$TMP/edition.ogg" --chapters "$TMP/chapters.json"
expect_status 0 "export of an edition"
[ -s "$TMP/edition.ogg" ] && pass "one audio file" || fail "no audio file"
n=$(grep -c '"start"' "$TMP/chapters.json" || true)
[ "$n" -eq 3 ] && pass "three chapters, one per article read" || fail "$n chapters: $(cat "$TMP/chapters.json")"
awk -F'"start": ' 'BEGIN { prev = -1 } /"start"/ { split($2, v, ","); if (v[1] + 0 <= prev) bad = 1; prev = v[1] + 0 }
    END { exit bad }' "$TMP/chapters.json" && pass "chapters start in order" \
    || fail "chapters out of order: $(cat "$TMP/chapters.json")"
expect_in "$TMP/chapters.json" '"title": "Giá lúa tăng mạnh trong tuần"' "chapters carry the titles"
total=$(stat_of seconds "$TMP/edition.ogg")
last=$(awk -F'"start": ' '/"start"/ { split($2, v, ","); s = v[1] } END { print s }' "$TMP/chapters.json")
awk -v t="$total" -v l="$last" 'BEGIN { exit !(l > 0 && l < t) }' \
    && pass "the last chapter starts inside the audio ($last of $total s)" \
    || fail "last chapter at $last, audio $total s"
run "$DOCBAO" export -q "$SITE/trang-chu.html" -o "$TMP/home.wav" --chapters "$TMP/home.json"
expect_status 0 "export of a list page's articles"
n=$(grep -c '"start"' "$TMP/home.json" || true)
[ "$n" -eq 1 ] && pass "the one article behind the list's links that exists is read" \
    || fail "$n chapters from the list page: $(cat "$TMP/home.json")"
run "$DOCBAO" export -q "$SITE/tin.rss" -o - --chapters "$TMP/x.json"
expect_status 2 "chapters need a file, not standard output"

finish
