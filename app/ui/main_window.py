"""The main window: plan tree on the left, reading tabs in the middle, problems and search docks."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.service import NodeKind, NodeRef, PlanLibrary, TreeNode
from app.ui import library_actions
from app.ui.corrections import correct_indicator_key, saved_message
from app.ui.menus import WindowActions, build_menus
from app.ui.navigator import Navigator, add_indicator_levels, add_indicator_nodes
from app.ui.print_actions import PrintController
from app.ui.problems_panel import ProblemsPanel
from app.ui.reading_tabs import ReadingTabs
from app.ui.search_panel import SearchPanel
from app.ui.settings import Settings
from app.ui.tab_keys import TabKey, TabKind
from app.ui.tabs import SourceTab
from app.ui.tree_filter import PathFilterProxy, TreeFilter
from app.ui.tree_model import NODE_ROLE, PlanTreeModel
from app.ui.workers import LatestOnlyRunner

if TYPE_CHECKING:
    from app.ui.import_flow import ImportFlow

_ICONS = {"province": QStyle.StandardPixmap.SP_DirHomeIcon, "city": QStyle.StandardPixmap.SP_DirIcon,
          "plan": QStyle.StandardPixmap.SP_FileDialogDetailedView,
          "indicators": QStyle.StandardPixmap.SP_FileDialogListView, "box": QStyle.StandardPixmap.SP_FileDialogInfoView}


class MainWindow(QMainWindow):
    def __init__(self, library: PlanLibrary, settings: Settings, db_label: str = ""):
        super().__init__()
        # One PlanLibrary for every view: bundled plans and, once opened, the user's imports.
        self.library = library
        self.settings, self.db_label = settings, db_label
        self.import_flow: ImportFlow | None = None  # the import in progress, or the last one
        self.import_ask = None  # answers the import preview instead of the dialog (tests)
        self.last_import_message: QMessageBox | None = None  # the summary of the last import
        self.last_removal_warning: QMessageBox | None = None  # why the last removal failed
        library = self.library
        self.navigator = Navigator(library)
        self.setWindowTitle(self.tr("Plan Browser"))
        self.setAcceptDrops(True)
        self.tree_model = PlanTreeModel(lambda ref: add_indicator_nodes(library, ref, library.tree(ref)), self)
        self.tree_model.set_decorator(self._icon_for)
        self.tree_proxy = PathFilterProxy(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self._build_central()
        # The filter asks the database which titles match, then loads only their paths.
        self.tree_filter = TreeFilter(self.tree, self.tree_model, self.tree_proxy, library,
                                      load_many=lambda refs: add_indicator_levels(library, library.tree_levels(refs)))
        self.tree_filter.status.connect(self.statusBar().showMessage)
        self.search_runner = LatestOnlyRunner(self)
        self.search_panel = SearchPanel(library, self.search_runner)
        self.problems = ProblemsPanel()
        self.search_dock = self._dock(self.tr("Search"), self.search_panel, "searchDock",
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.problems_dock = self._dock(self.tr("Problems in the source"), self.problems, "problemsDock",
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.printing = PrintController(library, settings, self, self.tabs.currentWidget)
        self.printing.status.connect(self.statusBar().showMessage)
        self.commands = WindowActions.for_window(self)
        build_menus(self, self.commands, [self.search_dock, self.problems_dock], settings.text("ui/language", "zh_CN"))
        self._connect()
        self.library_label = QLabel()
        self.statusBar().addPermanentWidget(self.library_label)
        self._show_library_size()
        self.text_size = settings.integer("view/text_size", self.font().pointSize() or 10)
        self._apply_text_size()
        self.restore_state()

    # -- layout ---------------------------------------------------------------
    def _build_central(self) -> None:
        self.tree = QTreeView()
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.tree_proxy)
        self.tree.setUniformRowHeights(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter titles…"))
        self.filter.setClearButtonEnabled(True)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.tabs = ReadingTabs()
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        # A wide tab (a comparison) must not squeeze the tree to nothing.
        left.setMinimumWidth(220)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 900])
        self.setCentralWidget(self.splitter)

    def _dock(self, title: str, widget: QWidget, name: str, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.doubleClicked.connect(lambda _i: self.open_current_in_new_tab())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions([self.commands.new_tab, self.commands.source, self.commands.compare, self.commands.chart,
                              self.commands.remove])
        self.filter.textChanged.connect(self._on_filter)
        self.search_panel.hit_activated.connect(self.open_search_hit)
        self.problems.line_requested.connect(self._open_line_of_current_plan)

    def _icon_for(self, node: TreeNode):
        pixmap = _ICONS.get(node.ref.kind)
        return self.style().standardIcon(pixmap) if pixmap is not None else None

    # -- opening things -------------------------------------------------------
    def current_node(self) -> tuple[TreeNode | None, NodeRef | None]:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None, None
        parent = index.parent()
        parent_node = parent.data(NODE_ROLE) if parent.isValid() else None
        return index.data(NODE_ROLE), parent_node.ref if parent_node else None

    def _on_current_changed(self, current: QModelIndex, _previous) -> None:
        node, parent_ref = self.current_node()
        self.commands.remove.setEnabled(bool(node and self.library.is_imported(node.plan_id)))
        if node is None:
            return
        self.show_node(node, parent_ref, new_tab=False)
        if node.plan_id is not None:
            self._show_problems(node.plan_id)

    def show_node(self, node: TreeNode, parent_ref: NodeRef | None, new_tab: bool, term: str | None = None):
        widget = self.navigator.widget_for(node.ref, parent_ref, term)
        if widget is None:
            return None
        self.place_tab(widget, node.label, new_tab)
        if node.ref.kind in ("subsection", "item") and node.line and hasattr(widget, "scrollToAnchor"):
            widget.scrollToAnchor(f"line:{node.line}")
        return widget

    def place_tab(self, widget, title: str | None = None, new_tab: bool = False) -> None:
        """Show a tab widget (one with a key, plan_id and title; app.ui.tabs): in a new tab or
        the current one, or bring forward the open tab with the same key."""
        title = title or widget.title
        if hasattr(widget, "line_requested"):
            widget.line_requested.connect(lambda line, w=widget: self.open_source(w.plan_id, line))
        if hasattr(widget, "correction_requested"):
            widget.correction_requested.connect(lambda row, w=widget: self._correct(w.plan_id, row))
        self.tabs.place(widget, title, new_tab)

    def _correct(self, plan_id: int, row) -> None:
        _key, saved = correct_indicator_key(self, self.library, plan_id, row)
        if saved:
            self.statusBar().showMessage(saved_message(), 8000)

    def open_current_in_new_tab(self) -> None:
        node, parent_ref = self.current_node()
        if node is not None:
            self.show_node(node, parent_ref, new_tab=True)

    def open_source(self, plan_id: int | None, line: int | None = None) -> SourceTab | None:
        """Open (or reuse) the plan's source tab and highlight `line`."""
        if plan_id is None:
            return None
        index = self.tabs.index_of(TabKey.of(TabKind.SOURCE, plan_id))
        if index < 0:
            tab = self.navigator.source_tab(plan_id)
            if tab is None:
                return None
            plan = self.library.plan(plan_id)
            index = self.tabs.add(tab, self.tr("Source: {name}").format(name=plan.label if plan else plan_id))
        self.tabs.setCurrentIndex(index)
        shown = self.tabs.widget(index)
        if not isinstance(shown, SourceTab):
            return None
        if line:
            shown.show_line(line)
        return shown

    def open_current_source(self) -> None:
        node, _ = self.current_node()
        widget = self.tabs.currentWidget()
        plan_id = node.plan_id if node else getattr(widget, "plan_id", None)
        self.open_source(plan_id, node.line if node else None)

    def _open_line_of_current_plan(self, line: int) -> None:
        node, _ = self.current_node()
        plan_id = node.plan_id if node else getattr(self.tabs.currentWidget(), "plan_id", None)
        self.open_source(plan_id, line)

    def open_search_hit(self, hit, term: str) -> None:
        """Open the place a hit is in, with the match highlighted."""
        kinds = [("subsection_id", "section_id", "section"), ("section_id", "section_id", "section"),
                 ("chapter_id", "chapter_id", "chapter"), ("box_id", "box_id", "box")]
        ref = NodeRef(NodeKind.PLAN, hit.plan_id)
        for attr, id_attr, kind in kinds:
            if getattr(hit, attr) is not None:
                ref = NodeRef(kind, getattr(hit, id_attr))
                break
        if hit.kind == "paragraph" and hit.chapter_id is None and hit.box_id is None:
            ref = NodeRef(NodeKind.PREAMBLE, hit.plan_id)
        node = TreeNode(ref, " › ".join(hit.breadcrumb[-2:]) or hit.plan_label, 0, hit.line, hit.plan_id)
        widget = self.show_node(node, None, new_tab=True, term=term)
        if widget is not None and hit.line and hasattr(widget, "scrollToAnchor"):
            widget.scrollToAnchor(f"line:{hit.line}")
        self._show_problems(hit.plan_id)

    def _show_problems(self, plan_id: int) -> None:
        plan = self.library.plan(plan_id)
        self.problems.show_plan(plan.label if plan else str(plan_id), self.library.issues(plan_id))

    def open_comparison(self, *plan_ids: int):
        """A comparison tab: of these plans, else of the plan the user is looking at and a like one."""
        from app.ui.compare_pane import ComparePane
        node, _ = self.current_node()
        ids = [pid for pid in plan_ids if type(pid) is int]  # not a QAction's checked flag
        if not ids and node is not None and node.plan_id is not None:
            ids = [node.plan_id]
        if not ids:
            plans = self.library.plans()
            ids = [plans[0].id] if plans else []
        pane = ComparePane(self.library, self.settings)
        pane.line_requested.connect(self.open_source)
        if ids:
            pane.set_plans(*ids)
        self.tabs.add(pane, self.tr("Compare"))
        return pane

    def refresh_library(self, select_plan: int | None = None) -> None:
        """Show plans added or removed: tree, search filters, plan count."""
        self.tree_model.reload()
        self.tree_model.fetchMore(QModelIndex())  # the provinces at once, not at the next paint
        self.commands.remove.setEnabled(False)  # the selection went with the reset
        self.tree_filter.refresh()
        self.search_panel.reload_filters()
        self._show_library_size()
        if select_plan is not None:
            self.select_plan(select_plan)

    def select_plan(self, plan_id: int) -> bool:
        """Select a plan's node in the tree (fetching its province), as after an import."""
        plan = self.library.plan(plan_id)
        found = self.tree_model.index_of_plan(plan.province, plan.city, plan_id) if plan else QModelIndex()
        if not found.isValid():
            return False
        index = self.tree_proxy.mapFromSource(found)
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _show_library_size(self) -> None:
        plans = self.library.plans()
        imported = sum(not plan.bundled for plan in plans)
        text = self.tr("{n} plans · {db}").format(n=len(plans), db=self.db_label)
        if imported:
            text += self.tr(" · {k} imported by you").format(k=imported)
        self.library_label.setText(text)

    # -- changing the library -------------------------------------------------
    def import_files(self, files=None, ask=None):
        """Import files (asked for if none given), with a preview of each; see ImportFlow.
        `ask` replaces the preview dialog (tests answer it; so does `import_ask`)."""
        flow = library_actions.start_import(self, self.library, self.settings, files, ask or self.import_ask)
        if flow is not None:
            self.import_flow = flow  # kept alive until the next import
            flow.finished.connect(self._after_import)
        return flow

    def _after_import(self, report) -> None:
        from app.ui.import_flow import show_summary
        if report.imported:
            self.refresh_library(select_plan=report.imported[-1][1])
        self.last_import_message = show_summary(self, report)

    def remove_current_plan(self, confirm=None) -> bool:
        """Remove the selected imported plan once the user confirms; bundled plans stay."""
        node, _ = self.current_node()
        plan_id = node.plan_id if node else None
        if not self.library.is_imported(plan_id):
            self.statusBar().showMessage(library_actions.only_imported_message(), 6000)
            return False
        removed = library_actions.remove_plan(self, self.library, plan_id, confirm, self._removal_failed)
        if removed is not None:
            self.close_tabs_of(removed.id)
            self.refresh_library()
            self.statusBar().showMessage(library_actions.removed_message(removed), 8000)
        return removed is not None

    def _removal_failed(self, text: str) -> None:
        self.last_removal_warning = library_actions.warning(self, text)

    def close_tabs_of(self, plan_id: int) -> None:
        self.tabs.close_plan(plan_id)

    # -- drag and drop: files dropped anywhere on the window are imported ------
    def dragEnterEvent(self, event) -> None:
        if library_actions.dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = library_actions.dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    def open_chart(self, plan_id: int | None = None):
        """Charts for this plan, else the selected one (pyqtgraph is imported here, the first time)."""
        from app.ui.chart_tab import ChartTab
        if type(plan_id) is not int:  # a QAction's checked flag, or nothing
            node, _ = self.current_node()
            plan_id = node.plan_id if node else None
        tab = ChartTab(self.library, plan_id)
        tab.line_requested.connect(self.open_source)
        self.tabs.add(tab, self.tr("Charts"))
        return tab

    # -- small commands -------------------------------------------------------
    def close_current_tab(self) -> None:
        self.tabs.close_current()

    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_panel.query.setFocus()
        self.search_panel.query.selectAll()

    def _on_filter(self, text: str) -> None:
        self.tree_filter.set_text(text)

    def choose_language(self, code: str) -> None:
        """Plan text is data and never translated; the interface language applies from the next start."""
        self.settings.set_text("ui/language", code)
        self.statusBar().showMessage(self.tr("The interface language changes the next time Plan Browser starts."), 8000)

    def change_text_size(self, step: int) -> None:
        self.text_size = max(7, min(32, self.text_size + step))
        self._apply_text_size()

    def _apply_text_size(self) -> None:
        font = self.tabs.font()
        font.setPointSize(self.text_size)
        self.tabs.setFont(font)
        self.tree.setFont(font)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_about(self) -> None:
        plans = self.library.plans()
        mark = self.tr(" (imported)")
        names = "<br>".join(f"{p.label}{'' if p.bundled else mark}: {p.source_file}" for p in plans)
        QMessageBox.about(self, self.tr("About Plan Browser"),
                          self.tr("<h3>Plan Browser {version}</h3><p>Provincial HR and social security "
                                  "five-year plans, offline.</p><p>Plans in this library:<br>{plans}</p>")
                          .format(version=__version__, plans=names))

    # -- persistence ----------------------------------------------------------
    def restore_state(self) -> None:
        from app.ui.persistence import restore_window
        restore_window(self)

    def closeEvent(self, event) -> None:
        from app.ui.persistence import save_window
        save_window(self)
        super().closeEvent(event)
