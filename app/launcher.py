"""What `plan-browser` and `python -m app` run first.

Starting the window must not wait for the command line's imports (SQLAlchemy, the
parser, the format libraries): with no subcommand, the window module is loaded
directly and shows itself before the database layer is imported.
"""
from __future__ import annotations

import sys

SUBCOMMANDS = {"build-db", "import", "export", "search", "list", "print"}
CLI_FLAGS = {"-h", "--help", "--version", "--selftest"}


def wants_window(argv: list[str]) -> bool:
    return not any(arg in SUBCOMMANDS or arg in CLI_FLAGS for arg in argv)


def _window_options(argv: list[str]) -> tuple[str | None, str | None, list[str]]:
    db, lang, rest, items = None, None, [], iter(argv)
    for arg in items:
        if arg == "--db":
            db = next(items, None)
        elif arg.startswith("--db="):
            db = arg.split("=", 1)[1]
        elif arg == "--lang":
            lang = next(items, None)
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return db, lang, rest


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    db, lang, rest = _window_options(argv)
    if wants_window(argv) and not rest and lang in (None, "zh_CN", "en"):
        try:
            from app.ui.app import run
        except ImportError:
            pass  # no Qt here: the command line explains and lists the library
        else:
            from pathlib import Path
            from app import paths
            return run(Path(db) if db else paths.bundled_db_path(), lang) or 0
    from app.cli import main as cli_main
    return cli_main(argv)
