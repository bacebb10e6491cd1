#!/usr/bin/env bash
# The kiosk on a feed served over HTTP (a local server on 127.0.0.1): the feed's entries are a
# section of the kiosk's edition, a link to the site's home page is not listed, and an entry
# whose page is gone (HTTP 404) is said in one plain sentence when chosen, while the list stays
# on screen (no empty article, no red banner); the other entries still read.
. "$(dirname "$0")/lib.sh"

mkdir -p "$TMP/site" "$TMP/kiosk"
cp "$SAMPLES"/*.html "$TMP/site/"
cat >"$TMP/site/tin.rss" <<'RSS'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Tin mới</title>
    <link>/</link>
    <item>
      <title>Gia Lai mở rộng vùng chanh leo</title>
      <link>tin-tuc-bao-dien-tu.html</link>
      <pubDate>Thu, 14 Mar 2024 02:15:00 GMT</pubDate>
    </item>
    <item>
      <title>Bài đã bị gỡ</title>
      <link>da-go.html</link>
      <pubDate>Wed, 13 Mar 2024 02:15:00 GMT</pubDate>
    </item>
    <item>
      <title>Trang chủ</title>
      <link>/</link>
    </item>
    <item>
      <title>Trung tâm Phục vụ hành chính công</title>
      <link>bac-kan-2024-01-28.html</link>
      <pubDate>Sun, 28 Jan 2024 03:05:00 GMT</pubDate>
    </item>
  </channel>
</rss>
RSS
http_server "$TMP/site"

# The kiosk's folder is empty: the feed is all there is. Choose the second entry (the page is
# gone), then the third.
gtk --kiosk "$TMP/kiosk" --feed "$base/tin.rss" --audio-output null --engine tone \
    --size 1000x700 --log "$TMP/log" \
    --replay "KP_2,wait:1500,KP_5,wait:1500,snap:$TMP/after-404.png,report,KP_2,KP_5,await:reading,ctrl+alt+shift+q"
expect_status 0 "the kiosk ran on the served feed"
grep -E ' (edition|select|entry-failed|message|home|mode|banner|opened)' "$TMP/log" | cut -c1-140 | sed 's/^/  /'

expect_in "$TMP/log" "entries=3 skipped=none" "the feed's three articles are listed, its home page is not"
expect_in "$TMP/out" "headline 1 Tin mới. 1. Gia Lai mở rộng vùng chanh leo." "the section is named by the feed"
expect_in "$TMP/log" "entry-failed 2 " "the gone page is found out"
expect_in "$TMP/log" "message Article 2, Bài đã bị gỡ, is skipped: the page does not exist (HTTP 404)." \
    "choosing it says why in one plain sentence"
said=$(awk '$2 == "message" && /Bài đã bị gỡ, is skipped/' "$TMP/log" | head -1 | cut -d' ' -f3-)
[ "$(grep -o '\. ' <<<"$said" | wc -l)" -eq 0 ] && pass "one sentence: '$said'" ||
    fail "more than a sentence: '$said'"
! grep -q . <<<"$(awk '$2 == "home-open" && $3 == 2' "$TMP/log")" && pass "no article page opens for it" ||
    fail "an (empty) article was shown"
! grep -q ' banner .' "$TMP/log" && pass "no banner" || fail "a banner: $(grep ' banner' "$TMP/log")"
expect_in "$TMP/out" "mode=headlines" "the listener stays in the list"
expect_in "$TMP/out" "headlines shown=1" "the list stays on screen"
grep -q '^headline 2 Tin mới. 2. Bài đã bị gỡ\. .*It cannot be read\.$' "$TMP/out" &&
    pass "its row says it cannot be read" || fail "row 2: $(grep '^headline 2' "$TMP/out")"
expect_in "$TMP/log" "home-open 3" "the next entry still opens"
grep -q . <<<"$(awk '$2 == "opened" && /bac-kan/' "$TMP/log")" && pass "and is read" || fail "entry 3 not read"
finish
