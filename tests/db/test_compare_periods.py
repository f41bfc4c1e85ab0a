"""Comparing two to four bundled plans period by period: like compared with like."""
import pytest

from app.compare.marks import Mark
from app.compare.multi import compare
from app.compare.values import plan_values
from app.db.overrides import plan_sha256

from .compare_library import build_library

COMPLETION_ONLY = ("rural_labour_transfer", "labour_contract_rate", "urban_employee_pension_insured")


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    return build_library(tmp_path_factory)


def section(result, heading):
    return next(s for s in result.sections if s.heading == heading)


def row(found_section, key):
    return next(r for r in found_section.rows if r.key == key)


def test_own_period_and_completion_are_two_sections(real):
    engine, ids = real
    result = compare(engine, [ids["湖南省"], ids["湖北省"]])
    assert [s.heading for s in result.sections] == ["十四五 规划目标", "十三五 完成情况"]
    assert [s.kind for s in result.sections] == ["targets", "completion"]
    own, completion = result.sections
    # Hunan's completion table (十二五基数 / 十三五规划数 / 2020年完成数) never feeds the 14th period.
    assert not {r.key for r in own.rows} & set(COMPLETION_ONLY)
    transfer = row(completion, "rural_labour_transfer").values[0]
    assert (transfer.baseline.raw, transfer.target.raw, transfer.actual.raw) == ("362", "200", "233.9")
    assert row(completion, "rural_labour_transfer").values[1] is None


def test_no_value_in_the_own_period_comes_from_the_completion_table(real):
    engine, ids = real
    own = compare(engine, [ids["湖南省"], ids["湖北省"]]).sections[0]
    for found in own.rows:
        hunan = found.values[0]
        for value in (hunan.baseline, hunan.target, hunan.actual) if hunan else ():
            if value is not None:
                assert value.from_text or (value.heading, value.year, value.role) in {
                    ("2020年", 2020, "baseline"), ("2025年", 2025, "target")}, (found.key, value)


def test_values_carry_period_role_heading_and_line(real):
    engine, ids = real
    own = compare(engine, [ids["湖南省"], ids["湖北省"]]).sections[0]
    insured = row(own, "unemployment_insured")
    hunan, hubei = insured.values
    assert (hunan.baseline.period, hunan.baseline.role, hunan.baseline.heading, hunan.baseline.year) == (
        "十四五", "baseline", "2020年", 2020)
    assert (hunan.target.raw, hunan.target.role, hunan.target.heading) == ("745", "target", "2025年")
    assert hunan.target.line is not None and hunan.target.table.startswith("专栏")
    # Hubei's main table also prints the 13th-period target (十三五目标 540): not in this section.
    assert (hubei.baseline.raw, hubei.target.raw) == ("651", "680")
    assert insured.changes == ("+104 万人（+16.2%）", "+29 万人（+4.5%）")


def test_the_higher_and_lower_target_are_marked_and_described(real):
    engine, ids = real
    own = compare(engine, [ids["湖南省"], ids["湖北省"]]).sections[0]
    insured = row(own, "unemployment_insured")
    assert insured.plan_marks == ((Mark.HIGHEST_TARGET,), (Mark.LOWEST_TARGET,))
    assert insured.difference_text == "目标：湖南省高 65 万人（+9.6%）"
    pension = row(own, "basic_pension_coverage")
    assert pension.marks == (Mark.SAME_TARGET,)
    # [>325] is a five-year total, Hubei's 350 is not marked so: never set against each other.
    jobs = row(own, "urban_new_jobs")
    assert Mark.DIFFERENT_CUMULATIVE in jobs.marks and jobs.target_difference is None


def test_completion_judges_actual_against_target(real):
    engine, ids = real
    completion = compare(engine, [ids["黑龙江省"], ids["湖南省"]]).sections[1]
    assert completion.heading == "十三五 完成情况"
    injury = row(completion, "work_injury_insured")
    assert (injury.values[0].target.raw, injury.values[0].actual.raw) == ("550", "442.6")
    assert Mark.TARGET_MISSED in injury.plan_marks[0] and Mark.TARGET_MET in injury.plan_marks[1]
    unemployment = row(completion, "urban_registered_unemployment")  # ≤4.6 against 2.74
    assert Mark.TARGET_MET in unemployment.plan_marks[1]
    assert injury.actual_difference.text == "完成数：湖南省高 378.04 万人（+85.4%）"


def test_prose_targets_meet_the_completion_table(real):
    engine, ids = real
    result = compare(engine, [ids["河南省"], ids["湖南省"]])
    assert [s.heading for s in result.sections] == ["十三五 目标与完成情况"]
    period = result.sections[0]
    henan_rows = [r for r in period.rows if r.values[0] is not None]
    assert len(henan_rows) == 19 and all(r.values[0].from_text for r in henan_rows)
    assert all(Mark.FROM_TEXT in r.plan_marks[0] for r in henan_rows)
    insured = row(period, "unemployment_insured")
    henan, hunan = insured.values
    assert (henan.target.raw, henan.target.heading, henan.target.line) == ("830万人", "正文", 31)
    assert "830万人" in henan.target.sentence
    assert (hunan.target.raw, hunan.actual.raw, hunan.target.heading) == ("580", "640.87", "十三五规划数")
    assert insured.difference_text == "目标：河南省高 250 万人（+43.1%）"


def test_four_plans_side_by_side(real):
    engine, ids = real
    names = ["黑龙江省", "河南省", "湖南省", "辽宁省"]
    result = compare(engine, [ids[n] for n in names])
    assert result.names == tuple(names)
    own, completion = result.sections
    assert own.heading == "十四五 规划目标" and own.reporting == (True, False, True, True)
    assert completion.reporting == (True, True, True, False)
    insured = row(own, "unemployment_insured")
    assert [v.target.raw if v else None for v in insured.values] == ["330", None, "745", "687"]
    assert insured.difference_text == "目标：最高 湖南省 745，最低 黑龙江省 330，相差 415 万人（+125.8%）"
    assert insured.plan_marks[1] == (Mark.PERIOD_NOT_REPORTED,)
    assert Mark.HIGHEST_TARGET in insured.plan_marks[2] and Mark.LOWEST_TARGET in insured.plan_marks[0]
    assert set(result.marks) >= {Mark.FROM_TEXT, Mark.TARGET_MET, Mark.PERIOD_NOT_REPORTED}


def test_text_fills_a_missing_table_target_and_never_overrides_a_printed_one(real):
    engine, ids = real
    liaoning = plan_values(engine, ids["辽宁省"])
    jobs = next(v for v in liaoning.in_period("十四五") if v.key == "urban_new_jobs")
    assert (jobs.baseline.raw, jobs.target.raw, jobs.from_text) == ("45.2", "210 万人以上", True)
    heilongjiang = plan_values(engine, ids["黑龙江省"])
    talent = next(v for v in heilongjiang.in_period("十四五") if v.key == "professional_talent_total")
    assert (talent.target.raw, talent.from_text, talent.text_target.raw) == ("110", False, "110万人")


def test_user_corrections_move_a_row(real):
    engine, ids = real
    plans = [ids["黑龙江省"], ids["湖南省"]]
    key = "urban_employee_pension_insured"
    before = row(compare(engine, plans).sections[1], key)
    assert all(v is not None for v in before.values)
    overrides = {(plan_sha256(engine, ids["湖南省"]), "城镇基本养老保险参保人数"): None}
    after = compare(engine, plans, overrides).sections[1]
    assert row(after, key).values[1] is None
    assert row(after, "name:城镇基本养老保险参保人数").values[1].target.raw == "1250"


def test_two_to_four_plans_and_missing_ones(real):
    engine, ids = real
    with pytest.raises(ValueError):
        compare(engine, [ids["湖南省"]])
    with pytest.raises(ValueError):
        compare(engine, list(ids.values()))
    assert compare(engine, [ids["湖南省"], 999_999]) is None
