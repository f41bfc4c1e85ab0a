"""Shared by the front ends: the result type, errors and the few text clean-ups they all need.

Every front end turns its format into the same text stream the parser reads: one
line per paragraph, one line per table row with cells joined by TAB.
"""
from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.ingest.decode import IngestError
from app.ingest.grid import Grid, SpanCell, build_grid  # noqa: F401 (SpanCell: the front ends' cells)


class UnsupportedFormat(IngestError):
    """The bytes are not a format these front ends read (plain text, an image, .doc ...)."""

    def __init__(self, message: str, kind: str = "unsupported"):
        super().__init__(message, kind)


@dataclass
class Extracted:
    """What a front end read: the text stream, its real tables, and what it could not read."""

    text: str
    format: str  # docx | html | pdf
    warnings: list[str] = field(default_factory=list)
    grids: dict[int, Grid] = field(default_factory=dict)  # by the 0-based line of a table's first row


@dataclass
class TableRows:
    """A real table as a front end reads it: its rows of cells, each with its spans."""

    rows: list[list[SpanCell]]


_TRIM = " \r\n\v\f\u3000\xa0\u200b\ufeff"
_CELL_SPACE = re.compile(r"[\t\r\n\v\f]+")
# Kangxi radicals (U+2F00..) and compatibility ideographs look like ordinary characters but
# are different code points: PDFs made by some Word/WPS versions print '第⼀章' with the
# radical '⼀', which no heading pattern matches.  Only these blocks are normalised, so
# full-width punctuation ('（', '：', '％') stays exactly as printed.
_LOOKALIKES = re.compile(r"[\u2e80-\u2fdf\uf900-\ufaff]")


_PACKAGES = {"bs4": "beautifulsoup4", "docx": "python-docx", "pdfplumber": "pdfplumber"}


def import_optional(module: str, feature: str):
    """Import a library a front end needs, or say in plain words which one is missing."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        package = _PACKAGES.get(module.split(".")[0], module)
        raise IngestError(kind="missing_package", message=f"reading {feature} needs the Python package '{package}', "
                          "which is not installed") from exc


def fix_lookalikes(text: str) -> str:
    """Replace radical and compatibility look-alikes with the ideographs they stand for."""
    return _LOOKALIKES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def join_wrapped(parts: list[str]) -> str:
    """Join the lines of one table cell: nothing between them, except one space between two
    Latin words or numbers.

    A cell's text is wrapped by the layout ('城镇新增就业' / '人数（万人）', '稳定在99%' /
    '以上'), so a line break inside it is no space in Chinese; only 'GDP' / 'growth' had one.
    """
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() and part[0].isalnum():
            out += " "
        out += part
    return out


def clean_cell(text: str | None) -> str:
    """A cell's text for a TAB-joined row: no tab or line break may survive inside it."""
    return _CELL_SPACE.sub(" ", text or "").strip()


def row_line(cells: Sequence[str | None]) -> str | None:
    """One table row as one line, cells joined by TAB; None for a row with no text at all.

    Empty cells are kept so that values stay under their column headings.
    """
    texts = [clean_cell(c) for c in cells]
    if not any(texts):
        return None
    return "\t".join(texts)


def finish(items: list[str | TableRows], fmt: str, name: str, warnings: list[str] | None = None,
           empty_hint: str = "", keep_indent: bool = False) -> Extracted:
    """Trim lines, drop empty ones, lay tables out one TAB line per row (their grids kept by
    line), and refuse a document with no readable text.  `keep_indent` keeps a line's leading
    spaces: a PDF's lines are indented where they are printed (see pdf_layout.layout_text)."""
    kept: list[str] = []
    grids: dict[int, Grid] = {}
    for item in items:
        if isinstance(item, TableRows):
            first = len(kept)
            grid = _table_lines(item, kept)
            if grid is not None:
                grids[first] = grid
            continue
        # Tabs are kept at the ends: a row's empty first or last cells are part of its shape.
        line = fix_lookalikes(item)
        line = line.rstrip(_TRIM).lstrip(_TRIM.replace(" ", "")) if keep_indent else line.strip(_TRIM)
        if line.strip():
            kept.append(line)
    if not kept:
        raise IngestError(kind="no_text", message=f"{name}: no readable text was found in this {fmt.upper()} file"
                          + (f" ({empty_hint})" if empty_hint else ""))
    return Extracted("\n".join(kept) + "\n", fmt, warnings or [], grids)


def _table_lines(table: TableRows, kept: list[str]) -> Grid | None:
    """Append a table's rows as lines (a row with no text adds none); its grid, numbered by line.

    A row's line has one cell per printed cell: a merged cell once, and an empty cell where
    a cell merged down from above covers the row, so values stay under their headings.
    """
    for row in table.rows:
        for span_cell in row:
            span_cell.text = fix_lookalikes(clean_cell(span_cell.text))
    grid = build_grid(table.rows)
    printed = False
    for r in range(grid.n_rows):
        line = row_line(_row_texts(grid, r))
        if line is not None:
            kept.append(line.strip(_TRIM))
            printed = True
        grid.lines[r] = len(kept)  # an empty row shares the line of the row above
        for cell in grid.origin_cells(r):
            if cell.row == r:
                cell.line = len(kept)
    if not printed:
        return None
    grid.last_line = len(kept)
    return grid


def _row_texts(grid: Grid, r: int) -> list[str]:
    texts = []
    for c in range(grid.n_cols):
        cell = grid.at(r, c)
        if cell is not None and cell.col == c:
            texts.append(cell.text if cell.row == r else "")
    return texts
