"""A tab with the chart controls: which chart, which plan, unit group or indicator, export."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from app.service import PlanLibrary, labels, load_dictionary, unit_groups
from app.ui.across_model import FIGURE_COLUMN, AcrossTableModel
from app.ui.plan_choice import plan_choice_label
from app.ui.roles import Role
from app.ui.tab_keys import TabKey, TabKind

KINDS = ("plan", "completion", "across")


class ChartTab(QWidget):
    line_requested = Signal(int, int)  # plan id, source line (a row of the across table)

    def __init__(self, library: PlanLibrary, plan_id: int | None = None, parent=None):
        super().__init__(parent)
        from app.ui.charts import ChartCanvas  # imports pyqtgraph now, not at start-up
        self.library, self.plan_id = library, plan_id
        self.key, self.title = TabKey.of(TabKind.CHART, plan_id), self.tr("Charts")
        self.canvas = ChartCanvas()
        self.across_table = QTableView()  # beside the across chart: every value, sortable by target
        self.kind, self.plan, self.group = QComboBox(), QComboBox(), QComboBox()
        self.note = QLabel()
        self.kind.addItem(self.tr("Baseline → target"), "plan")
        self.kind.addItem(self.tr("13th-period completion"), "completion")
        self.kind.addItem(self.tr("One indicator across plans"), "across")
        for plan in library.plans():
            self.plan.addItem(plan_choice_label(plan), plan.id)
        if plan_id is not None:
            self.plan.setCurrentIndex(max(self.plan.findData(plan_id), 0))
        self._build()
        self.kind.currentIndexChanged.connect(self._fill_groups)
        self.plan.currentIndexChanged.connect(self._fill_groups)
        self.group.currentIndexChanged.connect(lambda _i: self.redraw())
        self._fill_groups()

    def _build(self) -> None:
        controls = QHBoxLayout()
        png, svg = QPushButton(self.tr("Export PNG…")), QPushButton(self.tr("Export SVG…"))
        png.clicked.connect(lambda: self._export("png"))
        svg.clicked.connect(lambda: self._export("svg"))
        for widget in (self.kind, self.plan, self.group, png, svg):
            controls.addWidget(widget)
        self.across_table.setSortingEnabled(True)
        self.across_table.verticalHeader().setVisible(False)
        self.across_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.across_table.doubleClicked.connect(self._open_line)
        self.across_table.hide()
        charts = QSplitter()
        charts.addWidget(self.canvas.widget)
        charts.addWidget(self.across_table)
        charts.setStretchFactor(0, 3)
        charts.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(charts, 1)
        layout.addWidget(self.note)

    def _fill_groups(self) -> None:
        kind = self.kind.currentData()
        self.plan.setEnabled(kind != "across")
        self.group.blockSignals(True)
        self.group.clear()
        if kind == "across":
            for entry in load_dictionary():
                self.group.addItem(f"{entry.name_zh}（{entry.unit or '—'}）", entry.key)
        else:
            tables = self.library.chart_tables(self.plan.currentData(), completion=kind == "completion")
            for group in unit_groups(tables):
                if group.rows:
                    self.group.addItem(self.tr("Unit: {unit}").format(unit=group.unit), group.unit)
        self.group.blockSignals(False)
        self.redraw()

    def redraw(self) -> None:
        kind, plan_id, choice = self.kind.currentData(), self.plan.currentData(), self.group.currentData()
        self.across_table.setVisible(kind == "across")
        if kind == "across":
            points = self.library.across_plans(choice) if choice else []
            self.canvas.reset(self.group.currentText(), labels.sources_line([p.source_file for p in points]))
            self.canvas.draw_across(points)
            self.across_table.setModel(AcrossTableModel(self.library.across(choice) if choice else [], self))
            self.across_table.sortByColumn(FIGURE_COLUMN, Qt.SortOrder.DescendingOrder)
            self.note.setText(self.tr("{n} plans list this indicator").format(n=len(points)) + (
                self.tr("; drag the chart up or down to see them all") if self.canvas.scrolls else ""))
            return
        plan = self.library.plan(plan_id) if plan_id is not None else None
        tables = self.library.chart_tables(plan_id, completion=kind == "completion") if plan else []
        group = next((g for g in unit_groups(tables) if g.unit == choice), None)
        title = f"{plan.label if plan else ''} {self.kind.currentText()}"
        self.canvas.reset(title, labels.sources_line([plan.source_file]) if plan else "")
        if group is None or plan is None:
            self.note.setText(self.tr("Nothing to draw for this plan."))
            return
        (self.canvas.draw_completion if kind == "completion" else self.canvas.draw_group)(group, plan.source_file)
        left_out = "、".join(group.left_out)
        self.note.setText(self.tr("Not drawn (no number in the source): {names}").format(names=left_out)
                          if left_out else "")

    def _open_line(self, index) -> None:
        plan_id, line = index.data(Role.PLAN), index.data(Role.LINE)
        if plan_id is not None and line:
            self.line_requested.emit(plan_id, line)

    def _export(self, suffix: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), f"chart.{suffix}", f"*.{suffix}")
        if path:
            self.canvas.export(path)
