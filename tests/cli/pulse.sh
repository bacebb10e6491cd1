# A private PulseAudio server with a null sink, for tests where timing matters: it plays in
# real time, and its monitor is recorded with parec. Source after lib.sh; call start_pulse,
# then start_capture FILE / stop_capture. The server stops when the test exits.
PULSE_PIDS=()

start_pulse() {
    export XDG_RUNTIME_DIR="$TMP/run"
    mkdir -p "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    cat >"$TMP/pulse.pa" <<PA
load-module module-null-sink sink_name=docbao_null rate=22050 channels=1
load-module module-native-protocol-unix
set-default-sink docbao_null
PA
    printf 'pcm.!default {\n    type pulse\n}\nctl.!default {\n    type pulse\n}\n' >"$HOME/.asoundrc"
    # No shared memory between the server and its clients (data goes over the socket): the
    # server's memfd bookkeeping logged errors here ("non-registered memfd ID") next to its
    # rare aborts, so the test servers do without it.
    pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no --disable-shm=yes \
        -F "$TMP/pulse.pa" --log-target=file:"$TMP/pulse.log" &
    PULSE_PIDS+=($!)
    for _ in $(seq 1 100); do
        pactl info >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "PulseAudio did not start: $(tail -3 "$TMP/pulse.log")" >&2
    return 1
}

# ensure_pulse: starts a new server if the test's one has gone. PulseAudio's daemon has been
# seen to abort on its own now and then (an assertion of its own, whatever the client does);
# a later step that only needs a working device should not fail for that. Says so, with the
# end of the old server's log.
ensure_pulse() {
    pactl info >/dev/null 2>&1 && return 0
    echo "note: the PulseAudio server exited; its log ends with:"
    tail -5 "$TMP/pulse.log" 2>/dev/null | sed 's/^/  /'
    mv "$TMP/pulse.log" "$TMP/pulse.old.log" 2>/dev/null || true
    start_pulse
}

# start_capture FILE: records what the null sink plays, as raw 16-bit mono at 22050 Hz.
start_capture() {
    parec -d docbao_null.monitor --format=s16le --rate=22050 --channels=1 --latency-msec=20 >"$1" &
    CAPTURE_PID=$!
    sleep 0.3
}

stop_capture() {
    sleep 0.3
    kill "$CAPTURE_PID" 2>/dev/null || true
    wait "$CAPTURE_PID" 2>/dev/null || true
}

stop_pulse() {
    local server
    for server in "${PULSE_PIDS[@]}"; do
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    done
    PULSE_PIDS=()
}

trap 'stop_pulse; cleanup' EXIT
