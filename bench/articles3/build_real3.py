#!/usr/bin/env python3
"""Build real3.tsv from candidates.tsv and the hand-written readings (spoken-*.txt).

candidates.tsv: the chosen sentences (numbered.tsv filtered by select3.py's rule); spoken-*.txt:
N<TAB>reading for line N of numbered.tsv (readings of lines the rule dropped are unused); "=" means the reading is the written text
itself (quotes and brackets dropped). Upper-case shorthands (MACROS, below) stand for readings
written once here and used many times; SL, HY, LINH are small pieces of document numbers and
numbers.

The scorer (bench/normalize_vs_espeak.c) expands every {a|b} group independently and keeps at
most 256 readings of a case, so each case is kept at or under 256: the hand-written choices
first; then, while the budget allows, "nghìn" outside a group becomes {nghìn|ngàn} and LINH
{linh|lẻ} (both also covered by the scorer's --adjudicate conventions).
"""
import glob, re, sys, unicodedata

def yr(full, short):
    return '{' + full + '|' + short + '}'

def y20(tail):  # 2010..2099: with or without "không trăm"
    return yr('hai nghìn không trăm ' + tail, 'hai nghìn ' + tail)

MACROS = {
 'Y2001': '{hai nghìn không trăm linh một|hai nghìn linh một}',
 'Y2002': '{hai nghìn không trăm linh hai|hai nghìn linh hai}',
 'Y2005': '{hai nghìn không trăm linh năm|hai nghìn linh năm}',
 'Y2006': '{hai nghìn không trăm linh sáu|hai nghìn linh sáu}',
 'Y2007': '{hai nghìn không trăm linh bảy|hai nghìn linh bảy}',
 'Y2008': '{hai nghìn không trăm linh tám|hai nghìn linh tám}',
 'Y2016': y20('mười sáu'),
 'Y2018': y20('mười tám'),
 'Y2021': y20('hai mươi mốt'),
 'Y2022': y20('hai mươi hai'),
 'Y2023': y20('hai mươi ba'),
 'Y2024': y20('hai mươi tư'),
 'Y2025': y20('hai mươi lăm'),
 'Y2026': y20('hai mươi sáu'),
 'Y2030': y20('ba mươi'),
 'Y2035': y20('ba mươi lăm'),
 'Y2045': y20('bốn mươi lăm'),
 'Y2020': y20('hai mươi'),
 'AI': '{a i|<en>AI</en>}',
 'HUB': '{hát u bê|húp|<en>HUB</en>}',
 'CHATGPT': '{<en>ChatGPT</en>|chát gi pi ti|chát gờ pê tê}',
 'GDP': '{gờ đê pê|giê đê pê|<en>GDP</en>}',
 'KFF': '{ca ép ép|<en>KFF</en>}',
 'Y2017': y20('mười bảy'),
 'PENHA': '{<en>Penha</en>|Pen ha|Pê nha}',
 'MACAU': '{Ma cao|<en>Macau</en>}',
 'ENSO': '{en xô|e nờ xô|<en>ENSO</en>}',
 'TPBANK': '{<en>TPBank</en>|tê pê banh}',
 'ROE': '{rô e|rờ o e|<en>ROE</en>}',
 'APP': '{<en>app</en>|áp}',
 'LIFESTYLE': '{<en>lifestyle</en>|lai xtai}',
 'UAV': 'u a vê',
 'KURSK': '{<en>Kursk</en>|Cuốc xcơ}',
 'T1': 'tháng {một|giêng}',
 'SL': '{trên|gạch chéo}',
 'SL1': 'trên',
 'NQCP2': '{nờ quy xê pê|en quy xê pê}',
 'NDCP1': 'nờ đê xê pê',
 'N6613F': 'sáu mươi sáu chấm mười ba',
 'HY': '{|gạch ngang |trừ }',
 'NQCP': '{nờ quy xê pê|en quy xê pê|nờ quy gạch ngang xê pê}',
 'NDCP': '{nờ đê xê pê|en đê xê pê|nờ đê gạch ngang xê pê}',
 'NQTW': '{nờ quy tê vê|en quy tê vê|nờ quy trên tê vê|nờ quy trung ương}',
 'N6613': '{sáu mươi sáu chấm mười ba|sáu sáu chấm mười ba}',
 'USD': '{đô la Mỹ|đô la|u ét đê}',
 'GB': '{gi ga bai|gi ga|<en>GB</en>}',
 'TB': '{tê ra bai|<en>TB</en>}',
 'MAH': '{mi li am pe giờ|<en>mAh</en>}',
 'HZ': '{héc|<en>hertz</en>}',
 'FPS': '{<en>fps</en>|ép pê ét|khung hình trên giây}',
 'MP': '{mê ga pi xen|<en>MP</en>}',
 'K2': '{hai ca|<en>2K</en>}',
 'K4': '{bốn ca|<en>4K</en>}',
 'G5': '{năm gờ|năm giê|<en>5G</en>}',
 'INCH': '{inh|<en>inch</en>}',
 'PIXEL': '{pi xen|<en>pixel</en>}',
 'RAM': '{ram|<en>RAM</en>}',
 'CHIPSET': '{<en>chipset</en>|chíp sét}',
 'SD8': '{<en>Snapdragon 8 Elite Gen 5</en>|<en>Snapdragon</en> tám <en>Elite Gen</en> năm}',
 'IQOO15': '<en>iQOO</en> mười lăm <en>Ultra</en>',
 'VIVO': '{<en>Vivo</en>|Vi vo}',
 'SAMSUNG': '{<en>Samsung</en>|Xam xung}',
 'ANDROID': '{<en>Android</en>|an đroi}',
 'SMARTPHONE': '{<en>smartphone</en>|xmát phôn}',
 'WAGR': '{<en>WAGR</en>|vê kép a gờ rờ}',
 'AJGA': '{<en>AJGA</en>|a gi gờ a}',
 'WAAP': '{<en>WAAP</en>|vê kép a a pê}',
 'SEAG': '{<en>SEA Games</en>|xi ghêm}',
 'NEWZEALAND': '{<en>New Zealand</en>|Niu Di lân}',
 'VFF': '{vê ép ép|vê phờ phờ}',
 'FUTSAL': '{<en>futsal</en>|phút xan}',
 'WORLDCUP': '{<en>World Cup</en>|Uơn cúp}',
 'GIUSTOZZI2': '{<en>Diego Giustozzi</en>|Đi ê gô Giu xtô di}',
 'INDONESIA': '{In đô nê xi a|<en>Indonesia</en>}',
 'PHILIPPINES': '{Phi líp pin|<en>Philippines</en>}',
 'GRDP': '{gờ rờ đê pê|giê e rờ đê pê|<en>GRDP</en>}',
 'QNO': '{quy nờ o|quy en ô|quy nờ ô}',
 'SXH': '{sốt xuất huyết|ét xì hát|ét xờ hát}',
 'FACEBOOK': '{<en>Facebook</en>|phây búc}',
 'REUTERS': '{<en>Reuters</en>|Roi tơ}',
 'AFP': '{a ép pê|<en>AFP</en>}',
 'MOSCOW': '{Mát xcơ va|<en>Moscow</en>}',
 'PETROLIMEX': '{<en>Petrolimex</en>|Pê trô li mếch}',
 'PVOIL': '{pê vê oi|<en>PV Oil</en>}',
 'ETHANOL': '{<en>ethanol</en>|ê ta nôn}',
 'RON92': '{rôn|<en>RON</en>} {chín mươi hai|chín hai}',
 'DIESEL': '{đi ê den|<en>diesel</en>}',
 'TTXVN': '{tê tê ích vê nờ|thông tấn xã Việt Nam}',
 'DRONE': '{<en>drone</en>|đờ rôn}',
 'TUSK': '{<en>Tusk</en>|Tút}',
 'PAP': '{pê a pê|<en>PAP</en>}',
 'UKRAINE': '{U crai na|<en>Ukraine</en>}',
 'NATO': '{Na tô|<en>NATO</en>}',
 'VINGROUP': '{<en>Vingroup</en>|Vin grúp}',
 'SACOMBANK': '{<en>Sacombank</en>|Xa com banh}',
 'LPBANK': '{<en>LPBank</en>|e lờ pê banh|lờ pê banh}',
}
SYM = r'[^\w\s{}|<>.,;:!?…\-–—]'

def n_readings(s):
    n = 1
    for g in re.findall(r'\{([^{}]*)\}', s):
        n *= len(g.split('|'))
    return n

def widen(s):
    """Add {nghìn|ngàn} and {linh|lẻ} outside groups and <en> while the case stays <= 256."""
    parts = re.split(r'(\{[^{}]*\}|<en>.*?</en>)', s)
    budget = n_readings(s)
    out = []
    for p in parts:
        if p.startswith('{') or p.startswith('<en>'):
            out.append(p)
            continue
        def rep(m):
            nonlocal budget
            w = m.group(0)
            if budget * 2 <= 256:
                budget *= 2
                return '{nghìn|ngàn}' if w == 'nghìn' else '{linh|lẻ}'
            return 'nghìn' if w == 'nghìn' else 'linh'
        out.append(re.sub(r'\bnghìn\b|\bLINH\b', rep, p))
    return ''.join(out)

def build(work, nums, cands, macros, out_path):
    """Write out_path from the readings in work/spoken-*.txt of the numbered lines nums of cands
    (category, written, file), with the shorthands macros."""
    mre = re.compile(r'(?<![\w<])(' + '|'.join(sorted(macros, key=len, reverse=True)) + r')(?![\w>])')
    spoken = {}
    for f in sorted(glob.glob(work + 'spoken-*.txt')):
        for l in open(f, encoding='utf-8'):
            if not l.strip():
                continue
            n, s = l.rstrip('\n').split('\t')
            n = int(n)
            assert n not in spoken, n
            spoken[n] = s
    missing = [n for n in nums if n not in spoken]
    if missing:
        sys.exit(f'no reading for numbered lines {missing}')
    out = []
    bad = 0
    for i, (cat, written, fname) in zip(nums, cands):
        s = spoken[i]
        if s == '=':
            s = written
        parts = re.split(r'(<en>.*?</en>)', s)
        s = ''.join(x if x.startswith('<en>') else mre.sub(lambda m: macros[m.group(1)], x) for x in parts)
        # quotes and brackets are not spoken
        s = re.sub(r'[“”"‘’()\[\]]', '', s)
        if n_readings(s) > 256:
            print(f'TOO MANY READINGS {i}: {n_readings(s)}', file=sys.stderr); bad += 1
        s = widen(s)
        s = re.sub(r' +', ' ', s).strip()
        s = re.sub(r' ([,.;:])', r'\1', s)
        if s[:1].islower() and written[:1].isupper():
            s = s[0].upper() + s[1:]
        s = unicodedata.normalize('NFC', s)
        bare = re.sub(r'<en>.*?</en>', '', s)
        if re.search(r'\d', bare):
            print(f'DIGIT {i}: {s}', file=sys.stderr); bad += 1
        depth = 0
        for c in s:
            depth += (c == '{') - (c == '}')
            if depth not in (0, 1):
                break
        if depth:
            print(f'BRACES {i}', file=sys.stderr); bad += 1
        caps = [w for w in re.findall(r'[^\W\d_]{2,}', bare) if w.isupper()]
        if caps:
            print(f'CAPS {i}: {caps}', file=sys.stderr); bad += 1
        sym = set(re.findall(SYM, bare.replace('</en>', '')))
        if sym:
            print(f'SYMBOL {i}: {sym}', file=sys.stderr)
        assert '\t' not in s and '\t' not in written
        out.append(f'{cat}\t{written}\t{s}\n')
    open(out_path, 'w', encoding='utf-8').writelines(out)
    print(len(out), 'lines', bad, 'problems')

if __name__ == '__main__':
    W = '/work/data/articles3/work/'
    numbered = [l.rstrip('\n').split('\t') for l in open(W + 'numbered.tsv', encoding='utf-8')]
    number = {(c, w, f): i for i, (c, w, f) in enumerate(numbered, 1)}
    cands = [tuple(l.rstrip('\n').split('\t')) for l in open(W + 'candidates.tsv', encoding='utf-8')]
    nums = [number[x] for x in cands]
    build(W, nums, cands, MACROS, '/work/data/articles3/real3.tsv')
