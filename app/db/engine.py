"""Engines for plan databases, the schema-version check and table creation.

Two ways in: `open_database` for a database we may write (the user's imports, a
build), and `open_readonly` for the bundled database, which SQLite itself then
refuses to change (URI `mode=ro`), so the shipped file is never touched.

A read-only connection cannot roll back what a killed writer left in the journal, and then
fails every read with "attempt to write a readonly database". `open_readonly` therefore
recovers such a file once, read-write, when it is the user's own, and otherwise says what to do.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import URL, Engine, Index, create_engine, delete, event, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool, StaticPool
from sqlalchemy.schema import CreateIndex, CreateTable

from app.db.search_index import create_search_index
from app.file_kinds import special_kind
from app.models import SCHEMA_VERSION, Base, Meta

ROLE_BUNDLED = "bundled"
ROLE_USER = "user"
#: Seconds a connection waits for another writer before "database is locked".
BUSY_TIMEOUT = 30
_JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"


class PlanDatabaseError(Exception):
    """A database that cannot be used; the message is meant for the user."""


def _enable_foreign_keys(dbapi_connection, _record) -> None:
    # SQLite leaves FK enforcement (and ON DELETE CASCADE) off unless asked, per connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_engine_for(path: str | Path) -> Engine:
    """A read-write engine for a database file (created by SQLite if missing)."""
    # URL.create, not an f-string: a path may contain ?, # or % (SQLAlchemy URL syntax).
    engine = create_engine(URL.create("sqlite", database=str(path)), connect_args={"timeout": BUSY_TIMEOUT})
    event.listen(engine, "connect", _enable_foreign_keys)
    return engine


def open_readonly(path: str | Path) -> Engine:
    """A read-only engine for an existing plan database, schema-checked.

    Raises PlanDatabaseError if the file is missing, is not a plan database or has
    another schema version.
    """
    path = Path(path)
    kind = special_kind(path)
    if kind is not None:
        raise PlanDatabaseError(f"{path} is {kind}, not a database file.")
    if not path.is_file():
        raise PlanDatabaseError(
            f"Database not found: {path}. Build it with `plan-browser build-db` "
            f"or choose another file with --db.")
    if has_hot_journal(path):
        recover_journal(path)
    uri = path.resolve().as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        # check_same_thread off: the pool may hand the connection to a worker thread,
        # and read-only connections carry no per-thread state worth protecting.
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
        return conn

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)
    check_schema(engine, path)
    return engine


def has_hot_journal(path: Path) -> bool:
    """A rollback journal a killed writer left beside the file (SQLite's 'hot journal')."""
    try:
        with open(path.with_name(path.name + "-journal"), "rb") as journal:
            return journal.read(8) == _JOURNAL_MAGIC
    except OSError:
        return False


def recover_journal(path: Path) -> None:
    """Roll back a killed writer's transaction by opening the file read-write once, if it is
    the user's own; a bundled or foreign file is left alone, with a sentence on what to do."""
    role = _role_ignoring_journal(path)
    if role != ROLE_USER or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        rebuild = " Rebuild it with `plan-browser build-db`." if role == ROLE_BUNDLED else ""
        raise PlanDatabaseError(
            f"{path} was left half-written by a program that was stopped (its journal, {path.name}-journal, "
            f"is beside it), and it is not your own database, so it was not repaired here.{rebuild} "
            f"Opening it once with write access rolls the half-written change back.")
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the first read rolls back
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise PlanDatabaseError(f"{path} was left half-written and could not be repaired ({exc}).") from exc


def _role_ignoring_journal(path: Path) -> str | None:
    # immutable=1 reads the file as it is, journal ignored: the meta table is not what a
    # killed import changes, so its role is readable even then.
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'role'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def open_database(path: str | Path, *, role: str = ROLE_USER) -> Engine:
    """A read-write engine; an empty or new file gets the tables, others are checked."""
    path = Path(path)
    kind = special_kind(path)
    if kind is not None:
        raise PlanDatabaseError(f"{path} is {kind}, not a database file.")
    if not path.parent.is_dir():
        raise PlanDatabaseError(f"Cannot create {path}: the folder {path.parent} does not exist.")
    engine = create_engine_for(path)
    if _is_empty(engine, path):
        create_all(engine, role=role)
    else:
        check_schema(engine, path)
    return engine


def open_memory_database() -> Engine:
    """An empty plan database in memory (one shared connection, usable from any thread):
    the import preview loads a plan here exactly as it would be saved."""
    engine = create_engine("sqlite+pysqlite://", poolclass=StaticPool,
                           connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _enable_foreign_keys)
    create_all(engine, role=ROLE_USER)
    return engine


def create_all(engine: Engine, *, role: str = ROLE_USER) -> None:
    """Create every table and the search index, and stamp the schema version.

    All in one transaction: a crash leaves either no schema or a complete one.
    """
    with engine.begin() as conn:
        # pysqlite runs DDL outside any transaction unless told, committing (and
        # syncing the disk) after every statement: ~40 syncs, 0.4 s per new file.
        conn.exec_driver_sql("BEGIN")
        # Not metadata.create_all: it creates a table's indexes in set order, which
        # changes with Python's hash seed, so rebuilt files would differ byte-wise.
        for table in Base.metadata.sorted_tables:
            conn.execute(CreateTable(table, if_not_exists=True))
            for index in sorted(table.indexes, key=_index_name):
                conn.execute(CreateIndex(index, if_not_exists=True))
        create_search_index(conn)
        stamp = {"schema_version": str(SCHEMA_VERSION), "role": role}
        conn.execute(delete(Meta).where(Meta.key.in_(stamp)))
        conn.execute(insert(Meta), [{"key": k, "value": v} for k, v in stamp.items()])


def _index_name(index: Index) -> str:
    # Every index of the models comes from index=True, which SQLAlchemy's default naming
    # convention names (ix_<table>_<column>); CreateIndex could not emit one without a name.
    assert index.name is not None, index
    return index.name


def read_meta(engine: Engine) -> dict[str, str]:
    """All key/value pairs of the `meta` table."""
    with Session(engine) as session:
        return {row.key: row.value for row in session.scalars(select(Meta))}


def check_schema(engine: Engine, path: Path | str = "database") -> None:
    """Raise PlanDatabaseError unless the file is a plan database of our schema version."""
    try:
        meta = read_meta(engine)
    except DBAPIError as exc:
        raise PlanDatabaseError(_unusable_message(path, exc)) from exc
    raw = meta.get("schema_version")
    if raw is None or not raw.isdigit():
        raise PlanDatabaseError(f"{path} is not a Plan Browser database (no schema version).")
    version = int(raw)
    if version > SCHEMA_VERSION:
        raise PlanDatabaseError(
            f"{path} was made by a newer version of Plan Browser (database format {version}, "
            f"this version reads {SCHEMA_VERSION}). Please update Plan Browser.")
    if version < SCHEMA_VERSION:
        raise PlanDatabaseError(
            f"{path} uses an older database format ({version}, now {SCHEMA_VERSION}). "
            f"Rebuild it with `plan-browser build-db`, or import the files again into a new one.")


def _unusable_message(path: Path | str, exc: DBAPIError) -> str:
    detail = str(exc.orig) if exc.orig is not None else str(exc)
    if "no such table" in detail:
        return f"{path} is not a Plan Browser database (it has no plan tables)."
    if "not a database" in detail or "malformed" in detail:
        return f"{path} is not a database file, or it is damaged ({detail})."
    return f"Cannot read {path}: {detail}"


def _is_empty(engine: Engine, path: Path) -> bool:
    """True for a new or zero-table SQLite file; raises for files that are not SQLite."""
    try:
        with engine.connect() as conn:
            count = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    except DBAPIError as exc:
        raise PlanDatabaseError(_unusable_message(path, exc)) from exc
    return count == 0
