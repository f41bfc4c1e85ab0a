"""What the charts draw, prepared without Qt: points with their printed text and source line.

A bound ('≥95', '<5.5') is drawn as a bound, never as a point; cumulative values are
flagged; values that are missing, unplaced or not numbers are left out and counted.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.compare.change import met
from app.db.library import Source
from app.indicators.matching import normalise_unit
from app.queries import indicator_tables, list_plans
from app.queries.boxes import CellView, IndicatorRowView, IndicatorTable, rows_with_key



@dataclass(frozen=True)
class ValuePoint:
    value: float
    raw: str
    comparator: str | None
    cumulative: bool
    line: int | None


@dataclass(frozen=True)
class Dumbbell:
    label: str
    unit: str | None
    attribute: str | None
    baseline: ValuePoint | None
    target: ValuePoint | None
    actual: ValuePoint | None
    line: int | None


@dataclass(frozen=True)
class UnitGroup:
    unit: str
    rows: tuple[Dumbbell, ...]
    left_out: tuple[str, ...]  # indicators with nothing drawable (missing, unplaced, text)


def _point(cell: CellView | None) -> ValuePoint | None:
    if cell is None or cell.kind != "number" or cell.value is None:
        return None
    return ValuePoint(cell.value, cell.raw, cell.comparator, cell.cumulative, cell.line)


def _role(row: IndicatorRowView, role: str) -> CellView | None:
    cells = [c for c in row.cells if c.role == role]
    return cells[-1] if cells else None


def dumbbell(row: IndicatorRowView) -> Dumbbell:
    return Dumbbell(row.name, row.unit, row.attribute, _point(_role(row, "baseline")),
                    _point(_role(row, "target")), _point(_role(row, "actual")), row.line)


def unit_groups(tables: list[IndicatorTable]) -> list[UnitGroup]:
    """Indicators grouped by unit (no axis mixes units), in printed order."""
    groups: dict[str, list[Dumbbell]] = {}
    left_out: dict[str, list[str]] = {}
    for table in tables:
        for row in table.rows:
            unit = normalise_unit(row.unit) or "—"
            item = dumbbell(row)
            if item.baseline or item.target or item.actual:
                groups.setdefault(unit, []).append(item)
            else:
                left_out.setdefault(unit, []).append(row.name)
    units = list(dict.fromkeys(list(groups) + list(left_out)))
    return [UnitGroup(u, tuple(groups.get(u, ())), tuple(left_out.get(u, ()))) for u in units]


def achieved(item: Dumbbell) -> bool | None:
    """Did the actual figure meet the target?  None where the direction cannot be known."""
    if item.actual is None or item.target is None or item.actual.cumulative != item.target.cumulative:
        return None
    return met(item.target.comparator, item.target.value, item.actual.value, item.unit)


def plan_chart_tables(engine: Source, plan_id: int, completion: bool) -> list[IndicatorTable]:
    """The plan's main tables (or its completion tables, which have an 'actual' column)."""
    tables = list(indicator_tables(engine, plan_id))
    has_actual = [t for t in tables if any(c.role == "actual" for c in t.columns)]
    return has_actual if completion else [t for t in tables if t not in has_actual] or tables


@dataclass(frozen=True)
class PlanPoint:
    plan_label: str
    source_file: str
    item: Dumbbell


def across_plans(engine: Source, key: str) -> list[PlanPoint]:
    """One indicator (canonical key) in every plan that lists it; a plan's main table wins
    over its completion table. Two queries whatever the size of the library."""
    plans = {plan.id: plan for plan in list_plans(engine)}
    chosen: dict[int, tuple[bool, IndicatorRowView]] = {}
    for keyed in rows_with_key(engine, key):
        is_main = "完成" not in keyed.table_title and not any(c.role == "actual" for c in keyed.row.cells)
        if keyed.plan_id not in chosen or (is_main and not chosen[keyed.plan_id][0]):
            chosen[keyed.plan_id] = (is_main, keyed.row)
    return [PlanPoint(plans[pid].label, plans[pid].source_file, dumbbell(row))
            for pid, (_, row) in chosen.items() if pid in plans]
