#!/usr/bin/env bash
# The reader window on an edition (a folder, several sources, or the saved sources): a pane of
# headlines beside the article, shown and unclipped at every text size, each row named as the
# reader says it; the keys move in it and read (as `docbao read` on a terminal), a click on a
# row reads it, the article commands and the "stop after each article" box work, and reading
# goes on from one article to the next unless told to stop after each.
. "$(dirname "$0")/lib.sh"

# Three short articles, newest first by their files' times (a text file has no date of its own).
mkdir -p "$TMP/tin"
for n in 1 2 3; do
    printf 'Bản tin số %s\n\nHôm nay là ngày thứ %s của tuần thử nghiệm. Trời nắng đẹp.\n' "$n" "$n" \
        >"$TMP/tin/ban-tin-$n.txt"
    touch -d "2024-03-0$n 08:00" "$TMP/tin/ban-tin-$n.txt"
done

for size in 100 400; do
    gtk --audio-output null --engine tone --size 1000x700 --text-size "$size" \
        --snapshot "$TMP/pane-$size.png" --report "$TMP/tin"
    expect_status 0 "the window on a folder at $size %"
    grep -E '^(report|headlines)' "$TMP/out" | sed 's/^/  /'
    h=$(grep '^headlines' "$TMP/out" || true)
    [ "$(field "$h" shown)" = 1 ] && [ "$(field "$h" rows)" = 3 ] &&
        pass "the headlines pane shows the 3 articles at $size %" || fail "pane at $size %: $h"
    [ "$(field "$h" clipped)" = no ] && pass "no headline is cut at $size %" || fail "clipped: $h"
    IFS=, read -r lx _ lw _ <<<"$(field "$h" list)"
    IFS=, read -r vx _ vw _ <<<"$(field "$(grep '^report' "$TMP/out")" view)"
    [ "$((lx + lw))" -le "$vx" ] && [ "$vw" -gt 300 ] &&
        pass "the pane is beside the article, which keeps ${vw} px" || fail "overlap: list $lx+$lw, view $vx+$vw"
    [ "$(field "$(grep '^report' "$TMP/out")" hscroll)" = no ] && pass "no sideways scrolling at $size %" ||
        fail "hscroll at $size %"
    cp "$TMP/pane-$size.png" "${DOCBAO_BUILD_DIR:-$TMP}/gtk-headlines-$size.png" 2>/dev/null || true
done
expect_in "$TMP/out" "headline 1 tin. 1. Bản tin số 3. " "rows are named as the reader says them, newest first"
expect_in "$TMP/out" "headline 3 tin. 3. Bản tin số 1. " "the oldest last"
expect_in "$TMP/out" "mode=headlines" "an edition opens on its headlines"
rm -f "$XDG_CONFIG_HOME/docbao/reader.ini" # the text size chosen above is saved there

# Keys and controls. Down and Enter as on a terminal; > and < between articles; l back to the
# list; a click on a row reads it; the pane's buttons; c and the box: stop after each article.
gtk --audio-output null --engine tone --size 1000x700 --log "$TMP/log" --replay \
    "Down,Return,await:reading,greater,await:reading,less,await:reading,l,row:3,await:reading,click:prev-article,await:reading,click:headlines,c,click:continuous" \
    --report "$TMP/tin"
expect_status 0 "the window steered through the edition"
grep -aE ' (select|choose|mode|message|control) ' "$TMP/log" | cut -c1-120 | sed 's/^/  /'
expect_in "$TMP/log" "message 3 articles in 1 sections. tin. 1. Bản tin số 3." "the first headline is said"
expect_in "$TMP/log" "message tin. 2. Bản tin số 2." "Down: the next headline"
expect_in "$TMP/log" "mode article 2" "Enter reads it"
grep -q . <<<"$(awk '$2 == "opened" && /ban-tin-2/' "$TMP/log")" && pass "its article is shown" || fail "not shown"
expect_in "$TMP/log" "message Article 3: Bản tin số 1." "> reads the next article"
expect_in "$TMP/log" "message Article 2: Bản tin số 2." "< reads the previous one"
expect_in "$TMP/log" "message Headlines. tin. 2. Bản tin số 2." "l goes back to the headlines"
expect_in "$TMP/log" "choose 3 read" "a click on row 3"
expect_in "$TMP/log" "mode article 3" "reads it"
expect_in "$TMP/log" "control prev-article" "the Previous article button"
expect_in "$TMP/log" "message Article 2: Bản tin số 2." "reads the previous article"
expect_in "$TMP/log" "message Stopping after each article" "c: stop after each article"
expect_in "$TMP/log" "message Reading on from article to article" "the box turns it back"
expect_in "$TMP/out" "mode=headlines" "the Headlines button went back to the list"

# Reading on: the first article, then "Next article: ..." and the next, to the end.
gtk --audio-output null --engine tone --size 1000x700 --log "$TMP/log2" --replay "row:2" \
    --quit-when-finished --report "$TMP/tin"
expect_status 0 "read to the end of the edition"
grep -q '^headline 2 tin. 2. Bản tin số 2\. .* Heard\.$' "$TMP/out" &&
    grep -q '^headline 3 tin. 3. Bản tin số 1\. .* Heard\.$' "$TMP/out" &&
    pass "the articles read are marked heard in the list" || fail "heard: $(grep '^headline' "$TMP/out")"
expect_in "$TMP/log2" "Next article: Bản tin số 1." "the next article is announced"
grep -q . <<<"$(awk '$2 == "opened" && /ban-tin-1/' "$TMP/log2")" && pass "and shown" || fail "not shown"
expect_in "$TMP/log2" "End of the article. End of the edition." "the end of the edition is said"
# Stopping after each: back to the list, at the next article.
gtk --audio-output null --engine tone --size 1000x700 --log "$TMP/log3" --replay "c,row:2,await:reading,wait:15000" \
    --report "$TMP/tin"
expect_in "$TMP/log3" "message End of the article. Next: tin. 3. Bản tin số 1." "stopping after each: the next headline"
expect_in "$TMP/out" "current=3 mode=headlines" "in the list, at the next article"

# No source given: the saved sources (sources.conf), each a section named as saved.
mkdir -p "$XDG_CONFIG_HOME/docbao"
printf '# my newspapers\n%s Báo thử\n%s\n' "$TMP/tin" "$SEED" >"$XDG_CONFIG_HOME/docbao/sources.conf"
gtk --audio-output null --engine tone --size 1000x700 --log "$TMP/log4" --report
expect_status 0 "the window on the saved sources"
expect_in "$TMP/log4" "open saved-sources" "no argument: the saved sources"
expect_in "$TMP/out" "headline 1 Báo thử. 1. Bản tin số 3." "the saved name names the section"
expect_in "$TMP/out" "rows=4" "with the saved article too"
# None saved: an empty window that says how to open an article.
rm "$XDG_CONFIG_HOME/docbao/sources.conf"
gtk --audio-output null --engine tone --size 1000x700 --log "$TMP/log5" --report
expect_status 0 "the window with nothing to read"
expect_in "$TMP/out" "shown=0 rows=0" "no pane"
# A wrong sources file: its error, naming the file and line, in the banner.
printf 'ftp://bao.example.vn/tin.rss\n' >"$XDG_CONFIG_HOME/docbao/sources.conf"
gtk --audio-output null --engine tone --size 1000x700 --log "$TMP/log6" --report
expect_in "$TMP/log6" "banner $XDG_CONFIG_HOME/docbao/sources.conf:1" "a wrong sources file is named, with its line"
finish
