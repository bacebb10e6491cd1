#!/usr/bin/env bash
# Every control of the reader window and of the kiosk has an accessible name (what a screen
# reader says), in both languages; so does every headline of an edition, named as the reader
# says it.
. "$(dirname "$0")/lib.sh"

for lang in en vi; do
    DOCBAO_LANG=$lang gtk --audio-output null --engine tone --size 1000x700 --check-a11y "$SEED"
    expect_status 0 "reader window ($lang): every control is named"
    expect_in "$TMP/out" "all named" "reader window ($lang): a11y report"
    grep '^a11y' "$TMP/out" | sed 's/^/  /'
done
mkdir -p "$TMP/kiosk"
cp "$SAMPLES"/*.html "$TMP/kiosk/"
for lang in en vi; do
    DOCBAO_LANG=$lang gtk --audio-output null --engine tone --size 1000x700 --check-a11y "$TMP/kiosk"
    expect_status 0 "reader window on an edition ($lang): every control and headline is named"
    grep '^a11y' "$TMP/out" | sed 's/^/  /'
done
gtk --kiosk "$TMP/kiosk" --audio-output null --engine tone --size 1000x700 --check-a11y
expect_status 0 "kiosk: every control and list row is named"
grep '^a11y' "$TMP/out" | sed 's/^/  /'
# What a screen reader really gets: the names read back over the accessibility bus (AT-SPI),
# as Orca reads them, from the running window and kiosk.
launcher=/usr/libexec/at-spi-bus-launcher
if [ -n "${ATSPI_NAMES:-}" ] && [ -x "$launcher" ] && command -v dbus-run-session >/dev/null; then
    cat >"$TMP/atspi.sh" <<SCRIPT
#!/usr/bin/env bash
$launcher --launch-immediately &
# The application joins the accessibility bus only if it is up when it starts.
for _ in \$(seq 1 100); do
    dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus org.a11y.Bus.GetAddress \
        >/dev/null 2>&1 && break
    sleep 0.1
done
"\$@" &
app=\$!
"$ATSPI_NAMES" docbao-gtk 60
status=\$?
kill \$app
exit \$status
SCRIPT
    chmod +x "$TMP/atspi.sh"
    for mode in reader edition kiosk; do
        case $mode in
        reader) args=("$SEED") ;;
        edition) args=("$TMP/kiosk") ;;
        kiosk) args=(--kiosk "$TMP/kiosk") ;;
        esac
        run timeout 120 dbus-run-session -- "$XVFB" \
            "$TMP/atspi.sh" "$DOCBAO_GTK" --audio-output null --engine tone --size 1000x700 "${args[@]}"
        expect_status 0 "$mode: every control has a name of its own over AT-SPI"
        [ "$status" -eq 0 ] || grep -v '^dbus-daemon' "$TMP/err" | tail -20 | sed 's/^/  stderr: /'
        expect_in "$TMP/out" "summary:" "$mode: the AT-SPI tree was read"
        grep -E '^(summary|UNNAMED)' "$TMP/out" | sed 's/^/  /'
        if [ "$mode" != reader ]; then
            # The headlines, as a screen reader gets them: "kiosk. 1. <title>. <date>."
            grep -q "^named list item: kiosk\. 1\. .\+\. " "$TMP/out" &&
                grep -q "^named list item: kiosk\. 3\. " "$TMP/out" &&
                pass "$mode: the headlines are list items named as they are said" ||
                fail "$mode: headlines over AT-SPI: $(grep 'list item' "$TMP/out" | head -3)"
        fi
    done
else
    echo "note: AT-SPI check skipped (needs at-spi2-core, dbus and atspi_names)"
fi
finish
