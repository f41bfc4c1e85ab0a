"""The shape of one flattened table line: does it start an indicator row, a category,
a row number standing alone?  Pure functions over the line's pieces (`split_pieces`), used
by the table reader in app.ingest.tables while it reads a header and a body.
"""
from __future__ import annotations

import re

from app.ingest.cells import is_value_token
from app.ingest.headings import is_structural_heading
from app.ingest.tablelex import (
    ATTRIBUTES,
    CATEGORY_RE,
    HEADER_WORDS,
    NOTE_RE,
    ROW_RE,
    is_serial,
    row_seq,
    split_pieces,
)
from app.ingest.text_utils import collapse_cjk_spaces, has_cjk


def is_name(piece: str) -> bool:
    compact = collapse_cjk_spaces(piece)
    return has_cjk(compact) and not is_value_token(piece) and compact not in ATTRIBUTES


def row_start(pieces: list[str]) -> int | None:
    """Index of the piece that starts an indicator row, if the line starts one."""
    for k, piece in enumerate(pieces):
        if ROW_RE.match(piece):
            return k
    if len(pieces) >= 2 and is_name(pieces[0]) and all(is_value_token(p) or p in ATTRIBUTES for p in pieces[1:]):
        return 0  # a row printed without a number: 'name<TAB>value<TAB>value'
    return None


def unnumbered_row(pieces: list[str]) -> bool:
    """'城镇新增就业人数（万人） 500 550 预期性': a name, then values that are not years."""
    if len(pieces) < 2 or not is_name(pieces[0]) or collapse_cjk_spaces(pieces[0]) in HEADER_WORDS:
        return False
    rest = [p for p in pieces[1:] if p not in ATTRIBUTES]
    return bool(rest) and all(is_value_token(p) for p in rest) and not all(
        re.fullmatch(r"(19|20)\d{2}\s*年?", p) for p in rest)


def serial_cell_row(pieces: list[str]) -> bool:
    """'7', '失业保险参保人数', ...: a row whose number stands in a 序号 cell of its own
    (not '7', '7.失业保险参保人数', a numbered name after its number)."""
    if len(pieces) < 2 or not is_serial(pieces[0]) or not is_name(pieces[1]):
        return False
    numbered = ROW_RE.match(pieces[1])
    return (not (numbered and row_seq(numbered) == int(pieces[0])) and not CATEGORY_RE.match(pieces[1])
            and collapse_cjk_spaces(pieces[1]) not in HEADER_WORDS)


def category_row(pieces: list[str], raw: str, lines: list[str], i: int) -> bool:
    """A one-cell row (a category merged across the table) before an indicator row."""
    return (len(pieces) == 1 and "\t" not in raw.strip()
            and is_name(pieces[0]) and collapse_cjk_spaces(pieces[0]) not in HEADER_WORDS
            and next_is_row(lines, i))


def next_is_row(lines: list[str], i: int) -> bool:
    """Does the next non-blank line start an indicator row?"""
    for raw in lines[i + 1:i + 6]:
        stripped = raw.strip()
        if stripped:
            pieces = split_pieces(raw)
            return bool(pieces) and (bool(ROW_RE.match(pieces[0])) or re.fullmatch(r"\d{1,2}", pieces[0]) is not None)
    return False


def lone_seq(pieces: list[str], lines: list[str], i: int) -> int | None:
    """'1' alone on its line, followed by the indicator's name: a 序号 column."""
    if len(pieces) != 1 or not re.fullmatch(r"\d{1,2}", pieces[0]):
        return None
    for raw in lines[i + 1:i + 4]:
        following = split_pieces(raw)
        if following:
            is_bare_name = (is_name(following[0]) and not CATEGORY_RE.match(following[0])
                            and not ROW_RE.match(following[0]))
            return int(pieces[0]) if is_bare_name else None
    return None


UNIT_RE = re.compile(r"^[（(]?(?:[万亿千百十]?(?:人次|人|元|户|个|家|所|项|次|件|台|套|张|辆|吨|岁|年|月|天|小时|倍)"
                      r"|%|％|‰|个百分点|百分点|平方米|公里)[）)]?$")


def values_per_row(lines: list[str], i: int, rows: int = 3) -> int | None:
    """How many values each of the first rows holds, where cells are printed one per line
    (a name, maybe a unit, then values); None unless the first `rows` rows agree."""
    counts: list[int] = []
    for raw in lines[i:i + 12 * rows]:
        text = collapse_cjk_spaces(raw.strip())
        if not text:
            continue
        if len(split_pieces(raw)) != 1 or NOTE_RE.match(text) or is_structural_heading(text):
            break
        if is_value_token(text) and counts:
            counts[-1] += 1
        elif has_cjk(text) and not UNIT_RE.match(text) and text not in ATTRIBUTES:
            if len(counts) == rows:
                break
            counts.append(0)
    return counts[0] if len(counts) == rows and len(set(counts)) == 1 else None
