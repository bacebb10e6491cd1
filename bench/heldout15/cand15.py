# Build the candidate pool of held-out 15: whole sentences (40-200 characters) of the titles and
# leads of real news articles in one public repository new to the project:
#   Huy1801214/DataWarehouse_BaoChi: a student data-warehouse project (October - November 2025)
#   whose scraper output is committed as CSV files (source/article_DDMMYY.csv with a header,
#   src/source/delta_data.csv without one): article_url, source_name_raw (VnExpress, TuoiTre),
#   category_raw, author_raw, published_at_raw, title_raw, summary_raw (the lead, sometimes
#   followed on later lines by the leads of related articles), content_raw (the body, re-tokenized
#   with spaces around punctuation, so not read), tags_raw, scraped_at, run_id.
# Titles (kind "title", taken whole when they are one sentence of 40-200 characters, with or
# without a final stop) and leads (kind "lead": the first line of summary_raw only, split by
# held-out 10's splitter, sentences that end as a sentence does; held-out 7's glue test drops the
# VnExpress place names glued to the lead's first word) are used; the crawl's artifacts (a comment
# count glued to a title's end, a place name glued to a VnExpress lead's first word) are dropped,
# so a lead opening with a camel-case name is dropped too. Every stored version of every
# CSV file is read, blobs in the order of the first commit holding them (found by walking every
# commit's tree: some objects of the history are missing, so `git log` stops early); an article
# (link) is kept once, with the first blob it was found in, and a sentence once, with its first
# item. Sentences already in a .tsv under /work/data, /work/shared or /work/main are dropped
# (held-out 13's grep, with this set's own folder left out).
# Usage: cand15.py [--mirrors DIR] [--tmp DIR]   (writes TMP/docs.json and TMP/sents.json)
import argparse, csv, io, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for d in ('heldout13', 'heldout10', 'heldout7'):
    sys.path.insert(0, os.path.join(HERE, '..', d))
from cand10 import splitter  # noqa: E402  held-out 10's sentence splitter
from cand7 import cat, clean, glued, write_pool  # noqa: E402  held-out 7's
import cand13  # noqa: E402  held-out 13's grep over the other sets' .tsv files

REPO = 'Huy1801214/DataWarehouse_BaoChi'
DATA = re.compile(r'(^|/)(article_\d+|delta_data)\.csv$')
END = re.compile(r'[.!?…"”’\')]$')
COLS = ['article_url', 'source_name_raw', 'category_raw', 'author_raw', 'published_at_raw', 'title_raw',
        'summary_raw', 'content_raw', 'tags_raw', 'scraped_at', 'run_id']
PAPER = {'TuoiTre': 'Tuổi Trẻ', 'VnExpress': 'VnExpress'}

def used_elsewhere(cands):
    """held-out 13's used_tsv, with the files of this set's own folder left out too."""
    return cand13.used_tsv(cands, skip=('/heldout13/', '/heldout15/'))

def git(repo, *args):
    return subprocess.run(['git', '-C', repo] + list(args), capture_output=True, text=True).stdout

def versions(repo, data=None):
    """[(blob, path, first commit)] of the data files (paths data matches, DATA by default), in the
    order of the first commit holding them."""
    data = data or DATA
    commits = git(repo, 'rev-list', '--all', '--reverse', '--date-order').split()
    out, seen = [], set()
    for c in commits:
        for line in git(repo, 'ls-tree', '-r', c).splitlines():
            meta, path = line.split('\t', 1)
            blob = meta.split()[2]
            if data.search(path) and blob not in seen:
                seen.add(blob); out.append((blob, path, c))
    have = subprocess.run(['git', '-C', repo, 'cat-file', '--batch-check'], input=''.join(b + '\n' for b, _, _ in out),
                          capture_output=True, text=True).stdout
    present = {l.split()[0] for l in have.splitlines() if l.split()[1:2] == ['blob']}
    return [v for v in out if v[0] in present]

def rows(raw):
    csv.field_size_limit(1 << 30)
    for r in csv.reader(io.StringIO(raw.decode('utf-8-sig', errors='replace'))):
        if len(r) < len(COLS) or r[0].endswith('article_url') or not r[0].startswith('http'): continue
        yield dict(zip(COLS, r))

def date_of(s):
    m = re.search(r'(\d{4})-(\d\d)-(\d\d)', s) or None
    if m: return m.group(0)
    m = re.search(r'(\d{1,2})/(\d{1,2})/(\d{4})', s)
    return '%s-%02d-%02d' % (m.group(3), int(m.group(2)), int(m.group(1))) if m else ''

def items_of(repo):
    """The docs (title, lead) of every article, each with the first blob holding it."""
    vs = versions(repo)
    where = {b: (p, c) for b, p, c in vs}
    first = {}
    for blob, raw in cat(repo, [v[0] for v in vs]):
        for r in rows(raw):
            first.setdefault(r['article_url'], (blob, r))
    docs = []
    for link, (blob, r) in first.items():
        base = dict(zip(('path', 'commit'), where[blob]), repo=REPO, blob=blob, url=link,
                    domain=PAPER.get(r['source_name_raw'], r['source_name_raw']), date=date_of(r['published_at_raw']))
        title = ' '.join(clean(r['title_raw']).split())
        lead = ' '.join(clean((r['summary_raw'] or '').split('\n')[0]).split())
        docs += [dict(base, kind='title', text=title)] if title else []
        docs += [dict(base, kind='lead', text=lead)] if lead else []
    return docs

# crawl artifacts: a title with the comment count glued to its end (after a lowercase word or a final
# mark), a VnExpress lead with its place name glued to its first word (a lowercase letter or a capital
# followed by a capitalized word within the first four words, or a lowercase letter followed by a digit)
LOW = 'a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'
CAP = 'A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ'
COUNT = re.compile('([' + LOW + ']{2}|[?!.…"”’\')])\\d+$')
PLACE = re.compile('^(?:\\S+\\s){0,3}?\\S*?([' + LOW + ']|[' + CAP + '])[' + CAP + '][' + LOW + ']|^\\S*?[' + LOW + ']\\d')

def keep(d, s):
    if glued(s): return False
    if d['kind'] == 'title' and COUNT.search(s): return False
    if d['kind'] == 'lead' and d['domain'] == 'VnExpress' and s == d['text'][:len(s)] and PLACE.search(s): return False
    return d['kind'] == 'title' or bool(END.search(s))

def parts(d, para):
    return [para] if d['kind'] == 'title' else splitter(para)

def main():
    ap = argparse.ArgumentParser(description='Write the candidate pool of held-out 15 (docs.json, sents.json).')
    for flag, default, what in (('--mirrors', '/work/.mirror', 'where the fetched repositories lie (<owner>+<name>/repo)'),
                                ('--tmp', '/tmp/h15', 'output folder')):
        ap.add_argument(flag, default=default, help=what)
    a = ap.parse_args()
    docs = items_of(os.path.join(a.mirrors, REPO.replace('/', '+'), 'repo'))
    write_pool(docs, 'heldout15', a.tmp, parts, keep, used_of=used_elsewhere)

if __name__ == '__main__':
    main()
