"""Small reportlab layout helper for the corpus PDFs (t01 via pdftotext, t09).

Draws plain text only: headings, wrapped paragraphs, and tables whose cells are
text placed at column positions (no rules), with a running header and a page
number on every page.  Cell text is wrapped by hand (a cell is a string or a
list of lines) so the key author knows exactly what is printed.
"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))

W, H = A4
LEFT, RIGHT = 72, W - 72
TOP, BOTTOM = H - 80, 80


class Doc:
    def __init__(self, path, running_header, page_fmt, first_page=1, header_from_page=2, title=None):
        self.c = canvas.Canvas(path, pagesize=A4)
        if title:
            self.c.setTitle(title)
        self.running_header = running_header
        self.page_fmt = page_fmt
        self.page = first_page
        self.page_index = 1
        self.header_from_page = header_from_page
        self.y = TOP
        self._decorate()
        self.table_header = None  # (cols, header, size, aligns) to repeat after a page break

    # page furniture -------------------------------------------------------
    def _decorate(self):
        c = self.c
        if self.running_header and self.page_index >= self.header_from_page:
            c.setFont(FONT, 9)
            c.drawCentredString(W / 2, H - 50, self.running_header)
        c.setFont(FONT, 10)
        c.drawCentredString(W / 2, 45, self.page_fmt.format(n=self.page))

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.page_index += 1
        self.y = TOP
        self._decorate()

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()
            return True
        return False

    # text -----------------------------------------------------------------
    def centered(self, text, size=16, gap=10):
        self.need(size + gap)
        self.y -= size
        self.c.setFont(FONT, size)
        self.c.drawCentredString(W / 2, self.y, text)
        self.y -= gap

    def right(self, text, size=11, gap=6, margin=0):
        self.need(size + gap)
        self.y -= size
        self.c.setFont(FONT, size)
        self.c.drawRightString(RIGHT - margin, self.y, text)
        self.y -= gap

    def heading(self, text, size=13, gap=8, indent=0):
        self.need(size * 3)
        self.y -= size + 4
        self.c.setFont(FONT, size)
        self.c.drawString(LEFT + indent, self.y, text)
        self.y -= gap

    def wrap(self, text, width, size, first_indent=0):
        lines, cur, cur_w, avail = [], "", 0.0, width - first_indent
        for ch in text:
            w = pdfmetrics.stringWidth(ch, FONT, size)
            if cur_w + w > avail and cur:
                lines.append(cur)
                cur, cur_w, avail = "", 0.0, width
            cur += ch
            cur_w += w
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, size=10.5, leading=17, indent_chars=2, left=0, gap=4):
        first = size * indent_chars
        lines = self.wrap(text, RIGHT - LEFT - left, size, first)
        self.c.setFont(FONT, size)
        for i, line in enumerate(lines):
            if self.need(leading):
                self.c.setFont(FONT, size)
            self.y -= leading
            self.c.drawString(LEFT + left + (first if i == 0 else 0), self.y, line)
        self.y -= gap

    def space(self, h):
        self.y -= h

    # tables ---------------------------------------------------------------
    def _cell_lines(self, cell):
        if cell is None:
            return []
        if isinstance(cell, str):
            return [cell] if cell else []
        return list(cell)

    def _draw_row(self, cols, row, size, leading, aligns, widths):
        n = max([len(self._cell_lines(c)) for c in row] + [1])
        self.c.setFont(FONT, size)
        for i, cell in enumerate(row):
            for k, line in enumerate(self._cell_lines(cell)):
                y = self.y - leading * (k + 1)
                a = aligns[i] if aligns else "l"
                if a == "c":
                    self.c.drawCentredString(cols[i] + widths[i] / 2, y, line)
                elif a == "r":
                    self.c.drawRightString(cols[i] + widths[i], y, line)
                else:
                    self.c.drawString(cols[i], y, line)
        self.y -= leading * n + leading * 0.35

    def table(self, cols, header, rows, size=9, leading=13, aligns=None, repeat_header=True):
        """cols: left x of each column; header: list of header rows; rows: list of rows.
        A row may be ("span", text) for a category row printed at the first column."""
        widths = [(cols[i + 1] - cols[i] - 4) if i + 1 < len(cols) else (RIGHT - cols[i]) for i in range(len(cols))]

        def row_height(r):
            if isinstance(r, tuple) and r and r[0] == "span":
                return leading * 1.35
            return leading * (max([len(self._cell_lines(c)) for c in r] + [1]) + 0.35)

        def draw_header():
            for hr in header:
                self._draw_row(cols, hr, size, leading, aligns, widths)
            self.y -= 2

        hh = sum(row_height(r) for r in header)
        self.need(hh + row_height(rows[0]) + 4)
        draw_header()
        for r in rows:
            if self.y - row_height(r) < BOTTOM:
                self.new_page()
                if repeat_header:
                    draw_header()
            if isinstance(r, tuple) and r and r[0] == "span":
                self.c.setFont(FONT, size)
                self.y -= leading
                self.c.drawString(cols[0], self.y, r[1])
                self.y -= leading * 0.35
            else:
                self._draw_row(cols, r, size, leading, aligns, widths)
        self.y -= 4

    def save(self):
        self.c.showPage()
        self.c.save()
