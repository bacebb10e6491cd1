#!/bin/sh
# Runs one libFuzzer target for a bounded time:  fuzz/run.sh NAME SECONDS [LIBFUZZER_OPTION...]
#
# Builds the "fuzz" preset (clang, ASan + UBSan) when needed, then runs
# build/fuzz/fuzz/fuzz_NAME for SECONDS seconds on the corpus build/fuzz/corpus/NAME, seeded
# from samples/ and tests/data/. Uses fuzz/NAME.dict as a dictionary when it exists. Exits
# non-zero when the fuzzer finds a crash, a leak or a timeout (the input is saved as
# crash-*/leak-*/timeout-* in the current folder). Further arguments go to libFuzzer
# (for example -max_len=8192 -jobs=2).
set -eu
usage="usage: fuzz/run.sh NAME SECONDS"
name=${1:?$usage}
seconds=${2:?$usage}
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ ! -f build/fuzz/CMakeCache.txt ]; then
    cmake --preset fuzz
fi
cmake --build --preset fuzz --target "fuzz_$name"
corpus="build/fuzz/corpus/$name"
mkdir -p "$corpus"
for dir in samples tests/data; do
    if [ -d "$dir" ]; then
        find "$dir" -type f -size -512k -exec cp -n {} "$corpus"/ \;
    fi
done
set -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$@"
if [ -f "fuzz/$name.dict" ]; then
    set -- "$@" -dict="fuzz/$name.dict"
fi
exec "build/fuzz/fuzz/fuzz_$name" "$@" "$corpus"
