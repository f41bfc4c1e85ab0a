"""Build the same small plan as plain text, HTML, Word and PDF, and summarise parsed plans.

A document is a list of blocks: ("p", text), ("table", rows) or ("box", lines).  The
plain-text rendering is what the front ends must reproduce: one line per paragraph,
one TAB-joined line per table row, a box's lines as lines.
"""
from __future__ import annotations

import html as html_lib
import io
import re

HEADING_RE = re.compile(r"^(第.{1,3}[章节]|专栏\s*\d+)")

SAMPLE = [
    ("p", "湖南省“十四五”人力资源和社会保障事业发展规划"),
    ("p", "为深入实施就业优先战略，根据《湖南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，"
          "制定本规划。"),
    ("p", "第一章 发展环境和总体要求"),
    ("p", "第一节 发展环境"),
    ("p", "“十三五”时期，全省人力资源和社会保障事业取得显著成就。城镇新增就业385万人，城镇登记失业率控制在4.5%以内，"
          "基本养老保险参保人数稳步增加，人才队伍建设成效明显，劳动关系总体和谐稳定，公共服务能力不断提升。"),
    ("p", "第二节 主要目标"),
    ("p", "到2025年，城镇新增就业人数350万人以上，城镇调查失业率控制在5.5%以内，基本养老保险参保率达到95%。"),
    ("p", "专栏1 “十四五”时期人力资源和社会保障事业发展主要指标"),
    ("table", [["指标", "2020年", "2025年", "属性"],
               ["一、就业", "", "", ""],
               ["1.城镇新增就业人数（万人）", "[385]", "[350]", "预期性"],
               ["2.城镇调查失业率（%）", "5.5", "<5.5", "预期性"],
               ["二、社会保障", "", "", ""],
               ["3.基本养老保险参保率（%）", "90", "95", "预期性"],
               ["4.失业保险参保人数（万人）", "640.87", "700", "预期性"]]),
    ("p", "注：[ ]内为五年累计数。"),
    ("p", "第二章 实施就业优先战略"),
    ("p", "第一节 促进重点群体就业"),
    ("p", "坚持把高校毕业生就业作为重中之重，拓宽市场化社会化就业渠道，加强困难毕业生帮扶，确保就业形势总体稳定。"),
    ("box", ["专栏2 重点群体就业促进工程",
             "1.高校毕业生就业创业促进计划（省人力资源社会保障厅、省教育厅）",
             "实施离校未就业高校毕业生帮扶行动，提供实名制就业服务。",
             "2.农民工职业技能提升计划（省人力资源社会保障厅）",
             "每年开展农民工职业技能培训20万人次。"]),
    ("p", "第三章 健全多层次社会保障体系"),
    ("p", "第一节 完善养老保险制度"),
    ("p", "全面落实企业职工基本养老保险全国统筹，稳步提高基本养老金水平，发展多层次、多支柱养老保险体系。"),
]


def to_text(blocks) -> str:
    lines = []
    for kind, body in blocks:
        if kind == "p":
            lines.append(body)
        elif kind == "table":  # a merged category row is one cell, printed once
            lines.extend(row[0] if _is_category(row) else "\t".join(row) for row in body)
        else:
            lines.extend(body)
    return "\n".join(lines) + "\n"


def lines_to_blocks(lines: list[str]) -> list:
    """Source lines to blocks: runs of TAB-separated lines become a table (blank lines skipped)."""
    blocks: list = []
    for line in (ln.strip(" \u3000") for ln in lines):
        if not line.strip():
            continue
        if "\t" in line:
            row = [cell.strip() for cell in line.split("\t")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(row)
            else:
                blocks.append(("table", [row]))
        else:
            blocks.append(("p", line.strip()))
    return blocks


def _is_category(row: list[str]) -> bool:
    return bool(row[0]) and not any(row[1:])


# -- HTML -----------------------------------------------------------------------------
def _html_table(rows) -> str:
    out = ['<table border="1" cellspacing="0" class="MsoTableGrid">']
    for k, row in enumerate(rows):
        if _is_category(row):
            out.append(f'<tr><td colspan="{len(row)}"><p>{html_lib.escape(row[0])}</p></td></tr>')
        else:
            tag = "th" if k == 0 else "td"
            out.append("<tr>" + "".join(f"<{tag}>{html_lib.escape(c)}</{tag}>" for c in row) + "</tr>")
    return "\n".join(out) + "</table>"


def to_html_body(blocks) -> str:
    out = []
    for kind, body in blocks:
        if kind == "p" and HEADING_RE.match(body):
            out.append(f'<p style="text-align:center"><strong>{html_lib.escape(body)}</strong></p>')
        elif kind == "p":
            out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{html_lib.escape(body)}</p>")
        elif kind == "table":
            out.append(_html_table(body))
        else:  # a box as Word exports it: a one-cell table
            cell = "".join(f"<p>{html_lib.escape(line)}</p>" for line in body)
            out.append(f'<table border="1"><tr><td width="560">{cell}</td></tr></table>')
    return "\n".join(out)


def to_html(blocks, charset: str = "utf-8", noisy: bool = False) -> str:
    body = to_html_body(blocks)
    title = blocks[0][1]
    if not noisy:
        return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
                f"<body>{body}</body></html>")
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_政府文件_湖南省人民政府门户网站</title>
<script type="text/javascript">var 第九章 = "第九章 不是正文"; document.write("专栏9 假的");</script>
<style>.TRS_Editor p {{ line-height: 2; }}</style></head>
<body><form id="form1" method="post" action="./">
<div class="header"><h1>湖南省人民政府</h1><div class="top-menu"><a href="/">首页</a></div></div>
<ul class="nav"><li><a href="/">首页</a></li><li>政务公开</li><li>第一章 互动交流</li></ul>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 政府文件</div>
<!-- 第八章 注释里的假标题 -->
<table width="1000" class="layout"><tr>
<td width="200" class="side"><ul><li>政策解读</li><li>通知公告</li></ul></td>
<td width="800">
<div class="article-title"><h2>{title}</h2></div>
<div class="info">发布时间：2021-08-26 来源：省政府办公厅 字号：[大 中 小]</div>
<div id="zoom" class="TRS_Editor">{body}
<div class="bdsharebuttonbox">分享到：微信 微博 QQ空间</div>
<div style="display:none">第七章 隐藏的文字</div></div>
</td></tr></table>
<div class="footer">版权所有：湖南省人民政府办公厅 网站标识码：4300000063</div>
<script>window.onload = function () {{ alert("专栏8"); }};</script>
</form></body></html>"""


# -- Word -----------------------------------------------------------------------------
def to_docx(blocks) -> bytes:
    import docx
    document = docx.Document()
    for kind, body in blocks:
        if kind == "p":
            document.add_paragraph(body, style="Heading 2" if HEADING_RE.match(body) else None)
        elif kind == "table":
            _docx_table(document, body)
        else:
            cell = document.add_table(rows=1, cols=1).cell(0, 0)
            cell.text = body[0]
            for line in body[1:]:
                cell.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_table(document, rows) -> None:
    width = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        if _is_category(row) and width > 1:
            merged = table.cell(r, 0).merge(table.cell(r, width - 1))
            merged.text = row[0]
            continue
        for c, text in enumerate(row):
            table.cell(r, c).text = text


# -- PDF ------------------------------------------------------------------------------
FONT = "STSong-Light"


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def to_pdf(blocks, running_header: str | None = "湖南省人力资源和社会保障厅",
           page_number: str = "- {n} -", **doc_options) -> bytes:
    """A PDF as a government office prints one: body text with a first-line indent, centred
    headings, ruled tables, a framed box, a running header and page numbers."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    _register_font()
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=17, firstLineIndent=22,
                          wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontSize=13, leading=22, firstLineIndent=0,
                          alignment=1, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=10, leading=14, firstLineIndent=0)

    def furniture(canvas, doc):
        canvas.setFont(FONT, 9)
        if running_header:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 40, running_header)
        if page_number:
            canvas.drawCentredString(A4[0] / 2, 30, page_number.format(n=doc.page))

    story = []
    for kind, content in blocks:
        if kind == "p":
            story.append(Paragraph(html_lib.escape(content), head if HEADING_RE.match(content) else body))
        elif kind == "table":
            story.append(_pdf_table(content, cell, colors, Table, TableStyle, Paragraph))
        else:
            paragraphs = [Paragraph(html_lib.escape(line), cell) for line in content]
            story.append(Table([[paragraphs]], colWidths=[420], style=TableStyle(
                [("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 6)])))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, **doc_options).build(
        story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def _pdf_table(rows, cell, colors, Table, TableStyle, Paragraph):
    width = max(len(row) for row in rows)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), FONT),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    data = []
    for r, row in enumerate(rows):
        if _is_category(row):
            style.append(("SPAN", (0, r), (-1, r)))
        data.append([Paragraph(html_lib.escape(text), cell) for text in row])
    widths = [200] + [(440 - 200) / (width - 1)] * (width - 1) if width > 1 else [440]
    return Table(data, colWidths=widths, style=TableStyle(style), repeatRows=1)


# -- comparing parsed plans -----------------------------------------------------------
def summary(plan) -> dict:
    """What the structure detection found, without line numbers."""
    return {
        "chapters": [(c.no, c.title) for c in plan.chapters],
        "sections": [(c.no, s.no, s.title) for c in plan.chapters for s in c.sections],
        "boxes": [(b.no, b.title, b.kind, [c.heading for c in b.columns]) for b in plan.boxes],
        "items": [(b.no, i.seq, i.name, i.text, tuple(i.agencies)) for b in plan.boxes for i in b.items],
        "indicators": [(r.box_no, r.category, r.seq, r.name, r.unit, [c.raw for c in r.cells],
                        r.attribute, r.unplaced) for r in plan.indicators],
    }


def zip_bytes(members: dict) -> bytes:
    """A ZIP archive in memory: {member name: content}."""
    import zipfile
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()
