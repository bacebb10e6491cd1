#!/usr/bin/env python3
"""Rebuild the pages and candidates of articles 16 from its source repository.

Source (bare mirror made by the session's fetch tool, /work/.mirror/<owner>+<name>/repo):
  doanhuyxh/NewsAppReactNative  Config/ImgTestPath.js, blob f164f61 (commit ffcddea, 2023-09-09):
                                ten Vietnamese articles of late August / early September 2023 as
                                24h.com.vn carried them, copied whole into a React Native app's
                                test data (the `products` array: title, createDate, description).
Each article becomes one page of kind<TAB>line: the record's title = title; the <h2> sapo = lead;
a paragraph that is wholly <i>/<em> (the text under a picture) = caption; every other paragraph,
cross-heads included = body. Candidates are every sentence that passes articles 3's keep() (digit,
symbol, inner capital or non-Vietnamese Latin word), split with articles 2's splitter, in page order.
Usage: extract16.py OUT_DIR   (writes OUT_DIR/pages/*.tsv and OUT_DIR/work/candidates.tsv)
"""
import html, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'articles2'))
sys.path.insert(0, os.path.join(HERE, '..', 'articles3'))
sys.path.insert(0, os.path.join(HERE, '..', 'articles15'))
from select2 import sentences  # noqa: E402
from select3 import keep  # noqa: E402
from extract15 import clean  # noqa: E402

REPO = '/work/.mirror/doanhuyxh+NewsAppReactNative/repo'
BLOB = 'f164f614e2e7b8bcd43895411a104fabf0179bd7'


def js_string(s, i):
    """The JS string literal starting at s[i] (a quote), decoded, and the index after it."""
    q = s[i]
    out, j = [], i + 1
    while s[j] != q:
        if s[j] == '\\':
            j += 1
            out.append({'n': '\n', 't': '\t'}.get(s[j], s[j]))
        else:
            out.append(s[j])
        j += 1
    return ''.join(out), j + 1


def records(src):
    """[(id, title, date, description)] of the products array."""
    out = []
    for m in re.finditer(r'\bid: (\d+),\s*title:\s*', src):
        title, k = js_string(src, m.end())
        date = re.compile(r'createDate: "([^"]*)"').search(src, k).group(1)
        d = re.compile(r'description:\s*').search(src, k)
        desc, _ = js_string(src, d.end())
        out.append((int(m.group(1)), title, date, desc))
    return out


def page(title, desc):
    lines = [('title', clean(title))]
    desc = re.sub(r'<figure.*?</figure>', '\n', desc, flags=re.S)
    for tag, inner in re.findall(r'<(h2|p)[^>]*>(.*?)</\1>', desc, re.S):
        t = clean(inner)
        if not t:
            continue
        if tag == 'h2':
            kind = 'lead'
        elif re.fullmatch(r'\s*<(i|em)>.*</\1>\s*', inner, re.S):
            kind = 'caption'
        else:
            kind = 'body'
        lines.append((kind, t))
    return lines


def main(out):
    os.makedirs(os.path.join(out, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(out, 'work'), exist_ok=True)
    src = subprocess.run(['git', '-C', REPO, 'cat-file', '-p', BLOB], check=True,
                         capture_output=True).stdout.decode('utf-8')
    seen = set()
    with open(os.path.join(out, 'work', 'candidates.tsv'), 'w', encoding='utf-8') as cand:
        for rid, title, date, desc in records(src):
            name = 'a%d' % rid
            lines = page(title, desc)
            with open(os.path.join(out, 'pages', name + '.tsv'), 'w', encoding='utf-8') as f:
                f.write('# %s %s\n' % (date[:10], name))
                for kind, t in lines:
                    f.write('%s\t%s\n' % (kind, t))
            for n, (kind, t) in enumerate(lines, 1):
                for s in sentences(t):
                    s = unicodedata.normalize('NFC', re.sub(r'\s+', ' ', s).strip())
                    if s and s not in seen and keep(s):
                        seen.add(s)
                        cand.write('%s\t%d\t%s\t%s\n' % (name, n, kind, s))


if __name__ == '__main__':
    if len(sys.argv) != 2 or sys.argv[1] in ('-h', '--help'):
        sys.exit(__doc__.strip())
    main(sys.argv[1])
