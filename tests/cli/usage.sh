#!/usr/bin/env bash
# Usage: help, version, unknown commands and options, bad values, UI language.
. "$(dirname "$0")/lib.sh"

run "$DOCBAO" --help
expect_status 0 "--help"
expect_in "$TMP/out" "Exit status:" "--help documents the exit codes"
for cmd in read export extract normalize voices devices; do
    expect_in "$TMP/out" "$cmd" "--help lists $cmd"
done

for cmd in read export extract normalize voices devices; do
    run "$DOCBAO" "$cmd" --help
    expect_status 0 "$cmd --help"
    expect_in "$TMP/out" "Exit status:" "$cmd --help documents the exit codes"
done

run "$DOCBAO" --version
expect_status 0 "--version"
expect_in "$TMP/out" "docbao " "--version prints the version"
run "$DOCBAO" export --version
expect_status 0 "export --version"

run "$DOCBAO"
expect_status 2 "no arguments"
run "$DOCBAO" frobnicate
expect_status 2 "unknown command"
expect_in "$TMP/err" "unknown command" "unknown command is named"
run "$DOCBAO" read --no-such-option "$SEED"
expect_status 2 "unknown option"
run "$DOCBAO" export --rate 500 "$SEED" -o "$TMP/x.wav"
expect_status 2 "rate out of range"
expect_in "$TMP/err" "--rate must be between 80 and 450" "rate range is explained"
run "$DOCBAO" export --voice klingon "$SEED" -o "$TMP/x.wav"
expect_status 2 "unknown voice"
expect_in "$TMP/err" "klingon" "unknown voice is named"
run "$DOCBAO" export --sections title,footer "$SEED" -o "$TMP/x.wav"
expect_status 2 "unknown section"
run "$DOCBAO" export "$SEED"
expect_status 2 "export without -o"
run "$DOCBAO" extract
expect_status 2 "extract without a file"
[ ! -e "$TMP/x.wav" ] && pass "no output file after usage errors" || fail "output file written"

# The same error in Vietnamese and in English.
run "$DOCBAO" --lang vi extract "$TMP/missing.html"
expect_status 3 "missing file (Vietnamese UI)"
expect_in "$TMP/err" "không có tệp" "message in Vietnamese"
run env DOCBAO_LANG=vi "$DOCBAO" --help
expect_in "$TMP/out" "Lệnh:" "help in Vietnamese through DOCBAO_LANG"
run "$DOCBAO" --lang en extract "$TMP/missing.html"
expect_in "$TMP/err" "no such file" "message in English"

run "$DOCBAO" voices
expect_status 0 "voices"
for v in mien-bac mien-trung mien-nam vi-vn-x-central vi-vn-x-south; do
    expect_in "$TMP/out" "$v" "voices lists $v"
done

finish
