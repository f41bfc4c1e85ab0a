"""Shared by the document tests: where the bundled sources are, and row lookups."""
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"
FILES = {
    "heilongjiang": "000_89026cfe93e6670e.txt",
    "henan": "001_62305821f55977fd.txt",
    "hunan": "002_89552002aea7bd13.txt",
    "hubei": "003_f57d3a8b000f8d7b.txt",
    "liaoning": "004_dc3a60d4d6364fbb.txt",
}


def row(plan, box_no, seq):
    return next(r for r in plan.indicators if r.box_no == box_no and r.seq == seq)


def raws(indicator):
    return [c.raw for c in indicator.cells]
