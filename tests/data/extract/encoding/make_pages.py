#!/usr/bin/env python3
"""Writes the same small Vietnamese article in every encoding docbao reads.

Run from this folder: python3 make_pages.py. The pages are committed; this script documents
how their bytes were made. Every page must extract to ../../../golden/extract/encoding.json.
The text uses capitals only where TCVN3 (ABC) fonts have them (ASCII letters and Đ).
"""
import unicodedata

TITLE = "Đập tràn mới giúp ba xã không còn ngập úng"
LEAD = ("Sau hai năm thi công, đập tràn trên sông nhỏ đầu nguồn đã hoàn thành, giúp ba xã "
        "phía hạ lưu không còn cảnh ngập úng kéo dài mỗi mùa mưa.")
PARAS = [
    "Trước đây, mỗi khi có mưa lớn, nước từ thượng nguồn đổ về rất nhanh, tràn qua bờ và làm "
    "ngập hàng trăm héc-ta lúa cùng nhiều tuyến đường liên thôn.",
    "Công trình mới gồm một đập tràn bằng bê tông dài tám mươi mét và hệ thống cống điều tiết, "
    "có thể giữ nước vào mùa khô và xả lũ an toàn vào mùa mưa.",
    "Người dân địa phương cho biết vụ lúa vừa qua là vụ đầu tiên sau nhiều năm họ không phải "
    "gặt chạy nước, năng suất tăng rõ rệt so với những năm trước.",
]

TCVN3 = [0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, 0x0103, 0x00E2, 0x00EA,
         0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323,
         0x00E0, 0x1EA3, 0x00E3, 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF,
         0x1EB4, 0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, 0x1EA9,
         0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD, 0x00E9, 0x1EB9, 0x1EC1,
         0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, 0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129,
         0x00ED, 0x1ECB, 0x00F2, 0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5,
         0x1ED7, 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9, 0x1ED6,
         0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9, 0x1EF1, 0x1EF3,
         0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0]
TO_TCVN3 = {chr(c): 0xA1 + i for i, c in enumerate(TCVN3)}

TONES = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}
VNI_TONE = [0xF9, 0xF8, 0xFB, 0xF5, 0xEF]                 # acute grave hook tilde dot
VNI_CIRC = [0xE1, 0xE0, 0xE5, 0xE3, 0xE4]                 # with circumflex
VNI_BREVE = [0xE9, 0xE8, 0xFA, 0xFC, 0xEB]                # with breve
VNI_I = {0: 0xED, 1: 0xEC, 2: 0xE6, 3: 0xF3, 4: 0xF2}    # í ì ỉ ĩ ị


def to_tcvn3(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        else:
            out.append(TO_TCVN3[ch])
    return bytes(out)


def to_vni(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
            continue
        if ch in "đĐ":
            out.append(0xF1 if ch == "đ" else 0xD1)
            continue
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        upper = base.isupper()
        tone = next((TONES[m] for m in marks if m in TONES), None)
        shift = 0x20 if upper else 0
        if "\u031B" in marks:                              # horn: ơ ư are letters
            out.append((0xF4 if base.lower() == "o" else 0xF6) - shift)
            if tone is not None:
                out.append(VNI_TONE[tone] - shift)
        elif base.lower() == "i" and tone is not None:
            out.append(VNI_I[tone] - shift)
        elif base.lower() == "y" and tone == 4:
            out.append(0xEE - shift)
        elif "\u0302" in marks:
            out.append(ord(base))
            out.append((0xE2 if tone is None else VNI_CIRC[tone]) - shift)
        elif "\u0306" in marks:
            out.append(ord(base))
            out.append((0xEA if tone is None else VNI_BREVE[tone]) - shift)
        else:
            out.append(ord(base))
            out.append(VNI_TONE[tone] - shift)
    return bytes(out)


def to_cp1258(text):
    """windows-1258 keeps â ê ô ă ơ ư đ whole and writes tones as combining marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in d if m in TONES)
        rest = unicodedata.normalize("NFC", "".join(m for m in d if m not in TONES))
        out.append(rest + tones)
    return "".join(out).encode("cp1258")


def page(head, wrap=lambda s: s):
    body = "".join(f"<p>{wrap(p)}</p>\n" for p in PARAS)
    return (f"<html>\n<head>\n{head}<title>{wrap(TITLE)}</title>\n</head>\n<body>\n"
            f"<h1>{wrap(TITLE)}</h1>\n<p class=\"sapo\"><b>{wrap(LEAD)}</b></p>\n"
            f"<div class=\"noidung\">\n{body}</div>\n</body>\n</html>\n")


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


utf8 = page('<meta charset="utf-8">\n')
write("utf8.html", utf8.encode())
write("utf8-bom.html", b"\xEF\xBB\xBF" + page("").encode())
write("utf16le-bom.html", b"\xFF\xFE" + page("").encode("utf-16-le"))
write("cp1258-meta.html", to_cp1258(page('<meta charset="windows-1258">\n')))
write("cp1258-undeclared.html", to_cp1258(page("")))
write("cp1258-http-equiv.html",
      to_cp1258(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">\n')))
write("tcvn3-undeclared.html", to_tcvn3(page("")))
write("vni-undeclared.html", to_vni(page("")))
# Pages typed in legacy fonts: the bytes reach the browser as windows-1252 text.
tcvn3_as_text = lambda s: to_tcvn3(s).decode("cp1252", errors="strict")
vni_as_text = lambda s: to_vni(s).decode("cp1252", errors="strict")
write("tcvn3-font.html", page('<meta charset="utf-8">\n',
      lambda s: f'<font face=".VnTime">{tcvn3_as_text(s)}</font>').encode())
write("tcvn3-no-font.html", page('<meta charset="utf-8">\n', tcvn3_as_text).encode())
write("vni-font-latin1.html", page('<meta charset="iso-8859-1">\n',
      lambda s: f'<font face="VNI-Times">{vni_as_text(s)}</font>').encode("cp1252"))
