#!/usr/bin/env python3
"""Mine names.tsv lines: Japanese names in Latin letters (Hepburn), respelled as Vietnamese.

Japanese names come in Vietnamese news in their romanisation ("Fumio Kishida", "Yoshihide
Suga", "Akihito", "Yokosuka"); docbao handed them to the English voice, which says Yoshihide
"YOSH-i-hide", Fumio "FYOO-mee-oh", Suga "SYOO-ga", Hokkaido "huh-KAY-doh". Vietnamese news
says them mora by mora in Vietnamese syllables, as names.tsv already says Tokyo "Tô ki ô" and
Shinzo Abe "Sin dô A bê". Over a corpus of Vietnamese paragraphs (one a line, after a source
tag and a tab; gzip or plain) this finds capitalized words that are wholly Hepburn morae (no l,
v, c, q, x, and none of si, ti, tu, hu, di, du, zi, ye, wi...), seen --min times or more, at
least --share of them in a paragraph that names Japan (Nhật), that docbao says wrong
(mine_korean.english_voice()), and prints "WORD<TAB>READING<TAB>USES<TAB>IN JAPAN NEWS". The
list still holds some non-Japanese words (Reagan, Chopin): the lexicon takes them by hand.
The mapping: k c (k before i, e), g gh before i, e, s x, sh s, ch ch, j gi, z d, ts x, d đ, f
ph, y alone i, w o; ky, ry, ny... "ki", "ri", "nhi" before a, u and ô as a syllable of their
own (Tokyo Tô ki ô); a e, o ô, ou and oo ô, ei ây; n after a vowel ends its syllable; a doubled
consonant ends the syllable before (kk c, tt and tch t, pp p, ss t: Hokkaido Hốc cai đô,
Nippon Níp pôn), and a syllable ending in a stop takes the sắc tone.
Reproducible: python3 bench/mine_japanese.py /work/data/round13/corpus.tsv --docbao DOCBAO
"""
import argparse
import collections
import gzip
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mine_korean import SAC, english_voice  # noqa: E402

ONSETS = ["ky", "gy", "sh", "ch", "ny", "hy", "by", "py", "my", "ry", "ts", "k", "g", "s", "z",
          "j", "t", "d", "n", "h", "b", "p", "m", "y", "r", "w", "f", ""]
VOWELS = ["ou", "oo", "uu", "ii", "aa", "ee", "ei", "ai", "a", "i", "u", "e", "o"]
SOKUON = {"kk": "c", "tt": "t", "tc": "t", "pp": "p", "ss": "t"}
BAD = re.compile(r"s[i]|t[iu]|hu|zi|d[iu]|wu|yi|ye|w[ieo]")
ONSET_VI = {"k": "k", "g": "g", "s": "x", "sh": "s", "ch": "ch", "j": "gi", "z": "d", "ts": "x",
            "t": "t", "d": "đ", "n": "n", "h": "h", "b": "b", "p": "p", "m": "m", "r": "r",
            "w": "o", "f": "ph", "y": "y", "": ""}
VOWEL_VI = {"a": "a", "i": "i", "u": "u", "e": "ê", "o": "ô", "ou": "ô", "oo": "ô", "uu": "u",
            "ii": "i", "aa": "a", "ee": "ê", "ei": "ây", "ai": "ai"}


def morae(w):
    """The morae of w (lower case) as (sokuon, onset, vowel, n) tuples, or None."""
    out, k = [], 0
    while k < len(w):
        sok = ""
        if w[k:k + 2] in SOKUON and k > 0:
            sok, k = w[k:k + 2], k + 1
        for o in ONSETS:
            if not w.startswith(o, k):
                continue
            for v in VOWELS:
                if w.startswith(v, k + len(o)):
                    e = k + len(o) + len(v)
                    n = w[e:e + 1] == "n" and (e + 1 == len(w) or w[e + 1] not in "aeiouy")
                    out.append((sok, o, v, n))
                    k = e + (1 if n else 0)
                    break
            else:
                continue
            break
        else:
            return None
    return out


def syllable(o, v, fin):
    on, vow = ONSET_VI.get(o, ""), VOWEL_VI[v]
    pre = ""
    if len(o) == 2 and o[1] == "y" and o != "ny":
        pre, on = {"k": "ki", "g": "ghi", "h": "hi", "b": "bi", "p": "pi", "m": "mi",
                   "r": "ri"}[o[0]] + " ", ""
    elif o == "ny":
        on = "nh"
    if on == "y":
        on, vow = ("", "i" + vow) if vow.startswith("u") else ("y", vow)
    if on == "gi" and vow.startswith("i"):
        vow = vow[1:]                # ji: gi
    if on == "k" and vow[0] not in "eêiy":
        on = "c"
    if on == "g" and vow[0] in "eêi":
        on = "gh"
    if on == "o" and vow.startswith("a"):
        on = "o"
    if fin == "c" and vow in ("i", "ê"):
        fin = "ch"                   # Nikkei Ních cây
    s = on + vow + fin
    if fin in ("c", "ch", "t", "p"):
        k = max(i for i, ch in enumerate(s) if ch in SAC)
        s = s[:k] + SAC[s[k]] + s[k + 1:]
    return pre + s


def respell(w):
    ms = morae(w.lower())
    if not ms:
        return None
    out = []
    for k, (sok, o, v, n) in enumerate(ms):
        nxt = ms[k + 1][0] if k + 1 < len(ms) else ""
        fin = SOKUON.get(nxt, "") or ("n" if n else "")
        out.append(syllable(o, v, fin))
    s = " ".join(out)
    return s[0].upper() + s[1:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--min", type=int, default=2)
    ap.add_argument("--share", type=float, default=0.5)
    ap.add_argument("--docbao", help="a docbao binary: keep the words it says wrong")
    args = ap.parse_args()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    total, japan = collections.Counter(), collections.Counter()
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = line.split("\t", 1)[-1]
            for w in set(re.findall(r"\b[A-Z][a-z]{2,}\b", text)):
                if morae(w.lower()) and not BAD.search(w.lower().replace("shi", "")
                                                       .replace("chi", "")):
                    total[w] += 1
                    japan[w] += "Nhật" in text
    keep = [w for w in total if japan[w] >= args.min and japan[w] >= args.share * total[w]]
    if args.docbao:
        keep = [w for w in keep if w in english_voice(args.docbao, keep)]
    for w in sorted(keep, key=lambda w: -japan[w]):
        print(f"{w}\t{respell(w)}\t{total[w]}\t{japan[w]}")


if __name__ == "__main__":
    main()
