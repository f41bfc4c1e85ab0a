"""Choosing the front end: magic bytes first, suffix second; every refusal is an IngestError."""
from pathlib import Path

import pytest

from app.ingest import IngestError, parse_bytes
from app.ingest.formats import UnsupportedFormat, detect_format, extract_text, is_rich_format
from formats_builders import zip_bytes

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
PLAIN = "第一章 总则\n就业是最大的民生。\n".encode()


_zip = zip_bytes


@pytest.mark.parametrize("data, name, kind", [
    (b"%PDF-1.7\n...", "plan.txt", "pdf"),  # the bytes win over a wrong suffix
    (_zip({"word/document.xml": "<x/>"}), "plan", "docx"),
    (_zip({"word/document.xml": "<x/>"}), "plan.doc", "docx"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "plan.txt", "html"),
    (b"\xef\xbb\xbf  <html lang='zh'>", "download", "html"),
    ("<html>".encode("utf-16"), "page", "html"),
    (PLAIN, "plan.html", "html"),  # no markup, but named .html: the HTML reader keeps it as text
    (PLAIN, "plan.txt", "text"),
    (PLAIN, "plan", "text"),
    (PNG, "plan.pdf", "other"),
    (_zip({"OFD.xml": "<x/>"}), "plan.ofd", "other"),
    (_zip({"notes.txt": "x"}), "plan.docx", "docx"),  # the Word reader explains what it is
])
def test_detect_format(data, name, kind):
    assert detect_format(data, name) == kind


def test_rich_formats_and_plain_text():
    assert not is_rich_format(PLAIN, "plan.txt")
    assert is_rich_format(b"", "plan.docx")
    assert is_rich_format(PNG, "scan.png")  # so the user hears 'PNG image', not 'binary file'
    with pytest.raises(UnsupportedFormat, match="plain text"):
        extract_text(PLAIN, "plan.txt")


@pytest.mark.parametrize("data, name, message", [
    (b"", "plan.docx", "empty"),
    (b"  \n ", "plan.pdf", "empty"),
    (PNG, "plan.pdf", "PNG image"),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "plan.html", "JPEG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "plan.doc", r"\.doc/\.wps.*save it as \.docx"),
    (_zip({"OFD.xml": "<x/>"}), "plan.ofd", "OFD document"),
    (_zip({"xl/workbook.xml": "<x/>"}), "table.zip", "Excel workbook"),
    (_zip({"notes.txt": "x"}), "plan.docx", "not a Word document"),
    (_zip({"notes.txt": "x"}), "plan.zip", "ZIP archive"),
    (b"{\\rtf1\\ansi \\uc1 x}", "plan.rtf", "RTF document"),
])
def test_bad_inputs_raise_ingest_error_with_a_plain_message(data, name, message):
    with pytest.raises(IngestError, match=message):
        extract_text(data, name)


def test_oversized_file_is_refused_before_reading():
    with pytest.raises(IngestError, match="over the 1 MB limit"):
        extract_text(b"%PDF-1.4\n" + b"0" * 2_000_000, "big.pdf", max_bytes=1_000_000)


def test_a_rich_format_keeps_the_original_bytes_hash():
    pytest.importorskip("bs4")
    import hashlib
    data = "<html><body><p>第一章 总则</p><p>第二章 任务</p></body></html>".encode()
    plan = parse_bytes(data, "plan.html")
    assert plan.sha256 == hashlib.sha256(data).hexdigest()
    assert [c.no for c in plan.chapters] == [1, 2]
