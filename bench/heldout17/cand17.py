# Build the candidate pool of held-out 17: whole sentences (40-200 characters) of the titles and
# leads of real news articles in one public repository new to the project:
#   dataset-vn/DANeS: an open e-newspaper dataset (DATASET JSC and AIV Group) whose committed JSON
#   holds, for each article, its title ("text") and the paper's description (meta.description, the
#   lead) and link (meta.uri), gathered from many Vietnamese papers, national and provincial, in
#   September - October 2021: raw_data/DANeS_batch_#8.json (a list of {text, meta}) and the
#   versions of annotated_data/annotated_data_batch_#1.json (Label Studio exports: {data: {text,
#   meta}, ...}). The other raw batches are not in the stored snapshot (their blobs are absent).
#   No date is stored; "date" is the one the publisher writes into the link (20YYMMDD) when it does.
# Titles (kind "title", taken whole when they are one sentence of 40-200 characters) and leads (kind
# "lead": split by held-out 10's splitter into sentences that end as a sentence does; held-out 7's
# glue test drops glued words) are used, by held-out 14's keep and parts; a lead found under more
# than 3 articles (a site's boilerplate) is dropped. Every stored version of every .json data file
# is read (held-out 15's walk over every commit's tree), blobs in the order of the first commit
# holding them; an article (link) is kept once, with the first blob it was found in, and a sentence
# once, with its first item. Sentences already in a .tsv under /work/data, /work/shared or /work/main
# are dropped (held-out 13's grep, with this set's own folder left out).
# Usage: cand17.py [--mirrors DIR] [--tmp DIR]   (writes TMP/docs.json and TMP/sents.json)
import argparse, collections, json, os, re, sys, urllib.parse
HERE = os.path.dirname(os.path.abspath(__file__))
for d in ('heldout15', 'heldout14', 'heldout13', 'heldout10', 'heldout7'):
    sys.path.insert(0, os.path.join(HERE, '..', d))
from cand7 import cat, clean, write_pool  # noqa: E402  held-out 7's
import cand13  # noqa: E402  held-out 13's grep over the other sets' .tsv files
from cand14 import keep, parts  # noqa: E402  held-out 14's choice of titles and lead sentences
import cand15  # noqa: E402  held-out 15's walk over a repository's data files

REPO = 'dataset-vn/DANeS'
DATA = re.compile(r'^(raw_data|annotated_data)/[^/]*\.json$')

def used_elsewhere(cands):
    """held-out 13's used_tsv, with the files of this set's own folder left out too."""
    return cand13.used_tsv(cands, skip=('/heldout13/', '/heldout17/'))

def records(raw):
    try: data = json.loads(raw.decode('utf-8', errors='replace'))
    except ValueError: return
    for r in data if isinstance(data, list) else []:
        r = r.get('data', r) if isinstance(r, dict) else None
        if isinstance(r, dict) and isinstance(r.get('meta'), dict) and r['meta'].get('uri'):
            yield r

def link_date(url):
    for m in re.finditer(r'(20[12]\d)(0[1-9]|1[0-2])([0-2]\d|3[01])', url):
        return '%s-%s-%s (from link)' % m.groups()
    return ''

def items_of(repo):
    """The docs (title, lead) of every article, each with the first blob holding it."""
    vs = cand15.versions(repo, DATA)
    where = {b: (p, c) for b, p, c in vs}
    first = {}
    for blob, raw in cat(repo, [v[0] for v in vs]):
        for r in records(raw):
            first.setdefault(r['meta']['uri'].strip(), (blob, r))
    n_lead = collections.Counter(' '.join(clean(r['meta'].get('description')).split()) for _, r in first.values())
    docs = []
    for link, (blob, r) in first.items():
        base = dict(zip(('path', 'commit'), where[blob]), repo=REPO, blob=blob, url=link,
                    domain=urllib.parse.urlsplit(link).hostname or '', date=link_date(link))
        title = ' '.join(clean(r.get('text')).split())
        lead = ' '.join(clean(r['meta'].get('description')).split())
        docs += [dict(base, kind='title', text=title)] if title else []
        docs += [dict(base, kind='lead', text=lead)] if lead and lead != title and n_lead[lead] <= 3 else []
    return docs

def main():
    ap = argparse.ArgumentParser(description='Write the candidate pool of held-out 17 (docs.json, sents.json).')
    for flag, default, what in (('--mirrors', '/work/.mirror', 'where the fetched repositories lie (<owner>+<name>/repo)'),
                                ('--tmp', '/tmp/h17', 'output folder')):
        ap.add_argument(flag, default=default, help=what)
    a = ap.parse_args()
    docs = items_of(os.path.join(a.mirrors, REPO.replace('/', '+'), 'repo'))
    write_pool(docs, 'heldout17', a.tmp, parts, keep, used_of=used_elsewhere)

if __name__ == '__main__':
    main()
