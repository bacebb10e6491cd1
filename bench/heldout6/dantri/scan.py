# Exhaustive scan of the pool for the categories the seeded samples of pick.py left short
# (address, time, score, legal, phone, web) and for true fractions (pick.py's `fraction`
# expression also catches Dan Tri's "ngay 1/2" dates).  Prints every match, in pool order.
import json, re, hashlib
S = [(i, s, k) for i, s, k in json.load(open('/tmp/h6d/sents.json'))]
def key(s): return hashlib.sha1(s.encode()).hexdigest()[:8]
for name, rx in [('web', r'(?i)\w\.(com|vn|net|org|io|ai|gov)\b|www|http|@\w'),
                 ('phone', r'\b0\d{2,3}[ .]?\d{3}|\b1900|\b1800|\b11[1-5]\b|hotline|tổng đài'),
                 ('address', r'(số \d+|ngõ|hẻm|đường [A-ZĐ]|phố [A-ZĐ]|phường [A-ZĐ0-9]|quận|Km ?\d)'),
                 ('score', r'\b\d{1,2}-\d{1,2}\b|\b\d{1,2} - \d{1,2}\b|tỷ số|thắng|hòa|set'),
                 ('time', r'\b\d{1,2}h\d{0,2}\b|\b\d{1,2}:\d{2}\b|\d+ giờ'),
                 ('legal', r'Nghị định|Nghị quyết|Thông tư|Quyết định|Luật|Điều \d|/NĐ|/QĐ|/TT')]:
    m = [(k, s) for i, s, k in S if re.search(rx, s)]
    print('##', name, len(m))
    for k, s in m: print(key(s), k[0], '|', s)
print('## fraction (digits, not a date)')
D = r'(?i)(ngày|hôm|sáng|chiều|tối|từ|đến|tháng|đêm|trưa|nay|qua|phiên|sớm|và|\(|–|-|Ukraine|lượt|tuần) ?$'
for i, s, k in S:
    for m in re.finditer(r'\b(\d{1,3})/(\d{1,3})\b(?!/)', s):
        pre = s[:m.start()]
        if re.search(D, pre) or re.search(r'[IVX]/$', pre) or re.search(r'\d[-/]$', pre): continue
        print(key(s), k[0], '|', s); break
