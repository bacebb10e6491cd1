# Build news17.tsv and origins.txt (held-out 17) through held-out 11's build (build11.main): the
# readings in WORK/w/*.txt (lines "key¦category¦spoken", key = first 8 hex digits of the sha1 of
# the written sentence) are looked up by key in the pool cand17.py wrote (the written text is never
# typed by hand), expanded with held-out 7's shorthands and the market shorthands held-out 13 adds
# to them (importing build13 adds them), checked by heldout5's heldlib, each sentence verbatim in
# its item, in no other .tsv, no two cases from one item (a title, or a lead).
# The readings in WORK/w/ are written by held-out 13's raw13.py (--work WORK) from WORK/raw/.
# Usage: build17.py [--work DIR] [--tmp DIR] [--out DIR] [--write]
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for d in ('heldout13', 'heldout11', 'heldout7'):
    sys.path.insert(0, os.path.join(HERE, '..', d))
import build13  # noqa: E402,F401  its shorthands (@CEO, @GDP, @VNI, ...) join held-out 7's
from build11 import main  # noqa: E402
HEADER = ('kind (title = the headline, lead = the description)\tpublisher (the link\'s host)\tdate (written into'
          ' the link by the publisher, else empty: the dataset stores none; its items are of September -'
          ' October 2021)\tarticle link\trepository\tfile path\tgit blob\tfirst commit holding that blob')

if __name__ == '__main__':
    main(17, HEADER)
