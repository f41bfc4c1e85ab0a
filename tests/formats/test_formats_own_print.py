"""A PDF printed by the app's own renderer reads back as the plan it was printed from.

The print (QTextDocument HTML -> QPdfWriter) draws every cell's borders separately as thin
filled bars, shades header and category cells (and, inside them, each text run again),
prints bold headers as doubled glyphs, and leaves the last row on a page without its
bottom rule.  None of that may change what is read: the same boxes, columns, rows, cells
and unplaced values as the database.  The general rules behind it are checked on
tables drawn by hand with reportlab, and on the flattened text the table reader gets.
"""
import io
from pathlib import Path

import pytest

pytest.importorskip("pdfplumber")

from app.db import open_readonly
from app.ingest import parse_text
from app.ingest.formats import extract_text
from app.queries import get_plan, indicator_tables, list_plans

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "plans.sqlite"


def _plans_with_tables() -> list[int]:
    engine = open_readonly(BUNDLED)
    return [p.id for p in list_plans(engine) if indicator_tables(engine, p.id)]


def _cell(cell) -> tuple:
    # A missing value is shown (on screen and in print) as “—” whatever mark the source used.
    return cell.column, cell.kind, None if cell.kind == "missing" else cell.raw, cell.value


def _stored(tables) -> tuple[list, list]:
    boxes = [(t.box_no, t.title, [c.heading for c in t.columns]) for t in tables]
    rows = [(r.category, r.seq, r.name, r.unit, r.attribute, [_cell(c) for c in r.cells],
             [u.raw for u in r.unplaced]) for t in tables for r in t.rows]
    return boxes, rows


def _read_back(plan) -> tuple[list, list]:
    boxes = [(b.no, b.title, [c.heading for c in b.columns]) for b in plan.boxes if b.kind == "indicators"]
    rows = [(r.category, r.seq, r.name, r.unit, r.attribute, [_cell(c) for c in r.cells], r.unplaced)
            for r in plan.indicators]
    return boxes, rows


@pytest.fixture(scope="module")
def engine():
    return open_readonly(BUNDLED)


@pytest.fixture(scope="module")
def qt_app():
    pytest.importorskip("PySide6")
    from app.ui.app import make_application
    return make_application("zh_CN")


def test_every_bundled_plan_with_tables_is_checked():
    assert len(_plans_with_tables()) >= 4


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
@pytest.mark.parametrize("plan_id", _plans_with_tables())
def test_own_print_reads_back_as_the_database(qt_app, engine, tmp_path, plan_id, landscape):
    from app.report.html import plan_tables_html
    from app.ui.printing import write_pdf
    plan = get_plan(engine, plan_id)
    tables = list(indicator_tables(engine, plan_id))
    path = tmp_path / "print.pdf"
    write_pdf(plan_tables_html(plan, tables), path, f"来源：{plan.source_file}", plan.display_title, landscape)
    parsed = parse_text(extract_text(path.read_bytes(), "print.pdf"), "print.pdf")
    boxes, rows = _read_back(parsed)
    expected_boxes, expected_rows = _stored(tables)
    assert boxes == expected_boxes
    assert len(rows) == len(expected_rows)
    for got, expected in zip(rows, expected_rows, strict=True):
        assert got == expected
    assert not [i for i in parsed.issues if i.kind in ("stray_value", "long_row", "no_columns")]


# -- the general rules, on tables drawn by hand ----------------------------------------------
ROWS = [["指标", "2020年", "2025年", "属性"],
        ["一、就业", "", "", ""],
        ["1.城镇新增就业人数（万人）", "[385]", "[350]", "预期性"],
        ["2.城镇调查失业率（%）", "5.5", "<5.5", "预期性"],
        ["二、社会保障", "", "", ""],
        ["3.基本养老保险参保率（%）", "90", "95", "预期性"],
        ["4.失业保险参保人数（万人）", "640.87", "700", "约束性"]]
WIDTHS = [200, 5, 80, 80, 70]  # the 5-point column is the gap of a doubled rule: no column at all
HEIGHT = 22
BAR = 0.75  # each cell draws its own borders as bars this thick, so two cells' borders nearly coincide


def _shade(pdf, x, y, width, height):
    pdf.setFillColorRGB(0.91, 0.93, 0.95)
    pdf.rect(x, y, width, height, stroke=0, fill=1)


def _draw_row(pdf, cells, top, shaded=False, bold=False, open_bottom=False):
    """One row as a typesetter that draws cell by cell does: shading (of the cell and again of
    its text run), each cell's four borders as bars, and bold as the text printed twice."""
    from formats_builders import FONT
    x, bottom = 60.0, top - HEIGHT
    spans = [(WIDTHS[0], cells[0])] + [(WIDTHS[1], "")] + list(zip(WIDTHS[2:], cells[1:], strict=True))
    if not any(cells[1:]):  # a category: one cell across the table
        spans = [(sum(WIDTHS), cells[0])]
    for width, text in spans:
        if shaded:
            _shade(pdf, x + BAR / 2, bottom, width - BAR, HEIGHT)
            if text:
                _shade(pdf, x + 4, bottom + 2.5, 10.5 * len(text), HEIGHT - 5)
        pdf.setFillColorRGB(0.47, 0.47, 0.47)
        reach = bottom - (14 if open_bottom else 0)  # cut by a page break: no rule below
        pdf.rect(x - 0.38, reach, BAR, top - reach, stroke=0, fill=1)
        pdf.rect(x + width - 0.36, reach, BAR, top - reach, stroke=0, fill=1)
        pdf.rect(x, top - 0.37, width, BAR, stroke=0, fill=1)
        if not open_bottom:
            pdf.rect(x, bottom - 0.38, width, BAR, stroke=0, fill=1)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.setFont(FONT, 10)
        for offset in ((0, 0.3) if bold else (0,)):
            pdf.drawString(x + 5 + offset, bottom + 7, text)
        x += width


def _draw_table(pdf, rows, top, open_bottom=False):
    for k, row in enumerate(rows):
        header, category = k == 0, not any(row[1:])
        _draw_row(pdf, row, top - k * HEIGHT, shaded=header or category, bold=header,
                  open_bottom=open_bottom and k == len(rows) - 1)


def _pdf(draw) -> bytes:
    pytest.importorskip("reportlab")
    from formats_builders import FONT, _register_font
    from reportlab.pdfgen import canvas
    _register_font()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont(FONT, 12)
    pdf.drawString(60, 780, "专栏1 “十四五”时期主要指标")
    draw(pdf)
    pdf.save()
    return buffer.getvalue()


def _plain(rows) -> str:
    from formats_builders import to_text
    return to_text([("p", "专栏1 “十四五”时期主要指标"), ("table", rows)])


def test_shaded_doubled_and_faux_bold_table_reads_as_the_plain_table():
    """Shading is not ruling, a narrow empty column between doubled rules is no column,
    near-coincident borders are one rule and a doubled glyph is one character."""
    data = _pdf(lambda pdf: _draw_table(pdf, ROWS, 740))
    assert extract_text(data, "drawn.pdf") == _plain(ROWS)
    assert parse_text(_plain(ROWS)).indicators  # the plain table is a real indicator table


def test_last_row_cut_by_a_page_break_without_its_rule_is_still_a_row():
    def draw(pdf):
        _draw_table(pdf, ROWS[:4], 740, open_bottom=True)
        pdf.showPage()
        _draw_table(pdf, ROWS[:1] + ROWS[4:], 780)  # the header row repeated on the next page

    assert extract_text(_pdf(draw), "cut.pdf") == _plain(ROWS)


# -- the table reader: a 序号 cell, plain category rows, an unplaced-values column --------------
def _table(body: str):
    text = ("某某省“十四五”人力资源和社会保障事业发展规划\n专栏1　“十四五”时期主要指标\n" + body
            + "\n第二章 重点任务\n")
    return parse_text(text).boxes[0]


def test_serial_number_cells_and_unnumbered_categories_read_as_rows():
    box = _table("序号\t指标\t单位\t2020年\t2025年\t属性\n就业\n"
                 "1\t城镇新增就业人数\t万人\t[380]\t[300]\t预期性\n2\t城镇调查失业率\t%\t5.2\t<5.5\t预期性\n"
                 "社会保障\n3\t失业保险参保人数\t万人\t300\t320\t约束性\n")
    assert [c.heading for c in box.columns] == ["2020年", "2025年"]
    assert [(r.category, r.seq, r.name, r.unit, [c.raw for c in r.cells], r.attribute) for r in box.rows] == [
        ("就业", 1, "城镇新增就业人数", "万人", ["[380]", "[300]"], "预期性"),
        ("就业", 2, "城镇调查失业率", "%", ["5.2", "<5.5"], "预期性"),
        ("社会保障", 3, "失业保险参保人数", "万人", ["300", "320"], "约束性")]


def test_values_listed_as_unplaced_are_never_put_into_columns():
    """Even two values for two columns stay unplaced when the table says their column is unknown."""
    box = _table("序号\t指标\t单位\t2020年\t2025年\t属性\t未归位的值\n"
                 "1\t城镇新增就业人数\t万人\t\t\t预期性\t380、300\n"
                 "2\t城镇调查失业率\t%\t5.2\t<5.5\t预期性\t\n"
                 "3\t博士后研究人员年招收数\t人\t\t\t\t900\n")
    assert [c.heading for c in box.columns] == ["2020年", "2025年"]
    assert [(r.name, [c.raw for c in r.cells], r.unplaced, r.attribute) for r in box.rows] == [
        ("城镇新增就业人数", [], ["380", "300"], "预期性"),
        ("城镇调查失业率", ["5.2", "<5.5"], [], "预期性"),
        ("博士后研究人员年招收数", [], ["900"], None)]
