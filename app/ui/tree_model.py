"""PlanTreeModel: the library tree, fetched one level at a time as the user expands it.

The model owns every node object; views hold QModelIndex values only transiently.
Child counts come with each level (one query per level), so expanders are drawn
without fetching, and no SQL runs inside data().
"""
from __future__ import annotations

from collections.abc import Callable
from typing import overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.service import ROOT_REF, UNKNOWN_PROVINCE, NodeKind, NodeRef, TreeNode, city_ref, is_user_id
from app.ui.roles import Role

Loader = Callable[[NodeRef], list[TreeNode]]
NODE_ROLE, KIND_ROLE, LINE_ROLE = Role.NODE, Role.KIND, Role.LINE


def is_imported_plan(data: TreeNode) -> bool:
    return data.ref.kind == NodeKind.PLAN and is_user_id(data.ref.id)


class _Node:
    __slots__ = ("data", "parent", "children", "row")

    def __init__(self, data: TreeNode | None, parent: _Node | None, row: int):
        self.data = data
        self.parent = parent
        self.children: list[_Node] | None = None  # None: not fetched yet
        self.row = row

    @property
    def ref(self) -> NodeRef:
        return self.data.ref if self.data else ROOT_REF

    @property
    def child_count(self) -> int:
        return self.data.child_count if self.data else 1


class PlanTreeModel(QAbstractItemModel):
    """Lazy tree over `load(node_ref) -> [TreeNode]` (app.queries.tree_children)."""

    def __init__(self, load: Loader, parent=None):
        super().__init__(parent)
        self._load = load
        self._root = _Node(None, None, 0)
        self._decorate: Callable[[TreeNode], object] | None = None

    def set_decorator(self, decorate: Callable[[TreeNode], object]) -> None:
        """Icons per node kind, supplied by the window (the model stays style-free)."""
        self._decorate = decorate

    def reload(self) -> None:
        self.beginResetModel()
        self._root = _Node(None, None, 0)
        self.endResetModel()

    # -- structure ------------------------------------------------------------
    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if column != 0 or node.children is None or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    @overload
    def parent(self) -> QObject: ...

    @overload
    def parent(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex: ...

    def parent(self, index=None):
        """Qt's two methods of one name: the model's owner (no argument), or an index's parent."""
        if index is None:
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node.children is not None else 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent=QModelIndex()) -> bool:
        node = self._node(parent)
        if node.children is not None:
            return bool(node.children)
        return node.child_count > 0

    def canFetchMore(self, parent) -> bool:
        node = self._node(parent)
        return node.children is None and node.child_count > 0

    def fetchMore(self, parent) -> None:
        self.fetch_with(parent, None)

    def fetch_with(self, parent, loaded: list[TreeNode] | None) -> None:
        """Fetch `parent` from children already loaded (e.g. on a worker thread by the same
        loader); None: load them now. Nothing happens if it was fetched meanwhile."""
        node = self._node(parent)
        if node.children is not None:
            return
        if loaded is None:
            loaded = self._load(node.ref)
        node.children = []
        if not loaded:
            return
        self.beginInsertRows(parent, 0, len(loaded) - 1)
        node.children = [_Node(data, node, row) for row, data in enumerate(loaded)]
        self.endInsertRows()

    # -- data -----------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        data: TreeNode = index.internalPointer().data
        if role == Qt.ItemDataRole.DisplayRole:
            if is_imported_plan(data):
                return self.tr("{label} · imported").format(label=data.label)
            return data.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(data)
        if role == Qt.ItemDataRole.DecorationRole and self._decorate is not None:
            return self._decorate(data)
        if role == NODE_ROLE:
            return data
        if role == KIND_ROLE:
            return data.ref.kind
        if role == LINE_ROLE:
            return data.line
        return None

    def _tooltip(self, data: TreeNode) -> str:
        if is_imported_plan(data):
            return self.tr("{label}\nImported by you; kept in your own database, not the bundled library."
                           ).format(label=data.label)
        if data.line is None:
            return data.label
        return self.tr("{label} (source line {line})").format(label=data.label, line=data.line)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- helpers for the window ------------------------------------------------
    @property
    def loader(self) -> Loader:
        """What fetches a level: callers may run it off the GUI thread, then `fetch_with`."""
        return self._load

    def fetched_refs(self) -> set[NodeRef]:
        """Every node whose children are already in the model."""
        found, stack = set(), [self._root]
        while stack:
            node = stack.pop()
            if node.children is not None:
                found.add(node.ref)
                stack.extend(node.children)
        return found

    def node_at(self, parent: QModelIndex, row: int) -> TreeNode | None:
        """The node in `row` under `parent`, without making an index: a filter proxy asks
        this for every row inserted, thousands when the tree filter opens many branches."""
        children = self._node(parent).children
        return children[row].data if children is not None and 0 <= row < len(children) else None

    def node_of(self, index: QModelIndex) -> TreeNode | None:
        """The node an index shows (None for the root), without going through data()."""
        return self._node(index).data if index.isValid() else None

    def child_for(self, parent: QModelIndex, ref: NodeRef) -> QModelIndex:
        """The fetched child of `parent` with this ref (invalid if none)."""
        node = self._node(parent)
        match = next((c for c in node.children or [] if c.ref == ref), None)
        return self.createIndex(match.row, 0, match) if match is not None else QModelIndex()

    def path_of(self, index: QModelIndex) -> list[str]:
        """Node refs from the top down, as strings: kept in settings to restore a selection."""
        path = []
        node: _Node | None = self._node(index)
        while node is not None and node.data is not None:
            path.append(f"{node.ref.kind}:{node.ref.id}")
            node = node.parent
        return list(reversed(path))

    def find_path(self, path: list[str]) -> QModelIndex:
        """Fetch down a saved path and return its index (invalid if it no longer exists)."""
        parent = QModelIndex()
        for key in path:
            if self.canFetchMore(parent):
                self.fetchMore(parent)
            node = self._node(parent)
            match = next((c for c in node.children or [] if f"{c.ref.kind}:{c.ref.id}" == key), None)
            if match is None:
                return QModelIndex()
            parent = self.createIndex(match.row, 0, match)
        return parent

    def fetch_all(self, parent: QModelIndex = QModelIndex(), limit: int = 20000) -> int:
        """Fetch every level below `parent` (for type-to-filter); stops after `limit` nodes."""
        count, stack = 0, [parent]
        while stack and count < limit:
            index = stack.pop()
            if self.canFetchMore(index):
                self.fetchMore(index)
            for row in range(self.rowCount(index)):
                count += 1
                stack.append(self.index(row, 0, index))
        return count

    def index_of_plan(self, province: str | None, city: str | None, plan_id: int) -> QModelIndex:
        """A plan's node (fetching its province and city on the way), invalid if it is not there."""
        parent = self._child_with(QModelIndex(), NodeKind.PROVINCE, province or UNKNOWN_PROVINCE)
        if city and parent.isValid():  # a city's plan hangs under its city
            parent = self._child_with(parent, NodeKind.CITY, city_ref(province, city).id)
        return self._child_with(parent, NodeKind.PLAN, plan_id) if parent.isValid() else QModelIndex()

    def _child_with(self, parent: QModelIndex, kind: str, ref_id) -> QModelIndex:
        if self.canFetchMore(parent):
            self.fetchMore(parent)
        node = self._node(parent)
        match = next((c for c in node.children or [] if c.ref == NodeRef(kind, ref_id)), None)
        return self.createIndex(match.row, 0, match) if match is not None else QModelIndex()
