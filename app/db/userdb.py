"""The user's own database: checked at start, backed up before every change, restorable.

The file holds everything the user made (imported plans, corrections), so it is treated
with care: `PRAGMA quick_check` when it is opened, a copy in `backups/` before every
import or removal (the newest few are kept), older formats upgraded in place after a
backup, and a damaged file is never overwritten: it is kept beside the database under
a dated name before a backup is restored. No Qt.
"""
from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from app.db import migrations
from app.db.engine import ROLE_USER, open_database

BACKUP_DIR = "backups"
BACKUPS_KEPT = 5


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
        conn = sqlite3.connect(path)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:5])


def open_user_database(path: str | Path) -> Engine:
    """Check, upgrade if older (after a backup) and open the user database.

    Raises UserDatabaseDamaged if the check fails; the file is left untouched then.
    """
    path = Path(path)
    problem = quick_check(path)
    if problem is not None:
        raise UserDatabaseDamaged(path, problem)
    if migrations.needs_upgrade(path):
        make_backup(path, reason="before-upgrade")
        migrations.upgrade(path)
    return open_database(path, role=ROLE_USER)


def backup_folder(path: str | Path) -> Path:
    return Path(path).parent / BACKUP_DIR


def make_backup(path: str | Path, reason: str = "before-import") -> Path | None:
    """A consistent copy of the database (SQLite's backup API), newest few kept."""
    path = Path(path)
    if not path.is_file():
        return None
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
    source, copy = sqlite3.connect(path), sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    for old in list_backups(path)[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(path: str | Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(path).stem}-*.sqlite"), reverse=True)


def latest_sound_backup(path: str | Path) -> Path | None:
    """The newest backup that passes the integrity check itself."""
    return next((b for b in list_backups(path) if quick_check(b) is None), None)


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
    database is made on next open) in its place; returns where the damaged copy is."""
    kept = set_aside_damaged(path)
    if backup is not None:
        shutil.copy2(backup, path)
    return kept


def open_library(bundled_path: str | Path, user_path: str | Path | None, *, create_user: bool = False):
    """The bundled database (read-only) and the user's, if it exists (or `create_user`).

    Raises PlanDatabaseError for an unusable bundled file, UserDatabaseDamaged for a
    damaged user file.
    """
    from app.db.engine import open_readonly
    from app.db.library import Library

    bundled = open_readonly(bundled_path)
    if user_path is None or not (create_user or Path(user_path).is_file()):
        return Library(bundled)
    if create_user:
        Path(user_path).parent.mkdir(parents=True, exist_ok=True)
    return Library(bundled, open_user_database(user_path))
