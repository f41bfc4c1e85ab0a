"""Responsible bodies named with a programme item, with their role where the text gives one.

The forms real plans use:
  …计划（省人力资源社会保障厅、省教育厅）          a plain list: no role
  …（责任单位：省人力资源社会保障厅、省财政厅）    no role
  …（省人力资源社会保障厅牵头，省教育厅、省财政厅配合）
  …（牵头单位：省人力资源社会保障厅；配合单位：省发展改革委、省财政厅）
  a line of its own after the item: 责任单位：… / 牵头单位：… / 配合单位：…
Only a parenthesis whose every part reads as a body's name counts, so '…工程（金保工程二期）'
keeps its parenthesis.  Each body is kept once, in printed order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

LEAD, COOPERATING = "lead", "cooperating"
#: A body's label as printed, and the role it gives (also the headings of a programme table's columns).
LABELS = {"责任单位": None, "实施单位": None, "责任部门": None, "牵头单位": LEAD, "主责单位": LEAD,
           "牵头部门": LEAD, "配合单位": COOPERATING, "参与单位": COOPERATING, "协同单位": COOPERATING,
           "配合部门": COOPERATING}
_LABEL_RE = re.compile(r"(" + "|".join(LABELS) + r")\s*[:：]\s*")
_ROLE_WORD_RE = re.compile(r"(牵头|负责|配合|参与|协同)$")
_SHARED_DUTY_RE = re.compile(r"(?:按|按照|根据)(?:职责|职能)(?:分工)?(?:负责|落实)?$|分工负责$")
_WORD_ROLES = {"牵头": LEAD, "负责": LEAD, "配合": COOPERATING, "参与": COOPERATING, "协同": COOPERATING}
_SPLIT_RE = re.compile(r"[、，,；;]|\s+")
_SUFFIXES = ("厅", "局", "委", "办", "会", "院", "行", "队", "联", "部", "署", "处", "中心", "政府", "公司",
             "集团", "室", "所", "站", "社", "团", "馆", "校", "组", "司", "厂", "关", "区")
_OPEN, _CLOSE = "（(", "）)"


@dataclass(frozen=True)
class Body:
    name: str
    role: str | None = None  # lead | cooperating | None


#: Bodies named as a group: 各镇街, 各设区市, 各县（市、区）, 有关部门, 相关单位.
_GROUP_RE = re.compile(r"^(?:各[\u4e00-\u9fff（）()]{1,10}|(?:有关|相关)(?:部门|单位))$")


def is_body_name(text: str) -> bool:
    text = text.strip()
    if re.search(r"[。；：:，]", text) or not 2 <= len(text) <= 30:
        return False
    return text.endswith(_SUFFIXES) or bool(_GROUP_RE.match(text))


def body_line(text: str) -> list[Body] | None:
    """'牵头单位：A；配合单位：B、C' (a line of its own): its bodies; None for any other line."""
    text = text.strip().rstrip("。")
    if not _LABEL_RE.match(text):
        return None
    return _labelled(text)


def _labelled(text: str) -> list[Body] | None:
    parts = _LABEL_RE.split(text)
    if parts[0].strip():
        return None
    bodies: list[Body] = []
    for label, names in zip(parts[1::2], parts[2::2]):
        found = _names(names)
        if not found:
            return None
        bodies += [Body(name, LABELS[label]) for name in found]
    return unique(bodies)


def _names(text: str) -> list[str] | None:
    """'A、B、各县（市）人民政府' -> its names, or None if a part is not a body's name."""
    names = [n.strip() for n in _split_outside_parens(text.strip().rstrip("。；;，,")) if n.strip()]
    return names if names and all(is_body_name(n) for n in names) else None


def split_names(text: str) -> list[str]:
    """The names a list of bodies gives ('A、B、各县（市、区）'), without judging them."""
    return [n.strip() for n in _split_outside_parens(text.strip().rstrip("。；;，,")) if n.strip()]


def _split_outside_parens(text: str) -> list[str]:
    """Split at 、，；and spaces, but not inside a parenthesis ('各县（市、区）人民政府')."""
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if depth == 0 and _SPLIT_RE.match(ch):
            parts.append(current)
            current = ""
        else:
            current += ch
    return parts + [current]


def _with_roles(text: str) -> list[Body] | None:
    """'A牵头，B、C配合' / 'A、B牵头' / 'A负责': names with their roles."""
    bodies: list[Body] = []
    for clause in re.split(r"[，,；;]", text.strip().rstrip("。")):
        clause = clause.strip()
        if not clause:
            continue
        shared = _SHARED_DUTY_RE.search(clause)  # 'A、B按职责分工负责': each its part, no lead
        if shared:
            names = _names(clause[:shared.start()])
            if names is None:
                return None
            bodies += [Body(name) for name in names]
            continue
        word = _ROLE_WORD_RE.search(clause)
        names = _names(clause[:word.start()] if word else clause)
        if names is None:
            return None
        bodies += [Body(name, _WORD_ROLES[word.group(1)] if word else None) for name in names]
    return bodies or None


def parse_bodies(inner: str) -> list[Body] | None:
    """The bodies a parenthesis (without its brackets) names, or None if it names none."""
    inner = inner.strip()
    if _LABEL_RE.match(inner):
        return _labelled(inner)
    if _ROLE_WORD_RE.search(re.split(r"[，,；;]", inner.rstrip("。"))[0].strip()):
        found = _with_roles(inner)
        return unique(found) if found else None
    names = _names(inner)
    return unique([Body(name) for name in names]) if names else None


def trailing_parenthesis(text: str) -> tuple[str, str] | None:
    """'…计划（A、B）。' -> ('…计划', 'A、B'): the last balanced parenthesis closing the text."""
    stripped = text.rstrip().rstrip("。.；;")
    if not stripped.endswith(tuple(_CLOSE)):
        return None
    depth = 0
    for k in range(len(stripped) - 1, -1, -1):
        depth += (stripped[k] in _CLOSE) - (stripped[k] in _OPEN)
        if depth == 0:
            return stripped[:k].rstrip(), stripped[k + 1:-1]
    return None


def take_bodies(text: str) -> tuple[str, list[Body]]:
    """The text without the bodies that close it, and those bodies: a parenthesis
    ('…岗位。（A、B）'), or a clause after the last sentence ('…以上。牵头单位：A；配合单位：B',
    '…以上。A牵头，B配合')."""
    found = trailing_parenthesis(text)
    if found is not None:
        bodies = parse_bodies(found[1])
        return (found[0], bodies) if bodies else (text, [])
    cut = text.rfind("。", 0, len(text.rstrip("。")))
    label = _LABEL_RE.search(text, cut + 1)
    if label:  # '…以上。牵头单位：A；配合单位：B' (a label may follow a ； too)
        cut = label.start() - 1
    tail = text[cut + 1:].strip()
    if not tail or cut < 0:
        return text, []
    bodies = _labelled(tail.rstrip("。")) if _LABEL_RE.match(tail) else None
    if bodies is None and _ROLE_WORD_RE.search(re.split(r"[，,；;]", tail.rstrip("。"))[0].strip()):
        bodies = _with_roles(tail)
    return (text[:cut + 1], unique(bodies)) if bodies else (text, [])


def unique(bodies: list[Body]) -> list[Body]:
    """Each body once; a role given anywhere wins over none."""
    out: dict[str, Body] = {}
    for body in bodies:
        if body.name not in out or (out[body.name].role is None and body.role is not None):
            out[body.name] = body
    return list(out.values())
