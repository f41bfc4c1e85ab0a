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

    # comparing and charts
    "Comparison": "app.compare.multi", "Section": "app.compare.multi", "Row": "app.compare.multi",
    "PeriodValues": "app.compare.values", "PeriodValue": "app.compare.values", "Mark": "app.compare.marks",
    "legend": "app.compare.marks", "ProgrammeComparison": "app.compare.programmes",
    "ProgrammeRow": "app.compare.programmes", "ItemRow": "app.compare.programmes",
    "AcrossRow": "app.compare.across", "targets_by_value": "app.compare.across", "by_value": "app.compare.across",
    "DiffSpan": "app.compare.textdiff",
    "MARK_COLOURS": "app.report.compare_html",
    "Dumbbell": "app.compare.chartdata", "PlanPoint": "app.compare.chartdata", "UnitGroup": "app.compare.chartdata",
    "ValuePoint": "app.compare.chartdata", "achieved": "app.compare.chartdata", "unit_groups": "app.compare.chartdata",
    "load_dictionary": "app.indicators",
    # importing, checking, recovering
    "ImportCandidate": "app.db.imports", "ImportRefused": "app.db.imports", "is_user_id": "app.db.library",
    "USER_ID_BASE": "app.db.library", "UserDatabaseDamaged": "app.db.userdb", "PlanDatabaseError": "app.db.engine",
    "MigrationError": "app.db.migrations", "ReadingReport": "app.ingest.reading",
    "DEFAULT_MAX_BYTES": "app.db.imports", "SUPPORTED_SUFFIXES": "app.db.imports",
    "LIMITS": "app.ingest.budget", "Limits": "app.ingest.budget", "check_limit": "app.ingest.budget",
    "IngestError": "app.ingest.decode", "DatabaseBusy": "app.db.write_lock", "BackupFailed": "app.db.backups",
    "database_error_message": "app.db.errors", "match_expression": "app.db.search_index",
    # the user's database as a file: opened, checked and restored before a library is made of it
    "open_user_database": "app.db.userdb", "RecoveryOffer": "app.db.userdb", "recovery_offer": "app.db.userdb",
    "restore_backup": "app.db.userdb", "search_index_problem": "app.db.index_repair",
    "rebuild_search_index": "app.db.index_repair",
    # the bundled database, built from data/sources
    "build_database": "app.db.build",
    # printing: the Qt-free parts of the printer
    "fix_text_layer": "app.report.pdf_text_layer", "break_before_row": "app.report.table_split",
    "table_count": "app.report.table_split", "PRINT_STYLE": "app.report.html",
}
#: Modules the front ends use whole: how labels and comparison cells read.
_MODULES = {"labels": "app.queries.labels", "compare_text": "app.report.compare_text"}
#: Names some homes give under another name here.
_ALIASES = {"FILTER_KINDS": "KINDS", "DEFAULT_FILTER_LIMIT": "DEFAULT_LIMIT", "PRINT_STYLE": "STYLE"}
__all__ = [*_HOMES, *_MODULES]  # noqa: PLE0604 - the names above, resolved by __getattr__


def __getattr__(name: str):
    if name in _MODULES:
        value = importlib.import_module(_MODULES[name])
    elif name in _HOMES:
        value = getattr(importlib.import_module(_HOMES[name]), _ALIASES.get(name, name))
    else:
        raise AttributeError(f"module 'app.service' has no attribute {name!r}")
    globals()[name] = value  # later lookups skip this function
    return value
