"""One call for the comparison pane: everything about two plans, read in one go."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from app.compare.indicators import IndicatorComparison, compare_indicators
from app.compare.structure import TopicRow, align_structure
from app.queries import box_detail, get_plan, indicator_tables, plan_structure
from app.queries.plans import PlanSummary


@dataclass(frozen=True)
class PlanComparison:
    left: PlanSummary
    right: PlanSummary
    indicators: tuple[IndicatorComparison, ...]
    topics: tuple[TopicRow, ...]


def _boxes(engine: Engine, plan_id: int) -> list:
    structure = plan_structure(engine, plan_id)
    return [b for b in (box_detail(engine, o.id) for o in structure.boxes) if b is not None]


def compare_plans(engine: Engine, left_id: int, right_id: int) -> PlanComparison | None:
    """None if either plan no longer exists."""
    left, right = get_plan(engine, left_id), get_plan(engine, right_id)
    if left is None or right is None:
        return None
    indicators = compare_indicators(list(indicator_tables(engine, left_id)), list(indicator_tables(engine, right_id)))
    topics = align_structure(plan_structure(engine, left_id), plan_structure(engine, right_id),
                             _boxes(engine, left_id), _boxes(engine, right_id))
    return PlanComparison(left, right, tuple(indicators), tuple(topics))
