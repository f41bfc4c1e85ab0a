"""Importing the user's own documents: read and parse first (nothing written), then save.

The same two steps serve the window (preview between them) and `plan-browser import`,
so both refuse the same files with the same reasons:

    candidate = read_candidate(path, library, max_bytes)   # ImportRefused if unusable
    if candidate.existing_plan_id is None:
        result = save_candidate(user_engine, user_path, candidate, title="...")

Saving backs the user database up, stores the plan in ONE transaction and backs it up again,
under the database's write lock (two imports at once both succeed): a crash
or kill -9 leaves the whole plan or nothing. No Qt.
"""
from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from app.control_chars import strip_stored
from app.db.backups import make_backup
from app.db.engine import ROLE_BUNDLED, open_memory_database, read_meta
from app.db.import_read import ImportRefused, read_and_parse
from app.db.library import Source, is_user_id
from app.db.loader import LoadResult, load_plan
from app.db.search_index import search_table
from app.db.userdb import bundled_refusal
from app.db.write_lock import write_lock
from app.ingest.decode import MAX_BYTES_DEFAULT
from app.ingest.budget import Limits
from app.ingest.model import ParsedPlan
from app.ingest.text_utils import PERIOD_YEARS
from app.models import Plan

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "ImportCandidate", "ImportRefused", "corrected",
           "preview_database", "read_candidate", "remove_imported", "save_candidate"]

SUPPORTED_SUFFIXES = (".txt", ".text", ".docx", ".html", ".htm", ".pdf")
DEFAULT_MAX_BYTES = MAX_BYTES_DEFAULT  # app.ingest.decode holds the one value


@dataclass(frozen=True)
class ImportCandidate:
    """A parsed document waiting for the user's yes, and what the parser found in it."""

    path: Path
    parsed: ParsedPlan
    source_format: str  # text | docx | html | pdf
    warnings: tuple[str, ...]  # what the front end could not read (pictures, scanned pages)
    existing_plan_id: int | None  # the library already holds these very bytes

    @property
    def structured(self) -> bool:
        """False when no chapter, section, 专栏 or indicator table was recognised."""
        plan = self.parsed
        return bool(plan.chapters or plan.boxes or plan.indicators)

    @property
    def counts(self) -> dict[str, int]:
        plan = self.parsed
        return {"chapters": len(plan.chapters),
                "sections": sum(len(c.sections) for c in plan.chapters),
                "boxes": len(plan.boxes), "indicators": len(plan.indicators),
                "issues": len(plan.issues), "lines": plan.line_count}


def read_candidate(path: str | Path, library: Source | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES, *, limits: Limits | None = None,
                   cancel: threading.Event | None = None,
                   progress: Callable[[int, int, str], None] | None = None) -> ImportCandidate:
    """Read and parse one file without writing anything; raises ImportRefused.

    `limits` are the reading budgets (app.ingest.budget); setting `cancel` stops the reading
    soon after; `progress(done, total, what)` is called from this thread as pages are read.
    """
    path = Path(path)
    parsed, fmt, warnings, existing = read_and_parse(path, library, max_bytes, limits, cancel, progress)
    return ImportCandidate(path, parsed, fmt, warnings, existing)


def preview_database(candidate: ImportCandidate) -> tuple[Engine, int]:
    """The candidate stored in a throw-away in-memory database, and its plan id there.

    The preview reads it with the ordinary queries, so what the user checks is exactly
    what the import will store.
    """
    engine = open_memory_database()
    return engine, load_plan(engine, candidate.parsed).plan_id


def corrected(parsed: ParsedPlan, province: str | None = None, period: str | None = None,
              title: str | None = None) -> ParsedPlan:
    """The plan with the user's corrections of its metadata (None or "": keep the parser's).

    A correction is one line of text: line breaks and control characters are dropped."""
    meta = parsed.meta
    province, period, title = _one_line(province), _one_line(period), _one_line(title)
    if not (province or period or title):
        return parsed
    years = PERIOD_YEARS.get(period, meta.years) if period else meta.years
    return dataclasses.replace(parsed, meta=dataclasses.replace(
        meta, province=province or meta.province, period=period or meta.period, title=title or meta.title,
        years=years))


def _one_line(correction: str | None) -> str:
    """A correction as one line of stored text; "" where nothing is left of it."""
    return " ".join(strip_stored(correction or "").split())


def save_candidate(user_engine: Engine, user_path: str | Path, candidate: ImportCandidate, *,
                   province: str | None = None, period: str | None = None,
                   title: str | None = None, allow_unstructured: bool = False) -> LoadResult:
    """Store the plan in one transaction, with a checked backup before and after.

    Under the database's write lock, and in a transaction that takes SQLite's write lock
    before it reads the next free id, so two imports at once both succeed. Raises
    PlanDatabaseError for a bundled database, DatabaseBusy if another import holds it too long.
    """
    if not candidate.structured and not allow_unstructured:
        raise ImportRefused(f"{candidate.path.name}: no plan structure (chapters, sections, 专栏 or "
                            "indicator tables) was found", "no_structure")
    refuse_bundled(user_engine, user_path)
    parsed = corrected(candidate.parsed, province, period, title)
    with write_lock(user_path):
        make_backup(user_path, reason="before-import")
        with Session(user_engine) as session, session.begin():
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            result = load_plan(session, parsed, imported_at=datetime.now().isoformat(timespec="seconds"))
        if not result.already_present:
            make_backup(user_path, reason="after-import")  # so a restore never drops this import
    return result


def refuse_bundled(engine: Engine, path: str | Path) -> None:
    """PlanDatabaseError if the database is marked as bundled plans: imports never go there."""
    if read_meta(engine).get("role") == ROLE_BUNDLED:
        raise bundled_refusal(path)


def remove_imported(user_engine: Engine, user_path: str | Path, plan_id: int) -> bool:
    """Delete an imported plan, all its rows and its search entries (backups before and after).

    Bundled plans cannot be removed; returns False if there is no such imported plan.
    """
    if not is_user_id(plan_id):
        return False
    refuse_bundled(user_engine, user_path)
    with write_lock(user_path):
        make_backup(user_path, reason="before-remove")
        with Session(user_engine) as session, session.begin():
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            plan = session.scalar(select(Plan).where(Plan.id == plan_id))
            if plan is None:
                return False
            session.execute(delete(search_table).where(search_table.c.plan_id == plan_id))
            session.delete(plan)
        make_backup(user_path, reason="after-remove")
    return True
