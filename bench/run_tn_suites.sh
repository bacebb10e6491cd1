#!/usr/bin/env bash
# Scores docbao on the public Vietnamese text-normalization suites kept in
# ../shared/corpus/tn (or $DOCBAO_TN_DIR; see its README.md: origins, licences, how they were extracted) and on
# bench/heldout: raw and adjudicated figures, all cases, the tuning part and the held-out third.
# Usage: bench/run_tn_suites.sh [BUILD_DIR]   (default build/release; run after building it)
# Writes the tables to standard output. Without ../shared the suites are skipped.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build/release}
bin="$build/bench/normalize_vs_espeak"
# The shared data: $DOCBAO_SHARED_DIR, else ../shared next to the checkout (or two levels up for
# a worktree kept in a folder of its own).
shared=${DOCBAO_SHARED_DIR:-}
if [ -z "$shared" ]; then
    for d in ../shared ../../shared; do
        [ -d "$d/corpus" ] && { shared=$d; break; }
    done
fi
tn=${DOCBAO_TN_DIR:-${shared:-../shared}/corpus/tn}
[ -x "$bin" ] || { echo "run_tn_suites: build $bin first (cmake --build --preset release)" >&2; exit 2; }
echo "## Own golden cases (tests/golden/normalize)"
"$bin"
echo
echo "## Held-out news sentences (bench/heldout)"
"$bin" --adjudicate bench/heldout
if [ -d "$tn" ]; then
    suites=()
    for s in nemo pyvinorm sea-g2p; do
        [ -d "$tn/$s" ] && suites+=("$tn/$s")
    done
    for split in all tune heldout; do
        echo
        echo "## Public suites, split: $split"
        "$bin" --adjudicate --by-file --split "$split" "${suites[@]}"
    done
else
    echo "run_tn_suites: $tn not found; public suites skipped" >&2
fi
