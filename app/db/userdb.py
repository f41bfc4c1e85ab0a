"""The user's own database: checked at start, backed up around every change, restorable.

The file holds everything the user made (imported plans, corrections), so it is treated
with care: it must be a regular file marked as the user's (never the bundled plans), it
gets `PRAGMA quick_check` when it is opened, a checked copy in `backups/` before and after
every import or removal (app.db.backups), older formats are upgraded in place after a
backup, and a damaged file is never overwritten: it is kept beside the database under a
dated name before a backup is restored. No Qt.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from app.db import migrations
from app.db.backups import (BACKUP_DIR, BACKUPS_KEPT, BackupFailed, BackupInfo, backup_folder,  # noqa: F401
                            backup_info, best_backup, list_backups, make_backup, sound_backups, tables_sound)
from app.db.engine import ROLE_BUNDLED, ROLE_USER, PlanDatabaseError, open_database
from app.db.write_lock import write_lock
from app.file_kinds import special_kind


class UserDatabaseDamaged(Exception):
    """The user database failed its integrity check; `detail` says what SQLite found."""

    def __init__(self, path: Path, detail: str):
        super().__init__(f"{path} is damaged: {detail}")
        self.path, self.detail = path, detail


def quick_check(path: str | Path) -> str | None:
    """None if the file is a sound SQLite database (or absent), else what is wrong.

    Opening it read-write also rolls back a transaction a killed process left behind.
    """
    path = Path(path)
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(path, timeout=10)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if tables_sound(rows) else "; ".join(rows[:5])


def check_user_path(path: str | Path) -> None:
    """PlanDatabaseError unless `path` can be the user's database file (existing or new)."""
    path = Path(path)
    kind = special_kind(path)
    if kind is not None:
        raise PlanDatabaseError(f"{path} is {kind}, not a database file; give a file's name")
    if not path.exists() and not path.parent.is_dir():
        raise PlanDatabaseError(f"Cannot create {path}: the folder {path.parent} does not exist.")


def check_not_bundled(path: str | Path) -> None:
    """PlanDatabaseError if the file is marked as a bundled plan database (meta role)."""
    if file_role(path) == ROLE_BUNDLED:
        raise bundled_refusal(path)


def bundled_refusal(path: str | Path) -> PlanDatabaseError:
    # The bundled plans are numbered below USER_ID_BASE: an import there took "plan 6".
    return PlanDatabaseError(
        f"{path} is a bundled plan database (the plans that come with Plan Browser, a copy of them, or one "
        f"made by build-db); your imports go into your own database: leave out --db, or name a new file")


def file_role(path: str | Path) -> str | None:
    """The 'role' the file's meta table records ('bundled', 'user'), or None."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'role'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def open_user_database(path: str | Path) -> Engine:
    """Check, upgrade if older (after a backup) and open the user database.

    Raises UserDatabaseDamaged if the check fails (the file is left untouched then), and
    PlanDatabaseError for a path that is not a file or a database marked bundled.
    """
    path = Path(path)
    check_user_path(path)
    problem = quick_check(path)
    if problem is not None:
        raise UserDatabaseDamaged(path, problem)
    check_not_bundled(path)
    if migrations.needs_upgrade(path):
        with write_lock(path):
            if migrations.needs_upgrade(path):  # another process may have done it meanwhile
                make_backup(path, reason="before-upgrade")
                migrations.upgrade(path)
    if not path.exists():
        with write_lock(path):  # two first imports at once make one database
            return open_database(path, role=ROLE_USER)
    return open_database(path, role=ROLE_USER)


def latest_sound_backup(path: str | Path) -> Path | None:
    """The backup to offer: sound, holding the most plans, the newest of those."""
    info = best_backup(path)
    return info.path if info is not None else None


@dataclass(frozen=True)
class RecoveryOffer:
    """The backup the recovery offers, and what restoring it would lose."""

    backup: BackupInfo | None
    lost: tuple[str, ...]  # plans in the damaged file or a newer backup, not in this one
    damaged_readable: bool  # False: the damaged file could not be read, so `lost` may be short


def recovery_offer(path: str | Path) -> RecoveryOffer:
    best = best_backup(path)
    found, readable = _titles_in(Path(path))
    if best is None:
        return RecoveryOffer(None, tuple(dict.fromkeys(found)), readable)
    newer = [title for info in sound_backups(path) if info.path.name > best.path.name for title in info.titles]
    lost = tuple(dict.fromkeys(t for t in (*found, *newer) if t not in best.titles))
    return RecoveryOffer(best, lost, readable)


def _titles_in(path: Path) -> tuple[list[str], bool]:
    """The plan titles a damaged file still gives up, best effort."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            return [r[0] for r in conn.execute("SELECT coalesce(title, source_file) FROM plan")], True
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return [], False


def set_aside_damaged(path: str | Path) -> Path:
    """Move the damaged file (and its journal) out of the way under a dated name; returns it."""
    path = Path(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    shutil.move(path, kept)
    for suffix in ("-journal", "-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            shutil.move(extra, kept.with_name(kept.name + suffix))
    return kept


def restore_backup(path: str | Path, backup: Path | None) -> Path:
    """Set the damaged file aside and put `backup` (or, if None, nothing: a new empty
    database is made on next open) in its place; returns where the damaged copy is.

    The backup is copied and synced under a temporary name first, so a crash leaves either
    the damaged file set aside and no database, or the restored copy: never half of it.
    """
    path = Path(path)
    with write_lock(path):
        temp = path.with_name(f".{path.name}.restoring")
        if backup is not None:
            shutil.copyfile(backup, temp)
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
        kept = set_aside_damaged(path)
        if backup is not None:
            os.replace(temp, path)
    return kept


def open_library(bundled_path: str | Path, user_path: str | Path | None, *, create_user: bool = False):
    """The bundled database (read-only) and the user's, if it exists (or `create_user`).

    Raises PlanDatabaseError for an unusable bundled file or user path, UserDatabaseDamaged
    for a damaged user file.
    """
    from app.db.engine import open_readonly
    from app.db.library import Library

    bundled = open_readonly(bundled_path)
    if user_path is None or not (create_user or Path(user_path).exists()):
        return Library(bundled)
    if create_user:
        Path(user_path).parent.mkdir(parents=True, exist_ok=True)
    return Library(bundled, open_user_database(user_path))
