"""Lines of a text table cut into positioned chunks, and column edges found from a whole table.

A copy of a PDF (`pdftotext -layout`) or a typed table aligns its columns with runs of
spaces.  A table typed on a fixed-width screen counts a CJK character as two columns;
`pdftotext -layout` counts every character as one.  Which of the two a table uses is
decided by which one lines its rows up (`wide` = 2 or 1).  A chunk is text between runs
of two or more spaces.  The column edges are the gaps that no data row prints across.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.ingest.text_utils import has_cjk

_GAP_RE = re.compile(r"(?:[ \u00a0]{2,}|\u3000+[ \u00a0\u3000]*|[ \u00a0]\u3000[ \u00a0\u3000]*)")


@dataclass
class Chunk:
    start: int  # display column of the first character
    end: int  # display column after the last character
    text: str


def char_width(ch: str, wide: int = 2) -> int:
    return wide if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str, wide: int = 2) -> int:
    return sum(char_width(ch, wide) for ch in text)


def chunks(raw: str, wide: int = 2) -> list[Chunk]:
    """The chunks of a line, with their columns (tabs expanded to eight)."""
    raw = raw.expandtabs(8).rstrip()
    out: list[Chunk] = []
    col, pos = 0, 0
    for match in _GAP_RE.finditer(raw):
        _add(out, raw[pos:match.start()], col, wide)
        col += display_width(raw[pos:match.end()], wide)
        pos = match.end()
    _add(out, raw[pos:], col, wide)
    return _merge_spaced_word(out)


def _add(out: list[Chunk], piece: str, col: int, wide: int) -> None:
    lead = len(piece) - len(piece.lstrip())
    col += display_width(piece[:lead], wide)
    text = piece.strip()
    if text:
        out.append(Chunk(col, col + display_width(text, wide), text))


def _merge_spaced_word(found: list[Chunk]) -> list[Chunk]:
    """'指  标' is one word spaced out across its cell, not two cells."""
    merged: list[Chunk] = []
    for chunk in found:
        prev = merged[-1] if merged else None
        if (prev is not None and len(chunk.text) == 1 and has_cjk(chunk.text) and has_cjk(prev.text[-1])
                and len(prev.text.split()[-1]) == 1 and chunk.start - prev.end <= 6):
            merged[-1] = Chunk(prev.start, chunk.end, prev.text + chunk.text)
        else:
            merged.append(chunk)
    return merged


def split_at_spaces(chunk: Chunk, edges: list[tuple[int, int]], wide: int, header: bool = False) -> list[Chunk]:
    """A chunk reaching across a column edge at a single space ('序号 指标'): its words, each
    group in the column it stands in.  Unchanged where no space falls on the edge.

    A body word must lie within one column; a heading word (headings are centred, and
    often wider than their column) goes to the column it overlaps most.
    """
    words = []
    for match in re.finditer(r"\S+", chunk.text):
        start = chunk.start + display_width(chunk.text[:match.start()], wide)
        words.append(Chunk(start, start + display_width(match.group(), wide), match.group()))
    owners = [(best_column(word, edges) if header else column_of(word, edges)) for word in words]
    if len(words) < 2 or None in owners or len(set(owners)) < 2:
        return [chunk]
    groups: list[Chunk] = []
    last = None
    for word, owner in zip(words, owners):
        if groups and owner == last:
            groups[-1] = Chunk(groups[-1].start, word.end, groups[-1].text + " " + word.text)
        else:
            groups.append(word)
        last = owner
    return groups


def best_column(chunk: Chunk, edges: list[tuple[int, int]]) -> int:
    """The column a chunk overlaps most, or the nearest one."""
    overlaps = [min(chunk.end, b) - max(chunk.start, a) for a, b in edges]
    if max(overlaps) > 0:
        return overlaps.index(max(overlaps))
    centre = (chunk.start + chunk.end) / 2
    return min(range(len(edges)), key=lambda k: abs((edges[k][0] + edges[k][1]) / 2 - centre))


def column_edges(rows: list[list[Chunk]]) -> list[tuple[int, int]] | None:
    """Column intervals from the rows' chunks: separated where no row prints.

    The edges come from the rows that fill the most columns (a row with an empty cell,
    or with two cells printed a single space apart, says less); those must line up, every
    chunk in a column of its own.  None when they do not: then positions say nothing and
    only the order of chunks does.  Other rows are placed by these edges, cell by cell.
    """
    most = max((len(row) for row in rows), default=0)
    full = [row for row in rows if len(row) == most]
    if len(full) < 2 and len(rows) > 2:
        full = rows
    width = max((c.end for row in full for c in row), default=0)
    used = [False] * (width + 1)
    for row in full:
        for chunk in row:
            for x in range(chunk.start, chunk.end):
                used[x] = True
    edges, start = [], None
    for x, on in enumerate(used):
        if on and start is None:
            start = x
        elif not on and start is not None:
            edges.append((start, x))
            start = None
    if len(edges) < most:
        return None
    for row in full:
        owners = [column_of(chunk, edges) for chunk in row]
        if None in owners or len(set(owners)) < len(owners):
            return None
    return edges


def column_of(chunk: Chunk, edges: list[tuple[int, int]]) -> int | None:
    """The column a chunk lies in; None where it reaches across two, or stands mostly in
    the gap between them (touching a column at its edge says nothing)."""
    inside = [k for k, (a, b) in enumerate(edges) if chunk.start < b and chunk.end > a]
    if len(inside) != 1:
        return None
    a, b = edges[inside[0]]
    overlap = min(chunk.end, b) - max(chunk.start, a)
    return inside[0] if overlap * 2 >= chunk.end - chunk.start else None


def spanned_columns(chunk: Chunk, edges: list[tuple[int, int]]) -> list[int]:
    """The columns a header chunk stands over (the nearest one where it stands in a gap)."""
    inside = [k for k, (a, b) in enumerate(edges) if chunk.start < b and chunk.end > a]
    if inside:
        return inside
    centre = (chunk.start + chunk.end) / 2
    return [min(range(len(edges)), key=lambda k: abs((edges[k][0] + edges[k][1]) / 2 - centre))]
