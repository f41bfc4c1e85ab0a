"""Positioned PDF text to lines: spacing inside a line, page furniture, and re-joining wrapped lines.

A PDF has no paragraphs, only printed lines at positions.  These helpers rebuild what
the parser needs: a column gap inside a line becomes two spaces (so a table row's
numbers stay apart), running headers, footers and page numbers are dropped, and the
lines of one paragraph, wrapped by the layout, are joined again.  For ruled tables they
tell rules from shading, imply the rule a page break left out and find the narrow empty
gaps between two cells' own borders.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from app.ingest.grid import SpanCell
from app.ingest.headings import is_structural_heading
from app.ingest.textlayout import display_width

_PAGE_NUMBER_RES = (
    re.compile(r"^[-—–－−~～\s]*\d{1,4}[-—–－−~～\s]*$"),  # 3, - 3 -, —3—
    re.compile(r"^第\s*\d{1,4}\s*页(\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?$"),  # 第3页, 第3页 共20页
    re.compile(r"^\d{1,4}\s*[/／]\s*\d{1,4}$"),  # 3/20
    re.compile(r"^page\s+\d{1,4}(\s+of\s+\d{1,4})?$", re.I),
)
_COLUMN_GAP = 1.0  # a gap of a full character or more between two characters is a column gap
_WORD_GAP = 0.3  # a quarter character or more without a space character is still a space
_FULL_PAGE = 5  # a page with fewer body lines than this does not show where lines end
_SENTENCE_END_RE = re.compile(r"[。！？；：!?;:…][”’」』）)]*$")
_FRAME_PADDING = 6.0  # points between a box's frame and its text (Word 5.4, reportlab 6)


@dataclass
class Line:
    """One printed line: its text and where it stands on its page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    region: int = 0  # 0: the page body; k: the k-th box (one-column table) on the page
    frame: tuple[float, float] | None = None  # left and right of the box's frame
    space_after: bool = False  # the line ends in a space character (a wrap at a space)
    chunks: list[tuple[float, str]] = field(default_factory=list)  # (left edge, text) between column gaps


@dataclass
class TableBlock:
    """A data table found on a page: its rows of cells, each with its text and spans."""

    rows: list[list[SpanCell]]
    top: float
    page: int


def line_chunks(chars: list[dict]) -> list[tuple[float, str]]:
    """A line's text cut at column gaps: (left edge, text) of each chunk, left to right.

    Inside a chunk, a space character or a gap of a quarter character is one space.
    """
    found: list[tuple[float, list[str]]] = []
    prev = None
    pending_space = False
    for char in sorted(chars, key=lambda c: c["x0"]):
        text = char.get("text") or ""
        if not text.strip():
            pending_space = True
            continue
        if prev is not None:
            size = max(char.get("size") or 0, prev.get("size") or 0, 1.0)
            gap = char["x0"] - prev["x1"]
            if gap >= _COLUMN_GAP * size:
                found.append((float(char["x0"]), []))
            elif pending_space or gap >= _WORD_GAP * size:
                found[-1][1].append(" ")
        else:
            found.append((float(char["x0"]), []))
        found[-1][1].append(text)
        prev, pending_space = char, False
    return [(x0, "".join(parts)) for x0, parts in found]


def layout_text(line: Line, edges: dict) -> str:
    """A line as a fixed-width screen would show it: indented, its chunks at their columns.

    A column is half the type size, the width of a digit (a CJK character takes two), so a
    table without rules keeps its columns lined up for the text table reader, as
    `pdftotext -layout` prints them.
    """
    left = edges[(line.page, line.region)][0]
    unit = max(line.size, 1.0) / 2
    out = ""
    for x0, text in line.chunks:
        column = round((x0 - left) / unit)
        gap = column - display_width(out)
        out += " " * max(gap, 2 if out else 0) + text
    return out


def group_lines(chars: list[dict]) -> list[list[dict]]:
    """Characters (spaces included) grouped into printed lines, top to bottom.

    A character belongs to the line whose middle is within 0.4 of its size of its own
    middle; pdfplumber's own line text drops the space characters that tell '第一章 总则'
    from '第一章总则'.
    """
    lines: list[list[dict]] = []
    middles: list[float] = []
    for char in sorted(chars, key=lambda c: (c["top"] + c["bottom"]) / 2):
        middle = (char["top"] + char["bottom"]) / 2
        size = float(char.get("size") or 0) or (char["bottom"] - char["top"]) or 10.0
        if lines and abs(middle - middles[-1]) <= 0.4 * size:
            lines[-1].append(char)
        else:
            lines.append([char])
            middles.append(middle)
    return [sorted(line, key=lambda c: c["x0"]) for line in lines if any(c["text"].strip() for c in line)]


def _furniture_key(text: str) -> str:
    """The same running header on every page, whatever page number it carries."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def is_page_number(text: str) -> bool:
    return any(pattern.match(text.strip()) for pattern in _PAGE_NUMBER_RES)


def drop_furniture(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Drop running headers and footers (repeated at the top or bottom of pages) and page numbers.

    Only the first and last two lines of a page are candidates, so a repeated line in the
    body is kept; a bare number counts as a page number only in the top or bottom margin.
    """
    edges = [_edge_lines(lines) for lines in pages]
    counts = Counter(key for edge in edges for key in {_furniture_key(ln.text) for ln in edge})
    repeated = {key for key, n in counts.items()
                if n >= 2 and n >= 0.5 * len(pages) and 0 < len(key) <= 40}
    kept_pages = []
    for lines, edge, height in zip(pages, edges, heights, strict=False):
        drop = {id(ln) for ln in edge if _furniture_key(ln.text) in repeated
                or (is_page_number(ln.text) and _in_margin(ln, height))}
        kept_pages.append([ln for ln in lines if id(ln) not in drop])
    return kept_pages


def _edge_lines(lines: list[Line]) -> list[Line]:
    body = sorted((ln for ln in lines if ln.region == 0), key=lambda ln: ln.top)
    return body[:2] + body[2:][-2:]


def _in_margin(line: Line, height: float) -> bool:
    return line.bottom < 0.15 * height or line.top > 0.85 * height


def margins(lines: list[Line]) -> dict[tuple[int, int], tuple[float, float]]:
    """Left and right text edges of each page region.

    A page's body edges are those of its own lines, except on a page with few lines (a
    chapter's last page), whose longest line need not be a full one: there the edges
    usual in the document are used.  A box's right edge is its frame, less its padding.
    """
    groups: dict[tuple[int, int], list[Line]] = defaultdict(list)
    for line in lines:
        groups[(line.page, line.region)].append(line)
    own = {key: (min(ln.x0 for ln in group), max(ln.x1 for ln in group)) for key, group in groups.items()}
    full = [own[key] for key, group in groups.items() if key[1] == 0 and len(group) >= _FULL_PAGE]
    usual = (statistics.median(e[0] for e in full), statistics.median(e[1] for e in full)) if full else None
    edges = {}
    for key, group in groups.items():
        frame = group[0].frame
        if frame is not None:
            edges[key] = (min(own[key][0], frame[0] + _FRAME_PADDING), frame[1] - _FRAME_PADDING)
        elif len(group) < _FULL_PAGE and usual is not None:
            edges[key] = usual
        else:
            edges[key] = own[key]
    return edges


def indented_regions(lines: list[Line], edges: dict) -> set[int | tuple[int, int]]:
    """Regions whose paragraphs open with a first-line indent (as Chinese documents' do).

    The body of the document counts as one region (key 0), each box as its own.  Where
    paragraphs are indented, a line at the left edge continues the one above even when
    that one stops short of the right edge (it wrapped at a space before a long word).
    """
    counts: dict = defaultdict(lambda: [0, 0])
    for line in lines:
        key = 0 if line.region == 0 else (line.page, line.region)
        indent = (line.x0 - edges[(line.page, line.region)][0]) / line.size
        counts[key][0] += 1
        counts[key][1] += 1.5 <= indent <= 2.6
    return {key for key, (total, indented) in counts.items() if indented >= 2 and indented >= 0.05 * total}


def continues(a: Line, b: Line, edges: dict, indented: set) -> bool:
    """Is line b the continuation of a paragraph that line a wrapped?

    b must start at the left edge (a new paragraph is indented, a heading stands alone)
    and a must reach the right edge (or, where paragraphs are indented, not end a
    sentence), in the same region and type size, with no column gaps (a table row) and
    no blank space between them on the same page.
    """
    if a.region != b.region or "  " in a.text or "  " in b.text:
        return False
    if abs(a.size - b.size) > 0.5 or is_structural_heading(b.text.strip()):
        return False
    if a.page == b.page and not -0.5 * a.size <= b.top - a.bottom <= 1.0 * a.size:
        return False
    if a.page != b.page and b.region != 0:
        return False
    if b.x0 > edges[(b.page, b.region)][0] + 0.5 * b.size:
        return False
    if a.x1 >= edges[(a.page, a.region)][1] - 1.5 * a.size:
        return True
    region = 0 if a.region == 0 else (a.page, a.region)
    return (region in indented and not _SENTENCE_END_RE.search(a.text)
            and not is_structural_heading(a.text.strip()))


def join_text(a: str, b: str, space: bool = False) -> str:
    """Join a wrapped line: no space in Chinese, one where the line ended in a space or
    a Latin word was broken."""
    if space or (a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum()):
        return a + " " + b
    return a + b


# -- ruled tables --------------------------------------------------------------------
_RULE_WIDTH = 2.0  # a filled bar this thin (points) is a drawn rule, a wider fill is shading
_SPACING_WIDTH = 8.0  # an empty column narrower than this holds no text: a gap between borders
_END_TOLERANCE = 3.0  # rules ending within this (pdfplumber's snap tolerance) end together


def is_rule(obj: dict) -> bool:
    """Could this drawn object be a table rule?  Shading (a filled, unstroked area) is not."""
    if obj.get("object_type") != "rect" or obj.get("stroke"):
        return True
    return min(obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]) <= _RULE_WIDTH


def implied_closers(edges: list[dict]) -> list[dict]:
    """Horizontal rules a table lacks at a page break: where vertical rules that start on a
    horizontal rule all stop at one height with no rule there (or, going up, the other way)."""
    vertical = [e for e in edges if e.get("orientation") == "v"]
    horizontal = [e for e in edges if e.get("orientation") == "h"]
    closers = []
    for end, start, farthest in (("bottom", "top", min), ("top", "bottom", max)):
        for group in _clusters(vertical, end):
            x0, x1 = min(e["x0"] for e in group), max(e["x1"] for e in group)
            y, origin = group[0][end], farthest(e[start] for e in group)
            if (x1 - x0 > _SPACING_WIDTH and not _rule_across(horizontal, y, x0, x1)
                    and _rule_across(horizontal, origin, x0, x1)):
                closers.append({"object_type": "implied_edge", "orientation": "h", "x0": x0, "x1": x1,
                                "top": y, "bottom": y, "width": x1 - x0, "height": 0})
    return closers


def _clusters(edges: list[dict], key: str) -> list[list[dict]]:
    """Edges whose `key` coordinates lie within the end tolerance of their neighbours'."""
    groups: list[list[dict]] = []
    for edge in sorted(edges, key=lambda e: e[key]):
        if groups and edge[key] - groups[-1][-1][key] <= _END_TOLERANCE:
            groups[-1].append(edge)
        else:
            groups.append([edge])
    return groups


def _rule_across(horizontal: list[dict], y: float, x0: float, x1: float) -> bool:
    """Is there a horizontal rule at height y over most of x0..x1?  (A bar's own ends are not.)"""
    covered, reach = 0.0, x0
    for edge in sorted((e for e in horizontal if abs(e["top"] - y) <= _END_TOLERANCE), key=lambda e: e["x0"]):
        start, end = max(edge["x0"], reach), min(edge["x1"], x1)
        if end > start:
            covered, reach = covered + end - start, end
    return covered >= 0.5 * (x1 - x0)


def spacing_columns(starts: list[float], right: float, rows: list[list[str | None]]) -> list[bool]:
    """For each column of a found table: is it only the narrow, empty gap between two borders?"""
    ends = [*starts[1:], right]
    return [end - start < _SPACING_WIDTH and not any((row[k] or "").strip() for row in rows if k < len(row))
            for k, (start, end) in enumerate(zip(starts, ends, strict=False))]
