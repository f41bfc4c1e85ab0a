"""The read side as the window will use it: listing, tree, text, boxes, tables."""
import dataclasses

import pytest

from app.queries import (
    ROOT_REF, NodeRef, box_detail, chapter_text, indicator_tables, list_plans, plan_issues,
    plan_source, plan_structure, preamble_text, section_text, tree_children,
)


def _walk(engine, node=None):
    """Every node below `node`, depth first, checking each announced child count."""
    for child in tree_children(engine, node):
        below = list(_walk(engine, child))
        assert child.child_count == len(tree_children(engine, child)), child
        yield child
        yield from below


def test_library_lists_each_plan_with_counts(loaded):
    engine, (hlj, henan) = loaded
    plans = {plan.id: plan for plan in list_plans(engine)}
    assert plans.keys() == {hlj, henan}
    plan = plans[hlj]
    assert (plan.province, plan.period, plan.years) == ("黑龙江省", "十四五", (2021, 2025))
    counts = (plan.chapters, plan.sections, plan.boxes, plan.indicators, plan.issues)
    assert counts == (2, 3, 3, 3, 2)
    assert not plan.bundled


def test_tree_goes_province_plan_chapter_section_box_row(loaded):
    engine, (hlj, _henan) = loaded
    provinces = tree_children(engine, ROOT_REF)
    assert [node.label for node in provinces] == ["河南省", "黑龙江省"]
    (plan,) = tree_children(engine, provinces[1])
    assert plan.ref == NodeRef("plan", hlj)
    labels = [node.label for node in tree_children(engine, plan)]
    # Preamble first, then chapters, then the box the parser could not place.
    assert labels == ["（前言）", "一、规划背景", "二、（标题缺失）", "专栏 重大改革事项"]
    nodes = list(_walk(engine, plan))
    table = next(node for node in nodes if node.label.startswith("专栏1"))
    rows = tree_children(engine, table)
    assert [row.label for row in rows][:2] == ["1. 城镇新增就业人数（万人）", "2. 城镇登记失业率（%）"]
    assert all(node.line is not None and node.plan_id == hlj for node in nodes)


def test_section_text_keeps_subheadings_and_lines_but_not_box_notes(loaded):
    engine, (hlj, _henan) = loaded
    outline = plan_structure(engine, hlj)
    section = outline.chapters[1].sections[0]
    view = section_text(engine, section.id)
    assert view.breadcrumb == ("黑龙江省 十四五", "二、（标题缺失）")
    assert [(b.kind, b.line) for b in view.blocks] == [
        ("paragraph", 43), ("heading", 44), ("paragraph", 45)]
    assert view.blocks[1].text == "1. 实施就业优先政策"
    assert not any("注：" in b.text for b in view.blocks)
    assert len(view.box_ids) == 1


def test_chapter_introduction_and_preamble(loaded):
    engine, (hlj, _henan) = loaded
    chapter = plan_structure(engine, hlj).chapters[1]
    assert [b.text for b in chapter_text(engine, chapter.id).blocks] == ["坚持就业优先，稳定和扩大就业。"]
    (block,) = preamble_text(engine, hlj).blocks
    assert block.line == 4 and block.text.startswith("本规划根据")


def test_box_detail_lists_items_with_agencies_and_notes(loaded):
    engine, (hlj, _henan) = loaded
    box_id = plan_structure(engine, hlj).chapters[1].sections[0].box_ids[0]
    box = box_detail(engine, box_id)
    assert box.label == "专栏2 就业创业重点工程"
    assert [(i.seq, i.name) for i in box.items] == [("01", "就业创业促进工程"), ("02", None)]
    assert box.items[0].agencies == ("省人力资源社会保障厅", "省财政厅")
    assert box.notes == (("注：以上项目由各市组织实施。", 52),)


def test_indicator_table_has_columns_values_unplaced_and_row_issues(loaded):
    engine, (hlj, _henan) = loaded
    (table,) = indicator_tables(engine, hlj)
    assert [c.heading for c in table.columns] == ["2015年", "“十三五”规划目标", "2020年完成数"]
    jobs, unemployment, ratio = table.rows
    assert [c.value for c in jobs.cells] == [380.0, 275.0, 282.9]
    assert all(c.cumulative for c in jobs.cells)
    target = unemployment.cell_for("“十三五”规划目标")
    assert (target.raw, target.comparator, target.role) == ("<4.5", "<", "target")
    assert ratio.cells[0].ratio == (1.0, 1.3)
    assert ratio.cell_for("2020年完成数") is None  # a short row
    assert [(u.raw, u.line) for u in ratio.unplaced] == [("97", 22)]
    assert [i.kind for i in ratio.issues] == ["short_row"]
    assert jobs.issues == ()


def test_plan_issues_and_source_text(loaded):
    engine, (hlj, _henan) = loaded
    assert [(i.kind, i.line) for i in plan_issues(engine, hlj)] == [
        ("lost_heading", 40), ("short_row", 21)]
    source = plan_source(engine, hlj)
    assert source.text.splitlines()[39] == "第40行" and source.line_count == 70


def test_results_are_frozen_and_outlive_the_database_connection(loaded):
    engine, (hlj, _henan) = loaded
    tables = indicator_tables(engine, hlj)
    engine.dispose()
    with pytest.raises(dataclasses.FrozenInstanceError):
        tables[0].rows[0].name = "changed"
    assert tables[0].rows[0].cells[0].raw == "[380]"  # nothing lazy left to load


def test_unknown_ids_give_nothing(loaded):
    engine, _ids = loaded
    assert plan_structure(engine, 999) is None
    assert section_text(engine, 999) is None and box_detail(engine, 999) is None
    assert indicator_tables(engine, 999) == () and tree_children(engine, NodeRef("item", 1)) == []
