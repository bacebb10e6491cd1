#!/usr/bin/env bash
# Checks the shape of the code from its #include lines (run by ctest as layout/include_graph):
#   1. no cycle between the stage folders of src/core/ (a folder including a header of another
#      folder, private "stage/x.h" or public "docbao/x.h", depends on that folder);
#   2. every public header belongs to a stage (the table below), so that new ones are placed;
#   3. the front ends (src/cli/, src/gtk/) include only public headers and their own;
# Dependencies through functions rather than headers are checked on the built objects by
# check_symbols.sh.
# Usage: check_layers.sh [SOURCE_DIR]. Prints the stages in dependency order on success.
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
core=$src/src/core
status=0

# The stage each public header belongs to. docbao.h only gathers the others: the core must
# not include it.
declare -A public=(
    [status.h]=base [i18n.h]=base [text.h]=text [article.h]=extract [input.h]=input
    [fetch.h]=input [feed.h]=input [normalize.h]=normalize [script.h]=segment
    [synth.h]=speech [voice.h]=speech [clock.h]=audio [sink.h]=audio [player.h]=player
    [keymap.h]=player [edition.h]=edition [render.h]=export [book.h]=export
)
for h in "$src"/include/docbao/*.h; do
    name=$(basename "$h")
    if [ "$name" != docbao.h ] && [ -z "${public[$name]:-}" ]; then
        echo "include/docbao/$name: public header not assigned to a stage in $0"
        status=1
    fi
done

stages=()
for d in "$core"/*/; do
    stages+=("$(basename "$d")")
done
is_stage() {
    local s
    for s in "${stages[@]}"; do [ "$s" = "$1" ] && return 0; done
    return 1
}

edges=$(mktemp)
trap 'rm -f "$edges"' EXIT
for stage in "${stages[@]}"; do
    echo "$stage $stage" >>"$edges" # every stage appears in the order, even without edges
    for f in "$core/$stage"/*.[ch]; do
        [ -e "$f" ] || continue
        while IFS= read -r inc; do
            dir=${inc%%/*}
            file=${inc#*/}
            if [ "$inc" = "$file" ]; then
                echo "${f#"$src"/}: includes \"$inc\"; write the stage folder (\"$stage/$inc\")"
                status=1
            elif [ "$dir" = docbao ]; then
                target=${public[$file]:-}
                if [ -z "$target" ]; then
                    echo "${f#"$src"/}: includes \"$inc\", which no stage owns"
                    status=1
                elif [ "$target" != "$stage" ]; then
                    echo "$target $stage" >>"$edges"
                fi
            elif is_stage "$dir"; then
                [ "$dir" != "$stage" ] && echo "$dir $stage" >>"$edges"
            else
                echo "${f#"$src"/}: includes \"$inc\", which is no stage's header"
                status=1
            fi
        done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f")
    done
done
# A public header belongs to its stage: what it includes, that stage depends on.
for h in "$src"/include/docbao/*.h; do
    stage=${public[$(basename "$h")]:-}
    [ -n "$stage" ] || continue
    while IFS= read -r inc; do
        target=${public[${inc#docbao/}]:-}
        if [ -n "$target" ] && [ "$target" != "$stage" ]; then
            echo "$target $stage" >>"$edges"
        fi
    done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\(docbao\/[^"]*\)".*/\1/p' "$h")
done
# tsort reports a loop on standard error and exits non-zero.
if ! order=$(tsort "$edges" 2>"$edges.err"); then
    echo "cycle between stage folders of src/core:"
    sed -n 's/^tsort: [^:]*: input contains a loop:/  loop:/p; s/^tsort: /    /p' "$edges.err"
    status=1
fi
rm -f "$edges.err"

for fe in cli gtk; do
    dir=$src/src/$fe
    [ -d "$dir" ] || continue
    for f in "$dir"/*.[ch]; do
        while IFS= read -r inc; do
            case "$inc" in
            docbao/*) [ -e "$src/include/$inc" ] || { echo "${f#"$src"/}: no public header $inc"; status=1; } ;;
            */*) echo "${f#"$src"/}: includes \"$inc\": a front end uses only include/docbao/"; status=1 ;;
            *) [ -e "$dir/$inc" ] || { echo "${f#"$src"/}: includes \"$inc\" from outside src/$fe"; status=1; } ;;
            esac
        done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f")
    done
done

if [ "$status" -eq 0 ]; then
    echo "stages, lowest first:" $order
fi
exit "$status"
