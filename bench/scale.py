"""How each figure grows with the library: 5, 50 and 500 plans (`python bench/scale.py`).

The large libraries come from bench/generate.py (real plans, renamed and perturbed).
Prints a markdown table; `bench/results.md` keeps a run with the machine described.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import paths  # noqa: E402
from app.compare import compare_plans  # noqa: E402
from app.compare.chartdata import across_plans  # noqa: E402
from app.db import build_database, open_readonly  # noqa: E402
from app.queries import indicator_tables, list_plans, search, section_text, tree_children  # noqa: E402
from bench.generate import generate  # noqa: E402
from bench.run import timed  # noqa: E402

SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "5,50,500").split(",")]
QUERIES = {"1 char": ["保", "险", "就"], "2 chars": ["就业", "社保", "人才"], "4 chars": ["养老保险", "技能人才"],
           "phrase": ["城镇新增就业人数", "全面推行终身职业技能培训制度"]}
WINDOW = ("import sys, resource; from pathlib import Path; from app.ui.app import make_application; "
          "from app.ui.settings import Settings; from app.db import open_readonly; "
          "s = Settings(Path(sys.argv[2])); a = make_application('zh_CN', s); "
          "from app.ui.main_window import MainWindow; w = MainWindow(open_readonly(sys.argv[1]), s, 'b'); w.show(); "
          "m = w.tree_model; [m.fetchMore(m.index(r, 0)) for r in range(m.rowCount())]; a.processEvents(); "
          "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)")


def ms(func, runs: int = 9) -> list[float]:
    return timed(func, runs)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def library(n: int) -> Path:
    if n == 5:
        return paths.bundled_db_path()
    db = Path("/tmp") / f"plan-bench-{n}.sqlite"
    if not db.exists():
        folder = Path("/tmp") / f"plan-bench-{n}"
        generate(n, folder)
        build_database(db, folder)
    return db


def measure(n: int) -> dict[str, str]:
    db = library(n)
    engine = open_readonly(db)
    plans = [p for p in list_plans(engine) if p.indicators]
    root = tree_children(engine, None)
    province = root[0]
    plan_node = tree_children(engine, province.ref)[0]
    chapters = [c for c in tree_children(engine, plan_node.ref) if c.ref.kind == "chapter"]
    section = next(s for c in chapters for s in tree_children(engine, c.ref) if s.ref.kind == "section")
    row = {"plans": str(len(list_plans(engine))), "db": f"{db.stat().st_size / 1e6:.0f} MB"}
    for label, queries in QUERIES.items():
        times = [t for q in queries for t in ms(lambda q=q: search(engine, q, limit=50))]
        row[f"search {label} p95"] = f"{p95(times):.0f} ms"
    row["tree: provinces p95"] = f"{p95(ms(lambda: tree_children(engine, None))):.1f} ms"
    row["tree: province's plans p95"] = f"{p95(ms(lambda: tree_children(engine, province.ref))):.1f} ms"
    row["open section p95"] = f"{p95(ms(lambda: section_text(engine, section.ref.id))):.1f} ms"
    row["open table p95"] = f"{p95(ms(lambda: indicator_tables(engine, plans[0].id))):.1f} ms"
    row["open comparison p95"] = f"{p95(ms(lambda: compare_plans(engine, plans[0].id, plans[1].id))):.0f} ms"
    row["one indicator across plans p95"] = f"{p95(ms(lambda: across_plans(engine, 'urban_new_jobs'), 3)):.0f} ms"
    result = subprocess.run([sys.executable, "-c", WINDOW, str(db), f"/tmp/scale-{n}.ini"], capture_output=True,
                            text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    row["window peak memory"] = f"{result.stdout.strip().splitlines()[-1]} MB" if result.returncode == 0 else "failed"
    return row


def main() -> None:
    rows = {n: measure(n) for n in SIZES}
    keys = list(next(iter(rows.values())))
    print("| measure | " + " | ".join(f"{n} plans" for n in SIZES) + " |")
    print("|---|" + "---|" * len(SIZES))
    for key in keys:
        print(f"| {key} | " + " | ".join(rows[n][key] for n in SIZES) + " |")


if __name__ == "__main__":
    main()
