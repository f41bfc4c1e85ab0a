from pathlib import Path

import pytest

from app.ingest import parse_file

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"
FILES = {
    "heilongjiang": "000_89026cfe93e6670e.txt",
    "henan": "001_62305821f55977fd.txt",
    "hunan": "002_89552002aea7bd13.txt",
    "hubei": "003_f57d3a8b000f8d7b.txt",
    "liaoning": "004_dc3a60d4d6364fbb.txt",
}


@pytest.fixture(scope="session")
def plans():
    """The five bundled documents, parsed once per test session."""
    return {name: parse_file(SOURCES / file) for name, file in FILES.items()}


def row(plan, box_no, seq):
    return next(r for r in plan.indicators if r.box_no == box_no and r.seq == seq)


def raws(indicator):
    return [c.raw for c in indicator.cells]
