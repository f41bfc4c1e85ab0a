"""Fixtures of the hostile cases: a fresh data folder, and a user database of two plans."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # hostile_run and hostile_files, for the test modules

from hostile_run import plans_in, received, run_cli  # noqa: E402

if not hasattr(os, "wait4"):  # each case measures its child's memory with os.wait4 (POSIX)
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture
def data_dir(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def library_of_two(data_dir, tmp_path) -> Path:
    """A user database holding two imported plans (made through the command line)."""
    for index in (0, 2):
        run_cli("import", str(received(tmp_path, index)), data_dir=data_dir).sentence(0)
    db = data_dir / "user.sqlite"
    assert len(plans_in(db)) == 2
    return db
