"""A grid (from any format) to an indicator table: columns, category rows, indicator rows.

The grid says where every cell stands, so a value is placed in the column it is printed
in.  Where it does not (a row with fewer cells than the table has columns, and nothing
that says which ones are missing), the row's values are kept unplaced and the row gets
an issue, exactly as for flattened tables.  A column of words (完成, 超额完成) is a column
of text cells, never a row; a row of one cell across the table is a category or a note.
"""
from __future__ import annotations

import re

from app.ingest.cells import describe_column, is_value_token, parse_cell
from app.ingest.grid import Grid, GridCell
from app.ingest.gridheader import GridColumn, GridHeader, compact, is_header_row, read_header
from app.ingest.model import Box, IndicatorRow, Paragraph, SourceIssue
from app.ingest.rowfit import unique_fit
from app.ingest.tablelex import ATTRIBUTES, CATEGORY_RE, NOTE_RE, ROW_RE, row_seq, split_name_unit
from app.ingest.text_utils import collapse_cjk_spaces, has_cjk

_LIST_SPLIT_RE = re.compile(r"[、；;，,]|\s{2,}")
_UNIT_CHARS = "万亿千百十人次元个家所户倍年月日小时天项%％‰/·米平方公里吨辆张件台套岁"
_UNIT_TOKEN_RE = re.compile(rf"^[（(]?[{_UNIT_CHARS}]{{1,6}}[）)]?$")


def read_grid_table(grid: Grid, box: Box, plan_years: tuple[int, int] | None,
                    issues: list[SourceIssue]) -> GridHeader:
    """Fill box.columns and box.rows from the grid; returns what the header held."""
    header = read_header(grid)
    value_cols = [c for c, col in enumerate(header.columns) if col.kind == "value"]
    completion = any(re.search(r"完成|实际", header.columns[c].heading) for c in value_cols)
    box.columns = [describe_column(header.columns[c].heading, plan_years, completion) for c in value_cols]
    for text, line in header.notes:
        box.notes.append(Paragraph(text, line or box.line))
    if not value_cols or not any(header.columns[c].heading for c in value_cols):
        # No heading says what the values are: nothing can be placed, and names read from
        # such a grid (a garbled copy, a picture's caption) are not to be trusted either.
        issues.append(SourceIssue("no_columns", f"{box.called}：未找到表格的列标题", box.line))
        box.columns = []
        return header
    _Body(grid, header, box, issues).read()
    return header


class _Body:
    def __init__(self, grid: Grid, header: GridHeader, box: Box, issues: list[SourceIssue]):
        self.grid, self.header, self.box, self.issues = grid, header, box, issues
        self.columns = header.columns
        self.category: str | None = None
        self.headings = {self._joined(r) for r in range(header.rows) if is_header_row(grid, r)}
        self.values = {c: col for c, col in zip(
            (c for c, col in enumerate(self.columns) if col.kind == "value"), box.columns)}

    def read(self) -> None:
        for r in range(self.header.rows, self.grid.n_rows):
            self._row(r)

    def _joined(self, r: int) -> str:
        """A row's text, whatever its cells: a header repeated after a page break may be laid
        out a little differently."""
        return "".join(compact(c.text) for c in self.grid.origin_cells(r) if c.row == r)

    def _own(self, r: int, c: int) -> GridCell | None:
        """The cell at (r, c) if it has text; a cell merged down counts in every row it covers."""
        cell = self.grid.at(r, c)
        return cell if cell is not None and cell.text.strip() else None

    def _row(self, r: int) -> None:
        cells = [c for c in self.grid.origin_cells(r) if c.text.strip()]
        if not cells or self._joined(r) in self.headings:
            return  # empty, or the header repeated after a page break
        if len(cells) == 1 and self._is_label(cells[0]):
            self._single(cells[0])
            return
        if r in self.grid.short_rows:
            self._short(r, cells)
            return
        self._full(r)

    def _is_label(self, cell: GridCell) -> bool:
        """The only cell of its row: a note, or a category (across the table, in the 类别 or 序号
        column, or a short group title in the name column), not an indicator without values."""
        text = compact(cell.text)
        if (cell.colspan >= max(self.grid.n_cols - 1, 2) or NOTE_RE.match(text) or CATEGORY_RE.match(text)
                or _PAREN_CATEGORY_RE.match(text)):
            return True
        kind = self.columns[cell.col].kind
        if kind in ("category", "seq"):
            return has_cjk(text) and not is_value_token(text)
        return (kind == "name" and not any(col.kind == "category" for col in self.columns)
                and len(text) <= 16 and not ROW_RE.match(text) and not text.startswith("其中")
                and not re.search(r"[（(][^（）()]{1,8}[）)]$", text))

    def _single(self, cell: GridCell) -> None:
        text = cell.text.strip()
        if NOTE_RE.match(compact(text)):
            self.box.notes.append(Paragraph(text, cell.line or self.box.line))
            return
        self.category = _category_title(text)

    def _full(self, r: int) -> None:
        name_cell = self._first_of(r, "name")
        if name_cell is None:
            self._orphan_values(r)
            return
        row = self._start(r, name_cell)
        listed: list[tuple[str, int | None]] = []
        for c, col in enumerate(self.columns):
            cell = self._own(r, c)
            if cell is None or (col.kind == "name" and cell is name_cell):
                continue
            if self._seen(r, c, cell):
                if col.kind == "value" and self.columns[c - 1].kind == "value":
                    self._spread(row, c, cell)
                continue
            self._take(row, col, c, cell, listed)
        if listed:
            self._keep_listed(row, listed)
        self._check_cells(row)
        self.box.rows.append(row)

    def _seen(self, r: int, c: int, cell: GridCell) -> bool:
        """A cell spanning several columns is read once, in its first column."""
        return c > 0 and self.grid.at(r, c - 1) is cell

    def _spread(self, row: IndicatorRow, c: int, cell: GridCell) -> None:
        """A value cell merged across value columns holds for each of them, as printed ('—'
        across 2020年 and 2025年: neither has a figure); a figure says it was merged."""
        spread = parse_cell(cell.text.strip(), self.values[c], cell.line or row.line)
        row.cells.append(spread)
        if spread.kind != "missing" and c == cell.col + 1:
            spanned = "、".join(self.columns[k].heading for k in range(cell.col, cell.col + cell.colspan))
            self.issues.append(SourceIssue("merged_cell", f"{row.name}：单元格“{cell.text.strip()}”在原表中"
                                           f"横跨{cell.colspan}列（{spanned}），各列均记为该值", cell.line or row.line))

    def _first_of(self, r: int, kind: str) -> GridCell | None:
        return next((self._own(r, c) for c, col in enumerate(self.columns)
                     if col.kind == kind and self._own(r, c) is not None), None)

    def _start(self, r: int, name_cell: GridCell, category_cell: GridCell | None | bool = True) -> IndicatorRow:
        """A row from its name cell; its category from the 类别 column (`True`: look it up),
        a given cell, or none (a short row whose cells' columns are not known)."""
        if category_cell is True:
            category_cell = self._first_of(r, "category")
        if isinstance(category_cell, GridCell):
            self.category = _category_title(category_cell.text)
        seq_cell = self._first_of(r, "seq")
        seq = int(compact(seq_cell.text)) if seq_cell and re.fullmatch(r"\d{1,3}", compact(seq_cell.text)) else None
        text = " ".join(name_cell.text.split())
        numbered = ROW_RE.match(text)
        if numbered:
            seq, text = seq if seq is not None else row_seq(numbered), numbered.group("rest")
        has_unit_col = any(col.kind == "unit" for col in self.columns)
        name, unit, _ = split_name_unit(text, allow_bare_unit=not has_unit_col)
        line = self.grid.lines[r] or name_cell.line
        return IndicatorRow(box_no=self.box.no, category=self.category, seq=seq, name=name, unit=unit,
                            line=line, end_line=line)

    def _take(self, row: IndicatorRow, col: GridColumn, c: int, cell: GridCell,
              listed: list[tuple[str, int | None]]) -> None:
        text, line = cell.text.strip(), cell.line or row.line
        if col.kind == "unit":
            row.unit = collapse_cjk_spaces(text).strip("()（）") or row.unit
        elif col.kind == "attribute":
            row.attribute = collapse_cjk_spaces(text)
        elif col.kind == "unplaced":
            listed += [(v.strip(), line) for v in _LIST_SPLIT_RE.split(text) if v.strip()]
        elif col.kind == "value":
            row.cells.append(parse_cell(text, self.values[c], line))
        if line and row.end_line and line > row.end_line:
            row.end_line = line

    def _keep_listed(self, row: IndicatorRow, listed: list[tuple[str, int | None]]) -> None:
        values = [(c.raw, c.line) for c in row.cells] + listed
        row.cells = []
        row.unplaced = [v for v, _ in values]
        row.unplaced_lines = [line or row.line for _, line in values]
        self.issues.append(SourceIssue("listed_unplaced", f"{row.name}：{len(values)}个数值列为"
                                       "未归位的值，原表未说明所属的列，保留为未归位", row.line))

    def _check_cells(self, row: IndicatorRow) -> None:
        for cell in row.cells:
            if cell.kind == "text" and re.search(r"\d", cell.raw):
                self.issues.append(SourceIssue("unreadable_cell", f"{row.name}：单元格“{cell.raw}”无法读作数值",
                                               cell.line))

    def _word_columns(self) -> set[int]:
        """Value columns whose cells are words (完成, 超额完成) in the rows the grid places."""
        out = set()
        for c, col in enumerate(self.columns):
            texts = [self.grid.text(r, c) for r in range(self.header.rows, self.grid.n_rows)
                     if r not in self.grid.short_rows and self.grid.starts_here(r, c) and self.grid.text(r, c).strip()]
            if col.kind == "value" and texts and sum(not is_value_token(t) for t in texts) * 2 >= len(texts):
                out.add(c)
        return out

    def _fitted(self, r: int, cells: list[GridCell]) -> bool:
        """A short row whose cells fit the columns one way only is placed that way."""
        kinds = [col.kind for col in self.columns]
        if "name" not in kinds:  # no column of names: nothing to start a row from
            return False
        placing = unique_fit([c.text for c in cells], kinds, self._word_columns())
        if placing is None or kinds.index("name") not in placing:
            return False
        name_cell = cells[placing.index(kinds.index("name"))]
        category = next((cell for cell, c in zip(cells, placing) if kinds[c] == "category"), None)
        row = self._start(r, name_cell, category)
        for cell, c in zip(cells, placing):
            if cell is not name_cell and kinds[c] not in ("seq", "category"):
                self._take(row, self.columns[c], c, cell, [])
        self.issues.append(SourceIssue("row_fitted", f"{row.name}：该行少了{len(kinds) - len(cells)}个单元格；"
                                       "各单元格按其内容只能归入一种列，已据此归位", row.line))
        self._check_cells(row)
        self.box.rows.append(row)
        return True

    def _short(self, r: int, cells: list[GridCell]) -> None:
        """Fewer cells than columns: placed where they fit one way only; otherwise name, unit
        and attribute by their form, and the values unplaced."""
        if self._fitted(r, cells):
            return
        pieces = cells
        name_cell = next((c for c in pieces if has_cjk(c.text) and not is_value_token(c.text)
                          and compact(c.text) not in ATTRIBUTES and not _UNIT_TOKEN_RE.match(compact(c.text))),
                         None)
        if name_cell is None:
            self._orphan_values(r)
            return
        row = self._start(r, name_cell, category_cell=None)  # no column is known: the group's goes on
        values: list[tuple[str, int | None]] = []
        for cell in pieces:
            word = collapse_cjk_spaces(cell.text)
            if cell is name_cell or (re.fullmatch(r"\d{1,3}", word) and cell.col < name_cell.col):
                continue
            if word in ATTRIBUTES:
                row.attribute = word
            elif _UNIT_TOKEN_RE.match(compact(word)) and not is_value_token(word) and row.unit is None:
                row.unit = word.strip("()（）")
            else:
                values.append((cell.text.strip(), cell.line or row.line))
        row.unplaced = [v for v, _ in values]
        row.unplaced_lines = [line for _, line in values]
        if values and len(values) >= len(self.values):
            self.issues.append(SourceIssue("unaligned_row", f"{row.name}：该行的{len(values)}个数值与表格各列没有"
                                           "对齐，无法确定各数值所属的列，保留为未归位", row.line))
        elif values:
            self.issues.append(SourceIssue("short_row", f"{row.name}：该行只有{len(values)}个数值，而表格有"
                                           f"{len(self.values)}列；无法确定各数值所属的列，保留为未归位", row.line))
        self.box.rows.append(row)

    def _orphan_values(self, r: int) -> None:
        values = [c.text.strip() for c in self.grid.origin_cells(r) if c.text.strip()]
        line = self.grid.lines[r]
        self.issues.append(SourceIssue("stray_value", f"数值“{'、'.join(values)}”不属于任何指标行；"
                                       "作为未归位值保留在上一行", line))
        if self.box.rows:
            last = self.box.rows[-1]
            last.unplaced += [c.raw for c in last.cells] + values
            last.unplaced_lines += [c.line or line for c in last.cells] + [line] * len(values)
            last.cells = []


_PAREN_CATEGORY_RE = re.compile(r"^[（(](?P<no>[一二三四五六七八九十]+)[）)]\s*(?P<title>\S.{0,24})$")


def _category_title(text: str) -> str:
    """'一、就业' / '（一）就业' -> '就业', as printed otherwise."""
    printed = collapse_cjk_spaces(text)
    match = CATEGORY_RE.match(printed) or _PAREN_CATEGORY_RE.match(printed)
    return match.group("title").strip() if match else printed
