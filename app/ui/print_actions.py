"""File → Print / Export PDF / Export Excel for whatever the current tab shows."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from app.queries import get_plan, indicator_tables
from app.queries.labels import sources_line
from app.report.html import comparison_html, plan_tables_html
from app.report.workbook import write_comparison_workbook, write_plan_workbook
from app.ui.printing import page_layout, render, write_pdf
from app.ui.render_html import STYLE
from app.ui.workers import LatestOnlyRunner


# lupdate finds translate("Context", "literal") calls; a one-argument wrapper would hide them.
translate = QCoreApplication.translate


def printable(window) -> tuple[str, str, str, int | None] | None:
    """(html, footer, title, plan id) for the current tab, or None if it has nothing to print."""
    tab = window.tabs.currentWidget()
    if tab is None:
        return None
    comparison = getattr(tab, "comparison", None)
    if comparison is not None:
        footer = sources_line([comparison.left.source_file, comparison.right.source_file])
        return comparison_html(comparison), footer, translate("Printing", "Comparison"), None
    plan = get_plan(window.library, tab.plan_id) if getattr(tab, "plan_id", None) else None
    if plan is None:
        return None
    footer = sources_line([plan.source_file])
    if hasattr(tab, "views"):  # indicator tables
        tables = [view.source_model.table for view in tab.views]
        return plan_tables_html(plan, tables), footer, plan.display_title, plan.id
    if hasattr(tab, "toHtml") and not hasattr(tab, "show_line"):  # the section being read
        return STYLE + tab.toHtml(), footer, plan.display_title, plan.id
    return plan_tables_html(plan, list(indicator_tables(window.library, plan.id))), footer, plan.display_title, plan.id


def _remember_layout(window, printer: QPrinter) -> None:
    layout = printer.pageLayout()
    window.settings.set_integer("print/landscape", int(layout.orientation() == layout.Orientation.Landscape))
    window.settings.set_integer("print/margin_mm", int(layout.margins().left()))
    window.settings.set_integer("print/page_size", int(layout.pageSize().id().value))


def _saved_layout(window):
    layout = page_layout(bool(window.settings.integer("print/landscape", 0)),
                         float(window.settings.integer("print/margin_mm", 15)))
    size_id = window.settings.integer("print/page_size", -1)
    if size_id >= 0:
        layout.setPageSize(QPageSize(QPageSize.PageSizeId(size_id)))
    return layout


def print_preview(window, exec_dialog: bool = True) -> QPrintPreviewDialog | None:
    """The print preview (its print button prints the same rendering); remembers the page setup."""
    content = printable(window)
    if content is None:
        window.statusBar().showMessage(translate("Printing", "Nothing to print in this tab."), 5000)
        return None
    html, footer, title, _ = content
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_saved_layout(window))
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.paintRequested.connect(lambda device: render(html, device, footer))
    dialog.finished.connect(lambda _result: _remember_layout(window, printer))
    if exec_dialog:
        dialog.exec()
    return dialog


def export_pdf(window, path: str | None = None):
    """Export the current tab as PDF in the background; returns the running export (or None)."""
    content = printable(window)
    if content is None:
        return None
    html, footer, title, _ = content
    path = path or QFileDialog.getSaveFileName(window, translate("Printing", "Export PDF"), f"{title}.pdf", "PDF (*.pdf)")[0]
    if not path:
        return None
    layout = _saved_layout(window)
    landscape = layout.orientation() == layout.Orientation.Landscape
    return BackgroundExport(window, lambda temp: write_pdf(html, temp, footer, title, landscape), path)


def export_excel(window, path: str | None = None):
    comparison = getattr(window.tabs.currentWidget(), "comparison", None)
    if comparison is not None:
        path = path or QFileDialog.getSaveFileName(window, translate("Printing", "Export Excel"), "comparison.xlsx", "Excel (*.xlsx)")[0]
        return BackgroundExport(window, lambda temp: write_comparison_workbook(comparison, temp), path) if path else None
    content = printable(window)
    if content is None or content[3] is None:
        window.statusBar().showMessage(translate("Printing", "Open a plan's indicator tables to export them."), 5000)
        return None
    plan = get_plan(window.library, content[3])
    path = path or QFileDialog.getSaveFileName(window, translate("Printing", "Export Excel"), f"{plan.display_title}.xlsx",
                                               "Excel (*.xlsx)")[0]
    if not path:
        return None
    tables = list(indicator_tables(window.library, plan.id))
    return BackgroundExport(window, lambda temp: write_plan_workbook(plan, tables, temp), path)


class BackgroundExport(QObject):
    """Writes to a temporary file off the GUI thread, with a progress dialog that can cancel.

    Only a finished, not cancelled export replaces the target file; a failure says why and
    leaves nothing half-written.
    """

    finished = Signal(object)  # the Path written, or None

    def __init__(self, window, write, path: str):
        super().__init__(window)
        from app.ui.app import chinese_font_family
        chinese_font_family()  # resolve fonts on the GUI thread before the worker lays out text
        self.window, self.path = window, Path(path)
        self.cancelled = False
        self.result: Path | None = None
        self.error = ""
        if not self.path.parent.is_dir():
            self._fail(translate("Printing", "the folder does not exist"))
            return
        self.temp = self.path.with_name(f".{self.path.name}.part")
        self.progress = QProgressDialog(translate("Printing", "Exporting…"), translate("Printing", "Cancel"), 0, 0, window)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.cancel)
        self.runner = LatestOnlyRunner(self)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._fail)
        self.runner.submit(lambda: self._write_in_background(write))

    def _write_in_background(self, write) -> None:
        write(str(self.temp))
        if self.cancelled:  # cancelled while writing: the late file is removed here
            self.temp.unlink(missing_ok=True)

    def cancel(self) -> None:
        self.cancelled = True
        self.runner.cancel()
        self.temp.unlink(missing_ok=True)
        self.window.statusBar().showMessage(translate("Printing", "Export cancelled: nothing was saved."), 8000)
        self.finished.emit(None)

    def _close_progress(self) -> None:
        self.progress.canceled.disconnect(self.cancel)  # closing the dialog must not count as Cancel
        self.progress.close()

    def _done(self, _result) -> None:
        if self.cancelled:
            return
        self._close_progress()
        try:
            os.replace(self.temp, self.path)
        except OSError as exc:
            self._fail(exc.strerror or repr(exc))
            return
        self.result = self.path
        self.window.statusBar().showMessage(translate("Printing", "Saved {path}").format(path=self.path), 8000)
        self.finished.emit(self.path)

    def _fail(self, reason: str) -> None:
        if hasattr(self, "progress") and self.progress.isVisible():
            self._close_progress()
        if hasattr(self, "temp"):
            self.temp.unlink(missing_ok=True)
        self.error = translate("Printing", "Could not write {path}:\n{reason}").format(path=self.path, reason=reason)
        # open(), not exec(): the message must not block the window (or a test) in a nested loop
        self.message = QMessageBox(QMessageBox.Icon.Warning, translate("Printing", "Export failed"), self.error,
                                   QMessageBox.StandardButton.Ok, self.window)
        self.message.open()
        self.finished.emit(None)
