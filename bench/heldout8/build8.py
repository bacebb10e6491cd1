# Build news8.tsv and origins.txt (held-out 8; held-out 7's build7.py adapted) from the
# hand-written lines of WORK/w/*.txt: "category¦page address¦date¦written¦spoken". The written
# sentence was copied by hand from the page's excerpt in the stored-pages corpus of the search
# tool (so it cannot be checked here against its page); the spoken column is expanded with
# held-out 7's shorthands (build7.expand) and checked by heldout5's heldlib.check, a fault naming
# its case by the key of its sentence. Held-out 9 is built by the same code (build()).
# Usage: build8.py [--work DIR] [--out DIR] [--write]   (the set is written beside WORK unless --out)
import argparse, glob, os, sys, unicodedata
from urllib.parse import urlparse
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout5'))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout7'))
from heldlib import ORDER, check, key, summary, used_elsewhere, write_origins, write_rows  # noqa: E402  heldout5's
from build7 import expand  # noqa: E402  held-out 7's shorthands
HEADER = ("publisher domain\tdate (the stored page's own date, else read from its address or text; ? when none)"
          "\tpage address (stored-pages corpus of the search tool)")

def used_in_pages(rows, own):
    """How many written sentences of rows (printed by key) occur in the page texts of the article
    sets (/work/data/*/pages/*) other than the set's own."""
    text, bad = '', 0
    for t in glob.glob('/work/data/*/pages/*'):
        if own(os.path.abspath(t)) or os.path.isdir(t): continue
        text += unicodedata.normalize('NFC', open(t, encoding='utf-8', errors='replace').read())
    for r in rows:
        if r[4] in text: print('USED', r[1]); bad += 1
    return bad

def build(tsv, pattern, header, pages, default_work):
    """Check the cases of WORK/pattern (lines category¦address¦date¦written¦spoken) and, with
    --write, write OUT/tsv and OUT/origins.txt (line, category, publisher domain, date, address);
    pages: also check the written sentences against the article sets' page texts."""
    ap = argparse.ArgumentParser(description=f'Build {tsv} and origins.txt from the hand-written cases.')
    ap.add_argument('--work', default=default_work, help="the set's work folder; the set is written in its parent")
    ap.add_argument('--out', help='write the set here instead (to compare a rebuild)')
    ap.add_argument('--write', action='store_true', help='write the set (otherwise only check)')
    a = ap.parse_args()
    W = os.path.abspath(a.work)
    home = os.path.dirname(W)
    out = os.path.abspath(a.out) if a.out else home
    rows, places, bad, seen = [], [], 0, set()
    for f in sorted(glob.glob(os.path.join(W, pattern))):
        for ln, line in enumerate(open(f, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip(): continue
            p = line.split('¦')
            if len(p) != 5: print('FIELDS', f, ln, len(p)); bad += 1; continue
            c, url, date, w, s = p
            w = unicodedata.normalize('NFC', w)
            k = key(w)
            if w in seen: print('DUP', f, ln, k); bad += 1
            seen.add(w)
            s = unicodedata.normalize('NFC', ' '.join(expand(s).split()))
            bad += check(f, ln, c, w, s, k, cap=True)
            if not (30 <= len(w) <= 230): print('LEN', f, ln, k, len(w))
            rows.append((c, k, len(places), urlparse(url).netloc.replace('www.', ''), w, s))
            places.append([date, url])
    rows.sort(key=lambda r: ORDER.index(r[0]))
    own = lambda t: t.startswith(home + os.sep)
    # every written sentence must be new to the project's data
    bad += used_elsewhere(rows, own)
    if pages: bad += used_in_pages(rows, own)
    summary(rows, bad)
    if a.write:
        os.makedirs(out, exist_ok=True)
        write_rows(os.path.join(out, tsv), rows)
        write_origins(os.path.join(out, 'origins.txt'), header, rows, lambda i: places[i])
        print('written')

if __name__ == '__main__':
    build('news8.tsv', 'w/*.txt', HEADER, True, '/work/data/heldout8/work')
