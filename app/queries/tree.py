"""The library tree, one level at a time: province -> plan -> chapter -> section ->
subsection / box -> item or indicator.

Built for a lazy Qt tree model: `tree_children` returns one level, each node with
its own child count (so the view can draw an expander without fetching), from one
query per kind of child. Boxes hang under the deepest heading they were placed in;
boxes the parser could not place hang under the plan.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.db.library import Source, engine_for, engines_of
from app.models import Box, BoxItem, Chapter, Indicator, Paragraph, Plan, Section, Subsection
from app.queries import labels

ROOT, PROVINCE, PLAN, PREAMBLE = "root", "province", "plan", "preamble"
CHAPTER, SECTION, SUBSECTION = "chapter", "section", "subsection"
BOX, ITEM, INDICATOR = "box", "item", "indicator"

#: Stands for plans whose province the parser did not recognise.
UNKNOWN_PROVINCE = ""


@dataclass(frozen=True)
class NodeRef:
    """Identifies a tree node: a kind and the row id (province: its name)."""

    kind: str
    id: int | str | None = None


ROOT_REF = NodeRef(ROOT)


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


def tree_children(source: Source, node: NodeRef | TreeNode | None = None) -> list[TreeNode]:
    """The children of `node` (None or ROOT_REF: the provinces), in display order.

    Provinces and their plans come from every database of the library; anything deeper
    from the one database its id belongs to.
    """
    ref = node.ref if isinstance(node, TreeNode) else (node or ROOT_REF)
    handler = _HANDLERS.get(ref.kind)
    if handler is None:
        return []  # leaves: subsection, item, indicator
    if ref.kind in (ROOT, PROVINCE):
        levels = []
        for engine in engines_of(source):
            with Session(engine) as session:
                levels.append(handler(session, ref.id))
        return _merge_provinces(levels) if ref.kind == ROOT else _merge_plans(levels)
    with Session(engine_for(source, ref.id)) as session:
        return handler(session, ref.id)


def _merge_provinces(levels: list[list[TreeNode]]) -> list[TreeNode]:
    if len(levels) == 1:
        return levels[0]
    merged: dict[NodeRef, TreeNode] = {}
    for node in (node for level in levels for node in level):
        known = merged.get(node.ref)
        merged[node.ref] = node if known is None else TreeNode(
            node.ref, node.label, known.child_count + node.child_count)
    # SQL's order: the unknown province ("") first, then by name.
    return sorted(merged.values(), key=lambda node: node.ref.id)


def _merge_plans(levels: list[list[TreeNode]]) -> list[TreeNode]:
    # Bundled plans first, then the user's, each in year order: a stable, predictable list.
    return [node for level in levels for node in level]


def _provinces(session: Session, _id) -> list[TreeNode]:
    rows = session.execute(select(Plan.province, func.count()).group_by(Plan.province)
                           .order_by(Plan.province))
    return [TreeNode(NodeRef(PROVINCE, province or UNKNOWN_PROVINCE),
                     province or labels.MISSING_PROVINCE, count) for province, count in rows]


def _plans(session: Session, province: str) -> list[TreeNode]:
    where = Plan.province.is_(None) if province == UNKNOWN_PROVINCE else Plan.province == province
    children = (_count(Chapter, Chapter.plan_id == Plan.id)
                + _count(Box, Box.plan_id == Plan.id, Box.chapter_id.is_(None))
                + select(func.min(func.count(), 1)).select_from(Paragraph).where(
                    Paragraph.plan_id == Plan.id, Paragraph.chapter_id.is_(None),
                    Paragraph.box_id.is_(None)).scalar_subquery())
    rows = session.execute(select(Plan.id, Plan.period, Plan.title, Plan.source_file, children)
                           .where(where).order_by(Plan.year_start, Plan.id))
    return [TreeNode(NodeRef(PLAN, plan_id), _plan_node_label(period, title, source), count,
                     plan_id=plan_id) for plan_id, period, title, source, count in rows]


def _plan_node_label(period: str | None, title: str | None, source_file: str) -> str:
    # Under its province node the period is what tells plans apart.
    name = title or source_file
    return f"{period}：{name}" if period and period not in name else name


def _plan_children(session: Session, plan_id: int) -> list[TreeNode]:
    nodes = []
    preamble = session.scalar(select(func.min(Paragraph.line)).where(
        Paragraph.plan_id == plan_id, Paragraph.chapter_id.is_(None), Paragraph.box_id.is_(None)))
    if preamble is not None:
        nodes.append(TreeNode(NodeRef(PREAMBLE, plan_id), labels.PREAMBLE, 0, preamble, plan_id))
    children = (_count(Section, Section.chapter_id == Chapter.id)
                + _count(Box, Box.chapter_id == Chapter.id, Box.section_id.is_(None)))
    rows = session.execute(select(Chapter.id, Chapter.no, Chapter.title, Chapter.line, children)
                           .where(Chapter.plan_id == plan_id).order_by(Chapter.position))
    nodes += [TreeNode(NodeRef(CHAPTER, cid), labels.chapter_label(no, title), count, line,
                       plan_id) for cid, no, title, line, count in rows]
    return nodes + _boxes(session, Box.plan_id == plan_id, Box.chapter_id.is_(None))


def _chapter_children(session: Session, chapter_id: int) -> list[TreeNode]:
    children = (_count(Subsection, Subsection.section_id == Section.id)
                + _count(Box, Box.section_id == Section.id))
    rows = session.execute(
        select(Section.id, Section.no, Section.title, Section.line, Section.plan_id, children)
        .where(Section.chapter_id == chapter_id).order_by(Section.position))
    nodes = [TreeNode(NodeRef(SECTION, sid), labels.section_label(no, title), count, line,
                      plan_id) for sid, no, title, line, plan_id, count in rows]
    boxes = _boxes(session, Box.chapter_id == chapter_id, Box.section_id.is_(None))
    return _in_source_order(nodes, boxes)


def _section_children(session: Session, section_id: int) -> list[TreeNode]:
    rows = session.execute(
        select(Subsection.id, Subsection.no, Subsection.title, Subsection.line,
               Subsection.plan_id)
        .where(Subsection.section_id == section_id).order_by(Subsection.position))
    nodes = [TreeNode(NodeRef(SUBSECTION, sid), labels.subsection_label(no, title), 0, line,
                      plan_id) for sid, no, title, line, plan_id in rows]
    return _in_source_order(nodes, _boxes(session, Box.section_id == section_id))


def _boxes(session: Session, *conditions) -> list[TreeNode]:
    children = (_count(BoxItem, BoxItem.box_id == Box.id)
                + _count(Indicator, Indicator.box_id == Box.id))
    rows = session.execute(select(Box.id, Box.no, Box.title, Box.line, Box.plan_id, children)
                           .where(and_(*conditions)).order_by(Box.position))
    return [TreeNode(NodeRef(BOX, bid), labels.box_label(no, title), count, line, plan_id)
            for bid, no, title, line, plan_id, count in rows]


def _box_children(session: Session, box_id: int) -> list[TreeNode]:
    plan_id = session.scalar(select(Box.plan_id).where(Box.id == box_id))
    items = session.execute(
        select(BoxItem.id, BoxItem.seq, BoxItem.name, BoxItem.text, BoxItem.line)
        .where(BoxItem.box_id == box_id).order_by(BoxItem.position))
    nodes = [TreeNode(NodeRef(ITEM, iid), labels.item_label(seq, name, text), 0, line, plan_id)
             for iid, seq, name, text, line in items]
    rows = session.execute(
        select(Indicator.id, Indicator.seq, Indicator.name, Indicator.unit, Indicator.line)
        .where(Indicator.box_id == box_id).order_by(Indicator.position))
    nodes += [TreeNode(NodeRef(INDICATOR, rid), labels.indicator_label(seq, name, unit), 0,
                       line, plan_id) for rid, seq, name, unit, line in rows]
    return nodes


def _in_source_order(headings: list[TreeNode], boxes: list[TreeNode]) -> list[TreeNode]:
    """Interleave boxes with headings where they appear; sorted() is stable, so
    nodes without a line keep their place relative to each other."""
    return sorted(headings + boxes, key=lambda node: node.line if node.line is not None else 0)


_HANDLERS = {
    ROOT: _provinces, PROVINCE: _plans, PLAN: _plan_children, CHAPTER: _chapter_children,
    SECTION: _section_children, BOX: _box_children,
}
