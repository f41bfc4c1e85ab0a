"""File → Print / Export PDF / Export Excel for whatever the current tab shows.

`PrintController` is given the library, the settings (the page setup is remembered), a
parent for its dialogs and a way to find the current tab; it reports through `status`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.safe_output import OutputRefused, PendingOutput
from app.service import PlanLibrary, labels
from app.ui.printing import page_layout, render, write_pdf
from app.ui.render_html import STYLE
from app.ui.workers import LatestOnlyRunner


# lupdate finds translate("Context", "literal") calls; a one-argument wrapper would hide them.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Printable:
    html: str
    footer: str
    title: str
    plan_id: int | None  # None for a comparison


class PrintController(QObject):
    status = Signal(str, int)  # a message for the status bar, and how long to show it (ms)

    def __init__(self, library: PlanLibrary, settings, parent: QWidget, current_tab: Callable[[], QWidget | None]):
        super().__init__(parent)
        self.library, self.settings, self.parent_widget, self.current_tab = library, settings, parent, current_tab

    def printable(self) -> Printable | None:
        """What the current tab prints, or None if it has nothing to print."""
        tab = self.current_tab()
        if tab is None:
            return None
        comparison = getattr(tab, "comparison", None)
        if comparison is not None:
            footer = labels.sources_line([plan.source_file for plan in comparison.plans])
            html = self.library.comparison_print_html(comparison, getattr(tab, "programmes", None))
            return Printable(html, footer, translate("Printing", "Comparison"), None)
        plan_id = getattr(tab, "plan_id", None)
        plan = self.library.plan(plan_id) if plan_id else None
        if plan is None:
            return None
        footer = labels.sources_line([plan.source_file])
        if hasattr(tab, "views"):  # indicator tables: the ones the tab shows
            tables = [view.source_model.table for view in tab.views]
            return Printable(self.library.plan_print_html(plan.id, tables), footer, plan.display_title, plan.id)
        if hasattr(tab, "toHtml") and not hasattr(tab, "show_line"):  # the section being read
            return Printable(STYLE + tab.toHtml(), footer, plan.display_title, plan.id)
        return Printable(self.library.plan_print_html(plan.id), footer, plan.display_title, plan.id)

    def _remember_layout(self, printer: QPrinter) -> None:
        layout = printer.pageLayout()
        self.settings.set_integer("print/landscape", int(layout.orientation() == layout.Orientation.Landscape))
        self.settings.set_integer("print/margin_mm", int(layout.margins().left()))
        self.settings.set_integer("print/page_size", int(layout.pageSize().id().value))

    def _saved_layout(self):
        layout = page_layout(bool(self.settings.integer("print/landscape", 0)),
                             float(self.settings.integer("print/margin_mm", 15)))
        size_id = self.settings.integer("print/page_size", -1)
        if size_id >= 0:
            layout.setPageSize(QPageSize(QPageSize.PageSizeId(size_id)))
        return layout

    def print_preview(self, exec_dialog: bool = True) -> QPrintPreviewDialog | None:
        """The print preview (its print button prints the same rendering); remembers the page setup."""
        content = self.printable()
        if content is None:
            self.status.emit(translate("Printing", "Nothing to print in this tab."), 5000)
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self._saved_layout())
        printer.setDocName(content.title)
        dialog = QPrintPreviewDialog(printer, self.parent_widget)
        dialog.paintRequested.connect(lambda device: render(content.html, device, content.footer))
        dialog.finished.connect(lambda _result: self._remember_layout(printer))
        if exec_dialog:
            dialog.exec()
        return dialog

    def export_pdf(self, path: str | None = None):
        """Export the current tab as PDF in the background; returns the running export (or None)."""
        content = self.printable()
        if content is None:
            return None
        path = path or QFileDialog.getSaveFileName(self.parent_widget, translate("Printing", "Export PDF"),
                                                   f"{content.title}.pdf", "PDF (*.pdf)")[0]
        if not path:
            return None
        layout = self._saved_layout()
        landscape = layout.orientation() == layout.Orientation.Landscape
        return self._export(lambda temp: write_pdf(content.html, temp, content.footer, content.title, landscape), path)

    def export_excel(self, path: str | None = None):
        comparison = getattr(self.current_tab(), "comparison", None)
        if comparison is not None:
            path = path or QFileDialog.getSaveFileName(self.parent_widget, translate("Printing", "Export Excel"),
                                                       "comparison.xlsx", "Excel (*.xlsx)")[0]
            return self._export(lambda temp: self.library.write_comparison_workbook(comparison, temp), path) \
                if path else None
        content = self.printable()
        if content is None or content.plan_id is None:
            self.status.emit(translate("Printing", "Open a plan's indicator tables to export them."), 5000)
            return None
        plan = self.library.plan(content.plan_id)
        path = path or QFileDialog.getSaveFileName(self.parent_widget, translate("Printing", "Export Excel"),
                                                   f"{plan.display_title}.xlsx", "Excel (*.xlsx)")[0]
        if not path:
            return None
        return self._export(lambda temp: self.library.write_plan_workbook(plan.id, temp), path)

    def _export(self, write, path: str) -> BackgroundExport:
        job = BackgroundExport(self.parent_widget, write, path)
        job.status.connect(self.status)
        job.start()
        return job


class BackgroundExport(QObject):
    """Writes to a temporary file off the GUI thread, with a progress dialog that can cancel.

    Only a finished, not cancelled export replaces the target file; a failure says why and
    leaves nothing half-written.
    """

    finished = Signal(object)  # the Path written, or None
    status = Signal(str, int)

    def __init__(self, parent: QWidget, write, path: str):
        super().__init__(parent)
        from app.ui.fonts import chinese_font_family
        chinese_font_family()  # resolve fonts on the GUI thread before the worker lays out text
        self.parent_widget, self.path, self.write = parent, Path(path), write
        self.cancelled = False
        self.result: Path | None = None
        self.error = ""

    def start(self) -> None:
        try:  # a folder, a device or a missing folder is refused before anything is written
            self.pending = PendingOutput(self.path)
        except OutputRefused as exc:
            self._fail(str(exc))
            return
        self.temp = self.pending.temp
        self.progress = QProgressDialog(translate("Printing", "Exporting…"), translate("Printing", "Cancel"), 0, 0,
                                        self.parent_widget)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.cancel)
        self.runner = LatestOnlyRunner(self)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._fail)
        self.runner.submit(lambda: self._write_in_background(self.write))

    def _write_in_background(self, write) -> None:
        write(str(self.temp))
        if self.cancelled:  # cancelled while writing: the late file is removed here
            self.pending.discard()

    def cancel(self) -> None:
        self.cancelled = True
        self.runner.cancel()
        self.pending.discard()
        self.status.emit(translate("Printing", "Export cancelled: nothing was saved."), 8000)
        self.finished.emit(None)

    def _close_progress(self) -> None:
        self.progress.canceled.disconnect(self.cancel)  # closing the dialog must not count as Cancel
        self.progress.close()

    def _done(self, _result) -> None:
        if self.cancelled:
            return
        self._close_progress()
        try:  # synced, then renamed over the target (a link is written through): as the CLI does
            self.pending.commit()
        except OutputRefused as exc:
            self._fail(str(exc))
            return
        self.result = self.path
        self.status.emit(translate("Printing", "Saved {path}").format(path=self.path), 8000)
        self.finished.emit(self.path)

    def _fail(self, reason: str) -> None:
        if hasattr(self, "progress") and self.progress.isVisible():
            self._close_progress()
        if hasattr(self, "pending"):
            self.pending.discard()
        self.error = translate("Printing", "Could not write {path}:\n{reason}").format(path=self.path, reason=reason)
        # open(), not exec(): the message must not block the window (or a test) in a nested loop
        self.message = QMessageBox(QMessageBox.Icon.Warning, translate("Printing", "Export failed"), self.error,
                                   QMessageBox.StandardButton.Ok, self.parent_widget)
        self.message.open()
        self.finished.emit(None)
