"""Window commands that change the library: import files, remove an imported plan."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QMessageBox

from app import paths
from app.db.library import is_user_id
from app.queries import get_plan
from app.queries.tree import CITY, PLAN, PROVINCE, UNKNOWN_PROVINCE, city_ref
from app.ui.tree_model import NODE_ROLE

if TYPE_CHECKING:
    from app.ui.import_flow import ImportFlow


# lupdate finds translate("Context", "literal") calls; a one-argument wrapper would hide them.
translate = QCoreApplication.translate


def dropped_files(mime) -> list[Path]:
    """Local files in a drag (folders and web links are not plans)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


def import_files(window, files: list[Path] | None = None, ask=None) -> ImportFlow | None:
    """Start importing (asks for files if none given); the flow reports when done.

    `ask` shows the preview; by default the dialog (`window.import_ask` may replace it).
    """
    # Imported here, not at start-up: the parser and the format readers cost ~0.2 s to import.
    from app.ui.import_flow import ImportFlow, ask_with_dialog, choose_files
    files = files if files is not None else choose_files(window)
    if not files:
        return None
    flow = ImportFlow(window, files, ask or getattr(window, "import_ask", ask_with_dialog))
    flow.finished.connect(lambda report: _after_import(window, report))
    window.import_flow = flow  # kept alive (and reachable by tests) until the next import
    flow.start()
    return flow


def _after_import(window, report) -> None:
    from app.ui.import_flow import show_summary
    last = report.imported[-1][1] if report.imported else None
    if report.imported:
        window.refresh_library(select_plan=last)
    show_summary(window, report)


def remove_current_plan(window, confirm=None) -> bool:
    """Remove the selected imported plan after the user confirms; bundled plans stay."""
    node, _ = window.current_node()
    plan_id = node.plan_id if node else None
    if not is_user_id(plan_id):
        window.statusBar().showMessage(translate("LibraryActions", "Only plans you imported can be removed."), 6000)
        return False
    plan = get_plan(window.library, plan_id)
    confirm = confirm or _confirm_removal
    if plan is None or not confirm(window, plan):
        return False
    from app.db.imports import remove_imported  # see import_files
    remove_imported(window.user_engine(), paths.user_db_path(), plan_id)
    _close_tabs_of(window, plan_id)
    window.refresh_library()
    window.statusBar().showMessage(translate("LibraryActions", "Removed {label}. A backup was kept.").format(label=plan.label), 8000)
    return True


def _confirm_removal(window, plan) -> bool:
    answer = QMessageBox.question(
        window, translate("LibraryActions", "Remove Imported Plan"),
        translate("LibraryActions", "Remove “{title}” ({label}) from your library?\n\nThe file you imported it from is not touched; "
           "a backup of your database is kept.").format(title=plan.display_title, label=plan.label),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def _close_tabs_of(window, plan_id: int) -> None:
    for index in reversed(range(window.tabs.count())):
        widget = window.tabs.widget(index)
        plans = {getattr(widget, "plan_id", None), *getattr(widget, "plan_ids", ())}
        if plan_id in plans:
            window.tabs.removeTab(index)
            widget.deleteLater()


def select_plan(window, plan_id: int) -> bool:
    """Select a plan's node in the tree (fetching its province), as after an import."""
    plan = get_plan(window.library, plan_id)
    if plan is None:
        return False
    model = window.tree_model
    parent = _child_with(model, QModelIndex(), PROVINCE, plan.province or UNKNOWN_PROVINCE)
    if plan.city and parent.isValid():  # a city's plan hangs under its city
        parent = _child_with(model, parent, CITY, city_ref(plan.province, plan.city).id)
    node = _child_with(model, parent, PLAN, plan_id) if parent.isValid() else QModelIndex()
    if not node.isValid():
        return False
    index = window.tree_proxy.mapFromSource(node)
    window.tree.expand(index.parent())
    window.tree.setCurrentIndex(index)
    window.tree.scrollTo(index)
    return True


def _child_with(model, parent: QModelIndex, kind: str, ref_id) -> QModelIndex:
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        ref = index.data(NODE_ROLE).ref
        if ref.kind == kind and ref.id == ref_id:
            return index
    return QModelIndex()
