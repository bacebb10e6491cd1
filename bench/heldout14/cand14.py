# Build the candidate pool of held-out 14: whole sentences (40-200 characters) of the titles and
# leads of real news articles in one public repository new to the project:
#   hotrung1234/news-aggregator: a GitHub Actions RSS crawler (every two hours, August 2025 -
#   August 2026) writing data/news/<YYYY-MM-DD>.json, a list of items (id, title, link, summary
#   = the feed's lead, source = the paper: Tuổi Trẻ, VnExpress and its sections, Dân Trí, Thanh
#   Niên, ...; category, published, fetched). The files keep seven days, so the git history holds
#   the whole year. General news of national papers: politics, society, law, health, sport, world,
#   technology, culture, business.
# Titles (kind "title", taken whole when they are one sentence of 40-200 characters, with or
# without a final stop) and leads (kind "lead", split by held-out 10's splitter, sentences that
# end as a sentence does) are used; the static/js/data/*.js files hold the same items and are not
# read. Every stored version of every data file is read, blobs in the order of the first commit
# holding them; an item (link) is kept once, with the first blob it was found in, and a sentence
# once, with its first item. A lead the feed gives to more than three articles is boilerplate and
# dropped. Sentences already in a .tsv under /work/data, /work/shared or /work/main are dropped
# (held-out 13's grep, with this set's own folder left out).
# Usage: cand14.py [--mirrors DIR] [--tmp DIR]   (writes TMP/docs.json and TMP/sents.json)
import argparse, collections, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for d in ('heldout13', 'heldout10', 'heldout7'):
    sys.path.insert(0, os.path.join(HERE, '..', d))
from cand10 import splitter  # noqa: E402  held-out 10's sentence splitter
from cand7 import cat, clean, glued, write_pool  # noqa: E402  held-out 7's
import cand13  # noqa: E402  held-out 13's grep over the other sets' .tsv files

REPO = 'hotrung1234/news-aggregator'
DATA = re.compile(r'data/news/[^/]*\.json$')
END = re.compile(r'[.!?…"”’\')]$')

def used_elsewhere(cands):
    """held-out 13's used_tsv, with the files of this set's own folder left out too."""
    return cand13.used_tsv(cands, skip=('/heldout13/', '/heldout14/'))

def versions(repo):
    """[(blob, path, first commit)] of the data files, in the order of their first commit."""
    log = subprocess.run(['git', '-C', repo, 'log', '--all', '--reverse', '--raw', '--no-abbrev', '--format=C %H', '--', 'data/news'],
                         capture_output=True, text=True).stdout
    out, seen, commit = [], set(), None
    for line in log.splitlines():
        if line.startswith('C '):
            commit = line[2:]; continue
        if not line.startswith(':'): continue
        meta, path = line.split('\t', 1)
        blob = meta.split()[3]
        if DATA.search(path) and blob not in seen and blob.strip('0'):
            seen.add(blob); out.append((blob, path.split('\t')[-1], commit))
    have = subprocess.run(['git', '-C', repo, 'cat-file', '--batch-check'], input=''.join(b + '\n' for b, _, _ in out),
                          capture_output=True, text=True).stdout
    present = {l.split()[0] for l in have.splitlines() if l.split()[1:2] == ['blob']}
    return [v for v in out if v[0] in present]

def parsed(repo, blobs):
    """(blob, its JSON) of every blob that parses."""
    for blob, raw in cat(repo, blobs):
        try: yield blob, json.loads(raw)
        except ValueError: pass

def items_of(repo):
    """The docs (title, lead) of every item, each with the first blob holding it."""
    vs = versions(repo)
    where = {b: (p, c) for b, p, c in vs}
    first = {}
    for blob, data in parsed(repo, [v[0] for v in vs]):
        for it in filter(lambda x: isinstance(x, dict) and x.get('link'), data if isinstance(data, list) else []):
            first.setdefault(it['link'], (blob, it))
    n_lead = collections.Counter(clean(it.get('summary')).strip() for _, it in first.values())
    docs = []
    for link, (blob, it) in first.items():
        base = dict(zip(('path', 'commit'), where[blob]), repo=REPO, blob=blob, url=link,
                    domain=clean(it.get('source')), date=(it.get('published') or '')[:10])
        title = ' '.join(clean(it.get('title')).split())
        lead = clean(it.get('summary')).strip()
        docs += [dict(base, kind='title', text=title)] if title else []
        docs += [dict(base, kind='lead', text=lead)] if lead and n_lead[lead] <= 3 else []
    return docs

def keep(d, s):
    if glued(s): return False
    return d['kind'] == 'title' or bool(END.search(s))

def parts(d, para):
    return [para] if d['kind'] == 'title' else splitter(para)

def main():
    ap = argparse.ArgumentParser(description='Write the candidate pool of held-out 14 (docs.json, sents.json).')
    for flag, default, what in (('--mirrors', '/work/.mirror', 'where the fetched repositories lie (<owner>+<name>/repo)'),
                                ('--tmp', '/tmp/h14', 'output folder')):
        ap.add_argument(flag, default=default, help=what)
    a = ap.parse_args()
    docs = items_of(os.path.join(a.mirrors, REPO.replace('/', '+'), 'repo'))
    write_pool(docs, 'heldout14', a.tmp, parts, keep, used_of=used_elsewhere)

if __name__ == '__main__':
    main()
