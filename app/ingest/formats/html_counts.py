"""What the web-page reader asks of every element, answered for all of them in one pass.

Choosing the content container asks, for each candidate, how many Chinese characters it
holds. Asking `tag.get_text()` per candidate reads each subtree again: 10,000 nested
`<div class="content">` took a minute. Here the counts are summed bottom-up once, so the
whole page costs one walk; the answers are exactly what `get_text()` would give, because
only the string types `get_text()` reads on an ordinary element are counted (elements that
read other types, such as <rt>, are counted the slow way). Also the element budget: a page's
tags are counted in its text before bs4 builds a tree of them.
"""
from __future__ import annotations

import re

from app.ingest import budget as budgets

_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_PRINTED_RE = re.compile(r"[^ \t\n\r\f\xa0]")  # what survives the reader's whitespace clean-up
_TAG_RE = re.compile(r"<[A-Za-z]")


def count_elements(text: str) -> None:
    """Raise BudgetExceeded if the page has more elements than the budget allows."""
    budget = budgets.current()
    limit = budget.limits.amount("elements")
    for number, _ in enumerate(_TAG_RE.finditer(text), 1):
        if number % 10_000 == 0 or number > limit:
            budget.count("elements", number)


class SubtreeCounts:
    """Chinese characters, printed characters and depth of every element under `root`."""

    def __init__(self, root, bs4):
        self._bs4 = bs4
        self._plain = bs4.element.Tag.MAIN_CONTENT_STRING_TYPES
        order = [root, *(node for node in root.descendants if isinstance(node, bs4.element.Tag))]
        self.depth = {id(root): len(list(root.parents))}
        for tag in order[1:]:  # document order: a parent before its children
            self.depth[id(tag)] = self.depth[id(tag.parent)] + 1
        self._cjk: dict[int, int] = {}
        self._printed: dict[int, int] = {}
        self._size: dict[int, int] = {}
        for tag in reversed(order):  # children before their parents
            cjk = printed = size = 0
            for child in tag.contents:
                if isinstance(child, bs4.element.Tag):
                    cjk += self._cjk[id(child)]
                    printed += self._printed[id(child)]
                    size += self._size[id(child)] + 1
                elif type(child) in self._plain:
                    cjk += len(_CJK_RE.findall(child))
                    printed += len(_PRINTED_RE.findall(child))
            self._cjk[id(tag)], self._printed[id(tag)], self._size[id(tag)] = cjk, printed, size

    def cjk(self, tag) -> int:
        """len(_CJK_RE.findall(tag.get_text())), as it was when the counts were made."""
        if id(tag) not in self._cjk or tag.interesting_string_types != self._plain:
            return len(_CJK_RE.findall(tag.get_text()))
        return self._cjk[id(tag)]

    def size(self, tag) -> int:
        """How many elements the tag holds (0 for one it does not know)."""
        return self._size.get(id(tag), 0)

    def printed(self, tag) -> int:
        """Characters of tag.get_text() that are not spaces, tabs or line breaks."""
        if id(tag) not in self._printed or tag.interesting_string_types != self._plain:
            return len(_PRINTED_RE.findall(tag.get_text()))
        return self._printed[id(tag)]
