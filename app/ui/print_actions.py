"""File → Print / Export PDF / Export Excel for whatever the current tab shows."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from app.queries import get_plan, indicator_tables
from app.report.html import comparison_html, plan_tables_html
from app.report.workbook import write_plan_workbook
from app.ui.printing import page_layout, render, write_pdf
from app.ui.render_html import STYLE


def _t(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def printable(window) -> tuple[str, str, str, int | None] | None:
    """(html, footer, title, plan id) for the current tab, or None if it has nothing to print."""
    tab = window.tabs.currentWidget()
    if tab is None:
        return None
    comparison = getattr(tab, "comparison", None)
    if comparison is not None:
        footer = f"来源：{comparison.left.source_file}、{comparison.right.source_file}"
        return comparison_html(comparison), footer, _t("Comparison"), None
    plan = get_plan(window.engine, tab.plan_id) if getattr(tab, "plan_id", None) else None
    if plan is None:
        return None
    footer = f"来源：{plan.source_file}"
    if hasattr(tab, "views"):  # indicator tables
        tables = [view.source_model.table for view in tab.views]
        return plan_tables_html(plan, tables), footer, plan.display_title, plan.id
    if hasattr(tab, "toHtml") and not hasattr(tab, "show_line"):  # the section being read
        return STYLE + tab.toHtml(), footer, plan.display_title, plan.id
    return plan_tables_html(plan, list(indicator_tables(window.engine, plan.id))), footer, plan.display_title, plan.id


def _remember_layout(window, printer: QPrinter) -> None:
    layout = printer.pageLayout()
    window.settings.set_integer("print/landscape", int(layout.orientation() == layout.Orientation.Landscape))
    window.settings.set_integer("print/margin_mm", int(layout.margins().left()))


def _saved_layout(window):
    return page_layout(bool(window.settings.integer("print/landscape", 0)),
                       float(window.settings.integer("print/margin_mm", 15)))


def print_preview(window, exec_dialog: bool = True) -> QPrintPreviewDialog | None:
    """The print preview (its print button prints the same rendering); remembers the page setup."""
    content = printable(window)
    if content is None:
        window.statusBar().showMessage(_t("Nothing to print in this tab."), 5000)
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


def export_pdf(window, path: str | None = None) -> Path | None:
    content = printable(window)
    if content is None:
        return None
    html, footer, title, _ = content
    path = path or QFileDialog.getSaveFileName(window, _t("Export PDF"), f"{title}.pdf", "PDF (*.pdf)")[0]
    if not path:
        return None
    layout = _saved_layout(window)
    return _guarded(window, lambda: write_pdf(html, path, footer, title,
                                              layout.orientation() == layout.Orientation.Landscape), path)


def export_excel(window, path: str | None = None) -> Path | None:
    content = printable(window)
    if content is None or content[3] is None:
        window.statusBar().showMessage(_t("Open a plan's indicator tables to export them."), 5000)
        return None
    plan = get_plan(window.engine, content[3])
    path = path or QFileDialog.getSaveFileName(window, _t("Export Excel"), f"{plan.display_title}.xlsx",
                                               "Excel (*.xlsx)")[0]
    if not path:
        return None
    tables = list(indicator_tables(window.engine, plan.id))
    return _guarded(window, lambda: write_plan_workbook(plan, tables, path), path)


def _guarded(window, work, path: str) -> Path | None:
    """Run an export with a progress dialog; a failure says why and leaves no partial file."""
    progress = QProgressDialog(_t("Exporting…"), _t("Cancel"), 0, 0, window)
    progress.setMinimumDuration(300)
    try:
        work()
    except OSError as exc:
        QMessageBox.warning(window, _t("Export failed"),
                            _t("Could not write {path}:\n{reason}").format(path=path, reason=exc.strerror or exc))
        return None
    finally:
        progress.close()
    window.statusBar().showMessage(_t("Saved {path}").format(path=path), 8000)
    return Path(path)
