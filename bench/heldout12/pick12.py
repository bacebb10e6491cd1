"""Print a seeded random sample of held-out 12's candidate sentences for each category: heldout5's
category expressions C and sampler (../heldout5/heldlib.py) on the pool cand12.py writes; the
category "mixed" is the sentences that match three or more of the other categories' expressions.
One category of this set's own, "fraction2", is fractions and counts a/b that are not dates: a/b
after "vòng" or before a counted noun, or a/b whose second number cannot be a month (13-999).
Usage: pick12.py CATS [seed] [n] [--tmp DIR]   (seed 12, n 40 by default; CATS comma-separated)"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout11'))
from pick11 import main  # noqa: E402  held-out 11's sampler and its fraction2 category, seed 12

if __name__ == '__main__':
    main(12, __doc__)
