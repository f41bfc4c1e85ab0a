"""Indicator tables, one convention each: a minimal plan around one table, and exactly what is stored
from it (columns, rows, cells with their heading and raw text, unplaced values, issues), written from
the input as a careful reader reads it.  The title names no province: its "metadata_missing" is left out.
"""
import io
import sys
import unicodedata
from pathlib import Path

import pytest

from app.ingest import parse_text

TITLE = "某省人力资源和社会保障事业发展“十四五”规划"
BEFORE = ("第一章 总体要求\n第一节 主要目标\n"
          "到2025年，就业更加充分更高质量，城镇调查失业率控制在5.5%以内，多层次社会保障体系更加健全，"
          "基本养老保险参保率达到95%，人才队伍结构持续优化，劳动关系和谐稳定。\n")
AFTER = ("第二章 实施就业优先战略\n第一节 促进重点群体就业\n"
         "坚持把高校毕业生就业作为重中之重，拓宽市场化社会化就业渠道，加强困难毕业生帮扶。\n")
BOX = "专栏1 “十四五”时期主要指标"
NOTE = "注：〔〕内为五年累计数。"
FIRST = 6  # the source line of a table's first line (title, 第一章, 第一节, paragraph, 专栏 heading)


def parse_table(table: str, box: str = BOX, note: str | None = NOTE):
    text = f"{TITLE}\n{BEFORE}{box}\n{table}\n" + (f"{note}\n" if note else "") + AFTER
    plan = parse_text(text)
    assert [b.no for b in plan.boxes] == [1]
    return plan, plan.boxes[0]


def rows(box) -> list[tuple]:
    return [(r.category, r.seq, r.name, r.unit, r.attribute, [(c.column, c.raw) for c in r.cells], r.unplaced)
            for r in box.rows]


def headings(box) -> list[str]:
    return [c.heading for c in box.columns]


def problems(plan) -> list[tuple[str, int | None]]:
    return [(i.kind, i.line) for i in plan.issues if i.kind != "metadata_missing"]


def width(text: str, ambiguous: int = 1) -> int:
    kinds = {"W": 2, "F": 2, "A": ambiguous}
    return sum(kinds.get(unicodedata.east_asian_width(ch), 1) for ch in text)


def aligned(table: list[list[str]], widths: list[int], wide: bool = True) -> str:
    """Rows laid out in columns by spaces: CJK two wide (a typed table) or one (pdftotext -layout)."""
    def pad(text, n):
        return text + " " * (n - (width(text) if wide else len(text)))
    return "\n".join("".join(pad(t, n) for t, n in zip(row, widths)).rstrip() for row in table)


H2 = ["2020年", "2025年"]
EMPLOY = ("城镇新增就业人数", "万人", "预期性", [("2020年", "〔300〕"), ("2025年", "〔＞280〕")])
JOBLESS = ("城镇调查失业率", "%", "预期性", [("2020年", "5.2"), ("2025年", "<5.5")])
INSURED = ("失业保险参保人数", "万人", "约束性", [("2020年", "300"), ("2025年", "350")])


def row(category, seq, spec):
    name, unit, attribute, cells = spec
    return (category, seq, name, unit, attribute, list(cells), [])


# -- delimited text ---------------------------------------------------------------------
def test_pipe_separated_table_puts_every_value_under_its_heading():
    plan, box = parse_table("指标|单位|2020年|2025年|属性\n城镇新增就业人数|万人|〔300〕|〔＞280〕|预期性\n"
                            "城镇调查失业率|%|5.2|<5.5|预期性")
    assert headings(box) == H2
    assert rows(box) == [row(None, None, EMPLOY), row(None, None, JOBLESS)]
    assert problems(plan) == []


def test_markdown_table_with_a_rule_line_under_its_header():
    plan, box = parse_table("| 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|---|---|\n"
                            "| 1 | 城镇新增就业人数 | 万人 | 〔300〕 | 〔＞280〕 | 预期性 |\n"
                            "| 2 | 城镇调查失业率 | % | 5.2 | <5.5 | 预期性 |")
    assert headings(box) == H2
    assert rows(box) == [row(None, 1, EMPLOY), row(None, 2, JOBLESS)]
    assert problems(plan) == []


GROUPED = "类别\t指标\t单位\t2020年\t2025年\t属性\n就业\t城镇新增就业人数\t万人\t〔300〕\t〔＞280〕\t预期性\n"


def test_tab_separated_category_printed_on_a_groups_first_row_only_with_an_empty_leading_cell():
    plan, box = parse_table(GROUPED + "\t城镇调查失业率\t%\t5.2\t<5.5\t预期性\n"
                                      "社会保障\t失业保险参保人数\t万人\t300\t350\t约束性")
    assert headings(box) == H2
    assert rows(box) == [row("就业", None, EMPLOY), row("就业", None, JOBLESS), row("社会保障", None, INSURED)]
    assert problems(plan) == []


def test_a_row_missing_its_category_cell_is_placed_when_its_cells_fit_one_way():
    plan, box = parse_table(GROUPED + "城镇调查失业率\t%\t5.2\t<5.5\t预期性")
    assert headings(box) == H2
    assert [r[2:] for r in rows(box)] == [row(None, None, EMPLOY)[2:], row(None, None, JOBLESS)[2:]]
    assert problems(plan) == [("row_fitted", FIRST + 2)]


def test_a_row_whose_cells_fit_two_ways_stays_unplaced_with_a_short_row_issue():
    plan, box = parse_table(GROUPED + "农村劳动力转移就业人数\t万人\t〔100〕\t预期性")
    assert [r[2:] for r in rows(box)] == [row(None, None, EMPLOY)[2:],
                                          ("农村劳动力转移就业人数", "万人", "预期性", [], ["〔100〕"])]
    assert problems(plan) == [("short_row", FIRST + 2)]


@pytest.mark.parametrize("missing", ["城镇调查失业率\t%\t5.2\t<5.5\t预期性", "农村劳动力转移就业人数\t万人\t〔100〕\t预期性"],
                         ids=["fits_one_way", "fits_two_ways"])
def test_a_row_missing_its_category_cell_keeps_the_category_of_its_group(missing):
    _, box = parse_table(GROUPED + missing + "\n\t失业保险参保人数\t万人\t300\t350\t约束性")
    assert [r.category for r in box.rows] == ["就业", "就业", "就业"]


# -- aligned text -----------------------------------------------------------------------
ALIGNED = [["序号", "指标", "单位", "2020年", "2025年", "属性"],
           ["1", "城镇新增就业人数", "万人", "〔300〕", "〔＞280〕", "预期性"],
           ["2", "城镇调查失业率", "%", "5.2", "<5.5", "预期性"],
           ["3", "新就业形态劳动者职业伤害保障", "万人", "", "50", "预期性"],
           ["4", "失业保险参保人数", "万人", "300", "350", "约束性"]]
ALIGNED_ROWS = [row(None, 1, EMPLOY), row(None, 2, JOBLESS),
                (None, 3, "新就业形态劳动者职业伤害保障", "万人", "预期性", [("2025年", "50")], []),
                row(None, 4, INSURED)]


@pytest.mark.parametrize("wide, widths", [(True, [6, 32, 8, 10, 12, 8]), (False, [5, 18, 5, 9, 10, 6])],
                         ids=["cjk_two_wide", "pdftotext_layout_one_wide"])
def test_columns_aligned_by_spaces_place_an_empty_cell_by_its_position(wide, widths):
    plan, box = parse_table(aligned(ALIGNED, widths, wide))
    assert headings(box) == H2
    assert rows(box) == ALIGNED_ROWS
    assert problems(plan) == []


TWO_LINES = [["序号", "指标", "单位", "2015年", "“十三五”", "2020年"], ["", "", "", "", "规划目标", "完成情况"]]
THREE_LINES = [["序号", "指标", "单位", "十二五", "“十三五”", "2020年"], ["", "", "", "基数", "规划", "完成情况"],
               ["", "", "", "", "目标", ""]]


@pytest.mark.parametrize("header, joined", [
    (TWO_LINES, ["2015年", "“十三五”规划目标", "2020年完成情况"]),
    (THREE_LINES, ["十二五基数", "“十三五”规划目标", "2020年完成情况"])], ids=["two_lines", "three_lines"])
def test_a_header_over_several_lines_is_joined_top_to_bottom(header, joined):
    body = [["1", "城镇新增就业人数", "万人", "〔720〕", "〔550〕", "〔676.5〕"], ["2", "城镇登记失业率", "%", "2.45", "<3.5", "2.53"]]
    plan, box = parse_table(aligned(header + body, [6, 30, 8, 10, 12, 12]), box="专栏1 “十三五”时期主要指标完成情况")
    assert headings(box) == joined
    assert rows(box) == [(None, 1, "城镇新增就业人数", "万人", None, list(zip(joined, body[0][3:])), []),
                         (None, 2, "城镇登记失业率", "%", None, list(zip(joined, body[1][3:])), [])]
    assert problems(plan) == []


W = [6, 30, 8, 12, 12, 8]


def test_the_header_repeated_after_a_page_number_line_is_not_a_row():
    header = aligned(ALIGNED[:1], W)
    table = "\n".join([header, aligned([ALIGNED[1], ALIGNED[2]], W), "", "                          — 12 —", "",
                       header, aligned([ALIGNED[4]], W)])
    plan, box = parse_table(table)
    assert headings(box) == H2
    assert rows(box) == [row(None, 1, EMPLOY), row(None, 2, JOBLESS), row(None, 4, INSURED)]
    assert problems(plan) == []


def test_a_blank_line_inside_a_table_does_not_end_it():
    plan, box = parse_table(aligned(ALIGNED[:3], W) + "\n\n" + aligned([ALIGNED[4]], W))
    assert rows(box) == [row(None, 1, EMPLOY), row(None, 2, JOBLESS), row(None, 4, INSURED)]
    assert problems(plan) == []


def test_an_indicator_name_wrapped_onto_the_next_line_is_one_name():
    table = aligned([ALIGNED[0], ["1", "企业职工基本养老保险参保", "万人", "300", "350", "预期性"], ["", "人数"],
                     ALIGNED[2]], W)
    _, box = parse_table(table)
    assert rows(box) == [(None, 1, "企业职工基本养老保险参保人数", "万人", "预期性",
                          [("2020年", "300"), ("2025年", "350")], []), row(None, 2, JOBLESS)]
    assert box.rows[0].line == FIRST + 1


def test_a_cell_printed_over_two_lines_is_one_cell_joined_with_nothing_between():
    table = aligned([ALIGNED[0], ["1", "社会保障卡持卡人口覆盖率", "%", "96", "稳定在99%", "预期性"],
                     ["", "", "", "", "以上"], ALIGNED[2]], W)
    _, box = parse_table(table)
    assert rows(box) == [(None, 1, "社会保障卡持卡人口覆盖率", "%", "预期性",
                          [("2020年", "96"), ("2025年", "稳定在99%以上")], []), row(None, 2, JOBLESS)]
    cell = box.rows[0].cells[1]
    assert (cell.value, cell.comparator) == (99, ">=")


def test_a_note_line_ends_the_table_and_is_kept_as_its_note():
    after = "全省上下要把就业摆在更加突出的位置，确保各项指标如期实现，推动就业质量不断提高。"
    plan, box = parse_table(aligned(ALIGNED[:3], W), note=NOTE + "\n" + after)
    assert [(n.text, n.line) for n in box.notes] == [(NOTE, FIRST + 3)]
    assert rows(box) == [row(None, 1, EMPLOY), row(None, 2, JOBLESS)]
    section = plan.chapters[0].sections[0]
    assert [p.text for p in section.paragraphs][-1] == after and section.box_nos == [1]


def test_a_completion_column_of_words_holds_text_cells_never_rows():
    plan, box = parse_table("指标\t单位\t“十三五”规划目标\t2020年完成情况\t完成情况\n"
                            "城镇新增就业人数\t万人\t〔550〕\t〔676.5〕\t超额完成\n城镇登记失业率\t%\t<3.5\t2.53\t完成",
                            box="专栏1 “十三五”时期主要指标完成情况")
    assert headings(box) == ["“十三五”规划目标", "2020年完成情况", "完成情况"]
    assert [(r.name, [(c.column, c.raw, c.kind) for c in r.cells]) for r in box.rows] == [
        ("城镇新增就业人数", [("“十三五”规划目标", "〔550〕", "number"), ("2020年完成情况", "〔676.5〕", "number"),
                              ("完成情况", "超额完成", "text")]),
        ("城镇登记失业率", [("“十三五”规划目标", "<3.5", "number"), ("2020年完成情况", "2.53", "number"),
                            ("完成情况", "完成", "text")])]
    assert problems(plan) == []


@pytest.mark.parametrize("first, second", [("一、就业", "二、社会保障"), ("（一）就业", "（二）社会保障")])
def test_category_rows_inside_the_table_give_the_rows_under_them_their_category(first, second):
    plan, box = parse_table(f"指标\t单位\t2020年\t2025年\t属性\n{first}\n城镇新增就业人数\t万人\t〔300〕\t〔＞280〕\t预期性\n"
                            f"城镇调查失业率\t%\t5.2\t<5.5\t预期性\n{second}\n失业保险参保人数\t万人\t300\t350\t约束性")
    assert rows(box) == [row("就业", None, EMPLOY), row("就业", None, JOBLESS), row("社会保障", None, INSURED)]
    assert problems(plan) == []


UNIT_IN_NAME = ("序号\t指标\t属性\t2020年\t2025年\n1\t城镇新增就业（万人）\t预期性\t121\t＞100\n"
                "2\t开展补贴性职业技能培训（万人次）\t约束性\t〔1030〕\t累计500")


def test_a_unit_printed_inside_the_name_goes_to_the_unit():
    _, box = parse_table(UNIT_IN_NAME)
    assert [(r.name, r.unit) for r in box.rows] == [("城镇新增就业", "万人"), ("开展补贴性职业技能培训", "万人次")]



@pytest.mark.parametrize("mark", ["①", "★", "*", "※", "[1]"])
@pytest.mark.parametrize("unit_column", [False, True], ids=["unit_in_name", "unit_column"])
def test_a_footnote_mark_after_a_name_is_kept_apart_from_the_name_and_its_unit(mark, unit_column):
    """'城镇新增就业人数（万人）①' points at a note under the table: the name is 城镇新增就业人数,
    the unit 万人, and the mark is kept (the table view prints it after the name again)."""
    if unit_column:
        table = (f"序号\t指标\t单位\t2020年\t2025年\n1\t城镇新增就业人数{mark}\t万人\t〔345〕\t〔＞300〕\n"
                 f"2\t城镇调查失业率\t%\t5.3\t≤5.5")
    else:
        table = (f"序号\t指标\t2020年\t2025年\n1\t城镇新增就业人数（万人）{mark}\t〔345〕\t〔＞300〕\n"
                 f"2\t城镇调查失业率（%）\t5.3\t≤5.5")
    _, box = parse_table(table)
    assert [(r.name, r.unit, r.note_mark, r.key) for r in box.rows] == [
        ("城镇新增就业人数", "万人", mark, "urban_new_jobs"), ("城镇调查失业率", "%", None, "urban_surveyed_unemployment")]


def test_an_attribute_column_before_the_values_is_no_value_column():
    plan, box = parse_table(UNIT_IN_NAME)
    assert headings(box) == H2
    assert [(r.attribute, [(c.column, c.raw) for c in r.cells]) for r in box.rows] == [
        ("预期性", [("2020年", "121"), ("2025年", "＞100")]), ("约束性", [("2020年", "〔1030〕"), ("2025年", "累计500")])]
    assert problems(plan) == []


@pytest.mark.parametrize("heading, year, role", [
    ("2020年（基期）", 2020, "baseline"), ("2025年（目标）", 2025, "target"), ("“十三五”规划目标", 2020, "target"),
    ("2020年完成情况", 2020, "actual"), ("十二五基数", 2015, "baseline"),
    ("2021—2025年累计", 2025, "target"), ("2021-2025年", 2025, "target"), ("2016—2020年累计完成", 2020, "actual")])
def test_a_column_heading_gives_its_year_and_role(heading, year, role):
    _, box = parse_table(f"指标\t单位\t{heading}\n城镇新增就业人数\t万人\t〔300〕\n城镇调查失业率\t%\t5.2")
    assert [(c.heading, c.year, c.role) for c in box.columns] == [(heading, year, role)]
    assert [[(c.column, c.raw) for c in r.cells] for r in box.rows] == [[(heading, "〔300〕")], [(heading, "5.2")]]


@pytest.mark.parametrize("raw, unit, expected", [
    ("９６", "%", ("number", 96, None, False, None)), ("＜5.5", "%", ("number", 5.5, "<", False, None)),
    ("累计500", "万人", ("number", 500, None, True, None)), ("〔＞450〕", "万人", ("number", 450, ">", True, None)),
    ("/", "万人", ("missing", None, None, False, None)), ("96%", "%", ("number", 96, None, False, None)),
    ("2∶4∶4", "", ("ratio", None, None, False, [2, 4, 4]))])
def test_a_cell_is_read_with_its_raw_text_kept_as_printed(raw, unit, expected):
    plan, box = parse_table(f"指标\t单位\t2020年\t2025年\n某项指标\t{unit}\t{raw}\t1")
    cell = box.rows[0].cells[0]
    assert (box.rows[0].unit, cell.column, cell.raw) == (unit or None, "2020年", raw)
    assert (cell.kind, cell.value, cell.comparator, cell.cumulative, cell.ratio) == expected
    assert problems(plan) == []


# -- box drawing ------------------------------------------------------------------------
def _drawn(cells: list[tuple[str, int]]) -> str:
    return "│" + "│".join(text + " " * (n - width(text, 2)) for text, n in cells) + "│"


def _rule(left: str, mid: str, right: str, widths: list[int]) -> str:
    return left + mid.join("─" * (n // 2) for n in widths) + right


def test_a_table_drawn_with_box_characters_reads_a_heading_spanning_two_columns():
    widths = [4, 28, 8, 8, 10, 8, 8]
    body = [["1", "城镇新增就业人数", "万人", "3.1", "3", "〔15〕", "预期性"],
            ["2", "城镇调查失业率", "%", "5.7", "<5.5", "—", "预期性"]]
    lines = [_rule("┌", "┬", "┐", [4, 28, 8, 8, 20, 8]),
             _drawn([("序号", 4), ("指标", 28), ("单位", 8), ("2020年", 8), ("2025年", 20), ("属性", 8)]),
             _drawn([("", 4), ("", 28), ("", 8), ("", 8)])[:-1] + _rule("├", "┬", "┤", [10, 8]) + " " * 8 + "│",
             _drawn(list(zip(["", "", "", "", "目标值", "累计", ""], widths)))]
    for cells in body:
        lines += [_rule("├", "┼", "┤", widths), _drawn(list(zip(cells, widths)))]
    plan, box = parse_table("\n".join(lines + [_rule("└", "┴", "┘", widths)]))
    assert headings(box) == ["2020年", "2025年目标值", "2025年累计"]
    assert rows(box) == [
        (None, 1, "城镇新增就业人数", "万人", "预期性", [("2020年", "3.1"), ("2025年目标值", "3"), ("2025年累计", "〔15〕")], []),
        (None, 2, "城镇调查失业率", "%", "预期性", [("2020年", "5.7"), ("2025年目标值", "<5.5"), ("2025年累计", "—")], [])]
    assert problems(plan) == []


# -- real tables: Word, web page, PDF ----------------------------------------------------
SPANNED = ["2020年", "“十四五”目标2025年", "“十四五”目标年均增长〔累计〕"]
GRID_BODY = [["就业", "城镇新增就业人数", "万人", "〔300〕", "—", "〔＞280〕", "预期性"],
             ["", "城镇调查失业率", "%", "5.2", "<5.5", "—", "预期性"],
             ["社会保障", ["企业职工基本养老保险", "参保人数"], "万人", "300", "350", "3.1", "约束性"],
             ["", "基本养老保险参保率", "%", "95", ["稳定在99%", "以上"], "—", "预期性"]]


def _grid_rows(box) -> list[tuple]:
    return [(r.category, r.name, r.unit, r.attribute, [(c.column, c.raw) for c in r.cells]) for r in box.rows]


def _under(*raws):
    return [(h, raw) for h, raw in zip(SPANNED, raws)]


GRID_EXPECTED = [("就业", "城镇新增就业人数", "万人", "预期性", _under("〔300〕", "—", "〔＞280〕")),
                 ("就业", "城镇调查失业率", "%", "预期性", _under("5.2", "<5.5", "—")),
                 ("社会保障", "企业职工基本养老保险参保人数", "万人", "约束性", _under("300", "350", "3.1")),
                 ("社会保障", "基本养老保险参保率", "%", "预期性", _under("95", "稳定在99%以上", "—"))]
PARAGRAPHS = [TITLE, "第一章 总体要求", "第一节 主要目标", "到2025年，就业更加充分更高质量。", BOX]
CLOSING = [NOTE, "第二章 实施就业优先战略", "第一节 促进重点群体就业", "坚持把高校毕业生就业作为重中之重。"]


def word_plan() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    table = document.add_table(rows=6, cols=7)
    table.style = "Table Grid"
    for c, text in enumerate(["类别", "指标", "单位", "2020年", "“十四五”目标", "", "属性"]):
        table.cell(0, c).text = text
    table.cell(1, 4).text, table.cell(1, 5).text = "2025年", "年均增长〔累计〕"
    for c in (0, 1, 2, 3, 6):
        table.cell(0, c).merge(table.cell(1, c))  # merged down: w:vMerge
    table.cell(0, 4).merge(table.cell(0, 5))  # across: w:gridSpan
    for r, cells in enumerate(GRID_BODY, 2):
        for c, text in enumerate(cells):
            if text:
                paragraphs = text if isinstance(text, list) else [text]
                table.cell(r, c).text = paragraphs[0]
                for more in paragraphs[1:]:
                    table.cell(r, c).add_paragraph(more)
    table.cell(2, 0).merge(table.cell(3, 0))
    table.cell(4, 0).merge(table.cell(5, 0))
    for text in CLOSING:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def html_plan() -> bytes:
    pytest.importorskip("bs4")

    def cell(text, extra=""):
        return f"<td{extra}>{'<br>'.join(text) if isinstance(text, list) else text.replace('<', '&lt;')}</td>"
    body = ""
    for cells in GRID_BODY:
        first = cell(cells[0], ' rowspan="2"') if cells[0] else ""
        body += "<tr>" + first + "".join(cell(t) for t in cells[1:]) + "</tr>\n"
    table = ('<table border="1"><tr><th rowspan="2">类别</th><th rowspan="2">指标</th><th rowspan="2">单位</th>'
             '<th rowspan="2">2020年</th><th colspan="2">“十四五”目标</th><th rowspan="2">属性</th></tr>'
             "<tr><th>2025年</th><th>年均增长〔累计〕</th></tr>\n" + body + "</table>")
    before, after = ("".join(f"<p>{t}</p>" for t in texts) for texts in (PARAGRAPHS, CLOSING))
    return (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{before}{table}{after}'
            "</body></html>").encode()


def _grid_box(data: bytes, name: str):
    from app.ingest import parse_bytes
    from app.ingest.formats import extract
    assert extract(data, name).grids  # handed over as a real table, not as text
    return parse_bytes(data, name).boxes[0]


@pytest.mark.parametrize("build, name", [(word_plan, "plan.docx"), (html_plan, "plan.html")], ids=["word", "html"])
def test_a_real_table_is_read_as_a_grid_with_every_cell_under_its_heading(build, name):
    box = _grid_box(build(), name)
    assert headings(box) == SPANNED
    got = _grid_rows(box)
    assert got[:3] == GRID_EXPECTED[:3]  # a category merged down, a name cell of two paragraphs
    assert got[3][:4] == GRID_EXPECTED[3][:4] and [h for h, _ in got[3][4]] == SPANNED  # its cells: see below


@pytest.mark.parametrize("build, name", [(word_plan, "plan.docx"), (html_plan, "plan.html")], ids=["word", "html"])
def test_a_value_cell_of_two_lines_in_a_real_table_is_joined_with_nothing_between(build, name):
    assert _grid_rows(_grid_box(build(), name))[3] == GRID_EXPECTED[3]


PDF_ROWS = [["指标", "单位", "2020年", "2025年", "属性"], ["一、就业", "", "", "", ""],
            ["1.城镇新增就业人数", "万人", "〔300〕", "〔＞280〕", "预期性"],
            ["2.城镇调查失业率", "%", "5.2", "<5.5", "预期性"], ["二、社会保障", "", "", "", ""],
            ["3.新就业形态劳动者职业伤害保障", "万人", "", "50", "预期性"],
            ["4.失业保险参保人数", "万人", "300", "350", "约束性"]]


def ruled_pdf() -> bytes:
    pytest.importorskip("reportlab")
    builders = str(Path(__file__).resolve().parents[1] / "formats")
    sys.path[:0] = [] if builders in sys.path else [builders]
    from formats_builders import to_pdf
    blocks = [("p", text) for text in PARAGRAPHS] + [("table", PDF_ROWS)] + [("p", text) for text in CLOSING]
    return to_pdf(blocks, running_header=None)


def unruled_pdf() -> bytes:
    """Text drawn at column positions, no rules at all."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    y = 780
    for kind, lines in [("p", PARAGRAPHS), ("table", PDF_ROWS), ("p", CLOSING)]:
        for cells in lines:
            page.setFont("STSong-Light", 10 if kind == "table" else 11)
            for x, text in zip([72, 250, 300, 370, 440], [cells] if kind == "p" else cells):
                page.drawString(x, y, text)
            y -= 20
    page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.mark.parametrize("build, ruled", [(ruled_pdf, True), (unruled_pdf, False)], ids=["ruled", "unruled"])
def test_a_ruled_and_an_unruled_pdf_table_read_the_same(build, ruled):
    pytest.importorskip("pdfplumber")
    from app.ingest import parse_bytes
    from app.ingest.formats import extract
    data = build()
    assert bool(extract(data, "plan.pdf").grids) == ruled  # the unruled one is read from its text layout
    plan = parse_bytes(data, "plan.pdf")
    box = plan.boxes[0]
    assert headings(box) == H2
    assert rows(box) == [row("就业", 1, EMPLOY), row("就业", 2, JOBLESS),
                         ("社会保障", 3, "新就业形态劳动者职业伤害保障", "万人", "预期性", [("2025年", "50")], []),
                         row("社会保障", 4, INSURED)]
    assert problems(plan) == []


# -- tables that cannot be read, and rows that cannot be placed ----------------------------
GARBLED_HEADER = ("鎸囨爣|鍗曚綅|2020骞磡2025骞磡灞炴\n城镇新增就业人数|万人|〔300〕|〔＞280〕|预期性\n"
                  "城镇调查失业率|%|5.2|<5.5|预期性\n失业保险参保人数|万人|300|350|约束性")
MOJIBAKE = ("鎸囨爣|鍗曚綅|2020骞磡2025骞\n鎶鑳戒汉鎵嶆婚噺|涓囦汉|168.3|200\n楂樻妧鑳戒汉鎵嶆婚噺|涓囦汉|91.2|115\n"
            "鍗氬＋鍚庣爺绌朵汉鍛榺浜簗1260|1800")


@pytest.mark.parametrize("table, printed", [
    ("[图片]", 1), (GARBLED_HEADER, 4),
    pytest.param(MOJIBAKE, 4)],
    ids=["picture", "garbled_header", "all_garbled"])
def test_a_table_that_cannot_be_read_is_reported_as_unread_with_no_rows(table, printed):
    plan, box = parse_table(table)
    assert box.kind == "indicators" and box.rows == []
    assert [(i.message, i.line) for i in plan.issues if i.kind == "unread_table"] == [
        (f"专栏1 似为指标表，但未能读出（{printed} 行）", FIRST - 1)]
    assert set(range(FIRST, FIRST + printed)) <= set(plan.reading.unplaced_lines)


def test_a_picture_placeholder_is_not_taken_for_a_column_heading():
    _, box = parse_table("[图片]")
    assert box.columns == []


TRUTH = {"城镇新增就业人数": {"2015年": "〔720〕", "2020年": "〔676〕", "2025年": "〔550〕"},
         "失业保险参保人数": {"2015年": "280", "2020年": "300", "2025年": "350"},
         "工伤保险参保人数": {"2015年": "260", "2020年": "290", "2025年": "320"},
         "城镇登记失业率": None}  # two values under three years: which two, the source does not say
THREE = ["2015年", "2020年", "2025年"]
SHORT = {
    "tab": "指标\t单位\t2015年\t2020年\t2025年\n城镇新增就业人数\t万人\t〔720〕\t〔676〕\t〔550〕\n"
           "城镇登记失业率\t%\t2.45\t<3.5\n失业保险参保人数\t万人\t280\t300\t350",
    "pipe": "指标|单位|2015年|2020年|2025年\n城镇新增就业人数|万人|〔720〕|〔676〕|〔550〕\n"
            "城镇登记失业率|%|2.45|<3.5\n失业保险参保人数|万人|280|300|350",
    "inline": "指标 2015年 2020年 2025年\n城镇新增就业人数（万人） 〔720〕 〔676〕 〔550〕\n城镇登记失业率（%） 2.45 <3.5\n"
              "失业保险参保人数（万人） 280 300 350",
    "no_category_cell": "类别\t指标\t单位\t2015年\t2020年\t2025年\n就业\t城镇新增就业人数\t万人\t〔720〕\t〔676〕\t〔550〕\n"
                        "城镇登记失业率\t%\t2.45\t<3.5\n\t失业保险参保人数\t万人\t280\t300\t350",
    # '2.45' stands in the gap between 2015年 and 2020年 (nearer 2020年's left edge), '<3.5'
    # in the gap between 2020年 and 2025年: by position it could be either.
    "aligned_between_columns": "指标                    单位    2015年    2020年    2025年\n"
                               "城镇新增就业人数        万人    〔720〕   〔676〕   〔550〕\n"
                               "城镇登记失业率          %             2.45      <3.5\n"
                               "失业保险参保人数        万人    280       300       350\n"
                               "工伤保险参保人数        万人    260       290       320",
}


@pytest.mark.parametrize("layout", [
    *[k for k in SHORT if k != "aligned_between_columns"],
    pytest.param("aligned_between_columns")])
def test_no_value_is_placed_under_a_wrong_heading_when_a_row_is_ambiguous(layout):
    plan, box = parse_table(SHORT[layout])
    assert headings(box) == THREE
    for r in box.rows:
        truth = TRUTH[r.name]
        if truth is None:
            assert (r.cells, r.unplaced) == ([], ["2.45", "<3.5"])
            assert any(i.kind in ("short_row", "unaligned_row") and i.line == r.line for i in plan.issues)
        else:
            assert {c.column: c.raw for c in r.cells} == truth
    assert {r.name for r in box.rows} == {n for n in TRUTH if n in SHORT[layout]}
    assert not {"long_row", "stray_value"} & {k for k, _ in problems(plan)}


@pytest.mark.parametrize("with_category", [False, True], ids=["name_and_unit", "category_name_and_unit"])
def test_a_name_heading_spanning_the_name_and_unit_columns_keeps_names_as_names(with_category):
    """'指标' printed over two columns, names and units: the names are not the units'
    neighbours' category, and no indicator is called '万人'."""
    pytest.importorskip("bs4")
    lead = '<th rowspan="1">类别</th>' if with_category else ""
    rows = [("城镇新增就业人数", "万人", "〔200〕", "〔＞175〕"), ("城镇调查失业率", "%", "5.0", "<5.5"),
            ("基本养老保险参保率", "%", "95", "98")]
    body = "".join("<tr>" + (("<td rowspan='3'>就业</td>" if i == 0 else "") if with_category else "") +
                   "".join(f"<td>{t.replace('<', '&lt;')}</td>" for t in row) + "<td>预期性</td></tr>"
                   for i, row in enumerate(rows))
    table = (f'<table border="1"><tr>{lead}<th colspan="2">指标</th><th>2020年</th><th>2025年</th><th>属性</th></tr>'
             f"{body}</table>")
    before, after = ("".join(f"<p>{t}</p>" for t in texts) for texts in (PARAGRAPHS, CLOSING))
    page = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{before}{table}{after}'
            "</body></html>").encode()
    box = _grid_box(page, "plan.html")
    assert [(r.name, r.unit, [(c.column, c.raw) for c in r.cells]) for r in box.rows] == [
        (name, unit, [("2020年", base), ("2025年", target)]) for name, unit, base, target in rows]
    if with_category:
        assert {r.category for r in box.rows} == {"就业"}


def test_a_column_of_units_under_no_heading_of_its_own_is_the_unit_column():
    """In a copy laid out by spaces, '指标' stands over the names and their units: the units are
    the unit column, not values of an unknown column (which would leave every value unplaced)."""
    table = ("  指标                                2020年     2025年     属性\n"
             "  城镇新增就业人数          万人      〔300〕    〔＞250〕  预期性\n"
             "  城镇调查失业率            %         5.0        <5.5       预期性\n"
             "  基本养老保险参保率        %         95         98         预期性")
    plan, box = parse_table(table)
    assert [(r.name, r.unit, [(c.column, c.raw) for c in r.cells], r.unplaced) for r in box.rows] == [
        ("城镇新增就业人数", "万人", [("2020年", "〔300〕"), ("2025年", "〔＞250〕")], []),
        ("城镇调查失业率", "%", [("2020年", "5.0"), ("2025年", "<5.5")], []),
        ("基本养老保险参保率", "%", [("2020年", "95"), ("2025年", "98")], [])]
    assert problems(plan) == []


def test_one_cell_per_line_without_row_numbers_and_with_a_heading_that_has_no_year():
    """Plain pdftotext prints each cell on its own line. With no 序号 to start a row, the first
    indicator's name ends the header; and the rows' own count of values (three) says that
    '2015年', '规划目标', '2020年' are three headings, not '2015年规划目标' and '2020年'."""
    cells = ["指标", "单位", "2015年", "规划目标", "2020年",
             "城镇新增就业人数", "万人", "〔229〕", "〔200〕", "〔235.6〕",
             "城镇登记失业率", "%", "3.2", "<4.5", "2.9",
             "基本养老保险参保人数", "万人", "1310", "1500", "1605"]
    plan, box = parse_table("\n\n".join(cells))
    assert headings(box) == ["2015年", "规划目标", "2020年"]
    assert [(r.name, r.unit, [c.raw for c in r.cells], r.unplaced) for r in box.rows] == [
        ("城镇新增就业人数", "万人", ["〔229〕", "〔200〕", "〔235.6〕"], []),
        ("城镇登记失业率", "%", ["3.2", "<4.5", "2.9"], []),
        ("基本养老保险参保人数", "万人", ["1310", "1500", "1605"], [])]
    assert problems(plan) == []


def test_a_header_cell_printed_over_two_lines_is_still_one_heading_when_the_rows_say_so():
    cells = ["指标", "单位", "“十三五”", "规划目标", "2020年",
             "城镇新增就业人数", "万人", "〔200〕", "〔235.6〕",
             "城镇登记失业率", "%", "<4.5", "2.9"]
    _, box = parse_table("\n\n".join(cells))
    assert headings(box) == ["“十三五”规划目标", "2020年"]
    assert [[c.raw for c in r.cells] for r in box.rows] == [["〔200〕", "〔235.6〕"], ["<4.5", "2.9"]]


@pytest.mark.parametrize("merged, issue", [("—", False), ("稳定在95%以上", True)], ids=["missing", "figure"])
def test_a_value_cell_merged_across_value_columns_holds_for_each_and_a_figure_says_so(merged, issue):
    """<td colspan="2">—</td> under 2020年 and 2025年: neither year has a figure. A figure
    printed across both columns is the source's for both, and the reader is told it was merged."""
    pytest.importorskip("bs4")
    table = ('<table border="1"><tr><th>指标</th><th>单位</th><th>2015年</th><th>2020年</th><th>2025年</th></tr>'
             "<tr><td>城镇新增就业人数</td><td>万人</td><td>〔229〕</td><td>〔235〕</td><td>〔200〕</td></tr>"
             f'<tr><td>基本养老保险参保率</td><td>%</td><td>88</td><td colspan="2">{merged}</td></tr></table>')
    before, after = ("".join(f"<p>{t}</p>" for t in texts) for texts in (PARAGRAPHS, CLOSING))
    page = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{before}{table}{after}'
            "</body></html>").encode()
    from app.ingest import parse_bytes
    plan = parse_bytes(page, "plan.html")
    row = plan.boxes[0].rows[1]
    assert [(c.column, c.raw) for c in row.cells] == [("2015年", "88"), ("2020年", merged), ("2025年", merged)]
    assert ("merged_cell" in [i.kind for i in plan.issues]) == issue


@pytest.mark.parametrize("repeat_header", [False, True], ids=["no_header", "header_repeated"])
def test_a_table_split_in_two_goes_on_in_the_second_table(repeat_header):
    """A Word table copied across a page break arrives as two tables, the second with no
    header (or the header again): its rows are the same table's, never lost in silence."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    header = ["序号", "指标", "单位", "2020年", "2025年", "属性"]
    parts = [[header, ["1", "城镇新增就业人数", "万人", "〔30〕", "〔＞30〕", "预期性"],
              ["2", "城镇调查失业率", "%", "5.5", "<5.5", "预期性"]],
             ([header] if repeat_header else []) + [["3", "基本养老保险参保率", "%", "90", "95", "预期性"],
                                                    ["4", "失业保险参保人数", "万人", "40", "45", "预期性"]]]
    for rows in parts:
        table = document.add_table(rows=len(rows), cols=len(header))
        table.style = "Table Grid"
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    for text in CLOSING:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    from app.ingest import parse_bytes
    plan = parse_bytes(buffer.getvalue(), "plan.docx")
    (box,) = [b for b in plan.boxes if b.kind == "indicators"]
    assert [(r.seq, r.name, [c.raw for c in r.cells]) for r in box.rows] == [
        (1, "城镇新增就业人数", ["〔30〕", "〔＞30〕"]), (2, "城镇调查失业率", ["5.5", "<5.5"]),
        (3, "基本养老保险参保率", ["90", "95"]), (4, "失业保险参保人数", ["40", "45"])]
