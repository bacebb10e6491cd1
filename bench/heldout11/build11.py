# Build news11.tsv and origins.txt (held-out 11; held-out 10's build10.py adapted) from the
# hand-written readings in WORK/w/*.txt (lines "key¦category¦spoken"; key = first 8 hex digits
# of the sha1 of the written sentence). The written text is never typed by hand: it is looked up
# by key among the candidates made by cand11.py, so it is exactly the published sentence. The
# readings are expanded with held-out 7's shorthands (build7.expand) and checked by heldout5's
# heldlib.readings (a fault names its case by key); every written sentence must also stand
# verbatim in its item, in no other .tsv, and no two cases may come from the same item (a title
# or a lead is one paragraph: one sentence per paragraph).
# Usage: build11.py [--work DIR] [--tmp DIR] [--out DIR] [--write]   (the set is written beside WORK unless --out)
import argparse, collections, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout5'))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout7'))
from heldlib import summary, used_elsewhere, write_origins, write_rows  # noqa: E402  heldout5's
from build7 import cases  # noqa: E402  held-out 7's reading of the pool and the readings (its shorthands)
HEADER = ('kind (title, lead = ZingNews "preview")'
          '\tpublisher\tpublished (from the crawl; baomoi ids give no date)'
          '\tarticle link\trepository\tfile path\tgit blob\tfirst commit holding that blob')

def same_item(rows):
    """How many cases (printed by key) share their item (paragraph) with an earlier case."""
    seen, bad = collections.Counter(), 0
    for r in rows:
        seen[r[2]] += 1
        if seen[r[2]] > 1: print('SAMEITEM', r[1]); bad += 1
    return bad

def main(number=11, header=HEADER):
    """Check (and with --write, write) held-out NUMBER's set; held-out 12 builds its set so too."""
    ap = argparse.ArgumentParser(description='Build held-out %d (news%d.tsv, origins.txt) from the readings in WORK/w/.' % (number, number))
    ap.add_argument('--work', default='/work/data/heldout%d/work' % number, help="the set's work folder (holds w/); the set is written in its parent")
    ap.add_argument('--tmp', default='/tmp/h%d' % number, help="cand%d.py's output folder (docs.json, sents.json)" % number)
    ap.add_argument('--out', help='write the set here instead (to compare a rebuild)')
    ap.add_argument('--write', action='store_true', help='write the set (otherwise only check)')
    a = ap.parse_args()
    W = os.path.abspath(a.work)
    home = os.path.dirname(W)
    out = os.path.abspath(a.out) if a.out else home
    docs, rows, bad = cases(W, a.tmp)
    bad += used_elsewhere(rows, lambda t: t.startswith(home + os.sep) or (a.out and t.startswith(out + os.sep)))
    bad += same_item(rows)
    summary(rows, bad)
    if a.write:
        os.makedirs(out, exist_ok=True)
        write_rows(os.path.join(out, 'news%d.tsv' % number), rows)
        write_origins(os.path.join(out, 'origins.txt'), header, rows,
                      lambda aid: [docs[aid][f] for f in ('domain', 'date', 'url', 'repo', 'path', 'blob', 'commit')])
        print('written')

if __name__ == '__main__':
    main()
