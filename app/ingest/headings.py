"""Recognising headings: chapters (第N章, 一、), sections (第N节, （一）), 专栏, sub-headings (1.)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest.text_utils import cn_to_int, split_lead

_NUM = r"[一二三四五六七八九十百零〇\d]+"
ZHANG_RE = re.compile(rf"^第\s*(?P<no>{_NUM})\s*章\s*[:：、]?\s*(?P<title>.*)$")
JIE_RE = re.compile(rf"^第\s*(?P<no>{_NUM})\s*节\s*[:：、]?\s*(?P<title>.*)$")
DUN_RE = re.compile(r"^(?P<no>[一二三四五六七八九十]+)\s*、\s*(?P<title>\S.*)$")
PAREN_RE = re.compile(r"^[（(]\s*(?P<no>[一二三四五六七八九十]+)\s*[）)]\s*(?P<title>\S.*)$")
ARABIC_RE = re.compile(r"^(?P<no>\d{1,2})(?:\s*[.．、]\s*|\s+|(?=[^\d\s.．、%％:：]))(?P<title>\S.*)$")
# A sub-number ('专栏3-1', '专栏 3.1') is part of the box's number, never of its title.
_SUB = r"(?P<sub>\s*[-—–－.．]\s*\d{1,2}(?![\d%％]))?"
BOX_RE = re.compile(r"^[【\[〔［]?\s*专栏\s*(?P<no>\d{1,3}|[一二三四五六七八九十]{1,3})" + _SUB +
                    r"\s*[】\]〕］]?\s*[:：.、．]?\s*(?P<title>.*)$")
PART_RE = re.compile(rf"^第\s*(?P<no>{_NUM})\s*部分\s*[:：、]?\s*(?P<title>.*)$")
PIAN_RE = re.compile(rf"^第\s*(?P<no>{_NUM})\s*篇\s*[:：、]?\s*(?P<title>.*)$")
TABLE_CAPTION_RE = re.compile(r"^表\s*(?P<no>\d{1,3})" + _SUB + r"\s*[:：.、]?\s*(?P<title>.*指标.*)$")

KINDS = ("pian", "part", "zhang", "jie", "dun", "paren")
_PATTERNS = {"pian": PIAN_RE, "part": PART_RE, "zhang": ZHANG_RE, "jie": JIE_RE, "dun": DUN_RE, "paren": PAREN_RE}


@dataclass
class HeadingMatch:
    kind: str  # zhang | jie | dun | paren | arabic
    no: int
    title: str  # heading text without its number (lead sentence only, where it runs on)
    rest: str  # text after the lead sentence on the same line, if any


def match_heading(text: str, kind: str) -> HeadingMatch | None:
    """Match one kind of numbered heading; long run-on lines keep only their lead sentence."""
    pattern = ARABIC_RE if kind == "arabic" else _PATTERNS[kind]
    match = pattern.match(text)
    if not match:
        return None
    no = cn_to_int(match.group("no"))
    if no is None:
        return None
    title = match.group("title").strip()
    rest = ""
    # 第N章/第N节 say they are headings: a long title with no full stop is the whole title
    # ('第三节 健全统一开放竞争有序的人力资源市场体系，推动人力资源服务业向专业化和价值链高端延伸').
    explicit = kind in ("zhang", "jie", "pian", "part") and "。" not in title and len(title) <= 80
    if (len(title) > 40 and not explicit) or "。" in title[:-1]:
        lead = split_lead(title)
        if lead is None:
            return None
        title, rest = lead
    title = title.rstrip("。").strip()
    if kind in ("dun", "paren", "arabic") and not title:
        return None
    return HeadingMatch(kind, no, title, rest)


def is_structural_heading(text: str) -> bool:
    """Headings that always end a box or table: 第N章, 第N节, （一）, 专栏N."""
    return bool(ZHANG_RE.match(text) or JIE_RE.match(text) or BOX_RE.match(text) or PART_RE.match(text)
                or PIAN_RE.match(text)
                or (PAREN_RE.match(text) and len(text) <= 60))


def has_parts(lines: list[str]) -> bool:
    """Does the document group its 第N章 into 第N篇 (kept as parts above the chapters)?"""
    texts = [line.strip() for line in lines if len(line.strip()) <= 80]
    return any(PIAN_RE.match(t) for t in texts) and any(ZHANG_RE.match(t) for t in texts)


def detect_scheme(lines: list[str]) -> tuple[str | None, str | None]:
    """Which numbering kinds a document uses for chapters and sections.

    Chapters are the highest kind that occurs at least twice; sections the next.
    """
    counts = {kind: 0 for kind in KINDS}
    for line in lines:
        text = line.strip()
        if len(text) > 80:
            continue
        for kind in KINDS:
            if _PATTERNS[kind].match(text):
                counts[kind] += 1
    # 第N章/第N节 are unambiguous even once; 一、 and （一） also number lists, so need two.
    present = [kind for kind in KINDS if counts[kind] >= (1 if kind in ("zhang", "jie", "part", "pian") else 2)]
    for above in ("pian", "part"):  # 第N篇/第N部分 above 第N章: the chapters are what the tree needs
        if above in present and "zhang" in present:
            present.remove(above)
    if not present:  # a short document: one of each is all there is
        present = [kind for kind in KINDS if counts[kind]]
    for top in ("zhang", "part"):
        if top in present and "dun" in present and "jie" not in present:
            return top, "dun"
    chapter = present[0] if present else None
    section = present[1] if len(present) > 1 else None
    return chapter, section
