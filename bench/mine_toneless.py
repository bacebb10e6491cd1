#!/usr/bin/env python3
"""Mine toneless.tsv: Vietnamese syllables, and pairs of them, written without their marks.

Web addresses, e-mail names and hashtags write Vietnamese without marks and often run its words
together ("tra-cuu-diem-thi", "ketquaxettuyen"); a reader says them as the marked words they
stand for. Over a corpus of Vietnamese paragraphs (one a line, after a source tag and a tab;
gzip or plain) this counts every word made of Vietnamese letters by its toneless key ("điểm" ->
"diem"), and every pair of adjacent words within a clause by the key of both run together
("kết quả" -> "ketqua"), folding capitals so that names count ("Nguyễn"). It prints
"KEY<TAB>READING" lines, syllables first, then pairs, each sorted by key:
  - a syllable seen --min1 times or more whose most frequent marked form has --share1 of its
    uses ("diem" điểm 97%; "thi" is thì 41%, thi 30%, thị 22%, and "dai" đại 61%: no line,
    said as written);
  - a pair seen --min2 times or more whose most frequent form has --share of its uses, carries
    a mark, is read otherwise than by its syllables' lines ("ketqua" kết quả, as "qua" alone is
    qua) and is a word rather than two words that meet by chance: its uses are at least --bond
    of those of the rarer of its two forms ("kết quả" yes; "an đang" no);
  - a word of four letters or more, of two vowel groups or more, that splits into Vietnamese
    syllables, seen --foreign times or more and never with a mark, nor as a pair run together
    ("video", "album"): a foreign word that Vietnamese text writes as it is, on a line of its
    own without a reading. Its syllables are not given marks ("video" is not "vì đeo").
A syllable is a key of the shape of one (onset, vowels, final) seen with a mark 3 times or more.
With --counts the lines carry the count and share as two more columns (to judge them).
Reproducible: python3 bench/mine_toneless.py /work/data/abbrmine/corpus.txt.gz
"""
import argparse
import collections
import gzip
import re
import sys
import unicodedata

LETTERS = (r"a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
           r"ùúủũụưừứửữựỳýỷỹỵđ")
CLAUSE = re.compile(r"[^\w\s]+")
WORD = re.compile(r"\w+")
VOWELS = re.compile(r"[aeiouy]+")
# the shape of a Vietnamese syllable without its marks: onset, one to three vowels, final
SHAPE = re.compile(r"(ngh|ng|nh|ch|tr|th|kh|ph|gh|gi|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                   r"(ng|nh|ch|[cmnpt])?")
VIET = re.compile(f"[{LETTERS}]+")


def toneless(s):
    s = s.replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFD", s)
                   if unicodedata.category(ch) != "Mn")


def splits(word, syllables):
    """Can a word be cut into Vietnamese syllables ("video": vi, deo)?"""
    ok = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        ok[end] = any(ok[b] and word[b:end] in syllables for b in range(max(0, end - 7), end))
    return ok[-1]


def top(forms, share, least):
    """The most frequent form of a key, its count and share, or None."""
    total = sum(forms.values())
    form, n = forms.most_common(1)[0]
    if total < least or n < share * total:
        return None
    return form, n, n / total


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--min1", type=int, default=20, help="uses of a syllable, at least")
    ap.add_argument("--min2", type=int, default=30, help="uses of a pair, at least")
    ap.add_argument("--share1", type=float, default=0.9,
                    help="share of a syllable's top form, at least")
    ap.add_argument("--share", type=float, default=0.6, help="share of a pair's top form, at least")
    ap.add_argument("--bond", type=float, default=0.1,
                    help="a pair's uses over those of its rarer form, at least")
    ap.add_argument("--foreign", type=int, default=100, help="uses of a foreign word, at least")
    ap.add_argument("--counts", action="store_true", help="print count and share too")
    args = ap.parse_args()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    ones = collections.defaultdict(collections.Counter)
    twos = collections.defaultdict(collections.Counter)
    forms = collections.Counter()
    keys = {}
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = unicodedata.normalize("NFC", line.split("\t", 1)[-1]).lower()
            for clause in CLAUSE.split(text):
                prev = None
                for w in WORD.findall(clause):
                    if not VIET.fullmatch(w):
                        prev = None
                        continue
                    k = keys.get(w)
                    if k is None:
                        k = keys[w] = toneless(w)
                    ones[k][w] += 1
                    forms[w] += 1
                    if prev is not None:
                        twos[prev[0] + k][prev[1] + " " + w] += 1
                    prev = (k, w)
    # the keys of Vietnamese syllables: their shape, and seen with a mark at least 3 times
    syllables = {k for k, fs in ones.items()
                 if SHAPE.fullmatch(k) and sum(n for w, n in fs.items() if w != k) >= 3}
    single = {}
    rows = []
    for k, fs in ones.items():
        t = top(fs, args.share1, args.min1)
        if t is not None and t[0] != k and k in syllables:
            single[k] = t[0]
            rows.append((0, k, t))
    for k, fs in twos.items():
        t = top(fs, args.share, args.min2)
        if t is None or toneless(t[0]) == t[0]:
            continue
        if sum(ones[k].values()) >= t[1]:
            continue  # a syllable's key more often than the pair's ("uong" uống)
        a, b = t[0].split(" ")
        if not all(toneless(x) in syllables for x in (a, b)):
            continue  # "tp đà", "thuốc arv": not two Vietnamese syllables
        if " ".join(single.get(toneless(x), toneless(x)) for x in (a, b)) == t[0]:
            continue
        if t[1] < args.bond * min(forms[a], forms[b]):
            continue
        rows.append((1, k, t))
    for k, fs in ones.items():
        total = sum(fs.values())
        if (total >= args.foreign and len(k) >= 4 and fs[k] >= 0.99 * total and k not in single
                and len(VOWELS.findall(k)) >= 2 and k.isascii() and splits(k, syllables)
                and sum(twos.get(k, {}).values()) < 0.01 * total):
            rows.append((2, k, ("", total, 1.0)))
    rows.sort(key=lambda r: (r[0], r[1]))
    for _, k, (form, n, share) in rows:
        if args.counts:
            print(f"{k}\t{form}\t{n}\t{share:.2f}")
        else:
            print(f"{k}\t{form}" if form else k)


if __name__ == "__main__":
    sys.exit(main())
