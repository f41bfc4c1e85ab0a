"""Bytes to text: the encodings Chinese government documents come in.

The parser reads text; this module decides how to read the bytes and says clearly
why it cannot, instead of guessing and producing mojibake.
"""
from __future__ import annotations

import codecs

MAX_BYTES_DEFAULT = 50 * 1024 * 1024


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
    """UTF-16 without a BOM: NUL bytes in the data, and one byte order reads as text."""
    if b"\x00" not in data[:4000] or len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_text(text) and "\x00" not in text:
            return encoding
    return None


def _is_binary(data: bytes) -> bool:
    sample = data[:8000]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


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
        raise IngestError(kind="binary", message=f"{name}: this is a binary file, not text (is it an image or a program?)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise IngestError(kind="encoding", message=
            f"{name}: the text is neither UTF-8, UTF-16 nor GB18030/GBK "
            f"(undecodable byte at position {exc.start})") from exc


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError(kind="encoding", message=f"{name}: broken {encoding} text at byte {exc.start}") from exc
    return text.lstrip("\ufeff")
