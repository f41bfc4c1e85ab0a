"""Printing and exporting, as PlanLibrary methods (a mixin, to keep library.py short).

The HTML that the printer, the preview and the PDF all render, the workbooks and CSV of
plans and comparisons, and the plan-export/1 JSON (../shared/contracts). No Qt: turning
the HTML into pages is app.ui.printing's.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from app.db.library import Library
    from app.queries import IndicatorTable, PlanSummary


class Outputs:
    """What a PlanLibrary prints and exports; it needs the library's `source`, `plan()` and `tables()`."""

    source: Library

    def plan(self, plan_id: int) -> PlanSummary | None:
        raise NotImplementedError

    def tables(self, plan_id: int) -> list[IndicatorTable]:
        raise NotImplementedError

    def plan_print_html(self, plan_id: int, tables: list[IndicatorTable] | None = None) -> str | None:
        """A plan's indicator tables (or those given) as the HTML the printer and the preview
        both render; None if there is no such plan."""
        from app.report.html import plan_tables_html
        plan = self.plan(plan_id)
        return plan_tables_html(plan, tables if tables is not None else self.tables(plan_id)) if plan else None

    def comparison_print_html(self, comparison, programmes=None) -> str:
        from app.report.compare_html import comparison_html
        return comparison_html(comparison, programmes)

    def write_plan_workbook(self, plan_id: int, path: str | Path) -> bool:
        from app.report.workbook import write_plan_workbook
        plan = self.plan(plan_id)
        if plan is None:
            return False
        write_plan_workbook(plan, self.tables(plan_id), path)
        return True

    def write_comparison_workbook(self, comparison, path: str | Path) -> None:
        from app.report.compare_export import write_comparison_workbook
        write_comparison_workbook(comparison, path)

    def write_comparison_csv(self, comparison, fileobj: TextIO) -> int:
        from app.report.compare_export import write_comparison_csv
        return write_comparison_csv(comparison, fileobj)

    def export_json(self) -> dict:
        """Every plan as plan-export/1 data (see shared/contracts)."""
        from app.db.export import export_json
        return export_json(self.source)

    def export_csv(self, fileobj: TextIO) -> int:
        from app.db.export import export_csv
        return export_csv(self.source, fileobj)
