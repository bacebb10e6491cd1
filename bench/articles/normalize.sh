#!/bin/sh
# Normalize each selected sentence on its own, as bench/normalize_vs_espeak does (a fresh
# normalizer state per sentence), so that the outputs read through are the ones it scores.
# Usage: normalize.sh DOCBAO < candidates.tsv > outputs.tsv
#   candidates.tsv: CATEGORY<TAB>SENTENCE<TAB>REASONS (from select.py)
#   outputs.tsv:    CATEGORY<TAB>SENTENCE<TAB>SPOKEN (English runs between <en> and </en>)
set -eu
docbao=${1:?usage: normalize.sh DOCBAO < candidates.tsv > outputs.tsv}
tab=$(printf '\t')
while IFS="$tab" read -r category sentence _reasons; do
    spoken=$(printf '%s\n' "$sentence" | "$docbao" normalize --mark-languages | tr '\n' ' ')
    printf '%s\t%s\t%s\n' "$category" "$sentence" "${spoken% }"
done
