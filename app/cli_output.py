"""`plan-browser print` and `export --format xlsx`: the printouts and workbooks, from the command line.

Also the library the read commands use. Every file is written through app.safe_output:
complete and on disk before it replaces a regular file, written through a symbolic link,
and never over a device, pipe or folder.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

from app import paths
from app.control_chars import for_terminal
from app.safe_output import output_file, output_target
from app.service import PlanDatabaseError, PlanLibrary, UserDatabaseDamaged

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
    which.add_argument("--compare", type=int, nargs="+", metavar="ID", help="two to four plan ids")
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
        return PlanLibrary.of_file(path)
    try:
        return PlanLibrary.open(paths.bundled_db_path(), paths.user_db_path())
    except (UserDatabaseDamaged, PlanDatabaseError) as exc:
        _warn(f"your imported plans are not shown: {exc}. Start the window to restore a backup.")
        return PlanLibrary.of_file(paths.bundled_db_path())


def search_source(path: Path | None):
    """What `search` reads, and whether that is everything: a user database whose search
    index is damaged is left out (it would miss hits or fail the whole search), and said so."""
    library = read_db(path)
    problem = library.search_index_problem()
    if problem is None:
        return library, True
    _warn(f"the search index of your imported plans is damaged ({problem}); they are left out of this "
          f"search. Rebuild it from your plans with `plan-browser rebuild-index`.")
    library.attach_user(None)
    return library, False


def user_database_problem(user_path: Path) -> str | None:
    """What is wrong with the user's own database (damaged file or search index), or None."""
    from app.service import open_user_database, search_index_problem
    if not Path(user_path).exists():
        return None
    try:
        engine = open_user_database(user_path)
    except UserDatabaseDamaged as exc:
        return f"your database {exc.path} is damaged ({exc.detail}); start the window to restore a backup"
    except PlanDatabaseError as exc:
        return f"your database cannot be used: {exc}"
    try:
        problem = search_index_problem(engine)
    finally:
        engine.dispose()
    if problem is not None:
        return f"the search index of {user_path} is damaged ({problem}); run `plan-browser rebuild-index`"
    return None


def _warn(message: str) -> None:
    if sys.stderr is not None:
        print(f"plan-browser: {for_terminal(message)}", file=sys.stderr)


def _plan(library: PlanLibrary, plan_id: int):
    plan = library.plan(plan_id)
    if plan is None:
        raise PlanDatabaseError(f"no plan with id {plan_id}; `plan-browser list` shows the ids")
    return plan


def _comparison(library: PlanLibrary, ids: list[int]):
    """The comparison of two to four plans, each of which must exist."""
    if not 2 <= len(dict.fromkeys(ids)) <= 4 or len(set(ids)) != len(ids):
        raise PlanDatabaseError("--compare takes two to four different plan ids")
    plans = [_plan(library, plan_id) for plan_id in ids]
    return library.compare(ids), plans


def run_print(args) -> int:
    charts = ("pyqtgraph",) if args.with_charts else ()
    require_qt("printing", *charts)
    output_target(args.output)  # a device, pipe or folder is refused before any work
    library = read_db(args.db)
    from app.service import labels
    plan = None
    if args.compare:
        comparison, plans = _comparison(library, args.compare)
        html = library.comparison_print_html(comparison, library.compare_programmes(args.compare))
        footer, title = labels.sources_line([p.source_file for p in plans]), "规划指标比较"
    else:
        plan = _plan(library, args.plan)
        html = library.plan_print_html(plan.id) or ""
        footer, title = labels.sources_line([plan.source_file]), plan.display_title
    from app.ui.printing import printing_application, write_pdf
    printing_application()
    import tempfile
    with tempfile.TemporaryDirectory() as folder, output_file(args.output) as temp:
        if args.with_charts and plan is not None:
            from app.ui.chart_images import chart_images_html
            html += chart_images_html(library, plan, Path(folder))
        pages = write_pdf(html, temp, footer, title, args.landscape)
    _done(f"Wrote {pages} pages to {args.output}")
    return 0


def _done(message: str) -> None:
    """Said only once the file is on disk (the `with output_file` block has ended)."""
    if sys.stderr is not None:
        print(for_terminal(message), file=sys.stderr)


def export_comparison(args) -> int:
    """`export --format xlsx|csv --compare ID ID [ID [ID]]`: every compared value, one per line."""
    library = read_db(args.db)
    comparison, _plans = _comparison(library, args.compare)
    if args.format == "xlsx":
        if args.output is None:
            raise PlanDatabaseError("--format xlsx needs -o FILE.xlsx")
        with output_file(args.output) as temp:
            library.write_comparison_workbook(comparison, temp)
    else:
        import io
        buffer = io.StringIO()
        library.write_comparison_csv(comparison, buffer)
        data = buffer.getvalue()  # with a BOM, so Excel/WPS read UTF-8
        if args.output is None:
            if sys.stdout is None:
                raise PlanDatabaseError("standard output is closed: nothing can be printed; give -o FILE")
            sys.stdout.write(data)
        else:
            with output_file(args.output) as temp:
                temp.write_text(data, encoding="utf-8", newline="")
    _done(f"Wrote the comparison of plans {', '.join(map(str, args.compare))}")
    return 0


def export_workbook(args) -> int:
    if args.plan is None:
        raise PlanDatabaseError("--format xlsx needs --plan ID (one workbook per plan)")
    if args.output is None:
        raise PlanDatabaseError("--format xlsx needs -o FILE.xlsx")
    output_target(args.output)  # a device, pipe or folder is refused before any work
    library = read_db(args.db)
    plan = _plan(library, args.plan)
    with output_file(args.output) as temp:
        library.write_plan_workbook(plan.id, temp)
    _done(f"Wrote {args.output}")
    return 0
