#!/usr/bin/env python3
"""Cross-checks bench_score.c against the Zyte benchmark's own method, written in Python.

    python3 bench/check_scorer.py GROUND_TRUTH.json PREDICTIONS.json

PREDICTIONS.json is {id: {"articleBody": text}} as written by
`bench_extract --zyte-out FILE` (docbao) or `node bench/readability/bench.js --zyte-out FILE`.
Prints precision, recall, F1 and accuracy exactly as evaluate.py of
scrapinghub/article-extraction-benchmark computes them, after NFC normalization as
../shared/corpus/README.md asks; bench_extract --score-zyte must print the same figures.
"""
import json
import re
import statistics
import sys
import unicodedata
from collections import Counter

TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def tokens(text):
    return TOKEN.findall(unicodedata.normalize("NFC", text or ""))


def shingles(text, n=4):
    t = tokens(text)
    return Counter(tuple(t[i:i + n]) for i in range(max(1, len(t) - n + 1)) if t[i:i + n])


def main():
    truth = json.load(open(sys.argv[1], encoding="utf-8"))
    pred = json.load(open(sys.argv[2], encoding="utf-8"))
    precisions, recalls, exact = [], [], []
    for key, value in truth.items():
        t = value.get("articleBody", "")
        p = pred.get(key, {}).get("articleBody", "")
        a, b = shingles(t), shingles(p)
        tp = fp = fn = 0.0
        for s in set(a) | set(b):
            tp += min(a[s], b[s])
            fp += max(0, b[s] - a[s])
            fn += max(0, a[s] - b[s])
        total = tp + fp + fn
        if total > 0:
            tp, fp, fn = tp / total, fp / total, fn / total
        if tp + fp > 0:
            precisions.append(1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn))
        exact.append(tokens(t) == tokens(p))
    p, r = statistics.mean(precisions), statistics.mean(recalls)
    print(f"precision={p:.3f} recall={r:.3f} F1={2 * p * r / (p + r):.3f} "
          f"accuracy={statistics.mean(exact):.3f} ({len(truth)} pages)")


if __name__ == "__main__":
    main()
