"""Build the bundled database from `data/sources/`, atomically and reproducibly.

Atomic: everything is written to a temporary file next to the target, which then
replaces it with `os.replace`, so a failed or interrupted build never leaves a
half-built `plans.sqlite`. Reproducible: files are read in sorted order and no
clock or machine detail is stored, so the same sources give the same content.
"""
from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, select

from app.db.engine import ROLE_BUNDLED, PlanDatabaseError, create_all, create_engine_for
from app.db.loader import load_plan
from app.db.search_index import TABLE as SEARCH_TABLE
from app.ingest import IngestError, parse_file
from app.models import Base

#: The kinds of file the parser is asked to read; it says itself if it cannot.
SOURCE_SUFFIXES = (".txt", ".docx", ".html", ".htm", ".pdf")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildReport:
    """What a build did: plans stored, files skipped (with why), row counts, time."""

    out_path: Path
    plans: int
    duplicates: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]
    counts: tuple[tuple[str, int], ...]
    seconds: float


def source_files(sources_dir: str | Path) -> list[Path]:
    """The candidate source files, sorted by name so ids are the same on every build."""
    folder = Path(sources_dir)
    if not folder.is_dir():
        raise PlanDatabaseError(f"Source folder not found: {folder}")
    return sorted(path for path in folder.iterdir()
                  if path.is_file() and path.suffix.lower() in SOURCE_SUFFIXES)


def build_database(out_path: str | Path, sources_dir: str | Path,
                   progress: Progress | None = None) -> BuildReport:
    """Parse every readable source file into a fresh database at `out_path`."""
    started = time.perf_counter()
    out_path = Path(out_path)
    files = source_files(sources_dir)
    if not files:
        raise PlanDatabaseError(f"No plan files ({', '.join(SOURCE_SUFFIXES)}) in {sources_dir}")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp",
                                         dir=out_path.parent)
    os.close(handle)
    temp_path = Path(temp_name)
    try:
        engine = create_engine_for(temp_path)
        try:
            stored, duplicates, skipped = _load_all(engine, files, progress)
            counts = table_counts(engine)
            _compact(engine)
        finally:
            engine.dispose()
        temp_path.chmod(0o644)  # mkstemp makes it private; the bundled db is for everyone
        os.replace(temp_path, out_path)
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise
    return BuildReport(out_path, stored, tuple(duplicates), tuple(skipped), counts,
                       time.perf_counter() - started)


def _load_all(engine: Engine, files: list[Path], progress: Progress | None):
    create_all(engine, role=ROLE_BUNDLED)
    stored, duplicates, skipped = 0, [], []
    for done, path in enumerate(files, start=1):
        try:
            parsed = parse_file(path)
        except (IngestError, OSError) as exc:
            skipped.append((path.name, str(exc)))
        else:
            if load_plan(engine, parsed).already_present:
                duplicates.append(path.name)
            else:
                stored += 1
        if progress is not None:
            progress(done, len(files))
    return stored, duplicates, skipped


def table_counts(engine: Engine) -> tuple[tuple[str, int], ...]:
    """(table, row count) for every ORM table, in a stable order."""
    with engine.connect() as conn:
        return tuple((name, conn.execute(select(func.count()).select_from(table)).scalar_one())
                     for name, table in sorted(Base.metadata.tables.items()))


def _compact(engine: Engine) -> None:
    """Merge the FTS5 index into one b-tree and drop free pages: smaller, faster file."""
    with engine.connect() as conn:
        conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')")
        conn.commit()
        conn.exec_driver_sql("VACUUM")
