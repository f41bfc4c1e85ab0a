"""Charts: bounds drawn as bounds, hover shows value and source, export keeps title and source."""
import sys

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
