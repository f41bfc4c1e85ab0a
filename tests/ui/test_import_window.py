"""File → Import… in the real window: preview, save, see the plan beside the bundled ones,
refusals said in words, cancel, drag-and-drop, removal, and recovery of a damaged database."""
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.db.library import USER_ID_BASE, Library
from app.db.userdb import list_backups
from app.queries import list_plans
from app.ui.import_dialog import CANCEL_ALL, IMPORT, SKIP, ImportPreviewDialog
from app.ui.import_messages import headline
from app.ui.recovery import LATER, RESTORE, open_or_recover
from app.ui.tree_model import NODE_ROLE
from helpers import open_path

ROOT = Path(__file__).resolve().parents[2]
HUNAN = ROOT / "data" / "sources" / "002_89552002aea7bd13.txt"


def _builders():
    spec = importlib.util.spec_from_file_location("formats_builders", ROOT / "tests/formats/formats_builders.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def user_dir(tmp_path, monkeypatch):
    folder = tmp_path / "user-data"
    folder.mkdir()
    monkeypatch.setenv("PLAN_BROWSER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def received(tmp_path) -> Path:
    """The Hunan plan as an official receives it from elsewhere: re-saved in GB18030."""
    path = tmp_path / "湖南规划（转发）.txt"
    path.write_bytes(HUNAN.read_text(encoding="utf-8").encode("gb18030"))
    return path


def _run(qtbot, window, files, ask):
    flow = window.import_files(files, ask)
    with qtbot.waitSignal(flow.finished, timeout=30000) as done:
        pass
    return done.args[0] if done.args else flow.report


def _imported_nodes(window) -> list[tuple[str, str]]:
    model = window.tree_model
    found = []
    for row in range(model.rowCount()):
        province = model.index(row, 0)
        model.fetchMore(province)
        for r in range(model.rowCount(province)):
            index = model.index(r, 0, province)
            if index.data(NODE_ROLE).ref.id >= USER_ID_BASE:
                found.append((province.data(), index.data()))
    return found


def test_preview_shows_what_was_recognised_and_import_adds_the_plan(qtbot, window, user_dir, received, tmp_path):
    seen = {}

    def ask(parent, candidate, engine, plan_id, remaining):
        dialog = ImportPreviewDialog(candidate, engine, plan_id, remaining, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        seen["province"], seen["title"] = dialog.province.text(), dialog.title.text()
        seen["summary"] = dialog.summary.text()
        seen["tables"] = [view.model().rowCount() for view in dialog.tables.views]
        dialog.grab().save(str(tmp_path / "import-preview.png"))
        dialog.title.setText("湖南省规划（转发件）")
        return IMPORT, dialog.corrections()

    report = _run(qtbot, window, [received], ask)
    assert seen["province"] == "湖南省" and seen["title"].startswith("湖南省“十四五”")
    assert "5" in seen["summary"] and "15" in seen["summary"] and "26" in seen["summary"]  # chapters, sections, rows
    assert seen["tables"] and sum(seen["tables"]) >= 26
    assert [name for name, _ in report.imported] == [received.name]
    mark = QCoreApplication.translate("PlanTreeModel", "{label} · imported")
    mark = mark.format(label="十四五：湖南省规划（转发件）")
    assert _imported_nodes(window) == [("湖南省", mark)]
    node, _ = window.current_node()  # the new plan is selected, ready to read
    assert node.plan_id == report.imported[0][1]
    assert list_backups(user_dir / "user.sqlite")  # a backup was made before saving


def test_reimport_and_bad_files_are_reported_without_a_preview(qtbot, window, user_dir, received, tmp_path):
    _run(qtbot, window, [received], lambda *a: (IMPORT, {}))
    empty, picture = tmp_path / "空白.txt", tmp_path / "扫描件.pdf"
    empty.write_bytes(b"")
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(400))
    asked = []
    report = _run(qtbot, window, [received, empty, picture, HUNAN],
                  lambda *a: asked.append(a) or (IMPORT, {}))
    assert asked == []  # nothing new to preview
    assert [name for name, _ in report.already] == [received.name, HUNAN.name]
    assert len(report.refused) == 2
    assert headline("empty") in report.refused[0] and "空白.txt" in report.refused[0]
    assert headline("unsupported") in report.refused[1] and "PNG image" in report.refused[1]
    assert window.last_import_message.text() == report.summary()
    assert len(list_plans(window.library)) == 6


def test_skip_and_cancel_save_nothing_more(qtbot, window, user_dir, received, tmp_path):
    second = tmp_path / "second.txt"
    second.write_bytes(received.read_bytes() + b"\n")
    choices = iter([SKIP, CANCEL_ALL])
    report = _run(qtbot, window, [received, second], lambda *a: (next(choices), {}))
    assert report.skipped == [received.name] and report.cancelled == [second.name]
    assert report.imported == [] and len(list_plans(window.library)) == 5


def test_cancel_while_reading_drops_the_file(qtbot, window, user_dir, received):
    flow = window.import_files([received], lambda *a: (IMPORT, {}))
    with qtbot.waitSignal(flow.finished, timeout=30000):
        flow.progress.canceled.emit()  # the user presses Cancel while the file is being read
    assert flow.report.cancelled == [received.name] and flow.report.imported == []
    qtbot.wait(500)  # the background read finishes: its result must be dropped, not saved
    assert len(list_plans(window.library)) == 5


def test_structureless_text_is_offered_as_unstructured(qtbot, window, user_dir, tmp_path):
    notes = tmp_path / "会议纪要.txt"
    notes.write_text("关于就业工作的会议纪要\n会议讨论了高校毕业生就业。\n", encoding="utf-8")
    buttons = []

    def ask(parent, candidate, engine, plan_id, remaining):
        dialog = ImportPreviewDialog(candidate, engine, plan_id, remaining, parent)
        qtbot.addWidget(dialog)
        buttons.append(dialog.import_button.text())
        return IMPORT, dialog.corrections()

    report = _run(qtbot, window, [notes], ask)
    assert buttons == [ImportPreviewDialog.tr("Import as Unstructured Text")]
    assert len(report.imported) == 1


def test_files_dropped_on_the_window_are_imported(qtbot, window, user_dir, received):
    window.import_ask = lambda *a: (IMPORT, {})
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(received))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    with qtbot.waitSignal(window.import_flow.finished, timeout=30000):
        pass
    assert len(_imported_nodes(window)) == 1


def test_an_imported_plan_can_be_removed_but_a_bundled_one_cannot(qtbot, window, user_dir, received):
    report = _run(qtbot, window, [received], lambda *a: (IMPORT, {}))
    plan_id = report.imported[0][1]
    assert window.commands.remove.isEnabled()
    asked = []
    assert window.remove_current_plan(confirm=lambda w, plan: asked.append(plan.id) or True)
    assert asked == [plan_id] and _imported_nodes(window) == []
    assert not window.commands.remove.isEnabled()  # nothing selected any more
    open_path(window, "湖南省", "湖南省“十四五”")  # the bundled Hunan plan
    assert window.current_node()[0].plan_id == 3
    assert not window.commands.remove.isEnabled()
    assert not window.remove_current_plan(confirm=lambda w, plan: True)
    assert len(list_plans(window.library)) == 5



def test_a_removal_that_cannot_take_its_backup_says_so_and_keeps_the_plan(qtbot, window, user_dir, received):
    """No backup, no removal: the official reads why, and the plan is still there."""
    import shutil
    report = _run(qtbot, window, [received], lambda *a: (IMPORT, {}))
    backups = user_dir / "backups"
    shutil.rmtree(backups)
    backups.write_text("a file where the backup folder should be")
    assert not window.remove_current_plan(confirm=lambda w, plan: True)
    warning = window.last_removal_warning
    assert warning is not None and warning.isVisible()
    assert "no backup could be made" in warning.text() and "backups" in warning.text()
    warning.close()
    assert [plan.id for plan in list_plans(window.library) if plan.id == report.imported[0][1]]
    assert len(_imported_nodes(window)) == 1


def test_comparison_and_charts_offer_imported_plans_marked(qtbot, window, user_dir, received):
    report = _run(qtbot, window, [received], lambda *a: (IMPORT, {}))
    plan_id = report.imported[0][1]
    pane = window.open_comparison(3)  # the bundled Hunan plan on the left
    right = pane.pickers[1]
    labels = [right.itemText(i) for i in range(right.count())]
    mine = [label for label in labels if "imported" in label or "已导入" in label]
    assert len(mine) == 1
    right.setCurrentIndex(right.findData(plan_id))
    qtbot.waitUntil(lambda: pane.comparison is not None and pane.comparison.plans[1].id == plan_id, timeout=20000)
    same = [row for section in pane.comparison.sections for row in section.rows if all(row.values)]
    assert len(same) >= 10  # the same document: every keyed indicator lines up


def test_a_damaged_database_at_start_is_kept_and_the_backup_restored(qtbot, user_dir, received, engine, tmp_path):
    from app.db.imports import read_candidate, save_candidate
    from app.db.userdb import open_user_database
    path = user_dir / "user.sqlite"
    user = open_user_database(path)
    save_candidate(user, path, read_candidate(received))
    second = tmp_path / "second.txt"
    second.write_bytes(received.read_bytes() + b"\n")
    save_candidate(user, path, read_candidate(second))  # the backup after this one holds both
    user.dispose()
    path.write_bytes(b"\x00" * 8192)  # ruined by a disk fault
    assert open_or_recover(path, ask=lambda damage, backup: LATER, tell=lambda text: None) is None
    assert path.read_bytes() == b"\x00" * 8192  # "later" touches nothing
    told = []
    restored = open_or_recover(path, ask=lambda damage, backup: RESTORE, tell=told.append)
    kept = list(user_dir.glob("user.damaged-*.sqlite"))
    assert restored is not None and len(kept) == 1 and str(kept[0]) in told[0]
    assert kept[0].read_bytes() == b"\x00" * 8192  # the damaged file is kept as it was
    mine = [plan for plan in list_plans(Library(engine, restored)) if not plan.bundled]
    assert sorted(plan.source_file for plan in mine) == sorted([received.name, second.name])  # nothing lost
