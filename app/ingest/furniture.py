"""Page furniture in text copies of printed documents: page numbers and running headers.

A plan copied out of a PDF keeps what the printer put on every page: "— 16 —",
"- 7 -", "第12页", and a running header or footer ("广东省人力资源和社会保障事业发展
“十四五”规划 · 3").  They cut sentences, headings and tables in two.  They are found
from the document's own evidence: a page-number line in a form no sentence has, and a
line that recurs next to page numbers (its own page number aside).  Such lines are
blanked, so every other line keeps its number.
"""
from __future__ import annotations

import re
from collections import Counter

from app.ingest.headings import is_structural_heading
from app.ingest.text_utils import PERIOD_RE, collapse_cjk_spaces
from app.ingest.textlayout import chunks

# Decorated page numbers only: a bare "12" on a line is as often a table value.
PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:[-—–－−~～]+\s*\d{1,4}\s*[-—–－−~～]+"
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"
    r"|[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?)\s*$")
_NEAR = 3  # a running header stands within this many lines of the page number
_MAX_FURNITURE = 60


def is_page_number(text: str) -> bool:
    return bool(PAGE_NUMBER_RE.match(text))


def _key(text: str) -> str:
    """A line's form with its numbers left out: the same header on every page."""
    return re.sub(r"\d+", "#", collapse_cjk_spaces(text))


def furniture_lines(lines: list[str]) -> set[int]:
    """Indexes of page-number lines and of the running headers and footers around them."""
    pages = [i for i, raw in enumerate(lines) if is_page_number(raw.strip())]
    found = set(pages)
    near: Counter[str] = Counter()
    where: dict[str, list[int]] = {}
    for page in pages:
        for i in _neighbours(lines, page):
            key = _key(lines[i])
            near[key] += 1
            where.setdefault(key, []).append(i)
    for key, count in near.items():
        if not (4 <= len(key) <= _MAX_FURNITURE) or is_structural_heading(key):
            continue
        if count >= 2 or _names_the_plan(key):
            found.update(i for i in where[key] if _one_text(lines[i]))
    return found


def _names_the_plan(key: str) -> bool:
    """A running header seen once: the plan's short name ('某省“十四五”人社规划'), no sentence."""
    return "规划" in key and bool(PERIOD_RE.search(key)) and not re.search(r"[。，；：！？,;:]", key)


def _one_text(raw: str) -> bool:
    """One piece of text (and maybe its page number): not a table row printed on every page."""
    pieces = chunks(raw)
    return len(pieces) == 1 or (len(pieces) == 2 and pieces[1].text.isdigit())


def _neighbours(lines: list[str], i: int) -> list[int]:
    """The non-blank lines just above and below line i (page numbers excluded)."""
    out = []
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(lines) and seen < _NEAR:
            text = lines[j].strip()
            if text and not is_page_number(text):
                out.append(j)
                seen += 1
            j += step
    return out


def blank_furniture(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with page furniture blanked (same count, same numbering), and which they were."""
    found = furniture_lines(lines)
    return [("" if i in found else line) for i, line in enumerate(lines)], found
