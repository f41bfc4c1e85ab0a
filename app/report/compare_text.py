"""How a comparison's figures read, in one place for the screen, the printout and the exports.

One cell per plan and indicator: 'baseline → target' as printed (comparators, cumulative
brackets), the attribute, and in a completion section 'target · actual'.  A plan that does
not list the indicator says 未列此指标; one that reports nothing for the period says so
too; a missing figure is '—', never blank or zero.  Details (each figure's printed column,
year, role and source line; unplaced values; the sentence of a target from the text) go to
a tooltip or a detail panel.  No Qt.
"""
from __future__ import annotations

from app.compare.marks import NOT_LISTED_TEXT, Mark
from app.compare.multi import Comparison, Row, Section
from app.compare.values import PeriodValue, PeriodValues
from app.queries.labels import MISSING_MARK

NOT_REPORTED_TEXT = "未列此期"
ARROW = " → "
ROLE_WORDS = {"baseline": "基期", "target": "目标", "actual": "完成"}
ROLE_WORDS_EN = {"baseline": "baseline", "target": "target", "actual": "actual"}


def figure(value: PeriodValue | None) -> str:
    """One figure as printed ('—' where the source gives none)."""
    if value is None or value.cell.kind == "missing":
        return MISSING_MARK
    return value.raw


def plan_cell(section: Section, row: Row, index: int) -> str:
    """What one plan's cell of a row says."""
    values = row.values[index]
    if values is None:
        return NOT_LISTED_TEXT if section.reporting[index] else NOT_REPORTED_TEXT
    if section.kind == "targets" or values.actual is None:
        text = _change_line(values)
    else:
        text = f"目标 {figure(values.target)} · 完成 {figure(values.actual)}"
    extras = [values.attribute] if values.attribute else []
    if values.from_text:
        extras.append(Mark.FROM_TEXT.zh)
    if values.unplaced:
        extras.append(f"{Mark.UNPLACED.zh} {len(values.unplaced)}")
    return text + ("\n" + " · ".join(extras) if extras else "")


def _change_line(values: PeriodValues) -> str:
    if values.baseline is None:
        return figure(values.target)
    return figure(values.baseline) + ARROW + figure(values.target)


def plan_details(values: PeriodValues | None, name: str) -> str:
    """Every figure behind a cell: printed column, year, role, value and source line."""
    if values is None:
        return f"{name}：{NOT_LISTED_TEXT}"
    lines = [f"{name}：{values.name}" + (f"（{values.unit}）" if values.unit else "")]
    for value in (values.baseline, values.target, values.actual):
        if value is not None:
            lines.append(value_line(value))
    if values.text_target is not None and values.text_target is not values.target:
        lines.append(value_line(values.text_target))
    if values.unplaced:
        raws = "、".join(u.raw for u in values.unplaced)
        lines.append(f"未能归位的值：{raws}（原文未说明所属的列）")
    change = values.change()
    if change:
        lines.append(f"基期 → 目标：{change}")
    return "\n".join(lines)


def value_line(value: PeriodValue) -> str:
    """'目标 〔>325〕：印于“2025年”（2025年）· 原文第 52 行', or the sentence of a target from the text."""
    where = f"原文第 {value.line} 行" if value.line else "原文行号未知"
    if value.from_text:
        return f"{ROLE_WORDS[value.role]} {value.raw}：见于正文（{where}）“{value.sentence or ''}”"
    year = f"（{value.year}年）" if value.year else ""
    return f"{ROLE_WORDS[value.role]} {figure(value)}：印于“{value.heading}”{year}· {where}"


def difference(row: Row) -> str:
    """The difference column: how the plans' figures differ, and why some do not compare."""
    text = row.difference_text
    words = [mark.zh for mark in row.marks if mark.zh not in text]
    return "；".join(part for part in [text, *words] if part)


def section_plan_heading(comparison: Comparison, section: Section, index: int) -> str:
    """A plan's column heading in a section: its short name, and what it gives there."""
    name = comparison.names[index]
    if section.kind == "targets":
        return f"{name}\n基期 → 目标"
    return f"{name}\n目标 · 完成" if section.reporting[index] else f"{name}\n（{NOT_REPORTED_TEXT}）"
