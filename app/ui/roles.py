"""The app's own Qt item data roles, declared once so no two models pick the same number."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)


class Role(IntEnum):
    NODE = _BASE + 1  # a tree node's TreeNode
    KIND = _BASE + 2  # a tree node's kind (NodeKind)
    LINE = _BASE + 3  # the source line a row or cell comes from
    SORT = _BASE + 4  # the value a column sorts by (numbers, not their text)
    ISSUE = _BASE + 5  # a problem's IssueView
    HIT = _BASE + 6  # a search result's SearchHit
    PAIR = _BASE + 7  # a comparison's pair of boxes
    PLAN = _BASE + 8  # the plan id a comparison cell's figures come from
