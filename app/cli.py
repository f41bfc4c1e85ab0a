"""`plan-browser`: the window by default, subcommands for the command line.

Every expected failure (missing database, unreadable file, database too new, damaged,
busy, a special file as output ...) is one line on stderr and exit status 1 (2 for a usage
error), never a traceback. What a document brings (titles, snippets, file names) is printed
without control characters, so an imported title cannot clear the screen or fake a line.
No Qt is imported unless the window is started.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from app import __version__, paths
from app.cli_import import EXIT_USAGE, add_commands as add_import_commands
from app.cli_output import (GUI_INSTALL, QtMissing, add_print_command, export_comparison, export_workbook,
                            read_db as _read_db, require_qt, search_source)
from app.control_chars import for_terminal
from app.safe_output import OutputRefused, text_output
from app.service import (BackupFailed, DatabaseBusy, ImportRefused, IngestError, MigrationError, PlanDatabaseError,
                         PlanLibrary, UserDatabaseDamaged, build_database, database_error_message, match_expression)

EXIT_OK, EXIT_ERROR = 0, 1


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script exits with it)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse already explained
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.selftest:
            return _selftest()
        if args.command is None:
            return _start_window(args.window_db, args.lang)
        if _writes_to_stdout(args) and sys.stdout is None:
            return _fail("standard output is closed: nothing can be printed; give -o FILE, or run the "
                         "command without closing its output")
        return args.run(args)
    except (PlanDatabaseError, IngestError, ImportRefused, MigrationError, QtMissing, OutputRefused,
            DatabaseBusy, BackupFailed) as exc:
        return _fail(str(exc))
    except UserDatabaseDamaged as exc:
        return _fail(f"your database {exc.path} is damaged ({exc.detail}); start the window (plan-browser) "
                     f"to restore a backup")
    except BrokenPipeError:  # `plan-browser export | head`: the reader has had enough
        _silence_stdout()
        return EXIT_ERROR
    except OSError as exc:
        return _fail(_os_message(exc))
    except SQLAlchemyError as exc:  # locked, full disk, damaged file ...
        return _fail(database_error_message(exc))
    except KeyboardInterrupt:
        return _fail("Interrupted.")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plan-browser",
        description="规划浏览器 Plan Browser: provincial HR & social security five-year plans. "
                    "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, default=None, dest="window_db",
                        help="database the window opens (default: the bundled data/plans.sqlite)")
    parser.add_argument("--selftest", action="store_true",
                        help="check that this installation works (offscreen), then exit")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None,
                        help="language of the window (default: 简体中文, or the last choice)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    db_help = "database file (default: the bundled plans and the ones you imported, read-only)"

    build = commands.add_parser("build-db", help="build the bundled database from data/sources")
    build.add_argument("--out", type=Path, default=None, help="default: data/plans.sqlite")
    build.add_argument("--sources", type=Path, default=None, help="default: data/sources")
    build.set_defaults(run=_cmd_build)
    add_import_commands(commands)

    export = commands.add_parser("export", help="write every plan as JSON or CSV")
    export.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    export.add_argument("--plan", type=int, default=None, metavar="ID", help="with xlsx: the plan to export")
    export.add_argument("--compare", type=int, nargs="+", default=None, metavar="ID",
                        help="with xlsx or csv: export the comparison of two to four plans, one value per line")
    export.add_argument("--db", type=Path, default=None, help=db_help)
    export.add_argument("-o", "--output", type=Path, default=None,
                        help="file to write (default: standard output)")
    export.set_defaults(run=_cmd_export)

    find = commands.add_parser("search", help="full-text search, any length of query")
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--db", type=Path, default=None, help=db_help)
    find.add_argument("--province", default=None, help="e.g. 湖南省")
    find.add_argument("--period", default=None, help="e.g. 十四五")
    find.add_argument("--limit", type=int, default=50)
    find.set_defaults(run=_cmd_search)

    add_print_command(commands, db_help)

    listing = commands.add_parser("list", help="list the plans in a database")
    listing.add_argument("--db", type=Path, default=None, help=db_help)
    listing.set_defaults(run=_cmd_list)
    return parser


def _fail(message: str) -> int:
    if sys.stderr is not None:
        print(f"plan-browser: {for_terminal(message)}", file=sys.stderr)
    return EXIT_ERROR


def _writes_to_stdout(args) -> bool:
    return args.command in ("list", "search") or (args.command == "export" and args.output is None)


def _selftest() -> int:
    """The installation's check, then the user's own database: a damaged one fails it too."""
    require_qt("--selftest", "pyqtgraph")
    from app.selftest import run_selftest
    status = run_selftest()
    from app.cli_output import user_database_problem
    problem = user_database_problem(paths.user_db_path())
    if problem is not None:
        return _fail(f"the installation works, but {problem}")
    return status


def _silence_stdout() -> None:
    """Point stdout at the null device so Python's exit-time flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _os_message(exc: OSError) -> str:
    where = exc.filename if exc.filename is not None else "file"
    if isinstance(exc, FileNotFoundError):
        return f"{where}: no such file or folder"
    if isinstance(exc, PermissionError):
        return f"{where}: permission denied"
    if isinstance(exc, IsADirectoryError):
        return f"{where}: is a folder, not a file"
    return f"{where}: {exc.strerror or exc}"


def _cmd_build(args) -> int:
    out = args.out or paths.bundled_db_path()
    report = build_database(out, args.sources or paths.sources_dir())
    print(f"Built {out}: {report.plans} plans in {report.seconds:.2f} s")
    for name, count in report.counts:
        print(f"  {name:<14}{count:>8}")
    for name in report.duplicates:
        print(f"  skipped {name}: same content as a file already stored")
    for name, reason in report.skipped:
        print(f"plan-browser: skipped {name}: {reason}", file=sys.stderr)
    return EXIT_OK


@contextlib.contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """UTF-8 text to a file (complete and on disk before it replaces the old one; see
    app.safe_output) or to standard output, whatever the terminal's encoding."""
    if path is not None:
        with text_output(path) as handle:
            yield handle
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # an IDE console without bytes underneath
        yield sys.stdout
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield stream
    finally:
        stream.flush()
        stream.detach()  # leave sys.stdout open


def _cmd_export(args) -> int:
    if args.compare:
        if args.format == "json":
            return _fail("--compare exports as xlsx or csv")
        return export_comparison(args)
    if args.format == "xlsx":
        return export_workbook(args)
    library = _read_db(args.db)
    with _output(args.output) as out:
        if args.format == "json":
            data = library.export_json()
            json.dump(data, out, ensure_ascii=False, indent=2)
            out.write("\n")
            summary = f"{len(data['plans'])} plans"
        else:
            summary = f"{library.export_csv(out)} values"
    if args.output is not None:
        print(f"Wrote {summary} to {for_terminal(args.output)}", file=sys.stderr)
    return EXIT_OK


MAX_QUERY = 1000  # characters: a longer phrase is pasted by mistake, and takes seconds per hit


def _cmd_search(args) -> int:
    if len(args.query) > MAX_QUERY:
        _fail(f"the query is {len(args.query):,} characters long; search for at most {MAX_QUERY:,}")
        return EXIT_USAGE
    if match_expression(args.query) is None:
        return _fail("nothing to search for: give some characters or digits")
    library, complete = search_source(args.db)
    started = time.perf_counter()
    hits = library.search(args.query, args.province, args.period, limit=args.limit)
    total = library.count_matches(args.query, args.province, args.period)
    elapsed = time.perf_counter() - started
    for hit in hits:
        where = " › ".join(for_terminal(part) for part in hit.breadcrumb)
        line = f", line {hit.line}" if hit.line is not None else ""
        print(f"[{hit.plan_id}] {where}{line}\n    {for_terminal(hit.marked())}")
    shown = f"{len(hits)} of {total}" if total > len(hits) else f"{total}"
    print(f"{shown} matches for “{for_terminal(args.query)}” ({elapsed * 1000:.0f} ms)")
    return EXIT_OK if complete else EXIT_ERROR


def _cmd_list(args) -> int:
    _print_listing(_read_db(args.db), args.db or paths.bundled_db_path())
    return EXIT_OK


def _print_listing(library: PlanLibrary, where: Path) -> None:
    plans = library.plans()
    if not plans:
        print(f"No plans in {for_terminal(where)}.")
        return
    print("id\tprovince\tperiod\ttitle")
    for plan in plans:
        fields = (plan.province or "?", plan.period or "?", plan.display_title)
        print("\t".join([str(plan.id), *(for_terminal(field) for field in fields)]))


def _start_window(db_path: Path | None = None, language: str | None = None) -> int:
    """The window if Qt and app.ui are there; otherwise the library listing and why."""
    db_path = db_path or paths.bundled_db_path()
    try:
        from app.ui.app import run
    except ImportError as exc:
        _print_listing(PlanLibrary.of_file(db_path), db_path)
        print(f"\nThe window is not available here ({exc}). Install it with "
              f"`{GUI_INSTALL}`; see `plan-browser --help` for commands.",
              file=sys.stderr)
        return EXIT_OK
    return run(db_path, language) or EXIT_OK
