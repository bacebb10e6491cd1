#!/usr/bin/env bash
# Bash completion (packaging/docbao.bash-completion): every command and every option of every
# command that --help lists completes, and so do the values docbao knows (voices, dialects,
# sections, languages, output files); docbao-gtk's options too.
. "$(dirname "$0")/lib.sh"

BASH_COMPLETION=/usr/share/bash-completion/bash_completion
COMPLETION="$DOCBAO_SOURCE_DIR/packaging/docbao.bash-completion"
if [ ! -r "$BASH_COMPLETION" ]; then
    echo "bash-completion is not installed" >&2
    exit 77
fi

# complete WORD...: the completions bash offers for the last WORD (the first names the program),
# one per line, in $TMP/out.
complete() {
    bash -c '
        . "$1"
        . "$2"
        shift 2
        COMP_WORDS=("$@")
        COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"
        COMP_POINT=${#COMP_LINE}
        function=_docbao
        [[ $1 == *docbao-gtk ]] && function=_docbao_gtk
        "$function" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}"
    ' bash "$BASH_COMPLETION" "$COMPLETION" "$@" >"$TMP/out" 2>"$TMP/err"
}

# offers WHAT EXPECTED...: each EXPECTED line is among the completions.
offers() {
    local what=$1 missing=()
    shift
    for e in "$@"; do
        grep -qxF -- "$e" "$TMP/out" || missing+=("$e")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        pass "$what"
    else
        fail "$what: ${missing[*]} not offered; offered: $(tr '\n' ' ' <"$TMP/out") $(head -c 300 "$TMP/err")"
    fi
}

# long_options HELP-TEXT: the long options it lists.
long_options() {
    sed -nE 's/^ +(-[[:alnum:]], )?(--[[:alnum:]-]+).*/\2/p' "$1"
}

"$DOCBAO" --help >"$TMP/help"
mapfile -t commands < <(sed -nE 's/^  ([a-z][a-z0-9-]*) {2,}.*/\1/p' "$TMP/help")
[ ${#commands[@]} -gt 0 ] || fail "docbao --help lists no command"
complete "$DOCBAO" ""
offers "every command" "${commands[@]}"

for cmd in "${commands[@]}"; do
    "$DOCBAO" "$cmd" --help >"$TMP/cmd.help"
    mapfile -t options < <(long_options "$TMP/cmd.help")
    complete "$DOCBAO" "$cmd" --
    offers "the options of docbao $cmd" "${options[@]}" --lang --version
done
complete "$DOCBAO" --lang en export samples/a.html --ra
offers "options after an argument" --rate

complete "$DOCBAO" export --voice ""
offers "voice profiles" mien-bac mien-trung mien-nam
complete "$DOCBAO" export --voice=mien-t
offers "a voice profile after =" mien-trung
complete "$DOCBAO" read --dialect s
offers "dialects" south
complete "$DOCBAO" export --sections title,l
offers "the next item of a list of sections" title,lead
complete "$DOCBAO" --lang ""
offers "languages" vi en
complete "$DOCBAO" --r
offers "options before a file are read's" --rate --resume

mkdir -p "$TMP/files"
touch "$TMP/files/bai.ogg" "$TMP/files/bai.txt"
(cd "$TMP/files" && complete "$DOCBAO" export bai.txt -o "")
offers "an audio file for -o" bai.ogg
if grep -qxF bai.txt "$TMP/out"; then
    fail "-o offers a file that is not audio"
else
    pass "-o offers only audio files"
fi
(cd "$TMP/files" && complete "$DOCBAO" read "")
offers "files to read" bai.txt

if [ -n "${DOCBAO_GTK:-}" ]; then
    "$DOCBAO_GTK" --help >"$TMP/gtk.help"
    mapfile -t options < <(long_options "$TMP/gtk.help")
    complete "$DOCBAO_GTK" --
    offers "the options of docbao-gtk" "${options[@]}"
    complete "$DOCBAO_GTK" --lang ""
    offers "docbao-gtk's languages" vi en
fi

finish
