"""Walk held-out 12's printed samples (WORK/samples-A.txt, -B, -C and samples-fraction.txt, made by
pick12.py) category by category in heldout5's order and each in sample order, and print the chosen
cases (category, key, sentence; tab-separated): the first N of each category, skipping the keys
listed in WORK/rejects.txt for that category (lines "key category reason": not of the category,
a near-duplicate), keys already taken by an earlier category, and a second case from one item (a
lead, or the whole body of one article). The category "fraction" is taken from the targeted pool
fraction2 (the general fraction expression matches mostly dates d/m).
Usage: choose12.py [--work DIR] [--tmp DIR] [-n N]   (N 10)
Later sets call main() with their own folders (held-out 13's choose13.py)."""
import argparse, hashlib, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout5'))
from heldlib import ORDER  # noqa: E402

def main(work='/work/data/heldout12/work', tmp='/tmp/h12', cand='cand12.py'):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--work', default=work)
    ap.add_argument('--tmp', default=tmp, help=f"{cand}'s output folder (sents.json)")
    ap.add_argument('-n', type=int, default=10)
    a = ap.parse_args()
    item = {hashlib.sha1(t.encode()).hexdigest()[:8]: i for i, t in json.load(open(os.path.join(a.tmp, 'sents.json')))}
    rej = set()
    for l in open(os.path.join(a.work, 'rejects.txt'), encoding='utf-8'):
        if l.strip() and not l.startswith('#'):
            k, c, _ = l.rstrip('\n').split(' ', 2); rej.add((k, c))
    samp = {}
    for f in ('samples-A.txt', 'samples-B.txt', 'samples-C.txt', 'samples-fraction.txt'):
        c = None
        for l in open(os.path.join(a.work, f), encoding='utf-8'):
            if l.startswith('## '): c = l.split()[1]; samp[c] = []
            else: samp[c].append((l[:8], l[11:].rstrip('\n')))
    samp['fraction'] = samp.pop('fraction2')
    taken, items = set(), set()
    for c in ORDER:
        n = 0
        for k, t in samp[c]:
            if n >= a.n: break
            if (k, c) in rej or k in taken or item[k] in items: continue
            taken.add(k); items.add(item[k]); n += 1
            print(c, k, t, sep='\t')

if __name__ == '__main__':
    main()
