"""Type-to-filter for the library tree, answered in SQL: which tree nodes show the text.

A node matches when its displayed label (the one `tree_children` gives it, made by the
same `labels` functions) contains the text, ignoring case. Each match comes with its
path from the province down, as the NodeRefs `tree_children` produces, so a lazy tree can
fetch exactly the branches that lead to matches and nothing else.

How: SQL narrows each kind of node with LIKE over an expression that contains the label
(a superset: see `app.queries.tree_filter_sql`), then Python builds the real label and
keeps only true matches. So a label shown in the tree and a label matched here can never
disagree.

Why plans in growing batches: a common word (就业) matches ~6,500 nodes at 500 plans, and
labelling them all took ~115 ms, yet only the first `limit` can be shown. Reading the
plans in tree order, 16, then 64, 256... at a time, stops as soon as `limit` is passed;
a word that matches little still reads every plan, in three or four rounds
(bench/README.md has the numbers).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import NamedTuple

from sqlalchemy import Engine, func, select, true
from sqlalchemy.orm import Session

from app.db.library import Source, engines_of
from app.models import (
    Box,
    BoxItem,
    Chapter,
    Indicator,
    Paragraph,
    Part,
    Plan,
    Section,
    Subsection,
)
from app.queries import labels
from app.queries.tree import (
    BOX,
    CHAPTER,
    CITY,
    INDICATOR,
    ITEM,
    PART,
    PLAN,
    PREAMBLE,
    PROVINCE,
    SECTION,
    SUBSECTION,
    UNKNOWN_PROVINCE,
    NodeRef,
    city_of,
    city_ref,
)
from app.queries.tree_filter_sql import (
    box_matches,
    indicator_matches,
    item_matches,
    numbered_title_matches,
    subsection_matches,
)

#: Enough matches to read on screen. A one-character text can match tens of thousands of
#: nodes at 500 plans, and every branch shown must be fetched into the tree, all its rows:
#: 200 matches spread over 200 plans insert ~5,000 rows (~170 ms on the GUI thread).
DEFAULT_LIMIT = 200
#: The kinds of node filter_tree knows; a tree may add others (the window's 主要指标).
KINDS = frozenset({PROVINCE, CITY, PLAN, PREAMBLE, PART, CHAPTER, SECTION, SUBSECTION, BOX, ITEM, INDICATOR})
FIRST_BATCH = 16  # plans read in the first round; each round reads four times as many

Path = tuple[NodeRef, ...]
Match = tuple[tuple, Callable[[], Path]]  # (place in the tree, path maker)


@dataclass(frozen=True)
class TreeFilterResult:
    """The first matching nodes in tree order, each with its path from the province down."""

    text: str
    paths: tuple[Path, ...]  # at most `limit`; the last ref of each path is the match
    capped: bool  # more nodes match than `limit`: the rest were left out

    @property
    def matches(self) -> frozenset[NodeRef]:
        return frozenset(path[-1] for path in self.paths)

    @property
    def leaf_matches(self) -> frozenset[NodeRef]:
        """Matches with no other match below them: what they hold can be shown whole."""
        ancestors = {ref for path in self.paths for ref in path[:-1]}
        return self.matches - ancestors

    @property
    def shown(self) -> frozenset[NodeRef]:
        """Every node to show: the matches and all their ancestors."""
        return frozenset(ref for path in self.paths for ref in path)


class _Plan(NamedTuple):
    key: tuple  # its place in the tree
    id: int
    engine: Engine
    label: str
    province: NodeRef
    city: NodeRef | None  # a city's plan hangs under its city, under the province


def filter_tree(source: Source, text: str, limit: int = DEFAULT_LIMIT) -> TreeFilterResult:
    """Paths to the nodes whose label contains `text` (case-insensitive): the first
    `limit` in the order the tree shows them (province, plan, place in the document).
    An empty text matches nothing (the caller shows the whole tree)."""
    if not text:
        return TreeFilterResult(text, (), False)
    plans = sorted(plan for order, engine in enumerate(engines_of(source))
                   for plan in _plans(engine, order))
    by_id = {plan.id: plan for plan in plans}
    hit = _matcher(text)
    found: list[Match] = []
    seen_provinces: set[NodeRef] = set()
    start, size = 0, FIRST_BATCH
    while start < len(plans) and len(found) <= limit:
        if len(plans) - start < 2 * size:
            size = len(plans) - start  # a short last round costs more than a longer one
        batch = plans[start:start + size]
        start, size = start + size, size * 4
        last = start >= len(plans)
        for plan in batch:  # province, city and plan nodes: labelled in Python
            if plan.province not in seen_provinces:
                seen_provinces.add(plan.province)
                if hit(str(plan.province.id) or labels.MISSING_PROVINCE):  # a province's id is its name
                    found.append((plan.key[:1], partial(tuple, (plan.province,))))
            if plan.city is not None and plan.city not in seen_provinces:
                seen_provinces.add(plan.city)
                if hit(city_of(plan.city)[1]):
                    found.append((plan.key[:3], partial(tuple, (plan.province, plan.city))))
            if hit(plan.label):
                found.append((plan.key + (-1,), partial(_path, by_id, {}, plan.id)))
        for engine in dict.fromkeys(plan.engine for plan in batch):
            ids = [plan.id for plan in batch if plan.engine is engine]
            with Session(engine) as session:
                found += _matches(session, by_id, ids, text, hit, whole_table=last)
    found.sort(key=lambda match: match[0])
    # Paths only for the matches kept: building them is half the cost of a match.
    return TreeFilterResult(text, tuple(make() for _, make in found[:limit]), len(found) > limit)


def _plans(engine: Engine, order: int) -> list[_Plan]:
    rows = []
    with Session(engine) as session:
        for plan_id, province, period, title, source_file, year, city in session.execute(select(
                Plan.id, Plan.province, Plan.period, Plan.title, Plan.source_file,
                Plan.year_start, Plan.city)):
            # Provinces by name (unknown first); a province's own plans before its cities
            # (by name); bundled plans before the user's; then years (none first) and id,
            # as tree_children lists them.
            ref = NodeRef(PROVINCE, province or UNKNOWN_PROVINCE)
            key = (ref.id, city is not None, city or "", order, year is not None, year or 0, plan_id)
            rows.append(_Plan(key, plan_id, engine, labels.plan_node_label(period, title, source_file), ref,
                              city_ref(province, city) if city else None))
    return rows


def _matcher(text: str) -> Callable[[str], bool]:
    needle = text.lower()
    return lambda label: needle in label.lower()


def _path(plans: dict[int, _Plan], parts: dict[int, int], plan_id: int, *refs) -> Path:
    """The path to a plan (through its city), then (kind, id) pairs below it, a chapter
    under its part where it has one (`parts`: chapter id -> part id)."""
    plan = plans[plan_id]
    above = (plan.province,) + ((plan.city,) if plan.city else ()) + (NodeRef(PLAN, plan_id),)
    below = []
    for kind, node_id in refs:
        if kind == CHAPTER and node_id in parts:
            below.append(NodeRef(PART, parts[node_id]))
        below.append(NodeRef(kind, node_id))
    return above + tuple(below)


def _box_path(plans: dict[int, _Plan], parts: dict[int, int], plan_id: int, chapter_id, section_id,
              box_id: int, *refs) -> Path:
    """Where tree_children hangs a box: under its section, else its chapter, else the plan."""
    above = [(CHAPTER, chapter_id)] if chapter_id is not None else []
    if chapter_id is not None and section_id is not None:
        above.append((SECTION, section_id))
    return _path(plans, parts, plan_id, *above, (BOX, box_id), *refs)


def _matches(session: Session, plans: dict[int, _Plan], ids: list[int], text: str,
             hit, whole_table: bool) -> list[Match]:
    """Matches below the plan level in the plans `ids` of one database, with sort keys.

    `whole_table`: the last round, which reads every remaining plan: scanning the tables
    and dropping rows of plans already read is faster than a long `IN` list (measured:
    ~45 ms less at 500 plans for a word found nowhere).
    """
    found: list[Match] = []
    wanted = set(ids)

    def among(column):
        return true() if whole_table else column.in_(ids)

    parts = dict(session.execute(select(Chapter.id, Chapter.part_id).where(
        among(Chapter.plan_id), Chapter.part_id.is_not(None))).all())
    # The loops below bind these names in turn, each to its own columns' types; declared
    # with the widest of them, so that each loop narrows them to its own.
    no: int | None
    title: str | None
    line: int | None
    seq: str | int | None
    chapter_id: int | None
    section_id: int | None

    def add(plan_id: int, line: int | None, make: Callable[..., Path], *args) -> None:
        if plan_id in wanted:
            key = plans[plan_id].key + (line if line is not None else 0,)
            found.append((key, partial(make, plans, parts, plan_id, *args)))

    if hit(labels.PREAMBLE):
        for plan_id, _first_line in session.execute(
                select(Paragraph.plan_id, func.min(Paragraph.line))
                .where(among(Paragraph.plan_id), Paragraph.chapter_id.is_(None),
                       Paragraph.box_id.is_(None)).group_by(Paragraph.plan_id)):
            add(plan_id, -1, _path, (PREAMBLE, plan_id))
    for pid, plan_id, no, title, line in session.execute(
            select(Part.id, Part.plan_id, Part.no, Part.title, Part.line).where(among(Part.plan_id))):
        if hit(labels.part_label(no, title)):
            add(plan_id, line, _path, (PART, pid))
    for cid, plan_id, no, title, line in session.execute(
            select(Chapter.id, Chapter.plan_id, Chapter.no, Chapter.title, Chapter.line)
            .where(among(Chapter.plan_id), numbered_title_matches(
                func.coalesce(Chapter.title, labels.LOST_HEADING), text, "、"))):
        if hit(labels.chapter_label(no, title)):
            add(plan_id, line, _path, (CHAPTER, cid))
    for sid, plan_id, chapter_id, no, title, line in session.execute(
            select(Section.id, Section.plan_id, Section.chapter_id, Section.no, Section.title,
                   Section.line)
            .where(among(Section.plan_id), numbered_title_matches(Section.title, text, "（）"))):
        if hit(labels.section_label(no, title)):
            add(plan_id, line, _path, (CHAPTER, chapter_id), (SECTION, sid))
    for sub_id, plan_id, chapter_id, section_id, no, title, line in session.execute(
            select(Subsection.id, Subsection.plan_id, Section.chapter_id, Subsection.section_id,
                   Subsection.no, Subsection.title, Subsection.line)
            .join(Section, Section.id == Subsection.section_id)
            .where(among(Subsection.plan_id), subsection_matches(text))):
        if hit(labels.subsection_label(no, title)):
            add(plan_id, line, _path, (CHAPTER, chapter_id), (SECTION, section_id),
                (SUBSECTION, sub_id))
    place = (Box.plan_id, Box.chapter_id, Box.section_id, Box.id)
    for no, title, line, plan_id, chapter_id, section_id, box_id in session.execute(
            select(Box.no, Box.title, Box.line, *place)
            .where(among(Box.plan_id), box_matches(text))):
        if hit(labels.box_label(no, title)):
            add(plan_id, line, _box_path, chapter_id, section_id, box_id)
    for item_id, seq, name, item_text, line, plan_id, chapter_id, section_id, box_id in session.execute(
            select(BoxItem.id, BoxItem.seq, BoxItem.name, BoxItem.text, BoxItem.line, *place)
            .join(Box, Box.id == BoxItem.box_id).where(among(Box.plan_id), item_matches(text))):
        if hit(labels.item_label(seq, name, item_text)):
            add(plan_id, line, _box_path, chapter_id, section_id, box_id, (ITEM, item_id))
    for row_id, seq, name, unit, line, plan_id, chapter_id, section_id, box_id in session.execute(
            select(Indicator.id, Indicator.seq, Indicator.name, Indicator.unit, Indicator.line,
                   *place)
            .join(Box, Box.id == Indicator.box_id)
            .where(among(Indicator.plan_id), indicator_matches(text))):
        if hit(labels.indicator_label(seq, name, unit)):
            add(plan_id, line, _box_path, chapter_id, section_id, box_id, (INDICATOR, row_id))
    return found
