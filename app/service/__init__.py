"""The one door into the library: `PlanLibrary`, and the plain types its answers are made of.

The window (app.ui), the command line (app.cli) and the self-test import from here and
nowhere else below (an import-linter contract in pyproject.toml holds them to it).  Names
are resolved on first use (PEP 562), so opening the window does not import the parser,
the comparison or the report writers before they are needed.
"""
from __future__ import annotations

import importlib

_HOMES = {
    "PlanLibrary": "app.service.library",
    # tree
    "NodeKind": "app.queries.tree", "NodeRef": "app.queries.tree", "TreeNode": "app.queries.tree",
    "ROOT_REF": "app.queries.tree", "UNKNOWN_PROVINCE": "app.queries.tree", "city_ref": "app.queries.tree",
    "city_of": "app.queries.tree", "Levels": "app.queries.tree",
    "TreeFilterResult": "app.queries.tree_filter", "FILTER_KINDS": "app.queries.tree_filter",
    "DEFAULT_FILTER_LIMIT": "app.queries.tree_filter",
    # reading
    "PlanSummary": "app.queries.plans", "IssueView": "app.queries.plans", "SourceText": "app.queries.plans",
    "TargetView": "app.queries.plans", "IndicatorTable": "app.queries.boxes",
    "IndicatorRowView": "app.queries.boxes", "CellView": "app.queries.boxes", "ColumnView": "app.queries.boxes",
    "BoxDetail": "app.queries.boxes", "ItemView": "app.queries.boxes", "UnplacedView": "app.queries.boxes",
    "TextView": "app.queries.text", "TextBlock": "app.queries.text", "SearchHit": "app.queries.search",
    "labels": "app.queries",
    # comparing and charts
    "PlanComparison": "app.compare", "IndicatorComparison": "app.compare", "SideValues": "app.compare",
    "StructurePair": "app.compare", "TopicRow": "app.compare", "char_diff": "app.compare",
    "readable_box_text": "app.compare.structure",
    "Dumbbell": "app.compare.chartdata", "PlanPoint": "app.compare.chartdata", "UnitGroup": "app.compare.chartdata",
    "ValuePoint": "app.compare.chartdata", "achieved": "app.compare.chartdata", "unit_groups": "app.compare.chartdata",
    "load_dictionary": "app.indicators",
    # importing, checking, recovering
    "ImportCandidate": "app.db.imports", "ImportRefused": "app.db.imports", "is_user_id": "app.db.library",
    "USER_ID_BASE": "app.db.library", "UserDatabaseDamaged": "app.db.userdb", "PlanDatabaseError": "app.db.engine",
    "MigrationError": "app.db.migrations", "ReadingReport": "app.ingest.reading",
    # printing: the Qt-free parts of the printer
    "fix_text_layer": "app.report.pdf_text_layer", "break_before_row": "app.report.table_split",
    "table_count": "app.report.table_split",
}
#: Names some homes give under another name here.
_ALIASES = {"FILTER_KINDS": "KINDS", "DEFAULT_FILTER_LIMIT": "DEFAULT_LIMIT"}
__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'app.service' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), _ALIASES.get(name, name))
    globals()[name] = value  # later lookups skip this function
    return value
