"""Programme boxes paired across plans by what they contain; diffs only between versions."""
import pytest

from app.compare.programmes import (
    BOX_THRESHOLD, OTHER_PERIOD, REVISION, box_diff, compare_programmes, diff_scope,
)
from app.db import load_plan
from app.queries import box_details, get_plan

from .compare_library import build_library


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    return build_library(tmp_path_factory)


def partner(result, plan_index, title):
    found = next(r for r in result.rows if r.boxes[plan_index] is not None and r.boxes[plan_index].title == title)
    return found


def test_boxes_pair_by_content_not_title(real):
    engine, ids = real
    result = compare_programmes(engine, [ids["湖南省"], ids["湖北省"]])
    employment = partner(result, 0, "就业创业提升行动计划")
    paired = employment.boxes[1]
    assert paired is not None and (paired.no, paired.title) == (3, "促进就业工程")
    assert employment.score >= BOX_THRESHOLD
    services = partner(result, 0, "人力资源服务业高质量发展行动")
    assert services.boxes[1].title == "人力资源服务业发展行动计划"
    items = {(i.items[0].name, i.items[1].name) for i in services.items if None not in i.items}
    assert ("诚信主题建设行动", "诚信主题创建行动") in items and ("产业园区建设计划", "产业园区建设计划") in items
    # A box with nothing like it in the other plan stands alone.
    assert partner(result, 1, "人事管理工程").boxes[0] is None


def test_four_plans_each_box_once(real):
    engine, ids = real
    plan_ids = [ids[n] for n in ("湖南省", "湖北省", "黑龙江省", "辽宁省")]
    result = compare_programmes(engine, plan_ids)
    for index, plan_id in enumerate(plan_ids):
        shown = [r.boxes[index].id for r in result.rows if r.boxes[index] is not None]
        expected = [b.id for b in box_details(engine, plan_id) if b.kind == "programmes"]
        assert sorted(shown) == sorted(expected)
    employment = partner(result, 0, "就业创业提升行动计划")
    assert [b.title for b in employment.boxes] == ["就业创业提升行动计划", "促进就业工程", "就业创业促进计划",
                                                   "重点群体就业创业工程"]


def test_no_character_diff_between_two_provinces(real):
    engine, ids = real
    hunan, hubei = get_plan(engine, ids["湖南省"]), get_plan(engine, ids["湖北省"])
    result = compare_programmes(engine, [hunan.id, hubei.id])
    pair = partner(result, 0, "就业创业提升行动计划")
    assert diff_scope(hunan, hubei) is None and box_diff(hunan, hubei, *pair.boxes) is None


def test_character_diff_between_two_periods_of_one_province(engine, make_plan):
    later = load_plan(engine, make_plan()).plan_id
    earlier = load_plan(engine, make_plan(period="十三五", years=(2016, 2020), source_file="old.txt")).plan_id
    a, b = get_plan(engine, earlier), get_plan(engine, later)
    assert diff_scope(a, b) == OTHER_PERIOD
    result = compare_programmes(engine, [earlier, later])
    pair = next(r for r in result.rows if None not in r.boxes)
    spans = box_diff(a, b, *pair.boxes)
    assert spans is not None and all(s.op == "equal" for s in spans)


def test_an_imported_revision_is_diffed(engine, make_plan):
    first = load_plan(engine, make_plan()).plan_id
    again = load_plan(engine, make_plan(source_file="revised.txt", sha256="f" * 64)).plan_id
    assert diff_scope(get_plan(engine, first), get_plan(engine, again)) == REVISION
