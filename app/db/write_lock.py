"""One writer at a time for a user database: two imports at once must both succeed.

Two Plan Browsers importing into the same file each read the highest id, then both wrote
rows with the same ids, and one failed ("UNIQUE constraint failed: plan.id"). Every change
(backup before, the transaction, backup after) therefore runs under an exclusive lock on a
file beside the database (`user.sqlite.lock`), taken by the operating system and let go when
the process ends, so a killed import never leaves it locked. Reading and parsing, the slow
part, happen before the lock is taken. No Qt.
"""
from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

#: Longer than any one save takes; a wait past it is said, not hung on.
WAIT_SECONDS = 45.0
_POLL = 0.05

# Chosen by sys.platform, not by trying the import, so that a type checker reads each
# branch for the platform it checks (msvcrt's names exist only on Windows).
if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


class DatabaseBusy(Exception):
    """Another process kept the database locked for longer than we wait."""


def lock_path(database: str | Path) -> Path:
    database = Path(database)
    return database.with_name(database.name + ".lock")


@contextlib.contextmanager
def write_lock(database: str | Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the database's write lock for the duration of the block."""
    path = lock_path(database)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(handle, wait, Path(database))
        try:
            yield
        finally:
            _release(handle)
    finally:
        os.close(handle)


def _acquire(handle: int, wait: float, database: Path) -> None:
    deadline = time.monotonic() + wait
    while not _try_lock(handle):
        if time.monotonic() > deadline:
            raise DatabaseBusy(f"{database} is being changed by another Plan Browser (an import or a removal "
                               f"has held it for more than {wait:g} s); try again when it has finished")
        time.sleep(_POLL)


def _try_lock(handle: int) -> bool:
    try:
        if sys.platform == "win32":
            os.lseek(handle, 0, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _release(handle: int) -> None:
    if sys.platform == "win32":
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(handle, fcntl.LOCK_UN)
