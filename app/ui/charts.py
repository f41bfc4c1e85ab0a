"""Indicator charts with pyqtgraph (imported only when a chart is first shown).

Three kinds: one plan's baseline → target per indicator (grouped by unit), a
completion table's base / target / actual, and one indicator across every plan
that lists it.  A bound ('≥95') is drawn as an arrow-shaped marker, not a point;
cumulative values carry '累计'; 约束性 and 预期性 differ in colour; hovering a
marker shows the printed value and its source line.
"""
from __future__ import annotations

import html
from collections import defaultdict

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from app.service import Dumbbell, PlanPoint, UnitGroup, ValuePoint, achieved

COLOURS = {"约束": "#c0392b", "预期": "#1f5fa8", None: "#666666"}
BOUND_SYMBOLS = {">": "t2", ">=": "t2", "<": "t3", "<=": "t3", "≈": "d"}  # arrows point the open way


def _pg():
    import pyqtgraph as pg  # ~1 s to import: only when a chart is first needed
    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    return pg


def colour_for(attribute: str | None) -> str:
    return COLOURS[(attribute or "")[:2]] if (attribute or "")[:2] in COLOURS else COLOURS[None]


def symbol_for(point: ValuePoint | None) -> str:
    return BOUND_SYMBOLS.get(point.comparator, "o") if point else "o"


def tip_text(label: str, role: str, point: ValuePoint, source: str) -> str:
    extra = "（五年累计）" if point.cumulative else ""
    line = f"，第 {point.line} 行" if point.line else ""
    return f"{label}\n{role}：{point.raw}{extra}\n来源：{source}{line}"


VISIBLE_ROWS = 30  # category rows shown at once; more are reached by dragging


class ChartCanvas:
    """A pyqtgraph plot with a title and a source footer, exportable to PNG and SVG."""

    def __init__(self):
        pg = _pg()
        self.pg = pg
        self.widget = pg.GraphicsLayoutWidget()
        self.title_item = self.widget.addLabel("", row=0, col=0)
        self.plot = self.widget.addPlot(row=1, col=0)
        self.footer_item = self.widget.addLabel("", row=2, col=0, size="8pt")
        self.legend = self.plot.addLegend(offset=(-10, 10))
        font = QFont(QApplication.font().family(), 9)
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTickFont(font)
        self.tips: list[str] = []
        self.drawn = 0

    def reset(self, title: str, footer: str) -> None:
        self.plot.clear()
        self.plot.setLimits(yMin=None, yMax=None, maxYRange=None)
        self.plot.setMouseEnabled(x=True, y=True)
        self.plot.enableAutoRange()
        self.legend.clear()
        self.tips.clear()
        self.drawn = 0
        self.title_item.setText(title, size="12pt", bold=True)
        self.footer_item.setText(footer, size="8pt")

    def _scatter(self, x, y, symbol, colour, tips, name=None, size=12):
        item = self.pg.ScatterPlotItem(x=x, y=y, symbol=symbol, size=size, brush=QColor(colour),
                                       pen=QColor(colour), hoverable=True, data=tips,
                                       tip=lambda x, y, data: data, name=name)
        self.plot.addItem(item)
        self.tips.extend(tips)
        self.drawn += len(tips)
        return item

    def _categories(self, labels: list[str]) -> None:
        self.plot.getAxis("left").setTicks([[(i, text) for i, text in enumerate(labels)]])
        self.plot.invertY(True)
        if len(labels) > VISIBLE_ROWS:
            # Hundreds of plans would print their names on top of each other: show a page of
            # rows and let the reader drag up and down, within the rows there are.
            self.plot.setMouseEnabled(x=False, y=True)
            self.plot.setLimits(yMin=-1, yMax=len(labels), maxYRange=VISIBLE_ROWS + 1)
            self.plot.setYRange(-0.5, VISIBLE_ROWS - 0.5, padding=0)

    @property
    def scrolls(self) -> bool:
        """Are there more rows than the chart shows at once?"""
        return not self.plot.getViewBox().autoRangeEnabled()[1]

    def export(self, path: str) -> None:
        """PNG or SVG by the file's suffix: the whole chart, title and source line included."""
        # Qt renders the scene itself: pyqtgraph's SVGExporter fails on Qt 6 path data,
        # and its ImageExporter leaves items in export mode for a later SVG export.
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QImage, QPainter
        from PySide6.QtSvg import QSvgGenerator
        view = self.widget
        source = view.mapToScene(view.viewport().rect()).boundingRect()
        device: QImage | QSvgGenerator
        if path.lower().endswith(".svg"):
            device = QSvgGenerator()
            device.setFileName(path)
            device.setSize(source.size().toSize())
            device.setViewBox(QRectF(0, 0, source.width(), source.height()))
            device.setTitle(self.title_item.text)
        else:
            device = QImage(source.size().toSize() * 2, QImage.Format.Format_ARGB32)
            device.fill(QColor("white"))
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = QRectF(0, 0, device.width(), device.height()) if isinstance(device, QImage) else \
            QRectF(0, 0, source.width(), source.height())
        view.scene().render(painter, target, source)
        painter.end()
        if isinstance(device, QImage) and not device.save(path):
            raise OSError(f"could not write {path}")

    # -- the three kinds ------------------------------------------------------
    def draw_group(self, group: UnitGroup, source: str) -> None:
        """Baseline → target for each indicator of one unit."""
        items = list(group.rows)
        self._categories([d.label for d in items])
        self._dumbbells([(y, item, source) for y, item in enumerate(items)])
        self.plot.setLabel("bottom", f"单位：{group.unit}")
        self._legend_entries()

    def _dumbbells(self, rows: list[tuple[int, Dumbbell, str]], label_cumulative: bool = True) -> None:
        """Baseline → target for each (row, item, source), batched: one line item per colour and
        one marker item per kind of marker, not three items per row (400 plans took 1.6 s)."""
        lines: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
        bases: dict[str, tuple[list, list, list]] = defaultdict(lambda: ([], [], []))
        targets: dict[tuple[str, str], tuple[list, list, list]] = defaultdict(lambda: ([], [], []))
        for y, item, source in rows:
            colour = colour_for(item.attribute)
            if item.baseline and item.target:
                lines[colour][0].extend([item.baseline.value, item.target.value])
                lines[colour][1].extend([y, y])
            if item.baseline:
                _append(bases[colour], item.baseline.value, y, tip_text(item.label, "基期", item.baseline, source))
            if item.target:
                _append(targets[(symbol_for(item.target), colour)], item.target.value, y,
                        tip_text(item.label, "目标", item.target, source))
                if item.target.cumulative and label_cumulative:
                    label = self.pg.TextItem("累计", color=colour, anchor=(-0.2, 0.5))
                    label.setPos(item.target.value, y)
                    self.plot.addItem(label)
        for colour, (xs, ys) in lines.items():
            self.plot.plot(xs, ys, pen=self.pg.mkPen(colour, width=2), connect="pairs")
        for colour, (xs, ys, tips) in bases.items():
            self._scatter(xs, ys, "o", "#ffffff", tips, size=10).setPen(QColor(colour))
        for (symbol, colour), (xs, ys, tips) in targets.items():
            self._scatter(xs, ys, symbol, colour, tips)

    def _legend_entries(self) -> None:
        for name, colour in (("约束性", COLOURS["约束"]), ("预期性", COLOURS["预期"])):
            self.legend.addItem(self.pg.ScatterPlotItem(symbol="o", brush=QColor(colour), pen=QColor(colour)), name)
        self.legend.addItem(self.pg.ScatterPlotItem(symbol="o", brush=QColor("#ffffff"), pen=QColor("#333")), "基期")
        self.legend.addItem(self.pg.ScatterPlotItem(symbol="t2", brush=QColor("#333"), pen=QColor("#333")),
                            html.escape("目标为下限（≥、>）"))
        self.legend.addItem(self.pg.ScatterPlotItem(symbol="t3", brush=QColor("#333"), pen=QColor("#333")),
                            html.escape("目标为上限（≤、<）"))  # legend names are rich text: '<' opens a tag

    def draw_completion(self, group: UnitGroup, source: str) -> None:
        """Base, target and actual per indicator; met targets green, missed red."""
        items = list(group.rows)
        self._categories([d.label for d in items])
        for y, item in enumerate(items):
            for offset, role, point, colour in ((-0.2, "基数", item.baseline, "#999999"),
                                                (0.0, "目标", item.target, "#1f5fa8"),
                                                (0.2, "完成", item.actual, self._met_colour(item))):
                if point is not None:
                    bar = self.pg.BarGraphItem(x0=0, y=[y + offset], height=0.18, width=[point.value],
                                               brush=QColor(colour))
                    self.plot.addItem(bar)
                    self._scatter([point.value], [y + offset], symbol_for(point) if role == "目标" else "s",
                                  colour, [tip_text(item.label, role, point, source)], size=6)
        self.plot.setLabel("bottom", f"单位：{group.unit}")

    @staticmethod
    def _met_colour(item: Dumbbell) -> str:
        return {True: "#2e8b57", False: "#c0392b"}.get(achieved(item), "#777777")

    def draw_across(self, points: list[PlanPoint]) -> None:
        """One indicator's baseline and target in every plan that lists it."""
        # Hundreds of '累计' labels would cost as much as the markers: the row's name says it.
        self._categories([p.plan_label + ("（累计）" if p.item.target and p.item.target.cumulative else "")
                          for p in points])
        self._dumbbells([(y, p.item, p.source_file) for y, p in enumerate(points)], label_cumulative=False)
        units = {p.item.unit for p in points}
        self.plot.setLabel("bottom", "单位：" + "、".join(sorted(u or "—" for u in units)))
        self._legend_entries()


def _append(columns: tuple[list, list, list], x: float, y: float, tip: str) -> None:
    for column, value in zip(columns, (x, y, tip)):
        column.append(value)
