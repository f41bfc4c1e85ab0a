"""Charts: bounds drawn as bounds, hover shows value and source, export keeps title and source."""
import sys

import pytest

from app.queries import list_plans
from helpers import open_path


def test_pyqtgraph_is_not_imported_until_a_chart_is_shown(window):
    import subprocess
    code = ("import os; os.environ['QT_QPA_PLATFORM']='offscreen'; import sys; import app.ui.main_window; "
            "print('pyqtgraph' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120).stdout
    assert out.strip() == "False"


def test_plan_chart_draws_every_numeric_indicator_of_a_unit(window, qtbot):
    open_path(window, "湖南省", "湖南省")
    tab = window.open_chart()
    tab.group.setCurrentIndex(tab.group.findData("%"))
    # 5 indicators in %, baseline and target each, less one baseline printed "—": missing is not zero
    assert tab.canvas.drawn == 9
    assert not any("基期：—" in tip for tip in tab.canvas.tips)
    tips = "\n".join(tab.canvas.tips)
    assert "目标：<5.5" in tips and "第 165 行" in tips


def test_cumulative_targets_are_labelled(window):
    open_path(window, "黑龙江省", "黑龙江省")
    tab = window.open_chart()
    tab.group.setCurrentIndex(tab.group.findData("万人"))
    assert any("五年累计" in tip for tip in tab.canvas.tips)


def test_completion_chart_and_indicator_across_plans(window, engine):
    hunan = next(p.id for p in list_plans(engine) if p.province == "湖南省")
    tab = window.open_chart()
    tab.plan.setCurrentIndex(tab.plan.findData(hunan))
    tab.kind.setCurrentIndex(tab.kind.findData("completion"))
    assert tab.canvas.drawn > 0 and any("完成：" in tip for tip in tab.canvas.tips)
    tab.kind.setCurrentIndex(tab.kind.findData("across"))
    tab.group.setCurrentIndex(tab.group.findData("urban_new_jobs"))
    assert "4 " in tab.note.text() or "4个" in tab.note.text() or tab.note.text().startswith("4")


def test_export_png_and_svg_with_title_and_source(window, qtbot, tmp_path):
    open_path(window, "辽宁省", "辽宁省")
    tab = window.open_chart()
    qtbot.waitUntil(lambda: tab.canvas.widget.isVisible() and tab.canvas.widget.width() > 400)
    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    tab.canvas.export(str(png))
    tab.canvas.export(str(svg))
    assert png.stat().st_size > 5000
    text = svg.read_text(encoding="utf-8")
    assert "辽宁省" in text and "来源" in text and "dc3a60d4d6364fbb.txt" in text  # Qt splits text runs at "_"


def _points(n):
    from app.compare.chartdata import Dumbbell, PlanPoint, ValuePoint
    return [PlanPoint(f"省{i:03d} 十四五", f"gen_{i:04d}.txt",
                      Dumbbell("城镇新增就业人数", "万人", "预期性", ValuePoint(100 + i, str(100 + i), None, False, 5),
                               ValuePoint(120 + i, str(120 + i), None, False, 5), None, 5))
            for i in range(n)]


def test_an_indicator_in_hundreds_of_plans_stays_readable(qtbot):
    """At 400 plans the names printed over each other and the list of source files stretched
    the chart far past the window: now a page of rows shows, and the source line counts files."""
    from app.queries.labels import sources_line
    from app.ui.charts import VISIBLE_ROWS, ChartCanvas
    points = _points(400)
    canvas = ChartCanvas()
    qtbot.addWidget(canvas.widget)
    canvas.widget.resize(1000, 700)
    canvas.widget.show()
    canvas.reset("城镇新增就业人数", sources_line([p.source_file for p in points]))
    canvas.draw_across(points)
    qtbot.waitUntil(lambda: canvas.plot.sceneBoundingRect().width() > 0)
    (_x_range, (top, bottom)) = canvas.plot.viewRange()
    assert canvas.scrolls and bottom - top <= VISIBLE_ROWS + 1
    assert canvas.drawn == 800  # every plan is drawn; the reader drags to reach the rest
    assert canvas.plot.sceneBoundingRect().right() <= canvas.widget.width()
    footer = sources_line([p.source_file for p in points])
    assert "gen_0000.txt" in footer and "400 个文件" in footer and "gen_0399.txt" not in footer
    assert all("gen_" in tip for tip in canvas.tips)  # each point still names its own source
    canvas.reset("few", sources_line(["a.txt", "b.txt"]))  # a short chart shows all its rows again
    canvas.draw_across(_points(3))
    assert not canvas.scrolls and sources_line(["a.txt", "b.txt"]) == "来源：a.txt、b.txt"


def test_the_legend_shows_both_bound_markers_in_full(qtbot):
    from app.ui.charts import ChartCanvas
    canvas = ChartCanvas()
    qtbot.addWidget(canvas.widget)
    canvas.reset("t", "")
    canvas.draw_across(_points(2))
    legend = [label.item.toPlainText() for _sample, label in canvas.legend.items]
    assert "目标为下限（≥、>）" in legend and "目标为上限（≤、<）" in legend  # '<' was read as a tag


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on: its count is no "
                    "measure (abi3 extensions still decrement it) and a dropped reference cannot free it")
def test_drawing_chart_after_chart_does_not_wear_python_down(qtbot):
    """PySide6 6.12.0 dropped a reference to None for each chart marker: after a few hundred
    markers Python aborted, taking the reader's open work with it. The pinned version must not."""
    from app.ui.charts import ChartCanvas
    canvas = ChartCanvas()
    qtbot.addWidget(canvas.widget)
    canvas.widget.show()
    before = sys.getrefcount(None)
    for _ in range(5):
        canvas.reset("t", "")
        canvas.draw_across(_points(20))
        canvas.widget.grab()
    assert sys.getrefcount(None) >= before - 200  # 6.12.0: about 5,000 fewer
