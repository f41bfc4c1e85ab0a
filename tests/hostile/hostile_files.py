"""Hostile and damaged inputs, made at test time (the large ones are small on disk only).

Each builder returns bytes or writes a file, and is cheap: a 2 GiB deflate bomb is a
1 MiB block repeated, a 2,000-page PDF shares one content stream, 20 MiB of Word
paragraphs compress to under 100 KB. Also the damage done to a database's search index.
"""
from __future__ import annotations

import io
import random
import sqlite3
import zipfile
import zlib
from pathlib import Path

MiB = 1 << 20


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from its objects (object k is number k + 1; 1 is the catalog), with a valid xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _text_page_content(lines: int = 45) -> bytes:
    body = [b"BT /F1 11 Tf 60 800 Td 14 TL"]
    for k in range(lines):
        body.append(b"(Chapter %d: employment services and social insurance for all workers) '" % k)
    body.append(b"ET")
    return b"\n".join(body)


def pdf_with_pages(pages: int) -> bytes:
    """`pages` pages of dense text, all drawing the same content stream (a small file)."""
    kids = b" ".join(b"%d 0 R" % (5 + k) for k in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               _stream(_text_page_content())]
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")
    objects += [page] * pages
    return _pdf(objects)


def deflate_bomb(inflated: int, prefix: bytes = b"") -> bytes:
    """A zlib stream that inflates to `prefix` plus `inflated` spaces, built in well under a second:
    after a full flush the compressor forgets its history, so one compressed MiB repeats."""
    chunk = b" " * MiB
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = packer.compress(prefix) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    tail = packer.flush(zlib.Z_FINISH)
    check = zlib.adler32(prefix)
    for _ in range(inflated // MiB):
        check = zlib.adler32(chunk, check)
    return b"\x78\xda" + head + block * (inflated // MiB) + tail + check.to_bytes(4, "big")


def pdf_bomb(inflated: int = 2 << 30) -> bytes:
    """One page whose content stream (a line of text, then spaces) inflates to `inflated` bytes."""
    content = deflate_bomb(inflated, b"BT /F1 12 Tf 72 720 Td (Chapter 1 Employment) Tj ET\n")
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Count 1 /Kids [5 0 R] >>",
                 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                 _stream(content, b"/Filter /FlateDecode "),
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                 b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"])


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_with_body(body_xml: str) -> bytes:
    """A minimal valid .docx whose body is `body_xml` (python-docx opens it)."""
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{body_xml}'
                             '</w:body></w:document>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def docx_many_paragraphs(unpacked: int = 20 * MiB) -> bytes:
    """About `unpacked` bytes of short paragraphs (the probe's 84 KB file, 20 MiB inside)."""
    paragraph = "<w:p><w:r><w:t>坚持就业优先战略，实施积极就业政策。</w:t></w:r></w:p>"
    return docx_with_body(paragraph * (unpacked // len(paragraph.encode())))


def nested_divs(depth: int = 10_000) -> bytes:
    """`depth` nested content containers around one plan (326 KB at 10,000)."""
    inner = "<p>第一章 总体要求</p><p>第一节 发展环境</p><p>坚持就业优先战略，实施积极就业政策。</p>"
    return ("<html><body>" + '<div class="content">' * depth + inner + "</div>" * depth
            + "</body></html>").encode("utf-8")


def repeated_chapter_lines(count: int = 200_000) -> bytes:
    """'第一章' on every line (2 MB at 200,000): as many headings as lines."""
    return ("第一章\n" * count).encode("utf-8")


def sparse_file(path: Path, size: int = 1 << 30) -> Path:
    """A file of `size` NUL bytes that takes no room on disk."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def damage_search_index(db) -> None:
    """64 random bytes in every large block of the FTS5 index: a SQLite file whose tables are
    sound but whose full-text index no longer matches its content."""
    conn = sqlite3.connect(db)
    rng = random.Random(18)
    blocks = conn.execute("SELECT id, block FROM search_index_data WHERE length(block) > 512").fetchall()
    for block_id, block in blocks:
        block = bytearray(block)
        at = len(block) // 2
        block[at:at + 64] = bytes(rng.randrange(256) for _ in range(64))
        conn.execute("UPDATE search_index_data SET block = ? WHERE id = ?", (bytes(block), block_id))
    conn.commit()
    # SQLite before 3.44 passes the file; 3.44 and newer read FTS5 indexes in quick_check too and
    # name only the index. Either way no table of plans is damaged.
    problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    assert problems == ["ok"] or all("search_index" in p and "fts5" in p.lower() for p in problems), problems
    conn.close()
