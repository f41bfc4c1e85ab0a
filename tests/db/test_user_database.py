"""The user's own database: upgraded in place from older versions, checked at start,
backed up, restorable, and whole or untouched after a kill -9 mid-import."""
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.db import open_readonly
from app.db import migrations
from app.db.imports import read_candidate, remove_imported, save_candidate
from app.db.library import USER_ID_BASE, Library
from app.db.overrides import load_overrides
from app.db.userdb import (UserDatabaseDamaged, latest_sound_backup, list_backups, open_user_database,
                           quick_check, restore_backup)
from app.models import SCHEMA_VERSION
from app.queries import indicator_tables, list_plans, search

ROOT = Path(__file__).resolve().parents[2]
V1_FILE = ROOT / "tests" / "data" / "user-v1.sqlite"  # made by Plan Browser with database format 1
BUNDLED = ROOT / "data" / "plans.sqlite"
HUNAN = ROOT / "data" / "sources" / "002_89552002aea7bd13.txt"


def _received_copy(folder: Path) -> Path:
    """A plan as a user receives it from elsewhere: the Hunan text saved again."""
    copy = folder / "湖南规划（转发）.txt"
    copy.write_bytes(HUNAN.read_bytes() + b"\n")
    return copy


def test_a_version_1_database_is_upgraded_in_place_keeping_plans_and_corrections(tmp_path):
    path = tmp_path / "user.sqlite"
    shutil.copy(V1_FILE, path)
    engine = open_user_database(path)
    library = Library(open_readonly(BUNDLED), engine)
    mine = [plan for plan in list_plans(library) if not plan.bundled]
    assert [(p.id, p.title) for p in mine] == [(USER_ID_BASE + 1, "湖南省“十四五”人力资源和社会保障事业发展规划")]
    rows = indicator_tables(library, mine[0].id)[0].rows
    assert [r.name for r in rows][:2] == ["城镇新增就业人数", "城镇调查失业率"]
    assert [hit.plan_id for hit in search(library, "重点群体就业促进工程")] == [mine[0].id]
    assert list(load_overrides(engine).values()) == ["urban_new_jobs"]  # the user's correction survived
    assert sqlite3.connect(path).execute("select value from meta where key='schema_version'").fetchone() == (
        str(SCHEMA_VERSION),)
    assert [b.name for b in list_backups(path) if "before-upgrade" in b.name]  # the old file was kept


def test_a_failed_upgrade_leaves_the_old_file_exactly_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "user.sqlite"
    shutil.copy(V1_FILE, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def broken_step(conn):
        conn.execute("ALTER TABLE plan ADD COLUMN imported_at VARCHAR(32)")
        raise RuntimeError("disk full")

    monkeypatch.setitem(migrations.STEPS, 1, broken_step)
    with pytest.raises(migrations.MigrationError, match="left unchanged"):
        migrations.upgrade(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_damaged_file_is_detected_kept_and_a_backup_restored(tmp_path):
    path = tmp_path / "user.sqlite"
    engine = open_user_database(path)
    save_candidate(engine, path, read_candidate(_received_copy(tmp_path)))
    engine.dispose()
    assert latest_sound_backup(path) is not None  # made after the import: it holds the plan
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's schema area overwritten
    path.write_bytes(bytes(data))
    assert quick_check(path) is not None
    with pytest.raises(UserDatabaseDamaged):
        open_user_database(path)
    kept = restore_backup(path, latest_sound_backup(path))
    assert kept.is_file() and kept.read_bytes() == bytes(data)  # the damaged file is never lost
    assert quick_check(path) is None
    assert [p.province for p in list_plans(open_user_database(path))] == ["湖南省"]  # nothing lost


def test_garbage_in_place_of_the_database_is_reported_not_opened(tmp_path):
    path = tmp_path / "user.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(UserDatabaseDamaged, match="not a database"):
        open_user_database(path)


def test_removing_an_imported_plan_removes_its_rows_and_never_reuses_its_ids(tmp_path):
    path = tmp_path / "user.sqlite"
    engine = open_user_database(path)
    library = Library(open_readonly(BUNDLED), engine)
    copy = _received_copy(tmp_path)
    first = save_candidate(engine, path, read_candidate(copy, library)).plan_id
    assert not remove_imported(engine, path, 3)  # a bundled plan cannot be removed
    assert remove_imported(engine, path, first)
    assert [p.id for p in list_plans(library)] == [p.id for p in list_plans(library.bundled)]
    assert not [hit for hit in search(library, "就业", limit=10_000) if hit.plan_id == first]
    second = save_candidate(engine, path, read_candidate(copy, library)).plan_id
    assert second > first  # a remembered tab or setting can never land on another plan


# -- kill -9 in the middle of an import ---------------------------------------------------------

_PAUSING_IMPORT = """
import sys, time
from pathlib import Path
import app.db.loader as loader
original = loader.add_entries
def pause_mid_transaction(session, entries):
    count = original(session, entries)           # the plan's rows are written, not committed
    Path(sys.argv[2]).write_text("inside")
    time.sleep(60)
    return count
loader.add_entries = pause_mid_transaction
from app.cli import main
sys.exit(main(["import", "--db", sys.argv[1], sys.argv[3]]))
"""


def _start_import(script: str, db: Path, marker: Path, source: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, str(db), str(marker), str(source)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _plans_in(db: Path) -> int:
    assert quick_check(db) is None  # also rolls back what the killed process left in its journal
    return len(list_plans(open_user_database(db)))


def test_kill_9_mid_transaction_leaves_the_database_whole_and_without_the_plan(tmp_path):
    db, marker = tmp_path / "user.sqlite", tmp_path / "inside"
    engine = open_user_database(db)
    save_candidate(engine, db, read_candidate(_received_copy(tmp_path)))  # one plan already there
    engine.dispose()
    other = tmp_path / "黑龙江规划（转发）.txt"
    other.write_bytes((ROOT / "data/sources/000_89026cfe93e6670e.txt").read_bytes() + b"\n")
    process = _start_import(_PAUSING_IMPORT, db, marker, other)
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the import never reached its transaction"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert _plans_in(db) == 1  # the earlier plan, intact; nothing of the killed import
    assert read_candidate(other, Library(open_user_database(db))).existing_plan_id is None


def test_kill_9_at_any_moment_leaves_all_of_the_plan_or_none(tmp_path):
    source = _received_copy(tmp_path)
    script = "import sys\nfrom app.cli import main\nsys.exit(main(['import', '--db', sys.argv[1], sys.argv[3]]))"
    for delay in (0.3, 0.6, 0.9, 1.2, 1.6, 2.2):
        db = tmp_path / f"user-{delay}.sqlite"
        process = _start_import(script, db, tmp_path / "unused", source)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if not db.exists():
            continue  # killed before the database was created: nothing to check
        count = _plans_in(db)
        assert count in (0, 1)
        if count:
            assert len(indicator_tables(open_user_database(db), USER_ID_BASE)) == 2  # the whole plan


def test_newer_sqlites_report_of_a_damaged_search_index_does_not_make_the_library_damaged():
    """SQLite 3.44+ (Ubuntu 24.04, Python 3.12 on Windows) names a damaged FTS5 index in
    quick_check. The index is rebuilt on its own; counting the whole library as damaged would
    offer a backup (and lose the newest import) and refuse the backup taken before the rebuild."""
    from app.db.backups import tables_sound
    fts = 'fts5: corruption found reading blob 137438953473 from table "search_index"'  # SQLite 3.51
    inverted = "malformed inverted index for FTS5 table main.search_index"  # SQLite 3.45 (Ubuntu 24.04)
    assert tables_sound(["ok"]) and tables_sound([fts]) and tables_sound([fts, inverted])
    assert not tables_sound(["*** in database main ***\nTree 7 page 12: btreeInitPage() returns error code 11"])
    assert not tables_sound([fts, "row 3 missing from index ix_indicator_key"])
    assert not tables_sound([])
