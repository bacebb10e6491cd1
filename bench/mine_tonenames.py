#!/usr/bin/env python3
"""Mine tonenames.tsv: capitalized names of Vietnamese words written without their marks.

Vietnamese news writes some names without marks: brands and companies as registered ("Dat
Xanh Services", "Hyundai Thanh Cong", "Hoa Phat"), clubs, people in English-style bylines and
sport ("Nguyen Quang Hai"), places in English phrases ("Da Nang"). Said as written, the
Vietnamese voice gives each syllable the level tone ("Dat" is not "Đất"). The same corpus writes
the same names with their marks far more often. Over corpora of paragraphs (a source tag, a
tab, the text; gzip or plain) this counts every run of two to four capitalized words
("Titlecase") side by side in a clause, each of the shape of a Vietnamese syllable, by its toneless key ("Đất Xanh" -> "Dat Xanh"), and prints
"KEY<TAB>READING" for each key whose most frequent form
  - carries a mark, has --least uses or more and --share of all the key's uses, its toneless
    form among them ("Nha Trang" is written so, not "Nhà Trắng"; "Gia Lai" has no mark), and
  - holds a word that is rarely written without its marks when capitalized: under --bare of
    its capitalized uses ("Dat", "Nguyen", "Phat"; not "Thanh", "Hoa", "Minh", "Quang", which
    names write as they are), so that a run of such common unmarked words ("Thanh Hoa", a
    person's name as well as Thanh Hóa) is never given marks.
With --counts two more columns give the form's uses and its share (to review the lines).
Reproducible: python3 bench/mine_tonenames.py /work/data/round13/corpus.tsv \\
    /work/data/round14/recent.tsv /work/data/round15/finance.tsv
"""
import argparse
import collections
import gzip
import re
import sys
import unicodedata

CLAUSE = re.compile(r"[^\w\s]+|\s{2,}")
WORD = re.compile(r"\w+")
SHAPE = re.compile(r"(ngh|ng|nh|ch|tr|th|kh|ph|gh|gi|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                   r"(ng|nh|ch|[cmnpt])?")


def toneless(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s)
                   if unicodedata.category(ch) != "Mn")


SENTENCE_END = re.compile(r"[.!?:;…\n]")
OPENERS = "\"'“”‘’«(–—-*•"


OLD_TONES = re.compile(r"(?<![qQ])([oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ])\b")


def modern(form):
    """The tone on the first vowel of an open oa, oe, uy ("Hoà" -> "Hòa"), as docbao writes it."""
    def move(m):
        first, second = m.group(1)
        base = toneless(second)
        mark = unicodedata.normalize("NFD", second)[1:]
        return unicodedata.normalize("NFC", first + mark) + base
    return OLD_TONES.sub(move, form)


def texts(paths):
    for p in paths:
        opener = gzip.open if p.endswith(".gz") else open
        with opener(p, "rt", encoding="utf-8") as f:
            for line in f:
                yield unicodedata.normalize("NFC", line.rstrip("\n").split("\t", 1)[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--least", type=int, default=10, help="uses of the top form, at least")
    ap.add_argument("--share", type=float, default=0.9, help="share of the top form, at least")
    ap.add_argument("--bare", type=float, default=0.1,
                    help="share of a capitalized word's uses without marks, under")
    ap.add_argument("--counts", action="store_true")
    args = ap.parse_args()
    caps = collections.defaultdict(collections.Counter)  # capitalized words by key
    grams = collections.defaultdict(collections.Counter)
    keys = {}
    follows = collections.Counter()  # uses of a key with a capitalized word after it
    whole = collections.Counter()  # uses of a key, sentence starts too
    for text in texts(args.corpus):
        at = 0
        for clause in CLAUSE.split(text):
            # the first word of a sentence is capitalized for the sentence ("Ông Đinh La
            # Thăng", "Theo Quyết..."): it starts no name
            at = text.find(clause, at)
            inside = not SENTENCE_END.search(text[:at].rstrip(" " + OPENERS)[-1:] or ".")
            at += len(clause)
            row = []
            for w in WORD.findall(clause):
                k = keys.get(w)
                if k is None:
                    k = keys[w] = toneless(w)
                w = modern(w)
                title = len(w) <= 7 and w[:1].isupper() and w[1:] == w[1:].lower()
                if title:
                    caps[k][w] += 1
                row.append((w, k) if title and k.isascii() and SHAPE.fullmatch(k.lower())
                           else None)
            if row and not inside and row[0] is not None:
                for b in range(1, min(len(row), 4)):
                    if row[b] is None:
                        break
                    whole[" ".join(x[1] for x in row[:b + 1])] += 1
                row[0] = None
            words = WORD.findall(clause)
            for a in range(len(row)):
                if row[a] is None:
                    continue
                for b in range(a + 1, min(len(row), a + 4)):
                    if row[b] is None:
                        break
                    key = " ".join(x[1] for x in row[a:b + 1])
                    grams[key][" ".join(x[0] for x in row[a:b + 1])] += 1
                    whole[key] += 1
                    nxt = words[b + 1] if b + 1 < len(words) else ""
                    if nxt[:1].isupper() and nxt[1:2].islower():
                        follows[key] += 1
    bare = {k for k, fs in caps.items() if fs[k] < args.bare * sum(fs.values())}
    lines = {}
    for key in sorted(grams):
        fs = grams[key]
        form, n = fs.most_common(1)[0]
        total = sum(fs.values())
        words = key.split(" ")
        if form == key or n < args.least or n < args.share * total:
            continue
        # nearly always followed by another capitalized word: the start of a longer name, or a
        # name run into the next one ("Hà Nội Nguyễn", "Hàn Quốc Lee", "Hà Thị")
        if follows[key] >= args.share * total:
            continue
        if not any(w in bare for w, f in zip(words, form.split(" ")) if w != f):
            continue
        lines[key] = (form, n, n / total)
    # a part of a longer line that is nearly always inside it adds nothing ("Tay Ban"; uses at
    # a sentence's start counted, "Thế Giới Di Động")
    longer = collections.Counter()
    for key, (form, n, _) in lines.items():
        words = key.split(" ")
        if len(words) > 2:
            for part in (" ".join(words[1:]), " ".join(words[:-1])):
                longer[part] = max(longer[part], whole[key])
    for key, (form, n, share) in lines.items():
        if longer[key] >= 0.9 * whole[key]:
            continue
        if args.counts:
            print(f"{key}\t{form}\t{n}\t{share:.2f}")
        else:
            print(f"{key}\t{form}")


if __name__ == "__main__":
    sys.exit(main())
