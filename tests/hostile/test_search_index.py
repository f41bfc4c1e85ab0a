"""A damaged search index is seen at start-up and rebuilt from the plans, never left to give
wrong answers. (Before, 64 stray bytes in the index passed the start-up check; searches then
missed hits or failed for the whole library.)"""
from __future__ import annotations

import re
import sqlite3

from hostile_files import damage_search_index
from hostile_run import plans_in, received, run_cli


def _matches(run) -> int:
    return int(re.search(r"(\d+) matches for", run.out.splitlines()[-1]).group(1))


def test_a_damaged_index_is_reported_then_rebuilt_and_finds_everything_again(library_of_two, data_dir):
    before = run_cli("search", "财", data_dir=data_dir)
    before.sentence(0)
    damage_search_index(library_of_two)
    damaged = run_cli("search", "财", data_dir=data_dir)
    damaged.sentence(1, "search index of your imported plans is damaged", "plan-browser rebuild-index")
    damaged.bounded()
    rebuilt = run_cli("rebuild-index", data_dir=data_dir)
    rebuilt.sentence(0, out="Rebuilt the search index")
    rebuilt.bounded()
    after = run_cli("search", "财", data_dir=data_dir)
    after.sentence(0)
    assert _matches(after) == _matches(before)
    assert len(plans_in(library_of_two)) == 2


def test_an_import_into_a_database_with_a_damaged_index_rebuilds_it_first(library_of_two, data_dir, tmp_path):
    damage_search_index(library_of_two)
    run = run_cli("import", str(received(tmp_path, 1)), data_dir=data_dir)
    run.sentence(0, "was rebuilt from your plans", out="imported as plan")
    run.bounded()
    conn = sqlite3.connect(library_of_two)
    conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")  # raises if damaged
    conn.close()
    assert len(plans_in(library_of_two)) == 3
