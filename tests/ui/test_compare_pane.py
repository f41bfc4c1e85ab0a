"""The comparison on the real window: like with like, period by period, on one screen."""
import os
from pathlib import Path

from PySide6.QtCore import Qt

from app.compare import compare
from app.compare.marks import Mark
from app.compare.programmes import compare_programmes
from app.queries import list_plans
from app.service import PlanLibrary
from app.ui.across_model import FIGURE_COLUMN, AcrossTableModel
from app.ui.compare_models import ComparisonTableModel, ItemPairsModel, ProgrammePairsModel
from helpers import open_path


def ids(engine):
    return {p.province: p.id for p in list_plans(engine)}


def rows_of(model):
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def sections_of(model):
    """{section heading: {indicator: [cells…]}} as the table shows them."""
    found, current = {}, None
    for row in rows_of(model):
        if all(cell in (None, "") for cell in row[1:]):
            current = found.setdefault(row[0], {})
        else:
            current[row[0]] = row[1:]
    return found


def wait_for(qtbot, pane, *provinces):
    qtbot.waitUntil(lambda: pane.comparison is not None and
                    tuple(p.province for p in pane.comparison.plans) == provinces, timeout=10000)


def test_comparison_models_are_valid(qtmodeltester, engine):
    plan = ids(engine)
    chosen = [plan["黑龙江省"], plan["湖南省"], plan["湖北省"]]
    qtmodeltester.check(ComparisonTableModel(compare(engine, chosen)), force_py=True)
    programmes = compare_programmes(engine, chosen)
    qtmodeltester.check(ProgrammePairsModel(programmes, ["a", "b", "c"]), force_py=True)
    paired = next(row for row in programmes.rows if len(row.items) > 1)
    qtmodeltester.check(ItemPairsModel(paired.items, ["a", "b", "c"]), force_py=True)
    items = ItemPairsModel(paired.items, ["a", "b", "c"])  # kept: an index outlives no model
    similarity = items.index(0, 3).data()
    assert similarity == "—" or similarity.endswith("%")
    qtmodeltester.check(AcrossTableModel(PlanLibrary(engine).across("urban_new_jobs")), force_py=True)


def test_the_comparison_opens_on_the_plan_being_read_beside_a_like_one(window, qtbot, engine):
    open_path(window, "湖南省", "湖南省")
    pane = window.open_comparison()
    assert pane.plan_ids[0] == ids(engine)["湖南省"]
    partner = next(p for p in list_plans(engine) if p.id == pane.plan_ids[1])
    assert partner.period == "十四五" and partner.province != "湖南省"


def test_own_period_targets_and_previous_completion_are_never_mixed(window, qtbot, engine):
    plan = ids(engine)
    pane = window.open_comparison(plan["湖南省"], plan["湖北省"])
    wait_for(qtbot, pane, "湖南省", "湖北省")
    sections = sections_of(pane.indicators.model())
    assert list(sections) == ["十四五 规划目标", "十三五 完成情况"]
    for completion_only in ("新增农村劳动力转移就业人数", "企业劳动合同签订率", "城镇基本养老保险参保人数"):
        assert completion_only not in sections["十四五 规划目标"]
        assert completion_only in sections["十三五 完成情况"]
    # each plan's own main table: Hunan 2020 → 2025, Hubei 2020基数 → 2025目标
    hunan, hubei, difference = sections["十四五 规划目标"]["城镇登记失业率"]
    assert hunan.splitlines()[0] == "2.74 → <4.5" and hubei.splitlines()[0] == "3.35 → 5"
    hunan, hubei, _ = sections["十三五 完成情况"]["城镇新增就业人数"]
    assert hunan.startswith("目标 350 · 完成 385") and hubei.startswith("目标 350 · 完成 442")


def test_the_compared_values_are_those_printed(window, qtbot, engine):
    """What the old test meant to check, and could not (operator precedence)."""
    plan = ids(engine)
    pane = window.open_comparison(plan["黑龙江省"], plan["湖南省"])
    wait_for(qtbot, pane, "黑龙江省", "湖南省")
    own = sections_of(pane.indicators.model())["十四五 规划目标"]
    heilongjiang, hunan, difference = own["失业保险参保人数"]
    assert heilongjiang.splitlines()[0].endswith("→ 330") and hunan.splitlines()[0].endswith("→ 745")
    assert "湖南省高 415" in difference
    assert own["补充养老保险基金规模"][0] == "未列此指标"


def test_prose_targets_stand_against_a_completion_table(window, qtbot, engine):
    plan = ids(engine)
    pane = window.open_comparison(plan["河南省"], plan["湖南省"])
    wait_for(qtbot, pane, "河南省", "湖南省")
    model = pane.indicators.model()
    sections = sections_of(model)
    assert list(sections) == ["十三五 目标与完成情况"]
    henan, hunan, _ = sections["十三五 目标与完成情况"]["城镇新增就业"]  # the row as 河南's text names it
    assert henan.startswith("500万人") and "据正文" in henan and hunan.startswith("目标 350 · 完成 385")
    henan, hunan, difference = sections["十三五 目标与完成情况"]["城镇职工基本养老保险参保人数"]
    assert "河南省高 660 万人" in difference
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "城镇新增就业")
    tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert "见于正文" in tip and "原文第" in tip  # the sentence, with its line
    assert model.data(model.index(row, 1), Qt.ItemDataRole.FontRole).italic()


def test_four_plans_side_by_side(window, qtbot, engine):
    plan = ids(engine)
    chosen = [plan[p] for p in ("黑龙江省", "湖南省", "湖北省", "辽宁省")]
    pane = window.open_comparison(*chosen)
    wait_for(qtbot, pane, "黑龙江省", "湖南省", "湖北省", "辽宁省")
    model = pane.indicators.model()
    assert model.columnCount() == 6
    insured = sections_of(model)["十四五 规划目标"]["失业保险参保人数"]
    assert len(insured) == 5 and insured[-1] == "目标：最高 湖南省 745，最低 黑龙江省 330，相差 415 万人（+125.8%）"


def test_tooltips_name_the_printed_column_year_role_and_line(window, qtbot, engine):
    plan = ids(engine)
    pane = window.open_comparison(plan["黑龙江省"], plan["湖南省"])
    wait_for(qtbot, pane, "黑龙江省", "湖南省")
    model = pane.indicators.model()
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "城镇新增就业人数")
    tip = model.data(model.index(row, 2), Qt.ItemDataRole.ToolTipRole)
    assert "基期 385：印于“2020年”（2020年）" in tip and "原文第" in tip


def test_programmes_pair_by_content_and_diff_only_a_region_with_itself(window, qtbot, engine):
    plan = ids(engine)
    pane = window.open_comparison(plan["湖南省"], plan["湖北省"])
    wait_for(qtbot, pane, "湖南省", "湖北省")
    pairs = pane.pairs.model()
    row = next(r for r in range(pairs.rowCount()) if pairs.data(pairs.index(r, 0)) == "专栏3 就业创业提升行动计划")
    assert pairs.data(pairs.index(row, 1)) == "专栏3 促进就业工程"
    pane.pairs.setCurrentIndex(pairs.index(row, 0))
    assert pane.left_text.toPlainText() == "" and "content" in pane.diff_note.text() or "内容" in pane.diff_note.text()


def test_comparison_tab_and_its_plans_survive_a_restart(qtbot, engine, settings, window):
    from app.ui.main_window import MainWindow
    plan = ids(engine)
    pane = window.open_comparison(plan["湖北省"], plan["辽宁省"], plan["湖南省"])
    wait_for(qtbot, pane, "湖北省", "辽宁省", "湖南省")
    window.close()
    again = MainWindow(PlanLibrary(engine), settings, db_label="test")
    qtbot.addWidget(again)
    restored = again.tabs.widget(again.tabs.count() - 1)
    assert restored.plan_ids == (plan["湖北省"], plan["辽宁省"], plan["湖南省"])


def test_a_corrected_match_moves_the_row_in_the_comparison(window, qtbot, engine):
    from app.queries import indicator_tables
    from app.ui.corrections import NONE_LABEL, choices, correct_indicator_key
    plan = ids(engine)
    row = next(r for t in indicator_tables(engine, plan["湖南省"]) for r in t.rows if r.name == "高技能人才总量")
    assert correct_indicator_key(window, window.library, plan["湖南省"], row, pick=NONE_LABEL) == (None, True)
    pane = window.open_comparison(plan["黑龙江省"], plan["湖南省"])
    wait_for(qtbot, pane, "黑龙江省", "湖南省")
    completion = next(s for s in pane.comparison.sections if s.kind == "completion")
    (high,) = [r for r in completion.rows if r.key == "high_skilled_total"]
    assert high.values[1] is None and Mark.NOT_LISTED in high.plan_marks[1]  # Hunan's row is its own now
    key = next(label for label, k in choices() if k == "high_skilled_total")
    assert correct_indicator_key(window, window.library, plan["湖南省"], row, pick=key) == ("high_skilled_total", True)


def test_the_indicator_across_plans_table_sorts_by_target(window, qtbot):
    tab = window.open_chart()
    tab.kind.setCurrentIndex(tab.kind.findData("across"))
    tab.group.setCurrentIndex(tab.group.findData("urban_new_jobs"))
    model = tab.across_table.model()
    assert tab.across_table.isVisible() and model.rowCount() > 4
    figures = [model.index(r, FIGURE_COLUMN).data() for r in range(model.rowCount())]
    roles = [model.index(r, 2).data() for r in range(model.rowCount())]
    targets = [f for f, role in zip(figures, roles) if role == "目标"]
    assert roles[:len(targets)] == ["目标"] * len(targets)  # the targets first, largest first
    model.sort(FIGURE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 2).data() for r in range(len(targets))] == ["目标"] * len(targets)


def _shot(window, name):
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / name))


def test_a_comparison_fits_an_office_screen_with_tree_and_legend(window, qtbot, engine):
    plan = ids(engine)
    window.resize(1366, 768)
    open_path(window, "湖南省", "湖南省")
    pane = window.open_comparison(plan["湖南省"], plan["湖北省"])
    wait_for(qtbot, pane, "湖南省", "湖北省")
    qtbot.waitUntil(lambda: pane.indicators.isVisible())
    assert window.tree.width() >= 200  # the tree keeps a usable width
    assert not pane.indicators.horizontalScrollBar().isVisible()  # no sideways scrolling
    assert pane.legend.isVisible() and Mark.NOT_LISTED.zh in pane.legend.text().replace("\u2060", "")
    _shot(window, "compare-1366x768-zh.png")


def test_a_third_plan_is_added_from_the_plus_button(window, qtbot, engine):
    plan = ids(engine)
    pane = window.open_comparison(plan["湖南省"], plan["湖北省"])
    wait_for(qtbot, pane, "湖南省", "湖北省")
    third = pane.pickers[2]
    assert third.isHidden() and pane.add_plan.isEnabled()  # two plans: no empty third box in the way
    qtbot.mouseClick(pane.add_plan, Qt.MouseButton.LeftButton)
    third.hidePopup()
    assert not third.isHidden()
    third.setCurrentIndex(third.findData(plan["辽宁省"]))
    wait_for(qtbot, pane, "湖南省", "湖北省", "辽宁省")
    assert pane.indicators.model().columnCount() == 5


def test_each_mark_is_explained_where_the_cell_is_read(window, qtbot, engine):
    plan = ids(engine)
    pane = window.open_comparison(plan["湖南省"], plan["湖北省"])
    wait_for(qtbot, pane, "湖南省", "湖北省")
    assert Mark.NOT_LISTED.explain_zh in pane.legend.toolTip()  # the legend line keeps its meanings at hand
    model = pane.indicators.model()
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "城镇新增就业人数")
    pane.indicators.setCurrentIndex(model.index(row, 3))
    shown = pane.details.toPlainText()
    assert "湖南省" in shown and "湖北省" in shown and Mark.DIFFERENT_CUMULATIVE.explain_zh in shown


def test_plans_with_no_period_in_common_say_so(window, qtbot, engine):
    plan = ids(engine)
    pane = window.open_comparison(plan["河南省"], plan["辽宁省"])
    wait_for(qtbot, pane, "河南省", "辽宁省")
    assert pane.indicators.model().rowCount() == 0
    assert "no period in common" in pane.status.text() or "没有共同" in pane.status.text()


def test_in_english_the_comparisons_own_words_are_english_and_the_plans_text_stays_as_printed(qtbot, engine,
                                                                                               settings):
    """A researcher reading in English: headings, 'not listed', roles, differences and tooltips
    in English; indicator names, province names, units and printed figures are data, untranslated."""
    from app.ui.app import make_application
    from app.ui.main_window import MainWindow
    settings.set_text("ui/language", "en")
    make_application("en", settings)
    window = MainWindow(PlanLibrary(engine), settings, db_label="test")
    qtbot.addWidget(window)
    window.show()
    plan = ids(engine)
    pane = window.open_comparison(plan["黑龙江省"], plan["湖南省"])
    wait_for(qtbot, pane, "黑龙江省", "湖南省")
    model = pane.indicators.model()
    sections = sections_of(model)
    heading = next(h for h in sections if h.startswith("14th Five-Year Plan"))
    own = sections[heading]
    heilongjiang, hunan, difference = own["失业保险参保人数"]
    assert heilongjiang.splitlines()[0].endswith("→ 330") and hunan.splitlines()[0].endswith("→ 745")
    assert difference.startswith("Targets: 湖南省 higher by 415 万人 (+125.8%)")
    assert own["补充养老保险基金规模"][0] == "not listed"
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "城镇新增就业人数")
    tip = model.data(model.index(row, 2), Qt.ItemDataRole.ToolTipRole)
    assert "baseline 385: printed under “2020年” (2020)" in tip and "source line" in tip
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in difference.replace("湖南省", "").replace("万人", ""))
    make_application("zh_CN", settings)  # the next test's window speaks Chinese again
