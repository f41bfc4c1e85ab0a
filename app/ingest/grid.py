"""A table as a grid: every printed cell knows its row, its column and what it spans.

Word, web pages and ruled PDFs give real tables; text copies give tables laid out by
delimiters or by alignment (app.ingest.texttables).  Each becomes a `Grid`, and one
reader (app.ingest.gridtable) turns a grid into indicator rows, so every format is read
by the same rules.  Merged cells are resolved the way browsers resolve rowspan/colspan:
a covered position points at the cell that covers it.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class GridCell:
    """One printed cell: its text as printed (lines joined) and its place in the grid."""

    text: str
    line: int | None = None  # 1-based source line of the cell's first text
    row: int = 0
    col: int = 0
    rowspan: int = 1
    colspan: int = 1


@dataclass
class SpanCell:
    """A cell as a row lists it, before placement: text, spans, and its source line."""

    text: str
    rowspan: int = 1
    colspan: int = 1
    line: int | None = None
    col: int | None = None  # a known grid column (Word's gridBefore, aligned text), else next free


@dataclass
class Grid:
    """Rows of positions; `at(r, c)` is the cell covering that position, or None."""

    cells: list[list[GridCell | None]]
    lines: list[int | None]  # the source line of each row
    certain: bool = True  # False where positions come from a guess (text without delimiters)
    short_rows: set[int] = field(default_factory=set)  # rows whose cells did not reach across
    last_line: int | None = None  # the source line the table ends on (notes and blanks included)
    edges: list[tuple[int, int]] | None = None  # display columns of an aligned text table's columns
    wide: int = 2  # how many columns a CJK character takes in those edges

    @property
    def n_rows(self) -> int:
        return len(self.cells)

    @property
    def n_cols(self) -> int:
        return max((len(row) for row in self.cells), default=0)

    def at(self, r: int, c: int) -> GridCell | None:
        row = self.cells[r]
        return row[c] if c < len(row) else None

    def text(self, r: int, c: int) -> str:
        cell = self.at(r, c)
        return cell.text if cell is not None else ""

    def origin_cells(self, r: int) -> list[GridCell]:
        """The distinct cells printed in row r, left to right (a merged cell once)."""
        seen: list[GridCell] = []
        for cell in self.cells[r]:
            if cell is not None and all(cell is not s for s in seen):
                seen.append(cell)
        return seen

    def starts_here(self, r: int, c: int) -> bool:
        cell = self.at(r, c)
        return cell is not None and cell.row == r and cell.col == c

    def followed_by(self, other: Grid) -> Grid:
        """This table with `other`'s rows after its own (a table going on in a second one)."""
        for r, row in enumerate(other.cells):
            for cell in row:
                if cell is not None and cell.row == r:
                    cell.row = r + self.n_rows
        width = max(self.n_cols, other.n_cols)
        cells = [row + [None] * (width - len(row)) for row in self.cells + other.cells]
        return Grid(cells, self.lines + other.lines, self.certain and other.certain,
                    self.short_rows | {r + self.n_rows for r in other.short_rows},
                    other.last_line or self.last_line, self.edges, self.wide)

    def drop_rows(self, keep) -> Grid:
        """A grid of the rows for which keep(r) is true, cells renumbered to their new rows."""
        rows = [r for r in range(self.n_rows) if keep(r)]
        new_index = {old: new for new, old in enumerate(rows)}
        for r in rows:
            for cell in self.cells[r]:
                if cell is not None and cell.row in new_index and cell.row == r:
                    cell.row = new_index[r]
        return Grid([self.cells[r] for r in rows], [self.lines[r] for r in rows], self.certain,
                    {new_index[r] for r in rows if r in self.short_rows}, self.last_line, self.edges, self.wide)


def build_grid(rows: list[list[SpanCell]], lines: list[int | None] | None = None,
               certain: bool = True) -> Grid:
    """Place cells row by row, skipping positions covered by a rowspan from above.

    A row whose cells (with what covers it from above) do not reach the table's width is
    'short': where its cells belong cannot be known from the grid alone.
    """
    covered: dict[tuple[int, int], GridCell] = {}
    placed: list[list[GridCell | None]] = []
    # Cells placed by a known column (Word's grid, aligned text) are never in doubt.
    positional = [bool(row) and all(span.col is not None for span in row) for row in rows]
    for r, row in enumerate(rows):
        out: dict[int, GridCell] = {}
        c = 0
        for span in row:
            c = span.col if span.col is not None else c
            while (r, c) in covered:
                c += 1
            cell = GridCell(span.text, span.line, r, c, max(span.rowspan, 1), max(span.colspan, 1))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if dr:
                        covered[(r + dr, c + dc)] = cell
                    else:
                        out[c + dc] = cell
            c += cell.colspan
        for (cr, cc), cell in covered.items():
            if cr == r:
                out[cc] = cell
        width = max(out) + 1 if out else 0
        placed.append([out.get(k) for k in range(width)])
    n_cols = max((len(row) for row in placed), default=0)
    short = {r for r, row in enumerate(placed) if len(row) < n_cols and _has_text(row) and not positional[r]}
    grid_lines = lines if lines is not None else [_first_line(row) for row in placed]
    return Grid([row + [None] * (n_cols - len(row)) for row in placed], grid_lines, certain, short)


def _has_text(row: list[GridCell | None]) -> bool:
    return any(cell is not None and cell.text.strip() for cell in row)


def _first_line(row: list[GridCell | None]) -> int | None:
    return next((cell.line for cell in row if cell is not None and cell.line is not None), None)
