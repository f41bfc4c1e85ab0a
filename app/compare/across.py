"""One indicator across every plan in the library, value by value, for the table beside the
"one indicator across plans" chart (`chartdata.across_plans` draws it).

Each row is one printed value with the period and role it belongs to (periods.py), from a
table or, where no table gives that plan's target in that period, from the text. A value
that is missing ('—') or not a number is kept with `value` None and sorts last, never as 0.
A fixed number of queries per database, whatever the size of the library.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.compare.periods import ROLES
from app.compare.values import TableRow, collect, text_key
from app.db.library import Source, engines_of
from app.models import Indicator, ProseTarget
from app.queries import list_plans
from app.queries.boxes import rows_with_key
from app.queries.plans import PlanSummary, TargetView


@dataclass(frozen=True)
class AcrossRow:
    """One plan's value of the indicator, in one period and role."""

    plan: PlanSummary
    period: str  # 十四五
    role: str  # baseline | target | actual
    raw: str  # as printed: '[>325]', '5.5%以内'
    value: float | None  # None where missing or not a number
    unit: str | None
    comparator: str | None
    cumulative: bool
    line: int | None
    from_text: bool
    name: str  # the indicator as the plan prints it
    heading: str  # the column heading it was printed under ('正文' for the text)
    year: int | None
    sentence: str | None = None  # for a value from the text


def across(source: Source, key: str) -> list[AcrossRow]:
    """Every value of the indicator with this dictionary key in every plan, in library order,
    each plan's own period first, baseline, target, actual."""
    rows: dict[int, list[TableRow]] = {}
    for keyed in rows_with_key(source, key):
        rows.setdefault(keyed.plan_id, []).append((keyed.table_title, (), keyed.row, key))
    targets = _text_targets(source, key)
    found = []
    for plan in list_plans(source):
        if plan.id not in rows and plan.id not in targets:
            continue
        values = collect(plan, rows.get(plan.id, ()), targets.get(plan.id, ()))
        for period_values in values.values:
            for indicator in period_values:
                for role in ROLES:
                    value = getattr(indicator, role)
                    if value is not None:
                        cell = value.cell
                        found.append(AcrossRow(plan, value.period, role, cell.raw,
                                               cell.value if cell.kind == "number" else None,
                                               indicator.unit, cell.comparator, cell.cumulative, cell.line,
                                               value.from_text, indicator.name, cell.column, cell.year,
                                               value.sentence))
    return found


def _text_targets(source: Source, key: str) -> dict[int, list[tuple[TargetView, str]]]:
    """Targets stated in any plan's text that are this indicator: linked to a table row with
    this key, or (linked to none) matching it by name. Two queries per database: the names of
    unlinked targets first (a few dozen in a library of hundreds of plans), then only the rows
    wanted."""
    found: dict[int, list[tuple[TargetView, str]]] = {}
    for engine in engines_of(source):
        with Session(engine) as session:
            names = session.execute(select(ProseTarget.name, ProseTarget.unit).distinct()
                                    .where(ProseTarget.indicator_id.is_(None))).all()
            matching = sorted({name for name, unit in names if text_key(name, unit) == key})
            unlinked = ProseTarget.indicator_id.is_(None) & ProseTarget.name.in_(matching)
            stmt = (select(ProseTarget.plan_id, ProseTarget.name, ProseTarget.raw, ProseTarget.value,
                           ProseTarget.unit, ProseTarget.comparator, ProseTarget.cumulative, ProseTarget.line,
                           ProseTarget.sentence, ProseTarget.indicator_id, ProseTarget.indicator_name)
                    .outerjoin(Indicator, Indicator.id == ProseTarget.indicator_id)
                    .where(or_(Indicator.key == key, unlinked) if matching else Indicator.key == key)
                    .order_by(ProseTarget.plan_id, ProseTarget.position))
            for plan_id, *fields in session.execute(stmt):
                target = TargetView(*fields)
                if target.indicator_id is not None or text_key(target.name, target.unit) == key:
                    found.setdefault(plan_id, []).append((target, key))
    return found


def by_value(rows: list[AcrossRow], descending: bool = True) -> list[AcrossRow]:
    """Rows sorted by their number, largest first (or smallest); rows without a number
    (missing, text) last either way, in their given order — never sorted as zero."""
    numbered = [(r.value, r) for r in rows if r.value is not None]
    rest = [r for r in rows if r.value is None]
    ordered = sorted(numbered, key=lambda pair: pair[0], reverse=descending)  # stable: ties keep their order
    return [r for _, r in ordered] + rest


def targets_by_value(rows: list[AcrossRow], descending: bool = True) -> list[AcrossRow]:
    """The target rows only, sorted by target value (the table's default sort)."""
    return by_value([r for r in rows if r.role == "target"], descending)
