# Build the candidate pool of held-out 15: whole sentences (40-200 characters) of real news articles
# in one public repository new to the project:
#   Anhduchb01/Crawl_VnNews: a Scrapy crawler whose committed output baodautu.json (commit
#   9593249, 2023-03-30) holds 36 articles of Báo Đầu tư (baodautu.vn), published 2023-03, with
#   title, date (timeCreatePostOrigin), category, author, content (the lead, then the body's
#   paragraphs as a printed Python list) and url. (baocao.json holds report metadata, not news.)
# One doc per article (kind "article"): its title, its lead and its body paragraphs, so that the
# walk's one-case-per-item rule gives one case per article. The title is taken whole (with or
# without a final stop); the lead and body are split by held-out 10's splitter and only sentences
# that end as a sentence does are kept. Every stored version of the data file is read (one).
# The crawl left JSON's escaped slash (a backslash before '/') in the text; it is read as '/'.
# Sentences already in a .tsv under /work/data, /work/shared or /work/main are dropped (held-out
# 13's grep, with this set's own folder left out).
# Usage: cand15.py [--mirrors DIR] [--tmp DIR]   (writes TMP/docs.json and TMP/sents.json)
import argparse, ast, json, os, re, subprocess, sys, types, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
for d in ('heldout13', 'heldout10', 'heldout7'):
    sys.path.insert(0, os.path.join(HERE, '..', d))
from cand10 import splitter  # noqa: E402  held-out 10's sentence splitter
from cand7 import cat, clean, glued, write_pool  # noqa: E402  held-out 7's
import cand13  # noqa: E402  held-out 13's grep over the other sets' .tsv files

REPO = 'Anhduchb01/Crawl_VnNews'
DATA = re.compile(r'(^|/)baodautu\.json$')
END = re.compile(r'[.!?…"”’\')]$')

def used_elsewhere(cands):
    """held-out 13's used_tsv, with the files of this set's own folder left out."""
    real = cand13.glob.glob
    cand13.glob = types.SimpleNamespace(glob=lambda p, recursive=False:
                                        [f for f in real(p, recursive=recursive) if '/heldout15/' not in f])
    try:
        return cand13.used_tsv(cands)
    finally:
        cand13.glob = sys.modules['glob']

def versions(repo):
    """[(blob, path, first commit)] of the data file, in the order of their first commit."""
    log = subprocess.run(['git', '-C', repo, 'log', '--all', '--reverse', '--raw', '--no-abbrev', '--format=C %H'],
                         capture_output=True, text=True).stdout
    out, seen, commit = [], set(), None
    for line in log.splitlines():
        if line.startswith('C '):
            commit = line[2:]; continue
        if not line.startswith(':'): continue
        meta, path = line.split('\t', 1)
        blob = meta.split()[3]
        if DATA.search(path) and blob not in seen and blob.strip('0'):
            seen.add(blob); out.append((blob, path, commit))
    return out

def norm(t):
    return ' '.join(unicodedata.normalize('NFC', clean(t)).replace('\\/', '/').split())

def paragraphs(content):
    """The lead (before the printed list) and the body's paragraphs."""
    i = content.find("['")
    lead, rest = (content, '') if i < 0 else (content[:i], content[i:])
    body = []
    if rest:
        try: body = ast.literal_eval(rest)
        except (ValueError, SyntaxError): body = []
    return [norm(lead)] + [norm(p) for p in body if isinstance(p, str)]

def items_of(repo):
    docs, seen = [], set()
    for blob, path, commit in versions(repo):
        for _, raw in cat(repo, [blob]):
            for it in json.loads(raw):
                url = it.get('url') or it.get('urlPageCrawl')
                if not url or url in seen: continue
                seen.add(url)
                title = norm(it.get('title'))
                paras = [p for p in paragraphs(it.get('content') or '') if p]
                docs.append(dict(kind='article', text='\n'.join([title] + paras), title=title, url=url, repo=REPO,
                                 path=path, blob=blob, commit=commit, domain='Báo Đầu tư (baodautu.vn)',
                                 date=(it.get('timeCreatePostOrigin') or '').replace('/', '-')))
    return docs

def keep(d, s):
    if glued(s): return False
    return s == d['title'] or bool(END.search(s))

def parts(d, para):
    return [para] if para == d['title'] else splitter(para)

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
