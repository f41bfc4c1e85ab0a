"""Which format a file is: its magic bytes first, its name's suffix second.

Files are often renamed or saved with the wrong suffix ('规划.pdf' that is a PNG,
'规划.doc' that is really .docx), so the bytes decide wherever they can.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

PDF, DOCX, HTML, TEXT, OTHER = "pdf", "docx", "html", "text", "other"
RICH = (PDF, DOCX, HTML)
SUFFIXES = {".pdf": PDF, ".docx": DOCX, ".docm": DOCX, ".html": HTML, ".htm": HTML,
            ".shtml": HTML, ".xhtml": HTML}

# Formats we recognise but do not read, with the advice a user needs.
_FOREIGN_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "an old-style Word/WPS/Excel file (.doc/.wps/.xls); save it as .docx or PDF first"),
    (b"{\\rtf", "an RTF document; save it as .docx or PDF first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it first"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.I | re.S)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body)\b[^>]*>", re.I)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def suffix_format(name: str) -> str | None:
    return SUFFIXES.get(PurePath(name or "").suffix.lower())


def detect_format(data: bytes, name: str) -> str:
    """'pdf', 'docx', 'html', 'text' (for decode_text) or 'other' (recognised, not readable)."""
    head = data[:2048]
    if b"%PDF-" in data[:1024]:  # some writers put junk before the header; readers allow 1 KB
        return PDF
    if head.startswith(_ZIP_MAGIC):
        return _zip_format(data, name)
    if any(head.startswith(magic) for magic, _ in _FOREIGN_MAGIC):
        return OTHER
    if _looks_like_html(head):
        return HTML
    return suffix_format(name) or TEXT


def describe_other(data: bytes, name: str) -> str:
    """Why a file detected as 'other' cannot be read, in words a user understands."""
    head = data[:16]
    for magic, what in _FOREIGN_MAGIC:
        if head.startswith(magic):
            return f"{name}: this is {what}, not a plan document this program can read"
    if head.startswith(_ZIP_MAGIC):
        return f"{name}: {_zip_kind(data)}"
    return f"{name}: unknown file format"


def _looks_like_html(head: bytes) -> bool:
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            break
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head[:200]:
        head = head.replace(b"\x00", b"")  # UTF-16 markup: look at it as ASCII
    return bool(_HTML_START.match(head) or _HTML_ANYWHERE.search(head))


def _zip_members(data: bytes) -> list[str] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def _zip_format(data: bytes, name: str) -> str:
    members = _zip_members(data)
    if members is not None and "word/document.xml" in members:
        return DOCX
    # A damaged or foreign zip named .docx still goes to the Word reader, which explains it.
    return DOCX if suffix_format(name) == DOCX else OTHER


def _zip_kind(data: bytes) -> str:
    members = _zip_members(data)
    if members is None:
        return "this is a damaged or incomplete ZIP archive"
    names = set(members)
    if "OFD.xml" in names:
        return "this is an OFD document; export it to PDF first"
    if any(m.startswith("xl/") for m in names):
        return "this is an Excel workbook, not a plan document"
    if any(m.startswith("ppt/") for m in names):
        return "this is a PowerPoint file, not a plan document"
    return "this is a ZIP archive, not a Word document; unpack it first"
