"""Charts as images for printouts: one baseline → target chart per unit, as PNG files."""
from __future__ import annotations

from html import escape
from pathlib import Path

from app.compare.chartdata import plan_chart_tables, unit_groups
from app.queries.labels import sources_line


def chart_images_html(engine, plan, folder: Path) -> str:
    """HTML with one chart image per unit of the plan's main indicator tables (files in `folder`)."""
    from PySide6.QtWidgets import QApplication
    from app.ui.charts import ChartCanvas
    canvas = ChartCanvas()
    parts = []
    for number, group in enumerate(g for g in unit_groups(plan_chart_tables(engine, plan.id, False)) if g.rows):
        canvas.reset(f"{plan.label}：基期 → 目标（单位：{group.unit}）", sources_line([plan.source_file]))
        canvas.draw_group(group, plan.source_file)
        canvas.widget.resize(1000, 160 + 46 * len(group.rows))
        canvas.widget.show()
        QApplication.processEvents()
        image = folder / f"chart_{number}.png"
        canvas.export(str(image))
        parts.append(f"<h2>图表：{escape(group.unit)}</h2><p><img src='{image.as_posix()}' width='640'></p>")
    canvas.widget.close()
    canvas.widget.deleteLater()
    return "".join(parts)
