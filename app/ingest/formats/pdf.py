"""PDF with a text layer to the parser's text stream, via pdfplumber.

Each page is read top to bottom.  Where pdfplumber finds a ruled table with two or
more columns, its rows are emitted as TAB-joined lines in place of that region's
text; a one-column ruled table is a 专栏 box and its text is read as lines.  Tables
are found from their rules, not from shading, however the cells' borders are drawn
(see `_ruled_finder`).  Text outside tables keeps column gaps as two spaces, so an
unruled table row's numbers stay apart.  Running headers, footers and page numbers are dropped and wrapped
paragraph lines are joined again (see pdf_layout).
"""
from __future__ import annotations

import io
import statistics
from dataclasses import dataclass, field

from app.ingest import budget as budgets
from app.ingest.decode import IngestError
from app.ingest.formats.common import Extracted, TableRows, finish, import_optional, join_wrapped
from app.ingest.grid import SpanCell
from app.ingest.formats.pdf_streams import install as install_stream_budget
from app.ingest.formats.pdf_layout import (Line, TableBlock, continues, drop_furniture, group_lines,
                                           implied_closers, indented_regions, is_rule, join_text, layout_text,
                                           line_chunks, margins, spacing_columns)

_ENCRYPTED = {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"}
_CID_SHARE = 0.2  # above this share of unmapped glyphs the 'text' would be gibberish
_FEW_CHARS = 30  # a page with fewer characters than this and a page-sized picture is a scan


@dataclass
class _Page:
    lines: list[Line] = field(default_factory=list)
    tables: list[TableBlock] = field(default_factory=list)
    chars: int = 0
    unmapped: int = 0
    scanned: bool = False  # (almost) no text, but a picture: a scanned page


def extract_pdf(data: bytes, name: str) -> Extracted:
    """Read a PDF; raises IngestError for scanned, encrypted, damaged or non-PDF files."""
    if b"%PDF-" not in data[:1024]:
        raise IngestError(kind="damaged", message=f"{name}: this is not a PDF file (it does not start with %PDF)")
    pdfplumber = import_optional("pdfplumber", "PDF files")
    install_stream_budget()
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages, heights = _read_pages(pdf)
            protected = _copy_protected(pdf)
    except IngestError:
        raise
    except Exception as exc:  # pdfminer wraps everything in PdfminerException
        raise _explain(exc, name) from exc
    _check_text_layer(pages, name, protected)
    kept = drop_furniture([p.lines for p in pages], heights)
    for page, lines in zip(pages, kept, strict=False):
        page.lines = lines
    warnings = [f"{name}: page {n} has no text layer (a scanned image); its content is missing"
                for n, page in enumerate(pages, 1) if page.scanned]
    return finish(_assemble(pages), "pdf", name, warnings, keep_indent=True)


def _read_pages(pdf) -> tuple[list[_Page], list[float]]:
    """Every page, within the page budget; each page's layout is let go once read (pdfplumber
    keeps it otherwise: 3.5 MB a page, all held)."""
    budget = budgets.current()
    total = len(pdf.pages)
    budget.count("pages", total, f"it has {total:,} pages")
    pages = []
    for number, page in enumerate(pdf.pages, 1):
        budget.progress(number - 1, total, "pages")
        pages.append(_read_page(page, number))
        page.close()
    return pages, [float(page.height) for page in pdf.pages]


def _copy_protected(pdf) -> bool:
    """Encrypted with permissions that forbid copying text (pdfminer reads such a file anyway)."""
    document = getattr(pdf, "doc", None)
    return getattr(document, "encryption", None) is not None and not getattr(document, "is_extractable", True)


def _explain(exc: Exception, name: str) -> IngestError:
    """A user's explanation of a pdfminer failure: over a budget, encrypted, protected or damaged."""
    causes = [exc, *getattr(exc, "args", ())]
    over = next((c for c in (*causes, exc.__cause__, exc.__context__) if isinstance(c, IngestError)), None)
    if over is not None:  # a budget passed deep inside pdfminer, which wrapped it
        return over
    kinds = {type(c).__name__ for c in causes if isinstance(c, BaseException)}
    if kinds & _ENCRYPTED:
        return IngestError(kind="encrypted", message=f"{name}: this PDF is encrypted (password-protected); "
                           "open it with the password and save an unprotected copy first")
    if "PDFTextExtractionNotAllowed" in kinds:
        return IngestError(kind="encrypted",
                           message=f"{name}: this PDF forbids copying its text; save an unprotected copy first")
    detail = " ".join(str(c) for c in causes if isinstance(c, BaseException))
    # pdfminer's own words quote raw bytes and its object names; the user needs the gist.
    gist = ("it ends too early: it may be incomplete" if "EOF" in detail
            else "it has no document catalogue" if "/Root" in detail else "its structure is broken")
    return IngestError(kind="damaged", message=f"{name}: the PDF is damaged or incomplete and cannot be read ({gist})")


def _check_text_layer(pages: list[_Page], name: str, protected: bool = False) -> None:
    chars = sum(p.chars for p in pages)
    if any(p.scanned for p in pages) and all(p.scanned for p in pages if p.chars or p.scanned):
        raise IngestError(kind="no_text", message=f"{name}: this PDF has no text layer (it is a scanned image); "
                          "run text recognition (OCR) on it or find a text version")
    if protected and (chars == 0 or sum(p.unmapped for p in pages) > _CID_SHARE * chars):
        # The protection, not the fonts, is why its text cannot be read.
        raise IngestError(kind="encrypted", message=f"{name}: this PDF is copy-protected (its author forbade "
                          "copying its text) and its text cannot be read; ask for an unprotected copy")
    if chars == 0:  # no pictures either: blank pages, vector drawings or a damaged content stream
        raise IngestError(kind="no_text", message=f"{name}: no text was found on any page of this PDF "
                          "(it may be damaged, or hold only drawings)")
    if sum(p.unmapped for p in pages) > _CID_SHARE * chars:
        raise IngestError(kind="no_text",
                          message=f"{name}: this PDF's fonts do not say which characters they print, so "
                                  "its text cannot be read; find another copy or run OCR on it")


def _read_page(page, number: int) -> _Page:
    page = page.dedupe_chars()  # fake bold prints every character twice
    chars = page.chars
    if not chars:
        return _Page(scanned=bool(page.images))
    scanned = _mostly_picture(page, chars)
    data, boxes = _find_tables(page)
    bboxes = [t.bbox for t, _ in data]
    outside = [c for c in chars if not any(_inside(c, box) for box in bboxes)]
    lines = [_line(group, number, boxes) for group in group_lines(outside)]
    tables = [TableBlock(rows, float(t.bbox[1]), number) for t, rows in data]
    unmapped = sum(1 for c in chars if str(c.get("text", "")).startswith("(cid:"))
    return _Page([ln for ln in lines if ln.text.strip()], tables, len(chars), unmapped, scanned)


def _mostly_picture(page, chars: list[dict]) -> bool:
    """A scanned page that still has a few characters (a stamped page number, a date)."""
    if sum(1 for c in chars if c["text"].strip()) >= _FEW_CHARS:
        return False
    covered = sum((img["x1"] - img["x0"]) * (img["bottom"] - img["top"]) for img in page.images)
    return covered >= 0.4 * float(page.width) * float(page.height)


def _find_tables(page) -> tuple[list, list[tuple]]:
    """Ruled data tables (two or more columns) with their rows, and boxes.

    A box is a ruled region with one column: a one-cell table (which pdfplumber does
    not report as a table, only as a cell) or a one-column table.  Its text is read as
    lines, as a 专栏 drawn as a frame is meant to be read.
    """
    finder = _ruled_finder(page)
    data, boxes = [], []
    for table in finder.tables:
        if len({cell[0] for cell in table.cells}) >= 2:
            data.append((table, _table_rows(table)))
        else:
            boxes.append(table.bbox)
    in_tables = [t.bbox for t in finder.tables]
    boxes += [cell for cell in finder.cells
              if not any(_contains(outer, cell) for outer in in_tables)]
    return data, boxes


def _ruled_finder(page):
    """pdfplumber's table finder, told which drawn shapes are rules.

    Tables are first found from rules alone (lines, frames, hairline bars); shading
    inside them (a cell's or a text run's background, whose edges would split columns
    and set the header on another grid than the data) is then left out.  Shading
    elsewhere still counts, so a shaded box stays a box.  A table cut by a page break
    often lacks the rule under its last row: where rules stop together, one is implied.
    """
    table_module = import_optional("pdfplumber.table", "PDF files")

    def finder(view):
        settings = {"explicit_horizontal_lines": implied_closers(view.edges)}
        return table_module.TableFinder(view, table_module.TableSettings.resolve(settings))

    def outside_tables(obj) -> bool:
        return not any(_contains(area, _bbox(obj)) for area in areas)

    first = finder(page.filter(is_rule))
    areas = [t.bbox for t in first.tables]
    if not any(outside_tables(rect) for rect in page.rects if not is_rule(rect)):
        return first  # no shading, or only inside tables: the rules alone are the answer
    return finder(page.filter(lambda obj: is_rule(obj) or outside_tables(obj)))


def _bbox(obj: dict) -> tuple:
    return obj["x0"], obj["top"], obj["x1"], obj["bottom"]


def _table_rows(table) -> list[list[SpanCell]]:
    """Cells row by row with their spans, as in Word and HTML.

    pdfplumber reports the positions a merged cell covers as None; the cell's own box says
    how many columns and rows it spans.  A narrow column with no text in any row is the gap
    between two cells' own borders, not a column of the table, and is left out.
    """
    starts = sorted({cell[0] for cell in table.cells})
    tops = [row.bbox[1] for row in table.rows]
    texts = table.extract()
    keep = [not spacing for spacing in spacing_columns(starts, float(table.bbox[2]), texts)]
    columns = [k for k, kept in enumerate(keep) if kept]
    rows = []
    for r, (row, row_texts) in enumerate(zip(table.rows, texts, strict=False)):
        out = []
        for k, (cell, text) in enumerate(zip(row.cells, row_texts, strict=False)):
            if cell is None or not keep[k]:
                continue
            across = sum(1 for j in columns if j >= k and starts[j] < cell[2] - 1)
            down = sum(1 for top in tops[r:] if top < cell[3] - 1)
            out.append(SpanCell(join_wrapped((text or "").split("\n")), rowspan=max(down, 1),
                                colspan=max(across, 1), col=columns.index(k)))
        rows.append(out)
    return rows


def _contains(outer: tuple, inner: tuple) -> bool:
    return (outer[0] - 1 <= inner[0] and outer[1] - 1 <= inner[1]
            and inner[2] <= outer[2] + 1 and inner[3] <= outer[3] + 1)


def _inside(obj: dict, bbox: tuple) -> bool:
    """Does the object's centre lie in the box (with a point of tolerance)?"""
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return bbox[0] - 1 <= x <= bbox[2] + 1 and bbox[1] - 1 <= y <= bbox[3] + 1


def _line(chars: list[dict], number: int, boxes: list[tuple]) -> Line:
    printed = [c for c in chars if c["text"].strip()]
    size = statistics.median([float(c.get("size") or 0) for c in printed]) or 10.0
    bbox = {"x0": min(c["x0"] for c in printed), "x1": max(c["x1"] for c in printed),
            "top": min(c["top"] for c in printed), "bottom": max(c["bottom"] for c in printed)}
    region = next((k for k, box in enumerate(boxes, 1) if _inside(bbox, box)), 0)
    frame = (float(boxes[region - 1][0]), float(boxes[region - 1][2])) if region else None
    chunks = line_chunks(chars)
    return Line("  ".join(text for _, text in chunks), float(bbox["x0"]), float(bbox["x1"]), float(bbox["top"]),
                float(bbox["bottom"]), size, number, region, frame, not chars[-1]["text"].strip(), chunks)


def _assemble(pages: list[_Page]) -> list:
    """Lines and tables of all pages in reading order, wrapped lines joined again; a table
    going on over a page break is one table."""
    lines = [line for page in pages for line in page.lines]
    edges = margins(lines)
    indented = indented_regions(lines, edges)
    aligned = _near_columns(lines)
    out: list = []
    prev_line: Line | None = None
    prev_table: TableBlock | None = None  # a table that may go on over the page
    for number, page in enumerate(pages, 1):
        if page.scanned:
            out.append(f"〔第{number}页是扫描图像，没有文字层，此页内容未能读取〕")
            prev_line = prev_table = None
        items: list[Line | TableBlock] = sorted([*page.lines, *page.tables], key=lambda item: item.top)
        for item in items:
            if isinstance(item, TableBlock):
                if prev_table is not None and _goes_on(prev_table, item) and isinstance(out[-1], TableRows):
                    out[-1].rows.extend(_continued_rows(prev_table, item))
                else:
                    out.append(TableRows(list(item.rows)))
                prev_line, prev_table = None, item
            elif prev_line is not None and continues(prev_line, item, edges, indented):
                out[-1] = join_text(out[-1], item.text, prev_line.space_after)
                prev_line = item
            else:
                out.append(layout_text(item, edges) if id(item) in aligned else item.text)
                prev_line, prev_table = item, None
    return out


def _near_columns(lines: list[Line]) -> set[int]:
    """Lines of a table without rules (two or more chunks) and the one-chunk lines between and
    around them (a wrapped name, a category): printed at their columns, as the eye sees them."""
    near: set[int] = set()
    for k, line in enumerate(lines):
        if len(line.chunks) >= 2:
            near |= {id(other) for other in lines[max(k - 1, 0):k + 2] if other.page == line.page}
    return near


def _texts(row: list[SpanCell]) -> list[str]:
    return [cell.text for cell in row]


def _goes_on(previous: TableBlock, table: TableBlock) -> bool:
    """The next page's first table, with as many columns, nothing printed between."""
    return table.page == previous.page + 1 and _width(previous.rows) == _width(table.rows)


def _width(rows: list[list[SpanCell]]) -> int:
    return max((cell.col + cell.colspan for row in rows for cell in row if cell.col is not None), default=0)


def _continued_rows(previous: TableBlock, table: TableBlock) -> list[list[SpanCell]]:
    """A table going on over a page repeats its header rows there: keep them only once."""
    k = 0
    while k < min(len(table.rows), len(previous.rows)) and _texts(table.rows[k]) == _texts(previous.rows[k]):
        k += 1
    return table.rows[k:]
