"""Store a ParsedPlan: all its rows and its search entries in ONE transaction.

A crash or error mid-way leaves no half-written plan (SQLite rolls the whole
transaction back), and a file already stored (same SHA-256) is not stored twice.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ONETOMANY

from app.db.convert import plan_from_parsed
from app.db.engine import ROLE_USER
from app.db.library import USER_ID_BASE
from app.db.search_index import IndexEntry, add_entries
from app.ingest.model import ParsedPlan
from app.models import Meta, Plan


NEXT_USER_ID = "next_user_id"


@dataclass(frozen=True)
class LoadResult:
    """The stored plan's id, and whether it was there already (nothing written then)."""

    plan_id: int
    already_present: bool


def load_plan(target: Session | Engine, parsed: ParsedPlan,
              imported_at: str | None = None) -> LoadResult:
    """Store `parsed` unless a plan with the same sha256 exists.

    In a user database every new row is numbered from USER_ID_BASE (see app.db.library).

    Given an Engine, opens a session and commits. Given a Session inside a
    transaction, works in that transaction and leaves the commit to the caller;
    given an idle Session, begins and commits a transaction of its own.
    """
    if isinstance(target, Engine):
        with Session(target) as session, session.begin():
            return _load(session, parsed, imported_at)
    if target.in_transaction():
        return _load(target, parsed, imported_at)
    with target.begin():
        return _load(target, parsed, imported_at)


def find_plan_by_hash(session: Session, sha256: str) -> int | None:
    """The id of the plan stored from the same bytes, if any."""
    return session.scalar(select(Plan.id).where(Plan.sha256 == sha256))


def _load(session: Session, parsed: ParsedPlan, imported_at: str | None) -> LoadResult:
    existing = find_plan_by_hash(session, parsed.sha256)
    if existing is not None:
        return LoadResult(existing, True)
    plan = plan_from_parsed(parsed)
    plan.imported_at = imported_at
    if _is_user_database(session):
        _number_from_base(session, plan)
    session.add(plan)
    session.flush()  # assigns the ids the search entries point at
    add_entries(session, list(index_entries(plan)))
    return LoadResult(plan.id, False)


def _is_user_database(session: Session) -> bool:
    role = session.get(Meta, "role")
    return role is not None and role.value == ROLE_USER


def _number_from_base(session: Session, plan: Plan) -> None:
    """Give every row of the new plan an explicit id >= USER_ID_BASE.

    SQLite would number a user database's first plan 1, like the bundled one's; explicit
    ids keep the two apart. One counter for all tables, kept in `meta`, so an id is never
    reused after a plan is removed (a tab or setting that remembers it cannot land on
    another plan). Rows are numbered in the order the graph is walked (source order).
    """
    stored = session.get(Meta, NEXT_USER_ID)
    highest = max((session.scalar(select(func.max(table.c.id))) or 0)
                  for table in _tables(plan))
    next_id = max(int(stored.value) if stored else 0, highest + 1, USER_ID_BASE)
    for obj in _graph(plan):
        obj.id = next_id
        next_id += 1
    if stored is None:
        session.add(Meta(key=NEXT_USER_ID, value=str(next_id)))
    else:
        stored.value = str(next_id)


def _tables(plan: Plan) -> set:
    return {inspect(obj).mapper.local_table for obj in _graph(plan)}


def _graph(root) -> Iterator:
    """The object and everything it owns (one-to-many relationships), each once, depth first."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        yield obj
        children = []
        for rel in inspect(obj).mapper.relationships:
            if rel.direction is ONETOMANY:
                children.extend(getattr(obj, rel.key))
        stack.extend(reversed(children))


def index_entries(plan: Plan) -> Iterator[IndexEntry]:
    """Every searchable text of a flushed plan, with where it sits."""
    if plan.title:
        yield IndexEntry(plan.id, "plan", plan.id, plan.title, line=None)
    for chapter in plan.chapters:
        if chapter.title:
            yield IndexEntry(plan.id, "chapter", chapter.id, chapter.title, chapter.line,
                             chapter_id=chapter.id)
        for section in chapter.sections:
            yield IndexEntry(plan.id, "section", section.id, section.title, section.line,
                             chapter_id=chapter.id, section_id=section.id)
            for sub in section.subsections:
                yield IndexEntry(plan.id, "subsection", sub.id, sub.title, sub.line,
                                 chapter_id=chapter.id, section_id=section.id,
                                 subsection_id=sub.id)
    for para in plan.paragraphs:
        chapter_id, section_id = para.chapter_id, para.section_id
        if para.box is not None:  # a box's note sits where its box sits
            chapter_id, section_id = para.box.chapter_id, para.box.section_id
        yield IndexEntry(plan.id, "paragraph", para.id, para.text, para.line,
                         chapter_id=chapter_id, section_id=section_id,
                         subsection_id=para.subsection_id, box_id=para.box_id)
    for box in plan.boxes:
        yield from _box_entries(plan.id, box)


def _box_entries(plan_id: int, box) -> Iterator[IndexEntry]:
    where = dict(chapter_id=box.chapter_id, section_id=box.section_id, box_id=box.id)
    yield IndexEntry(plan_id, "box", box.id, box.title, box.line, **where)
    for item in box.items:
        # Name and text as one entry, so one item is one hit.
        text = "：".join(part for part in (item.name, item.text) if part)
        yield IndexEntry(plan_id, "item", item.id, text, item.line, **where)
    for indicator in box.indicators:
        yield IndexEntry(plan_id, "indicator", indicator.id, indicator.name, indicator.line,
                         **where)
