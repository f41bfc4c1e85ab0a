"""Backups of the user database that can be trusted, and the one to offer when it is damaged.

A backup is written under a hidden temporary name (`.user-….sqlite.part`), checked (SQLite's
integrity check and the plan count the database had), synced to disk and only then renamed
to `user-<time>-<reason>.sqlite`. A backup killed half-way is therefore never taken for one:
it keeps its temporary name, which no listing reads, and is deleted by the next backup.
(Before this, a backup killed mid-copy rolled back, on its first open, to an empty database
that passed the check; being the newest, it was the one offered, and restoring it lost the
library.) Backups are taken before and after every change, so the newest holds the latest
import. The caller holds the database's write lock (app.db.write_lock). No Qt.
"""
from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.db.search_index import TABLE as SEARCH_INDEX

BACKUP_DIR = "backups"
BACKUPS_KEPT = 10  # two per change: the last five changes
BACKUP_SECONDS = 30.0  # a backup that takes longer is abandoned (it hangs on a stuck reader)


class BackupFailed(Exception):
    """A backup could not be made or did not check out; nothing was changed."""


def tables_sound(problems: list[str]) -> bool:
    """Does `PRAGMA quick_check` (or integrity_check) find the plans' tables sound?

    SQLite 3.44 and newer (Ubuntu 24.04, Python 3.12 on Windows) also read inside the FTS5
    search index there ('fts5: corruption found reading blob … from table "search_index"').
    The index is derived from the plans and is checked and rebuilt on its own
    (app.db.index_repair): its damage must not make the whole library count as damaged,
    nor stop the backup taken before the index is rebuilt."""
    return all(p == "ok" or (SEARCH_INDEX in p and "fts5" in p.lower()) for p in problems) and bool(problems)


@dataclass(frozen=True)
class BackupInfo:
    """One backup and what it holds, for the recovery dialog."""

    path: Path
    taken: datetime
    plans: int
    titles: tuple[str, ...]  # of the plans it holds, newest import first
    latest_title: str | None
    latest_imported: str | None  # ISO time of its newest import

    def describe(self) -> str:
        """'6 plans; newest import: X (2026-12-01 14:02); taken 2026-12-01 14:05'."""
        text = f"{self.plans} plan{'s' if self.plans != 1 else ''}"
        if self.latest_title:
            text += f"; newest import: {self.latest_title} ({_minutes(self.latest_imported)})"
        return text + f"; backup taken {self.taken:%Y-%m-%d %H:%M}"


def backup_folder(path: str | Path) -> Path:
    return Path(path).parent / BACKUP_DIR


def make_backup(path: str | Path, reason: str = "before-import") -> Path | None:
    """A checked copy of the database in backups/ (None if there is no database yet)."""
    path = Path(path)
    if not path.is_file():
        return None
    folder = backup_folder(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file where the folder should be, a read-only disk
        raise BackupFailed(f"no backup could be made in {folder} ({exc.strerror or exc}); "
                           f"nothing was changed") from None
    _remove_interrupted(path)
    final = folder / f"{path.stem}-{datetime.now():%Y%m%d-%H%M%S-%f}-{reason}.sqlite"
    part = folder / f".{final.name}.part"
    try:
        _copy_checked(path, part)
        os.replace(part, final)
        _sync_folder(folder)
    except BaseException:
        _unlink_with_journal(part)
        raise
    for old in list_backups(path)[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    return final


def _copy_checked(source_path: Path, part: Path) -> None:
    """Copy with SQLite's backup API, check the copy, and sync it to disk."""
    before = _plan_count(source_path)
    source, copy = sqlite3.connect(source_path, timeout=10), sqlite3.connect(part)
    deadline = time.monotonic() + BACKUP_SECONDS

    def in_time(_status, _remaining, _total):
        if time.monotonic() > deadline:
            raise BackupFailed(f"the backup of {source_path} took more than {BACKUP_SECONDS:g} s")

    try:
        source.backup(copy, pages=1024, progress=in_time)
        after = _plan_count(source_path, source)
        problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
        copied = copy.execute("SELECT count(*) FROM plan").fetchone()[0] if _has_plans(copy) else 0
    except sqlite3.Error as exc:
        raise BackupFailed(f"the backup of {source_path} could not be made ({exc})") from exc
    finally:
        copy.close()
        source.close()
    if not tables_sound(problems) or copied not in (before, after):
        raise BackupFailed(f"the backup of {source_path} did not check out ({'; '.join(problems[:3])}, "
                           f"{copied} plans copied of {after})")
    with open(part, "rb+") as handle:
        os.fsync(handle.fileno())


def _plan_count(path: Path, conn: sqlite3.Connection | None = None) -> int:
    own = conn is None
    conn = conn or sqlite3.connect(path, timeout=10)
    try:
        return conn.execute("SELECT count(*) FROM plan").fetchone()[0] if _has_plans(conn) else 0
    finally:
        if own:
            conn.close()


def _has_plans(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'plan'").fetchone() is not None


def list_backups(path: str | Path) -> list[Path]:
    """Finished backups of this database, newest first (interrupted ones have other names)."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    return sorted((b for b in folder.glob(f"{Path(path).stem}-*.sqlite") if not b.name.startswith(".")),
                  reverse=True)


def backup_info(backup: Path) -> BackupInfo | None:
    """What a backup holds, or None if it is not sound (damaged, half-written, not ours)."""
    if _hot_journal(backup):
        return None  # an old-style backup killed mid-copy: it would roll back to nothing
    try:
        conn = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            if not tables_sound([row[0] for row in conn.execute("PRAGMA quick_check")]) or not _has_plans(conn):
                return None
            return _info(backup, conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _info(backup: Path, conn: sqlite3.Connection) -> BackupInfo:
    columns = {row[1] for row in conn.execute("PRAGMA table_info(plan)")}
    order = "imported_at DESC, id DESC" if "imported_at" in columns else "id DESC"
    stamp = "imported_at" if "imported_at" in columns else "NULL"
    rows = conn.execute(f"SELECT coalesce(title, source_file), {stamp} FROM plan ORDER BY {order}").fetchall()
    taken = datetime.fromtimestamp(backup.stat().st_mtime)
    latest = rows[0] if rows else (None, None)
    return BackupInfo(backup, taken, len(rows), tuple(r[0] for r in rows), latest[0], latest[1])


def best_backup(path: str | Path) -> BackupInfo | None:
    """The sound backup to offer: the one holding the most plans, the newest of those."""
    infos = [info for info in map(backup_info, list_backups(path)) if info is not None]
    return max(infos, key=lambda info: (info.plans, info.path.name), default=None)


def sound_backups(path: str | Path) -> list[BackupInfo]:
    return [info for info in map(backup_info, list_backups(path)) if info is not None]


def _hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    try:
        with open(journal, "rb") as handle:
            return handle.read(8) == b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
    except OSError:
        return False


def _remove_interrupted(path: Path) -> None:
    for part in backup_folder(path).glob(f".{path.stem}-*.part"):
        _unlink_with_journal(part)


def _unlink_with_journal(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to sync)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _minutes(iso: str | None) -> str:
    return iso.replace("T", " ")[:16] if iso else "unknown time"
