"""Reading one printed cell: the marks an official must see exactly as printed."""
import pytest

from app.ingest.cells import describe_column, parse_cell


@pytest.mark.parametrize("raw,kind,value,comparator,cumulative", [
    ("[380]", "number", 380, None, True),
    ("〔150〕", "number", 150, None, True),
    ("（25）", "number", 25, None, True),
    ("[>325]", "number", 325, ">", True),
    ("<4.5", "number", 4.5, "<", False),
    ("≤4.5", "number", 4.5, "<=", False),
    ("＞90", "number", 90, ">", False),
    ("≥95", "number", 95, ">=", False),
    ("95以上", "number", 95, ">=", False),
    ("5.5以内", "number", 5.5, "<=", False),
    ("3以下", "number", 3, "<=", False),
    ("95 左右", "number", 95, "≈", False),
    ("稳定在 95 以上", "number", 95, ">=", False),
    ("97%", "number", 97, None, False),
    ("１２３", "number", 123, None, False),
    ("—", "missing", None, None, False),
    ("-", "missing", None, None, False),
    ("——", "missing", None, None, False),
    ("全覆盖", "text", None, None, False),
])
def test_cell_reading(raw, kind, value, comparator, cumulative):
    cell = parse_cell(raw)
    assert (cell.raw, cell.kind, cell.value, cell.comparator, cell.cumulative) == (
        raw.strip(), kind, value, comparator, cumulative)


def test_ratio_cells_keep_their_parts():
    assert parse_cell("2：5：3").ratio == [2, 5, 3]
    assert parse_cell("10∶40∶50").kind == "ratio"


@pytest.mark.parametrize("heading,year,role", [
    ("2020年", 2020, "baseline"), ("2025年", 2025, "target"), ("2015年基数", 2015, "baseline"),
    ("“十三五”规划目标", 2020, "target"), ("2020年完成数", 2020, "actual"), ("十二五基数", 2015, "baseline"),
    ("年均增长", None, None),
])
def test_column_year_and_role(heading, year, role):
    column = describe_column(heading, (2021, 2025), completion=False)
    assert (column.year, column.role) == (year, role)


def test_bare_year_in_a_completion_table_has_no_guessed_role():
    assert describe_column("2020年", (2021, 2025), completion=True).role is None
