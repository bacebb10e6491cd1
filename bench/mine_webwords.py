#!/usr/bin/env python3
"""Mine webwords.tsv lines: Vietnamese words of two syllables written without their marks.

Web names and paths write Vietnamese without tone marks ("xettuyen", "tra-cuu-ket-qua"); the
reading is the word's usual marked form. Over a corpus of Vietnamese paragraphs (one a line,
after a source tag and a tab; gzip or plain), counts every pair of adjacent lowercase syllables
by its toneless key ("xét tuyển" -> "xettuyen") and prints, for each key seen at least --min
times whose most frequent marked form has at least --share of its uses and carries a mark,
"KEY<TAB>READING<TAB>COUNT<TAB>SHARE" (most frequent first; cut the last two columns for the
lexicon). Reproducible: python3 bench/mine_webwords.py /work/data/abbrmine/corpus.txt.gz
"""
import argparse
import collections
import gzip
import re
import sys
import unicodedata

SYLLABLE = re.compile(r"[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
                      r"ùúủũụưừứửữựỳýỷỹỵđ]+")
WORD = re.compile(r"\w+", re.UNICODE)


def toneless(s):
    s = s.replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFD", s)
                   if unicodedata.category(ch) != "Mn")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--min", type=int, default=100, help="uses of the key, at least")
    ap.add_argument("--share", type=float, default=0.8, help="share of its top form, at least")
    ap.add_argument("keys", nargs="*", help="print only these keys (a chosen list of words)")
    args = ap.parse_args()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    counts = collections.defaultdict(collections.Counter)
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = line.split("\t", 1)[-1]
            words = WORD.findall(unicodedata.normalize("NFC", text))
            for a, b in zip(words, words[1:]):
                # lowercase syllables only: names ("Hà Nội") are not the words of web paths
                if not (SYLLABLE.fullmatch(a) and SYLLABLE.fullmatch(b)):
                    continue
                pair = a + " " + b
                counts[toneless(a) + toneless(b)][pair] += 1
    rows = []
    for key, forms in counts.items():
        total = sum(forms.values())
        form, top = forms.most_common(1)[0]
        if args.keys and key not in args.keys:
            continue
        if total >= args.min and top >= args.share * total and toneless(form) != form:
            rows.append((top, key, form, top / total))
    rows.sort(key=lambda r: (-r[0], r[1]))
    for top, key, form, share in rows:
        print(f"{key}\t{form}\t{top}\t{share:.2f}")


if __name__ == "__main__":
    sys.exit(main())
