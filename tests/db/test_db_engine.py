"""Opening databases: the bundled one read-only, and clear errors for bad files."""
import hashlib

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from app.db import PlanDatabaseError, load_plan, open_database, open_readonly
from app.models import SCHEMA_VERSION
from app.queries import list_plans


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _set_version(engine, version):
    with engine.begin() as conn:
        conn.execute(text("UPDATE meta SET value = :v WHERE key = 'schema_version'"),
                      {"v": str(version)})


def test_read_only_database_refuses_writes_and_stays_unchanged(loaded, db_path,
                                                             make_plan):
    engine, _ids = loaded
    engine.dispose()
    before = _digest(db_path)
    readonly = open_readonly(db_path)

    with pytest.raises(OperationalError, match="readonly|read-only|query_only"):
        load_plan(readonly, make_plan("湖南省"))
    with pytest.raises(OperationalError), readonly.begin() as conn:
        conn.execute(text("DELETE FROM plan"))

    assert len(list_plans(readonly)) == 2
    readonly.dispose()
    assert _digest(db_path) == before


def test_missing_database_says_how_to_make_one(tmp_path):
    with pytest.raises(PlanDatabaseError, match="not found.*build-db"):
        open_readonly(tmp_path / "nowhere.sqlite")


def test_a_text_file_is_not_taken_for_a_database(tmp_path):
    path = tmp_path / "plans.sqlite"
    path.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(PlanDatabaseError, match="not a database"):
        open_readonly(path)
    with pytest.raises(PlanDatabaseError, match="not a database"):
        open_database(path)


def test_another_apps_sqlite_file_is_refused(tmp_path):
    import sqlite3

    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(PlanDatabaseError, match="not a Plan Browser database"):
        open_readonly(path)


def test_a_newer_database_asks_for_an_update(engine, db_path):
    _set_version(engine, SCHEMA_VERSION + 1)
    with pytest.raises(PlanDatabaseError, match="newer version.*update"):
        open_readonly(db_path)
    with pytest.raises(PlanDatabaseError, match="newer version"):
        open_database(db_path)


def test_an_older_database_asks_for_a_rebuild(engine, db_path):
    _set_version(engine, SCHEMA_VERSION - 1)
    with pytest.raises(PlanDatabaseError, match="older database format.*build-db"):
        open_readonly(db_path)


def test_reopening_keeps_the_plans(loaded, db_path):
    engine, _ids = loaded
    engine.dispose()
    reopened = open_database(db_path)
    assert len(list_plans(reopened)) == 2
    reopened.dispose()
