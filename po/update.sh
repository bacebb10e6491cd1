#!/usr/bin/env bash
# Regenerates po/docbao.pot from the sources and merges it into every po/*.po.
# Run after changing user-visible messages; then translate the new or fuzzy entries.
set -euo pipefail
cd "$(dirname "$0")/.."
find src include -name '*.c' -o -name '*.h' | sort > po/POTFILES
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=DOCBAO_N_ --add-comments=TRANSLATORS: \
    --package-name=docbao --msgid-bugs-address=https://docbao.invalid/issues \
    -f po/POTFILES -o po/docbao.pot
for po in po/*.po; do
    msgmerge --quiet --update --backup=none --no-fuzzy-matching "$po" po/docbao.pot
done
msgfmt --statistics -c -o /dev/null po/vi.po
