"""How a comparison's figures read, in one place for the screen, the printout and the exports.

One cell per plan and indicator: 'baseline → target' as printed (comparators, cumulative
brackets), the attribute, and in a completion section 'target · actual'.  A plan that does
not list the indicator says 未列此指标; one that reports nothing for the period says so
too; a missing figure is '—', never blank or zero.  Details (each figure's printed column,
year, role and source line; unplaced values; the sentence of a target from the text) go to
a tooltip or a detail panel.  No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.compare.marks import NOT_LISTED_TEXT, Mark
from app.compare.multi import Comparison, Row, Section
from app.compare.values import PeriodValue, PeriodValues
from app.queries.labels import MISSING_MARK

NOT_REPORTED_TEXT = "未列此期"
ARROW = " → "
ROLE_WORDS = {"baseline": "基期", "target": "目标", "actual": "完成"}
ROLE_WORDS_EN = {"baseline": "baseline", "target": "target", "actual": "actual"}


@dataclass(frozen=True)
class Words:
    """The interface's words in a comparison (the printout and exports are Chinese; the
    window follows its language). Plan text, names and units are data and stay as printed."""

    not_listed: str
    not_reported: str
    roles: dict
    target_actual: str  # '目标 {target} · 完成 {actual}'
    unplaced: str  # '未能归位的值：{raws}（原文未说明所属的列）'
    change: str  # '基期 → 目标：{change}'
    line: str  # '原文第 {line} 行'
    no_line: str
    in_text: str  # '{role} {raw}：见于正文（{where}）“{sentence}”'
    printed: str  # '{role} {figure}：印于“{heading}”{year}· {where}'
    year: str  # '（{year}年）'
    colon: str
    list_sep: str
    targets_heading: str
    completion_heading: str


ZH = Words(NOT_LISTED_TEXT, NOT_REPORTED_TEXT, ROLE_WORDS, "目标 {target} · 完成 {actual}",
           "未能归位的值：{raws}（原文未说明所属的列）", "基期 → 目标：{change}", "原文第 {line} 行", "原文行号未知",
           "{role} {raw}：见于正文（{where}）“{sentence}”", "{role} {figure}：印于“{heading}”{year}· {where}",
           "（{year}年）", "：", "；", "基期 → 目标", "目标 · 完成")
EN = Words("not listed", "period not reported", ROLE_WORDS_EN, "target {target} · actual {actual}",
           "Unplaced values: {raws} (the source does not say which column they belong to)",
           "baseline → target: {change}", "source line {line}", "source line unknown",
           "{role} {raw}: in the text ({where}) “{sentence}”",
           "{role} {figure}: printed under “{heading}”{year} · {where}",
           " ({year})", ": ", "; ", "baseline → target", "target · actual")


def words(english: bool) -> Words:
    return EN if english else ZH


def figure(value: PeriodValue | None) -> str:
    """One figure as printed ('—' where the source gives none)."""
    if value is None or value.cell.kind == "missing":
        return MISSING_MARK
    return value.raw


def plan_cell(section: Section, row: Row, index: int, english: bool = False) -> str:
    """What one plan's cell of a row says."""
    said = words(english)
    values = row.values[index]
    if values is None:
        return said.not_listed if section.reporting[index] else said.not_reported
    if section.kind == "targets" or values.actual is None:
        text = _change_line(values)
    else:
        text = said.target_actual.format(target=figure(values.target), actual=figure(values.actual))
    extras = [values.attribute] if values.attribute else []
    if values.from_text:
        extras.append(Mark.FROM_TEXT.en if english else Mark.FROM_TEXT.zh)
    if values.unplaced:
        extras.append(f"{Mark.UNPLACED.en if english else Mark.UNPLACED.zh} {len(values.unplaced)}")
    return text + ("\n" + " · ".join(extras) if extras else "")


def _change_line(values: PeriodValues) -> str:
    if values.baseline is None:
        return figure(values.target)
    return figure(values.baseline) + ARROW + figure(values.target)


def plan_details(values: PeriodValues | None, name: str, english: bool = False) -> str:
    """Every figure behind a cell: printed column, year, role, value and source line."""
    said = words(english)
    if values is None:
        return f"{name}{said.colon}{said.not_listed}"
    lines = [f"{name}{said.colon}{values.name}" + (f"（{values.unit}）" if values.unit else "")]
    for value in (values.baseline, values.target, values.actual):
        if value is not None:
            lines.append(value_line(value, english))
    if values.text_target is not None and values.text_target is not values.target:
        lines.append(value_line(values.text_target, english))
    if values.unplaced:
        lines.append(said.unplaced.format(raws=("、" if not english else ", ").join(u.raw for u in values.unplaced)))
    change = values.change(english)
    if change:
        lines.append(said.change.format(change=change))
    return "\n".join(lines)


def value_line(value: PeriodValue, english: bool = False) -> str:
    """'目标 〔>325〕：印于“2025年”（2025年）· 原文第 52 行', or the sentence of a target from the text."""
    said = words(english)
    where = said.line.format(line=value.line) if value.line else said.no_line
    role = said.roles[value.role]
    if value.from_text:
        return said.in_text.format(role=role, raw=value.raw, where=where, sentence=value.sentence or "")
    year = said.year.format(year=value.year) if value.year else ""
    return said.printed.format(role=role, figure=figure(value), heading=value.heading, year=year, where=where)


def difference(row: Row, english: bool = False) -> str:
    """The difference column: how the plans' figures differ, and why some do not compare."""
    text = row.difference_text_en if english else row.difference_text
    marked = [mark.en if english else mark.zh for mark in row.marks]
    return words(english).list_sep.join(part for part in [text, *(w for w in marked if w not in text)] if part)


def section_plan_heading(comparison: Comparison, section: Section, index: int, english: bool = False) -> str:
    """A plan's column heading in a section: its short name, and what it gives there."""
    said = words(english)
    name = comparison.names[index]
    if section.kind == "targets":
        return f"{name}\n{said.targets_heading}"
    return f"{name}\n{said.completion_heading}" if section.reporting[index] else f"{name}\n（{said.not_reported}）"
