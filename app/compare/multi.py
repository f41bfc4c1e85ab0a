"""Two to four plans side by side, one section per period, like compared with like.

`compare(source, plan_ids)` gives a section for each period that at least two of the plans
report, the plans' own periods first: comparing 湖南 十四五 with 湖北 十四五 gives a
"十四五 规划目标" section from both main tables and a "十三五 完成情况" section from both
completion tables, never one table's baseline against another's target. In each section
there is one row per indicator (its dictionary key, else its normalised name, with the
user's corrections applied), in the first plan's order and then the others' extras, with
each plan's figures or None (未列此指标), what differs, and marks from `app.compare.marks`.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.compare.differences import Difference, attributes_differ, difference, target_met, units_differ
from app.compare.marks import Mark, legend
from app.compare.periods import Period
from app.compare.values import PeriodValues, PlanValues, plan_values
from app.db.library import Source
from app.db.overrides import Overrides
from app.queries.plans import PlanSummary

MAX_PLANS = 4
TARGETS, COMPLETION, MIXED = "targets", "completion", "mixed"
_HEADINGS = {TARGETS: ("规划目标", "targets"), COMPLETION: ("完成情况", "results"),
             MIXED: ("目标与完成情况", "targets and results")}


@dataclass(frozen=True)
class Row:
    """One indicator in one period: each plan's figures (None: 未列此指标) and what differs."""

    key: str
    label: str  # as the first plan listing it prints it
    values: tuple[PeriodValues | None, ...]  # per plan, in the comparison's plan order
    marks: tuple[Mark, ...]  # about the row (same target, different unit …)
    plan_marks: tuple[tuple[Mark, ...], ...]  # per plan (highest target, from the text …)
    target_difference: Difference | None
    actual_difference: Difference | None

    @property
    def changes(self) -> tuple[str | None, ...]:
        """Per plan, baseline → target in the unit's own sense ('+2.5 个百分点')."""
        return tuple(v.change() if v is not None else None for v in self.values)

    @property
    def difference_text(self) -> str:
        """The difference column: target, then actual, where comparable ('' where not)."""
        return "；".join(d.text for d in (self.target_difference, self.actual_difference) if d)

    @property
    def difference_text_en(self) -> str:
        return "; ".join(d.text_en for d in (self.target_difference, self.actual_difference) if d)

    @property
    def all_marks(self) -> tuple[Mark, ...]:
        return legend(self.marks + tuple(m for marks in self.plan_marks for m in marks))


@dataclass(frozen=True)
class Section:
    """The plans' figures for one period."""

    period: Period
    kind: str  # targets (every plan's own period) | completion (none's) | mixed
    heading: str  # 十四五 规划目标 / 十三五 完成情况 / 十三五 目标与完成情况
    heading_en: str
    reporting: tuple[bool, ...]  # per plan: does it give figures for this period?
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Comparison:
    plans: tuple[PlanSummary, ...]
    names: tuple[str, ...]  # short and distinct, for column headings: 湖南省, 湖北省
    own_periods: tuple[Period | None, ...]
    sections: tuple[Section, ...]

    @property
    def marks(self) -> tuple[Mark, ...]:
        """Every mark used, once, in the vocabulary's order: the legend to show."""
        return legend(m for s in self.sections for r in s.rows for m in r.all_marks)


def compare(source: Source, plan_ids: list[int] | tuple[int, ...],
            overrides: Overrides | None = None) -> Comparison | None:
    """Two to four plans compared period by period; None if a plan no longer exists.

    A fixed number of queries per plan (bench/: two plans, four plans at 500 plans).
    """
    if not 2 <= len(plan_ids) <= MAX_PLANS:
        raise ValueError(f"compare takes 2 to {MAX_PLANS} plans, not {len(plan_ids)}")
    found = [plan_values(source, plan_id, overrides) for plan_id in plan_ids]
    plans = [p for p in found if p is not None]
    return compare_values(plans) if len(plans) == len(found) else None


def compare_values(plans: list[PlanValues]) -> Comparison:
    """The comparison of plans whose values are already read (tests, other front ends)."""
    names = short_names([p.plan for p in plans])
    sections = tuple(_section(period, plans, names) for period in shared_periods(plans))
    return Comparison(tuple(p.plan for p in plans), names, tuple(p.own_period for p in plans), sections)


def shared_periods(plans: list[PlanValues]) -> list[Period]:
    """Periods at least two plans report: the plans' own periods first, then newest first."""
    counts: dict[Period, int] = {}
    for plan in plans:
        for period in set(plan.periods):
            counts[period] = counts.get(period, 0) + 1
    own = {p.own_period for p in plans}
    return sorted((p for p, n in counts.items() if n >= 2), key=lambda p: (p not in own, -p.end, p.name))


def short_names(plans: list[PlanSummary]) -> tuple[str, ...]:
    """Region (湖南省); region and period where two plans share a region; else the label."""
    for make in (lambda p: p.region, lambda p: f"{p.region} {p.period or ''}".strip(), lambda p: p.label):
        names = tuple(make(p) or p.label for p in plans)
        if len(set(names)) == len(names):
            return names
    return tuple(f"{p.label} ({p.id})" for p in plans)


def _section(period: Period, plans: list[PlanValues], names: tuple[str, ...]) -> Section:
    by_plan = [{v.key: v for v in p.in_period(period.name)} for p in plans]
    reporting = tuple(bool(found) for found in by_plan)
    keys = list(dict.fromkeys(key for found in by_plan for key in found))
    rows = tuple(_row(key, tuple(found.get(key) for found in by_plan), reporting, names) for key in keys)
    own = [p.own_period == period for p, r in zip(plans, reporting) if r]
    kind = TARGETS if all(own) else COMPLETION if not any(own) else MIXED
    zh, en = _HEADINGS[kind]
    return Section(period, kind, f"{period.name} {zh}", f"{period.english}: {en}", reporting, rows)


def _row(key: str, values: tuple[PeriodValues | None, ...], reporting: tuple[bool, ...],
         names: tuple[str, ...]) -> Row:
    marks: list[Mark] = []
    target_diff = actual_diff = None
    if units_differ(values):
        marks.append(Mark.DIFFERENT_UNIT)
    else:
        target_diff, why_not = difference(values, "target", names)
        actual_diff, _ = difference(values, "actual", names)
        if target_diff is not None and target_diff.same:
            marks.append(Mark.SAME_TARGET)
        if why_not is not None:
            marks.append(why_not)
    if attributes_differ(values):
        marks.append(Mark.DIFFERENT_ATTRIBUTE)
    if any(r and v is None for v, r in zip(values, reporting)):
        marks.append(Mark.ONLY_SOME)
    plan_marks = tuple(_plan_marks(i, v, r, target_diff) for i, (v, r) in enumerate(zip(values, reporting)))
    label = next(v.name for v in values if v is not None)
    return Row(key, label, values, tuple(marks), plan_marks, target_diff, actual_diff)


def _plan_marks(index: int, values: PeriodValues | None, reporting: bool,
                target_diff: Difference | None) -> tuple[Mark, ...]:
    if values is None:
        return (Mark.NOT_LISTED,) if reporting else (Mark.PERIOD_NOT_REPORTED,)
    marks = []
    if target_diff is not None and not target_diff.same:
        if index in target_diff.highest:
            marks.append(Mark.HIGHEST_TARGET)
        if index in target_diff.lowest:
            marks.append(Mark.LOWEST_TARGET)
    if values.from_text:
        marks.append(Mark.FROM_TEXT)
    met = target_met(values)
    if met is not None:
        marks.append(Mark.TARGET_MET if met else Mark.TARGET_MISSED)
    if values.unplaced:
        marks.append(Mark.UNPLACED)
    return tuple(marks)
