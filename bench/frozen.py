"""Frozen app vs running from source vs a bare PySide6 + pyqtgraph hello bundle.

    python bench/frozen.py      (builds the hello bundle in a temporary folder; needs dist/plan-browser)
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
HELLO = ("import sys\nfrom PySide6.QtWidgets import QApplication, QMainWindow\nimport pyqtgraph\n"
         "app = QApplication(sys.argv)\nw = QMainWindow()\nw.show()\napp.processEvents()\n")
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def median_ms(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=ENV, capture_output=True, check=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    app = ROOT / "dist" / "plan-browser"
    if not app.is_dir():
        sys.exit("build the app first: bash build/build.sh")
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "hello.py"
        script.write_text(HELLO)
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                        "--workpath", f"{tmp}/w", "--distpath", f"{tmp}/d", "--specpath", tmp, str(script)],
                       check=True)
        hello = Path(tmp) / "d" / "hello"
        rows = [
            ("hello bundle (PySide6 + pyqtgraph), start to exit", median_ms([str(hello / "hello")]), size_mb(hello)),
            ("Plan Browser frozen: --selftest (window, chart, PDF)",
             median_ms([str(app / "plan-browser"), "--selftest"]), size_mb(app)),
            ("Plan Browser from source: --selftest", median_ms([sys.executable, "-m", "app", "--selftest"]), None),
            ("Plan Browser frozen: list (no Qt)", median_ms([str(app / "plan-browser"), "list"]), None),
        ]
    base_ms, base_mb = rows[0][1], rows[0][2]
    print("| what | start-up | vs hello | size | vs hello |\n|---|---|---|---|---|")
    for name, ms, mb in rows:
        size = f"{mb:.0f} MB | {mb / base_mb:.2f}×" if mb else "— | —"
        print(f"| {name} | {ms:.0f} ms | {ms / base_ms:.2f}× | {size} |")


if __name__ == "__main__":
    main()
