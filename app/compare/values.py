"""One plan's indicator values, each placed in a period and a role (see periods.py).

Every value keeps the cell as printed (raw text, comparator, cumulative mark), its column
heading, year and role, the table it was printed in and its source line. Prose targets
(`plan_targets`: 城镇新增就业500万人以上 in 主要目标) are the plan's own period's targets
"from the text", each with its line and sentence; they are used where no table gives that
indicator's target in that period, and kept beside a table's target where one does.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from collections.abc import Iterable
from functools import lru_cache

from app.compare.change import describe_change
from app.compare.periods import ACTUAL, BASELINE, TARGET, Period, own_period, period_order, place
from app.db.library import Source
from app.db.overrides import Overrides, plan_sha256
from app.indicators.matching import match_name, normalise_name
from app.queries import get_plan, indicator_tables, plan_targets
from app.queries.boxes import CellView, ColumnView, IndicatorRowView, IndicatorTable, UnplacedView
from app.queries.plans import PlanSummary, TargetView

TEXT_COLUMN = "正文"  # the column heading given to a target stated in the text


@dataclass(frozen=True)
class PeriodValue:
    """One printed value, placed in a period under a role."""

    period: str  # 十四五
    role: str  # baseline | target | actual
    cell: CellView  # as printed: raw, kind, value, comparator, cumulative, column, year, line
    table: str | None  # the table's label (专栏1 …); None for a target stated in the text
    from_text: bool = False
    sentence: str | None = None  # the sentence of a target stated in the text

    @property
    def raw(self) -> str:
        return self.cell.raw

    @property
    def value(self) -> float | None:
        return self.cell.value

    @property
    def heading(self) -> str:
        return self.cell.column

    @property
    def year(self) -> int | None:
        return self.cell.year

    @property
    def line(self) -> int | None:
        return self.cell.line


@dataclass(frozen=True)
class PeriodValues:
    """One plan's figures for one indicator in one period."""

    key: str  # dictionary key, or 'name:<normalised name>'
    name: str  # as printed (first table row, else the text)
    unit: str | None
    attribute: str | None  # 预期性 / 约束性 as printed, where printed
    period: str
    baseline: PeriodValue | None
    target: PeriodValue | None  # a table's target, else the text's
    actual: PeriodValue | None
    text_target: PeriodValue | None  # the target stated in the text, if any (also when a table gives one)
    unplaced: tuple[UnplacedView, ...]  # values the source row could not place in a column
    line: int | None  # the table row's line, else the sentence's

    @property
    def from_text(self) -> bool:
        return self.target is not None and self.target.from_text

    def change(self, english: bool = False) -> str | None:
        """Baseline → target in the unit's own sense ('+2.5 个百分点', '+40 万人（+12.3%）')."""
        if self.baseline is None or self.target is None:
            return None
        return describe_change(self.baseline.cell, self.target.cell, self.unit, english)


@dataclass(frozen=True)
class PlanValues:
    """Everything a plan reports, by period: own period first, then the others newest first."""

    plan: PlanSummary
    own_period: Period | None
    periods: tuple[Period, ...]
    values: tuple[tuple[PeriodValues, ...], ...]  # per period, indicators in printed order
    left_out: tuple[CellView, ...]  # cells of a year that belongs to no period

    def in_period(self, name: str) -> tuple[PeriodValues, ...]:
        return next((found for period, found in zip(self.periods, self.values) if period.name == name), ())


def row_key(row: IndicatorRowView) -> str:
    """The comparison key of a table row: its (corrected) dictionary key, else its name."""
    return row.key or f"name:{normalise_name(row.name)}"


@lru_cache(maxsize=4096)
def text_key(name: str, unit: str | None) -> str:
    """The comparison key of a target stated in the text that is linked to no table row."""
    match = match_name(name, unit)
    return match.key if match else f"name:{normalise_name(name)}"


class _Builder:
    """Collects one indicator's values in one period; the first real value of a role wins
    (a '—' is replaced by a figure printed in a later table)."""

    def __init__(self, key: str, name: str, unit: str | None, line: int | None):
        self.key, self.name, self.unit, self.line = key, name, unit, line
        self.attribute: str | None = None
        self.roles: dict[str, PeriodValue] = {}
        self.text_target: PeriodValue | None = None
        self.unplaced: list[UnplacedView] = []

    def add(self, value: PeriodValue, row: IndicatorRowView) -> None:
        """Keep a table value unless a real one of its role is held; the row that gives the
        target also gives the unit and attribute shown."""
        held = self.roles.get(value.role)
        if held is None or (held.cell.kind == "missing" and value.cell.kind != "missing"):
            self.roles[value.role] = value
            if value.role == TARGET:
                self.unit = row.unit or self.unit
                self.attribute = row.attribute or self.attribute
        self.attribute = self.attribute or row.attribute

    def build(self, period: str) -> PeriodValues:
        return PeriodValues(self.key, self.name, self.unit, self.attribute, period,
                            self.roles.get(BASELINE), self.roles.get(TARGET), self.roles.get(ACTUAL),
                            self.text_target, tuple(self.unplaced), self.line)


TableRow = tuple[str, tuple[ColumnView, ...], IndicatorRowView, str]  # (table label, columns, row, key)


def collect(plan: PlanSummary, rows: Iterable[TableRow],
            targets: Iterable[tuple[TargetView, str]]) -> PlanValues:
    """Place a plan's table rows and text targets (each with its key) in periods."""
    own = own_period(plan)
    found: dict[Period, dict[str, _Builder]] = {}
    left_out: list[CellView] = []
    for table, columns, row, key in rows:
        for cell in row.cells:
            where = place(cell.year, cell.role, own)
            if where is None:
                left_out.append(cell)
                continue
            period, role = where
            builder = _builder(found, period, key, row.name, row.unit, row.line)
            builder.add(PeriodValue(period.name, role, replace(cell, role=role), table), row)
        if row.unplaced:
            _add_unplaced(found, columns, own, row, key)
    if own is not None:
        for target, key in targets:
            _add_text_target(found, own, target, key)
    periods = period_order(found, own)
    return PlanValues(plan, own, tuple(periods),
                      tuple(tuple(b.build(p.name) for b in found[p].values()) for p in periods),
                      tuple(left_out))


def _builder(found, period: Period, key: str, name: str, unit: str | None, line: int | None) -> _Builder:
    by_key = found.setdefault(period, {})
    if key not in by_key:
        by_key[key] = _Builder(key, name, unit, line)
    return by_key[key]


def _add_unplaced(found, columns, own, row: IndicatorRowView, key: str) -> None:
    """Unplaced values go with the latest period the table's columns belong to: which column
    (and so which period, in a table spanning two) they were printed under is not known."""
    periods = [where[0] for where in (place(c.year, c.role, own) for c in columns) if where]
    if not periods:
        return
    latest = max(periods, key=lambda p: p.end)
    _builder(found, latest, key, row.name, row.unit, row.line).unplaced.extend(row.unplaced)


def _add_text_target(found, own: Period, target: TargetView, key: str) -> None:
    cell = CellView(TEXT_COLUMN, target.raw, "number" if target.value is not None else "text",
                    target.value, None, target.comparator, bool(target.cumulative), False,
                    own.end, TARGET, target.line)
    value = PeriodValue(own.name, TARGET, cell, None, from_text=True, sentence=target.sentence)
    builder = _builder(found, own, key, target.name, target.unit, target.line)
    if builder.text_target is None:
        builder.text_target = value
        if TARGET not in builder.roles or builder.roles[TARGET].cell.kind == "missing":
            builder.roles[TARGET] = value
            builder.unit = builder.unit or target.unit


def plan_values(source: Source, plan_id: int, overrides: Overrides | None = None) -> PlanValues | None:
    """A plan's values by period, with the user's key corrections applied; None if no such plan.

    Three queries (four with corrections), whatever the plan's size.
    """
    plan = get_plan(source, plan_id)
    if plan is None:
        return None
    tables = list(indicator_tables(source, plan_id))
    sha = plan_sha256(source, plan_id) if overrides else None
    if overrides:
        tables = apply_overrides(tables, sha, overrides)
    rows = [(t.label, t.columns, row, row_key(row)) for t in tables for row in t.rows]
    key_of_row = {row.id: key for _, _, row, key in rows}
    targets = [(t, _target_key(t, key_of_row, sha, overrides)) for t in plan_targets(source, plan_id)]
    return collect(plan, rows, targets)


def _target_key(target: TargetView, key_of_row: dict[int, str], sha: str | None,
                overrides: Overrides | None) -> str:
    if target.indicator_id in key_of_row:
        return key_of_row[target.indicator_id]
    if overrides and sha is not None and (sha, target.name) in overrides:
        corrected = overrides[(sha, target.name)]
        return corrected or f"name:{normalise_name(target.name)}"
    return text_key(target.name, target.unit)


def apply_overrides(tables: list[IndicatorTable], sha256: str | None, overrides: Overrides) -> list[IndicatorTable]:
    """The tables with the user's corrections (app.db.overrides) in place of the automatic keys."""
    if not overrides or sha256 is None:
        return tables
    fixed = []
    for table in tables:
        rows = tuple(replace(row, key=overrides[(sha256, row.name)]) if (sha256, row.name) in overrides else row
                     for row in table.rows)
        fixed.append(replace(table, rows=rows))
    return fixed
