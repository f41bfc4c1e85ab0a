"""Plan databases: engines and schema version, loading, search index, build, export. No Qt."""
from app.db.build import BuildReport, build_database
from app.db.engine import (
    ROLE_BUNDLED, ROLE_USER, PlanDatabaseError, create_all, open_database, open_readonly,
)
from app.db.export import export_csv, export_json
from app.db.loader import LoadResult, load_plan

__all__ = [
    "ROLE_BUNDLED", "ROLE_USER", "BuildReport", "LoadResult", "PlanDatabaseError",
    "build_database", "create_all", "export_csv", "export_json", "load_plan",
    "open_database", "open_readonly",
]
