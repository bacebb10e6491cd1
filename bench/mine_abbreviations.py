#!/usr/bin/env python3
"""Mine Vietnamese news text for abbreviations and the words they stand for.

Newsrooms define an abbreviation the first time they use it, in one of two shapes:
  "Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT)"   words, then the abbreviation in brackets
  "SXH (sốt xuất huyết)"                                the abbreviation, then the words
(also "(gọi tắt là ABBR)", "(viết tắt là ABBR)", "(Sở NN-PTNT)" with the head word repeated).
A pairing is kept when the abbreviation's letters are the initials of the words, in order:
Đ counts as D, a connective (và, của, các, ...) may be skipped or stand for "&", a word may give
its first letter or its first two when they are one sound (Th, Tr, Ch, Kh, Ng, Nh, Ph, Gi, Qu),
and "-", "&", "." inside the abbreviation are separators (NN-MT, GD-ĐT, KH-CN, TP.HCM).

For every abbreviation it counts the pairings by expansion, how often the abbreviation occurs
at all (as a whole token), and what docbao says for it today (build/release/src/cli/docbao), so
the report shows which frequent ones are still spelled letter by letter. Choosing the entries
for voices/lexicon/abbreviations.tsv stays a human judgement (institutions, diseases, sports,
administrative terms that a newsreader expands; acronyms a newsreader spells stay out).
Session 20 took: 2 or more pairings, the top expansion at 80% or more of them and 10 or
more occurrences (63 keys); one pairing, 20 or more occurrences and a sample of uses read by
hand (20 keys); 10 with uses read by hand and few or no pairings (PTNT, WC, THTT, HĐTV, CHDC).
Left out: ambiguous ones (CN, TH, NV, ĐKKD, TTĐT, BMT, VHTT) and names a newsreader spells.

Corpus (third-party text, read where it lies, never committed):
  /work/data/heldout5/work/candidates-leads.json.gz  Tuổi Trẻ / Thanh Niên lead pool
  /work/data/articles{,2,3}/pages/*.txt              pages of the opened real-article sets
  /work/.mirror/magizbox+scraper                     baomoi.com articles of 2017 (vn_news/data)
  /work/.mirror/leduchuy20+crawl_news                24h.com.vn crawl (every stored version of
                                                     24h_html_categories_vi.csv) and the RSS
                                                     backup without its VnExpress/Dân Trí rows
The sealed sets' sources are left out on purpose. `extract` writes the corpus once as
$DOCBAO_DATA_DIR/abbrmine/corpus.txt.gz (one paragraph a line, source tag first); `mine`
reads it and writes the report.

Usage:
  bench/mine_abbreviations.py extract
  bench/mine_abbreviations.py mine [--min-pairs N] [--docbao PATH] > report.tsv
Report columns: abbreviation, pairings, occurrences, share of the top expansion, top
expansion, docbao's reading today, other expansions (count).
"""
import collections, csv, glob, gzip, json, os, re, subprocess, sys, unicodedata

DATA = os.environ.get('DOCBAO_DATA_DIR', '/work/data')
MIRROR = os.environ.get('DOCBAO_MIRROR_DIR', '/work/.mirror')
OUT_DIR = os.path.join(DATA, 'abbrmine')
CORPUS = os.path.join(OUT_DIR, 'corpus.txt.gz')


def nfc(s):
    return unicodedata.normalize('NFC', s)


def git(repo, *args, data=None):
    return subprocess.run(['git', '-C', repo] + list(args), input=data, capture_output=True,
                          check=True).stdout


def blobs(repo, shas):
    """Contents of the given blobs (one git cat-file --batch)."""
    if not shas:
        return []
    out = git(repo, 'cat-file', '--batch', data=('\n'.join(shas) + '\n').encode())
    res, pos = [], 0
    while pos < len(out):
        nl = out.index(b'\n', pos)
        head = out[pos:nl].split()
        if len(head) < 3 or head[1] == b'missing':
            pos = nl + 1
            continue
        size = int(head[2])
        res.append(out[nl + 1:nl + 1 + size].decode('utf-8', 'replace'))
        pos = nl + 1 + size + 1
    return res


def baomoi():
    repo = os.path.join(MIRROR, 'magizbox+scraper/repo')
    if not os.path.isdir(repo):
        return
    shas = [l.split()[2] for l in git(repo, 'ls-tree', '-r', 'HEAD', 'vn_news/data/').decode().splitlines()]
    for i in range(0, len(shas), 2000):
        for text in blobs(repo, shas[i:i + 2000]):
            for para in text.splitlines():
                yield 'baomoi', para


def crawl_news():
    repo = os.path.join(MIRROR, 'leduchuy20+crawl_news/repo')
    if not os.path.isdir(repo):
        return
    objs = git(repo, 'rev-list', '--all', '--objects', '--missing=allow-any').decode().splitlines()
    wanted = {}
    for line in objs:
        parts = line.split(' ', 1)
        if len(parts) == 2 and (parts[1].endswith('24h_html_categories_vi.csv')
                                or parts[1].endswith('rss_feed_articles_backup.csv')):
            wanted[parts[0]] = parts[1]
    csv.field_size_limit(1 << 30)
    seen = set()
    for text in blobs(repo, sorted(wanted)):
        for row in csv.DictReader(text.splitlines(True)):
            url = row.get('url') or ''
            if 'vnexpress' in url or 'dantri' in url:
                continue  # sources of sealed sets
            key = row.get('id') or url
            if key in seen:
                continue
            seen.add(key)
            for para in ((row.get('title') or '') + '\n' + (row.get('content.text') or '')).splitlines():
                yield '24h' if '24h.com.vn' in url else 'rss', para


def local():
    path = os.path.join(DATA, 'heldout5/work/candidates-leads.json.gz')
    if os.path.exists(path):
        with gzip.open(path, 'rt', encoding='utf-8') as f:
            for _id, sent in json.load(f):
                yield 'leads', sent
    for d in ('articles', 'articles2', 'articles3'):  # not articles4: sealed
        for p in sorted(glob.glob(os.path.join(DATA, d, 'pages', '*.txt'))):
            with open(p, encoding='utf-8', errors='replace') as f:
                for para in f:
                    yield 'pages', para


def extract():
    os.makedirs(OUT_DIR, exist_ok=True)
    tmp = CORPUS + '.tmp'
    n = collections.Counter()
    seen = set()
    with gzip.open(tmp, 'wt', encoding='utf-8') as out:
        for gen in (local(), baomoi(), crawl_news()):
            for src, para in gen:
                para = ' '.join(nfc(para).split())
                if len(para) < 20 or para in seen:
                    continue
                seen.add(para)
                n[src] += 1
                out.write(src + '\t' + para + '\n')
    os.replace(tmp, CORPUS)
    print('wrote', CORPUS, dict(n), file=sys.stderr)


# ---- matching ----
CONNECTIVES = {'và', 'của', 'các', 'cho', 'về', 'với', 'tại', 'trong', 'những', 'là'}
DIGRAPHS = ('ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr')
ABBR_RE = re.compile(r'^[A-ZĐ][A-Za-zĐđ]*(?:[-&.][A-ZĐ][A-Za-zĐđ]*)*$')
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
PAREN_RE = re.compile(r'\(([^()]{1,160})\)')
LEADIN_RE = re.compile(r'^(?:sau đây |dưới đây )?(?:gọi tắt là|viết tắt là|gọi tắt|viết tắt|gọi là)\s+',
                       re.IGNORECASE)
TOKEN_RE = re.compile(r'(?<![\w&.-])[A-ZĐ][A-Za-zĐđ]*(?:[-&.][A-ZĐ][A-Za-zĐđ]*)*(?![\w&-])')


def fold(s):
    return s.lower().replace('đ', 'd')


def strip_marks(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))


def abbr_letters(abbr):
    """The abbreviation as a list of pieces to match: lower-case letters and '&'."""
    out = []
    for c in abbr:
        if c == '&':
            out.append('&')
        elif c.isalpha():
            out.append(fold(c))
    return out


def is_abbr(tok):
    if not ABBR_RE.match(tok):
        return False
    caps = sum(1 for c in tok if c.isupper())
    return caps >= 2 and caps * 2 >= sum(1 for c in tok if c.isalpha()) and len(tok) <= 16


def match_words(words, letters):
    """True when the words' initials spell the letters (all of both used)."""
    words = [fold(strip_marks(w)) for w in words]
    memo = {}

    def m(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == len(words):
            r = j == len(letters)
        elif j == len(letters):
            r = False
        else:
            w = words[i]
            r = False
            if letters[j] == '&':
                r = w == 'va' and m(i + 1, j + 1)
            else:
                if w[0] == letters[j] and m(i + 1, j + 1):
                    r = True
                elif (w[:2] in DIGRAPHS and j + 1 < len(letters) and letters[j + 1] != '&'
                      and w[:2] == letters[j] + letters[j + 1] and m(i + 1, j + 2)):
                    r = True
            if not r and 0 < i < len(words) - 1 and w in {fold(strip_marks(c)) for c in CONNECTIVES}:
                r = m(i + 1, j)
        memo[(i, j)] = r
        return r

    return bool(words) and m(0, 0)


def before_match(prefix_words, letters, head=None):
    """The shortest run of words ending the prefix that spells the letters, or None."""
    n = len(prefix_words)
    top = min(n, 3 * len(letters) + 3)
    for k in range(1, top + 1):
        run = prefix_words[n - k:]
        if fold(strip_marks(run[0])) in {fold(strip_marks(c)) for c in CONNECTIVES}:
            continue
        if match_words(run, letters):
            if head:
                if n - k - len(head) < 0 or [w.lower() for w in prefix_words[n - k - len(head):n - k]] != [h.lower() for h in head]:
                    continue
            return run
    return None


def pairings(para):
    for mo in PAREN_RE.finditer(para):
        inner = mo.group(1).strip()
        # "words (ABBR)" / "words (gọi tắt là ABBR)" / "Sở Words (Sở ABBR)"
        inner2 = LEADIN_RE.sub('', inner)
        toks = inner2.split()
        if toks and is_abbr(toks[-1].rstrip(',;:')) and all(t[:1].isupper() for t in toks):
            abbr = toks[-1].rstrip(',;:')
            head = toks[:-1]
            if len(head) <= 2:
                prefix = WORD_RE.findall(para[:mo.start()][-400:])
                run = before_match(prefix, abbr_letters(abbr), head)
                if run:
                    yield abbr, ' '.join(run).lower()
                    continue
        # "ABBR (words)"
        pre = para[:mo.start()].rstrip()
        last = pre.split()[-1] if pre.split() else ''
        if is_abbr(last):
            words = WORD_RE.findall(LEADIN_RE.sub('', inner))
            if words and len(words) <= 3 * len(abbr_letters(last)) + 3 and match_words(words, abbr_letters(last)):
                yield last, ' '.join(words).lower()


def docbao_readings(binary, abbrs):
    """What docbao says for each abbreviation alone in a neutral sentence."""
    res = {}
    text = '\n'.join('Theo ông, %s đã nói vậy.' % a for a in abbrs) + '\n'
    out = subprocess.run([binary, 'normalize'], input=text.encode(), capture_output=True).stdout.decode()
    lines = out.splitlines()
    if len(lines) == len(abbrs):
        for a, l in zip(abbrs, lines):
            l = re.sub(r'^theo ông,?\s*', '', l, flags=re.IGNORECASE)
            res[a] = re.sub(r'\s*đã nói vậy\.?\s*$', '', l)
    else:  # one at a time
        for a in abbrs:
            o = subprocess.run([binary, 'normalize'], input=('Theo ông, %s đã nói vậy.\n' % a).encode(),
                               capture_output=True).stdout.decode().strip()
            o = re.sub(r'^theo ông,?\s*', '', o, flags=re.IGNORECASE)
            res[a] = re.sub(r'\s*đã nói vậy\.?\s*$', '', o)
    return res


def mine(min_pairs, binary):
    pairs = collections.defaultdict(collections.Counter)
    srcs = collections.defaultdict(collections.Counter)
    occ = collections.Counter()
    with gzip.open(CORPUS, 'rt', encoding='utf-8') as f:
        for line in f:
            src, para = line.rstrip('\n').split('\t', 1)
            for tok in TOKEN_RE.findall(para):
                occ[tok] += 1
            for abbr, words in pairings(para):
                pairs[abbr][words] += 1
                srcs[abbr][src] += 1
    keep = sorted((a for a in pairs if sum(pairs[a].values()) >= min_pairs),
                  key=lambda a: (-sum(pairs[a].values()), a))
    said = docbao_readings(binary, keep) if binary and os.path.exists(binary) else {}
    w = sys.stdout
    w.write('# abbreviation\tpairings\toccurrences\ttop share\ttop expansion\tdocbao today\tsources\tothers\n')
    for a in keep:
        tot = sum(pairs[a].values())
        top, n = pairs[a].most_common(1)[0]
        others = '; '.join('%s (%d)' % (e, c) for e, c in pairs[a].most_common()[1:6])
        src = ','.join('%s:%d' % sc for sc in srcs[a].most_common())
        w.write('%s\t%d\t%d\t%.2f\t%s\t%s\t%s\t%s\n' % (a, tot, occ[a], n / tot, top, said.get(a, ''), src, others))


def main():
    args = sys.argv[1:]
    if not args or args[0] not in ('extract', 'mine'):
        sys.exit(__doc__)
    if args[0] == 'extract':
        extract()
        return
    min_pairs, binary = 2, 'build/release/src/cli/docbao'
    i = 1
    while i < len(args):
        if args[i] == '--min-pairs':
            min_pairs = int(args[i + 1]); i += 2
        elif args[i] == '--docbao':
            binary = args[i + 1]; i += 2
        else:
            sys.exit(__doc__)
    mine(min_pairs, binary)


if __name__ == '__main__':
    main()
