# Build ../news6v.tsv and ../origins.txt from the hand-written readings in w/*.txt
# (lines "key¦category¦spoken"; key = first 8 hex digits of the sha1 of the written sentence).
# The written text is never typed by hand: it is looked up by key among the candidates made by
# cand.py, so it is exactly the published sentence.  Shorthands (written once here):
#   @Y2026      a year 20xx, with/without "không trăm", nghìn/ngàn (as heldout5)
#   @N4.665 / @N1,5   a number written in VnExpress style spelled in words: "." groups thousands,
#               "," is the decimal comma (read "phẩy"; a two-digit decimal part also digit by digit)
#   @D19/12 , @D4/3/2026   a day and month (and year): "{mùng |}" before days 1-10, "tháng tư"
#   @HCM "TP HCM", @USD, @L linh/lẻ, @KM, @KG, @M2, @HA, @PER (a rate's slash), @AI, @SL (slash of
#   a document number), @115, @911, @VN (".vn"), @CL (Champions League)
import json, re, sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'heldout5'))
from heldlib import U, key, readings, summary, two, used_elsewhere, write_set, year  # noqa: E402  heldout5's
W = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(W)
def three(n, full):        # 0-999; full: inside a bigger number (so "không trăm", "linh")
    h, r = divmod(n, 100)
    if h == 0 and not full: return two(r)
    s = U[h] + ' trăm'
    if r == 0: return s
    if r < 10: return s + ' @L ' + U[r]
    return s + ' ' + two(r)
def integer(n):
    if n == 0: return 'không'
    units = ['', 'nghìn', 'triệu', 'tỷ']
    groups = []
    while n: groups.append(n % 1000); n //= 1000
    out = []
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0: continue
        w = three(g, full=(i != len(groups) - 1))
        out.append(w + (' ' + units[i] if units[i] else ''))
    return ' '.join(out)
def number(s):
    if ',' in s:
        a, b = s.split(',')
        ip = integer(int(a.replace('.', '')))
        if len(b) == 1: return ip + ' phẩy ' + U[int(b)]
        if len(b) == 2 and b[0] != '0': return ip + ' phẩy {' + two(int(b)) + '|' + ' '.join(U[int(c)] for c in b) + '}'
        return ip + ' phẩy ' + ' '.join(U[int(c)] for c in b)
    return integer(int(s.replace('.', '')))
MON = {i: two(i) for i in range(1, 13)}; MON[4] = 'tư'
def date(m):
    d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
    s = ('{mùng |}' if d <= 10 else '') + two(d) + ' tháng ' + MON[mo]
    if y: s += ' năm @Y' + y
    return s
M = {'@USD': '{đô la Mỹ|đô la|u ét đê}', '@PER': '{một|mỗi|trên}', '@L': '{linh|lẻ}',
     '@HCM': 'thành phố Hồ Chí Minh', '@KM': '{ki lô mét|cây số}', '@KG': '{ki lô gam|ki lô|cân|ký}',
     '@M2': 'mét vuông', '@HA': 'héc ta', '@AI': '{ây ai|a i|<en>AI</en>}',
     '@SL': '{năm|trên}', '@115': '{một một năm|một một lăm}', '@911': '{chín một một|<en>nine one one</en>}',
     '@VN': '{vê nờ|vi en|vê en}', '@CL': '{<en>Champions League</en>|Chem pi ần Lích}'}
def expand(s):
    s = re.sub(r'@D(\d{1,2})/(\d{1,2})(?:/(\d{4}))?', date, s)
    s = re.sub(r'@N(\d[\d.]*(?:,\d+)?)', lambda m: number(m.group(1)), s)
    s = re.sub(r'@Y(20\d\d)', lambda m: year(int(m.group(1))), s)
    for k in sorted(M, key=len, reverse=True): s = s.replace(k, M[k])
    parts = re.split(r'(\{[^{}]*\})', s)     # "nghìn" outside a {...} group may equally be "ngàn"
    s = ''.join(p if p.startswith('{') else re.sub(r'\bnghìn\b', '{nghìn|ngàn}', p) for p in parts)
    def ngan(m):                               # inside a group: add each alternative with "ngàn"
        alts = m.group(1).split('|')
        more = [a.replace('nghìn', 'ngàn') for a in alts if 'nghìn' in a]
        return '{' + '|'.join(alts + [a for a in more if a not in alts]) + '}'
    s = re.sub(r'\{([^{}]*nghìn[^{}]*)\}', ngan, s)
    return s
if __name__ == '__main__':
    sents = json.load(open('/tmp/h6v/sents.json')); heads = json.load(open('/tmp/h6v/heads.json'))
    arts = {a['id']: a for a in json.load(open('/tmp/h6v/arts.json'))}
    pool = {}
    for i, s in sents: pool.setdefault(key(s), (i, s, 'lead'))
    for i, s in heads: pool.setdefault(key(s), (i, s, 'headline'))
    rows, bad = readings(W, pool, expand, cap=True, comments=True, keys=True)
    bad += used_elsewhere(rows, lambda t: t == os.path.join(OUT, 'news6v.tsv'))
    summary(rows, bad)
    if '--write' in sys.argv:
        first = json.load(open('/tmp/h6v/blobcommit.json'))
        write_set(OUT + '/news6v.tsv', rows, arts, first)
        print('written')
