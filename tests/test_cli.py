"""The `plan-browser` command line, as a user runs it: output, files, exit status."""
import csv
import importlib.util
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from app import cli, paths
from app.db import ROLE_BUNDLED, load_plan, open_database

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "sources"


def _db_fixtures():
    """tests/db/conftest.py by path: its plan factory and schema, without sys.path tricks."""
    spec = importlib.util.spec_from_file_location("db_fixtures", ROOT / "tests/db/conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FIXTURES = _db_fixtures()


@pytest.fixture
def db(tmp_path):
    """A database with two hand-built plans."""
    path = tmp_path / "plans.sqlite"
    engine = open_database(path, role=ROLE_BUNDLED)
    load_plan(engine, FIXTURES.build_plan())
    load_plan(engine, FIXTURES.build_plan("河南省", "十三五", (2016, 2020)))
    engine.dispose()
    return path


@pytest.fixture
def user_dir(tmp_path, monkeypatch):
    folder = tmp_path / "user"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    return folder


def run(capsys, *argv):
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


def test_list_shows_id_province_period_title(capsys, db):
    status, out, _err = run(capsys, "list", "--db", str(db))
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split("\t") == ["id", "province", "period", "title"]
    assert "2\t河南省\t十三五\t河南省人力资源和社会保障事业发展“十三五”规划" in lines


def test_read_commands_default_to_the_bundled_database(capsys, db, monkeypatch):
    monkeypatch.setattr(paths, "bundled_db_path", lambda: db)
    status, out, _err = run(capsys, "list")
    assert status == 0 and "黑龙江省" in out


def test_search_prints_where_and_marks_the_match(capsys, db):
    status, out, _err = run(capsys, "search", "社保", "--db", str(db), "--period", "十三五")
    assert status == 0
    assert "河南省 十三五 › 一、规划背景 › （二）面临形势, line 32" in out
    assert "【社保】基金" in out and "黑龙江省" not in out
    assert "matches for “社保”" in out.splitlines()[-1]


def test_search_without_characters_says_so(capsys, db):
    status, _out, err = run(capsys, "search", '"*()', "--db", str(db))
    assert status == 1 and "nothing to search for" in err


def test_export_json_to_a_file_meets_the_contract(capsys, db, tmp_path):
    target = tmp_path / "export.json"
    status, _out, err = run(capsys, "export", "--format", "json", "--db", str(db),
                            "-o", str(target))
    assert status == 0 and "2 plans" in err
    data = json.loads(target.read_text(encoding="utf-8"))
    schema = FIXTURES.load_schema()
    assert not list(Draft202012Validator(schema).iter_errors(data))


def test_export_to_standard_output(capsys, db):
    status, out, _err = run(capsys, "export", "--db", str(db))
    assert status == 0 and json.loads(out)["plans"][0]["province"] == "黑龙江省"
    status, out, _err = run(capsys, "export", "--format", "csv", "--db", str(db))
    assert status == 0 and out.startswith("\ufeffplan_id,")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert rows[0]["indicator"] == "城镇新增就业人数"


def _outside_copy(tmp_path, name="002_89552002aea7bd13.txt") -> Path:
    """A seed plan as a user would receive it: the same text, saved again (other bytes)."""
    copy = tmp_path / f"received_{name}"
    copy.write_bytes((SOURCES / name).read_bytes() + b"\n")
    return copy


def _imported_id(out: str) -> int:
    return int(out.split("imported as plan ")[1].split()[0])


def test_import_adds_a_file_once_and_lists_it_with_the_bundled_plans(capsys, user_dir, tmp_path):
    source = _outside_copy(tmp_path)
    status, out, _err = run(capsys, "import", str(source))
    assert status == 0 and "chapters" in out
    plan_id = _imported_id(out)
    status, out, _err = run(capsys, "import", str(source))
    assert status == 0 and f"already in the library (plan {plan_id})" in out
    assert (user_dir / "user.sqlite").is_file()
    _status, out, _err = run(capsys, "list")
    ids = [line.split("\t")[0] for line in out.splitlines()[1:]]
    assert str(plan_id) in ids and len(ids) == 6  # the five bundled plans and the import


def test_importing_a_bundled_document_says_it_is_already_there(capsys, user_dir):
    status, out, _err = run(capsys, "import", str(SOURCES / "002_89552002aea7bd13.txt"))
    assert status == 0 and "already in the library (plan 3)" in out


def test_import_corrects_metadata_and_refuses_structureless_text(capsys, user_dir, tmp_path):
    source = _outside_copy(tmp_path)
    status, out, _err = run(capsys, "import", str(source), "--title", "我的副本", "--province", "长沙市")
    plan_id = _imported_id(out)
    _status, out, _err = run(capsys, "list")
    assert f"{plan_id}\t长沙市\t十四五\t我的副本" in out.splitlines()
    notes = tmp_path / "会议记录.txt"
    notes.write_text("今天讨论了就业工作。\n下周继续。\n", encoding="utf-8")
    status, _out, err = run(capsys, "import", str(notes))
    assert status == 1 and "no plan structure" in err and "--unstructured" in err
    status, out, _err = run(capsys, "import", str(notes), "--unstructured")
    assert status == 0 and "imported as plan" in out


def test_import_refuses_a_file_over_the_size_limit_without_reading_it(capsys, user_dir, tmp_path):
    status, _out, err = run(capsys, "import", str(_outside_copy(tmp_path)), "--max-size", "0.01")
    assert status == 1 and "over the 0.01 MB limit" in err


def test_import_goes_on_after_a_bad_file_and_fails_at_the_end(capsys, user_dir, tmp_path):
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    good = _outside_copy(tmp_path, "000_89026cfe93e6670e.txt")
    status, out, err = run(capsys, "import", str(picture), str(tmp_path / "gone.txt"), str(good))
    assert status == 1
    assert "photo.txt" in err and "PNG image" in err  # says what the file really is
    assert "gone.txt: no such file" in err
    assert f"{good.name}: imported as plan" in out


def test_missing_database_is_one_clear_line(capsys, tmp_path):
    status, out, err = run(capsys, "list", "--db", str(tmp_path / "nope.sqlite"))
    assert status == 1 and out == ""
    assert err.startswith("plan-browser: Database not found") and len(err.splitlines()) == 1


def test_a_database_from_a_newer_version_is_refused(capsys, db):
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    status, _out, err = run(capsys, "search", "就业", "--db", str(db))
    assert status == 1 and "newer version of Plan Browser" in err


def test_build_db_writes_a_database_and_prints_counts(capsys, tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(SOURCES / "002_89552002aea7bd13.txt", sources)
    out_path = tmp_path / "out" / "plans.sqlite"
    status, out, _err = run(capsys, "build-db", "--out", str(out_path), "--sources", str(sources))
    assert status == 0 and "1 plans" in out and "indicator" in out
    status, out, _err = run(capsys, "list", "--db", str(out_path))
    assert "湖南省" in out


def test_without_a_command_and_without_qt_it_lists_the_library(capsys, db, monkeypatch):
    monkeypatch.setattr(paths, "bundled_db_path", lambda: db)
    monkeypatch.setitem(sys.modules, "app.ui.app", None)  # import fails
    status, out, err = run(capsys)
    assert status == 0 and "黑龙江省" in out
    assert "window is not available" in err and "plan-browser[gui]" in err


def test_bad_usage_exits_non_zero(capsys):
    status, _out, err = run(capsys, "export", "--format", "xml")
    assert status == 2 and "invalid choice" in err


def test_python_dash_m_app_runs_the_same_command(db):
    result = subprocess.run([sys.executable, "-m", "app", "list", "--db", str(db)], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 0 and "河南省" in result.stdout


def test_window_opens_the_database_given_with_db(capsys, db, monkeypatch):
    opened = {}
    fake = type(sys)("app.ui.app")
    fake.run = lambda path, language=None: opened.update(path=path, language=language) or 0
    monkeypatch.setitem(sys.modules, "app.ui.app", fake)
    status, _out, _err = run(capsys, "--db", str(db), "--lang", "en")
    assert status == 0 and opened == {"path": db, "language": "en"}


def test_a_limit_is_raised_or_refused_by_name(capsys, user_dir, tmp_path):
    source = _outside_copy(tmp_path)
    status, _out, err = run(capsys, "import", str(source), "--limit", "pages=many")
    assert status == 2 and "pages=many" in err
    status, _out, err = run(capsys, "import", str(source), "--limit", "patience=5")
    assert status == 2 and "seconds, memory, pages" in err  # the names it knows
    status, _out, err = run(capsys, "import", str(source), "--limit", "headings=3")
    assert status == 1 and "headings limit" in err and "--limit headings=N" in err
    status, out, _err = run(capsys, "import", str(source), "--limit", "headings=300")
    assert status == 0 and "imported as plan" in out


def test_rebuild_index_without_a_database_says_there_is_nothing_to_rebuild(capsys, user_dir):
    status, _out, err = run(capsys, "rebuild-index")
    assert status == 1 and "nothing to rebuild" in err


def test_export_to_a_folder_is_refused_and_writes_nothing(capsys, db, tmp_path):
    status, _out, err = run(capsys, "export", "--format", "csv", "--db", str(db), "-o", str(tmp_path))
    assert status == 1 and "is a folder, not a regular file" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plans.sqlite"]


def test_an_export_that_fails_leaves_the_old_file_as_it_was(capsys, db, tmp_path, monkeypatch):
    target = tmp_path / "plans.json"
    target.write_text("yesterday's export", encoding="utf-8")

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    from app.service import PlanLibrary
    monkeypatch.setattr(PlanLibrary, "export_json", disk_full)
    status, _out, err = run(capsys, "export", "--db", str(db), "-o", str(target))
    assert status == 1 and "No space left on device" in err and str(target) in err
    assert target.read_text(encoding="utf-8") == "yesterday's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plans.json", "plans.sqlite"]  # no temporary left
