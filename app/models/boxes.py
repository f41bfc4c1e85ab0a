"""专栏 boxes: programme items with their agencies, and indicator tables with cells."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import CHILDREN, Base

if TYPE_CHECKING:
    from app.models.plan import Plan
    from app.models.structure import Chapter, Section


class Box(Base):
    """A 专栏. `chapter_no`/`section_no` are as the parser placed it; the ids are
    resolved by the loader so the tree can hang the box under its heading."""

    __tablename__ = "box"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    no: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # indicators | programmes
    chapter_no: Mapped[int | None] = mapped_column(Integer)
    section_no: Mapped[int | None] = mapped_column(Integer)
    chapter_id: Mapped[int | None] = mapped_column(
        ForeignKey("chapter.id", ondelete="SET NULL"), index=True)
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("section.id", ondelete="SET NULL"), index=True)
    line: Mapped[int] = mapped_column(Integer)
    end_line: Mapped[int] = mapped_column(Integer)

    plan: Mapped[Plan] = relationship(back_populates="boxes")
    chapter: Mapped[Chapter | None] = relationship(cascade="")  # see structure._NO_CASCADE
    section: Mapped[Section | None] = relationship(cascade="")
    columns: Mapped[list[BoxColumn]] = relationship(
        back_populates="box", order_by="BoxColumn.position", **CHILDREN)
    items: Mapped[list[BoxItem]] = relationship(
        back_populates="box", order_by="BoxItem.position", **CHILDREN)
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="box", order_by="Indicator.position", **CHILDREN)


class BoxColumn(Base):
    """A column heading of an indicator table, as printed."""

    __tablename__ = "box_column"

    id: Mapped[int] = mapped_column(primary_key=True)
    box_id: Mapped[int] = mapped_column(ForeignKey("box.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    role: Mapped[str | None] = mapped_column(String(16))

    box: Mapped[Box] = relationship(back_populates="columns")


class BoxItem(Base):
    """One programme item of a 专栏 (e.g. 01 就业创业促进工程)."""

    __tablename__ = "box_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    box_id: Mapped[int] = mapped_column(ForeignKey("box.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    seq: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    line: Mapped[int] = mapped_column(Integer)
    end_line: Mapped[int] = mapped_column(Integer)

    box: Mapped[Box] = relationship(back_populates="items")
    agencies: Mapped[list[Agency]] = relationship(
        back_populates="item", order_by="Agency.position", **CHILDREN)


class Agency(Base):
    """A responsible body named with a box item."""

    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("box_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    #: lead (牵头) or cooperating (配合) where the text says; NULL for a plain list or 责任单位.
    role: Mapped[str | None] = mapped_column(String(16))

    item: Mapped[BoxItem] = relationship(back_populates="agencies")


class Indicator(Base):
    """One row of an indicator table."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    box_id: Mapped[int] = mapped_column(ForeignKey("box.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str | None] = mapped_column(Text)
    seq: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    note_mark: Mapped[str | None] = mapped_column(String(8))  # '①' printed after the name, pointing at a note
    unit: Mapped[str | None] = mapped_column(String(32))
    attribute: Mapped[str | None] = mapped_column(String(16))
    key: Mapped[str | None] = mapped_column(String(64), index=True)
    line: Mapped[int | None] = mapped_column(Integer)
    end_line: Mapped[int | None] = mapped_column(Integer)

    plan: Mapped[Plan] = relationship(back_populates="indicators")
    box: Mapped[Box] = relationship(back_populates="indicators")
    cells: Mapped[list[Cell]] = relationship(
        back_populates="indicator", order_by="Cell.position", **CHILDREN)
    unplaced: Mapped[list[Unplaced]] = relationship(
        back_populates="indicator", order_by="Unplaced.position", **CHILDREN)


class Cell(Base):
    """One value of an indicator row under a column heading.

    `ratio` holds a JSON array (e.g. "[1, 1.3]") because SQLite has no array type.
    """

    __tablename__ = "cell"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    column: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # number | ratio | missing | text
    value: Mapped[float | None] = mapped_column(Float)
    ratio: Mapped[str | None] = mapped_column(Text)
    comparator: Mapped[str | None] = mapped_column(String(4))
    cumulative: Mapped[bool] = mapped_column(Boolean)
    uncertain: Mapped[bool] = mapped_column(Boolean)
    year: Mapped[int | None] = mapped_column(Integer)
    role: Mapped[str | None] = mapped_column(String(16))
    line: Mapped[int | None] = mapped_column(Integer)

    indicator: Mapped[Indicator] = relationship(back_populates="cells")


class Unplaced(Base):
    """A raw value of a row whose column cannot be known from the source."""

    __tablename__ = "unplaced"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    raw: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)

    indicator: Mapped[Indicator] = relationship(back_populates="unplaced")
