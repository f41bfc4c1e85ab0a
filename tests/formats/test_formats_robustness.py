"""Damaged files of every format: a result or an IngestError, never another exception."""
import logging
import random

import pytest

pytest.importorskip("bs4")
pytest.importorskip("docx")
pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

from formats_builders import SAMPLE, to_docx, to_html, to_pdf  # noqa: E402

from app.ingest import IngestError  # noqa: E402
from app.ingest.formats import extract  # noqa: E402


def _damaged(data: bytes, rng: random.Random, mode: int) -> bytes:
    """Truncated, with bytes flipped here and there, or with a run of bytes overwritten."""
    damaged = bytearray(data)
    if mode == 0:
        return bytes(damaged[: rng.randrange(len(damaged))])
    if mode == 1:
        for _ in range(rng.randrange(1, 20)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        return bytes(damaged)
    start = rng.randrange(len(damaged))
    damaged[start:start + rng.randrange(1, 200)] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 50)))
    return bytes(damaged)


@pytest.mark.parametrize("name, build", [
    ("plan.docx", lambda: to_docx(SAMPLE)),
    ("plan.pdf", lambda: to_pdf(SAMPLE)),
    ("plan.html", lambda: to_html(SAMPLE, charset="gbk", noisy=True).encode("gbk")),
])
def test_damaged_files_give_ingest_errors_only(name, build):
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)  # it logs every broken object
    rng = random.Random(20240601)
    data = build()
    for k in range(60):
        try:
            extract(_damaged(data, rng, k % 3), name)
        except IngestError as exc:
            assert name in str(exc) and "could not read this" not in str(exc)  # a specific message
