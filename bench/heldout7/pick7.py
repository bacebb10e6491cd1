"""Print a seeded random sample of held-out 7's candidate sentences for each category: heldout5's
pick.py unchanged (its category expressions C and sampler, from ../heldout5/heldlib.py) on the
pool cand7.py writes. Usage: pick7.py CATS [seed] [n] [--tmp DIR]   (seed 7, n 40 by default)"""
import argparse, json, os, random, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout5'))
from heldlib import C, sample  # noqa: E402  heldout5's category expressions and sampler
def main(doc, seed, tmp, cand):
    """The command line of a set's pick script: its usage doc, default seed and pool folder, and
    the name of the script that writes the pool."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument('cats', help='categories, comma-separated: ' + ','.join(C))
    ap.add_argument('seed', nargs='?', type=int, default=seed)
    ap.add_argument('n', nargs='?', type=int, default=40)
    ap.add_argument('--tmp', default=tmp, help=f"{cand}'s output folder (sents.json)")
    a = ap.parse_args()
    sents = json.load(open(os.path.join(a.tmp, 'sents.json')))
    random.seed(a.seed)
    sample(sents, a.cats.split(','), C, a.n)
if __name__ == '__main__':
    main(__doc__, 7, '/tmp/h7', 'cand7.py')
