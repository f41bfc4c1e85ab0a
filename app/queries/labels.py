"""How outline nodes are named on screen, in one place so tree, search and text agree."""
from __future__ import annotations

_DIGITS = "零一二三四五六七八九"

MISSING_PROVINCE = "（未识别省份）"
#: How a figure the source does not give is shown, whatever mark the source used (—, -, /, 无).
MISSING_MARK = "—"
LOST_HEADING = "（标题缺失）"
PREAMBLE = "（前言）"  # the text before the first chapter: it has no printed heading
FOOTER_FILES = 5  # source files named in a footer; past that they are counted


def sources_line(files: list[str]) -> str:
    """The source line under a chart or a printed table: '来源：a、b'. Hundreds of file names
    would make a chart wider than the window, so past a few it names the first and counts
    the rest (a chart's tips keep every one)."""
    unique = list(dict.fromkeys(files))
    if len(unique) <= FOOTER_FILES:
        return "来源：" + "、".join(unique)
    return f"来源：{'、'.join(unique[:FOOTER_FILES])} 等 {len(unique)} 个文件（各点提示中注明来源）"


def cell_text(cell, absent: str = MISSING_MARK) -> str:
    """A table cell as shown and printed: its raw text, '—' for a missing figure, and
    `absent` where the row has no cell in that column at all."""
    if cell is None:
        return absent
    return MISSING_MARK if cell.kind == "missing" else cell.raw


def row_cell_text(row, cell) -> str:
    """A cell of an indicator row: where the row has none in that column, '—' (the source gives
    none), or blank when the row's values are unplaced (they are shown in their own column)."""
    return cell_text(cell, absent="" if row.unplaced else MISSING_MARK)


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (as headings print them)."""
    if n < 0:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        if not rest:
            return _DIGITS[hundreds] + "百"
        tail = chinese_number(rest)
        if rest < 10:
            tail = "零" + tail
        elif rest < 20:
            tail = "一" + tail  # 一百一十五, not 一百十五
        return _DIGITS[hundreds] + "百" + tail
    return str(n)


def plan_label(province: str | None, period: str | None, title: str | None,
               source_file: str, city: str | None = None) -> str:
    """Short name for breadcrumbs: 黑龙江省 十四五 (a city's plan: 遵义市 十四五), else the
    title, else the file name."""
    short = " ".join(part for part in (city or province, period) if part)
    return short or title or source_file


def plan_node_label(period: str | None, title: str | None, source_file: str) -> str:
    """A plan under its province in the tree: 十四五：…规划 (the period tells plans apart)."""
    name = title or source_file
    return f"{period}：{name}" if period and period not in name else name


ROLE_WORDS = {"lead": "牵头", "cooperating": "配合"}


def bodies_label(names, roles=()) -> str:
    """The responsible bodies as the reader wants them: 牵头：A；配合：B、C (roles as the text
    gave them), or A、B for a plain list."""
    roles = tuple(roles) + (None,) * (len(names) - len(roles))
    if not any(roles):
        return "、".join(names)
    groups = []
    for role in ("lead", "cooperating", None):
        members = [name for name, r in zip(names, roles) if r == role]
        if members:
            groups.append((f"{ROLE_WORDS[role]}：" if role else "") + "、".join(members))
    return "；".join(groups)


def part_label(no: int, title: str) -> str:
    """第一篇 发展基础与总体要求"""
    return f"第{chinese_number(no)}篇 {title}"


def chapter_label(no: int, title: str | None) -> str:
    """一、规划背景; a lost heading is named as lost, never invented."""
    return f"{chinese_number(no)}、{title or LOST_HEADING}"


def section_label(no: int | None, title: str) -> str:
    """（一）发展基础, or the bare title where the section has no number."""
    return f"（{chinese_number(no)}）{title}" if no is not None else title


def subsection_label(no: int, title: str) -> str:
    """1. 实施就业优先政策"""
    return f"{no}. {title}"


def box_label(no: int | None, title: str) -> str:
    """专栏2 就业创业重点工程"""
    return f"专栏{no} {title}" if no is not None else f"专栏 {title}"


def item_label(seq: str | None, name: str | None, text: str | None, width: int = 30) -> str:
    """01 就业创业促进工程; an item without a name shows the start of its text."""
    label = name or _shorten(text or "", width)
    return f"{seq} {label}" if seq else label


def indicator_label(seq: int | None, name: str, unit: str | None) -> str:
    """1. 城镇新增就业人数（万人）"""
    label = f"{name}（{unit}）" if unit else name
    return f"{seq}. {label}" if seq is not None else label


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
