"""What the reading area shows for each kind of tree node, built from read queries only."""
from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.service import NodeKind, NodeRef, PlanLibrary, TreeNode, city_of
from app.ui.render_html import STYLE, box_html, text_view_html
from app.ui.tab_keys import TabKey, TabKind
from app.ui.tabs import ReadingTab, SourceTab, TablesTab

INDICATORS = NodeKind.INDICATORS  # the synthetic 主要指标 node under each plan
translate = QCoreApplication.translate  # lupdate reads translate("Navigator", "…") calls


def add_indicator_nodes(library: PlanLibrary, ref: NodeRef, nodes: list[TreeNode]) -> list[TreeNode]:
    """Put a 主要指标 node first under every plan that has indicator tables."""
    return add_indicator_levels(library, {ref: nodes})[ref]


def add_indicator_levels(library: PlanLibrary, levels: dict[NodeRef, list[TreeNode]]
                         ) -> dict[NodeRef, list[TreeNode]]:
    """`add_indicator_nodes` for many tree levels (app.queries.tree.tree_levels) at once:
    one query for all the plans among them."""
    library = PlanLibrary.wrap(library)
    plans = [ref.id for ref in levels if ref.kind == NodeKind.PLAN]
    lines = library.indicator_table_lines(plans) if plans else {}
    return {ref: _with_indicators(library, ref, nodes, lines) for ref, nodes in levels.items()}


def _with_indicators(library: PlanLibrary, ref: NodeRef, nodes: list[TreeNode],
                     lines: dict[int, tuple[int, ...]]) -> list[TreeNode]:
    if ref.kind == NodeKind.PLAN and lines.get(ref.id):
        found = lines[ref.id]
        node = TreeNode(NodeRef(INDICATORS, ref.id), translate("Navigator", "主要指标 (indicator tables)"),
                        len(found), found[0], ref.id)
        return [node] + nodes
    if ref.kind == INDICATORS:
        return [TreeNode(NodeRef("box", t.box_id), t.label, 0, t.line, ref.id)
                for t in library.tables(ref.id)]
    return nodes


class Navigator:
    """Turns a node reference into the widget that shows it."""

    def __init__(self, library: PlanLibrary):
        self.library = library

    def widget_for(self, ref: NodeRef, parent_ref: NodeRef | None = None, term: str | None = None):
        """A tab widget for the node, or None if it no longer exists."""
        kind = ref.kind
        if kind in (NodeKind.SUBSECTION, NodeKind.ITEM, NodeKind.INDICATOR) and parent_ref is not None:
            return self.widget_for(parent_ref, None, term)  # shown inside their section or box
        builders: dict[str, Callable[[Any, str | None], QWidget | None]] = {
            NodeKind.INDICATORS: lambda plan_id, _term: self.tables_tab(plan_id), NodeKind.BOX: self._box,
            NodeKind.PROVINCE: self._province, NodeKind.CITY: self._city, NodeKind.PLAN: self._plan,
            NodeKind.PREAMBLE: self._preamble, NodeKind.PART: self._part, NodeKind.CHAPTER: self._chapter,
            NodeKind.SECTION: self._section}
        build = builders.get(kind)
        return build(ref.id, term) if build else None

    def tables_tab(self, plan_id: int, only_box: int | None = None) -> TablesTab:
        tables = [t for t in self.library.tables(plan_id) if only_box in (None, t.box_id)]
        key = TabKey.of(TabKind.TABLES, plan_id) if only_box is None else TabKey.of(NodeKind.BOX, only_box)
        return TablesTab(key, plan_id, tables, tables[0].label if only_box is not None and tables else "主要指标")

    def source_tab(self, plan_id: int) -> SourceTab | None:
        source = self.library.source_text(plan_id)
        if source is None:
            return None
        return SourceTab(TabKey.of(TabKind.SOURCE, plan_id), plan_id, source.text, source.source_file)

    def _reading(self, key: TabKey, plan_id: int | None, html: str, title: str = "") -> ReadingTab:
        tab = ReadingTab(key, plan_id, title or str(key))
        tab.setHtml(html)
        return tab

    def _box(self, box_id: int, term):
        box = self.library.box(box_id)
        if box is None:
            return None
        if box.kind == "indicators":
            return self.tables_tab(box.plan_id, only_box=box_id)
        return self._reading(TabKey.of(NodeKind.BOX, box_id), box.plan_id, STYLE + box_html(box, term), box.label)

    def _boxes(self, ids) -> list:
        return list(self.library.boxes(list(ids)))

    def _section(self, section_id: int, term):
        return self._text_view("section", section_id, self.library.section_text(section_id), term)

    def _chapter(self, chapter_id: int, term):
        return self._text_view("chapter", chapter_id, self.library.chapter_text(chapter_id), term)

    def _text_view(self, kind: str, ident: int, view, term):
        """A chapter's or section's text with the boxes placed in it; None if it no longer exists."""
        if view is None:
            return None
        return self._reading(TabKey.of(kind, ident), view.plan_id,
                             text_view_html(view, self._boxes(view.box_ids), term), view.title)

    def _preamble(self, plan_id: int, term):
        view = self.library.preamble_text(plan_id)
        if view is None:
            return None
        return self._reading(TabKey.of(NodeKind.PREAMBLE, plan_id), plan_id, text_view_html(view, [], term), view.title)

    def _plan(self, plan_id: int, _term):
        plan = self.library.plan(plan_id)
        if plan is None:
            return None
        missing = "<i>" + translate("Navigator", "not given in the source") + "</i>"
        signed = plan.signed_date
        if signed and plan.signed_date_damaged:
            signed += " " + translate("Navigator", "(printed damaged in the source)")
        rows = [(translate("Navigator", "Title"), plan.title),
                (translate("Navigator", "Province"), plan.province),
                (translate("Navigator", "City"), plan.city) if plan.city else None,
                (translate("Navigator", "Period"), plan.period),
                (translate("Navigator", "Years"), f"{plan.year_start}–{plan.year_end}" if plan.years else None),
                (translate("Navigator", "Issued by"), plan.issuer),
                (translate("Navigator", "Document number"), plan.doc_number),
                (translate("Navigator", "Date signed (成文日期)"), signed),
                (translate("Navigator", "Date published (发布日期)"), plan.published_date),
                (translate("Navigator", "Source file"), plan.source_file),
                (translate("Navigator", "Source address"), plan.url)]
        cells = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v) if v else missing}</td></tr>"
                        for k, v in (row for row in rows if row is not None))
        counts = translate("Navigator",
                           "{c} chapters, {s} sections, {b} boxes, {i} indicator rows, {p} source problems").format(
            c=plan.chapters, s=plan.sections, b=plan.boxes, i=plan.indicators, p=plan.issues)
        html = f"{STYLE}<h2>{escape(plan.display_title)}</h2><table cellpadding='4'>{cells}</table><p>{counts}</p>"
        return self._reading(TabKey.of(NodeKind.PLAN, plan_id), plan_id, html, plan.label)

    def _province(self, province: str, _term):
        plans = [p for p in self.library.plans() if (p.province or "") == province]
        items = "".join(f"<li>{escape(p.city or '')} {escape(p.period or '')} {escape(p.display_title)}</li>"
                        for p in plans)
        name = province or translate("Navigator", "Unknown province")
        html = f"{STYLE}<h2>{escape(name)}</h2><ul>{items}</ul>"
        return self._reading(TabKey.of(NodeKind.PROVINCE, province), None, html, name)

    def _city(self, city_id: str, _term):
        province, city = city_of(NodeRef(NodeKind.CITY, city_id))
        plans = [p for p in self.library.plans() if (p.province or "") == province and p.city == city]
        items = "".join(f"<li>{escape(p.period or '')} {escape(p.display_title)}</li>" for p in plans)
        heading = " ".join(part for part in (province, city) if part)
        html = f"{STYLE}<h2>{escape(heading)}</h2><ul>{items}</ul>"
        return self._reading(TabKey.of(NodeKind.CITY, city_id), None, html, city)

    def _part(self, part_id: int, term):
        view = self.library.part_text(part_id)
        if view is None:
            return None
        html = text_view_html(view, [], term)
        return self._reading(TabKey.of(NodeKind.PART, part_id), view.plan_id, html, view.title)
