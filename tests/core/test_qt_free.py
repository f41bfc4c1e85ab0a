"""The core must import and work without Qt: a test fails if a core module imports it."""
import subprocess
import sys
from pathlib import Path

CORE = ["app.ingest", "app.indicators", "app.compare", "app.report", "app.models", "app.db", "app.queries", "app.cli", "app.paths"]
BLOCKER = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6') or name.startswith('app.ui'):
            raise ImportError('core imported ' + name)
sys.meta_path.insert(0, Block())
import importlib
for module in {modules!r}:
    importlib.import_module(module)
import pkgutil, app
for info in pkgutil.walk_packages(app.__path__, 'app.'):
    if info.name.split('.')[1] in {{m.split('.')[1] for m in {modules!r}}}:
        importlib.import_module(info.name)
print('ok')
"""


def test_core_modules_never_import_qt():
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", BLOCKER.format(modules=CORE)], cwd=root,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
