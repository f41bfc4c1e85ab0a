"""Type-to-filter in the library tree: SQL finds the matching titles, the lazy tree fetches
only the branches that lead to them, and a proxy shows exactly those rows.

Before, the window fetched every node into the tree on the first keystroke (4 s at 50
plans; 17 s at 500, and then only the first 20,000 nodes) and let a recursive
QSortFilterProxyModel test each one. Now `PlanLibrary.filter_tree` (app.queries.tree_filter) returns the
paths of the first matches; a worker thread also loads the tree levels on those paths, in
bulk (`load_many`, which gives exactly the nodes an expansion would); the GUI thread only
inserts them and expands. Measured in bench/README.md.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QTreeView

from app.service import DEFAULT_FILTER_LIMIT as DEFAULT_LIMIT
from app.service import FILTER_KINDS as KINDS
from app.service import ROOT_REF, NodeRef, PlanLibrary, TreeFilterResult, TreeNode
from app.ui.tree_model import NODE_ROLE, Loader, PlanTreeModel
from app.ui.workers import LatestOnlyRunner


class PathFilterProxy(QSortFilterProxyModel):
    """All rows while no filter is set; with one, the rows whose NodeRef is a match or an
    ancestor of one, and everything inside a match that holds no other match (so a matching
    专栏 still opens onto its items). Decided by NodeRef (NODE_ROLE), never by a stored
    QModelIndex, so rows fetched later (a user expanding a shown node) are filtered the same way."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shown: frozenset[NodeRef] | None = None
        self._open: frozenset[NodeRef] = frozenset()
        self._needle = ""

    @property
    def active(self) -> bool:
        return self._shown is not None

    def set_filter(self, shown: frozenset[NodeRef] | None, text: str = "",
                   open_matches: frozenset[NodeRef] = frozenset()) -> None:
        """Show only `shown` (None: everything) and whatever lies inside `open_matches`.
        `text` decides nodes the query cannot know."""
        self.beginFilterChange()
        self._shown, self._open, self._needle = shown, open_matches, text.lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # Qt's name
        if self._shown is None:
            return True
        model = self.sourceModel()
        node = self._node(model, source_parent, source_row)
        if node is None:
            return False
        if node.ref.kind in KINDS and node.ref in self._shown:
            return True
        if self._open and self._inside_open_match(model, source_parent):
            return True
        if node.ref.kind in KINDS:
            return False
        # A node the window adds (主要指标) is unknown to the query: matched by its label,
        # and only seen when its parent is shown.
        return self._needle in node.label.lower()

    @staticmethod
    def _node(model, parent, row: int | None = None) -> TreeNode | None:
        """The node at `row` under `parent` (or `parent`'s own node), without making an index
        where the model allows: this runs for every row the filtered tree inserts."""
        if isinstance(model, PlanTreeModel):
            return model.node_of(parent) if row is None else model.node_at(parent, row)
        index = parent if row is None else model.index(row, 0, parent)
        return index.data(NODE_ROLE)

    def _inside_open_match(self, model, parent) -> bool:
        """Is `parent` an open match, or inside one? Only children of accepted rows are asked
        about, so an accepted parent that is neither shown nor added by the window is inside one."""
        node = self._node(model, parent)
        if node is None:
            return False
        hidden = self._shown is not None and node.ref not in self._shown
        return node.ref in self._open or (node.ref.kind in KINDS and hidden)


@dataclass(frozen=True)
class FoundBranches:
    """A filter result and the tree levels on its paths, loaded off the GUI thread."""

    result: TreeFilterResult
    levels: dict[NodeRef, list[TreeNode]]


LoadMany = Callable[[list[NodeRef]], dict[NodeRef, list[TreeNode]]]


def one_by_one(load: Loader) -> LoadMany:
    """A LoadMany from a model's one-level loader: correct, but one query round per node."""
    return lambda refs: {ref: load(ref) for ref in refs}


def find_branches(library: PlanLibrary, text: str, limit: int, load_many: LoadMany,
                  fetched: set[NodeRef]) -> FoundBranches:
    """The worker's part: SQL only, no Qt object touched. Levels the model already holds
    (`fetched`) are not loaded again."""
    result = library.filter_tree(text, limit)
    parents = dict.fromkeys(ref for path in result.paths for ref in (ROOT_REF, *path[:-1]))
    return FoundBranches(result, load_many([ref for ref in parents if ref not in fetched]))


class TreeFilter(QObject):
    """Drives `proxy` (a PathFilterProxy over `model`, shown in `view`) from typed text.

    `load_many` loads many tree levels at once and must give exactly what the model's
    loader gives one level at a time (e.g. tree_levels, plus the window's 主要指标 nodes);
    by default the model's loader is called per level, hundreds of query rounds at 500
    plans. `status` carries a message for the status bar ('' when there is nothing to
    say); `applied` the result once the tree shows it. `threaded=False` runs the query on
    the calling thread (scripts, tests).
    """

    status = Signal(str)
    applied = Signal(object)  # TreeFilterResult

    def __init__(self, view: QTreeView, model: PlanTreeModel, proxy: PathFilterProxy,
                 source: PlanLibrary, load_many: LoadMany | None = None, limit: int = DEFAULT_LIMIT,
                 threaded: bool = True, parent: QObject | None = None):
        super().__init__(parent or view)
        self._view, self._model, self._proxy, self._source = view, model, proxy, source
        self._load_many = load_many or one_by_one(model.loader)
        self._limit, self._text = limit, ""
        self._runner = LatestOnlyRunner(self) if threaded else None
        if self._runner is not None:
            self._runner.finished.connect(self.apply)
            self._runner.failed.connect(self.status.emit)

    @property
    def text(self) -> str:
        return self._text

    def refresh(self) -> None:
        """Filter again after `model.reload()` (a plan imported or removed); nothing to do
        while no text is typed."""
        if self._text:
            self.set_text(self._text)

    def set_text(self, text: str) -> None:
        """Filter by `text`; an empty text restores the whole tree."""
        self._text = text
        if not text:
            if self._runner is not None:
                self._runner.cancel()
            self._restore()
            return
        source, limit, load_many = self._source, self._limit, self._load_many
        fetched = self._model.fetched_refs()
        if self._runner is None:
            self.apply(find_branches(source, text, limit, load_many, fetched))
        else:
            self._runner.submit(lambda: find_branches(source, text, limit, load_many, fetched))

    def apply(self, found: FoundBranches) -> None:
        """Show what the worker found (GUI thread): filter, insert the branches, expand."""
        # Older answers never arrive here: the runner drops them, and clearing cancels.
        result = found.result
        self._text = result.text
        # Filter first, so the fetches below insert only the rows that will show.
        self._proxy.set_filter(result.shown, result.text, result.leaf_matches)
        ancestors = self._fetch_paths(result, found.levels)
        for index in ancestors:
            self._view.expand(self._proxy.mapFromSource(index))
        self.status.emit(self._message(result))
        self.applied.emit(result)

    def _fetch_paths(self, result: TreeFilterResult, levels) -> list[QModelIndex]:
        """Fetch each path's levels into the model; return the (transient) indexes of the
        nodes to expand: every node on a path but its last."""
        index_of: dict[tuple[NodeRef, ...], QModelIndex] = {(): QModelIndex()}
        for path in result.paths:
            for depth, ref in enumerate(path):
                prefix = path[:depth + 1]
                if prefix not in index_of:
                    parent = index_of[path[:depth]]
                    self._model.fetch_with(parent, levels.get(path[depth - 1] if depth else ROOT_REF))
                    index_of[prefix] = self._model.child_for(parent, ref)
                if not index_of[prefix].isValid():
                    break  # gone since the query (the library changed): skip the rest
        ancestors = dict.fromkeys(path[:depth] for path in result.paths for depth in range(1, len(path)))
        return [index_of[prefix] for prefix in ancestors if index_of.get(prefix, QModelIndex()).isValid()]

    def _message(self, result: TreeFilterResult) -> str:
        if result.capped:
            return self.tr("Showing the first {n} matching titles; type more to narrow them, or "
                           "use Search (Ctrl+F).").format(n=len(result.paths))
        if not result.paths:
            return self.tr("No title contains “{text}”; Search (Ctrl+F) also looks in the "
                           "text.").format(text=result.text)
        return ""

    def _restore(self) -> None:
        """The whole tree again, collapsed, with the current node still in view."""
        self._proxy.set_filter(None)
        self._view.collapseAll()
        current = self._view.currentIndex()
        parent = current.parent()
        while parent.isValid():
            self._view.expand(parent)
            parent = parent.parent()
        if current.isValid():
            self._view.scrollTo(current)
        self.status.emit("")
