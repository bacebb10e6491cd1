#!/usr/bin/env python3
"""List foreign names no lexicon knows: capitalized Latin-script words of a corpus, with docbao's reading.

Over corpora of Vietnamese paragraphs (one a line, after a source tag and a tab; gzip or plain)
this counts the capitalized words that have no letter only Vietnamese writes (ă â đ ê ô ơ ư, a
Vietnamese tone mark), in how many paragraphs each comes (--min or more), and in how many of them
a country word of each language family is named (CONTEXT below: Nga, Tây Ban Nha, Pháp...); it
asks docbao (--docbao) how it says each alone ("ông WORD nói", --mark-languages) and prints the
words it says other than as written: "PARAGRAPHS<TAB>EN|VI<TAB>WORD<TAB>READING<TAB>CONTEXTS",
most frequent first (EN: the English voice; VI: respelled, by a lexicon or a rule). The words
with an ending of a language (-ov, -ez, -eau...) among the EN ones are what respell.tsv's cues
were chosen from (docs/normalizer.md, "Names by the letters of their language").
Reproducible: python3 bench/mine_names.py /work/data/round13/corpus.tsv \\
    /work/data/round14/recent.tsv --docbao build/release/src/cli/docbao
"""
import argparse
import collections
import gzip
import re
import subprocess

WORD = re.compile(r"(?<![\w@/.#-])([A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿĀ-ɏ'’]+)(?![\w@/])")
VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]")
CONTEXT = {
    "slav": ["Nga", "Ukraine", "Belarus", "Ba Lan", "Serbia", "Croatia", "Moskva", "Kremlin"],
    "es": ["Tây Ban Nha", "Argentina", "Mexico", "Colombia", "Chile", "Venezuela", "Cuba",
           "La Liga", "Mỹ Latinh"],
    "pt": ["Bồ Đào Nha", "Brazil"],
    "fr": ["Pháp", "Paris", "Bỉ", "Thụy Sĩ"],
    "it": ["Italy", "Ý", "Serie A"],
    "de": ["Đức", "Áo", "Bundesliga"],
    "ar": ["Ả Rập", "Saudi", "Iran", "Iraq", "Syria", "Ai Cập", "Qatar", "UAE", "Palestine"],
    "en": ["Mỹ", "Anh", "Australia", "Úc", "Premier League"],
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--min", type=int, default=3)
    ap.add_argument("--docbao", required=True, help="the docbao binary whose readings to list")
    args = ap.parse_args()
    count = collections.Counter()
    context = collections.defaultdict(collections.Counter)
    for path in args.corpus:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                text = line.rstrip("\n").split("\t", 1)[-1]
                words = {m.group(1).rstrip("'’") for m in WORD.finditer(text)}
                words = {w for w in words if len(w) >= 3 and not VIETNAMESE.search(w)}
                langs = [k for k, names in CONTEXT.items() if any(n in text for n in names)]
                for w in words:
                    count[w] += 1
                    for k in langs:
                        context[w][k] += 1
    words = [w for w, n in count.most_common() if n >= args.min]
    said = subprocess.run([args.docbao, "normalize", "--mark-languages"],
                          input="".join(f"ông {w} nói\n" for w in words),
                          capture_output=True, text=True, check=True).stdout.splitlines()
    for w, out in zip(words, said):
        reading = out[4:-4] if out.startswith("ông ") and out.endswith(" nói") else out
        if reading == w:
            continue
        kind = "EN" if "<en>" in out else "VI"
        ctx = " ".join(f"{k}:{n}" for k, n in context[w].most_common(3))
        print(f"{count[w]}\t{kind}\t{w}\t{reading}\t{ctx}")


if __name__ == "__main__":
    main()
