"""Running `plan-browser` as a hostile tester does: a fresh data folder, a time limit, and the
peak memory of that one run (measured by a small launcher, measure_child.py, so that the test
process's own size is not counted). Shared by tests/hostile.

Every case asserts what the user would notice: one sentence on stderr (never a traceback),
the exit status, that the run ended in time and within memory, and what the database holds.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources"
_LAUNCHER = Path(__file__).with_name("measure_child.py")
BUNDLED = ROOT / "data" / "plans.sqlite"

#: The issue's targets: no run past a minute, none over a gigabyte.
SECONDS, MEGABYTES = 60.0, 1024.0


@dataclass
class Run:
    status: int
    out: str
    err: str
    seconds: float
    peak_mb: float
    killed: bool

    def sentence(self, status: int, *fragments: str, out: str | None = None) -> str:
        """Assert a clean refusal (or success): the status, no traceback, the words; returns stderr."""
        where = (f"status {self.status}, {self.seconds:.1f} s, {self.peak_mb:.0f} MB\n"
                 f"stdout: {self.out[-800:]}\nstderr: {self.err[-2000:]}")
        assert not self.killed, f"still running after the time limit: {where}"
        assert "Traceback" not in self.out + self.err, where
        assert self.status == status, where
        for fragment in fragments:
            assert fragment in self.err, f"{fragment!r} not said: {where}"
        if out is not None:
            assert out in self.out, where
        return self.err

    def bounded(self, seconds: float = SECONDS, megabytes: float = MEGABYTES) -> None:
        assert self.seconds < seconds, f"took {self.seconds:.1f} s (limit {seconds:g} s)\n{self.err[-800:]}"
        assert self.peak_mb < megabytes, f"peaked at {self.peak_mb:.0f} MB (limit {megabytes:g} MB)\n{self.err[-800:]}"


def run_cli(*argv: str, data_dir: Path, limit: float = SECONDS + 10, stdout=None, cwd: Path | None = None,
            prelude: str | None = None) -> Run:
    """`python -m app ARGV` with its own data folder; killed after `limit` seconds.

    `prelude`: Python run first in the child (the cases that pause or kill an import there).
    `stdout`: a file object to use as its standard output instead of a captured one, or
    "closed" to start it with standard output closed.
    """
    env = {**os.environ, "PLAN_BROWSER_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    code = (prelude or "") + "\nimport sys\nfrom app.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(suffix=".json") as report:
        extra = {}
        if stdout == "closed":
            extra["preexec_fn"] = lambda: os.close(1)
        started = time.monotonic()
        launcher = subprocess.Popen([sys.executable, str(_LAUNCHER), report.name, str(limit), sys.executable, "-c",
                                     code, *argv], cwd=cwd or ROOT, env=env, stdin=subprocess.DEVNULL,
                                    stdout=out if stdout in (None, "closed") else stdout, stderr=err, **extra)
        launcher.wait(limit + 30)  # the launcher kills the command at `limit` itself
        seconds = time.monotonic() - started
        measured = json.loads(Path(report.name).read_text(encoding="utf-8") or "{}")
        out.seek(0)
        err.seek(0)
        run = Run(measured["status"], out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                  seconds, measured["peak_kb"] / 1024, measured["killed"])
    _record(argv, run)
    return run


def _record(argv, run: Run) -> None:
    """With HOSTILE_LOG=FILE, one JSON line per run (the figures the issue's note asks for)."""
    log = os.environ.get("HOSTILE_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"test": os.environ.get("PYTEST_CURRENT_TEST", ""), "argv": argv[:3],
                                     "status": run.status, "seconds": round(run.seconds, 1),
                                     "peak_mb": round(run.peak_mb), "killed": run.killed}, ensure_ascii=False) + "\n")


def received(folder: Path, index: int = 2) -> Path:
    """A bundled source as a user receives it from elsewhere: saved again (other bytes)."""
    source = sorted(SOURCES.glob("00*.txt"))[index]
    copy = folder / f"received-{index}{source.suffix}"
    copy.write_bytes(source.read_bytes() + b"\n")
    return copy


def plans_in(db: Path) -> list[tuple[int, str]]:
    """(id, title) of every plan in a database file, read without changing it."""
    conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, coalesce(title, '') FROM plan ORDER BY id").fetchall()
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_of(path: Path, folder: Path, name: str | None = None) -> Path:
    target = folder / (name or path.name)
    shutil.copyfile(path, target)
    return target
