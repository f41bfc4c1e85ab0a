"""Window commands that change the library: import files, remove an imported plan."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QMessageBox

from app.service import UNKNOWN_PROVINCE, NodeKind, PlanLibrary, city_ref
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


def remove_plan(parent, library: PlanLibrary, plan_id: int | None, confirm=None):
    """Remove an imported plan once the user confirms; returns its summary, or None if
    nothing was removed (a bundled plan, or the user said no)."""
    if not library.is_imported(plan_id):
        return None
    plan = library.plan(plan_id)
    confirm = confirm or _confirm_removal
    if plan is None or not confirm(parent, plan):
        return None
    return plan if library.remove(plan_id) else None


def only_imported_message() -> str:
    return translate("LibraryActions", "Only plans you imported can be removed.")


def removed_message(plan) -> str:
    return translate("LibraryActions", "Removed {label}. A backup was kept.").format(label=plan.label)


def _confirm_removal(parent, plan) -> bool:
    answer = QMessageBox.question(
        parent, translate("LibraryActions", "Remove Imported Plan"),
        translate("LibraryActions", "Remove “{title}” ({label}) from your library?\n\nThe file you imported it from is not touched; "
           "a backup of your database is kept.").format(title=plan.display_title, label=plan.label),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def select_plan(window, plan_id: int) -> bool:
    """Select a plan's node in the tree (fetching its province), as after an import."""
    plan = window.library.plan(plan_id)
    if plan is None:
        return False
    model = window.tree_model
    parent = _child_with(model, QModelIndex(), NodeKind.PROVINCE, plan.province or UNKNOWN_PROVINCE)
    if plan.city and parent.isValid():  # a city's plan hangs under its city
        parent = _child_with(model, parent, NodeKind.CITY, city_ref(plan.province, plan.city).id)
    node = _child_with(model, parent, NodeKind.PLAN, plan_id) if parent.isValid() else QModelIndex()
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
