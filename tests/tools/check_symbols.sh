#!/usr/bin/env bash
# Checks the dependencies that functions make, on the built objects (run by ctest as
# layout/symbol_graph): an object that uses a symbol another object defines depends on it.
#   1. no cycle between the stage folders of src/core/ (check_layers.sh checks the #include
#      lines; this catches a call through a declaration written by hand);
#   2. no cycle between the files of the command-line program: main.c dispatches to one file
#      per command, and the commands share helpers that never call back into them;
#   3. no cycle between the files of the normalizer (src/core/normalize/): normalize.c
#      dispatches to the rule modules, which stand on the engine (vi_norm.c) and the spoken-text
#      builder (spoken.c) and never call back into it.
# Usage: check_symbols.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: check_symbols.sh BUILD_DIR}
status=0

# graph OBJECT_DIR KEY: prints "definer user" edges for the objects under OBJECT_DIR, each
# object named by KEY: "stage" (its folder under the object dir) or "file" (its source file).
graph() {
    local dir=$1 key=$2
    find "$dir" -name '*.o' -print0 | sort -z | xargs -0 nm -A |
        awk -v dir="$dir/" -v key="$key" '
            {
                obj = $1; sub(/:.*/, "", obj); sub(dir, "", obj)
                if (key == "stage") { if (obj ~ /\//) { sub(/\/.*/, "", obj) } else { sub(/\.c\.o$/, "", obj) } } else { sub(/\.c\.o$/, "", obj) }
                names[obj] = 1
                if (NF == 3 && $2 ~ /^[TDBRC]$/) { owner[$3] = obj }
                else if ($(NF - 1) == "U") { used[obj, $NF] = 1 }
            }
            END {
                for (o in names) { print o, o }
                for (k in used) {
                    split(k, part, SUBSEP)
                    if ((part[2] in owner) && owner[part[2]] != part[1]) { print owner[part[2]], part[1] }
                }
            }' | sort -u
}

check() {
    local what=$1 dir=$2 key=$3 edges
    if [ ! -d "$dir" ]; then
        echo "$what: no objects in $dir (build first)"
        status=1
        return
    fi
    edges=$(graph "$dir" "$key")
    if ! order=$(tsort <<<"$edges" 2>/tmp/check_symbols.$$); then
        echo "$what: cycle through function calls:"
        sed -n 's/^tsort: [^:]*: input contains a loop:/  loop:/p; s/^tsort: /    /p' /tmp/check_symbols.$$
        status=1
    else
        echo "$what, lowest first:" $order
    fi
    rm -f /tmp/check_symbols.$$
}

check "core stages" "$build/src/core/CMakeFiles/docbao.dir" stage
check "command-line files" "$build/src/cli/CMakeFiles/docbao_cli.dir" file
check "normalizer files" "$build/src/core/CMakeFiles/docbao.dir/normalize" file
exit "$status"
