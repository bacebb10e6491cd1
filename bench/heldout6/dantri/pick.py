# Print a seeded random sample of candidate sentences for each category (heldout5's regular
# expressions and sampler), and of sentences matching three categories or more (mixed).
import json, os, random, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'heldout5'))
from heldlib import C, key, sample  # noqa: E402  heldout5's category expressions and sampler
sents = [(i, s) for i, s, k in json.load(open("/tmp/h6d/sents.json"))]
if __name__ == '__main__':
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 6)
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    sample(sents, [c for c in sys.argv[1].split(',') if c != 'mixed'], C, n)
# mixed: sentences that match the expressions of at least three categories (run: pick.py mixed SEED N)
if __name__ == '__main__' and 'mixed' in sys.argv[1].split(','):
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 6)
    m = [(i, s) for i, s in sents if len(s) <= 180 and sum(bool(re.search(C[c], s)) for c in C) >= 3]
    random.shuffle(m); print('## mixed', len(m))
    for i, s in m[:n]: print(key(s), '|', s)
