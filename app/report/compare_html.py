"""A comparison as printed: each section as on screen, the legend, and the programmes paired.

The same words as the window (app.report.compare_text) and the same marks (app.compare.marks);
the HTML feeds the print preview, the printer and the PDF alike.
"""
from __future__ import annotations

from html import escape

from app.compare.marks import Mark, legend
from app.compare.multi import Comparison, Section
from app.compare.programmes import ProgrammeComparison
from app.report.compare_text import difference, plan_cell, section_plan_heading
from app.report.html import STYLE

#: Background of a plan's cell by its first plan mark; the legend shows the same colours.
MARK_COLOURS = {Mark.HIGHEST_TARGET: "#e3f4e1", Mark.LOWEST_TARGET: "#fde8e4", Mark.TARGET_MET: "#e3f4e1",
                Mark.TARGET_MISSED: "#fde8e4", Mark.UNPLACED: "#fff1c2", Mark.FROM_TEXT: "#e7eefb",
                Mark.NOT_LISTED: "#f2f2f2", Mark.PERIOD_NOT_REPORTED: "#f2f2f2", Mark.DIFFERENT_UNIT: "#fff1c2",
                Mark.DIFFERENT_CUMULATIVE: "#fff1c2", Mark.DIFFERENT_BOUND: "#fff1c2",
                Mark.DIFFERENT_ATTRIBUTE: "#efe6fb", Mark.SAME_TARGET: "#ffffff", Mark.ONLY_SOME: "#ffffff"}


def colour_of(marks) -> str | None:
    return next((MARK_COLOURS[m] for m in marks if m in MARK_COLOURS and MARK_COLOURS[m] != "#ffffff"), None)


def _cell(text: str, colour: str | None) -> str:
    style = f" style='background-color:{colour}'" if colour else ""
    return f"<td{style}>{escape(text).replace(chr(10), '<br>')}</td>"


def section_html(comparison: Comparison, section: Section) -> str:
    heads = "".join(f"<th>{escape(section_plan_heading(comparison, section, k)).replace(chr(10), '<br>')}</th>"
                    for k in range(len(comparison.plans)))
    rows = []
    for row in section.rows:
        plans = "".join(_cell(plan_cell(section, row, k), colour_of(row.plan_marks[k]))
                        for k in range(len(comparison.plans)))
        rows.append(f"<tr><td>{escape(row.label)}</td>{plans}{_cell(difference(row), colour_of(row.marks))}</tr>")
    return (f"<h2>{escape(section.heading)}</h2><table width='100%' cellspacing='0'>"
            f"<thead><tr><th>指标</th>{heads}<th>差异</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def legend_html(marks) -> str:
    items = "".join(f"<tr>{_cell(mark.zh, MARK_COLOURS.get(mark))}<td>{escape(mark.explain_zh)}</td></tr>"
                    for mark in legend(marks))
    return f"<h2>图例</h2><table cellspacing='0'>{items}</table>" if items else ""


def programmes_html(programmes: ProgrammeComparison | None, names) -> str:
    if programmes is None or not programmes.rows:
        return ""
    heads = "".join(f"<th>{escape(name)}</th>" for name in names)
    rows = []
    for row in programmes.rows:
        boxes = "".join(f"<td>{escape(box.label) if box else '（无对应专栏）'}</td>" for box in row.boxes)
        score = f"{row.score:.0%}" if row.score is not None else "—"
        rows.append(f"<tr>{boxes}<td class='num'>{score}</td></tr>")
    return (f"<h2>专栏按内容配对</h2><table width='100%' cellspacing='0'><thead><tr>{heads}<th>相似度</th></tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table>")


def comparison_html(comparison: Comparison, programmes: ProgrammeComparison | None = None) -> str:
    """Every section of the comparison, the legend and the programme pairs, as one printout."""
    plans = " ↔ ".join(escape(plan.display_title) for plan in comparison.plans)
    title = f"<h1>规划指标比较</h1><p class='meta'>{plans}</p>"
    sections = "".join(section_html(comparison, section) for section in comparison.sections) or \
        "<p>所选规划没有共同时期的指标可比。</p>"
    note = ("<p class='note'>[ ]、〔 〕内为五年累计数；“—”为原文未给出；每个数值均按原文所在栏目的年份和类型"
            "（基期、目标、完成）归入相应时期。</p>")
    pairs = programmes_html(programmes, comparison.names)
    return f"{STYLE}{title}{sections}{legend_html(comparison.marks)}{pairs}{note}"
