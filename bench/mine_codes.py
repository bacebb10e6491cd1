#!/usr/bin/env python3
"""Count the codes of a news corpus: tokens that mix letters and digits, or join letters and
digits with / - . _ @ (product models, plates, road and flight numbers, legal codes, web
addresses and e-mails).

Over a corpus of paragraphs (source tag, a tab, the text; gzip or plain) every whitespace token,
its outer punctuation stripped, that holds a letter and a digit, or "@", or "/ - . _" between two
letters or digits with a letter somewhere (not pure numbers, which are the number reader's), is
grouped by its shape (capital A, small a, digit 9, runs of one kind kept at their length up to
three then "+", punctuation as written) and by the word before it (lower-cased). Prints, most
frequent first, "COUNT<TAB>SHAPE<TAB>TOP WORDS BEFORE<TAB>EXAMPLES"; with --context, rows of
(shape, word before) instead; with --sentences SHAPE, the paragraphs holding that shape, one a
line (to feed `docbao normalize`).
Reproducible: python3 bench/mine_codes.py /work/data/round13/corpus.tsv | head -150
"""
import argparse
import collections
import gzip
import random
import re
import sys
import unicodedata

STRIP = "\"'“”‘’()[]{}<>«»,;:!?…*"
JOIN = re.compile(r"[\w][/\-._@][\w]")


def shape(tok):
    out = []
    for ch in tok:
        if ch.isdigit():
            k = "9"
        elif ch.isalpha():
            k = "A" if ch.isupper() else "a"
        else:
            k = ch
        if out and out[-1][0] == k and k in "9Aa":
            out[-1][1] += 1
        else:
            out.append([k, 1])
    s = []
    for k, n in out:
        s.append(k * n if n <= 3 else k * 3 + "+")
    return "".join(s)


def strip(tok):
    tok = tok.strip(STRIP)
    while tok.endswith(".") or tok.endswith("-"):
        tok = tok[:-1]
    return tok.strip(STRIP)


def is_code(tok):
    has_alpha = any(c.isalpha() for c in tok)
    has_digit = any(c.isdigit() for c in tok)
    if not has_alpha:
        return False
    if has_digit or "@" in tok:
        return True
    return bool(JOIN.search(tok)) and any(c in "/._@" for c in tok)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--context", action="store_true", help="rows by shape and word before")
    ap.add_argument("--sentences", help="print paragraphs holding this shape")
    ap.add_argument("--before", help="with --sentences: only after this word (lower case)")
    ap.add_argument("--max", type=int, default=20, help="with --sentences: at most this many")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    counts = collections.Counter()
    before = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(collections.Counter)
    hits = []
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = unicodedata.normalize("NFC", line.rstrip("\n").split("\t", 1)[-1])
            prev = ""
            for raw in text.split():
                tok = strip(raw)
                if tok and is_code(tok):
                    sh = shape(tok)
                    if args.sentences:
                        if sh == args.sentences and (args.before is None or prev == args.before):
                            hits.append(text)
                    else:
                        key = (sh, prev) if args.context else sh
                        counts[key] += 1
                        before[key][prev] += 1
                        examples[key][tok] += 1
                prev = strip(raw).lower()
    if args.sentences:
        random.Random(args.seed).shuffle(hits)
        for t in dict.fromkeys(hits[:args.max]):
            print(t)
        return
    for key, n in counts.most_common():
        sh = "\t".join(key) if args.context else key
        words = " ".join(w for w, _ in before[key].most_common(6))
        ex = " ".join(w for w, _ in examples[key].most_common(6))
        print(f"{n}\t{sh}\t{words}\t{ex}")


if __name__ == "__main__":
    sys.exit(main())
