#!/usr/bin/env python3
"""Write the article texts of real articles 9 into OUT/pages/ (and OUT/work/origins-pages.tsv)
from two public repositories, read from their fetched git mirrors at pinned commits.

1. phuongtuongmai/phuongtuongmai.github.io (a Hanoi ward's Jekyll site; _posts/*.md repost
   local news of 2025-2026 with lead, body, photo captions). Eligible: the posts that name the
   newspaper they were taken from (a line "Nguồn: http..." / "Nguồn http...") and whose text
   (lead, body, captions) is 1,000-5,000 characters long. Two drawn.
2. hung0310/web-scraper (a scraper run by GitHub Actions, April-December 2025;
   dataset_paper_<paper>.csv rewritten at every run: Source, URL, Category, Keyword, Time,
   Title, Content). Every version of dataset_paper_vnexpress.csv and dataset_paper_znews.csv in
   the history of the pinned commit is read; an article is taken from the first version that
   holds its URL. VnExpress: Content = lead + body paragraphs (no captions); ZNews: Content =
   body paragraphs with the photo captions, then, after the first double space, teasers of
   related articles, which are cut off. The scraper joined the pieces of a paragraph without
   spaces where a link or emphasis began or ended ("word" + "Word" run together, a stop or a
   quotation mark with no space after it); an article showing such a join (glued_tokens(),
   punct_glued()) is not eligible, nor one whose caption credit lost its space ("Ảnh:X"), nor
   a ZNews article whose double spaces are line wraps (the first one in the first half).

Eligible hung0310 articles: 1,000-3,000 characters of content (after the cut). Strata, fixed
before any article was read, drawn in this order with one random.Random(9) stream: the two
ward-site posts (random.sample), then one article per (paper, section) of STRATA (random.choice
among the eligible ones of that stratum, sorted by URL). Articles are taken in that order until
there are at least 12 and their candidate sentences (select9.py's rule) reach 110. An article in
VETO (found, on reading, to be broken by the scraper or not an article) is replaced by the next
choice from the same stratum (none was). The length windows were narrowed twice (from 1,500-5,000
and three ward posts) after dry runs that counted candidates only (173, then 152, for twelve
articles), before any drawn text was read; the glue test was widened to stops and quotation
marks once, after reading the first draw, which had two such joins. What reading the final draw
found is cut by TRIM (ZNews's book teaser after an article's end, a sentence left incomplete by
the double-space cut, a byline run into its source note) and WARD_SKIP (the ward site's own
introduction above a reposted article).

Page = one paragraph a line (title first); work/origins-pages.tsv gives, for every page, the
paper, date, link, repository, path, git blob and commit, and the kind of every line.
"""
import argparse, csv, io, os, random, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'articles2'))
from select2 import is_syllable  # noqa: E402  articles 2's syllable test
sys.path.insert(0, HERE)
from select9 import candidates  # noqa: E402

csv.field_size_limit(10**9)
WARD = ('phuongtuongmai/phuongtuongmai.github.io', 'd1aa3467da154a5a00d53d088b541adbc1369763', '_posts')
SCRAPER = ('hung0310/web-scraper', 'b4589a5e6165b50af67aeb48281517c229ec53a1')
FILES = {'vnexpress': 'dataset_paper_vnexpress.csv', 'znews': 'dataset_paper_znews.csv'}
LO, HI = 1000, 3000  # scraped articles' content
WARD_LO, WARD_HI, WARD_N = 1000, 5000, 2  # ward posts' text (lead, body, captions)
SEED = 9
STRATA = [('vnexpress', 'Chính trị'), ('znews', 'Pháp luật'), ('vnexpress', 'Vĩ mô'),
          ('znews', 'Sức khỏe'), ('vnexpress', 'Quốc tế'), ('znews', 'Thể thao'),
          ('vnexpress', 'Chuyển đổi số'), ('znews', 'Kinh doanh'), ('vnexpress', 'Giao thông'),
          ('znews', 'Thế giới'), ('vnexpress', 'Bóng đá'), ('znews', 'Công nghệ'),
          ('znews', 'Giáo dục')]
MIN_ARTICLES, MIN_CANDIDATES = 12, 110
VETO = set()  # links of drawn articles found broken on reading (none so far)
# Cuts found on reading the drawn pages (characters of the cleaned content kept): ZNews's book
# teaser after the article's end; a sentence left incomplete by the double-space cut; a byline
# run into its source note by the scraper.
TRIM = {
    'https://lifestyle.znews.vn/vinmec-trinh-dien-ky-thuat-ghep-gan-song-o-hoi-nghi-ghep-tang-viet-nam-post1601631.html': 2285,
    'https://vnexpress.net/amazon-co-the-giam-nhan-su-vi-dung-ai-4903272.html': 2167,
    'https://znews.vn/may-bay-roi-o-vung-bien-thuoc-vinh-thai-lan-it-nhat-5-nguoi-tu-vong-post1548658.html': 677,
}
# Page lines (from 1) of a ward post that are the ward site's own introduction, not the article.
WARD_SKIP = {'_posts/2026-03-20-phuong_yen_so_lay_y_kien_dan_cu_phuong_an_tuyen_truc_khong_gian_quoc_lo_1a.md': {2, 3}}

DIAC = set('àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ')
SPELLINGS = {'ôtô', 'môtô', 'đắk', 'đăk', 'lắk', 'krông', 'matxcơva', 'nestlé', 'andré', 'café', 'josé', 'pokémon'}

def git(gdir, *args):
    return subprocess.run(['git', '--git-dir=' + gdir, *args], capture_output=True).stdout

def nfc(s):
    return unicodedata.normalize('NFC', s)

def glued_tokens(text):
    """Words the scraper ran together: a Vietnamese syllable followed by a capital
    ('trongThế'), or a non-syllable holding Vietnamese diacritics ('liệucác'), or letters
    followed by a digit ('tiền2')."""
    out = []
    for tok in text.split():
        core = tok.strip('.,;:!?…"\'“”‘’()[]-–—/')
        if not core or core.isupper():
            continue
        for w in re.findall(r'[^\W\d_]+', core):
            lw = w.lower()
            if lw in SPELLINGS or w.isupper():
                continue
            if any(c in DIAC for c in lw) and not is_syllable(w):
                out.append(tok)
                break
            cut = [i for i in range(1, len(w)) if w[i - 1].islower() and w[i].isupper()]
            if cut and is_syllable(w[:cut[0]]) and (w[0].islower() or any(c in DIAC for c in w[:cut[0]].lower())):
                out.append(tok)
                break
        if re.search(r'[a-zà-ỹđ]{2,}\d', core) and not re.search(r'[a-z]\d+[a-z]*$', core.lower()):
            out.append(tok)
        elif punct_glued(tok):
            out.append(tok)
    return out

def punct_glued(tok):
    """A sentence stop or comma with no space before the next capital ('nghiệp.\"Động'), or a
    quotation mark between two letters ('sách\"Công')."""
    for i in range(1, len(tok) - 1):
        a, b = tok[i - 1], tok[i]
        if a.isalpha() and a.islower() and b in '.!?;:,':
            rest = tok[i + 1:].lstrip('"“”')
            if rest[:1].isupper():
                return True
        if a.isalpha() and b in '"“”' and tok[i + 1].isalpha():
            return True
    return False

def scraper_articles(mirrors):
    gdir = os.path.join(mirrors, SCRAPER[0].replace('/', '+'), 'repo')
    arts = {}
    for paper, path in FILES.items():
        commits = git(gdir, 'rev-list', '--reverse', '--topo-order', SCRAPER[1], '--', path).decode().split()
        for c in commits:
            blob = git(gdir, 'rev-parse', f'{c}:{path}').decode().strip()
            data = git(gdir, 'cat-file', 'blob', blob) if blob else b''
            if not data:
                continue  # deleted in that commit, or a blob the snapshot lacks (4 MiB and more)
            text = data.decode('utf-8-sig').replace('\r\n', '\n').replace('\r', '\n')
            for row in csv.DictReader(io.StringIO(text)):
                url = row.get('URL')
                if url and url not in arts:
                    arts[url] = (paper, path, blob, c, row)
    return arts

def clean_scraped(paper, content):
    content = nfc(content)
    if paper == 'znews':
        i = content.find('  ')
        if i >= 0:
            if i < len(content) / 2:
                return None
            content = content[:i]
    return re.sub(r'\s+', ' ', content).strip()

def eligible_scraped(arts):
    pool = {}
    for url, (paper, path, blob, commit, row) in arts.items():
        content = clean_scraped(paper, row['Content'])
        if content is None or not LO <= len(content) <= HI:
            continue
        if re.search(r'Ảnh:\S', content) or glued_tokens(nfc(row['Title']) + ' ' + content):
            continue
        pool.setdefault((paper, row['Category']), []).append(url)
    return {k: sorted(v) for k, v in pool.items()}

def ward_posts(mirrors):
    gdir = os.path.join(mirrors, WARD[0].replace('/', '+'), 'repo')
    names = git(gdir, 'ls-tree', '-r', '--name-only', WARD[1], WARD[2]).decode().splitlines()
    posts = []
    for p in sorted(names):
        blob = git(gdir, 'rev-parse', f'{WARD[1]}:{p}').decode().strip()
        text = nfc(git(gdir, 'cat-file', 'blob', blob).decode('utf-8'))
        m = re.search(r'^\*?Nguồn:? *(https?://\S+?)\*?$', text, re.M)
        if m and WARD_LO <= sum(len(l) for l in ward_page(text)[0][1:]) <= WARD_HI:
            posts.append((p, blob, text, m.group(1)))
    return posts

def ward_page(text):
    """(lines, kinds) of a post: title from the front matter; a first paragraph in bold or
    quoted is the lead; a paragraph quoted or in italics right after an image is a caption;
    headings and list items are body; the repost's source line is left out."""
    text = text.replace('\r\n', '\n')
    m = re.match(r'---[ \t]*\n(.*?)\n---[ \t]*\n(.*)', text, re.S)
    fm, body = m.group(1), m.group(2)
    title = re.search(r'^title:\s*(.*)$', fm, re.M).group(1).strip()
    lines, kinds = [title], ['title']
    after_image = False
    for para in re.split(r'\n\s*\n', body):
        para = para.strip()
        if not para or para.startswith('[//]:'):
            continue
        if para.startswith('!['):
            after_image = True
            continue
        for raw in para.split('\n'):
            raw = raw.strip()
            if not raw or raw.startswith('[//]:') or raw.startswith('!['):
                continue
            t = re.sub(r'^(>|#+|-)\s*', '', raw)
            quoted, starred = raw.startswith('>'), raw.startswith('*')
            t = re.sub(r'\*+', '', t).strip()
            if re.match(r'Nguồn:? *(https?://|")', t):
                continue
            if after_image and (quoted or starred):
                kind = 'caption'
            elif len(lines) == 1 and (quoted or raw.startswith('**')):
                kind = 'lead'
            else:
                kind = 'body'
            lines.append(re.sub(r'\s+', ' ', t))
            kinds.append(kind)
        after_image = False
    return lines, kinds

def slug(url):
    s = re.sub(r'-(post)?\d+\.(html|htm|chn)$', '', url.rstrip('/').split('/')[-1])
    s = re.sub(r'\.(html|htm|md)$', '', s)
    return '-'.join(re.split(r'[-_]', s)[:6])

def write_pages(out, pages):
    """Write each page (name, lines, kinds, origin fields) to OUT/pages/ and its origin to
    OUT/work/origins-pages.tsv; articles 10 writes its pages so too."""
    P = os.path.join(out, 'pages')
    os.makedirs(P, exist_ok=True)
    os.makedirs(os.path.join(out, 'work'), exist_ok=True)
    with open(os.path.join(out, 'work', 'origins-pages.tsv'), 'w', encoding='utf-8') as o:
        for name, lines, kinds, fields in pages:
            with open(os.path.join(P, name), 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines) + '\n')
            o.write('\t'.join([name] + fields + [','.join(kinds)]) + '\n')

def main():
    ap = argparse.ArgumentParser(description='Write the pages of real articles 9 from the two repositories.')
    ap.add_argument('--mirrors', default='/work/.mirror', help='where the fetched repositories lie (<owner>+<name>/repo)')
    ap.add_argument('--out', default='/work/data/articles9', help="the set's folder (pages/ and work/ are written there)")
    a = ap.parse_args()
    rng = random.Random(SEED)
    pages = []  # (name, lines, kinds, origin fields)
    posts = ward_posts(a.mirrors)
    for p, blob, text, src in sorted(rng.sample(posts, WARD_N)):
        lines, kinds = ward_page(text)
        keep = [i for i in range(len(lines)) if i + 1 not in WARD_SKIP.get(p, ())]
        lines, kinds = [lines[i] for i in keep], [kinds[i] for i in keep]
        date = re.search(r'^date:\s*(\S+)', text, re.M).group(1)
        paper = src.split('/')[2].replace('www.', '')
        pages.append((f'{len(pages) + 1:02d}-{paper.split(".")[0]}-{slug(src)}.txt', lines, kinds,
                      [paper, date, src, WARD[0], p, blob, WARD[1]]))
    arts = scraper_articles(a.mirrors)
    pool = eligible_scraped(arts)
    total = sum(len(candidates(l)) for _, l, _, _ in pages)
    for stratum in STRATA:
        if len(pages) >= MIN_ARTICLES and total >= MIN_CANDIDATES:
            break
        left = list(pool.get(stratum, []))
        while left:
            url = rng.choice(left)
            left.remove(url)
            if url not in VETO:
                break
        else:
            continue
        paper, path, blob, commit, row = arts[url]
        content = clean_scraped(paper, row['Content'])
        lines = [nfc(row['Title']).strip(), content[:TRIM[url]].rstrip() if url in TRIM else content]
        date = re.search(r'(\d{1,2})/(\d{1,2})/(\d{4})', row['Time'])
        date = f'{date.group(3)}-{int(date.group(2)):02d}-{int(date.group(1)):02d}' if date else '?'
        pages.append((f'{len(pages) + 1:02d}-{paper}-{slug(url)}.txt', lines, ['title', 'text'],
                      [paper + '.vn' if paper == 'znews' else paper + '.net', date, url, SCRAPER[0], path, blob, commit,
                       'section ' + row['Category']]))
        total += len(candidates(lines))
    write_pages(a.out, pages)
    print(len(posts), 'ward posts eligible;', sum(len(v) for v in pool.values()), 'scraped articles eligible;',
          len(pages), 'pages;', total, 'candidates')

if __name__ == '__main__':
    main()
