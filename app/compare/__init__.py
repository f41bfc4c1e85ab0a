"""Comparing plans, without Qt.

Two to four plans, period by period (own period's targets, then the previous period's
completion): `compare` (multi.py), with marks from one vocabulary (marks.py) and the
arithmetic of figures in one place (change.py); one indicator across the library: `across`
(across.py); programme boxes paired by content: `compare_programmes` (programmes.py);
chart data (chartdata.py); a like plan to compare with first (choice.py).
"""
from app.compare.textdiff import DiffSpan, char_diff, similarity
from app.compare.marks import Mark
from app.compare.periods import Period
from app.compare.values import PeriodValue, PeriodValues, PlanValues, plan_values
from app.compare.multi import Comparison, Row, Section, compare
from app.compare.across import AcrossRow, across, by_value, targets_by_value
from app.compare.programmes import ItemRow, ProgrammeComparison, ProgrammeRow, compare_programmes, diff_scope

__all__ = ["AcrossRow", "Comparison", "DiffSpan", "ItemRow", "Mark", "Period", "PeriodValue", "PeriodValues",
           "PlanValues", "ProgrammeComparison", "ProgrammeRow", "Row", "Section", "across", "by_value", "char_diff",
           "compare", "compare_programmes", "diff_scope", "plan_values", "similarity", "targets_by_value"]
