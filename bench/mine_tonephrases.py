#!/usr/bin/env python3
"""Mine tonephrases.tsv: Vietnamese words and phrases of two or three syllables, by their
toneless form run together, with their usual marked form and how often it is written.

Web names, e-mail names, hashtags and handles run Vietnamese together without its marks
("tuyengiao", "sotuphap"); a syllable alone often has no usual marked form ("tu" is tư, tự, từ,
tú...), but inside a word or phrase it has one ("tuphap" tư pháp). Over corpora of Vietnamese
paragraphs (one a line, after a source tag and a tab; gzip or plain) this counts every run of two
and of three adjacent words within a clause, each a Vietnamese syllable (the shape of one,
mine_toneless.SHAPE), folding capitals ("Hà Nội" counts as "hà nội") and placing tones as
docbao's lexicons do ("hoà" as "hòa"), by the key of the run without marks ("tư pháp" ->
"tuphap"). It prints "KEY<TAB>READING<TAB>COUNT", COUNT the uses of READING, for a key
  - seen --min times or more (three words: --min3), whose most frequent form has --share of its
    uses and carries a mark;
  - whose form is a word or phrase, not words that meet by chance: --bond times more uses than
    the cut of it into two parts would meet by chance (the parts' uses over all words'), a
    three-word one --tie of the uses of each of its two-word parts ("sở tư pháp"; not "rất may
    vụ"), and not --part of its uses beside one word before it and one word after it ("sở hạ"
    of "cơ sở hạ tầng");
  - used more often so than as one word ("nguyen" is nguyễn, not ngủ yên), not a foreign word
    of toneless.tsv ("video"), and not read so by toneless.tsv already (a pair's line, or its
    syllables' lines; a three-word phrase: either cut of it into a two-word line and a
    syllable); --toneless names that file.
Reproducible: python3 bench/mine_tonephrases.py /work/data/round13/corpus.tsv
/work/data/round14/recent.tsv (about two minutes), after the header of the lexicon's file.
"""
import argparse
import collections
import gzip
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mine_toneless import CLAUSE, SHAPE, VIET, WORD, toneless  # noqa: E402


TONES = "\u0300\u0301\u0303\u0309\u0323"


def traditional(w):
    """A word with its tone placed as docbao's lexicons write it: on the o or u of a final
    "oa", "oe", "uy" ("hoà" -> "hòa", "thuỷ" -> "thủy"; "quý", "hoàng" as they are)."""
    d = unicodedata.normalize("NFD", w)
    tone = "".join(ch for ch in d if ch in TONES)
    base = unicodedata.normalize("NFC", "".join(ch for ch in d if ch not in TONES))
    if len(tone) != 1 or base[-2:] not in ("oa", "oe", "uy") or base[-3:-2] == "q":
        return w
    return unicodedata.normalize("NFC", base[:-1] + tone + base[-1])


def syllable_runs(corpora):
    """Each run of adjacent words within a clause of the corpora that are Vietnamese syllables,
    in lower case, their tone placed as docbao writes it."""
    keys = {}
    for name in corpora:
        opener = gzip.open if name.endswith(".gz") else open
        with opener(name, "rt", encoding="utf-8") as f:
            for line in f:
                text = unicodedata.normalize("NFC", line.split("\t", 1)[-1]).lower()
                for clause in CLAUSE.split(text):
                    words = []
                    for w in WORD.findall(clause) + [""]:
                        k = keys.get(w)
                        if k is None:
                            k = keys[w] = ((traditional(w), toneless(w)) if VIET.fullmatch(w)
                                           else ("", ""))
                        if k[1] == "" or not SHAPE.fullmatch(k[1]):
                            if len(words) >= 2:
                                yield words
                            words = []
                        else:
                            words.append(k[0])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--min", type=int, default=5, help="uses of a key, at least")
    ap.add_argument("--min3", type=int, default=15, help="uses of a three-word key, at least")
    ap.add_argument("--tie", type=float, default=0.2,
                    help="a three-word phrase's uses over those of each two-word part, at least")
    ap.add_argument("--share", type=float, default=0.7, help="share of its top form, at least")
    ap.add_argument("--bond", type=float, default=10.0,
                    help="a phrase's uses over those its parts would meet by chance, at least")
    ap.add_argument("--part", type=float, default=0.8,
                    help="uses beside one word on each side over all, below it (a part of none)")
    ap.add_argument("--toneless", default=os.path.join(os.path.dirname(__file__), "..",
                                                       "voices", "lexicon", "toneless.tsv"))
    args = ap.parse_args()
    runs = collections.Counter()
    uses = collections.Counter()  # each word's uses (runs: each run's of two or three)
    for words in syllable_runs(args.corpus):
        for i, w in enumerate(words):
            uses[w] += 1
            for size in (2, 3):
                if i + 1 >= size:
                    runs[" ".join(words[i + 1 - size:i + 1])] += 1
    words_seen = sum(uses.values())

    def chance(form):
        """The uses of a phrase if its parts met by chance: the most of its two cuts."""
        w = form.split(" ")
        cuts = [(" ".join(w[:i]), " ".join(w[i:])) for i in range(1, len(w))]
        return max((runs[a] or uses[a]) * (runs[b] or uses[b]) / words_seen for a, b in cuts)

    def parts(form):
        """The most uses of a two-word part of a three-word phrase (0 for two words)."""
        w = form.split(" ")
        return max((runs[" ".join(w[i:i + 2])] for i in range(len(w) - 2)), default=0)

    single = collections.Counter()  # a key's uses as one word ("nguyen": nguyễn, not ngủ yên)
    for w, n in uses.items():
        single[toneless(w)] += n
    said = {}  # toneless.tsv: a syllable's or a pair's reading, "" for a foreign word
    with open(args.toneless, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if not line.startswith("#"):
                said[cols[0]] = cols[1] if len(cols) == 2 else ""

    by_key = collections.defaultdict(list)
    for form, n in runs.items():
        by_key[toneless(form).replace(" ", "")].append((n, form))
    lines = {}
    for k, forms in by_key.items():
        total = sum(n for n, _ in forms)
        n, form = max(forms)
        least = args.min if form.count(" ") == 1 else args.min3
        if (total >= least and n >= args.share * total and toneless(form) != form
                and n >= args.bond * chance(form) and n >= args.tie * parts(form)
                and single[k] < n and said.get(k) != ""):
            lines[k] = (form, n)
    # a part of a longer phrase ("sở hạ" of "cơ sở hạ tầng"), no word of its own: --part of its
    # uses or more beside one word before it, and beside one word after it
    beside = collections.Counter()
    inner = {form for form, _ in lines.values()}
    for words in syllable_runs(args.corpus):
        for size in (3, 4):
            for i in range(len(words) - size + 1):
                window = words[i:i + size]
                if " ".join(window[1:]) in inner:
                    beside[" ".join(window[1:]), "<" + window[0]] += 1
                if " ".join(window[:-1]) in inner:
                    beside[" ".join(window[:-1]), ">" + window[-1]] += 1
    most = collections.Counter()
    for (form, side), n in beside.items():
        most[form, side[0]] = max(most[form, side[0]], n)
    for k, (form, n) in list(lines.items()):
        if min(most[form, "<"], most[form, ">"]) >= args.part * n:
            del lines[k]
    def given(parts):
        """The reading of parts (keys) by toneless.tsv and the two-word lines kept."""
        return " ".join(lines[x][0] if x in lines else said.get(x, x) for x in parts)

    for size in (2, 3):
        for k, (form, n) in list(lines.items()):
            keys2 = [toneless(w) for w in form.split(" ")]
            if len(keys2) != size:
                continue
            if size == 2 and (said.get(k) == form or given(keys2) == form):
                del lines[k]  # toneless.tsv reads it so already
            elif size == 3 and form == given([keys2[0], keys2[1] + keys2[2]]) == given(
                    [keys2[0] + keys2[1], keys2[2]]):
                del lines[k]  # either of its cuts reads it so
    for k in sorted(lines):
        print(f"{k}\t{lines[k][0]}\t{lines[k][1]}")


if __name__ == "__main__":
    sys.exit(main())
