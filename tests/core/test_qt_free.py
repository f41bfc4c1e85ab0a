"""The core must import and work without Qt.

Run in a child process where importing PySide6, shiboken6, pyqtgraph or app.ui fails (as it
does where PySide6 is not installed; scripts/test.sh also runs this in such an environment):
every core module imports, every command line command that needs no Qt runs to its end (so
an import inside a function is caught too), and the ones that need Qt say so in one line.
"""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ["app.ingest", "app.indicators", "app.compare", "app.report", "app.models", "app.db", "app.queries",
        "app.cli", "app.cli_output", "app.launcher", "app.paths"]
BLOCKER = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6') or name.startswith('app.ui'):
            raise ModuleNotFoundError('core imported ' + name)
sys.meta_path.insert(0, Block())
"""
IMPORT_ALL = BLOCKER + """
import importlib, pkgutil, app
modules = {modules!r}
for module in modules:
    importlib.import_module(module)
for info in pkgutil.walk_packages(app.__path__, 'app.'):
    if info.name.split('.')[1] in {{m.split('.')[1] for m in modules}}:
        importlib.import_module(info.name)
print('ok')
"""
RUN_COMMANDS = BLOCKER + """
import contextlib, io, json
from app.cli import main
statuses, errors = {}, {}
for name, argv in json.loads(sys.argv[1]):
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        statuses[name] = main(argv)
    errors[name] = err.getvalue()
print(json.dumps({"statuses": statuses, "errors": errors}))
"""


def test_core_modules_never_import_qt():
    result = subprocess.run([sys.executable, "-c", IMPORT_ALL.format(modules=CORE)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def core_commands(tmp: Path) -> list[tuple[str, list[str]]]:
    db = str(ROOT / "data" / "plans.sqlite")
    source = str(next((ROOT / "data" / "sources").glob("002_*.txt")))
    return [
        ("list", ["list", "--db", db]),
        ("search", ["search", "就业", "--db", db]),
        ("export json", ["export", "--db", db, "-o", str(tmp / "all.json")]),
        ("export csv", ["export", "--format", "csv", "--db", db, "-o", str(tmp / "all.csv")]),
        ("export xlsx", ["export", "--format", "xlsx", "--plan", "3", "--db", db, "-o", str(tmp / "p.xlsx")]),
        ("compare csv", ["export", "--format", "csv", "--compare", "1", "3", "--db", db, "-o", str(tmp / "c.csv")]),
        ("compare xlsx", ["export", "--format", "xlsx", "--compare", "1", "3", "--db", db, "-o", str(tmp / "c.xlsx")]),
        ("build-db", ["build-db", "--out", str(tmp / "built.sqlite")]),
        ("import", ["import", source, "--db", str(tmp / "user.sqlite"), "--province", "测试省"]),
        ("print", ["print", "--plan", "3", "--db", db, "-o", str(tmp / "p.pdf")]),
        ("selftest", ["--selftest"]),
    ]


def test_core_commands_run_without_qt_and_the_others_say_what_to_install(tmp_path):
    env_dir = tmp_path / "user"
    result = subprocess.run([sys.executable, "-c", RUN_COMMANDS, json.dumps(core_commands(tmp_path))], cwd=ROOT,
                            capture_output=True, text=True, timeout=300,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PLAN_BROWSER_DATA_DIR": str(env_dir)})
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    statuses, errors = report["statuses"], report["errors"]
    needs_qt = {"print", "selftest"}
    assert {name: code for name, code in statuses.items() if name not in needs_qt and code != 0} == {}, errors
    for name in needs_qt:
        assert statuses[name] == 1
        lines = errors[name].strip().splitlines()
        assert len(lines) == 1 and "needs Qt" in lines[0] and "pip install 'plan-browser[gui]'" in lines[0], lines
    assert (tmp_path / "p.xlsx").stat().st_size > 0 and (tmp_path / "built.sqlite").stat().st_size > 0
    assert not (tmp_path / "p.pdf").exists()
