"""File → Import… and drag-and-drop: read each file off the GUI thread, preview, save.

One file at a time: read and parse in the background (progress dialog with Cancel),
show the preview, then save in the background (backups before and after, one
transaction). At the end one summary says what was imported, what was already there and
what was refused and why. The window stays responsive throughout. Reading runs within
the limits in settings.ini ([import] max_pages, max_seconds ...; app.ingest.budget): the
dialog shows the pages read, and Cancel stops the reading itself, not only its result.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from app.service import (DEFAULT_MAX_BYTES, LIMITS, SUPPORTED_SUFFIXES, ImportRefused, Limits, PlanLibrary,
                         check_limit)
from app.ui.import_dialog import CANCEL_ALL, IMPORT, SKIP, ImportPreviewDialog
from app.ui.import_messages import refusal_text
from app.ui.workers import LatestOnlyRunner, ProgressBridge

DEFAULT_MAX_MB = DEFAULT_MAX_BYTES / 1e6
MAX_MB_SETTING = "import/max_megabytes"


# lupdate finds translate("Context", "literal") calls; a one-argument wrapper would hide them.
translate = QCoreApplication.translate


@dataclass
class ImportReport:
    """What happened to each file, for the summary and for tests."""

    imported: list[tuple[str, int]] = field(default_factory=list)  # (file name, plan id)
    already: list[tuple[str, int]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # full user-facing texts
    skipped: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [translate("ImportFlow", "Imported: {name} (plan {id})").format(name=n, id=i)
                 for n, i in self.imported]
        already = translate("ImportFlow", "Already in the library: {name} (plan {id}); not imported again")
        parts += [already.format(name=n, id=i) for n, i in self.already]
        parts += [translate("ImportFlow", "Not imported: {text}").format(text=text) for text in self.refused]
        parts += [translate("ImportFlow", "Skipped: {name}").format(name=n) for n in self.skipped]
        parts += [translate("ImportFlow", "Cancelled: {name}").format(name=n) for n in self.cancelled]
        return "\n".join(parts)


def ask_with_dialog(parent, candidate, preview: PlanLibrary, plan_id: int, remaining: int) -> tuple[str, dict]:
    dialog = ImportPreviewDialog(candidate, preview, plan_id, remaining, parent)
    dialog.exec()
    return dialog.choice, dialog.corrections()


class ImportFlow(QObject):
    """Imports `files` into the library's user database, one by one; dialogs under `parent`."""

    finished = Signal(object)  # ImportReport

    def __init__(self, library: PlanLibrary, settings, files: list[Path], ask=ask_with_dialog, parent=None):
        super().__init__(parent)
        self.library, self.ask, self.report = library, ask, ImportReport()
        self.parent_widget = parent
        self.queue, self.total = list(files), len(files)
        self.max_bytes = int(settings.integer(MAX_MB_SETTING, DEFAULT_MAX_MB) * 1e6)
        self.limits = limits_from(settings)
        self._cancel = threading.Event()  # tells the reading in progress to stop
        self.bridge = ProgressBridge(self)
        self.bridge.progressed.connect(self._on_progress)
        self.runner = LatestOnlyRunner(self)
        self.runner.finished.connect(self._on_result)
        self.runner.failed.connect(self._on_failure)
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(translate("ImportFlow", "Importing plans"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setRange(0, self.total)
        self.progress.setMinimumDuration(300)  # quick imports never flash a dialog
        self.progress.canceled.connect(self.cancel)
        self._current: Path | None = None
        self._stage = ""

    def start(self) -> None:
        self._next()

    def cancel(self) -> None:
        """Stop the file being read (nothing was saved) and drop everything after it."""
        self._cancel.set()
        self.runner.cancel()
        if self._stage == "read" and self._current is not None:
            self.report.cancelled.append(self._current.name)
        self.report.cancelled += [p.name for p in self.queue]
        self.queue = []
        self._finish()

    # -- steps ----------------------------------------------------------------
    def _next(self) -> None:
        if not self.queue:
            self._finish()
            return
        self._current = self.queue.pop(0)
        self._stage = "read"
        done = self.total - len(self.queue) - 1
        self.progress.setValue(done)
        self.progress.setLabelText(translate("ImportFlow", "Reading {name} ({i} of {n})…").format(
            name=self._current.name, i=done + 1, n=self.total))
        library, path, limit = self.library, self._current, self.max_bytes
        options = {"limits": self.limits, "cancel": self._cancel, "progress": self.bridge.report}
        self.runner.submit(lambda: _read(path, library, limit, options))

    def _on_progress(self, done: int, total: int, what: str) -> None:
        if self._stage == "read" and self._current is not None and what == "pages":
            self.progress.setLabelText(translate("ImportFlow", "Reading {name}: page {page} of {pages}…").format(
                name=self._current.name, page=done + 1, pages=total))

    def _on_result(self, result) -> None:
        if self._stage == "save" and not isinstance(result, ImportRefused):
            self._saved(result)
        elif isinstance(result, ImportRefused):
            self.report.refused.append(refusal_text(self._current_name(), result.kind, str(result)))
            self._next()
        else:
            self._preview(*result)

    def _on_failure(self, message: str) -> None:  # anything unexpected: said, never lost
        kind = "save_failed" if self._stage == "save" else "unreadable"
        self.report.refused.append(refusal_text(self._current_name(), kind, message))
        self._next()

    def _preview(self, candidate, preview: PlanLibrary | None, plan_id) -> None:
        self._stage = "preview"
        if candidate.existing_plan_id is not None or preview is None:
            self.report.already.append((candidate.path.name, candidate.existing_plan_id))
            self._next()
            return
        choice, corrections = self.ask(self.parent_widget, candidate, preview, plan_id, len(self.queue))
        preview.close()
        if choice == CANCEL_ALL:
            self.report.cancelled.append(candidate.path.name)
            self.cancel()
        elif choice == SKIP:
            self.report.skipped.append(candidate.path.name)
            self._next()
        elif choice == IMPORT:
            self._save(candidate, corrections)

    def _save(self, candidate, corrections: dict) -> None:
        try:
            self.library.user_engine()  # opened (or created) here, on the GUI thread, not by the worker
        except Exception as exc:  # damaged or unwritable user database: say so, save nothing
            self.report.refused.append(refusal_text(candidate.path.name, "unreadable", str(exc)))
            self._next()
            return
        self._stage = "save"
        self.progress.setLabelText(translate("ImportFlow", "Saving {name}…").format(name=candidate.path.name))
        library = self.library
        self.runner.submit(lambda: _save(library, candidate, corrections))

    def _saved(self, plan_id: int) -> None:
        self.report.imported.append((self._current_name(), plan_id))
        self._next()

    def _current_name(self) -> str:
        # Results and failures come only from jobs submitted for the file _next() started.
        assert self._current is not None
        return self._current.name

    def _finish(self) -> None:
        self._stage = "done"
        self.progress.reset()
        self.progress.close()
        self.finished.emit(self.report)


def limits_from(settings) -> Limits:
    """The reading limits: max_NAME under [import] in settings.ini where sound, else the defaults."""
    values = {}
    for name in LIMITS:
        value = settings.integer(f"import/max_{name}", 0)
        try:
            check_limit(name, value)
        except ValueError:
            continue
        values[name] = value
    return Limits().with_values(values)


def _read(path: Path, library: PlanLibrary, max_bytes: int, options: dict):
    """Background step: the candidate and its preview library, or the refusal."""
    try:
        candidate = library.read_candidate(path, max_bytes, **options)
    except ImportRefused as refused:
        return refused
    if candidate.existing_plan_id is not None:
        return candidate, None, 0
    preview, plan_id = library.preview(candidate)
    return candidate, preview, plan_id


def _save(library: PlanLibrary, candidate, corrections: dict):
    """Background step: the stored plan's id, or a refusal that says why in words."""
    from sqlalchemy.exc import SQLAlchemyError

    from app.service import BackupFailed, DatabaseBusy, PlanDatabaseError, database_error_message
    try:
        return library.save(candidate, allow_unstructured=True, **corrections)
    except DatabaseBusy as exc:
        return ImportRefused(str(exc), "busy")
    except (BackupFailed, PlanDatabaseError) as exc:
        return ImportRefused(str(exc), "save_failed")
    except SQLAlchemyError as exc:
        return ImportRefused(database_error_message(exc), "save_failed")


def choose_files(parent, settings) -> list[Path]:
    patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
    files, _ = QFileDialog.getOpenFileNames(
        parent, translate("ImportFlow", "Import Plans"), settings.text("import/last_folder", str(Path.home())),
        translate("ImportFlow", "Plan documents ({patterns});;All files (*)").format(patterns=patterns))
    if files:
        settings.set_text("import/last_folder", str(Path(files[0]).parent))
    return [Path(f) for f in files]


def show_summary(parent, report: ImportReport) -> QMessageBox:
    """A non-blocking message box: the window stays usable while it is open."""
    icon = QMessageBox.Icon.Warning if report.refused else QMessageBox.Icon.Information
    text = report.summary() or translate("ImportFlow", "Nothing was imported.")
    box = QMessageBox(icon, translate("ImportFlow", "Import finished"), text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
