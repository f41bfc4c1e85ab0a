"""A city's plan and a partly understood document, imported in the real window: the tree
shows 省 → 市 → plan, the preview's reading report says how much was understood and lists
what was not, and a table laid out by a PDF copy or a web page's rowspan is previewed as it
will be stored.  SCREENSHOT_DIR=folder keeps the pictures for a person to look at."""
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget

from app.queries.tree import CITY, PLAN
from app.ui.import_dialog import IMPORT, ImportPreviewDialog
from app.ui.tree_model import NODE_ROLE

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture
def user_dir(tmp_path, monkeypatch):
    folder = tmp_path / "user-data"
    folder.mkdir()
    monkeypatch.setenv("PLAN_BROWSER_DATA_DIR", str(folder))
    return folder


def _shot(widget, name: str, tmp_path) -> None:
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / name))


def _import(qtbot, window, path: Path, look):
    def ask(parent, candidate, engine, plan_id, remaining):
        dialog = ImportPreviewDialog(candidate, engine, plan_id, remaining, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        look(dialog)
        return IMPORT, dialog.corrections()

    flow = window.import_files([path], ask)
    with qtbot.waitSignal(flow.finished, timeout=60000):
        pass
    return flow


def _tab_titles(dialog) -> list[str]:
    tabs = dialog.findChild(QTabWidget)
    return [tabs.tabText(k) for k in range(tabs.count())]


def test_a_city_plan_is_shown_under_its_city_under_its_province(qtbot, window, user_dir, tmp_path):
    source = tmp_path / "绵阳市规划.txt"
    shutil.copy(CORPUS / "s08_mianyang_web.txt", source)
    seen = {}
    _import(qtbot, window, source, lambda d: seen.update(city=[lbl.text() for lbl in d.findChildren(type(d.summary))]))
    assert "绵阳市" in seen["city"]
    node, _ = window.current_node()
    index = window.tree.currentIndex()
    city = index.parent()
    assert node.ref.kind == PLAN
    assert (city.data(NODE_ROLE).ref.kind, city.data()) == (CITY, "绵阳市")
    assert city.parent().data() == "四川省"
    window.tree.expand(city)
    _shot(window, "tree-city-plan.png", tmp_path)


def test_the_preview_says_how_much_of_a_document_was_understood(qtbot, window, user_dir, tmp_path):
    source = tmp_path / "苏州规划.txt"
    shutil.copy(CORPUS / "t03_suzhou_pipes.txt", source)  # its 专栏4 is garbled beyond reading
    seen = {}

    def look(dialog):
        seen["tabs"] = _tab_titles(dialog)
        seen["summary"] = dialog.reading.summary.text()
        seen["lines"] = dialog.reading.unplaced.toPlainText()
        seen["report"] = dialog.candidate.parsed.reading
        dialog.findChild(QTabWidget).setCurrentWidget(dialog.reading)
        _shot(dialog, "preview-reading-report.png", tmp_path)

    _import(qtbot, window, source, look)
    report = seen["report"]
    share = f"{report.recognised_share:.0%}"
    assert seen["tabs"][0] in (f"阅读报告（已识别 {share}）", f"Reading report ({share} recognised)")
    assert 0.8 < report.recognised_share < 1 and share in seen["summary"]
    listed = seen["lines"].splitlines()
    assert len(listed) == len(report.unplaced_lines) >= 4  # the garbled 专栏4: heading and rows
    assert "85" in listed[0] and "专栏4" in listed[0]


@pytest.mark.parametrize("name, rows", [("t09_gansu_norules.pdf", 24), ("t10_chengdu_web.html", 20)])
def test_tables_from_a_pdf_layout_and_a_rowspan_page_preview_as_stored(qtbot, window, user_dir, tmp_path,
                                                                       name, rows):
    source = tmp_path / name
    shutil.copy(CORPUS / name, source)
    seen = {}

    def look(dialog):
        dialog.findChild(QTabWidget).setCurrentWidget(dialog.tables)
        seen["rows"] = sum(view.model().rowCount() for view in dialog.tables.views)
        _shot(dialog, f"preview-{name}.png", tmp_path)

    _import(qtbot, window, source, look)
    assert seen["rows"] >= rows
