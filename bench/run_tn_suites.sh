#!/usr/bin/env bash
# Scores docbao on the public Vietnamese text-normalization suites and on bench/heldout: raw and
# adjudicated figures, all cases, the tuning part and the held-out third.
# The suites are converted by bench/tn/extract.py (see bench/tn/README.md) into $DOCBAO_TN_DIR,
# else ../shared/corpus/tn next to the checkout; e.g. DOCBAO_TN_DIR=/work/data/tn.
# Usage: bench/run_tn_suites.sh [BUILD_DIR]   (default build/release; run after building it)
# Writes the tables to standard output. Without the suites they are skipped.
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh" "$@"
tn=${DOCBAO_TN_DIR:-}
if [ -z "$tn" ]; then
    for d in ../shared ../../shared; do
        [ -d "$d/corpus/tn" ] && { tn=$d/corpus/tn; break; }
    done
fi
echo "## Own golden cases (tests/golden/normalize)"
"$bin"
echo
echo "## Held-out news sentences (bench/heldout)"
"$bin" --adjudicate bench/heldout
if [ -z "$tn" ] || [ ! -d "$tn" ]; then
    echo "run_tn_suites: no suites (set DOCBAO_TN_DIR; see bench/tn/README.md); skipped" >&2
    exit 0
fi
suites=()
for s in nemo pyvinorm sea-g2p; do
    [ -d "$tn/$s" ] && suites+=("$s")
done
# The last row of a table ("**all**"): cases, plain espeak-ng, docbao, adjudicated.
total_row() {
    "$bin" --adjudicate --split "$1" "${@:2}" | tail -n 1 | sed 's/^| \*\*all\*\* //'
}
for s in "${suites[@]}"; do
    echo
    echo "## Public suite $s by category, split: all"
    "$bin" --adjudicate "$tn/$s"
done
echo
echo "## Public suites, by split"
echo "| suite | split | cases | plain espeak-ng | docbao + espeak-ng | docbao, adjudicated |"
echo "|---|---|---:|---:|---:|---:|"
for split in all tune heldout; do
    dirs=()
    for s in "${suites[@]}"; do
        echo "| $s | $split $(total_row "$split" "$tn/$s")"
        dirs+=("$tn/$s")
    done
    echo "| **all suites** | $split $(total_row "$split" "${dirs[@]}")"
done
