#!/usr/bin/env python3
"""Mine names.tsv lines: syllables of Korean names in Latin letters, respelled as Vietnamese.

Korean names come in Vietnamese news in their romanisation ("Son Heung-min", "Lee Jae-myung",
"Yoon Suk-yeol", "Kim Jong-un"); a syllable that is no Vietnamese syllable went to the English
voice, which says Jae "yee", Hye "high", Hyun "high-un", Heung "hyoong", Yeol "yole", and takes
the whole name with it. Over a corpus of Vietnamese paragraphs (one a line, after a source tag
and a tab; gzip or plain) this finds Korean names (a Korean surname, then one to three
capitalized words or hyphen pieces that are all Korean syllables, at least one joined by a
hyphen or no Vietnamese syllable), counts their syllables, and prints for each syllable seen
--min times or more that docbao says wrong (english_voice()) and is no English word (STOP) the Vietnamese
syllables its letters make (respell()): "SYLLABLE<TAB>READING<TAB>COUNT". The mapping is the
one docs/normalizer.md gives ("Korean names"): j gi, s and sh x, d đ, k c (k before e, i), g gh
before e, i; eo ơ, eu ư, ae and e and ye ê, oo u, ee i, o ô, yu iu, yeo iê (first: yê), yo
"i ô", wa oa, wo uơ, wi uy, oe uê; finals l and r n, k and g c (ch after i, ê), b p; a stop
final takes the sắc tone. Reproducible:
python3 bench/mine_korean.py /work/data/round13/corpus.tsv
"""
import argparse
import collections
import gzip
import re
import subprocess
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mine_toneless import SHAPE  # noqa: E402

SURNAMES = set("""kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon
hwang ahn song jeon hong moon son yang ko bae baek yoo ryu min jin ji chae won ban hyun nam ha
cha joo woo koo gong sung noh roh heo im go yu lim kwak""".split())
STOP = set("""park moon young sun won soon oh go bum hong gun ban yang ah ho in un jin sung ye ok
""".split())
ONSET = [("kk", "k"), ("tt", "t"), ("pp", "p"), ("ss", "x"), ("jj", "gi"), ("ch", "ch"),
         ("sh", "x"), ("g", "g"), ("k", "k"), ("n", "n"), ("d", "đ"), ("t", "t"), ("r", "r"),
         ("l", "l"), ("m", "m"), ("b", "b"), ("p", "p"), ("s", "x"), ("j", "gi"), ("h", "h")]
# Korean vowels in the spellings news uses (Revised and McCune-Reischauer, and the usual
# English-style ones: oo, ee, ah): vowel letters -> Vietnamese vowel, before a final / open
VOWEL = [("yeo", "iê"), ("woo", "u"), ("eui", "ưi"), ("wae", "oe"), ("yae", "ê"), ("eo", "ơ"), ("eu", "ư"), ("ae", "ê"),
         ("ye", "ê"), ("yu", "iu"), ("yoo", "iu"), ("yo", "i ô"), ("ya", "ia"), ("oo", "u"),
         ("ee", "i"), ("wa", "oa"), ("wo", "uơ"), ("wi", "uy"), ("we", "uê"), ("oe", "uê"),
         ("ui", "ưi"), ("a", "a"), ("e", "ê"), ("i", "i"), ("o", "ô"), ("u", "u")]
FINAL = [("ng", "ng"), ("kk", "c"), ("k", "c"), ("g", "c"), ("n", "n"), ("l", "n"),
         ("r", "n"), ("m", "m"), ("p", "p"), ("b", "p"), ("t", "t"), ("hn", "n"), ("h", ""), ("", "")]
SAC = {"a": "á", "ă": "ắ", "â": "ấ", "e": "é", "ê": "ế", "i": "í", "o": "ó", "ô": "ố",
       "ơ": "ớ", "u": "ú", "ư": "ứ", "y": "ý"}


def parse(s):
    """(onset, vowel, final) of a Korean syllable in lower case, or None."""
    for o, vo in [("", "")] + ONSET:
        if not s.startswith(o) or (o == "" and s[:1] not in "aeiouwy"):
            continue
        rest = s[len(o):]
        for v, vv in VOWEL:
            if not rest.startswith(v):
                continue
            tail = rest[len(v):]
            for f, vf in FINAL:
                if tail == f:
                    return o, v, f
    return None


def respell(s):
    p = parse(s.lower())
    if not p:
        return None
    o, v, f = p
    on = dict(ONSET).get(o, "")
    vow = dict(VOWEL)[v]
    fin = dict(FINAL)[f]
    if v in ("yeo", "yu", "yoo") and not o:
        vow = {"yeo": "yê"}.get(v, vow)  # first: Yeon yên; Yoon iun
    if v == "yo" and not o:
        vow = "yô"                  # Yong yông (i-ô as one syllable); Kyo "ki ô"
    if on == "k" and vow[0] not in "eêiy":
        on = "c"
    if on == "g" and vow[0] in "eêi":
        on = "gh"
    if on == "gi" and vow.startswith("i"):
        vow = vow[1:]               # ji: gi, jyu: giu
    if on in ("c", "g") and vow[0] in "ou" and len(vow) > 1 and vow[1] in "aăâeêơ":
        on, vow = "qu", vow[1:]     # kwa, gwa: qua
    if fin and v in ("ae", "yae"):
        vow = "e"                   # closed: Baek béc (open: Jae giê)
    if fin == "c" and vow in ("i", "ê"):
        fin = "ch"
    if fin == "ng" and vow[-1] == "i":
        fin = "nh"
    out = on + vow + fin
    if fin in ("c", "ch", "p", "t"):
        # the tone on the vowel that takes it: the last vowel letter before the final
        k = max(i for i, ch in enumerate(out) if ch in SAC)
        out = out[:k] + SAC[out[k]] + out[k + 1:]
    return out[0].upper() + out[1:]


def syllable_vi(s):
    return bool(SHAPE.fullmatch(s.lower())) and s.lower()[:1] not in "fjwz"


def english_voice(docbao, words):
    """The words of the list that docbao's normalizer says wrong: hands to the English voice,
    splits into two Vietnamese syllables (Seong "Sê ong"), or keeps with letters that Vietnamese
    reads otherwise (oo, eo, eu: Soo is "so" to espeak-ng, Seo "xeo")."""
    text = "".join(f"ông {w} nói\n" for w in words)
    out = subprocess.run([docbao, "normalize", "--mark-languages"], input=text,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    return {w for w, o in zip(words, out)
            if "<en>" in o or len(o.split()) > 3 or re.search("oo|eo|eu", w.lower())}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--min", type=int, default=3)
    ap.add_argument("--docbao", help="a docbao binary: keep the syllables it hands to English")
    ap.add_argument("syllables", nargs="*",
                    help="syllables common in Korean names, printed too (COUNT their corpus uses)")
    args = ap.parse_args()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    name = re.compile(r"\b([A-Z][a-z]+)((?:[ -][A-Za-z][a-z]*){1,3})\b")
    counts = collections.Counter()
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = line.split("\t", 1)[-1]
            for m in name.finditer(text):
                if m.group(1).lower() not in SURNAMES:
                    continue
                pieces = re.split(r"[ -]", m.group(2))[1:]
                if not all(parse(p.lower()) for p in pieces):
                    continue
                if "-" not in m.group(2) and all(syllable_vi(p) for p in pieces):
                    continue
                for p in [m.group(1)] + pieces:
                    counts[p[0].upper() + p[1:].lower()] += 1
    for s in args.syllables:
        counts[s] += 0
    keep = [s for s, n in counts.most_common()
            if (n >= args.min or s in args.syllables) and s.lower() not in STOP]
    if args.docbao:
        english = english_voice(args.docbao, keep)
    else:
        english = {s for s in keep if not syllable_vi(s)}
    for s, n in counts.most_common():
        if s not in english or not (n >= args.min or s in args.syllables):
            continue
        print(f"{s}\t{respell(s)}\t{n}")


if __name__ == "__main__":
    main()
