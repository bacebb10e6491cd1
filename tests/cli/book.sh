#!/usr/bin/env bash
# Talking books: docbao export to EPUB 3 with Media Overlays and to DAISY 2.02. The EPUB books
# are judged by epubcheck (no error, no warning); both books' structure is checked against the
# specifications' rules that a reader relies on (every overlay's text points at a sentence that
# exists, durations add up, ncc.html's counts are true); an entry that cannot be read is left
# out and said so; and Ctrl-C or a failure leaves nothing behind, an earlier book untouched.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/edition_lib.sh"

for tool in xmllint unzip java; do
    command -v "$tool" >/dev/null || { fail "$tool is not installed (scripts/install-deps.sh)"; finish; }
done
EPUBCHECK_JAR=/usr/share/java/epubcheck.jar
[ -f "$EPUBCHECK_JAR" ] || { fail "epubcheck is not installed (scripts/install-deps.sh)"; finish; }

start_site
trap 'kill $SERVER_PID 2>/dev/null || true; cleanup' EXIT
ART="$SAMPLES/tin-tuc-bao-dien-tu.html"

# xpath FILE EXPR: the value of an XPath expression, namespaces ignored (local-name()).
xpath() { xmllint --xpath "$2" "$1" 2>/dev/null || true; }

# epubcheck BOOK DESCRIPTION: the book passes with no error and no warning.
epubcheck() {
    local report="$TMP/epubcheck.$(basename "$1").txt"
    if java -jar "$EPUBCHECK_JAR" "$1" >"$report" 2>&1 &&
        grep -q "No errors or warnings detected" "$report"; then
        pass "$2: epubcheck finds no error and no warning"
    else
        fail "$2: epubcheck: $(grep -E 'ERROR|WARNING|FATAL' "$report" | head -5)"
    fi
}

# overlays_point_at_sentences DIR (an unpacked EPUB or a DAISY folder) SMIL...: every par's
# text reference names an element that exists in its document, and its audio file exists.
overlays_point_at_sentences() {
    local dir=$1 smil missing=0 pars=0 src file id audio
    shift
    for smil in "$@"; do
        while read -r src; do
            [ -n "$src" ] || continue
            pars=$((pars + 1))
            file=$(dirname "$smil")/${src%%#*}
            id=${src#*#}
            grep -q "id=\"$id\"" "$file" 2>/dev/null || { missing=$((missing + 1)); echo "missing: $src" >&2; }
        done < <(grep -o '<text src="[^"]*"' "$smil" | sed 's/<text src="//; s/"$//')
        while read -r audio; do
            [ -f "$(dirname "$smil")/$audio" ] || { missing=$((missing + 1)); echo "no audio: $audio" >&2; }
        done < <(grep -o '<audio src="[^"]*"' "$smil" | sed 's/<audio src="//; s/"$//' | sort -u)
    done
    if [ "$missing" -eq 0 ] && [ "$pars" -gt 0 ]; then
        pass "$(basename "$dir"): all $pars sentences of the overlays are found in the text"
    else
        fail "$(basename "$dir"): $missing of $pars overlay references point nowhere"
    fi
}

# seconds CLOCK: an EPUB clock value (H:MM:SS.mmm) in milliseconds.
millis() { awk -F: '{ printf "%d\n", ($1 * 3600 + $2 * 60 + $3) * 1000 + 0.5 }' <<<"$1"; }

# --- EPUB: one article ------------------------------------------------------------------------
run "$DOCBAO" export "$ART" -o "$TMP/article.epub"
expect_status 0 "one article as an EPUB book"
expect_in "$TMP/err" "article.epub" "the book's name is said"
epubcheck "$TMP/article.epub" "one article"
[ "$(stat -c %a "$TMP/article.epub")" = "$(printf '%o' $((0666 & ~0$(umask))))" ] &&
    pass "the EPUB has the permissions of any new file" || fail "the EPUB's permissions: $(stat -c %a "$TMP/article.epub")"
[ "$(unzip -Z1 "$TMP/article.epub" | head -1)" = mimetype ] && pass "mimetype comes first" || fail "mimetype is not the first entry"
grep -q "compression method:.*none (stored)" <<<"$(unzip -Zv "$TMP/article.epub" mimetype)" &&
    pass "mimetype is stored" || fail "mimetype is compressed"
mkdir -p "$TMP/article" && unzip -q "$TMP/article.epub" -d "$TMP/article"
opf="$TMP/article/EPUB/package.opf"
expect_in "$opf" "<dc:language>vi</dc:language>" "dc:language is vi"
expect_in "$opf" "<dc:title>Gia Lai mở rộng vùng chanh leo" "the book of one article takes its title"
expect_in "$opf" "<dc:source>https://baodientu-online.vn/kinh-te/" "the source: the page's own address"
expect_in "$opf" 'property="media:active-class"' "media:active-class"
expect_in "$opf" "<dc:date>" "a date"
text="$TMP/article/EPUB/text/a001.xhtml"
expect_in "$text" '<figure><figcaption>' "captions as figcaption"
expect_in "$text" '<h2 id="h' "the article's headings as headings"
expect_in "$text" '<p class="lead">' "the lead"
sentences=$(grep -o '<span id="s[0-9]*">' "$text" | wc -l)
pars=$(grep -c '<par ' "$TMP/article/EPUB/smil/a001.smil")
[ "$sentences" -gt 20 ] && [ "$sentences" -eq "$pars" ] &&
    pass "every one of the $sentences sentences has a par" || fail "$sentences sentences, $pars pars"
overlays_point_at_sentences "$TMP/article" "$TMP/article/EPUB/smil/a001.smil"
total=$(grep -o '<meta property="media:duration">[^<]*' "$opf" | sed 's/.*>//')
one=$(grep -o '<meta property="media:duration" refines="#mo_a001">[^<]*' "$opf" | sed 's/.*>//')
[ -n "$total" ] && [ "$(millis "$total")" -eq "$(millis "$one")" ] && [ "$(millis "$total")" -gt 60000 ] &&
    pass "media:duration of the overlay and the total ($total)" || fail "durations: total '$total', overlay '$one'"
# The overlay's last clip ends inside the audio.
last_end=$(grep -o 'clipEnd="[^"]*"' "$TMP/article/EPUB/smil/a001.smil" | tail -1 | sed 's/clipEnd="//; s/s"$//')
audio_len=$("$AUDIO_STATS" "$TMP/article/EPUB/audio/a001.mp3" | sed 's/seconds=\([0-9.]*\).*/\1/')
awk -v e="$last_end" -v l="$audio_len" 'BEGIN { exit !(e > 0 && e <= l + 0.05) }' &&
    pass "the last clip ends within the audio ($last_end s of $audio_len s)" ||
    fail "the last clip ends at $last_end s, the audio is $audio_len s long"

# --- EPUB: an edition of pages and a feed, with entries that cannot be read -------------------
run "$DOCBAO" export "$SAMPLES/bac-kan-2024-01-28.html" "$ART" "$SITE/tin.rss" -o "$TMP/edition.epub"
expect_status 0 "an edition as an EPUB book"
expect_in "$TMP/err" "Left out of the book" "unreadable entries are said to be left out"
[ "$(grep -c "Left out of the book" "$TMP/err")" -eq 2 ] && pass "two entries left out (a gone page, a page that is no article)" ||
    fail "left out: $(grep "Left out" "$TMP/err")"
epubcheck "$TMP/edition.epub" "an edition"
mkdir -p "$TMP/edition" && unzip -q "$TMP/edition.epub" -d "$TMP/edition"
nav="$TMP/edition/EPUB/nav.xhtml"
expect_in "$nav" "Tin mới" "the navigation names the feed's section"
expect_in "$nav" "Đường mới nối hai huyện" "the navigation lists the feed's articles"
[ "$(ls "$TMP/edition/EPUB/text" | wc -l)" -eq 5 ] && pass "five articles, one document each" || fail "documents: $(ls "$TMP/edition/EPUB/text")"
expect_in "$TMP/edition/EPUB/package.opf" "<dc:source>$SITE/bon.html</dc:source>" "a feed entry's address as dc:source"
! grep -q "<dc:source>/" "$TMP/edition/EPUB/package.opf" && pass "no folder of this machine in the book" ||
    fail "a local path in dc:source: $(grep '<dc:source>/' "$TMP/edition/EPUB/package.opf")"
overlays_point_at_sentences "$TMP/edition" "$TMP"/edition/EPUB/smil/*.smil
sum=0
for d in $(grep -o 'refines="#mo_a[0-9]*">[^<]*' "$TMP/edition/EPUB/package.opf" | sed 's/.*>//'); do
    sum=$((sum + $(millis "$d")))
done
total=$(grep -o '<meta property="media:duration">[^<]*' "$TMP/edition/EPUB/package.opf" | sed 's/.*>//')
diff=$((sum - $(millis "$total")))
[ "${diff#-}" -le 5 ] && pass "the overlays' durations add up to the total ($total)" || fail "overlays sum to $sum ms, total $total"

run "$DOCBAO" export "$ART" --title "Báo sáng thứ Hai" -o "$TMP/titled.epub"
expect_status 0 "a book with a title of its own"
grep -q "<dc:title>Báo sáng thứ Hai</dc:title>" <<<"$(unzip -p "$TMP/titled.epub" EPUB/package.opf)" &&
    pass "--title names the book" || fail "--title: $(unzip -p "$TMP/titled.epub" EPUB/package.opf | grep dc:title)"
run "$DOCBAO" export "$ART" --title "Báo" -o "$TMP/titled.ogg"
expect_status 2 "--title without a book"

# --- DAISY 2.02 -------------------------------------------------------------------------------
run "$DOCBAO" export "$SAMPLES/bac-kan-2024-01-28.html" "$ART" "$SITE/tin.rss" --format daisy202 -o "$TMP/daisy"
expect_status 0 "an edition as a DAISY 2.02 book"
ncc="$TMP/daisy/ncc.html"
[ "$(stat -c %a "$TMP/daisy")" = "$(printf '%o' $((0777 & ~0$(umask))))" ] &&
    pass "the book's folder has the permissions of any new folder ($(stat -c %a "$TMP/daisy"))" ||
    fail "the book's folder has permissions $(stat -c %a "$TMP/daisy"), umask $(umask)"
xmllint --noout "$ncc" && pass "ncc.html is well-formed" || fail "ncc.html is not well-formed XML"
for f in "$TMP"/daisy/*.smil "$TMP"/daisy/a*.html; do
    xmllint --noout "$f" 2>>"$TMP/xmllint.err" || fail "$(basename "$f") is not well-formed"
done
expect_in "$ncc" '<meta name="dc:format" content="Daisy 2.02"/>' "dc:format"
expect_in "$ncc" '<meta name="dc:language" content="vi"' "dc:language"
expect_in "$ncc" '<h1 class="title"' "the title heading comes first"
files=$(grep -o '<meta name="ncc:files" content="[0-9]*"' "$ncc" | grep -o '[0-9]*')
[ "$files" -eq "$(ls "$TMP/daisy" | wc -l)" ] && pass "ncc:files counts the book's $files files" || fail "ncc:files $files, the folder holds $(ls "$TMP/daisy" | wc -l)"
toc=$(grep -o '<meta name="ncc:tocItems" content="[0-9]*"' "$ncc" | grep -o '[0-9]*')
[ "$toc" -eq "$(grep -c '<h[1-6]' "$ncc")" ] && pass "ncc:tocItems counts the headings ($toc)" || fail "ncc:tocItems $toc"
[ "$(grep -c '<h1' "$ncc")" -eq 3 ] && pass "h1: the title and the two sections" || fail "h1: $(grep '<h1' "$ncc")"
[ "$(grep -c '<h2' "$ncc")" -eq 5 ] && pass "h2: the five articles" || fail "h2: $(grep -c '<h2' "$ncc")"
grep -q '<h2' <<<"$(grep -A1 'Tin mới' "$ncc")" && pass "the feed's articles follow its section" || fail "section order"
overlays_point_at_sentences "$TMP/daisy" "$TMP"/daisy/*.smil
# ncc:totalTime is the sum of the SMIL files' own times.
sum=0
for smil in "$TMP"/daisy/*.smil; do
    t=$(grep -o '<meta name="ncc:timeInThisSmil" content="[^"]*"' "$smil" | sed 's/.*content="//; s/"$//')
    sum=$((sum + $(millis "$t")))
done
total=$(grep -o '<meta name="ncc:totalTime" content="[^"]*"' "$ncc" | sed 's/.*content="//; s/"$//')
diff=$((sum / 1000 - $(millis "$total") / 1000))
[ "${diff#-}" -le 1 ] && pass "ncc:totalTime $total is the SMIL files' times added up" || fail "ncc:totalTime $total, the SMIL files add to $sum ms"
# Each SMIL file's ncc:totalElapsedTime is the time of the files before it, in the ncc's order.
elapsed=0 ok=1
for smil in $(grep -o 'href="[^"#]*\.smil' "$ncc" | sed 's/href="//' | awk '!seen[$0]++'); do
    t=$(grep -o '<meta name="ncc:totalElapsedTime" content="[^"]*"' "$TMP/daisy/$smil" | sed 's/.*content="//; s/"$//')
    d=$(( $(millis "$t") - elapsed ))
    [ "${d#-}" -le 2 ] || { ok=0; echo "$smil: elapsed $t, expected $elapsed ms" >&2; }
    t=$(grep -o '<meta name="ncc:timeInThisSmil" content="[^"]*"' "$TMP/daisy/$smil" | sed 's/.*content="//; s/"$//')
    elapsed=$((elapsed + $(millis "$t")))
done
[ "$ok" -eq 1 ] && pass "ncc:totalElapsedTime runs on from file to file" || fail "ncc:totalElapsedTime"

# Made again: the old DAISY book is replaced; a folder that holds something else is refused.
run "$DOCBAO" export "$ART" --format daisy -o "$TMP/daisy"
expect_status 0 "a DAISY book replaces an earlier one"
[ "$(grep -c '<h2' "$TMP/daisy/ncc.html")" -eq 1 ] && [ ! -e "$TMP/daisy/a002.smil" ] &&
    pass "nothing of the earlier book is left in it" || fail "the earlier book's files remain"
mkdir -p "$TMP/photos" && echo keep >"$TMP/photos/cat.jpg"
run "$DOCBAO" export "$ART" --format daisy202 -o "$TMP/photos"
expect_status 6 "a folder that is no DAISY book is not replaced"
[ "$(cat "$TMP/photos/cat.jpg")" = keep ] && pass "its files are untouched" || fail "photos/cat.jpg changed"
expect_in "$TMP/err" "is not a DAISY book" "the reason is said"

# --- Usage and failures -----------------------------------------------------------------------
run "$DOCBAO" export "$ART" --format mobi -o "$TMP/x.mobi"
expect_status 2 "an unknown book format"
expect_in "$TMP/err" "epub3 or daisy202" "the formats are named"
run "$DOCBAO" export "$ART" --format epub3 -o -
expect_status 2 "a book cannot go to standard output"
run "$DOCBAO" export "$ART" -o "$TMP/no-such-dir/book.epub"
expect_status 6 "a book in a folder that does not exist"
run "$DOCBAO" export "$ART" --format daisy -o "$TMP/no-such-dir/book"
expect_status 6 "a DAISY book in a folder that does not exist"
run "$DOCBAO" export "$TMP/no-such-file.html" -o "$TMP/none.epub"
expect_status 3 "a source that cannot be read"
[ ! -e "$TMP/none.epub" ] && pass "no book without an article" || fail "none.epub was written"

# A failure half-way (the disk fills: files may not grow past 300 kB) leaves nothing, and an
# earlier book of the same name stays as it was.
echo "an earlier book" >"$TMP/keep.epub"
set +e
(ulimit -f 300; trap '' XFSZ; exec "$DOCBAO" export "$ART" -o "$TMP/keep.epub") 2>"$TMP/err"
status=$?
set -e
expect_status 6 "a write that fails half-way"
[ "$(cat "$TMP/keep.epub")" = "an earlier book" ] && pass "the earlier book is untouched" || fail "keep.epub changed"

# Ctrl-C while the book is made: exit 130, no book, nothing half-made beside it.
cp -r "$TMP/daisy" "$TMP/daisy-before"
"$DOCBAO" export "$SAMPLES/bac-kan-2024-01-28.html" "$ART" --rate 80 --format daisy202 -o "$TMP/daisy" 2>"$TMP/err" &
pid=$!
for _ in $(seq 1 100); do
    grep -q '^\.daisy\..*\.part$' <<<"$(ls -a "$TMP")" && break
    sleep 0.05
done
sleep 0.5
interrupt "$pid"
expect_status 130 "Ctrl-C stops a DAISY book"
diff -r "$TMP/daisy" "$TMP/daisy-before" >/dev/null && pass "the earlier DAISY book is as it was" || fail "the earlier DAISY book changed"
"$DOCBAO" export "$ART" --rate 80 -o "$TMP/cancelled.epub" 2>"$TMP/err" &
pid=$!
sleep 1
interrupt "$pid"
expect_status 130 "Ctrl-C stops an EPUB book"
[ ! -e "$TMP/cancelled.epub" ] && pass "no EPUB after Ctrl-C" || fail "cancelled.epub exists"
left=$(find "$TMP" -maxdepth 1 -name '.*part*')
[ -z "$left" ] && pass "nothing half-made is left" || fail "left behind: $left"

# A progress bar on a terminal, moving within a single article.
if command -v script >/dev/null; then
    script -qec "\"$DOCBAO\" export \"$ART\" -o \"$TMP/tty.epub\"" /dev/null >"$TMP/tty.log" 2>&1 || true
    expect_in "$TMP/tty.log" "100%" "a progress bar on a terminal"
    steps=$(tr '\r' '\n' <"$TMP/tty.log" | grep -o '[0-9]*%' | sort -u | wc -l)
    [ "$steps" -gt 5 ] && pass "it moves sentence by sentence ($steps steps)" || fail "the bar moved $steps times"
fi

finish
