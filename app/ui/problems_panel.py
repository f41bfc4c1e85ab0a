"""The data problems found in the selected plan's source, each with its line."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from app.service import IssueView
from app.ui.roles import Role

ISSUE_ROLE = Role.ISSUE


class ProblemsListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._issues: list[IssueView] = []

    def set_issues(self, issues) -> None:
        self.beginResetModel()
        self._issues = list(issues)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._issues)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        issue = self._issues[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = self.tr("line {n}").format(n=issue.line) if issue.line else self.tr("whole document")
            return f"[{where}] {issue.message}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{issue.kind}: {issue.message}"
        if role == ISSUE_ROLE:
            return issue
        return None


class ProblemsPanel(QWidget):
    line_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = QListView()
        self.view.setWordWrap(True)
        self.model = ProblemsListModel(self)
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.view.activated.connect(self._activate)
        self.view.clicked.connect(self._activate)

    def show_plan(self, plan_label: str, issues) -> None:
        self.model.set_issues(issues)
        self.summary.setText(self.tr("{plan}: {n} problems found in the source").format(
            plan=plan_label, n=len(issues)))

    def _activate(self, index: QModelIndex) -> None:
        issue = index.data(ISSUE_ROLE)
        if issue is not None and issue.line:
            self.line_requested.emit(issue.line)
