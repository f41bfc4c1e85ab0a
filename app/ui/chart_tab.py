"""A tab with the chart controls: which chart, which plan, unit group or indicator, export."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import Engine

from app.compare.chartdata import across_plans, plan_chart_tables, unit_groups
from app.indicators import load_dictionary
from app.queries import get_plan, list_plans
from app.queries.labels import sources_line
from app.ui.plan_choice import plan_choice_label

KINDS = ("plan", "completion", "across")


class ChartTab(QWidget):
    def __init__(self, engine: Engine, plan_id: int | None = None, parent=None):
        super().__init__(parent)
        from app.ui.charts import ChartCanvas  # imports pyqtgraph now, not at start-up
        self.engine, self.plan_id = engine, plan_id
        self.key, self.title = f"chart:{plan_id}", self.tr("Charts")
        self.canvas = ChartCanvas()
        self.kind, self.plan, self.group = QComboBox(), QComboBox(), QComboBox()
        self.note = QLabel()
        self.kind.addItem(self.tr("Baseline → target"), "plan")
        self.kind.addItem(self.tr("13th-period completion"), "completion")
        self.kind.addItem(self.tr("One indicator across plans"), "across")
        for plan in list_plans(engine):
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
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.canvas.widget, 1)
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
            tables = plan_chart_tables(self.engine, self.plan.currentData(), completion=kind == "completion")
            for group in unit_groups(tables):
                if group.rows:
                    self.group.addItem(self.tr("Unit: {unit}").format(unit=group.unit), group.unit)
        self.group.blockSignals(False)
        self.redraw()

    def redraw(self) -> None:
        kind, plan_id, choice = self.kind.currentData(), self.plan.currentData(), self.group.currentData()
        if kind == "across":
            points = across_plans(self.engine, choice) if choice else []
            self.canvas.reset(self.group.currentText(), sources_line([p.source_file for p in points]))
            self.canvas.draw_across(points)
            self.note.setText(self.tr("{n} plans list this indicator").format(n=len(points)) + (
                self.tr("; drag the chart up or down to see them all") if self.canvas.scrolls else ""))
            return
        plan = get_plan(self.engine, plan_id) if plan_id is not None else None
        tables = plan_chart_tables(self.engine, plan_id, completion=kind == "completion") if plan else []
        group = next((g for g in unit_groups(tables) if g.unit == choice), None)
        title = f"{plan.label if plan else ''} {self.kind.currentText()}"
        self.canvas.reset(title, sources_line([plan.source_file]) if plan else "")
        if group is None:
            self.note.setText(self.tr("Nothing to draw for this plan."))
            return
        (self.canvas.draw_completion if kind == "completion" else self.canvas.draw_group)(group, plan.source_file)
        left_out = "、".join(group.left_out)
        self.note.setText(self.tr("Not drawn (no number in the source): {names}").format(names=left_out)
                          if left_out else "")

    def _export(self, suffix: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), f"chart.{suffix}", f"*.{suffix}")
        if path:
            self.canvas.export(path)
