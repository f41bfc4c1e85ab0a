"""The prose of a plan: a section's text (with its sub-headings), a chapter's
introduction, and the preamble before the first chapter. Every block keeps its
source line so the reader can check it against the original."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.library import Source, engine_for
from app.models import Box, Chapter, Paragraph, Part, Plan, Section, Subsection
from app.queries import labels


@dataclass(frozen=True)
class TextBlock:
    """One paragraph, or a sub-heading, of running text."""

    kind: str  # "heading" (a subsection's title) or "paragraph"
    text: str
    line: int | None
    subsection_id: int | None = None


@dataclass(frozen=True)
class TextView:
    """What the reading pane shows for one outline node."""

    plan_id: int
    title: str
    breadcrumb: tuple[str, ...]  # plan, chapter, ... down to this node's parent
    line: int | None
    blocks: tuple[TextBlock, ...]
    box_ids: tuple[int, ...]  # boxes placed directly here, in source order


def section_text(source: Source, section_id: int) -> TextView | None:
    """A section's paragraphs and subsections in source order; None if no such section."""
    with Session(engine_for(source, section_id)) as session:
        row = session.execute(
            select(Section.plan_id, Section.no, Section.title, Section.line, Chapter.no,
                   Chapter.title)
            .join(Chapter, Chapter.id == Section.chapter_id)
            .where(Section.id == section_id)).first()
        if row is None:
            return None
        plan_id, no, title, line, chapter_no, chapter_title = row
        headings = [TextBlock("heading", labels.subsection_label(s_no, s_title), s_line, sid)
                    for sid, s_no, s_title, s_line in session.execute(
                        select(Subsection.id, Subsection.no, Subsection.title, Subsection.line)
                        .where(Subsection.section_id == section_id))]
        paragraphs = _paragraphs(session, Paragraph.section_id == section_id)
        boxes = _box_ids(session, Box.section_id == section_id)
        crumbs = (_plan_crumb(session, plan_id), labels.chapter_label(chapter_no, chapter_title))
    # Headings sort before paragraphs of the same line (a heading with run-in text).
    blocks = sorted(headings + paragraphs,
                    key=lambda b: (b.line or 0, b.kind != "heading"))
    return TextView(plan_id, labels.section_label(no, title), crumbs, line, tuple(blocks), boxes)


def chapter_text(source: Source, chapter_id: int) -> TextView | None:
    """A chapter's introduction: its paragraphs before the first section."""
    with Session(engine_for(source, chapter_id)) as session:
        row = session.execute(select(Chapter.plan_id, Chapter.no, Chapter.title, Chapter.line)
                              .where(Chapter.id == chapter_id)).first()
        if row is None:
            return None
        plan_id, no, title, line = row
        blocks = _paragraphs(session, Paragraph.chapter_id == chapter_id,
                             Paragraph.section_id.is_(None))
        boxes = _box_ids(session, Box.chapter_id == chapter_id, Box.section_id.is_(None))
        crumbs = (_plan_crumb(session, plan_id),)
    return TextView(plan_id, labels.chapter_label(no, title), crumbs, line, tuple(blocks), boxes)


def part_text(source: Source, part_id: int) -> TextView | None:
    """A part (第N篇): the chapters it groups, as headings; None if no such part."""
    with Session(engine_for(source, part_id)) as session:
        row = session.execute(select(Part.plan_id, Part.no, Part.title, Part.line)
                              .where(Part.id == part_id)).first()
        if row is None:
            return None
        plan_id, no, title, line = row
        blocks = tuple(TextBlock("heading", labels.chapter_label(c_no, c_title), c_line)
                       for c_no, c_title, c_line in session.execute(
                           select(Chapter.no, Chapter.title, Chapter.line)
                           .where(Chapter.part_id == part_id).order_by(Chapter.position)))
        crumbs = (_plan_crumb(session, plan_id),)
    return TextView(plan_id, labels.part_label(no, title), crumbs, line, blocks, ())


def preamble_text(source: Source, plan_id: int) -> TextView | None:
    """The paragraphs before the first chapter (foreword, legal basis); None if no plan."""
    with Session(engine_for(source, plan_id)) as session:
        if session.get(Plan, plan_id) is None:
            return None
        blocks = _paragraphs(session, Paragraph.plan_id == plan_id,
                             Paragraph.chapter_id.is_(None), Paragraph.box_id.is_(None))
        crumbs = (_plan_crumb(session, plan_id),)
    line = blocks[0].line if blocks else None
    return TextView(plan_id, labels.PREAMBLE, crumbs, line, tuple(blocks), ())


def _paragraphs(session: Session, *conditions) -> list[TextBlock]:
    # Box notes carry box_id and are shown with their box, not in the running text.
    rows = session.execute(
        select(Paragraph.text, Paragraph.line, Paragraph.subsection_id)
        .where(*conditions, Paragraph.box_id.is_(None)).order_by(Paragraph.position))
    return [TextBlock("paragraph", text, line, sub_id) for text, line, sub_id in rows]


def _box_ids(session: Session, *conditions) -> tuple[int, ...]:
    return tuple(session.scalars(select(Box.id).where(*conditions).order_by(Box.position)))


def _plan_crumb(session: Session, plan_id: int) -> str:
    province, period, title, source, city = session.execute(
        select(Plan.province, Plan.period, Plan.title, Plan.source_file, Plan.city)
        .where(Plan.id == plan_id)).one()
    return labels.plan_label(province, period, title, source, city)
