"""One table cell's text -> kind, value, comparator, cumulative; a column heading -> year, role."""
from __future__ import annotations

import re
import unicodedata

from app.ingest.model import Cell, Column
from app.ingest.text_utils import PERIOD_RE, PERIOD_YEARS, collapse_cjk_spaces

MISSING = {"—", "–", "-", "－", "——", "―", "—-", "/", "／", "…", "……", "无", "空", "×", "x", "X"}
_BRACKETS = [("[", "]"), ("〔", "〕"), ("【", "】"), ("［", "］"), ("(", ")"), ("（", "）"), ("﹝", "﹞")]
_PREFIX_COMPARATORS = [
    ("<=", "<="), ("=<", "<="), ("≤", "<="), ("≦", "<="), (">=", ">="), ("=>", ">="), ("≥", ">="),
    ("≧", ">="), ("<", "<"), (">", ">"), ("不低于", ">="), ("不少于", ">="), ("不小于", ">="),
    ("不高于", "<="), ("不超过", "<="), ("不多于", "<="), ("不大于", "<="), ("低于", "<"),
    ("少于", "<"), ("小于", "<"), ("高于", ">"), ("超过", ">"), ("大于", ">"), ("多于", ">"),
    ("约", "≈"), ("~", "≈"), ("～", "≈"),
]
_SUFFIX_COMPARATORS = [("以上", ">="), ("以内", "<="), ("以下", "<="), ("左右", "≈")]
_LEAD_WORDS = ("稳定在", "保持在", "控制在", "维持在", "达到", "力争", "实现", "保持", "稳定")
_UNITS = ("万人次", "万人", "亿元", "万元", "元", "人次", "人", "万户", "户", "个", "家", "所",
          "倍", "年", "小时", "天", "项", "%", "‰")
NUMBER_RE = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
RATIO_RE = re.compile(r"^\d+(?:\.\d+)?(?:[:∶]\d+(?:\.\d+)?)+$")
YEAR_RE = re.compile(r"(19|20)\d{2}")
_YEAR_SPAN_RE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})")


def _unwrap_brackets(text: str) -> tuple[str, bool]:
    for opening, closing in _BRACKETS:
        if text.startswith(opening) and text.endswith(closing) and len(text) > 2:
            return text[1:-1].strip(), True
    return text, False


def _take_comparator(text: str) -> tuple[str, str | None]:
    for word in _LEAD_WORDS:
        if text.startswith(word):
            text = text[len(word):]
            break
    comparator = None
    for prefix, comp in _PREFIX_COMPARATORS:
        if text.startswith(prefix):
            comparator, text = comp, text[len(prefix):]
            break
    for suffix, comp in _SUFFIX_COMPARATORS:
        if text.endswith(suffix):
            comparator, text = comparator or comp, text[: -len(suffix)]
            break
    return text, comparator


def _strip_unit(text: str) -> str:
    for unit in _UNITS:
        if text.endswith(unit) and NUMBER_RE.match(text[: -len(unit)] or "x"):
            return text[: -len(unit)]
    return text


def parse_cell(raw: str, column: Column | None = None, line: int | None = None) -> Cell:
    """Read one printed cell. Never raises; what cannot be read stays kind 'text'."""
    raw = raw.strip()
    cell = Cell(column=column.heading if column else "", raw=raw, kind="text", line=line,
                year=column.year if column else None, role=column.role if column else None)
    text = collapse_cjk_spaces(unicodedata.normalize("NFKC", raw))
    text, cell.cumulative = _unwrap_brackets(text)
    if text.startswith(("累计", "五年累计")):  # '累计550' says in words what brackets say
        text, cell.cumulative = text.split("累计", 1)[1], True
    if text in MISSING or not text or set(text) <= set("—–-－―"):
        cell.kind = "missing"
        return cell
    text, cell.comparator = _take_comparator(text.replace(",", ""))
    text = _strip_unit(text)
    if NUMBER_RE.match(text):
        cell.kind, cell.value = "number", float(text)
    elif RATIO_RE.match(text):
        cell.kind = "ratio"
        cell.ratio = [float(part) for part in re.split(r"[:∶]", text)]
    return cell


def is_value_token(text: str) -> bool:
    """True for tokens that can only be a cell value (numbers, marks, bracketed values)."""
    probe = parse_cell(text)
    return probe.kind in ("number", "ratio", "missing")


def describe_column(heading: str, plan_years: tuple[int, int] | None, completion: bool) -> Column:
    """Year and role from a column heading such as '2020年', '“十三五”规划目标', '2015年基数'."""
    compact = collapse_cjk_spaces(heading)
    year_match = YEAR_RE.search(compact)
    period_match = PERIOD_RE.search(compact)
    role = None
    if any(w in compact for w in ("基数", "基期", "基准", "现状")):
        role = "baseline"
    elif any(w in compact for w in ("完成", "实际", "实现")):
        role = "actual"
    elif any(w in compact for w in ("目标", "规划", "预期", "预计")):
        role = "target"
    year = int(year_match.group(0)) if year_match else None
    span = _YEAR_SPAN_RE.search(compact)
    if span:  # '2021—2025年累计': a five-year figure, as of the span's last year
        year = int(span.group(2))
    if year is None and period_match:
        year = PERIOD_YEARS[period_match.group(1)][1]
    if role is None and year is not None and plan_years and not completion:
        if year == plan_years[1]:
            role = "target"
        elif year == plan_years[0] - 1:
            role = "baseline"
    return Column(heading=compact, year=year, role=role)
