# Print a seeded random sample of candidate sentences per category (regular expressions adapted
# from heldout5's pick.py to VnExpress house style: dates "5/12", "5/12/2025", "tháng 3/2025",
# times "9h30", "TP HCM"). Usage: pick.py CATS [seed] [n] [--heads]
import json, os, random, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'heldout5'))
from heldlib import sample  # noqa: E402  heldout5's sampler
D = r'(ngày|sáng|chiều|tối|trưa|đêm|rạng sáng|hôm nay|hôm qua|từ|đến|trước|sau|hạn|năm|hôm|tới|cuối|đầu|giữa) '
NOTDATE = r'(?<!ngày )(?<!sáng )(?<!chiều )(?<!tối )(?<!trưa )(?<!đêm )(?<!từ )(?<!đến )(?<!hôm )(?<!tới )(?<!trước )(?<!sau )(?<!hạn )(?<!tháng )(?<!và )(?<!cuối )(?<!đầu )(?<!giữa )(?<!số )'
C = {
'abbreviation': r'\b(UBND|HĐND|CSGT|THPT|PGS|TS\.|ThS|BS\.|GS\.|CLB|BHXH|BHYT|NXB|VKSND|TAND|ĐBQH|MTTQ|LHQ|HLV|THCS|GDP|ĐH|BTC|NHNN|TNHH|KTS|NSƯT|NSND|WHO|DN|VĐV|ĐBSCL|BCH|CEO|FDI|HĐQT|TTXVN|CHDCND|EU|ASEAN|NATO|UAE|ĐHQG|TP HCM|ĐBSCL|BOT|CPI|VFF|VPF|SEA Games|TPHCM|Bộ GD&ĐT|ĐHĐCĐ)\b',
'address': r'(số \d+[A-Za-z/]*,? (đường|phố|ngõ|hẻm)|\bquận \d|\bngõ \d+|\bngách \d+|\bhẻm \d+|\d+/\d+ đường|\btổ \d+|\bấp \d|\bkhu phố \d|\bđường số \d|\bphường \d|\bkm ?\d+\+\d+|\bKm ?\d+|\bQL ?\d+|\bquốc lộ \d+|\bđường \d+/\d+|\bTỉnh lộ \d+|\bđường [A-ZĐ][a-zđàáảãạăâêôơư]+ [A-ZĐ]\w+, (phường|xã))',
'date': r'(\b\d{1,2}/\d{1,2}/\d{4}\b|\b' + D + r'\d{1,2}/\d{1,2}\b|\btháng \d{1,2}/\d{4}\b|\b\d{1,2}-\d{1,2}/\d{1,2}\b)',
'time': r'(\b\d{1,2}h\d{0,2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2} giờ \d{1,2}\b)',
'number': r'(\b\d{1,3}(\.\d{3})+\b(?! ?(đồng|USD|tỷ|triệu|%|km|ha|tấn|m\b))|\b\d+,\d+\b(?! ?(%|đồng|USD|tỷ|triệu|km|m\b|kg|ha|tấn)))',
'money': r'(\d ?(đồng|USD|VNĐ|VND|euro|yên|NDT|won|bảng|baht|đ)\b|\$\s?\d|\d ?(tỷ|triệu|nghìn|ngàn) (đồng|USD))',
'percent': r'\d ?%',
'unit': r'\b\d+([.,]\d+)? ?(km|m2|m²|kg|ha|cm|mm|MW|kWh|kW|GW|m3|m³|ml|mg|km/h|GB|MB|TB|GHz|mAh|inch|lít|µg|ppm|ºC|°C|độ C|MP|Hz|mm/h|kg/ha|hp|Nm|km2|MWh|GWh|m/s)(?![\w])',
'range': r'\b\d+([.,]\d+)?\s?[-–]\s?\d+([.,]\d+)? ?(%|km|m|kg|tuổi|năm|ngày|triệu|tỷ|người|giờ|tháng|độ|cm|tấn|ha|đồng|mm|phút|lần|USD)\b',
'fraction': r'(' + NOTDATE + r'\b(1/2|1/3|2/3|1/4|3/4|1/5|1/10|2/5|3/5)\b(?!/)|\bmột phần (ba|tư|năm|mười)\b|' + NOTDATE + r'\b\d{1,3}/\d{1,3} (số|dân|diện tích|tổng|câu|thành viên|phiếu|học sinh|tỉnh|xã|trận|đại biểu|người|doanh nghiệp|trường|địa phương|bệnh nhân|ca|quốc gia|nước|thí sinh|dự án|ngành|lượng|giá trị|khách|phường|huyện|đơn vị|chỉ tiêu|mục tiêu|cổ phần|vốn))',
'score': r'(\b\d{1,2}-\d{1,2}\b.*(thắng|thua|hòa|tỷ số|chung cuộc|ghi bàn|set|hiệp|đánh bại|vượt qua|cầm hòa|loạt sút|luân lưu)|(thắng|thua|hòa|tỷ số|chung cuộc|hiệp 1|đánh bại|vượt qua|cầm hòa|set|loạt sút|luân lưu).*\b\d{1,2}-\d{1,2}\b)',
'roman': r'\b(thế kỷ|thế kỉ|khóa|khoá|Khóa|Quý|quý|lần thứ|Đại hội|đại hội|kỳ họp thứ|hạng|Chương|chương|vua|Giáo hoàng|Elizabeth|Charles|Thế chiến|phần|tập|Phần|Tập|giai đoạn|cấp độ|Hội nghị|hội nghị|mùa|Vòng|vòng|kỳ|Nhóm|nhóm|Leo|Louis|Henry|John Paul|Napoleon|Ramses|Vatican|Đệ|Thế chiến thứ|Trung ương|Hội đồng) [IVXLC]{1,6}\b',
'legal': r'(\bsố \d+/\d{4}/[A-ZĐ-]+|\bsố \d+/[A-ZĐ]+-[A-ZĐ]+|\b\d+/\d{4}/(NĐ|TT|QĐ|QH)[A-Z0-9-]*|\bĐiều \d+ (BLHS|Bộ luật)|\b\d+/(QĐ|CT|NQ|TB|KH|CĐ|NĐ)-[A-ZĐ]+|\bkhoản \d+ Điều \d+|\b(Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Công điện|Luật) (số )?\d+|\bĐiều \d+)',
'phone': r'(\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b|\b0\d{9}\b|\b1900[ .]?\d{3,4}|\b1800[ .]?\d{3,4}|\b(113|114|115|111|112|1022)\b|hotline|đường dây nóng|tổng đài)',
'web': r'(www\.|https?://|\b[a-zA-Z0-9-]+\.(vn|com|net|org|io|ai|gov|edu|co|uk|jp|kr|cn|tv|info|me)\b|\b\w+@\w+\.)',
'foreign': r'\b(Facebook|Google|Apple|Samsung|Microsoft|Trump|Putin|Messi|Ronaldo|Manchester|Barcelona|Real Madrid|Chelsea|Arsenal|Liverpool|YouTube|TikTok|Instagram|Uber|Grab|Toyota|Honda|Ford|Amazon|Netflix|Hollywood|Oscar|Premier League|Champions League|World Cup|Washington|London|Paris|New York|Tokyo|Seoul|Macron|Zelensky|Netanyahu|Kim Jong-un|Nvidia|OpenAI|ChatGPT|Gemini|Elon Musk|Tesla|Xiaomi|Huawei|BYD|Starbucks|iPhone|Galaxy|BMW|Mercedes|Boeing|Airbus|Meta|Bitcoin|Shopee|Lazada|Kim Sang-sik|Vance|Rubio|Starmer|Merz|Takaichi|Lee Jae-myung)\b',
'code': r'(\b\d{2}[A-Z]\d?[- ]\d{3}\.?\d{2}\b|\b[A-Z]{1,4}\d{2,5}[A-Z]?\b|\b[A-Z]+-\d+\b|\biPhone \d+|\bGalaxy [A-Z]\d+|\bSu-\d+|\bF-\d+|\b[A-Z]\d{2,3}\b|\bQL\d+|\bĐT\.?\d+|\bCT\.?\d+|\b[A-Z]{2,}\d[A-Z0-9]*\b)',
}
MIXCATS = ['date', 'time', 'money', 'percent', 'unit', 'range', 'number', 'web', 'phone', 'legal', 'code', 'abbreviation', 'roman']
if __name__ == '__main__':
    sents = json.load(open('/tmp/h6v/heads.json' if '--heads' in sys.argv else '/tmp/h6v/sents.json'))
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    random.seed(int(args[1]) if len(args) > 1 else 6)
    n = int(args[2]) if len(args) > 2 else 20
    sample(sents, args[0].split(','), C, n, MIXCATS)
