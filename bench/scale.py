"""How each figure grows with the library: 5, 50 and 500 plans (`python bench/scale.py`).

The large libraries come from bench/generate.py (real plans, renamed and perturbed).
Prints a markdown table; `bench/results.md` keeps a run with the machine described.
"""
from __future__ import annotations

import gc
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import paths  # noqa: E402
from app.compare import compare, compare_programmes  # noqa: E402
from app.compare.chartdata import across_plans  # noqa: E402
from app.db import build_database, open_readonly  # noqa: E402
from app.models import SCHEMA_VERSION  # noqa: E402
from app.queries import indicator_tables, list_plans, search, section_text, tree_children  # noqa: E402
from app.queries.tree_filter import DEFAULT_LIMIT, filter_tree  # noqa: E402
from bench.compare import comparison_rows  # noqa: E402
from bench.generate import generate  # noqa: E402
from bench.run import timed  # noqa: E402

SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "5,50,500").split(",")]
QUERIES = {"1 char": ["保", "险", "就"], "2 chars": ["就业", "社保", "人才"], "4 chars": ["养老保险", "技能人才"],
           "phrase": ["城镇新增就业人数", "全面推行终身职业技能培训制度"]}
WINDOW = ("import sys, resource; from pathlib import Path; from app.ui.app import make_application; "
          "from app.ui.settings import Settings; from app.db import open_readonly; "
          "s = Settings(Path(sys.argv[2])); a = make_application('zh_CN', s); "
          "from app.service import PlanLibrary; from app.ui.main_window import MainWindow; "
          "w = MainWindow(PlanLibrary(open_readonly(sys.argv[1])), s, 'b'); w.show(); "
          "m = w.tree_model; [m.fetchMore(m.index(r, 0)) for r in range(m.rowCount())]; a.processEvents(); "
          "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)")


FILTER_WORDS = ("就业", "养老")


def filter_times(engine, word: str, runs: int = 5) -> tuple[list[float], list[float]]:
    """Type-to-filter as the window does it, on a fresh tree each run: (worker, GUI) times.

    Worker: the SQL query and loading the branches on its paths (the window runs this on
    a worker thread). GUI thread: inserting them into the tree, expanding, painting.
    """
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication, QTreeView

    from app.service import PlanLibrary
    from app.ui.navigator import add_indicator_levels, add_indicator_nodes
    from app.ui.tree_filter import PathFilterProxy, TreeFilter, find_branches
    from app.ui.tree_model import PlanTreeModel
    app = QApplication.instance() or QApplication([])
    library = PlanLibrary(engine)  # the one door, as the window holds it
    worker, gui = [], []
    for _ in range(runs + 1):  # the first run warms Qt up (fonts, styles): not counted
        model = PlanTreeModel(lambda ref: add_indicator_nodes(library, ref, library.tree(ref)))
        proxy = PathFilterProxy()
        proxy.setSourceModel(model)
        view = QTreeView()
        view.setModel(proxy)
        view.show()
        model.fetchMore(QModelIndex())
        app.processEvents()
        load_many = lambda refs: add_indicator_levels(library, library.tree_levels(refs))  # noqa: E731
        tree_filter = TreeFilter(view, model, proxy, library, load_many=load_many, threaded=False)
        started = time.perf_counter()
        found = find_branches(library, word, DEFAULT_LIMIT, load_many, model.fetched_refs())
        shown = time.perf_counter()
        tree_filter.apply(found)
        app.processEvents()
        worker.append((shown - started) * 1000)
        gui.append((time.perf_counter() - shown) * 1000)
        view.setModel(None)  # free this run's tree before the next one
        del tree_filter, view, proxy, model
        gc.collect()
    return worker[1:], gui[1:]


CHART_KINDS = {"plan": "baseline → target", "completion": "13th-period completion",
               "across": "one indicator across plans"}


def chart_times(engine, plans) -> dict[str, list[float]]:
    """Each chart kind drawn and painted in the window's chart tab, pyqtgraph already loaded:
    the query, the drawing and the paint, as the user waits for them after a choice."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from app.compare.chartdata import plan_chart_tables
    from app.ui.chart_tab import ChartTab
    completion_plan = next((p.id for p in plans if plan_chart_tables(engine, p.id, completion=True)), None)
    from app.service import PlanLibrary
    tab = ChartTab(PlanLibrary(engine), plans[0].id)
    tab.resize(1000, 700)
    tab.show()
    times = {}
    for index, kind in enumerate(CHART_KINDS):
        tab.kind.setCurrentIndex(index)
        if kind == "completion" and completion_plan is not None:
            tab.plan.setCurrentIndex(tab.plan.findData(completion_plan))
        if kind == "across":
            tab.group.setCurrentIndex(max(tab.group.findData("urban_new_jobs"), 0))
        app.processEvents()
        times[kind] = ms(lambda: (tab.redraw(), tab.grab()), runs=5)
    tab.close()
    tab.deleteLater()  # the chart's scene goes while Qt is alive, not at interpreter exit
    app.sendPostedEvents(None, 0)
    return times


def ms(func, runs: int = 9) -> list[float]:
    func()  # warm cache: SQLAlchemy compiles each statement once, SQLite reads its pages once
    return timed(func, runs)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def library(n: int) -> Path:
    if n == 5:
        return paths.bundled_db_path()
    # The schema version is in the name: a library built before a schema change is rebuilt,
    # not opened (open_readonly refuses an older format).
    db = Path("/tmp") / f"plan-bench-{n}-v{SCHEMA_VERSION}.sqlite"
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
    pairs = [(plans[i].id, plans[j].id) for i, j in ((0, 1), (1, 2), (2, 0))]
    def open_comparison(a: int, b: int):  # what the comparison pane computes: indicators and programmes
        return compare(engine, [a, b]), compare_programmes(engine, [a, b])

    times = [t for a, b in pairs for t in ms(lambda a=a, b=b: open_comparison(a, b))]
    row["open comparison p95"] = f"{p95(times):.0f} ms"
    row["one indicator across plans p95"] = f"{p95(ms(lambda: across_plans(engine, 'urban_new_jobs'), 3)):.0f} ms"
    row.update(comparison_rows(engine))  # the period-aware comparison core (bench/compare.py)
    # Qt last: the trees it builds would otherwise slow the figures above (garbage collection).
    charts = chart_times(engine, plans)
    row["chart p95 (query + draw + paint): " + " / ".join(CHART_KINDS.values())] = (
        " / ".join(f"{p95(charts[kind]):.0f}" for kind in CHART_KINDS) + " ms")
    for word in FILTER_WORDS:
        query = p95(ms(lambda w=word: filter_tree(engine, w)))
        worker, gui = filter_times(engine, word)
        row[f"tree filter {word} p95: query / +branches (worker) / GUI thread"] = (
            f"{query:.0f} / {p95(worker):.0f} / {p95(gui):.0f} ms")
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
