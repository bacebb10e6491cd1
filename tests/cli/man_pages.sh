#!/usr/bin/env bash
# The manual pages say what the programs say: for both languages, every command of
# "docbao --help" has its subsection in docbao(1) naming exactly the options of
# "docbao COMMAND --help"; the options for every command, the exit statuses, the keys of
# "docbao keys" and the options of "docbao-gtk --help" are all in the pages. The pages are read
# as man(1) renders them, and must render without a warning.
. "$(dirname "$0")/lib.sh"

: "${DOCBAO_MAN_DIR:?DOCBAO_MAN_DIR must name the built manual pages (ctest sets it)}"
if ! command -v man >/dev/null; then
    echo "man (man-db) is not installed" >&2
    exit 77
fi

# render PAGE: the page as man shows it, as plain text (no overstrike, ASCII hyphens).
render() {
    MANWIDTH=250 man -E UTF-8 -l -P cat "$1" | sed 's/.\x08//g; s/\xe2\x88\x92/-/g; s/\xe2\x80\x90/-/g'
}

# section TEXT HEADING: the lines of a section (from its heading to the next heading).
section() {
    awk -v h="$2" '/^[^ ]/ { inside = ($0 == h); next } inside' "$1"
}

# subsection LINES NAME: the lines of a subsection ("   NAME") up to the next one.
subsection() {
    awk -v h="   $2" '/^   [^ ]/ { inside = ($0 == h); next } inside' "$1"
}

# help_options HELP-TEXT: "-x --name" (or " --name") for each option a --help lists, but --help.
help_options() {
    sed -nE 's/^ +((-[[:alnum:]]), )?(--[[:alnum:]-]+).*/\2 \3/p' "$1" | { grep -v -- '--help' || true; } |
        sort -u
}

# page_options LINES: the same for the option items (tags at column 8) of a rendered page.
page_options() {
    sed -nE 's/^       ((-[[:alnum:]]), )?(--[[:alnum:]-]+).*/\2 \3/p' "$1" |
        { grep -v -- '--help' || true; } | sort -u
}

# same WHAT FILE-A FILE-B: the two sets are equal.
same() {
    if [ ! -s "$2" ]; then
        fail "$1: nothing found in --help"
    elif diff -u "$2" "$3" >"$TMP/diff"; then
        pass "$1"
    else
        fail "$1 differ (- --help, + manual page): $(grep '^[-+][^-+]' "$TMP/diff" | tr '\n' ' ')"
    fi
}

# Headings of the sections read here, in each language.
declare -A COMMANDS=([en]="COMMANDS" [vi]="CÁC LỆNH")
declare -A OPTIONS=([en]="OPTIONS" [vi]="TÙY CHỌN")
declare -A KEYS=([en]="KEYS" [vi]="PHÍM")
declare -A EXIT=([en]="EXIT STATUS" [vi]="MÃ THOÁT")

pages=(docbao)
if [ -n "${DOCBAO_GTK:-}" ]; then
    pages+=(docbao-gtk)
fi

for lang in en vi; do
    for page in "${pages[@]}"; do
        file="$DOCBAO_MAN_DIR/$lang/$page.1"
        if [ ! -s "$file" ]; then
            fail "$lang $page(1) was not built"
            continue
        fi
        LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$file" \
            2>"$TMP/warnings" >/dev/null
        if [ -s "$TMP/warnings" ]; then
            fail "$lang $page(1) renders with warnings: $(head -c 400 "$TMP/warnings")"
        else
            pass "$lang $page(1) renders without warnings"
        fi
        if grep -q "\"$page - " <<<"$(lexgrog "$file")"; then
            pass "$lang $page(1) has a NAME line for whatis"
        else
            fail "$lang $page(1): lexgrog finds no NAME line: $(lexgrog "$file")"
        fi
    done

    render "$DOCBAO_MAN_DIR/$lang/docbao.1" >"$TMP/page"
    "$DOCBAO" --lang "$lang" --help >"$TMP/help"

    # Commands: one subsection each, no other.
    sed -nE 's/^  ([a-z][a-z0-9-]*) {2,}.*/\1/p' "$TMP/help" | sort >"$TMP/commands.help"
    section "$TMP/page" "${COMMANDS[$lang]}" >"$TMP/commands"
    sed -nE 's/^   ([^ ].*)$/\1/p' "$TMP/commands" | sort >"$TMP/commands.page"
    same "$lang: the commands of docbao --help and of docbao(1)" "$TMP/commands.help" \
        "$TMP/commands.page"

    # Each command's options.
    while read -r cmd; do
        "$DOCBAO" --lang "$lang" "$cmd" --help >"$TMP/cmd.help"
        help_options "$TMP/cmd.help" >"$TMP/opts.help"
        subsection "$TMP/commands" "$cmd" >"$TMP/cmd.page"
        page_options "$TMP/cmd.page" >"$TMP/opts.page"
        if [ -s "$TMP/opts.help" ]; then
            same "$lang: the options of docbao $cmd" "$TMP/opts.help" "$TMP/opts.page"
        elif [ -s "$TMP/opts.page" ]; then
            fail "$lang: docbao(1) gives docbao $cmd options its --help has not: $(cat "$TMP/opts.page")"
        else
            pass "$lang: docbao $cmd has no options of its own, and docbao(1) names none"
        fi
    done <"$TMP/commands.help"

    # The options for every command, named in a sentence of docbao --help.
    grep -oE -- '--[[:alnum:]-]+' <(grep -E -- '--help.*--version' "$TMP/help") | sort -u \
        >"$TMP/global.help"
    section "$TMP/page" "${OPTIONS[$lang]}" >"$TMP/global"
    sed -nE 's/^       ((-[[:alnum:]]), )?(--[[:alnum:]-]+).*/\3/p' "$TMP/global" | sort -u \
        >"$TMP/global.page"
    same "$lang: the options for every command" "$TMP/global.help" "$TMP/global.page"

    # Exit statuses.
    sed -nE 's/^  ([0-9]+) {2,}.*/\1/p' "$TMP/help" | sort -n >"$TMP/exit.help"
    section "$TMP/page" "${EXIT[$lang]}" | sed -nE 's/^       ([0-9]+) .*/\1/p' | sort -n \
        >"$TMP/exit.page"
    same "$lang: the exit statuses" "$TMP/exit.help" "$TMP/exit.page"

    # Keys: every binding of the built-in key map, with its command, in both pages. An item of
    # the key table is "KEY, KEY..." then "what it does (command)."
    "$DOCBAO" --lang "$lang" keys | awk 'NR > 1 { print $1, $NF }' | sort -u >"$TMP/keys.help"
    for page in "${pages[@]}"; do
        render "$DOCBAO_MAN_DIR/$lang/$page.1" >"$TMP/keys.render"
        section "$TMP/keys.render" "${KEYS[$lang]}" | awk '
            /\([a-z-]+\)\.$/ {
                match($0, /\([a-z-]+\)\.$/)
                command = substr($0, RSTART + 1, RLENGTH - 3)
                tag = prev
                if ($0 ~ /^       [^ ]/) {
                    tag = substr($0, 8)
                    sub(/  +.*/, "", tag)
                }
                n = split(tag, keys, ", ")
                for (i = 1; i <= n; i++) {
                    print keys[i], command
                }
            }
            /^       [^ ]/ { prev = substr($0, 8) }' | sort -u >"$TMP/keys.page"
        comm -23 "$TMP/keys.help" "$TMP/keys.page" >"$TMP/keys.missing"
        if [ ! -s "$TMP/keys.help" ]; then
            fail "$lang: docbao keys lists nothing"
        elif [ -s "$TMP/keys.missing" ]; then
            fail "$lang: $page(1) lacks the bindings $(tr '\n' ' ' <"$TMP/keys.missing")"
        else
            pass "$lang: $page(1) gives every binding of docbao keys"
        fi
    done

    # docbao-gtk's options.
    if [ -n "${DOCBAO_GTK:-}" ]; then
        "$DOCBAO_GTK" --lang "$lang" --help >"$TMP/gtk.help"
        help_options "$TMP/gtk.help" >"$TMP/gtk.opts.help"
        render "$DOCBAO_MAN_DIR/$lang/docbao-gtk.1" >"$TMP/gtk.page"
        section "$TMP/gtk.page" "${OPTIONS[$lang]}" >"$TMP/gtk.opts"
        page_options "$TMP/gtk.opts" >"$TMP/gtk.opts.page"
        same "$lang: the options of docbao-gtk" "$TMP/gtk.opts.help" "$TMP/gtk.opts.page"
    fi
done

finish
