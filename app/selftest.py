"""`plan-browser --selftest`: prove a (frozen) installation works, offscreen, and exit 0.

Opens the bundled database read-only, builds the main window, renders a chart and
a PDF with Chinese text, checks a Simplified Chinese font is available, and imports a
tiny plan in each format (.txt, .docx, .html, .pdf) into a throw-away user database.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app import __version__, paths
    from app.service import PlanLibrary, labels
    from app.ui.app import make_application
    from app.ui.fonts import chinese_font_family
    from app.ui.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(Path(folder) / "settings.ini")
        make_application("zh_CN", settings)
        library = PlanLibrary.of_file(paths.bundled_db_path())
        plans = library.plans()
        _check(plans, "the bundled database has no plans")
        family = chinese_font_family()
        _check(family, "no Simplified Chinese font found")
        from app.ui.main_window import MainWindow
        window = MainWindow(library, settings, db_label="selftest")
        window.show()
        from app.ui.chart_tab import ChartTab
        plan = next(p for p in plans if p.indicators)
        chart = ChartTab(library, plan.id)
        _check(chart.canvas.drawn > 0, "the chart drew nothing")
        chart.canvas.export(str(Path(folder) / "chart.png"))
        from app.ui.printing import write_pdf
        pages = write_pdf(library.plan_print_html(plan.id), Path(folder) / "selftest.pdf",
                          labels.sources_line([plan.source_file]), plan.display_title)
        _check(pages > 0, "the PDF has no pages")
        _tear_down(window, chart)
        imported = _import_each_format(Path(folder))
    print(f"selftest ok: Plan Browser {__version__}, {len(plans)} plans, font {family}, PDF {pages} pages, "
          f"imported {imported}")
    return 0


def _import_each_format(folder: Path) -> str:
    """Read and save the sample plan in every format; a missing reader fails here."""
    from app import paths
    from app.sample_documents import EXPECTED_ROWS, write_all
    from app.service import ImportRefused, PlanLibrary
    library = PlanLibrary.open(paths.bundled_db_path(), folder / "user.sqlite", create_user=True)
    done = []
    for fmt, path in write_all(folder / "samples").items():
        try:
            candidate = library.read_candidate(path)
        except ImportRefused as exc:
            _check(False, f"importing a .{fmt} file: {exc}")
        rows = [(i.name, *(c.raw for c in i.cells)) for i in candidate.parsed.indicators]
        _check(rows == EXPECTED_ROWS, f"a .{fmt} file's table read as {rows}")
        library.save(candidate)
        done.append(fmt)
    library.close()
    return ", ".join(done)


def _tear_down(*widgets) -> None:
    """Destroy Qt objects while the application still exists: leaving them to interpreter
    shutdown lets pyqtgraph's scene outlive Qt and crash at exit."""
    from PySide6.QtWidgets import QApplication
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, 0)  # 0: QEvent.DeferredDelete is delivered here


def _check(condition, message: str) -> None:
    if not condition:
        print(f"selftest FAILED: {message}", file=sys.stderr)
        raise SystemExit(1)
