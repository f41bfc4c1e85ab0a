"""The library the user reads: the bundled plans and the plans they imported, as one.

Two SQLite files, never merged: the bundled database (read-only, replaced with every
release) and the user's own (imports, corrections). Every row the user imports gets an
id of at least USER_ID_BASE, in every table, so any id says which file it lives in and a
query about one plan, section or box goes to exactly one database with its indexes.
Listings (plans, provinces, search hits, one indicator across plans) ask both and merge.

Why not one connection with ATTACH and UNION ALL views: SQLite 3.40 materialises a
compound view on the inner side of a join, which made opening a table 17x slower at 500
plans (measured, see bench/README.md).

Query functions accept a `Source`: a plain Engine (one database, as the CLI's --db gives)
or a Library. No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Engine

#: First id of every row in a user database; bundled ids stay below it. Fits a 32-bit int,
#: so Qt and SQLite integer columns carry it unchanged.
USER_ID_BASE = 1_000_000_000


@dataclass(eq=False)
class Library:
    """The bundled database and, once opened, the user's own.

    Mutable on purpose: the window hands one Library to every view, and the user
    database may be attached after they were made (first import, restored backup).
    """

    bundled: Engine
    user: Engine | None = None

    def attach_user(self, user: Engine | None) -> None:
        """Use this user database from now on (None: the bundled plans only)."""
        self.user = user

    def engine_for(self, any_id: int | str | None) -> Engine:
        """The database holding the row with this id (of any table)."""
        if self.user is not None and is_user_id(any_id):
            return self.user
        return self.bundled

    @property
    def engines(self) -> tuple[Engine, ...]:
        """Bundled first: listings show the shipped plans before the user's."""
        return (self.bundled,) if self.user is None else (self.bundled, self.user)


class LibraryLike(Protocol):
    """Anything that says which database holds an id and lists them all (Library, PlanLibrary)."""

    @property
    def engines(self) -> tuple[Engine, ...]: ...

    def engine_for(self, any_id: int | str | None) -> Engine: ...


Source = Engine | Library | LibraryLike


def is_user_id(any_id: int | str | None) -> bool:
    """True for ids of rows imported by the user."""
    return isinstance(any_id, int) and any_id >= USER_ID_BASE


def engine_for(source: Source, any_id: int | str | None) -> Engine:
    """The one database a query about this id should read."""
    return source if isinstance(source, Engine) else source.engine_for(any_id)


def engines_of(source: Source) -> tuple[Engine, ...]:
    """Every database a listing should read, bundled first."""
    return (source,) if isinstance(source, Engine) else source.engines
