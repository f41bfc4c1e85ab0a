"""Character-level differences between two texts (Chinese has no spaces between words)."""
from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True)
class DiffSpan:
    op: str  # equal | delete | insert | replace
    left: str
    right: str


def char_diff(left: str, right: str) -> list[DiffSpan]:
    """Spans that turn `left` into `right`, compared character by character."""
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    return [DiffSpan(op, left[i1:i2], right[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes()]


def similarity(left: str, right: str) -> float:
    """0..1, how much of the two texts is shared, by characters."""
    if not left and not right:
        return 1.0
    return SequenceMatcher(None, left, right, autojunk=False).ratio()
