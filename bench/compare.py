"""The comparison core at scale: `compare` of two and of four plans, programmes paired by
content, one indicator across the library (`python bench/compare.py`; BENCH_SIZES as for
bench/scale.py, which prints these rows in its growth table too).

Warm figures, as in scale.py: one call is made and dropped before the timed runs. Targets
(issue 17): two plans under 100 ms p95 at 500 plans, four under 200 ms.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.compare.across import across, targets_by_value  # noqa: E402
from app.compare.multi import compare  # noqa: E402
from app.compare.programmes import compare_programmes  # noqa: E402
from app.queries import list_plans  # noqa: E402
from bench.run import pct, timed  # noqa: E402

RUNS = 9


def _ms(func, runs: int = RUNS) -> list[float]:
    func()
    return timed(func, runs)


def _p95(times: list[float]) -> str:
    return f"{pct(times, .95):.0f} ms (p50 {pct(times, .5):.0f})"


def comparison_rows(engine) -> dict[str, str]:
    """p95 (and median) of each call, over three different sets of plans each."""
    ids = [p.id for p in list_plans(engine)]

    def spread(start: int, count: int) -> tuple[int, ...]:
        # Plans from across the library (other provinces, periods and source documents),
        # not neighbours in the listing, which are one province's.
        return tuple(ids[(start + k * len(ids) // count) % len(ids)] for k in range(count))
    pairs = [spread(start, 2) for start in (0, 7, 13)]
    fours = [spread(start, 4) for start in (0, 7, 13)]
    two = [t for pair in pairs for t in _ms(lambda pair=pair: compare(engine, pair))]
    four = [t for group in fours for t in _ms(lambda group=group: compare(engine, group))]
    boxes = [t for pair in pairs for t in _ms(lambda pair=pair: compare_programmes(engine, pair))]
    boxes4 = [t for group in fours for t in _ms(lambda group=group: compare_programmes(engine, group))]
    spread = [t for key in ("urban_new_jobs", "unemployment_insured")
              for t in _ms(lambda key=key: targets_by_value(across(engine, key)), runs=5)]
    return {"compare(): 2 plans, by period p95": _p95(two),
            "compare(): 4 plans, by period p95": _p95(four),
            "programmes paired by content: 2 / 4 plans p95": f"{pct(boxes, .95):.0f} / {pct(boxes4, .95):.0f} ms",
            "across() + sort by target p95": _p95(spread)}


def main() -> None:
    from bench.scale import SIZES, library
    from app.db import open_readonly
    rows = {n: comparison_rows(open_readonly(library(n))) for n in SIZES}
    keys = list(next(iter(rows.values())))
    print("| measure | " + " | ".join(f"{n} plans" for n in SIZES) + " |")
    print("|---|" + "---|" * len(SIZES))
    for key in keys:
        print(f"| {key} | " + " | ".join(rows[n][key] for n in SIZES) + " |")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
