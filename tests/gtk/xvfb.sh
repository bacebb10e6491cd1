#!/usr/bin/env bash
# xvfb.sh CMD...: runs CMD with DISPLAY set to a private Xvfb server and returns its status.
# Xvfb picks a free display number itself (-displayfd) and reports it only once it accepts
# connections, so back-to-back and parallel runs never race for a display number. -noreset:
# by default the server resets when its last client disconnects, and a client connecting
# during the reset is refused ("cannot open display"), as happens when a helper such as the
# accessibility bus launcher connects and leaves just before the application starts.
set -u
dir=$(mktemp -d)
xvfb=
cleanup() {
    if [ -n "$xvfb" ]; then
        kill "$xvfb" 2>/dev/null
        wait "$xvfb" 2>/dev/null
    fi
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 143' TERM INT
mkfifo "$dir/display"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 3>"$dir/display" 2>"$dir/log" &
xvfb=$!
if ! read -r -t 30 number <"$dir/display" || [ -z "$number" ]; then
    echo "xvfb.sh: Xvfb did not start:" >&2
    cat "$dir/log" >&2
    exit 1
fi
DISPLAY=:$number "$@"
