"""The library tree, one level at a time: province (-> city) -> plan (-> part) -> chapter ->
section -> subsection / box -> item or indicator.

Built for a lazy Qt tree model: `tree_children` returns one level, each node with
its own child count (so the view can draw an expander without fetching), from one
query per kind of child. `tree_levels` does the same for many nodes at once with the
same queries (one per kind of child, not per node): the tree filter opens hundreds of
branches at 500 plans. Boxes hang under the deepest heading they were placed in;
boxes the parser could not place hang under the plan.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.library import Source, engine_for, engines_of
from app.models import Box, BoxItem, Chapter, Indicator, Paragraph, Part, Plan, Section, Subsection
from app.queries import labels

class NodeKind(StrEnum):
    """What a tree node is. A StrEnum: kinds compare equal to (and are stored as) their names."""

    ROOT = "root"
    PROVINCE = "province"
    CITY = "city"
    PLAN = "plan"
    PREAMBLE = "preamble"
    INDICATORS = "indicators"  # the window's 主要指标 node under each plan (app.ui.navigator)
    PART = "part"
    CHAPTER = "chapter"
    SECTION = "section"
    SUBSECTION = "subsection"
    BOX = "box"
    ITEM = "item"
    INDICATOR = "indicator"


ROOT, PROVINCE, CITY, PLAN, PREAMBLE = NodeKind.ROOT, NodeKind.PROVINCE, NodeKind.CITY, NodeKind.PLAN, NodeKind.PREAMBLE
PART, CHAPTER, SECTION, SUBSECTION = NodeKind.PART, NodeKind.CHAPTER, NodeKind.SECTION, NodeKind.SUBSECTION
BOX, ITEM, INDICATOR = NodeKind.BOX, NodeKind.ITEM, NodeKind.INDICATOR

#: Stands for plans whose province the parser did not recognise.
UNKNOWN_PROVINCE = ""
#: A city node's id: its province and its name, joined by this (names never contain it).
CITY_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class NodeRef:
    """Identifies a tree node: a kind and the row id (province: its name)."""

    kind: str
    id: int | str | None = None


ROOT_REF = NodeRef(ROOT)


def city_ref(province: str | None, city: str) -> NodeRef:
    return NodeRef(CITY, f"{province or UNKNOWN_PROVINCE}{CITY_SEPARATOR}{city}")


def city_of(ref: NodeRef) -> tuple[str, str]:
    """(province, city) of a city node ('' for an unknown province)."""
    province, _, city = str(ref.id).partition(CITY_SEPARATOR)
    return province, city


@dataclass(frozen=True)
class TreeNode:
    """One row of the tree, with how many children it will have when expanded."""

    ref: NodeRef
    label: str
    child_count: int
    line: int | None = None  # where it starts in the source, for "show source"
    plan_id: int | None = None


def _count(model, *conditions):
    return select(func.count()).select_from(model).where(*conditions).scalar_subquery()


#: Ids per IN list, well below SQLite's limit on bound parameters.
_CHUNK = 500

Levels = dict[NodeRef, list[TreeNode]]


def tree_children(source: Source, node: NodeRef | TreeNode | None = None) -> list[TreeNode]:
    """The children of `node` (None or ROOT_REF: the provinces), in display order.

    Provinces and their plans come from every database of the library; anything deeper
    from the one database its id belongs to.
    """
    ref = node.ref if isinstance(node, TreeNode) else (node or ROOT_REF)
    return tree_levels(source, [ref])[ref]


def tree_levels(source: Source, refs: Iterable[NodeRef]) -> Levels:
    """The children of every node in `refs`, each list exactly as `tree_children` gives it,
    in a few queries per kind of node whatever their number."""
    by_kind: dict[str, list[NodeRef]] = {}
    for ref in dict.fromkeys(refs):
        by_kind.setdefault(ref.kind, []).append(ref)
    levels: Levels = {}
    for kind, kind_refs in by_kind.items():
        handler = _HANDLERS.get(kind)
        if handler is None:
            levels.update((ref, []) for ref in kind_refs)  # leaves: subsection, item, indicator
        elif kind in (ROOT, PROVINCE, CITY):
            ids = [ref.id for ref in kind_refs]
            found = []
            for engine in engines_of(source):
                with Session(engine) as session:
                    found.append(handler(session, ids))
            merge = _merge_provinces if kind == ROOT else _merge_plans
            levels.update((ref, merge([level.get(ref.id, []) for level in found]))
                          for ref in kind_refs)
        else:
            levels.update(_deeper(source, kind_refs, handler))
    return levels


def _deeper(source: Source, refs: list[NodeRef], handler) -> Levels:
    """Nodes below plans: each id's database, in chunks of ids."""
    by_engine: dict = {}
    for ref in refs:
        by_engine.setdefault(engine_for(source, ref.id), []).append(ref.id)
    found: dict = {}
    for engine, ids in by_engine.items():
        with Session(engine) as session:
            for start in range(0, len(ids), _CHUNK):
                found.update(handler(session, ids[start:start + _CHUNK]))
    return {ref: found.get(ref.id, []) for ref in refs}


def _merge_provinces(levels: list[list[TreeNode]]) -> list[TreeNode]:
    if len(levels) == 1:
        return levels[0]
    merged: dict[NodeRef, TreeNode] = {}
    for node in (node for level in levels for node in level):
        known = merged.get(node.ref)
        merged[node.ref] = node if known is None else TreeNode(
            node.ref, node.label, known.child_count + node.child_count)
    # SQL's order: the unknown province ("") first, then by name (a province's id is its name).
    return sorted(merged.values(), key=lambda node: str(node.ref.id))


def _merge_plans(levels: list[list[TreeNode]]) -> list[TreeNode]:
    """A province's own plans (bundled first, then the user's, each in year order), then its
    cities by name, a city found in both databases once."""
    plans = [node for level in levels for node in level if node.ref.kind == PLAN]
    cities: dict[NodeRef, TreeNode] = {}
    for node in (node for level in levels for node in level if node.ref.kind == CITY):
        known = cities.get(node.ref)
        cities[node.ref] = node if known is None else TreeNode(
            node.ref, node.label, known.child_count + node.child_count)
    return plans + sorted(cities.values(), key=lambda node: node.label)


def _grouped(pairs) -> dict:
    """(parent id, node) pairs, already in display order, as {parent id: [node, ...]}."""
    grouped: dict = {}
    for parent_id, node in pairs:
        grouped.setdefault(parent_id, []).append(node)
    return grouped


# Each handler takes the ids of several parents of one kind and returns {id: children};
# every query is ordered so that grouping keeps each parent's display order.

def _provinces(session: Session, _ids) -> dict:
    own_plans = func.count().filter(Plan.city.is_(None))
    rows = session.execute(select(Plan.province, own_plans + func.count(func.distinct(Plan.city)))
                           .group_by(Plan.province).order_by(Plan.province))
    return {None: [TreeNode(NodeRef(PROVINCE, province or UNKNOWN_PROVINCE),
                            province or labels.MISSING_PROVINCE, count)
                   for province, count in rows]}


def _province_is(province: str):
    return Plan.province.is_(None) if province == UNKNOWN_PROVINCE else Plan.province == province


def _plan_nodes(session: Session, *where) -> list[tuple]:
    children = (_count(Chapter, Chapter.plan_id == Plan.id, Chapter.part_id.is_(None))
                + _count(Part, Part.plan_id == Plan.id)
                + _count(Box, Box.plan_id == Plan.id, Box.chapter_id.is_(None))
                + select(func.min(func.count(), 1)).select_from(Paragraph).where(
                    Paragraph.plan_id == Plan.id, Paragraph.chapter_id.is_(None),
                    Paragraph.box_id.is_(None)).scalar_subquery())
    rows = session.execute(
        select(Plan.province, Plan.city, Plan.id, Plan.period, Plan.title, Plan.source_file, children)
        .where(*where).order_by(Plan.year_start, Plan.id))
    return [(province, city, TreeNode(NodeRef(PLAN, plan_id), labels.plan_node_label(period, title, source),
                                      count, plan_id=plan_id))
            for province, city, plan_id, period, title, source, count in rows]


def _plans(session: Session, provinces: list[str]) -> dict:
    """A province's own plans, then its cities."""
    out: dict = {}
    for province in provinces:
        nodes = [node for _, _, node in _plan_nodes(session, _province_is(province), Plan.city.is_(None))]
        for city, count in session.execute(
                select(Plan.city, func.count()).where(_province_is(province), Plan.city.is_not(None))
                .group_by(Plan.city).order_by(Plan.city)):
            assert city is not None  # the query keeps plans with a city only
            nodes.append(TreeNode(city_ref(province, city), city, count))
        if nodes:
            out[province] = nodes
    return out


def _city_plans(session: Session, city_ids: list[str]) -> dict:
    out: dict = {}
    for city_id in city_ids:
        province, city = city_of(NodeRef(CITY, city_id))
        nodes = [node for _, _, node in _plan_nodes(session, _province_is(province), Plan.city == city)]
        if nodes:
            out[city_id] = nodes
    return out


def _plan_children(session: Session, plan_ids: list[int]) -> dict:
    nodes = _grouped((plan_id, TreeNode(NodeRef(PREAMBLE, plan_id), labels.PREAMBLE, 0, line,
                                        plan_id))
                     for plan_id, line in session.execute(
                         select(Paragraph.plan_id, func.min(Paragraph.line))
                         .where(Paragraph.plan_id.in_(plan_ids), Paragraph.chapter_id.is_(None),
                                Paragraph.box_id.is_(None)).group_by(Paragraph.plan_id))
                     if line is not None)
    parts = session.execute(select(Part.id, Part.no, Part.title, Part.line, Part.plan_id,
                                   _count(Chapter, Chapter.part_id == Part.id))
                            .where(Part.plan_id.in_(plan_ids)).order_by(Part.position))
    for pid, no, title, line, plan_id, count in parts:
        nodes.setdefault(plan_id, []).append(
            TreeNode(NodeRef(PART, pid), labels.part_label(no, title), count, line, plan_id))
    for plan_id, chapters in _chapters(session, Chapter.plan_id, plan_ids, Chapter.part_id.is_(None)).items():
        nodes.setdefault(plan_id, []).extend(chapters)
    boxes = _boxes(session, Box.plan_id, plan_ids, Box.chapter_id.is_(None))
    for plan_id, plan_boxes in boxes.items():
        nodes.setdefault(plan_id, []).extend(plan_boxes)
    return nodes


def _chapters(session: Session, parent, parent_ids: list[int], *conditions) -> dict:
    """Chapters grouped by their `parent` column (plan or part id)."""
    children = (_count(Section, Section.chapter_id == Chapter.id)
                + _count(Box, Box.chapter_id == Chapter.id, Box.section_id.is_(None)))
    rows = session.execute(select(parent, Chapter.id, Chapter.no, Chapter.title, Chapter.line,
                                  Chapter.plan_id, children)
                           .where(parent.in_(parent_ids), *conditions).order_by(Chapter.position))
    return _grouped((parent_id, TreeNode(NodeRef(CHAPTER, cid), labels.chapter_label(no, title), count,
                                         line, plan_id))
                    for parent_id, cid, no, title, line, plan_id, count in rows)


def _part_children(session: Session, part_ids: list[int]) -> dict:
    return _chapters(session, Chapter.part_id, part_ids)


def _chapter_children(session: Session, chapter_ids: list[int]) -> dict:
    children = (_count(Subsection, Subsection.section_id == Section.id)
                + _count(Box, Box.section_id == Section.id))
    sections = _grouped((chapter_id, TreeNode(
        NodeRef(SECTION, sid), labels.section_label(no, title), count, line, plan_id))
        for sid, no, title, line, plan_id, chapter_id, count in session.execute(
            select(Section.id, Section.no, Section.title, Section.line, Section.plan_id,
                   Section.chapter_id, children)
            .where(Section.chapter_id.in_(chapter_ids)).order_by(Section.position)))
    boxes = _boxes(session, Box.chapter_id, chapter_ids, Box.section_id.is_(None))
    return {cid: _in_source_order(sections.get(cid, []), boxes.get(cid, []))
            for cid in set(sections) | set(boxes)}


def _section_children(session: Session, section_ids: list[int]) -> dict:
    subsections = _grouped((section_id, TreeNode(
        NodeRef(SUBSECTION, sid), labels.subsection_label(no, title), 0, line, plan_id))
        for sid, no, title, line, plan_id, section_id in session.execute(
            select(Subsection.id, Subsection.no, Subsection.title, Subsection.line,
                   Subsection.plan_id, Subsection.section_id)
            .where(Subsection.section_id.in_(section_ids)).order_by(Subsection.position)))
    boxes = _boxes(session, Box.section_id, section_ids)
    return {sid: _in_source_order(subsections.get(sid, []), boxes.get(sid, []))
            for sid in set(subsections) | set(boxes)}


def _boxes(session: Session, parent, parent_ids: list[int], *conditions) -> dict:
    """Boxes grouped by their `parent` column (plan, chapter or section id)."""
    children = (_count(BoxItem, BoxItem.box_id == Box.id)
                + _count(Indicator, Indicator.box_id == Box.id))
    rows = session.execute(select(parent, Box.id, Box.no, Box.title, Box.line, Box.plan_id,
                                  children)
                           .where(parent.in_(parent_ids), *conditions).order_by(Box.position))
    return _grouped((parent_id, TreeNode(NodeRef(BOX, bid), labels.box_label(no, title), count,
                                         line, plan_id))
                    for parent_id, bid, no, title, line, plan_id, count in rows)


def _box_children(session: Session, box_ids: list[int]) -> dict:
    plan_of = dict(session.execute(select(Box.id, Box.plan_id).where(Box.id.in_(box_ids))).all())
    nodes = _grouped((box_id, TreeNode(NodeRef(ITEM, iid), labels.item_label(seq, name, text), 0,
                                       line, plan_of[box_id]))
                     for iid, seq, name, text, line, box_id in session.execute(
                         select(BoxItem.id, BoxItem.seq, BoxItem.name, BoxItem.text,
                                BoxItem.line, BoxItem.box_id)
                         .where(BoxItem.box_id.in_(box_ids)).order_by(BoxItem.position)))
    for rid, seq, name, unit, line, box_id in session.execute(
            select(Indicator.id, Indicator.seq, Indicator.name, Indicator.unit, Indicator.line,
                   Indicator.box_id)
            .where(Indicator.box_id.in_(box_ids)).order_by(Indicator.position)):
        nodes.setdefault(box_id, []).append(TreeNode(
            NodeRef(INDICATOR, rid), labels.indicator_label(seq, name, unit), 0, line,
            plan_of[box_id]))
    return nodes


def _in_source_order(headings: list[TreeNode], boxes: list[TreeNode]) -> list[TreeNode]:
    """Interleave boxes with headings where they appear; sorted() is stable, so
    nodes without a line keep their place relative to each other."""
    return sorted(headings + boxes, key=lambda node: node.line if node.line is not None else 0)


#: A kind of node -> the handler giving the children of nodes of that kind, by their ids.
_HANDLERS: dict[str, Callable[[Session, list[Any]], dict]] = {
    ROOT: _provinces, PROVINCE: _plans, CITY: _city_plans, PLAN: _plan_children, PART: _part_children,
    CHAPTER: _chapter_children, SECTION: _section_children, BOX: _box_children,
}
