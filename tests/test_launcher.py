"""`plan-browser` with no command opens the window without loading the command line's libraries first."""
import subprocess
import sys
from pathlib import Path

from app import launcher

ROOT = Path(__file__).resolve().parents[1]


def test_subcommands_and_flags_go_to_the_command_line():
    assert launcher.wants_window([]) and launcher.wants_window(["--db", "x.sqlite", "--lang", "en"])
    for argv in (["list"], ["export", "-o", "x"], ["--version"], ["--selftest"], ["-h"]):
        assert not launcher.wants_window(argv)


def test_window_options_are_read_without_argparse():
    assert launcher._window_options(["--db", "a b.sqlite", "--lang=en"]) == ("a b.sqlite", "en", [])


def test_list_runs_through_the_launcher(tmp_path):
    result = subprocess.run([sys.executable, "-m", "app", "list"], cwd=ROOT, capture_output=True, text=True,
                            encoding="utf-8", timeout=120)
    assert result.returncode == 0 and "湖南省" in result.stdout


def test_the_window_path_shows_before_sqlalchemy_is_imported():
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "import app.ui.app as a\n"
            "def first(app):\n"
            "    print('sqlalchemy' in sys.modules); sys.stdout.flush(); os._exit(0)\n"
            "a._placeholder = first\n"
            "from app.launcher import main; main([])\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "False"


def test_opening_the_window_does_not_import_the_parser_or_the_format_readers():
    """They cost ~0.2 s of start-up on a slow PC and are only needed once the user imports a file."""
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from app.db import open_readonly\n"
            "import app.ui.main_window\n"
            "print(sorted(m for m in sys.modules if m.startswith(('app.ingest', 'app.db.loader', 'docx', "
            "'pdfplumber'))))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_every_name_the_database_package_offers_can_be_imported():
    import app.db
    for name in app.db.__all__:
        assert getattr(app.db, name) is not None
