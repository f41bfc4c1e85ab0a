"""The window's menus, toolbar and their actions (kept apart so the window class stays short).

Strings keep the MainWindow translation context they always had.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from app.ui import library_actions, print_actions

# lupdate finds translate("Context", "literal") calls; a one-argument wrapper would hide them.
translate = QCoreApplication.translate


def _action(window, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    return action


def build_menus(window) -> None:
    """File, Edit, View and Help menus and the toolbar; the actions become window.act_*."""
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    window.act_source = _action(window, translate("MainWindow", "Show &Source Document"), window.open_current_source, "Ctrl+U")
    window.act_close_tab = _action(window, translate("MainWindow", "&Close Tab"), window.close_current_tab, QKeySequence.StandardKey.Close)
    window.act_quit = _action(window, translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit)
    window.act_print = _action(window, translate("MainWindow", "&Print…"), lambda: print_actions.print_preview(window),
                                  QKeySequence.StandardKey.Print)
    window.act_pdf = _action(window, translate("MainWindow", "Export P&DF…"), lambda: print_actions.export_pdf(window))
    window.act_xlsx = _action(window, translate("MainWindow", "Export &Excel…"), lambda: print_actions.export_excel(window))
    window.act_import = _action(window, translate("MainWindow", "&Import Plans…"), lambda: library_actions.import_files(window),
                                   QKeySequence.StandardKey.Open)
    window.act_remove = _action(window, translate("MainWindow", "&Remove Imported Plan…"), lambda: library_actions.remove_current_plan(window))
    window.act_remove.setEnabled(False)  # until an imported plan is selected
    file_menu.addActions([window.act_import, window.act_remove])
    file_menu.addSeparator()
    file_menu.addActions([window.act_source, window.act_print, window.act_pdf, window.act_xlsx, window.act_close_tab])
    file_menu.addSeparator()
    file_menu.addAction(window.act_quit)
    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    window.act_find = _action(window, translate("MainWindow", "&Find…"), window.focus_search, QKeySequence.StandardKey.Find)
    edit_menu.addAction(window.act_find)
    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    window.act_new_tab = _action(window, translate("MainWindow", "Open in &New Tab"), window.open_current_in_new_tab, "Ctrl+T")
    window.act_bigger = _action(window, translate("MainWindow", "&Larger Text"), lambda: window.change_text_size(1), "Ctrl+=")
    window.act_smaller = _action(window, translate("MainWindow", "&Smaller Text"), lambda: window.change_text_size(-1), "Ctrl+-")
    window.act_full = _action(window, translate("MainWindow", "&Full Screen"), window.toggle_full_screen, "F11", checkable=True)
    window.act_compare = _action(window, translate("MainWindow", "&Compare Plans…"), window.open_comparison, "Ctrl+Shift+C")
    window.act_chart = _action(window, translate("MainWindow", "C&harts"), window.open_chart, "Ctrl+Shift+G")
    view_menu.addActions([window.act_new_tab, window.act_compare, window.act_chart, window.act_bigger, window.act_smaller,
                          window.act_full])
    view_menu.addSeparator()
    view_menu.addActions([window.search_dock.toggleViewAction(), window.problems_dock.toggleViewAction()])
    language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
    current = window.settings.text("ui/language", "zh_CN")
    for code, name in (("zh_CN", "简体中文"), ("en", "English")):
        action = _action(window, name, lambda _checked=False, c=code: window.choose_language(c), checkable=True)
        action.setChecked(code == current)
        language_menu.addAction(action)
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(_action(window, translate("MainWindow", "&About Plan Browser"), window.show_about))
    toolbar = window.addToolBar(translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.addActions([window.act_find, window.act_source, window.act_compare, window.act_chart, window.act_bigger,
                        window.act_smaller])
