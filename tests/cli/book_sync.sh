#!/usr/bin/env bash
# Talking books in sync: every sentence's clip begins and ends within 30 ms of where that
# sentence's speech begins and ends in the book's own audio, as tests/tools/book_sync.c finds it
# from the sound (not from the numbers docbao wrote): one article as EPUB 3 and the sample
# edition as DAISY 2.02, at the voice's rate and at fast ones. Then the same checker on copies
# whose SMIL files were edited (clips moved by 60 ms, a sentence left out of every clip, a clip
# in a pause) must fail, and clock values written in SMIL's other forms must read the same.
. "$(dirname "$0")/lib.sh"
: "${BOOK_SYNC:?BOOK_SYNC must name the book_sync helper (ctest sets it)}"
ARTICLE="$SAMPLES/tin-tuc-bao-dien-tu.html"
EDITION=("$SAMPLES/bac-kan-2024-01-28.html" "$SAMPLES/tin-dia-phuong-cu.html" "$ARTICLE")

# sync_ok BOOK DESCRIPTION: the checker finds every clip within 30 ms; prints its summary.
sync_ok() {
    run "$BOOK_SYNC" "$1"
    sed 's/^/    /' "$TMP/out"
    expect_status 0 "$2"
    expect_in "$TMP/out" "ok: every clip within 30 ms" "$2: the checker says so"
}

# sync_fails BOOK DESCRIPTION: the checker fails the book and lists the clips that are off.
sync_fails() {
    run "$BOOK_SYNC" "$1"
    sed 's/^/    /' "$TMP/out"
    expect_status 1 "$2"
    expect_in "$TMP/out" "FAIL:" "$2: the worst clips are listed"
}

# value_of KEY: a value of the checker's key=value line in the last run's output.
value_of() {
    tr ' ' '\n' <"$TMP/out" | sed -n "s/^$1=//p"
}

# edit_smil PERL-EXPRESSION FILE...: rewrites SMIL files in place.
edit_smil() {
    local expr=$1
    shift
    perl -0pi -e "$expr" "$@"
}

# --- The books docbao makes ---------------------------------------------------------------

run "$DOCBAO" export -q "$ARTICLE" -o "$TMP/article.epub"
expect_status 0 "export one article as EPUB 3"
sync_ok "$TMP/article.epub" "the article's EPUB at 175 wpm"
sentences=$(value_of clips)
pars=$(unzip -p "$TMP/article.epub" 'EPUB/smil/*.smil' | grep -c '<par ')
[ "${sentences:-0}" -ge 20 ] && [ "$sentences" = "$pars" ] &&
    pass "every par of the article was judged ($sentences)" ||
    fail "${sentences:-0} clips judged, $pars pars in the overlay"

run "$DOCBAO" export -q "${EDITION[@]}" --format daisy202 -o "$TMP/edition"
expect_status 0 "export the sample edition as DAISY 2.02"
sync_ok "$TMP/edition" "the edition's DAISY book at 175 wpm"
clips=$(value_of clips)
pars=$(cat "$TMP/edition"/*.smil | grep -c '<par ')
[ "$clips" = "$pars" ] && pass "every par of the book was judged ($clips)" ||
    fail "$clips clips judged, $pars pars in the SMIL files"

# Fast: espeak-ng's own pauses inside sentences shrink, and above 450 wpm the sound is sped up.
run "$DOCBAO" export -q --rate 900 "$ARTICLE" -o "$TMP/fast.epub"
expect_status 0 "export the article at 900 wpm"
sync_ok "$TMP/fast.epub" "the article's EPUB at 900 wpm"
run "$DOCBAO" export -q --rate 450 --voice mien-nam "${EDITION[@]}" --format daisy202 \
    -o "$TMP/fast-daisy"
expect_status 0 "export the edition at 450 wpm with the southern voice"
sync_ok "$TMP/fast-daisy" "the edition's DAISY book at 450 wpm"
# Slow: the engine's silence around each utterance is longest at 80 wpm; the spoken names of
# the book and its sections are clipped to their speech as sentences are.
run "$DOCBAO" export -q --rate 80 --sections title,lead "${EDITION[@]}" --format daisy202 \
    -o "$TMP/slow-daisy"
expect_status 0 "export the edition's titles and leads at 80 wpm"
sync_ok "$TMP/slow-daisy" "the edition's DAISY book at 80 wpm"

# --- The checker reads every form of clock value --------------------------------------------

mkdir -p "$TMP/forms"
(cd "$TMP/forms" && unzip -q "$TMP/article.epub")
smil=("$TMP/forms/EPUB/smil/"*.smil)
# Begins as full clock values (H:MM:SS.fff), ends as partial ones (MM:SS.fff) or milliseconds.
edit_smil 's/clipBegin="([0-9.]+)s"/sprintf("clipBegin=\"%d:%02d:%06.3f\"", $1 \/ 3600, $1 \/ 60 % 60, $1 - 60 * int($1 \/ 60))/ge;
           my $n = 0;
           s/clipEnd="([0-9.]+)s"/$n++ % 2 ? sprintf("clipEnd=\"%02d:%06.3f\"", $1 \/ 60, $1 - 60 * int($1 \/ 60)) : sprintf("clipEnd=\"%.0fms\"", $1 * 1000)/ge' \
    "${smil[@]}"
grep -q 'clipBegin="0:00:0' "${smil[0]}" && grep -q 'clipEnd="[0-9]*ms"' "${smil[0]}" &&
    pass "clock values rewritten" || fail "the SMIL was not rewritten: $(head -c 600 "${smil[0]}")"
sync_ok "$TMP/forms" "the unzipped EPUB with full, partial and millisecond clock values"
cp -r "$TMP/edition" "$TMP/npt"
edit_smil 's/clip-(begin|end)="npt=([0-9.]+)s"/sprintf("clip-%s=\"npt=%d:%02d:%06.3f\"", $1, $2 \/ 3600, $2 \/ 60 % 60, $2 - 60 * int($2 \/ 60))/ge' \
    "$TMP/npt"/*.smil
sync_ok "$TMP/npt" "the DAISY book with npt= full clock values"

# A par whose audio is a seq of two clips that continue one another is one sentence's clip.
cp -r "$TMP/edition" "$TMP/seq"
edit_smil 's{<audio src="([^"]+)" clip-begin="npt=([0-9.]+)s" clip-end="npt=([0-9.]+)s" id="(au[0-9]+)"/>}{my $m = sprintf("%.3f", ($2 + $3) / 2); "<seq><audio src=\"$1\" clip-begin=\"npt=$2s\" clip-end=\"npt=${m}s\" id=\"$4a\"/><audio src=\"$1\" clip-begin=\"npt=${m}s\" clip-end=\"npt=$3s\" id=\"$4b\"/></seq>"}ge' \
    "$TMP/seq/a003.smil"
grep -q '<seq><audio' "$TMP/seq/a003.smil" && pass "clips split in two" || fail "no clip was split"
sync_ok "$TMP/seq" "the DAISY book with its clips in seqs of two"
[ "$(value_of clips)" = "$clips" ] && pass "still one clip per par" ||
    fail "$(value_of clips) clips, $clips pars"

# A clip without clip-end runs to the end of its file (here past the engine's last silence).
cp -r "$TMP/edition" "$TMP/open"
last=$(grep -o 'id="au[0-9]*"' "$TMP/open/a002.smil" | tail -1)
begin=$(sed -n "s/.*clip-begin=\"npt=\([0-9.]*\)s\" clip-end=\"npt=[0-9.]*s\" $last.*/\1/p" \
    "$TMP/open/a002.smil")
edit_smil "s/ clip-end=\"npt=[0-9.]+s\" $last/ $last/" "$TMP/open/a002.smil"
run "$BOOK_SYNC" --verbose --tolerance 1000 "$TMP/open"
seconds=$(printf '%.3f' "$(stat_of seconds "$TMP/open/a002.mp3")")
expect_in "$TMP/out" "(a002.mp3 $begin-$seconds s)" "an open clip ends with its file ($seconds s)"

cp -r "$TMP/edition" "$TMP/garbled"
edit_smil 's/clip-begin="npt=[0-9.]+s"/clip-begin="npt=soon"/' "$TMP/garbled/a002.smil"
run "$BOOK_SYNC" "$TMP/garbled"
expect_status 2 "a clock value that is none"
expect_in "$TMP/err" "a002.smil, line" "the file and line are named"

# --- The checker can fail -------------------------------------------------------------------

# Every clip of one article 60 ms late: that article's clips, and only those, are off.
cp -r "$TMP/edition" "$TMP/late"
edit_smil 's/clip-(begin|end)="npt=([0-9.]+)s"/sprintf("clip-%s=\"npt=%.3fs\"", $1, $2 + 0.060)/ge' \
    "$TMP/late/a002.smil"
sync_fails "$TMP/late" "the DAISY book with one article's clips 60 ms late"
[ "$(value_of over)" = "$(grep -c '<par ' "$TMP/late/a002.smil")" ] &&
    pass "exactly that article's clips are off" ||
    fail "$(value_of over) clips off, $(grep -c '<par ' "$TMP/late/a002.smil") moved"

# Every clip of the EPUB 60 ms early.
mkdir -p "$TMP/early"
(cd "$TMP/early" && unzip -q "$TMP/article.epub")
edit_smil 's/clip(Begin|End)="([0-9.]+)s"/sprintf("clip%s=\"%.3fs\"", $1, $2 >= 0.06 ? $2 - 0.060 : 0)/ge' \
    "$TMP/early/EPUB/smil/"*.smil
sync_fails "$TMP/early" "the EPUB with its clips 60 ms early"
[ "$(value_of over)" = "$sentences" ] && pass "every clip is off" ||
    fail "$(value_of over) of $sentences clips found off"

# Only the ends 60 ms short: the last sound of every sentence is cut.
cp -r "$TMP/edition" "$TMP/short"
edit_smil 's/clip-end="npt=([0-9.]+)s"/sprintf("clip-end=\"npt=%.3fs\"", $1 - 0.060)/ge' \
    "$TMP/short/a001.smil"
sync_fails "$TMP/short" "the DAISY book with one article's clips ending 60 ms early"

# A sentence in no clip (its par removed): its speech is outside every clip.
cp -r "$TMP/edition" "$TMP/gap"
edit_smil 's/<par endsync="last" id="p3">.*?<\/par>\n//s' "$TMP/gap/a001.smil"
[ "$(grep -c '<par ' "$TMP/gap/a001.smil")" -lt "$(grep -c '<par ' "$TMP/edition/a001.smil")" ] &&
    pass "a par removed" || fail "the par was not removed"
sync_fails "$TMP/gap" "the DAISY book with a sentence's speech in no clip"

# A clip in the pause between two sentences: no speech in it.
cp -r "$TMP/edition" "$TMP/silent"
edit_smil 'my ($end) = /clip-end="npt=([0-9.]+)s" id="au0"/ or die "no au0";
           s/(id="p0">.*?<\/par>\n)/sprintf("%s<par endsync=\"last\" id=\"px\">\n<text src=\"a002.html#s0\" id=\"tx\"\/>\n<audio src=\"a002.mp3\" clip-begin=\"npt=%.3fs\" clip-end=\"npt=%.3fs\" id=\"aux\"\/>\n<\/par>\n", $1, $end + 0.08, $end + 0.2)/se' \
    "$TMP/silent/a002.smil"
sync_fails "$TMP/silent" "the DAISY book with a clip in a pause"
expect_in "$TMP/out" "#px (a002.mp3" "the silent clip is named"
expect_in "$TMP/out" "no speech in the clip" "it is said to hold no speech"

finish
