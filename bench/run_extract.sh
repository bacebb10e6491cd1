#!/bin/sh
# Extraction benchmark: docbao against Mozilla Readability (Node + jsdom), same pages, same run.
#
#   bench/run_extract.sh [CORPUS_DIR]
#
# CORPUS_DIR defaults to ../shared/corpus next to the repository. Builds the release preset's
# bench_extract, installs the Readability side in bench/readability (npm ci; node_modules is
# ignored by git) when Node is there, runs both over the Zyte, Vietnamese and Readability pages
# (docbao also over the WCXB article pages when ../shared/corpus/wcxb is there), and prints
# docbao's scores, Readability.js's Zyte score (same scorer; both re-checked by
# bench/check_scorer.py, the benchmark's method in Python, when python3 is there) and the speed
# and memory of both with the ratio. Prints a message and exits 0 when the corpus is absent.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-"$root/../shared/corpus"}
if [ ! -d "$corpus" ]; then
    echo "run_extract: no corpus at $corpus; nothing measured"
    exit 0
fi
corpus=$(cd "$corpus" && pwd)
cd "$root"
if [ ! -f build/release/CMakeCache.txt ]; then
    cmake --preset release >/dev/null
fi
cmake --build --preset release --target bench_extract >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== docbao ($(git rev-parse --short HEAD 2>/dev/null || echo unknown), release build)"
build/release/bench/bench_extract --zyte-out "$out/docbao-zyte.json" "$corpus" |
    tee "$out/docbao.txt"
if command -v python3 >/dev/null 2>&1; then
    printf '%-28s ' "zyte (Python cross-check)"
    python3 bench/check_scorer.py "$corpus/zyte/ground-truth.json" "$out/docbao-zyte.json"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "== Readability.js: node or npm not found; comparison skipped"
    exit 0
fi
if [ ! -d bench/readability/node_modules ]; then
    (cd bench/readability && npm ci --no-audit --no-fund >/dev/null)
fi
echo
echo "== Readability.js $(node -p "require('./bench/readability/node_modules/@mozilla/readability/package.json').version") + jsdom $(node -p "require('./bench/readability/node_modules/jsdom/package.json').version"), node $(node --version)"
node bench/readability/bench.js "$corpus" --zyte-out "$out/readability-zyte.json" |
    tee "$out/readability.txt"
build/release/bench/bench_extract --only zyte --score-zyte "$out/readability-zyte.json" "$corpus" |
    grep -v '^corpus:'
if command -v python3 >/dev/null 2>&1; then
    printf '%-28s ' "zyte (Python cross-check)"
    python3 bench/check_scorer.py "$corpus/zyte/ground-truth.json" "$out/readability-zyte.json"
fi

echo
echo "== side by side (median milliseconds per page; peak resident memory of the process)"
ratio() { # a b -> a / b
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else printf "-" }'
}
field() { # file corpus key
    grep "^speed $2 " "$1" | tr ' ' '\n' | grep "^$3=" | cut -d= -f2
}
printf '%-12s %12s %14s %8s\n' corpus docbao_ms readability_ms ratio
for c in zyte vi readability all; do
    d=$(field "$out/docbao.txt" "$c" median_ms)
    r=$(field "$out/readability.txt" "$c" median_ms)
    if [ -n "$d" ] && [ -n "$r" ]; then
        printf '%-12s %12s %14s %7sx\n' "$c" "$d" "$r" "$(ratio "$r" "$d")"
    fi
done
d=$(field "$out/docbao.txt" all peak_rss_kb)
r=$(field "$out/readability.txt" all peak_rss_kb)
printf '%-12s %9s kB %11s kB %7sx\n' peak_rss "$d" "$r" "$(ratio "$r" "$d")"
