"""PlanLibrary: the one door into the plans, for the window, the command line and the self-test.

Opened once from the bundled database (read-only) and the user's own (imports and
corrections), it answers what the app asks of its library with methods named after what
users do: list and browse, read, search, compare, chart, print and export, import and
remove, correct a match, check and restore.  The work is done by the query and service
functions behind it (app.queries, app.db, app.compare, app.report), which stay plain
functions taking a Source; nothing here holds ORM objects or imports Qt.

    library = PlanLibrary.open(paths.bundled_db_path(), paths.user_db_path())
    for plan in library.plans(): ...
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from app import paths, queries
from app.db.library import Library, is_user_id
from app.queries import tree as tree_queries
from app.service.outputs import Outputs

if TYPE_CHECKING:
    from app.db.imports import ImportCandidate
    from app.ingest.budget import Limits
    from app.ingest.model import ParsedPlan


class PlanLibrary(Outputs):
    """The bundled plans and, once opened, the user's own: one library (printing and
    exporting are in outputs.py, to keep each module short)."""

    def __init__(self, bundled: Engine, user: Engine | None = None, user_path: Path | None = None):
        self.source = Library(bundled, user)
        self.user_path = Path(user_path) if user_path is not None else None

    # -- opening and closing ---------------------------------------------------------
    @classmethod
    def open(cls, bundled_path: str | Path, user_path: str | Path | None = None, *,
             create_user: bool = False) -> PlanLibrary:
        """The bundled database and the user's (if it exists, or `create_user`).

        Raises PlanDatabaseError for an unusable bundled file and UserDatabaseDamaged for a
        damaged user file (the window offers recovery; the command line says so).
        """
        from app.db.userdb import open_library
        library = open_library(bundled_path, user_path, create_user=create_user)
        return cls(library.bundled, library.user, Path(user_path) if user_path else None)

    @classmethod
    def wrap(cls, source) -> PlanLibrary:
        """A PlanLibrary for any Source: itself, one engine, or a Library of two."""
        if isinstance(source, PlanLibrary):
            return source
        if isinstance(source, Library):
            return cls(source.bundled, source.user)
        return cls(source)

    @classmethod
    def of_file(cls, path: str | Path) -> PlanLibrary:
        """One database file, read-only (the command line's --db)."""
        from app.db.engine import open_readonly
        return cls(open_readonly(path))

    # A PlanLibrary is a Source (app.db.library): the query functions accept it as they are.
    @property
    def engines(self) -> tuple[Engine, ...]:
        return self.source.engines

    def engine_for(self, any_id: int | str | None) -> Engine:
        return self.source.engine_for(any_id)

    def user_file(self) -> Path:
        """Where the user's database lives: as given, else the per-user data folder's."""
        return self.user_path if self.user_path is not None else paths.user_db_path()

    def user_engine(self) -> Engine:
        """The user's own database, created on first use; never the bundled one.

        Raises UserDatabaseDamaged (or PlanDatabaseError) if it cannot be used; the window
        offers recovery at start, so a later failure is only reported.
        """
        if self.source.user is None:
            from app.db.userdb import open_user_database
            path = self.user_file()
            path.parent.mkdir(parents=True, exist_ok=True)
            self.source.attach_user(open_user_database(path))
        assert self.source.user is not None  # attached just above
        return self.source.user

    def attach_user(self, user: Engine | None, path: str | Path | None = None) -> None:
        """Use this user database from now on (after a restore, or None: bundled plans only)."""
        self.source.attach_user(user)
        if path is not None:
            self.user_path = Path(path)

    def close(self) -> None:
        for engine in self.source.engines:
            engine.dispose()

    # -- listing and browsing --------------------------------------------------------
    def plans(self) -> list[queries.PlanSummary]:
        """Every plan, bundled and imported, by province, city and years."""
        return queries.list_plans(self.source)

    def plan(self, plan_id: int) -> queries.PlanSummary | None:
        return queries.get_plan(self.source, plan_id)

    @staticmethod
    def is_imported(any_id: int | str | None) -> bool:
        """Does this id belong to a row the user imported (not a bundled one)?"""
        return is_user_id(any_id)

    def tree(self, ref: tree_queries.NodeRef | None = None) -> list[tree_queries.TreeNode]:
        """One level of the library tree: provinces, a province's plans and cities, a plan's outline…"""
        return tree_queries.tree_children(self.source, ref)

    def tree_levels(self, refs: Iterable[tree_queries.NodeRef]) -> tree_queries.Levels:
        return tree_queries.tree_levels(self.source, refs)

    def filter_tree(self, text: str, limit: int | None = None):
        from app.queries import tree_filter
        return tree_filter.filter_tree(self.source, text, limit or tree_filter.DEFAULT_LIMIT)

    def indicator_table_lines(self, plan_ids: list[int]) -> dict[int, tuple[int, ...]]:
        from app.queries.boxes import indicator_table_lines
        return indicator_table_lines(self.source, plan_ids)

    # -- reading ---------------------------------------------------------------------
    def section_text(self, section_id: int):
        return queries.section_text(self.source, section_id)

    def chapter_text(self, chapter_id: int):
        return queries.chapter_text(self.source, chapter_id)

    def part_text(self, part_id: int):
        return queries.part_text(self.source, part_id)

    def preamble_text(self, plan_id: int):
        return queries.preamble_text(self.source, plan_id)

    def source_text(self, plan_id: int):
        return queries.plan_source(self.source, plan_id)

    def box(self, box_id: int):
        return queries.box_detail(self.source, box_id)

    def boxes(self, box_ids: list[int]):
        return queries.boxes_by_id(self.source, box_ids)

    def tables(self, plan_id: int) -> list[queries.IndicatorTable]:
        """A plan's indicator tables, as printed."""
        return list(queries.indicator_tables(self.source, plan_id))

    def issues(self, plan_id: int):
        return queries.plan_issues(self.source, plan_id)

    def targets(self, plan_id: int):
        return queries.plan_targets(self.source, plan_id)

    # -- search ----------------------------------------------------------------------
    def search(self, query: str, province: str | None = None, period: str | None = None,
               city: str | None = None, limit: int = 50) -> list[queries.SearchHit]:
        return queries.search(self.source, query, province, period, limit, city)

    def count_matches(self, query: str, province: str | None = None, period: str | None = None,
                      city: str | None = None) -> int:
        return queries.count_matches(self.source, query, province, period, city)

    # -- comparing and charting --------------------------------------------------------
    def compare(self, plan_ids: list[int]):
        """Two to four plans side by side, period by period (None if a plan is gone)."""
        from app.compare.multi import compare
        return compare(self.source, plan_ids, self.overrides())

    def suggest_partner(self, plan_id: int) -> int | None:
        """A like plan to compare this one with first (its province's, else a peer's of its period)."""
        from app.compare.choice import suggest_partner
        return suggest_partner(self.plans(), plan_id)

    def compare_programmes(self, plan_ids: list[int]):
        """The plans' programme boxes paired by what they hold, item to item inside each pair."""
        from app.compare.programmes import compare_programmes
        return compare_programmes(self.source, plan_ids)

    def box_diff(self, left_plan, right_plan, left_box, right_box):
        """The character diff of two boxes where it means something (two versions of one
        region's plan), else None."""
        from app.compare.programmes import box_diff
        return box_diff(left_plan, right_plan, left_box, right_box)

    def across(self, key: str):
        """One standard indicator in every plan of the library, each value with its period and role."""
        from app.compare.across import across
        return across(self.source, key)

    def chart_tables(self, plan_id: int, completion: bool) -> list[queries.IndicatorTable]:
        from app.compare.chartdata import plan_chart_tables
        return plan_chart_tables(self.source, plan_id, completion)

    def across_plans(self, key: str):
        """One standard indicator in every plan that lists it, for the across-plans chart."""
        from app.compare.chartdata import across_plans
        return across_plans(self.source, key)

    # -- corrections -------------------------------------------------------------------
    def overrides(self):
        """The user's corrections of indicator matches (empty without a user database)."""
        from app.db.overrides import load_overrides
        return load_overrides(self.source.user)

    def correct_match(self, plan_id: int, name: str, key: str | None) -> bool:
        """Save that the row `name` of this plan is the standard indicator `key` (None: none)."""
        from app.db.overrides import plan_sha256, save_override
        sha = plan_sha256(self.source, plan_id)
        if sha is None:
            return False
        save_override(self.user_engine(), sha, name, key)
        return True

    # -- importing and removing ---------------------------------------------------------
    def read_candidate(self, path: str | Path, max_bytes: int | None = None, *, limits: Limits | None = None,
                       cancel: threading.Event | None = None,
                       progress: Callable[[int, int, str], None] | None = None) -> ImportCandidate:
        """Read and parse a file for import, writing nothing; raises ImportRefused.

        Within `limits` (app.ingest.budget); setting `cancel` stops the reading itself;
        `progress(done, total, what)` hears of the pages read.
        """
        from app.db.imports import DEFAULT_MAX_BYTES, read_candidate
        return read_candidate(path, self.source, max_bytes or DEFAULT_MAX_BYTES, limits=limits, cancel=cancel,
                              progress=progress)

    @staticmethod
    def preview(candidate: ImportCandidate) -> tuple[PlanLibrary, int]:
        """The candidate in a throw-away library of its own, read with the ordinary queries."""
        from app.db.imports import preview_database
        engine, plan_id = preview_database(candidate)
        return PlanLibrary(engine), plan_id

    def save(self, candidate: ImportCandidate, *, allow_unstructured: bool = False, **corrections) -> int:
        """Store a candidate in the user's database (checked backups before and after, one
        transaction, under the write lock); returns its plan id. Raises DatabaseBusy,
        BackupFailed, PlanDatabaseError or ImportRefused, each a sentence."""
        from app.db.imports import save_candidate
        return save_candidate(self.user_engine(), self.user_file(), candidate,
                              allow_unstructured=allow_unstructured, **corrections).plan_id

    def remove(self, plan_id: int) -> bool:
        """Remove an imported plan (after a backup); bundled plans are never removed."""
        from app.db.imports import remove_imported
        if not is_user_id(plan_id):
            return False
        return remove_imported(self.user_engine(), self.user_file(), plan_id)

    # -- checking ----------------------------------------------------------------------
    def search_index_problem(self) -> str | None:
        """What is wrong with the search index of the user's plans (None: sound, or no user database)."""
        from app.db.index_repair import search_index_problem
        return search_index_problem(self.source.user) if self.source.user is not None else None

    def rebuild_search_index(self) -> int:
        """Rebuild the user's search index from their plans (after a backup); returns its entries."""
        from app.db.index_repair import rebuild_search_index
        return rebuild_search_index(self.user_engine(), self.user_file())

    # -- building ----------------------------------------------------------------------
    @staticmethod
    def parse(path: str | Path) -> ParsedPlan:
        from app.ingest import parse_file
        return parse_file(path)
