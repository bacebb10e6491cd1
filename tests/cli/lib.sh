# Shared helpers for the end-to-end tests. Source it first; it sets up a private temporary
# directory (removed on exit) and a HOME inside it, so no test touches the user's files.
set -euo pipefail

: "${DOCBAO:?DOCBAO must name the docbao program (ctest sets it)}"
: "${DOCBAO_SOURCE_DIR:?DOCBAO_SOURCE_DIR must name the source tree (ctest sets it)}"
SAMPLES="$DOCBAO_SOURCE_DIR/samples"
SEED="$SAMPLES/bac-kan-2024-01-28.html"

# No test may fill the disk, whatever goes wrong: files are capped at 512 MB.
ulimit -f 1048576

TMP=$(mktemp -d "${TMPDIR:-/tmp}/docbao-test.XXXXXX")
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT
export HOME="$TMP/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache" XDG_STATE_HOME="$HOME/.local/state"
mkdir -p "$HOME"
export DOCBAO_LANG=en

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# run CMD...: runs a command, keeping its exit status in $status, stdout in $TMP/out,
# stderr in $TMP/err.
run() {
    set +e
    "$@" >"$TMP/out" 2>"$TMP/err"
    status=$?
    set -e
}

# interrupt PID: sends Ctrl-C's signal to a command started in the background and waits for
# it, keeping its exit status in $status.
interrupt() {
    kill -INT "$1"
    set +e
    wait "$1"
    status=$?
    set -e
}

# expect_status N DESCRIPTION: checks the last run's exit status.
expect_status() {
    if [ "$status" -eq "$1" ]; then
        pass "$2 (exit $status)"
    else
        fail "$2: expected exit $1, got $status; stderr: $(head -c 400 "$TMP/err")"
    fi
}

# expect_in FILE TEXT DESCRIPTION: checks that FILE contains TEXT.
expect_in() {
    if grep -qF -- "$2" "$1"; then
        pass "$3"
    else
        fail "$3: '$2' not found in $(basename "$1"): $(head -c 400 "$1")"
    fi
}

# expect_lines FILE N DESCRIPTION: checks the number of lines in FILE.
expect_lines() {
    local n
    n=$(wc -l <"$1")
    if [ "$n" -eq "$2" ]; then
        pass "$3"
    else
        fail "$3: expected $2 lines, got $n: $(head -c 400 "$1")"
    fi
}

# stat_of FILE-OR-ARGS KEY: reads one value (seconds, rms, peak, voiced) from audio_stats.
stat_of() {
    local key=$1
    shift
    "$AUDIO_STATS" "$@" | tr ' ' '\n' | sed -n "s/^$key=//p"
}

# float_between VALUE LO HI DESCRIPTION
float_between() {
    if awk -v v="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(v >= lo && v <= hi) }'; then
        pass "$4 ($1 within [$2, $3])"
    else
        fail "$4: $1 not within [$2, $3]"
    fi
}

# alsa_capture FILE: ALSA's default device in this test's HOME becomes the "file" plugin, which
# writes every sample played to FILE (a WAV) and consumes them at once.
alsa_capture() {
    cat >"$HOME/.asoundrc" <<ASOUND
pcm.!default {
    type file
    slave.pcm "null"
    file "$1"
    format "wav"
}
ASOUND
}

# alsa_no_device: ALSA's default device in this test's HOME is a card that does not exist.
alsa_no_device() {
    cat >"$HOME/.asoundrc" <<'ASOUND'
pcm.!default {
    type hw
    card 99
}
ctl.!default {
    type hw
    card 99
}
ASOUND
}

finish() {
    if [ "$failures" -gt 0 ]; then
        echo "$failures check(s) failed" >&2
        exit 1
    fi
    echo "all checks passed"
}
