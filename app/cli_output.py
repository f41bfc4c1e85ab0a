"""`plan-browser print` and `export --format xlsx`: the printouts and workbooks, from the command line."""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

from app import paths
from app.db import PlanDatabaseError, open_readonly
from app.db.userdb import UserDatabaseDamaged, open_library

GUI_INSTALL = "pip install 'plan-browser[gui]'"


class QtMissing(Exception):
    """A command that needs Qt, where Qt is not installed or cannot load: one line, exit 1."""


def require_qt(purpose: str, *modules: str) -> None:
    """Import Qt (and `modules`) now, so a missing or broken Qt is one sentence, not a traceback."""
    for module in ("PySide6.QtWidgets", *modules):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise QtMissing(f"{purpose} needs Qt (the gui extra: PySide6, pyqtgraph), which cannot be loaded here "
                            f"({exc}); install it with `{GUI_INSTALL}`") from None


def add_print_command(commands, db_help: str) -> None:
    printing = commands.add_parser("print", help="print indicator tables or a comparison to a PDF file")
    which = printing.add_mutually_exclusive_group(required=True)
    which.add_argument("--plan", type=int, metavar="ID", help="a plan id, as `plan-browser list` shows")
    which.add_argument("--compare", type=int, nargs=2, metavar=("ID", "ID"), help="two plan ids")
    printing.add_argument("--what", choices=("indicators",), default="indicators")
    printing.add_argument("--landscape", action="store_true", help="A4 landscape (default: portrait)")
    printing.add_argument("--with-charts", action="store_true", help="add baseline → target charts (with --plan)")
    printing.add_argument("--db", type=Path, default=None, help=db_help)
    printing.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    printing.set_defaults(run=run_print)


def read_db(path: Path | None):
    """Read commands never write: --db opened read-only, or else the library (the bundled
    plans and the user's imports). A damaged user database is reported, not fatal."""
    if path is not None:
        return open_readonly(path)
    try:
        return open_library(paths.bundled_db_path(), paths.user_db_path())
    except UserDatabaseDamaged as exc:
        print(f"plan-browser: your imported plans are not shown: {exc}. Start the window "
              f"to restore a backup.", file=sys.stderr)
        return open_readonly(paths.bundled_db_path())


_engine = read_db


def _plan(engine, plan_id: int):
    from app.queries import get_plan
    plan = get_plan(engine, plan_id)
    if plan is None:
        raise PlanDatabaseError(f"no plan with id {plan_id}; `plan-browser list` shows the ids")
    return plan


def _qt_application():
    """Fonts and PDF writing need a Qt application; without a display, the offscreen one."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication(sys.argv[:1])


def run_print(args) -> int:
    charts = ("pyqtgraph",) if args.with_charts else ()
    require_qt("printing", *charts)
    engine = _engine(args.db)
    from app.queries import indicator_tables
    from app.queries.labels import sources_line
    from app.report.html import comparison_html, plan_tables_html
    if args.compare:
        from app.compare import compare_plans
        left, right = (_plan(engine, i) for i in args.compare)
        html = comparison_html(compare_plans(engine, left.id, right.id))
        footer, title = sources_line([left.source_file, right.source_file]), "规划指标比较"
    else:
        plan = _plan(engine, args.plan)
        html = plan_tables_html(plan, list(indicator_tables(engine, plan.id)))
        footer, title = sources_line([plan.source_file]), plan.display_title
    _qt_application()
    from app.ui.printing import write_pdf
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        if args.with_charts and args.plan is not None:
            from app.ui.chart_images import chart_images_html
            html += chart_images_html(engine, plan, Path(folder))
        pages = write_pdf(html, args.output, footer, title, args.landscape)
    print(f"Wrote {pages} pages to {args.output}", file=sys.stderr)
    return 0


def export_comparison(args) -> int:
    """`export --format xlsx|csv --compare ID ID`: the comparison table."""
    engine = _engine(args.db)
    from app.compare import compare_plans
    from app.report.workbook import COMPARISON_HEADER, comparison_rows, write_comparison_workbook
    left, right = (_plan(engine, i) for i in args.compare)
    comparison = compare_plans(engine, left.id, right.id)
    if args.format == "xlsx":
        if args.output is None:
            raise PlanDatabaseError("--format xlsx needs -o FILE.xlsx")
        write_comparison_workbook(comparison, args.output)
    else:
        import csv
        import io
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(COMPARISON_HEADER)
        writer.writerows([["" if v is None else v for v in row] for row in comparison_rows(comparison)])
        data = "\ufeff" + buffer.getvalue()  # a BOM so Excel/WPS read UTF-8
        if args.output is None:
            sys.stdout.write(data)
        else:
            Path(args.output).write_text(data, encoding="utf-8", newline="")
    print(f"Wrote the comparison of plans {left.id} and {right.id}", file=sys.stderr)
    return 0


def export_workbook(args) -> int:
    if args.plan is None:
        raise PlanDatabaseError("--format xlsx needs --plan ID (one workbook per plan)")
    if args.output is None:
        raise PlanDatabaseError("--format xlsx needs -o FILE.xlsx")
    engine = _engine(args.db)
    from app.queries import indicator_tables
    from app.report.workbook import write_plan_workbook
    plan = _plan(engine, args.plan)
    write_plan_workbook(plan, list(indicator_tables(engine, plan.id)), args.output)
    print(f"Wrote {args.output}", file=sys.stderr)
    return 0
