"""Property-based: the parser never raises and keeps its invariants on any text."""
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.ingest import parse_text

PIECES = ["专栏1　主要指标", "指标\t2020年\t2025年\t属性", "一、就业", "1.城镇新增就业人数（万人）", "[380]", "<5.5",
          "预期性", "—", "第一章 总体", "第一节 目标", "（一）发展", "注：[]内为五年累计数。", "01　项目。内容",
          "城镇新增就业500万人以上，", "2：5：3", "\t", "", "  ", "（省人力资源社会保障厅）"]
lines = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=60)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
@example(["专栏1　主要指标", "预期性", "0\t0", "[380]", "0\t0"])  # a short row in a table with no name column
def test_parser_never_raises_and_keeps_invariants(parts):
    text = "\n".join(parts)
    plan = parse_text(text)
    for row in plan.indicators:
        box = next(b for b in plan.boxes if b.no == row.box_no and row in b.rows)
        # every value is either placed in a column or kept unplaced, never both, never dropped
        assert not (row.cells and row.unplaced)
        assert row.cells == [] or len(row.cells) == len(box.columns)
    every_line = ([c.line for c in plan.chapters if c.line] + [b.line for b in plan.boxes]
                  + [r.line for r in plan.indicators if r.line] + [i.line for i in plan.issues if i.line]
                  + [t.line for t in plan.targets])
    assert all(1 <= line <= plan.line_count for line in every_line)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text):
    parse_text(text)
