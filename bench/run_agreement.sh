#!/usr/bin/env bash
# How often two writers of a set agree, and docbao against each of them and against either.
# A set written by one engineer (its spoken column) was read again, blind, by a second one
# (bench/second/README.md): $DOCBAO_DATA_DIR/second/SET/second.tsv. For each such set this prints
#   docbao against the first writer (the usual figure), against the second, and against either
#   (a reading either writer gives counts as right: normalize_vs_espeak --also);
#   each writer's own reading (the first choice of every {a|b}) scored against the other's
#   expected text (normalize_vs_espeak --reader): how far two careful people agree.
# All figures are adjudicated. Every set listed here has been opened; a set still sealed is
# measured once, by hand, and added here after.
# Usage: bench/run_agreement.sh [BUILD_DIR]   (default build/release; build it first)
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh" "$@"
sets="heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15 heldout16 heldout17
    articles4 articles5 articles6 articles7 articles8 articles9 articles10 articles11 articles12 articles13 articles14 articles15 articles16"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The adjudicated "right of cases" of one run.
figure() {
    "$bin" --adjudicate "$@" 2>/dev/null | grep '^| \*\*all' | awk -F'|' '{print $6}' | sed 's/ *$//'
}

echo "| set | cases | docbao vs first | docbao vs second | docbao vs either | second's reading vs first | first's reading vs second |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for s in $sets; do
    second="$data/second/$s/second.tsv"
    if [ ! -f "$second" ]; then
        echo "run_agreement: $second not found; skipped" >&2
        continue
    fi
    case "$s" in
    heldout6) dirs="$data/heldout6/vnexpress $data/heldout6/dantri" ;;
    *) dirs="$data/$s" ;;
    esac
    # the first writer's file, and the second's as a set of its own
    # shellcheck disable=SC2086
    cat $(for d in $dirs; do ls "$d"/*.tsv; done) >"$tmp/first.tsv"
    mkdir -p "$tmp/$s" && cp "$second" "$tmp/$s/second.tsv"
    # shellcheck disable=SC2086
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$s" "$(wc -l <"$tmp/first.tsv")" \
        "$(figure $dirs)" "$(figure "$tmp/$s")" "$(figure --also "$second" $dirs)" \
        "$(figure --reader "$second" $dirs)" "$(figure --reader "$tmp/first.tsv" "$tmp/$s")"
done
