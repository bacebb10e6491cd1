#!/usr/bin/env bash
# Bad inputs get one clear message and a documented exit status, never a crash.
. "$(dirname "$0")/lib.sh"

check() { # description expected-status args...
    local what=$1 want=$2
    shift 2
    run "$@"
    expect_status "$want" "$what"
    if [ "$status" -ge 128 ] && [ "$status" -ne 130 ]; then
        fail "$what: killed by a signal"
    fi
    if [ "$want" -ne 0 ]; then
        expect_lines "$TMP/err" 1 "$what: one line of error"
        expect_in "$TMP/err" "docbao" "$what: message names the program"
    fi
}

check "missing file" 3 "$DOCBAO" extract "$TMP/nope.html"
: >"$TMP/empty.html"
check "empty file" 3 "$DOCBAO" extract "$TMP/empty.html"
printf '   \n\n  ' >"$TMP/blank.html"
check "blank file" 3 "$DOCBAO" extract "$TMP/blank.html"
head -c 4096 /dev/urandom >"$TMP/random.bin"
printf '\0' >>"$TMP/random.bin"
check "binary file" 3 "$DOCBAO" extract "$TMP/random.bin"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$TMP/image.html"
check "an image named .html" 3 "$DOCBAO" read "$TMP/image.html"
expect_in "$TMP/err" "PNG" "the image is recognised"
# A page in UTF-8 but for a few stray bytes: read, each stray byte read as windows-1258 or
# windows-1252 where that makes a Vietnamese word, left out otherwise; never a U+FFFD.
para='<p>Ph\xe1\xbb\x91 ph\xc6\xb0\xe1\xbb\x9dng h\xe1\xbb\x8dc sinh \xc4\x91\xc3\xa3 \xc4\x91\xe1\xba\xbfn tr\xc6\xb0\xe1\xbb\x9dng r\xe1\xba\xa5t \xc4\x91\xc3\xb4ng, c\xc3\xb3 nhi\xe1\xbb\x81u ng\xc6\xb0\xe1\xbb\x9di.</p>'
stray='<p>M\xe1\xbb\x99t byte l\xe1\xbb\x97i \xff \xe1\xbb\x9f \xc4\x91\xc3\xa2y (\xc3(ghi ch\xfa), Vi\xea\xf2t Nam.</p>'
printf "<html><body><h1>Ti\xc3\xaau \xc4\x91\xe1\xbb\x81</h1>$para$stray$para$para$para</body></html>" >"$TMP/bad-utf8.html"
run "$DOCBAO" extract "$TMP/bad-utf8.html"
expect_status 0 "a page with stray invalid bytes is read"
expect_in "$TMP/out" "Một byte lỗi ở đây ((ghi chú), Việt Nam." "stray bytes repaired or left out"
if grep -q $'\xef\xbf\xbd' "$TMP/out"; then fail "a replacement character is printed"; else pass "no replacement character"; fi
expect_in "$TMP/out" "Phố phường học sinh đã đến trường" "the rest is kept"
printf 'Tiêu đề\nMột d\xf2ng h\xfbng\n' >"$TMP/bad-utf8.txt"
check "invalid UTF-8 text" 3 "$DOCBAO" normalize "$TMP/bad-utf8.txt"
expect_in "$TMP/err" ":2:" "the bad line is named"
# A feed whose bytes do not match its declared encoding: libxml2's own complaints stay quiet.
printf '<?xml version="1.0" encoding="ISO-2022-JP"?><rss version="2.0"><channel><title>\xc4\x91\xe1\xbb\x8f</title></channel></rss>' >"$TMP/bad.rss"
check "a feed in the wrong encoding" 3 "$DOCBAO" feed "$TMP/bad.rss"
# A feed with unclosed tags is malformed (exit 3), not a list of what could be recovered.
printf '<rss><channel><item><title>x</channel></rss>' >"$TMP/unclosed.rss"
check "a feed with unclosed tags" 3 "$DOCBAO" feed "$TMP/unclosed.rss"
expect_in "$TMP/err" "not well-formed XML (line 1" "the broken place is named"
check "a folder" 3 "$DOCBAO" extract "$TMP"

# A 50 MB page: refused quickly, from a file and from a pipe.
truncate -s 50M "$TMP/huge.html"
check "50 MB page" 3 "$DOCBAO" extract "$TMP/huge.html"
expect_in "$TMP/err" "larger than" "the size limit is explained"
run bash -c "head -c 52428800 /dev/zero | tr '\\0' 'a' | \"$DOCBAO\" extract -"
expect_status 3 "50 MB on standard input"

# Tags nested 200,000 deep: refused as such (exit 3), quickly, not a crash.
{ printf '<html><body>'; printf '%.0s<div>' $(seq 1 200000); printf '<p>Chỉ một câu.</p></body></html>'; } >"$TMP/deep.html"
check "deeply nested tags" 3 "$DOCBAO" extract "$TMP/deep.html"
expect_in "$TMP/err" "nested too deeply" "the nesting is named as the reason"

# A page with no article: menus and links only.
cat >"$TMP/menu.html" <<'HTML'
<html><head><title>Trang chủ</title></head><body>
<ul class="menu"><li><a href="/a">Thời sự</a></li><li><a href="/b">Kinh tế</a></li></ul>
<footer>Bản quyền thuộc về Báo Điện Tử</footer></body></html>
HTML
check "no article" 4 "$DOCBAO" extract "$TMP/menu.html"
expect_in "$TMP/err" "no article" "no article is said plainly"
check "no article, read" 4 "$DOCBAO" read "$TMP/menu.html"
check "no article, export" 4 "$DOCBAO" export "$TMP/menu.html" -o "$TMP/menu.wav"
[ ! -e "$TMP/menu.wav" ] && pass "no audio file for a page without an article" || fail "menu.wav written"

# Standard input works and bad standard input is reported as such.
run bash -c "\"$DOCBAO\" extract --json - < \"$SEED\""
expect_status 0 "page on standard input"
run bash -c "printf '' | \"$DOCBAO\" extract -"
expect_status 3 "empty standard input"
expect_in "$TMP/err" "standard input" "standard input is named"

finish
