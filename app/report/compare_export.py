"""A comparison as a workbook and as CSV, with the sections and marks of the screen.

The workbook has one sheet per section laid out as on screen (indicator, one cell per plan,
the difference), a 明细 sheet with one line per printed value, and the sources.  The CSV is
that 明细 sheet: every value carries the period and role it was printed under, its printed
column heading and year, and its source line, so nothing can be read against the wrong
column.  UTF-8 with a BOM, as Excel and WPS want it.  No Qt.
"""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import TextIO

from app.compare.multi import Comparison
from app.report.compare_text import ROLE_WORDS, difference, figure, plan_cell, section_plan_heading
from app.report.workbook import save_atomically

VALUE_HEADER = ["部分", "时期", "指标", "标准指标键", "规划", "类型", "原文栏目", "年份", "原文", "数值", "单位",
                "比较符", "五年累计", "出自正文", "原文行号", "本规划标记", "差异与标记"]


def value_rows(comparison: Comparison) -> list[list]:
    """One line per printed value of every section, plan and role (a plan not listing the
    indicator gives one line saying so)."""
    rows: list[list] = []
    for section in comparison.sections:
        for row in section.rows:
            for k, values in enumerate(row.values):
                head: list = [section.heading, section.period.name, row.label, row.key, comparison.names[k]]
                marks = "、".join(mark.zh for mark in row.plan_marks[k])
                tail = [marks, difference(row)]
                if values is None:
                    rows.append(head + ["", "", "", plan_cell(section, row, k)] + [""] * 6 + tail)
                    continue
                for role, value in (("baseline", values.baseline), ("target", values.target),
                                    ("actual", values.actual)):
                    if value is None:
                        continue
                    number = value.value if value.cell.kind == "number" and not value.cell.comparator else None
                    rows.append(head + [ROLE_WORDS[role], value.heading, value.year or "", figure(value), number,
                                        values.unit or "", value.cell.comparator or "",
                                        "是" if value.cell.cumulative else "", "是" if value.from_text else "",
                                        value.line or ""] + tail)
    return rows


def write_comparison_csv(comparison: Comparison, fileobj: TextIO) -> int:
    """The 明细 lines as CSV (fileobj opened with newline="" and UTF-8); returns the lines written."""
    fileobj.write("\ufeff")
    writer = csv.writer(fileobj)
    writer.writerow(VALUE_HEADER)
    rows = value_rows(comparison)
    writer.writerows([[_csv_number(v) for v in row] for row in rows])
    return len(rows)


def _csv_number(value):
    """745.0 → 745 (as printed); 1724.76 stays; text and blanks as they are."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def write_comparison_workbook(comparison: Comparison, path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    book = Workbook()
    book.remove(book.active)
    for number, section in enumerate(comparison.sections, 1):
        sheet = book.create_sheet(f"{number} {section.heading}"[:31])
        sheet.append(["指标", *(section_plan_heading(comparison, section, k).replace("\n", " ")
                               for k in range(len(comparison.plans))), "差异"])
        for row in section.rows:
            sheet.append([row.label, *(plan_cell(section, row, k) for k in range(len(comparison.plans))),
                          difference(row)])
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "B2"
    details = book.create_sheet("明细")
    details.append(VALUE_HEADER)
    for values in value_rows(comparison):
        details.append(values)
    details.freeze_panes = "A2"
    source = book.create_sheet("来源")
    for name, plan in zip(comparison.names, comparison.plans, strict=True):
        source.append((name, plan.display_title, plan.source_file, plan.doc_number or ""))
    source.append(("导出日期", date.today().isoformat()))
    save_atomically(book, Path(path))
