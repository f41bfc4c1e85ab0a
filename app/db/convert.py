"""ParsedPlan (plain dataclasses) -> an unsaved graph of ORM objects.

No session here: `app.db.loader` adds the graph in one transaction. Every list
keeps its source order in a `position` column, because SQLite returns rows in no
guaranteed order.
"""
from __future__ import annotations

import json
from itertools import count

from app.ingest import model as parsed_model
from app.models import (
    Agency, Box, BoxColumn, BoxItem, Cell, Chapter, Indicator, Paragraph, Part, Plan, ProseTarget,
    Section, SourceIssue, Subsection, Unplaced,
)


def plan_from_parsed(parsed: parsed_model.ParsedPlan) -> Plan:
    """Build the whole ORM graph of one plan, ready for `session.add`."""
    plan = _plan_row(parsed)
    paragraph_positions = count()

    def add_paragraphs(items, **placement) -> None:
        for para in items:
            plan.paragraphs.append(Paragraph(
                text=para.text, line=para.line, position=next(paragraph_positions), **placement))

    add_paragraphs(parsed.preamble)
    placement = _Placement()
    parts: dict[int, Part] = {}
    for position, part in enumerate(parsed.parts):
        if part.no not in parts:  # a damaged source may repeat a number: the first one wins
            parts[part.no] = Part(no=part.no, title=part.title, line=part.line, position=position)
            plan.parts.append(parts[part.no])
    for position, chapter in enumerate(parsed.chapters):
        row = _chapter(plan, chapter, position, add_paragraphs, placement)
        row.part = parts.get(chapter.part_no) if chapter.part_no is not None else None
        plan.chapters.append(row)
    indicators_by_line: dict[int, Indicator] = {}
    for position, box in enumerate(parsed.boxes):
        box_row = _box(plan, box, position, placement, indicators_by_line)
        add_paragraphs(box.notes, box=box_row)
    for position, target in enumerate(parsed.targets):
        plan.targets.append(_target(target, position, indicators_by_line))
    for position, issue in enumerate(parsed.issues):
        plan.issues.append(SourceIssue(
            position=position, kind=issue.kind, message=issue.message, line=issue.line))
    return plan


def _plan_row(parsed: parsed_model.ParsedPlan) -> Plan:
    meta = parsed.meta
    years = meta.years or (None, None)
    return Plan(
        province=meta.province, period=meta.period, year_start=years[0], year_end=years[1],
        title=meta.title, issuer=meta.issuer, doc_number=meta.doc_number, city=meta.city,
        issued_date=meta.issued_date, signed_date=meta.signed_date,
        signed_date_damaged=bool(meta.signed_date_damaged), published_date=meta.published_date,
        url=meta.url, source_file=parsed.source_file,
        sha256=parsed.sha256, line_count=parsed.line_count, source_text=parsed.text)


class _Placement:
    """Where each 专栏 hangs in the outline: by its own chapter/section numbers,
    else by the chapter's or section's list of box numbers."""

    def __init__(self) -> None:
        self.chapters: dict[int, Chapter] = {}
        self.sections: dict[tuple[int, int], Section] = {}
        self.by_box_no: dict[int, tuple[Chapter, Section | None]] = {}

    def add_chapter(self, no: int, row: Chapter, box_nos) -> None:
        # setdefault: with a damaged source, the first chapter of a number wins.
        self.chapters.setdefault(no, row)
        for box_no in box_nos:
            if box_no is not None:
                self.by_box_no.setdefault(box_no, (row, None))

    def add_section(self, chapter_no: int, no: int | None, chapter: Chapter, row: Section,
                    box_nos) -> None:
        if no is not None:
            self.sections.setdefault((chapter_no, no), row)
        for box_no in box_nos:
            if box_no is not None:
                self.by_box_no[box_no] = (chapter, row)  # a section is more precise

    def of(self, box: parsed_model.Box) -> tuple[Chapter | None, Section | None]:
        if box.chapter_no is not None and box.chapter_no in self.chapters:
            section = None
            if box.section_no is not None:
                section = self.sections.get((box.chapter_no, box.section_no))
            return self.chapters[box.chapter_no], section
        if box.no is not None and box.no in self.by_box_no:
            return self.by_box_no[box.no]
        return None, None


def _chapter(plan: Plan, chapter: parsed_model.Chapter, position: int, add_paragraphs,
             placement: _Placement) -> Chapter:
    row = Chapter(no=chapter.no, title=chapter.title, heading_present=chapter.heading_present,
                  line=chapter.line, position=position)
    placement.add_chapter(chapter.no, row, chapter.box_nos)
    add_paragraphs(chapter.paragraphs, chapter=row)
    for section_position, section in enumerate(chapter.sections):
        section_row = Section(plan=plan, no=section.no, title=section.title, line=section.line,
                              position=section_position)
        row.sections.append(section_row)
        placement.add_section(chapter.no, section.no, row, section_row, section.box_nos)
        add_paragraphs(section.paragraphs, chapter=row, section=section_row)
        for sub_position, sub in enumerate(section.subsections):
            sub_row = Subsection(plan=plan, no=sub.no, title=sub.title, line=sub.line,
                                 position=sub_position)
            section_row.subsections.append(sub_row)
            add_paragraphs(sub.paragraphs, chapter=row, section=section_row, subsection=sub_row)
    return row


def _box(plan: Plan, box: parsed_model.Box, position: int, placement: _Placement,
         indicators_by_line: dict[int, Indicator]) -> Box:
    chapter, section = placement.of(box)
    row = Box(no=box.no, title=box.title, kind=box.kind, chapter_no=box.chapter_no,
              section_no=box.section_no, chapter=chapter, section=section,
              line=box.line, end_line=box.end_line, position=position)
    plan.boxes.append(row)
    for col_position, column in enumerate(box.columns):
        row.columns.append(BoxColumn(heading=column.heading, year=column.year,
                                     role=column.role, position=col_position))
    for item_position, item in enumerate(box.items):
        row.items.append(_item(item, item_position))
    for row_position, indicator in enumerate(box.rows):
        indicator_row = _indicator(indicator, row_position)
        indicator_row.plan = plan
        row.indicators.append(indicator_row)
        if indicator.line is not None:
            indicators_by_line.setdefault(indicator.line, indicator_row)
    return row


def _item(item: parsed_model.BoxItem, position: int) -> BoxItem:
    row = BoxItem(seq=item.seq, name=item.name, text=item.text, line=item.line,
                  end_line=item.end_line, position=position)
    roles = list(item.roles) + [None] * (len(item.agencies) - len(item.roles))
    for agency_position, (agency, role) in enumerate(zip(item.agencies, roles)):
        row.agencies.append(Agency(name=agency, role=role, position=agency_position))
    return row


def _indicator(indicator: parsed_model.IndicatorRow, position: int) -> Indicator:
    row = Indicator(category=indicator.category, seq=indicator.seq, name=indicator.name,
                    note_mark=indicator.note_mark, unit=indicator.unit, attribute=indicator.attribute,
                    key=indicator.key, line=indicator.line, end_line=indicator.end_line, position=position)
    for cell_position, cell in enumerate(indicator.cells):
        row.cells.append(_cell(cell, cell_position))
    lines = indicator.unplaced_lines
    for raw_position, raw in enumerate(indicator.unplaced):
        # unplaced_lines may be shorter than unplaced: fall back to the row's line.
        line = lines[raw_position] if raw_position < len(lines) else indicator.line
        row.unplaced.append(Unplaced(raw=raw, line=line, position=raw_position))
    return row


def _cell(cell: parsed_model.Cell, position: int) -> Cell:
    return Cell(column=cell.column, raw=cell.raw, kind=cell.kind, value=cell.value,
                ratio=json.dumps(list(cell.ratio)) if cell.ratio is not None else None,
                comparator=cell.comparator, cumulative=bool(cell.cumulative),
                uncertain=bool(cell.uncertain), year=cell.year, role=cell.role,
                line=cell.line, position=position)


def _target(target: parsed_model.ProseTarget, position: int,
            indicators_by_line: dict[int, Indicator]) -> ProseTarget:
    linked = indicators_by_line.get(target.indicator_line) if target.indicator_line else None
    return ProseTarget(
        name=target.name, raw=target.raw, value=target.value, unit=target.unit,
        comparator=target.comparator, cumulative=bool(target.cumulative), line=target.line,
        sentence=target.sentence, indicator_line=target.indicator_line,
        indicator_name=target.indicator_name, indicator=linked, position=position)
