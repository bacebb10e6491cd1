# Build the candidate pool of held-out 16: whole sentences (40-200 characters) of the titles and
# leads of real news articles in one public repository new to the project:
#   btnguyen2k/txapi: a text-embedding API whose benchmark data are committed as MongoDB exports
#   (datasets/dataset_<source>_<n>_news_title_summary.jsonl, one JSON object a line: _id.$oid,
#   repo (the paper: VNExpress, VietnamNet), url, title, summary (the lead), in the "multi" file
#   also hash, timestamp), crawled in July 2023. The crawl time is the ObjectId's first four
#   bytes (a Unix time); the papers' own publication dates are not stored, so "date" is the
#   crawl date (the articles are of the days before it).
# Titles (kind "title", taken whole when they are one sentence of 40-200 characters, with or
# without a final stop) and leads (kind "lead": split by held-out 10's splitter into sentences
# that end as a sentence does; held-out 7's glue test drops glued words) are used. Every stored
# version of every .jsonl file is read, blobs in the order of the first commit holding them; an
# article (link) is kept once, with the first blob it was found in, and a sentence once, with its
# first item. Sentences already in a .tsv under /work/data, /work/shared or /work/main are
# dropped (held-out 13's grep, with this set's own folder left out).
# Usage: cand16.py [--mirrors DIR] [--tmp DIR]   (writes TMP/docs.json and TMP/sents.json)
import argparse, datetime, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for d in ('heldout15', 'heldout14', 'heldout13', 'heldout10', 'heldout7'):
    sys.path.insert(0, os.path.join(HERE, '..', d))
from cand7 import cat, clean, write_pool  # noqa: E402  held-out 7's
import cand13  # noqa: E402  held-out 13's grep over the other sets' .tsv files
from cand14 import keep, parts  # noqa: E402  held-out 14's choice of titles and lead sentences
import cand15  # noqa: E402  held-out 15's walk over a repository's data files

REPO = 'btnguyen2k/txapi'
DATA = re.compile(r'\.jsonl$')
PAPER = {'VNExpress': 'VnExpress', 'VietnamNet': 'VietNamNet'}

def used_elsewhere(cands):
    """held-out 13's used_tsv, with the files of this set's own folder left out too."""
    return cand13.used_tsv(cands, skip=('/heldout13/', '/heldout16/'))

def crawl_date(oid):
    return datetime.datetime.fromtimestamp(int(oid[:8], 16), datetime.timezone.utc).strftime('%Y-%m-%d')

def items_of(repo):
    """The docs (title, lead) of every article, each with the first blob holding it."""
    vs = cand15.versions(repo, DATA)
    where = {b: (p, c) for b, p, c in vs}
    first = {}
    for blob, raw in cat(repo, [v[0] for v in vs]):
        for line in raw.decode('utf-8', errors='replace').splitlines():
            if not line.strip(): continue
            r = json.loads(line)
            first.setdefault(r['url'], (blob, r))
    docs = []
    for link, (blob, r) in first.items():
        base = dict(zip(('path', 'commit'), where[blob]), repo=REPO, blob=blob, url=link,
                    domain=PAPER.get(r['repo'], r['repo']), date=crawl_date(r['_id']['$oid']))
        title = ' '.join(clean(r.get('title') or '').split())
        lead = ' '.join(clean(r.get('summary') or '').split())
        docs += [dict(base, kind='title', text=title)] if title else []
        docs += [dict(base, kind='lead', text=lead)] if lead else []
    return docs

def main():
    ap = argparse.ArgumentParser(description='Write the candidate pool of held-out 16 (docs.json, sents.json).')
    for flag, default, what in (('--mirrors', '/work/.mirror', 'where the fetched repositories lie (<owner>+<name>/repo)'),
                                ('--tmp', '/tmp/h16', 'output folder')):
        ap.add_argument(flag, default=default, help=what)
    a = ap.parse_args()
    docs = items_of(os.path.join(a.mirrors, REPO.replace('/', '+'), 'repo'))
    write_pool(docs, 'heldout16', a.tmp, parts, keep, used_of=used_elsewhere)

if __name__ == '__main__':
    main()
