#!/usr/bin/env bash
# docbao read at a terminal (tmux), steered by keys, with the null audio output (it consumes the
# audio in real time, so no sound server is needed): what is printed for each key, the key list
# cut short by Space, keys taken from the terminal when standard input is the article, and
# --show-text printing each paragraph once.
. "$(dirname "$0")/lib.sh"

command -v tmux >/dev/null || { echo "SKIP: tmux is not installed"; exit 0; }

socket="docbao-keys-$$"
tm() { tmux -L "$socket" "$@"; }
trap 'tm kill-server 2>/dev/null || true; cleanup' EXIT

# The terminal's text, wrapped lines joined.
pane() { tm capture-pane -p -J -t docbao 2>/dev/null | grep -v "^$" || true; }

# pane_wait TEXT SECONDS: waits until the terminal shows TEXT (a failed check if it never does;
# the script goes on, so that one run reports every defect).
pane_wait() {
    for _ in $(seq 1 $(($2 * 10))); do
        grep -qF -- "$1" <<<"$(pane)" && return 0
        sleep 0.1
    done
    fail "the terminal never showed '$1': $(pane | tail -5)"
}

# count_lines TEXT: how many lines of the terminal hold TEXT.
count_lines() { pane | grep -cF -- "$1" || true; }

# session LANG COMMAND...: runs a shell command line in a fresh terminal.
session() {
    local lang=$1
    shift
    tm kill-session -t docbao 2>/dev/null || true
    rm -rf "$XDG_STATE_HOME"
    tm new-session -d -s docbao -x 250 -y 100 \
        "env HOME='$HOME' XDG_STATE_HOME='$XDG_STATE_HOME' XDG_CONFIG_HOME='$XDG_CONFIG_HOME' \
         DOCBAO_LANG=$lang $*; echo EXITED=\$?; sleep 60"
}

key() { tm send-keys -t docbao "$@"; }

read_seed() { echo "'$DOCBAO' read --audio-output null --from-start $* '$SEED'"; }

# --- Space during the key list ends the list and goes on reading -----------------------------
session vi "$(read_seed)"
pane_wait "Đang đọc. Nhấn h" 20
key h
pane_wait "nghe danh sách các phím" 10
sleep 1
key Space # the list is cut short; reading goes on
pane_wait "Đọc tiếp" 5
sleep 0.5
[ "$(count_lines "Tạm dừng")" -eq 0 ] && pass "Space during the key list did not pause" \
    || fail "Space during the key list paused the article: $(pane | tail -3)"
key Space # now it pauses
pane_wait "Tạm dừng" 5
key q
pane_wait "EXITED=" 10
expect_pane_exit() {
    if grep -qF "EXITED=$1" <<<"$(pane)"; then
        pass "$2 (exit $1)"
    else
        fail "$2: $(pane | grep EXITED)"
    fi
}
expect_pane_exit 0 "q after the key list quits normally"
[ "$(count_lines "đã dừng đọc")" -eq 0 ] && [ "$(count_lines "docbao:")" -eq 0 ] \
    && pass "cutting the key list short is no error" \
    || fail "an error was printed: $(pane | grep 'docbao:')"

# --- Every change is printed ------------------------------------------------------------------
session en "$(read_seed)"
pane_wait "Reading. Press h" 20
sleep 1
key Space
pane_wait "Paused" 5
key Space
pane_wait "Continuing" 5
key Right
pane_wait "Sentence 1 of paragraph 2" 5
key Right
pane_wait "Sentence 2 of paragraph 2" 5
key Left
pane_wait "Sentence 1 of paragraph 2" 5
key r
sleep 0.5
# Right, Left and r each landed on the lead's first sentence.
[ "$(count_lines "Sentence 1 of paragraph 2")" -eq 3 ] && pass "each move is printed" \
    || fail "moves printed $(count_lines "Sentence 1 of paragraph 2") times: $(pane | tail -6)"
for _ in $(seq 1 10); do key ']'; sleep 0.15; done
pane_wait "Volume 200 percent" 5
key ']'
pane_wait "Loudest: volume 200 percent" 5
key ']'
sleep 0.5
[ "$(count_lines "Volume 200 percent")" -eq 1 ] && [ "$(count_lines "Loudest: volume 200")" -eq 2 ] \
    && pass "at the loudest, ] says it is the loudest" \
    || fail "louder at the maximum: $(pane | tail -4)"
for _ in $(seq 1 20); do key '['; sleep 0.1; done
pane_wait "Softest: volume 10 percent" 8
key q
pane_wait "EXITED=0" 10

# --- Moving by section: captions are read within the body ------------------------------------
session en "$(read_seed)"
pane_wait "Reading. Press h" 20
key NPage
pane_wait "Lead" 5
key NPage
pane_wait "Body" 5
key NPage
pane_wait "This is the last section" 5
key PPage
key PPage
pane_wait "Lead" 5
sleep 0.5
[ "$(count_lines "Image caption")" -eq 0 ] && [ "$(count_lines "Lead")" -eq 2 ] \
    && pass "Page Down and Page Up go title, lead, body and back, past the captions" \
    || fail "moving by section: $(pane | tail -6)"
key q
pane_wait "EXITED=0" 10

# --- --show-text prints a paragraph once, after a move too ----------------------------------
session en "$(read_seed --show-text)"
pane_wait "Reading. Press h" 20
pane_wait "Trung tâm Phục vụ hành chính công tỉnh tiếp tục" 10
sleep 1
key End
pane_wait "Last paragraph" 5
pane_wait "Phát biểu tại Hội nghị" 5
key b
pane_wait "Bookmark added" 5
key Home
pane_wait "Start of the article" 5
key n
pane_wait "Bookmark 1 of 1" 5
sleep 1.5
key q
pane_wait "EXITED=0" 10
[ "$(count_lines "Trung tâm Phục vụ hành chính công tỉnh tiếp tục")" -eq 2 ] \
    && pass "the title was printed once, and once more after Home" \
    || fail "the title was printed $(count_lines "Trung tâm Phục vụ hành chính công tỉnh tiếp tục") times"
[ "$(count_lines "Phát biểu tại Hội nghị")" -eq 2 ] \
    && pass "the last paragraph was printed once after End and once after n" \
    || fail "the last paragraph was printed $(count_lines "Phát biểu tại Hội nghị") times: $(pane | cut -c1-60)"

# --- Keys from the terminal when standard input is the article --------------------------------
session en "cat '$SEED' | '$DOCBAO' read --audio-output null --from-start -"
pane_wait "Reading. Press h" 20
sleep 1
key w
pane_wait "paragraph 1 of" 5
key q
pane_wait "EXITED=" 10
expect_pane_exit 0 "q quit when the article came on standard input"

finish
