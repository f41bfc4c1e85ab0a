"""Which plan to compare a plan with first, when the user has not said: a like one.

A city's plan is compared with its province's plan of the same period; a province's with
another province's plan of the same period (the bundled ones first, in library order);
failing that, any other plan.  No Qt.
"""
from __future__ import annotations

from app.queries.plans import PlanSummary


def suggest_partner(plans: list[PlanSummary], plan_id: int) -> int | None:
    """The plan to put beside `plan_id`, or None if the library has no other plan."""
    plan = next((p for p in plans if p.id == plan_id), None)
    others = [p for p in plans if p.id != plan_id]
    if plan is None or not others:
        return others[0].id if others else None
    same_period = [p for p in others if p.period == plan.period]
    if plan.city:
        province = [p for p in same_period if p.province == plan.province and not p.city]
        if province:
            return province[0].id
    peers = [p for p in same_period if bool(p.city) == bool(plan.city)] or same_period or others
    return peers[0].id
