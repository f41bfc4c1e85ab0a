"""The bundled plans built from data/sources into a temporary database, for comparison tests."""
from pathlib import Path

from app.db import build_database, open_readonly
from app.queries import list_plans

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"


def build_library(tmp_path_factory):
    """(engine, {province: plan id}) of the five bundled plans, built fresh from their sources."""
    path = tmp_path_factory.mktemp("compare") / "plans.sqlite"
    build_database(path, SOURCES)
    engine = open_readonly(path)
    return engine, {plan.province: plan.id for plan in list_plans(engine)}
