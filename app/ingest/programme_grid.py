"""A programme 专栏 printed as a table: one item per row, under headings such as
序号 | 工程名称 | 主要内容 | 责任单位 (or 牵头单位 | 配合单位).

Read line by line, such a table became items with no title, their text the row's cells
run together with tabs, the header row an item of its own, and no responsible bodies.
Here each heading says what its column holds; a table whose header is not entirely made
of such headings is left to the line reader, as before.
"""
from __future__ import annotations

from app.ingest.bodies import LABELS, Body, parse_bodies, split_names, unique
from app.ingest.grid import Grid
from app.ingest.model import BoxItem
from app.ingest.text_utils import collapse_cjk_spaces

_SEQ = {"序号", "编号", "序"}
_NAME = {"工程名称", "项目名称", "名称", "项目", "工程", "行动", "计划", "任务", "重点项目", "重点工程", "工程项目",
         "计划名称", "行动名称", "专项行动", "工程（项目）", "项目（工程）"}
_TEXT = {"主要内容", "建设内容", "内容", "主要任务", "目标任务", "实施内容", "工作内容", "具体内容", "建设目标",
         "主要目标", "目标", "工作目标", "实施目标", "主要措施", "工作任务", "建设任务"}
_BODIES = {**LABELS, "主体单位": None}  # the same labels as an item's bodies, as column headings


def programme_columns(grid: Grid) -> list[tuple[str, str | None]] | None:
    """Per column, what it holds (seq | name | text | bodies, with the bodies' role), read
    from the first row; None unless every heading is one of those and a name or text is there."""
    if grid.n_rows < 2 or grid.n_cols < 2:
        return None
    kinds: list[tuple[str, str | None]] = []
    for c in range(grid.n_cols):
        word = collapse_cjk_spaces(grid.text(0, c))
        if word in _SEQ:
            kinds.append(("seq", None))
        elif word in _NAME:
            kinds.append(("name", None))
        elif word in _TEXT:
            kinds.append(("text", None))
        elif word in _BODIES:
            kinds.append(("bodies", _BODIES[word]))
        else:
            return None
    return kinds if any(kind in ("name", "text") for kind, _ in kinds) else None


def programme_items(grid: Grid, kinds: list[tuple[str, str | None]]) -> list[BoxItem]:
    """One item per row below the header, in printed order."""
    items = []
    for r in range(1, grid.n_rows):
        item = _item(grid, r, kinds)
        if item is not None:
            items.append(item)
    return items


def _item(grid: Grid, r: int, kinds: list[tuple[str, str | None]]) -> BoxItem | None:
    fields: dict[str, str] = {}
    bodies: list[Body] = []
    for c, (kind, role) in enumerate(kinds):
        text = " ".join(grid.text(r, c).split())
        if not text:
            continue
        if kind == "bodies":  # the heading says these are bodies, whatever their names look like
            found = parse_bodies(text) or [Body(name) for name in split_names(text)]
            bodies += [Body(b.name, b.role or role) for b in found]
        else:
            fields[kind] = text
    if not fields.get("name") and not fields.get("text"):
        return None
    seq = fields.get("seq", "").rstrip(".．、") or None
    line = grid.lines[r] or 0
    merged = unique(bodies)
    return BoxItem(seq=seq, name=fields.get("name"), text=fields.get("text"), line=line, end_line=line,
                   agencies=[b.name for b in merged], roles=[b.role for b in merged])
