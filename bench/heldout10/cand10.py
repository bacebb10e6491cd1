# Build the candidate pool of held-out 10 (held-out 7's cand7.py, adapted): whole sentences
# (40-200 characters) of the titles, leads (sapo) and bodies of real news articles in two public
# repositories new to the project:
#  A. daibangsamac/BaomoiCrawler: JSON files output/<topic>/<title>.json (and the same files
#     under bin/output/), each the article page of the aggregator baomoi.com as crawled in
#     October-November 2025 (topics the-gioi, xa-hoi, van-hoa): keys topic, time, title, url,
#     content (the page's HTML: the originating paper in a.bm-card-source, the lead in
#     h3.sapo, the body in p.text of div.content-body; photo captions (media-caption) and the
#     byline (body-author) are not used). Only files dated 2025 are used (the .old/ folder holds
#     a 2014 crawl and is NOT used).
#  B. hieupham-projects/vietnamese-news-crawler: output-vietnamnet.json, output-vnexpress.json
#     (sports news of VietNamNet and VnExpress, September 2024; keys title, content, description).
# Every version of every file in the git history is read; a sentence is kept once, with the
# first blob it was found in. Sentences already in any .tsv under /work/data or /work/shared
# are dropped. One change from held-out 7: no sentence ends after an abbreviation or an initial
# ("TP. Huế", "ông Nguyễn Văn Tr. cho biết"), which left fragments such as "... (TP.".
# Usage: cand10.py [--mirrors DIR] [--tmp DIR]   (writes TMP/docs.json and TMP/sents.json)
import argparse, html, json, os, re, subprocess, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout5'))
sys.path.insert(0, os.path.join(HERE, '..', 'heldout7'))
from heldlib import split  # noqa: E402  heldout5's sentence splitter
from cand7 import cat, clean, firstcommit, glued, write_pool  # noqa: E402  held-out 7's
# Not a sentence end: an abbreviation or an initial before the full stop.
NOEND = re.compile(r'(?:^|[\s(])(?:TP|Tp|tp|P|Q|H|X|TX|Tx|TT|Tr|Th|Ng|St|No|Mr|Mrs|Dr|ThS|TS|PGS|GS|BS|KS|Ls|LS|[A-ZĐ])\.$')

def splitter(para):
    out = []; start = 0
    for m in split.finditer(para):
        if NOEND.search(para[start:m.start()]): continue
        out.append(para[start:m.start()]); start = m.end()
    out.append(para[start:])
    return out

def blobs(repo, pat):
    # (blob, path) of every version of the files whose path matches pat; paths unquoted (the
    # crawl's file names are Vietnamese titles)
    out = subprocess.run(['git', '-C', repo, '-c', 'core.quotepath=false', 'rev-list', '--all', '--objects'],
                         capture_output=True, text=True).stdout
    return [l.split(' ', 1) for l in out.splitlines() if ' ' in l and re.search(pat, l.split(' ', 1)[1])]

def strip(t):
    # an HTML fragment as text: tags removed, entities decoded, NFC, no-break spaces as spaces
    return clean(re.sub(r'<[^>]*>', '', t or '')).strip()

def items(repo, pat):
    """(blob, path, first commit holding the blob, parsed JSON) of every version of the files
    of repo whose path matches pat; files that are no JSON are skipped."""
    first = firstcommit(repo)
    lst = blobs(repo, pat)
    paths = {s: p for s, p in lst}
    for sha, data in cat(repo, [s for s, _ in lst]):
        try: d = json.loads(data)
        except Exception: continue
        yield sha, paths[sha], first.get(sha, '?'), d

def baomoi(repo, docs):
    for sha, path, commit, d in items(repo, r'^(bin/)?output/.*\.json$'):
        if not isinstance(d, dict) or 'content' not in d: continue
        c = d['content'] or ''
        m = re.search(r'class="bm-card-source[^"]*" title="([^"]*)"', c)
        pub = html.unescape(m.group(1)) if m else '?'
        base = dict(repo='daibangsamac/BaomoiCrawler', path=path, blob=sha, commit=commit,
                    domain=unicodedata.normalize('NFC', pub), url=d.get('url') or '', date=(d.get('time') or '')[:10])
        if not base['date'].startswith('2025'): continue
        docs.append(dict(base, kind='title', text=strip(d.get('title'))))
        m = re.search(r'<h3 class="sapo[^"]*">(.*?)</h3>', c, re.S)
        if m: docs.append(dict(base, kind='lead', text=strip(m.group(1))))
        body = c[c.find('content-body'):] if 'content-body' in c else ''
        paras = [strip(inner) for cls, inner in re.findall(r'<p class="(text[^"]*)">(.*?)</p>', body, re.S)
                 if 'media-caption' not in cls and 'body-author' not in cls]
        docs.append(dict(base, kind='body', text='\n'.join(paras)))

def sports(repo, docs):
    for sha, path, commit, arts in items(repo, r'^output-.*\.json$'):
        dom = 'vietnamnet.vn' if 'vietnamnet' in path else 'vnexpress.net'
        for a in arts:
            base = dict(repo='hieupham-projects/vietnamese-news-crawler', path=path, blob=sha, commit=commit,
                        domain=dom, url=a.get('url') or a.get('link') or '', date='2024-09')
            docs.append(dict(base, kind='title', text=strip(a.get('title'))))
            docs.append(dict(base, kind='lead', text=strip(a.get('description'))))
            docs.append(dict(base, kind='body', text=unicodedata.normalize('NFC', html.unescape(a.get('content') or '')).replace('\xa0', ' ')))

def main():
    ap = argparse.ArgumentParser(description='Write the candidate pool of held-out 10 (docs.json, sents.json).')
    ap.add_argument('--mirrors', default='/work/.mirror', help='where the fetched repositories lie (<owner>+<name>/repo)')
    ap.add_argument('--tmp', default='/tmp/h10', help='output folder')
    a = ap.parse_args()
    docs = []   # dict: repo, path, blob, commit, domain (publisher), url, date, kind, text
    baomoi(os.path.join(a.mirrors, 'daibangsamac+BaomoiCrawler', 'repo'), docs)
    sports(os.path.join(a.mirrors, 'hieupham-projects+vietnamese-news-crawler', 'repo'), docs)
    # titles whole (they have no final stop); other sentences must end as a sentence does
    END = re.compile(r'[.!?…"”’\')]$')
    write_pool(docs, 'heldout10', a.tmp, lambda d, para: [para] if d['kind'] == 'title' else splitter(para),
               lambda d, s: (d['kind'] == 'title' or END.search(s)) and not glued(s))

if __name__ == '__main__':
    main()
