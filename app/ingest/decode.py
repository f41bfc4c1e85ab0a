"""Bytes to text: the encodings Chinese government documents come in.

The parser reads text; this module decides how to read the bytes and says clearly
why it cannot, instead of guessing and producing mojibake.
"""
from __future__ import annotations

import codecs

#: The import size limit: 50 MB of 10^6 bytes, as every message says it. The one home of the
#: default; the window and the command line take it from here (settings.ini can change it).
MAX_BYTES_DEFAULT = 50_000_000


class IngestError(ValueError):
    """Input that cannot be read as a plan; the message is meant for the user.

    `kind` is stable (too_large, empty, binary, encoding, unsupported, damaged, encrypted,
    no_text, missing_package, unreadable): the window words each kind in its own language.
    """

    def __init__(self, message: str, kind: str = "unreadable"):
        super().__init__(message)
        self.kind = kind


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _plausible_text(text: str) -> bool:
    """Mostly readable characters: CJK, ASCII, punctuation and spaces."""
    if not text:
        return False
    good = sum(1 for ch in text[:4000] if ch.isprintable() or ch in "\r\n\t")
    return good / min(len(text), 4000) > 0.95


def _looks_like_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes in the data, and one byte order reads as text.

    Judged on the first 8,000 bytes, as `_plausible_text` always was, so that a large binary
    file is refused before any of it is decoded whole.
    """
    if b"\x00" not in data[:4000] or len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        head = codecs.getincrementaldecoder(encoding)(errors="strict")
        try:
            sample = head.decode(data[:8000], final=False)
        except UnicodeDecodeError:
            continue
        if not _plausible_text(sample):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return encoding
    return None


def _is_binary(data: bytes) -> bool:
    sample = data[:8000]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def refuse_binary(head: bytes, name: str = "file") -> None:
    """Raise IngestError (binary) if a file's first bytes already show it is not text.

    Called on the first few KB before the rest is read: a 1 GiB file of NUL bytes is refused
    without reading or decoding it.
    """
    if any(head.startswith(bom) for bom, _ in _BOMS) or _looks_like_utf16_without_bom(head[:8000]):
        return
    if _is_binary(head):
        raise IngestError(kind="binary", message=_BINARY.format(name=name))


_BINARY = "{name}: this is a binary file, not text (is it an image or a program?)"


def decode_text(data: bytes, name: str = "file", max_bytes: int = MAX_BYTES_DEFAULT) -> str:
    """Decode plan text from UTF-8 (with or without BOM), UTF-16 or GB18030/GBK.

    Raises IngestError with a message a user understands for empty, binary,
    oversized or undecodable input.
    """
    if len(data) > max_bytes:
        raise IngestError(kind="too_large", message=
            f"{name}: file is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    if not data.strip():
        raise IngestError(kind="empty", message=f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, name)
    utf16 = _looks_like_utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name)
    if _is_binary(data):
        raise IngestError(kind="binary", message=_BINARY.format(name=name))
    failures = []
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            failures.append((exc.start, encoding))
    # Where the reading that got furthest stopped: in a UTF-8 file with one bad byte that is
    # the bad byte, where GB18030 would stop somewhere else.
    start, encoding = max(failures)
    raise IngestError(kind="encoding", message=
        f"{name}: the text is neither UTF-8, UTF-16 nor GB18030/GBK (read as {_LABELS[encoding]}, "
        f"{_where(data, start)} cannot be decoded)")


_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GB18030", "utf-16": "UTF-16",
           "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}


def _where(data: bytes, start: int) -> str:
    """'byte 0xFF at byte 1,234 (line 5)': positions count from the file's first byte."""
    line = data.count(b"\n", 0, start) + 1
    return f"byte 0x{data[start]:02X} at byte {start:,} (line {line})"


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        # utf-8-sig counts from after its BOM; the user's editor counts from the file's start.
        start = exc.start + (len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0)
        raise IngestError(kind="encoding", message=f"{name}: broken {_LABELS[encoding]} text: "
                          f"{_where(data, start)} cannot be decoded") from exc
    return text.lstrip("\ufeff")
