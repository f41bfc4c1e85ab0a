"""Lexical pieces of flattened tables: splitting lines into cells, names and units, headers."""
from __future__ import annotations

import re

from app.indicators.matching import FOOTNOTE_MARK_RE
from app.ingest.cells import is_value_token
from app.ingest.text_utils import PERIOD_RE, collapse_cjk_spaces, has_cjk

ATTRIBUTES = {"预期性", "约束性", "预期", "约束", "指导性"}
CATEGORY_RE = re.compile(r"^(?P<no>[一二三四五六七八九十]+)\s*[、.．]\s*(?P<title>\S.{0,24})$")
ROW_RE = re.compile(r"^(?:[（(](?P<pseq>\d{1,2})[）)]\s*|(?P<seq>\d{1,2})(?:\s*[.．、]\s*|\s+|(?=[^\d\s.．、%％:：])))"
                    r"(?P<rest>.*[\u4e00-\u9fff].*)$")


def row_seq(match: re.Match) -> int:
    """The row number of a ROW_RE match: '1.' or '（1）'."""
    return int(match.group("seq") or match.group("pseq"))
NOTE_RE = re.compile(r"^(注|备注|说明|资料来源|数据来源)\s*[:：]")
HEADER_SENTENCE_RE = re.compile(r"(?:分别对应|依次为|依次对应|分别为)\s*[:：]?\s*(.+?)[。.]?$")
_SPLIT_RE = re.compile(r"[ \u3000\xa0]{2,}")
_UNIT_CHARS = set("万亿千百十人次元个家所户倍年月日小时天项%％‰/·米平方公里吨辆张件台套")
_NAME_WORDS = {"指标", "指标名称", "名称", "项目", "主要指标", "指标项目", "指标内容"}
_SKIP_WORDS = {"序号", "类别", "领域", "编号"}
_UNIT_WORDS = {"单位", "计量单位"}
_ATTR_WORDS = {"属性", "指标属性", "性质"}
# A column of values whose column is not known (as the app prints a row it could not place):
# not a data column; its values stay unplaced.
UNPLACED_WORDS = {"未归位的值", "未归位值", "未归位数值"}
HEADER_WORDS = _NAME_WORDS | _SKIP_WORDS | _UNIT_WORDS | _ATTR_WORDS | UNPLACED_WORDS
_LIST_SPLIT_RE = re.compile(r"[、；;]|[ \u3000\xa0]{2,}")


def split_pieces(raw: str, header: bool = False) -> list[str]:
    """Split a flattened table line into cell texts: tabs, then runs of 2+ spaces.

    Single spaces stay inside a cell ('95 左右') unless every part is a value on
    its own ('45 50 64.8').
    """
    pieces: list[str] = []
    for tab_part in raw.split("\t"):
        for part in _SPLIT_RE.split(tab_part):
            part = part.strip()
            if not part:
                continue
            words = part.split()
            if len(words) > 1 and (header or all(is_value_token(w) for w in words)):
                pieces.extend(words)
            else:
                pieces.append(part)
    if header:
        pieces = _merge_split_characters(pieces)
    return pieces


def is_serial(piece: str) -> bool:
    """A bare row number ('7') in a 序号 cell of its own."""
    return re.fullmatch(r"\d{1,2}", piece.strip()) is not None


def unplaced_cell(raw: str, cells: int | None) -> tuple[str, list[str]]:
    """A row line without its last cell, and that cell's values, when the table's last column
    (of `cells` in its header line) lists values whose column is not known.

    Only a row of exactly the header's cells says which cell that is; values there are
    listed with '、' or '；' between them.
    """
    parts = raw.split("\t")
    if cells is None or len(parts) != cells:
        return raw, []
    values = [v.strip() for v in _LIST_SPLIT_RE.split(parts[-1]) if v.strip()]
    return "\t".join(parts[:-1]), values


def _merge_split_characters(pieces: list[str]) -> list[str]:
    """'指', '标' (from '指  标') -> '指标'."""
    merged: list[str] = []
    for piece in pieces:
        if merged and len(piece) == 1 and len(merged[-1]) == 1 and has_cjk(piece):
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged


def is_unit_text(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= 6 and all(ch in _UNIT_CHARS for ch in text)


_PAREN_UNIT_RE = re.compile(r"^(?P<name>.*?)\s*[（(]\s*(?P<unit>[^（）()]{1,8}?)\s*[）)]?\s*$")
_BARE_UNIT_RE = re.compile(r"^(?P<name>.{3,}?)(?P<unit>%|％|‰|万人次|万人|亿元)$")


def split_name_unit(text: str, allow_bare_unit: bool = True) -> tuple[str, str | None, list[str]]:
    """'城镇新增就业人数（万人） 380 400 预期性' -> ('城镇新增就业人数', '万人', ['380', '400', '预期性'])."""
    words = text.split()
    trailing: list[str] = []
    if len(words) > 2 and words[-1] in ATTRIBUTES and is_value_token(words[-2]):
        trailing.insert(0, words.pop())  # an attribute after single-space-separated values
    while len(words) > 1 and is_value_token(words[-1]):
        trailing.insert(0, words.pop())
    text = " ".join(words).strip().lstrip("\u3000 ")
    mark = FOOTNOTE_MARK_RE.search(text)  # '（万人）①': the unit is behind the mark, which stays with the name
    bare_text, mark_text = (text[:mark.start()], mark.group().strip()) if mark else (text, "")
    match = _PAREN_UNIT_RE.match(bare_text)
    if match and is_unit_text(match.group("unit")) and match.group("name").strip():
        return match.group("name").strip() + mark_text, match.group("unit").strip(), trailing
    if allow_bare_unit:
        bare = _BARE_UNIT_RE.match(bare_text)
        if bare:
            return bare.group("name").strip() + mark_text, bare.group("unit"), trailing
    return text, None, trailing


def looks_like_prose(text: str) -> bool:
    """A sentence of body text, which ends a table."""
    if ROW_RE.match(text) and len(text) < 60:
        return False
    return len(text) >= 40 and ("，" in text or "。" in text or "," in text)


def _is_column_starter(text: str) -> bool:
    return bool(re.match(r"^[“\"']?((19|20)\d{2}|" + PERIOD_RE.pattern + ")", text))


def header_columns(tokens: list[tuple[str, bool]], sentence_columns: list[str] | None,
                   join: bool = True) -> tuple[list[str], bool, bool]:
    """Value column headings, and whether the table has unit and attribute columns.

    With `join`, a piece that does not start a column goes on the heading before it ('“十三五”'
    + '规划目标'); without, every piece is a heading of its own (cells printed one per line)."""
    has_unit = has_attr = False
    headings: list[str] = []
    if sentence_columns:
        for part in sentence_columns:
            compact = collapse_cjk_spaces(part)
            if compact in _ATTR_WORDS:
                has_attr = True
            elif compact in _UNIT_WORDS:
                has_unit = True
            elif compact not in _NAME_WORDS | _SKIP_WORDS | UNPLACED_WORDS:
                headings.append(compact)
        return headings, has_unit, has_attr
    previous_was_value = False
    for text, _tabbed in tokens:
        compact = collapse_cjk_spaces(text)
        if compact in _NAME_WORDS or compact in _SKIP_WORDS or compact in UNPLACED_WORDS:
            previous_was_value = False
        elif compact in _UNIT_WORDS:
            has_unit, previous_was_value = True, False
        elif compact in _ATTR_WORDS:
            has_attr, previous_was_value = True, False
        elif join and previous_was_value and not _is_column_starter(compact):
            headings[-1] += compact  # '十三五' + '规划目标', '2020' + '完成数'
        else:
            headings.append(compact)
            previous_was_value = True
    return headings, has_unit, has_attr
