"""Full-text search over every plan: hits with where they are and a marked snippet.

Any user input is safe: the query is reduced to its letters and digits and
searched as a phrase (see `app.db.search_index`), so quotes, *, AND, brackets,
emoji or an empty box simply find what they can, or nothing, and never raise.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.search_index import match_clause, match_expression, match_spans, search_table
from app.db.library import Source, engines_of
from app.models import Box, Chapter, Plan, Section, Subsection
from app.queries import labels

SNIPPET_CONTEXT = 30  # characters shown each side of the first match
MAX_LIMIT = 10_000


@dataclass(frozen=True)
class SearchHit:
    """One text that contains the query."""

    plan_id: int
    plan_label: str
    kind: str  # plan | chapter | section | subsection | paragraph | box | item | indicator
    ref_id: int
    line: int | None
    breadcrumb: tuple[str, ...]  # plan, chapter, section, subsection or box
    snippet: str
    matches: tuple[tuple[int, int], ...]  # [start, end) offsets into `snippet`
    chapter_id: int | None
    section_id: int | None
    subsection_id: int | None
    box_id: int | None

    def marked(self, before: str = "【", after: str = "】") -> str:
        """The snippet with every match wrapped, e.g. for a terminal."""
        out, last = [], 0
        for start, end in self.matches:
            out += [self.snippet[last:start], before, self.snippet[start:end], after]
            last = end
        return "".join(out) + self.snippet[last:]


def _filtered(stmt, expression: str, province: str | None, period: str | None, city: str | None = None):
    stmt = stmt.join(Plan, Plan.id == search_table.c.plan_id).where(match_clause(expression))
    if province:
        stmt = stmt.where(Plan.province == province)
    if city:
        stmt = stmt.where(Plan.city == city)
    if period:
        stmt = stmt.where(Plan.period == period)
    return stmt


def count_matches(source: Source, query: str, province: str | None = None,
                  period: str | None = None, city: str | None = None) -> int:
    """How many texts contain the query (search() returns at most `limit` of them)."""
    expression = match_expression(query)
    if expression is None:
        return 0
    stmt = _filtered(select(func.count()).select_from(search_table), expression, province, period, city)
    total = 0
    for engine in engines_of(source):
        with Session(engine) as session:
            total += session.scalar(stmt)
    return total


def search(source: Source, query: str, province: str | None = None, period: str | None = None,
           limit: int = 50, city: str | None = None) -> list[SearchHit]:
    """Texts containing `query` (any length, punctuation and spaces ignored), in index
    order: plan by plan, as each plan was indexed; bundled plans before imported ones.

    Each database has its own index (FTS5 cannot be queried through a view), so the hits
    of the next one are fetched only while the first `limit` is not reached.
    """
    hits: list[SearchHit] = []
    for engine in engines_of(source):
        if len(hits) >= limit:
            break
        hits += _search_one(engine, query, province, period, limit - len(hits), city)
    return hits


def _search_one(engine: Engine, query: str, province: str | None, period: str | None,
                limit: int, city: str | None = None) -> list[SearchHit]:
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    s = search_table.c
    stmt = _filtered(select(
        s.plan_id, s.kind, s.ref_id, s.line, s.original, s.chapter_id, s.section_id,
        s.subsection_id, s.box_id, Plan.province, Plan.period, Plan.title, Plan.source_file,
        Chapter.no, Chapter.title, Section.no, Section.title, Subsection.no, Subsection.title,
        Box.no, Box.title, Plan.city,
    ).select_from(search_table), expression, province, period, city)
    stmt = (stmt.outerjoin(Chapter, Chapter.id == s.chapter_id)
            .outerjoin(Section, Section.id == s.section_id)
            .outerjoin(Subsection, Subsection.id == s.subsection_id)
            .outerjoin(Box, Box.id == s.box_id)
            # rowid order is the index order (plan by plan), which FTS5 yields without sorting:
            # a 1-character query at 500 plans stops after `limit` rows instead of sorting ~10^5.
            .order_by(s.rowid).limit(min(limit, MAX_LIMIT)))
    with Session(engine) as session:
        rows = session.execute(stmt).all()
    return [_hit(row, query) for row in rows]


def _hit(row, query: str) -> SearchHit:
    (plan_id, kind, ref_id, line, original, chapter_id, section_id, subsection_id, box_id,
     province, period, plan_title, source_file, chapter_no, chapter_title, section_no,
     section_title, sub_no, sub_title, box_no, box_title, city) = row
    plan_label = labels.plan_label(province, period, plan_title, source_file, city)
    crumbs = [plan_label]
    if chapter_id is not None:
        crumbs.append(labels.chapter_label(chapter_no, chapter_title))
    if section_id is not None:
        crumbs.append(labels.section_label(section_no, section_title))
    if subsection_id is not None:
        crumbs.append(labels.subsection_label(sub_no, sub_title))
    if box_id is not None:
        crumbs.append(labels.box_label(box_no, box_title))
    snippet, matches = make_snippet(original, query)
    return SearchHit(plan_id, plan_label, kind, ref_id, line, tuple(crumbs), snippet, matches,
                     chapter_id, section_id, subsection_id, box_id)


def make_snippet(original: str, query: str,
                 context: int = SNIPPET_CONTEXT) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of `original` around the first match, and the matches inside it.

    Line breaks become spaces (same length, so offsets stay right); a cut is shown as …
    """
    flat = original.replace("\r", " ").replace("\n", " ")
    spans = match_spans(flat, query)
    if not spans:
        return flat[: 2 * context] + ("…" if len(flat) > 2 * context else ""), ()
    start = max(0, spans[0][0] - context)
    end = min(len(flat), max(spans[0][1], start) + context)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return prefix + flat[start:end] + suffix, inside
