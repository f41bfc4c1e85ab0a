"""Front ends: Word (.docx), web pages (.html/.htm) and PDF to the parser's text stream.

Each front end emits what the parser already reads: one line per paragraph and one
line per table row with its cells joined by TAB, so every format gets the same
chapter, section, 专栏 and indicator-table detection.  Plain text is not handled
here: `decode_text` reads it.

    if is_rich_format(data, name):
        text = extract_text(data, name)
    else:
        text = decode_text(data, name)

The format libraries are imported only when a file of that format is read, so the
core imports without them; a missing one is reported as an IngestError.
"""
from __future__ import annotations


from app.ingest.decode import MAX_BYTES_DEFAULT, IngestError
from app.ingest.formats.common import Extracted, TableRows, UnsupportedFormat
from app.ingest.formats.sniff import DOCX, HTML, OTHER, PDF, RICH, TEXT, describe_other, detect_format, suffix_format

__all__ = ["Extracted", "TableRows", "UnsupportedFormat", "detect_format", "extract", "extract_text",
           "is_rich_format"]


def is_rich_format(data: bytes, name: str) -> bool:
    """Should `extract_text` (not `decode_text`) read these bytes?

    True for Word, HTML and PDF by content or by name, and also for recognised
    non-text files (images, .doc, archives), so that the user is told what the file
    really is instead of 'this is a binary file'.
    """
    kind = detect_format(data, name)
    return kind in RICH or kind == OTHER or suffix_format(name) in RICH


def extract(data: bytes, name: str = "file", max_bytes: int = MAX_BYTES_DEFAULT) -> Extracted:
    """Read a Word, HTML or PDF file into the parser's text stream, with warnings.

    Raises IngestError (UnsupportedFormat for plain text and foreign formats) with a
    message meant for the user; never any other exception type.
    """
    if len(data) > max_bytes:
        raise IngestError(kind="too_large", message=f"{name}: file is {len(data) / 1e6:.1f} MB, "
                          f"over the {max_bytes / 1e6:.0f} MB limit")
    if not data.strip():
        raise IngestError(kind="empty", message=f"{name}: the file is empty")
    kind = detect_format(data, name)
    if kind == TEXT:
        raise UnsupportedFormat(f"{name}: plain text, not Word, HTML or PDF; read it as text")
    if kind == OTHER:
        raise UnsupportedFormat(describe_other(data, name))
    try:
        return _READERS[kind](data, name)
    except IngestError:
        raise
    except RecursionError as exc:
        raise IngestError(kind="damaged", message=f"{name}: the document is nested too deeply to read") from exc
    except Exception as exc:  # the contract: a user-readable IngestError, never a traceback
        # The reader's own words ('KeyError: ...') mean nothing to the user; the cause is kept.
        raise IngestError(kind="damaged", message=f"{name}: could not read this {kind.upper()} file; "
                          "it may be damaged or made by a program this reader does not know") from exc


def extract_text(data: bytes, name: str = "file", max_bytes: int = MAX_BYTES_DEFAULT) -> str:
    """Read a Word, HTML or PDF file into the parser's text stream (see `extract`)."""
    return extract(data, name, max_bytes).text


def _read_docx(data: bytes, name: str) -> Extracted:
    from app.ingest.formats.docx import extract_docx
    return extract_docx(data, name)


def _read_html(data: bytes, name: str) -> Extracted:
    from app.ingest.formats.html import extract_html
    return extract_html(data, name)


def _read_pdf(data: bytes, name: str) -> Extracted:
    from app.ingest.formats.pdf import extract_pdf
    return extract_pdf(data, name)


_READERS = {DOCX: _read_docx, HTML: _read_html, PDF: _read_pdf}
