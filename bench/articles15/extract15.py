#!/usr/bin/env python3
"""Rebuild the written column of articles 15 from its two source repositories.

Sources (bare mirrors made by the session's fetch tool, /work/.mirror/<owner>+<name>/repo):
  ntd05/webCitizenV       src/Content/Tintuc/Tt1.js .. Tt5.js at commit 02feab7 (five news pages of
                          the statistics office about the 2019 census, copied into React files)
  kienhoangg/News_Project sources/client/news-ui/src/features/visitor/PublishedDocumentPage/
                          PublishedDocumentPage.jsx, blob cb59fff (one Yen Bai portal article, 2022)
Each page becomes one text file of kind<TAB>line (h2 or DATA_TITLE = title; <em> directly under the
title or the portal's "CTTĐT -" first paragraph = lead; centred <em> under a picture = caption; other
paragraphs = body). Candidates are then every sentence that passes articles 3's keep() (digit, symbol,
inner capital or non-Vietnamese Latin word), split with articles 2's splitter, in page order.
Usage: extract15.py OUT_DIR   (writes OUT_DIR/pages/*.tsv and OUT_DIR/work/candidates.tsv)
"""
import html, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'articles2'))
sys.path.insert(0, os.path.join(HERE, '..', 'articles3'))
from select2 import sentences  # noqa: E402
from select3 import keep  # noqa: E402

MIRROR = '/work/.mirror'
GSO = ('ntd05+webCitizenV', '02feab7', ['src/Content/Tintuc/Tt%d.js' % i for i in range(1, 6)])
YB = ('kienhoangg+News_Project', 'cb59fff48c3860593e5c628c8f88df90d6e7cffa')


def git(repo, *args):
    return subprocess.run(['git', '-C', os.path.join(MIRROR, repo, 'repo')] + list(args),
                          check=True, capture_output=True).stdout.decode('utf-8')


def clean(s):
    s = re.sub(r'<br\s*/?>(</br>)?', ' ', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s).replace('\u2003', ' ').replace('\xa0', ' ')
    return unicodedata.normalize('NFC', re.sub(r'\s+', ' ', s).strip())


def gso_page(src):
    """[(kind, text)] of one Tt*.js page: h2 title, em lead, paragraphs split at <br>."""
    out = []
    body = src[src.index('<h2>'):]
    m = re.search(r'<h2>(.*?)</h2>', body, re.S)
    out.append(('title', clean(m.group(1))))
    rest = body[m.end():]
    m = re.search(r'<em>(.*?)(</em>|<br)', rest, re.S)
    if m:
        out.append(('lead', clean(m.group(1))))
        rest = rest[m.end():]
    for chunk in re.split(r'<br\s*/?>(?:</br>)?|</?p>|<img[^>]*>|</?div[^>]*>|<h\d>|</h\d>|</em>|<em>', rest):
        t = clean(chunk)
        if t and not re.fullmatch(r'[)};( ]*', t):
            out.append(('body', t))
    return out


def yb_page(src):
    title = clean(re.search(r'DATA_TITLE = `(.*?)`', src, re.S).group(1))
    content = re.search(r'DATA_CONTENT = `(.*?)`', src, re.S).group(1)
    out = [('title', title)]
    for p in re.findall(r'<p[^>]*>(.*?)</p>', content, re.S):
        t = clean(p)
        if not t:
            continue
        if t.startswith('CTTĐT'):
            kind = 'lead'
        elif re.fullmatch(r'\s*<em>.*</em>\s*', p, re.S):
            kind = 'caption'
        else:
            kind = 'body'
        out.append((kind, t))
    return out


def main(out):
    os.makedirs(os.path.join(out, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(out, 'work'), exist_ok=True)
    pages = []
    repo, commit, paths = GSO
    for i, p in enumerate(paths, 1):
        pages.append(('gso%d' % i, gso_page(git(repo, 'show', '%s:%s' % (commit, p)))))
    pages.append(('yenbai1', yb_page(git(YB[0], 'cat-file', '-p', YB[1]))))
    seen = set()
    with open(os.path.join(out, 'work', 'candidates.tsv'), 'w', encoding='utf-8') as cand:
        for name, lines in pages:
            with open(os.path.join(out, 'pages', name + '.tsv'), 'w', encoding='utf-8') as f:
                for kind, t in lines:
                    f.write('%s\t%s\n' % (kind, t))
            for n, (kind, t) in enumerate(lines, 1):
                for s in sentences(t):
                    s = re.sub(r'\s+', ' ', s).strip()
                    if s and s not in seen and keep(s):
                        seen.add(s)
                        cand.write('%s\t%d\t%s\t%s\n' % (name, n, kind, s))


if __name__ == '__main__':
    if len(sys.argv) != 2 or sys.argv[1] in ('-h', '--help'):
        sys.exit(__doc__.strip())
    main(sys.argv[1])
