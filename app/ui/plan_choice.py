"""How a plan is named in drop-down lists (comparison, charts): imported ones marked."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.service import PlanSummary


def plan_choice_label(plan: PlanSummary) -> str:
    label = f"{plan.label}：{plan.display_title}"
    if plan.bundled:
        return label
    return QCoreApplication.translate("PlanChoice", "{label} (imported)").format(label=label)
