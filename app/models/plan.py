"""A plan document and what belongs to it directly: issues and prose targets."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import CHILDREN, Base

if TYPE_CHECKING:
    from app.models.boxes import Box, Indicator
    from app.models.structure import Chapter, Paragraph, Part


class Plan(Base):
    """One source document; meta fields stay NULL where the parser found nothing."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    province: Mapped[str | None] = mapped_column(String(32), index=True)
    #: For a city's plan: 遵义市, 黔东南苗族侗族自治州 (NULL for a province's own plan).
    city: Mapped[str | None] = mapped_column(String(32), index=True)
    period: Mapped[str | None] = mapped_column(String(16), index=True)
    year_start: Mapped[int | None] = mapped_column(Integer)
    year_end: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    issuer: Mapped[str | None] = mapped_column(Text)
    doc_number: Mapped[str | None] = mapped_column(Text)
    issued_date: Mapped[str | None] = mapped_column(String(10))
    #: 成文日期 (under the signature) and the web page's 发布日期, each as what it is.
    signed_date: Mapped[str | None] = mapped_column(String(10))
    signed_date_damaged: Mapped[bool] = mapped_column(Boolean, default=False)
    published_date: Mapped[str | None] = mapped_column(String(10))
    source_file: Mapped[str] = mapped_column(Text)
    # Unique: the same bytes are never stored twice (the loader reports "already present").
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str | None] = mapped_column(Text)
    line_count: Mapped[int] = mapped_column(Integer)
    source_text: Mapped[str] = mapped_column(Text)
    #: When the user imported it (ISO 8601, local time); NULL in the bundled database.
    imported_at: Mapped[str | None] = mapped_column(String(32))

    parts: Mapped[list[Part]] = relationship(
        back_populates="plan", order_by="Part.position", **CHILDREN)
    chapters: Mapped[list[Chapter]] = relationship(
        back_populates="plan", order_by="Chapter.position", **CHILDREN)
    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="plan", order_by="Paragraph.position", **CHILDREN)
    boxes: Mapped[list[Box]] = relationship(
        back_populates="plan", order_by="Box.position", **CHILDREN)
    # Unordered on purpose: a row's position counts within its box; go through boxes.
    indicators: Mapped[list[Indicator]] = relationship(back_populates="plan", **CHILDREN)
    targets: Mapped[list[ProseTarget]] = relationship(
        back_populates="plan", order_by="ProseTarget.position", **CHILDREN)
    issues: Mapped[list[SourceIssue]] = relationship(
        back_populates="plan", order_by="SourceIssue.position", **CHILDREN)


class SourceIssue(Base):
    """A problem the parser found in the source (lost heading, short row, ...)."""

    __tablename__ = "source_issue"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)

    plan: Mapped[Plan] = relationship(back_populates="issues")


class ProseTarget(Base):
    """A quantitative target stated in prose, optionally linked to its table row."""

    __tablename__ = "prose_target"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(32))
    comparator: Mapped[str | None] = mapped_column(String(4))
    cumulative: Mapped[bool] = mapped_column(Boolean)
    line: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    indicator_line: Mapped[int | None] = mapped_column(Integer)
    indicator_name: Mapped[str | None] = mapped_column(Text)
    # Resolved by the loader from indicator_line, so the UI can jump to the row.
    indicator_id: Mapped[int | None] = mapped_column(
        ForeignKey("indicator.id", ondelete="SET NULL"), index=True)

    plan: Mapped[Plan] = relationship(back_populates="targets")
    indicator: Mapped[Indicator | None] = relationship(cascade="")  # reached via its box
