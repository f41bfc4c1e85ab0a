"""A grid's header: which top rows are headings, and what each column holds.

A column is one of: 序号 (seq), 类别 (category), 指标 (name), 单位 (unit), 属性
(attribute), a value column with its heading as printed, or a column listing values
whose column is unknown (as the app prints unplaced values).  The heading of a column
printed over two or three header rows is read top to bottom and joined.  Roles come from
the header's words first and from the body's content where the header says nothing
(a 序号 column with no heading, a 类别 column under a heading spanning two columns).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.ingest.cells import YEAR_RE, is_value_token
from app.ingest.grid import Grid, GridCell
from app.ingest.headings import BOX_RE, TABLE_CAPTION_RE
from app.ingest.tablelex import ATTRIBUTES, is_unit_text
from app.ingest.text_utils import PERIOD_RE, collapse_cjk_spaces, has_cjk

SEQ_WORDS = {"序号", "编号", "序"}
CATEGORY_WORDS = {"类别", "领域", "分类", "指标类别", "类型", "方面", "项目类别", "板块", "类"}
NAME_WORDS = {"指标", "指标名称", "名称", "项目", "主要指标", "指标项目", "指标内容", "具体指标", "内容",
              "指标名", "指标（单位）", "指标(单位)"}
UNIT_WORDS = {"单位", "计量单位", "单位名称"}
ATTRIBUTE_WORDS = {"属性", "指标属性", "性质", "指标性质", "指标类型"}
UNPLACED_WORDS = {"未归位的值", "未归位值", "未归位数值"}
_ROLE_WORDS = ("目标", "基期", "基数", "基准", "完成", "实际", "增长", "规划", "预期", "现状", "情况", "累计",
               "年均", "备注", "说明", "数值", "年度", "预计", "实现", "期末", "期初", "水平", "值")
_YEAR_ONLY_RE = re.compile(r"^(19|20)\d{2}\s*年?$")


@dataclass
class GridColumn:
    kind: str  # seq | category | name | unit | attribute | value | unplaced
    heading: str  # as printed, whitespace removed; parts over several header rows joined


@dataclass
class GridHeader:
    title: str | None  # a title printed as the table's first row ('专栏1 …')
    title_line: int | None
    notes: list[tuple[str, int | None]]  # '单位：万人' and the like, above the header
    rows: int  # header rows (title and notes included): the body starts here
    columns: list[GridColumn]


def compact(text: str) -> str:
    return collapse_cjk_spaces(unicodedata.normalize("NFKC", text))


def word_kind(text: str) -> str | None:
    """The column kind a header word names, if it names one."""
    word = compact(text).strip("()（）")
    for kind, words in (("seq", SEQ_WORDS), ("category", CATEGORY_WORDS), ("name", NAME_WORDS),
                        ("unit", UNIT_WORDS), ("attribute", ATTRIBUTE_WORDS), ("unplaced", UNPLACED_WORDS)):
        if word in {compact(w) for w in words}:
            return kind
    return None


def is_heading_text(text: str) -> bool:
    """Could this cell be a column heading ('2020年（基期）', '“十三五”规划目标', '属性')?"""
    word = compact(text)
    if not word:
        return True
    words = text.split()
    if len(words) > 1 and all(is_heading_text(w) for w in words):
        return True  # '序号 指标': two headings printed close together
    if word_kind(word):
        return True
    if _YEAR_ONLY_RE.match(word):
        return True
    if is_value_token(word) and (re.search(r"\d", word) or not has_cjk(word)):
        return False  # 385, <5.5, [350], —; but '〔累计〕' is a heading
    return bool(YEAR_RE.search(word) or PERIOD_RE.search(word) or any(w in word for w in _ROLE_WORDS))


def _is_title_row(grid: Grid, r: int) -> bool:
    cells = [c for c in grid.origin_cells(r) if c.text.strip()]
    if len(cells) != 1 or (grid.n_cols > 1 and cells[0].colspan < max(2, grid.n_cols - 1)):
        return False
    text = compact(cells[0].text)
    return bool(BOX_RE.match(text) or TABLE_CAPTION_RE.match(text) or ("指标" in text and not word_kind(text)))


def _is_note_row(grid: Grid, r: int) -> bool:
    cells = [c for c in grid.origin_cells(r) if c.text.strip()]
    return len(cells) == 1 and bool(re.match(r"^(单位|计量单位|注|备注|说明)\s*[:：]", compact(cells[0].text)))


def is_header_row(grid: Grid, r: int) -> bool:
    """Every cell that starts in this row reads as a heading, and at least one does."""
    starting = [c for c in grid.origin_cells(r) if c.row == r and c.text.strip()]
    return bool(starting) and all(is_heading_text(c.text) for c in starting)


def read_header(grid: Grid) -> GridHeader:
    r, title, title_line, notes = 0, None, None, []
    while r < grid.n_rows and (_is_title_row(grid, r) or _is_note_row(grid, r)):
        cell = next(c for c in grid.origin_cells(r) if c.text.strip())
        if _is_title_row(grid, r) and title is None:
            title, title_line = cell.text.strip(), grid.lines[r]
        else:
            notes.append((cell.text.strip(), grid.lines[r]))
        r += 1
    first = r
    while r < grid.n_rows and is_header_row(grid, r):
        r += 1
    columns = [_column(grid, c, range(first, r)) for c in range(grid.n_cols)]
    columns = refine_columns(grid, columns, r)
    return GridHeader(title, title_line, notes, r, columns)


def _column(grid: Grid, c: int, header_rows: range) -> GridColumn:
    parts: list[GridCell] = []
    for r in header_rows:
        cell = grid.at(r, c)
        if cell is not None and cell.text.strip() and all(cell is not p for p in parts):
            parts.append(cell)
    heading = "".join(collapse_cjk_spaces(p.text) for p in parts)
    kinds = [word_kind(p.text) for p in parts]
    kind = next((k for k in kinds if k in ("seq", "category", "unit", "attribute", "unplaced")), None)
    if kind is None and "name" in kinds:
        kind = "name"
    return GridColumn(kind or "value", heading)


def _body_texts(grid: Grid, c: int, body: int) -> list[str]:
    """The texts printed in column c below the header, one per cell (merged cells once)."""
    seen: list[GridCell] = []
    out: list[str] = []
    for r in range(body, grid.n_rows):
        cell = grid.at(r, c)
        if cell is None or any(cell is s for s in seen) or cell.col != c:
            continue
        seen.append(cell)
        if cell.text.strip():
            out.append(compact(cell.text))
    return out


def _is_units(texts: list[str]) -> bool:
    return bool(texts) and sum(1 for t in texts if is_unit_text(t)) >= 0.8 * len(texts)


def _is_names(texts: list[str]) -> bool:
    return bool(texts) and sum(1 for t in texts if has_cjk(t) and not is_value_token(t)) >= 0.6 * len(texts)


def refine_columns(grid: Grid, columns: list[GridColumn], body: int) -> list[GridColumn]:
    """Roles the header leaves open, from what the body holds."""
    texts = [_body_texts(grid, c, body) for c in range(len(columns))]
    names = [c for c, col in enumerate(columns) if col.kind == "name"]
    if not names:  # a header without an 指标 heading: the first column of names
        names = [c for c, col in enumerate(columns) if col.kind == "value" and not col.heading
                 and _is_names(texts[c])][:1] or [c for c, col in enumerate(columns)
                                                    if col.kind == "value" and _is_names(texts[c])][:1]
        for c in names:
            columns[c].kind = "name"
    for c in list(names):  # '指标' over the names and their units: the column of units is the unit column
        if len(names) > 1 and _is_units(texts[c]):
            columns[c].kind = "unit"
            names.remove(c)
    if len(names) > 1:  # '指标' over a 类别 column and a name column: the name column has most cells
        main = max(names, key=lambda c: (len(texts[c]), c))
        for c in names:
            if c != main:
                columns[c].kind = "category" if _is_names(texts[c]) else "seq"
        names = [main]
    if names:
        for c in range(names[0]):
            if columns[c].kind == "value" and not _heading_says_value(columns[c].heading):
                columns[c].kind = "seq" if all(re.fullmatch(r"\d{1,3}", t) for t in texts[c]) else "category"
    for c, col in enumerate(columns):
        if col.kind == "value" and texts[c] and all(t in ATTRIBUTES for t in texts[c]):
            col.kind = "attribute"  # 预期性/约束性 under a heading the layout put elsewhere
        elif col.kind == "value" and not col.heading and _is_units(texts[c]):
            col.kind = "unit"  # 万人, % … under no heading of their own (the 指标 heading spans them)
        elif col.kind == "value" and not col.heading and texts[c]:
            col.kind = "unplaced"  # values under no heading: which column they are is not known
    return columns


def _heading_says_value(heading: str) -> bool:
    return bool(heading) and is_heading_text(heading) and word_kind(heading) is None
