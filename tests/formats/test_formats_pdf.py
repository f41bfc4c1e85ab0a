"""PDFs with a text layer: ruled tables as TAB rows, page furniture dropped, wrapped lines joined;
scanned, encrypted and damaged files refused in words."""
import io

import pytest

pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

from formats_builders import FONT, SAMPLE, _register_font, summary, to_pdf, to_text  # noqa: E402

from app.ingest import IngestError, parse_text  # noqa: E402
from app.ingest.formats import extract, extract_text  # noqa: E402
from app.ingest.formats.common import fix_lookalikes  # noqa: E402
from app.ingest.formats.pdf_layout import is_page_number  # noqa: E402
from app.ingest.textlayout import display_width  # noqa: E402


def _long_sample():
    """SAMPLE grown to three pages: more paragraphs, and an indicator table that crosses a page."""
    blocks = []
    for kind, body in SAMPLE:
        if kind == "table":
            rows = body[:2] + [[f"{k}.第{k}项就业指标（万人）", f"{k}.5", f"{k + 10}", "预期性"] for k in range(1, 41)]
            blocks.append(("table", rows))
        else:
            blocks.append((kind, body))
        if kind == "p" and body.startswith("“十三五”"):
            blocks += [("p", f"第{n}段：" + body) for n in range(2, 9)]
    return blocks


def test_pdf_finds_chapters_box_and_indicator_rows():
    plan = parse_text(extract_text(to_pdf(SAMPLE, running_header=None), "plan.pdf"))
    assert summary(plan) == summary(parse_text(to_text(SAMPLE)))
    rows = {r.name: r for r in plan.indicators}
    assert [c.raw for c in rows["城镇调查失业率"].cells] == ["5.5", "<5.5"]
    assert rows["失业保险参保人数"].category == "社会保障"
    assert [(b.no, b.kind) for b in plan.boxes] == [(1, "indicators"), (2, "programmes")]


def test_one_page_pdf_gives_exactly_the_text_stream():
    """Wrapped paragraph lines joined again; the framed box read as lines, not joined."""
    assert extract_text(to_pdf(SAMPLE, running_header=None), "plan.pdf") == to_text(SAMPLE)


@pytest.mark.parametrize("page_number", ["- {n} -", "第{n}页", "{n}"])
def test_running_header_page_numbers_and_repeated_table_header_are_dropped(page_number):
    blocks = _long_sample()
    data = to_pdf(blocks, page_number=page_number)
    assert extract_text(data, "plan.pdf") == to_text(blocks)  # three pages, read as one text


def test_long_table_over_pages_keeps_every_row():
    plan = parse_text(extract_text(to_pdf(_long_sample()), "plan.pdf"))
    rows = plan.boxes[0].rows
    assert [r.seq for r in rows] == list(range(1, 41))
    assert [c.raw for c in rows[-1].cells] == ["40.5", "50"]
    assert not [i for i in plan.issues if i.kind in ("short_row", "long_row", "stray_value")]


def _canvas_pdf(draw, **options) -> bytes:
    from reportlab.pdfgen import canvas
    _register_font()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, **options)
    draw(pdf)
    pdf.save()
    return buffer.getvalue()


def test_unruled_table_keeps_its_columns_lined_up():
    """A table without rules is printed at its columns (a CJK character two wide), as
    pdftotext -layout shows it, so the text table reader finds the columns."""
    rows = [("专栏1 主要指标", None, None), ("指标", "2020年", "2025年"),
            ("1.城镇新增就业人数（万人）", "45.2", "50"), ("2.城镇调查失业率（%）", "5.5", "<5.5")]

    def draw(pdf):
        pdf.setFont(FONT, 11)
        pdf.drawString(72, 760, "第一章 总体要求")
        for k, (name, a, b) in enumerate(rows):
            y = 730 - 20 * k
            pdf.drawString(72, y, name)
            if a:
                pdf.drawString(320, y, a)
                pdf.drawString(400, y, b)

    lines = extract_text(_canvas_pdf(draw), "t.pdf").splitlines()
    assert lines[3].split() == ["1.城镇新增就业人数（万人）", "45.2", "50"]
    starts = [display_width(line[:line.index(value)]) for line, value in
              ((lines[2], "2020年"), (lines[3], "45.2"), (lines[4], "5.5"))]
    assert len(set(starts)) == 1
    plan = parse_text("\n".join(lines))
    assert [(r.name, [c.raw for c in r.cells]) for r in plan.indicators] == [
        ("城镇新增就业人数", ["45.2", "50"]), ("城镇调查失业率", ["5.5", "<5.5"])]


def _png(size=(200, 200)) -> bytes:
    from PIL import Image, ImageDraw
    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).rectangle([20, 20, 120, 60], fill="black")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _draw_image(pdf, page_number: str | None = None):
    """A scanned page: one page-sized picture, perhaps with a page number stamped as text."""
    from reportlab.lib.utils import ImageReader
    pdf.drawImage(ImageReader(io.BytesIO(_png())), 40, 60, width=515, height=740)
    if page_number:
        pdf.setFont(FONT, 9)
        pdf.drawCentredString(297, 30, page_number)


@pytest.mark.parametrize("stamped", [False, True])
def test_image_only_pdf_is_refused_as_scanned(stamped):
    def draw(pdf):
        _draw_image(pdf, "- 1 -" if stamped else None)
        pdf.showPage()
        _draw_image(pdf, "- 2 -" if stamped else None)

    with pytest.raises(IngestError, match="no text layer.*scanned"):
        extract_text(_canvas_pdf(draw), "scan.pdf")


def test_drawing_only_pdf_is_refused():
    with pytest.raises(IngestError, match="no text was found"):
        extract_text(_canvas_pdf(lambda pdf: pdf.rect(100, 100, 200, 200)), "empty.pdf")


def test_scanned_page_among_text_pages_is_marked_not_silently_lost():
    def draw(pdf):
        pdf.setFont(FONT, 12)
        pdf.drawString(72, 760, "第一章 总体要求")
        pdf.showPage()
        _draw_image(pdf, "- 2 -")
        pdf.showPage()
        pdf.setFont(FONT, 12)
        pdf.drawString(72, 760, "第二章 主要任务")

    result = extract(_canvas_pdf(draw), "mixed.pdf")
    assert result.text.splitlines() == ["第一章 总体要求", "〔第2页是扫描图像，没有文字层，此页内容未能读取〕",
                                        "第二章 主要任务"]
    assert "page 2 has no text layer" in result.warnings[0]


def test_encrypted_pdf_is_refused():
    def draw(pdf):
        pdf.setFont(FONT, 12)
        pdf.drawString(72, 760, "第一章 总体要求")

    with pytest.raises(IngestError, match="encrypted"):
        extract_text(_canvas_pdf(draw, encrypt="secret"), "locked.pdf")


@pytest.mark.parametrize("data, message", [
    (None, "PNG image"),  # a PNG renamed .pdf: filled in below
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "damaged or incomplete"),
    (b"", "empty"),
    ("第一章 总则".encode(), "not a PDF file"),
])
def test_wrong_or_damaged_files_raise_ingest_error(data, message):
    with pytest.raises(IngestError, match=message):
        extract_text(_png() if data is None else data, "plan.pdf")


def test_truncated_pdf_raises_ingest_error():
    whole = to_pdf(SAMPLE)
    with pytest.raises(IngestError):
        extract_text(whole[: len(whole) // 3], "plan.pdf")


@pytest.mark.parametrize("text, expected", [("- 3 -", True), ("第3页", True), ("第 3 页 共 20 页", True),
                                            ("3/20", True), ("—12—", True), ("2025年", False),
                                            ("第三章", False), ("45.2", False)])
def test_page_number_patterns(text, expected):
    assert is_page_number(text) is expected


def test_radical_lookalikes_are_read_as_ideographs():
    # '⼀' (U+2F00 KANGXI RADICAL ONE) instead of '一': PDFs from some word processors print these.
    assert fix_lookalikes("第⼀章 ⼈⼒资源（%）") == "第一章 人力资源（%）"
