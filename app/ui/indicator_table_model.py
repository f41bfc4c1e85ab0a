"""IndicatorTableModel: one plan's indicator table as a real table.

Columns: 序号, 指标, 单位, one per printed column, 属性, 未归位的值.  Category rows
(一、就业) are rows of their own.  Every mark is shown exactly as printed: missing
as “—” with a tooltip, cumulative values with a tooltip, comparators as printed;
unplaced values and source problems are visible on their row, never hidden.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.service import CellView, IndicatorRowView, IndicatorTable
from app.ui.roles import Role

LINE_ROLE, SORT_ROLE = Role.LINE, Role.SORT
MISSING_MARK = "—"


@dataclass(frozen=True)
class _Line:
    category: str | None
    row: IndicatorRowView | None  # None for a category row


def table_lines(table: IndicatorTable) -> list[_Line]:
    """Rows in printed order with a category row before each new group."""
    lines: list[_Line] = []
    current = object()
    for row in table.rows:
        if row.category != current and row.category:
            lines.append(_Line(row.category, None))
        current = row.category
        lines.append(_Line(row.category, row))
    return lines


class IndicatorTableModel(QAbstractTableModel):
    FIXED_BEFORE = 3  # 序号, 指标, 单位

    def __init__(self, table: IndicatorTable, parent=None):
        super().__init__(parent)
        self._table = table
        self._lines = table_lines(table)
        self._headings = [c.heading for c in table.columns]

    @property
    def table(self) -> IndicatorTable:
        return self._table

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.FIXED_BEFORE + len(self._headings) + 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_labels()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            index = section - self.FIXED_BEFORE
            if 0 <= index < len(self._table.columns):
                column = self._table.columns[index]
                return self.tr("Year: {year}  Role: {role}").format(
                    year=column.year or "—", role=self._role_name(column.role))
        return None

    def _header_labels(self) -> list[str]:
        return ([self.tr("No."), self.tr("Indicator"), self.tr("Unit")] + self._headings
                + [self.tr("Attribute"), self.tr("Unplaced values")])

    def _role_name(self, role: str | None) -> str:
        return {"baseline": self.tr("baseline"), "target": self.tr("target"),
                "actual": self.tr("actual")}.get(role or "", "—")

    def row_view(self, row: int) -> IndicatorRowView | None:
        return self._lines[row].row if 0 <= row < len(self._lines) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if line.row is None:
            return self._category_data(line, index.column(), role)
        return self._row_data(line.row, index.column(), role)

    def _category_data(self, line: _Line, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole and column == 1:
            return line.category
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#eef2f7"))
        return None

    def _row_data(self, row: IndicatorRowView, column: int, role):
        value_index = column - self.FIXED_BEFORE
        if 0 <= value_index < len(self._headings):
            return self._cell_data(row, self._headings[value_index], role)
        if role == LINE_ROLE:
            return row.line
        text = self._fixed_text(row, column, value_index)
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SORT_ROLE:
            return row.seq if column == 0 else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._row_tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and (row.issues or row.unplaced):
            from PySide6.QtWidgets import QApplication, QStyle
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole and value_index == len(self._headings) + 1:
            return QBrush(QColor("#b00020"))
        return None

    def _fixed_text(self, row: IndicatorRowView, column: int, value_index: int) -> str:
        if column == 0:
            return "" if row.seq is None else str(row.seq)
        if column == 1:
            return row.name
        if column == 2:
            return row.unit or ""
        if value_index == len(self._headings):
            return row.attribute or ""
        return "、".join(u.raw for u in row.unplaced)

    def _row_tooltip(self, row: IndicatorRowView, column: int) -> str | None:
        lines = [self.tr("Source line {line}").format(line=row.line)] if row.line else []
        if row.unplaced:
            lines.append(self.tr("Values whose column cannot be known from the source: {values}").format(
                values="、".join(u.raw for u in row.unplaced)))
        lines += [issue.message for issue in row.issues]
        return "\n".join(lines) if lines else None

    def _cell_data(self, row: IndicatorRowView, heading: str, role):
        cell = row.cell_for(heading)
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is None:
                return "" if row.unplaced else MISSING_MARK
            return MISSING_MARK if cell.kind == "missing" else cell.raw
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(row, cell)
        if role == SORT_ROLE:
            return cell.value if cell is not None and cell.value is not None else float("-inf")
        if role == LINE_ROLE:
            return cell.line if cell is not None and cell.line else row.line
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Numbers line up on the right; words (完成, 超额完成) read from the left.
            text = cell is not None and cell.kind == "text"  # words read from the left, numbers line up right
            side = Qt.AlignmentFlag.AlignLeft if text else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (cell is None or cell.kind == "missing"):
            return QBrush(QColor("#777777"))
        return None

    def _cell_tooltip(self, row: IndicatorRowView, cell: CellView | None) -> str:
        if cell is None:
            if row.unplaced:
                return self.tr("Not placed: the row has fewer values than columns (see Unplaced values)")
            return self.tr("Not given in the source")
        notes = []
        if cell.kind == "missing":
            notes.append(self.tr("Not given in the source (printed “{raw}”)").format(raw=cell.raw))
        if cell.cumulative:
            notes.append(self.tr("Five-year cumulative"))
        if cell.comparator:
            notes.append(self.tr("Comparator: {c}").format(c=cell.comparator))
        if cell.line:
            notes.append(self.tr("Source line {line}").format(line=cell.line))
        return "\n".join(notes)

    def copy_text(self, indexes: list[QModelIndex]) -> str:
        """Selected cells as tab-separated text that pastes into Excel/WPS."""
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        out = []
        for r in rows:
            values = [str(self.data(self.index(r, c)) or "") if (r, c) in chosen else "" for c in cols]
            out.append("\t".join(values))
        return "\n".join(out)
