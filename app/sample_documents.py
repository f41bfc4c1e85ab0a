"""A tiny plan in each format the import reads (.txt, .docx, .html, .pdf), made in memory.

`plan-browser --selftest` imports them into a throw-away user database, so a bundle that lost
a format's reader (python-docx, BeautifulSoup, pdfplumber and what they import) fails its
selftest instead of failing a user; tests/frozen imports the same files with the frozen app.
Text, Word and HTML need no Qt; the PDF is printed with the app's own PDF writer (Qt).
"""
from __future__ import annotations

import io
from html import escape
from pathlib import Path

TITLE = "样例省人力资源和社会保障事业发展“十四五”规划"
PARAGRAPHS = [
    TITLE,
    "第一章 发展环境",
    "第一节 发展基础",
    "“十三五”时期，全省城镇新增就业累计达到300万人，城镇登记失业率控制在4.5%以内。",
    "第二节 主要目标",
    "到2025年，城镇新增就业人数250万人以上，城镇调查失业率控制在5.5%以内。",
    "专栏1 “十四五”时期主要指标",
]
TABLE = [["指标", "2020年", "2025年", "属性"],
         ["1.城镇新增就业人数（万人）", "[300]", "[250]", "预期性"],
         ["2.城镇调查失业率（%）", "5.2", "<5.5", "预期性"],
         ["3.基本养老保险参保率（%）", "90", "95", "预期性"]]
CLOSING = ["第二章 实施就业优先战略", "第一节 促进重点群体就业",
           "坚持把高校毕业生就业作为重中之重，拓宽就业渠道，确保就业形势总体稳定。"]
FORMATS = ("txt", "docx", "html", "pdf")
#: the indicator rows every format must read back, with their values
EXPECTED_ROWS = [(row[0].split(".", 1)[1].split("（")[0], row[1], row[2]) for row in TABLE[1:]]


def text_document() -> bytes:
    rows = ["\t".join(row) for row in TABLE]
    return ("\n".join([*PARAGRAPHS, *rows, *CLOSING]) + "\n").encode("utf-8")


def html_document() -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in PARAGRAPHS)
    rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in TABLE)
    closing = "".join(f"<p>{escape(p)}</p>" for p in CLOSING)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(TITLE)}</title></head>"
            f"<body>{paragraphs}<table>{rows}</table>{closing}</body></html>").encode()


def docx_document() -> bytes:
    from docx import Document
    document = Document()
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for cells, row in zip(table.rows, TABLE):
        for cell, text in zip(cells.cells, row):
            cell.text = text
    for paragraph in CLOSING:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_pdf_document(path: Path) -> None:
    """The plan printed by the app's PDF writer with its printouts' ruled tables (needs a Qt application)."""
    from app.service import PRINT_STYLE
    from app.ui.printing import write_pdf
    write_pdf(PRINT_STYLE + html_document().decode("utf-8"), path, footer="", title=TITLE)


def write_all(folder: Path) -> dict[str, Path]:
    """The four documents as files in `folder`: {format: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {fmt: folder / f"sample-plan.{fmt}" for fmt in FORMATS}
    files["txt"].write_bytes(text_document())
    files["html"].write_bytes(html_document())
    files["docx"].write_bytes(docx_document())
    write_pdf_document(files["pdf"])
    return files
