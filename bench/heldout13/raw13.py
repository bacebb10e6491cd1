"""Expand the writer's shorthands of held-out 13's hand-written readings (WORK/raw/*.txt, lines
"key¦category¦spoken") into WORK/w/*.txt, the files build13.py reads. Only mechanical spelling of
plain numbers and letters, written once here:
  «1745,17»  a number in words (digits, ',' before the decimals): mốt/một, tư/bốn, lăm/năm after
             mươi and linh/lẻ are braced, decimals of two or more digits as a number or digit by
             digit ({mười bảy|một bảy}); «!…» the first form only, nothing braced;
  «d:0905»   digit by digit (không chín không năm);
  «y:2025»   a year in two forms, with and without "không trăm" (where a case's readings run high);
  %VHM       capitals spelled with Vietnamese letter names, every accepted form braced
             (M {em|mờ|em mờ}); %!VHM the first forms only.
build7's shorthands (@USD, @Y2025, ...) and its bracing of "nghìn" are applied later by build13.py.
Usage: raw13.py [--work DIR]"""
import argparse, glob, os, re
U = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
LET = {'A': ['a'], 'B': ['bê'], 'C': ['xê'], 'D': ['đê', 'dê'], 'Đ': ['đê'], 'E': ['e'], 'F': ['ép'],
       'G': ['giê', 'gờ'], 'H': ['hát'], 'I': ['i'], 'J': ['gi'], 'K': ['ca'], 'L': ['e lờ', 'lờ'],
       'M': ['em', 'mờ', 'em mờ'], 'N': ['en', 'nờ', 'en nờ'], 'O': ['o'], 'P': ['pê'], 'Q': ['quy'],
       'R': ['e rờ', 'rờ'], 'S': ['ét'], 'T': ['tê'], 'U': ['u'], 'V': ['vê'], 'W': ['vê kép'],
       'X': ['ích'], 'Y': ['i dài'], 'Z': ['dét']}

def alt(xs, plain):
    return xs[0] if plain or len(xs) == 1 else '{' + '|'.join(xs) + '}'

def two(n, plain):
    t, u = divmod(n, 10)
    if t == 0: return U[u]
    s = 'mười' if t == 1 else U[t] + ' mươi'
    if u == 0: return s
    if u == 5: return s + ' lăm' if t == 1 else s + ' ' + alt(['lăm', 'năm'], plain)
    if t == 1: return s + ' ' + U[u]
    if u == 1: return s + ' ' + alt(['mốt', 'một'], plain)
    if u == 4: return s + ' ' + alt(['tư', 'bốn'], plain)
    return s + ' ' + U[u]

def three(n, plain, inner):
    h, r = divmod(n, 100)
    if not inner and h == 0: return two(r, plain)
    s = U[h] + ' trăm'
    if r == 0: return s
    if r < 10: return s + ' ' + alt(['linh', 'lẻ'], plain) + ' ' + U[r]
    return s + ' ' + two(r, plain)

def integer(n, plain):
    if n == 0: return 'không'
    groups = []
    while n: n, g = divmod(n, 1000); groups.append(g)
    names = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ']
    out = []
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0: continue
        inner = i < len(groups) - 1
        out.append(three(g, plain, inner) + (' ' + names[i] if names[i] else ''))
    return ' '.join(out)

def number(tok):
    plain = tok.startswith('!'); tok = tok.lstrip('!')
    if tok.startswith('d:'): return ' '.join(U[int(c)] for c in tok[2:])
    if tok.startswith('y:'):       # a year 20xx, two forms only (where the case's readings run high)
        r = int(tok[2:]) - 2000
        return '{hai nghìn không trăm %s|hai nghìn %s}' % ((two(r, True),) * 2) if r >= 10 else \
               '{hai nghìn không trăm linh %s|hai nghìn linh %s}' % ((U[r],) * 2)
    ip, _, dp = tok.partition(',')
    s = integer(int(ip), plain)
    if dp:
        digits = ' '.join(U[int(c)] for c in dp)
        if len(dp) == 1 or dp.startswith('0'): s += ' phẩy ' + digits
        else: s += ' phẩy ' + alt([integer(int(dp), True), digits], plain)
    return s

def spell(tok):
    plain = tok.startswith('!'); tok = tok.lstrip('!')
    return ' '.join(alt(LET[c], plain) for c in tok)

def expand(s):
    s = re.sub(r'«([^»]*)»', lambda m: number(m.group(1)), s)
    return re.sub(r'%(!?[A-ZĐ]+)', lambda m: spell(m.group(1)), s)

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--work', default='/work/data/heldout13/work')
    a = ap.parse_args()
    os.makedirs(os.path.join(a.work, 'w'), exist_ok=True)
    for f in sorted(glob.glob(os.path.join(a.work, 'raw', '*.txt'))):
        with open(os.path.join(a.work, 'w', os.path.basename(f)), 'w', encoding='utf-8') as out:
            for line in open(f, encoding='utf-8'):
                out.write(expand(line) if '¦' in line else line)

if __name__ == '__main__':
    main()
