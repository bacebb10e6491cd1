#!/usr/bin/env python3
"""Mine names.tsv lines: Vietnamese place names that are not plain Vietnamese syllables.

Place names of the Central Highlands and the northern mountains come from Ede, Jarai, Bahnar,
M'nong, Thai... and are written with letters and clusters Vietnamese syllables do not have
("Ea Súp", "Chư Prông", "Đắk Mil", "M'Drắk"); docbao or espeak-ng then hands them to the
English voice. Over a corpus of Vietnamese paragraphs (one a line, after a source tag and a
tab; gzip or plain) this finds the capitalised words after an administrative word (tỉnh, huyện,
xã, buôn, sông...), counts each name seen --min times or more, and prints the names of which a
word is not a Vietnamese syllable (the shape of mine_toneless.py), or that the voice reads in
English: "NAME<TAB>COUNT<TAB>WHY<TAB>PHONEMES" with --docbao (the normalizer's output through
espeak-ng -x; WHY is "shape", "en" or both). The readings are chosen by hand from this list.
Reproducible: python3 bench/mine_places.py /work/data/abbrmine/corpus.txt.gz --docbao build/release/src/cli/docbao
"""
import argparse
import collections
import gzip
import os
import re
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mine_toneless import LETTERS, SHAPE, toneless  # noqa: E402

# words that name only Vietnamese places, then words that name foreign ones too ("tỉnh Idlib"),
# after which a name needs a word of Vietnamese to be taken
HOME = "huyện|xã|thị trấn|thị xã|phường|buôn|làng|bon|plei|thôn|bản"
ADMIN = HOME + "|tỉnh|thành phố|sông|đèo|núi|hồ|suối|thác|cao nguyên|vườn quốc gia"
UP = LETTERS.replace("a-z", "A-Z").upper()
# a capitalised word, with the apostrophe of M'Drắk, H'leo, Ea H'Mă
NAME_WORD = rf"[A-ZĐ{UP}](?:['’]?[{LETTERS}A-ZĐ{UP}])*"
PLACE = re.compile(rf"(?<!\w)(?i:({ADMIN})) ({NAME_WORD}(?: {NAME_WORD}){{0,3}})(?!\w)")
WORD_OK = re.compile(rf"[{LETTERS}]+")


def plain(word):
    """Is a word a plain Vietnamese syllable (its letters and its shape)?"""
    w = unicodedata.normalize("NFC", word).lower()
    return WORD_OK.fullmatch(w) is not None and SHAPE.fullmatch(toneless(w)) is not None


def voice(docbao, name):
    """The normalizer's marked output and espeak-ng's phonemes of a name after "huyện"."""
    text = "huyện " + name
    marked = subprocess.run([docbao, "normalize", "--mark-languages"], input=text,
                            capture_output=True, text=True).stdout.strip()
    spoken = subprocess.run([docbao, "normalize"], input=text, capture_output=True,
                            text=True).stdout
    ph = subprocess.run(["espeak-ng", "-v", "vi", "-q", "-x"], input=spoken,
                        capture_output=True, text=True).stdout.strip()
    return marked, ph


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--min", type=int, default=3, help="uses of a name, at least")
    ap.add_argument("--docbao", help="the docbao program: test every name through it and espeak-ng")
    args = ap.parse_args()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    names = collections.Counter()
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = unicodedata.normalize("NFC", line.split("\t", 1)[-1]).replace("’", "'")
            for m in PLACE.finditer(text):
                words = m.group(2).split(" ")
                # the name ends at its last word that is not plain, or is its first word
                for end in range(len(words), 0, -1):
                    if not plain(words[end - 1]):
                        break
                words = words[:end]
                if (re.fullmatch(HOME, m.group(1).lower()) or any(
                        plain(w) or not w.isascii() for w in words)):
                    names[" ".join(words)] += 1
    rows = []
    for name, n in names.most_common():
        if n < args.min:
            break
        why = "shape" if not all(plain(w) for w in name.split(" ")) else ""
        ph = ""
        if args.docbao:
            marked, ph = voice(args.docbao, name)
            if "(en)" in ph or "<en>" in marked:
                why = (why + ",en").lstrip(",")
        if why:
            rows.append((name, n, why, ph))
    for name, n, why, ph in rows:
        print(f"{name}\t{n}\t{why}\t{ph}" if args.docbao else f"{name}\t{n}\t{why}")


if __name__ == "__main__":
    sys.exit(main())
