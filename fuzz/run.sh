#!/usr/bin/env bash
# Builds the fuzz preset (clang, ASan + UBSan) and runs one libFuzzer target for a bounded time.
# Usage: fuzz/run.sh NAME SECONDS [extra libFuzzer options]
#   NAME     a target fuzz/fuzz_NAME.c registered with docbao_fuzzer(NAME)
#   SECONDS  how long to fuzz (libFuzzer's -max_total_time)
# The corpus grows in build/fuzz/corpus/NAME (kept between runs, not committed). Seeds come from
# fuzz/seeds/NAME/ when present; for the normalizer, from the inputs of the golden cases; for the
# extractor, from the pages in samples/ and tests/data/.
# A dictionary fuzz/NAME.dict is used when present. Crash inputs are written to
# build/fuzz/artifacts/NAME/. Exit status: 0 when nothing was found, libFuzzer's status otherwise.
set -euo pipefail

name=${1:?usage: fuzz/run.sh NAME SECONDS}
seconds=${2:?usage: fuzz/run.sh NAME SECONDS}
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/fuzz"

cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "fuzz_$name" >/dev/null

corpus="$build/corpus/$name"
seeds="$build/seeds/$name"
artifacts="$build/artifacts/$name"
mkdir -p "$corpus" "$seeds" "$artifacts"
if [ -d "$root/fuzz/seeds/$name" ]; then
    cp -n "$root/fuzz/seeds/$name"/* "$seeds"/ 2>/dev/null || true
fi
if [ "$name" = normalize ]; then
    # One seed per golden input (first byte 0: northern profile, no reset).
    i=0
    for f in "$root"/tests/golden/normalize/*.tsv; do
        while IFS=$'\t' read -r _ input _; do
            printf '\0%s' "$input" >"$seeds/golden-$i"
            i=$((i + 1))
        done < <(grep -v '^#' "$f")
    done
fi
if [ "$name" = lexicon ]; then
    # One seed per built-in lexicon: its first lines, under its own name (the first byte is the
    # name's index in fuzz_lexicon.c's list, which holds them in this sorted order).
    i=0
    for f in "$root"/voices/lexicon/*.tsv; do
        { printf "\\$(printf '%03o' "$i")"; awk '!/^#/ && n++ < 40' "$f"; } >"$seeds/lexicon-$i"
        i=$((i + 1))
    done
fi
if [ "$name" = extract ]; then
    for dir in samples tests/data; do
        [ -d "$root/$dir" ] && find "$root/$dir" -type f -size -512k -exec cp -n {} "$seeds"/ \;
    done
fi
dict=()
if [ -f "$root/fuzz/$name.dict" ]; then
    dict=(-dict="$root/fuzz/$name.dict")
fi
exec "$build/fuzz/fuzz_$name" "$corpus" "$seeds" "${dict[@]}" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@"
