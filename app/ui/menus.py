"""The window's actions, declared in one object, and the menus and toolbar made of them.

`WindowActions` is built from the commands the window offers (its public methods and its
controllers'); the window keeps it as `window.commands` (not `actions`, which would hide
QWidget.actions()) and enables or disables its members.
Strings keep the MainWindow translation context they always had.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

# lupdate finds translate("Context", "literal") calls; a one-argument wrapper would hide them.
translate = QCoreApplication.translate


def _action(parent, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    return action


@dataclass
class WindowActions:
    """Every command of the main window, as a QAction."""

    source: QAction
    close_tab: QAction
    quit: QAction
    print: QAction
    pdf: QAction
    xlsx: QAction
    import_plans: QAction
    remove: QAction
    find: QAction
    new_tab: QAction
    bigger: QAction
    smaller: QAction
    full_screen: QAction
    compare: QAction
    chart: QAction
    about: QAction

    @classmethod
    def for_window(cls, window) -> WindowActions:
        actions = cls(
            source=_action(window, translate("MainWindow", "Show &Source Document"),
                           window.open_current_source, "Ctrl+U"),
            close_tab=_action(window, translate("MainWindow", "&Close Tab"), window.close_current_tab,
                              QKeySequence.StandardKey.Close),
            quit=_action(window, translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit),
            print=_action(window, translate("MainWindow", "&Print…"), lambda: window.printing.print_preview(),
                          QKeySequence.StandardKey.Print),
            pdf=_action(window, translate("MainWindow", "Export P&DF…"), lambda: window.printing.export_pdf()),
            xlsx=_action(window, translate("MainWindow", "Export &Excel…"), lambda: window.printing.export_excel()),
            import_plans=_action(window, translate("MainWindow", "&Import Plans…"), lambda: window.import_files(),
                                 QKeySequence.StandardKey.Open),
            remove=_action(window, translate("MainWindow", "&Remove Imported Plan…"),
                           lambda: window.remove_current_plan()),
            find=_action(window, translate("MainWindow", "&Find…"), window.focus_search, QKeySequence.StandardKey.Find),
            new_tab=_action(window, translate("MainWindow", "Open in &New Tab"),
                            window.open_current_in_new_tab, "Ctrl+T"),
            bigger=_action(window, translate("MainWindow", "&Larger Text"),
                           lambda: window.change_text_size(1), "Ctrl+="),
            smaller=_action(window, translate("MainWindow", "&Smaller Text"),
                            lambda: window.change_text_size(-1), "Ctrl+-"),
            full_screen=_action(window, translate("MainWindow", "&Full Screen"), window.toggle_full_screen, "F11",
                                checkable=True),
            compare=_action(window, translate("MainWindow", "&Compare Plans…"), lambda: window.open_comparison(),
                            "Ctrl+Shift+C"),
            chart=_action(window, translate("MainWindow", "C&harts"), lambda: window.open_chart(), "Ctrl+Shift+G"),
            about=_action(window, translate("MainWindow", "&About Plan Browser"), window.show_about),
        )
        actions.remove.setEnabled(False)  # until an imported plan is selected
        return actions


def build_menus(window, actions: WindowActions, docks, language: str) -> None:
    """File, Edit, View and Help menus and the toolbar, from the actions (`docks`: their toggles)."""
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([actions.import_plans, actions.remove])
    file_menu.addSeparator()
    file_menu.addActions([actions.source, actions.print, actions.pdf, actions.xlsx, actions.close_tab])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    window.menuBar().addMenu(translate("MainWindow", "&Edit")).addAction(actions.find)
    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    view_menu.addActions([actions.new_tab, actions.compare, actions.chart, actions.bigger, actions.smaller,
                          actions.full_screen])
    view_menu.addSeparator()
    view_menu.addActions([dock.toggleViewAction() for dock in docks])
    language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
    for code, name in (("zh_CN", "简体中文"), ("en", "English")):
        action = _action(window, name, lambda _checked=False, c=code: window.choose_language(c), checkable=True)
        action.setChecked(code == language)
        language_menu.addAction(action)
    window.menuBar().addMenu(translate("MainWindow", "&Help")).addAction(actions.about)
    toolbar = window.addToolBar(translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.addActions([actions.find, actions.source, actions.compare, actions.chart, actions.bigger, actions.smaller])
