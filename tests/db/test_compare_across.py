"""One indicator across every bundled plan: the table beside the chart, sortable by target."""
import pytest

from app.compare.across import across, by_value, targets_by_value

from .compare_library import build_library


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    return build_library(tmp_path_factory)


def test_every_plan_with_the_indicator_with_period_and_role(real):
    engine, ids = real
    rows = across(engine, "urban_new_jobs")
    assert {r.plan.province for r in rows} == set(ids)
    hunan = [(r.period, r.role, r.raw, r.heading) for r in rows if r.plan.province == "湖南省"]
    assert hunan == [("十四五", "baseline", "385", "2020年"), ("十四五", "target", "[>325]", "2025年"),
                     ("十三五", "baseline", "385", "十二五基数"), ("十三五", "target", "350", "十三五规划数"),
                     ("十三五", "actual", "385", "2020年完成数")]
    henan = next(r for r in rows if r.plan.province == "河南省")
    found = (henan.period, henan.role, henan.raw, henan.from_text, henan.line)
    assert found == ("十三五", "target", "500万人", True, 30)
    assert "500万人" in henan.sentence


def test_sorted_by_target_largest_first(real):
    engine, _ = real
    ordered = targets_by_value(across(engine, "urban_new_jobs"))
    values = [r.value for r in ordered]
    assert values == sorted(values, reverse=True) and values[0] == 500.0
    assert [r.value for r in targets_by_value(across(engine, "urban_new_jobs"), descending=False)][0] == 150.0


def test_missing_targets_sort_last_never_as_zero(real):
    engine, _ = real
    rows = across(engine, "subsidised_skills_training")
    for descending in (True, False):
        ordered = targets_by_value(rows, descending)
        assert ordered[-1].plan.province == "辽宁省" and ordered[-1].raw == "—" and ordered[-1].value is None
        assert [r.raw for r in ordered[:-1]] == (["[275]", "[150]"] if descending else ["[150]", "[275]"])
    assert by_value(rows)[-1].value is None

