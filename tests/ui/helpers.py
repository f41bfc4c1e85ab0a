"""Walking the tree the way a user clicks through it."""
from PySide6.QtCore import QModelIndex


def child_labels(window, parent: QModelIndex) -> list[str]:
    model = window.tree_proxy
    window.tree.expand(parent)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def find_child(window, parent: QModelIndex, prefix: str) -> QModelIndex:
    model = window.tree_proxy
    window.tree.expand(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if str(index.data()).startswith(prefix):
            return index
    raise AssertionError(f"no child starting with {prefix!r}: {child_labels(window, parent)}")


def open_path(window, *prefixes: str) -> QModelIndex:
    index = QModelIndex()
    for prefix in prefixes:
        index = find_child(window, index, prefix)
    window.tree.setCurrentIndex(index)
    return index
