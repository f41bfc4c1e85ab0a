"""Comparing two real plans: what an official sees side by side."""
from pathlib import Path

import pytest

from app.compare import char_diff, compare_plans
from app.compare.indicators import describe_change
from app.compare.structure import topic_of
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


def test_same_indicator_lands_in_the_same_row(real):
    engine, ids = real
    result = compare_plans(engine, ids["黑龙江省"], ids["湖南省"])
    row = next(r for r in result.indicators if r.key == "unemployment_insured")
    assert (row.left.target.raw, row.right.target.raw) == ("330", "745")
    assert row.marks == ("lower_target",)
    assert [r.label for r in result.indicators].count("失业保险参保人数") == 1


def test_rows_in_only_one_plan_say_so(real):
    engine, ids = real
    result = compare_plans(engine, ids["黑龙江省"], ids["湖南省"])
    only_right = next(r for r in result.indicators if r.key == "supplementary_pension_fund")
    assert only_right.left is None and only_right.marks == ("only_right",)


def test_thirteenth_period_targets_against_fourteenth_baselines(real):
    engine, ids = real
    henan = compare_plans(engine, ids["河南省"], ids["辽宁省"])
    assert henan is not None and all(r.left is None for r in henan.indicators)


def test_similar_programmes_are_paired_by_topic(real):
    engine, ids = real
    result = compare_plans(engine, ids["黑龙江省"], ids["湖南省"])
    employment = next(t for t in result.topics if t.topic == "employment")
    pair = employment.boxes[0]
    assert (pair.left.title, pair.right.title) == ("就业创业促进计划", "就业创业提升行动计划")


def test_change_is_in_the_units_own_sense():
    assert describe_change(cell("3.37", 3.37), cell("5", 5.0), "%") == "+1.63 个百分点"
    assert describe_change(cell("641", 641.0), cell("745", 745.0), "万人") == "+104 万人（+16.2%）"
    # a bound or a cumulative figure against a point value is no arithmetic
    assert describe_change(cell("2.74", 2.74), cell("<4.5", 4.5, "<"), "%") is None
    assert describe_change(cell("385", 385.0), cell("[325]", 325.0, cumulative=True), "万人") is None


def test_topics_ignore_the_departments_own_name():
    assert topic_of("人力资源和社会保障政务服务信息化工程") == "public_services"
    assert topic_of("构建和谐劳动关系") == "labour_relations"


def test_character_diff_of_chinese_text():
    spans = char_diff("城镇新增就业500万人", "城镇新增就业550万人以上")
    assert "".join(s.left for s in spans) == "城镇新增就业500万人"
    assert "".join(s.right for s in spans) == "城镇新增就业550万人以上"
    assert any(s.op == "insert" and s.right == "以上" for s in spans)
