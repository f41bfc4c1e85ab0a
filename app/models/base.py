"""Declarative base, the schema version and the `meta` table."""
from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Bump whenever tables or columns change; `app.db.engine` refuses other versions.
SCHEMA_VERSION = 1


class Base(DeclarativeBase):
    """Base class of every table in a Plan Browser database."""


class Meta(Base):
    """Key/value facts about the database file itself (schema version, role)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
