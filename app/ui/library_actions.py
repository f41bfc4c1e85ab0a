"""Window commands that change the library: import files, remove an imported plan."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.service import PlanLibrary

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


def start_import(window, library: PlanLibrary, settings, files: list[Path] | None, ask=None) -> ImportFlow | None:
    """An import of `files` (asked for if None) under `window`, started; None if no file was chosen.

    `ask` shows the preview; by default the preview dialog.
    """
    # Imported here, not at start-up: the parser and the format readers cost ~0.2 s to import.
    from app.ui.import_flow import ImportFlow, ask_with_dialog, choose_files
    files = files if files is not None else choose_files(window, settings)
    if not files:
        return None
    flow = ImportFlow(library, settings, files, ask or ask_with_dialog, parent=window)
    flow.start()
    return flow


def remove_plan(parent, library: PlanLibrary, plan_id: int | None, confirm=None, warn=None):
    """Remove an imported plan once the user confirms; returns its summary, or None if
    nothing was removed (a bundled plan, the user said no, or it failed: then `warn` gets
    the sentence, and the library is as it was)."""
    from sqlalchemy.exc import SQLAlchemyError

    from app.service import BackupFailed, DatabaseBusy, PlanDatabaseError, database_error_message
    if not library.is_imported(plan_id):
        return None
    plan = library.plan(plan_id)
    confirm = confirm or _confirm_removal
    if plan is None or not confirm(parent, plan):
        return None
    try:
        removed = library.remove(plan_id)
    except (BackupFailed, DatabaseBusy, PlanDatabaseError) as exc:
        reason = str(exc)
    except (SQLAlchemyError, OSError) as exc:
        reason = database_error_message(exc)
    else:
        return plan if removed else None
    (warn or (lambda text: warning(parent, text)))(removal_failed_message(plan, reason))
    return None


def removal_failed_message(plan, reason: str) -> str:
    return translate("LibraryActions", "{label} was not removed: {reason}\n\nYour library is as it was."
                     ).format(label=plan.label, reason=reason)


def warning(parent, text: str) -> QMessageBox:
    """A non-blocking warning: open(), not exec(), so neither the window nor a test waits on it."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("LibraryActions", "Remove Imported Plan"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box


def only_imported_message() -> str:
    return translate("LibraryActions", "Only plans you imported can be removed.")


def removed_message(plan) -> str:
    return translate("LibraryActions", "Removed {label}. A backup was kept.").format(label=plan.label)


def _confirm_removal(parent, plan) -> bool:
    answer = QMessageBox.question(
        parent, translate("LibraryActions", "Remove Imported Plan"),
        translate("LibraryActions",
                  "Remove “{title}” ({label}) from your library?\n\nThe file you imported it from is not touched; "
                  "a backup of your database is kept.").format(title=plan.display_title, label=plan.label),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
