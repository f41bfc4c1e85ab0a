"""Plan databases: engines and schema version, loading, search index, build, export. No Qt.

The names below are imported on first use (PEP 562), so opening a database for the window
does not import the parser and the loader, which only building and importing need.
"""
from __future__ import annotations

import importlib

_HOMES = {
    "BuildReport": "app.db.build", "build_database": "app.db.build",
    "ROLE_BUNDLED": "app.db.engine", "ROLE_USER": "app.db.engine", "PlanDatabaseError": "app.db.engine",
    "create_all": "app.db.engine", "open_database": "app.db.engine", "open_readonly": "app.db.engine",
    "export_csv": "app.db.export", "export_json": "app.db.export",
    "LoadResult": "app.db.loader", "load_plan": "app.db.loader",
}
__all__ = [  # resolved by __getattr__ below
    "ROLE_BUNDLED", "ROLE_USER", "BuildReport", "LoadResult", "PlanDatabaseError",
    "build_database", "create_all", "export_csv", "export_json", "load_plan",
    "open_database", "open_readonly",
]


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'app.db' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value  # later lookups skip this function
    return value
