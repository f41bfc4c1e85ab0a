"""Qt table models over a PlanComparison (computed in app.compare; these only display)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.service import IndicatorComparison, SideValues, StructurePair, TopicRow
from app.ui.roles import Role

PAIR_ROLE = Role.PAIR
NOT_LISTED = "未列此指标"
MARK_COLOURS = {"higher_target": "#e3f4e1", "lower_target": "#fde8e4", "different_unit": "#fff1c2",
                "different_attribute": "#efe6fb", "only_left": "#f2f2f2", "only_right": "#f2f2f2"}


def _raw(cell) -> str:
    if cell is None:
        return "—"
    return "—" if cell.kind == "missing" else cell.raw


class IndicatorComparisonTableModel(QAbstractTableModel):
    """One row per canonical indicator: left baseline/target/属性/change, right the same, marks."""

    SIDE_COLUMNS = 5  # unit, baseline, target, attribute, change

    def __init__(self, rows: list[IndicatorComparison], left_label: str, right_label: str, parent=None):
        super().__init__(parent)
        self._rows = list(rows)
        self._labels = (left_label, right_label)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 2 + 2 * self.SIDE_COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        side = [self.tr("Unit"), self.tr("Baseline"), self.tr("Target"), self.tr("Attribute"), self.tr("Change")]
        if section == 0:
            return self.tr("Indicator")
        if section == self.columnCount() - 1:
            return self.tr("Difference")
        which = 0 if section <= self.SIDE_COLUMNS else 1
        return f"{self._labels[which]}\n{side[(section - 1) % self.SIDE_COLUMNS]}"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole and row.marks:
            colour = MARK_COLOURS.get(row.marks[0])
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _text(self, row: IndicatorComparison, column: int) -> str:
        if column == 0:
            return row.label
        if column == self.columnCount() - 1:
            return "；".join(self._mark_text(m) for m in row.marks)
        side = row.left if column <= self.SIDE_COLUMNS else row.right
        part = (column - 1) % self.SIDE_COLUMNS
        if side is None:
            return NOT_LISTED if part == 0 else ""
        return self._side_text(side, part)

    @staticmethod
    def _side_text(side: SideValues, part: int) -> str:
        if part == 0:
            return side.unit or ""
        if part == 1:
            return _raw(side.baseline) if not side.unplaced else "、".join(side.unplaced) + " (未归位)"
        if part == 2:
            return _raw(side.target) if not side.unplaced else ""
        if part == 3:
            return side.attribute or ""
        return side.change() or ""

    def _tooltip(self, row: IndicatorComparison, column: int) -> str | None:
        side = row.left if 0 < column <= self.SIDE_COLUMNS else row.right if column > self.SIDE_COLUMNS else None
        if side is None:
            return row.key
        notes = [f"{side.name}（原文第 {side.line} 行）" if side.line else side.name]
        for cell in (side.baseline, side.target):
            if cell is not None:  # which printed column (and so which period) the value comes from
                notes.append(f"{cell.column}：{cell.raw}")
            if cell is not None and cell.cumulative:
                notes.append(self.tr("{raw}: five-year cumulative").format(raw=cell.raw))
        if side.unplaced:
            notes.append(self.tr("Values whose column cannot be known from the source: {values}")
                         .format(values="、".join(side.unplaced)))
        return "\n".join(notes)

    def _mark_text(self, mark: str) -> str:
        return {"higher_target": self.tr("left target higher"), "lower_target": self.tr("left target lower"),
                "same_target": self.tr("same target"), "different_unit": self.tr("different units: not compared"),
                "different_attribute": self.tr("different attribute"), "only_left": self.tr("only in left plan"),
                "only_right": self.tr("only in right plan")}.get(mark, mark)


class StructurePairsTableModel(QAbstractTableModel):
    """Topics with the two plans' headings and their paired programme boxes."""

    def __init__(self, topics: list[TopicRow], parent=None):
        super().__init__(parent)
        self._rows: list[tuple[TopicRow, StructurePair | None]] = []
        for topic in topics:
            self._rows.append((topic, None))
            self._rows += [(topic, pair) for pair in topic.boxes]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Left plan"), self.tr("Similarity"), self.tr("Right plan")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        topic, pair = self._rows[index.row()]
        if role == PAIR_ROLE:
            return pair
        if pair is None:
            if role == Qt.ItemDataRole.DisplayRole:
                headings = (topic.left_chapters, None, topic.right_chapters)[index.column()]
                return f"【{topic.label}】" + ("；".join(headings) if headings else "")
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#eef2f7"))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            box = (pair.left, None, pair.right)[index.column()]
            if index.column() == 1:
                return f"{pair.similarity:.0%}" if pair.left and pair.right else ""
            return box.label if box else "—"
        return None
