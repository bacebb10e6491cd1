#!/bin/sh
# List the written sentences of held-out 8 (WORK/w/*.txt, lines category¦address¦date¦written¦spoken)
# that occur in the abbreviation-mining corpus; must print nothing.
# Usage: check_abbrmine.sh [WORK] [CORPUS]
W=${1:-/work/data/heldout8/work}
C=${2:-/work/data/abbrmine/corpus.txt.gz}
T=$(mktemp) || exit 1
trap 'rm -f "$T"' EXIT
awk -F'¦' 'NF==5{print $4}' "$W"/w/*.txt > "$T"
zcat "$C" | grep -F -o -f "$T" | sort -u
