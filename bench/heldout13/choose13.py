"""Held-out 13's choice: held-out 12's walk (choose12.py) over held-out 13's printed samples
(WORK/samples-A.txt, -B, -C and samples-fraction.txt, made by pick13.py): the first N of each
category in heldout5's order, skipping WORK/rejects.txt, keys taken by an earlier category and a
second case from one item; "fraction" from the pool fraction2.
Usage: choose13.py [--work DIR] [--tmp DIR] [-n N]   (N 10)"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout12'))
from choose12 import main  # noqa: E402

if __name__ == '__main__':
    main(work='/work/data/heldout13/work', tmp='/tmp/h13', cand='cand13.py')
