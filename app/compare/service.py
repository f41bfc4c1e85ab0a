"""One call for the comparison pane: everything about two plans, read in one go."""
from __future__ import annotations

from dataclasses import dataclass

from app.db.library import Source

from app.compare.indicators import IndicatorComparison, compare_indicators
from app.compare.structure import TopicRow, align_structure
from app.db.overrides import Overrides, apply_overrides, plan_sha256
from app.queries import box_detail, get_plan, indicator_tables, plan_structure
from app.queries.plans import PlanSummary


@dataclass(frozen=True)
class PlanComparison:
    left: PlanSummary
    right: PlanSummary
    indicators: tuple[IndicatorComparison, ...]
    topics: tuple[TopicRow, ...]


def _boxes(engine: Source, plan_id: int) -> list:
    structure = plan_structure(engine, plan_id)
    return [b for b in (box_detail(engine, o.id) for o in structure.boxes) if b is not None]


def corrected_tables(engine: Source, plan_id: int, overrides: Overrides | None) -> list:
    """A plan's indicator tables with the user's key corrections applied."""
    tables = list(indicator_tables(engine, plan_id))
    return apply_overrides(tables, plan_sha256(engine, plan_id), overrides) if overrides else tables


def compare_plans(engine: Source, left_id: int, right_id: int,
                  overrides: Overrides | None = None) -> PlanComparison | None:
    """None if either plan no longer exists. `overrides`: the user's corrections of indicator keys."""
    left, right = get_plan(engine, left_id), get_plan(engine, right_id)
    if left is None or right is None:
        return None
    indicators = compare_indicators(corrected_tables(engine, left_id, overrides),
                                    corrected_tables(engine, right_id, overrides))
    topics = align_structure(plan_structure(engine, left_id), plan_structure(engine, right_id),
                             _boxes(engine, left_id), _boxes(engine, right_id))
    return PlanComparison(left, right, tuple(indicators), tuple(topics))
