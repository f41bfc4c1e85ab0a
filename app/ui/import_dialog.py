"""The import preview: what was recognised in a document, before anything is saved.

Shows the metadata (editable: province, period, title; the city and the dates as read),
the counts of chapters, sections and 专栏, the reading report (what share of the lines
was understood, and the lines that were not), the indicator tables exactly as the
library will show them (the plan is loaded into a throw-away in-memory database and read
with the ordinary queries), what the format reader could not read, and the problems
found in the source.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from app.service import ImportCandidate, PlanLibrary
from app.ui.problems_panel import ProblemsPanel
from app.ui.reading_panel import ReadingPanel
from app.ui.tabs import TablesTab
from app.ui.tab_keys import TabKey

PERIODS = ("十三五", "十四五", "十五五")

IMPORT, SKIP, CANCEL_ALL = "import", "skip", "cancel"


class ImportPreviewDialog(QDialog):
    """Import saves (with the corrections), Skip goes to the next file, Cancel stops."""

    def __init__(self, candidate: ImportCandidate, preview_engine, preview_plan_id: int,
                 remaining: int = 0, parent=None):
        super().__init__(parent)
        self.candidate, self.choice = candidate, CANCEL_ALL
        self.setWindowTitle(self.tr("Import {name}").format(name=candidate.path.name))
        layout = QVBoxLayout(self)
        layout.addLayout(self._metadata_form())
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if not candidate.structured:
            layout.addWidget(self._banner(self.tr(
                "No plan structure (chapters, sections, 专栏 or indicator tables) was found. You can "
                "import it as unstructured text: it can be read and searched, but has no outline or tables.")))
        for warning in candidate.warnings:
            layout.addWidget(self._banner(warning))
        layout.addWidget(self._details(preview_engine, preview_plan_id), 1)
        layout.addWidget(self._buttons(remaining))
        self.resize(1000, 700)

    # -- parts ----------------------------------------------------------------
    def _metadata_form(self) -> QFormLayout:
        meta = self.candidate.parsed.meta
        form = QFormLayout()
        self.province = QLineEdit(meta.province or "")
        self.province.setPlaceholderText(self.tr("not recognised: type the province or city"))
        self.period = QComboBox()
        self.period.setEditable(True)
        self.period.addItems(([meta.period] if meta.period and meta.period not in PERIODS else []) + list(PERIODS))
        self.period.setCurrentText(meta.period or "")
        editor = self.period.lineEdit()
        if editor is not None:  # an editable combo box always has one
            editor.setPlaceholderText(self.tr("not recognised"))
        self.title = QLineEdit(meta.title or "")
        self.title.setPlaceholderText(self.tr("not recognised: the file name is shown instead"))
        form.addRow(self.tr("Province:"), self.province)
        if meta.city:
            form.addRow(self.tr("City:"), QLabel(meta.city))
        form.addRow(self.tr("Plan period:"), self.period)
        form.addRow(self.tr("Title:"), self.title)
        dates = self._dates_text(meta)
        if dates:
            form.addRow(self.tr("Dates:"), QLabel(dates))
        return form

    def _dates_text(self, meta) -> str:
        parts = []
        if meta.signed_date or meta.signed_date_damaged:
            signed = meta.signed_date or self.tr("unreadable")
            damaged = self.tr(" (printed damaged)") if meta.signed_date_damaged else ""
            parts.append(self.tr("signed {date}{damaged}").format(date=signed, damaged=damaged))
        if meta.published_date:
            parts.append(self.tr("published on the web {date}").format(date=meta.published_date))
        return self.tr("; ").join(parts)

    def _summary_text(self) -> str:
        counts = self.candidate.counts
        return self.tr("{fmt} file, {lines} lines: {chapters} chapters, {sections} sections, {boxes} 专栏, "
                       "{indicators} indicator rows; {issues} problems found in the source.").format(
            fmt=self.candidate.source_format.upper(), **counts)

    @staticmethod
    def _banner(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("background:#fff4ce; border:1px solid #e0c060; padding:6px;")
        return label

    def _details(self, preview, plan_id: int) -> QWidget:
        library = preview if isinstance(preview, PlanLibrary) else PlanLibrary(preview)
        tables = library.tables(plan_id)
        self.tables = TablesTab(TabKey.of("preview", plan_id), plan_id, tables, self.candidate.path.name)
        self.problems = ProblemsPanel()
        self.problems.show_plan(self.candidate.path.name, library.issues(plan_id))
        report = self.candidate.parsed.reading
        self.reading = ReadingPanel(report) if report else None
        tabs = QTabWidget()
        if self.reading is not None:
            tabs.addTab(self.reading, self.tr("Reading report ({share} recognised)").format(
                share=f"{report.recognised_share:.0%}"))
        tabs.addTab(self.tables, self.tr("Indicator tables ({n})").format(n=len(tables)))
        tabs.addTab(self.problems, self.tr("Problems in the source ({n})").format(n=self.candidate.counts["issues"]))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(tabs)
        return splitter

    def _buttons(self, remaining: int) -> QDialogButtonBox:
        box = QDialogButtonBox()
        text = self.tr("Import") if self.candidate.structured else self.tr("Import as Unstructured Text")
        self.import_button = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.skip_button: QPushButton | None = None
        if remaining:
            self.skip_button = box.addButton(self.tr("Skip This File"), QDialogButtonBox.ButtonRole.ActionRole)
            self.skip_button.clicked.connect(lambda: self._finish(SKIP))
        cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(lambda: self._finish(IMPORT))
        cancel.clicked.connect(lambda: self._finish(CANCEL_ALL))
        return box

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice == IMPORT else self.reject()

    # -- result ---------------------------------------------------------------
    def corrections(self) -> dict[str, str]:
        """The metadata as the user left it (the core keeps the parser's value for blanks)."""
        return {"province": self.province.text(), "period": self.period.currentText(),
                "title": self.title.text()}
