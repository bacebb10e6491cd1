# Build the candidate pool of held-out 7: whole sentences (40-200 characters) of the leads and
# bodies of real news articles in three public repositories new to the project:
#  A. sonlu3612/vietnamese-education-news-dataset (news-please JSON of 2025 education news:
#     dataset/*.json = Thanh Nien, real_articles/*.json = many papers). The repository's
#     fake_articles/ (and anything labelled "fake") is generated text and is NOT used.
#  B. cuongk56a/newspaper, src/assets/data/data-vietnamnet.ts (18 VietNamNet articles of 2024).
#  C. VuVietDuy/v-league-backend, prisma/newsData.ts (news articles of vpf.vn, the V.League
#     organiser, season 2024/25, as HTML inside template literals: tags are removed, each
#     </p> or line break ends a paragraph).
# Every version of every file in the git history is read; a sentence is kept once, with the
# first blob it was found in. Sentences already in any .tsv under /work/data or /work/shared
# are dropped.
# Usage: cand7.py [--mirrors DIR] [--tmp DIR]   (writes TMP/docs.json and TMP/sents.json)
import argparse, json, os, re, sys, html, unicodedata, glob, subprocess
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'heldout5'))
from heldlib import split  # noqa: E402  heldout5's sentence splitter
def blobs(repo, pat):
    out = subprocess.run(['git', '-C', repo, 'rev-list', '--all', '--objects'], capture_output=True, text=True).stdout
    return [l.split(' ', 1) for l in out.splitlines() if ' ' in l and re.search(pat, l.split(' ', 1)[1])]
def cat(repo, shas):
    p = subprocess.Popen(['git', '-C', repo, 'cat-file', '--batch'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    for s in shas:
        p.stdin.write((s + '\n').encode()); p.stdin.flush()
        h = p.stdout.readline().split(); n = int(h[2]); d = p.stdout.read(n); p.stdout.read(1)
        yield s, d
def firstcommit(repo):
    out = subprocess.run(['git', '-C', repo, 'log', '--all', '--reverse', '--raw', '--no-abbrev', '--format=C %H'],
                         capture_output=True, text=True).stdout
    first = {}; c = None
    for l in out.splitlines():
        if l.startswith('C '): c = l[2:]
        elif l.startswith(':'):
            b = l.split()[3]
            first.setdefault(b, c)
    return first
def clean(t):
    return unicodedata.normalize('NFC', html.unescape(t or '')).replace('\xa0', ' ').replace('\u200b', '')
TONES = '\u0300\u0301\u0303\u0309\u0323'
def glued(s):
    # text the crawler glued together (a link's words run into their neighbours): a token with
    # two tone marks, a 'đ' inside a token, or a capital right after a Vietnamese word.
    for tok in re.findall(r'[^\W\d_]+', s):
        n = unicodedata.normalize('NFD', tok)
        if sum(ch in TONES for ch in n) > 1: return True
        if not tok.isupper() and re.search(r'.[đĐ]', tok): return True
        for i in range(1, len(tok)):
            if tok[i - 1].islower() and tok[i].isupper() and any(ord(ch) > 127 for ch in tok[:i]): return True
    return False
def write_pool(docs, name, tmp, parts, keep, used_of=None):
    """Write tmp/docs.json (docs) and tmp/sents.json: the (item index, sentence) of every sentence
    of 40-200 characters of the items' paragraphs, split by parts(item, paragraph), that keep(item,
    sentence) takes, each once, none with a tab or a bad character, none already in a .tsv under
    /work/data or /work/shared outside the set's folders (a path holding /name/). used_of(sentences),
    when given, returns instead the set of those sentences found elsewhere (held-out 13's grep)."""
    sents = []; seen = set()
    for di, d in enumerate(docs):
        for para in re.split(r'\n+', d['text']):
            for s in parts(d, para.strip()):
                s = s.strip()
                if not (40 <= len(s) <= 200) or not keep(d, s): continue
                if s in seen or '\t' in s or '\ufffd' in s: continue
                seen.add(s); sents.append((di, s))
    if used_of is not None:
        used = used_of([s for _, s in sents])
    else:
        used = ''
        for f in glob.glob('/work/data/**/*.tsv', recursive=True) + glob.glob('/work/shared/**/*.tsv', recursive=True):
            if '/' + name + '/' in f: continue
            used += unicodedata.normalize('NFC', open(f, encoding='utf-8', errors='replace').read())
    sents = [(di, s) for di, s in sents if s not in used]
    print(len(docs), 'docs', len(sents), 'sentences', file=sys.stderr)
    os.makedirs(tmp, exist_ok=True)
    json.dump(docs, open(os.path.join(tmp, 'docs.json'), 'w'), ensure_ascii=False)
    json.dump(sents, open(os.path.join(tmp, 'sents.json'), 'w'), ensure_ascii=False)
def main():
    ap = argparse.ArgumentParser(description='Write the candidate pool of held-out 7 (docs.json, sents.json).')
    ap.add_argument('--mirrors', default='/work/.mirror', help='where the fetched repositories lie (<owner>+<name>/repo)')
    ap.add_argument('--tmp', default='/tmp/h7', help='output folder')
    a = ap.parse_args()
    MA = os.path.join(a.mirrors, 'sonlu3612+vietnamese-education-news-dataset', 'repo')
    MB = os.path.join(a.mirrors, 'cuongk56a+newspaper', 'repo')
    MC = os.path.join(a.mirrors, 'VuVietDuy+v-league-backend', 'repo')
    docs = []   # (repo, path, blob, commit, publisher domain, url, date, kind, text)
    fa = firstcommit(MA)
    lst = blobs(MA, r'\.json$')
    paths = {s: p for s, p in lst}
    for sha, data in cat(MA, [s for s, _ in lst]):
        try: d = json.loads(data)
        except Exception: continue
        if not isinstance(d, dict): continue
        p = paths[sha]
        if 'fake' in p or d.get('label') == 'fake': continue
        dom = d.get('source_domain') or ''
        base = dict(repo='sonlu3612/vietnamese-education-news-dataset', path=p, blob=sha, commit=fa.get(sha, '?'),
                    domain=dom, url=d.get('url') or '', date=(d.get('date_publish') or '')[:10])
        docs.append(dict(base, kind='lead', text=clean(d.get('description'))))
        docs.append(dict(base, kind='body', text=clean(d.get('maintext'))))
    fb = firstcommit(MB)
    for sha, data in cat(MB, [s for s, p in blobs(MB, r'data-vietnamnet\.ts$')]):
        t = data.decode('utf-8')
        for art in re.split(r'\n  \{\n', t)[1:]:
            m = re.search(r'source:\s*"([^"]*)"', art); url = m.group(1) if m else ''
            base = dict(repo='cuongk56a/newspaper', path='src/assets/data/data-vietnamnet.ts', blob=sha,
                        commit=fb.get(sha, '?'), domain='vietnamnet.vn', url=url, date='2024')
            for k, q, s in re.findall(r'\b(excerpt|text):\s*(["\'])((?:\\.|(?!\2).)*)\2', art, re.S):
                s = s.replace("\\'", "'").replace('\\"', '"')
                docs.append(dict(base, kind='lead' if k == 'excerpt' else 'body', text=clean(s)))
    fc = firstcommit(MC)
    for sha, data in cat(MC, [s for s, p in blobs(MC, r'prisma/newsData\.ts$')]):
        t = data.decode('utf-8')
        for art in re.findall(r'content:\s*`(.*?)`', t, re.S):
            m = None
            base = dict(repo='VuVietDuy/v-league-backend', path='prisma/newsData.ts', blob=sha,
                        commit=fc.get(sha, '?'), domain='vpf.vn', url='', date='2024-2025')
            txt = re.sub(r'(?i)</p>|<br\s*/?>', '\n', art)
            txt = re.sub(r'<[^>]*>', '', txt)
            docs.append(dict(base, kind='body', text=clean(txt)))
    END = re.compile(r'[.!?…"”’\')]$')
    write_pool(docs, 'heldout7', a.tmp, lambda d, para: split.split(para),
               lambda d, s: END.search(s) and not (glued(s) or s.startswith('HCM')))
if __name__ == '__main__':
    main()
