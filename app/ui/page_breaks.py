"""Rows stay whole: a table row that does not fit at the foot of a page starts the next one.

Qt's layout breaks a page between the lines of a cell, so a row with a wrapped name can be
cut in two. After laying the HTML out, this finds the first row whose text lines fall on
two pages and splits its table before that row in the HTML (app.report.table_split), then
lays it out again; the new table repeats the header. A row taller than a whole page cannot
move anywhere better and is left to break inside its cells.
"""
from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtGui import QTextDocument, QTextTable

from app.service import break_before_row, table_count

MAX_PASSES = 500  # one pass per moved row; a printout has far fewer rows than this


def laid_out_without_split_rows(html: str, build: Callable[[str], QTextDocument]) -> QTextDocument:
    """The document `build(html)` returns, re-built with page breaks until no row is split."""
    document = build(html)
    for _ in range(MAX_PASSES):
        split = first_split_row(document)
        if split is None or table_count(html) != len(_tables(document)):
            return document  # nothing to move, or HTML this module cannot map to the layout
        table_index, row_index, header_rows = split
        html = break_before_row(html, table_index, row_index, header_rows)
        document = build(html)
    return document


def row_extents(document: QTextDocument, table: QTextTable, row: int) -> tuple[float, float] | None:
    """Top of the first and bottom of the last text line of a table row, in document coordinates."""
    layout = document.documentLayout()
    top, bottom = math.inf, -math.inf
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.column() != column:
            continue  # covered by a spanning cell
        block = cell.firstCursorPosition().block()
        while block.isValid() and block.position() <= cell.lastPosition():
            origin = layout.blockBoundingRect(block).top()
            lines = block.layout()
            for number in range(lines.lineCount()):
                line = lines.lineAt(number)
                top = min(top, origin + line.y())
                bottom = max(bottom, origin + line.y() + line.height())
            block = block.next()
    return (top, bottom) if top < bottom else None


def first_split_row(document: QTextDocument) -> tuple[int, int, int] | None:
    """(table index, row index, header rows) of the first row that starts on one page and
    ends on another, or None. Header rows are repeated by Qt and never counted."""
    page = document.pageSize().height()
    for table_index, table in enumerate(_tables(document)):
        header_rows = table.format().headerRowCount()
        for row in range(header_rows, table.rows()):
            extents = row_extents(document, table, row)
            if extents is None:
                continue
            top, bottom = extents
            if bottom - top >= page * 0.8:
                continue  # taller than a page with its header: it has to break inside
            if math.floor(top / page) != math.floor((bottom - 0.01) / page):
                return table_index, row, header_rows
    return None


def _tables(document: QTextDocument) -> list[QTextTable]:
    return [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]
