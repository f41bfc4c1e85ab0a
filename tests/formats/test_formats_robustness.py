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


_INTERNAL = ("Error:", "KeyError", "XMLSyntaxError", "BadZipFile", "PSEOF", "PDFSyntaxError", "Invalid dictionary",
             "zlib", "Traceback")


@pytest.mark.parametrize("name, build", [
    ("plan.docx", lambda: to_docx(SAMPLE)),
    ("plan.pdf", lambda: to_pdf(SAMPLE)),
])
def test_damaged_files_are_explained_without_the_readers_internal_words(name, build):
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    rng = random.Random(18)
    data = build()
    for k in range(40):
        try:
            extract(_damaged(data, rng, k % 3), name)
        except IngestError as exc:
            assert not any(word in str(exc) for word in _INTERNAL), str(exc)


@pytest.mark.parametrize("name, build, limit, budget", [
    ("plan.docx", lambda: to_docx(SAMPLE), {"paragraphs": 5}, "paragraphs"),
    ("plan.docx", lambda: to_docx(SAMPLE), {"unpacked": 0.001}, "unpacked"),
    ("plan.pdf", lambda: to_pdf(SAMPLE), {"pages": 0.5}, "pages"),
    ("plan.pdf", lambda: to_pdf(SAMPLE), {"stream": 0.0001}, "stream"),
    ("plan.html", lambda: to_html(SAMPLE).encode("utf-8"), {"elements": 10}, "elements"),
])
def test_each_reader_stops_at_its_budget_with_the_budget_named(name, build, limit, budget):
    from app.ingest.budget import Budget, BudgetExceeded, Limits
    data = build()
    extract(data, name)  # within the default limits it reads
    reading = Budget(Limits().with_values(limit), name)
    with pytest.raises(BudgetExceeded) as refused:
        reading.run(lambda: extract(data, name))
    assert refused.value.budget == budget and f"--limit {budget}=N" in str(refused.value)
