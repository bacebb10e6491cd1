"""What heldout5's scripts share with heldout6's (which take the same aggregator, categories and
shorthand numbers): the extraction of the aggregator's history, the category order, numbers and
years in words, the sentence key, the category expressions of pick.py and its sampler."""
import glob, hashlib, html, json, os, random, re, subprocess, sys, unicodedata
REPO = '/work/.mirror/mnngoisaoxanh+tintuchangngay/repo'
ORDER = ['abbreviation','address','date','time','number','money','percent','unit','range','fraction',
         'score','roman','legal','phone','web','foreign','code','mixed']
U = ['không','một','hai','ba','bốn','năm','sáu','bảy','tám','chín']
def two(n):
    if n < 10: return U[n]
    t, u = divmod(n, 10)
    s = 'mười' if t == 1 else U[t] + ' mươi'
    if u == 0: return s
    if u == 1: return s + (' một' if t == 1 else ' mốt')
    if u == 4: return s + (' bốn' if t == 1 else ' tư')
    if u == 5: return s + ' lăm'
    return s + ' ' + U[u]
def year(y):               # 20xx: with or without "không trăm", nghìn or ngàn
    r = y - 2000; alts = []
    for k in ('nghìn', 'ngàn'):
        if r == 0: alts.append('hai ' + k)
        elif r < 10: alts += ['hai %s không trăm linh %s' % (k, U[r]), 'hai %s không trăm lẻ %s' % (k, U[r]),
                              'hai %s linh %s' % (k, U[r]), 'hai %s lẻ %s' % (k, U[r])]
        else: alts += ['hai %s không trăm %s' % (k, two(r)), 'hai %s %s' % (k, two(r))]
    return '{' + '|'.join(alts) + '}'
def key(s): return hashlib.sha1(s.encode()).hexdigest()[:8]
def nreadings(s):
    """How many readings the scorer expands a spoken text with {a|b} groups into."""
    n = 1
    for g in re.findall(r'\{([^{}]*)\}', s): n *= len(g.split('|'))
    return n
def readings(W, pool, expand, cap=False, comments=False, keys=False):
    """The cases of the hand-written readings in W/w/*.txt (lines key¦category¦spoken, the key
    looked up in pool: key -> (article id, written, kind)), spoken expanded by expand():
    ([(category, key, article id, kind, written, spoken)] in ORDER, the count of faults printed);
    cap: a case of more than 256 readings is a fault; comments: lines starting with '#' are
    skipped; keys: a fault names its case by key, never by its text (a sealed set's log)."""
    rows = []; bad = 0; seen = set()
    for f in sorted(glob.glob(W + '/w/*.txt')):
        for ln, line in enumerate(open(f, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or (comments and line.startswith('#')): continue
            p = line.split('¦')
            if len(p) != 3: print('FIELDS', f, ln); bad += 1; continue
            k, c, s = p
            if k not in pool: print('NOKEY', f, ln, k); bad += 1; continue
            if not s.strip(): print('EMPTY', f, ln, k); bad += 1; continue
            if k in seen: print('DUP', f, ln, k); bad += 1
            seen.add(k)
            aid, w, kind = pool[k]
            s = unicodedata.normalize('NFC', ' '.join(expand(s).split()))
            w = unicodedata.normalize('NFC', w)
            bad += check(f, ln, c, w, s, k if keys else None, cap)
            rows.append((c, k, aid, kind, w, s))
    rows.sort(key=lambda r: ORDER.index(r[0]))
    return rows, bad
def check(f, ln, c, w, s, k=None, cap=False):
    """Print the faults of one case (line ln of file f; category c, written w, spoken s already
    expanded) and return how many: unknown category, shorthand left, nested or unbalanced braces,
    unbalanced <en>, a digit outside <en>, a tab; with cap, more than 256 readings. Words of
    capitals left outside <en> are printed, not counted. With k, a fault names its case by k,
    never by its text (a sealed set's log)."""
    bad = 0
    tag = [k] if k else []
    def text(t): return [k] if k else [t]
    if c not in ORDER: print('CAT', f, ln, c); bad += 1
    if '@' in s: print('MACRO', f, ln, *text(s)); bad += 1
    if re.search(r'\{[^}]*\{|\}[^{]*\}', s) or s.count('{') != s.count('}'): print('BRACE', f, ln, *text(s)); bad += 1
    if s.count('<en>') != s.count('</en>'): print('EN', f, ln, *tag); bad += 1
    noen = re.sub(r'<en>.*?</en>', '', s)
    if re.search(r'\d', noen): print('DIGIT', f, ln, *text(noen)); bad += 1
    if cap and nreadings(s) > 256: print('READINGS', f, ln, *tag, nreadings(s)); bad += 1
    caps = re.findall(r'\b[A-ZĐ]{2,}\b', noen)
    if caps: print('CAPS', f, ln, *tag, caps)
    if '\t' in w + s: print('TAB', f, ln); bad += 1
    return bad
def used_elsewhere(rows, own):
    """How many written sentences of rows (printed by key) occur in a .tsv under /work/data or
    /work/shared other than the set's own (own(path) is true for those). The second readings'
    folder (second/SET/, bench/second/README.md) is skipped: its written columns are its sets'."""
    tsvtext, bad = '', 0
    for t in glob.glob('/work/data/**/*.tsv', recursive=True) + glob.glob('/work/shared/**/*.tsv', recursive=True):
        t = os.path.abspath(t)
        if own(t) or '/second/' in t: continue
        tsvtext += open(t, encoding='utf-8', errors='replace').read()
    for r in rows:
        if r[4] in tsvtext: print('USED', r[1]); bad += 1
    return bad
def summary(rows, bad):
    """Print the largest number of readings and the count by category; exit if anything was bad."""
    from collections import Counter
    print('max readings', max(nreadings(r[5]) for r in rows))
    print(sorted(Counter(r[0] for r in rows).items(), key=lambda x: ORDER.index(x[0])), len(rows), 'bad', bad)
    if bad: sys.exit(1)
def write_rows(path, rows):
    """Write the set's .tsv: category, written, spoken."""
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        for c, k, aid, kind, w, s in rows: fh.write(f'{c}\t{w}\t{s}\n')
def write_origins(path, header, rows, cols):
    """Write origins.txt at path: a '# line, category, kind, ...' header (header names the
    columns after kind) and per row its number, category, kind and cols(aid), a list of fields."""
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('# line\tcategory\t' + header + '\n')
        for n, (c, k, aid, kind, w, s) in enumerate(rows, 1):
            fh.write('\t'.join([str(n), c, kind] + cols(aid)) + '\n')
def write_set(path, rows, arts, first):
    """Write the set's .tsv at path and origins.txt beside it (article, its data file and the
    first commit holding it, from first: blob -> commit)."""
    write_rows(path, rows)
    def cols(aid):
        a = arts[aid]
        return [a['source'], a['published'][:10], a['link'], f"{a['file']} ({a['blob']})", first.get(a['blob'], '?')]
    write_origins(os.path.join(os.path.dirname(path), 'origins.txt'),
                  'kind\tpublisher\tpublished\tarticle link\tdata file (git blob) in mnngoisaoxanh/tintuchangngay\tfirst commit holding that blob', rows, cols)
def extract(tmp):
    """Write tmp/arts.json: every article (title, summary, source, link, published) that ever
    appeared in the daily data files listed in tmp/blobs.txt (blob, path) of the aggregator's mirror."""
    blobs = [l.split() for l in open(tmp + '/blobs.txt')]
    p = subprocess.Popen(['git', '-C', REPO, 'cat-file', '--batch'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    arts = {}
    bad = 0
    for sha, path in blobs:
        p.stdin.write((sha + '\n').encode()); p.stdin.flush()
        hdr = p.stdout.readline().split()
        size = int(hdr[2]); data = p.stdout.read(size); p.stdout.read(1)
        t = data.decode('utf-8', 'replace')
        if path.endswith('.js'):
            i = t.find('{')
            t = t[i:].rstrip().rstrip(';')
        try:
            d = json.loads(t)
        except Exception:
            bad += 1; continue
        items = d if isinstance(d, list) else d.get('articles', [])
        for a in items:
            k = a.get('id') or a.get('link')
            if k and k not in arts:
                arts[k] = {x: a.get(x, '') for x in ('id', 'title', 'summary', 'source', 'link', 'published')}
                arts[k]['file'] = path; arts[k]['blob'] = sha
    print(len(arts), 'articles;', bad, 'unparsed', file=sys.stderr)
    json.dump(list(arts.values()), open(tmp + '/arts.json', 'w'), ensure_ascii=False)
# Category expressions (adapted from heldout4's pick.py to the date styles of Tuoi Tre "5-12" and
# Thanh Nien "8.4")
D = r'(ngày|sáng|chiều|tối|trưa|đêm|rạng sáng|hôm nay|hôm qua|từ|đến|trước|sau|hạn|năm) '
C = {
'abbreviation': r'\b(UBND|HĐND|CSGT|THPT|PGS|TS\.|ThS|BS\.|GS\.|CLB|BHXH|BHYT|NXB|VKSND|TAND|ĐBQH|MTTQ|LHQ|HLV|THCS|GDP|ĐH|BTC|NHNN|TNHH|KTS|NSƯT|NSND|WHO|GD-ĐT|BĐS|DN|VĐV|ĐBSCL|BCH|CEO|AI|FDI|HĐQT|TTXVN|QĐND|CAND|LĐ-TB-XH|VH-TT-DL|KH-CN|NN-PTNT|TN-MT|GTVT|CHDCND|EU|ASEAN|NATO|UAE|ĐHQG|TP)\b',
'address': r'(số \d+[A-Za-z/]*,? (đường|phố|ngõ|hẻm)|\b[QP]\.\s?\d|\bquận \d|\bngõ \d+|\bngách \d+|\bhẻm \d+|\d+/\d+ đường|\btổ \d+|\bKP\.?\s?\d|\bấp \d|\bkhu phố \d|\bP\.\s?[A-ZĐ]|\bQ\.\s?[A-ZĐ]|\bTX\.|\bH\.\s?[A-ZĐ]|\bX\.\s?[A-ZĐ]|\bđường số \d|\bphường \d|\bkm ?\d+\+\d+|\bKm ?\d+)',
'date': r'(\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b' + D + r'\d{1,2}[-./]\d{1,2}\b|\btháng \d{1,2}[/.-]\d{4}\b|\b\d{1,2}-\d{1,2}-\d{4}\b)',
'time': r'(\b\d{1,2}h\d{0,2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2} giờ \d{1,2}\b|\b\d{1,2}g\d{2}\b)',
'number': r'(\b\d{1,3}(\.\d{3})+\b(?! ?(đồng|USD|tỷ|triệu|%|km|ha|tấn|m))|\b\d+,\d+\b(?! ?(%|đồng|USD|tỷ|triệu|km|m|kg|ha|tấn)))',
'money': r'(\d ?(đồng|USD|VNĐ|VND|euro|yên|NDT|won|bảng|baht|đ)\b|\$\s?\d|\d ?(tỷ|triệu|nghìn|ngàn) (đồng|USD))',
'percent': r'\d ?%',
'unit': r'\b\d+([.,]\d+)? ?(km|m2|m²|kg|ha|cm|mm|MW|kWh|kW|GW|m3|m³|ml|mg|km/h|GB|MB|TB|GHz|mAh|inch|lít|µg|ppm|ºC|°C|độ C|MP|Hz|mm/h|tấn|kg/ha|hp|Nm)\b',
'range': r'\b\d+([.,]\d+)?\s?[-–]\s?\d+([.,]\d+)? ?(%|km|m|kg|tuổi|năm|ngày|triệu|tỷ|người|giờ|tháng|độ|cm|tấn|ha|đồng|mm|phút|lần|USD)',
'fraction': r'(\b\d{1,2}/\d{1,3}\b(?!/)(?! ?(năm|\d))|\bmột phần (ba|tư|năm)|\b\d+/\d+ (số|dân|diện tích|tổng|câu|thành viên|phiếu|học sinh|tỉnh|xã|trận|đại biểu))',
'score': r'(\b\d{1,2}-\d{1,2}\b.*(thắng|thua|hòa|tỷ số|chung cuộc|ghi bàn|set|hiệp|đánh bại|vượt qua|cầm hòa)|(thắng|thua|hòa|tỷ số|chung cuộc|hiệp 1|đánh bại|vượt qua|cầm hòa|set).*\b\d{1,2}-\d{1,2}\b)',
'roman': r'\b(thế kỷ|thế kỉ|khóa|khoá|Khóa|Quý|quý|lần thứ|Đại hội|đại hội|kỳ họp thứ|hạng|Chương|chương|Điều|vua|Giáo hoàng|Elizabeth|Charles|Thế chiến|phần|tập|Phần|Tập|giai đoạn|cấp độ|Hội nghị|hội nghị|mùa|Vòng|vòng|kỳ|Nhóm|nhóm|Leo|Louis|Henry|John Paul|Napoleon|Ramses|Vatican) [IVXLC]{1,6}\b',
'legal': r'(\bsố \d+/\d{4}/[A-ZĐ-]+|\bsố \d+/[A-ZĐ]+-[A-ZĐ]+|\b\d+/\d{4}/(NĐ|TT|QĐ|QH)[A-Z0-9-]*|\bĐiều \d+ (BLHS|Bộ luật)|\b\d+/(QĐ|CT|NQ|TB|KH|CĐ|NĐ)-[A-ZĐ]+|\bkhoản \d+ Điều \d+|\b(Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Công điện|Luật) (số )?\d+|\bĐiều \d+)',
'phone': r'(\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b|\b0\d{9}\b|\b1900[ .]?\d{3,4}|\b1800[ .]?\d{3,4}|\b(113|114|115|111|112)\b|hotline|đường dây nóng|tổng đài)',
'web': r'(www\.|https?://|\b[a-z0-9-]+\.(vn|com|net|org|io|ai)\b|\b\w+@\w+\.|\.gov\.vn|\.com\.vn|\.vn\b)',
'foreign': r'\b(Facebook|Google|Apple|Samsung|Microsoft|Trump|Putin|Messi|Ronaldo|Manchester|Barcelona|Real Madrid|Chelsea|Arsenal|Liverpool|YouTube|TikTok|Instagram|Uber|Grab|Toyota|Honda|Ford|Amazon|Netflix|Hollywood|Oscar|Premier League|Champions League|World Cup|Washington|London|Paris|New York|Tokyo|Seoul|Macron|Zelensky|Netanyahu|Kim Jong-un|Nvidia|OpenAI|ChatGPT|Gemini|Elon Musk|Tesla|Xiaomi|Huawei|BYD|Starbucks|iPhone|Galaxy|BMW|Mercedes|Boeing|Airbus|Meta|Bitcoin|Shopee|Lazada|Kim Sang-sik|Vance|Rubio|Starmer|Merz|Takaichi|Lee Jae-myung)\b',
'code': r'(\b\d{2}[A-Z]\d?[- ]\d{3}\.?\d{2}\b|\b[A-Z]{1,4}\d{2,5}[A-Z]?\b|\b[A-Z]+-\d+\b|\biPhone \d+|\bGalaxy [A-Z]\d+|\bSu-\d+|\bF-\d+|\b[A-Z]\d{2,3}\b|\bQL\d+|\bĐT\.?\d+|\bCT\.?\d+|\b[A-Z]{2,}\d[A-Z0-9]*\b)',
}
def sample(sents, cats, C, n, mix=None):
    """Print a shuffled sample of n (id, sentence) of each category (seed first); with mix, the
    category mixed is the sentences that match three or more of the categories in mix."""
    for c in cats:
        if c == 'mixed' and mix is not None:
            rs = [re.compile(C[x]) for x in mix]
            m = [(i, s) for i, s in sents if sum(1 for r in rs if r.search(s)) >= 3 and len(s) <= 180]
        else:
            r = re.compile(C[c])
            m = [(i, s) for i, s in sents if r.search(s) and len(s) <= 180]
        random.shuffle(m)
        print('##', c, len(m))
        for i, s in m[:n]:
            print(key(s), '|', s)
CAP = 'A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ'
split = re.compile(r'(?<=[.!?…])\s+(?=["“‘\'(]?[' + CAP + r'0-9])')
def leads(arts, usedtext, order):
    """The whole sentences of 40-200 characters of the articles' leads (summaries), articles sorted
    by order, each once and none in usedtext: ([(id, sentence)], the set of sentences)."""
    sents = []; seen = set()
    for a in sorted(arts, key=order):
        t = unicodedata.normalize('NFC', html.unescape(a['summary'] or '')).replace('\xa0', ' ').strip()
        parts = split.split(t)
        if parts and not re.search(r'[.!?…"”’\')]$', parts[-1]):
            parts = parts[:-1]          # the feed cut the lead short: drop the unfinished sentence
        for s in parts:
            s = s.strip()
            if 40 <= len(s) <= 200 and s not in seen and '\t' not in s and '\ufffd' not in s and s not in usedtext:
                seen.add(s); sents.append((a['id'], s))
    return sents, seen
