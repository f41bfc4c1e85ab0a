"""专栏 boxes: one box in full, and a plan's indicator tables ready for a table view."""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.library import Source, engine_for, engines_of
from app.models import (
    Agency, Box, BoxColumn, BoxItem, Cell, Indicator, Paragraph, SourceIssue, Unplaced,
)
from app.queries import labels
from app.queries.plans import IssueView


@dataclass(frozen=True)
class ColumnView:
    """A column heading of an indicator table, as printed."""

    heading: str
    year: int | None
    role: str | None  # baseline | target | actual


@dataclass(frozen=True)
class ItemView:
    """A programme item of a 专栏, with the bodies responsible for it."""

    id: int
    seq: str | None
    name: str | None
    text: str | None
    agencies: tuple[str, ...]
    line: int
    end_line: int
    roles: tuple[str | None, ...] = ()  # per body: lead | cooperating | None (as the text says)

    @property
    def bodies_label(self) -> str:
        """牵头：A；配合：B、C — or A、B where the text gives no roles."""
        return labels.bodies_label(self.agencies, self.roles)


@dataclass(frozen=True)
class BoxDetail:
    """A 专栏 in full: columns (indicator tables), items (programmes), notes."""

    id: int
    plan_id: int
    no: int | None
    title: str
    kind: str  # indicators | programmes
    chapter_no: int | None
    section_no: int | None
    line: int
    end_line: int
    columns: tuple[ColumnView, ...]
    items: tuple[ItemView, ...]
    notes: tuple[tuple[str, int], ...]  # (text, line)
    indicator_count: int

    @property
    def label(self) -> str:
        return labels.box_label(self.no, self.title)

    @property
    def readable_text(self) -> str:
        """The box as a reader sees it: title, then one line per item (number, title, text)."""
        lines = [self.title]
        for item in self.items:
            head = " ".join(part for part in (item.seq, item.name) if part)
            lines.append(f"{head}：{item.text}" if head and item.text else head or item.text or "")
        return "\n".join(lines)


@dataclass(frozen=True)
class CellView:
    """One value as printed (`raw`) and as read (`value`, `ratio`, flags)."""

    column: str
    raw: str
    kind: str  # number | ratio | missing | text
    value: float | None
    ratio: tuple[float, ...] | None
    comparator: str | None
    cumulative: bool
    uncertain: bool
    year: int | None
    role: str | None
    line: int | None


@dataclass(frozen=True)
class UnplacedView:
    """A value whose column cannot be known from the source."""

    raw: str
    line: int | None


@dataclass(frozen=True)
class IndicatorRowView:
    """One indicator row with its values and the source problems on its lines."""

    id: int
    category: str | None
    seq: int | None
    name: str
    unit: str | None
    attribute: str | None
    key: str | None
    line: int | None
    end_line: int | None
    cells: tuple[CellView, ...]  # in the table's column order, as parsed
    unplaced: tuple[UnplacedView, ...]
    issues: tuple[IssueView, ...]  # source problems within this row's lines

    def cell_for(self, heading: str) -> CellView | None:
        """The cell under a column heading (short rows may lack some)."""
        return next((cell for cell in self.cells if cell.column == heading), None)


@dataclass(frozen=True)
class IndicatorTable:
    """An indicator 专栏 ready for a table view."""

    box_id: int
    box_no: int | None
    title: str
    line: int
    end_line: int
    columns: tuple[ColumnView, ...]
    rows: tuple[IndicatorRowView, ...]

    @property
    def label(self) -> str:
        return labels.box_label(self.box_no, self.title)


def box_detail(source: Source, box_id: int) -> BoxDetail | None:
    """A box with its columns, items (with agencies) and notes; None if no such box."""
    found = boxes_by_id(source, [box_id])
    return found[0] if found else None


def box_details(source: Source, plan_id: int) -> tuple[BoxDetail, ...]:
    """Every box of a plan in source order, as `box_detail` gives each one.

    Six queries whatever the number of boxes: the comparison pane reads every box of two
    plans, and one `box_detail` per box was half of its time (bench/README.md).
    """
    with Session(engine_for(source, plan_id)) as session:
        return _details(session, Box.plan_id == plan_id)


def boxes_by_id(source: Source, box_ids: list[int]) -> tuple[BoxDetail, ...]:
    """The boxes with these ids (of one plan, as a chapter's or section's view lists them), in
    the order given; ids not found are left out. Six queries, not six per box."""
    if not box_ids:
        return ()
    with Session(engine_for(source, box_ids[0])) as session:
        found = {box.id: box for box in _details(session, Box.id.in_(box_ids))}
    return tuple(found[box_id] for box_id in box_ids if box_id in found)


def _details(session: Session, which) -> tuple[BoxDetail, ...]:
    """The boxes matching `which` (a condition on Box), children grouped in Python.

    Each child query is ordered by its position column, so grouping keeps the printed order
    within every box, item and table.
    """
    boxes = session.execute(
        select(Box.id, Box.plan_id, Box.no, Box.title, Box.kind, Box.chapter_no,
               Box.section_no, Box.line, Box.end_line).where(which).order_by(Box.position)).all()
    if not boxes:
        return ()
    agencies = _grouped(session.execute(
        select(Agency.item_id, Agency.name, Agency.role).join(BoxItem).join(Box, Box.id == BoxItem.box_id)
        .where(which).order_by(Agency.position)), lambda name, role: (name, role))
    items = _grouped(session.execute(
        select(BoxItem.box_id, BoxItem.id, BoxItem.seq, BoxItem.name, BoxItem.text,
               BoxItem.line, BoxItem.end_line).join(Box).where(which)
        .order_by(BoxItem.position)), lambda *row: row)
    notes = _grouped(session.execute(
        select(Paragraph.box_id, Paragraph.text, Paragraph.line)
        .join(Box, Box.id == Paragraph.box_id).where(which).order_by(Paragraph.position)),
        lambda text, line: (text, line))
    counts = dict(session.execute(
        select(Indicator.box_id, func.count()).join(Box, Box.id == Indicator.box_id)
        .where(which).group_by(Indicator.box_id)).all())
    columns = _grouped(session.execute(
        select(BoxColumn.box_id, BoxColumn.heading, BoxColumn.year, BoxColumn.role)
        .join(Box).where(which).order_by(BoxColumn.position)), ColumnView)
    return tuple(
        BoxDetail(box_id, plan_id, no, title, kind, chapter_no, section_no, line, end_line,
                  tuple(columns.get(box_id, ())),
                  tuple(ItemView(item_id, seq, name, text, tuple(a for a, _ in agencies.get(item_id, ())),
                                 item_line, item_end, tuple(r for _, r in agencies.get(item_id, ())))
                        for item_id, seq, name, text, item_line, item_end in items.get(box_id, ())),
                  tuple(notes.get(box_id, ())), counts.get(box_id, 0))
        for box_id, plan_id, no, title, kind, chapter_no, section_no, line, end_line in boxes)


def printed_name(row: Indicator) -> str:
    """The name as the table prints it: with its footnote mark ('城镇新增就业人数①'), which the
    database keeps apart so that matching and exports see the name alone."""
    return row.name + (row.note_mark or "")


def indicator_tables(source: Source, plan_id: int) -> tuple[IndicatorTable, ...]:
    """Every indicator table of a plan, with cells, unplaced values and row issues.

    Six queries whatever the plan's size; rows are grouped in Python.
    """
    with Session(engine_for(source, plan_id)) as session:
        boxes = session.execute(
            select(Box.id, Box.no, Box.title, Box.line, Box.end_line)
            .where(Box.plan_id == plan_id,
                   or_(Box.kind == "indicators", Box.indicators.any()))
            .order_by(Box.position)).all()
        columns = _grouped(session.execute(
            select(BoxColumn.box_id, BoxColumn.heading, BoxColumn.year, BoxColumn.role)
            .join(Box).where(Box.plan_id == plan_id).order_by(BoxColumn.position)), ColumnView)
        cells = _grouped(session.execute(
            select(Cell.indicator_id, Cell.column, Cell.raw, Cell.kind, Cell.value, Cell.ratio,
                   Cell.comparator, Cell.cumulative, Cell.uncertain, Cell.year, Cell.role,
                   Cell.line)
            .join(Indicator).where(Indicator.plan_id == plan_id).order_by(Cell.position)),
            _cell_view)
        unplaced = _grouped(session.execute(
            select(Unplaced.indicator_id, Unplaced.raw, Unplaced.line)
            .join(Indicator).where(Indicator.plan_id == plan_id)
            .order_by(Unplaced.position)), UnplacedView)
        issues = session.execute(
            select(SourceIssue.kind, SourceIssue.message, SourceIssue.line)
            .where(SourceIssue.plan_id == plan_id, SourceIssue.line.is_not(None))
            .order_by(SourceIssue.position)).all()
        rows: dict[int, list[IndicatorRowView]] = {}
        for row in session.scalars(select(Indicator).where(Indicator.plan_id == plan_id)
                                   .order_by(Indicator.position)):
            rows.setdefault(row.box_id, []).append(IndicatorRowView(
                row.id, row.category, row.seq, printed_name(row), row.unit, row.attribute, row.key,
                row.line, row.end_line, tuple(cells.get(row.id, ())),
                tuple(unplaced.get(row.id, ())), _issues_within(issues, row.line, row.end_line)))
    return tuple(IndicatorTable(box_id, no, title, line, end_line,
                                tuple(columns.get(box_id, ())), tuple(rows.get(box_id, ())))
                 for box_id, no, title, line, end_line in boxes)


def indicator_table_lines(source: Source, plan_ids: list[int]) -> dict[int, tuple[int, ...]]:
    """Where each indicator table of these plans starts, in order, by plan (plans without a
    table are left out): the same tables as `indicator_tables`, without reading them.

    The tree's 主要指标 node needs only their number and first line; reading every table
    of a plan took 10-20 ms at 500 plans, and the tree filter opens hundreds of plans.
    """
    by_engine: dict = {}
    for plan_id in plan_ids:
        by_engine.setdefault(engine_for(source, plan_id), []).append(plan_id)
    lines: dict[int, list[int]] = {}
    for engine, ids in by_engine.items():
        with Session(engine) as session:
            for plan_id, line in session.execute(
                    select(Box.plan_id, Box.line)
                    .where(Box.plan_id.in_(ids),
                           or_(Box.kind == "indicators", Box.indicators.any()))
                    .order_by(Box.position)):
                lines.setdefault(plan_id, []).append(line)
    return {plan_id: tuple(found) for plan_id, found in lines.items()}


def _grouped(rows, make) -> dict[int, list]:
    """Group (parent_id, *fields) rows into {parent_id: [make(*fields), ...]}."""
    grouped: dict[int, list] = {}
    for parent_id, *fields in rows:
        grouped.setdefault(parent_id, []).append(make(*fields))
    return grouped


def _cell_view(column, raw, kind, value, ratio, comparator, cumulative, uncertain, year, role,
               line) -> CellView:
    parts = tuple(json.loads(ratio)) if ratio else None
    return CellView(column, raw, kind, value, parts, comparator, bool(cumulative),
                    bool(uncertain), year, role, line)


def _issues_within(issues, start: int | None, end: int | None) -> tuple[IssueView, ...]:
    if start is None:
        return ()
    last = end if end is not None else start
    return tuple(IssueView(kind, message, line) for kind, message, line in issues
                 if start <= line <= last)


@dataclass(frozen=True)
class KeyedRow:
    """One plan's row for a canonical indicator, with the title of the table it is in."""

    plan_id: int
    table_title: str
    row: IndicatorRowView


def rows_with_key(source: Source, key: str) -> tuple[KeyedRow, ...]:
    """Every table row of every plan with this canonical key, in two queries per database
    whatever the library's size."""
    return tuple(row for engine in engines_of(source) for row in _rows_with_key(engine, key))


def _rows_with_key(engine, key: str) -> tuple[KeyedRow, ...]:
    with Session(engine) as session:
        found = session.execute(
            select(Indicator, Box.title).join(Box, Box.id == Indicator.box_id)
            .where(Indicator.key == key).order_by(Indicator.plan_id, Indicator.position)).all()
        ids = [indicator.id for indicator, _ in found]
        cells = _grouped(session.execute(
            select(Cell.indicator_id, Cell.column, Cell.raw, Cell.kind, Cell.value, Cell.ratio,
                   Cell.comparator, Cell.cumulative, Cell.uncertain, Cell.year, Cell.role, Cell.line)
            .where(Cell.indicator_id.in_(ids)).order_by(Cell.position)), _cell_view) if ids else {}
        return tuple(KeyedRow(row.plan_id, title, IndicatorRowView(
            row.id, row.category, row.seq, printed_name(row), row.unit, row.attribute, row.key, row.line,
            row.end_line, tuple(cells.get(row.id, ())), (), ())) for row, title in found)
