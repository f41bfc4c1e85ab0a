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
import unicodedata
from dataclasses import dataclass, field

from app.ingest.cells import is_value_token
from app.ingest.grid import Grid, GridCell, SpanCell, build_grid
from app.ingest.gridheader import is_heading_text, read_header
from app.ingest.tablelex import CATEGORY_RE, ROW_RE
from app.ingest.textlayout import (Chunk, chunks, column_edges, column_of, display_width, spanned_columns,
                                   split_at_spaces)


@dataclass
class TextRow:
    line: int
    raw: str
    cells: list = field(default_factory=list)  # str (delimited) or Chunk (aligned)
    rule: bool = False  # a Markdown rule line '|---|---|': the header ends above it
    page: int = 0  # pages of the table counted from its first (page-number lines between)


def _text(cell) -> str:
    return cell.text if isinstance(cell, Chunk) else cell


def rows_to_grid(rows: list[TextRow], form: str) -> tuple[Grid | None, str]:
    rows = _without_repeated_header(rows)
    if form == "aligned":
        grid = _aligned_grid(rows)
        if grid is not None:
            return join_fragments(grid), "aligned"
        form = "inline"  # chunks that do not line up: only their order says anything
    content = [row for row in rows if not row.rule]
    if form == "pipe":
        placed = _pipe_by_bars(content)
        if placed is not None:
            return join_fragments(build_grid(placed, [row.line for row in content])), form
    cells = [[SpanCell(_text(c), line=row.line) for c in row.cells] for row in content]
    grid = build_grid(cells, [row.line for row in content])
    return join_fragments(grid), form


_BARS = "|｜│┃"
_DRAWING_RE = re.compile(r"^[\s\u2500-\u257f\-=+]*$")


def _bar_positions(raw: str, ambiguous: int) -> list[int]:
    """Display columns of a row's bars; box-drawing characters count as `ambiguous` wide
    (one on a Western screen, two in a CJK font)."""
    out, col = [], 0
    for ch in raw.expandtabs(8):
        if ch in _BARS:
            out.append(col)
        width = display_width(ch) if unicodedata.east_asian_width(ch) != "A" else ambiguous
        col += width
    return out


def _pipe_by_bars(rows: list[TextRow]) -> list[list[SpanCell]] | None:
    """A table drawn with bars at fixed places (box drawing): cells by where their bars stand,
    so a heading spanning two columns spans them.  None when the bars do not line up."""
    for ambiguous in (1, 2):
        bars = [_bar_positions(row.raw, ambiguous) for row in rows]
        most = max(len(b) for b in bars)
        full = [b for b in bars if len(b) == most]
        if len(full) < 2 or any(_offsets(b, full[0]) for b in full):
            continue
        edges = full[0]
        placed = [_cells_by_bars(row, b, edges) for row, b in zip(rows, bars)]
        if sum(1 for p in placed if p is not None) >= 0.8 * len(rows):
            # A row whose bars stand elsewhere (a category typed across) is read cell by cell.
            return [p if p is not None else [SpanCell(_text(c), line=row.line) for c in row.cells]
                    for p, row in zip(placed, rows)]
    return None


def _offsets(bars: list[int], edges: list[int]) -> bool:
    return any(abs(a - b) > 1 for a, b in zip(bars, edges))


def _cells_by_bars(row: TextRow, bars: list[int], edges: list[int]) -> list[SpanCell] | None:
    columns = [min(range(len(edges)), key=lambda k: abs(edges[k] - bar)) for bar in bars]
    if any(abs(edges[c] - bar) > 1 for c, bar in zip(columns, bars)) or len(set(columns)) < len(columns):
        return None
    texts = [_text(c) for c in row.cells]
    if len(texts) != len(bars) - 1:
        return None
    cells = []
    for text, left, right in zip(texts, columns, columns[1:]):
        text = "" if _DRAWING_RE.match(text) else text
        cells.append(SpanCell(text, colspan=right - left, line=row.line, col=left))
    return cells


def _without_repeated_header(rows: list[TextRow]) -> list[TextRow]:
    """The header printed again after a page break is not part of the body."""
    def heads(row: TextRow) -> bool:
        return row.rule or all(is_heading_text(_text(c)) for c in row.cells)

    n_header = 0
    while n_header < len(rows) and heads(rows[n_header]):
        n_header += 1
    header = {re.sub(r"[\s|｜│┃]+", "", row.raw) for row in rows[:n_header] if not row.rule}
    return rows[:n_header] + [row for row in rows[n_header:] if re.sub(r"[\s|｜│┃]+", "", row.raw) not in header]


def _is_data(row: TextRow) -> bool:
    """A row with a value in it (a heading such as '2020年' reads as a number, but is none)."""
    texts = [_text(c) for c in row.cells]
    return (len(texts) >= 2 and not all(is_heading_text(t) for t in texts)
            and any(is_value_token(t) for t in texts))


def _aligned_grid(rows: list[TextRow]) -> Grid | None:
    """Cells by column edges; None when the rows line up under neither way of counting widths."""
    for by_page in (False, True):  # one set of edges for the table, else one per page
        for wide in (2, 1):
            laid = [TextRow(row.line, row.raw, chunks(row.raw, wide), row.rule, row.page if by_page else 0)
                    for row in rows]
            grid = _grid_by_edges(laid, wide)
            if grid is not None:
                return grid
    return None


def _grid_by_edges(rows: list[TextRow], wide: int) -> Grid | None:
    """Cells by the column edges of each page of the table (a page may shift its columns a
    little); every page must have as many columns as the first."""
    n_header = 0
    while n_header < len(rows) and all(is_heading_text(c.text) for c in rows[n_header].cells):
        n_header += 1
    pages = sorted({row.page for row in rows[n_header:]})
    edges_of = {}
    for page in pages:
        edges_of[page] = column_edges([row.cells for row in rows[n_header:] if row.page == page and _is_data(row)])
    found = [e for e in edges_of.values() if e is not None]
    if not found or any(e is not None and len(e) != len(found[0]) for e in edges_of.values()):
        return None
    first = edges_of.get(rows[n_header].page if n_header < len(rows) else 0) or found[0]
    placed: list[list[SpanCell]] = []
    uncertain: set[int] = set()
    for k, row in enumerate(rows):
        edges = first if k < n_header else edges_of.get(row.page) or first
        cells = []
        for whole in row.cells:
            for chunk in split_at_spaces(whole, edges, wide, header=k < n_header):
                if k < n_header:
                    cols = spanned_columns(chunk, edges)
                    cells.append(SpanCell(chunk.text, colspan=len(cols), line=row.line, col=cols[0]))
                    continue
                col = column_of(chunk, edges)
                if col is None:
                    uncertain.add(k)
                    col = spanned_columns(chunk, edges)[0]
                cells.append(SpanCell(chunk.text, line=row.line, col=col))
        placed.append(_no_overlap(cells))
    grid = build_grid(placed, [row.line for row in rows])
    grid.short_rows |= uncertain
    grid.edges = first  # kept for joining fragments: where the name column ends
    grid.wide = wide
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
        if kind == "both" and not _wrapped(grid, last_data, name):
            last_data = r  # a row of words (探索建立, 试点): a row of its own
            continue
        if kind in ("values", "both") and last_data is not None:
            _append_cells(grid, r, last_data)
            drop.add(r)
        elif kind == "name" and following is not None and _starts_next(grid, r, following, kinds, name):
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
    if any(is_value_token(grid.text(r, c)) for c in filled if kinds[c] == "value"):
        return None
    if filled_kinds <= {"name", "seq"} and "name" in filled_kinds:
        return "name"
    if filled_kinds == {"value"}:
        return "values"
    if filled_kinds <= {"name", "value"}:
        return "both"  # the ends of a wrapped name and of a wrapped cell, on one line
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


def _wrapped(grid: Grid, r: int | None, name: int) -> bool:
    """Did the layout cut row r's name at the edge of its column (aligned text only)?"""
    return r is not None and bool(grid.edges and _fills_column(grid, r, name, grid.edges))


def _fills_column(grid: Grid, r: int, name: int, edges: list[tuple[int, int]]) -> bool:
    """Does the fragment reach the right edge of the name column (so the layout cut it there)?"""
    return edges[name][0] + display_width(grid.text(r, name).strip(), grid.wide) >= edges[name][1] - 2


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
