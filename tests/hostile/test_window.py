"""The same cases in the window: a recovery that says what a backup holds and what restoring
it loses, a damaged search index offered a rebuild, refusals by a named limit, and a
Cancel that stops the reading itself."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QThreadPool  # noqa: E402

from hostile_run import BUNDLED, plans_in, received  # noqa: E402
from hostile_files import pdf_with_pages  # noqa: E402
from hostile_files import damage_search_index  # noqa: E402

from app.db.imports import read_candidate, save_candidate  # noqa: E402
from app.db.userdb import open_user_database  # noqa: E402


@pytest.fixture
def user_db(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("PLAN_BROWSER_DATA_DIR", str(folder))
    return folder / "user.sqlite"


def _two_plans(user_db, tmp_path) -> list[str]:
    engine = open_user_database(user_db)
    for index in (0, 2):
        save_candidate(engine, user_db, read_candidate(received(tmp_path, index)))
    engine.dispose()
    return [title for _, title in plans_in(user_db)]


@pytest.fixture
def english(tmp_path):
    """The interface in English, whatever an earlier test left installed (the texts are checked in it)."""
    from app.ui.app import make_application
    from app.ui.settings import Settings
    make_application("en", Settings(tmp_path / "english.ini"))


@pytest.fixture
def window(qtbot, tmp_path):
    from app.db import open_readonly
    from app.service import PlanLibrary
    from app.ui.app import make_application
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    settings = Settings(tmp_path / "settings.ini")
    make_application("en", settings)
    win = MainWindow(PlanLibrary(open_readonly(BUNDLED)), settings, db_label="test")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QThreadPool.globalInstance().waitForDone(60_000)


def test_the_recovery_says_what_the_backup_holds_and_restores_every_plan(qtbot, english, user_db, tmp_path):
    from app.ui.recovery import RESTORE, offer_text, open_or_recover
    titles = _two_plans(user_db, tmp_path)
    user_db.write_bytes(b"\x00" * 8192)
    seen = {}

    def ask(damage, offer):
        seen["text"] = offer_text(offer)
        return RESTORE

    restored = open_or_recover(user_db, ask=ask, tell=lambda text: None)
    assert restored is not None
    assert "holds 2 plans" in seen["text"] and titles[-1] in seen["text"]  # the newest import, by name
    assert "cannot be read, so anything changed after" in seen["text"]  # what would be lost
    assert [title for _, title in plans_in(user_db)] == titles


def test_a_damaged_search_index_at_start_is_offered_a_rebuild(qtbot, english, user_db, tmp_path):
    from app.ui.recovery import open_or_recover
    _two_plans(user_db, tmp_path)
    damage_search_index(user_db)
    asked, told = [], []
    engine = open_or_recover(user_db, tell=told.append, ask_rebuild=lambda problem: asked.append(problem) or True)
    assert engine is not None and asked and "rebuilt" in told[0]
    from app.db.index_repair import search_index_problem
    assert search_index_problem(engine) is None


def _run(qtbot, window, files):
    flow = window.import_files(files, lambda *a: ("import", {}))
    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        pass
    return done.args[0]


def test_a_file_over_a_limit_is_refused_in_the_window_by_that_limit(qtbot, window, user_db, tmp_path):
    from app.ui.import_messages import headline
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf_with_pages(2000))
    report = _run(qtbot, window, [path])
    assert len(report.refused) == 1 and headline("over_budget") in report.refused[0]
    assert "2,000 pages" in report.refused[0] and "max_pages" in report.refused[0]
    assert not user_db.exists() or plans_in(user_db) == []


def test_cancel_stops_the_reading_itself(qtbot, window, user_db, tmp_path):
    # A text the parser needs minutes for: Cancel must end the work, not only drop its result.
    path = tmp_path / "wrapped.txt"
    sentence = "坚持就业优先战略，实施积极就业政策，促进高质量充分就业。"
    path.write_text("\n".join([sentence * 3] * 9000), encoding="utf-8")
    flow = window.import_files([path], lambda *a: ("import", {}))
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() > 0, timeout=10_000)
    with qtbot.waitSignal(flow.finished, timeout=10_000):
        flow.progress.canceled.emit()
    assert QThreadPool.globalInstance().waitForDone(5_000), "the reading went on after Cancel"
    assert flow.report.cancelled == [path.name]
    assert not user_db.exists() or plans_in(user_db) == []
