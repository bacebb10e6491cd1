#!/usr/bin/env bash
# cmake --install into a temporary DESTDIR puts every file where it belongs, and the installed
# docbao works on its own: with a clean environment, from a folder holding only a copy of the
# sample, and (where the system allows a private mount namespace) with the source and build
# trees hidden, it exports the sample with the expected length and speaks Vietnamese from its
# own catalogues. The installed programs contain no path of the build tree.
. "$(dirname "$0")/lib.sh"

: "${CMAKE_COMMAND:?CMAKE_COMMAND must name cmake (ctest sets it)}"
: "${DOCBAO_BUILD_DIR:?DOCBAO_BUILD_DIR must name the build tree (ctest sets it)}"
: "${DOCBAO_BINDIR:?DOCBAO_BINDIR, DOCBAO_DATADIR, DOCBAO_MANDIR... (ctest sets them)}"

root="$TMP/root"
run env DESTDIR="$root" "$CMAKE_COMMAND" --install "$DOCBAO_BUILD_DIR" --strip
expect_status 0 "cmake --install into DESTDIR"

# present WHAT PATH...: every PATH (under the DESTDIR) exists.
present() {
    local what=$1 missing=()
    shift
    for p in "$@"; do
        [ -e "$root$p" ] || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        pass "installed: $what"
    else
        fail "not installed: ${missing[*]}"
    fi
}
present "docbao" "$DOCBAO_BINDIR/docbao"
present "voice profiles, key map and lexicons" "$DOCBAO_DATADIR/docbao/voices/mien-bac.ini" \
    "$DOCBAO_DATADIR/docbao/voices/keys.conf" "$DOCBAO_DATADIR/docbao/voices/lexicon/units.tsv"
present "translations" "$DOCBAO_INSTALL_LOCALEDIR/vi/LC_MESSAGES/docbao.mo"
present "manual pages" "$DOCBAO_MANDIR/man1/docbao.1" "$DOCBAO_MANDIR/vi/man1/docbao.1"
present "bash completion" "$DOCBAO_DATADIR/bash-completion/completions/docbao"
present "documentation" "$DOCBAO_DOCDIR/README.md"
if [ -n "${DOCBAO_GTK:-}" ]; then
    present "docbao-gtk and its manual pages" "$DOCBAO_BINDIR/docbao-gtk" \
        "$DOCBAO_MANDIR/man1/docbao-gtk.1" "$DOCBAO_MANDIR/vi/man1/docbao-gtk.1"
    present "desktop files and AppStream metadata" \
        "$DOCBAO_DATADIR/applications/docbao-gtk.desktop" \
        "$DOCBAO_DATADIR/metainfo/org.docbao.reader.metainfo.xml" \
        "$DOCBAO_DATADIR/docbao/kiosk/docbao-kiosk.desktop"
    present "the kiosk's systemd user unit" "$DOCBAO_PREFIX/lib/systemd/user/docbao-kiosk.service"
    if grep -qxF "ExecStart=$DOCBAO_BINDIR/docbao-gtk --kiosk /srv/docbao/tin" \
        "$root$DOCBAO_PREFIX/lib/systemd/user/docbao-kiosk.service"; then
        pass "the unit starts the installed docbao-gtk"
    else
        fail "the unit's ExecStart is not the installed program"
    fi
fi

# No path of the build tree in the installed programs (sanitizer builds name their sources for
# their reports, so only normal builds are checked).
for program in "$root$DOCBAO_BINDIR"/docbao*; do
    if [ -n "${DOCBAO_SANITIZED:-}" ]; then
        echo "skip: $(basename "$program") is a sanitizer build"
    elif grep -qaF "$DOCBAO_BUILD_DIR" "$program"; then
        fail "$(basename "$program") contains the build tree's path: $(grep -aoF "$DOCBAO_BUILD_DIR[^[:cntrl:]]*" "$program" | head -3)"
    else
        pass "$(basename "$program") contains no build-tree path"
    fi
done

# The installed program, away from the trees: a clean environment, a folder with only the
# sample in it, and the source and build trees replaced by empty folders when a private mount
# namespace is allowed.
mkdir -p "$TMP/run" "$TMP/runhome"
cp "$SEED" "$TMP/run/bai.html"
cat >"$TMP/isolated.sh" <<'EOF'
# isolated.sh HIDE... -- COMMAND...: runs COMMAND with each HIDE folder emptied, if it can.
hide=()
while [ "$1" != -- ]; do hide+=("$1"); shift; done
shift
for d in "${hide[@]}"; do
    mount -t tmpfs -o ro docbao-hidden "$d" || exit 99
    [ -z "$(ls -A "$d")" ] || exit 99
done
exec "$@"
EOF
in_isolation() {
    local hide=("$DOCBAO_SOURCE_DIR")
    case $DOCBAO_BUILD_DIR in "$DOCBAO_SOURCE_DIR"/*) ;; *) hide+=("$DOCBAO_BUILD_DIR") ;; esac
    (cd "$TMP/run" && exec unshare -rm --propagation private bash "$TMP/isolated.sh" \
        "${hide[@]}" -- env -i HOME="$TMP/runhome" PATH=/usr/bin:/bin LC_ALL=C.UTF-8 "$@")
}
mkdir -p "$TMP/probe"
if (cd / && unshare -rm --propagation private bash "$TMP/isolated.sh" "$TMP/probe" -- true) \
    2>/dev/null; then
    isolate=in_isolation
    pass "the source and build trees are hidden from the installed program"
else
    echo "note: no private mount namespace here; the trees stay visible (clean environment only)"
    in_clean_env() {
        (cd "$TMP/run" && exec env -i HOME="$TMP/runhome" PATH=/usr/bin:/bin LC_ALL=C.UTF-8 "$@")
    }
    isolate=in_clean_env
fi

run $isolate "$root$DOCBAO_BINDIR/docbao" export bai.html -o bai.ogg
expect_status 0 "the installed docbao exports the sample"
if [ -s "$TMP/run/bai.ogg" ]; then
    float_between "$(stat_of seconds "$TMP/run/bai.ogg")" 150 480 "the exported article's length"
else
    fail "no bai.ogg: $(head -c 400 "$TMP/err")"
fi

run $isolate "$root$DOCBAO_BINDIR/docbao" --lang vi extract missing.html
expect_status 3 "a missing file, in Vietnamese"
expect_in "$TMP/err" "không có tệp" "the installed docbao finds its own Vietnamese messages"

# man finds both languages' pages in the installed tree.
if command -v man >/dev/null; then
    run env MANPATH="$root$DOCBAO_MANDIR" man -w docbao
    expect_in "$TMP/out" "$root$DOCBAO_MANDIR/man1/docbao.1" "man docbao finds the page"
    run env MANPATH="$root$DOCBAO_MANDIR" MANWIDTH=80 man -L vi -P cat docbao
    expect_in "$TMP/out" "TÊN" "man -L vi docbao shows the Vietnamese page"
    expect_in "$TMP/out" "đọc to bài báo tiếng Việt" "the Vietnamese page's name line"
fi

# The installed completion registers itself.
if [ -r /usr/share/bash-completion/bash_completion ]; then
    run bash -c ". /usr/share/bash-completion/bash_completion &&
        . '$root$DOCBAO_DATADIR/bash-completion/completions/docbao' && complete -p docbao"
    expect_in "$TMP/out" "_docbao docbao" "the installed bash completion completes docbao"
fi

finish
