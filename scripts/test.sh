#!/usr/bin/env bash
# Runs the whole test suite: a normal build and an AddressSanitizer + UndefinedBehaviorSanitizer
# build, each with every test under ctest, then the Debian packages built and checked (lintian,
# desktop-file-validate, appstreamcli), then a bounded run of each fuzzer.
# Installs missing packages first (see scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --check >/dev/null || scripts/install-deps.sh
jobs=$(nproc)
for preset in default asan; do
    echo "== $preset build"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j"$jobs"
    echo "== $preset tests"
    ctest --preset "$preset" -j"$jobs"
done
echo "== Debian packages"
scripts/build-deb.sh --check
if [ -x fuzz/run.sh ]; then
    echo "== fuzzers (bounded)"
    for target in fuzz/fuzz_*.c; do
        [ -e "$target" ] || continue
        name=$(basename "$target" .c)
        fuzz/run.sh "${name#fuzz_}" "${DOCBAO_FUZZ_SECONDS:-60}"
    done
fi
echo "== all tests passed"
