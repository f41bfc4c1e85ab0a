"""Search over all plans, as you type, without freezing the window."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from app.service import PlanLibrary, SearchHit
from app.ui.roles import Role

HIT_ROLE = Role.HIT
RESULT_LIMIT = 200


def hit_html(hit: SearchHit) -> str:
    """Plan and location on one line, the snippet with every match marked below."""
    out, last = [], 0
    for start, end in hit.matches:
        out += [escape(hit.snippet[last:start]), f"<b style='background:#ffe58a'>{escape(hit.snippet[start:end])}</b>"]
        last = end
    out.append(escape(hit.snippet[last:]))
    place = " › ".join(escape(c) for c in hit.breadcrumb)
    line = f" · {hit.line}" if hit.line else ""
    return f"<span style='color:#555'>{place}{line}</span><br>{''.join(out)}"


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.marked()
        if role == Qt.ItemDataRole.ToolTipRole:
            return " › ".join(hit.breadcrumb)
        if role == HIT_ROLE:
            return hit
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints a hit's HTML (marked matches) instead of plain text."""

    def _document(self, index, width: int) -> QTextDocument:
        doc = QTextDocument()
        hit = index.data(HIT_ROLE)
        doc.setHtml(hit_html(hit) if hit else "")
        doc.setTextWidth(width)
        return doc

    def paint(self, painter, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(index, opt.rect.width())
        painter.save()
        painter.translate(opt.rect.topLeft())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index):
        width = option.rect.width() if option.rect.width() > 0 else 400
        doc = self._document(index, width)
        return QSize(int(doc.idealWidth()), int(QRectF(0, 0, 0, doc.size().height()).height()) + 4)


class SearchPanel(QWidget):
    """Query box, province and period filters, and the list of hits."""

    hit_activated = Signal(object, str)  # SearchHit, the query

    def __init__(self, library: PlanLibrary, runner, parent=None):
        super().__init__(parent)
        self._library = library
        self._runner = runner
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search all plans (e.g. 就业, 社保)…"))
        self.query.setClearButtonEnabled(True)
        self.province = QComboBox()
        self.period = QComboBox()
        self.status = QLabel()
        self.results = QListView()
        self.model = SearchResultsModel(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._build_layout()
        self.reload_filters()
        self._connect()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.province)
        filters.addWidget(self.period)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.results)

    def _connect(self) -> None:
        self.query.textChanged.connect(lambda _text: self._debounce.start())
        self.query.returnPressed.connect(self._activate_first)
        self.province.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self.period.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self._debounce.timeout.connect(self.run_search)
        self._runner.finished.connect(self._show_hits)
        self._runner.failed.connect(lambda message: self.status.setText(message))
        self.results.activated.connect(self._activate)
        self.results.doubleClicked.connect(self._activate)

    def reload_filters(self) -> None:
        plans = self._library.plans()
        self.province.clear()
        self.province.addItem(self.tr("All provinces"), None)
        for name in sorted({p.province for p in plans if p.province}):
            self.province.addItem(name, name)
        self.period.clear()
        self.period.addItem(self.tr("All periods"), None)
        for name in sorted({p.period for p in plans if p.period}):
            self.period.addItem(name, name)

    def run_search(self) -> None:
        text = self.query.text().strip()
        if not text:
            self._runner.cancel()
            self.model.set_hits([])
            self.status.setText("")
            return
        library, province, period = self._library, self.province.currentData(), self.period.currentData()
        self.status.setText(self.tr("Searching…"))
        self._runner.submit(lambda: library.search(text, province=province, period=period, limit=RESULT_LIMIT))

    def _show_hits(self, hits) -> None:
        self.model.set_hits(hits)
        if not hits:
            self.status.setText(self.tr("No matches"))
        elif len(hits) >= RESULT_LIMIT:
            self.status.setText(self.tr("First {n} matches").format(n=len(hits)))
        else:
            self.status.setText(self.tr("{n} matches").format(n=len(hits)))

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit, self.query.text().strip())

    def _activate_first(self) -> None:
        if self.model.rowCount():
            self._activate(self.model.index(0, 0))
