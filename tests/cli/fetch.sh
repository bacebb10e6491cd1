#!/usr/bin/env bash
# docbao over the network, end to end: web pages, feeds and their entries, every failure's exit
# status and message, proxies, and the offline cache when the server goes away. Everything is
# served by tests/tools/http_test_server on 127.0.0.1; nothing leaves the machine (the DNS
# failure uses a name the resolver refuses before asking any server).
set -u

: "${DOCBAO:?set by ctest}" "${HTTP_TEST_SERVER:?set by ctest}" "${DOCBAO_SOURCE_DIR:?set by ctest}"

work=$(mktemp -d)
export XDG_CACHE_HOME="$work/cache"
export DOCBAO_LANG=en
unset http_proxy https_proxy HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY

server_pid=""
tls_pid=""
passed=0
failed=0

cleanup() {
    for pid in $server_pid $tls_pid; do
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    rm -rf "$work"
}
trap cleanup EXIT

# Waits until FILE's first line matches PATTERN (at most 5 s).
wait_for_line() {
    for _ in $(seq 1 50); do
        if [ -s "$1" ] && grep -q "$2" "$1"; then
            return 0
        fi
        sleep 0.1
    done
    echo "FAIL: no line matching $2 in $1" >&2
    exit 1
}

start_server() {
    "$HTTP_TEST_SERVER" --root "$DOCBAO_SOURCE_DIR/samples" --lifetime 120 >"$work/port" &
    server_pid=$!
    wait_for_line "$work/port" '^[0-9]'
    port=$(head -n 1 "$work/port")
    base="http://127.0.0.1:$port"
}

stop_server() {
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null
    server_pid=""
}

ok() {
    passed=$((passed + 1))
}

ko() {
    failed=$((failed + 1))
    echo "FAIL: $*"
    echo "  stdout: $(head -c 400 "$work/out")"
    echo "  stderr: $(head -c 400 "$work/err")"
}

# expect CODE TEXT COMMAND...: runs COMMAND and checks its exit status and that TEXT appears
# on its standard output or standard error.
expect() {
    local code=$1 text=$2
    shift 2
    "$@" >"$work/out" 2>"$work/err"
    local rc=$?
    if [ "$rc" -ne "$code" ]; then
        ko "$* exited $rc, not $code"
    elif [ -n "$text" ] && ! grep -qF -- "$text" <<<"$(cat "$work/out" "$work/err")"; then
        ko "$* does not say \"$text\""
    else
        ok
    fi
}

# refute TEXT: the last command's output must not hold TEXT.
refute() {
    if grep -qF -- "$1" <<<"$(cat "$work/out" "$work/err")"; then
        ko "the output holds \"$1\""
    else
        ok
    fi
}

now_ms() {
    date +%s%3N
}

start_server

# Pages.
expect 0 "Gia Lai mở rộng vùng chanh leo" "$DOCBAO" extract "$base/tin-tuc-bao-dien-tu.html"
expect 0 '"title": "Thới Lai' "$DOCBAO" extract --json "$base/tin-dia-phuong-cu.html"
expect 0 "Gia Lai mở rộng vùng chanh leo" "$DOCBAO" extract "$base/redirect/5"
expect 0 "Gia Lai mở rộng vùng chanh leo" "$DOCBAO" extract "$base/gzip"
expect 0 "Thới Lai: Lúa Thu Đông" "$DOCBAO" extract "$base/latin?charset=header"
expect 0 "Thới Lai: Lúa Thu Đông" "$DOCBAO" extract "$base/latin?charset=wrong"
expect 0 "Tin vắn buổi sáng" "$DOCBAO" extract "$base/latin-text"

# Failures, their exit statuses and their messages.
expect 7 "more than 5" "$DOCBAO" extract "$base/redirect/6"
expect 7 "loop" "$DOCBAO" extract "$base/loop"
expect 7 "does not exist (HTTP 404)" "$DOCBAO" extract "$base/404"
expect 7 "HTTP 503" "$DOCBAO" extract --no-cache "$base/status/503"
expect 7 "file:///etc/passwd; docbao follows only http and https" "$DOCBAO" extract "$base/to-file"
refute "root:"
expect 2 "only http:// and https://" "$DOCBAO" extract file:///etc/passwd
expect 3 "larger than 10 MB" "$DOCBAO" extract "$base/big"
expect 3 "larger than 10 MB" "$DOCBAO" extract "$base/big?length"
expect 3 "larger than 10 MB" "$DOCBAO" extract "$base/bomb"
# Neither the server nor the page names the charset: it is recognised as windows-1258.
expect 0 "Thới Lai: Lúa Thu Đông được mùa, được giá" "$DOCBAO" extract "$base/latin?charset=none"
start=$(now_ms)
expect 7 "time limit (1.0 s)" "$DOCBAO" extract --timeout 1 "$base/slow?ms=4000"
elapsed=$(($(now_ms) - start))
if [ "$elapsed" -lt 3000 ]; then ok; else ko "the time-out took $elapsed ms"; fi
expect 7 "cannot be found (DNS)" "$DOCBAO" extract \
    "http://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.invalid/"
expect 7 "secure connection (TLS)" "$DOCBAO" extract "https://127.0.0.1:$port/"
expect 2 "--timeout must be" "$DOCBAO" extract --timeout -1 "$base/404"
expect 2 "either --offline or --no-cache" "$DOCBAO" extract --offline --no-cache "$base/404"

# A certificate nobody vouches for is refused (when openssl is there to play the server).
if command -v openssl >/dev/null; then
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" \
        -days 1 -subj /CN=127.0.0.1 >/dev/null 2>&1
    openssl s_server -key "$work/key.pem" -cert "$work/cert.pem" -accept 127.0.0.1:0 -www \
        -naccept 1 >"$work/tls" 2>&1 </dev/null &
    tls_pid=$!
    wait_for_line "$work/tls" '^ACCEPT'
    tls_port=$(sed -n 's/^ACCEPT .*:\([0-9]*\)$/\1/p' "$work/tls")
    expect 7 "cannot be trusted" "$DOCBAO" extract "https://127.0.0.1:$tls_port/"
    kill "$tls_pid" 2>/dev/null
    wait "$tls_pid" 2>/dev/null
    tls_pid=""
fi

# Nothing half-written: a failed fetch leaves no audio file behind.
expect 7 "HTTP 404" "$DOCBAO" export --engine tone -q -o "$work/none.wav" "$base/404"
if grep -q "none" <<<"$(ls "$work")"; then ko "export left $(ls "$work" | grep none)"; else ok; fi

# Proxies come from the environment; no_proxy is honoured.
expect 0 "Host: news.invalid" env http_proxy="$base" "$DOCBAO" extract --no-cache \
    "http://news.invalid/headers"
expect 0 "User-Agent: docbao/" env http_proxy="http://127.0.0.1:9" no_proxy=127.0.0.1 \
    "$DOCBAO" extract --no-cache "$base/headers"

# Feeds.
expect 0 "1. 2024-03-14 09:15  Gia Lai mở rộng" "$DOCBAO" feed "$base/feed.rss"
expect 0 "$base/tin-dia-phuong-cu.html" "$DOCBAO" feed "$base/feed.atom"
expect 0 '"number" : 3' "$DOCBAO" feed --json "$base/feed.rss"
expect 0 "3. 2023-11-05 07:30  Thới Lai" "$DOCBAO" feed "$DOCBAO_SOURCE_DIR/samples/feed.atom"
expect 3 "not well-formed XML (line" "$DOCBAO" feed "$base/bad-feed"
expect 3 "not a news feed" "$DOCBAO" feed "$base/tin-tuc-bao-dien-tu.html"
expect 7 "HTTP 404" "$DOCBAO" feed "$base/404"
expect 2 "no feed was given" "$DOCBAO" feed
expect 4 "news feed" "$DOCBAO" extract "$base/feed.rss"
expect 0 "Thới Lai: Lúa Thu Đông" "$DOCBAO" extract --entry 3 "$base/feed.rss"
expect 0 "Trung tâm Phục vụ hành chính công" "$DOCBAO" extract -e 2 \
    "$DOCBAO_SOURCE_DIR/samples/feed.rss"
expect 2 "entries 1 to 3; there is no entry 9" "$DOCBAO" extract --entry 9 "$base/feed.rss"
expect 0 "" "$DOCBAO" export --engine tone -q -o "$work/entry.wav" --entry 1 "$base/feed.atom"
if [ -s "$work/entry.wav" ]; then ok; else ko "export --entry wrote no audio"; fi
expect 0 "--entry" "$DOCBAO" read --help

# --prefetch says what came of each entry (saved, not an article, missing) and exits 0 when the
# feed itself was read. A second server plays a site with a 404 and a home page in its feed.
mkdir -p "$work/site"
cp "$DOCBAO_SOURCE_DIR/samples/"*.html "$work/site/"
cp "$DOCBAO_SOURCE_DIR/tests/data/extract/trang-danh-sach.html" "$work/site/trang-chu.html"
cat >"$work/site/feed5.rss" <<'RSS'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Năm tin</title>
<item><title>Một</title><link>tin-tuc-bao-dien-tu.html</link></item>
<item><title>Hai</title><link>bac-kan-2024-01-28.html</link></item>
<item><title>Ba</title><link>da-xoa.html</link></item>
<item><title>Bốn</title><link>trang-chu.html</link></item>
<item><title>Năm</title><link>tin-dia-phuong-cu.html</link></item>
</channel></rss>
RSS
"$HTTP_TEST_SERVER" --root "$work/site" --lifetime 60 >"$work/port5" &
site_pid=$!
wait_for_line "$work/port5" '^[0-9]'
site="http://127.0.0.1:$(head -n 1 "$work/port5")"
expect 0 "Saved 3 of 5 entries for offline reading (not articles: 1, missing: 1, network errors: 0)" \
    "$DOCBAO" feed --prefetch "$site/feed5.rss"
expect 0 "3. missing: $site/da-xoa.html: the page does not exist (HTTP 404)" \
    "$DOCBAO" feed --prefetch "$site/feed5.rss"
expect 0 "4. not an article: " "$DOCBAO" feed --prefetch "$site/feed5.rss"
expect 0 "5. saved for offline reading" "$DOCBAO" feed --prefetch "$site/feed5.rss"
expect 0 '"number" : 5' "$DOCBAO" feed --json --prefetch "$site/feed5.rss"
kill "$site_pid"
wait "$site_pid" 2>/dev/null
# With the site gone, each entry is a network error; the feed still comes from the cache.
expect 0 "Saved 0 of 5 entries for offline reading (not articles: 0, missing: 0, network errors: 5)" "$DOCBAO" feed --prefetch "$site/feed5.rss"

# The kiosk: fill the cache, lose the network, keep reading and say so.
t0=$(date +%s)
expect 0 "Saved 3 of 3 entries for offline reading" "$DOCBAO" feed --prefetch "$base/feed.rss"
t1=$(date +%s)
stop_server
expect 0 "No network; reading the copy saved at" "$DOCBAO" feed "$base/feed.rss"
expect 0 "Gia Lai mở rộng" "$DOCBAO" feed "$base/feed.rss"
expect 0 "Trung tâm Phục vụ hành chính công" "$DOCBAO" extract --entry 2 "$base/feed.rss"
expect 0 "No network; reading the copy saved at" "$DOCBAO" extract --entry 2 "$base/feed.rss"
# One message, nothing else: no second line with the connection error.
lines=$(wc -l <"$work/err")
if [ "$lines" -eq 1 ]; then ok; else ko "the offline notice took $lines lines, not one"; fi
refute "refused the connection"
# The time saved is shown in the machine's own time zone.
for zone in UTC0 '<+07>-7' '<-05>5'; do
    TZ=$zone "$DOCBAO" extract --entry 2 "$base/feed.rss" >"$work/out" 2>"$work/err"
    shown=$(sed -n 's/.*saved at \([0-9][0-9]:[0-9][0-9]\).*/\1/p' "$work/err")
    a=$(TZ=$zone date -d "@$t0" +%H:%M)
    b=$(TZ=$zone date -d "@$t1" +%H:%M)
    if [ -n "$shown" ] && { [ "$shown" = "$a" ] || [ "$shown" = "$b" ]; }; then
        ok
    else
        ko "with TZ=$zone the copy's time is \"$shown\", not $a"
    fi
done
expect 0 "Offline: reading the copy saved at" "$DOCBAO" extract --offline "$base/tin-dia-phuong-cu.html"
expect 7 "refused the connection" "$DOCBAO" extract --no-cache "$base/tin-dia-phuong-cu.html"
expect 7 "no saved copy" "$DOCBAO" extract --offline "$base/never-fetched.html"
expect 7 "refused the connection" "$DOCBAO" extract "$base/never-fetched.html"

echo "fetch.sh: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
