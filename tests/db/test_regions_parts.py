"""Cities and parts (第N篇) in the library: the tree shows 省 → 市 → plan and plan → 篇 → 章,
the filter finds through them, exports and listings carry the city and both dates, and an
older user database is upgraded to hold them."""
import io
import shutil
import sqlite3

import jsonschema
import pytest

from app.db import load_plan
from app.db.export import export_csv, export_json
from app.db.migrations import upgrade
from app.ingest import parse_text
from app.queries import get_plan, list_plans, part_text, search, tree_children
from app.queries.tree import CITY, PART, PLAN, PROVINCE, NodeRef, city_ref
from app.queries.tree_filter import filter_tree

CITY_PLAN = """遵义市人民政府办公室关于印发遵义市“十四五”人力资源和社会保障事业发展规划的通知
遵府办发〔2021〕12号
遵义市人民政府办公室
2021年9月3日
遵义市“十四五”人力资源和社会保障事业发展规划
第一章 发展基础
坚持就业优先，稳定和扩大就业。
第二章 保障措施
专栏1 就业促进工程
1.零工市场建设。建设一批零工市场。（市人力资源社会保障局牵头，市财政局、市发展改革委配合）
"""
PARTS_PLAN = """浙江省人力资源和社会保障事业发展“十四五”规划
第一篇 发展基础与总体要求
第一章 发展环境
第一节 发展成就
全省就业局势保持总体稳定。
第二章 总体要求
第一节 指导思想
坚持以人民为中心的发展思想。
第二篇 推动实现更加充分更高质量就业
第三章 强化就业优先政策
第一节 稳定就业规模
实施就业优先战略。
"""


@pytest.fixture
def library(engine):
    city = load_plan(engine, parse_text(CITY_PLAN, "zunyi.txt")).plan_id
    parts = load_plan(engine, parse_text(PARTS_PLAN, "zhejiang.txt")).plan_id
    return engine, city, parts


def _labels(nodes):
    return [(node.ref.kind, node.label) for node in nodes]


def test_a_city_plan_hangs_under_its_city_under_its_province(library):
    engine, city_plan, _ = library
    provinces = {node.label: node for node in tree_children(engine)}
    assert "贵州省" in provinces and provinces["贵州省"].child_count == 1
    cities = tree_children(engine, provinces["贵州省"])
    assert _labels(cities) == [(CITY, "遵义市")]
    plans = tree_children(engine, cities[0])
    assert [node.ref for node in plans] == [NodeRef(PLAN, city_plan)]


def test_a_plan_with_parts_shows_its_chapters_under_them(library):
    engine, _, parts_plan = library
    level = tree_children(engine, NodeRef(PLAN, parts_plan))
    parts = [node for node in level if node.ref.kind == PART]
    assert [node.label for node in parts] == ["第一篇 发展基础与总体要求", "第二篇 推动实现更加充分更高质量就业"]
    assert [node.label for node in tree_children(engine, parts[0])] == ["一、发展环境", "二、总体要求"]
    assert [node.label for node in tree_children(engine, parts[1])] == ["三、强化就业优先政策"]
    view = part_text(engine, parts[1].ref.id)
    assert view.title == "第二篇 推动实现更加充分更高质量就业"
    assert [b.text for b in view.blocks] == ["三、强化就业优先政策"]


def test_the_filter_opens_the_way_through_city_and_part(library):
    engine, city_plan, parts_plan = library
    (zunyi,) = filter_tree(engine, "零工市场").paths
    assert [ref.kind for ref in zunyi[:3]] == [PROVINCE, CITY, PLAN]
    assert zunyi[1] == city_ref("贵州省", "遵义市")
    (rule,) = filter_tree(engine, "稳定就业规模").paths
    assert [ref.kind for ref in rule[:4]] == [PROVINCE, PLAN, PART, "chapter"]
    # every path is one tree_children can walk, level by level
    for path in (zunyi, rule):
        parent = None
        for ref in path:
            assert ref in [node.ref for node in tree_children(engine, parent)]
            parent = ref


def test_listing_search_and_exports_carry_the_city_and_both_dates(library, export_schema):
    engine, city_plan, _ = library
    plan = get_plan(engine, city_plan)
    assert (plan.province, plan.city, plan.label) == ("贵州省", "遵义市", "遵义市 十四五")
    assert plan.signed_date == "2021-09-03" and plan.published_date is None
    assert [hit.plan_id for hit in search(engine, "零工", city="遵义市")] == [city_plan]
    assert search(engine, "零工", city="绵阳市") == []
    exported = export_json(engine)
    jsonschema.validate(exported, export_schema)
    zunyi = next(p for p in exported["plans"] if p["id"] == city_plan)
    assert (zunyi["city"], zunyi["signed_date"], zunyi["signed_date_damaged"]) == ("遵义市", "2021-09-03", False)
    item = zunyi["boxes"][0]["items"][0]
    assert item["bodies"] == [{"name": "市人力资源社会保障局", "role": "lead"},
                              {"name": "市财政局", "role": "cooperating"},
                              {"name": "市发展改革委", "role": "cooperating"}]
    zhejiang = next(p for p in exported["plans"] if p["id"] != city_plan)
    assert [part["no"] for part in zhejiang["parts"]] == [1, 2]
    assert [c["part_no"] for c in zhejiang["chapters"]] == [1, 1, 2]
    out = io.StringIO()
    export_csv(engine, out)
    header = out.getvalue().lstrip("\ufeff").splitlines()[0].split(",")
    assert header[:3] == ["plan_id", "province", "city"]


def test_list_orders_a_province_then_its_cities(library):
    engine, city_plan, parts_plan = library
    assert [(p.province, p.city) for p in list_plans(engine)] == [("浙江省", None), ("贵州省", "遵义市")]


def test_an_older_user_database_is_upgraded_to_hold_cities_and_parts(tmp_path):
    path = tmp_path / "user.sqlite"
    shutil.copy("tests/data/user-v1.sqlite", path)
    assert 3 in upgrade(path)
    with sqlite3.connect(path) as conn:
        plan_columns = {row[1] for row in conn.execute("PRAGMA table_info(plan)")}
        agency_columns = {row[1] for row in conn.execute("PRAGMA table_info(agency)")}
        assert {"city", "signed_date", "signed_date_damaged", "published_date"} <= plan_columns
        assert "role" in agency_columns
        assert conn.execute("SELECT count(*) FROM part").fetchone() == (0,)
        plans_before = conn.execute("SELECT count(*) FROM plan").fetchone()[0]
    assert plans_before > 0
