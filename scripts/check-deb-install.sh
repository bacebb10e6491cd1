#!/usr/bin/env bash
# Installs the packages scripts/build-deb.sh built (build/deb/, or DIR) with apt-get, checks that
# the installed docbao works as a user would use it, then removes them again:
#
#   scripts/check-deb-install.sh [DIR]
#
# It changes the system, so it is meant for CI and test machines (as root); it refuses to run
# where docbao is already installed. Checked: "apt-get install ./docbao_*.deb" alone, then
# docbao-gtk; "docbao export" of the sample; man and man -L vi; bash completion; the desktop
# file and AppStream metadata where they were installed; the kiosk's unit left disabled; and
# that "apt-get purge" leaves nothing behind.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:-build/deb}
if [ "$(id -u)" -ne 0 ]; then
    echo "check-deb-install.sh: run as root (it installs and removes packages)" >&2
    exit 2
fi
for p in docbao docbao-gtk; do
    if grep -q "ok installed" <<<"$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)"; then
        echo "check-deb-install.sh: $p is installed already; remove it first" >&2
        exit 2
    fi
done
# apt-get takes a package file for a name only as a path: ./x.deb or /dir/x.deb.
case $dir in /*) ;; *) dir=./${dir#./} ;; esac
debs=("$dir"/docbao_*.deb)
gtk=("$dir"/docbao-gtk_*.deb)
if [ ! -f "${debs[0]}" ] || [ ! -f "${gtk[0]}" ]; then
    echo "check-deb-install.sh: no docbao packages in $dir (run scripts/build-deb.sh)" >&2
    exit 2
fi

tmp=$(mktemp -d)
remove() {
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -q docbao docbao-gtk >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap remove EXIT
export DEBIAN_FRONTEND=noninteractive
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

echo "== apt-get install ${debs[0]}"
apt-get install -y -q "${debs[0]}"
echo "== docbao export samples/bac-kan-2024-01-28.html -o x.ogg"
if (cd "$tmp" && cp "$OLDPWD/samples/bac-kan-2024-01-28.html" . &&
    HOME="$tmp" DOCBAO_LANG=en docbao export bac-kan-2024-01-28.html -o x.ogg 2>&1 | tee export.log); then
    size=$(stat -c %s "$tmp/x.ogg" 2>/dev/null || echo 0)
    if [ "$size" -gt 100000 ] && grep -q "Saved .* min .* of speech to x.ogg" "$tmp/export.log"; then
        pass "the installed docbao exported the sample ($size bytes)"
    else
        fail "x.ogg is missing or short ($size bytes)"
    fi
else
    fail "docbao export failed"
fi
HOME="$tmp" LANGUAGE=vi docbao extract "$tmp/none.html" 2>"$tmp/err" || true
grep -q "không có tệp" "$tmp/err" && pass "messages in Vietnamese" ||
    fail "no Vietnamese message: $(cat "$tmp/err")"

[ "$(man -w docbao)" = /usr/share/man/man1/docbao.1.gz ] && pass "man docbao" || fail "man -w docbao"
[ "$(man -L vi -w docbao)" = /usr/share/man/vi/man1/docbao.1.gz ] && pass "man -L vi docbao" ||
    fail "man -L vi -w docbao: $(man -L vi -w docbao)"
grep -q "read Vietnamese news articles aloud" <<<"$(MANWIDTH=80 man -P cat docbao)" &&
    pass "man docbao renders" || fail "man docbao does not render"
grep -q "đọc to bài báo tiếng Việt" <<<"$(MANWIDTH=80 man -L vi -P cat docbao)" &&
    pass "man -L vi docbao renders" || fail "man -L vi docbao does not render"
if [ -r /usr/share/bash-completion/bash_completion ]; then
    bash -c '. /usr/share/bash-completion/bash_completion
        __load_completion docbao && complete -p docbao' | grep -q _docbao &&
        pass "bash completion loads for docbao" || fail "no bash completion for docbao"
fi

echo "== apt-get install ${gtk[0]}"
apt-get install -y -q "${gtk[0]}"
grep -q "^docbao-gtk " <<<"$(docbao-gtk --version)" && pass "docbao-gtk runs" || fail "docbao-gtk --version"
man -w docbao-gtk >/dev/null && grep -q /vi/ <<<"$(man -L vi -w docbao-gtk)" &&
    pass "man docbao-gtk, in both languages" || fail "man docbao-gtk"
desktop-file-validate /usr/share/applications/docbao-gtk.desktop &&
    pass "desktop-file-validate" || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/org.docbao.reader.metainfo.xml >/dev/null &&
    pass "appstreamcli validate" || fail "appstreamcli validate"
if ls /etc/systemd/user/*/docbao-kiosk.service >/dev/null 2>&1; then
    fail "the kiosk's unit was enabled for every user"
else
    pass "the kiosk's unit is installed, not enabled"
fi

echo "== apt-get purge docbao docbao-gtk"
apt-get purge -y -q docbao docbao-gtk
left=$(ls -d /usr/bin/docbao* /usr/share/docbao /usr/share/doc/docbao* 2>/dev/null || true)
[ -z "$left" ] && pass "nothing left after purge" || fail "left after purge: $left"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "== the installed packages work"
