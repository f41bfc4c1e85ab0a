"""The widgets that live in the reading area's tabs. Each knows its key (app.ui.tab_keys), plan and title."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QScrollArea, QTableView,
                               QTextBrowser, QVBoxLayout, QWidget)

from app.service import IndicatorTable
from app.ui.indicator_table_model import LINE_ROLE, SORT_ROLE, IndicatorTableModel
from app.ui.source_view import SourceView
from app.ui.tab_keys import TabKey


class ReadingTab(QTextBrowser):
    """Text of a chapter, section or box, exactly as printed; 'line:N' links open the source."""

    line_requested = Signal(int)

    def __init__(self, key: TabKey, plan_id: int | None, title: str, parent=None):
        super().__init__(parent)
        self.key, self.plan_id, self.title = key, plan_id, title
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_link)

    def _on_link(self, url) -> None:
        text = url.toString()
        if text.startswith("line:"):
            self.line_requested.emit(int(text.split(":", 1)[1]))


class SourceTab(SourceView):
    def __init__(self, key: TabKey, plan_id: int, text: str, source_file: str, parent=None):
        super().__init__(text, source_file, parent)
        self.key, self.plan_id, self.title = key, plan_id, source_file


class IndicatorTableView(QTableView):
    """One indicator table: sortable, Ctrl+C copies cells as tab-separated text."""

    line_requested = Signal(int)
    correction_requested = Signal(object)  # IndicatorRowView

    def __init__(self, table: IndicatorTable, parent=None):
        super().__init__(parent)
        self.source_model = IndicatorTableModel(table, self)
        correct = QAction(self.tr("Correct Indicator Match…"), self)
        correct.triggered.connect(self._request_correction)
        self.addAction(correct)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # printed order until the user sorts
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.doubleClicked.connect(self._open_line)
        QShortcut(QKeySequence.StandardKey.Copy, self, self.copy_selection)

    def copy_selection(self) -> str:
        indexes = [self.proxy.mapToSource(i) for i in self.selectedIndexes()]
        text = self.source_model.copy_text(indexes)
        QGuiApplication.clipboard().setText(text)
        return text

    def _open_line(self, index) -> None:
        line = index.data(LINE_ROLE)
        if line:
            self.line_requested.emit(int(line))

    def _request_correction(self) -> None:
        row = self.source_model.row_view(self.proxy.mapToSource(self.currentIndex()).row())
        if row is not None:
            self.correction_requested.emit(row)


class TablesTab(QScrollArea):
    """A plan's indicator tables, one under the other, each with its title."""

    line_requested = Signal(int)
    correction_requested = Signal(object)

    def __init__(self, key: TabKey, plan_id: int, tables: list[IndicatorTable], title: str, parent=None):
        super().__init__(parent)
        self.key, self.plan_id, self.title = key, plan_id, title
        self.views: list[IndicatorTableView] = []
        body = QWidget()
        layout = QVBoxLayout(body)
        for table in tables:
            heading = QLabel(f"<b>{table.label}</b>")
            view = IndicatorTableView(table)
            view.setMinimumHeight(min(80 + 30 * view.source_model.rowCount(), 900))
            view.line_requested.connect(self.line_requested)
            view.correction_requested.connect(self.correction_requested)
            layout.addWidget(heading)
            layout.addWidget(view)
            self.views.append(view)
        if not tables:
            layout.addWidget(QLabel(self.tr("This plan has no indicator table.")))
        layout.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
