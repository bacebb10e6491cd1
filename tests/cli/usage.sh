#!/usr/bin/env bash
# Usage: help, version, unknown commands and options, bad values, UI language.
. "$(dirname "$0")/lib.sh"

run "$DOCBAO" --help
expect_status 0 "--help"
expect_in "$TMP/out" "Exit status:" "--help documents the exit codes"
for cmd in read export extract normalize voices devices; do
    expect_in "$TMP/out" "$cmd" "--help lists $cmd"
done

for cmd in read export extract normalize voices devices; do
    run "$DOCBAO" "$cmd" --help
    expect_status 0 "$cmd --help"
    expect_in "$TMP/out" "Exit status:" "$cmd --help documents the exit codes"
done

run "$DOCBAO" --version
expect_status 0 "--version"
expect_in "$TMP/out" "docbao " "--version prints the version"
run "$DOCBAO" export --version
expect_status 0 "export --version"

run "$DOCBAO"
expect_status 2 "no arguments"
run "$DOCBAO" frobnicate
expect_status 2 "unknown command"
expect_in "$TMP/err" "unknown command" "unknown command is named"
run "$DOCBAO" read --no-such-option "$SEED"
expect_status 2 "unknown option"
run "$DOCBAO" export --rate 901 "$SEED" -o "$TMP/x.wav"
expect_status 2 "rate out of range"
expect_in "$TMP/err" "--rate must be between 80 and 900" "rate range is explained"
run "$DOCBAO" export --voice klingon "$SEED" -o "$TMP/x.wav"
expect_status 2 "unknown voice"
expect_in "$TMP/err" "klingon" "unknown voice is named"
run "$DOCBAO" export --sections title,footer "$SEED" -o "$TMP/x.wav"
expect_status 2 "unknown section"
run "$DOCBAO" export "$SEED"
expect_status 2 "export without -o"
run "$DOCBAO" extract
expect_status 2 "extract without a file"
[ ! -e "$TMP/x.wav" ] && pass "no output file after usage errors" || fail "output file written"

# The same error in Vietnamese and in English.
run "$DOCBAO" --lang vi extract "$TMP/missing.html"
expect_status 3 "missing file (Vietnamese UI)"
expect_in "$TMP/err" "không có tệp" "message in Vietnamese"
run env DOCBAO_LANG=vi "$DOCBAO" --help
expect_in "$TMP/out" "Lệnh:" "help in Vietnamese through DOCBAO_LANG"
run "$DOCBAO" --lang en extract "$TMP/missing.html"
expect_in "$TMP/err" "no such file" "message in English"

# Every command's --help lists the options every command takes.
for cmd in read export extract normalize feed voices keys devices; do
    run "$DOCBAO" "$cmd" --help
    expect_in "$TMP/out" "--lang" "$cmd --help lists --lang"
    expect_in "$TMP/out" "--version" "$cmd --help lists --version"
done

# column_of FILE TEXT: the terminal column (in cells, not bytes) where TEXT starts on each line
# of FILE that holds it, one per line.
column_of() {
    local line
    while IFS= read -r line; do
        case "$line" in
        *"$2"*) printf '%s' "${line%%"$2"*}" | wc -L ;;
        esac
    done <"$1"
}

# expect_aligned FILE DESCRIPTION HEAD CELL...: the column titled HEAD starts where each CELL
# starts, on every line.
expect_aligned() {
    local file=$1 what=$2 cols
    shift 2
    cols=$(for text in "$@"; do column_of "$file" "$text"; done | sort -u | tr '\n' ' ')
    if [ "$(echo "$cols" | wc -w)" -eq 1 ]; then
        pass "$what line up (column $cols)"
    else
        fail "$what do not line up (columns $cols): $(cat "$file")"
    fi
}

run "$DOCBAO" --lang vi voices
expect_status 0 "voices in Vietnamese"
expect_aligned "$TMP/out" "the voices' rates" "TỐC ĐỘ" "175"
expect_aligned "$TMP/out" "the voices' names" "TÊN" "Giọng miền"
expect_in "$TMP/out" "bắc" "the northern dialect is named in Vietnamese"
grep -qw "north" "$TMP/out" && fail "\"north\" is left in English: $(cat "$TMP/out")" \
    || pass "no English dialect name under --lang vi"

run "$DOCBAO" --lang vi keys
expect_status 0 "keys in Vietnamese"
expect_in "$TMP/out" "tạm dừng hoặc đọc tiếp" "keys says what a key does in Vietnamese"
expect_in "$TMP/out" "CHỨC NĂNG" "keys titles its columns in Vietnamese"
expect_aligned "$TMP/out" "the keys' descriptions" "CHỨC NĂNG" "tạm dừng hoặc đọc tiếp" "câu trước"
expect_aligned "$TMP/out" "the key map's names" "TÊN LỆNH" "toggle-pause" "prev-sentence"

run "$DOCBAO" voices
expect_status 0 "voices"
for v in mien-bac mien-trung mien-nam vi-vn-x-central vi-vn-x-south; do
    expect_in "$TMP/out" "$v" "voices lists $v"
done

# normalize: one output line per input line; an abbreviation a line defines is known on the
# next, unless --each-line makes every line a text of its own.
printf 'Trung tâm Dữ liệu Quốc gia (TTDLQG) mở.\nTTDLQG kết nối.\n' >"$TMP/defined.txt"
run "$DOCBAO" normalize "$TMP/defined.txt"
expect_status 0 "normalize a file"
expect_lines "$TMP/out" 2 "normalize writes a line per line"
expect_in "$TMP/out" "Trung tâm Dữ liệu Quốc gia kết nối" "a definition carries to the next line"
run "$DOCBAO" normalize --each-line "$TMP/defined.txt"
expect_status 0 "normalize --each-line"
expect_lines "$TMP/out" 2 "normalize --each-line writes a line per line"
if grep -qF "Quốc gia kết nối" "$TMP/out"; then
    fail "--each-line still used the first line's definition: $(cat "$TMP/out")"
else
    pass "--each-line forgets the first line's definition"
fi

finish
