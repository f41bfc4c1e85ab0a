"""Corrections the user made to indicator matching; kept in the user's own database."""
from __future__ import annotations

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class KeyOverride(Base):
    """'In the plan with this sha256, the row printed as `name` is indicator `key`' (None: no indicator).

    Keyed by the source's checksum and the printed name rather than by row ids, so a
    correction survives rebuilding the bundled database.
    """

    __tablename__ = "key_override"
    __table_args__ = (UniqueConstraint("plan_sha256", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_sha256: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String)
    key: Mapped[str | None] = mapped_column(String, nullable=True)
