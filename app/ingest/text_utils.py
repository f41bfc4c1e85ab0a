"""Small text helpers shared by the parser: numerals, punctuation, normalisation.

Source text is always kept as printed; the normalised forms made here are used
only for matching.
"""
from __future__ import annotations

import re
import unicodedata

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUMERAL = "一二三四五六七八九十百零〇"
SENTENCE_END = "。！？!?；;…"
CLOSERS = "”’\"')）」』】]"
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
SPACES_RE = re.compile(r"[\s\u3000\xa0\u2002\u2003\u200b]+")

PERIOD_YEARS = {
    "十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020),
    "十四五": (2021, 2025), "十五五": (2026, 2030), "十六五": (2031, 2035),
}
PERIOD_RE = re.compile("(" + "|".join(PERIOD_YEARS) + ")")


def cn_to_int(text: str) -> int | None:
    """'十二' -> 12, '二十一' -> 21, '3' -> 3; None if it is not a numeral."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(unicodedata.normalize("NFKC", text))
    if any(ch not in _DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _DIGITS[ch]
    return total + current


def collapse_cjk_spaces(text: str) -> str:
    """Remove spaces the web copy put between characters ('指  标' -> '指标')."""
    return SPACES_RE.sub("", text)


def normalise(text: str) -> str:
    """Matching form: NFKC (full to half width), no spaces, unified quotes, lower case."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return SPACES_RE.sub("", text).lower()


def has_cjk(text: str) -> bool:
    return bool(CJK_RE.search(text))


def ends_sentence(text: str) -> bool:
    """True when a paragraph ends the way a finished sentence does."""
    text = text.rstrip()
    while text and text[-1] in CLOSERS:
        text = text[:-1]
    return bool(text) and text[-1] in SENTENCE_END + "：:"


def split_lead(text: str, max_len: int = 40) -> tuple[str, str] | None:
    """'强化就业优先政策。根据…' -> ('强化就业优先政策', '根据…'); None without a short lead."""
    idx = text.find("。")
    if idx <= 0 or idx > max_len:
        return None
    lead = text[:idx].strip()
    if "，" in lead and idx > 30:
        return None
    return lead, text[idx + 1:].strip()


