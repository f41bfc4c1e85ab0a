"""The comparison pane: two to four plans side by side, period by period, on one screen.

Indicators: one row per standard indicator in each section the plans share (the plans' own
period's targets, a previous period's completion), one cell per plan ('baseline → target'
as printed), the difference, and a legend of the marks; the figures behind a cell (printed
column, year, role, source line, unplaced values) in its tooltip and in the panel below.
Programmes: boxes paired by what they hold, item to item; a character diff only between two
versions of one region's plan, where it means something.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTableView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from app.service import MARK_COLOURS, Comparison, PlanLibrary, ProgrammeComparison, legend
from app.ui.compare_models import ComparisonTableModel, ItemPairsModel, ProgrammePairsModel
from app.ui.plan_choice import plan_choice_label
from app.ui.roles import Role
from app.ui.tab_keys import TabKey, TabKind
from app.ui.workers import LatestOnlyRunner

MAX_PLANS = 4


def diff_html(spans) -> tuple[str, str]:
    """Two HTML texts with the characters that differ marked (deleted red, inserted green)."""
    a, b = [], []
    for span in spans:
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
    """Pick two to four plans (any province, city or period); see their figures side by side."""

    line_requested = Signal(int, int)  # plan id, source line: show it in the source

    def __init__(self, library: PlanLibrary, settings, parent=None):
        super().__init__(parent)
        self.library, self.settings = library, settings
        self.key, self.title = TabKey.of(TabKind.COMPARE), self.tr("Compare plans")
        self.plan_id = None  # a comparison belongs to no single plan
        self.pickers = [QComboBox() for _ in range(MAX_PLANS)]
        self.status, self.legend = QLabel(), QLabel()
        self.indicators, self.pairs, self.items = QTableView(), QTableView(), QTableView()
        self.details, self.left_text, self.right_text = QTextBrowser(), QTextBrowser(), QTextBrowser()
        self.runner = LatestOnlyRunner(self)
        self.comparison: Comparison | None = None
        self.programmes: ProgrammeComparison | None = None
        self._build()
        self._fill_pickers()
        self._connect()

    @property
    def plan_ids(self) -> tuple[int, ...]:
        return tuple(pid for pid in (combo.currentData() for combo in self.pickers) if pid is not None)

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        pickers = QHBoxLayout()
        for k, combo in enumerate(self.pickers):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.view().setMinimumWidth(360)  # the list shows whole titles even when the box is narrow
            combo.setVisible(k < 2)  # a third and fourth plan on demand: two is the usual question
            pickers.addWidget(combo, 1)
        self.add_plan = QPushButton(self.tr("+ Plan"))
        self.add_plan.setToolTip(self.tr("Add a third or fourth plan to the comparison"))
        pickers.addWidget(self.add_plan)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        for view in (self.indicators, self.pairs, self.items):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
            view.verticalHeader().setVisible(False)
            view.setWordWrap(True)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            # rows grow with their wrapped text whenever the columns change width (a few hundred rows at most)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.details.setMaximumHeight(110)
        self.details.setPlaceholderText(self.tr("Select a cell: its figures and source lines. "
                                                "Double-click: open the line."))
        indicators = QSplitter(Qt.Orientation.Vertical)
        indicators.addWidget(self.indicators)
        indicators.addWidget(self.details)
        indicators.setStretchFactor(0, 5)
        self.tabs = QTabWidget()
        self.tabs.addTab(indicators, self.tr("Indicators"))
        self.tabs.addTab(self._programmes_tab(), self.tr("Programmes"))
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.status)
        layout.addWidget(self.legend)
        layout.addWidget(self.tabs, 1)

    def _programmes_tab(self) -> QWidget:
        texts = self.diff_texts = QSplitter()  # shown only for a diff that means something
        texts.addWidget(self.left_text)
        texts.addWidget(self.right_text)
        texts.hide()
        self.diff_note = QLabel()
        self.diff_note.setWordWrap(True)
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.items, 2)
        box.addWidget(self.diff_note)
        box.addWidget(texts, 3)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.pairs)
        split.addWidget(lower)
        return split

    def _fill_pickers(self) -> None:
        plans = self.library.plans()
        for k, combo in enumerate(self.pickers):
            if k >= 2:
                combo.addItem(self.tr("(no more plans)"), None)
            for plan in plans:
                combo.addItem(plan_choice_label(plan), plan.id)

    def _connect(self) -> None:
        for combo in self.pickers:
            combo.currentIndexChanged.connect(self.refresh)
            combo.currentIndexChanged.connect(lambda _k, c=combo: c.setToolTip(c.currentText()))
        self.add_plan.clicked.connect(self._show_next_picker)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(self.status.setText)
        self.indicators.doubleClicked.connect(self._open_line)
        left_bar, right_bar = self.left_text.verticalScrollBar(), self.right_text.verticalScrollBar()
        left_bar.valueChanged.connect(right_bar.setValue)  # synchronised scrolling
        right_bar.valueChanged.connect(left_bar.setValue)

    # -- choosing -----------------------------------------------------------------------
    def _show_next_picker(self) -> None:
        hidden = [combo for combo in self.pickers[2:] if combo.isHidden()]
        if hidden:
            hidden[0].show()
            hidden[0].showPopup()
        self._update_add_button()

    def _update_add_button(self) -> None:
        self.add_plan.setEnabled(any(combo.isHidden() for combo in self.pickers[2:]))

    def set_plans(self, first_id: int, *others: int) -> None:
        """Compare `first_id` with `others` (none given: with a like plan, see suggest_partner)."""
        wanted = [first_id, *(others or [self.library.suggest_partner(first_id)])][:MAX_PLANS]
        for combo, plan_id in zip(self.pickers, wanted + [None] * MAX_PLANS, strict=False):
            combo.blockSignals(True)
            index = combo.findData(plan_id)
            combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
            combo.setToolTip(combo.currentText())
            combo.blockSignals(False)
        for combo in self.pickers[2:]:
            combo.setHidden(combo.currentData() is None)
        self._update_add_button()
        self.refresh()

    def refresh(self) -> None:
        ids = list(dict.fromkeys(self.plan_ids))
        if len(ids) < 2:
            self.status.setText(self.tr("Choose at least two different plans."))
            return
        self.key = TabKey.of(TabKind.COMPARE, *ids)
        self.status.setText(self.tr("Comparing…"))
        library = self.library
        self.runner.submit(lambda: (library.compare(ids), library.compare_programmes(ids)))

    # -- showing ------------------------------------------------------------------------
    def _show(self, result) -> None:
        self.comparison, self.programmes = result
        if self.comparison is None:
            self.status.setText(self.tr("One of the plans is no longer in the library."))
            return
        model = ComparisonTableModel(self.comparison, self, english=self._english())
        self.indicators.setModel(model)
        self.indicators.clearSpans()
        for row in model.section_rows():
            self.indicators.setSpan(row, 0, 1, model.columnCount())
        header = self.indicators.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 190)
        self.indicators.selectionModel().currentChanged.connect(
            lambda current, _previous: self.details.setPlainText(model.details(current)))
        chips, meanings = self._legend_html(self.comparison)
        self.legend.setText(self.tr("Marks:") + " " + chips)
        self.legend.setToolTip(meanings)
        self.pairs.setModel(ProgrammePairsModel(self.programmes, self.comparison.names, self))
        self.pairs.selectionModel().currentRowChanged.connect(self._show_pair)
        rows = sum(len(section.rows) for section in self.comparison.sections)
        if not self.comparison.sections:  # e.g. a 13th-period plan and a 14th-period one without completion
            self.status.setText(self.tr("These plans have no period in common: no indicator can be compared. "
                                        "The Programmes tab pairs their 专栏 by content."))
            return
        self.status.setText(self.tr("{n} indicators in {s} sections").format(n=rows, s=len(self.comparison.sections)))

    def _english(self) -> bool:
        return self.settings.text("ui/language", "zh_CN") == "en"  # marks speak the interface's language

    def _legend_html(self, comparison: Comparison) -> tuple[str, str]:
        """The marks as a line of coloured words, their meanings in the tooltip (one line, not five)."""
        english = self._english()
        chips, meanings = [], []
        for mark in legend(comparison.marks):
            word, meaning = (mark.en, mark.explain_en) if english else (mark.zh, mark.explain_zh)
            colour = MARK_COLOURS.get(mark, "#ffffff")
            # word joiners and no-break spaces: a mark's words never break across lines
            unbroken = escape("\u2060".join(word)).replace(" ", "&nbsp;")
            chips.append(f"<span style='background:{colour}'>&nbsp;{unbroken}&nbsp;</span>")
            chip = f"<span style='background:{colour}'>&nbsp;{escape(word)}&nbsp;</span>"
            meanings.append(f"<p>{chip} {escape(meaning)}</p>")
        return " ".join(chips), "".join(meanings)

    def _show_pair(self, current, _previous) -> None:
        row = current.siblingAtColumn(0).data(Role.PAIR)
        if row is None or self.comparison is None:
            return
        self.items.setModel(ItemPairsModel(row.items, self.comparison.names, self))
        self._show_diff(row, self.comparison)

    def _show_diff(self, row, comparison: Comparison) -> None:
        """A character diff only between two versions of one region's plan."""
        boxes, plans = row.boxes[:2], comparison.plans[:2]
        spans = None
        if len(comparison.plans) == 2 and all(boxes):
            spans = self.library.box_diff(plans[0], plans[1], boxes[0], boxes[1])
        if spans is None:
            self.diff_note.setText(self.tr("Plans of different regions are compared by content, not character by "
                                           "character: the items paired above are what they share."))
            self.left_text.clear()
            self.right_text.clear()
            self.diff_texts.hide()
            return
        self.diff_note.setText(self.tr("Two versions of one region's plan: the characters that differ are marked."))
        self.diff_texts.show()
        left, right = diff_html(spans)
        self.left_text.setHtml(left)
        self.right_text.setHtml(right)

    def _open_line(self, index) -> None:
        plan_id, line = index.data(Role.PLAN), index.data(Role.LINE)
        if plan_id is not None and line:
            self.line_requested.emit(plan_id, line)
