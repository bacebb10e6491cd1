"""Print a seeded random sample of held-out 10's candidate sentences for each category: held-out
7's pick7.py (heldout5's category expressions C and sampler) on the pool cand10.py writes.
Usage: pick10.py CATS [seed] [n] [--tmp DIR]   (seed 10, n 40 by default)"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout7'))
from pick7 import main  # noqa: E402  held-out 7's
if __name__ == '__main__':
    main(__doc__, 10, '/tmp/h10', 'cand10.py')
