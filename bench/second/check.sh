#!/usr/bin/env bash
# Checks normalize_vs_espeak's second-writer options and its joined/apart convention on cases of
# our own (no third-party set needed):
#   --also FILE: another writer's reading counts as right too;
#   --reader FILE: a writer's own reading (the first choice of each brace) is scored in docbao's
#   place, and cases the file lacks are left out;
#   --adjudicate: "Campuchia" written joined matches docbao's "Cam pu chia".
# Usage: bench/second/check.sh [path/to/normalize_vs_espeak]
set -eu
bin=${1:-build/release/bench/normalize_vs_espeak}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/set" "$dir/joined"
# docbao says "quả" here; the first writer wrote "trái" (on purpose)
printf 'x\tcó 7 quả\tcó bảy trái\nx\tcòn 2 quả\tcòn hai trái\n' >"$dir/set/first.tsv"
printf 'x\tcó 7 quả\tcó bảy quả\n' >"$dir/also.tsv"
printf 'x\tcó 7 quả\tcó {bảy|tám} trái\nx\tcòn 2 quả\tTODO\n' >"$dir/reader-right.tsv"
printf 'x\tcó 7 quả\tcó {tám|bảy} trái\n' >"$dir/reader-wrong.tsv"
printf 'x\tsang Campuchia\tsang Campuchia\n' >"$dir/joined/cases.tsv"
fail=0
expect() {
    local want=$1 row
    shift
    row=$("$bin" --adjudicate "$@" 2>/dev/null | tail -n 1)
    case "$row" in
    *"| $want |") echo "check: ok ($*: $want)" ;;
    *) echo "check: $*: expected $want, got: $row" >&2; fail=1 ;;
    esac
}
expect "0 of 2 (0.0%)" "$dir/set"
expect "1 of 2 (50.0%)" --also "$dir/also.tsv" "$dir/set"
expect "1 of 1 (100.0%)" --reader "$dir/reader-right.tsv" "$dir/set"
expect "0 of 1 (0.0%)" --reader "$dir/reader-wrong.tsv" "$dir/set"
expect "1 of 1 (100.0%)" "$dir/joined"
exit $fail
