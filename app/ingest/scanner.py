"""Pass 1: walk the lines once and turn them into a flat list of blocks.

Blocks are headings (chapter / section / subsection), boxes (already parsed) and
paragraphs.  Which numbering marks chapters and sections is decided per document
(detect_scheme), never per province.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest.boxes import ITEM_RE, ProgrammeBox, item_number
from app.ingest.grid import Grid
from app.ingest.headings import BOX_RE, TABLE_CAPTION_RE, HeadingMatch, detect_scheme, has_parts, match_heading
from app.ingest.model import Box, SourceIssue
from app.ingest.programme_grid import programme_columns, programme_items
from app.ingest.tablelex import HEADER_SENTENCE_RE
from app.ingest.tableread import grid_at, is_indicator_grid, is_indicator_header, next_content, read_indicator_table
from app.ingest.text_utils import cn_to_int, collapse_cjk_spaces, has_cjk

# A site's own lines around a plan; the metadata reader still sees them (发布时间 is the
# page's published date), the plan's text does not.
CHROME_RE = re.compile(r"^(网站地图|主办单位|承办单位|主办[:：]|承办[:：]|版权所有|联系地址|联系电话|网站标识|技术支持|"
                       r"今天是|如文档格式引起不便|打印本页|关闭窗口|【打印】|【关闭】|\[打印\]|分享到|扫一扫|"
                       r"上一篇|下一篇|相关链接|浏览次数|访问量|点击总量|点击量|阅读次数|字号[:：]|"
                       r"发布时间[:：]|发布日期[:：]|信息来源[:：]|来源[:：]|责任编辑[:：]|"
                       r"当前位置[:：]|您的位置[:：]|您现在的位置[:：]|首页\s*[>＞»›/])")
_TABLE_HINTS = ("指标", "指  标", "指标名称", "单位", "属性")


@dataclass
class Block:
    kind: str  # chapter | section | subsection | box | para
    line: int
    text: str = ""
    heading: HeadingMatch | None = None
    box: Box | None = None
    present: bool = True  # False for a chapter whose heading was lost

    @property
    def known_heading(self) -> HeadingMatch:
        """The heading of a part, chapter, section or subsection block: those always have one."""
        assert self.heading is not None, f"a {self.kind} block without its heading"
        return self.heading

    @property
    def known_box(self) -> Box:
        """The box of a box block: those always have one."""
        assert self.box is not None, f"a {self.kind} block without its box"
        return self.box


def _is_table_box(title: str, lines: list[str], i: int, grids: dict[int, Grid]) -> bool:
    if "指标" in title:
        return True
    found = grid_at(grids, lines, i)
    if found is not None:
        return is_indicator_grid(found[1])
    following = next_content(lines, i + 1)
    if following is not None and is_indicator_header(lines[following]):
        return True
    for raw in lines[i + 1:i + 6]:
        text = raw.strip()
        if text:
            compact = collapse_cjk_spaces(text.split("\t")[0])
            return compact in {collapse_cjk_spaces(h) for h in _TABLE_HINTS} or bool(
                HEADER_SENTENCE_RE.search(text))
    return False


def _header_follows(lines: list[str], i: int) -> bool:
    """Is the next non-blank line a table header row ('指标', '序号', '指标名称' ...)?"""
    for raw in lines[i + 1:i + 4]:
        if raw.strip():
            first = collapse_cjk_spaces(raw.strip().split("\t")[0])
            return first in {"指标", "指标名称", "序号", "类别", "主要指标"}
    return False


def is_bare_heading(text: str) -> bool:
    """A short line with no punctuation: a heading that lost its number, if anything."""
    return (2 <= len(text) <= 30 and has_cjk(text) and not re.search(r"[。，；：！？,;:!?、]", text)
            and not text[0].isdigit())


class Scanner:
    def __init__(self, lines: list[str], plan_years: tuple[int, int] | None, issues: list[SourceIssue],
                 grids: dict[int, Grid] | None = None):
        self.lines = lines
        self.grids = grids or {}
        self.plan_years = plan_years
        self.issues = issues
        self.blocks: list[Block] = []
        self.chapter_kind, self.section_kind = detect_scheme(lines)
        self.parts = has_parts(lines)
        self.sub_kinds = self._subsection_kinds()
        self.last_chapter_no = 0
        self.last_sub_no = 0
        self.prog: ProgrammeBox | None = None

    def _subsection_kinds(self) -> tuple[str, ...]:
        order = ("pian", "part", "zhang", "jie", "dun", "paren")
        if self.section_kind is None:
            return ("arabic",)
        lower = order[order.index(self.section_kind) + 1:]
        return tuple(k for k in lower if k != "jie") + ("arabic",)

    def scan(self) -> list[Block]:
        i = 0
        while i < len(self.lines):
            i = self._step(i)
        self._close_box()
        return self.blocks

    def _step(self, i: int) -> int:
        text = self.lines[i].strip()
        if not text or CHROME_RE.match(text):
            return i + 1
        box_match = BOX_RE.match(text) if len(text) <= 60 else None
        caption = TABLE_CAPTION_RE.match(text) if len(text) <= 60 else None
        opening = box_match or caption
        if opening:
            return self._open_box(opening, i, numbered=bool(box_match))
        heading = self._heading(text)
        if heading:
            self._close_box()
            self._add_heading(heading, i)
            return i + 1
        if self.prog is None and len(text) <= 40 and "指标" in text and _header_follows(self.lines, i):
            return self._open_unnumbered_table(text, i)
        if self.prog is None and self._table_starts(i):
            return self._open_captioned_table(i)
        if self.prog is not None and self._feed_box(self.prog, text, i):
            return i + 1
        self._close_box()
        sub = self._subsection(text)
        if sub:
            self._add_heading(("subsection", sub), i)
            return i + 1
        self.blocks.append(Block("para", i + 1, text))
        return i + 1

    # -- headings -----------------------------------------------------------
    def _heading(self, text: str) -> tuple[str, HeadingMatch] | None:
        if self.parts:
            match = match_heading(text, "pian")
            if match:
                return "part", match
        if self.chapter_kind:
            match = match_heading(text, self.chapter_kind)
            if match and (self.chapter_kind in ("zhang", "part", "pian") or match.no > self.last_chapter_no):
                return "chapter", match
        if self.section_kind:
            match = match_heading(text, self.section_kind)
            if match:
                return "section", match
        return None

    def _subsection(self, text: str) -> HeadingMatch | None:
        if not any(b.kind in ("chapter", "section") for b in self.blocks[-200:]):
            return None
        for kind in self.sub_kinds:
            match = match_heading(text, kind)
            if match and (match.no == 1 or match.no == self.last_sub_no + 1):
                return match
        return None

    def _add_heading(self, heading: tuple[str, HeadingMatch], i: int) -> None:
        level, match = heading
        if level == "chapter":
            self.last_chapter_no = match.no
        if level in ("part", "chapter", "section"):
            self.last_sub_no = 0
        else:
            self.last_sub_no = match.no
        self.blocks.append(Block(level, i + 1, self.lines[i].strip(), heading=match))
        if match.rest:
            self.blocks.append(Block("para", i + 1, match.rest))

    # -- boxes --------------------------------------------------------------
    def _open_box(self, match: re.Match, i: int, numbered: bool) -> int:
        self._close_box()
        no = cn_to_int(match.group("no")) if numbered else None
        title = match.group("title").strip()
        sub = match.group("sub")
        if sub and numbered:  # '专栏3-1': no integer number; the title carries it as printed
            no, title = None, f"{match.group('no')}{sub.strip().replace(' ', '')} {title}".strip()
        box = Box(no=no, title=title, kind="programmes", line=i + 1, end_line=i + 1)
        self.blocks.append(Block("box", i + 1, self.lines[i].strip(), box=box))
        if not numbered or _is_table_box(title, self.lines, i, self.grids):
            box.kind = "indicators"
            return read_indicator_table(self.lines, i + 1, box, self.plan_years, self.issues, self.grids)
        table = grid_at(self.grids, self.lines, i)
        kinds = programme_columns(table[1]) if table is not None else None
        if table is not None and kinds is not None:  # 序号 | 工程名称 | 主要内容 | 责任单位
            box.items = programme_items(table[1], kinds)
            box.end_line = max([box.line] + [line or 0 for line in table[1].lines])
            return box.end_line
        self.prog = ProgrammeBox(box, self.last_sub_no + 1 if self.last_sub_no else None, self.issues)
        return i + 1

    def _open_unnumbered_table(self, text: str, i: int) -> int:
        """A table under a caption such as '“十四五”时期主要指标', outside any 专栏."""
        box = Box(no=None, title=text, kind="indicators", line=i + 1, end_line=i + 1)
        self.blocks.append(Block("box", i + 1, text, box=box))
        return read_indicator_table(self.lines, i + 1, box, self.plan_years, self.issues, self.grids)

    def _table_starts(self, i: int) -> bool:
        """An indicator table's header row (a real table, or a text row of headings) on line i."""
        if i in self.grids:
            return is_indicator_grid(self.grids[i])
        return is_indicator_header(self.lines[i])

    def _open_captioned_table(self, i: int) -> int:
        """A table with no 专栏 heading: its caption is the short line just before, if any."""
        caption = self.blocks[-1] if self.blocks and self.blocks[-1].kind == "para" else None
        if caption is not None and (len(caption.text) > 40 or caption.text[-1:] in "。；;："):
            caption = None
        if caption is not None:
            self.blocks.pop()
        line = caption.line if caption else i + 1
        box = Box(no=None, title=caption.text if caption else "", kind="indicators", line=line, end_line=i + 1)
        self.blocks.append(Block("box", line, box.title, box=box))
        return read_indicator_table(self.lines, i, box, self.plan_years, self.issues, self.grids)

    def _feed_box(self, prog: ProgrammeBox, text: str, i: int) -> bool:
        item = ITEM_RE.match(text)
        if item:
            no, seq = item_number(item)
            if no is None and prog.accepts_bulleted():
                prog.add_bulleted(item.group("body"), i + 1)
                return True
            if no is None:  # a bullet inside a numbered item's text
                if not prog.accepts_paragraph(text, self._after_blank(i)):
                    return False
                prog.add_paragraph(text, i + 1)
                return True
            if not prog.accepts_numbered(no):
                return False
            assert seq is not None  # item_number gives a seq with every number
            prog.add_numbered(no, seq, item.group("body"), i + 1)
            return True
        if not prog.accepts_paragraph(text, self._after_blank(i)):
            return False
        prog.add_paragraph(text, i + 1)
        return True

    def _after_blank(self, i: int) -> bool:
        """A blank line before line i: the source itself breaks the paragraph there."""
        return i > 0 and not self.lines[i - 1].strip()

    def _close_box(self) -> None:
        if self.prog is not None:
            box = self.prog.box
            if not box.items:
                called = f"{box.called}“{box.title}”" if box.no is not None else box.called
                self.issues.append(SourceIssue("empty_box", f"{called}中未找到任何项目", box.line))
            self.prog = None
