"""Indicator tables inside a 专栏: header, category rows, indicator rows, cells.

Tables arrive flattened in several ways (one cell per line, tab-separated, several
values on one line, header cells split over lines, or a sentence standing in for
the header row).  Values are placed in columns only when the row has exactly one
value per column; otherwise they are kept, honestly, as unplaced.
"""
from __future__ import annotations

import re

from app.ingest.cells import describe_column, is_value_token, parse_cell
from app.ingest.headings import is_structural_heading
from app.ingest.model import Box, Column, IndicatorRow, Paragraph, SourceIssue
from app.ingest.tablelex import (ATTRIBUTES, CATEGORY_RE, HEADER_SENTENCE_RE, HEADER_WORDS, NOTE_RE, ROW_RE,
                                 header_columns, looks_like_prose, row_seq, split_name_unit, split_pieces)
from app.ingest.text_utils import collapse_cjk_spaces, has_cjk


class _TableState:
    def __init__(self, box: Box, columns: list[Column], has_unit_col: bool,
                 issues: list[SourceIssue]):
        self.box = box
        self.columns = columns
        self.has_unit_col = has_unit_col
        self.issues = issues
        self.category: str | None = None
        self.category_index: int | None = None
        self.rows_in_category = 0
        self.row: IndicatorRow | None = None
        self.values: list[tuple[str, int]] = []
        self.closed = False
        self.pending_seq: int | None = None

    def take_pending_seq(self) -> int | None:
        seq, self.pending_seq = self.pending_seq, None
        return seq

    # -- rows ---------------------------------------------------------------
    def start_row(self, seq: int | None, name_text: str, line: int) -> None:
        self.finish_row()
        name, unit, trailing = split_name_unit(name_text, allow_bare_unit=not self.has_unit_col)
        self.row = IndicatorRow(box_no=self.box.no, category=self.category, seq=seq, name=name,
                                unit=unit, line=line, end_line=line)
        self.values = [(v, line) for v in trailing if collapse_cjk_spaces(v) not in ATTRIBUTES]
        attributes = [collapse_cjk_spaces(v) for v in trailing if collapse_cjk_spaces(v) in ATTRIBUTES]
        if attributes:
            self.row.attribute = attributes[-1]
        self.closed = bool(trailing)  # values printed on the name's own line: the row is complete
        self.rows_in_category += 1

    def add_piece(self, piece: str, line: int, next_is_row: bool) -> None:
        compact = collapse_cjk_spaces(piece)
        row = self.row
        if compact in ATTRIBUTES and row is not None and row.attribute is None:
            row.attribute, self.closed, row.end_line = compact, True, line
            return
        if row is None or self.closed:
            self._piece_outside_row(piece, compact, line, next_is_row)
            return
        row.end_line = line
        if not self.values and row.unit is None and self._is_unit(piece, compact):
            row.unit = compact.strip("()（）")
            return
        self.values.append((piece.strip(), line))
        if not self.columns_include_attribute and len(self.values) >= len(self.columns) > 0:
            self.closed = True

    columns_include_attribute = False

    def _is_unit(self, piece: str, compact: str) -> bool:
        if is_value_token(piece):
            return False
        if self.has_unit_col:
            return True
        return bool(re.fullmatch(r"[（(][^（）()]{1,8}[）)]?", compact))

    def _piece_outside_row(self, piece: str, compact: str, line: int, next_is_row: bool) -> None:
        if has_cjk(compact) and not is_value_token(piece):
            if next_is_row and self.pending_seq is None:
                self.set_category(compact, None)
            else:
                self.start_row(self.take_pending_seq(), piece, line)
            return
        value = piece.strip()
        if self.row is not None:  # closed but not yet written: let finish_row judge the count
            self.values.append((value, line))
            return
        self.issues.append(SourceIssue("stray_value", f"数值“{value}”不属于任何指标行；"
                                       "作为未归位值保留在上一行", line))
        if self.box.rows:
            self._demote_to_unplaced(self.box.rows[-1], value, line)

    @staticmethod
    def _demote_to_unplaced(row: IndicatorRow, value: str, line: int) -> None:
        """One value too many: no column of that row can be trusted any more."""
        row.unplaced = [c.raw for c in row.cells] + row.unplaced + [value]
        row.unplaced_lines = [c.line or line for c in row.cells] + row.unplaced_lines + [line]
        row.cells = []

    def set_category(self, title: str, index: int | None) -> None:
        self.finish_row()
        self.category, self.category_index, self.rows_in_category = title, index, 0

    def finish_row(self) -> None:
        row = self.row
        if row is None:
            return
        self.row = None
        n_cols = len(self.columns)
        if n_cols and len(self.values) == n_cols:
            row.cells = [parse_cell(raw, col, line) for (raw, line), col in zip(self.values, self.columns)]
            for cell in row.cells:
                if cell.kind == "text" and re.search(r"\d", cell.raw):
                    self.issues.append(SourceIssue(
                        "unreadable_cell", f"{row.name}：单元格“{cell.raw}”无法读作数值",
                        cell.line))
        else:
            row.unplaced = [raw for raw, _ in self.values]
            row.unplaced_lines = [line for _, line in self.values]
            self._report_misfit(row, len(self.values), n_cols)
        self.box.rows.append(row)

    def _report_misfit(self, row: IndicatorRow, n_values: int, n_cols: int) -> None:
        if not n_cols:
            message = f"{row.name}：未找到表格的列标题，{n_values}个数值未归位"
            kind = "no_columns"
        elif n_values < n_cols:
            message = (f"{row.name}：该行只有{n_values}个数值，而表格有{n_cols}列；"
                       "无法确定各数值所属的列，保留为未归位")
            kind = "short_row"
        else:
            message = f"{row.name}：该行有{n_values}个数值，多于{n_cols}列；保留为未归位"
            kind = "long_row"
        self.issues.append(SourceIssue(kind, message, row.line))


def _read_header(lines: list[str], i: int, box: Box) -> tuple[int, list[tuple[str, bool]], list[str] | None]:
    """Collect header cells until the first category or indicator row."""
    tokens: list[tuple[str, bool]] = []
    sentence_columns: list[str] | None = None
    while i < len(lines):
        raw = lines[i]
        stripped = raw.strip()
        if not stripped:
            i += 1
            continue
        if is_structural_heading(stripped) or NOTE_RE.match(stripped) or looks_like_prose(stripped):
            break
        sentence = HEADER_SENTENCE_RE.search(stripped)
        if sentence:
            sentence_columns = [part.strip() for part in re.split(r"[、，,]", sentence.group(1)) if part.strip()]
            box.notes.append(Paragraph(stripped, i + 1))
            i += 1
            continue
        pieces = split_pieces(raw, header=True)
        if (not pieces or any(ROW_RE.match(p) for p in pieces) or CATEGORY_RE.match(pieces[0])
                or _lone_seq(pieces, lines, i) or _unnumbered_row(pieces)):
            break
        tabbed = raw.startswith("\t") or "\t" in raw.strip()
        tokens.extend((piece, tabbed) for piece in pieces)
        i += 1
    return i, tokens, sentence_columns


def _next_is_row(lines: list[str], i: int) -> bool:
    """Does the next non-blank line start an indicator row?"""
    for raw in lines[i + 1:i + 6]:
        stripped = raw.strip()
        if stripped:
            pieces = split_pieces(raw)
            return bool(pieces) and (bool(ROW_RE.match(pieces[0])) or re.fullmatch(r"\d{1,2}", pieces[0]) is not None)
    return False


def parse_table(lines: list[str], start: int, box: Box, plan_years: tuple[int, int] | None,
                issues: list[SourceIssue]) -> int:
    """Parse the table that follows a 专栏 heading; return the index of the first line after it."""
    i, tokens, sentence_columns = _read_header(lines, start, box)
    completion = "完成" in box.title
    headings, has_unit, has_attr = header_columns(tokens, sentence_columns)
    columns = [describe_column(h, plan_years, completion) for h in headings]
    box.columns = columns
    if not columns:
        issues.append(SourceIssue("no_columns", f"专栏{box.no}：未找到表格的列标题", box.line))
    state = _TableState(box, columns, has_unit, issues)
    state.columns_include_attribute = has_attr
    end = _parse_body(lines, i, state)
    state.finish_row()
    box.end_line = max([box.line] + [r.end_line or 0 for r in box.rows] + [n.line for n in box.notes])
    return end


def _parse_body(lines: list[str], i: int, state: _TableState) -> int:
    while i < len(lines):
        raw = lines[i]
        stripped = raw.strip()
        if not stripped:
            i += 1
            continue
        if NOTE_RE.match(stripped):
            state.finish_row()
            state.box.notes.append(Paragraph(stripped, i + 1))
            return i + 1
        if is_structural_heading(stripped) or looks_like_prose(stripped):
            return _unconsume_empty_category(state, i)
        _parse_body_line(raw, i, lines, state)
        i += 1
    return _unconsume_empty_category(state, i)


def _unconsume_empty_category(state: _TableState, i: int) -> int:
    """A 'category' with no rows before the table ended was really a heading after the table."""
    state.finish_row()
    if state.rows_in_category == 0 and state.category_index is not None:
        return state.category_index
    return i


def _row_start(pieces: list[str]) -> int | None:
    """Index of the piece that starts an indicator row, if the line starts one."""
    for k, piece in enumerate(pieces):
        if ROW_RE.match(piece):
            return k
    if len(pieces) >= 2 and _is_name(pieces[0]) and all(is_value_token(p) or p in ATTRIBUTES for p in pieces[1:]):
        return 0  # a row printed without a number: 'name<TAB>value<TAB>value'
    return None


def _unnumbered_row(pieces: list[str]) -> bool:
    """'城镇新增就业人数（万人） 500 550 预期性': a name, then values that are not years."""
    if len(pieces) < 2 or not _is_name(pieces[0]) or collapse_cjk_spaces(pieces[0]) in HEADER_WORDS:
        return False
    rest = [p for p in pieces[1:] if p not in ATTRIBUTES]
    return bool(rest) and all(is_value_token(p) for p in rest) and not all(
        re.fullmatch(r"(19|20)\d{2}\s*年?", p) for p in rest)


def _is_name(piece: str) -> bool:
    compact = collapse_cjk_spaces(piece)
    return has_cjk(compact) and not is_value_token(piece) and compact not in ATTRIBUTES


def _lone_seq(pieces: list[str], lines: list[str], i: int) -> int | None:
    """'1' alone on its line, followed by the indicator's name: a 序号 column."""
    if len(pieces) != 1 or not re.fullmatch(r"\d{1,2}", pieces[0]):
        return None
    for raw in lines[i + 1:i + 4]:
        following = split_pieces(raw)
        if following:
            is_bare_name = (_is_name(following[0]) and not CATEGORY_RE.match(following[0])
                            and not ROW_RE.match(following[0]))
            return int(pieces[0]) if is_bare_name else None
    return None


def _parse_body_line(raw: str, i: int, lines: list[str], state: _TableState) -> None:
    pieces = split_pieces(raw)
    category = CATEGORY_RE.match(pieces[0])
    if category and len(pieces) == 1:
        state.set_category(category.group("title").strip(), i)
        return
    seq = _lone_seq(pieces, lines, i)
    row_complete = state.row is None or state.closed or len(state.values) >= len(state.columns)
    if seq is not None and row_complete:
        state.finish_row()
        state.pending_seq = seq
        return
    start = _row_start(pieces)
    if start is not None:
        if start > 0 and all(_is_name(p) for p in pieces[:start]):
            state.set_category(collapse_cjk_spaces("".join(pieces[:start])), None)
        match = ROW_RE.match(pieces[start])
        if match:
            state.start_row(row_seq(match), match.group("rest"), i + 1)
        else:
            state.start_row(state.take_pending_seq(), pieces[start], i + 1)
        rest_pieces = pieces[start + 1:]
        for piece in rest_pieces:
            state.add_piece(piece, i + 1, False)
        if rest_pieces:
            state.closed = True
        return
    next_is_row = _next_is_row(lines, i)
    for piece in pieces:
        state.add_piece(piece, i + 1, next_is_row)
