#!/usr/bin/env bash
# Every control of the reader window and of the kiosk has an accessible name (what a screen
# reader says), in both languages.
. "$(dirname "$0")/lib.sh"

for lang in en vi; do
    DOCBAO_LANG=$lang gtk --audio-output null --engine tone --size 1000x700 --check-a11y "$SEED"
    expect_status 0 "reader window ($lang): every control is named"
    expect_in "$TMP/out" "all named" "reader window ($lang): a11y report"
    grep '^a11y' "$TMP/out" | sed 's/^/  /'
done
mkdir -p "$TMP/kiosk"
cp "$SAMPLES"/*.html "$TMP/kiosk/"
gtk --kiosk "$TMP/kiosk" --audio-output null --engine tone --size 1000x700 --check-a11y
expect_status 0 "kiosk: every control and list row is named"
grep '^a11y' "$TMP/out" | sed 's/^/  /'
finish
