"""Indicator tables, row by row where the source is tricky, per document."""
from plan_helpers import raws, row


def test_heilongjiang_header_sentence_gives_the_columns(plans):
    plan = plans["heilongjiang"]
    done, main = (b for b in plan.boxes if b.kind == "indicators")
    assert [(c.heading, c.year, c.role) for c in done.columns] == [
        ("2015年基数", 2015, "baseline"), ("“十三五”规划目标", 2020, "target"), ("2020年完成数", 2020, "actual")]
    assert [(c.heading, c.role) for c in main.columns] == [("2020年", "baseline"), ("2025年", "target")]


def test_heilongjiang_inline_and_one_per_line_rows(plans):
    plan = plans["heilongjiang"]
    first = row(plan, 1, 1)
    assert (first.name, first.unit, raws(first)) == ("城镇新增就业人数", "万人", ["[380]", "[275]", "[282.9]"])
    assert all(c.cumulative for c in first.cells)
    ratio = row(plan, 1, 9)
    assert [c.ratio for c in ratio.cells] == [[2, 5, 3], [2, 4, 4], [2, 4, 4]]
    mediation = row(plan, 1, 13)
    assert mediation.cells[0].kind == "missing" and mediation.cells[1].comparator == ">"
    share = row(plan, 2, 5)
    assert share.name == "其中：农民工参加职业培训人次" and share.attribute == "预期性"


def test_hunan_header_cells_split_over_lines(plans):
    done = next(b for b in plans["hunan"].boxes if b.no == 1)
    assert [c.heading for c in done.columns] == ["十二五基数", "十三五规划数", "2020年完成数"]
    r = row(plans["hunan"], 1, 5)
    assert r.unit == "万人" and raws(r) == ["-", "3150", "3471.11"] and r.cells[0].kind == "missing"


def test_hunan_cumulative_with_comparator(plans):
    r = row(plans["hunan"], 2, 1)
    target = r.cells[1]
    assert (target.raw, target.value, target.comparator, target.cumulative) == ("[>325]", 325, ">", True)


def test_hubei_short_rows_are_unplaced_never_guessed(plans):
    plan = plans["hubei"]
    short = [r for r in plan.indicators if r.unplaced]
    assert len(short) == 12
    assert all(r.cells == [] for r in short)
    assert row(plan, 1, 8).unplaced == ["220", "250"]
    assert row(plan, 2, 2).unplaced == ["6"] and row(plan, 2, 2).attribute == "预期性"
    lines = {i.line for i in plan.issues if i.kind == "short_row"}
    assert {r.line for r in short} == lines


def test_hubei_three_value_columns_and_damaged_rows(plans):
    plan = plans["hubei"]
    main = next(b for b in plan.boxes if b.no == 2)
    assert [(c.heading, c.year, c.role) for c in main.columns] == [
        ("十三五目标", 2020, "target"), ("2020基数", 2020, "baseline"), ("2025目标", 2025, "target")]
    fund = row(plan, 2, 9)
    assert fund.unit == "亿元"  # the unit stands on the next line: '(亿元)'
    assert row(plan, 2, 7).attribute == "约束"  # truncated in the source; kept as printed
    assert row(plan, 2, 10).category == "人才人事"  # category printed without its 三、
    assert row(plan, 2, 3).unit == "%"


def test_liaoning_tab_separated_rows(plans):
    plan = plans["liaoning"]
    r = row(plan, 1, 11)
    assert [(c.value, c.comparator) for c in r.cells] == [(95, "≈"), (95, ">=")]
    assert raws(r) == ["95 左右", "稳定在 95 以上"]
    assert row(plan, 1, 14).unit == "倍"
    assert row(plan, 1, 1).cells[1].kind == "missing"


def test_indicator_counts_per_document(plans):
    counts = {name: len(p.indicators) for name, p in plans.items()}
    assert counts == {"heilongjiang": 34, "henan": 0, "hunan": 26, "hubei": 31, "liaoning": 16}


def test_every_row_keeps_every_value(plans):
    for plan in plans.values():
        for r in plan.indicators:
            assert r.cells == [] or len(r.cells) == len(next(b for b in plan.boxes if b.no == r.box_no).columns)
