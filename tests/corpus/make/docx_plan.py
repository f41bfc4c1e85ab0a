"""python-docx helpers for the corpus Word documents (t06, t07, and t08's source).

Tables are real Word tables: merged cells are made with python-docx's cell.merge(), which
writes w:gridSpan for horizontal merges and w:vMerge for vertical ones.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

BODY_FONT = "仿宋_GB2312"
HEAD_FONT = "黑体"


def set_run_font(run, name, size=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def new_document(body_font=BODY_FONT, margins_cm=2.6):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    st.font.size = Pt(12)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.5)
    return doc


def para(doc_or_cell, text, font=BODY_FONT, size=12, bold=False, align=None, indent_chars=2, space_after=0):
    p = doc_or_cell.add_paragraph()
    if indent_chars:
        p.paragraph_format.first_line_indent = Pt(size * indent_chars)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    r = p.add_run(text)
    set_run_font(r, font, size, bold)
    return p


def heading(doc, text, size=14, font=HEAD_FONT, align=None):
    return para(doc, text, font=font, size=size, bold=False, align=align, indent_chars=0, space_after=4)


def page_number_footer(doc, fmt=("— ", " —"), size=11):
    """Footer with a centred PAGE field between fmt[0] and fmt[1]."""
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(fmt[0])
        set_run_font(r, "宋体", size)
        r = p.add_run()
        set_run_font(r, "宋体", size)
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._element.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = text
                r._element.append(it)
        r = p.add_run(fmt[1])
        set_run_font(r, "宋体", size)


def running_header(doc, text, size=9):
    for s in doc.sections:
        p = s.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        set_run_font(r, "宋体", size)


def _fill(cell, value, size, font=BODY_FONT, align_center=True):
    """value: str, or list of str for several paragraphs in one cell."""
    values = value if isinstance(value, list) else [value]
    first = cell.paragraphs[0]
    for i, v in enumerate(values):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if align_center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if v:
            r = p.add_run(v)
            set_run_font(r, font, size)


def table(doc, grid, merges=(), widths_cm=None, size=10.5, header_rows=0, left_cols=(), style="Table Grid"):
    """grid: list of rows, each a list of cell values (str | list[str] | None for 'covered by a merge').
    merges: (r1, c1, r2, c2) inclusive rectangles; the value is taken from grid[r1][c1].
    header_rows: leading rows marked as repeating header rows (w:tblHeader)."""
    nrows, ncols = len(grid), len(grid[0])
    t = doc.add_table(rows=nrows, cols=ncols)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    covered = set()
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        a.merge(b)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for r in range(nrows):
        for c in range(ncols):
            if (r, c) in covered:
                continue
            v = grid[r][c]
            if v is None:
                continue
            cell = t.cell(r, c)
            # a merged cell: clear the paragraphs python-docx joined together
            for p in cell.paragraphs[1:]:
                p._element.getparent().remove(p._element)
            _fill(cell, v, size, align_center=(c not in left_cols))
    if widths_cm:
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                if i < len(row.cells):
                    row.cells[i].width = Cm(w)
    for r in range(header_rows):
        trpr = t.rows[r]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trpr.append(h)
    return t


def box_table(doc, title, lines, size=10.5):
    """A 专栏 drawn as a one-cell bordered table: title paragraph then item paragraphs."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title)
    set_run_font(r, HEAD_FONT, size + 0.5)
    for line in lines:
        p = cell.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(size * 2)
        r = p.add_run(line)
        set_run_font(r, BODY_FONT, size)
    return t
