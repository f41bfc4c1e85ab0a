"""Building the bundled database: atomic, reproducible, and from the real documents."""
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import app.db.build as build
from app.db import build_database, export_json, open_readonly
from app.queries import list_plans

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"
REAL_FILES = sorted(SOURCES.glob("*.txt"))


def canonical_dump(path: Path) -> dict[str, list]:
    """Schema and every row of every table (the search index included), in rowid order.

    FTS5's own shadow tables are left out: they are derived from `search_index`.
    """
    with sqlite3.connect(path) as conn:
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name").fetchall()
        return {name: [sql, *conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()]
                for name, sql in tables}


@pytest.fixture
def few_sources(tmp_path):
    """Two real documents, a damaged 'pdf' and a file that is not a plan at all."""
    folder = tmp_path / "sources"
    folder.mkdir()
    for path in REAL_FILES[:2]:
        shutil.copy(path, folder / path.name)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    (folder / "README.md").write_text("not a source", encoding="utf-8")
    return folder


def test_build_reports_what_it_stored_and_skipped(few_sources, tmp_path):
    report = build_database(tmp_path / "plans.sqlite", few_sources)
    assert report.plans == 2
    assert [name for name, _reason in report.skipped] == ["scan.pdf"]
    assert dict(report.counts)["plan"] == 2
    assert all(plan.bundled for plan in list_plans(open_readonly(report.out_path)))


def test_a_failed_build_leaves_the_old_database_untouched(few_sources, tmp_path, monkeypatch):
    out = tmp_path / "plans.sqlite"
    build_database(out, few_sources)
    before = canonical_dump(out)

    def broken(*_args):
        raise RuntimeError("power cut")

    monkeypatch.setattr(build, "load_plan", broken)
    with pytest.raises(RuntimeError):
        build_database(out, few_sources)
    assert canonical_dump(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plans.sqlite", "sources"]


def test_real_documents_build_reproducibly_and_export_valid_json(tmp_path, export_schema):
    """Holds for any parse: five plans, their hashes, a valid export, same content twice."""
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    build_database(first, SOURCES)
    build_database(second, SOURCES)
    assert canonical_dump(first) == canonical_dump(second)

    engine = open_readonly(first)
    plans = list_plans(engine)
    assert len(plans) == len(REAL_FILES) == 5
    by_file = {plan.source_file: plan for plan in plans}
    for path in REAL_FILES:
        assert path.name in by_file
        assert hashlib.sha256(path.read_bytes()).hexdigest() == export_sha(engine, path.name)
    errors = list(Draft202012Validator(export_schema).iter_errors(export_json(engine)))
    assert not errors, errors[0].message


def export_sha(engine, file_name):
    return next(plan["source"]["sha256"] for plan in export_json(engine)["plans"]
                if plan["source"]["file"] == file_name)


def test_the_bundled_database_is_built_from_the_current_sources(tmp_path):
    """The shipped data/plans.sqlite says exactly what `build-db` makes of data/sources today.

    If the parser changes, rebuild with `plan-browser build-db` and commit the result.
    """
    bundled = SOURCES.parent / "plans.sqlite"
    fresh = tmp_path / "fresh.sqlite"
    build_database(fresh, SOURCES)
    assert canonical_dump(bundled) == canonical_dump(fresh)
