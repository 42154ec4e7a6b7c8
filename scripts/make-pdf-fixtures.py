"""Typesets the PDF fixtures; run through scripts/make-pdf-fixtures (it installs what this needs).

In the body text "|" forces a line break at that point (the line before it is justified):
it puts "05-" at the end of one line and "CT/TW" at the start of the next, and "2021 -" over
"2025", the cases where a text extractor that removes end-of-line hyphens loses them.
"""
import io
import os
import random
import re
import subprocess
import sys
import tempfile

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = sys.argv[1]
FONTS = "/usr/share/fonts/truetype/dejavu/"
for name, file in [("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
                   ("Serif-Italic", "DejaVuSerif-Italic.ttf"), ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTS + file))

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 80.0, WIDTH - 56.0, HEIGHT - 56.0, 70.0
SIZE = 12.5
LEADING = 17.0

ISSUER = ["TỈNH ỦY QUẢNG TRỊ", "BAN TUYÊN GIÁO", "*", "Số 12-BC/BTGTU"]
MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"
PLACE_DATE = "Quảng Trị, ngày 15 tháng 11 năm 2023"
KIND = "BÁO CÁO"
SUBTITLE = ["kết quả thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị",
            "năm 2023 và phương hướng giai đoạn 2024 - 2025"]
BODY_BEFORE_TABLE = [
    ("heading", "I. KẾT QUẢ THỰC HIỆN"),
    ("body", "Thực hiện Kế hoạch số 41-KH/TU của Ban Thường vụ Tỉnh ủy về tiếp tục đẩy mạnh học tập và làm theo "
             "tư tưởng, đạo đức, phong cách Hồ Chí Minh theo tinh thần Chỉ thị số 05-|CT/TW ngày 15 tháng 5 năm 2016 "
             "của Bộ Chính trị, Ban Tuyên giáo Tỉnh ủy đã tham mưu tổ chức quán triệt đến 1.245 cán bộ chủ chốt của "
             "các huyện, thị, thành ủy và đảng ủy trực thuộc."),
    ("body", "Các cấp ủy đã lồng ghép nội dung chuyên đề toàn khóa giai đoạn 2021 - |2025 vào sinh hoạt chi bộ "
             "định kỳ; 186 tập thể và 412 cá nhân được biểu dương, khen thưởng vì có cách làm sáng tạo trong phát "
             "triển kinh tế - xã hội ở cơ sở. Tỷ lệ đảng viên đăng ký nêu gương đạt 98,6%, tăng 2,1% so với năm 2022."),
    ("body", "Công tác kiểm tra, giám sát việc thực hiện Quy định số 08-QĐi/TW về trách nhiệm nêu gương được "
             "duy trì thường xuyên; qua kiểm tra 37 tổ chức đảng, đã chỉ ra 14 hạn chế và kiến nghị khắc phục kịp "
             "thời. Kết quả cụ thể như sau:"),
]
TABLE = [["TT", "Nội dung", "Kết quả"],
         ["1", "Hội nghị quán triệt chuyên đề", "52 hội nghị"],
         ["2", "Mô hình điển hình được nhân rộng", "73 mô hình"],
         ["3", "Tin, bài tuyên truyền trên báo chí", "1.120 tin, bài"]]
BODY_AFTER_TABLE = [
    ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"),
    ("body", "Tiếp tục quán triệt sâu sắc Kết luận số 01-KL/TW ngày 18 tháng 5 năm 2021 của Bộ Chính trị; gắn "
             "việc học tập và làm theo Bác với thực hiện Nghị quyết Trung ương 4 khóa XIII về xây dựng, chỉnh đốn "
             "Đảng và hệ thống chính trị trong sạch, vững mạnh."),
    ("body", "Phấn đấu đến cuối năm 2024 có 100% chi bộ đưa nội dung làm theo Bác vào nghị quyết hằng tháng; "
             "mỗi huyện, thị xã xây dựng ít nhất 02 mô hình mới; tổ chức sơ kết giữa nhiệm kỳ vào quý IV năm 2024 "
             "theo Hướng dẫn số 36-HD/VPTW của Văn phòng Trung ương Đảng."),
    ("body", "Trên đây là báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW năm 2023 của Ban Tuyên giáo Tỉnh ủy "
             "Quảng Trị./."),
]
SIGNATURE = ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)", "Lê Thị Thanh Hương"]
RECIPIENTS = ["Nơi nhận:", "- Ban Tuyên giáo Trung ương,", "- Thường trực Tỉnh ủy,", "- Lưu Văn phòng Ban."]
FOOTER = "Ban Tuyên giáo Tỉnh ủy Quảng Trị"


def reference_lines():
    """The text in the order a reader takes it: header columns left then right, the title,
    paragraphs, table cells row by row, the signature block, then the recipients."""
    lines = ISSUER + [MOTTO, PLACE_DATE, KIND] + SUBTITLE
    for _, text in BODY_BEFORE_TABLE:
        lines.append(text.replace("|", ""))
    for row in TABLE:
        lines += row
    for _, text in BODY_AFTER_TABLE:
        lines.append(text.replace("|", ""))
    return lines + SIGNATURE + RECIPIENTS


class Typesetter:
    def __init__(self, path, to_unicode=True):
        self.canvas = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=1)
        self.canvas.setTitle("")
        self.page = 1
        self.y = TOP

    def centered(self, text, x, font, size=SIZE):
        self.canvas.setFont(font, size)
        self.canvas.drawCentredString(x, self.y, text)

    def furniture(self):
        self.canvas.setFont("Serif-Italic", 9)
        self.canvas.drawCentredString(WIDTH / 2, 40, FOOTER)
        if self.page > 1:
            self.canvas.setFont("Serif", 11)
            self.canvas.drawCentredString(WIDTH / 2, HEIGHT - 36, str(self.page))

    def new_page_if_needed(self, room):
        if self.y - room < BOTTOM:
            self.furniture()
            self.canvas.showPage()
            self.page += 1
            self.y = TOP - 8

    def words_line(self, words, x0, x1, font, justify):
        self.canvas.setFont(font, SIZE)
        widths = [pdfmetrics.stringWidth(w, font, SIZE) for w in words]
        space = pdfmetrics.stringWidth(" ", font, SIZE)
        gap = space
        if justify and len(words) > 1:
            gap = (x1 - x0 - sum(widths)) / (len(words) - 1)
        x = x0
        for word, width in zip(words, widths):
            self.canvas.drawString(x, self.y, word)
            x += width + gap

    def paragraph(self, text, font="Serif", indent=28.0):
        """Justified lines; '|' forces a break (a word may be cut after its hyphen there)."""
        tokens = text.replace("|", " | ").split()
        space = pdfmetrics.stringWidth(" ", font, SIZE)
        lines, line, width = [], [], 0.0
        first = True
        for token in tokens:
            x0 = LEFT + (indent if first else 0)
            if token == "|":
                lines.append((line, x0, True))
                line, width, first = [], 0.0, False
                continue
            w = pdfmetrics.stringWidth(token, font, SIZE)
            if line and x0 + width + space + w > RIGHT:
                lines.append((line, x0, True))
                line, width, first = [], 0.0, False
            width = width + (space if line else 0) + w
            line.append(token)
        lines.append((line, LEFT + (indent if first else 0), False))
        # Join the parts of a word cut at a forced break ("05-" + "CT/TW" typeset apart).
        for words, x0, justify in lines:
            self.new_page_if_needed(LEADING)
            self.words_line(words, x0, RIGHT, font, justify)
            self.y -= LEADING
        self.y -= 3

    def table(self, rows):
        columns = [LEFT, LEFT + 40, LEFT + 330, RIGHT]
        height = LEADING + 6
        self.new_page_if_needed(height * len(rows))
        top = self.y + SIZE
        for r, row in enumerate(rows):
            font = "Serif-Bold" if r == 0 else "Serif"
            for c, cell in enumerate(row):
                self.canvas.setFont(font, SIZE)
                if c == 1:
                    self.canvas.drawString(columns[c] + 5, self.y, cell)
                else:
                    self.canvas.drawCentredString((columns[c] + columns[c + 1]) / 2, self.y, cell)
            self.y -= height
        bottom = top - height * len(rows)
        self.canvas.setLineWidth(0.6)
        for x in columns:
            self.canvas.line(x, top, x, bottom)
        for r in range(len(rows) + 1):
            self.canvas.line(LEFT, top - r * height, RIGHT, top - r * height)
        self.y -= 8

    def save(self):
        self.furniture()
        self.canvas.save()


def typeset(path):
    t = Typesetter(path)
    c = t.canvas
    left_x, right_x = LEFT + 95, LEFT + 330
    header_top = t.y
    for i, line in enumerate(ISSUER):
        t.centered(line, left_x, "Serif-Bold" if i == 1 else "Serif")
        t.y -= LEADING
    t.y = header_top
    t.centered(MOTTO, right_x, "Serif-Bold")
    w = pdfmetrics.stringWidth(MOTTO, "Serif-Bold", SIZE)
    c.setLineWidth(0.6)
    c.line(right_x - w / 2, t.y - 3, right_x + w / 2, t.y - 3)
    t.y = header_top - 3 * LEADING
    t.centered(PLACE_DATE, right_x, "Serif-Italic")
    t.y = header_top - 5.5 * LEADING
    t.centered(KIND, WIDTH / 2 + 12, "Serif-Bold", 15)
    t.y -= LEADING + 2
    for line in SUBTITLE:
        t.centered(line, WIDTH / 2 + 12, "Serif-Bold")
        t.y -= LEADING
    t.centered("-----", WIDTH / 2 + 12, "Serif")
    t.y -= LEADING * 1.6
    for kind, text in BODY_BEFORE_TABLE:
        t.paragraph(text, font="Serif-Bold" if kind == "heading" else "Serif")
    t.table(TABLE)
    for kind, text in BODY_AFTER_TABLE:
        t.paragraph(text, font="Serif-Bold" if kind == "heading" else "Serif")
    t.y -= 6
    t.new_page_if_needed(LEADING * 6)
    block_top = t.y
    for i, line in enumerate(SIGNATURE):
        t.centered(line, right_x, "Serif-Italic" if line.startswith("(") else "Serif-Bold")
        t.y -= LEADING * (2.2 if i == 2 else 1)
    t.y = block_top
    c.setFont("Serif-BoldItalic", 11)
    c.drawString(LEFT, t.y, RECIPIENTS[0])
    t.y -= 14
    for line in RECIPIENTS[1:]:
        c.setFont("Serif", 10.5)
        c.drawString(LEFT, t.y, line)
        t.y -= 13
    t.save()


def strip_unicode_maps(src, dst):
    """A copy whose embedded fonts have no ToUnicode CMap: text comes out as glyph codes,
    as in PDFs made from legacy fonts."""
    data = open(src, "rb").read()
    data = data.replace(b"/ToUnicode", b"/NoUnicode")
    open(dst, "wb").write(data)


def too_many_pages(path, pages):
    c = canvas.Canvas(path, pagesize=(200, 100), pageCompression=1, invariant=1)
    c.setFont("Serif", 10)
    for i in range(pages):
        c.drawString(20, 50, f"Trang {i + 1}")
        c.showPage()
    c.save()


def scan(src, pdf_out, png_out):
    from PIL import Image, ImageFilter
    import img2pdf
    rng = random.Random(20231115)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", src, os.path.join(tmp, "p")], check=True)
        pages = []
        for name in sorted(os.listdir(tmp)):
            image = Image.open(os.path.join(tmp, name)).convert("L")
            image = image.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255, expand=False)
            pixels = image.load()
            w, h = image.size
            for _ in range(w * h // 400):
                x, y = rng.randrange(w), rng.randrange(h)
                pixels[x, y] = rng.choice((0, 90, 160))
            image = image.filter(ImageFilter.GaussianBlur(0.4))
            image = image.point(lambda v: 0 if v < 150 else 255).convert("1")
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", optimize=True, dpi=(150, 150))
            pages.append(buffer.getvalue())
        data = img2pdf.convert(pages, nodate=True)
        # The file identifier is random; zeros of the same length keep the xref offsets right.
        data = re.sub(rb"/ID \[<([0-9a-fA-F]+)><([0-9a-fA-F]+)>\]",
                      lambda m: b"/ID [<" + b"0" * len(m.group(1)) + b"><" + b"0" * len(m.group(2)) + b">]", data)
        open(pdf_out, "wb").write(data)
        open(png_out, "wb").write(pages[0])


os.makedirs(OUT, exist_ok=True)
report = os.path.join(OUT, "report.pdf")
typeset(report)
with open(os.path.join(OUT, "report.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(reference_lines()) + "\n")
strip_unicode_maps(report, os.path.join(OUT, "report-no-unicode-map.pdf"))
scan(report, os.path.join(OUT, "report-scan.pdf"), os.path.join(OUT, "report-scan-page1.png"))
too_many_pages(os.path.join(OUT, "many-pages.pdf"), 60)
