# Print a seeded random sample of candidate sentences for each category (regular expressions
# adapted from heldout4's pick.py to the date styles of Tuoi Tre "5-12" and Thanh Nien "8.4").
import json, re, random, sys, hashlib
def key(s): return hashlib.sha1(s.encode()).hexdigest()[:8]
sents = [(i, s) for i, s, k in json.load(open("/tmp/h6d/sents.json"))]
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
if __name__ == '__main__':
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 6)
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    for c in [c for c in sys.argv[1].split(',') if c != 'mixed']:
        r = re.compile(C[c])
        m = [(i, s) for i, s in sents if r.search(s) and len(s) <= 180]
        random.shuffle(m)
        print('##', c, len(m))
        for i, s in m[:n]:
            print(key(s), '|', s)
# mixed: sentences that match the expressions of at least three categories (run: pick.py mixed SEED N)
if __name__ == '__main__' and 'mixed' in sys.argv[1].split(','):
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 6)
    m = [(i, s) for i, s in sents if len(s) <= 180 and sum(bool(re.search(C[c], s)) for c in C) >= 3]
    random.shuffle(m); print('## mixed', len(m))
    for i, s in m[:n]: print(key(s), '|', s)
