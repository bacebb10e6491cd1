#!/usr/bin/env bash
# The kiosk's soak, short (bench/run_kiosk_soak.sh has the long one, 1,000 articles, with its
# memory goal): 100 articles from a local server opened, read a little and left in a row, with
# no crash (under the sanitizers too), and no descriptor or thread more at the end than after
# the first 20.
. "$(dirname "$0")/lib.sh"
: "${HTTP_TEST_SERVER:?HTTP_TEST_SERVER must name the test server (ctest sets it)}"
run bash "$DOCBAO_SOURCE_DIR/bench/run_kiosk_soak.sh" --articles 100 --every 20 --no-memory-goal
cat "$TMP/out"
[ "$status" -eq 0 ] || grep -v '^dbus-daemon' "$TMP/err" | tail -20 | sed 's/^/  stderr: /'
expect_status 0 "100 articles opened, read and left"
expect_in "$TMP/out" "articles opened and read: 100; failed: 0" "every article was read"
expect_in "$TMP/out" "descriptors by 0, threads by 0" "descriptors and threads stay flat"
finish
