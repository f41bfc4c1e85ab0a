"""Plans: the library listing, one plan's outline, its source and its issues."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.engine import ROLE_BUNDLED, read_meta
from app.db.library import Source, engine_for, engines_of
from app.models import (
    Box, Chapter, Indicator, Paragraph, Plan, ProseTarget, Section, SourceIssue, Subsection,
)
from app.queries import labels


@dataclass(frozen=True)
class PlanSummary:
    """One plan in the library listing."""

    id: int
    province: str | None
    period: str | None
    year_start: int | None
    year_end: int | None
    title: str | None
    issuer: str | None
    doc_number: str | None
    issued_date: str | None
    url: str | None
    source_file: str
    line_count: int
    chapters: int
    sections: int
    boxes: int
    indicators: int
    issues: int
    city: str | None = None  # for a city's plan: 遵义市 (its province is `province`)
    signed_date: str | None = None  # 成文日期
    signed_date_damaged: bool = False
    published_date: str | None = None  # the web page's 发布日期
    bundled: bool = False  # from the read-only bundled database, not imported by the user

    @property
    def label(self) -> str:
        return labels.plan_label(self.province, self.period, self.title, self.source_file, self.city)

    @property
    def region(self) -> str:
        """贵州省 遵义市 for a city's plan, 贵州省 for a province's ('' where neither is known)."""
        return " ".join(part for part in (self.province, self.city) if part)

    @property
    def display_title(self) -> str:
        return self.title or self.source_file

    @property
    def years(self) -> tuple[int, int] | None:
        if self.year_start is None or self.year_end is None:
            return None
        return self.year_start, self.year_end


@dataclass(frozen=True)
class IssueView:
    """A problem found in the source, with its line."""

    kind: str
    message: str
    line: int | None


@dataclass(frozen=True)
class SourceText:
    """A plan's decoded source, line for line as the parser read it."""

    plan_id: int
    source_file: str
    text: str
    line_count: int


def _count(model, plan_id_column):
    """Correlated count of a plan's rows in another table (one query for all plans)."""
    return (select(func.count()).select_from(model)
            .where(plan_id_column == Plan.id).scalar_subquery())


def _summaries(engine: Engine, *conditions) -> list[PlanSummary]:
    bundled = read_meta(engine).get("role") == ROLE_BUNDLED
    stmt = select(
        Plan.id, Plan.province, Plan.period, Plan.year_start, Plan.year_end, Plan.title,
        Plan.issuer, Plan.doc_number, Plan.issued_date, Plan.url, Plan.source_file,
        Plan.line_count, _count(Chapter, Chapter.plan_id), _count(Section, Section.plan_id),
        _count(Box, Box.plan_id), _count(Indicator, Indicator.plan_id),
        _count(SourceIssue, SourceIssue.plan_id), Plan.city, Plan.signed_date, Plan.signed_date_damaged,
        Plan.published_date,
    ).where(*conditions).order_by(Plan.province, Plan.city, Plan.year_start, Plan.id)
    with Session(engine) as session:
        # SQLAlchemy's select() stubs type 10 columns at most and give the row an open tail
        # (*tuple[Any, ...]), so mypy cannot count the row's columns against the fields.
        return [PlanSummary(*row, bundled=bundled)  # type: ignore[call-arg]
                for row in session.execute(stmt)]


def list_plans(source: Source) -> list[PlanSummary]:
    """Every plan, bundled and imported alike, by province, then years, with counts of
    what it contains."""
    engines = engines_of(source)
    if len(engines) == 1:
        return _summaries(engines[0])
    merged = [plan for engine in engines for plan in _summaries(engine)]
    return sorted(merged, key=library_order)


def library_order(plan: PlanSummary) -> tuple:
    """The SQL order (province, city, year_start, id) with NULLs first, for merged listings."""
    return (plan.province is not None, plan.province or "", plan.city is not None, plan.city or "",
            plan.year_start is not None, plan.year_start or 0, plan.id)


def get_plan(source: Source, plan_id: int) -> PlanSummary | None:
    """One plan's summary, or None if there is no such plan."""
    found = _summaries(engine_for(source, plan_id), Plan.id == plan_id)
    return found[0] if found else None


def plan_issues(source: Source, plan_id: int) -> tuple[IssueView, ...]:
    """The problems the parser found in a plan's source, in source order."""
    stmt = (select(SourceIssue.kind, SourceIssue.message, SourceIssue.line)
            .where(SourceIssue.plan_id == plan_id).order_by(SourceIssue.position))
    with Session(engine_for(source, plan_id)) as session:
        return tuple(IssueView(*row) for row in session.execute(stmt))


@dataclass(frozen=True)
class TargetView:
    """A target stated in the prose, linked to its indicator row where known."""

    name: str
    raw: str
    value: float | None
    unit: str | None
    comparator: str | None
    cumulative: bool
    line: int
    sentence: str
    indicator_id: int | None
    indicator_name: str | None


def plan_targets(source: Source, plan_id: int) -> tuple[TargetView, ...]:
    """Quantitative targets stated in a plan's prose, in source order."""
    stmt = (select(ProseTarget.name, ProseTarget.raw, ProseTarget.value, ProseTarget.unit,
                   ProseTarget.comparator, ProseTarget.cumulative, ProseTarget.line,
                   ProseTarget.sentence, ProseTarget.indicator_id, ProseTarget.indicator_name)
            .where(ProseTarget.plan_id == plan_id).order_by(ProseTarget.position))
    with Session(engine_for(source, plan_id)) as session:
        # SQLAlchemy's stubs type a 10-column row with an open tail: see _summaries.
        return tuple(TargetView(*row) for row in session.execute(stmt))  # type: ignore[call-arg]


def plan_source(source: Source, plan_id: int) -> SourceText | None:
    """The decoded source text, for showing any line the user wants to check."""
    stmt = select(Plan.id, Plan.source_file, Plan.source_text, Plan.line_count).where(
        Plan.id == plan_id)
    with Session(engine_for(source, plan_id)) as session:
        row = session.execute(stmt).first()
    return SourceText(*row) if row else None


@dataclass(frozen=True)
class SubsectionOutline:
    """A numbered sub-heading in the outline."""

    id: int
    no: int
    title: str
    line: int

    @property
    def label(self) -> str:
        return labels.subsection_label(self.no, self.title)


@dataclass(frozen=True)
class SectionOutline:
    """A section in the outline, with its subsections and the boxes placed in it."""

    id: int
    no: int | None
    title: str
    line: int
    subsections: tuple[SubsectionOutline, ...]
    box_ids: tuple[int, ...]

    @property
    def label(self) -> str:
        return labels.section_label(self.no, self.title)


@dataclass(frozen=True)
class ChapterOutline:
    """A chapter in the outline; `title` is None where the heading was lost."""

    id: int
    no: int
    title: str | None
    heading_present: bool
    line: int | None
    sections: tuple[SectionOutline, ...]
    box_ids: tuple[int, ...]  # boxes directly in the chapter, not in a section

    @property
    def label(self) -> str:
        return labels.chapter_label(self.no, self.title)


@dataclass(frozen=True)
class BoxOutline:
    """A 专栏 in the outline, with where the parser placed it."""

    id: int
    no: int | None
    title: str
    kind: str
    line: int
    chapter_id: int | None
    section_id: int | None

    @property
    def label(self) -> str:
        return labels.box_label(self.no, self.title)


@dataclass(frozen=True)
class PlanStructure:
    """A plan's whole outline (a table of contents), without the prose."""

    plan: PlanSummary
    preamble_paragraphs: int
    chapters: tuple[ChapterOutline, ...]
    boxes: tuple[BoxOutline, ...]  # every box, in source order

    @property
    def unplaced_box_ids(self) -> tuple[int, ...]:
        """Boxes the parser could not place under any chapter."""
        return tuple(box.id for box in self.boxes if box.chapter_id is None)


def plan_structure(source: Source, plan_id: int) -> PlanStructure | None:
    """Chapters, sections, subsections and boxes of one plan; None if no such plan."""
    plan = get_plan(source, plan_id)
    if plan is None:
        return None
    with Session(engine_for(source, plan_id)) as session:
        boxes = tuple(BoxOutline(*row) for row in session.execute(
            select(Box.id, Box.no, Box.title, Box.kind, Box.line, Box.chapter_id, Box.section_id)
            .where(Box.plan_id == plan_id).order_by(Box.position)))
        subsections = session.execute(
            select(Subsection.section_id, Subsection.id, Subsection.no, Subsection.title,
                   Subsection.line)
            .where(Subsection.plan_id == plan_id).order_by(Subsection.position)).all()
        sections = session.execute(
            select(Section.chapter_id, Section.id, Section.no, Section.title, Section.line)
            .where(Section.plan_id == plan_id).order_by(Section.position)).all()
        chapters = session.execute(
            select(Chapter.id, Chapter.no, Chapter.title, Chapter.heading_present, Chapter.line)
            .where(Chapter.plan_id == plan_id).order_by(Chapter.position)).all()
        preamble = session.scalar(select(func.count()).select_from(Paragraph).where(
            Paragraph.plan_id == plan_id, Paragraph.chapter_id.is_(None),
            Paragraph.box_id.is_(None)))
    assert preamble is not None  # a COUNT always gives its one row
    return PlanStructure(plan, preamble, _outline(chapters, sections, subsections, boxes), boxes)


def _outline(chapters, sections, subsections, boxes) -> tuple[ChapterOutline, ...]:
    """Nest the flat rows; each list is already in source order."""
    subs_of: dict[int, list[SubsectionOutline]] = {}
    for section_id, *fields in subsections:
        subs_of.setdefault(section_id, []).append(SubsectionOutline(*fields))
    sections_of: dict[int, list[SectionOutline]] = {}
    for chapter_id, section_id, no, title, line in sections:
        box_ids = tuple(b.id for b in boxes if b.section_id == section_id)
        sections_of.setdefault(chapter_id, []).append(SectionOutline(
            section_id, no, title, line, tuple(subs_of.get(section_id, ())), box_ids))
    return tuple(
        ChapterOutline(chapter_id, no, title, heading, line,
                       tuple(sections_of.get(chapter_id, ())),
                       tuple(b.id for b in boxes
                             if b.chapter_id == chapter_id and b.section_id is None))
        for chapter_id, no, title, heading, line in chapters)
