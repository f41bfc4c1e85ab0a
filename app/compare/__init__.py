"""Comparing two plans: indicators side by side, structure aligned by topic, text diffs. No Qt."""
from app.compare.indicators import IndicatorComparison, SideValues, compare_indicators
from app.compare.structure import StructurePair, TopicRow, align_structure
from app.compare.service import PlanComparison, compare_plans
from app.compare.textdiff import DiffSpan, char_diff, similarity

__all__ = ["DiffSpan", "IndicatorComparison", "PlanComparison", "SideValues", "StructurePair", "TopicRow",
           "align_structure", "char_diff", "compare_indicators", "compare_plans", "similarity"]
