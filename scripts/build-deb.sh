#!/usr/bin/env bash
# Builds the Debian packages docbao and docbao-gtk from this tree with
# "dpkg-buildpackage -b -us -uc", in a private copy (the tree is left as it is, packaging/debian
# becoming the copy's debian/), and puts the .deb files with their .changes and .buildinfo in
# build/deb/ (or OUTDIR). Installs missing build tools first (scripts/install-deps.sh).
#
#   scripts/build-deb.sh [--check] [OUTDIR]
#
# --check also checks them as CI does: lintian on the binary packages and on a source package
# built for it (-I --pedantic shows everything; an error or a warning fails, unless an override
# in packaging/debian gives its reason); that every library the programs load is a dependency;
# and desktop-file-validate and appstreamcli (--no-net: CI has no network to check addresses
# with) on the files the packages install. Install the result with
#   apt-get install ./build/deb/docbao_*.deb ./build/deb/docbao-gtk_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
out=build/deb
for arg in "$@"; do
    case $arg in
    --check) check=1 ;;
    -h | --help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "build-deb.sh: unknown option $arg" >&2; exit 2 ;;
    *) out=$arg ;;
    esac
done

scripts/install-deps.sh --check >/dev/null || scripts/install-deps.sh

version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
upstream=$(sed -nE 's/^project\(docbao VERSION ([0-9.]+).*/\1/p' CMakeLists.txt)
if [ "${version%%-*}" != "$upstream" ]; then
    echo "build-deb.sh: packaging/debian/changelog says $version, CMakeLists.txt $upstream;" \
        "add a changelog entry (dch -v $upstream)" >&2
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/docbao-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
src="$work/docbao-$version"
mkdir -p "$src" "$out"

# The sources: the files git knows (tracked, or new and not ignored), as they are now; without
# git, the tree without its build folders.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
        tar --null -T - -cf - | tar -xf - -C "$src"
else
    tar --exclude=./build --exclude=./.git -cf - . | tar -xf - -C "$src"
fi
rm -rf "$src/debian"
cp -r packaging/debian "$src/debian"

if [ "$check" -eq 1 ]; then
    # The source package too, so that lintian checks debian/ itself (it is not kept).
    echo "== dpkg-buildpackage -S -us -uc (for lintian)"
    (cd "$src" && dpkg-buildpackage -S -us -uc -d >/dev/null)
    echo "== lintian -I --pedantic docbao_$version.dsc"
    lintian -I --pedantic --fail-on error,warning "$work/docbao_$version.dsc"
    rm -f "$work"/docbao_"$version"*
fi

jobs=$(nproc)
echo "== dpkg-buildpackage -b -us -uc (docbao $version)"
(cd "$src" && nice dpkg-buildpackage -b -us -uc -j"$jobs")
rm -f "$out"/docbao*_"$version"_*
mv "$work"/*.deb "$work"/*.changes "$work"/*.buildinfo "$out"/
ls -l "$out"/*_"$version"_*

[ "$check" -eq 1 ] || exit 0

changes=$(ls "$out"/docbao_"$version"_*.changes)
echo "== lintian -I --pedantic $changes"
lintian -I --pedantic --fail-on error,warning "$changes"

root="$work/root"
for deb in "$out"/*_"$version"_*.deb; do
    dpkg-deb -x "$deb" "$root"
done

# Libraries loaded at run time (dlopen) are invisible to dpkg-shlibdeps: every library a
# program names must come from a package that its package (or docbao, which docbao-gtk
# depends on) depends on or recommends.
echo "== the libraries the programs name are dependencies"
relations_of() {
    dpkg-deb -f "$out/${1}_${version}_$(dpkg --print-architecture).deb" Depends Recommends |
        sed -E 's/\([^)]*\)//g; s/[,|:]/ /g'
}
missing=0
for package in docbao docbao-gtk; do
    deb="$out/${package}_${version}_$(dpkg --print-architecture).deb"
    relations=" $(relations_of "$package") "
    case $relations in *" docbao "*) relations="$relations $(relations_of docbao) " ;; esac
    for program in "$root"/usr/bin/*; do
        dpkg-deb -c "$deb" | grep " \./usr/bin/$(basename "$program")$" >/dev/null || continue
        for soname in $(strings -a "$program" | grep -E '^lib[[:alnum:]_+.-]*\.so\.[0-9]+$' | sort -u); do
            providers=$( (dpkg -S "*/$soname" 2>/dev/null || true) | sed 's/[:,].*//' | sort -u)
            if [ -z "$providers" ]; then
                echo "note: $soname ($(basename "$program")) is not installed here; not checked"
                continue
            fi
            found=0
            for p in $providers; do
                case $relations in *" $p "*) found=1 ;; esac
            done
            if [ "$found" -eq 0 ]; then
                echo "$package: $(basename "$program") loads $soname, from $providers," \
                    "which $package neither depends on nor recommends" >&2
                missing=1
            fi
        done
    done
done
[ "$missing" -eq 0 ] || exit 1
echo "== desktop-file-validate"
desktop-file-validate "$root"/usr/share/applications/*.desktop "$root"/usr/share/docbao/kiosk/*.desktop
echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net --pedantic --explain "$root"/usr/share/metainfo/*.xml
appstreamcli validate-tree --no-net --pedantic --explain "$root"
echo "== the packages are clean"
