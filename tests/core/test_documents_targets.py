"""Quantitative targets stated in prose, and their link to table rows."""


def target(plan, name):
    return next(t for t in plan.targets if t.name == name)


def test_prose_target_fills_a_dash_in_the_table(plans):
    plan = plans["liaoning"]
    t = target(plan, "城镇新增就业")
    assert (t.value, t.unit, t.comparator) == (210, "万人", ">=")
    assert t.indicator_name == "城镇新增就业人数" and t.line == 49
    assert target(plan, "城镇调查失业率").comparator == "≈"


def test_heilongjiang_five_year_total_is_cumulative(plans):
    t = target(plans["heilongjiang"], "城镇新增就业")
    assert (t.value, t.comparator, t.cumulative) == (150, ">=", True)
    assert target(plans["heilongjiang"], "城镇调查失业率").comparator == "<="


def test_henan_respective_list_is_paired_in_order(plans):
    plan = plans["henan"]
    assert target(plan, "城镇职工基本养老保险参保人数").value == 1910
    assert target(plan, "生育保险参保人数").value == 680
    assert target(plan, "城镇新增就业").value == 500


def test_a_five_year_total_marks_only_its_own_clause_and_never_a_rate():
    """'累计' said of new jobs does not make the unemployment rate after it a five-year total,
    and is no part of the indicator's name."""
    from app.ingest.model import Paragraph
    from app.ingest.targets import targets_in_paragraph
    para = Paragraph(text="——就业形势保持稳定。“十四五”期间，城镇新增就业累计达到30万人以上，"
                          "城镇调查失业率控制在5.5%以内，失业保险参保人数达到45万人。", line=8)
    found = {t.name: (t.raw, t.comparator, t.cumulative) for t in targets_in_paragraph(para)}
    assert found == {"城镇新增就业": ("30万人以上", ">=", True), "城镇调查失业率": ("5.5%以内", "<=", False),
                     "失业保险参保人数": ("45万人", None, False)}
