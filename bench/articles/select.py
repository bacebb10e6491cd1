#!/usr/bin/env python3
"""Select the sentences of article texts that a text normalizer has work to do on.

Usage: select.py PAGES_DIR > candidates.tsv

Reads every *.txt in PAGES_DIR (one article's text: title, lead, body, captions; for an HTML
page, the text of `docbao extract --text`), splits it into sentences and writes, for every
sentence that holds a digit, a symbol other than ordinary punctuation, a capital letter after
its first word, or a word that is not a Vietnamese syllable:
    CATEGORY<TAB>SENTENCE<TAB>REASONS
CATEGORY is the publisher's short name: the file name up to its first "-". Output is NFC,
one sentence per line, with no tab inside a field; duplicate sentences are written once.
"""
import os
import re
import sys
import unicodedata

ORDINARY = set(".,;:!?…\"'()-–—“”‘’[]")
# Abbreviations ending in a dot after which a sentence does not end.
NO_SPLIT_BEFORE = re.compile(r"(?:\b(?:TP|Tp|tp|Q|P|H|X|TX|TS|ThS|PGS|GS|BS|Th\.S|v\.v|St|Mr|Dr|No|TT|KP|ĐT|QL|[A-ZĐ]))\.$")
ONSET = r"(?:ngh|ng|gh|gi|ch|kh|nh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
NUCLEUS = r"[aăâeêioôơuưy]{1,3}"
CODA = r"(?:ch|nh|ng|[cmnpt])?"
SYLLABLE = re.compile("^" + ONSET + NUCLEUS + CODA + "$")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def base(word):
    """The word in lower case without tone marks (circumflex, breve and horn kept)."""
    d = unicodedata.normalize("NFD", word.lower())
    d = "".join(c for c in d if c not in TONES)
    return unicodedata.normalize("NFC", d)


def is_syllable(word):
    return SYLLABLE.match(base(word)) is not None


def split_sentences(line):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’)]*\s+(?=[\"“‘(\[]?[A-ZĐÀ-Ỹ0-9])", line):
        head = line[start:m.start() + len(m.group(0).rstrip())]
        if NO_SPLIT_BEFORE.search(head.rstrip("\"”’)")):
            continue
        out.append(head.strip())
        start = m.end()
    out.append(line[start:].strip())
    return [s for s in out if s]


def reasons(sentence):
    r = []
    if re.search(r"\d", sentence):
        r.append("digit")
    if any(not (c.isalnum() or c.isspace() or c in ORDINARY) for c in sentence):
        r.append("symbol")
    words = re.findall(r"[^\W\d_]+", sentence)
    if any(w[0].isupper() for w in words[1:]):
        r.append("capital")
    if any(not is_syllable(w) for w in words):
        r.append("foreign")
    return r


def main():
    pages = sys.argv[1]
    seen = set()
    for name in sorted(os.listdir(pages)):
        if not name.endswith(".txt"):
            continue
        category = name.split("-", 1)[0]
        with open(os.path.join(pages, name), encoding="utf-8") as f:
            text = unicodedata.normalize("NFC", f.read())
        for line in text.split("\n"):
            line = re.sub(r"\s+", " ", line).strip()
            for s in split_sentences(line):
                r = reasons(s)
                if not r or s in seen or len(s.split()) < 3:
                    continue
                seen.add(s)
                print(f"{category}\t{s}\t{','.join(r)}")


if __name__ == "__main__":
    main()
