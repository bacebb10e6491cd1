# Shared helpers for the docbao-gtk tests: the end-to-end helpers of tests/cli/lib.sh (a
# private HOME, pass/fail), plus a display. Each run gets its own Xvfb server (xvfb.sh) and,
# when dbus-run-session exists, its own session bus, so the accessibility bus runs as on a
# desktop. Software rendering (cairo) makes snapshots deterministic.
. "$(dirname "$0")/../cli/lib.sh"
: "${DOCBAO_GTK:?DOCBAO_GTK must name the docbao-gtk program (ctest sets it)}"

XVFB="$(cd "$(dirname "$0")" && pwd)/xvfb.sh"
if ! command -v Xvfb >/dev/null; then
    echo "skip: Xvfb is missing (scripts/install-deps.sh installs xvfb)"
    exit 77
fi
export GSK_RENDERER=cairo GDK_BACKEND=x11

# gtk ARGS...: runs docbao-gtk on a private display; stdout in $TMP/out, stderr in $TMP/err,
# exit status in $status.
gtk() {
    local bus=()
    if command -v dbus-run-session >/dev/null; then
        bus=(dbus-run-session --)
    fi
    run timeout 180 "${bus[@]}" "$XVFB" "$DOCBAO_GTK" "$@"
}

# field LINE KEY: the value of KEY=VALUE in a line of words.
field() {
    tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p" | head -1
}

# log_count FILE WORD: lines of the test log whose event is WORD.
log_count() {
    awk -v w="$2" '$2 == w' "$1" | wc -l
}

# http_server ROOT: serves ROOT on 127.0.0.1 (tests/tools/http_test_server.c) until the test
# ends; $base is its address.
http_server() {
    : "${HTTP_TEST_SERVER:?HTTP_TEST_SERVER must name the test server (ctest sets it)}"
    unset http_proxy https_proxy HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
    "$HTTP_TEST_SERVER" --root "$1" --lifetime 900 >"$TMP/port" &
    SERVER_PID=$!
    trap 'kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; cleanup' EXIT
    for _ in $(seq 1 100); do
        grep -q '^[0-9]' "$TMP/port" 2>/dev/null && break
        sleep 0.05
    done
    base="http://127.0.0.1:$(head -n 1 "$TMP/port")"
}

# newest_titles FILE...: the articles' titles, newest first (by the date each page gives).
newest_titles() {
    local f
    for f in "$@"; do
        "$DOCBAO" extract --json "$f" |
            sed -n -e 's/^  "published": "\(.*\)",$/\1/p' -e 's/^  "title": "\(.*\)",$/\1/p' |
            tac | paste -sd '\t'
    done | sort -r | cut -f2
}
