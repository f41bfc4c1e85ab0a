"""Where the app looks for its files, from source, frozen, and with an override."""
import sys
from pathlib import Path

from app import paths


def test_from_source_the_bundled_database_is_in_data(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    root = Path(paths.__file__).resolve().parents[1]
    assert paths.bundled_db_path() == root / "data" / "plans.sqlite"
    assert paths.sources_dir() == root / "data" / "sources"


def test_a_frozen_app_reads_its_data_from_the_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundled_db_path() == tmp_path / "data" / "plans.sqlite"


def test_the_user_folder_can_be_overridden(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "mine"))
    assert paths.user_db_path() == tmp_path / "mine" / "user.sqlite"
    assert not (tmp_path / "mine").exists()  # asking never creates folders
    assert paths.ensure_user_data_dir().is_dir()


def test_without_override_the_user_folder_is_the_platform_one(monkeypatch):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    assert paths.user_data_dir().name == "plan-browser"
