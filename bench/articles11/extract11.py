#!/usr/bin/env python3
"""Write the article texts of real articles 11 into OUT/pages/ (and OUT/work/origins-pages.tsv)
from two public repositories, neither used by an earlier set.

1. vudaotuananh2001/Project_One_Yagi (a student news CMS, October 2024): app/sql/data.sql (blob
   6a301b849d6350c1acaae5b6cb072bc9ffc0631c, read at head 3e6dbe6c7bddccd7f98110741d0b10a18a81367d)
   (the file's newer version; the older, blob 5decf868 at bef9c4d, holds 24 of them) seeds 42
   articles copied from many papers (the `Authur` column: 'By vnexpress.net',
   'By laodong.vn', 'By tuoitre.vn', 'By binhdinh.gov.vn', ...), each an `insert into Information`
   (Title, linkTitle, Content = the lead, Authur, Create_At, Image, Description = the first body
   paragraph, urlVideo, Category_Id) and `insert into DetailsContent (Detail_Id, Detail_Content)`
   rows, one a body paragraph. Reading: the statements in file order; an Information row
   repeated verbatim right after itself is one article; each DetailsContent row belongs to the
   Information row before it in the file (the Detail_Id values skip numbers after row 32, as
   identity ids do after failed inserts, so they are not used to find the article but give the
   article's database id); `update Information set Description = ... where id = N` replaces the
   first paragraph of the article whose database id is N (the last update wins); the one
   `update DetailsContent` names a paragraph by its row id and would put one article's
   paragraph into another, so it is ignored. The dates are the copy's stamps (7/10/2024 for
   all; the texts are of early to mid October 2024); the copy gives no links.
   Captions are kept only where the copy has them as paragraphs (baotintuc's 'Chú thích ảnh'
   lines: kind caption). Papers are named by the Authur domain (VnExpress spelled three ways is
   one paper).
2. Nuvak270205/newspaper (a student news site, 2025): assets/js/page.js (blob
   9316ff49125b7b0cd359c857bc5864eb53a162fb, read at head f2eccbd; the earlier version 735458b5
   holds the same 12 articles in an earlier state) copies 12 articles of February 2025, most credited 'VOV.VN -': title,
   `introduce` (the lead paragraph first, then body paragraphs), and `body`, a list of pictures
   each with its caption (`alt`) and the paragraphs after it. The array is evaluated with node;
   <span> tags (the site's quote style) are dropped.

Page = one paragraph a line (title first). Kinds: title; lead (first introduce paragraph, or
the Content column); body; caption (an `alt`).

Draw: one random.Random(11) stream. Strata = papers (sorted by name, then shuffled by the
stream); rounds over the strata, one article per stratum per round by rng.choice among its
articles not yet taken (sorted by title), until there are at least 10 articles and 100
candidate sentences (select10.py's rule, i.e. articles 9's), or 12 articles. Every article is
of 2024 or 2025; none was read before the draw, none vetoed.
"""
import argparse, json, os, random, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'articles9'))
from extract9 import write_pages  # noqa: E402  articles 9's page writer
from select9 import candidates  # noqa: E402  articles 9's rule and splitter (as articles 10)

YAGI = ('vudaotuananh2001/Project_One_Yagi', '3e6dbe6c7bddccd7f98110741d0b10a18a81367d', 'app/sql/data.sql',
        '6a301b849d6350c1acaae5b6cb072bc9ffc0631c')
NUVAK = ('Nuvak270205/newspaper', 'f2eccbd', 'assets/js/page.js', '9316ff49125b7b0cd359c857bc5864eb53a162fb')
SEED = 11
MIN_ARTICLES, MIN_CANDIDATES, MAX_ARTICLES = 10, 100, 12
PAPER_ALIASES = {'vnexpress': 'vnexpress.net', 'vnexpress.vn': 'vnexpress.net'}

def nfc(s):
    return unicodedata.normalize('NFC', s)

def clean(s):
    s = re.sub(r'<[^>]+>', '', s).replace('\xa0', ' ')
    return re.sub(r'\s+', ' ', nfc(s)).strip()

def git(gdir, *args):
    return subprocess.run(['git', '--git-dir=' + gdir, *args], capture_output=True, check=True).stdout

# ---- SQL (Project_One_Yagi)
def sql_values(text, i):
    """Parse tuples of SQL literals from text[i:] (after VALUES); return (rows, end)."""
    rows = []
    n = len(text)
    while True:
        while i < n and text[i] in ' \t\r\n,':
            i += 1
        if i >= n or text[i] != '(':
            return rows, i
        i += 1
        row = []
        while True:
            while text[i] in ' \t\r\n,':
                i += 1
            if text[i] == ')':
                i += 1
                break
            if text[i] in 'Nn' and text[i + 1:].lstrip(' ')[:1] == "'":  # N'...' (once written N '...')
                i += 1
                while text[i] == ' ':
                    i += 1
            if text[i] == "'":
                j, buf = i + 1, []
                while True:
                    if text[j] == "'" and text[j + 1:j + 2] == "'":
                        buf.append("'")
                        j += 2
                    elif text[j] == "'":
                        break
                    else:
                        buf.append(text[j])
                        j += 1
                row.append(''.join(buf))
                i = j + 1
            else:
                m = re.match(r'[^,)\s]+', text[i:])
                row.append(m.group(0))
                i += m.end()
        rows.append(row)

def yagi_articles(gdir):
    text = git(gdir, 'cat-file', 'blob', YAGI[3]).decode('utf-8-sig')
    arts, updates, last = [], [], None
    pat = re.compile(r"insert\s+into\s+(\w+)\s*\(([^)]*)\)\s*values|update\s+Information\s+set\s+Description\s*=\s*",
                     re.I)
    pos = 0
    while True:
        m = pat.search(text, pos)
        if not m:
            break
        if m.group(1) is None:  # update Information set Description = N'...' where id = N
            u = re.match(r"N?'((?:[^']|'')*)'\s*where\s+id\s*=\s*(\d+)", text[m.end():], re.I)
            updates.append((int(u.group(2)), u.group(1).replace("''", "'")))
            pos = m.end() + u.end()
            continue
        table, cols = m.group(1).lower(), [c.strip() for c in m.group(2).split(',')]
        rows, pos = sql_values(text, m.end())
        for r in rows:
            rec = dict(zip(cols, r))
            if table == 'information':
                if last is not None and rec == last:
                    continue
                last = rec
                arts.append(dict(rec, paras=[], dbid=None))
            elif table == 'detailscontent':
                arts[-1]['paras'].append(rec['Detail_Content'])
                arts[-1]['dbid'] = int(rec['Detail_Id'])
    for i, text_ in updates:
        for a in arts:
            if a['dbid'] == i:
                a['Description'] = text_
    out = []
    for n, a in enumerate(arts, 1):
        paper = a['Authur'].replace('By ', '').strip().lower()
        paper = PAPER_ALIASES.get(paper, paper)
        lines = [clean(a['Title']), clean(a['Content']), clean(a['Description'])] + [clean(p) for p in a['paras']]
        kinds = ['title', 'lead'] + ['caption' if l.startswith('Chú thích ảnh') else 'body' for l in lines[2:]]
        keep = [i for i, l in enumerate(lines) if l]
        d, mo, y = a['Create_At'].split('/')
        out.append(dict(paper=paper, date=f'{y}-{int(mo):02d}-{int(d):02d} (copy stamp)', link='', title=lines[0],
                        lines=[lines[i] for i in keep], kinds=[kinds[i] for i in keep],
                        origin=[YAGI[0], YAGI[2], YAGI[3], YAGI[1], f'Information row {n}']))
    return out

# ---- JS (Nuvak270205/newspaper)
def nuvak_articles(gdir):
    js = git(gdir, 'cat-file', 'blob', NUVAK[3]).decode('utf-8')
    js = js[:js.index('const url = ')] + '\nprocess.stdout.write(JSON.stringify(arrpage));\n'
    data = json.loads(subprocess.run(['node', '-e', js], capture_output=True, check=True).stdout)
    out = []
    for a in data:
        lines, kinds = [clean(a['title'])], ['title']
        for k, p in enumerate(a.get('introduce', [])):
            lines.append(clean(p))
            kinds.append('lead' if k == 0 else 'body')
        for b in a.get('body', []):
            if b.get('alt'):
                lines.append(clean(b['alt']))
                kinds.append('caption')
            for p in b.get('content', []):
                lines.append(clean(p))
                kinds.append('body')
        keep = [i for i, l in enumerate(lines) if l]
        out.append(dict(paper='vov.vn', date='2025-02 (copy stamp ' + a['time'] + ')', link='', title=lines[0],
                        lines=[lines[i] for i in keep], kinds=[kinds[i] for i in keep],
                        origin=[NUVAK[0], NUVAK[2], NUVAK[3], NUVAK[1], f"arrpage id {a['id']}"]))
    return out

def slug(t):
    t = unicodedata.normalize('NFD', t.lower()).replace('đ', 'd')
    t = ''.join(c for c in t if not unicodedata.combining(c))
    return '-'.join(re.findall(r'[a-z0-9]+', t)[:6])

def draw_pages(articles, out, seed, min_articles, min_candidates, max_articles, max_per_article=None):
    """Draw whole articles, one paper after another in a seeded order, until there are
    max_articles pages or at least min_articles pages with min_candidates candidate sentences;
    an article with more than max_per_article candidates is set aside first. Writes the pages
    to OUT with articles 9's page writer."""
    pool = {}
    for art in articles:
        n = len(candidates(art['lines']))
        if max_per_article is not None and n > max_per_article:
            print(f"set aside ({n} candidates): {art['paper']} {art['origin'][4]}")
            continue
        pool.setdefault(art['paper'], []).append(art)
    for v in pool.values():
        v.sort(key=lambda x: x['title'])
    rng = random.Random(seed)
    strata = sorted(pool)
    rng.shuffle(strata)
    pages, total = [], 0
    done = lambda: len(pages) >= max_articles or (len(pages) >= min_articles and total >= min_candidates)
    while not done() and any(pool.values()):
        for s in strata:
            if done():
                break
            if not pool[s]:
                continue
            art = rng.choice(pool[s])
            pool[s].remove(art)
            name = f"{len(pages) + 1:02d}-{s.split('.')[0]}-{slug(art['title'])}.txt"
            pages.append((name, art['lines'], art['kinds'],
                          [s, art['date'], art.get('link') or '(no link in copy)'] + art['origin'][:4] + [art['origin'][4]]))
            total += len(candidates(art['lines']))
    write_pages(out, pages)
    print(sum(len(v) for v in pool.values()) + len(pages), 'articles in the pool;', len(strata), 'papers;',
          len(pages), 'pages;', total, 'candidates')

def main():
    ap = argparse.ArgumentParser(description='Write the pages of real articles 11.')
    ap.add_argument('--mirrors', default='/work/.mirror', help='fetched repositories (<owner>+<name>/repo)')
    ap.add_argument('--out', default='/work/data/articles11', help="the set's folder (pages/ and work/ are written there)")
    a = ap.parse_args()
    draw_pages(yagi_articles(os.path.join(a.mirrors, YAGI[0].replace('/', '+'), 'repo')) +
               nuvak_articles(os.path.join(a.mirrors, NUVAK[0].replace('/', '+'), 'repo')),
               a.out, SEED, MIN_ARTICLES, MIN_CANDIDATES, MAX_ARTICLES)

if __name__ == '__main__':
    main()
