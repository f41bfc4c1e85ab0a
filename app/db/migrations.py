"""Upgrading a user database in place when a newer Plan Browser opens it.

A small, tested equivalent of Alembic for one SQLite file: `STEPS[n]` turns schema
version n into n + 1. All steps run in ONE transaction with the new version stamped
last, so a crash (or kill -9) mid-upgrade leaves the old file exactly as it was.
The bundled database is never migrated: it is rebuilt with each release.

Plain sqlite3 rather than SQLAlchemy: SQLite allows switching foreign keys off (needed
to renumber rows) only outside a transaction, and we need to say exactly where the
transaction begins and ends.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from app.db.library import USER_ID_BASE
from app.models import SCHEMA_VERSION, Base


class MigrationError(Exception):
    """The upgrade failed and was rolled back; the message is meant for the user."""


def file_version(conn: sqlite3.Connection) -> int | None:
    """The schema version stamped in the file, or None if it has none."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError:
        return None
    return int(row[0]) if row and str(row[0]).isdigit() else None


def needs_upgrade(path: str | Path) -> bool:
    """True for an existing database file of an older schema version."""
    if not Path(path).is_file():
        return False
    conn = sqlite3.connect(path)
    try:
        version = file_version(conn)
    finally:
        conn.close()
    return version is not None and version < SCHEMA_VERSION


def upgrade(path: str | Path) -> list[int]:
    """Bring the file to SCHEMA_VERSION; returns the versions it passed through.

    Raises MigrationError (with nothing changed) if a step fails.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        version = file_version(conn)
        if version is None or version >= SCHEMA_VERSION:
            return []
        conn.execute("PRAGMA foreign_keys=OFF")  # only possible outside a transaction
        conn.execute("BEGIN IMMEDIATE")
        passed = []
        try:
            for step in range(version, SCHEMA_VERSION):
                STEPS[step](conn)
                passed.append(step + 1)
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise MigrationError("the upgraded rows would not fit together")
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                         (str(SCHEMA_VERSION),))
            conn.execute("COMMIT")
        except Exception as exc:
            conn.execute("ROLLBACK")
            raise MigrationError(f"Could not upgrade {path} from database format {version} "
                                 f"to {SCHEMA_VERSION}; it was left unchanged ({exc}).") from exc
        return passed
    finally:
        conn.close()


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Add plan.imported_at; move rows a version-1 import numbered from 1 above USER_ID_BASE."""
    conn.execute("ALTER TABLE plan ADD COLUMN imported_at VARCHAR(32)")
    present = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in Base.metadata.sorted_tables:
        if table.name not in present:  # key_override came after some version-1 files were made
            continue
        id_columns = [c.name for c in table.columns if c.primary_key and c.name == "id"]
        id_columns += [c.name for c in table.columns if c.foreign_keys]
        # Columns of later versions (chapter.part_id) are not in a version-1 file yet.
        in_file = {row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')}
        for column in (c for c in id_columns if c in in_file):
            _shift(conn, table.name, column)
    for column in ("plan_id", "ref_id", "chapter_id", "section_id", "subsection_id", "box_id"):
        _shift(conn, "search_index", column)


def _shift(conn: sqlite3.Connection, table: str, column: str) -> None:
    # Ids are quoted identifiers from our own metadata, never user input.
    conn.execute(f'UPDATE "{table}" SET "{column}" = "{column}" + ? WHERE "{column}" < ?',
                 (USER_ID_BASE, USER_ID_BASE))


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Add cities and both dates to plans, roles to agencies, and parts (第N篇) above chapters."""
    for statement in (
            "ALTER TABLE plan ADD COLUMN city VARCHAR(32)",
            "ALTER TABLE plan ADD COLUMN signed_date VARCHAR(10)",
            "ALTER TABLE plan ADD COLUMN signed_date_damaged BOOLEAN NOT NULL DEFAULT 0",
            "ALTER TABLE plan ADD COLUMN published_date VARCHAR(10)",
            "CREATE INDEX ix_plan_city ON plan (city)",
            "ALTER TABLE agency ADD COLUMN role VARCHAR(16)"):
        conn.execute(statement)
    part = Base.metadata.tables["part"]
    conn.execute(str(CreateTable(part).compile(dialect=sqlite_dialect())))
    for index in part.indexes:
        conn.execute(str(CreateIndex(index).compile(dialect=sqlite_dialect())))
    conn.execute("ALTER TABLE chapter ADD COLUMN part_id INTEGER REFERENCES part (id) ON DELETE CASCADE")
    conn.execute("CREATE INDEX ix_chapter_part_id ON chapter (part_id)")


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """Keep a footnote mark printed after an indicator's name apart from the name."""
    conn.execute("ALTER TABLE indicator ADD COLUMN note_mark VARCHAR(8)")


#: STEPS[n] upgrades version n to n + 1.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}
