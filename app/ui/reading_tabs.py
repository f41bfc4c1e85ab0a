"""The reading area: tabs that each show one thing (app.ui.tabs), found again by their key.

Opening what is already open brings its tab forward instead of opening it twice; opening in
the current tab replaces what it showed. Closing a tab deletes its widget; removing a plan
closes every tab that shows it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.tab_keys import TabKey


class ReadingTabs(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setDocumentMode(True)
        self.tabCloseRequested.connect(self.close_at)

    def index_of(self, key: TabKey | None) -> int:
        """The open tab with this key, or -1."""
        return next((i for i in range(self.count()) if getattr(self.widget(i), "key", None) == key), -1)

    def place(self, widget: QWidget, title: str, new_tab: bool) -> None:
        """Show `widget` (it has a `key`) in a new tab or in the current one; if a tab with its
        key is open, bring that forward and let `widget` go."""
        existing = self.index_of(getattr(widget, "key", None))
        if existing >= 0:
            self.setCurrentIndex(existing)
            widget.deleteLater()
            return
        index = self.currentIndex()
        if new_tab or index < 0:
            index = self.addTab(widget, title)
        else:
            old = self.widget(index)
            self.removeTab(index)
            if old is not None:
                old.deleteLater()
            index = self.insertTab(index, widget, title)
        self.setTabToolTip(index, title)
        self.setCurrentIndex(index)

    def add(self, widget: QWidget, title: str) -> int:
        """A new tab, made current."""
        index = self.addTab(widget, title)
        self.setTabToolTip(index, title)
        self.setCurrentIndex(index)
        return index

    def close_at(self, index: int) -> None:
        widget = self.widget(index)
        self.removeTab(index)
        if widget is not None:
            widget.deleteLater()

    def close_current(self) -> None:
        if self.currentIndex() >= 0:
            self.close_at(self.currentIndex())

    def close_plan(self, plan_id: int) -> None:
        """Every tab that shows this plan, alone or beside others (a comparison)."""
        for index in reversed(range(self.count())):
            widget = self.widget(index)
            if widget is not None and plan_id in {getattr(widget, "plan_id", None), *getattr(widget, "plan_ids", ())}:
                self.close_at(index)
