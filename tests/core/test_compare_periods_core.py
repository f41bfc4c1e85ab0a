"""Which period and role a printed value belongs to, decided from its column's year and role."""
import pytest

from app.compare.periods import Period, five_year_period, own_period, period_named, place
from app.compare.values import collect
from app.queries.boxes import ColumnView
from app.queries.plans import TargetView

from compare_helpers import cell, indicator, plan

XIV = Period("十四五", 2021, 2025)
XIII = Period("十三五", 2016, 2020)


def test_period_names_from_years_and_back():
    assert five_year_period(2020) == XIII and five_year_period(2025) == XIV
    assert five_year_period(2030).name == "十五五" and five_year_period(2023) is None
    assert period_named("“十四五”") == XIV and period_named("十五五").end == 2030
    assert period_named("规划") is None
    assert XIV.english == "14th Five-Year Plan (2021–2025)"


@pytest.mark.parametrize("year, role, expected", [
    (2025, "target", (XIV, "target")),
    (2020, "target", (XIII, "target")),   # 十三五规划数 in a 十四五 plan's completion table
    (2020, "actual", (XIII, "actual")),   # 2020年完成数
    (2020, "baseline", (XIV, "baseline")),  # 2020年 in the main table
    (2015, "baseline", (XIII, "baseline")),  # 十二五基数
    (2025, None, (XIV, "target")),        # a bare year: the plan's end year is a target
    (2020, None, (XIV, "baseline")),      # the year before the plan starts is a baseline
    (2022, None, None),                   # any other bare year belongs to no period
    (2035, "target", None),               # a 2035 vision is not a 十六五 target
    (2023, "target", None),
])
def test_place_by_year_and_role(year, role, expected):
    assert place(year, role, XIV) == expected


def test_own_period_of_plans():
    assert own_period(plan()) == XIV
    assert own_period(plan(years=None)) == XIV
    assert own_period(plan(period=None, years=(2021, 2023))) == Period("2021–2023", 2021, 2023)
    assert place(2023, None, Period("2021–2023", 2021, 2023))[1] == "target"


def test_collect_places_a_completion_table_in_the_previous_period():
    rows = [("专栏1", (), indicator("农村劳动力转移", [
        cell("十二五基数", "362", 2015, "baseline"), cell("十三五规划数", "200", 2020, "target"),
        cell("2020年完成数", "233.9", 2020, "actual")], key="rural_labour_transfer"), "rural_labour_transfer")]
    values = collect(plan(), rows, [])
    assert [p.name for p in values.periods] == ["十三五"]
    assert values.in_period("十四五") == ()
    found = values.in_period("十三五")[0]
    assert (found.baseline.raw, found.target.raw, found.actual.raw) == ("362", "200", "233.9")
    assert found.change() == "-162 万人（-44.8%）"


def test_text_target_fills_a_missing_table_target_only():
    row = indicator("城镇新增就业人数", [cell("2020年", "45.2", 2020, "baseline"),
                                    cell("2025年", "—", 2025, "target", kind="missing")])
    target = TargetView("城镇新增就业", "210万人以上", 210.0, "万人", ">=", False, 49, "城镇新增就业210万人以上。",
                        None, None)
    found = collect(plan(), [("专栏1", (), row, "jobs")], [(target, "jobs")]).in_period("十四五")[0]
    assert (found.target.raw, found.target.from_text, found.target.line, found.baseline.raw) == (
        "210万人以上", True, 49, "45.2")
    printed = indicator("城镇新增就业人数", [cell("2025年", "150", 2025, "target")])
    kept = collect(plan(), [("专栏1", (), printed, "jobs")], [(target, "jobs")]).in_period("十四五")[0]
    assert (kept.target.raw, kept.from_text, kept.text_target.raw) == ("150", False, "210万人以上")


def test_unplaced_values_go_with_the_tables_latest_period():
    columns = (ColumnView("十三五目标", 2020, "target"), ColumnView("2020基数", 2020, "baseline"),
               ColumnView("2025目标", 2025, "target"))
    row = indicator("城镇调查失业率", [], unit="%", unplaced=("6",))
    values = collect(plan(), [("专栏2", columns, row, "surveyed")], [])
    assert [p.name for p in values.periods] == ["十四五"]
    assert [u.raw for u in values.in_period("十四五")[0].unplaced] == ["6"]


def test_a_later_figure_replaces_a_dash_and_nothing_else():
    first = indicator("失业保险参保人数", [cell("十三五规划目标", "—", 2020, "target", kind="missing")])
    second = indicator("失业保险参保人数", [cell("十三五目标", "540", 2020, "target")])
    third = indicator("失业保险参保人数", [cell("十三五目标", "999", 2020, "target")])
    rows = [("专栏1", (), r, "insured") for r in (first, second, third)]
    assert collect(plan(), rows, []).in_period("十三五")[0].target.raw == "540"
