"""Text table rows to a grid: cells by delimiter or by column edges, wrapped lines joined back.

A row of a text table may be printed over several lines: a long indicator name wraps
(its first part on a line of its own, before or after the line with the values), a
cell's text goes on ('稳定在99%' / '以上').  Such a fragment line is joined to the row
it belongs to by the evidence the table gives: a fragment carrying the row number starts
the next row; a fragment that fills the name column to its edge was cut there; one-cell
lines that open the table's body are its category rows, and so are later ones like them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.ingest.cells import is_value_token
from app.ingest.grid import Grid, GridCell, SpanCell, build_grid
from app.ingest.gridheader import is_heading_text, read_header
from app.ingest.tablelex import CATEGORY_RE, ROW_RE
from app.ingest.textlayout import Chunk, column_edges, column_of, display_width, spanned_columns


@dataclass
class TextRow:
    line: int
    raw: str
    cells: list = field(default_factory=list)  # str (delimited) or Chunk (aligned)
    rule: bool = False  # a Markdown rule line '|---|---|': the header ends above it


def _text(cell) -> str:
    return cell.text if isinstance(cell, Chunk) else cell


def rows_to_grid(rows: list[TextRow], form: str) -> tuple[Grid | None, str]:
    if form == "aligned":
        grid = _aligned_grid(rows)
        if grid is not None:
            return join_fragments(grid), "aligned"
        form = "inline"  # chunks that do not line up: only their order says anything
    content = [row for row in rows if not row.rule]
    cells = [[SpanCell(_text(c), line=row.line) for c in row.cells] for row in content]
    grid = build_grid(cells, [row.line for row in content])
    return join_fragments(grid), form


def _is_data(row: TextRow) -> bool:
    return len(row.cells) >= 2 and any(is_value_token(_text(c)) for c in row.cells)


def _aligned_grid(rows: list[TextRow]) -> Grid | None:
    n_header = 0
    while n_header < len(rows) and not _is_data(rows[n_header]) and all(
            is_heading_text(c.text) for c in rows[n_header].cells):
        n_header += 1
    header, body = rows[:n_header], rows[n_header:]
    edges = column_edges([row.cells for row in body if _is_data(row)])
    if edges is None:
        return None
    placed: list[list[SpanCell]] = []
    uncertain: set[int] = set()
    for row in rows:
        cells = []
        for chunk in row.cells:
            if row in header:
                cols = spanned_columns(chunk, edges)
                cells.append(SpanCell(chunk.text, colspan=len(cols), line=row.line, col=cols[0]))
            else:
                col = column_of(chunk, edges)
                if col is None:
                    uncertain.add(len(placed))
                    col = spanned_columns(chunk, edges)[0]
                cells.append(SpanCell(chunk.text, line=row.line, col=col))
        placed.append(_no_overlap(cells))
    grid = build_grid(placed, [row.line for row in rows])
    grid.short_rows |= uncertain
    grid.edges = edges  # kept for joining fragments: where the name column ends
    return grid


def _no_overlap(cells: list[SpanCell]) -> list[SpanCell]:
    """Two chunks in one column (an ambiguous row): keep them apart, the row is flagged short."""
    out: list[SpanCell] = []
    for cell in cells:
        if out and cell.col is not None and out[-1].col is not None and cell.col < out[-1].col + out[-1].colspan:
            out[-1] = SpanCell(out[-1].text + " " + cell.text, out[-1].rowspan, out[-1].colspan, out[-1].line,
                               out[-1].col)
        else:
            out.append(cell)
    return out


# -- joining fragments --------------------------------------------------------------------
def join_fragments(grid: Grid) -> Grid:
    """Rows printed over several lines, joined; fragment lines dropped."""
    header = read_header(grid)
    kinds = [col.kind for col in header.columns]
    if "name" not in kinds:
        return grid
    name = kinds.index("name")
    body = list(range(header.rows, grid.n_rows))
    labels_open = bool(body) and _fragment_kind(grid, body[0], kinds) == "name"
    drop: set[int] = set()
    last_data: int | None = None
    for k, r in enumerate(body):
        kind = _fragment_kind(grid, r, kinds)
        if kind is None:
            last_data = r
            continue
        following = next((s for s in body[k + 1:] if s not in drop), None)
        if kind == "values" and last_data is not None:
            _append_cells(grid, r, last_data)
            drop.add(r)
        elif kind == "name" and _starts_next(grid, r, following, kinds, name):
            _prepend_name(grid, r, following, name)
            drop.add(r)
        elif kind == "name" and last_data is not None and not _is_label(grid, r, name, labels_open):
            _append_cells(grid, r, last_data)
            drop.add(r)
    if not drop:
        return grid
    return grid.drop_rows(lambda r: r not in drop)


def _fragment_kind(grid: Grid, r: int, kinds: list[str]) -> str | None:
    """'name': only the name (and maybe the row number) is printed; 'values': only words in
    value columns; None: a row of its own (it has a value, a unit or an attribute)."""
    filled = [c for c in range(grid.n_cols) if grid.starts_here(r, c) and grid.text(r, c).strip()]
    if not filled or r in grid.short_rows:
        return None
    filled_kinds = {kinds[c] for c in filled}
    if filled_kinds <= {"name", "seq"} and "name" in filled_kinds:
        return "name"
    if filled_kinds == {"value"} and not any(is_value_token(grid.text(r, c)) for c in filled):
        return "values"
    return None


def _is_label(grid: Grid, r: int, name: int, labels_open: bool) -> bool:
    text = grid.text(r, name).strip()
    return labels_open or bool(CATEGORY_RE.match(text))


def _starts_next(grid: Grid, r: int, following: int | None, kinds: list[str], name: int) -> bool:
    """A name fragment that is the first part of the next row's name."""
    if following is None or _fragment_kind(grid, following, kinds) is not None:
        return False
    seq_cols = [c for c, k in enumerate(kinds) if k == "seq"]
    has_seq = any(grid.text(r, c).strip() for c in seq_cols) or bool(ROW_RE.match(grid.text(r, name).strip()))
    next_seq = any(grid.text(following, c).strip() for c in seq_cols) or bool(
        ROW_RE.match(grid.text(following, name).strip()))
    if has_seq and not next_seq:
        return True
    return bool(grid.edges and not next_seq and _fills_column(grid, r, name, grid.edges))


def _fills_column(grid: Grid, r: int, name: int, edges: list[tuple[int, int]]) -> bool:
    """Does the fragment reach the right edge of the name column (so the layout cut it there)?"""
    return edges[name][0] + display_width(grid.text(r, name).strip()) >= edges[name][1] - 2


def _append_cells(grid: Grid, fragment: int, target: int) -> None:
    for c in range(grid.n_cols):
        if grid.starts_here(fragment, c) and grid.text(fragment, c).strip():
            _extend(grid, target, c, grid.text(fragment, c).strip(), after=True)


def _prepend_name(grid: Grid, fragment: int, target: int, name: int) -> None:
    grid.lines[target] = grid.lines[fragment]  # the row starts where its name starts
    for c in range(grid.n_cols):
        if grid.starts_here(fragment, c) and grid.text(fragment, c).strip():
            _extend(grid, target, c, grid.text(fragment, c).strip(), after=False)


def _extend(grid: Grid, r: int, c: int, text: str, after: bool) -> None:
    cell = grid.at(r, c)
    if cell is None:
        cell = GridCell(text, grid.lines[r], r, c)
        grid.cells[r][c] = cell
        return
    first, second = (cell.text.strip(), text) if after else (text, cell.text.strip())
    cell.text = first + ("" if _cjk_join(first, second) else " ") + second


def _cjk_join(a: str, b: str) -> bool:
    """A line break inside a cell is no space, except between two Latin words or numbers."""
    return not (re.search(r"[A-Za-z0-9]$", a.strip()) and re.match(r"^[A-Za-z0-9]", b.strip()))
