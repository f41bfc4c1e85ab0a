"""Indicators of two plans side by side: one row per canonical indicator.

Rows present in only one plan keep the other side explicitly empty.  Differences
are marked (higher/lower target, different attribute, different unit), and the
change from baseline to target is given in the unit's own sense: percentage points
for rates, amount and percent for counts.  Nothing is computed across different
units, nor with a value that is missing, unplaced or only a bound.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.indicators.matching import normalise_name, normalise_unit
from app.queries.boxes import CellView, IndicatorRowView, IndicatorTable

RATE_UNITS = {"%", "‰"}


@dataclass(frozen=True)
class SideValues:
    """One plan's figures for an indicator (None where the plan does not list it)."""

    name: str
    unit: str | None
    attribute: str | None
    baseline: CellView | None
    target: CellView | None
    actual: CellView | None
    unplaced: tuple[str, ...]
    line: int | None

    def change(self) -> str | None:
        """Baseline to target, e.g. '+2.5 个百分点' or '+40 万人 (+12.3%)'; None if not computable."""
        return describe_change(self.baseline, self.target, self.unit)


@dataclass(frozen=True)
class IndicatorComparison:
    key: str  # canonical key, or 'name:<normalised name>' where the dictionary has none
    label: str
    left: SideValues | None
    right: SideValues | None
    marks: tuple[str, ...]  # higher_target | lower_target | same_target | different_attribute | different_unit | only_left | only_right


def _plain_number(cell: CellView | None) -> float | None:
    """A value usable in arithmetic: a number with no comparator."""
    if cell is None or cell.kind != "number" or cell.value is None or cell.comparator:
        return None
    return cell.value


def describe_change(baseline: CellView | None, target: CellView | None, unit: str | None) -> str | None:
    start, end = _plain_number(baseline), _plain_number(target)
    if start is None or end is None or baseline.cumulative != target.cumulative:
        return None
    delta = end - start
    if normalise_unit(unit) in RATE_UNITS:
        return f"{delta:+.2f}".rstrip("0").rstrip(".") + " 个百分点"
    text = f"{delta:+,.2f}".rstrip("0").rstrip(".") + (f" {unit}" if unit else "")
    if start:
        text += f"（{delta / start * 100:+.1f}%）"
    return text


def _pick(row: IndicatorRowView, table: IndicatorTable, role: str) -> CellView | None:
    cells = [c for c in row.cells if c.role == role]
    return cells[-1] if cells else None


def _side(row: IndicatorRowView, table: IndicatorTable) -> SideValues:
    return SideValues(row.name, row.unit, row.attribute, _pick(row, table, "baseline"),
                      _pick(row, table, "target"), _pick(row, table, "actual"),
                      tuple(u.raw for u in row.unplaced), row.line)


def _key(row: IndicatorRowView) -> str:
    return row.key or f"name:{normalise_name(row.name)}"


def _collect(tables: list[IndicatorTable]) -> dict[str, SideValues]:
    """Latest-period table wins when an indicator is in two tables (main table after completion)."""
    found: dict[str, SideValues] = {}
    for table in sorted(tables, key=lambda t: "完成" not in t.title):
        for row in table.rows:
            found[_key(row)] = _side(row, table)
    return found


def _marks(left: SideValues | None, right: SideValues | None) -> tuple[str, ...]:
    if left is None:
        return ("only_right",)
    if right is None:
        return ("only_left",)
    marks = []
    if normalise_unit(left.unit) != normalise_unit(right.unit):
        return ("different_unit",)
    a, b = _plain_number(left.target), _plain_number(right.target)
    if a is not None and b is not None and left.target.cumulative == right.target.cumulative:
        marks.append("same_target" if a == b else "higher_target" if a > b else "lower_target")
    if (left.attribute or "")[:2] != (right.attribute or "")[:2] and left.attribute and right.attribute:
        marks.append("different_attribute")
    return tuple(marks)


def compare_indicators(left_tables: list[IndicatorTable], right_tables: list[IndicatorTable]
                       ) -> list[IndicatorComparison]:
    """Rows in the left plan's order, then the right plan's extra indicators."""
    left, right = _collect(left_tables), _collect(right_tables)
    keys = list(left) + [k for k in right if k not in left]
    rows = []
    for key in keys:
        a, b = left.get(key), right.get(key)
        label = (a or b).name
        rows.append(IndicatorComparison(key, label, a, b, _marks(a, b)))
    return rows
