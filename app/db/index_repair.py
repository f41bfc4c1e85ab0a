"""Checking the user database's search index at start-up, and rebuilding it from the plans.

The index is derived data: every entry is made from a stored plan's rows (the same
`index_entries` the loader uses when a plan is imported). So a damaged index is dropped and
made again from the plans, in one transaction, after a backup, under the write lock; the
plans themselves are not touched. No Qt.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.backups import make_backup
from app.db.search_index import add_entries, create_search_index, drop_search_index, index_problem
from app.db.write_lock import write_lock


def search_index_problem(engine: Engine) -> str | None:
    """None if the database's search index is sound, else what is wrong (read-write engines)."""
    with engine.connect() as conn:
        problem = index_problem(conn)
        conn.rollback()
    return problem


def rebuild_search_index(engine: Engine, path: str | Path) -> int:
    """Drop and rebuild the search index from the plans; returns how many entries it holds.

    Raises whatever the database raises; then the transaction is rolled back and the old
    index (damaged, but no worse) is still there.
    """
    from app.db.loader import index_entries  # the loader imports the models; only needed here
    from app.models import Plan

    with write_lock(path):
        make_backup(path, reason="before-reindex")
        with Session(engine) as session, session.begin():
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            drop_search_index(session)
            create_search_index(session)
            added = 0
            for plan_id in session.scalars(select(Plan.id).order_by(Plan.id)).all():
                plan = session.get(Plan, plan_id)
                assert plan is not None  # its id was just read in this same transaction
                added += add_entries(session, list(index_entries(plan)))
                session.expunge_all()  # one plan's graph in memory at a time
        make_backup(path, reason="after-reindex")
    return added
