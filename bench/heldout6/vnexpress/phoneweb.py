# Targeted lists for the two scarce categories (every candidate, leads and headlines):
# phone numbers (emergency and service numbers, hotlines) and web names.
import json, re, hashlib
def key(s): return hashlib.sha1(s.encode()).hexdigest()[:8]
P = re.compile(r'(gọi|số|tổng đài|đường dây|hotline|cấp cứu|khẩn cấp|liên hệ|nhắn tin|điện thoại)\D{0,25}\b(\d{3,5}|\d{3,4}[ .]\d{3,4}([ .]\d{3,4})?)\b')
W = re.compile(r'(www\.|https?://|\b[a-zA-Z0-9-]+\.(vn|com|net|org|io|ai|gov|edu|co|uk|jp|kr|cn|tv|info|me)\b|\b\w+@\w+\.)')
for f in ('sents', 'heads'):
    d = json.load(open('/tmp/h6v/%s.json' % f))
    for i, s in d:
        for m in P.finditer(s):
            g = m.group(2)
            if re.match(r'(0\d|1\d\d|9\d\d)', g) and not re.search(r'(tuổi|người|km|tỷ|triệu|năm|ngày|chiếc|ca|xe|lần|kg|USD|đồng|tấn|hộ)', s[m.end():m.end()+8]):
                print(f, 'phone', key(s), '|', s); break
        if W.search(s): print(f, 'web', key(s), '|', s)
