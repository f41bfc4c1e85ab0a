"""A real database built from data/sources, and the real main window on it."""
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from app.db import build_database, open_readonly  # noqa: E402
from app.ui.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def db_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("db") / "plans.sqlite"
    build_database(path, ROOT / "data" / "sources")
    return path


@pytest.fixture(scope="session")
def engine(db_path):
    return open_readonly(db_path)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, engine, settings):
    from app.ui.app import make_application
    from app.service import PlanLibrary
    from app.ui.main_window import MainWindow
    make_application("zh_CN", settings)
    win = MainWindow(PlanLibrary(engine), settings, db_label="test")
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    return win
