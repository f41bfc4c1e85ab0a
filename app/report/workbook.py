"""Excel (.xlsx) with openpyxl: one sheet per table, numbers as numbers, raw text kept beside."""
from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from app.queries import labels
from app.queries.boxes import CellView, IndicatorTable
from app.queries.plans import PlanSummary


def _plain(cell: CellView | None) -> float | None:
    """A spreadsheet number where the printed cell is a number; a bound (＜5.5) stays text only."""
    if cell is None or cell.kind != "number" or cell.comparator:
        return None
    return cell.value


def _sheet_name(table: IndicatorTable, used: set[str]) -> str:
    base = (f"专栏{table.box_no}" if table.box_no is not None else "指标表")[:28]
    name, n = base, 2
    while name in used:
        name, n = f"{base}_{n}", n + 1
    used.add(name)
    return name


def _write_table(sheet, table: IndicatorTable) -> None:
    headings = [c.heading for c in table.columns]
    header = ["类别", "序号", "指标", "单位"]
    for heading in headings:
        header += [heading, f"{heading}（原文）"]
    header += ["属性", "未归位的值", "原文行"]
    sheet.append(header)
    for row in table.rows:
        values: list[str | int | float | None] = [row.category or "", row.seq, row.name, row.unit or ""]
        for heading in headings:
            cell = row.cell_for(heading)
            values += [_plain(cell), labels.cell_text(cell, absent="")]
        values += [row.attribute or "", "、".join(u.raw for u in row.unplaced), row.line]
        sheet.append(values)
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max(len(str(c.value or "")) for c in column) * 2 + 2
        sheet.column_dimensions[column[0].column_letter].width = min(max(width, 6), 60)


def write_plan_workbook(plan: PlanSummary, tables: list[IndicatorTable], path: str | Path) -> None:
    """Write atomically: a file that cannot be written leaves nothing half-written behind."""
    from openpyxl import Workbook
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for table in tables:
        sheet = book.create_sheet(_sheet_name(table, used))
        _write_table(sheet, table)
    source = book.create_sheet("来源")
    for row in (("规划", plan.display_title), ("省份", plan.province or ""), ("时期", plan.period or ""),
                ("文号", plan.doc_number or ""), ("来源文件", plan.source_file), ("来源网址", plan.url or ""),
                ("导出日期", date.today().isoformat()),
                ("说明", "数值列只收原文为纯数字的值；带比较符、括号（五年累计）的值见相邻“原文”列。")):
        source.append(row)
    save_atomically(book, Path(path))


def save_atomically(book, path: Path) -> None:
    """Write the workbook next to `path` and move it into place: never a half-written file."""
    handle, temp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        book.save(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
