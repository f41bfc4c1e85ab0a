"""Declarative base, the schema version and the `meta` table."""
from __future__ import annotations

from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Bump whenever tables or columns change, and add the step to `app.db.migrations`:
#: user databases are upgraded in place, other files are refused.
#: 2: plan.imported_at; user rows numbered from app.db.library.USER_ID_BASE.
#: 3: plan.city, plan.signed_date(_damaged), plan.published_date; agency.role; part, chapter.part_id.
#: 4: indicator.note_mark.
SCHEMA_VERSION = 4


#: Children are deleted with their parent, by SQLite (FK cascade) and by the ORM.
CHILDREN: dict[str, Any] = dict(cascade="all, delete-orphan", passive_deletes=True)


class Base(DeclarativeBase):
    """Base class of every table in a Plan Browser database."""


class Meta(Base):
    """Key/value facts about the database file itself (schema version, role)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
