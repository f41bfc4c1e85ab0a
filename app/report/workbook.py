"""Excel (.xlsx) with openpyxl: one sheet per table, numbers as numbers, raw text kept beside."""
from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

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
        values = [row.category or "", row.seq, row.name, row.unit or ""]
        for heading in headings:
            cell = row.cell_for(heading)
            raw = "" if cell is None else ("—" if cell.kind == "missing" else cell.raw)
            values += [_plain(cell), raw]
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
    _save_atomically(book, Path(path))


COMPARISON_HEADER = ["指标", "标准指标键", "左：单位", "左：基期", "左：基期（原文）", "左：目标", "左：目标（原文）",
                     "左：属性", "右：单位", "右：基期", "右：基期（原文）", "右：目标", "右：目标（原文）", "右：属性", "差异"]
MARK_NAMES = {"higher_target": "左高", "lower_target": "左低", "same_target": "相同", "different_unit": "单位不同",
              "different_attribute": "属性不同", "only_left": "仅左侧", "only_right": "仅右侧"}


def comparison_rows(comparison) -> list[list]:
    """One row per standard indicator, both plans side by side (shared by xlsx and CSV)."""
    rows = []
    for row in comparison.indicators:
        values = [row.label, row.key]
        for side in (row.left, row.right):
            if side is None:
                values += ["未列此指标", None, "", None, "", ""]
                continue
            for cell in (side.baseline, side.target):
                raw = "" if cell is None else ("—" if cell.kind == "missing" else cell.raw)
                values += [_plain(cell), raw] if cell is not side.baseline else [side.unit or "", _plain(cell), raw]
            values.append(side.attribute or "")
        values.append("、".join(MARK_NAMES.get(m, m) for m in row.marks))
        rows.append(values)
    return rows


def write_comparison_workbook(comparison, path: str | Path) -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "指标比较"
    sheet.append(COMPARISON_HEADER)
    for values in comparison_rows(comparison):
        sheet.append(values)
    sheet.freeze_panes = "B2"
    source = book.create_sheet("来源")
    for side, plan in (("左", comparison.left), ("右", comparison.right)):
        source.append((f"{side}侧规划", plan.display_title, plan.source_file, plan.doc_number or ""))
    source.append(("导出日期", date.today().isoformat()))
    _save_atomically(book, Path(path))


def _save_atomically(book, path: Path) -> None:
    handle, temp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        book.save(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
