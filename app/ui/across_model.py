"""One standard indicator in every plan of the library, as a sortable table beside its chart.

Each value keeps the period and role it was printed under and its source line; sorting by
the figure lists the targets by value, then the other figures, and puts values the source
does not give (—) last, in either order, never as zero.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.service import AcrossRow, by_value, targets_by_value
from app.ui.roles import Role

COLUMNS = ("plan", "period", "role", "heading", "figure", "unit", "source")
FIGURE_COLUMN = COLUMNS.index("figure")


class AcrossTableModel(QAbstractTableModel):
    def __init__(self, rows: list[AcrossRow], parent=None):
        super().__init__(parent)
        self._rows = list(rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Plan"), self.tr("Period"), self.tr("Role"), self.tr("Printed under"), self.tr("Figure"),
                self.tr("Unit"), self.tr("Source"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Role.LINE:
            return row.line
        if role == Role.PLAN:
            return row.plan.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, COLUMNS[index.column()])

    def _role_word(self, role: str) -> str:
        words = {"baseline": self.tr("baseline"), "target": self.tr("target"), "actual": self.tr("actual")}
        return words.get(role, role)

    def _text(self, row: AcrossRow, column: str) -> str:
        if column == "plan":
            return row.plan.label
        if column == "period":
            return row.period
        if column == "role":
            return self._role_word(row.role)
        if column == "heading":
            return row.heading or ""
        if column == "figure":
            return row.raw if row.value is not None or row.raw else "—"
        if column == "unit":
            return row.unit or ""
        where = self.tr("text, line {n}") if row.from_text else self.tr("line {n}")
        return where.format(n=row.line) if row.line else ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """By the figure (targets first, missing last either way); by text otherwise."""
        self.layoutAboutToBeChanged.emit()
        descending = order == Qt.SortOrder.DescendingOrder
        if column == FIGURE_COLUMN:  # the targets by their figure, then the other values
            targets = targets_by_value(self._rows, descending=descending)
            others = by_value([r for r in self._rows if r.role != "target"], descending=descending)
            self._rows = targets + others
        else:
            self._rows.sort(key=lambda r: self._text(r, COLUMNS[column]), reverse=descending)
        self.layoutChanged.emit()
