"""Plan Browser benchmarks: `python bench/run.py` prints a table of medians.

Every figure stands next to a floor measured in the same run on the same machine
(reading the files, a bare Qt window), so the ratios mean something on a noisy box.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import paths  # noqa: E402
from app.db import build_database, load_plan, open_database, open_readonly  # noqa: E402
from app.db.build import source_files  # noqa: E402
from app.ingest import parse_file  # noqa: E402
from app.queries import indicator_tables, list_plans, search, section_text, tree_children  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "15"))
QUERIES = {"1 char": ["保", "就", "险"], "2 chars": ["就业", "社保", "人才"], "3 chars": ["失业率", "农民工"],
           "4 chars": ["养老保险", "技能人才"], "phrase": ["城镇新增就业人数", "全面推行终身职业技能培训制度"]}
BARE_WINDOW = ("from PySide6.QtWidgets import QApplication, QMainWindow; import sys; "
               "a = QApplication(sys.argv); w = QMainWindow(); w.show(); a.processEvents()")
APP_WINDOW = ("import sys; from pathlib import Path; from app.ui.app import make_application; "
              "from app.ui.settings import Settings; from app.db import open_readonly; "
              "s = Settings(Path(sys.argv[2])); a = make_application('zh_CN', s); "
              "from app.service import PlanLibrary; from app.ui.main_window import MainWindow; "
              "w = MainWindow(PlanLibrary(open_readonly(sys.argv[1])), s, 'bench'); "
              "w.show(); a.processEvents(); m = w.tree_model; "
              "[m.fetchMore(m.index(r, 0)) for r in range(m.rowCount())]; a.processEvents()")

ORM_ONLY = "import sqlalchemy.orm"

FIRST_FRAME = ("import os\nimport app.ui.app as a\ndef first(app):\n    os._exit(0)\n"
               "a._placeholder_shown = a._placeholder\n"
               "a._placeholder = lambda app: first(a._placeholder_shown(app))\n"
               "from app.launcher import main\nmain([])\n")


def timed(func, runs: int = RUNS) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append((time.perf_counter() - started) * 1000)
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ingest_rows(files: list[Path], folder: Path) -> list[tuple[str, str, str]]:
    chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
    read = statistics.median(timed(lambda: [f.read_bytes().decode("utf-8") for f in files]))
    parse = statistics.median(timed(lambda: [parse_file(f) for f in files], runs=5))

    def parse_and_load():
        engine = open_database(folder / f"load{time.perf_counter_ns()}.sqlite")
        for f in files:
            load_plan(engine, parse_file(f))
        engine.dispose()
    load = statistics.median(timed(parse_and_load, runs=3))
    build = statistics.median(timed(lambda: build_database(folder / "b.sqlite", paths.sources_dir()), runs=3))
    return [("read 5 source files (floor)", f"{read:.1f} ms", "1.0×"),
            ("parse 5 plans", f"{parse:.0f} ms ({chars / parse * 1000 / 1e6:.2f} M chars/s)", f"{parse / read:.0f}×"),
            ("parse + load (one transaction each)", f"{load:.0f} ms", f"{load / read:.0f}×"),
            ("build-db (fresh file, compacted)", f"{build:.0f} ms", f"{build / read:.0f}×")]


def import_rows(files: list[Path], folder: Path) -> list[tuple[str, str, str]]:
    """What File → Import… costs per plan: read and parse, the preview's database, backup + save."""
    from app.db.imports import preview_database, read_candidate, save_candidate
    from app.db.userdb import open_user_database
    steps: dict[str, list[float]] = {"read": [], "preview": [], "save": []}
    for run in range(3):
        user_path = folder / f"user{run}.sqlite"
        user = open_user_database(user_path)
        for f in files:
            started = time.perf_counter()
            candidate = read_candidate(f)
            steps["read"].append(time.perf_counter() - started)
            started = time.perf_counter()
            preview_database(candidate)[0].dispose()
            steps["preview"].append(time.perf_counter() - started)
            started = time.perf_counter()
            save_candidate(user, user_path, candidate, allow_unstructured=True)
            steps["save"].append(time.perf_counter() - started)
        user.dispose()
    labels = {"read": "import: read + parse one plan", "preview": "import: preview database of one plan",
              "save": "import: backup + save one plan (one transaction)"}
    return [(labels[k], f"p50 {pct(v, .5) * 1000:.0f} ms", f"p95 {pct(v, .95) * 1000:.0f} ms")
            for k, v in steps.items()]


def search_rows(engine) -> list[tuple[str, str, str]]:
    rows = []
    for label, queries in QUERIES.items():
        times = [t for q in queries for t in timed(lambda q=q: search(engine, q, limit=50))]
        rows.append((f"search {label} (first 50 hits + snippets)", f"p50 {pct(times, .5):.1f} ms",
                     f"p95 {pct(times, .95):.1f} ms"))
    return rows


def read_rows(engine) -> list[tuple[str, str, str]]:
    plan = next(pl for pl in list_plans(engine) if pl.indicators)
    province = tree_children(engine, None)[0]
    plan_node = tree_children(engine, province.ref)[0]
    chapter = next(n for n in tree_children(engine, plan_node.ref) if n.ref.kind == "chapter")
    section = next(n for n in tree_children(engine, chapter.ref) if n.ref.kind == "section")
    rows = []
    for label, func in (("expand a plan (one tree level)", lambda: tree_children(engine, plan_node.ref)),
                        ("expand a chapter", lambda: tree_children(engine, chapter.ref)),
                        ("open a section's text", lambda: section_text(engine, section.ref.id)),
                        ("open a plan's indicator tables", lambda: indicator_tables(engine, plan.id))):
        times = timed(func)
        rows.append((label, f"p50 {pct(times, .5):.1f} ms", f"p95 {pct(times, .95):.1f} ms"))
    return rows


def output_rows(engine, folder: Path) -> list[tuple[str, str, str]]:
    from PySide6.QtWidgets import QApplication
    from app.report.html import plan_tables_html
    from app.service import PlanLibrary
    from app.report.workbook import write_plan_workbook
    from app.ui.printing import write_pdf
    QApplication.instance() or QApplication([])
    plans = list_plans(engine)

    def all_pdfs():
        for plan in plans:
            write_pdf(plan_tables_html(plan, list(indicator_tables(engine, plan.id))), folder / f"{plan.id}.pdf", "b")

    library = PlanLibrary(engine)

    def comparison_pdf():
        ids = [plans[0].id, plans[2].id]
        html = library.comparison_print_html(library.compare(ids), library.compare_programmes(ids))
        write_pdf(html, folder / "c.pdf", "b")

    def workbook():
        write_plan_workbook(plans[2], list(indicator_tables(engine, plans[2].id)), folder / "w.xlsx")
    rows = []
    for label, func in (("PDF of all 5 plans' indicator tables", all_pdfs), ("PDF of one comparison", comparison_pdf),
                        ("xlsx of one plan's indicator tables", workbook)):
        times = timed(func, runs=3)
        rows.append((label, f"p50 {pct(times, .5):.0f} ms", f"p95 {pct(times, .95):.0f} ms"))
    return rows


def window_rows(db: Path, folder: Path) -> list[tuple[str, str, str]]:
    def run(code: str, *args: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *args], capture_output=True, cwd=ROOT, env=env, check=True)
        return (time.perf_counter() - started) * 1000
    # As installed: bytecode cached (a shell with PYTHONDONTWRITEBYTECODE would time compiling).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    run(APP_WINDOW, str(db), str(folder / "s.ini"))  # writes the bytecode caches, not timed
    bare = statistics.median([run(BARE_WINDOW) for _ in range(5)])
    first = statistics.median([run(FIRST_FRAME) for _ in range(5)])
    app = statistics.median([run(APP_WINDOW, str(db), str(folder / "s.ini")) for _ in range(5)])
    orm = statistics.median([run(ORM_ONLY) for _ in range(5)])
    return [("bare PySide6 window, launch to exit (floor)", f"{bare:.0f} ms", "1.0×"),
            ("`plan-browser`: first window painted, launch to exit", f"{first:.0f} ms", f"{first / bare:.1f}×"),
            ("Plan Browser window + tree top levels, launch to exit", f"{app:.0f} ms", f"{app / bare:.1f}×"),
            ("python -c 'import sqlalchemy.orm', launch to exit", f"{orm:.0f} ms", f"{orm / bare:.1f}×")]


def main() -> None:
    files = source_files(paths.sources_dir())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "plans.sqlite"
        build_database(db, paths.sources_dir())
        engine = open_readonly(db)
        rows = (ingest_rows(files, folder) + import_rows(files, folder) + search_rows(engine) + read_rows(engine)
                + output_rows(engine, folder))
        try:
            rows += window_rows(db, folder)
        except (subprocess.CalledProcessError, FileNotFoundError) as exc:
            rows.append(("window start-up", "not measured", type(exc).__name__))
    width = max(len(r[0]) for r in rows)
    print(f"Plan Browser benchmark: {len(files)} plans, medians of {RUNS} runs (Python {sys.version.split()[0]})\n")
    print(f"| {'what':<{width}} | figure | vs floor / p95 |")
    print(f"|{'-' * (width + 2)}|---|---|")
    for name, figure, ratio in rows:
        print(f"| {name:<{width}} | {figure} | {ratio} |")
    if os.environ.get("BENCH_SIZES", "5,50,500") != "5":
        print("\nHow it grows (bench/scale.py; libraries generated by bench/generate.py):\n")
        from bench import scale
        scale.main()


if __name__ == "__main__":
    main()
