"""Export a plan database as JSON (contract `plan-export/1`) or as CSV for spreadsheets.

JSON follows /work/shared/contracts/plan-export.schema.json; extra keys beyond the
contract: per chapter `line`, per section `line` and `subsections`, per box
`section_no`, `line`, `end_line`, `columns`, `notes`, per indicator `end_line`,
per plan `line_count` and `targets` (targets stated in the prose).

Where the parser found no metadata, the contract's required strings are written
as "" and `years` falls back to the period's years (十四五 -> 2021-2025), else [0, 0].

CSV is "long": one line per value, so every value keeps its column heading, year
and role, and spreadsheets can filter and pivot. See CSV_COLUMNS.
"""
from __future__ import annotations

import csv
import json
import math
from pathlib import PurePath
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db.library import Source, engines_of
from app.ingest.text_utils import PERIOD_YEARS
from app.models import Box, BoxItem, Chapter, Indicator, Plan, Section

FORMAT = "plan-export/1"


def _load_plans(session: Session) -> list[Plan]:
    boxes = selectinload(Plan.boxes)
    indicators = boxes.selectinload(Box.indicators)
    return list(session.scalars(select(Plan).order_by(Plan.id).options(
        selectinload(Plan.parts), selectinload(Plan.chapters).selectinload(Chapter.part),
        selectinload(Plan.chapters).selectinload(Chapter.sections)
        .selectinload(Section.subsections),
        boxes.selectinload(Box.columns),
        boxes.selectinload(Box.items).selectinload(BoxItem.agencies),
        indicators.selectinload(Indicator.cells),
        indicators.selectinload(Indicator.unplaced),
        selectinload(Plan.paragraphs), selectinload(Plan.targets), selectinload(Plan.issues),
    )))


def export_json(source: Source) -> dict:
    """Every plan (bundled, then imported) with structure, boxes, indicator tables and
    issues, as plain data."""
    plans = []
    for engine in engines_of(source):
        with Session(engine) as session:
            plans += [_plan(plan) for plan in _load_plans(session)]
    return {"format": FORMAT, "plans": plans}


def _number(value: float | None) -> float | None:
    # JSON has no NaN/Infinity; a non-finite value is no value.
    return value if value is not None and math.isfinite(value) else None


def _years(plan: Plan) -> list[int]:
    if plan.year_start is not None and plan.year_end is not None:
        return [plan.year_start, plan.year_end]
    return list(PERIOD_YEARS.get(plan.period or "", (0, 0)))


def _plan(plan: Plan) -> dict:
    return {
        "id": plan.id, "province": plan.province or "", "period": plan.period or "",
        "years": _years(plan), "title": plan.title or "", "issuer": plan.issuer,
        "doc_number": plan.doc_number, "issued_date": plan.issued_date,
        # Beyond plan-export/1's required keys: a city's plan names its city; the 成文日期
        # and the web page's 发布日期 are kept apart; parts (第N篇) group the chapters.
        "city": plan.city, "signed_date": plan.signed_date,
        "signed_date_damaged": bool(plan.signed_date_damaged), "published_date": plan.published_date,
        "source": {"file": PurePath(plan.source_file).name, "sha256": plan.sha256,
                   "url": plan.url},
        "line_count": plan.line_count,
        "parts": [{"no": part.no, "title": part.title, "line": part.line} for part in plan.parts],
        "chapters": [_chapter(chapter) for chapter in plan.chapters],
        "boxes": [_box(box, plan) for box in plan.boxes],
        "indicators": [_indicator(row, box) for box in plan.boxes for row in box.indicators],
        "issues": [{"kind": i.kind, "message": i.message, "line": i.line} for i in plan.issues],
        "targets": [_target(target) for target in plan.targets],
    }


def _chapter(chapter: Chapter) -> dict:
    return {
        "no": chapter.no, "title": chapter.title, "heading_present": chapter.heading_present,
        "line": chapter.line, "part_no": chapter.part.no if chapter.part is not None else None,
        "sections": [{
            "no": section.no, "title": section.title, "line": section.line,
            "subsections": [{"no": sub.no, "title": sub.title, "line": sub.line}
                            for sub in section.subsections],
        } for section in chapter.sections],
    }


def _box(box: Box, plan: Plan) -> dict:
    return {
        "no": box.no, "title": box.title, "kind": box.kind, "chapter_no": box.chapter_no,
        "section_no": box.section_no, "line": box.line, "end_line": box.end_line,
        "columns": [{"heading": c.heading, "year": c.year, "role": c.role} for c in box.columns],
        "items": [{"seq": item.seq, "name": item.name, "text": item.text, "line": item.line,
                   "agencies": [agency.name for agency in item.agencies],
                   "bodies": [{"name": agency.name, "role": agency.role} for agency in item.agencies]}
                  for item in box.items],
        "notes": [p.text for p in plan.paragraphs if p.box_id == box.id],
    }


def _indicator(row: Indicator, box: Box) -> dict:
    return {
        "box_no": box.no, "category": row.category, "seq": row.seq, "name": row.name,
        "note_mark": row.note_mark,  # a footnote mark printed after the name ('①'), or null
        "unit": row.unit, "key": row.key, "attribute": row.attribute,
        "cells": [_cell(cell) for cell in row.cells],
        "unplaced": [value.raw for value in row.unplaced],
        "source_line": row.line, "end_line": row.end_line,
    }


def _cell(cell) -> dict:
    ratio = json.loads(cell.ratio) if cell.ratio else None
    return {
        "column": cell.column, "year": cell.year, "role": cell.role, "raw": cell.raw,
        "kind": cell.kind, "value": _number(cell.value),
        "ratio": [_number(part) for part in ratio] if ratio is not None else None,
        "comparator": cell.comparator, "cumulative": cell.cumulative,
        "uncertain": cell.uncertain,
    }


def _target(target) -> dict:
    return {
        "name": target.name, "raw": target.raw, "value": _number(target.value),
        "unit": target.unit, "comparator": target.comparator, "cumulative": target.cumulative,
        "line": target.line, "sentence": target.sentence,
        "indicator_line": target.indicator_line, "indicator_name": target.indicator_name,
    }


#: One line per value. `placed` is 1 for a value under a known column, 0 for an
#: unplaced value (its column cannot be known from the source: `column` is empty),
#: and empty for an indicator row that has no values at all (listed once).
#: Booleans are 1/0; `ratio` is written as 1:1.3; `source_line` is the value's line.
CSV_COLUMNS = (
    "plan_id", "province", "city", "period", "plan_title", "box_no", "box_title", "category", "seq",
    "indicator", "unit", "attribute", "key", "placed", "column", "year", "role", "raw", "kind",
    "value", "ratio", "comparator", "cumulative", "uncertain", "source_line",
)


def export_csv(source: Source, fileobj: TextIO) -> int:
    """Write the indicator values as UTF-8 CSV with a BOM (so Excel reads the Chinese).

    `fileobj` is a text stream opened with newline="" and a UTF-8 encoding.
    Returns the number of data lines written.
    """
    fileobj.write("\ufeff")
    writer = csv.writer(fileobj)
    writer.writerow(CSV_COLUMNS)
    written = 0
    for engine in engines_of(source):
        with Session(engine) as session:
            for plan in _load_plans(session):
                for box in plan.boxes:
                    for row in box.indicators:
                        for line in _csv_lines(plan, box, row):
                            writer.writerow(line)
                            written += 1
    return written


def _csv_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:.15g}" if math.isfinite(value) else ""
    return str(value)


def _csv_lines(plan: Plan, box: Box, row: Indicator):
    head = [plan.id, plan.province, plan.city, plan.period, plan.title, box.no, box.title, row.category,
            row.seq, row.name, row.unit, row.attribute, row.key]
    for cell in row.cells:
        ratio = ":".join(_csv_text(float(x)) for x in json.loads(cell.ratio)) if cell.ratio else ""
        yield [_csv_text(v) for v in head + [
            1, cell.column, cell.year, cell.role, cell.raw, cell.kind, cell.value, ratio,
            cell.comparator, cell.cumulative, cell.uncertain, cell.line]]
    for value in row.unplaced:
        yield [_csv_text(v) for v in head + [
            0, None, None, None, value.raw, None, None, None, None, None, None, value.line]]
    if not row.cells and not row.unplaced:
        yield [_csv_text(v) for v in head + [None] * 11 + [row.line]]
