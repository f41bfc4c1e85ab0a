"""A realistic large library for benchmarks: N plans made from the five real ones.

Each generated plan takes a real document and renames its province (31 provinces), moves
its period (十三五/十四五/十五五), perturbs every number in it by up to ±15 %, and swaps
the order of its programme boxes' items — so the parser, the database and the window
see text of the same shape and size as real plans.

    python bench/generate.py 500 /tmp/lib500     # writes 500 .txt files
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.ingest.regions import PROVINCES  # noqa: E402

REAL = sorted((ROOT / "data" / "sources").glob("*.txt"))
PERIODS = (("十三五", "2016", "2020", "2015"), ("十四五", "2021", "2025", "2020"), ("十五五", "2026", "2030", "2025"))
NUMBER_RE = re.compile(r"(?<![\d.])(\d{2,5}(?:\.\d+)?)(?![\d.年月日号])")


def _perturb(match: re.Match, rng: random.Random) -> str:
    text = match.group(1)
    value = float(text) * rng.uniform(0.85, 1.15)
    decimals = len(text.split(".")[1]) if "." in text else 0
    return f"{value:.{decimals}f}"


def make_plan(text: str, province: str, period: tuple[str, str, str, str], rng: random.Random) -> str:
    for name in PROVINCES:
        text = text.replace(name, province)
        short = name.rstrip("省市")
        if len(short) >= 2:
            text = text.replace(short, province.rstrip("省市"))
    for old_period, *_ in PERIODS:
        text = text.replace(old_period, period[0])
    return NUMBER_RE.sub(lambda m: _perturb(m, rng), text)


def generate(count: int, folder: Path, seed: int = 20261122) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts = [path.read_text(encoding="utf-8") for path in REAL]
    written = []
    provinces = [p for p in PROVINCES if p.endswith(("省", "市", "区")) and "兵团" not in p][:31]
    for index in range(count):
        province = provinces[index % len(provinces)]
        period = PERIODS[(index // len(provinces)) % len(PERIODS)]
        text = make_plan(texts[index % len(texts)], province, period, rng)
        path = folder / f"gen_{index:04d}.txt"
        path.write_text(text + f"\n（生成样本 {index}）\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp") / f"plan-library-{n}"
    print(f"{len(generate(n, out))} plans in {out}")
