"""One HTML document per printout; the same HTML feeds the preview, the printer and the PDF.

Cells are printed exactly as on screen: raw text with its comparator and brackets,
“—” for missing, unplaced values in their own column.
"""
from __future__ import annotations

from html import escape

from app.queries.boxes import IndicatorTable
from app.queries import labels
from app.queries.plans import PlanSummary

STYLE = """
<style>
 body { font-size: 10pt; }
 h1 { font-size: 15pt; text-align: center; margin: 0; }
 h2 { font-size: 12pt; margin-top: 14px; }
 .meta { text-align: center; color: #333; }
 table { border-collapse: collapse; }
 th { background-color: #e8edf3; font-weight: bold; }
 td, th { border: 1px solid #777; padding: 3px 5px; }
 td.num { text-align: right; }
 tr.cat td { background-color: #f3f5f8; font-weight: bold; }
 .note { color: #555; font-size: 8pt; }
</style>
"""


def _title_block(plan: PlanSummary, subtitle: str) -> str:
    meta = "　".join(escape(part) for part in (plan.province, plan.period, plan.doc_number, plan.issued_date) if part)
    return (f"<h1>{escape(plan.display_title)}</h1><p class='meta'>{meta}</p>"
            f"<p class='meta'>{escape(subtitle)}</p>")


def table_html(table: IndicatorTable) -> str:
    """One indicator table with a repeated header row (<thead>) and category rows."""
    headings = [c.heading for c in table.columns]
    head = "".join(f"<th>{escape(h)}</th>" for h in ["序号", "指标", "单位", *headings, "属性", "未归位的值"])
    body, category = [], object()
    for row in table.rows:
        if row.category and row.category != category:
            body.append(f"<tr class='cat'><td colspan='{len(headings) + 5}'>{escape(row.category)}</td></tr>")
        category = row.category
        cells = [escape(labels.row_cell_text(row, row.cell_for(h))) for h in headings]
        unplaced = "、".join(u.raw for u in row.unplaced)
        values = "".join(f"<td class='num'>{c}</td>" for c in cells)
        body.append(f"<tr><td>{'' if row.seq is None else row.seq}</td><td>{escape(row.name)}</td>"
                    f"<td>{escape(row.unit or '')}</td>{values}<td>{escape(row.attribute or '')}</td>"
                    f"<td>{escape(unplaced)}</td></tr>")
    return (f"<h2>{escape(table.label)}</h2><table width='100%' cellspacing='0'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def plan_tables_html(plan: PlanSummary, tables: list[IndicatorTable]) -> str:
    notes = ("<p class='note'>[ ]、〔 〕内为五年累计数；“—”为原文未给出；“未归位的值”为原文该行数值少于列数、"
             "无法确定所属列的数值，按原文保留。</p>")
    parts = [STYLE, _title_block(plan, "主要指标"), *[table_html(t) for t in tables], notes]
    if not tables:
        parts.append("<p>此规划没有指标表。</p>")
    return "".join(parts)
