"""Charts as images for printouts: one baseline → target chart per unit, as PNG files."""
from __future__ import annotations

from html import escape
from pathlib import Path

from app.service import PlanLibrary, labels, unit_groups


def chart_images_html(library: PlanLibrary, plan, folder: Path) -> str:
    """HTML with one chart image per unit of the plan's main indicator tables (files in `folder`)."""
    from PySide6.QtWidgets import QApplication
    from app.ui.charts import ChartCanvas
    canvas = ChartCanvas()
    parts = []
    library = PlanLibrary.wrap(library)
    for number, group in enumerate(g for g in unit_groups(library.chart_tables(plan.id, False)) if g.rows):
        canvas.reset(f"{plan.label}：基期 → 目标（单位：{group.unit}）", labels.sources_line([plan.source_file]))
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
