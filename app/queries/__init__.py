"""The read side: functions taking an Engine and returning frozen dataclasses, never
ORM objects, so the UI can hold results across threads and sessions. No Qt."""
from app.queries.boxes import (
    BoxDetail, CellView, ColumnView, IndicatorRowView, IndicatorTable, ItemView, UnplacedView,
    box_detail, box_details, boxes_by_id, indicator_tables,
)
from app.queries.plans import (
    IssueView, PlanStructure, PlanSummary, SourceText, TargetView, get_plan, list_plans,
    plan_issues, plan_source, plan_structure, plan_targets,
)
from app.queries.search import SearchHit, count_matches, search
from app.queries.text import TextBlock, TextView, chapter_text, part_text, preamble_text, section_text
from app.queries.tree import ROOT_REF, NodeRef, TreeNode, tree_children

__all__ = [
    "ROOT_REF", "BoxDetail", "CellView", "ColumnView", "IndicatorRowView", "IndicatorTable",
    "IssueView", "ItemView", "NodeRef", "PlanStructure", "PlanSummary", "SearchHit",
    "SourceText", "TargetView", "TextBlock", "TextView", "TreeNode", "UnplacedView", "box_detail",
    "box_details", "boxes_by_id", "chapter_text", "count_matches", "get_plan", "indicator_tables", "list_plans",
    "part_text", "plan_issues", "plan_source", "plan_structure", "plan_targets", "preamble_text", "search",
    "section_text", "tree_children",
]
