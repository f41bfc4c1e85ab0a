"""Typing in the tree's filter box: the tree shows exactly the matching titles and the branches
leading to them, opened; clearing it brings the whole library back."""
import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTreeView

from app.queries import indicator_tables, tree_children
from app.service import PlanLibrary
from app.queries.tree import ROOT_REF, tree_levels
from app.queries.tree_filter import filter_tree
from app.ui.navigator import add_indicator_levels, add_indicator_nodes
from app.ui.tree_filter import PathFilterProxy, TreeFilter
from app.ui.tree_model import NODE_ROLE, PlanTreeModel


class Tree:
    """The window's tree, as MainWindow builds it, with the filter driving it."""

    def __init__(self, qtbot, engine, threaded=True, limit=200):
        engine = PlanLibrary(engine)  # the window's door; the query functions take it as a source too
        self.model = PlanTreeModel(lambda ref: add_indicator_nodes(engine, ref, tree_children(engine, ref)))
        self.proxy = PathFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        qtbot.addWidget(self.view)
        self.view.show()
        self.messages = []
        self.filter = TreeFilter(self.view, self.model, self.proxy, engine, limit=limit, threaded=threaded,
                                 load_many=lambda refs: add_indicator_levels(engine, tree_levels(engine, refs)))
        self.filter.status.connect(self.messages.append)
        self.qtbot = qtbot

    def type(self, text):
        if not text or self.filter._runner is None:
            self.filter.set_text(text)
            return
        with self.qtbot.waitSignal(self.filter.applied, timeout=10_000):
            self.filter.set_text(text)

    def rows(self, parent=QModelIndex()):
        """Every row the tree holds right now (without fetching more): (index, node)."""
        found = []
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            found.append((index, index.data(NODE_ROLE)))
            found += self.rows(index)
        return found


@pytest.fixture
def tree(qtbot, engine):
    return Tree(qtbot, engine)


def test_typing_shows_exactly_the_matching_titles_and_their_branches(tree, engine):
    tree.type("养老")
    expected = filter_tree(engine, "养老")
    rows = tree.rows()
    assert {node.ref for _, node in rows} == set(expected.shown)
    # every branch leading to a match is open, so the reader sees the matches at once
    matches = expected.matches
    for index, node in rows:
        if node.ref not in matches:
            assert tree.view.isExpanded(index), node.label
    labels = [node.label for _, node in rows]
    assert "专栏9 完善养老保险制度" in labels and "6. 基本养老保险参保率（%）" in labels
    assert "河南省" not in labels  # no 养老 title in the Henan plan
    assert tree.messages[-1] == ""


def test_the_filtered_tree_is_a_valid_model(qtmodeltester, tree):
    tree.type("就业")
    qtmodeltester.check(tree.proxy, force_py=True)


def test_clearing_restores_the_whole_library(tree):
    tree.type("养老")
    tree.type("")
    top = [tree.proxy.index(r, 0).data() for r in range(tree.proxy.rowCount())]
    assert top == ["河南省", "湖北省", "湖南省", "辽宁省", "黑龙江省"]
    hubei = tree.proxy.index(1, 0)
    plan = tree.proxy.index(0, 0, hubei)
    tree.view.expand(plan)
    everything = [node.label for node in tree.model.loader(plan.data(NODE_ROLE).ref)]
    shown = [tree.proxy.index(r, 0, plan).data() for r in range(tree.proxy.rowCount(plan))]
    assert shown == everything  # every chapter again, not only those with a match
    assert len(shown) > len([node for _, node in tree.rows(plan) if "养老" in node.label])
    assert tree.messages[-1] == ""


def test_many_matches_are_capped_and_the_status_says_so(qtbot, engine):
    tree = Tree(qtbot, engine, limit=3)
    tree.type("就")
    matches = [node for _, node in tree.rows() if "就" in node.label]
    assert len(matches) == 3
    assert "3" in tree.messages[-1]


def test_nothing_found_says_so_and_shows_nothing(tree):
    tree.type("量子计算机")
    assert tree.proxy.rowCount() == 0
    assert "量子计算机" in tree.messages[-1]


def test_typing_on_shows_only_the_last_text(qtbot, tree, engine):
    tree.filter.set_text("养")
    tree.type("养老保险")
    qtbot.wait(50)  # any older answer arriving now must be dropped
    assert {node.ref for _, node in tree.rows()} == set(filter_tree(engine, "养老保险").shown)


def test_same_tree_without_a_worker_thread(qtbot, engine):
    tree = Tree(qtbot, engine, threaded=False)
    tree.type("养老")
    assert {node.ref for _, node in tree.rows()} == set(filter_tree(engine, "养老").shown)


def test_indicator_table_nodes_match_by_their_label(tree):
    """The window's own 主要指标 node is found like any title, under a plan that is shown."""
    tree.type("主要指标")
    assert any(node.ref.kind == "indicators" for _, node in tree.rows())


def test_levels_loaded_in_bulk_are_those_the_tree_loads_one_by_one(engine):
    load = lambda ref: add_indicator_nodes(engine, ref, tree_children(engine, ref))
    refs, stack = [], [ROOT_REF]
    while stack:
        ref = stack.pop()
        refs.append(ref)
        stack += [node.ref for node in load(ref) if node.child_count and node.ref.kind != "indicators"]
    bulk = add_indicator_levels(engine, tree_levels(engine, refs))
    assert all(bulk[ref] == load(ref) for ref in refs)
    # a plan's 主要指标 node counts and points at its tables without reading them
    for ref in (ref for ref in refs if ref.kind == "plan"):
        tables = indicator_tables(engine, ref.id)
        first = bulk[ref][0]
        assert (first.ref.kind == "indicators") == bool(tables)
        if tables:
            assert (first.child_count, first.line) == (len(tables), tables[0].line)


def test_the_filter_holds_when_the_library_is_reloaded(tree, engine):
    """After an import the window reloads the tree; filtering again shows the matches again."""
    tree.type("养老")
    tree.model.reload()
    with tree.qtbot.waitSignal(tree.filter.applied, timeout=10_000):
        tree.filter.refresh()
    assert {node.ref for _, node in tree.rows()} == set(filter_tree(engine, "养老").shown)


def test_a_matching_box_still_opens_onto_its_items(tree):
    tree.type("促进就业工程")
    (box_index, box), = [(index, node) for index, node in tree.rows() if node.ref.kind == "box"]
    assert "促进就业工程" in box.label and not tree.view.isExpanded(box_index)
    tree.view.expand(box_index)  # the reader opens the match to see what it holds
    tree.qtbot.waitUntil(lambda: tree.proxy.rowCount(box_index) > 0, timeout=5000)  # fetched at layout
    items = [node.label for _, node in tree.rows(box_index)]
    assert items and not any("促进就业工程" in label for label in items)
    assert "3 零工市场建设项目" in items
