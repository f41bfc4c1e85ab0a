"""`plan-browser import` and `plan-browser rebuild-index`: changing the user's database.

The same reading, budgets, refusals and single-transaction save as File → Import in the
window. The limits come from settings.ini ([import] max_megabytes, max_pages, ...), then
from --max-size and --limit NAME=N, so the sentence that names a limit can say how to raise
it in either place. Every refusal is a sentence; the exit status is 1 if any file was not
imported. No Qt.
"""
from __future__ import annotations

import argparse
import configparser
import math
import sys
from pathlib import Path

from app import paths
from app.control_chars import for_terminal
from app.service import (DEFAULT_MAX_BYTES, LIMITS, ImportRefused, Limits, PlanLibrary, UserDatabaseDamaged,
                         check_limit, database_error_message)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
DEFAULT_MAX_MB = DEFAULT_MAX_BYTES / 1e6
_MAX_MB_CEILING = 1e6  # a terabyte: beyond it a number is a typo


def megabytes(text: str) -> float:
    """argparse type for --max-size: a finite number of megabytes above 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of megabytes (such as 50)") from None
    if not math.isfinite(value) or not 0 < value <= _MAX_MB_CEILING:
        raise argparse.ArgumentTypeError(f"{text} is not a size above 0 and up to {_MAX_MB_CEILING:g} MB")
    return value


def limit_setting(text: str) -> tuple[str, float]:
    """argparse type for --limit NAME=N."""
    name, equals, raw = text.partition("=")
    try:
        value = float(raw)
        check_limit(name.strip(), value)
    except ValueError as exc:
        detail = str(exc) if equals and name.strip() in LIMITS else (
            f"give NAME=N, NAME one of {', '.join(LIMITS)}")
        raise argparse.ArgumentTypeError(f"{text!r}: {detail}") from None
    return name.strip(), value


def add_commands(commands) -> None:
    imp = commands.add_parser("import", help="add plan files (txt, docx, html, pdf) to your own database")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--db", type=Path, default=None, help=f"default: {paths.USER_DB_NAME} in your data folder")
    imp.add_argument("--max-size", type=megabytes, default=None, metavar="MB",
                     help=f"refuse files larger than this (default: {DEFAULT_MAX_MB:g} MB, or max_megabytes "
                          "in settings.ini)")
    imp.add_argument("--limit", type=limit_setting, action="append", default=[], metavar="NAME=N",
                     help=f"raise or lower a reading limit; NAME is one of {', '.join(LIMITS)}")
    imp.add_argument("--unstructured", action="store_true",
                     help="also import files with no recognisable plan structure, as plain text")
    for field in ("province", "period", "title"):
        imp.add_argument(f"--{field}", default=None, help=f"correct the {field} the parser found")
    imp.set_defaults(run=run_import)

    index = commands.add_parser("rebuild-index", help="rebuild the search index of your own database")
    index.add_argument("--db", type=Path, default=None, help=f"default: {paths.USER_DB_NAME} in your data folder")
    index.set_defaults(run=run_rebuild_index)


def _say(message: str) -> None:
    print(f"plan-browser: {for_terminal(message)}", file=sys.stderr)


def _settings_limits() -> tuple[float, dict[str, float]]:
    """max_megabytes and the max_NAME limits under [import] in settings.ini, where sound."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(paths.user_data_dir() / "settings.ini", encoding="utf-8")
        section = parser["import"] if parser.has_section("import") else {}
    except (configparser.Error, OSError, UnicodeDecodeError):
        section = {}
    found = {}
    for name in (*LIMITS, "megabytes"):
        try:
            value = float(section.get(f"max_{name}", "nan"))
            check_limit("seconds" if name == "megabytes" else name, value)
        except ValueError:
            continue
        found[name] = value
    return found.pop("megabytes", DEFAULT_MAX_MB), found


def run_import(args) -> int:
    if len(args.files) > 1 and (args.province or args.period or args.title):
        _say("--province, --period and --title correct one file at a time")
        return EXIT_USAGE
    user_path = args.db or paths.user_db_path()
    try:
        library = PlanLibrary.open(paths.bundled_db_path(), user_path, create_user=True)
    except UserDatabaseDamaged as exc:
        _say(f"your database {exc.path} is damaged ({exc.detail}); nothing was imported. Start the window "
             f"(plan-browser) to restore a backup, or move the file away to start a new database")
        return EXIT_ERROR
    _repair_index(library, user_path)
    max_mb, limits = _settings_limits()
    max_bytes = int((args.max_size or max_mb) * 1e6)
    limits = Limits().with_values({**limits, **dict(args.limit)})
    failed = 0
    for path in args.files:
        failed += not _import_one(path, library, user_path, args, max_bytes, limits)
    return EXIT_ERROR if failed else EXIT_OK


def _import_one(path: Path, library, user_path: Path, args, max_bytes: int, limits: Limits) -> bool:
    from sqlalchemy.exc import SQLAlchemyError

    from app.service import BackupFailed, DatabaseBusy, PlanDatabaseError
    name = for_terminal(path.name)
    try:
        candidate = library.read_candidate(path, max_bytes, limits=limits)
        if candidate.existing_plan_id is not None:
            print(f"{name}: already in the library (plan {candidate.existing_plan_id}); not imported again")
            return True
        for warning in candidate.warnings:
            _say(f"warning: {warning}")
        if not candidate.structured and not args.unstructured:
            _say(f"not imported: {path.name}: no plan structure (chapters, sections, 专栏 or indicator tables) "
                 f"was found; add --unstructured to import it as plain text")
            return False
        plan_id = library.save(candidate, province=args.province, period=args.period, title=args.title,
                               allow_unstructured=True)
    except ImportRefused as exc:
        _say(f"not imported: {exc}")
        return False
    except (PlanDatabaseError, DatabaseBusy, BackupFailed) as exc:
        _say(f"not imported: {path.name}: {exc}")
        return False
    except SQLAlchemyError as exc:
        _say(f"not imported: {path.name}: {database_error_message(exc)}; your database was left as it was")
        return False
    counts = candidate.counts
    print(f"{name}: imported as plan {plan_id} ({candidate.source_format}; "
          f"{counts['chapters']} chapters, {counts['sections']} sections, {counts['boxes']} 专栏, "
          f"{counts['indicators']} indicator rows, {counts['issues']} problems in the source)")
    return True


def _repair_index(library: PlanLibrary, user_path: Path) -> None:
    """A damaged search index is rebuilt before anything is added to it (a write command)."""
    problem = library.search_index_problem()
    if problem is not None:
        entries = library.rebuild_search_index()
        _say(f"the search index of {user_path} was damaged ({problem}); it was rebuilt from your plans "
             f"({entries} entries; a backup was made first)")


def run_rebuild_index(args) -> int:
    from app.service import open_user_database, rebuild_search_index, search_index_problem
    user_path = args.db or paths.user_db_path()
    if not Path(user_path).exists():
        _say(f"there is no database at {user_path}: nothing to rebuild")
        return EXIT_ERROR
    try:
        engine = open_user_database(user_path)
    except UserDatabaseDamaged as exc:
        _say(f"your database {exc.path} is damaged ({exc.detail}); start the window to restore a backup")
        return EXIT_ERROR
    before = search_index_problem(engine)
    entries = rebuild_search_index(engine, user_path)
    state = f"it was damaged ({before})" if before else "it was sound"
    print(f"Rebuilt the search index of {for_terminal(user_path)}: {entries} entries "
          f"({state}; a backup was made first)")
    return EXIT_OK
