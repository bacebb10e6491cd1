# Build the candidate pool of held-out 11 (held-out 10's cand10.py, adapted): whole sentences
# (40-200 characters) of the titles and leads of real news articles in two public repositories
# new to the project:
#  A. nhan23mse/Crawler-baomoi: CSV files all.csv, all_extracted_h3_links.csv and
#     extracted_h3_links.csv (columns url, title, label, category), article titles listed by the
#     aggregator baomoi.com, September 2024 - March 2025 (crawled 2025-03-09); the originating
#     paper is not recorded by the crawl. Only titles.
#  B. Justinianus2001/crawl-newspaper: data/database.csv and the SQLite files data/database.db
#     and database.db (table posts: title, link, tag, preview, author, timestamp), the title and
#     lead ("preview") of ZingNews (znews.vn) articles of January-April 2023.
# Every version of every data file in the git history is read; an item (link and kind) is kept
# once, with the first blob it was found in. Sentences already in any .tsv under /work/data or
# /work/shared are dropped (held-out 7's write_pool). The item of every sentence keeps its
# paragraph: a title or a lead is one paragraph, so "one sentence per paragraph" is one sentence
# per item.
# Usage: cand11.py [--mirrors DIR] [--tmp DIR]   (writes TMP/docs.json and TMP/sents.json)
import argparse, csv, io, os, re, sqlite3, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout10'))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout7'))
from cand10 import blobs, splitter  # noqa: E402  held-out 10's file listing and sentence splitter
from cand7 import cat, clean, firstcommit, glued, write_pool  # noqa: E402  held-out 7's

def versions(repo, pat):
    """(blob, path, first commit holding the blob, bytes) of every version of the files of repo
    whose path matches pat, in the order git lists them."""
    first = firstcommit(repo)
    lst = blobs(repo, pat)
    paths = {s: p for s, p in lst}
    for sha, data in cat(repo, [s for s, _ in lst]):
        yield sha, paths[sha], first.get(sha, '?'), data

def baomoi(repo, docs, seen):
    for sha, path, commit, data in versions(repo, r'\.csv$'):
        for r in csv.DictReader(io.StringIO(data.decode('utf-8-sig'))):
            url = r.get('url') or ''
            if not url or (url, 'title') in seen: continue
            seen.add((url, 'title'))
            docs.append(dict(repo='nhan23mse/Crawler-baomoi', path=path, blob=sha, commit=commit,
                             domain='baomoi.com (originating paper not recorded)', url=url,
                             date='2024-09..2025-03 (crawled 2025-03-09)', kind='title',
                             text=clean(r.get('title')).strip()))

def znews_rows(path, data):
    if path.endswith('.csv'):
        return list(csv.DictReader(io.StringIO(data.decode('utf-8-sig'))))
    with tempfile.NamedTemporaryFile(suffix='.db') as fh:
        fh.write(data); fh.flush()
        c = sqlite3.connect(fh.name)
        c.row_factory = sqlite3.Row
        rows = [dict(r) for r in c.execute('select * from posts')]
        c.close()
    return rows

def znews(repo, docs, seen):
    for sha, path, commit, data in versions(repo, r'(^|/)database\.(csv|db)$'):
        if not data: continue
        for r in znews_rows(path, data):
            url = r.get('link') or ''
            m = re.match(r'(\d+)/(\d+)/(\d{4})', (r.get('timestamp') or '').strip())
            date = '%s-%02d-%02d' % (m.group(3), int(m.group(2)), int(m.group(1))) if m else '2023 (crawled 2023-02..04)'
            for kind, field in (('title', 'title'), ('lead', 'preview')):
                if not url or (url, kind) in seen: continue
                seen.add((url, kind))
                docs.append(dict(repo='Justinianus2001/crawl-newspaper', path=path, blob=sha, commit=commit,
                                 domain='znews.vn', url=url, date=date, kind=kind,
                                 text=clean(r.get(field)).strip()))

def main():
    ap = argparse.ArgumentParser(description='Write the candidate pool of held-out 11 (docs.json, sents.json).')
    ap.add_argument('--mirrors', default='/work/.mirror', help='where the fetched repositories lie (<owner>+<name>/repo)')
    ap.add_argument('--tmp', default='/tmp/h11', help='output folder')
    a = ap.parse_args()
    docs, seen = [], set()   # dict: repo, path, blob, commit, domain (publisher), url, date, kind, text
    baomoi(os.path.join(a.mirrors, 'nhan23mse+Crawler-baomoi', 'repo'), docs, seen)
    znews(os.path.join(a.mirrors, 'Justinianus2001+crawl-newspaper', 'repo'), docs, seen)
    # titles whole (they have no final stop); other sentences must end as a sentence does
    END = re.compile(r'[.!?…"”’\')]$')
    write_pool(docs, 'heldout11', a.tmp, lambda d, para: [para] if d['kind'] == 'title' else splitter(para),
               lambda d, s: (d['kind'] == 'title' or END.search(s)) and not glued(s))

if __name__ == '__main__':
    main()
