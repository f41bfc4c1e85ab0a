"""The reading structure of a plan: parts, chapters, sections, subsections and paragraphs."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import CHILDREN, Base

if TYPE_CHECKING:
    from app.models.boxes import Box
    from app.models.plan import Plan

# Cross links (paragraph -> its box, ...) must not pull objects into the session:
# objects then enter through their parents only, so ids follow source order.
_NO_CASCADE = ""


def _plan_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)


class Part(Base):
    """A 第N篇: chapters grouped above the chapter level (chapters keep their own numbers)."""

    __tablename__ = "part"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer)
    no: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    line: Mapped[int] = mapped_column(Integer)

    plan: Mapped[Plan] = relationship(back_populates="parts")


class Chapter(Base):
    """A 第N章 or 一、 heading; `title` is NULL where the heading was lost."""

    __tablename__ = "chapter"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer)
    no: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    heading_present: Mapped[bool] = mapped_column(Boolean)
    line: Mapped[int | None] = mapped_column(Integer)
    #: The 篇 the chapter stands in, where the plan has parts.
    part_id: Mapped[int | None] = mapped_column(ForeignKey("part.id", ondelete="CASCADE"), index=True)

    plan: Mapped[Plan] = relationship(back_populates="chapters")
    part: Mapped[Part | None] = relationship(cascade=_NO_CASCADE)
    sections: Mapped[list[Section]] = relationship(
        back_populates="chapter", order_by="Section.position", **CHILDREN)


class Section(Base):
    """A 第N节 or （一） heading inside a chapter."""

    __tablename__ = "section"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = _plan_fk()
    chapter_id: Mapped[int] = mapped_column(
        ForeignKey("chapter.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    no: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    line: Mapped[int] = mapped_column(Integer)

    plan: Mapped[Plan] = relationship(cascade=_NO_CASCADE)
    chapter: Mapped[Chapter] = relationship(back_populates="sections")
    subsections: Mapped[list[Subsection]] = relationship(
        back_populates="section", order_by="Subsection.position", **CHILDREN)


class Subsection(Base):
    """A numbered sub-heading (1. ...) used as a heading inside a section."""

    __tablename__ = "subsection"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = _plan_fk()
    section_id: Mapped[int] = mapped_column(
        ForeignKey("section.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    no: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    line: Mapped[int] = mapped_column(Integer)

    plan: Mapped[Plan] = relationship(cascade=_NO_CASCADE)
    section: Mapped[Section] = relationship(back_populates="subsections")


class Paragraph(Base):
    """A paragraph of prose, placed at the deepest heading it falls under.

    Preamble paragraphs have no chapter; a box's notes carry `box_id` instead.
    `position` orders all paragraphs of a plan in reading order.
    """

    __tablename__ = "paragraph"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = _plan_fk()
    chapter_id: Mapped[int | None] = mapped_column(
        ForeignKey("chapter.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("section.id", ondelete="CASCADE"), index=True)
    subsection_id: Mapped[int | None] = mapped_column(
        ForeignKey("subsection.id", ondelete="CASCADE"), index=True)
    box_id: Mapped[int | None] = mapped_column(
        ForeignKey("box.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    line: Mapped[int] = mapped_column(Integer)

    plan: Mapped[Plan] = relationship(back_populates="paragraphs")
    chapter: Mapped[Chapter | None] = relationship(cascade=_NO_CASCADE)
    section: Mapped[Section | None] = relationship(cascade=_NO_CASCADE)
    subsection: Mapped[Subsection | None] = relationship(cascade=_NO_CASCADE)
    box: Mapped[Box | None] = relationship(cascade=_NO_CASCADE)
