"""The real window, driven the way an official uses it."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.service import PlanLibrary
from app.ui.tabs import ReadingTab, SourceTab, TablesTab
from helpers import child_labels, find_child, open_path


def test_window_speaks_chinese_by_default(window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0].startswith("文件") and "帮助(&H)" in menus


def test_tree_shows_provinces_plans_and_lost_headings(window):
    assert child_labels(window, window.tree.rootIndex()) == ["河南省", "湖北省", "湖南省", "辽宁省", "黑龙江省"]
    plan = find_child(window, find_child(window, window.tree.rootIndex(), "辽宁省"), "辽宁省")
    labels = child_labels(window, plan)
    assert labels[0] == "主要指标" and "四、（标题缺失）" in labels


def test_selecting_a_section_shows_its_text_with_lines(window, qtbot):
    open_path(window, "黑龙江省", "黑龙江省", "三、", "（一）")
    tab = window.tabs.currentWidget()
    assert isinstance(tab, ReadingTab)
    text = tab.toPlainText()
    assert "强化就业优先政策" in text and "第 329 行" in text


def test_indicator_table_opens_and_traces_to_source_line(window, qtbot):
    open_path(window, "湖北省", "湖北省", "主要指标")
    tab = window.tabs.currentWidget()
    assert isinstance(tab, TablesTab) and len(tab.views) == 2
    view = tab.views[1]
    model = view.source_model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "城镇新增就业人数")
    view.line_requested.emit(model.data(model.index(row, 3), Qt.ItemDataRole.UserRole + 3))
    source = window.tabs.currentWidget()
    assert isinstance(source, SourceTab)
    # the number's own line in the source, not just the row's first line
    assert source.highlighted_text() == model.data(model.index(row, 3)) == "350"


def test_ctrl_c_copies_selected_cells(window, qtbot):
    open_path(window, "辽宁省", "辽宁省", "主要指标")
    view = window.tabs.currentWidget().views[0]
    view.selectRow(1)
    text = view.copy_selection()
    assert text.split("\t")[:3] == ["1", "城镇新增就业人数", "万人"]
    assert QGuiApplication.clipboard().text() == text


def test_search_finds_two_character_words_and_opens_the_place(window, qtbot):
    panel = window.search_panel
    panel.query.setText("社保")  # setText: keyClicks with Chinese aborts Qt offscreen
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    before = window.tabs.count()
    panel._activate(panel.model.index(0, 0))
    assert window.tabs.count() == before + 1
    assert "社保" in window.tabs.currentWidget().toPlainText()


def test_single_character_search(window, qtbot):
    panel = window.search_panel
    panel.query.setText("保")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)


def test_problem_click_opens_the_source_line(window, qtbot):
    open_path(window, "辽宁省", "辽宁省")
    assert window.problems.model.rowCount() >= 3
    with qtbot.waitSignal(window.problems.line_requested):
        window.problems._activate(window.problems.model.index(0, 0))
    assert isinstance(window.tabs.currentWidget(), SourceTab)


def test_text_size_shortcuts(window):
    size = window.text_size
    window.commands.bigger.trigger()
    assert window.text_size == size + 1
    window.commands.smaller.trigger()
    window.commands.smaller.trigger()
    assert window.text_size == size - 1
    assert window.commands.bigger.shortcut().toString() == "Ctrl+="


def test_filter_titles_finds_nodes_not_yet_expanded(qtbot, window):
    with qtbot.waitSignal(window.tree_filter.applied, timeout=10_000):
        window.filter.setText("零工市场")
    labels = []
    stack = [window.tree.rootIndex()]
    while stack:
        index = stack.pop()
        for row in range(window.tree_proxy.rowCount(index)):
            child = window.tree_proxy.index(row, 0, index)
            labels.append(child.data())
            stack.append(child)
    assert any("零工市场" in str(label) for label in labels)


def test_tabs_and_selection_survive_a_restart(qtbot, engine, settings, window):
    from app.ui.main_window import MainWindow
    open_path(window, "湖南省", "湖南省", "四、", "（一）")
    window.commands.new_tab.trigger()
    open_path(window, "湖南省", "湖南省", "主要指标")
    keys = [window.tabs.widget(i).key for i in range(window.tabs.count())]
    window.close()
    again = MainWindow(PlanLibrary(engine), settings, db_label="test")
    qtbot.addWidget(again)
    assert [again.tabs.widget(i).key for i in range(again.tabs.count())] == keys
    assert again.tree.currentIndex().data() == "主要指标"
    assert [again.tabs.tabText(i) for i in range(again.tabs.count())][-1] == "主要指标"  # a title, not a key


def test_screenshot(window, tmp_path):
    open_path(window, "湖北省", "湖北省", "主要指标")
    path = tmp_path / "window.png"
    assert window.grab().save(str(path)) and path.stat().st_size > 10_000


def test_source_and_chart_tabs_survive_a_restart(qtbot, engine, settings, window):
    from app.ui.main_window import MainWindow
    open_path(window, "湖南省", "湖南省")
    plan_id = window.current_node()[0].plan_id
    window.open_source(plan_id, 10)
    window.open_chart(plan_id)
    keys = [str(window.tabs.widget(i).key) for i in range(window.tabs.count())]
    assert f"source:{plan_id}" in keys and f"chart:{plan_id}" in keys
    window.close()
    again = MainWindow(PlanLibrary(engine), settings, db_label="test")
    qtbot.addWidget(again)
    assert [str(again.tabs.widget(i).key) for i in range(again.tabs.count())] == keys
    assert again.tabs.widget(keys.index(f"chart:{plan_id}")).plan_id == plan_id
