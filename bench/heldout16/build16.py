# Build news16.tsv and origins.txt (held-out 16) through held-out 11's build (build11.main): the
# readings in WORK/w/*.txt (lines "key¦category¦spoken", key = first 8 hex digits of the sha1 of
# the written sentence) are looked up by key in the pool cand16.py wrote (the written text is never
# typed by hand), expanded with held-out 7's shorthands and the market shorthands held-out 13 adds
# to them (importing build13 adds them), checked by heldout5's heldlib, each sentence verbatim in
# its item, in no other .tsv, no two cases from one item (a title, or a lead; choose12's walk with
# this set's rejects keeps the title and the lead of one article apart).
# The readings in WORK/w/ are written by held-out 13's raw13.py (--work WORK) from WORK/raw/.
# Usage: build16.py [--work DIR] [--tmp DIR] [--out DIR] [--write]
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for d in ('heldout13', 'heldout11', 'heldout7'):
    sys.path.insert(0, os.path.join(HERE, '..', d))
import build13  # noqa: E402,F401  its shorthands (@CEO, @GDP, ...) join held-out 7's
from build11 import main  # noqa: E402
HEADER = ('kind (title = the headline, lead = the summary)\tpublisher\tcrawled (the ObjectId time of the record;'
          ' the papers\' own dates are not stored)\tarticle link\trepository\tfile path\tgit blob\tfirst commit holding that blob')

if __name__ == '__main__':
    main(16, HEADER)
