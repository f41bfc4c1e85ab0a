"""A small reportlab page writer for the v* PDFs: wrapped CJK paragraphs, rule-less tables
drawn at fixed x positions, page furniture (page number, running footer) on every page."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "wqy"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))

W, H = A4
LEFT, RIGHT, TOP, BOTTOM = 72, W - 72, H - 72, 80


def width(text, size):
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text, size, avail):
    lines, cur = [], ""
    for ch in text:
        if width(cur + ch, size) > avail and cur:
            # keep closing punctuation on the line (避头)
            if ch in "，。、；：）”》％%":
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Writer:
    def __init__(self, path, footer=None, page_fmt="- {n} -", first_page_furniture=True):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("")
        self.footer = footer
        self.page_fmt = page_fmt
        self.n = 1
        self.y = TOP
        self.first = first_page_furniture

    def furniture(self):
        c = self.c
        if self.n > 1 or self.first:
            c.setFont(FONT, 10.5)
            t = self.page_fmt.format(n=self.n)
            c.drawString(W / 2 - width(t, 10.5) / 2, 40, t)
            if self.footer:
                c.setFont(FONT, 9)
                c.drawString(LEFT, 58, self.footer)
                c.line(LEFT, 54, RIGHT, 54)

    def new_page(self):
        self.furniture()
        self.c.showPage()
        self.n += 1
        self.y = TOP

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    def line(self, text, size=12, x=None, align="left", lead=1.7):
        self.need(size * lead)
        self.c.setFont(FONT, size)
        if align == "center":
            x = W / 2 - width(text, size) / 2
        elif align == "right":
            x = RIGHT - width(text, size) - (x or 0)
        elif x is None:
            x = LEFT
        self.y -= size * lead
        self.c.drawString(x, self.y, text)

    def para(self, text, size=12, indent=2, lead=1.7):
        avail = RIGHT - LEFT
        first = wrap(text, size, avail - indent * size)
        lines = [first[0]] if first else []
        rest = "".join(first[1:])
        lines += wrap(rest, size, avail) if rest else []
        for i, ln in enumerate(lines):
            self.line(ln, size, x=LEFT + (indent * size if i == 0 else 0), lead=lead)

    def gap(self, h=6):
        self.y -= h

    def row(self, cells, size=10.5, lead=1.6):
        """cells: [(x, text, align)] with align left|right|center (x is the anchor)."""
        self.need(size * lead)
        self.y -= size * lead
        self.c.setFont(FONT, size)
        for x, text, align in cells:
            if not text:
                continue
            if align == "right":
                self.c.drawString(x - width(text, size), self.y, text)
            elif align == "center":
                self.c.drawString(x - width(text, size) / 2, self.y, text)
            else:
                self.c.drawString(x, self.y, text)

    def save(self):
        self.furniture()
        self.c.save()


def multirow(w, cells, size=10.5, lead=1.6):
    """One table row whose cells may hold several lines: cells [(x, [lines], align)]."""
    n = max(len(c[1]) for c in cells)
    w.need(size * lead * n)
    top = w.y
    for i in range(n):
        w.row([(x, lines[i] if i < len(lines) else "", a) for x, lines, a in cells], size, lead)
    return top


def hline(w, x0=None, x1=None, dy=4, width=0.6):
    w.c.setLineWidth(width)
    w.c.line(x0 or LEFT, w.y - dy, x1 or RIGHT, w.y - dy)
