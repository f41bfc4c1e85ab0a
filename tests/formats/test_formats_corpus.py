"""A real plan's opening, rebuilt as Word, HTML and PDF, parses as its plain text does.

The first 146 lines of the Liaoning plan hold its title, chapter 1 with three sections,
the indicator table of 专栏1 (tab-separated in the text, a real table in the rebuilt
documents), chapter 2 and the programme box 专栏2 with its four items.
"""
from pathlib import Path

import pytest

from formats_builders import lines_to_blocks, summary, to_docx, to_html, to_pdf

from app.ingest import parse_text
from app.ingest.formats import extract_text

SOURCE = Path(__file__).resolve().parents[2] / "data" / "sources" / "004_dc3a60d4d6364fbb.txt"


@pytest.fixture(scope="module")
def opening():
    lines = SOURCE.read_text(encoding="utf-8").splitlines()[:146]
    return "\n".join(lines) + "\n", lines_to_blocks(lines)


def _indicators(plan):
    return [(r.category, r.seq, r.name, r.unit, [c.raw for c in r.cells]) for r in plan.indicators]


def _check_same_plan(text: str, source_text: str) -> None:
    plan, expected = parse_text(text), parse_text(source_text)
    assert summary(plan) == summary(expected)
    assert len(plan.indicators) == 16
    assert _indicators(plan)[10] == ("社会保障", 11, "基本医疗保险参保率", "%", ["95 左右", "稳定在 95 以上"])
    assert [c.title for c in plan.chapters][:1] == ["发展环境和总体要求"]
    assert [(b.no, b.kind, len(b.items)) for b in plan.boxes] == [(1, "indicators", 0), (2, "programmes", 4)]
    assert plan.meta.title == expected.meta.title and plan.meta.doc_number == expected.meta.doc_number


def test_docx_with_a_real_word_table_parses_like_the_text(opening):
    pytest.importorskip("docx")
    source_text, blocks = opening
    tables = [body for kind, body in blocks if kind == "table"]
    assert len(tables) == 1 and len(tables[0]) == 20  # header, 3 categories, 16 rows: one Word table
    _check_same_plan(extract_text(to_docx(blocks), "004.docx"), source_text)


def test_html_page_parses_like_the_text(opening):
    pytest.importorskip("bs4")
    source_text, blocks = opening
    page = to_html(blocks, charset="gb2312", noisy=True).encode("gb18030")
    _check_same_plan(extract_text(page, "004.html"), source_text)


def test_pdf_parses_like_the_text(opening):
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    source_text, blocks = opening
    _check_same_plan(extract_text(to_pdf(blocks), "004.pdf"), source_text)
