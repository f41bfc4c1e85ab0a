"""Comparing two real plans: what an official sees side by side."""
from pathlib import Path

import pytest

from app.compare import Mark, char_diff, compare
from app.compare.change import describe_change, met
from app.db import build_database, open_readonly
from app.queries import list_plans
from app.queries.boxes import CellView

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    path = tmp_path_factory.mktemp("cmp") / "plans.sqlite"
    build_database(path, SOURCES)
    engine = open_readonly(path)
    return engine, {p.province: p.id for p in list_plans(engine)}


def cell(raw, value, comparator=None, cumulative=False):
    return CellView("c", raw, "number", value, None, comparator, cumulative, False, None, None, 1)


def own_targets(result):
    return next(s for s in result.sections if s.kind == "targets")


def test_same_indicator_lands_in_the_same_row(real):
    engine, ids = real
    section = own_targets(compare(engine, [ids["黑龙江省"], ids["湖南省"]]))
    row = next(r for r in section.rows if r.key == "unemployment_insured")
    assert [v.target.raw for v in row.values] == ["330", "745"]
    assert row.plan_marks[0] == (Mark.LOWEST_TARGET,) and row.plan_marks[1] == (Mark.HIGHEST_TARGET,)
    assert [r.label for r in section.rows].count("失业保险参保人数") == 1


def test_rows_in_only_one_plan_say_so(real):
    engine, ids = real
    section = own_targets(compare(engine, [ids["黑龙江省"], ids["湖南省"]]))
    only_right = next(r for r in section.rows if r.key == "supplementary_pension_fund")
    assert only_right.values[0] is None and Mark.NOT_LISTED in only_right.plan_marks[0]
    assert only_right.values[1].target.raw == ">1000" and Mark.ONLY_SOME in only_right.marks


def test_plans_of_periods_with_nothing_in_common_compare_nothing(real):
    engine, ids = real
    # Henan's plan is for 2016–2020; Liaoning's for 2021–2025 reports no 13th-period completion.
    result = compare(engine, [ids["河南省"], ids["辽宁省"]])
    assert result is not None and result.sections == ()


def test_change_is_in_the_units_own_sense():
    assert describe_change(cell("3.37", 3.37), cell("5", 5.0), "%") == "+1.63 个百分点"
    assert describe_change(cell("641", 641.0), cell("745", 745.0), "万人") == "+104 万人（+16.2%）"
    # a bound or a cumulative figure against a point value is no arithmetic
    assert describe_change(cell("2.74", 2.74), cell("<4.5", 4.5, "<"), "%") is None
    assert describe_change(cell("385", 385.0), cell("[325]", 325.0, cumulative=True), "万人") is None


def test_a_target_is_met_only_where_its_direction_is_known():
    assert met("<", 5.5, 4.9, "%") is True and met(">=", 95, 94.2, "%") is False
    assert met(None, 500, 520, "万人") is True  # a count: more is the aim
    assert met(None, 5.5, 4.9, "%") is None  # a rate with no printed direction
    assert met("≈", 100, 100, "万人") is None


def test_character_diff_of_chinese_text():
    spans = char_diff("城镇新增就业500万人", "城镇新增就业550万人以上")
    assert "".join(s.left for s in spans) == "城镇新增就业500万人"
    assert "".join(s.right for s in spans) == "城镇新增就业550万人以上"
    assert any(s.op == "insert" and s.right == "以上" for s in spans)
