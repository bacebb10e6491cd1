"""Print a seeded random sample of held-out 13's candidate sentences for each category: heldout5's
category expressions C and sampler (../heldout5/heldlib.py) on the pool cand13.py writes; the
category "mixed" is the sentences that match three or more of the other categories' expressions.
Held-out 11's category "fraction2" (fractions and counts a/b that are not dates) is sampled too.
Usage: pick13.py CATS [seed] [n] [--tmp DIR]   (seed 13, n 40 by default; CATS comma-separated)"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout11'))
from pick11 import main  # noqa: E402  held-out 11's sampler and its fraction2 category

if __name__ == '__main__':
    main(13, __doc__)
