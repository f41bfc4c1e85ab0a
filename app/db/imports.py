"""Importing the user's own documents: read and parse first (nothing written), then save.

The same two steps serve the window (preview between them) and `plan-browser import`,
so both refuse the same files with the same reasons:

    candidate = read_candidate(path, library, max_bytes)   # ImportRefused if unusable
    if candidate.existing_plan_id is None:
        result = save_candidate(user_engine, user_path, candidate, title="...")

Saving backs the user database up, then stores the plan in ONE transaction: a crash
or kill -9 leaves the whole plan or nothing. No Qt.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from app.db.engine import open_memory_database
from app.db.library import Source, engines_of, is_user_id
from app.db.loader import LoadResult, find_plan_by_hash, load_plan
from app.db.search_index import search_table
from app.db.userdb import make_backup
from app.ingest.decode import IngestError, decode_text
from app.ingest.formats import extract, is_rich_format
from app.ingest.model import ParsedPlan
from app.ingest.parser import parse_text
from app.ingest.text_utils import PERIOD_YEARS
from app.models import Plan

SUPPORTED_SUFFIXES = (".txt", ".text", ".docx", ".html", ".htm", ".pdf")
#: The default size limit (50 MB, as the window and the command line say it); configurable.
DEFAULT_MAX_BYTES = 50_000_000


class ImportRefused(Exception):
    """A file that cannot be imported; `kind` is stable, the message is for the user.

    Kinds: those of IngestError, plus not_found, unreadable and no_structure.
    """

    def __init__(self, message: str, kind: str):
        super().__init__(message)
        self.kind = kind


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
                   max_bytes: int = DEFAULT_MAX_BYTES) -> ImportCandidate:
    """Read and parse one file without writing anything; raises ImportRefused."""
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    sha256 = hashlib.sha256(data).hexdigest()
    existing = _existing(library, sha256) if library is not None else None
    grids = None
    try:
        if is_rich_format(data, path.name):
            extracted = extract(data, path.name, max_bytes)
            text, fmt, warnings, grids = extracted.text, extracted.format, tuple(extracted.warnings), extracted.grids
        else:
            text, fmt, warnings = decode_text(data, path.name, max_bytes), "text", ()
    except IngestError as exc:
        raise ImportRefused(str(exc), exc.kind) from exc
    parsed = parse_text(text, path.name, sha256, grids)
    return ImportCandidate(path, parsed, fmt, warnings, existing)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    # The size is checked before reading: a 2 GB file is refused without loading it.
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImportRefused(f"{path.name}: this is a folder, not a file", "unreadable")
        if size > max_bytes:
            raise ImportRefused(f"{path.name}: file is {size / 1e6:.1f} MB, over the "
                                f"{max_bytes / 1e6:g} MB limit", "too_large")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportRefused(f"{path.name}: no such file", "not_found") from exc
    except OSError as exc:
        raise ImportRefused(f"{path.name}: cannot be read ({exc.strerror or exc})", "unreadable") from exc


def _existing(library: Source, sha256: str) -> int | None:
    for engine in engines_of(library):
        with Session(engine) as session:
            found = find_plan_by_hash(session, sha256)
        if found is not None:
            return found
    return None


def preview_database(candidate: ImportCandidate) -> tuple[Engine, int]:
    """The candidate stored in a throw-away in-memory database, and its plan id there.

    The preview reads it with the ordinary queries, so what the user checks is exactly
    what the import will store.
    """
    engine = open_memory_database()
    return engine, load_plan(engine, candidate.parsed).plan_id


def corrected(parsed: ParsedPlan, province: str | None = None, period: str | None = None,
              title: str | None = None) -> ParsedPlan:
    """The plan with the user's corrections of its metadata (None or "": keep the parser's)."""
    meta = parsed.meta
    changes = {name: value.strip() for name, value in
               (("province", province), ("period", period), ("title", title)) if value and value.strip()}
    if "period" in changes:
        changes["years"] = PERIOD_YEARS.get(changes["period"], meta.years)
    return dataclasses.replace(parsed, meta=dataclasses.replace(meta, **changes)) if changes else parsed


def save_candidate(user_engine: Engine, user_path: str | Path, candidate: ImportCandidate, *,
                   province: str | None = None, period: str | None = None,
                   title: str | None = None, allow_unstructured: bool = False) -> LoadResult:
    """Back up the user database, then store the plan in one transaction."""
    if not candidate.structured and not allow_unstructured:
        raise ImportRefused(f"{candidate.path.name}: no plan structure (chapters, sections, 专栏 or "
                            "indicator tables) was found", "no_structure")
    make_backup(user_path, reason="before-import")
    parsed = corrected(candidate.parsed, province, period, title)
    return load_plan(user_engine, parsed, imported_at=datetime.now().isoformat(timespec="seconds"))


def remove_imported(user_engine: Engine, user_path: str | Path, plan_id: int) -> bool:
    """Delete an imported plan, all its rows and its search entries (after a backup).

    Bundled plans cannot be removed; returns False if there is no such imported plan.
    """
    if not is_user_id(plan_id):
        return False
    make_backup(user_path, reason="before-remove")
    with Session(user_engine) as session, session.begin():
        plan = session.scalar(select(Plan).where(Plan.id == plan_id))
        if plan is None:
            return False
        session.execute(delete(search_table).where(search_table.c.plan_id == plan_id))
        session.delete(plan)
    return True
