"""A row with fewer cells than columns, placed only where its cells can go one way alone.

A copy that leaves out a 类别 printed only on a group's first row ('城镇登记失业率 | % | 3.6 |
<4.5 | 预期性' under 类别|指标|单位|2020年|2025年|属性) still says where every cell goes: a
name, then a unit, two values, an attribute fit the columns in one way only.  A row whose
cells fit two ways ('万人 | 〔100〕 | 预期性': which year is 〔100〕?) is not placed.
"""
from __future__ import annotations

import re

from app.ingest.cells import is_value_token
from app.ingest.tablelex import ATTRIBUTES
from app.ingest.text_utils import collapse_cjk_spaces, has_cjk

_UNIT_RE = re.compile(r"^[（(]?[万亿千百十人次元个家所户倍年月日小时天项%％‰/·米平方公里吨辆张件台套岁]{1,6}[）)]?$")
_MAX_FITS = 2  # two are as good as many: the row is ambiguous


def fits(text: str, kind: str, words: bool) -> bool:
    """Can a cell of this text stand in a column of this kind?"""
    word = collapse_cjk_spaces(text)
    value = is_value_token(word)
    if kind == "seq":
        return bool(re.fullmatch(r"\d{1,3}", word))
    if kind == "unit":
        return bool(_UNIT_RE.match(word)) and not value
    if kind == "attribute":
        return word in ATTRIBUTES
    if kind in ("name", "category"):
        return has_cjk(word) and not value and word not in ATTRIBUTES and not _UNIT_RE.match(word)
    if kind == "value":
        return value or (words and has_cjk(word) and word not in ATTRIBUTES)
    return False


def unique_fit(texts: list[str], kinds: list[str], word_columns: set[int]) -> list[int] | None:
    """The column of each cell, if the cells (in order) fit the columns in exactly one way
    with the name column filled; None otherwise."""
    found: list[list[int]] = []

    def place(k: int, column: int, chosen: list[int]) -> None:
        if len(found) >= _MAX_FITS:
            return
        if k == len(texts):
            if "name" not in kinds or kinds.index("name") in chosen:
                found.append(list(chosen))
            return
        for c in range(column, len(kinds) - (len(texts) - k) + 1):
            if fits(texts[k], kinds[c], c in word_columns):
                place(k + 1, c + 1, chosen + [c])

    place(0, 0, [])
    return found[0] if len(found) == 1 else None
