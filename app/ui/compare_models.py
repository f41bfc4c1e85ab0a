"""Qt table models over a comparison (computed in app.compare; these only display).

`ComparisonTableModel` lays the sections out one under the other: a section's heading row
(the view spans it), then one row per indicator with one cell per plan and the difference.
The words are those of the printout (app.report.compare_text), the colours those of its
legend; SQL never runs here.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.service import MARK_COLOURS, Comparison, Mark, compare_text
from app.ui.roles import Role

SECTION_COLOUR = "#dfe6ee"


def _colour(marks) -> QBrush | None:
    colour = next((MARK_COLOURS[m] for m in marks if MARK_COLOURS.get(m, "#ffffff") != "#ffffff"), None)
    return QBrush(QColor(colour)) if colour else None


class ComparisonTableModel(QAbstractTableModel):
    """Sections of a comparison: heading rows and indicator rows, one column per plan."""

    def __init__(self, comparison: Comparison, parent=None, english: bool = False):
        super().__init__(parent)
        self.comparison, self.english = comparison, english
        self._rows: list[tuple] = []  # ("section", section) or ("row", section, row)
        for section in comparison.sections:
            self._rows.append(("section", section))
            self._rows += [("row", section, row) for row in section.rows]

    @property
    def plan_count(self) -> int:
        return len(self.comparison.plans)

    def section_rows(self) -> list[int]:
        """The rows that head a section (spanned across the table by the view)."""
        return [k for k, entry in enumerate(self._rows) if entry[0] == "section"]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.plan_count + 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Indicator")
        if section == self.columnCount() - 1:
            return self.tr("Difference")
        return self.comparison.names[section - 1]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if entry[0] == "section":
            return self._section_data(entry[1], index.column(), role)
        return self._row_data(entry[1], entry[2], index.column(), role)

    def _section_data(self, section, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return section.heading_en if self.english else section.heading
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(SECTION_COLOUR))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _row_data(self, section, row, column: int, role):
        plan = column - 1 if 0 < column <= self.plan_count else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.label
            if plan is not None:
                return compare_text.plan_cell(section, row, plan, self.english)
            return compare_text.difference(row, self.english)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(section, row, plan)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _colour(row.plan_marks[plan]) if plan is not None else _colour(row.marks) if column else None
        if role == Qt.ItemDataRole.FontRole and plan is not None and Mark.FROM_TEXT in row.plan_marks[plan]:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Role.LINE and plan is not None and row.values[plan] is not None:
            return row.values[plan].line
        if role == Role.PLAN and plan is not None:
            return self.comparison.plans[plan].id
        return None

    def _meanings(self, marks) -> list[str]:
        """Each mark with what it means, in the interface's language."""
        if self.english:
            return [f"{mark.en}: {mark.explain_en}" for mark in marks]
        return [f"{mark.zh}：{mark.explain_zh}" for mark in marks]

    def _tooltip(self, section, row, plan: int | None) -> str:
        if plan is not None:
            details = compare_text.plan_details(row.values[plan], self.comparison.names[plan], self.english)
            return "\n".join([details, *self._meanings(row.plan_marks[plan])])
        heading = f"{row.label} ({section.heading_en})" if self.english else f"{row.label}（{section.heading}）"
        return "\n".join([heading, *self._meanings(row.marks)])

    def details(self, index) -> str:
        """What the detail panel shows for a cell: every figure behind it, with its line, and its marks."""
        if not index.isValid() or self._rows[index.row()][0] == "section":
            return ""
        _, section, row = self._rows[index.row()]
        plan = index.column() - 1
        if 0 <= plan < self.plan_count:
            details = compare_text.plan_details(row.values[plan], self.comparison.names[plan], self.english)
            return "\n".join([details, *self._meanings(row.plan_marks[plan])])
        figures = [compare_text.plan_details(values, name, self.english)
                   for values, name in zip(row.values, self.comparison.names, strict=True)]
        return "\n\n".join([*figures, "\n".join(self._meanings(row.marks))]).strip()


class _PairsModel(QAbstractTableModel):
    """Rows of things paired across the plans: one column per plan, then their similarity."""

    def __init__(self, rows, names, parent=None):
        super().__init__(parent)
        self._rows = list(rows)
        self._names = list(names)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._names) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._names[section] if section < len(self._names) else self.tr("Similarity")


class ProgrammePairsModel(_PairsModel):
    """Programme boxes paired across the plans by what they hold, with their similarity."""

    def __init__(self, programmes, names, parent=None):
        super().__init__(programmes.rows if programmes else [], names, parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Role.PAIR:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column < len(self._names):
            box = row.boxes[column]
            return box.label if box is not None else self.tr("(no such 专栏)")
        return f"{row.score:.0%}" if row.score is not None else "—"


class ItemPairsModel(_PairsModel):
    """The items of one pair of boxes, paired item to item."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        if index.column() >= len(self._names):
            found = [s for s in row.similarity if s is not None]  # the weakest link, as for boxes
            return f"{min(found):.0%}" if found else "—"
        item = row.items[index.column()]
        if item is None:
            return "—"
        title = " ".join(part for part in (item.seq, item.name) if part)
        return item.text or title if role == Qt.ItemDataRole.ToolTipRole else title or (item.text or "")[:40]
