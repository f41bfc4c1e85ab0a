"""Reading and saving the user's corrections of indicator keys (user database only)."""
from __future__ import annotations

from sqlalchemy import Engine, Table, select
from sqlalchemy.orm import Session

from app.db.library import Source, engine_for
from app.models import KeyOverride, Plan

NO_KEY = ""  # stored when the user says a row matches no dictionary indicator

Overrides = dict[tuple[str, str], str | None]


def _ensure_table(engine: Engine) -> None:
    # User databases made before corrections existed lack the table: add it in place.
    table = KeyOverride.__table__  # typed as any FromClause; a declarative class maps a Table
    assert isinstance(table, Table)
    table.create(engine, checkfirst=True)


def load_overrides(user_engine: Engine | None) -> Overrides:
    """{(plan sha256, printed name): key or None}; empty without a user database."""
    if user_engine is None:
        return {}
    _ensure_table(user_engine)
    with Session(user_engine) as session:
        rows = session.execute(select(KeyOverride.plan_sha256, KeyOverride.name, KeyOverride.key))
        return {(sha, name): (key or None) for sha, name, key in rows}


def save_override(user_engine: Engine, plan_sha256: str, name: str, key: str | None) -> None:
    """Record (or replace) one correction, in its own transaction."""
    _ensure_table(user_engine)
    with Session(user_engine) as session, session.begin():
        row = session.scalar(select(KeyOverride).where(KeyOverride.plan_sha256 == plan_sha256,
                                                       KeyOverride.name == name))
        if row is None:
            session.add(KeyOverride(plan_sha256=plan_sha256, name=name, key=key or NO_KEY))
        else:
            row.key = key or NO_KEY


def plan_sha256(source: Source, plan_id: int) -> str | None:
    with Session(engine_for(source, plan_id)) as session:
        return session.scalar(select(Plan.sha256).where(Plan.id == plan_id))
