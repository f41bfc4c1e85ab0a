"""Word .docx to the parser's text stream, walking the body in document order.

Paragraphs and tables are interleaved in the body, so the XML children of
`document.element.body` are walked directly rather than through python-docx's
separate paragraph and table lists.  Table rows are read from their own <w:tc>
elements: a merged cell is one element, so each cell's text appears once (python-docx's
`row.cells` repeats merged cells).  A one-column table is a 专栏 drawn as a box, and
its paragraphs are emitted as lines, not as a TAB row.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib

from app.ingest import budget as budgets
from app.ingest.decode import IngestError
from app.ingest.formats.common import Extracted, TableRows, finish, import_optional, join_wrapped
from app.ingest.formats.docx_numbering import Numbering, qn
from app.ingest.grid import SpanCell

_CHUNK = 1 << 20
# Any element whose local name is p (w:p, and DrawingML's a:p too: an upper bound is enough).
_PARAGRAPH_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?p[\s/>]")
# Containers whose children are read as if they stood in the parent.
_BLOCK_CONTAINERS = {"sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"}
# Never printed: properties, deleted or moved-away text, field codes, fallback copies.
_SKIP = {"pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "del", "moveFrom", "instrText",
         "delText", "Fallback", "commentReference", "footnoteReference", "endnoteReference"}
_TEXT_LIMIT_IN_CELL = 400  # a cell with more text than this is a column of a layout


def _local(element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""  # comments have no str tag


def extract_docx(data: bytes, name: str) -> Extracted:
    """Read a Word document; raises IngestError for anything that is not a readable .docx."""
    _check_package(data, name)
    document = _open(data, name)
    walker = _Walker(Numbering(_numbering_root(document), document.styles.element))
    lines = walker.blocks(document.element.body)
    warnings = []
    if walker.images:
        warnings.append(f"{name}: {walker.images} picture(s) in the document were not read; "
                        "any text inside them is missing")
    return finish(lines, "docx", name, warnings, "the document may hold only pictures")


def _check_package(data: bytes, name: str) -> None:
    """Refuse, in words, what python-docx would refuse with a zipfile or KeyError traceback, and
    what would take it minutes and gigabytes: every part is inflated once here, as a stream,
    against the unpacked-size budget, and the body's paragraphs are counted as they come."""
    if not data.startswith(b"PK"):
        raise IngestError(kind="damaged", message=f"{name}: this is not a Word .docx file (a .docx file is a ZIP "
                          "package and this one is not); is it plain text or a renamed file?")
    budget = budgets.current()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if "word/document.xml" not in {info.filename for info in infos}:
                raise IngestError(kind="unsupported", message=f"{name}: this is a ZIP archive but not a Word document "
                                  "(it has no word/document.xml)")
            budget.count("unpacked", sum(info.file_size for info in infos))  # what the package admits to
            unpacked = 0
            for info in infos:
                try:
                    unpacked = _inflate_member(archive, info, unpacked, budget)
                except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                    raise IngestError(kind="damaged", message=f"{name}: the Word file is damaged: its part "
                                      f"{info.filename} is corrupt") from exc
                except RuntimeError as exc:  # zipfile's word for a member with a password
                    raise IngestError(kind="encrypted", message=f"{name}: the Word file is protected with a "
                                      "password; save an unprotected copy first") from exc
                except NotImplementedError as exc:
                    raise IngestError(kind="damaged", message=f"{name}: the Word file's part {info.filename} is "
                                      "packed in a way this program cannot unpack") from exc
    except IngestError:  # a ValueError too: keep it from being re-worded below
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise IngestError(kind="damaged",
                          message=f"{name}: the Word file is damaged or incomplete and cannot be opened "
                                  "(it is not a complete ZIP package)") from exc


def _inflate_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, unpacked: int, budget) -> int:
    """Inflate one part (zipfile checks its CRC at the end), counting bytes and, in the body,
    paragraphs; returns the bytes unpacked so far."""
    body = info.filename == "word/document.xml"
    paragraphs, carry = 0, b""
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            unpacked += len(chunk)
            budget.count("unpacked", unpacked)
            if body:
                # A tag cut by the chunk's end is counted with the next chunk.
                text, cut = carry + chunk, (carry + chunk).rfind(b"<")
                text, carry = (text[:cut], text[cut:]) if cut >= 0 else (text, b"")
                paragraphs += len(_PARAGRAPH_TAG.findall(text))
                budget.count("paragraphs", paragraphs)
    if body:
        budget.count("paragraphs", paragraphs + len(_PARAGRAPH_TAG.findall(carry)))
    return unpacked


def _open(data: bytes, name: str):
    docx = import_optional("docx", "Word documents")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml and zip errors
        if "macroEnabled" in str(exc):
            raise IngestError(kind="unsupported", message=f"{name}: this is a macro-enabled Word file (.docm); "
                              "save it as .docx first") from exc
        raise IngestError(kind="damaged", message=f"{name}: the Word file is damaged and cannot be read "
                          f"({_what_broke(exc)})") from exc


def _what_broke(exc: Exception) -> str:
    """python-docx's and lxml's failures in a user's words, not their class names."""
    kind = type(exc).__name__
    if kind == "XMLSyntaxError":
        return "a part of it is not well-formed XML"
    if isinstance(exc, KeyError):
        return "a part it needs is missing"
    return "its parts do not fit together"


def _numbering_root(document):
    """numbering.xml's root, or None: a document without list numbering has none."""
    try:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        return document.part.part_related_by(RT.NUMBERING).element
    except (KeyError, AttributeError):
        return None


class _Walker:
    """Turns body, cell and text-box content into lines, counting pictures it cannot read."""

    def __init__(self, numbering: Numbering):
        self.numbering = numbering
        self.images = 0

    def blocks(self, parent) -> list:
        """Lines (and data tables) of a sequence of paragraphs and tables (the body, a cell, a text box)."""
        lines: list = []
        for child in parent:
            kind = _local(child)
            if kind == "p":
                lines.extend(self.paragraph(child))
            elif kind == "tbl":
                lines.extend(self.table(child))
            elif kind in _BLOCK_CONTAINERS:
                lines.extend(self.blocks(child))
            elif kind == "AlternateContent":
                choice = next((c for c in child if _local(c) == "Choice"), None)
                lines.extend(self.blocks(choice) if choice is not None else [])
        return lines

    def paragraph(self, p) -> list[str]:
        """A paragraph's line (more where it has manual line breaks), then its text boxes."""
        parts: list[str] = []
        boxes: list[str] = []
        self._inline(p, parts, boxes)
        text = self.numbering.prefix(p) + "".join(parts)
        return [line.strip() for line in text.split("\n") if line.strip()] + boxes

    def _inline(self, element, parts: list[str], boxes: list[str]) -> None:
        for child in element:
            kind = _local(child)
            if kind == "t":
                parts.append(child.text or "")
            elif kind == "tab":
                parts.append("\t")
            elif kind == "br":
                # Page and column breaks end no line of text; a plain break does.
                if child.get(qn("w:type")) in (None, "textWrapping"):
                    parts.append("\n")
            elif kind == "cr":
                parts.append("\n")
            elif kind == "noBreakHyphen":
                parts.append("-")
            elif kind == "txbxContent":
                boxes.extend(self.blocks(child))  # a text box: its own lines, after the paragraph
            elif kind in ("blip", "imagedata"):
                self.images += 1
            elif kind not in _SKIP:
                self._inline(child, parts, boxes)

    def table(self, tbl) -> list:
        trs = [tr for tr in _children_named(tbl, "tr") if _children_named(tr, "tc")]
        rows = [_children_named(tr, "tc") for tr in trs]
        if _is_layout(rows):
            lines: list = []
            for cells in rows:
                for tc in cells:
                    lines.extend(self.blocks(tc))
            return lines
        return [TableRows(_span_rows(trs, self._cell_text))]

    def _cell_text(self, tc) -> str:
        """A cell's paragraphs as one text (a layout wraps a cell's text, a new line is no space)."""
        return join_wrapped([line for line in self.blocks(tc) if isinstance(line, str)])


def _span_rows(trs: list, cell_text) -> list[list[SpanCell]]:
    """Word's rows as cells with spans: gridSpan across, vMerge down (a 'continue' cell is covered).

    Each cell's grid column is counted from the row's gridBefore, so positions are certain.
    """
    placed = []  # per row: (column, span, merge state, tc)
    for tr in trs:
        col, cells = _grid_before(tr), []
        for tc in _children_named(tr, "tc"):
            span = _int_val(_property(tc, "gridSpan"), 1)
            merge = _property(tc, "vMerge")
            state = None if merge is None else (merge.get(qn("w:val")) or "continue")
            cells.append((col, span, state, tc))
            col += span
        placed.append(cells)
    rows: list[list[SpanCell]] = []
    for r, cells in enumerate(placed):
        row = []
        for col, span, state, tc in cells:
            if state == "continue" and r > 0:
                continue
            down = 1
            if state == "restart":
                while r + down < len(placed) and any(c == col and s == "continue" for c, _, s, _ in placed[r + down]):
                    down += 1
            row.append(SpanCell(cell_text(tc), rowspan=down, colspan=span, col=col))
        rows.append(row)
    return rows


def _property(tc, name: str):
    tc_pr = next((child for child in tc if _local(child) == "tcPr"), None)
    return None if tc_pr is None else tc_pr.find(qn(f"w:{name}"))


def _grid_before(tr) -> int:
    tr_pr = next((child for child in tr if _local(child) == "trPr"), None)
    found = None if tr_pr is None else tr_pr.find(qn("w:gridBefore"))
    return _int_val(found, 0)


def _int_val(element, default: int) -> int:
    if element is None:
        return default
    try:
        return min(max(int(element.get(qn("w:val")) or default), 0), 64) or default
    except ValueError:
        return default


def _children_named(element, tag: str) -> list:
    """Child elements with this local tag, including those wrapped in content controls.

    Used for <w:tr> of a table and <w:tc> of a row (one cell as printed, however many
    grid columns it spans)."""
    found = []
    for child in element:
        kind = _local(child)
        if kind == tag:
            found.append(child)
        elif kind in _BLOCK_CONTAINERS:
            found.extend(_children_named(child, tag))
    return found


def _is_layout(rows: list) -> bool:
    """A one-column table (a 专栏 box) or a table used as a page layout, not a data table."""
    if not rows or max(len(cells) for cells in rows) <= 1:
        return True
    # A full-width row (a note under a table, a category) may be long in a data table too.
    for cells in (cells for cells in rows if len(cells) > 1):
        for tc in cells:
            if tc.find(f".//{qn('w:tbl')}") is not None:
                return True
            if sum(len(t.text or "") for t in tc.iter(qn("w:t"))) > _TEXT_LIMIT_IN_CELL:
                return True
    return False
