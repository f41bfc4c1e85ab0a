"""Saving and restoring the window: geometry, docks, splitter, open tabs, last selection."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel

from app.ui.tab_keys import TabKey, TabKind

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def save_window(window: MainWindow) -> None:
    settings = window.settings
    settings.set_bytes("window/geometry", window.saveGeometry())
    settings.set_bytes("window/state", window.saveState())
    settings.set_bytes("window/splitter", window.splitter.saveState())
    keys = [getattr(window.tabs.widget(i), "key", None) for i in range(window.tabs.count())]
    settings.set_text_list("window/tabs", [str(k) for k in keys if k is not None])
    settings.set_integer("window/current_tab", window.tabs.currentIndex())
    index = window.tree_proxy.mapToSource(window.tree.currentIndex())
    settings.set_text("window/selection", "|".join(window.tree_model.path_of(index)))
    settings.set_integer("view/text_size", window.text_size)
    settings.sync()


def restore_window(window: MainWindow) -> None:
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


def _reopen_tab(window: MainWindow, text: str) -> None:
    key = TabKey.parse(text)
    if key is None:
        return
    if key.kind == TabKind.SOURCE and key.ids:
        window.open_source(int(key.ids[0]))
    elif key.kind == TabKind.COMPARE and len(key.ids) >= 2:
        window.open_comparison(*(int(part) for part in key.ids))
    elif key.kind == TabKind.CHART:
        window.open_chart(int(key.ids[0]) if key.ids else None)
    elif key.node_ref is not None:
        widget = window.navigator.widget_for(key.node_ref)
        if widget is not None:
            window.place_tab(widget, new_tab=True)


def _restore_selection(window: MainWindow, saved: str) -> None:
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
