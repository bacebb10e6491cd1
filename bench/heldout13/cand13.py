# Build the candidate pool of held-out 13 (held-out 12's cand12.py, adapted): whole sentences
# (40-200 characters) of the leads of real news articles in one public repository new to the
# project:
#   ttqteo/crawl-news: daily JSON files docs/news/<MM-DD-YYYY>.json written by a GitHub Actions
#   RSS crawler (August 2025 - January 2026, with some back-filled days of 2023-2025): a dict of
#   items, each with source (the paper: Vietstock, VnEconomy, VnExpress, Người Quan Sát,
#   Markettimes, Tin Nhanh Chứng Khoán, ...), title, summary (the feed's lead), link, published,
#   content_text (mostly empty). The lead is used (kind "lead"), and content_text where the crawl
#   filled it (kind "body"); titles are headlines, not sentences, and are not used. Items
#   published before 2023 are not used. A lead the feed gives to many articles (a paper's
#   boilerplate, e.g. one paper's gold-price blurb) is not an article's lead and is dropped.
# Every version of every data file in the git history is read (blobs in the order of the first
# commit holding them); an item (link) is kept once, with the first blob it was found in, and a
# sentence once, with its first item. Sentences already in any .tsv under /work/data,
# /work/shared or /work/main are dropped (one grep -F over those files, instead of held-out 7's
# substring test, which took over 15 minutes on 54 MB of .tsv). Held-out 10's splitter.
# Usage: cand13.py [--mirrors DIR] [--tmp DIR]   (writes TMP/docs.json and TMP/sents.json)
import argparse, collections, glob, json, os, re, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout10'))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout7'))
from cand10 import splitter  # noqa: E402  held-out 10's sentence splitter
from cand7 import cat, clean, glued, write_pool  # noqa: E402  held-out 7's

REPO = 'ttqteo/crawl-news'

def history(repo):
    """(blob, path, first commit) of every version of docs/news/*.json, oldest first."""
    out = subprocess.run(['git', '-C', repo, 'log', '--all', '--reverse', '--raw', '--no-abbrev', '--format=C %H',
                          '--', 'docs/news'], capture_output=True, text=True).stdout
    seen, res, c = set(), [], None
    for l in out.splitlines():
        if l.startswith('C '): c = l[2:]
        elif l.startswith(':'):
            f = l.split('\t'); b = f[0].split()[3]; p = f[-1]
            if b in seen or set(b) == {'0'} or not re.match(r'docs/news/.*\.json$', p): continue
            seen.add(b); res.append((b, p, c))
    # blobs the mirror lacks are skipped
    chk = subprocess.run(['git', '-C', repo, 'cat-file', '--batch-check'], input='\n'.join(b for b, _, _ in res) + '\n',
                         capture_output=True, text=True).stdout.split('\n')
    have = {l.split()[0] for l in chk if l.endswith(' blob') or ' blob ' in l}
    return [r for r in res if r[0] in have]

def articles(repo, docs):
    hist = history(repo)
    meta = {b: (p, c) for b, p, c in hist}
    items = collections.OrderedDict()
    for sha, data in cat(repo, [b for b, _, _ in hist]):
        try: d = json.loads(data)
        except Exception: continue
        if not isinstance(d, dict): continue
        for it in d.values():
            if not isinstance(it, dict): continue
            link = it.get('link') or it.get('guid') or it.get('item_id')
            if not link or link in items: continue
            items[link] = (sha, it)
    lead_count = collections.Counter(clean(it.get('summary')).strip() for _, it in items.values())
    for link, (sha, it) in items.items():
        pub = it.get('published') or ''
        if pub[:4] < '2023': continue
        p, c = meta[sha]
        base = dict(repo=REPO, path=p, blob=sha, commit=c, domain=clean(it.get('source')), url=link, date=pub[:10])
        lead = clean(it.get('summary')).strip()
        if lead and lead_count[lead] <= 3:
            docs.append(dict(base, kind='lead', text=lead))
        body = clean(it.get('content_text')).strip()
        if body: docs.append(dict(base, kind='body', text=body))

def used_tsv(cands, skip=('/heldout13/',)):
    """The candidate sentences that occur in a .tsv under /work/data, /work/shared or /work/main
    (one grep -F -o with all of them as patterns); files under the folders of skip (the own
    set's; later sets pass theirs beside held-out 13's, as they always did) are left out."""
    files = [f for root in ('/work/data', '/work/shared', '/work/main')
             for f in glob.glob(root + '/**/*.tsv', recursive=True) if not any(k in f for k in skip)]
    with tempfile.NamedTemporaryFile('w', encoding='utf-8', suffix='.txt', delete=False) as fh:
        fh.write('\n'.join(cands) + '\n'); pat = fh.name
    found = set()
    for i in range(0, len(files), 200):
        r = subprocess.run(['grep', '-hoF', '-f', pat, '--'] + files[i:i + 200], capture_output=True)
        found |= set(r.stdout.decode('utf-8', 'replace').split('\n'))
    os.unlink(pat)
    return found

def main():
    ap = argparse.ArgumentParser(description='Write the candidate pool of held-out 13 (docs.json, sents.json).')
    ap.add_argument('--mirrors', default='/work/.mirror', help='where the fetched repositories lie (<owner>+<name>/repo)')
    ap.add_argument('--tmp', default='/tmp/h13', help='output folder')
    a = ap.parse_args()
    docs = []   # dict: repo, path, blob, commit, domain (publisher), url, date, kind, text
    articles(os.path.join(a.mirrors, 'ttqteo+crawl-news', 'repo'), docs)
    END = re.compile(r'[.!?…"”’\')]$')
    write_pool(docs, 'heldout13', a.tmp, lambda d, para: splitter(para),
               lambda d, s: END.search(s) and not glued(s), used_of=used_tsv)

if __name__ == '__main__':
    main()
