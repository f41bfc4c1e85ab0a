"""One call for the comparison pane: everything about two plans, read in one go."""
from __future__ import annotations

from dataclasses import dataclass

from app.db.library import Source

from app.compare.indicators import IndicatorComparison, compare_indicators
from app.compare.structure import TopicRow, align_structure
from app.db.overrides import Overrides, apply_overrides, plan_sha256
from app.queries import box_details, indicator_tables, plan_structure
from app.queries.plans import PlanSummary


@dataclass(frozen=True)
class PlanComparison:
    left: PlanSummary
    right: PlanSummary
    indicators: tuple[IndicatorComparison, ...]
    topics: tuple[TopicRow, ...]


def corrected_tables(engine: Source, plan_id: int, overrides: Overrides | None) -> list:
    """A plan's indicator tables with the user's key corrections applied."""
    tables = list(indicator_tables(engine, plan_id))
    return apply_overrides(tables, plan_sha256(engine, plan_id), overrides) if overrides else tables


def compare_plans(engine: Source, left_id: int, right_id: int,
                  overrides: Overrides | None = None) -> PlanComparison | None:
    """None if either plan no longer exists. `overrides`: the user's corrections of indicator keys.

    Each plan's outline (which carries its summary) is read once and its boxes in one batch:
    a fixed number of queries per plan, whatever its size (bench/README.md has the profile).
    """
    left, right = plan_structure(engine, left_id), plan_structure(engine, right_id)
    if left is None or right is None:
        return None
    indicators = compare_indicators(corrected_tables(engine, left_id, overrides),
                                    corrected_tables(engine, right_id, overrides))
    topics = align_structure(left, right, list(box_details(engine, left_id)),
                             list(box_details(engine, right_id)))
    return PlanComparison(left.plan, right.plan, tuple(indicators), tuple(topics))
