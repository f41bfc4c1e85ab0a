"""Saving and restoring the window: geometry, docks, splitter, open tabs, last selection."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMainWindow

from app.service import NodeRef, TreeNode


def save_window(window: QMainWindow) -> None:
    settings = window.settings
    settings.set_bytes("window/geometry", window.saveGeometry())
    settings.set_bytes("window/state", window.saveState())
    settings.set_bytes("window/splitter", window.splitter.saveState())
    keys = [getattr(window.tabs.widget(i), "key", "") for i in range(window.tabs.count())]
    settings.set_text_list("window/tabs", [k for k in keys if k])
    settings.set_integer("window/current_tab", window.tabs.currentIndex())
    index = window.tree_proxy.mapToSource(window.tree.currentIndex())
    settings.set_text("window/selection", "|".join(window.tree_model.path_of(index)))
    settings.set_integer("view/text_size", window.text_size)
    settings.sync()


def restore_window(window: QMainWindow) -> None:
    settings = window.settings
    for key, restore in (("window/geometry", window.restoreGeometry), ("window/state", window.restoreState),
                         ("window/splitter", window.splitter.restoreState)):
        value = settings.bytes(key)
        if value is not None:
            restore(value)
    for key in settings.text_list("window/tabs"):
        _reopen_tab(window, key)
    current = settings.integer("window/current_tab", -1)
    if 0 <= current < window.tabs.count():
        window.tabs.setCurrentIndex(current)
    _restore_selection(window, settings.text("window/selection"))


def _reopen_tab(window: QMainWindow, key: str) -> None:
    kind, _, ident = key.partition(":")
    if kind == "source":
        window.open_source(int(ident))
        return
    if kind == "compare":
        left, _, right = ident.partition(":")
        if left.isdigit() and right.isdigit():
            window.open_comparison(int(left)).set_plans(int(left), int(right))
        return
    if kind == "tables":
        kind = "indicators"
    ref_id = ident if kind == "province" else int(ident) if ident.isdigit() else None
    if ref_id is None:
        return
    node = TreeNode(NodeRef(kind, ref_id), key, 0)
    widget = window.navigator.widget_for(node.ref)
    if widget is not None:
        window._place_tab(widget, _title_for(window, widget, key), new_tab=True)


def _title_for(window, widget, key: str) -> str:
    return getattr(widget, "title", "") or key


def _restore_selection(window: QMainWindow, saved: str) -> None:
    if not saved:
        return
    index = window.tree_model.find_path(saved.split("|"))
    if not index.isValid():
        return
    proxy_index = window.tree_proxy.mapFromSource(index)
    window.tree.scrollTo(proxy_index)
    window.tree.selectionModel().blockSignals(True)
    window.tree.selectionModel().setCurrentIndex(proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    window.tree.selectionModel().blockSignals(False)
