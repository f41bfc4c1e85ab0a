"""Word's automatic numbering, rendered as printed: '第一章', '（一）', '1.'.

Word documents often number headings with list numbering, so '第一章' is nowhere in
the text itself; without it the parser could not see chapters.  This renders the
common number formats from numbering.xml, counting the way Word does: per abstract
numbering, lower levels restarting when a higher one advances.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import overload

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "〇一二三四五六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_SUFFIX = {"tab": " ", "space": " ", "nothing": ""}  # a tab after a number prints as a gap


def qn(tag: str) -> str:
    """'w:val' -> Clark notation; local, so that importing this module needs no python-docx."""
    return _W + tag.split(":", 1)[1]


@dataclass
class Level:
    fmt: str
    text: str
    start: int
    suffix: str


def chinese_number(n: int, digits: str = _DIGITS, ten: str = "十", hundred: str = "百") -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一, 105 -> 一百零五 (beyond 999: Arabic digits)."""
    if n <= 0 or n > 999:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = digits[hundreds] + hundred if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + ten
    elif hundreds and ones:
        out += "零"  # a zero inside a counted number is 零 (一百零五), not the digit 〇
    return out + (digits[ones] if ones else "")


def _letters(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += numeral * count
    return out


def format_number(n: int, fmt: str) -> str:
    """One counter in one of Word's number formats; unknown formats print as Arabic digits."""
    if fmt.startswith(("chineseCounting", "japaneseCounting", "taiwaneseCounting")):
        return chinese_number(n)
    if fmt.startswith(("ideographDigital", "taiwaneseDigital", "japaneseDigital")):
        return "".join(_DIGITS[int(d)] for d in str(n))
    if fmt == "chineseLegalSimplified":
        return chinese_number(n, _LEGAL, "拾", "佰")
    simple = {
        "decimalZero": lambda: f"{n:02d}",
        "ideographTraditional": lambda: _STEMS[n - 1] if n <= 10 else str(n),
        "decimalEnclosedCircle": lambda: chr(0x2460 + n - 1) if n <= 20 else str(n),
        "decimalEnclosedCircleChinese": lambda: chr(0x2460 + n - 1) if n <= 20 else str(n),
        "decimalFullWidth": lambda: "".join(chr(ord(d) + 0xFEE0) for d in str(n)),
        "upperLetter": lambda: _letters(n), "lowerLetter": lambda: _letters(n).lower(),
        "upperRoman": lambda: _roman(n), "lowerRoman": lambda: _roman(n).lower(),
    }
    return simple[fmt]() if fmt in simple else str(n)


@overload
def _val(element, tag: str, default: str) -> str: ...
@overload
def _val(element, tag: str, default: None = None) -> str | None: ...
def _val(element, tag: str, default: str | None = None) -> str | None:
    """The child's w:val, else `default` (so a str default gives a str)."""
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val"), default) if child is not None else default


class Numbering:
    """Numbering definitions of one document, and the running counters while it is read."""

    def __init__(self, numbering_root, styles_root) -> None:
        # By abstractNumId, which a damaged numbering.xml may leave out (None).
        self.levels: dict[str | None, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str | None, dict[int, int]]] = {}
        self.counters: dict[str | None, dict[int, int]] = {}
        self.started: set[str] = set()
        self.styles: dict[str, tuple[object, str | None]] = {}
        if numbering_root is not None:
            self._read_numbering(numbering_root)
        if styles_root is not None:
            for style in styles_root.iter(qn("w:style")):
                ppr = style.find(qn("w:pPr"))
                numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
                self.styles[style.get(qn("w:styleId"))] = (numpr, _val(style, "w:basedOn"))

    def _read_numbering(self, root) -> None:
        for abstract in root.iter(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.iter(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = Level(
                    _val(lvl, "w:numFmt", "decimal"), _val(lvl, "w:lvlText", "") or "",
                    int(_val(lvl, "w:start", "1") or 1), _val(lvl, "w:suff", "tab") or "tab")
            self.levels[abstract.get(qn("w:abstractNumId"))] = levels
        for num in root.iter(qn("w:num")):
            overrides = {int(o.get(qn("w:ilvl"), "0")): int(start)
                         for o in num.iter(qn("w:lvlOverride")) if (start := _val(o, "w:startOverride"))}
            self.nums[num.get(qn("w:numId"))] = (_val(num, "w:abstractNumId"), overrides)

    def _reference(self, paragraph) -> tuple[str, int] | None:
        """(numId, level) from the paragraph's own properties or, failing that, its style's."""
        ppr = paragraph.find(qn("w:pPr"))
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        style_id, seen = _val(ppr, "w:pStyle"), set()
        while numpr is None and style_id and style_id not in seen:
            seen.add(style_id)
            numpr, style_id = self.styles.get(style_id, (None, None))
        num_id = _val(numpr, "w:numId")
        if num_id is None or num_id == "0":  # numId 0 switches numbering off
            return None
        return num_id, int(_val(numpr, "w:ilvl", "0") or 0)

    def prefix(self, paragraph) -> str:
        """The number Word prints before this paragraph ('' for none or a bullet); advances counters."""
        ref = self._reference(paragraph)
        if ref is None or ref[0] not in self.nums:
            return ""
        num_id, ilvl = ref
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in overrides.items():
                counters[lvl] = start - 1
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a higher level advanced: lower levels start again
        level = levels[ilvl]
        if level.fmt in ("bullet", "none") or not level.text:
            return ""

        def render(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            ref_level = levels.get(k, level)
            return format_number(counters.get(k, ref_level.start), ref_level.fmt)

        return re.sub(r"%([1-9])", render, level.text) + _SUFFIX.get(level.suffix, " ")
