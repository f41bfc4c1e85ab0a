"""The comparison pane on the real window: same indicator in the same row, differences visible."""
from app.service import PlanLibrary
from app.compare import compare_plans
from app.queries import list_plans
from app.ui.compare_models import NOT_LISTED, IndicatorComparisonTableModel, StructurePairsTableModel
from helpers import open_path


def ids(engine):
    return {p.province: p.id for p in list_plans(engine)}


def test_comparison_models_are_valid(qtmodeltester, engine):
    plan = ids(engine)
    result = compare_plans(engine, plan["黑龙江省"], plan["湖北省"])
    qtmodeltester.check(IndicatorComparisonTableModel(list(result.indicators), "左", "右"), force_py=True)
    qtmodeltester.check(StructurePairsTableModel(list(result.topics)), force_py=True)


def rows_of(model):
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_compare_from_the_tree_puts_the_selected_plan_left(window, qtbot, engine):
    open_path(window, "黑龙江省", "黑龙江省")
    pane = window.open_comparison()
    pane.set_plans(ids(engine)["黑龙江省"], ids(engine)["湖南省"])
    qtbot.waitUntil(lambda: pane.indicators.model() is not None and pane.comparison is not None
                    and pane.comparison.right.province == "湖南省", timeout=5000)
    rows = rows_of(pane.indicators.model())
    jobs = next(r for r in rows if r[0] == "失业保险参保人数")
    assert jobs[3] == "330" and jobs[8] == "745" and "lower" in jobs[-1] or "低" in jobs[-1]
    only_right = next(r for r in rows if r[0] == "补充养老保险基金规模")
    assert only_right[1] == NOT_LISTED


def test_swap_and_structure_diff(window, qtbot, engine):
    pane = window.open_comparison()
    pane.set_plans(ids(engine)["黑龙江省"], ids(engine)["湖南省"])
    qtbot.waitUntil(lambda: pane.comparison is not None and pane.comparison.right.province == "湖南省", timeout=5000)
    pane.swap_sides()
    qtbot.waitUntil(lambda: pane.comparison.left.province == "湖南省", timeout=5000)
    pairs = pane.pairs.model()
    row = next(r for r in range(pairs.rowCount()) if pairs.data(pairs.index(r, 0)) == "专栏3 就业创业提升行动计划")
    pane.pairs.setCurrentIndex(pairs.index(row, 0))
    html = pane.left_text.toHtml()
    assert "就业创业提升行动计划" in pane.left_text.toPlainText() and "background-color:#fbd3cf" in html


def test_comparison_tab_and_pair_survive_a_restart(qtbot, engine, settings, window):
    from app.ui.main_window import MainWindow
    pane = window.open_comparison()
    pane.set_plans(ids(engine)["湖北省"], ids(engine)["辽宁省"])
    qtbot.waitUntil(lambda: pane.comparison is not None and pane.comparison.right.province == "辽宁省", timeout=5000)
    window.close()
    again = MainWindow(PlanLibrary(engine), settings, db_label="test")
    qtbot.addWidget(again)
    restored = again.tabs.widget(again.tabs.count() - 1)
    assert (restored.left.currentData(), restored.right.currentData()) == (ids(engine)["湖北省"], ids(engine)["辽宁省"])


def test_a_corrected_match_moves_the_row_in_the_comparison(window, qtbot, engine):
    from app.queries import indicator_tables
    from app.ui.corrections import NONE_LABEL, correct_indicator_key
    plan = ids(engine)
    row = next(r for t in indicator_tables(engine, plan["湖南省"]) for r in t.rows if r.name == "高技能人才总量")
    assert correct_indicator_key(window, window.library, plan["湖南省"], row, pick=NONE_LABEL) == (None, True)
    pane = window.open_comparison()
    pane.set_plans(plan["黑龙江省"], plan["湖南省"])
    qtbot.waitUntil(lambda: pane.comparison is not None and pane.comparison.right.province == "湖南省", timeout=5000)
    high = [r for r in pane.comparison.indicators if r.key == "high_skilled_total"]
    assert high and high[0].right is None
    correct_indicator_key(window, window.library, plan["湖南省"], row, pick=next(label for label, key in
                                                               __import__("app.ui.corrections", fromlist=["x"]).choices()
                                                               if key == "high_skilled_total"))


def test_tooltips_name_the_printed_column_of_each_value(engine):
    plan = ids(engine)
    result = compare_plans(engine, plan["黑龙江省"], plan["湖南省"])
    model = IndicatorComparisonTableModel(list(result.indicators), "左", "右")
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "城镇职工基本养老保险参保人数")
    tip = model.data(model.index(row, 2), 3)
    assert "2015年基数：1118" in tip and "“十三五”规划目标：1280" in tip  # a 13th-period table, said so
