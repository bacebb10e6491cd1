# The start shared by the scripts that score with bench/normalize_vs_espeak (run_sets.sh,
# run_agreement.sh, run_tn_suites.sh), sourced with their arguments:
#   . "$(dirname "$0")/lib.sh" "$@"
# It moves to the checkout's top and sets
#   build  the build folder, the script's first argument (default build/release);
#   bin    the scoring tool in it (the script stops with status 2 when it is not built);
#   data   where the sets kept outside the project are ($DOCBAO_DATA_DIR, default /work/data).
# shellcheck shell=bash
set -eu
cd "$(dirname "$0")/.."
build=${1:-build/release}
bin="$build/bench/normalize_vs_espeak"
[ -x "$bin" ] || {
    echo "$(basename "$0" .sh): build $bin first (cmake --build --preset release)" >&2
    exit 2
}
# shellcheck disable=SC2034 # (used by the scripts that source this one)
data=${DOCBAO_DATA_DIR:-/work/data}
