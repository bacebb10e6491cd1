#!/usr/bin/env bash
# Checks that normalize_vs_espeak --adjudicate finds judgements keyed by "sha1:" and 12 hex digits
# of a case's input, and applies "accept FROM => TO" and "exclude", on cases of our own (no
# public suite needed). Usage: bench/tn/check_keys.sh [path/to/normalize_vs_espeak]
set -eu
bin=${1:-build/release/bench/normalize_vs_espeak}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
key() { printf 'sha1:%.12s' "$(printf '%s' "$1" | sha1sum)"; }
# Three cases docbao reads otherwise than written (on purpose): one excluded, one accepted with a
# substitution that matches docbao's reading, one accepted with a substitution that does not.
printf 'x\tGiá 5 USD\tgiá năm u ét đê\nx\tđọc 3 quyển\tđọc ba cuốn\nx\tcó 7 quả\tcó bảy trái\n' \
    >"$dir/own.tsv"
{
    printf '# our own test judgements\n'
    printf '%s\taccept\tu ét đê => đô la\n' "$(key 'Giá 5 USD')"
    printf '%s\texclude\ta test exclusion\n' "$(key 'đọc 3 quyển')"
    printf '%s\taccept\ttrái => cam\n' "$(key 'có 7 quả')"
} >"$dir/adjudication.txt"
row=$("$bin" --adjudicate "$dir" | tail -n 1)
case "$row" in
*"| 1 of 2 (50.0%) |") echo "check_keys: ok ($row)" ;;
*) echo "check_keys: expected 1 of 2 adjudicated, got: $row" >&2; exit 1 ;;
esac
