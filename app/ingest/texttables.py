"""Tables in plain text, as grids: `|`-separated, Markdown, tab-separated, or aligned by spaces.

`find_text_table(lines, start)` looks at the lines after a table's heading.  When they
form a delimited or aligned table it returns the table's grid and where it ends;
otherwise None, and the flattened-table reader (app.ingest.tables) reads them (one cell
per line, several values inline).  Blank lines and page-number lines inside a table are
skipped; a note line (注：…) ends it; a name or a cell wrapped onto the next line is
joined back to its row (app.ingest.textrows).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.ingest.furniture import is_page_number
from app.ingest.grid import Grid
from app.ingest.cells import is_value_token
from app.ingest.headings import PAREN_RE, is_structural_heading
from app.ingest.tablelex import CATEGORY_RE, NOTE_RE, looks_like_prose
from app.ingest.text_utils import ends_sentence
from app.ingest.textlayout import chunks
from app.ingest.textrows import TextRow, rows_to_grid

_PIPE_RE = re.compile(r"[|｜│┃]")  # typed bars, and the box-drawing bars some copies draw tables with
_RULE_RE = re.compile(r"^\s*[|｜]?\s*:?-{2,}:?\s*(?:[|｜+]\s*:?-{2,}:?\s*)*[|｜]?\s*$")
# A line drawn between rows: dashes, or box-drawing rules and corners (┌─┬─┐ ├─┼─┤ └─┴─┘).
_BOX_RULE_RE = re.compile(r"^[\s\-=_—─━+|｜│┃\u2500-\u257f]+$")


@dataclass
class TextTable:
    grid: Grid
    end: int  # index of the first line after the table
    notes: list[tuple[str, int]] = field(default_factory=list)
    form: str = ""  # pipe | tab | aligned | inline


def _is_pipe_row(raw: str) -> bool:
    text = raw.strip()
    return len(_PIPE_RE.findall(text)) >= 2 or (text[:1] in "|｜│┃" and len(text) > 1)


def _is_tab_row(raw: str) -> bool:
    return "\t" in raw.strip()


def _is_spaced_row(raw: str) -> bool:
    return len(chunks(raw)) >= 2


def line_cells(raw: str) -> list[str]:
    """A single line's cell texts, by whatever delimits them (|, tab, or runs of spaces)."""
    form = "pipe" if _is_pipe_row(raw) else "tab" if _is_tab_row(raw) else "aligned"
    return [c if isinstance(c, str) else c.text for c in split_cells(raw, form)]


def detect_form(lines: list[str], start: int) -> str | None:
    """Which delimited layout the table after `start` uses, from its first rows."""
    sample = [raw for raw in lines[start:start + 40] if raw.strip() and not is_page_number(raw)][:8]
    for form, test in (("pipe", _is_pipe_row), ("tab", _is_tab_row), ("aligned", _is_spaced_row)):
        hits = sum(1 for raw in sample if test(raw))
        if hits >= 2 and (form != "aligned" or hits >= min(3, len(sample))):
            return form
    return None


def find_text_table(lines: list[str], start: int) -> TextTable | None:
    form = detect_form(lines, start)
    if form is None:
        return None
    rows, notes, end = _collect(lines, start, form)
    if len([r for r in rows if len(r.cells) >= 2]) < 2:
        return None
    grid, form_used = rows_to_grid(rows, form)
    if grid is None:
        return None
    grid.last_line = max([r.line for r in rows] + [n[1] for n in notes])
    return TextTable(grid, end, notes, form_used)


def split_cells(raw: str, form: str) -> list:
    if form == "pipe":
        text = raw.strip()
        text = text[1:] if text[:1] in "|｜│┃" else text
        text = text[:-1] if text[-1:] in "|｜│┃" else text
        return [cell.strip() for cell in _PIPE_RE.split(text)]
    if form == "tab":
        return [cell.strip() for cell in raw.rstrip("\n").split("\t")]
    return chunks(raw)


def _belongs(raw: str, form: str) -> bool:
    if form == "pipe":  # a row that lost a bar (a garbled copy) is still a row of the table
        return _is_pipe_row(raw) or bool(_PIPE_RE.search(raw.strip()[1:]))
    if form == "tab":
        return _is_tab_row(raw) or len(raw.strip()) <= 30
    return _is_spaced_row(raw) or len(raw.strip()) <= 30 or raw.startswith(" " * 8)


def _collect(lines: list[str], start: int, form: str) -> tuple[list[TextRow], list[tuple[str, int]], int]:
    """The table's rows (with their lines), its notes, and the index after its last row."""
    rows: list[TextRow] = []
    notes: list[tuple[str, int]] = []
    i, page, blanks = start, 0, 0
    while i < len(lines):
        raw = lines[i]
        text = raw.strip()
        blanks = blanks + 1 if not text or is_page_number(text) else 0
        if blanks == 2:
            page += 1  # a page break, most likely: the next page may shift its columns a little
        if not text or is_page_number(text) or (_BOX_RULE_RE.match(text) and not _RULE_RE.match(text)):
            i += 1
            continue
        if NOTE_RE.match(text.strip("|｜│┃ ")):
            return _trim(rows, form), *_notes(lines, i)
        if (is_structural_heading(text) and not _category_in_table(lines, i, form)) or (
                looks_like_prose(text) and not _is_delimited(raw, form)):
            break
        if not _belongs(raw, form):
            break
        rule = form == "pipe" and bool(_RULE_RE.match(text))
        rows.append(TextRow(i + 1, raw, [] if rule else split_cells(raw, form), rule=rule, page=page))
        i += 1
    rows = _trim(rows, form)
    return rows, notes, rows[-1].line if rows else start


def _category_in_table(lines: list[str], i: int, form: str) -> bool:
    """'（一）就业' / '二、社会保障' between rows: a category row, not a heading after the table."""
    text = lines[i].strip()
    if len(text) > 14 or not (PAREN_RE.match(text) or CATEGORY_RE.match(text)):
        return False
    following = next((raw for raw in lines[i + 1:i + 4] if raw.strip()), "")
    return len(split_cells(following, form)) >= 2 and any(is_value_token(c if isinstance(c, str) else c.text)
                                                          for c in split_cells(following, form))


def _trim(rows: list[TextRow], form: str) -> list[TextRow]:
    """One-cell lines after the last row of cells are the text going on, not the table."""
    while rows and form != "pipe" and len(rows[-1].cells) < 2 and len(_first_text(rows[-1])) > 8:
        rows.pop()
    return rows


def _first_text(row: TextRow) -> str:
    cell = row.cells[0] if row.cells else ""
    return cell if isinstance(cell, str) else cell.text


def _notes(lines: list[str], i: int) -> tuple[list[tuple[str, int]], int]:
    """A note under the table (注：…), with the lines it wraps onto; and the index after it."""
    text, line = lines[i].strip().strip("|｜│┃ "), i + 1
    i += 1
    while i < len(lines) and lines[i].strip() and not ends_sentence(text) and not (
            is_structural_heading(lines[i].strip()) or NOTE_RE.match(lines[i].strip())):
        text += lines[i].strip()
        i += 1
    return [(text, line)], i


def _is_delimited(raw: str, form: str) -> bool:
    return _is_pipe_row(raw) if form == "pipe" else _is_tab_row(raw) if form == "tab" else False
