"""Comparing plans: indicators side by side, structure aligned by topic, text diffs. No Qt.

Two plans, as the comparison pane shows them today: `compare_plans` (service.py).
Two to four plans, period by period (own period's targets, then the previous period's
completion): `compare` (multi.py), with marks from one vocabulary (marks.py); one indicator
across the library: `across` (across.py); programme boxes paired by content:
`compare_programmes` (programmes.py).
"""
from app.compare.indicators import IndicatorComparison, SideValues, compare_indicators
from app.compare.structure import StructurePair, TopicRow, align_structure
from app.compare.service import PlanComparison, compare_plans
from app.compare.textdiff import DiffSpan, char_diff, similarity
from app.compare.marks import Mark
from app.compare.periods import Period
from app.compare.values import PeriodValue, PeriodValues, PlanValues, plan_values
from app.compare.multi import Comparison, Row, Section, compare
from app.compare.across import AcrossRow, across, by_value, targets_by_value
from app.compare.programmes import ItemRow, ProgrammeComparison, ProgrammeRow, compare_programmes, diff_scope

__all__ = ["AcrossRow", "Comparison", "DiffSpan", "IndicatorComparison", "ItemRow", "Mark", "Period",
           "PeriodValue", "PeriodValues", "PlanComparison", "PlanValues", "ProgrammeComparison", "ProgrammeRow",
           "Row", "Section", "SideValues", "StructurePair", "TopicRow", "across", "align_structure", "by_value",
           "char_diff", "compare", "compare_indicators", "compare_plans", "compare_programmes", "diff_scope",
           "plan_values", "similarity", "targets_by_value"]
