"""Database failures in words: what happened and what to do, never SQL or a driver's class name.

SQLAlchemy's message for a failed statement carries the SQL, its parameters and a link to
its documentation; sqlite3's are terse ("disk I/O error"). The user needs neither. No Qt.
"""
from __future__ import annotations

_KNOWN = (
    ("database is locked", "the database is busy: another Plan Browser is writing to it; try again in a moment"),
    ("readonly", "the database file cannot be written (it or its folder is read-only)"),
    ("read-only", "the database file cannot be written (it or its folder is read-only)"),
    ("disk is full", "the disk is full; free some space and try again (nothing was saved)"),
    ("disk i/o error", "the disk could not be read or written (disk I/O error)"),
    ("malformed", "the database is damaged; start the window to restore a backup"),
    ("not a database", "the file is not a database, or it is damaged"),
    ("unable to open", "the database file cannot be opened"),
    ("unique constraint", "the database refused a row it already holds; nothing was saved, try again"),
)


def database_error_message(exc: BaseException) -> str:
    """One sentence for a database failure (SQLAlchemy's or sqlite3's)."""
    detail = getattr(exc, "orig", None) or exc
    text = str(detail).splitlines()[0] if str(detail) else type(detail).__name__
    lowered = text.lower()
    for needle, sentence in _KNOWN:
        if needle in lowered:
            return sentence
    return f"database error: {text}"
