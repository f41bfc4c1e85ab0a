"""The comparison pane: two plans side by side, indicators and structure."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QTableView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)
from app.service import PlanLibrary, StructurePair, char_diff, readable_box_text
from app.ui.compare_models import PAIR_ROLE, IndicatorComparisonTableModel, StructurePairsTableModel
from app.ui.workers import LatestOnlyRunner
from app.ui.plan_choice import plan_choice_label


def diff_html(left: str, right: str) -> tuple[str, str]:
    """Two HTML texts with the characters that differ marked (deleted red, inserted green)."""
    a, b = [], []
    for span in char_diff(left, right):
        if span.op == "equal":
            a.append(escape(span.left))
            b.append(escape(span.right))
        else:
            if span.left:
                a.append(f"<span style='background:#fbd3cf'>{escape(span.left)}</span>")
            if span.right:
                b.append(f"<span style='background:#cdeccf'>{escape(span.right)}</span>")
    return "".join(a).replace("\n", "<br>"), "".join(b).replace("\n", "<br>")


class ComparePane(QWidget):
    """Pick two plans (any province or period), swap them, see indicators and structure."""

    def __init__(self, library: PlanLibrary, settings, parent=None):
        super().__init__(parent)
        self.library, self.settings = library, settings
        self.key, self.plan_id, self.title = "compare:", None, self.tr("Compare plans")
        self.left, self.right = QComboBox(), QComboBox()
        self.swap = QPushButton(self.tr("⇄ Swap"))
        self.status = QLabel()
        self.indicators = QTableView()
        self.pairs = QTableView()
        self.left_text, self.right_text = QTextBrowser(), QTextBrowser()
        self.runner = LatestOnlyRunner(self)
        self.comparison = None
        self._build()
        self._fill_pickers()
        self._connect()
        self.refresh()

    def _build(self) -> None:
        pickers = QHBoxLayout()
        for widget in (self.left, self.swap, self.right, self.status):
            pickers.addWidget(widget)
        pickers.setStretch(0, 1)
        pickers.setStretch(2, 1)
        for view in (self.indicators, self.pairs):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.verticalHeader().setVisible(False)
            view.setWordWrap(True)
        self.indicators.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pairs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        texts = QSplitter()
        texts.addWidget(self.left_text)
        texts.addWidget(self.right_text)
        structure = QSplitter(Qt.Orientation.Vertical)
        structure.addWidget(self.pairs)
        structure.addWidget(texts)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.indicators, self.tr("Indicators"))
        self.tabs.addTab(structure, self.tr("Structure"))
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.tabs)

    def _fill_pickers(self) -> None:
        plans = self.library.plans()
        for combo in (self.left, self.right):
            for plan in plans:
                combo.addItem(plan_choice_label(plan), plan.id)
        last = (self.settings.integer("compare/left", -1), self.settings.integer("compare/right", -1))
        self._select(self.left, last[0] if last[0] >= 0 else (plans[0].id if plans else None))
        self._select(self.right, last[1] if last[1] >= 0 else (plans[1].id if len(plans) > 1 else None))

    @staticmethod
    def _select(combo: QComboBox, plan_id) -> None:
        index = combo.findData(plan_id)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _connect(self) -> None:
        self.left.currentIndexChanged.connect(lambda _i: self.refresh())
        self.right.currentIndexChanged.connect(lambda _i: self.refresh())
        self.swap.clicked.connect(self.swap_sides)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(self.status.setText)
        left_bar, right_bar = self.left_text.verticalScrollBar(), self.right_text.verticalScrollBar()
        left_bar.valueChanged.connect(right_bar.setValue)  # synchronised scrolling
        right_bar.valueChanged.connect(left_bar.setValue)

    def set_plans(self, left_id: int, right_id: int | None = None) -> None:
        self._select(self.left, left_id)
        if right_id is not None:
            self._select(self.right, right_id)

    def swap_sides(self) -> None:
        left, right = self.left.currentData(), self.right.currentData()
        self.left.blockSignals(True)
        self._select(self.left, right)
        self.left.blockSignals(False)
        self._select(self.right, left)
        self.refresh()

    def refresh(self) -> None:
        left, right = self.left.currentData(), self.right.currentData()
        if left is None or right is None:
            return
        self.settings.set_integer("compare/left", left)
        self.settings.set_integer("compare/right", right)
        self.key = f"compare:{left}:{right}"
        self.status.setText(self.tr("Comparing…"))
        library = self.library
        self.runner.submit(lambda: library.compare_two(left, right))

    def _show(self, comparison) -> None:
        self.comparison = comparison
        if comparison is None:
            self.status.setText(self.tr("One of the plans is no longer in the library."))
            return
        model = IndicatorComparisonTableModel(list(comparison.indicators), comparison.left.label,
                                              comparison.right.label, self)
        self.indicators.setModel(model)
        pairs = StructurePairsTableModel(list(comparison.topics), self)
        self.pairs.setModel(pairs)
        self.pairs.selectionModel().currentRowChanged.connect(self._show_pair)
        self.status.setText(self.tr("{n} indicators").format(n=len(comparison.indicators)))

    def _show_pair(self, current, _previous) -> None:
        pair: StructurePair | None = current.siblingAtColumn(0).data(PAIR_ROLE)
        if pair is None:
            return
        left = readable_box_text(pair.left) if pair.left else ""
        right = readable_box_text(pair.right) if pair.right else ""
        left_html, right_html = diff_html(left, right)
        self.left_text.setHtml(left_html)
        self.right_text.setHtml(right_html)
