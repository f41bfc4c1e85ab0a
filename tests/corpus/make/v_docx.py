"""python-docx helpers for the v* documents (CJK fonts, ruled tables, merged cells, footers)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, None: None}


def set_font(run, name="仿宋", size=16, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(a), name)


def new_doc(font="WenQuanYi Micro Hei", size=12):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.5)
    return d


def para(d, text, bold=False, align=None, size=None, font=None, indent=True, space_after=2):
    p = d.add_paragraph()
    if ALIGN[align] is not None:
        p.alignment = ALIGN[align]
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent and align is None:
        pf.first_line_indent = Pt(24 if size is None else size * 2)
    r = p.add_run(text)
    r.font.bold = bold
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return p


def cell_text(cell, text, bold=False, align="center", size=10.5):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = ALIGN[align]
    p.paragraph_format.space_after = Pt(0)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
            p.alignment = ALIGN[align]
            p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.font.bold = bold


def table(d, nrows, ncols, widths_cm, style="Table Grid"):
    t = d.add_table(rows=nrows, cols=ncols)
    if style:
        t.style = d.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, w in enumerate(widths_cm):
        t.columns[i].width = Cm(w)
    for r in t.rows:
        for i, w in enumerate(widths_cm):
            r.cells[i].width = Cm(w)
    return t


def no_split_header(row):
    """Mark a row as NOT repeated on a new page (the default) - nothing to do; kept for clarity."""
    return row


def page_number_footer(section, before="— ", after=" —"):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(before)
    r = p.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), tag)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r._element.append(e)
    p.add_run(after)
