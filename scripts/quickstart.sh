#!/usr/bin/env bash
# Installs what docbao needs, builds it, and reads the bundled sample article aloud. When the
# machine has no sound device, the article is saved as an audio file instead, and this says where.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"

docbao=build/release/src/cli/docbao
# The messages in the user's language, from the build tree (an installed docbao finds its own).
export DOCBAO_LOCALEDIR="$PWD/build/release/locale"
sample=samples/bac-kan-2024-01-28.html
echo
echo "docbao: reading $sample aloud (Ctrl-C stops)"
set +e
"$docbao" read "$sample"
status=$?
set -e
if [ "$status" -eq 5 ]; then
    out=bac-kan-2024-01-28.ogg
    echo "docbao: there is no sound device here, so the article is saved as $out instead."
    "$docbao" export "$sample" -o "$out"
    echo "docbao: play it with any audio player, for example: ffplay -nodisp $out"
    exit 0
fi
exit "$status"
