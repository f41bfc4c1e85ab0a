"""Which reader reads a table: a real grid, a text table laid out as a grid, or a flattened one.

Word, web pages and ruled PDFs hand their tables over as grids (by the line they start
on).  Text is looked at for a delimited or aligned layout first (app.ingest.texttables);
what is neither is a table flattened one cell per line or several values inline, read by
app.ingest.tables.  All three fill the same Box and report problems the same way.
"""
from __future__ import annotations

from app.ingest.grid import Grid
from app.ingest.gridheader import is_heading_text, read_header, word_kind
from app.ingest.gridtable import read_grid_table
from app.ingest.model import Box, Paragraph, SourceIssue
from app.ingest.tables import parse_table
from app.ingest.furniture import is_page_number
from app.ingest.texttables import find_text_table, line_cells

_NAME_KINDS = ("name", "seq", "category")


def next_content(lines: list[str], start: int, limit: int = 60) -> int | None:
    """Index of the next non-blank line that is not a page number."""
    for i in range(start, min(len(lines), start + limit)):
        if lines[i].strip() and not is_page_number(lines[i].strip()):
            return i
    return None


def grid_at(grids: dict[int, Grid], lines: list[str], i: int) -> tuple[int, Grid] | None:
    """A real table starting on line i (its heading line) or on the next line with text."""
    if i in grids:
        return i, grids[i]
    following = next_content(lines, i + 1)
    if following is not None and following in grids:
        return following, grids[following]
    return None


def read_indicator_table(lines: list[str], start: int, box: Box, plan_years: tuple[int, int] | None,
                         issues: list[SourceIssue], grids: dict[int, Grid]) -> int:
    """Read the table after a 专栏 heading (at start - 1); the index of the first line after it."""
    found = grid_at(grids, lines, start - 1)
    if found is not None:
        end = _read_grid(with_continuations(found[1], lines, grids), box, plan_years, issues)
    else:
        first = next_content(lines, start)
        table = find_text_table(lines, first) if first is not None else None
        if table is not None:
            end = _read_grid(table.grid, box, plan_years, issues)
            for text, line in table.notes:
                box.notes.append(Paragraph(text, line))
            box.end_line = max([box.end_line] + [line for _, line in table.notes])
            end = max(end, table.end)
        else:
            end = parse_table(lines, start, box, plan_years, issues)
    if not box.rows:
        report_unread(box, _printed_lines(lines, start, end, box), issues)
    return end


def with_continuations(grid: Grid, lines: list[str], grids: dict[int, Grid]) -> Grid:
    """A table copied across a page break arrives as two (Word, a web page): a table right
    after it, with nothing printed between, as many columns and no header of its own (or the
    same header again) is the same table going on, and its rows are read with it."""
    header = _header_text(grid)
    while any(grid.lines):
        after = next_content(lines, max((line or 0) for line in grid.lines))
        other = grids.get(after) if after is not None else None
        if other is None or other.n_cols != grid.n_cols:
            return grid
        if read_header(other).rows and _header_text(other) != header:
            return grid
        grid = grid.followed_by(other)
    return grid


def _header_text(grid: Grid) -> str:
    rows = read_header(grid).rows
    return "".join(cell.text for r in range(rows) for cell in grid.origin_cells(r)).replace(" ", "")


def report_unread(box: Box, printed: int, issues: list[SourceIssue]) -> None:
    """An indicator table that could not be read is a problem the user is shown, never silence."""
    name = box.called
    issues.append(SourceIssue("unread_table", f"{name} 似为指标表，但未能读出（{printed} 行）", box.line))


def _printed_lines(lines: list[str], start: int, end: int, box: Box) -> int:
    notes = {note.line for note in box.notes}
    return sum(1 for i in range(start, min(end, len(lines))) if lines[i].strip() and i + 1 not in notes)


def _read_grid(grid: Grid, box: Box, plan_years, issues: list[SourceIssue]) -> int:
    header = read_grid_table(grid, box, plan_years, issues)
    if header.title and not box.title:
        box.title = header.title
    ends = [box.line] + [r.end_line or 0 for r in box.rows] + [n.line for n in box.notes] + [
        line or 0 for line in grid.lines]
    box.end_line = max(ends)
    return max(ends)  # a 1-based line is the 0-based index of the line after it


def is_indicator_header(raw: str) -> bool:
    """A header row of an indicator table: a name or 序号 heading and a value or unit heading."""
    cells = [c for c in line_cells(raw) if c.strip()]
    if len(cells) < 2 or not all(is_heading_text(c) for c in cells):
        return False
    kinds = [word_kind(c) for c in cells]
    has_name = any(k in _NAME_KINDS for k in kinds)
    has_value = any(k in ("unit", "attribute") or (k is None and is_heading_text(c)) for k, c in zip(kinds, cells))
    return has_name and has_value


def is_indicator_grid(grid: Grid) -> bool:
    """A real table whose first rows read as an indicator table's header."""
    header = read_header(grid)
    kinds = [col.kind for col in header.columns]
    return "name" in kinds and "value" in kinds and header.rows > (1 if header.title else 0) and any(
        col.kind == "value" and is_heading_text(col.heading) and col.heading for col in header.columns)
