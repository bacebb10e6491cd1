# Build news10.tsv and origins.txt (held-out 10; held-out 7's build7.py adapted) from the
# hand-written readings in WORK/w/*.txt (lines "key¦category¦spoken"; key = first 8 hex digits
# of the sha1 of the written sentence). The written text is never typed by hand: it is looked up
# by key among the candidates made by cand10.py, so it is exactly the published sentence. The
# readings are expanded with held-out 7's shorthands (build7.expand) and checked by heldout5's
# heldlib.readings (a fault names its case by key); every written sentence must also stand
# verbatim in its item and in no other .tsv, and no baomoi article may be one that held-out 8 or
# 9 claimed (the round's claims files, read when present).
# Usage: build10.py [--work DIR] [--tmp DIR] [--out DIR] [--write]   (the set is written beside WORK unless --out)
import argparse, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout5'))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout7'))
from heldlib import summary, used_elsewhere, write_origins, write_rows  # noqa: E402  heldout5's
from build7 import cases  # noqa: E402  held-out 7's reading of the pool and the readings (its shorthands)
HEADER = ('kind (title, lead = sapo/description, body = article text)'
          '\tpublisher (originating paper named by baomoi.com, or the site)\tpublished (crawl date)'
          '\tarticle link\trepository\tfile path\tgit blob\tfirst commit holding that blob')
CLAIMED = ['/work/wt/SETS8-claimed.txt', '/work/wt/SETS9-claimed.txt']

def claimed(rows, docs, files):
    """How many rows (printed by key) come from a page already claimed in files: its link, or the
    baomoi id (-cNNNNNN.epi) in it."""
    text, bad = '', 0
    for f in files:
        if os.path.exists(f): text += open(f, encoding='utf-8').read()
        else: print('note: no claims file', f)
    for r in rows:
        u = docs[r[2]]['url']
        m = re.search(r'-c(\d{6,})\.epi', u)
        if (u and u in text) or (m and ('c' + m.group(1) + '.epi') in text): print('CLAIMED', r[1], u); bad += 1
    return bad

def main():
    ap = argparse.ArgumentParser(description='Build held-out 10 (news10.tsv, origins.txt) from the readings in WORK/w/.')
    ap.add_argument('--work', default='/work/data/heldout10/work', help="the set's work folder (holds w/); the set is written in its parent")
    ap.add_argument('--tmp', default='/tmp/h10', help="cand10.py's output folder (docs.json, sents.json)")
    ap.add_argument('--out', help='write the set here instead (to compare a rebuild)')
    ap.add_argument('--write', action='store_true', help='write the set (otherwise only check)')
    a = ap.parse_args()
    W = os.path.abspath(a.work)
    home = os.path.dirname(W)
    out = os.path.abspath(a.out) if a.out else home
    docs, rows, bad = cases(W, a.tmp)
    # every written sentence must be new to the project's data
    bad += used_elsewhere(rows, lambda t: t.startswith(home + os.sep))
    bad += claimed(rows, docs, CLAIMED)
    summary(rows, bad)
    if a.write:
        os.makedirs(out, exist_ok=True)
        write_rows(os.path.join(out, 'news10.tsv'), rows)
        write_origins(os.path.join(out, 'origins.txt'), HEADER, rows,
                      lambda aid: [docs[aid][f] or '?' if f == 'date' else docs[aid][f]
                                   for f in ('domain', 'date', 'url', 'repo', 'path', 'blob', 'commit')])
        print('written')

if __name__ == '__main__':
    main()
