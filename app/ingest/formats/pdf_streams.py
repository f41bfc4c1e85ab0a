"""PDF streams inflated within the stream budget, however much they claim to hold.

pdfminer inflates every content stream whole with `zlib.decompress`: a 2 MB PDF whose stream
inflates to 2 GiB took 4 GB of memory before the reader could say anything. pdfminer looks
zlib up in its own module, so handing it this stand-in makes every inflation, including its
byte-by-byte retry for streams with a bad checksum, stop at the budget of the reading in force
(app.ingest.budget) with a sentence that names it. Outside a reading the default limit holds.
"""
from __future__ import annotations

import zlib

from app.ingest import budget as budgets

_installed = False


class _Inflater:
    """zlib.decompressobj, counting what it gives out against the stream budget."""

    def __init__(self, inner, budget):
        self._inner, self._budget, self._out = inner, budget, 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = int(self._budget.limits.amount("stream")) - self._out + 1
        chunk = self._inner.decompress(data, room if not max_length else min(max_length, room))
        self._out += len(chunk)
        self._budget.count("stream", self._out)
        return chunk

    def __getattr__(self, name: str):
        return getattr(self._inner, name)


class _BoundedZlib:
    """The parts of the zlib module pdfminer uses, with inflation bounded."""

    error = zlib.error

    @staticmethod
    def decompress(data: bytes, wbits: int = zlib.MAX_WBITS, bufsize: int = zlib.DEF_BUF_SIZE) -> bytes:
        budget = budgets.current()
        inflater = zlib.decompressobj(wbits)
        out = inflater.decompress(data, int(budget.limits.amount("stream")) + 1)
        budget.count("stream", len(out))
        if not inflater.eof:  # what zlib.decompress says of a cut-off stream
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    @staticmethod
    def decompressobj(*args, **kwargs) -> _Inflater:
        return _Inflater(zlib.decompressobj(*args, **kwargs), budgets.current())

    def __getattr__(self, name: str):
        return getattr(zlib, name)


def install() -> None:
    """Make pdfminer inflate through the budget (once; harmless to repeat)."""
    global _installed
    if _installed:
        return
    from pdfminer import pdftypes
    # setattr, not `pdftypes.zlib = ...`: pdfminer types that name as the zlib module, and
    # the stand-in is not a module, only the part of one that pdfminer calls.
    setattr(pdftypes, "zlib", _BoundedZlib())  # noqa: B010
    _installed = True
