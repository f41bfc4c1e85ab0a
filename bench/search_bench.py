"""Search timings over the real plan files: `python bench/search_bench.py`.

Builds a temporary database from data/sources. Where the parser yields no prose
yet, every non-empty source line is indexed as a paragraph instead, so the index
holds the documents' full text either way. Prints median times per query.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import paths  # noqa: E402
from app.db import load_plan, open_database, open_readonly  # noqa: E402
from app.db.build import source_files  # noqa: E402
from app.ingest import parse_file  # noqa: E402
from app.ingest.model import Paragraph  # noqa: E402
from app.queries import count_matches, search  # noqa: E402

QUERIES = ["保", "就", "就业", "社保", "养老保险", "城镇新增就业", "技能人才", "2020",
           "全面推进人力资源和社会保障事业高质量发展", "不存在的词语组合", '"*AND(', ""]
RUNS = 20


def build(db_path: Path) -> int:
    engine = open_database(db_path)
    paragraphs = 0
    for path in source_files(paths.sources_dir()):
        parsed = parse_file(path)
        if not any(ch.paragraphs or ch.sections for ch in parsed.chapters) and not parsed.preamble:
            parsed.preamble = [Paragraph(line.strip(), n)
                               for n, line in enumerate(parsed.text.splitlines(), start=1)
                               if line.strip()]
        paragraphs += len(parsed.preamble)
        load_plan(engine, parsed)
    engine.dispose()
    return paragraphs


def median_ms(func) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        func()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.sqlite"
        started = time.perf_counter()
        build(db_path)
        print(f"built in {time.perf_counter() - started:.2f} s, "
              f"{db_path.stat().st_size / 1e6:.1f} MB")
        engine = open_readonly(db_path)
        print(f"{'query':<24}{'matches':>8}{'search ms':>11}{'count ms':>10}")
        for query in QUERIES:
            total = count_matches(engine, query)
            search_ms = median_ms(lambda: search(engine, query, limit=50))
            count_ms = median_ms(lambda: count_matches(engine, query))
            print(f"{query[:22]!r:<24}{total:>8}{search_ms:>11.2f}{count_ms:>10.2f}")
        engine.dispose()


if __name__ == "__main__":
    main()
