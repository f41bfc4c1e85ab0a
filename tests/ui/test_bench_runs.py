"""bench/ stays runnable by its one command: the benchmark drives the same code as the window
(the tree filter through the PlanLibrary) and broke silently once when that code changed.
This checks that it runs and prints every row of its table; it asserts no timing."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_growth_table_runs_on_the_bundled_library_and_prints_every_row(tmp_path):
    env = {**os.environ, "BENCH_SIZES": "5", "BENCH_RUNS": "2", "QT_QPA_PLATFORM": "offscreen",
           "PLAN_BROWSER_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "bench/scale.py"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    for row in ("search 1 char p95", "open comparison p95", "compare(): 4 plans", "tree filter 就业 p95",
                "chart p95", "window peak memory"):
        assert row in result.stdout, row
